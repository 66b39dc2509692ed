/** Liveness (kept for existing probes; same as /api/health/live). Readiness: /api/health/ready. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
