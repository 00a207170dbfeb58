"use client";

import { createContext, use, type ReactNode } from "react";

// Reading pages must stay light (a few KB of JavaScript over a bare Next
// page), and next-intl's client provider would add use-intl (13 KB
// gzipped) to each of them. So a reading page's client components get the
// words of one message namespace already formatted on the server (see
// server-reader-words.tsx), and only look them up by key here. The
// newsroom's client forms use next-intl's provider (ClientMessages).
type Words = { namespace: string; words: Record<string, string> };

const ReaderWordsContext = createContext<Words | null>(null);

export function ReaderWordsProvider({ value, children }: { value: Words; children: ReactNode }) {
  return <ReaderWordsContext value={value}>{children}</ReaderWordsContext>;
}

/** The words of `namespace`, by key within it ("title", "errors.tooLong"), as the server formatted them. */
export function useReaderWords(namespace: string): (key: string) => string {
  const value = use(ReaderWordsContext);
  // A form rendered outside its ReaderWords is a bug: fail loudly, not with blank labels.
  if (value?.namespace !== namespace) throw new Error(namespace);
  return (key) => value.words[key] ?? key;
}
