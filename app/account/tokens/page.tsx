import type { Metadata } from "next";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/account/tokens/actions";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { TokenTable } from "@/components/account/token-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/workbench/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listOwnApiTokens } from "@/lib/auth/tokens/queries";
import { TOKEN_LIFETIMES_DAYS } from "@/lib/auth/tokens/schemas";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  await requirePageUser("viewer");
  const tokens = await listOwnApiTokens();
  return (
    <>
      <PageHeader title="API tokens" description="Personal access tokens let other tools read (and, with the write scope, change) Parley as you." />
      <div className="grid gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Make a token</CardTitle>
            <CardDescription>
              A token acts with your role. Read tokens can only read. See <Link href="/account/api">the API guide</Link>.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CreateTokenForm createApiTokenAction={createApiTokenAction} lifetimesInDays={TOKEN_LIFETIMES_DAYS} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Your tokens</CardTitle>
            <CardDescription>Revoke a token you no longer use, or one that may have leaked: it stops working at once.</CardDescription>
          </CardHeader>
          <CardContent>
            <TokenTable tokens={tokens} revokeAction={revokeApiTokenAction} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
