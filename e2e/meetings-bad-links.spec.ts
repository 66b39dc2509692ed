import { expect, test } from "./fixtures";

// Hand-edited and stale links to the table: whatever a parameter holds, the page answers beside
// the filters (the problems list) and the export answers with a message, never a server error.

test("A link with a date no calendar holds answers beside the filters, never with the error panel", async ({ page }) => {
  await page.goto("/meetings?from=0000-01-01");
  await expect(page.getByRole("alert").filter({ hasText: "The from date must be between 0001-01-01 and 9999-12-31" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Meetings" })).toBeVisible();
});

test("A NUL in a link's search is refused beside the search box, and by the export with a message", async ({ page }) => {
  await page.goto("/meetings?q=Baku%00");
  await expect(page.getByRole("alert").filter({ hasText: "The search contains a NUL character" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  const response = await page.request.get("/meetings/export?format=csv&q=Baku%00");
  expect(response.status()).toBe(422);
  expect(await response.text()).toMatch(/^The search contains a NUL character/);
});
