import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { signInLinkPlugin } from "@/lib/auth/sign-in-link-plugin";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

function createAuth() {
  return betterAuth({
    // The secret comes from BETTER_AUTH_SECRET; the server start-up sets it
    // from the database when the environment gives none (lib/auth/secret.ts).
    baseURL: env.SITE_URL,
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins and `npm run user:create`, never by visitors.
      disableSignUp: true,
      minPasswordLength: 10,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "TRANSLATOR" },
        locales: { type: "string[]", input: false, defaultValue: [] },
        // Read with every session so currentUser() can refuse a disabled member.
        disabledAt: { type: "date", input: false, required: false },
        // Read with every session so messages addressing the member agree with them.
        gender: { type: "string", input: false, required: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled member gets no new session by any path; better-auth
          // then answers like a wrong password.
          before: async (session) => {
            const user = await db().user.findUnique({
              where: { id: session.userId },
              select: { disabledAt: true },
            });
            if (!user || user.disabledAt) return false;
          },
        },
      },
    },
    // Sign-in goes through our Server Actions: the password one applies its
    // own PostgreSQL-backed throttle (lib/auth/sign-in-attempt.ts), the
    // emailed link's spends a one-time token (lib/auth/sign-in-link.ts);
    // nextCookies (last, as it must be) lets those actions set the cookie.
    plugins: [signInLinkPlugin(), nextCookies()],
    // The cookie follows the request, not SITE_URL: the server adds Secure to
    // every cookie of a request that arrived over HTTPS (directly or through
    // a trusted proxy, scripts/server/request-context.ts), so the names stay the
    // same behind any proxy set-up.
    advanced: { useSecureCookies: false },
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as unknown as { newsAuth?: Auth };

/** The one better-auth instance, created on first use (no database at build time). */
export function auth(): Auth {
  holder.newsAuth ??= createAuth();
  return holder.newsAuth;
}
