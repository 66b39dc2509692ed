import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { Route } from "next";
import { TableHead } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { Link } from "@/components/ui/link";
import { registryHref, type RegistrySortKey, type SortDirection } from "@/lib/registry/list-params";

/**
 * A column heading that sorts by its key: a link (keyboard and middle-click alike), the opposite
 * direction when it already sorts, the key's natural one otherwise; `aria-sort` says which.
 */
export function RegistrySortHeader({
  label,
  sortKey,
  basePath,
  q,
  current,
  className,
}: {
  label: string;
  sortKey: RegistrySortKey;
  basePath: string;
  q: string;
  current: { sort: RegistrySortKey; dir: SortDirection };
  className?: string;
}) {
  const active = current.sort === sortKey;
  const natural: SortDirection = sortKey === "name" ? "asc" : "desc";
  const next: SortDirection = active ? (current.dir === "asc" ? "desc" : "asc") : natural;
  const Icon = !active ? ArrowUpDown : current.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead aria-sort={active ? (current.dir === "asc" ? "ascending" : "descending") : undefined} className={className}>
      {/* The name says what a press does; it starts with the visible label, as speech input needs. */}
      <Link
        href={registryHref(basePath, { q, sort: sortKey, dir: next }) as Route}
        aria-label={`${label}, sort ${next === "asc" ? "ascending" : "descending"}`}
        className={cn("inline-flex items-center gap-1 rounded-sm hover:text-foreground", active && "text-foreground")}
      >
        {label}
        <Icon aria-hidden="true" className="size-3.5" />
      </Link>
    </TableHead>
  );
}
