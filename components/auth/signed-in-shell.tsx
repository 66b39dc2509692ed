import type { ReactNode } from "react";
import { AppHeader } from "@/components/workbench/app-header";

/** The workbench frame (header, skip link, main landmark) for the account and admin pages. */
export function SignedInShell({
  user,
  signOutAction,
  children,
}: {
  user: { name: string; email: string; role: string };
  signOutAction: () => Promise<void>;
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
      <AppHeader user={user} signOutAction={signOutAction} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-6 outline-none sm:px-6">
        {children}
      </main>
    </>
  );
}
