"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const ITEMS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Sign-in log" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/settings", label: "Settings" },
] as const;

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="mb-5 border-b">
      <ul className="-mb-px flex gap-4">
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={pathname === item.href ? "page" : undefined}
              className={cn(
                "inline-block border-b-2 border-transparent px-1 pb-2 text-sm font-medium text-muted-foreground hover:text-foreground",
                pathname === item.href && "border-primary text-foreground",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
