import { describe, expect, it } from "vitest";
import { isJobCall, JOB_TOKEN_ENV, JOB_TOKEN_HEADER } from "@/lib/jobs/job-calls";

const env = { [JOB_TOKEN_ENV]: "a".repeat(64) };
const headers = (token?: string) => new Headers(token === undefined ? {} : { [JOB_TOKEN_HEADER]: token });

describe("the job route's caller", () => {
  it("is this process's job queue only when it carries the process's token", () => {
    expect(isJobCall(headers("a".repeat(64)), env)).toBe(true);
    expect(isJobCall(headers("b".repeat(64)), env)).toBe(false);
    expect(isJobCall(headers("a"), env)).toBe(false);
    expect(isJobCall(headers(), env)).toBe(false);
  });

  it("is nobody when the server made no token", () => {
    expect(isJobCall(headers(""), {})).toBe(false);
    expect(isJobCall(headers("anything"), {})).toBe(false);
  });
});
