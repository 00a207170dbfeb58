import type { Locale } from "next-intl";
import { readerFormat } from "@/lib/format/reader-format";

/** A date and time as readers see them; isolated so its digits never reorder the sentence around it. */
export function ReaderTime({ iso, locale, className }: { iso: string; locale: Locale; className?: string }) {
  return (
    <time className={className} dateTime={iso} dir="auto">
      {readerFormat.dateTime(new Date(iso), locale)}
    </time>
  );
}
