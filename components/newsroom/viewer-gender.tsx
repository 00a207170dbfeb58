"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { MessageGender } from "@/lib/newsroom/people/member-name";

const ViewerGenderContext = createContext<MessageGender>("other");

/** Gives the newsroom's client components the signed-in member's grammatical gender. */
export function ViewerGenderProvider({ gender, children }: { gender: MessageGender; children: ReactNode }) {
  return <ViewerGenderContext value={gender}>{children}</ViewerGenderContext>;
}

/** The viewer's gender for second-person messages: `withValues(t, { viewerGender: useViewerGender() })`. */
export function useViewerGender(): MessageGender {
  return useContext(ViewerGenderContext);
}
