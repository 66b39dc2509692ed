import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));
// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { ACCESS_POLICY, CALLERS } = await import("@/lib/auth/access-policy");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { loadAuthSecret } = await import("@/lib/auth/secret");
const { databaseFingerprint: fingerprint, discoverEndpoints, redirectTarget, tableGaps } = await import("@/lib/testing/endpoints");
const { apiRequest, createTestToken, routeParams } = await import("@/lib/testing/api-token");
const { createTestMeeting, createTestOrganization, createTestPerson, createTestTag, createTestTopic } = await import("@/lib/testing/factories");
const { unsafeStageImport } = await import("@/lib/import/stage");
const { untilImportJobsHereEnd } = await import("@/lib/import/runner");
const databaseFingerprint = () => fingerprint(db);
type Caller = (typeof CALLERS)[number];
type TestAccount = Awaited<ReturnType<typeof createTestAccount>>;

type Result = { kind: "returned"; value: unknown } | { kind: "redirected"; to: string } | { kind: "threw"; error: unknown };

async function call(fn: () => Promise<unknown>): Promise<Result> {
  try {
    return { kind: "returned", value: await fn() };
  } catch (error) {
    const to = redirectTarget(error);
    return to ? { kind: "redirected", to } : { kind: "threw", error };
  }
}

const DENIAL_CODES = new Set(["unauthorized", "forbidden"]);

/**
 * Denied: an AppError coded unauthorized/forbidden, thrown or handed back as form state (its
 * `code`), or a 401/403 response. Decided by code, never by message text: rewording a message
 * must not turn a denial into a pass.
 */
