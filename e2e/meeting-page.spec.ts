import type { Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/database/client";
import { createTestMeeting, createTestOrganization, type TestMeetingOverrides } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";

/** A fresh meeting of this test's own, written through the one write path like any other. */
async function meeting(overrides: TestMeetingOverrides = {}) {
  const db = createPrismaClient(process.env.DATABASE_URL!, { max: 1 });
  try {
    return await createTestMeeting(db, { title: `E2E meeting ${crypto.randomUUID().slice(0, 8)}`, ...overrides });
  } finally {
    await db.$disconnect();
  }
}

/** A fresh organisation that took part in a fresh meeting: the organisation page has a source to cite. */
async function organizationWithMeeting() {
  const db = createPrismaClient(process.env.DATABASE_URL!, { max: 1 });
  try {
    const organization = await createTestOrganization(db, { name: `E2E Ministry ${crypto.randomUUID().slice(0, 8)}` });
    const m = await createTestMeeting(db, { title: `E2E meeting ${crypto.randomUUID().slice(0, 8)}`, participants: [{ organizationId: organization.id, countryCode: "KZ" }] });
    return { organization, meeting: m };
  } finally {
    await db.$disconnect();
  }
}

// These flows cross several server-rendered pages; on a busy shared machine each page can take seconds.
test.slow();

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

test("A permalink copied by one analyst opens the same record for a colleague in a fresh session", async ({ page, browser, signInAs }) => {
  const m = await meeting();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/meetings/${m.id}`);
  await page.getByRole("button", { name: "Copy permalink" }).click();
  await expect(toast(page, "Permalink copied")).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(new RegExp(`/meetings/${m.id}$`));

  const colleague = await browser.newContext();
  await signInAs("viewer", colleague);
  const other = await colleague.newPage();
  await other.goto(url);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(m.title);
  // A viewer sees the record but neither Edit nor Delete.
  await expect(other.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(other.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await colleague.close();
});

test("Pointing at a participant lights the passages that support them, each saying what it supports", async ({ page }) => {
  await page.goto("/meetings?q=Gafarova");
  await page.getByRole("table", { name: "Meetings" }).getByRole("link", { name: /Gafarova meets/ }).click();
  const participants = page.getByRole("region", { name: "Participants" });
  const sources = page.getByRole("region", { name: "Sources" });
  const labels = sources.locator("[data-evidence-label]", { hasText: "Sahiba Gafarova" });
  await expect(labels).toHaveCount(0);
  await participants.getByRole("link", { name: "Sahiba Gafarova" }).hover();
  await expect(labels.first()).toBeVisible();
  await page.getByRole("heading", { level: 1 }).hover();
  await expect(labels).toHaveCount(0);
  // From the keyboard: the toggle keeps the passages lit.
  const showEvidence = participants.getByRole("button", { name: /Show evidence for Sahiba Gafarova/ });
  await showEvidence.focus();
  await page.keyboard.press("Enter");
  await expect(showEvidence).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("heading", { level: 1 }).hover();
  await expect(labels.first()).toBeVisible();
});

test("An analyst tags a meeting inline, opens the older revision, sees the old values and restores it", async ({ page }) => {
  const m = await meeting({ tags: ["e2e original"] });
  const tag = `e2e later ${crypto.randomUUID().slice(0, 6)}`;
  await page.goto(`/meetings/${m.id}`);
  const input = page.getByRole("combobox", { name: "Type a tag" });
  // Until the page has hydrated a click on the trigger does nothing: retry it until the popover opens.
  await expect(async () => {
    await page.getByRole("combobox", { name: "Add tag" }).click();
    await expect(input).toBeVisible({ timeout: 2000 });
  }).toPass();
  await input.fill(tag);
  await page.getByRole("option", { name: `Add new tag “${tag}”` }).click();
  await expect(toast(page, `Tag “${tag}” added`)).toBeVisible();
  const tags = page.getByRole("list", { name: "Tags" });
  await expect(tags.getByRole("link", { name: `#${tag}` })).toBeVisible();

  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText(`Tag ${tag} added`)).toBeVisible();
  await history.getByRole("link", { name: "Revision 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${m.id}\\?rev=1$`));
  await expect(page.getByRole("region", { name: "Old revision" })).toContainText("Old revision 1 of 2");
  await expect(page.getByRole("list", { name: "Tags" }).getByText(`#${tag}`)).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Tags" }).getByText("#e2e original")).toBeVisible();

  await page.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(toast(page, "Revision 1 restored")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/meetings/${m.id}$`));
  await expect(page.getByRole("region", { name: "Old revision" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Tags" }).getByText(`#${tag}`)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "History" }).getByText(/Restored an earlier revision/)).toBeVisible();
});

test("A participant leads to their page, and back through a topic to the filtered table", async ({ page }) => {
  const m = await meeting({ topics: ["energy-security"] });
  await page.goto(`/meetings/${m.id}`);
  const person = page.getByRole("region", { name: "Participants" }).getByRole("link").first();
  const name = (await person.textContent())!.trim();
  await person.click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("region", { name: "Meetings, newest first" }).getByRole("link", { name: m.title }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${m.id}$`));
  await page.getByRole("list", { name: "Topics" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/topics\/[0-9a-f-]{36}$/);
  const topicId = new URL(page.url()).pathname.split("/").at(-1);
  await page.getByRole("link", { name: "Open in the meetings table" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings\\?topic=${topicId}$`));
});

test("The country-pair page reads the same from either side and puts the latest meeting first", async ({ page }) => {
  const m = await meeting({ countries: [{ code: "AZ", side: "HOST" }, { code: "CN", side: "GUEST" }], date: new Date("2031-01-15") });
  await page.goto("/countries/CN/AZ");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China and Azerbaijan");
  await expect(page.getByRole("region", { name: "Latest meeting" }).getByRole("link")).toHaveText(m.title);
  await expect(page.getByRole("region", { name: "Azerbaijan: people" })).toBeVisible();
  await expect(page.getByRole("region", { name: "China: people" })).toBeVisible();
  await page.getByRole("link", { name: "Azerbaijan first" }).click();
  await expect(page).toHaveURL(/\/countries\/AZ\/CN$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Azerbaijan and China");
});

test("A deleted meeting's link says who deleted it; an admin restores it from the trash", async ({ page, adminPage }) => {
  const m = await meeting();
  await page.goto(`/meetings/${m.id}`);
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${m.title}”?` });
  await dialog.getByRole("button", { name: "Delete meeting" }).click();
  await expect(page.getByRole("heading", { name: "This meeting was deleted" })).toBeVisible();
  await expect(page.getByText(/was deleted on .* by /)).toBeVisible();

  await adminPage.goto("/meetings/trash");
  const row = adminPage.getByRole("row").filter({ hasText: m.title });
  await row.getByRole("button", { name: /Restore/ }).click();
  await expect(adminPage.locator("[data-sonner-toast]").filter({ hasText: "restored from the trash" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title);
});

test("Viewers and analysts do not get the trash", async ({ page, viewerPage }) => {
  expect((await page.goto("/meetings/trash"))?.status()).toBe(404);
  expect((await viewerPage.goto("/meetings/trash"))?.status()).toBe(404);
});

test("An analyst records another spelling of an organisation with its source, and removes it", async ({ page }) => {
  const { organization, meeting: m } = await organizationWithMeeting();
  await page.goto(`/organizations/${organization.id}`);
  await expect(page.getByRole("region", { name: "Meetings, newest first" }).getByRole("link", { name: m.title })).toBeVisible();
  const aliases = page.getByRole("region", { name: "Also written" });
  await aliases.getByRole("textbox", { name: "Add a spelling" }).fill("Ministère des Essais");
  await aliases.getByRole("combobox", { name: "Seen in" }).selectOption({ index: 1 });
  await aliases.getByRole("button", { name: "Add spelling" }).click();
  await expect(toast(page, "Spelling “Ministère des Essais” added")).toBeVisible();
  const entry = aliases.getByRole("listitem").filter({ hasText: "Ministère des Essais" });
  await expect(entry).toContainText("seen in");
  await entry.getByRole("button", { name: "Remove spelling Ministère des Essais" }).click();
  await expect(toast(page, "Spelling removed")).toBeVisible();
  await expect(aliases.getByRole("listitem").filter({ hasText: "Ministère des Essais" })).toHaveCount(0);
});

// Each page is loaded once and scanned in the light theme, then the dark one.
test.describe("In the light and dark themes", () => {
  test("a meeting page with its history and a compared revision passes an axe scan", async ({ page }) => {
    const m = await meeting({ tags: ["axe"] });
    await page.goto(`/meetings/${m.id}?rev=1&from=1&to=1`);
    await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });

  test("a person's page and the country-pair page pass an axe scan", async ({ page }) => {
    test.slow(); // four full scans on a shared machine
    const m = await meeting({ countries: [{ code: "AZ", side: "HOST" }, { code: "CN", side: "GUEST" }] });
    await page.goto(`/people/${m.personIds[0]}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
    await page.goto("/countries/AZ/CN");
    await expect(page.getByRole("heading", { name: "Latest meeting" })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });

  test("an organisation's page with its spelling editor, and the tags page, pass an axe scan", async ({ page }) => {
    test.slow(); // four full scans on a shared machine
    const { organization } = await organizationWithMeeting();
    await page.goto(`/organizations/${organization.id}`);
    await expect(page.getByRole("button", { name: "Add spelling" })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
    await page.goto("/tags");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });
});
