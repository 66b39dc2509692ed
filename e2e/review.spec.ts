import type { Page } from "@playwright/test";
import { expect, test } from "@/e2e/fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { createAccount, userIdByEmail } from "@/e2e/support/database";
import { createMeetings, uniqueWord } from "@/e2e/support/test-meetings";
import { TEST_USERS } from "@/e2e/support/test-users";

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

/** A draft recorded by the shared analyst, with a word of its own to find it in the queue by. */
async function draftOfTheAnalyst() {
  const word = uniqueWord();
  const [meeting] = await createMeetings([{ title: `Review ${word}`, status: "DRAFT", createdById: await userIdByEmail(TEST_USERS.analyst.email) }]);
  return { word, meeting: meeting! };
}

test("An analyst sends a draft for review and another analyst takes it and approves it from the queue", async ({ page, browser, signInAs }) => {
  test.slow(); // Two browsers and six round trips on a shared machine.
  const { word, meeting } = await draftOfTheAnalyst();
  await page.goto(`/meetings/${meeting.id}`);
  const review = page.getByRole("region", { name: "Review" });
  await review.getByRole("button", { name: "Send for review" }).click();
  await expect(toast(page, "Sent for review.")).toBeVisible();
  await expect(review).toContainText("Waiting for review");

  // A second analyst of its own, kept: their approval is a revision, and revisions are never deleted.
  const colleague = await createAccount("analyst", "reviewer");
  const context = await browser.newContext();
  await signInAs(colleague, context);
  const other = await context.newPage();
  try {
    await other.goto(`/review?q=${word}`);
    const row = other.getByRole("row").filter({ hasText: word });
    await row.getByRole("button", { name: "Take it" }).click();
    await expect(toast(other, "It is yours to review.")).toBeVisible();
    await expect(row).toContainText(colleague.name);
    await row.getByRole("button", { name: "Approve" }).click();
    await expect(toast(other, "Approved and published.")).toBeVisible();
    await expect(other.getByText("Nothing matches these filters")).toBeVisible();

    await other.goto(`/meetings/${meeting.id}`);
    const history = other.locator("#history");
    await expect(history).toContainText(`Approved by ${colleague.name}`);
    await expect(history).toContainText("Sent for review by");
  } finally {
    await context.close();
  }
});

test("The review queue and a meeting's review controls pass an axe scan in both themes, and a return keeps its reason", async ({ page }) => {
  // Four axe scans and a return; at a load average of 30 on two cores it took 90 s to the last step.
  test.setTimeout(150_000);
  const { word, meeting } = await draftOfTheAnalyst();
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.locator("html")).toHaveClass(new RegExp(theme));
    await expect(page.getByRole("region", { name: "Review" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.getByRole("region", { name: "Review" }).getByRole("button", { name: "Send for review" }).click();
  await expect(toast(page, "Sent for review.")).toBeVisible();

  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`/review?q=${word}`);
    await expect(page.locator("html")).toHaveClass(new RegExp(theme));
    await expect(page.getByRole("row").filter({ hasText: word })).toBeVisible();
    await expectNoAxeViolations(page);
  }

  // Returning without a reason is refused beside the field; the reason typed next is kept.
  await page.getByRole("row").filter({ hasText: word }).getByRole("button", { name: "Return" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Return with reason" }).click();
  await expect(dialog.getByText("Say why you return it")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Check the date against the readout.");
  await dialog.getByRole("button", { name: "Return with reason" }).click();
  await expect(toast(page, "Returned to its author with your reason.")).toBeVisible();
  await page.goto(`/meetings/${meeting.id}`);
  await expect(page.locator("#history")).toContainText("Reason: Check the date against the readout.");
});
