import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as live } from "@/app/api/health/live/route";

// DATABASE_URL is this file's own migrated throw-away database (integration-file-setup.ts).
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
await admin.connect();
afterAll(() => admin.end());

it("is live without touching the database, and ready once every migration is applied", async () => {
  const liveResponse = live();
  expect(liveResponse.status).toBe(200);
  expect(await liveResponse.json()).toEqual({ status: "live" });

  const response = await ready();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ready" });
});

it("is not ready while a migration this build knows of is missing, and says no more than that", async () => {
  const { rows } = await admin.query<{ id: string }>(
    `SELECT id FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
  );
  await admin.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = $1`, [rows[0]?.id]);
  try {
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not ready", reason: "migrations pending" });
  } finally {
    await admin.query(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = $1`, [rows[0]?.id]);
  }
});
