import type { ReactNode } from "react";

// A segment below the root layout, so that its not-found and error
// boundaries render inside <html lang dir> instead of replacing the document.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return children;
}