function isDenied(result: Result): boolean {
  if (result.kind === "threw") return DENIAL_CODES.has(String((result.error as { code?: unknown }).code));
  if (result.kind === "redirected") return false;
  if (result.value instanceof Response) return result.value.status === 401 || result.value.status === 403;
  const code = (result.value as { code?: unknown } | null)?.code;
  return typeof code === "string" && DENIAL_CODES.has(code);
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

interface ProbeContext {
  caller: TestAccount | null;
}

/**
 * How to call an endpoint with input that is valid, so that only the caller's identity can stop
 * it. Endpoints without a probe are called as a form action with an empty form, which is enough
 * to see whether the role check refuses them. `prepare` runs before the database fingerprint.
 */
interface Probe {
  prepare?: (context: ProbeContext) => Promise<unknown>;
  invoke: (fn: (...args: unknown[]) => Promise<unknown>, prepared: unknown, context: ProbeContext) => Promise<unknown>;
}

const targetUser = async () => (await createTestAccount(db, "viewer")).id;
// Nothing listens on port 9 (discard): a test delivery fails at once, without leaving the machine.
const WEBHOOK_URL = "http://127.0.0.1:9/parley";
const targetWebhook = async () => (await db.webhook.create({ data: { url: WEBHOOK_URL, secret: "a test secret of enough length", events: ["meeting.created"], cursor: 0n }, select: { id: true } })).id;
const webhookForm = (webhookId: unknown, fields: Record<string, string> = {}) => form({ webhookId: String(webhookId), ...fields });
/** A meeting at the review state a step starts from, made by the seed's actor (nobody): anyone may approve it. */
const waiting = (status: "DRAFT" | "IN_REVIEW") => async () => createTestMeeting(db, { status });
type Waiting = Awaited<ReturnType<ReturnType<typeof waiting>>>;
const step = (meeting: unknown, extra: Record<string, string> = {}) => form({ id: (meeting as Waiting).id, version: String((meeting as Waiting).version), ...extra });

const PROBES: Record<string, Probe> = {
  "sign-in/actions.ts#signInAction": {
    prepare: async () => createTestAccount(db, "analyst"),
    invoke: (fn, prepared) => {
      const account = prepared as TestAccount;
      return fn({}, form({ email: account.email, password: account.password, next: "/meetings" }));
    },
  },
  "sign-in/actions.ts#verifySignInCodeAction": { invoke: (fn) => fn({}, form({ code: "123456" })) },
  "account/actions.ts#changePasswordAction": {
    invoke: (fn, _prepared, { caller }) =>
      fn({}, form({ currentPassword: caller?.password ?? "whatever it was", newPassword: "a fresh passphrase for tests", confirmPassword: "a fresh passphrase for tests" })),
  },
  "account/actions.ts#startTwoFactorSetupAction": {
    invoke: (fn, _prepared, { caller }) => fn({}, form({ password: caller?.password ?? "whatever it was" })),
  },
  "account/actions.ts#confirmTwoFactorSetupAction": { invoke: (fn) => fn({}, form({ code: "123456" })) },
  "account/actions.ts#disableTwoFactorAction": {
    invoke: (fn, _prepared, { caller }) => fn({}, form({ password: caller?.password ?? "whatever it was", code: "123456" })),
  },
  "admin/users/actions.ts#createUserAction": {
    invoke: (fn) => fn({}, form({ name: "New Colleague", email: `new-${crypto.randomUUID()}@test.parley.example`, role: "analyst" })),
  },
  "admin/users/actions.ts#changeUserRoleAction": { prepare: targetUser, invoke: (fn, userId) => fn({}, form({ userId: String(userId), role: "analyst" })) },
  "admin/users/actions.ts#deactivateUserAction": { prepare: targetUser, invoke: (fn, userId) => fn({}, form({ userId: String(userId) })) },
  "admin/users/actions.ts#reactivateUserAction": {
    prepare: async () => (await createTestAccount(db, "viewer", { banned: true })).id,
    invoke: (fn, userId) => fn({}, form({ userId: String(userId) })),
  },
  "admin/users/actions.ts#resetUserPasswordAction": { prepare: targetUser, invoke: (fn, userId) => fn({}, form({ userId: String(userId) })) },
  "admin/users/actions.ts#resetUserTwoFactorAction": { prepare: targetUser, invoke: (fn, userId) => fn({}, form({ userId: String(userId) })) },
  "admin/users/actions.ts#setTwoFactorPolicyAction": { invoke: (fn) => fn({}, form({ required: "off" })) },
  "admin/webhooks/actions.ts#createWebhookAction": {
    invoke: (fn) => {
      const data = form({ url: WEBHOOK_URL, secret: "" });
      data.append("events", "meeting.created");
      return fn({}, data);
    },
  },
  "admin/webhooks/actions.ts#updateWebhookAction": {
    prepare: targetWebhook,
    invoke: (fn, webhookId) => {
      const data = webhookForm(webhookId, { url: `${WEBHOOK_URL}/edited`, secret: "" });
      data.append("events", "meeting.deleted");
      return fn({}, data);
    },
  },
  "admin/webhooks/actions.ts#setWebhookEnabledAction": { prepare: targetWebhook, invoke: (fn, webhookId) => fn({}, webhookForm(webhookId, { enabled: "off" })) },
  "admin/webhooks/actions.ts#deleteWebhookAction": { prepare: targetWebhook, invoke: (fn, webhookId) => fn({}, webhookForm(webhookId)) },
  "admin/webhooks/actions.ts#sendTestWebhookAction": { prepare: targetWebhook, invoke: (fn, webhookId) => fn({}, webhookForm(webhookId)) },
  "admin/settings/actions.ts#setReviewSettingsAction": { invoke: (fn) => fn({}, form({ requireSecondPerson: "off", smallEditsWithoutReview: "off" })) },
  "(workbench)/review/actions.ts#submitForReviewAction": { prepare: waiting("DRAFT"), invoke: (fn, meeting) => fn({}, step(meeting)) },
  "(workbench)/review/actions.ts#approveMeetingAction": { prepare: waiting("IN_REVIEW"), invoke: (fn, meeting) => fn({}, step(meeting)) },
  "(workbench)/review/actions.ts#returnMeetingAction": { prepare: waiting("IN_REVIEW"), invoke: (fn, meeting) => fn({}, step(meeting, { reason: "Check the date." })) },
  "(workbench)/review/actions.ts#assignReviewToMeAction": { prepare: waiting("IN_REVIEW"), invoke: (fn, meeting) => fn({}, step(meeting)) },
  "api/health/route.ts#GET": { invoke: (fn) => fn(new Request("http://localhost/api/health")) },
  "account/tokens/actions.ts#createApiTokenAction": { invoke: (fn) => fn({}, form({ name: "Notebook", scope: "read", expiresInDays: "30" })) },
  "account/tokens/actions.ts#revokeApiTokenAction": {
    // The caller's own token (anyone's, for an anonymous caller): only who asks may decide.
    prepare: async ({ caller }) => (await createTestToken(db, caller?.id ?? (await targetUser()))).id,
    invoke: (fn, tokenId) => fn({}, form({ tokenId: String(tokenId) })),
  },
  "admin/tokens/actions.ts#revokeAnyApiTokenAction": {
    prepare: async () => (await createTestToken(db, await targetUser())).id,
    invoke: (fn, tokenId) => fn({}, form({ tokenId: String(tokenId) })),
  },
  "(workbench)/meetings/import/actions.ts#uploadImportFileAction": {
    invoke: (fn) => {
      const data = new FormData();
      data.set("file", new File(["Date,Country visited\n2024-05-01,France\n"], "visits.csv", { type: "text/csv" }));
      return fn({}, data);
    },
  },
  "(workbench)/meetings/import/[id]/refused/route.ts#GET": {
    invoke: (fn) => fn(new Request("http://localhost/meetings/import/x/refused"), { params: Promise.resolve({ id: crypto.randomUUID() }) }),
  },
};

/**
 * An /api/v1 route called as the caller through a bearer token made for them (read and write
 * scopes: the role alone must decide), with records made first where the route needs one.
 */
function apiProbe(
  path: (made: Record<string, unknown>) => string,
  options: {
    method?: string;
    body?: (made: Record<string, unknown>) => unknown;
    contentType?: string;
    make?: (context: ProbeContext) => Promise<Record<string, unknown>>;
    params?: (made: Record<string, unknown>) => Record<string, string>;
    /** Waits for the background work an allowed call started, so it cannot change a later denial's fingerprint. */
    settle?: () => Promise<void>;
  } = {},
): Probe {
  return {
    prepare: async (context) => ({ token: context.caller ? (await createTestToken(db, context.caller.id)).secret : null, made: (await options.make?.(context)) ?? {} }),
    invoke: async (fn, prepared) => {
      const { token, made } = prepared as { token: string | null; made: Record<string, unknown> };
      const result = await fn(apiRequest(path(made), { token, method: options.method, body: options.body?.(made), contentType: options.contentType }), routeParams(options.params?.(made) ?? {}));
      await options.settle?.();
      return result;
    },
  };
}

const validRecord = () => ({ title: `API meeting ${crypto.randomUUID()}`, kind: "MEETING", date: "2024-05-01", countries: [{ countryCode: "AZ", side: "HOST" }, { countryCode: "CN", side: "GUEST" }] });
const meeting = async () => ({ ...(await createTestMeeting(db)) });
const byId = (made: Record<string, unknown>) => ({ id: String(made.id) });
const registryGet = (collection: string, make: () => Promise<{ id: string }>) =>
  apiProbe((made) => `/${collection}/${String(made.id)}`, { make: async () => ({ id: (await make()).id }), params: byId });

const VISITS_CSV = "Date,Leader,Country visited\n2024-05-01,Probe Visitor,France\n";
/** An import staged by the caller (only its author and admins see one), its dry run done when `CHECKED`. */
const callersImport =
  (status?: "CHECKED") =>
  async ({ caller }: ProbeContext): Promise<Record<string, unknown>> => {
    const id = await unsafeStageImport(db, { name: "visits.csv", bytes: Buffer.from(VISITS_CSV) }, caller?.id ?? null);
    if (status) await db.importJob.update({ where: { id }, data: { status, mapping: { columns: { date: 0, leader: 1, countryVisited: 2 }, status: "DRAFT" } } });
    return { id };
  };

const API_PROBES: Record<string, Probe> = {
  "api/v1/meetings/route.ts#GET": apiProbe(() => "/meetings?country=AZ&limit=10"),
  "api/v1/meetings/route.ts#POST": apiProbe(() => "/meetings", { method: "POST", body: validRecord }),
  "api/v1/meetings/[id]/route.ts#GET": apiProbe((made) => `/meetings/${String(made.id)}`, { make: meeting, params: byId }),
  "api/v1/meetings/[id]/route.ts#PUT": apiProbe((made) => `/meetings/${String(made.id)}`, {
    method: "PUT",
    make: meeting,
    params: byId,
    body: (made) => ({ version: made.version, record: validRecord() }),
  }),
  "api/v1/meetings/[id]/route.ts#DELETE": apiProbe((made) => `/meetings/${String(made.id)}?version=${String(made.version)}`, { method: "DELETE", make: meeting, params: byId }),
  "api/v1/meetings/[id]/revisions/route.ts#GET": apiProbe((made) => `/meetings/${String(made.id)}/revisions`, { make: meeting, params: byId }),
  "api/v1/people/route.ts#GET": apiProbe(() => "/people?sort=name"),
  "api/v1/people/[id]/route.ts#GET": registryGet("people", () => createTestPerson(db)),
  "api/v1/organizations/route.ts#GET": apiProbe(() => "/organizations"),
  "api/v1/organizations/[id]/route.ts#GET": registryGet("organizations", () => createTestOrganization(db)),
  "api/v1/countries/route.ts#GET": apiProbe(() => "/countries?q=az"),
  "api/v1/countries/[id]/route.ts#GET": registryGet("countries", async () => ({ id: "AZ" })),
  "api/v1/topics/route.ts#GET": apiProbe(() => "/topics"),
  "api/v1/topics/[id]/route.ts#GET": registryGet("topics", () => createTestTopic(db)),
  "api/v1/tags/route.ts#GET": apiProbe(() => "/tags?limit=5"),
  "api/v1/tags/[id]/route.ts#GET": registryGet("tags", () => createTestTag(db)),
  "api/v1/changes/route.ts#GET": apiProbe(() => "/changes?after=0&limit=5"),
  "api/v1/openapi.json/route.ts#GET": { invoke: (fn) => fn() },
  "api/v1/imports/route.ts#POST": apiProbe(() => "/imports?fileName=visits.csv", { method: "POST", body: () => VISITS_CSV, contentType: "text/csv" }),
  "api/v1/imports/[id]/route.ts#GET": apiProbe((made) => `/imports/${String(made.id)}`, { make: callersImport(), params: byId }),
  "api/v1/imports/[id]/dry-run/route.ts#POST": apiProbe((made) => `/imports/${String(made.id)}/dry-run`, { method: "POST", make: callersImport(), params: byId }),
  "api/v1/imports/[id]/run/route.ts#POST": apiProbe((made) => `/imports/${String(made.id)}/run`, {
    method: "POST",
    make: callersImport("CHECKED"),
    params: byId,
    settle: untilImportJobsHereEnd,
  }),
  "api/v1/imports/[id]/rows/route.ts#GET": apiProbe((made) => `/imports/${String(made.id)}/rows?show=all`, { make: callersImport(), params: byId }),
  "api/v1/imports/[id]/refused/route.ts#GET": apiProbe((made) => `/imports/${String(made.id)}/refused?format=csv`, { make: callersImport(), params: byId }),
  // No items: a valid batch would be read on the extraction pool in the background, past the call.
  // The role is checked before the items (lib/ingest/start-batch.ts), so the 422 still shows it.
  "api/v1/ingest/route.ts#POST": apiProbe(() => "/ingest?name=Probe", { method: "POST", body: () => "", contentType: "application/x-ndjson" }),
  "api/v1/ingest/[id]/route.ts#GET": apiProbe((made) => `/ingest/${String(made.id)}`, {
    make: async ({ caller }) => db.ingestBatch.create({ data: { name: "Probe batch", total: 0, status: "DONE", createdById: caller?.id ?? null }, select: { id: true } }),
    params: byId,
  }),
};
Object.assign(PROBES, API_PROBES);

const defaultProbe: Probe = { invoke: (fn) => fn({}, new FormData()) };

async function callerAccount(caller: Caller): Promise<TestAccount | null> {
  if (caller === "anonymous") return null;
  if (caller === "deactivated") return createTestAccount(db, "analyst", { banned: true });
  return createTestAccount(db, caller);
}

const CALLER_NAMES: Record<Caller, string> = {
  anonymous: "an anonymous caller",
  viewer: "a viewer",
  analyst: "an analyst",
  admin: "an admin",
  deactivated: "a deactivated account",
};

const endpoints = await discoverEndpoints();

describe("the role × action table", () => {
  it("has a row for every server action and route handler, and no row for one that is gone", () => {
    const { missing, stale } = tableGaps(endpoints, ACCESS_POLICY);
    expect(missing, "add these to lib/auth/access-policy.ts").toEqual([]);
    expect(stale, "remove these from lib/auth/access-policy.ts").toEqual([]);
  });

  beforeAll(async () => {
    // The signing secret is made on first use; make it now so it is not mistaken for a call's write.
    await loadAuthSecret(db);
  });

  for (const [key, row] of Object.entries(ACCESS_POLICY)) {
    for (const caller of CALLERS) {
      const expected = row[caller];
      it(`${key} is ${expected === "allow" ? "allowed" : "denied"} for ${CALLER_NAMES[caller]}`, async () => {
        const fn = endpoints.get(key);
        expect(fn, `${key} is in the table but not in app/`).toBeDefined();
        const probe = PROBES[key] ?? defaultProbe;
        const account = await callerAccount(caller);
        const context: ProbeContext = { caller: account };
        const prepared = await probe.prepare?.(context);
        setRequest({ cookies: account?.cookies ?? {}, headers: {} });

        const before = expected === "deny" ? await databaseFingerprint() : "";
        const result = await call(() => probe.invoke(fn!, prepared, context));

        if (result.kind === "threw" && !isDenied(result)) throw result.error;
        expect(isDenied(result), JSON.stringify(result)).toBe(expected === "deny");
        if (expected === "deny") expect(await databaseFingerprint()).toBe(before);
      });
    }
  }
});

describe("the cross-site guard", () => {
  // Browsers mark a form posted from another site this way; Next.js checks Origin only when sent.
  const CROSS_SITE = { "next-action": "probe", "sec-fetch-site": "cross-site" };
  const actions = Object.keys(ACCESS_POLICY).filter((key) => key.includes("actions.ts#"));

  it("finds the server actions to check", () => {
    expect(actions.length).toBeGreaterThan(10);
  });

  for (const key of actions) {
    it(`${key} refuses a cross-site request, even from a signed-in admin, and changes nothing`, async () => {
      const fn = endpoints.get(key)!;
      const probe = PROBES[key] ?? defaultProbe;
      const account = await createTestAccount(db, "admin");
      const context: ProbeContext = { caller: account };
      const prepared = await probe.prepare?.(context);
      setRequest({ cookies: account.cookies, headers: CROSS_SITE });
      const before = await databaseFingerprint();
      const result = await call(() => probe.invoke(fn, prepared, context));
      expect(result, JSON.stringify(result)).toMatchObject(
        result.kind === "threw" ? { error: { code: "forbidden" } } : { kind: "returned", value: { code: "forbidden" } },
      );
      expect(await databaseFingerprint()).toBe(before);
    });
  }
});
