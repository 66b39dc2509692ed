import { expect, test } from "@/e2e/fixtures";
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";
import { overflowingElements } from "@/e2e/support/overflow";
import { createMeetings, createTaggedMeetings, uniqueWord, withTestDatabase } from "@/e2e/support/test-meetings";
import { createTestPerson } from "@/lib/testing/factories";

const INDEXES = [
  { path: "/people", title: "People" },
  { path: "/organizations", title: "Organisations" },
  { path: "/countries", title: "Countries" },
  { path: "/topics", title: "Topics" },
] as const;

// The four indexes are one component: each is scanned in both themes (one page load for both), and
// its empty state (the same for all four) once per theme, on the people index.
for (const { path, title } of INDEXES) {
  test(`The ${title} index${path === "/people" ? ", and its empty search," : ""} pass${path === "/people" ? "" : "es"} axe in the light and dark themes`, async ({ viewerPage: page }) => {
    test.slow(); // Two axe scans of a 50-row table on a shared machine.
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
    if (path !== "/people") return;
    await page.goto(`${path}?q=${uniqueWord()}`);
    await expect(page.getByRole("heading", { level: 2, name: /^No .* match/ })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });
}

test("An analyst finds a person by a misspelt spelling with the keyboard alone, sorts by meetings and opens their page", async ({ page }) => {
  test.slow(); // Four page loads and a meeting written through the write path, on a shared machine.
  const word = uniqueWord();
  const person = await withTestDatabase((db) => createTestPerson(db, { name: `Gulnara ${word}`, aliases: [`Gulnara ${word}ova`] }));
  await createMeetings([{ participants: [{ personId: person.id, countryCode: "AZ" }] }]);

  await page.goto("/people");
  const search = page.getByRole("searchbox", { name: "Search people by name or spelling" });
  await search.focus();
  await page.keyboard.type(`Gulnora ${word}ova`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/people\?q=Gulnora/);
  const row = page.getByRole("row", { name: new RegExp(`Gulnara ${word}`) });
  await expect(row).toContainText(`also “Gulnara ${word}ova”`);
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");

  await page.getByRole("link", { name: /^Meetings, sort/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=meetings/);
  await expect(page.getByRole("columnheader", { name: /^Meetings/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("searchbox", { name: "Search people by name or spelling" })).toHaveValue(`Gulnora ${word}ova`);

  await page.getByRole("link", { name: `Gulnara ${word}`, exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Gulnara ${word}`);
});

test("At 375 px an index fits the screen and the menu reaches it", async ({ viewerPage: page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/organizations");
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  expect(await overflowingElements(page)).toEqual([]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("menuitem", { name: "Organisations" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("menuitem", { name: "Countries" }).click();
  await expect(page).toHaveURL(/\/countries$/);
  await expect(page.getByRole("heading", { level: 1, name: "Countries" })).toBeVisible();
});

// An analyst of the test's own: one analyst's merges queue behind each other, and specs run side by side.
test("An analyst edits a person and sees it in the history, merges a tag and undoes it from the kept tag's page, axe-clean in both themes", async ({ page, signInAs, createAccount }) => {
  test.slow(); // Six page loads, a save and two background merge jobs on a shared machine.
  await signInAs(await createAccount("analyst", "registry"), page.context());
  const person = await withTestDatabase((db) => createTestPerson(db, { name: `Leyla ${uniqueWord()}` }));
  const [{ tag: from }, { tag: into, tagId: intoId }] = [await createTaggedMeetings([{}]), await createTaggedMeetings([{}])];

  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`/people/${person.id}`);
  await page.getByText("Edit person: name, country, notes, Wikidata id").click();
  const form = page.getByRole("form", { name: "Edit this person" });
  await form.getByRole("textbox", { name: "Wikidata id" }).fill("not an id");
  await form.getByRole("textbox", { name: "Notes" }).fill("Met the delegation in Baku.");
  await form.getByRole("button", { name: "Save person" }).click();
  // Refused beside its field, the notes still typed.
  await expect(form.getByText("A Wikidata id is Q followed by digits, like Q42.")).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Notes" })).toHaveValue("Met the delegation in Baku.");
  await form.getByRole("textbox", { name: "Wikidata id" }).fill("q42");
  await form.getByRole("button", { name: "Save person" }).click();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Wikidata id: — → Q42");
  await expect(history).toContainText("Notes: — → Met the delegation in Baku.");
  await expect(page.getByRole("link", { name: /^Q42/ })).toHaveAttribute("href", "https://www.wikidata.org/wiki/Q42");
  await expectNoAxeViolations(page);

  await page.goto("/tags");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `#${from}`, exact: true }) });
  await row.getByText("Rename, describe or merge (or delete)").click();
  await row.getByRole("combobox", { name: `Merge “${from}” into` }).selectOption({ label: into });
  await row.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("status", { name: "Merge" })).toContainText("Merged: 1 meeting moved.");
  await expect(page.getByRole("button", { name: `Undo the merge of “${from}”` })).toBeVisible();

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/tags/${intoId}`);
  await expect(page.getByText(`Merged from #${from}: typing a merged name adds this tag.`)).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Undo merge of #${from}` }).click();
  await expect(page.getByRole("status", { name: "Merge" })).toContainText("Merge undone: 1 meeting put back; both tags are as they were.");
  await expect(page.getByText(`Merged from #${from}`)).toHaveCount(0);
});
