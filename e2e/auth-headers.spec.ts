import { database } from "@/e2e/support/database";
import { expect, test } from "@/e2e/fixtures";

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
}

test("The sign-in page carries the security headers and a fresh nonce on each request", async ({ anonymousPage: page }) => {
  const first = await page.goto("/sign-in");
  const second = await page.goto("/sign-in");
  expectSecurityHeaders(first!.headers());
  expect(first!.headers()["content-security-policy"]).not.toBe(second!.headers()["content-security-policy"]);
});

test("Signed-in pages carry the security headers and their scripts run under the nonce", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/meetings");
  expectSecurityHeaders(response!.headers());
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("Requests with known middleware-bypass headers, URLs and encodings get no meeting data", async ({ playwright, baseURL, page }) => {
  const { rows } = await database().query<{ id: string; title: string }>(`SELECT "id", "title" FROM "Meeting" WHERE "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`);
  const meeting = rows[0]!;

  // The signed-in control: the same requests with a session do show the meeting.
  const signedIn = await page.request.get(`/meetings/${meeting.id}`);
  expect(await signedIn.text()).toContain(meeting.title);

  const anonymous = await playwright.request.newContext({ baseURL });
  const attempts: { path: string; headers?: Record<string, string> }[] = [
    { path: `/meetings/${meeting.id}` },
    { path: `/meetings/${meeting.id}`, headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
    { path: `/meetings/${meeting.id}`, headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } },
    { path: `/meetings/${meeting.id}`, headers: { RSC: "1" } },
    { path: `/meetings/${meeting.id}`, headers: { RSC: "1", "next-router-prefetch": "1" } },
    { path: `/meetings/${meeting.id}`, headers: { purpose: "prefetch", "sec-purpose": "prefetch" } },
    { path: `/meetings/${meeting.id}?_rsc=abc12` },
    { path: `/meetings/${meeting.id}.rsc` },
    { path: `/meetings/${meeting.id}.rsc`, headers: { RSC: "1" } },
    { path: `/%6Deetings/${meeting.id}` },
    { path: `/meetings/${meeting.id}/` },
    { path: `${new URL(baseURL!).origin}//meetings/${meeting.id}` },
    { path: `/meetings?q=${encodeURIComponent(meeting.title)}`, headers: { RSC: "1", "x-middleware-subrequest": "proxy" } },
  ];
  for (const attempt of attempts) {
    for (const follow of [0, 5]) {
      const response = await anonymous.get(attempt.path, { headers: attempt.headers, maxRedirects: follow, failOnStatusCode: false });
      const body = await response.text();
      expect(body, `${attempt.path} ${JSON.stringify(attempt.headers ?? {})}`).not.toContain(meeting.title);
    }
  }
  await anonymous.dispose();
});

test("A viewer gets a 404, not a 403, for the admin pages", async ({ viewerPage }) => {
  const response = await viewerPage.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await expect(viewerPage.getByText("admin@e2e.parley.test")).toHaveCount(0);
});

test("robots.txt keeps crawlers out and, like the favicon, is served without a session", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const robots = await anonymous.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  const rules = (await robots.text()).split("\n").map((line) => line.trim());
  expect(rules).toContain("User-agent: *");
  expect(rules).toContain("Disallow: /");

  const favicon = await anonymous.get("/favicon.svg", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
  await anonymous.dispose();
});
