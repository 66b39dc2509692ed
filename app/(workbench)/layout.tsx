import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { countUnreadInbox } from "@/lib/inbox/queries";
import { signOutAction } from "@/app/account/actions";
import { SignedInShell } from "@/components/workbench/signed-in-shell";

// The signed-in app. Pages guard themselves too: a layout is not re-run on every navigation.
export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  // Read with the session (lib/auth/sessions/request-extras.ts): no statement of its own.
  const unread = await countUnreadInbox();
  return (
    <SignedInShell user={user} signOutAction={signOutAction} width="wide" inbox={{ unread }}>
      {children}
    </SignedInShell>
  );
}
