import type { Page } from "@playwright/test";
import { createTestMeeting } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { openTable, withTestDatabase } from "@/e2e/support/test-meetings";

const table = (page: Page) => page.getByRole("table", { name: "Meetings" });

test("At 1440 px the table's default columns show in full, Updated included", async ({ page }) => {
  // A meeting with long names and tags, the kind that pushed the last columns out of view.
  const tag = `interregional parliamentary cooperation ${crypto.randomUUID().slice(0, 8)}`;
  await withTestDatabase((db) =>
    createTestMeeting(db, {
      title: "Speaker of the Azerbaijani Parliament receives a delegation of the International Department",
      date: new Date("2019-03-12"),
      participants: [
        { name: `Anar Guliyev-Hasanzade ${tag.slice(-8)}`, countryCode: "AZ", side: "HOST", isDelegationLead: true },
        { name: `Zhao Lijian-Wenhao ${tag.slice(-8)}`, countryCode: "CN", side: "GUEST", isDelegationLead: true },
      ],
      tags: [tag, "South Caucasus", "Belt and Road Initiative"],
    }),
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  const tagId = await withTestDatabase(async (db) => (await db.tag.findFirstOrThrow({ where: { name: tag }, select: { id: true } })).id);
  await openTable(page, `/meetings?tag=${tagId}`);
  await expect(table(page).locator("tbody tr")).toHaveCount(1);
  const container = (await page.locator('[data-slot="table-container"]').filter({ has: table(page) }).boundingBox())!;
  const updated = (await table(page).getByRole("columnheader", { name: "Updated" }).boundingBox())!;
  expect(updated.x + updated.width).toBeLessThanOrEqual(container.x + container.width + 0.5);
});

test("On a narrow screen a facet click brings the changed table back into view and moves focus to its summary", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTable(page, "/meetings");
  const summary = page.getByRole("status").filter({ hasText: /meetings?\b/ }).first();
  const country = page.getByRole("complementary", { name: "Refine by" }).getByRole("region", { name: "Country" });
  const choice = country.getByRole("button", { name: /^Azerbaijan/ });
  await choice.scrollIntoViewIfNeeded();
  await expect(summary).not.toBeInViewport();
  await choice.click();
  await expect(page).toHaveURL(/country=AZ/);
  await expect(summary).toBeInViewport();
  await expect(summary).toBeFocused();
  await expect(table(page).getByRole("columnheader").first()).toBeInViewport();
});
