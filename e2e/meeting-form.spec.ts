import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";

// Each flow records a meeting through a production build on a shared 2-core machine: several
// saves and page loads per test, so the default 30 s is too tight.
test.describe.configure({ timeout: 120_000 });

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

/** Records a small meeting through the form and returns its id. */
async function recordMeeting(page: Page, title: string): Promise<string> {
  await page.goto("/meetings/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption({ label: "Meeting" });
  // A day far from the demo data, so no possible duplicates get in the way.
  await page.locator("#field-date").fill("1911-02-03");
  await page.getByRole("combobox", { name: "Country 1", exact: true }).selectOption({ label: "Norway" });
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

test("An analyst edits a meeting and sees the change on its permalink", async ({ page }) => {
  const id = await recordMeeting(page, `Fisheries talks ${unique()}`);
  await page.goto(`/meetings/${id}/edit`);
  await page.getByRole("textbox", { name: "Place", exact: true }).fill("Tromsø harbour office");
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${id}`));
  await expect(page.getByText("Tromsø harbour office").first()).toBeVisible();
});

test("Two analysts save the same meeting; the second resolves the conflict without losing input", async ({ page, browser, signInAs }) => {
  const id = await recordMeeting(page, `Arctic council ${unique()}`);
  const other = await browser.newContext();
  await signInAs("analyst", other);
  const second = await other.newPage();

  await page.goto(`/meetings/${id}/edit`);
  await second.goto(`/meetings/${id}/edit`);
  const theirTitle = `Arctic council, renamed ${unique()}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(theirTitle);
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${id}`));

  await second.getByRole("textbox", { name: "Title", exact: true }).fill("My title that loses");
  await second.getByRole("textbox", { name: "Place", exact: true }).fill("Kirkenes");
  await second.getByRole("button", { name: "Save meeting" }).click();
  const conflict = second.getByRole("region", { name: "Someone else saved this meeting while you were editing" });
  await expect(conflict).toBeVisible();
  // Nothing typed is lost while the analyst decides.
  await expect(second.getByRole("textbox", { name: "Place", exact: true })).toHaveValue("Kirkenes");
  await conflict.getByRole("group", { name: "Title" }).getByRole("radio", { name: "Take the saved version" }).check();
  await conflict.getByRole("button", { name: "Use these choices" }).click();
  await expect(second.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(theirTitle);
  await second.getByRole("button", { name: "Save meeting" }).click();
  await expect(second).toHaveURL(new RegExp(`/meetings/${id}`));
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(theirTitle);
  await expect(second.getByText("Kirkenes").first()).toBeVisible();
  await other.close();
});

test("With the keyboard alone, an analyst links “Lu Jianchao” to Liu Jianchao and evidences it from the source", async ({ page }) => {
  const title = `CPC delegation in Baku ${unique()}`;
  const text = "BAKU, March 3. Lu Jianchao met the speaker of parliament.";
  await page.goto("/meetings/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption({ label: "Meeting" });
  await page.locator("#field-date").fill("1912-03-03");
  await page.getByRole("combobox", { name: "Country 1", exact: true }).selectOption({ label: "Azerbaijan" });

  const person = page.getByRole("combobox", { name: "Person", exact: true });
  await person.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Lu Jianchao");
  await expect(page.getByRole("option", { name: "Create new person “Lu Jianchao”" })).toBeVisible();
  const liu = page.getByRole("option", { name: /^Liu Jianchao/ });
  await expect(liu).toBeVisible();
  // Existing people are listed first: the first arrow press reaches Liu Jianchao.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(liu).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(person).toContainText("Liu Jianchao");
  await expect(page.getByRole("textbox", { name: "Name as written in the source" })).toHaveValue("Lu Jianchao");

  await page.getByRole("textbox", { name: "Outlet" }).fill("Trend");
  const source = page.getByRole("textbox", { name: "Full text" });
  await source.fill(text);
  await source.press("Control+Home");
  for (let i = 0; i < text.indexOf("Lu Jianchao"); i++) await source.press("ArrowRight");
  for (let i = 0; i < "Lu Jianchao".length; i++) await source.press("Shift+ArrowRight");
  await expect(page.getByText("Selected:")).toContainText("Lu Jianchao");
  await page.getByRole("combobox", { name: "Link the passage to" }).selectOption({ label: "Lu Jianchao: who" });
  await page.getByRole("button", { name: "Link passage" }).press("Enter");
  await expect(page.getByRole("list", { name: "Evidence from source 1" })).toContainText("Lu Jianchao");

  await page.getByRole("button", { name: "Save meeting" }).press("Enter");
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const participants = page.getByRole("region", { name: "Participants" });
  await expect(participants.getByText("Liu Jianchao", { exact: true })).toBeVisible();
  // The spelling is shown as an alias with the source it was seen in.
  await expect(participants).toContainText(/Also written .*“Lu Jianchao” in \S/);
  await expect(page.getByRole("region", { name: "Sources" }).locator("mark").filter({ hasText: "Lu Jianchao" }).first()).toBeVisible();
});

test("A half-filled form survives a reload as a draft and is listed among the drafts", async ({ page }) => {
  const title = `Half-typed talks ${unique()}`;
  await page.goto("/meetings/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Place", exact: true }).fill("Reykjavík");
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/draft=/);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(page.getByRole("textbox", { name: "Place", exact: true })).toHaveValue("Reykjavík");

  await page.goto("/meetings/drafts");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await page.goto("/meetings/drafts");
  await page.getByRole("button", { name: `Discard the draft ${title}` }).click();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("Typing after the session has expired is kept on this device and offered back after signing in again", async ({ page, signInAs }) => {
  const title = `Talks typed offline ${unique()}`;
  await page.goto("/meetings/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/draft=/);
  const formUrl = page.url();

  // The session ends (here: its cookie goes); the analyst keeps typing.
  await page.context().clearCookies();
  await page.getByRole("textbox", { name: "Summary", exact: true }).fill("Typed after the session expired: the fishing quotas for 2027.");
  const status = page.getByRole("status").filter({ hasText: "Saved on this device" });
  await expect(status).toContainText("Saved on this device — sign in again to save it to your drafts.", { timeout: 15_000 });

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInAs("analyst");
  await page.goto(formUrl);
  // The server's draft has only the title; the browser's copy has the summary too.
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(page.getByRole("textbox", { name: "Summary", exact: true })).toHaveValue("");
  const offer = page.getByRole("region", { name: "Unsaved typing kept on this device" });
  await expect(offer).toContainText(title);
  await offer.getByRole("button", { name: "Restore what I typed" }).click();
  await expect(page.getByRole("textbox", { name: "Summary", exact: true })).toHaveValue("Typed after the session expired: the fishing quotas for 2027.");
  await expect(offer).toHaveCount(0);

  // Restored typing is saved to the drafts like any other, and the copy is not offered twice.
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Summary", exact: true })).toHaveValue("Typed after the session expired: the fishing quotas for 2027.");
  await expect(page.getByRole("region", { name: "Unsaved typing kept on this device" })).toHaveCount(0);
});

// One recorded meeting and one filled form serve both scans: the light theme's, then the dark one's.
test("In the light and dark themes, the edit form with a linked person and the drafts page pass an axe scan", async ({ page }) => {
  test.slow(); // four full scans on a shared machine
  const id = await recordMeeting(page, `Axe check ${unique()}`);
  await page.goto(`/meetings/${id}/edit`);
  await page.getByRole("button", { name: "Add participant" }).click();
  await page.getByRole("combobox", { name: "Person", exact: true }).click();
  await page.getByRole("combobox", { name: "Type a name or spelling" }).fill("Liu Jianchao");
  await page.getByRole("option", { name: /^Liu Jianchao/ }).click();
  await expectNoAxeViolationsInBothThemes(page);
  await page.goto("/meetings/drafts");
  await expect(page.getByRole("heading", { level: 1, name: "Your drafts" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});
