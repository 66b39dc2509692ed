"use client";

import { Menu } from "lucide-react";
import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { hasRole, type Role } from "@/lib/auth/roles";

// Controls a role cannot use are not shown: a viewer never meets a link that ends in a 404.
const ITEMS: { href: Route; label: string; role: Role; match: (path: string) => boolean }[] = [
  {
    href: "/meetings",
    label: "Meetings",
    role: "viewer",
    match: (path) => path === "/meetings" || /^\/meetings\/(?!new|drafts|trash)/.test(path),
  },
  { href: "/people", label: "People", role: "viewer", match: (path) => path.startsWith("/people") },
  { href: "/organizations", label: "Organisations", role: "viewer", match: (path) => path.startsWith("/organizations") },
  { href: "/countries", label: "Countries", role: "viewer", match: (path) => path.startsWith("/countries") },
  { href: "/topics", label: "Topics", role: "viewer", match: (path) => path.startsWith("/topics") },
  { href: "/tags", label: "Tags", role: "viewer", match: (path) => path.startsWith("/tags") },
  { href: "/meetings/new", label: "New meeting", role: "analyst", match: (path) => path === "/meetings/new" },
  { href: "/meetings/drafts", label: "Drafts", role: "analyst", match: (path) => path === "/meetings/drafts" },
  { href: "/review", label: "Review", role: "analyst", match: (path) => path.startsWith("/review") },
  { href: "/meetings/trash", label: "Trash", role: "admin", match: (path) => path === "/meetings/trash" },
];

/**
 * The workbench's pages: a row of links from 1280 px, a menu below that, where the row pushed
 * Drafts and Trash past a phone's edge and crowded the account menu on a tablet (CSS picks one,
 * so the server renders both alike). Nine links with the registry's four no longer fit beside the
 * account menu at 1024 px, hence xl rather than lg.
 */
export function MainNav({ role }: { role: Role }) {
  const pathname = usePathname();
  const items = ITEMS.filter((item) => hasRole(role, item.role)).map((item) => ({ ...item, current: item.match(pathname) }));
  return (
    <nav aria-label="Main" className="min-w-0">
      <ul className="hidden items-center gap-1 xl:flex">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={cn(
                "rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                item.current && "bg-accent text-accent-foreground",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <div className="xl:hidden">
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="sm" className="gap-2">
              <Menu aria-hidden="true" />
              Menu
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start" className="w-52">
            {items.map((item) => (
              <DropdownMenuItem key={item.href} asChild className={cn(item.current && "font-semibold")}>
                <Link href={item.href} aria-current={item.current ? "page" : undefined}>
                  {item.label}
                </Link>
              </DropdownMenuItem>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
    </nav>
  );
}
