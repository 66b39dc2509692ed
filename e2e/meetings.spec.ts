import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";

const table = (page: Page) => page.getByRole("table", { name: "Meetings" });

test("The meetings list shows the demo meetings with their countries and leads", async ({ page }) => {
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /\d+ meetings?/ })).toBeVisible();
  const gafarova = table(page).getByRole("row").filter({ hasText: "Gafarova" });
  await expect(gafarova).toContainText("Apr 2024");
  await expect(gafarova).toContainText("Sahiba Gafarova");
  // Other tests add meetings in parallel, so look for the five demo meetings rather than a count.
  for (const name of ["Gafarova", "Zhang Weiming", "Nurlanov", "Tanabe", "Mchedlishvili"]) {
    // The meeting's own link, not the "Filter by …" links of the people in its row.
    await expect(table(page).getByRole("link", { name: new RegExp(`^(?!Filter by).*${name}`) })).toBeVisible();
  }
});

test("Searching finds a meeting by a participant's name and by an alias", async ({ page }) => {
  await page.goto("/meetings");
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.fill("Gafarova");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=Gafarova/);
  // A header row and one meeting (country codes in the row are links too).
  await expect(table(page).getByRole("row")).toHaveCount(2);
  await expect(table(page).getByRole("link", { name: "Gafarova meets CPC delegation led by Liu Jianchao" })).toBeVisible();

  await search.fill("Lu Jianchao");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=Lu(\+|%20)Jianchao/);
  await expect(table(page).getByRole("link", { name: /^(?!Filter by).*Liu Jianchao/ })).toBeVisible();
  // Other specs save meetings with Liu Jianchao in parallel, so no fixed count: every row found by
  // the other spelling is one of his.
  await expect(page.getByRole("status").filter({ hasText: /\d+ meetings?/ })).toBeVisible();
  const body = table(page).locator("tbody tr");
  await expect(body.first()).toBeVisible();
  await expect(body.filter({ hasNotText: "Liu Jianchao" })).toHaveCount(0);
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
  await page.getByRole("combobox", { name: "Type a name or alias" }).fill("Nino Kavtaradze");
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
for (const theme of ["light", "dark"] as const) {
  test.describe(`In the ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    test("the meetings list passes an axe scan", async ({ page }) => {
      // Each row now links its people, countries and tags too: a longer scan.
      test.slow();
      await page.goto("/meetings");
      await expect(page.locator("html")).toHaveClass(new RegExp(theme));
      await expect(table(page).getByRole("link").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("a permalink passes an axe scan", async ({ page }) => {
      // The permalink now carries its history panel and related meetings: a longer scan.
      test.slow();
      await page.goto("/meetings?q=Gafarova");
      await table(page).getByRole("link").first().click();
      await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
      await expect(page.locator("html")).toHaveClass(new RegExp(theme));
      await expectNoAxeViolations(page);
    });

    test("the new-meeting form with errors showing passes an axe scan", async ({ page }) => {
      await page.goto("/meetings/new");
      await page.getByRole("button", { name: "Save meeting" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
      await expect(page.locator("html")).toHaveClass(new RegExp(theme));
      await expectNoAxeViolations(page);
    });
  });
}
