"use client";

import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { hasRole, type Role } from "@/lib/auth/roles";

// Controls a role cannot use are not shown: a viewer never meets a link that ends in a 404.
const ITEMS: { href: Route; label: string; role: Role; match: (path: string) => boolean }[] = [
  {
    href: "/meetings",
    label: "Meetings",
    role: "viewer",
    match: (path) => path === "/meetings" || /^\/meetings\/(?!new|drafts|trash)/.test(path),
  },
  { href: "/tags", label: "Tags", role: "viewer", match: (path) => path.startsWith("/tags") },
  { href: "/meetings/new", label: "New meeting", role: "analyst", match: (path) => path === "/meetings/new" },
  { href: "/meetings/drafts", label: "Drafts", role: "analyst", match: (path) => path === "/meetings/drafts" },
  { href: "/meetings/trash", label: "Trash", role: "admin", match: (path) => path === "/meetings/trash" },
];

export function MainNav({ role }: { role: Role }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="min-w-0 overflow-x-auto">
      <ul className="flex items-center gap-1">
        {ITEMS.filter((item) => hasRole(role, item.role)).map((item) => {
          const current = item.match(pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "rounded-md px-2.5 py-1.5 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                  current && "bg-accent text-accent-foreground",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
