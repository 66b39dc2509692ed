// The one module that wraps next/link; everything else imports this one (eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import NextLink, { type LinkProps } from "next/link";

/**
 * Parley's link: next/link without prefetching unless the caller asks for it (`prefetch`).
 *
 * Next prefetches every link that scrolls into view. One page of the meetings table shows 50 to
 * 200 of them (rows, people, countries, facets), and every page behind them is dynamic and
 * per-user, so each prefetch is a signed-in server render against the database: one view of the
 * table cost 53 extra requests on the demo data. A click fetches the page when it is wanted.
 */
export function Link<RouteType>({ prefetch = false, ...props }: LinkProps<RouteType>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
