import { expect, test } from "@/e2e/fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";
import { startReceiver } from "@/lib/webhooks/testing/receiver";
import { verifySignature } from "@/lib/webhooks/signature";

// Four server round trips, a test delivery and two axe scans: on a busy machine that is well past 30 s.
test.slow();

test("An admin adds a webhook, copies its secret, sends a signed test and sees it in the log (axe-clean in both themes)", async ({ adminPage: page }) => {
  const receiver = await startReceiver();
  try {
    await page.goto("/admin/webhooks");
    await page.getByLabel("Receiver's address").fill("http://169.254.169.254/latest");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByText("link-local, metadata or reserved network")).toBeVisible();

    await page.getByLabel("Receiver's address").fill(receiver.url);
    await page.getByLabel("Meeting approved").check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);

    await page.getByRole("link", { name: receiver.url }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(receiver.url);
    await expect(page.getByLabel("Meeting approved")).toBeChecked();
    await page.getByRole("button", { name: "Send test" }).click();
    await expect(page.getByText("Test delivered: the receiver answered 200.")).toBeVisible();
    const [request] = receiver.received;
    expect(JSON.parse(request!.body)).toMatchObject({ type: "webhook.test" });
    expect(verifySignature(secret, request!.body, request!.headers["parley-signature"] as string, new Date())).toBe(true);
    await expect(page.getByRole("row").filter({ hasText: "webhook.test" })).toContainText("Delivered");

    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.reload();
      await expect(page.locator("html")).toHaveClass(new RegExp(theme));
      await expectNoAxeViolations(page);
    }

    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Delete webhook" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    await expect(page.getByRole("link", { name: receiver.url })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
