import type { Metadata } from "next";
import { ApiReference } from "@/components/account/api-reference";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/workbench/page-header";
import { openApiDocument } from "@/lib/api/openapi/document";
import { requirePageUser } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "API guide" };

export default async function ApiGuidePage() {
  await requirePageUser("viewer");
  const document = openApiDocument();
  return (
    <>
      <PageHeader title="API guide" description={document.info.description} />
      <div className="grid gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Getting started</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-2 text-sm">
            <p>
              Make a token on <Link href="/account/tokens">API tokens</Link>, then send it with every request:
            </p>
            <pre className="overflow-x-auto rounded-md border bg-muted px-3 py-2 font-mono text-xs">
              {`curl -H "Authorization: Bearer parley_…" "${document.servers[0]?.url}/meetings?country=AZ&limit=50"`}
            </pre>
            <p>
              Lists return <code>nextCursor</code>: pass it back as <code>cursor</code> until it is null. The changes feed at{" "}
              <code>/api/v1/changes?after=</code> resumes from the <code>nextCursor</code> it last gave you. Errors are problem details
              (RFC 9457) with each field&apos;s messages in <code>errors</code>. The machine-readable description:{" "}
              <a className="underline" href="/api/v1/openapi.json">
                /api/v1/openapi.json
              </a>
              .
            </p>
          </CardContent>
        </Card>
        <ApiReference document={document} />
      </div>
    </>
  );
}
