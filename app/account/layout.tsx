import type { ReactNode } from "react";
import { signOutAction } from "@/app/account/actions";
import { SignedInShell } from "@/components/workbench/signed-in-shell";
import { requirePageAccount } from "@/lib/auth/page-guard";

// Open to every signed-in account, including one that must first replace a temporary password
// or set up a second factor. Each page guards itself again: layouts do not re-run on navigation.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const account = await requirePageAccount();
  return <SignedInShell user={account.user} signOutAction={signOutAction}>{children}</SignedInShell>;
}
