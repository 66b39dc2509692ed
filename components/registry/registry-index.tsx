import { SearchX, Users } from "lucide-react";
import type { Route } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/workbench/page-header";
import { RegistryPagination } from "@/components/registry/registry-pagination";
import { RegistrySearch } from "@/components/registry/registry-search";
import { RegistrySortHeader } from "@/components/registry/registry-sort-header";
import type { RegistryPage } from "@/lib/registry/dto";

const count = new Intl.NumberFormat("en");
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** The words one index page uses for its entities. */
export interface RegistryWords {
  /** "People", "Organisations": the page's title. */
  title: string;
  description: string;
  /** "person" / "people": in counts and empty states. */
  one: string;
  many: string;
  /** The column that tells namesakes apart: "Country", "Acronym · country", "Code", "Under". */
  detail: string;
  placeholder: string;
}

/**
 * An index of the registry: search, a count, the table sorted by name, meetings or last met (from
 * the kept counts), and pages. Every row links to its entity's page.
 */
export function RegistryIndex({ basePath, page, words }: { basePath: string; page: RegistryPage; words: RegistryWords }) {
  const { query, rows } = page;
  const current = { sort: query.sort, dir: query.dir };
  const header = { basePath, q: query.q, current };
  return (
    <>
      <PageHeader title={words.title} description={words.description} />
      <div className="grid gap-4">
        <RegistrySearch basePath={basePath} q={query.q} label={`Search ${words.many} by name or spelling`} placeholder={words.placeholder} />
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {summary(page, words)}
        </p>
        {rows.length === 0 ? (
          page.tooShort ? null : query.q ? (
            <EmptyState
              icon={<SearchX />}
              title={`No ${words.many} match “${query.q}”`}
              description="Check the spelling, or search for part of the name."
              action={<Link href={basePath as Route} className="text-sm underline underline-offset-2">Show all {words.many}</Link>}
            />
          ) : (
            <EmptyState icon={<Users />} title={`No ${words.many} yet`} description={`${words.title} appear here once a meeting names them.`} />
          )
        ) : (
          <div className="overflow-hidden rounded-lg border">
            <Table>
              <caption className="sr-only">
                {words.title}, sorted by {SORT_LABELS[query.sort]} ({query.dir === "asc" ? "ascending" : "descending"})
              </caption>
              <TableHeader>
                <TableRow>
                  <RegistrySortHeader label="Name" sortKey="name" {...header} />
                  <TableHead className="hidden sm:table-cell">{words.detail}</TableHead>
                  <RegistrySortHeader label="Meetings" sortKey="meetings" className="text-right" {...header} />
                  <RegistrySortHeader label="Last met" sortKey="lastMet" {...header} />
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id}>
                    <TableCell className="[overflow-wrap:anywhere]">
                      <Link href={`${basePath}/${row.id}` as Route} className="font-medium underline-offset-2 hover:underline">
                        {row.name}
                      </Link>
                      {row.matched && row.matched !== row.name ? (
                        <span className="block text-xs text-muted-foreground">also “{row.matched}”</span>
                      ) : null}
                      {row.detail ? <span className="block text-xs text-muted-foreground sm:hidden">{row.detail}</span> : null}
                    </TableCell>
                    <TableCell className="hidden text-muted-foreground sm:table-cell">{row.detail ?? "—"}</TableCell>
                    <TableCell className="text-right tabular-nums">{count.format(row.meetings)}</TableCell>
                    <TableCell className="whitespace-nowrap tabular-nums">
                      {row.lastMetOn ? <time dateTime={row.lastMetOn}>{day.format(new Date(`${row.lastMetOn}T00:00:00Z`))}</time> : <span className="text-muted-foreground">Never</span>}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {page.pageCount > 1 ? <RegistryPagination basePath={basePath} query={query} pageCount={page.pageCount} /> : null}
          </div>
        )}
      </div>
    </>
  );
}

const SORT_LABELS = { match: "best match", name: "name", meetings: "meetings", lastMet: "last met" } as const;

function summary(page: RegistryPage, words: RegistryWords): string {
  const noun = (n: number) => (n === 1 ? words.one : words.many);
  if (page.tooShort) return `Type at least three letters to search ${words.many}.`;
  if (!page.query.q) return `${count.format(page.total)} ${noun(page.total)}. Meetings count live records, drafts included; the trash is left out.`;
  if (page.capped) return `More than ${count.format(page.total)} ${words.many} match “${page.query.q}”: the best ${count.format(page.total)} are listed. Narrow the search to see others.`;
  return `${count.format(page.total)} ${noun(page.total)} ${page.total === 1 ? "matches" : "match"} “${page.query.q}”.`;
}
