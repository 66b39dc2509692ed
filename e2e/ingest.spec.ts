import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { uniqueWord } from "@/e2e/support/test-meetings";

// A batch is read in the background after the upload answers; on a busy machine the worker alone takes seconds to load.
test.slow();

/** Two agencies' accounts of one meeting of this test's own (invented people, a far-off year). */
function twoAccounts() {
  const speaker = `Orin ${uniqueWord()}`;
  const minister = `Hekla ${uniqueWord()}`;
  return [
    `Published: 1875-03-03\nASTANA, March 3 (Testwire) -- Kazakh Foreign Minister ${speaker} met Hungarian Foreign Minister ${minister} in Astana on Tuesday. The two sides discussed energy cooperation.`,
    `Outlet: Northwire\nPublished: 1875-03-03\nBUDAPEST, March 3 (Northwire) -- Hungarian Foreign Minister ${minister} held talks with Kazakh Foreign Minister ${speaker} in Astana, the ministry said.`,
  ].join("\n---\n");
}

// An analyst of the test's own: one running batch per analyst, and specs run side by side.
test("An analyst pastes two accounts of one meeting, sees the batch read into one machine draft (axe-clean in both themes), and discards it with a reason", async ({ page, signInAs, createAccount }) => {
  await signInAs(await createAccount("analyst", "ingest"), page.context());
  await page.goto("/review/ingest");
  const name = `Wire ${uniqueWord()}`;
  await page.getByLabel("Batch name").fill(name);
  await page.getByLabel("Or paste items").fill(twoAccounts());
  await page.getByLabel("Outlet").fill("Testwire");
  await page.getByRole("button", { name: "Draft these items" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The bar while it runs, then the outcome: the page refreshes itself. The server's first batch
  // loads the extraction worker, which takes a while on a busy machine (13 s at load 24).
  await expect(page.getByRole("status", { name: "Batch" })).toContainText("Done: 1 drafted, 1 added to a draft", { timeout: 90_000 });
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.reload();
    await expect(page.locator("html")).toHaveClass(new RegExp(theme));
    await expectNoAxeViolations(page);
  }

  // Both items link to the one draft.
  await page.getByRole("table").getByRole("link").first().click();
  const banner = page.getByRole("region", { name: /Machine draft/ });
  await expect(banner).toContainText(name);
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.reload();
    await expect(page.locator("html")).toHaveClass(new RegExp(theme));
    await expect(banner).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await banner.getByLabel("Reason to discard").fill("Test item, not a real meeting");
  await banner.getByRole("button", { name: "Discard draft" }).click();
  await expect(page).toHaveURL(/\/meetings(\?|$)/);
});
