import { expect, type Page } from "@playwright/test";

/** Fills and submits the form, and waits for the server action's answer. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

export async function expectSignInRefused(page: Page, message: string | RegExp) {
  // Scoped to the page's main landmark: Next.js keeps its own (empty) route announcer alert.
  await expect(page.getByRole("main").getByRole("alert")).toContainText(message);
  await expect(page).toHaveURL(/\/sign-in/);
  // React resets the form after the action: wait for that before typing again.
  await expect(page.getByLabel("Password")).toHaveValue("");
}
