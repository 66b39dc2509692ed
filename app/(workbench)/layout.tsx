import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { signOutAction } from "@/app/account/actions";
import { AppHeader } from "@/components/workbench/app-header";

// The signed-in app. Pages guard themselves too: a layout is not re-run on every navigation.
export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <AppHeader user={user} signOutAction={signOutAction} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[96rem] px-4 py-6 outline-none sm:px-6">
        {children}
      </main>
    </>
  );
}
