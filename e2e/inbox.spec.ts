import { expect, test } from "@/e2e/fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { createMeetings, uniqueWord } from "@/e2e/support/test-meetings";

test("An analyst mentions a colleague in a comment; the colleague sees it in the inbox, unread, and marks it read (axe in both themes)", async ({ page, browser, signInAs, createAccount }) => {
  test.slow(); // Two signed-in browsers, four page loads and four axe scans on a shared machine.
  const word = uniqueWord();
  const colleague = await createAccount("analyst", `colleague-${word.toLowerCase()}`);
  const [meeting] = await createMeetings([{ title: `Talks ${word}` }]);

  await page.goto(`/meetings/${meeting!.id}`);
  const comments = page.getByRole("region", { name: /^Comments/ });
  await comments.getByRole("combobox", { name: "About" }).selectOption({ label: "The summary" });
  await comments.getByRole("combobox", { name: "Mention a colleague" }).click();
  await page.getByPlaceholder("Type a colleague's name…").fill(colleague.name);
  await page.getByRole("option", { name: new RegExp(colleague.name) }).click();
  const text = comments.getByRole("textbox", { name: /New comment/ });
  await expect(text).toHaveValue(`@${colleague.name} `);
  await text.pressSequentially("please check https://example.org/wire <b>now</b>");
  await comments.getByRole("button", { name: "Add comment" }).click();
  const added = comments.getByRole("article", { name: /^Comment by/ });
  await expect(added).toContainText("On the summary");
  await expect(added.getByRole("link", { name: "https://example.org/wire" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(added).toContainText("<b>now</b>");
  await expect(text).toHaveValue("");
  await expect(page.getByRole("region", { name: "History" })).toContainText("Comment");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expectNoAxeViolations(page);
  }

  const context = await browser.newContext();
  try {
    await signInAs(colleague, context);
    const theirs = await context.newPage();
    await theirs.goto("/meetings");
    await expect(theirs.getByRole("link", { name: /Inbox 1 unread/ })).toBeVisible();
    await theirs.getByRole("link", { name: /Inbox/ }).click();
    await expect(theirs.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
    const item = theirs.getByRole("listitem").filter({ hasText: `Talks ${word}` });
    await expect(item).toContainText("mentioned you in a comment");
    await expect(item).toContainText("Unread");
    for (const theme of ["light", "dark"] as const) {
      await theirs.emulateMedia({ colorScheme: theme });
      await expectNoAxeViolations(theirs);
    }
    await item.getByRole("button", { name: "Mark read" }).click();
    await expect(item).not.toContainText("Unread");
    await expect(theirs.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("A viewer watches a pair from its page and finds it among their watches", async ({ viewerPage: page }) => {
  await page.goto("/countries/AZ/GE");
  const watch = page.getByRole("button", { name: /^Watch / });
  await expect(watch).toBeEnabled();
  const wasOn = (await watch.getAttribute("aria-pressed")) === "true";
  if (wasOn) {
    await watch.click();
    await expect(watch).toHaveAttribute("aria-pressed", "false");
  }
  await watch.click();
  await expect(watch).toHaveAttribute("aria-pressed", "true");
  await page.goto("/inbox");
  const watching = page.getByRole("region", { name: "Watching" });
  await expect(watching.getByRole("link", { name: "Azerbaijan and Georgia" })).toBeVisible();
  // Unwatched from the list, it leaves the list.
  await watching.getByRole("button", { name: "Watch Azerbaijan and Georgia" }).click();
  await expect(watching.getByRole("link", { name: "Azerbaijan and Georgia" })).toHaveCount(0);
});
