"use client";

import { ErrorScreen } from "@/components/error-screen";

// Its words come from the reading layout's ErrorWordsScope.
export default function ReadingError({ error, reset }: { error: Error; reset: () => void }) {
  return <ErrorScreen error={error} reset={reset} />;
}
