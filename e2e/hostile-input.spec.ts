import type { Page } from "@playwright/test";
import { expect, test } from "@/e2e/fixtures";
import { HOSTILE_TITLE } from "@/e2e/support/hostile-meetings";
import { HOSTILE_STRINGS, XSS_MARKER } from "@/lib/testing/hostile-input";

// Meetings with a hostile string in every free-text field are made by e2e/support/prepare-database.ts.
// Every page that shows them must show the text as text: nothing runs, nothing becomes markup.

const INJECTED = 'img[src="x"], svg[onload], iframe[srcdoc], [onerror], [onload], a[href^="javascript:"], a[href^="data:"], script:not([nonce])';

async function expectInert(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.getByRole("main")).toBeVisible();
  expect(await page.evaluate((marker) => (window as unknown as Record<string, unknown>)[marker] ?? null, XSS_MARKER), path).toBeNull();
  expect(await page.locator("main").locator(INJECTED).count(), `${path} rendered injected markup`).toBe(0);
  expect(dialogs, path).toEqual([]);
}

test("Hostile text in every field of a meeting is shown as text on the list, the meeting and every page it links to", async ({ page }) => {
  test.setTimeout(180_000);
  await expectInert(page, `/meetings?q=${encodeURIComponent(`"${HOSTILE_TITLE}"`)}`);
  await expect(page.getByRole("link", { name: new RegExp(`^${HOSTILE_TITLE} 0`) })).toBeVisible();

  const meetingLinks = await page.locator("main a[href^='/meetings/']").evaluateAll((links) =>
    [...new Set(links.map((link) => link.getAttribute("href")!).filter((href) => /^\/meetings\/[0-9a-f-]{36}$/.test(href)))],
  );
  expect(meetingLinks.length).toBeGreaterThanOrEqual(Math.min(HOSTILE_STRINGS.length, 10));

  const entityLinks = new Set<string>();
  for (const link of meetingLinks) {
    await expectInert(page, link);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(HOSTILE_TITLE);
    for (const href of await page.locator("main a[href^='/']").evaluateAll((links) => links.map((l) => l.getAttribute("href")!))) {
      if (/^\/(people|organizations|tags|topics)\/[^/?#]+$/.test(href)) entityLinks.add(href);
    }
  }
  for (const link of [...entityLinks].slice(0, 30)) await expectInert(page, link);
});
