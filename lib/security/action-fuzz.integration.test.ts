import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { isAppError } = await import("@/lib/errors");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { loadAuthSecret } = await import("@/lib/auth/secret");
const { databaseFingerprint, discoverEndpoints, redirectTarget } = await import("@/lib/testing/endpoints");
const { HOSTILE_STRINGS } = await import("@/lib/testing/hostile-input");

/**
 * Property: whatever arrives at a server action or route handler — any field names, any values,
 * hostile text, NUL characters, huge strings, wrong types — it answers with form state, a
 * redirect, a Response below 500 or an expected AppError; never an unhandled error. And a refusal
 * writes nothing (sign-in attempts and audit rows excepted: recording refusals is their job).
 */

// Ending one's own session is not input handling; fuzzing it would only sign the fuzzer out.
const SKIP = [/#signOut(Everywhere)?Action$/];
const RUNS = 12;
const RECORDS_OF_REFUSALS = ["SignInAttempt", "AuthEvent", "session", "verification"];

const fieldNames = fc.oneof(
  fc.constantFrom(
    "title", "kind", "date", "datePrecision", "status", "place", "summary", "outcome", "countries.0.countryCode",
    "participants.0.name", "participants.0.personId", "sources.0.text", "sources.0.url", "record", "expectedVersion",
    "id", "meetingId", "tags", "q", "email", "password", "newPassword", "code", "name", "role", "userId", "next", "query",
  ),
  fc.string({ maxLength: 20 }),
);
const values = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, "", " ", "\u0000", "\uD800", "0000-01-01", "2024-02-30", "-1", "1e309", "NaN", "null", "{}", "[]"),
  fc.string({ maxLength: 60 }),
  fc.uuid().map(String),
  fc.integer().map(String),
  fc.constant("x".repeat(10_001)),
  fc.json({ maxDepth: 3 }),
);
const formData = fc.array(fc.tuple(fieldNames, values), { maxLength: 12 }).map((entries) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
});
const plainInput = fc.oneof(fc.anything({ maxDepth: 2 }), fc.dictionary(fieldNames, values));
const searchParams = fc.dictionary(fieldNames, values, { maxKeys: 6 });

type Outcome = { refused: boolean; unexpected?: unknown };

function classify(value: unknown): Outcome {
  if (value instanceof Response) return { refused: value.status >= 400, unexpected: value.status >= 500 ? `HTTP ${value.status}` : undefined };
  const status = (value as { status?: unknown } | null)?.status;
  const ok = (value as { ok?: unknown } | null)?.ok;
  // An action that catches a crash hands back a reference id (action-state.ts): still a crash.
  const referenceId = (value as { referenceId?: unknown } | null)?.referenceId;
  if (referenceId !== undefined) return { refused: true, unexpected: `an unexpected failure, reference ${String(referenceId)}` };
  return { refused: status === "invalid" || status === "error" || status === "conflict" || ok === false || (value as { message?: unknown } | null)?.message !== undefined && ok !== true && status !== "saved" };
}

async function invoke(fn: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<Outcome> {
  try {
    return classify(await fn(...args));
  } catch (error) {
    if (redirectTarget(error)) return { refused: false };
    if (isAppError(error)) return { refused: true };
    return { refused: true, unexpected: error };
  }
}

const endpoints = [...(await discoverEndpoints())].filter(([key]) => !SKIP.some((pattern) => pattern.test(key)));

describe("every server action and route handler, fed arbitrary input", () => {
  let cookies: Record<string, string>;
  beforeAll(async () => {
    await loadAuthSecret(db);
    cookies = (await createTestAccount(db, "admin")).cookies;
  });

  it.each(endpoints)("%s never fails unhandled and writes nothing when it refuses", async (key, fn) => {
    const isRoute = key.includes("route.ts#");
    const input = isRoute
      ? searchParams.map((params) => [new Request(`http://localhost/x?${new URLSearchParams(params).toString()}`)])
      : fc.oneof(formData.map((data) => [{}, data]), plainInput.map((value) => [value]));
    await fc.assert(
      fc.asyncProperty(input, async (args) => {
        setRequest({ cookies, headers: { "x-forwarded-for": "192.0.2.99" } });
        const before = await databaseFingerprint(db, RECORDS_OF_REFUSALS);
        const outcome = await invoke(fn, args);
        expect(outcome.unexpected, `${key} failed unhandled`).toBeUndefined();
        if (outcome.refused) expect(await databaseFingerprint(db, RECORDS_OF_REFUSALS), `${key} wrote while refusing`).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});
