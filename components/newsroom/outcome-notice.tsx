/**
 * What the last action did, read back from the redirect's query: a status
 * line when it worked, an alert when it did not. Texts come worded.
 */
export function OutcomeNotice({ done, problem }: { done?: string | null; problem?: string | null }) {
  return (
    <>
      {done ? (
        <p className="form-notice" role="status">
          {done}
        </p>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
