import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createTestMeeting, createTestPerson } from "@/lib/testing/factories";
import { expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";
import { createMeetings, openTable, uniqueWord, withTestDatabase } from "@/e2e/support/test-meetings";

const table = (page: Page) => page.getByRole("table", { name: "Meetings" });

test("The meetings list shows a meeting with its date, countries and leads", async ({ page }) => {
  // A meeting of the test's own, found by its own word: other specs add meetings meanwhile, so
  // demo rows may leave the first page (the demo set itself is checked in prisma/seed).
  const word = uniqueWord();
  const [meeting] = await createMeetings([
    {
      title: `Speaker receives a parliamentary delegation ${word}`,
      date: new Date("2024-04-02"),
      countries: [{ code: "AZ", side: "HOST" }, { code: "CN", side: "GUEST" }],
      participants: [
        { name: `Sahiba ${word}`, countryCode: "AZ", side: "HOST", isDelegationLead: true },
        { name: `Liu ${word}`, countryCode: "CN", side: "GUEST", isDelegationLead: true },
      ],
    },
  ]);
  await page.goto(`/meetings?q=${word}`);
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /\b1 meeting\b/ })).toBeVisible();
  await expect(table(page).locator("tbody tr")).toHaveCount(1);
  const row = table(page).locator("tbody tr").filter({ has: page.getByRole("link", { name: meeting!.title, exact: true }) });
  await expect(row).toContainText("Apr 2024");
  await expect(row.getByRole("link", { name: `Filter by Sahiba ${word}` })).toBeVisible();
  await expect(row.getByRole("link", { name: `Filter by Liu ${word}` })).toBeVisible();
  await expect(row.getByRole("link", { name: /^Filter by Azerbaijan \(AZ/ })).toBeVisible();
  await expect(row.getByRole("link", { name: /^Filter by China \(CN/ })).toBeVisible();
});

test("Searching finds a meeting by a participant's name and by an alias", async ({ page }) => {
  // A person of the test's own with a second spelling that shares no word with the name, so the
  // spelling can find the meeting only through the alias; two rows would mean a leak, not a race.
  const name = `Nurbek ${uniqueWord()}`;
  const alias = `Nurbeck ${uniqueWord()}`;
  const [meeting] = await withTestDatabase(async (db) => {
    const person = await createTestPerson(db, { name, countryCode: "KZ", aliases: [alias] });
    return [await createTestMeeting(db, { title: `Consultations in Astana ${uniqueWord()}`, participants: [{ personId: person.id, countryCode: "KZ", side: "HOST", isDelegationLead: true }, { countryCode: "CN", side: "GUEST", isDelegationLead: true }] })];
  });
  await openTable(page, "/meetings");
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.fill(name);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=Nurbek(\\+|%20)${name.split(" ")[1]}`));
  // A header row and one meeting (country codes in the row are links too).
  await expect(table(page).getByRole("row")).toHaveCount(2);
  await expect(table(page).getByRole("link", { name: meeting!.title, exact: true })).toBeVisible();

  await search.fill(alias);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=Nurbeck(\\+|%20)${alias.split(" ")[1]}`));
  await expect(table(page).getByRole("row")).toHaveCount(2);
  await expect(table(page).getByRole("link", { name: meeting!.title, exact: true })).toBeVisible();
  await expect(table(page).getByRole("link", { name: `Filter by ${name}` })).toBeVisible();
});

test("A search that matches nothing offers to clear the filters", async ({ page }) => {
  await page.goto("/meetings?q=zzxqvnothing");
  await expect(page.getByRole("heading", { name: "No meetings match" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(table(page).getByRole("row")).not.toHaveCount(2);
});

test("The permalink shows participants grouped by side, the source and its evidence", async ({ page }) => {
  await page.goto("/meetings?q=Gafarova");
  await table(page).getByRole("link", { name: /Gafarova meets/ }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Gafarova meets CPC delegation/);
  const participants = page.getByRole("region", { name: "Participants" });
  await expect(participants.getByRole("link", { name: "Sahiba Gafarova" })).toBeVisible();
  await expect(participants.getByRole("link", { name: "Liu Jianchao", exact: true })).toBeVisible();
  await expect(participants.getByText("Leads delegation").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" }).locator("mark").first()).toBeVisible();
});

test("An unknown or malformed permalink is a 404 page", async ({ page }) => {
  const missing = await page.goto("/meetings/01890a5d-ac96-774b-bcce-b302099a8057");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Meeting not found" })).toBeVisible();
  expect((await page.goto("/meetings/not-a-meeting"))?.status()).toBe(404);
});

test("An analyst fixes a validation error and saves a new meeting", async ({ page }) => {
  const title = `Consultations in Tbilisi ${Date.now()}`;
  await page.goto("/meetings/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption({ label: "Talks" });
  // Linking is explicit: the existing Nino Kavtaradze is picked from the list, not matched silently.
  await page.getByRole("combobox", { name: "Person", exact: true }).click();
  await page.getByRole("combobox", { name: "Type a name or spelling" }).fill("Nino Kavtaradze");
  await page.getByRole("option", { name: /^Nino Kavtaradze/ }).click();
  await page.getByRole("button", { name: "Save meeting" }).click();

  // Date and country are missing: errors sit beside the fields, and the typing survives.
  const date = page.locator("#field-date");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter the date.").first()).toBeVisible();
  await expect(page.getByText("Add at least one country.").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(page.getByRole("combobox", { name: "Person", exact: true })).toContainText("Nino Kavtaradze");

  await date.fill("2025-01-15");
  await page.getByRole("combobox", { name: "Country 1", exact: true }).selectOption({ label: "Georgia" });
  await page.getByRole("button", { name: "Save meeting" }).click();

  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Meeting saved")).toBeVisible();
  await expect(page.getByRole("region", { name: "Participants" })).toContainText("Nino Kavtaradze");
});

test("The list, a permalink and the form work with the keyboard alone", async ({ page }) => {
  await page.goto("/meetings");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();

  // Tab to the first meeting link and open it.
  const firstLink = table(page).getByRole("link").first();
  for (let i = 0; i < 40 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(firstLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);

  // Sorting by title from the keyboard updates the URL.
  await page.goto("/meetings");
  const titleSort = page.getByRole("button", { name: "Title", exact: true });
  await titleSort.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");
});

// One page per test: an axe scan of a long permalink takes seconds on a busy 2-core machine.
// Each page is loaded once and scanned in the light theme, then the dark one.
test.describe("In the light and dark themes", () => {
  test("the meetings list passes an axe scan", async ({ page }) => {
    // Each row now links its people, countries and tags too: a longer scan, twice.
    test.slow();
    await page.goto("/meetings");
    await expect(table(page).getByRole("link").first()).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });

  test("a permalink passes an axe scan", async ({ page }) => {
    // The permalink now carries its history panel and related meetings: a longer scan, twice.
    test.slow();
    await page.goto("/meetings?q=Gafarova");
    await table(page).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    await expectNoAxeViolationsInBothThemes(page);
  });

  test("the new-meeting form with errors showing passes an axe scan", async ({ page }) => {
    await page.goto("/meetings/new");
    await page.getByRole("button", { name: "Save meeting" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });
});
