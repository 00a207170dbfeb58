import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertNewsroomUser, newUserSchema } from "@/lib/newsroom/people/create-user";
import type { NewsroomUser, Role } from "@/lib/newsroom/access/roles";

const PASSWORD = "long-enough-1";
// The library's real hash of the one password every test member has, made
// once per test file: each scrypt run costs a noticeable fraction of a second.
let passwordHash: Promise<string> | undefined;

/** A real account in the test database, as the permission rules see it; its password is "long-enough-1". */
export async function createMember(
  prisma: PrismaClient,
  role: Role,
  email: string,
  locales: ("en" | "ar")[] = [],
): Promise<NewsroomUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const user = newUserSchema.parse({ email, name: email, password: PASSWORD, role, locales });
  const { id } = await insertNewsroomUser(prisma, user, await passwordHash);
  return { id, name: email, email, role, locales: role === "TRANSLATOR" ? locales : [] };
}
