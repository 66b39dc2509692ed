import { expect, test } from "@playwright/test";

// Kept small on purpose: when a Debian Chromium update breaks Playwright, this fails first.
test("The browser opens Parley and the server answers its health check", async ({ page, request }) => {
  const health = await request.get("/api/health");
  expect(health.ok()).toBe(true);
  expect(await health.json()).toEqual({ status: "ok" });

  await page.goto("/api/health");
  await expect(page.locator("body")).toContainText('"status":"ok"');
});
