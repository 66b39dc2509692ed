import type { ReactNode } from "react";
import { signOutAction } from "@/app/account/actions";
import { SignedInShell } from "@/components/workbench/signed-in-shell";
import { AdminNav } from "@/components/auth/admin/admin-nav";
import { requirePageUser } from "@/lib/auth/page-guard";

// Admins only; anyone else gets a 404, as if the section did not exist. Pages guard themselves too.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("admin");
  return (
    <SignedInShell user={user} signOutAction={signOutAction}>
      <AdminNav />
      {children}
    </SignedInShell>
  );
}
