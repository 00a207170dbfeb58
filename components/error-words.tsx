"use client";

import { createContext, use, type ReactNode } from "react";

/** What an error boundary says, in the page's language, and where it sends the reader. */
export interface ErrorWords {
  title: string;
  body: string;
  staleTitle: string;
  staleBody: string;
  retry: string;
  home: { href: string; label: string };
}

// A plain context instead of next-intl's client provider: the error boundary
// is the only client code that needs words on every reading page, and
// use-intl would add 13 KB (gzipped) of JavaScript to each of them.
const ErrorWordsContext = createContext<ErrorWords | null>(null);

export function ErrorWordsProvider({ words, children }: { words: ErrorWords; children: ReactNode }) {
  return <ErrorWordsContext value={words}>{children}</ErrorWordsContext>;
}

export function useErrorWords(): ErrorWords {
  const words = use(ErrorWordsContext);
  if (!words) throw new Error("An error boundary rendered outside ErrorWordsProvider");
  return words;
}
