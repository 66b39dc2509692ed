import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";
import type { ThrowAwayAccount } from "@/e2e/support/database";
import { createMeetings, createTaggedMeetings, uniqueWord } from "@/e2e/support/test-meetings";
import { overflowingElements } from "@/e2e/support/overflow";

// Shortcut and column choices are saved per user, so each test that changes them signs in as its
// own throw-away analyst and leaves the shared test users as they were.

const table = (page: Page) => page.getByRole("table", { name: "Meetings" });
const bodyRows = (page: Page) => table(page).locator("tbody tr");
const cursorRow = (page: Page) => table(page).locator('tbody tr[aria-current="true"]');
const titles = (page: Page) => bodyRows(page).evaluateAll((rows) => rows.map((row) => row.querySelector("[data-row-link]")?.textContent ?? ""));
/** The table's wrapper, busy while a new page of rows is on its way. */
const busy = (page: Page) => page.locator("[aria-busy=true]").filter({ has: table(page) });
const headers = (page: Page) => table(page).getByRole("columnheader").allTextContents();
/** The save of a preference: a server action's POST back to the table. */
const preferenceSaved = (page: Page) => page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/meetings"));

type SignInAs = (who: ThrowAwayAccount | "viewer", context?: BrowserContext) => Promise<string>;

async function ownPage(browser: Browser, account: ThrowAwayAccount, signInAs: SignInAs) {
  const context = await browser.newContext();
  await signInAs(account, context);
  return context.newPage();
}

