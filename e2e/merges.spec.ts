import { createTestPerson } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { createMeetings, uniqueWord, withTestDatabase } from "@/e2e/support/test-meetings";

// A merge crosses two server-rendered pages and a background job; on a busy machine each takes seconds.
test.slow();

/** Two spellings of one person of this test's own (same surname and country), each in meetings of their own. */
async function twoSpellingsOfOnePerson() {
  const surname = uniqueWord();
  const [keep, duplicate] = await withTestDatabase(async (db) => [
    await createTestPerson(db, { name: `Rashad ${surname}`, countryCode: "AZ" }),
    await createTestPerson(db, { name: `R. ${surname}`, countryCode: "AZ" }),
  ]);
  const meetings = await createMeetings([
    { participants: [{ personId: keep!.id, countryCode: "AZ" }, { countryCode: "CN" }] },
    { participants: [{ personId: duplicate!.id, countryCode: "AZ" }, { countryCode: "CN" }] },
    { participants: [{ personId: duplicate!.id, countryCode: "AZ" }, { countryCode: "TR" }] },
  ]);
  return { keep: keep!, duplicate: duplicate!, titles: meetings.map((m) => m.title) };
}

// An analyst of the test's own: one analyst's merges queue behind each other, and specs run side by side.
test("An analyst merges a duplicate person from the kept person's page, sees what moved (axe-clean in both themes), and undoes it", async ({ page, signInAs, createAccount }) => {
  await signInAs(await createAccount("analyst", "merges"), page.context());
  const { keep, duplicate, titles } = await twoSpellingsOfOnePerson();
  await page.goto(`/people/${keep.id}`);
  await page.getByRole("button", { name: `Merge ${duplicate.name} into ${keep.name}` }).click();
  // The button's card goes with the duplicate; the outcome stays on the page for a minute.
  await expect(page.getByRole("status", { name: "Merge" })).toContainText("Merged: 2 meetings moved.");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.reload();
    await expect(page.locator("html")).toHaveClass(new RegExp(theme));
    await expect(page.getByRole("status", { name: "Merge" })).toBeVisible();
    await expectNoAxeViolations(page);
  }

  // The duplicate's link now leads to the kept person, whose page lists all three meetings.
  await page.goto(`/people/${duplicate.id}`);
  await expect(page).toHaveURL(new RegExp(`/people/${keep.id}`));
  const listed = page.getByRole("region", { name: "Meetings, newest first" });
  for (const title of titles) await expect(listed.getByRole("link", { name: title })).toBeVisible();

  await page.getByRole("button", { name: `Undo merge of ${duplicate.name}` }).click();
  await expect(page.getByRole("status", { name: "Merge" })).toContainText("Merge undone: 2 meetings put back; both people are as they were.");
  await page.goto(`/people/${duplicate.id}`);
  await expect(page.getByRole("heading", { level: 1, name: duplicate.name })).toBeVisible();
});
