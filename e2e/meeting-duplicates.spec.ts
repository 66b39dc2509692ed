import { expect, test } from "./fixtures";
import { openTagPicker } from "@/e2e/support/tag-picker";
import { createMeetings, uniqueWord } from "@/e2e/support/test-meetings";

// Several page loads and a save through a production build on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test("Recording a meeting already in Parley, an analyst attaches the source to it instead, after fixing what the server refused", async ({ page }) => {
  const title = `Fisheries talks ${uniqueWord()}`;
  const [existing] = await createMeetings([{ title, date: new Date("1913-04-05T00:00:00Z"), countries: [{ code: "NO" }, { code: "IS" }] }]);
  await page.goto("/meetings/new");
  // The panel follows the form's state: type only once the form has hydrated.
  await openTagPicker(page, "Tags");
  await page.keyboard.press("Escape");
  await page.locator("#field-date").fill("1913-04-05");
  await page.getByRole("combobox", { name: "Country 1", exact: true }).selectOption({ label: "Norway" });

  const panel = page.getByRole("region", { name: "Possible duplicates" });
  await expect(panel.getByText(title, { exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: "Outlet", exact: true }).fill("Second Wire");
  await page.getByRole("textbox", { name: "Web address", exact: true }).fill("not a web address");
  await page.getByRole("textbox", { name: "Full text", exact: true }).fill("Another agency's account of the fisheries talks.");
  // The title is read after the label (screen readers may put a space before the colon).
  const attach = panel.getByRole("button", { name: new RegExp(`^Attach this source to it instead ?: ${title}$`) });

  // The server refuses the address: the analyst is told, and stays on the form with the typing.
  await attach.click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Some fields need attention." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Full text", exact: true })).toHaveValue("Another agency's account of the fisheries talks.");

  await page.getByRole("textbox", { name: "Web address", exact: true }).fill("https://example.org/fisheries");
  await attach.click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${existing!.id}`));
  await expect(page.getByRole("article", { name: "Second Wire source" })).toBeVisible();
});
