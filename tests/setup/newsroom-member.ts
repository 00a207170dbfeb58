import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createNewsroomUser } from "@/lib/newsroom/people/create-user";
import type { NewsroomUser, Role } from "@/lib/newsroom/access/roles";

/** A real account in the test database, as the permission rules see it. */
export async function createMember(
  prisma: PrismaClient,
  role: Role,
  email: string,
  locales: ("en" | "ar")[] = [],
): Promise<NewsroomUser> {
  const { id } = await createNewsroomUser(prisma, {
    email,
    name: email,
    password: "long-enough-1",
    role,
    locales,
  });
  return { id, name: email, email, role, locales: role === "TRANSLATOR" ? locales : [] };
}
