/**
 * A stand-in for `next/headers` in integration tests: server actions and the data layer read the
 * request through it, so a test sets the request (a REAL signed session cookie of a REAL session
 * row, plus any headers) and everything after that — better-auth, PostgreSQL — stays real.
 * Cookies that better-auth sets or clears (through its nextCookies plugin) land in the same jar.
 *
 *   vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
 *   vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock")); // better-auth
 */
interface FakeRequest {
  cookies: Map<string, string>;
  headers: Record<string, string>;
}

const request: FakeRequest = { cookies: new Map(), headers: {} };

/** Sets the request that the next calls see. */
export function setRequest({ cookies = {}, headers = {} }: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}) {
  request.cookies = new Map(Object.entries(cookies));
  request.headers = { "user-agent": "vitest", "x-forwarded-for": "192.0.2.10", ...headers };
}

export function currentCookies(): Record<string, string> {
  return Object.fromEntries(request.cookies);
}

function requestHeaders(): Headers {
  const result = new Headers(request.headers);
  const cookie = [...request.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  if (cookie) result.set("cookie", cookie);
  return result;
}

export async function headers(): Promise<Headers> {
  return requestHeaders();
}

export async function cookies() {
  return {
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string, options?: { maxAge?: number; expires?: Date }) => {
      const expired = options?.maxAge === 0 || (options?.expires && options.expires.getTime() <= Date.now()) || value === "";
      if (expired) request.cookies.delete(name);
      else request.cookies.set(name, value);
    },
    delete: (name: string) => request.cookies.delete(name),
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
