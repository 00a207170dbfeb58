import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";
import { spendSignInLink } from "@/lib/auth/sign-in-link";

/**
 * `auth().api.signInWithLink({ body: { token } })`: spends an emailed link
 * and starts the session exactly as a password sign-in does (better-auth's
 * session row, its database hooks, which refuse a disabled member again,
 * and its signed cookie, which nextCookies hands to the Server Action).
 * Only a POST: a GET never spends a link, since mail scanners open them.
 */
export const signInLinkPlugin = () =>
  ({
    id: "sign-in-link",
    endpoints: {
      signInWithLink: createAuthEndpoint(
        "/sign-in/emailed-link",
        { method: "POST", body: z.object({ token: z.string().max(100) }), requireHeaders: true },
        async (ctx) => {
          const spent = await spendSignInLink(ctx.body.token);
          const user = spent && (await ctx.context.internalAdapter.findUserById(spent.userId));
          if (!user) throw new APIError("UNAUTHORIZED", { message: "This link does not work" });
          const session = await ctx.context.internalAdapter.createSession(user.id);
          if (!session) throw new APIError("UNAUTHORIZED", { message: "This link does not work" });
          await setSessionCookie(ctx, { session, user });
          return ctx.json({ email: user.email });
        },
      ),
    },
  }) satisfies BetterAuthPlugin;
