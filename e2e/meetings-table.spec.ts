import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";
import { createMeetings, createTaggedMeetings, openTable, uniqueWord } from "@/e2e/support/test-meetings";

const table = (page: Page) => page.getByRole("table", { name: "Meetings" });
const facets = (page: Page) => page.getByRole("complementary", { name: "Refine by" });
/** The titles of the rows shown, in order (the first link of each body row). */
const titles = (page: Page) => table(page).locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelector("a")?.textContent ?? ""));

test("An analyst excludes a country with a facet, and a colleague opening the link sees the same rows", async ({ page, browser, signInAs }) => {
  // Rows of the test's own, under a tag of their own: other specs add meetings meanwhile.
  const { tagId, meetings } = await createTaggedMeetings([
    { title: `Baku consultations ${uniqueWord()}`, countries: [{ code: "AZ", side: "HOST" }, { code: "CN", side: "GUEST" }] },
    { title: `Tbilisi consultations ${uniqueWord()}`, countries: [{ code: "GE", side: "HOST" }, { code: "TR", side: "GUEST" }] },
  ]);
  await openTable(page, `/meetings?tag=${tagId}`);
  await expect(table(page).locator("tbody tr")).toHaveCount(2);
  const country = facets(page).getByRole("region", { name: "Country" });
  await country.getByRole("button", { name: "Not Azerbaijan" }).click();
  await expect(page).toHaveURL(/country=-AZ/);
  await expect(table(page).getByRole("link", { name: meetings[0]!.title })).toHaveCount(0);
  await expect(table(page).locator("tbody tr")).toHaveCount(1);
  expect(await titles(page)).toEqual([meetings[1]!.title]);

  const colleague = await browser.newContext({ ignoreHTTPSErrors: true });
  await signInAs("viewer", colleague);
  const other = await colleague.newPage();
  await other.goto(page.url());
  await expect(table(other).locator("tbody tr")).toHaveCount(1);
  expect(await titles(other)).toEqual([meetings[1]!.title]);
  await colleague.close();
});

test("A bad search answers beside the search box, never with the error panel", async ({ page }) => {
  await page.goto("/meetings?q=-Russia");
  await expect(page.getByRole("alert").filter({ hasText: "cannot only exclude" })).toBeVisible();
  await page.goto(`/meetings?q=${"x".repeat(400)}&from=2025-01-01&to=2024-01-01&sort=password`);
  await expect(page.getByRole("alert").filter({ hasText: "at most 300 characters" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
});

test("An analyst saves a view and opens it again from the menu", async ({ page }) => {
  const name = `Without Azerbaijan ${Date.now()}`;
  await page.goto("/meetings?country=-AZ&sort=title");
  await page.getByRole("button", { name: "Views" }).click();
  await page.getByRole("menuitem", { name: "Save this view…" }).click();
  await page.getByRole("dialog").getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("dialog").getByRole("button", { name: "Save view" }).click();
  await expect(page.getByText(`View “${name}” saved.`)).toBeVisible();

  await page.goto("/meetings");
  await page.getByRole("button", { name: "Views" }).click();
  await page.getByRole("menuitem", { name }).click();
  await expect(page).toHaveURL(/country=-AZ/);
  await expect(page).toHaveURL(/sort=title/);
});

test("An analyst exports the filtered meetings as CSV", async ({ page }) => {
  const word = uniqueWord();
  const [meeting] = await createMeetings([{ title: `Export check ${word}` }]);
  await openTable(page, `/meetings?q=${word}`);
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: /as CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^parley-meetings-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path())!, "utf8");
  const lines = text.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(meeting!.title);
});

test("An analyst tags two selected meetings at once", async ({ page }) => {
  // The table's first two rows under sort=title are the test's own: a tag of theirs is filtered in.
  const { tagId } = await createTaggedMeetings([{ title: `Alpha talks ${uniqueWord()}` }, { title: `Beta talks ${uniqueWord()}` }]);
  const tag = `bulk-${Date.now()}`;
  await openTable(page, `/meetings?tag=${tagId}&sort=title`);
  await expect(table(page).locator("tbody tr")).toHaveCount(2);
  const boxes = table(page).locator("tbody").getByRole("checkbox");
  await boxes.nth(0).click();
  await boxes.nth(1).click();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByRole("form", { name: "Tag selected meetings" }).getByRole("textbox", { name: "Tag" }).fill(tag);
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText(`Tag “${tag}” added to 2 meetings.`)).toBeVisible();
  await page.reload();
  await expect(table(page).locator("tbody tr")).toHaveCount(2);
  await expect(table(page).locator("tbody tr").nth(0)).toContainText(tag);
  await expect(table(page).locator("tbody tr").nth(1)).toContainText(tag);
});

test("A viewer sees no New meeting button and no bulk controls", async ({ viewerPage }) => {
  await viewerPage.goto("/meetings");
  await expect(table(viewerPage).getByRole("link").first()).toBeVisible();
  // The page's own actions; the workbench navigation is the layout's (reported to the lead).
  await expect(viewerPage.getByRole("main").getByRole("link", { name: "New meeting" })).toHaveCount(0);
  await expect(table(viewerPage).getByRole("checkbox")).toHaveCount(0);
});

test("The table with a search, snippets and facets passes an axe scan in the light and dark themes", async ({ page }) => {
  test.slow(); // two scans of the whole table on a shared machine
  await page.goto("/meetings?q=delegation");
  await expect(facets(page)).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});
