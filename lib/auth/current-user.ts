import "server-only";
import { AppError } from "@/lib/errors";
import { hasRole, type Role } from "@/lib/auth/roles";
import { getSignedInAccount } from "@/lib/auth/sessions/session";
import { currentTokenCaller } from "@/lib/auth/tokens/caller-context";

export const SIGN_IN_REQUIRED = "Please sign in to continue.";
export const ROLE_TOO_WEAK = "Your role does not allow this.";

/** The signed-in analyst as the data layer sees them. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The caller of this request, read from the session in PostgreSQL on every call (no cache can
 * outlive a deactivation or a role change). Null when signed out, expired, idle, deactivated, or
 * still holding a temporary password or a second factor the admins require but it lacks: such
 * an account may only use its own account pages (lib/auth/page-guard.ts sends it there).
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  // An API request (lib/api/handler.ts) acts as its token's owner, authenticated before it began.
  const tokenCaller = currentTokenCaller();
  if (tokenCaller) return tokenCaller.user;
  const account = await getSignedInAccount();
  if (!account || account.mustChangePassword || account.mustSetUpTwoFactor) return null;
  return account.user;
}

/** The caller, or an `unauthorized` AppError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", SIGN_IN_REQUIRED);
  return user;
}

export const TOKEN_READS_ONLY = "This token may only read: make one with the write scope.";

/**
 * The caller if their role is `minimum` or stronger; otherwise `forbidden`. A token without the
 * write scope does no more than a viewer can, whatever its owner's role: every change asks for
 * analyst or admin here, so a read token is refused by the data layer itself, not only by the
 * API's routes.
 */
export async function requireRole(minimum: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user.role, minimum)) {
    throw new AppError("forbidden", ROLE_TOO_WEAK);
  }
  const tokenCaller = currentTokenCaller();
  if (tokenCaller && minimum !== "viewer" && !tokenCaller.scopes.includes("write")) {
    throw new AppError("forbidden", TOKEN_READS_ONLY);
  }
  return user;
}
