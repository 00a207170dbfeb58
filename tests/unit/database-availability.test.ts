import { describe, expect, it } from "vitest";
import {
  databaseRecentlyUnavailable,
  isConnectionError,
  markDatabaseUnavailable,
} from "@/lib/db/availability";

describe("recognising an unreachable database", () => {
  it("recognises refused connections, also when wrapped", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isConnectionError(refused)).toBe(true);
    expect(isConnectionError(new Error("query failed", { cause: refused }))).toBe(true);
    expect(isConnectionError(new AggregateError([refused]))).toBe(true);
  });

  it("does not mistake ordinary query errors for outages", () => {
    expect(isConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isConnectionError("nope")).toBe(false);
  });

  it("remembers an outage for a short while only", () => {
    markDatabaseUnavailable(1_000);
    expect(databaseRecentlyUnavailable(2_000)).toBe(true);
    expect(databaseRecentlyUnavailable(60_000)).toBe(false);
  });
});
