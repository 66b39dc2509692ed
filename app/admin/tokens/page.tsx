import type { Metadata } from "next";
import { revokeAnyApiTokenAction } from "@/app/admin/tokens/actions";
import { TokenTable } from "@/components/account/token-table";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAllApiTokens } from "@/lib/auth/tokens/queries";

export const metadata: Metadata = { title: "API tokens" };

export default async function AdminTokensPage() {
  await requirePageUser("admin");
  const tokens = await listAllApiTokens();
  return (
    <>
      <PageHeader title="API tokens" description="Every account's personal access tokens. Revoking one stops it at once." />
      <Card>
        <CardContent className="pt-6">
          <TokenTable tokens={tokens} revokeAction={revokeAnyApiTokenAction} showOwner />
        </CardContent>
      </Card>
    </>
  );
}
