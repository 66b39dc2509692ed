import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the bar every page is held to. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe over the whole page and fails with each violated rule and the elements that break it.
 *
 * Legacy mode runs `axe.run` in the page itself; the default mode runs each frame apart and then
 * opens a blank page to merge the parts, which Parley (no iframes) does not need. Asking for
 * violations only spares axe from collecting every passing node. Together they take a scan of
 * the meetings table (about 1,600 elements) from 8–12 s to under 2 s on two cores, with the same
 * rules and the same violations reported.
 */
export async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  // A part of the page (a menu over a page already scanned in the same state) is scanned alone.
  if (include) builder.include(include);
  const results = await builder
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const THEMES = ["light", "dark"] as const;

/**
 * Scans the page as it is in the light theme, then in the dark one: the theme follows the
 * system's, so switching the emulated preference repaints the same page without loading it again.
 * One page load and one set-up (records, sign-in, a form filled) serve both scans. Leaves the page
 * in the dark theme.
 */
export async function expectNoAxeViolationsInBothThemes(page: Page, include?: string) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${theme}\\b`));
    await expectNoAxeViolations(page, include);
  }
}