/** Opens a table page and waits until its keys are live (the page has hydrated). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator("html[data-table-keys]").waitFor({ state: "attached" });
}

test("An analyst searches, moves through rows, selects one and opens it, all from the keyboard", async ({ page }) => {
  // Three meetings of the test's own, found by their own word: the rows moved through are these.
  const word = uniqueWord();
  await createMeetings(["Baku", "Tbilisi", "Yerevan"].map((place) => ({ title: `Delegation in ${place} ${word}` })));
  await open(page, "/meetings");
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toBeFocused();
  await page.keyboard.type(word);
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await page.keyboard.press("Escape");
  await expect(search).not.toBeFocused();
  await expect(search).toHaveValue(word);
  // Read the rows only once the search's results have replaced the old ones.
  await expect(busy(page)).toHaveCount(0);
  await expect(bodyRows(page)).toHaveCount(3);
  const shown = await titles(page);
  expect(shown.every((title) => title.endsWith(word))).toBe(true);

  // Typing j in the search box types; outside it, j and k move the cursor.
  await page.keyboard.press("j");
  await expect(cursorRow(page)).toContainText(shown[0]!);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(cursorRow(page)).toHaveCount(1);
  await expect(cursorRow(page)).toContainText(shown[1]!);
  await expect(page.getByRole("link", { name: shown[1]!, exact: true })).toBeFocused();

  await page.keyboard.press("x");
  await expect(cursorRow(page).getByRole("checkbox")).toBeChecked();
  await expect(page.getByText("1 selected")).toBeVisible();
  await page.keyboard.press("x");
  await expect(cursorRow(page).getByRole("checkbox")).not.toBeChecked();

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shown[1]!);
});

test("Single-key shortcuts can be turned off from the ? dialog, and stay off after a reload", async ({ browser, createAccount, signInAs }) => {
  test.slow();
  const page = await ownPage(browser, await createAccount("analyst", "kbd-switch"), signInAs);
  await open(page, "/meetings");
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Select or deselect");
  // Keys typed inside the dialog are its own.
  await page.keyboard.press("j");
  await expect(cursorRow(page)).toHaveCount(0);

  await dialog.getByRole("checkbox", { name: "Use single-key shortcuts" }).click();
  await expect(page.getByText("Keyboard shortcuts off.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.keyboard.press("j");
  await expect(cursorRow(page)).toHaveCount(0);

  await page.reload();
  await page.locator("html[data-table-keys]").waitFor({ state: "attached" });
  await page.keyboard.press("j");
  await page.keyboard.press("?");
  await expect(cursorRow(page)).toHaveCount(0);
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Shortcuts" }).click();
  await expect(dialog.getByRole("checkbox", { name: "Use single-key shortcuts" })).not.toBeChecked();
  await page.context().close();
});

test("A viewer's shortcut list has no selection key, and x selects nothing", async ({ viewerPage }) => {
  await open(viewerPage, "/meetings");
  await viewerPage.keyboard.press("j");
  await expect(cursorRow(viewerPage)).toHaveCount(1);
  await viewerPage.keyboard.press("x");
  await expect(table(viewerPage).getByRole("checkbox")).toHaveCount(0);
  await viewerPage.keyboard.press("?");
  await expect(viewerPage.getByRole("dialog", { name: "Keyboard shortcuts" })).not.toContainText("Select or deselect");
});

test("An analyst hides and moves columns; the choice follows the link and is remembered", async ({ browser, createAccount, signInAs }) => {
  test.slow();
  const page = await ownPage(browser, await createAccount("analyst", "kbd-cols"), signInAs);
  await open(page, "/meetings");
  expect(await headers(page)).toContain("Kind");
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  const menu = page.getByRole("dialog", { name: "Columns" });
  await expect(menu.getByRole("checkbox", { name: "Title" })).toBeDisabled();
  let saved = preferenceSaved(page);
  await menu.getByRole("checkbox", { name: "Kind" }).click();
  await saved;
  saved = preferenceSaved(page);
  await menu.getByRole("button", { name: "Move Status up" }).click();
  await saved;
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/cols=date%2Ctitle%2Ccountries%2Cleads%2Cstatus%2Ctags%2Cupdated|cols=date,title,countries,leads,status,tags,updated/);
  const chosen = await headers(page);
  expect(chosen.filter(Boolean)).toEqual(["Date", "Title", "Countries", "Lead participants", "Status", "Tags", "Updated"]);

  await page.reload();
  expect(await headers(page)).toEqual(chosen);
  // Without cols in the link, the saved choice shows.
  await open(page, "/meetings");
  expect(await headers(page)).toEqual(chosen);

  const colleague = await browser.newContext();
  await signInAs("viewer", colleague);
  const other = await colleague.newPage();
  await other.goto(page.url().includes("cols=") ? page.url() : "/meetings?cols=date,title,countries,leads,status,tags,updated");
  expect((await headers(other)).filter(Boolean)).toEqual(["Date", "Title", "Countries", "Lead participants", "Status", "Tags", "Updated"]);
  await colleague.close();

  await page.getByRole("button", { name: "Columns", exact: true }).click();
  saved = preferenceSaved(page);
  await menu.getByRole("button", { name: "Reset columns" }).click();
  await saved;
  await expect(page).not.toHaveURL(/cols=/);
  await page.reload();
  expect(await headers(page)).toContain("Kind");
  await page.context().close();
});

test("A person, country or tag in a row opens the table filtered by it", async ({ page }) => {
  // A meeting of the test's own, whose person and tag no other meeting has: each filter's rows
  // can be counted, while other specs add meetings meanwhile.
  const word = uniqueWord();
  const person = `Wang ${word}`;
  const { tag, meetings } = await createTaggedMeetings([
    {
      title: `CPC delegation visits ${word}`,
      countries: [{ code: "AZ", side: "HOST" }, { code: "CN", side: "GUEST" }],
      participants: [
        { countryCode: "AZ", side: "HOST", isDelegationLead: true },
        { name: person, countryCode: "CN", side: "GUEST", isDelegationLead: true },
      ],
    },
  ]);
  const title = meetings[0]!.title;
  await open(page, `/meetings?q=${word}`);
  await expect(bodyRows(page)).toHaveCount(1);
  await table(page).getByRole("link", { name: `Filter by ${person}` }).click();
  await expect(page).toHaveURL(/\/meetings\?person=[0-9a-f-]{36}$/);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(table(page).getByRole("link", { name: title, exact: true })).toBeVisible();

  await table(page).getByRole("link", { name: `Filter by tag ${tag}` }).click();
  await expect(page).toHaveURL(/\/meetings\?tag=[0-9a-f-]{36}$/);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(table(page).getByRole("link", { name: title, exact: true })).toBeVisible();

  await table(page).getByRole("link", { name: /^Filter by .*\(CN/ }).first().click();
  await expect(page).toHaveURL(/\/meetings\?country=CN$/);
  await expect(bodyRows(page).first()).toContainText("CN");
});

test("At 375 px the page does not scroll sideways and the table's controls are reachable; at 1920 px the counts sit beside it", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await open(page, "/meetings");
  await expect(bodyRows(page).first()).toBeVisible();
  const outside = await overflowingElements(page, 8);
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  for (const name of ["Columns", "Views", "Export", "Shortcuts"]) {
    await expect(page.getByRole("button", { name })).toBeInViewport();
  }
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeInViewport();
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Columns" }).getByRole("button", { name: "Reset columns" })).toBeInViewport();
  await page.keyboard.press("Escape");

  // And at 1920 px the counts sit beside the table rather than under it.
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The table's own box, which scrolls sideways if a row is wider than the space left.
  const tableBox = (await page.locator('[data-slot="table-container"]').filter({ has: table(page) }).boundingBox())!;
  const facetsBox = (await page.getByRole("complementary", { name: "Refine by" }).boundingBox())!;
  expect(facetsBox.x).toBeGreaterThanOrEqual(tableBox.x + tableBox.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("While a new page of results loads, the old rows stay in place, dimmed", async ({ page }) => {
  await open(page, "/meetings");
  const before = await bodyRows(page).count();
  const box = await table(page).boundingBox();
  // Hold the server's answer so the pending state can be seen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/meetings\?.*sort=title/, async (route) => {
    await held;
    await route.continue();
  });
  await table(page).getByRole("button", { name: "Title" }).click();
  await expect(busy(page)).toHaveCount(1);
  expect(await bodyRows(page).count()).toBe(before);
  expect((await table(page).boundingBox())?.y).toBe(box?.y);
  release();
  await expect(page).toHaveURL(/sort=title/);
  await expect(busy(page)).toHaveCount(0);
});

test("The shortcuts dialog and the Columns menu pass an axe scan in the light and dark themes", async ({ page }) => {
  // The page with a row under the cursor and the shortcuts dialog open is scanned whole; the
  // Columns menu, over that same page, alone.
  test.slow();
  await open(page, "/meetings?q=delegation");
  await page.keyboard.press("j");
  await expect(cursorRow(page)).toHaveCount(1);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Columns" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, '[role="dialog"]');
});
