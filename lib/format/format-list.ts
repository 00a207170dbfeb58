import type { Locale } from "next-intl";
import { localeFacts } from "@/lib/locale/locale-facts";

export interface ListPart {
  type: "element" | "literal";
  value: string;
}

/**
 * Joins names the way the reader's language does ("A, B and C", «أ وب وج»),
 * as parts, so a component can isolate each name in its own <bdi>.
 */
export function formatListParts(names: string[], locale: Locale): ListPart[] {
  return new Intl.ListFormat(localeFacts(locale).listLocale, { type: "conjunction" }).formatToParts(names);
}
