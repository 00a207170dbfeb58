// What the newsroom's schedules and the import's dated-ahead stories share;
// free of server-only imports, so the import command can use it.

/** A schedule further ahead than this is more likely a typo in the year. */
export const MAX_SCHEDULE_DAYS = 366;

/** The job queue's key of a schedule's job: one job per schedule, replaced or removed with it. */
export const scheduleJobKey = (scheduleId: number) => `schedule:${scheduleId}`;
