import type { Page } from "@playwright/test";
import { createTestMeeting } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { openTable, withTestDatabase } from "@/e2e/support/test-meetings";

const table = (page: Page) => page.getByRole("table", { name: "Meetings" });
const activeFilters = (page: Page) => page.getByRole("list", { name: "Active filters" });

/** A meeting of Iceland and Uruguay, and one of Iceland and France that the pair leaves out. */
async function pairMeetings() {
  const suffix = crypto.randomUUID().slice(0, 8);
  return withTestDatabase(async (db) => ({
    between: await createTestMeeting(db, {
      title: `Iceland and Uruguay sign a fisheries memorandum ${suffix}`,
      date: new Date("2019-05-20"),
      countries: [
        { code: "IS", side: "HOST" },
        { code: "UY", side: "GUEST" },
      ],
    }),
    other: await createTestMeeting(db, {
      title: `Iceland and France discuss Arctic research ${suffix}`,
      date: new Date("2019-05-21"),
      countries: [
        { code: "IS", side: "HOST" },
        { code: "FR", side: "GUEST" },
      ],
    }),
  }));
}

test("A country pair in the link shows as a chip, and removing the chip clears it from the link", async ({ page }) => {
  const { between, other } = await pairMeetings();
  await openTable(page, "/meetings?pair=IS,UY");
  await expect(activeFilters(page).getByRole("listitem")).toHaveText("Between Iceland and Uruguay");
  await expect(table(page).getByRole("link", { name: between.title })).toBeVisible();
  await expect(table(page).getByRole("link", { name: other.title })).toHaveCount(0);

  await activeFilters(page).getByRole("button", { name: "Remove filter: Between Iceland and Uruguay" }).click();
  await expect(page).not.toHaveURL(/pair=/);
  await expect(activeFilters(page)).toHaveCount(0);
});

test("An analyst chooses both countries of a pair from the table with the keyboard", async ({ page }) => {
  test.slow(); // Two axe scans of the table on a shared machine.
  const { between, other } = await pairMeetings();
  await openTable(page, "/meetings");
  const trigger = page.getByRole("button", { name: "Country pair" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Country pair" });
  await expect(dialog).toBeVisible();

  // The same country twice is refused beside the fields, and the choice is kept.
  await dialog.getByRole("combobox", { name: "First country" }).selectOption("IS");
  await dialog.getByRole("combobox", { name: "Second country" }).selectOption("IS");
  await dialog.getByRole("button", { name: "Show meetings between them" }).press("Enter");
  await expect(dialog.getByRole("alert")).toHaveText("Choose two different countries.");
  await expect(dialog.getByRole("combobox", { name: "First country" })).toHaveValue("IS");
  await expectNoAxeViolations(page);

  await dialog.getByRole("combobox", { name: "Second country" }).selectOption("UY");
  await dialog.getByRole("button", { name: "Show meetings between them" }).press("Enter");
  await expect(page).toHaveURL(/pair=IS(,|%2C)UY/);
  await expect(dialog).toHaveCount(0);
  await expect(activeFilters(page).getByRole("listitem")).toHaveText("Between Iceland and Uruguay");
  await expect(table(page).getByRole("link", { name: between.title })).toBeVisible();
  await expect(table(page).getByRole("link", { name: other.title })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
