import { TZDate } from "@date-fns/tz";

const HOUR = 3_600_000;

/**
 * The instant a wall-clock minute names in a time zone: "2026-11-26" at
 * "09:30" in Asia/Beirut is 07:30 UTC. A minute that the spring change skips
 * resolves to the same minute an hour later; one the autumn change repeats,
 * to its first occurrence.
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
  const check = new Date(Date.UTC(year, month - 1, dayOfMonth, hour, minutes));
  // Date.UTC rolls 31 February into March; a minute that does not exist on
  // the calendar is refused rather than moved.
  if (
    check.getUTCDate() !== dayOfMonth ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minutes
  ) {
    return null;
  }
  const instant = new TZDate(year, month - 1, dayOfMonth, hour, minutes, timeZone).getTime();
  // TZDate picks either pass of a repeated hour depending on the zone (the
  // second in Beirut, the first in New York); the newsroom means the first.
  const earlier = instant - HOUR;
  return new Date(wallClockOf(earlier, timeZone) === wallClockOf(instant, timeZone) ? earlier : instant);
}

/** "2026-11-26" and "09:30" for an instant in a zone: what a date and a time field show. */
export function instantToZonedFields(instant: Date, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClockOf(instant.getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The wall-clock fields of an instant in a zone, read back as if they were UTC. */
function wallClockOf(instant: number, timeZone: string): number {
  const wall = new TZDate(instant, timeZone);
  return Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes());
}
