// `npm run user:create -- --email ana@example.com --role admin [--name "Ana"]
//   [--locales ar] [--password …]`: creates a newsroom account. Without
// --password a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { createNewsroomUser } from "@/lib/newsroom/people/create-user";
import { prepareDatabase } from "@/scripts/prepare-database";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      locales: { type: "string" },
      password: { type: "string" },
    },
  });
  if (!values.email || !values.role) {
    throw new Error("Usage: npm run user:create -- --email ana@example.com --role admin|editor|translator");
  }
  const password = values.password ?? randomBytes(12).toString("base64url");
  const database = await prepareDatabase({ seed: false });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await createNewsroomUser(prisma, {
      email: values.email,
      name: values.name ?? values.email.split("@")[0]!,
      password,
      role: values.role.toUpperCase() as "ADMIN",
      locales: (values.locales ?? "").split(",").filter(Boolean) as ("en" | "ar")[],
    });
    console.log(`Created ${values.role} ${values.email}`);
    if (!values.password) console.log(`Password (shown once): ${password}`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof Error && "issues" in error
      ? `Invalid account: ${JSON.stringify((error as { issues: unknown }).issues)}`
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(isUniqueViolation(error) ? "An account with that email already exists." : message);
  process.exit(1);
});
