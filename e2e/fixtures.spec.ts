import { expect, test } from "@/e2e/fixtures";

test("A test whose page throws an error nobody catches fails, though its own checks pass", async ({ anonymousPage: page }) => {
  test.fail(); // passes only if the fixture fails it
  await page.goto("/sign-in");
  const thrown = page.waitForEvent("pageerror");
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error("thrown on purpose by the fixture's own test");
    });
  });
  expect((await thrown).message).toContain("thrown on purpose");
});
