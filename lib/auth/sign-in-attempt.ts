import "server-only";
import { recordAudit } from "@/lib/audit-log/record-audit";
import { db } from "@/lib/db/client";
import { knownDeviceId, knownDeviceToken } from "@/lib/auth/known-device";
import { countAttempt, forgetAttempts, refundAttempt, type ThrottleRule } from "@/lib/auth/sign-in-throttle";
import { throttleKeys } from "@/lib/auth/throttle-keys";

/** Free attempts per key before the back-off starts (see docs/newsroom.md, "What is limited"). */
export const FREE_ATTEMPTS = { pair: 5, device: 5, address: 50, account: 100 } as const;

export interface SignInAttempt {
  /** Already validated and lower-cased. */
  email: string;
  password: string;
  /** The client's address, from `clientIp()`. */
  address: string;
  /** The browser's known-device cookie, if any. */
  deviceToken: string | undefined;
}

export type SignInOutcome =
  | { ok: true; deviceToken: string }
  | { ok: false; kind: "invalid" }
  | { ok: false; kind: "throttled"; retryAfter: number };

/** Verifies the password and, when right, starts the session; false when refused. */
export type PasswordCheck = (email: string, password: string) => Promise<boolean>;

/**
 * The rules this attempt is counted under. A browser that signed in to the
 * account before is throttled only on its own key, so an attacker failing
 * from the same address or against the same account cannot lock it out;
 * any other browser is counted per account and address, per address (a
 * proxy's address is everyone's, hence the high limit) and per account.
 */
function rulesFor(attempt: SignInAttempt): { rules: ThrottleRule[]; deviceId: string | null } {
  const deviceId = knownDeviceId(attempt.deviceToken, attempt.email);
  if (deviceId) {
    return {
      deviceId,
      rules: [{ key: throttleKeys.device(attempt.email, deviceId), free: FREE_ATTEMPTS.device }],
    };
  }
  return {
    deviceId,
    rules: [
      { key: throttleKeys.pair(attempt.email, attempt.address), free: FREE_ATTEMPTS.pair },
      { key: throttleKeys.address(attempt.address), free: FREE_ATTEMPTS.address },
      { key: throttleKeys.account(attempt.email), free: FREE_ATTEMPTS.account },
    ],
  };
}

/**
 * A failure at or past a key's free attempts starts or lengthens a back-off:
 * the log records it (with no address), so admins see an account under
 * attack. The back-off itself bounds how often this can be written.
 */
async function auditFailureOverLimit(email: string, rules: ThrottleRule[]): Promise<void> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: rules.map((rule) => rule.key) } } });
  const over = rules.filter((rule) => (rows.find((row) => row.key === rule.key)?.failures ?? 0) >= rule.free);
  if (over.length === 0) return;
  await recordAudit(db(), {
    actorId: null,
    action: "signin.throttled",
    subject: `account:${email}`,
    details: {
      failures: Math.max(...over.map((rule) => rows.find((row) => row.key === rule.key)!.failures)),
      limits: over.map((rule) => rule.key.split(" ")[0]!),
    },
  });
}

/**
 * One sign-in attempt: counted first on every key it falls under (so
 * concurrent attempts cannot slip past a limit), checked only when every key
 * allows it. A success clears its own key and takes back the count on the
 * shared ones, so the wider limits count failures only.
 */
export async function attemptSignIn(
  attempt: SignInAttempt,
  checkPassword: PasswordCheck,
): Promise<SignInOutcome> {
  const { rules, deviceId } = rulesFor(attempt);
  const counted: ThrottleRule[] = [];
  for (const rule of rules) {
    const decision = await countAttempt(rule);
    if (!decision.allowed) {
      // Refused attempts are not failures: a lockout on one key must not
      // run up the others.
      for (const earlier of counted) await refundAttempt(earlier);
      return { ok: false, kind: "throttled", retryAfter: decision.retryAfter };
    }
    counted.push(rule);
  }
  if (!(await checkPassword(attempt.email, attempt.password))) {
    await auditFailureOverLimit(attempt.email, rules);
    return { ok: false, kind: "invalid" };
  }
  const [own, ...shared] = rules;
  await forgetAttempts(own!.key);
  for (const rule of shared) await refundAttempt(rule);
  return { ok: true, deviceToken: knownDeviceToken(attempt.email, deviceId ?? undefined) };
}
