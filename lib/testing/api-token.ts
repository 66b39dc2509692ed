import type { Database } from "@/lib/database/client";
import { hashTokenSecret, newTokenSecret, visiblePrefix } from "@/lib/auth/tokens/secret";

/**
 * Test support: a real API token row for an account (only its hash stored, as the app does), and
 * requests to /api/v1 route handlers carrying it. Options make an expired or revoked one.
 */
export async function createTestToken(
  db: Database,
  ownerId: string,
  options: { scopes?: ("read" | "write")[]; expiresAt?: Date; revoked?: boolean } = {},
): Promise<{ id: string; secret: string }> {
  const secret = newTokenSecret();
  const token = await db.apiToken.create({
    data: {
      ownerId,
      name: "Test token",
      scopes: options.scopes ?? ["read", "write"],
      secretHash: hashTokenSecret(secret),
      prefix: visiblePrefix(secret),
      expiresAt: options.expiresAt ?? new Date(Date.now() + 86_400_000),
      revokedAt: options.revoked ? new Date() : null,
    },
    select: { id: true },
  });
  return { id: token.id, secret };
}

/** A request to the API as a route handler receives it, with the token (if any) as a bearer; a string body is sent as it is, as `contentType` (JSON by default). */
export function apiRequest(path: string, options: { token?: string | null; method?: string; body?: unknown; contentType?: string } = {}): Request {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  return new Request(`http://localhost/api/v1${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
}

/** The second argument Next.js passes a dynamic route's handler. */
export const routeParams = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
