import "server-only";
import { randomUUID } from "node:crypto";
import { logger } from "@/lib/logger";
import { authenticateBearer, touchToken } from "@/lib/auth/tokens/authenticate";
import { runAsTokenCaller, type TokenCaller } from "@/lib/auth/tokens/caller-context";
import { apiRateLimiter } from "@/lib/auth/tokens/rate-limit";
import type { TokenScope } from "@/lib/auth/tokens/schemas";
import { BadRequest, problem, problemFromError } from "@/lib/api/problem";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="parley"' };

export interface ApiContext<P> {
  caller: TokenCaller;
  params: P;
}

type RouteContext<P> = { params: Promise<P> };

/**
 * One /api/v1 route: authenticates the bearer token (401), checks the scope the route needs
 * (403), counts the request against the token's rate limit (429 with Retry-After), then runs the
 * work as the token's owner through the same data layer as the UI (lib/auth/current-user.ts
 * reads the caller from the context opened here). Expected errors become problem details; a bug
 * is logged under a reference the 500 names.
 */
export function apiRoute<P = Record<string, never>>(scope: TokenScope, work: (request: Request, context: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, routeContext?: RouteContext<P>): Promise<Response> => {
    const caller = await authenticateBearer(request.headers.get("authorization"));
    if (caller === "missing") return problem("unauthorized", "Send a personal access token: Authorization: Bearer <token>.", {}, CHALLENGE);
    if (caller === "invalid") return problem("unauthorized", "This token is not valid: it may be mistyped, expired or revoked.", {}, CHALLENGE);
    if (!caller.scopes.includes(scope)) return problem("forbidden", `This token lacks the ${scope} scope.`);
    const retryAfter = apiRateLimiter.take(caller.tokenId);
    if (retryAfter !== null) {
      return problem("rate_limited", `This token made too many requests: try again in ${retryAfter} s.`, {}, { "Retry-After": String(retryAfter) });
    }
    const params = ((await routeContext?.params) ?? {}) as P;
    const response = await runAsTokenCaller(caller, async () => {
      try {
        return await work(request, { caller, params });
      } catch (error) {
        const expected = problemFromError(error);
        if (expected) return expected;
        const referenceId = randomUUID().slice(0, 8);
        logger.error({ referenceId, err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }, "api request failed");
        return problem("internal", `Parley could not answer this request (reference ${referenceId}).`);
      }
    });
    if (response.ok) await touchToken(caller);
    return response;
  };
}

/** A JSON answer that no shared cache keeps (it is one caller's view). */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** The request's JSON body; a body that is not JSON is a 400. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new BadRequest("The body must be JSON.");
  }
}
