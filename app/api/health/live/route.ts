/** Liveness: the process answers HTTP. Never touches the database, so a database outage does not restart every instance. */
export function GET() {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
