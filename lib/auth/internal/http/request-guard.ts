import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Server actions are public POST endpoints. Next.js compares Origin with Host when a browser sends
 * an Origin; this covers requests without one: a browser marks another site's request
 * `Sec-Fetch-Site: cross-site` (or `same-site` from a sibling subdomain), and such a request must
 * not act with the visitor's cookies.
 */
export function isCrossSiteAction(headers: Headers): boolean {
  if (!headers.has("next-action")) return false;
  const site = headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

export function assertNotCrossSite(headers: Headers): void {
  if (isCrossSiteAction(headers)) throw new AppError("forbidden", "This request came from another site.");
}
