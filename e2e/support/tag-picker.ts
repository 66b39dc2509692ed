import { expect, type Page } from "@playwright/test";

/**
 * Opens a tag picker's type-ahead (its trigger is named `trigger`) and returns its input. Until the
 * page has hydrated a click on the trigger does nothing, so this retries until the popover opens:
 * once it has, the page's client components answer what is typed.
 */
export async function openTagPicker(page: Page, trigger: string) {
  const input = page.getByRole("combobox", { name: "Type a tag" });
  await expect(async () => {
    await page.getByRole("combobox", { name: trigger, exact: true }).click();
    await expect(input).toBeVisible({ timeout: 2000 });
  }).toPass();
  return input;
}
