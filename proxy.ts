import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { logRequest, REQUEST_ID_HEADER } from "@/lib/logger";
import { CLIENT_ADDRESS_HEADER, REQUEST_PATH_HEADER } from "@/lib/auth/http/constants";
import { signInPathFor } from "@/lib/auth/sign-in/safe-next";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/auth/http/security-headers";
import { baseUrl, sessionCookieName } from "@/lib/auth/cookie-config";

/**
 * Runs before every page, route handler and server action: a request id, a CSP nonce and the
 * security headers, and — for convenience only — a redirect to sign-in when a page is requested
 * without any session cookie. It is NOT the security boundary: every page, action and route
 * handler checks the session and role itself (lib/auth/current-user.ts, lib/auth/page-guard.ts).
 */
const PUBLIC_PAGES = new Set(["/sign-in", "/sign-in/two-step"]);

export function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const nonce = createNonce();
  const production = env.NODE_ENV === "production";
  const csp = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development", https: baseUrl().startsWith("https://") });
  const { pathname, search } = request.nextUrl;

  // The logger keeps the query's parameter names and drops their values (pathWithoutQueryValues in lib/logger.ts).
  logRequest({ method: request.method, path: `${pathname}${search}`, requestId, userAgent: request.headers.get("user-agent") });

  const forwarded = new Headers(request.headers);
  // Headers only Parley's own code may set: drop whatever the client sent under these names.
  forwarded.delete(CLIENT_ADDRESS_HEADER);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", csp);

  const isPage = request.method === "GET" && !pathname.startsWith("/api/") && !PUBLIC_PAGES.has(pathname);
  const response =
    isPage && !request.cookies.has(sessionCookieName())
      ? NextResponse.redirect(new URL(signInPathFor(`${pathname}${search}`), request.url))
      : NextResponse.next({ request: { headers: forwarded } });

  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ production }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|favicon.svg|icon.svg|robots.txt).*)"],
};
