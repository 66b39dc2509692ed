import { expect, test } from "@/e2e/fixtures";
import { expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";

// Each page is loaded once and scanned in the light theme, then the dark one.
test("The sign-in page, with an error showing, passes axe in the light and dark themes", async ({ anonymousPage: page }) => {
  await page.goto("/sign-in");
  await expectNoAxeViolationsInBothThemes(page);
  await page.getByLabel("Email").fill("nobody@e2e.parley.test");
  await page.getByLabel("Password").fill("not a password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("incorrect");
  await expectNoAxeViolationsInBothThemes(page);
});

for (const path of ["/admin/users", "/admin/audit", "/account", "/account/password", "/account/two-step"]) {
  test(`${path} passes axe in the light and dark themes`, async ({ adminPage: page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);
  });
}

test("The sign-in form works with the keyboard alone", async ({ anonymousPage: page }) => {
  await page.goto("/sign-in");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("viewer@e2e.parley.test");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type("e2e viewer passphrase 9054");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/meetings$/);
});
