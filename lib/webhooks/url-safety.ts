import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Where a webhook may point (decision 0041). Admins set webhooks, so the threat is a mistake or a
 * stolen admin session aiming Parley's server at what only it can reach. Private networks and
 * loopback stay allowed: receivers on the team's own network (OpenCTI, a notebook server) are the
 * point. Refused always: link-local addresses (cloud metadata services live there), the
 * unspecified and multicast addresses, metadata host names, URLs with credentials, and anything
 * but http(s). Names are resolved again before every attempt, so a name later pointed at a
 * refused address is refused then.
 */
const REFUSED = new BlockList();
REFUSED.addSubnet("169.254.0.0", 16, "ipv4"); // link-local, 169.254.169.254 metadata
REFUSED.addSubnet("0.0.0.0", 8, "ipv4");
REFUSED.addSubnet("224.0.0.0", 4, "ipv4"); // multicast
REFUSED.addSubnet("240.0.0.0", 4, "ipv4"); // reserved, broadcast
REFUSED.addSubnet("100.100.100.200", 32, "ipv4"); // Alibaba Cloud metadata
REFUSED.addSubnet("fe80::", 10, "ipv6"); // link-local
REFUSED.addSubnet("fd00:ec2::", 32, "ipv6"); // AWS metadata over IPv6
REFUSED.addSubnet("ff00::", 8, "ipv6"); // multicast
REFUSED.addAddress("::", "ipv6");

const REFUSED_HOSTS = new Set(["metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"]);

export const URL_REFUSALS = {
  notUrl: "Enter a full address starting with https:// or http://.",
  scheme: "Webhooks are sent over https:// or http:// only.",
  credentials: "Leave the user name and password out of the address: the signature authenticates Parley.",
  address: "This address is on a link-local, metadata or reserved network, which Parley never sends to.",
  unresolved: "This host name does not resolve.",
} as const;

/** An IPv4-mapped IPv6 address (::ffff:169.254.169.254) is judged as the IPv4 address it carries. */
function refusedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address)?.[1];
  if (mapped) return refusedAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return REFUSED.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Why the address may not be a webhook's, judged on its text alone; null when it may be. */
export function urlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return URL_REFUSALS.notUrl;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return URL_REFUSALS.scheme;
  if (url.username || url.password) return URL_REFUSALS.credentials;
  const host = url.hostname.replace(/^\[|\]$/gu, "").toLowerCase().replace(/\.$/u, "");
  if (REFUSED_HOSTS.has(host)) return URL_REFUSALS.address;
  if (isIP(host) && refusedAddress(host)) return URL_REFUSALS.address;
  return null;
}

/** As `urlProblem`, and every address the host name resolves to now is checked too. */
export async function resolvedUrlProblem(text: string, resolve: (host: string) => Promise<string[]> = resolveAll): Promise<string | null> {
  const problem = urlProblem(text);
  if (problem) return problem;
  const host = new URL(text).hostname.replace(/^\[|\]$/gu, "");
  if (isIP(host)) return null;
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return URL_REFUSALS.unresolved;
  }
  if (addresses.length === 0) return URL_REFUSALS.unresolved;
  return addresses.some(refusedAddress) ? URL_REFUSALS.address : null;
}

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true })).map((entry) => entry.address);
}
