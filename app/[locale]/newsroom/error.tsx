"use client";

import { ErrorScreen } from "@/components/error-screen";

// Inside the newsroom's layout, so its header and sign-out stay; a form from
// before a deploy explains itself here instead of the site-wide error page.
// Its words (and the way back to the newsroom) come from the layout's ErrorWordsScope.
export default function NewsroomError({ error, reset }: { error: Error; reset: () => void }) {
  return <ErrorScreen error={error} reset={reset} />;
}
