import { expect, test } from "./fixtures";
import { openTagPicker } from "@/e2e/support/tag-picker";
import { createTaggedMeetings, uniqueWord } from "@/e2e/support/test-meetings";

// Several page loads and a save through a production build on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test("An analyst renames a tag; its former name is shown, and typing it in a meeting form offers the renamed tag", async ({ page }) => {
  const { tag, tagId } = await createTaggedMeetings([{}]);
  const renamed = `e2e renamed ${uniqueWord()}`;
  await page.goto("/tags");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `#${tag}`, exact: true }) });
  await row.getByText("Rename, describe or merge").click();
  await row.getByRole("textbox", { name: "Name", exact: true }).fill(renamed);
  await row.getByRole("button", { name: "Rename", exact: true }).click();
  await expect(page.getByRole("link", { name: `#${renamed}`, exact: true })).toBeVisible();
  await expect(page.getByText(`Formerly #${tag}`, { exact: true })).toBeVisible();

  await page.goto(`/tags/${tagId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`#${renamed}`);
  await expect(page.getByText(`Formerly #${tag}: typing a former name adds this tag.`)).toBeVisible();

  await page.goto("/meetings/new");
  const input = await openTagPicker(page, "Tags");
  await input.fill(tag);
  await expect(page.getByRole("option", { name: new RegExp(`^${renamed}.*formerly “${tag}”`) })).toBeVisible();
});
