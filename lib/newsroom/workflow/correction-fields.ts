import { z } from "zod";

export const CORRECTION_KINDS = ["correction", "update"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A note is a sentence or a short paragraph, not a second story. */
export const CORRECTION_TEXT_MAX = 1_000;

export type CorrectionTextError = "required" | "tooLong" | "invalidCharacters";

// As in story fields: controls (line feed aside) have no place in a note.
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

export const noteText = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, "\n").trim().normalize("NFC"))
  .superRefine((value, ctx) => {
    if (CONTROL_CHARACTERS.test(value)) ctx.addIssue({ code: "custom", message: "invalidCharacters" });
    else if (value.length === 0) ctx.addIssue({ code: "custom", message: "required" });
    else if (value.length > CORRECTION_TEXT_MAX) ctx.addIssue({ code: "custom", message: "tooLong" });
  });

export interface CorrectionNote {
  kind: CorrectionKind;
  text: string;
  /** ISO time the note was added. */
  at: string;
}

export function toCorrectionNote(row: { kind: "CORRECTION" | "UPDATE"; text: string; createdAt: Date }) {
  return {
    kind: row.kind === "CORRECTION" ? "correction" : "update",
    text: row.text,
    at: row.createdAt.toISOString(),
  } satisfies CorrectionNote;
}
