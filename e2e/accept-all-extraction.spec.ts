import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// An invented item as a web page shows it: headline, timestamp, byline and share line above the
// dateline. Invented people: on a rerun against the same database they exist, once each, and
// Accept all links them instead.
const host = "Tamar Gelovani";
const guest = "Aram Vardanyants";
const deputy = "Lela Abashidze";
const TITLE = "Gelovani meets Foreign Minister Vardanyants in Tbilisi";
const WEB_PAGE = `Georgia and Armenia agree to open a second border crossing
Updated 14:32, 3 March 2025 | Staff reporter
Share this article

TBILISI, March 3 (Trend) -- Georgian Foreign Minister ${host} met Armenian Foreign Minister ${guest} in Tbilisi on Monday, the Georgian Foreign Ministry said.

The ministers discussed transport links, energy cooperation and regional security.
`;
// A second outlet's report of the same meeting: another participant, and an outcome.
const SECOND_SOURCE = `TBILISI, March 3 (APA) -- Georgian Foreign Minister ${host} held talks with Armenian Foreign Minister ${guest}. Georgian Deputy Foreign Minister ${deputy} also attended the meeting.

The sides agreed to open a second border crossing at Sadakhlo by the end of the year.
`;

// A production build on a shared 2-core machine: extraction, a save, an edit and a second save.
test.describe.configure({ timeout: 180_000 });

async function fillSource(page: Page, n: number, outlet: string, text: string) {
  const source = page.getByRole("group", { name: `Source ${n}`, exact: true });
  await source.getByRole("textbox", { name: "Outlet" }).fill(outlet);
  await source.getByLabel("Published", { exact: true }).fill("2025-03-03");
  await source.getByRole("textbox", { name: "Full text" }).fill(text);
}

test("A web page's item pasted whole becomes a saved meeting with Accept all and Save: participants, countries and place, each with its evidence; a second source on the edit page adds what the record lacks", async ({ anonymousPage: page, signInAs, createAccount }) => {
  // An analyst of its own: one suggestion run per analyst at a time, and other specs' analysts run theirs meanwhile.
  await signInAs(await createAccount("analyst", "accept-all"), page.context());
  await page.goto("/meetings/new");
  await fillSource(page, 1, "Trend", WEB_PAGE);
  await page.getByRole("button", { name: "Suggest fields from source 1" }).click();
  const suggestions = page.getByRole("region", { name: /^Suggestions from the text/ });
  // The first run of a fresh server also starts the extraction worker.
  await expect(suggestions).toBeVisible({ timeout: 60_000 });
  await suggestions.getByRole("button", { name: "Accept all" }).click();
  await page.getByRole("button", { name: "Save meeting" }).click();

  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const meeting = page.getByRole("article", { name: TITLE });
  const participants = page.getByRole("region", { name: "Participants" });
  const countries = page.getByRole("region", { name: "Countries" });
  const sources = page.getByRole("region", { name: "Sources" });
  for (const name of [host, guest]) {
    await expect(participants.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(sources.locator(`mark[title*="${name}"]`).filter({ hasText: name }).first()).toBeVisible();
  }
  await expect(participants).toContainText("Foreign Minister");
  // Each country's row (its flag chip inside is a list item of its own).
  await expect(countries.getByRole("listitem").filter({ hasText: "Georgia" }).first()).toContainText("Host");
  await expect(countries.getByRole("listitem").filter({ hasText: "Armenia" }).first()).toContainText("Guest");
  await expect(sources.locator('mark[title*="Georgia"]').first()).toBeVisible();
  await expect(sources.locator('mark[title*="Armenia"]').first()).toBeVisible();
  await expect(meeting).toContainText("Tbilisi, Georgia");
  // The place is supported by the dateline ("TBILISI, …") or by the lead ("in Tbilisi"): either is evidence.
  await expect(sources.locator('mark[title*="the place"]').first()).toContainText(/tbilisi/i);

  // The edit page reads a second source and offers only what the record lacks.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByRole("button", { name: "Add source" }).click();
  await fillSource(page, 2, "APA", SECOND_SOURCE);
  await page.getByRole("button", { name: "Suggest fields from source 2" }).click();
  const added = page.getByRole("region", { name: "Suggestions from the text of source 2" });
  await expect(added).toBeVisible({ timeout: 60_000 });
  await expect(added.getByRole("button", { name: `Accept ${deputy}` })).toBeVisible();
  await expect(added.getByRole("button", { name: `Accept ${host}` })).toHaveCount(0);
  await expect(added.getByRole("button", { name: /^Accept Agreed to open a second border crossing/ })).toBeVisible();
  await expect(added).toContainText("left out: the record already has them");
  await added.getByRole("button", { name: "Accept all" }).click();
  await page.getByRole("button", { name: "Save meeting" }).click();

  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(participants.getByRole("link", { name: deputy, exact: true })).toBeVisible();
  await expect(meeting).toContainText("second border crossing at Sadakhlo");
  await expect(sources.locator(`mark[title*="${deputy}"]`).filter({ hasText: deputy }).first()).toBeVisible();
});
