import type { ReactNode } from "react";

// The real root layout is app/[locale]/layout.tsx, which knows the language
// and direction; this one exists so that app/not-found.tsx has a parent.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
