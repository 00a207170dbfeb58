import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createNewsroomUser, type NewUser } from "@/lib/newsroom/people/create-user";

/**
 * Development-only accounts, documented in docs/newsroom.md. Never created by
 * `npm start` unless SEED_DEMO_ACCOUNTS=1 (the end-to-end tests set it).
 */
export const demoAccounts: NewUser[] = [
  { email: "admin@example.com", name: "Rania Haddad", password: "admin-demo-2026", role: "ADMIN" },
  { email: "editor@example.com", name: "Karim Nassar", password: "editor-demo-2026", role: "EDITOR" },
  {
    email: "translator.ar@example.com",
    name: "Lina Aoun",
    password: "translator-demo-2026",
    role: "TRANSLATOR",
    locales: ["ar"],
  },
  {
    email: "translator.en@example.com",
    name: "Jad Khoury",
    password: "translator-demo-2026",
    role: "TRANSLATOR",
    locales: ["en"],
  },
];

export async function seedDemoAccounts(prisma: PrismaClient): Promise<number> {
  if ((await prisma.user.count()) > 0) return 0;
  for (const account of demoAccounts) await createNewsroomUser(prisma, account);
  return demoAccounts.length;
}
