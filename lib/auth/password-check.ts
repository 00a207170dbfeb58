import "server-only";
import { APIError } from "better-auth";
import { auth } from "@/lib/auth/auth";
import type { PasswordCheck } from "@/lib/auth/sign-in-attempt";

/**
 * better-auth's own check (its scrypt hash): on the right password it starts
 * a session and, inside a Server Action, sets the session cookie. A wrong
 * password, an unknown account and a disabled one all answer false alike.
 */
export function passwordCheck(requestHeaders: Headers): PasswordCheck {
  return async (email, password) => {
    try {
      await auth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
      return true;
    } catch (error) {
      if (error instanceof APIError) return false;
      throw error;
    }
  };
}
