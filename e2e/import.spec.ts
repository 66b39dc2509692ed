import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { uniqueWord } from "@/e2e/support/test-meetings";

// An upload, a dry run and a run in the background, through a production build on a shared 2-core machine.
test.slow();

test("An analyst imports a visits file: columns guessed, a dry run row by row, the run with its outcome (axe-clean in both themes)", async ({ page, signInAs, createAccount }) => {
  await signInAs(await createAccount("analyst", "import"), page.context());
  const word = uniqueWord();
  const csv = ["Date,Leader,Title,Country visited,City,Purpose", `2024-05-01,Visitor ${word},President,Azerbaijan,Baku,Energy talks`, `05/01/2024,Other ${word},Minister,Georgia,Tbilisi,`].join("\n");

  await page.goto("/meetings");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import meetings" })).toBeVisible();
  await page.getByLabel("File").setInputFiles({ name: `visits-${word}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and map columns" }).click();

  // The columns are guessed from the headers; the leader's title is "Title" in a visits dataset.
  await expect(page.getByRole("heading", { level: 1, name: `Import of visits-${word}.csv` })).toBeVisible();
  const columns = page.getByRole("form", { name: "Columns" });
  await expect(columns.getByLabel("Leader (participant)")).toHaveValue("1");
  await expect(columns.getByLabel("Leader's title")).toHaveValue("2");
  await expect(columns.getByLabel("Country visited (host)")).toHaveValue("3");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator("html")).toHaveClass(new RegExp(theme));
    await expectNoAxeViolations(page);
  }
  await columns.getByRole("button", { name: "Check the rows (dry run)" }).click();

  // The dry run: one row to create, one refused with its reason; nothing saved yet.
  await expect(page.getByRole("status").filter({ hasText: "1 to create, 0 already in Parley, 1 refused." })).toBeVisible();
  await expect(page.getByRole("row", { name: /^2 Would create/ })).toContainText(`Leader: new person Visitor ${word}`);
  await expect(page.getByRole("row", { name: /^3 Refused/ })).toContainText("write the date as YYYY-MM-DD");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator("html")).toHaveClass(new RegExp(theme));
    await expectNoAxeViolations(page);
  }

  await page.getByRole("button", { name: "Import 1 meeting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 created, 0 already in Parley, 1 refused." })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("link", { name: "Download the refused rows (CSV)" })).toBeVisible();
  await page.getByRole("link", { name: `Visitor ${word} in Baku, Azerbaijan` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Visitor ${word} in Baku, Azerbaijan` })).toBeVisible();
});
