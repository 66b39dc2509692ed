import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import type { Route } from "next";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { registryHref, type RegistrySortKey, type SortDirection } from "@/lib/registry/list-params";

const count = new Intl.NumberFormat("en");

/** First, previous, next and last as links; a button that cannot go anywhere is shown disabled. */
export function RegistryPagination({
  basePath,
  query,
  pageCount,
}: {
  basePath: string;
  query: { q: string; sort: RegistrySortKey; dir: SortDirection; page: number };
  pageCount: number;
}) {
  const to = (page: number) => registryHref(basePath, { q: query.q, sort: query.sort, dir: query.dir, page }) as Route;
  const step = (label: string, icon: ReactNode, page: number, enabled: boolean) =>
    enabled ? (
      <Button asChild variant="outline" size="icon-sm">
        <Link href={to(page)} aria-label={label}>
          {icon}
        </Link>
      </Button>
    ) : (
      <Button variant="outline" size="icon-sm" aria-label={label} disabled>
        {icon}
      </Button>
    );
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-end gap-3 border-t px-3 py-2.5 text-sm">
      <p className="text-muted-foreground tabular-nums">
        Page {count.format(query.page)} of {count.format(pageCount)}
      </p>
      <div className="flex items-center gap-1">
        {step("First page", <ChevronsLeft aria-hidden="true" />, 1, query.page > 1)}
        {step("Previous page", <ChevronLeft aria-hidden="true" />, query.page - 1, query.page > 1)}
        {step("Next page", <ChevronRight aria-hidden="true" />, query.page + 1, query.page < pageCount)}
        {step("Last page", <ChevronsRight aria-hidden="true" />, pageCount, query.page < pageCount)}
      </div>
    </nav>
  );
}
