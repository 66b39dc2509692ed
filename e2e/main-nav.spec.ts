import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { overflowingElements } from "@/e2e/support/overflow";
import { openTable } from "@/e2e/support/test-meetings";

test("At 390 px the main navigation opens as a menu from the keyboard and reaches the registry, Drafts and Trash", async ({ adminPage: page }) => {
  test.slow(); // An axe scan of the whole table page on a shared machine.
  await page.setViewportSize({ width: 390, height: 844 });
  await openTable(page, "/meetings");
  const nav = page.getByRole("navigation", { name: "Main" });
  expect(await overflowingElements(page)).toEqual([]);
  await expectNoAxeViolations(page);
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toBeInViewport();
  await menu.focus();
  await page.keyboard.press("Enter");
  for (const name of ["Meetings", "People", "Organisations", "Countries", "Topics", "Tags", "New meeting", "Drafts", "Trash"]) {
    await expect(page.getByRole("menuitem", { name, exact: true })).toBeInViewport();
  }
  await expect(page.getByRole("menuitem", { name: "Meetings", exact: true })).toHaveAttribute("aria-current", "page");
  // Type-ahead, as in any menu: "T" moves to Topics, again to Tags, again to Trash (each press
  // waits for the one before to land: a loaded browser may still be opening the menu).
  await expect(page.getByRole("menuitem", { name: "Meetings", exact: true })).toBeFocused();
  for (const name of ["Topics", "Tags", "Trash"]) {
    await page.keyboard.press("t");
    await expect(page.getByRole("menuitem", { name, exact: true })).toBeFocused();
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings\/trash$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
