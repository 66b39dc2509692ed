/**
 * A temporary password (made by an admin, shown once) stops working after its expiry: one left in
 * a chat or on paper must not open the account weeks later. Checked where sessions are made
 * (lib/auth/internal/sessions/server.ts) and where they are read (lib/auth/sessions/session.ts).
 */
export function temporaryPasswordExpired(
  user: { mustChangePassword?: boolean | null; temporaryPasswordExpiresAt?: Date | null },
  now = new Date(),
): boolean {
  return user.mustChangePassword === true && user.temporaryPasswordExpiresAt != null && user.temporaryPasswordExpiresAt.getTime() <= now.getTime();
}
