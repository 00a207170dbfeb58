import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ROLES } from "@/lib/newsroom/roles";

export const newUserSchema = z.object({
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(10).max(128),
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
  const password = await hashPassword(user.password);
  const id = randomUUID();
  await prisma.user.create({
    data: {
      id,
      email: user.email,
      name: user.name,
      emailVerified: true,
      role: user.role,
      locales: user.role === "TRANSLATOR" ? user.locales : [],
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
    },
  });
  return { id };
}
