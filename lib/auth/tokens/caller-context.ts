import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Role } from "@/lib/auth/roles";
import type { TokenScope } from "@/lib/auth/tokens/schemas";

/** An API request's caller: the token's owner as the data layer sees them, and what the token may do. */
export interface TokenCaller {
  tokenId: string;
  scopes: TokenScope[];
  user: { id: string; name: string; email: string; role: Role };
  /** When the token was last marked used (null: never), read as the request began. */
  lastUsedAt: Date | null;
}

// Only the API's handler (lib/api/handler.ts) opens this context, around one request: pages and
// server actions never run inside it, so a token is honoured by /api/v1 and nowhere else, and a
// session cookie never counts there.
const storage = new AsyncLocalStorage<TokenCaller>();

export function runAsTokenCaller<T>(caller: TokenCaller, work: () => Promise<T>): Promise<T> {
  return storage.run(caller, work);
}

/** The token this request acts with, or null for a session (or signed-out) request. */
export function currentTokenCaller(): TokenCaller | null {
  return storage.getStore() ?? null;
}
