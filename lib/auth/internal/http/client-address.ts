import { env } from "@/lib/env";

/**
 * What the throttle and the audit log record when the caller's address cannot be trusted. Next.js
 * 16 gives server actions no socket address: its server fills X-Forwarded-For with the socket
 * address only when the request carries none (node_modules/next/dist/server/base-server.js), and
 * `NextRequest.ip` is gone. So without a trusted proxy, a value in that header may be the client's
 * own invention, and "direct" (came straight to Parley, address not known) is the honest record.
 */
export const UNKNOWN_ADDRESS = "direct";

/**
 * The caller's address, as far as it can be trusted:
 * - with PARLEY_TRUSTED_PROXY_HOPS = n > 0, the nth entry from the right of X-Forwarded-For (each
 *   trusted proxy appends the address it saw; anything further left may be forged); a shorter
 *   chain means the request did not come through the proxies, so the address is unknown;
 * - with 0 (no proxy), the header is never trusted: UNKNOWN_ADDRESS.
 */
export function clientAddress(headers: Headers, hops = env.PARLEY_TRUSTED_PROXY_HOPS): string {
  if (hops === 0) return UNKNOWN_ADDRESS;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const entry = chain[chain.length - hops];
  return entry ? normaliseAddress(entry) : UNKNOWN_ADDRESS;
}

// IPv4-mapped IPv6 ("::ffff:10.0.0.1") and the IPv4 form are one client.
function normaliseAddress(address: string): string {
  const lower = address.toLowerCase().slice(0, 64);
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice(7) : lower;
}

export function userAgentOf(headers: Headers): string | null {
  return headers.get("user-agent")?.slice(0, 256) ?? null;
}
