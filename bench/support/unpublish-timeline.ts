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
  /** Answers after the editor's request other than 200 and 404 (0: connection failed). */
  otherStatuses: Map<number, number>;
}

export function unpublishTimeline(answers: ReaderAnswer[], step: EditTiming): UnpublishTimeline {
  const at = (time: number): Moment => ({
    fromRequest: time - step.sentAt,
    fromAnswer: time - step.answeredAt,
  });
  const readers = new Set(answers.map((answer) => answer.reader));
  const firstNotFoundOf = new Map<number, number>();
  for (const answer of answers) {
    if (answer.status !== 404) continue;
    const seen = firstNotFoundOf.get(answer.reader);
    if (seen === undefined || answer.answeredAt < seen) firstNotFoundOf.set(answer.reader, answer.answeredAt);
  }
  const firsts = [...firstNotFoundOf.values()];
  const firstNotFound = firsts.length ? Math.min(...firsts) : null;
  const oks = answers.filter((answer) => answer.status === 200).map((answer) => answer.answeredAt);
  const otherStatuses = new Map<number, number>();
  for (const answer of answers) {
    if (answer.sentAt < step.sentAt || answer.status === 200 || answer.status === 404) continue;
    otherStatuses.set(answer.status, (otherStatuses.get(answer.status) ?? 0) + 1);
  }
  return {
    firstNotFound: firstNotFound === null ? null : at(firstNotFound),
    everyReaderNotFound:
      firstNotFoundOf.size === readers.size && firsts.length ? at(Math.max(...firsts)) : null,
    lastOk: oks.length ? at(Math.max(...oks)) : null,
    okAfterFirstNotFound:
      firstNotFound === null
        ? 0
        : answers.filter((answer) => answer.status === 200 && answer.sentAt > firstNotFound).length,
    readers: readers.size,
    otherStatuses,
  };
}
