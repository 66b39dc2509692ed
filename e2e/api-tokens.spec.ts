import { expect, test } from "@/e2e/fixtures";
import { expectNoAxeViolations } from "@/e2e/support/axe";

test("A viewer makes a read token, sees it once, reads the API with it, and revokes it; the page passes axe in the light theme", async ({ anonymousPage: page, createAccount, signInAs }) => {
  // A throw-away account: its tokens go with it.
  await signInAs(await createAccount("viewer", "tokens-light"), page.context());
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/account");
  await page.getByRole("link", { name: "Manage tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  const name = `Notebook ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Scope").selectOption("read");
  await page.getByRole("button", { name: "Make token" }).click();
  const secret = (await page.getByTestId("new-token-secret").textContent()) ?? "";
  expect(secret).toMatch(/^parley_[\w-]{43}$/);
  await expectNoAxeViolations(page);

  const read = await page.request.get("/api/v1/meetings?limit=1", { headers: { Authorization: `Bearer ${secret}` } });
  expect(read.status()).toBe(200);
  const write = await page.request.post("/api/v1/meetings", { headers: { Authorization: `Bearer ${secret}` }, data: {} });
  expect(write.status()).toBe(403);

  // Shown once: after a reload only its first characters remain.
  await page.reload();
  await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(secret.slice(0, 12));
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  const refused = await page.request.get("/api/v1/meetings?limit=1", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
});

test("The token page with a new token showing, and the API guide, pass axe in the dark theme", async ({ anonymousPage: page, createAccount, signInAs }) => {
  await signInAs(await createAccount("viewer", "tokens-dark"), page.context());
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/account/tokens");
  await page.getByLabel("Name").fill(`Dark ${Date.now()}`);
  await page.getByRole("button", { name: "Make token" }).click();
  await expect(page.getByTestId("new-token-secret")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/account/api");
  await expect(page.getByRole("heading", { level: 1, name: "API guide" })).toBeVisible();
  await expectNoAxeViolations(page);
});
