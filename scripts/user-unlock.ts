// `npm run user:unlock -- --email ana@example.com`: clears that account's
// sign-in throttle on every address and browser, for an owner who cannot
// wait out the back-off. The per-address limit is left alone: it is shared
// by everyone behind that address.
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { unlockAccount } from "@/lib/auth/throttle-keys";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { prepareDatabase } from "@/scripts/prepare-database";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  if (!values.email) throw new Error("Usage: npm run user:unlock -- --email ana@example.com");
  const database = await prepareDatabase({ seed: false });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    const cleared = await unlockAccount(prisma, values.email);
    console.log(`Cleared ${cleared} sign-in limit${cleared === 1 ? "" : "s"} for ${values.email}`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
