/**
 * The instant a wall-clock minute names in a time zone: "2026-11-26" at
 * "09:30" in Asia/Beirut is 07:30 UTC. Intl only formats (it never parses),
 * so the zone's offset at a guess is measured and the guess corrected; a
 * second pass settles minutes next to a daylight-saving change. A minute
 * that the spring change skips resolves to the same minute an hour later;
 * one the autumn change repeats, to its first occurrence.
 */
export function zonedMinuteToInstant(date: string, time: string, timeZone: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const minute = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !minute) return null;
  const [year, month, dayOfMonth, hour, minutes] = [...day.slice(1), ...minute.slice(1)].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minutes);
  const check = new Date(wall);
  // Date.UTC rolls 31 February into March; a minute that does not exist on
  // the calendar is refused rather than moved.
  if (
    check.getUTCDate() !== dayOfMonth ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minutes
  ) {
    return null;
  }
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  // The autumn change repeats an hour: the earlier offset names its first pass.
  const earlier = wall - offsetAt(instant - 3_600_000, timeZone);
  if (earlier < instant && wallClockOf(earlier, timeZone) === wall) instant = earlier;
  return new Date(instant);
}

/** The wall-clock fields of an instant in a zone, read back as if they were UTC. */
function wallClockOf(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"));
}

function offsetAt(instant: number, timeZone: string): number {
  return wallClockOf(instant, timeZone) - Math.floor(instant / 60_000) * 60_000;
}

/** "2026-11-26" and "09:30" for an instant in a zone: what a date and a time field show. */
export function instantToZonedFields(instant: Date, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClockOf(instant.getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
