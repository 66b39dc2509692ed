import "server-only";
import type { Route } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { getCurrentUser, type SessionUser } from "@/lib/auth/current-user";
import { REQUEST_PATH_HEADER } from "@/lib/auth/http/constants";
import { hasRole, type Role } from "@/lib/auth/roles";
import { getSignedInAccount, type SignedInAccount } from "@/lib/auth/sessions/session";
import { signInPathFor } from "@/lib/auth/sign-in/safe-next";


async function requestedPath(): Promise<string> {
  return (await headers()).get(REQUEST_PATH_HEADER) ?? "/";
}

/** Sends the caller to sign-in, to come back to the page they asked for. Never returns. */
export async function redirectToSignIn(): Promise<never> {
  redirect(signInPathFor(await requestedPath()) as Route);
}

/**
 * For pages: the signed-in user whose role is `minimum` or stronger. Signed out → sign-in and back
 * to this exact URL; temporary password or missing required second factor → the account page
 * that settles it; role too weak → 404, as if the page did not exist.
 */
export async function requirePageUser(minimum: Role = "viewer"): Promise<SessionUser> {
  const account = await getSignedInAccount();
  if (!account) return redirectToSignIn();
  if (account.mustChangePassword) redirect("/account/password" as Route);
  if (account.mustSetUpTwoFactor) redirect("/account/two-step" as Route);
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn();
  if (!hasRole(user.role, minimum)) notFound();
  return user;
}

/** For the account pages, which a user with a temporary password or no second factor may use. */
export async function requirePageAccount(): Promise<SignedInAccount> {
  const account = await getSignedInAccount();
  if (!account) return redirectToSignIn();
  return account;
}

/**
 * For pages that call the data layer: turns its AppErrors into what a page should do —
 * unauthorized → sign-in and back; forbidden or not found → 404 (no hint that the record exists).
 * Anything else is rethrown to the error boundary.
 */
export async function handlePageError(error: unknown): Promise<never> {
  if (isAppError(error)) {
    if (error.code === "unauthorized") return redirectToSignIn();
    if (error.code === "forbidden" || error.code === "not_found") notFound();
  }
  throw error;
}
