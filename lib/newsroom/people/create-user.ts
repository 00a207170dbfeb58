import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ROLES } from "@/lib/newsroom/access/roles";

/** Also the users page's maxLength / minLength and the numbers its words quote. */
export const ACCOUNT_LIMITS = { email: 254, name: 120, passwordMin: 10, passwordMax: 128 } as const;

export const newUserSchema = z.object({
  email: z
    .email()
    .max(ACCOUNT_LIMITS.email)
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1).max(ACCOUNT_LIMITS.name),
  password: z.string().min(ACCOUNT_LIMITS.passwordMin).max(ACCOUNT_LIMITS.passwordMax),
  role: z.enum(ROLES),
  locales: z.array(z.enum(["en", "ar"])).default([]),
});

export type NewUser = z.input<typeof newUserSchema>;

/**
 * Creates a newsroom account the way better-auth stores one: a User and a
 * "credential" Account holding the library's own password hash.
 */
export async function createNewsroomUser(prisma: PrismaClient, input: NewUser): Promise<{ id: string }> {
  const user = newUserSchema.parse(input);
  return insertNewsroomUser(prisma, user, await hashPassword(user.password));
}

/**
 * The insert alone, for a password already hashed by better-auth's
 * `hashPassword` (tests create many members with one password: scrypt is
 * slow on purpose, and once is enough to know the hash is the library's).
 */
export async function insertNewsroomUser(
  prisma: PrismaClient,
  user: z.output<typeof newUserSchema>,
  passwordHash: string,
): Promise<{ id: string }> {
  const id = randomUUID();
  await prisma.user.create({
    data: {
      id,
      email: user.email,
      name: user.name,
      emailVerified: true,
      role: user.role,
      locales: user.role === "TRANSLATOR" ? user.locales : [],
      accounts: {
        create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash },
      },
    },
  });
  return { id };
}
