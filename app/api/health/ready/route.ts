import { checkReadiness } from "@/lib/database/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers: 200 when the database answers and is fully migrated, else 503. No session, no data. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness.ready ? { status: "ready" } : { status: "not ready", reason: readiness.reason }, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
