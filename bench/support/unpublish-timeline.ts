// What the reader loops saw around an unpublish: when the first reader got
// the 404, when the last one did, the last 200, and whether any request
// sent after the first 404 still got the story (a stale copy somewhere).
import type { ReaderAnswer } from "@/bench/support/reader-loops";
import type { EditTiming } from "@/bench/support/story-correction";

/** Milliseconds after the editor's request was sent, and after its answer came (negative: before it). */
export interface Moment {
  fromRequest: number;
  fromAnswer: number;
}

export interface UnpublishTimeline {
  firstNotFound: Moment | null;
  /** When the last reader got its first 404; null when some reader never got one. */
  everyReaderNotFound: Moment | null;
  lastOk: Moment | null;
  /** 200s for requests sent after the first 404 had been answered: should be none. */
  okAfterFirstNotFound: number;
  readers: number;
  /** The longest any one request answered after the editor's request took (a reader stuck in a queue). */
  longestWaitMs: number;
  /** Answers after the editor's request other than 200 and 404 (0: connection failed). */
  otherStatuses: Map<number, number>;
}

export function unpublishTimeline(answers: ReaderAnswer[], step: EditTiming): UnpublishTimeline {
  const at = (time: number | null): Moment | null =>
    time === null ? null : { fromRequest: time - step.sentAt, fromAnswer: time - step.answeredAt };
  const readers = new Set(answers.map((answer) => answer.reader));
  const firstNotFoundOf = new Map<number, number>();
  const otherStatuses = new Map<number, number>();
  let lastOk: number | null = null;
  let longestWaitMs = 0;
  for (const answer of answers) {
    if (answer.status === 404) {
      const seen = firstNotFoundOf.get(answer.reader);
      if (seen === undefined || answer.answeredAt < seen)
        firstNotFoundOf.set(answer.reader, answer.answeredAt);
    }
    if (answer.status === 200 && (lastOk === null || answer.answeredAt > lastOk)) lastOk = answer.answeredAt;
    if (answer.answeredAt > step.sentAt)
      longestWaitMs = Math.max(longestWaitMs, answer.answeredAt - answer.sentAt);
    if (answer.sentAt >= step.sentAt && answer.status !== 200 && answer.status !== 404)
      otherStatuses.set(answer.status, (otherStatuses.get(answer.status) ?? 0) + 1);
  }
  // One first 404 per reader: few enough values to spread.
  const firsts = [...firstNotFoundOf.values()];
  const firstNotFound = firsts.length > 0 ? Math.min(...firsts) : null;
  return {
    firstNotFound: at(firstNotFound),
    everyReaderNotFound:
      firstNotFound !== null && firsts.length === readers.size ? at(Math.max(...firsts)) : null,
    lastOk: at(lastOk),
    okAfterFirstNotFound:
      firstNotFound === null
        ? 0
        : answers.filter((answer) => answer.status === 200 && answer.sentAt > firstNotFound).length,
    readers: readers.size,
    longestWaitMs,
    otherStatuses,
  };
}
