import type { ReactNode } from "react";
import { AppHeader } from "@/components/workbench/app-header";
import type { SignOutAction } from "@/components/auth/sign-out-form";

/**
 * The frame of every signed-in page: skip link, header, main landmark. The workbench's tables use
 * the full width; account and admin forms read better narrow.
 */
export function SignedInShell({
  user,
  signOutAction,
  width = "narrow",
  inbox,
  children,
}: {
  user: { name: string; email: string; role: string };
  signOutAction: SignOutAction;
  width?: "narrow" | "wide";
  inbox?: { unread: number };
  children: ReactNode;
}) {
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <AppHeader user={user} signOutAction={signOutAction} inbox={inbox} />
      <main id="main" tabIndex={-1} className={`mx-auto w-full ${width === "wide" ? "max-w-[96rem]" : "max-w-5xl"} px-4 py-6 outline-none sm:px-6`}>
        {children}
      </main>
    </>
  );
}
