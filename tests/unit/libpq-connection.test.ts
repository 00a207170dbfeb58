import { describe, expect, it } from "vitest";
import { libpqConnection } from "@/scripts/db/libpq-connection";

describe("connecting the command-line tools", () => {
  it("keeps the password out of the command line and drops parameters libpq does not know", () => {
    const { dbname, env } = libpqConnection(
      "postgresql://news:s%40cret@db.example.com:6543/news?schema=public&sslmode=require&connection_limit=5",
    );
    expect(dbname).toBe("postgresql://news@db.example.com:6543/news?sslmode=require");
    expect(env.PGPASSWORD).toBe("s@cret");
  });
});
