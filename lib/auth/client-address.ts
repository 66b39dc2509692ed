import { env } from "@/lib/env";

/**
 * The caller's address, as far as it can be trusted. Next.js fills X-Forwarded-For with the socket
 * address only when the request has none, and the App Router exposes nothing else, so:
 * - with PARLEY_TRUSTED_PROXY_HOPS = n, the nth entry from the right is the client (each trusted
 *   proxy appends the address it saw; anything further left may be forged);
 * - with 0 (no proxy), the header's last entry is used. A client that forges it can dodge the
 *   per-address counter but never resets one, and the per-account counter still holds.
 */
export function clientAddress(headers: Headers, hops = env.PARLEY_TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const index = hops > 0 ? Math.max(chain.length - hops, 0) : chain.length - 1;
  return normaliseAddress(chain[index] ?? "unknown");
}

// IPv4-mapped IPv6 ("::ffff:10.0.0.1") and the IPv4 form are one client.
function normaliseAddress(address: string): string {
  const lower = address.toLowerCase().slice(0, 64);
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice(7) : lower;
}

export function userAgentOf(headers: Headers): string | null {
  return headers.get("user-agent")?.slice(0, 256) ?? null;
}
