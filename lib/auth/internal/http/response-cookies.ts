import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies/utils";
import { cookies } from "next/headers";

/**
 * Copies the cookies a better-auth API call set or cleared onto this server action's response.
 * Done here rather than with better-auth's nextCookies plugin so the path is explicit and the same
 * in the app and in the integration tests (which provide the request through next/headers).
 */
export async function applyAuthCookies(responseHeaders: Headers): Promise<void> {
  const setCookie = responseHeaders.get("set-cookie");
  if (!setCookie) return;
  const jar = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
    if (name) jar.set(name, attributes.value, toCookieOptions(attributes));
  }
}
