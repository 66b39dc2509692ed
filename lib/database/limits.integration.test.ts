import { afterEach, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/database/client";
import { databaseLimitError, isPoolTimeout, isStatementTimeout, isTransactionExpired } from "@/lib/database/errors";
import { isAppError } from "@/lib/errors";

// DATABASE_URL is this file's own throw-away database (lib/testing/integration-file-setup.ts).
const url = process.env.DATABASE_URL ?? "";
const clients: Database[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.$disconnect();
});

function client(options: Parameters<typeof createPrismaClient>[1]): Database {
  const created = createPrismaClient(url, options);
  clients.push(created);
  return created;
}

// Each slow statement would sleep far longer than the test's own 30 s limit: without a
// statement timeout the simple query below never gets a connection and the test fails.
const FOREVER_SECONDS = 120;

it("keeps answering a simple query while ten slow statements hold a small pool", async () => {
  const db = client({ max: 3, statementTimeoutMs: 1000, connectionTimeoutMs: 20_000 });
  const slow = Array.from({ length: 10 }, () =>
    db.$queryRaw`SELECT pg_sleep(${FOREVER_SECONDS})`.then(
      () => "finished",
      (error: unknown) => error,
    ),
  );
  const simple = await db.$queryRaw<{ answer: number }[]>`SELECT 1 AS answer`;

  expect(simple).toEqual([{ answer: 1 }]);
  const outcomes = await Promise.all(slow);
  expect(outcomes.every((outcome) => isStatementTimeout(outcome))).toBe(true);
});

it("bounds statements of generated queries and transactions too", async () => {
  const db = client({ max: 2, statementTimeoutMs: 500 });
  const inTransaction = await db
    .$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_sleep(${FOREVER_SECONDS})`;
    })
    .catch((error: unknown) => error);
  expect(isStatementTimeout(inTransaction)).toBe(true);

  const mapped = databaseLimitError(inTransaction);
  expect(isAppError(mapped) && mapped.message).toMatch(/took too long/);
  // The pool is healthy afterwards: a generated query works.
  expect(await db.country.count()).toBeGreaterThan(100);
});

it("refuses a request that waits too long for a connection instead of waiting forever", async () => {
  const db = client({ max: 1, statementTimeoutMs: 10_000, connectionTimeoutMs: 1500 });
  await db.$queryRaw`SELECT 1`; // the one connection exists, so only the wait for it is timed
  const holder = db.$queryRaw`SELECT pg_sleep(4)`.catch(() => undefined);
  const waiter = await db.$queryRaw`SELECT 1`.catch((error: unknown) => error);

  expect(isPoolTimeout(waiter)).toBe(true);
  expect(isStatementTimeout(waiter)).toBe(false);
  expect(databaseLimitError(waiter)?.message).toMatch(/busy/);
  await holder;
});

it("lets a transaction wait for a connection as long as any query may, not Prisma's 2 seconds", async () => {
  const db = client({ max: 1, statementTimeoutMs: 10_000, connectionTimeoutMs: 8000 });
  await db.$queryRaw`SELECT 1`;
  // Prisma's queries are lazy: `then` sends this one, which takes the only connection for 3 s.
  const holder = db.$executeRaw`SELECT pg_sleep(3)`.then(() => "slept");
  await new Promise((resolve) => setTimeout(resolve, 200));
  const answer = await db.$transaction(async (tx) => tx.$queryRaw<{ answer: number }[]>`SELECT 1 AS answer`);

  expect(answer).toEqual([{ answer: 1 }]);
  expect(await holder).toBe("slept");
});

it("recognises a transaction that ran past its own time limit, apart from a statement timeout", async () => {
  const db = client({ max: 2, statementTimeoutMs: 10_000 });
  const expired = await db
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_sleep(0.5)`;
        return tx.$queryRaw`SELECT 1`;
      },
      { timeout: 200 },
    )
    .catch((error: unknown) => error);

  expect(isTransactionExpired(expired)).toBe(true);
  expect(isStatementTimeout(expired)).toBe(false);
});

it("leaves other errors alone", () => {
  expect(databaseLimitError(new Error("duplicate key"))).toBeUndefined();
  expect(isStatementTimeout({ code: "23505" })).toBe(false);
  expect(isTransactionExpired(new Error("duplicate key"))).toBe(false);
});
