import { Link } from "@/components/ui/link";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { MainNav } from "@/components/workbench/main-nav";
import { UserMenu } from "@/components/workbench/user-menu";
import { InboxNavLink } from "@/components/inbox/inbox-nav-link";
import { isRole } from "@/lib/auth/roles";
import type { SignOutAction } from "@/components/auth/sign-out-form";

export function AppHeader({
  user,
  signOutAction,
  inbox,
}: {
  user: { name: string; email: string; role: string };
  signOutAction?: SignOutAction;
  /** The inbox link's unread count; the link is left out when absent. */
  inbox?: { unread: number };
}) {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="mx-auto flex h-13 max-w-[96rem] items-center gap-6 px-4 sm:px-6">
        <Link href="/meetings" className="flex items-center gap-2 rounded-sm font-serif text-lg font-semibold tracking-tight">
          <span aria-hidden="true" className="grid size-6 place-items-center rounded bg-primary font-sans text-xs font-bold text-primary-foreground">
            P
          </span>
          Parley
        </Link>
        <MainNav role={isRole(user.role) ? user.role : "viewer"} />
        <div className="ml-auto flex items-center gap-1">
          {inbox ? <InboxNavLink unread={inbox.unread} /> : null}
          <ThemeToggle />
          <UserMenu user={user} signOutAction={signOutAction} />
        </div>
      </div>
    </header>
  );
}
