/**
 * Whether a write failed on a unique constraint (Prisma's P2002). Checking
 * uniqueness before writing would race; the constraint is the check, and
 * this turns its refusal into a clear answer.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
