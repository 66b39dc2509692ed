import "server-only";
import { AppError } from "@/lib/errors";
import { currentTokenCaller } from "@/lib/auth/tokens/caller-context";

/**
 * Tokens are managed by a person signed in with their password (and second factor), never by a
 * token: a leaked token must not be able to mint a longer-lived or broader one.
 */
export function requireSessionCaller(): void {
  if (currentTokenCaller()) throw new AppError("forbidden", "Tokens are managed from your account page, not through the API.");
}
