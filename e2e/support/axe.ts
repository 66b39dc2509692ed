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
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
