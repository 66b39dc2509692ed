import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { finishedMerge } = await import("@/lib/testing/merge-jobs");
const { untilMergeJobsHereEnd } = await import("@/lib/entities/merge-jobs/runner");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { discoverEndpoints, redirectTarget, tableGaps } = await import("@/lib/testing/endpoints");
const { createTestMeeting, createTestOrganization, createTestPerson, createTestTag } = await import("@/lib/testing/factories");
const { getMeetingForEdit } = await import("@/lib/drafts/meeting-for-edit");
const { FORM_PAYLOAD_FIELD } = await import("@/lib/meetings/form-data");
const { searchMeetings } = await import("@/lib/meetings/search/search-meetings");
// Set-up goes through the guarded write path too: a direct insert would itself leave rows stale.
const { addAlias } = await import("@/lib/entities/aliases");
const { apiRequest, createTestToken, routeParams } = await import("@/lib/testing/api-token");
const { untilIngestBatchesHereEnd } = await import("@/lib/ingest/runner");
const { unsafeCreateIngestBatch } = await import("@/lib/ingest/start-batch");
const { extractInPool, extractionPool } = await import("@/lib/extraction/pool/extraction-pool");

/**
 * Every server action that changes what a meeting shows or is found by must leave each meeting
 * findable, at once, by every name, spelling and tag it now shows. The test finds every exported
 * action (as the access test does) and fails on one without a row here: a scenario that calls it
 * as an admin with valid input, or the reason it changes no meeting. After each scenario,
 *  - no meeting's stored search rows differ from what they would be if recomputed now, and
 *  - the real search finds each meeting the scenario names by each of its participants' names and
 *    spellings, its organisations' names and spellings, and its tags.
 */

type Endpoint = (...args: unknown[]) => Promise<unknown>;
type Scenario = (call: Endpoint) => Promise<string[]>;
type Row = { scenario: Scenario } | { changesNoMeeting: string };

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};
const idle = { status: "idle", values: {} };

/** Calls an action; a redirect (a successful save) is a success. A returned error state is not. */
async function run(call: () => Promise<unknown>): Promise<unknown> {
  try {
    const result = await call();
    // A merge answers after a few seconds with its job still running; the rows are checked at its end.
    await untilMergeJobsHereEnd();
    const status = (result as { status?: string } | null)?.status;
    if (status && status !== "saved" && status !== "idle") throw new Error(`The action answered ${JSON.stringify(result)}`);
    return result;
  } catch (error) {
    if (redirectTarget(error)) return null;
    throw error;
  }
}

/** Calls an /api/v1 route as an admin's write token; anything but a 2xx fails the scenario. */
async function callApi(fn: Endpoint, path: string, options: { method: string; body?: unknown; contentType?: string; id?: string }): Promise<Record<string, unknown>> {
  const admin = await createTestAccount(db, "admin");
  const { secret } = await createTestToken(db, admin.id);
  const response = (await fn(apiRequest(path, { token: secret, ...options }), routeParams(options.id ? { id: options.id } : {}))) as Response;
  if (!response.ok) throw new Error(`The API answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

const apiRecord = (suffix: string) => ({
  title: `Talks recorded through the API ${suffix}`,
  kind: "TALKS",
  date: "2024-05-01",
  countries: [{ countryCode: "AZ", side: "HOST" }, { countryCode: "CN", side: "GUEST" }],
  participants: [{ name: `Rashad Apiyev ${suffix}`, countryCode: "AZ", side: "HOST", isDelegationLead: true, organization: `Ministry of API ${suffix}` }],
  tags: [`api-tag-${suffix}`],
});

/** A person who took part in two meetings: what a spelling or merge of theirs must reach. */
async function personInTwoMeetings() {
  const person = await createTestPerson(db, { countryCode: "CN" });
  const participants = [{ personId: person.id, countryCode: "CN", side: "GUEST" as const, isDelegationLead: true }, { countryCode: "AZ", side: "HOST" as const }];
  const first = await createTestMeeting(db, { participants });
  const second = await createTestMeeting(db, { participants });
  return { person, first, second };
}

async function editForm(meetingId: string, change: (values: Record<string, unknown>) => Record<string, unknown>) {
  const opened = (await getMeetingForEdit(meetingId))!;
  return form({ meetingId, expectedVersion: String(opened.version), [FORM_PAYLOAD_FIELD]: JSON.stringify(change(opened.values as unknown as Record<string, unknown>)) });
}

const tagged = async (name: string) => {
  const meeting = await createTestMeeting(db, { tags: [name] });
  const tag = await db.tag.findFirstOrThrow({ where: { name }, select: { id: true } });
  return { meeting, tagId: tag.id };
};

/** A meeting marked as batch ingest marks its drafts (the mark is no part of what a search finds). */
async function machineDraft() {
  const meeting = await createTestMeeting(db, { participants: [{ countryCode: "AZ" }], tags: ["Machine drafted"] });
  await db.meeting.update({ where: { id: meeting.id }, data: { machineDrafted: true, draftConfidence: 0.5 } });
  return meeting;
}

const FINDABILITY: Record<string, Row> = {
  "(workbench)/review/ingest/actions.ts#startIngestAction": {
    scenario: async (fn) => {
      const pasted = "ASTANA, March 3 -- Kazakh Foreign Minister Orin Findable met Hungarian Foreign Minister Hekla Findable in Astana.";
      await run(() => fn(idle, form({ name: "Findable batch", outlet: "Testwire", published: "1876-03-03", pasted })));
      await untilIngestBatchesHereEnd();
      const items = await db.ingestItem.findMany({ where: { batch: { name: "Findable batch" } }, select: { meetingId: true } });
      return items.flatMap((item) => (item.meetingId ? [item.meetingId] : []));
    },
  },
  "(workbench)/review/ingest/actions.ts#discardMachineDraftAction": {
    scenario: async (fn) => {
      const draft = await machineDraft();
      await run(() => fn(idle, form({ id: draft.id, version: String(draft.version), reason: "Not a meeting" })));
      return [];
    },
  },
  "(workbench)/review/ingest/actions.ts#attachMachineDraftAction": {
    scenario: async (fn) => {
      const draft = await machineDraft();
      const { first } = await personInTwoMeetings();
      await run(() => fn(idle, form({ id: draft.id, version: String(draft.version), target: first.id })));
      return [first.id];
    },
  },
  "(workbench)/review/ingest/actions.ts#acceptProposedSourceAction": {
    scenario: async (fn) => {
      const { first } = await personInTwoMeetings();
      const batchId = await unsafeCreateIngestBatch("Proposing batch", [{ text: "Another account of the talks.", outlet: "Testwire", label: "item" }], null);
      const item = await db.ingestItem.update({ where: { batchId_position: { batchId, position: 0 } }, data: { outcome: "PROPOSED", proposal: "OPEN", meetingId: first.id }, select: { id: true } });
      await run(() => fn(idle, form({ item: item.id })));
      return [first.id];
    },
  },
  "(workbench)/review/ingest/actions.ts#dismissProposedSourceAction": { changesNoMeeting: "a proposal is dismissed; its meeting stays as it is" },
  "(workbench)/meetings/new/actions.ts#createMeetingAction": {
    scenario: async (fn) => {
      const { first, person } = await personInTwoMeetings();
      const values = (await getMeetingForEdit(first.id))!.values;
      const sources = values.sources.map((source) => ({ ...source, id: "" }));
      await run(() => fn(idle, form({ [FORM_PAYLOAD_FIELD]: JSON.stringify({ ...values, sources, title: "Created to be found" }) })));
      const created = await db.participation.findMany({ where: { personId: person.id }, select: { meetingId: true } });
      return created.map((p) => p.meetingId);
    },
  },
  "(workbench)/meetings/[id]/edit/actions.ts#updateMeetingAction": {
    // A spelling typed in the form belongs to the person: all their meetings are found by it.
    scenario: async (fn) => {
      const { first, second } = await personInTwoMeetings();
      const data = await editForm(first.id, (values) => {
        const participants = (values.participants as Record<string, unknown>[]).map((p, i) => (i === 0 ? { ...p, name: "Ljou Dzjantsjau" } : p));
        return { ...values, participants, tags: ["Caspian energy"] };
      });
      await run(() => fn(idle, data));
      return [first.id, second.id];
    },
  },
  "(workbench)/meetings/new/actions.ts#attachSourceAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db);
      await run(() => fn(idle, form({ meetingId: meeting.id, outlet: "Second Wire", language: "en", text: "Another agency's account of the talks." })));
      return [meeting.id];
    },
  },
  "(workbench)/meetings/[id]/actions.ts#deleteMeetingAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db);
      await run(() => fn(idle, form({ id: meeting.id, version: String(meeting.version) })));
      return [];
    },
  },
  "(workbench)/meetings/trash/actions.ts#undeleteMeetingAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db, { deletedAt: new Date(), tags: ["Back from the trash"] });
      await run(() => fn(idle, form({ id: meeting.id })));
      return [meeting.id];
    },
  },
  "(workbench)/meetings/[id]/actions.ts#restoreRevisionAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db, { tags: ["Restored tag"] });
      const { changeMeetingTags } = await import("@/lib/meetings/mutations");
      await changeMeetingTags([meeting.id], { add: [], remove: ["Restored tag"] });
      await run(() => fn(idle, form({ id: meeting.id, revision: "1", version: "2" })));
      return [meeting.id];
    },
  },
  "(workbench)/meetings/[id]/actions.ts#changeTagsAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db);
      await run(() => fn(idle, form({ id: meeting.id, add: "Freshly tagged", remove: "" })));
      return [meeting.id];
    },
  },
  "(workbench)/meetings/(list)/actions.ts#bulkTagMeetingsAction": {
    scenario: async (fn) => {
      const [a, b] = [await createTestMeeting(db), await createTestMeeting(db)];
      await run(() => fn(idle, form({ ids: `${a.id},${b.id}`, view: "", add: "Bulk tagged", remove: "" })));
      return [a.id, b.id];
    },
  },
  "(workbench)/tags/actions.ts#renameTagAction": {
    scenario: async (fn) => {
      const { meeting, tagId } = await tagged("Old tag name");
      await run(() => fn(idle, form({ id: tagId, name: "Renamed tag" })));
      return [meeting.id];
    },
  },
  "(workbench)/tags/actions.ts#describeTagAction": {
    scenario: async (fn) => {
      const { meeting, tagId } = await tagged("Described tag");
      await run(() => fn(idle, form({ id: tagId, description: "What this tag means" })));
      return [meeting.id];
    },
  },
  "(workbench)/tags/actions.ts#mergeTagsAction": {
    scenario: async (fn) => {
      const { meeting, tagId } = await tagged("Merged away");
      const into = await createTestTag(db, { name: "Merged into" });
      await run(() => fn(idle, form({ id: tagId, intoId: into.id })));
      return [meeting.id];
    },
  },
  // A renamed person keeps the old name as a spelling (decision 0046): found by both.
  "(workbench)/people/[id]/actions.ts#updatePersonAction": {
    scenario: async (fn) => {
      const { person, first, second } = await personInTwoMeetings();
      const { version } = await db.person.findUniqueOrThrow({ where: { id: person.id }, select: { version: true } });
      await run(() => fn(idle, form({ id: person.id, expectedVersion: String(version), name: "Liu Jianchao Renamed", countryCode: "CN", notes: "", wikidataId: "" })));
      return [first.id, second.id];
    },
  },
  "(workbench)/organizations/[id]/actions.ts#updateOrganizationAction": {
    scenario: async (fn) => {
      const organization = await createTestOrganization(db, { name: "Ministry of Ecology of Azerbaijan" });
      const meeting = await createTestMeeting(db, { participants: [{ organizationId: organization.id, countryCode: "AZ" }, { countryCode: "CN" }] });
      const { version } = await db.organization.findUniqueOrThrow({ where: { id: organization.id }, select: { version: true } });
      await run(() => fn(idle, form({ id: organization.id, expectedVersion: String(version), name: "Ministry of Ecology and Natural Resources", acronym: "MENR", countryCode: "AZ", notes: "", wikidataId: "" })));
      return [meeting.id];
    },
  },
  "(workbench)/tags/actions.ts#unmergeTagAction": {
    scenario: async (fn) => {
      const { meeting, tagId } = await tagged("Merged and split again");
      const into = await createTestTag(db, { name: "Kept for a while" });
      const { mergeTags } = await import("@/lib/tags/merge");
      await mergeTags({ id: tagId, intoId: into.id });
      await untilMergeJobsHereEnd();
      await run(() => fn(idle, form({ id: tagId, intoId: into.id })));
      return [meeting.id];
    },
  },
  "(workbench)/tags/actions.ts#deleteTagAction": { changesNoMeeting: "only a tag on no meeting may be deleted" },
  "(workbench)/comments/actions.ts#addCommentAction": { changesNoMeeting: "a comment is no part of the record or what a search finds" },
  "(workbench)/comments/actions.ts#editCommentAction": { changesNoMeeting: "a comment is no part of the record or what a search finds" },
  "(workbench)/comments/actions.ts#deleteCommentAction": { changesNoMeeting: "a comment is no part of the record or what a search finds" },
  "(workbench)/comments/mentions/route.ts#GET": { changesNoMeeting: "reads colleagues' names" },
  "(workbench)/inbox/actions.ts#markInboxItemReadAction": { changesNoMeeting: "the caller's own inbox" },
  "(workbench)/inbox/actions.ts#markAllInboxReadAction": { changesNoMeeting: "the caller's own inbox" },
  "(workbench)/watches/actions.ts#setWatchAction": { changesNoMeeting: "the caller's own watches" },
  "admin/webhooks/actions.ts#createWebhookAction": { changesNoMeeting: "webhook settings" },
  "admin/webhooks/actions.ts#updateWebhookAction": { changesNoMeeting: "webhook settings" },
  "admin/webhooks/actions.ts#setWebhookEnabledAction": { changesNoMeeting: "webhook settings" },
  "admin/webhooks/actions.ts#deleteWebhookAction": { changesNoMeeting: "webhook settings" },
  "admin/webhooks/actions.ts#sendTestWebhookAction": { changesNoMeeting: "sends a test delivery" },
  "(workbench)/people/[id]/actions.ts#addPersonAliasAction": {
    scenario: async (fn) => {
      const { person, first, second } = await personInTwoMeetings();
      await run(() => fn(idle, form({ personId: person.id, alias: "Ljou Dzjantsjau", sourceId: "" })));
      return [first.id, second.id];
    },
  },
  "(workbench)/people/[id]/actions.ts#removePersonAliasAction": {
    scenario: async (fn) => {
      const { person, first, second } = await personInTwoMeetings();
      await addAlias("person", { ownerId: person.id, alias: "Spelling to remove" });
      const alias = await db.personAlias.findFirstOrThrow({ where: { personId: person.id, alias: "Spelling to remove" } });
      await run(() => fn(idle, form({ aliasId: alias.id })));
      return [first.id, second.id];
    },
  },
  "(workbench)/organizations/[id]/actions.ts#addOrganizationAliasAction": {
    scenario: async (fn) => {
      const organization = await createTestOrganization(db, { name: "Ministry of Energy of Azerbaijan" });
      const meeting = await createTestMeeting(db, { participants: [{ organizationId: organization.id, countryCode: "AZ" }, { countryCode: "CN" }] });
      await run(() => fn(idle, form({ organizationId: organization.id, alias: "Energetika Nazirliyi", sourceId: "" })));
      return [meeting.id];
    },
  },
  "(workbench)/organizations/[id]/actions.ts#removeOrganizationAliasAction": {
    scenario: async (fn) => {
      const organization = await createTestOrganization(db);
      const meeting = await createTestMeeting(db, { participants: [{ organizationId: organization.id, countryCode: "AZ" }, { countryCode: "CN" }] });
      await addAlias("organization", { ownerId: organization.id, alias: "Departing spelling" });
      const alias = await db.organizationAlias.findFirstOrThrow({ where: { organizationId: organization.id, alias: "Departing spelling" } });
      await run(() => fn(idle, form({ aliasId: alias.id })));
      return [meeting.id];
    },
  },
  "(workbench)/people/[id]/actions.ts#mergePeopleAction": {
    // The kept person's other meetings are now found by the merged person's name and spellings.
    scenario: async (fn) => {
      const duplicate = await personInTwoMeetings();
      const kept = await personInTwoMeetings();
      await addAlias("person", { ownerId: duplicate.person.id, alias: "Lu Jianchao" });
      await run(() => fn(idle, form({ id: duplicate.person.id, intoId: kept.person.id })));
      return [duplicate.first.id, duplicate.second.id, kept.first.id, kept.second.id];
    },
  },
  "(workbench)/people/[id]/actions.ts#unmergePersonAction": {
    scenario: async (fn) => {
      const duplicate = await personInTwoMeetings();
      const kept = await personInTwoMeetings();
      await addAlias("person", { ownerId: duplicate.person.id, alias: "Lu Jianchao" });
      const { mergePeople } = await import("@/lib/people/mutations");
      await finishedMerge(mergePeople({ id: duplicate.person.id, intoId: kept.person.id }));
      await run(() => fn(idle, form({ id: duplicate.person.id, intoId: kept.person.id })));
      return [duplicate.first.id, duplicate.second.id, kept.first.id, kept.second.id];
    },
  },
  "(workbench)/organizations/[id]/actions.ts#mergeOrganizationsAction": {
    scenario: async (fn) => {
      const [from, into] = [await createTestOrganization(db), await createTestOrganization(db)];
      await addAlias("organization", { ownerId: from.id, alias: "Old ministry spelling" });
      const a = await createTestMeeting(db, { participants: [{ organizationId: from.id, countryCode: "AZ" }, { countryCode: "CN" }] });
      const b = await createTestMeeting(db, { participants: [{ organizationId: into.id, countryCode: "AZ" }, { countryCode: "CN" }] });
      await run(() => fn(idle, form({ id: from.id, intoId: into.id })));
      return [a.id, b.id];
    },
  },
  "(workbench)/organizations/[id]/actions.ts#unmergeOrganizationAction": {
    scenario: async (fn) => {
      const [from, into] = [await createTestOrganization(db), await createTestOrganization(db)];
      const a = await createTestMeeting(db, { participants: [{ organizationId: from.id, countryCode: "AZ" }, { countryCode: "CN" }] });
      const b = await createTestMeeting(db, { participants: [{ organizationId: into.id, countryCode: "AZ" }, { countryCode: "CN" }] });
      const { mergeOrganizations } = await import("@/lib/organizations/mutations");
      await finishedMerge(mergeOrganizations({ id: from.id, intoId: into.id }));
      await run(() => fn(idle, form({ id: from.id, intoId: into.id })));
      return [a.id, b.id];
    },
  },

  // Review steps change a meeting's status only; its names and tags stay found.
  "(workbench)/review/actions.ts#submitForReviewAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db, { status: "DRAFT", tags: ["Sent for review"] });
      await run(() => fn(idle, form({ id: meeting.id, version: String(meeting.version) })));
      return [meeting.id];
    },
  },
  "(workbench)/review/actions.ts#approveMeetingAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db, { status: "IN_REVIEW", tags: ["Approved"] });
      await run(() => fn(idle, form({ id: meeting.id, version: String(meeting.version) })));
      return [meeting.id];
    },
  },
  "(workbench)/review/actions.ts#returnMeetingAction": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db, { status: "IN_REVIEW", tags: ["Returned"] });
      await run(() => fn(idle, form({ id: meeting.id, version: String(meeting.version), reason: "Check the participants." })));
      return [meeting.id];
    },
  },
  "(workbench)/review/actions.ts#assignReviewToMeAction": { changesNoMeeting: "who took a meeting in the queue: a queue note, not the record" },
  "admin/settings/actions.ts#setReviewSettingsAction": { changesNoMeeting: "the team's review rule" },
  "(workbench)/meetings/import/actions.ts#startImportRunAction": {
    // Imported meetings, one linking a person already in two meetings, one naming someone new.
    scenario: async (fn) => {
      const { first, person } = await personInTwoMeetings();
      const { createImportJob, confirmImportMapping, getImportJob } = await import("@/lib/import/jobs");
      const { untilImportJobsHereEnd } = await import("@/lib/import/runner");
      const bytes = Buffer.from(`Date,Leader,Country visited,City\n2024-09-01,${person.name},France,Paris\n2024-09-02,Nurlan Importov,Japan,Tokyo\n`);
      const id = await createImportJob({ name: "visits.csv", size: bytes.length, bytes: async () => new Uint8Array(bytes).buffer });
      await confirmImportMapping(id, { columns: (await getImportJob(id)).columns, status: "PUBLISHED" });
      await untilImportJobsHereEnd();
      await run(() => fn(idle, form({ id })));
      await untilImportJobsHereEnd();
      const rows = await db.importRow.findMany({ where: { jobId: id }, select: { meetingId: true } });
      return [first.id, ...rows.map((row) => row.meetingId!)];
    },
  },
  "(workbench)/meetings/import/actions.ts#uploadImportFileAction": { changesNoMeeting: "stages a file's rows for its columns to be confirmed" },
  "(workbench)/meetings/import/actions.ts#confirmImportMappingAction": { changesNoMeeting: "the dry run reads only" },
  "(workbench)/meetings/import/[id]/refused/route.ts#GET": { changesNoMeeting: "reads" },
  "(workbench)/meetings/new/actions.ts#findDuplicatesAction": { changesNoMeeting: "reads candidate duplicates" },
  "(workbench)/meetings/extract/actions.ts#extractSuggestionsAction": { changesNoMeeting: "reads pasted text into suggestions" },
  "(workbench)/meetings/drafts/actions.ts#saveDraftAction": { changesNoMeeting: "a draft is the analyst's own unsaved form, not a meeting" },
  "(workbench)/meetings/drafts/actions.ts#discardDraftAction": { changesNoMeeting: "a draft is the analyst's own unsaved form, not a meeting" },
  "(workbench)/lookup/actions.ts#lookupPeopleAction": { changesNoMeeting: "type-ahead read" },
  "(workbench)/lookup/actions.ts#lookupOrganizationsAction": { changesNoMeeting: "type-ahead read" },
  "(workbench)/lookup/actions.ts#lookupTagsAction": { changesNoMeeting: "type-ahead read" },
  "(workbench)/lookup/actions.ts#lookupTopicsAction": { changesNoMeeting: "type-ahead read" },
  "(workbench)/meetings/(list)/actions.ts#saveViewAction": { changesNoMeeting: "a saved view is a user's setting" },
  "(workbench)/meetings/(list)/actions.ts#deleteViewAction": { changesNoMeeting: "a saved view is a user's setting" },
  "(workbench)/meetings/(list)/actions.ts#setShortcutsEnabledAction": { changesNoMeeting: "a user's setting" },
  "(workbench)/meetings/(list)/actions.ts#setMeetingColumnsAction": { changesNoMeeting: "a user's setting" },
  "(workbench)/meetings/export/route.ts#GET": { changesNoMeeting: "reads" },
  "(workbench)/meetings/countries/route.ts#GET": { changesNoMeeting: "reads the country list the pickers load" },
  "sign-in/actions.ts#signInAction": { changesNoMeeting: "accounts only" },
  "sign-in/actions.ts#verifySignInCodeAction": { changesNoMeeting: "accounts only" },
  "account/actions.ts#signOutAction": { changesNoMeeting: "accounts only" },
  "account/actions.ts#signOutEverywhereAction": { changesNoMeeting: "accounts only" },
  "account/actions.ts#changePasswordAction": { changesNoMeeting: "accounts only" },
  "account/actions.ts#startTwoFactorSetupAction": { changesNoMeeting: "accounts only" },
  "account/actions.ts#confirmTwoFactorSetupAction": { changesNoMeeting: "accounts only" },
  "account/actions.ts#disableTwoFactorAction": { changesNoMeeting: "accounts only" },
  "admin/users/actions.ts#createUserAction": { changesNoMeeting: "accounts only" },
  "admin/users/actions.ts#changeUserRoleAction": { changesNoMeeting: "accounts only" },
  "admin/users/actions.ts#deactivateUserAction": { changesNoMeeting: "accounts only" },
  "admin/users/actions.ts#reactivateUserAction": { changesNoMeeting: "accounts only" },
  "admin/users/actions.ts#resetUserPasswordAction": { changesNoMeeting: "accounts only" },
  "admin/users/actions.ts#resetUserTwoFactorAction": { changesNoMeeting: "accounts only" },
  "admin/users/actions.ts#setTwoFactorPolicyAction": { changesNoMeeting: "accounts only" },
  "api/v1/meetings/route.ts#POST": {
    scenario: async (fn) => [String((await callApi(fn, "/meetings", { method: "POST", body: apiRecord(crypto.randomUUID().slice(0, 8)) })).id)],
  },
  "api/v1/meetings/[id]/route.ts#PUT": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db);
      await callApi(fn, `/meetings/${meeting.id}`, { method: "PUT", id: meeting.id, body: { version: meeting.version, record: apiRecord(crypto.randomUUID().slice(0, 8)) } });
      return [meeting.id];
    },
  },
  "api/v1/meetings/[id]/route.ts#DELETE": {
    scenario: async (fn) => {
      const meeting = await createTestMeeting(db);
      await callApi(fn, `/meetings/${meeting.id}?version=${meeting.version}`, { method: "DELETE", id: meeting.id });
      return [meeting.id];
    },
  },
  "api/v1/meetings/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/meetings/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/meetings/[id]/revisions/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/people/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/people/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/organizations/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/organizations/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/countries/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/countries/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/topics/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/topics/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/tags/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/tags/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/changes/route.ts#GET": { changesNoMeeting: "reads the changes feed" },
  "api/v1/openapi.json/route.ts#GET": { changesNoMeeting: "the API's description" },
  "api/v1/imports/route.ts#POST": { changesNoMeeting: "stages a file's rows for its columns to be confirmed" },
  "api/v1/imports/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/imports/[id]/dry-run/route.ts#POST": { changesNoMeeting: "the dry run reads only" },
  "api/v1/imports/[id]/rows/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/imports/[id]/refused/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/ingest/[id]/route.ts#GET": { changesNoMeeting: "reads" },
  "api/v1/imports/[id]/run/route.ts#POST": {
    // As the page's run: one row linking a person already in two meetings, one naming someone new.
    scenario: async (fn) => {
      const { first, person } = await personInTwoMeetings();
      const { createImportJob, confirmImportMapping, getImportJob } = await import("@/lib/import/jobs");
      const { untilImportJobsHereEnd } = await import("@/lib/import/runner");
      const bytes = Buffer.from(`Date,Leader,Country visited,City\n2024-10-01,${person.name},France,Lyon\n2024-10-02,Nurlan Apiyev,Japan,Osaka\n`);
      const id = await createImportJob({ name: "api-visits.csv", size: bytes.length, bytes: async () => new Uint8Array(bytes).buffer });
      await confirmImportMapping(id, { columns: (await getImportJob(id)).columns, status: "PUBLISHED" });
      await untilImportJobsHereEnd();
      await callApi(fn, `/imports/${id}/run`, { method: "POST", id });
      await untilImportJobsHereEnd();
      const rows = await db.importRow.findMany({ where: { jobId: id }, select: { meetingId: true } });
      return [first.id, ...rows.map((row) => row.meetingId!)];
    },
  },
  "api/v1/ingest/route.ts#POST": {
    scenario: async (fn) => {
      const line = { text: "ASTANA, March 4 -- Kazakh Foreign Minister Orin Apifind met Hungarian Foreign Minister Hekla Apifind in Astana.", outlet: "Testwire", published: "1876-03-04" };
      await callApi(fn, "/ingest?name=Findable%20API%20batch", { method: "POST", body: JSON.stringify(line), contentType: "application/x-ndjson" });
      await untilIngestBatchesHereEnd();
      const items = await db.ingestItem.findMany({ where: { batch: { name: "Findable API batch" } }, select: { meetingId: true } });
      return items.flatMap((item) => (item.meetingId ? [item.meetingId] : []));
    },
  },
  "account/tokens/actions.ts#createApiTokenAction": { changesNoMeeting: "accounts only" },
  "account/tokens/actions.ts#revokeApiTokenAction": { changesNoMeeting: "accounts only" },
  "admin/tokens/actions.ts#revokeAnyApiTokenAction": { changesNoMeeting: "accounts only" },
  "api/health/route.ts#GET": { changesNoMeeting: "reads" },
  "api/health/live/route.ts#GET": { changesNoMeeting: "reads" },
  "api/health/ready/route.ts#GET": { changesNoMeeting: "reads" },
};

/** Meetings whose stored search rows differ from what they would be if recomputed now. */
async function staleSearchRows(): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT m."id"::text AS "id" FROM "Meeting" m LEFT JOIN "MeetingMatch" mm ON mm."meetingId" = m."id"
    WHERE m."searchVector" IS DISTINCT FROM parley_meeting_search_vector(m."id")
       OR mm."matchVector" IS DISTINCT FROM parley_meeting_match_vector(m."id", parley_meeting_search_vector(m."id"))
       OR mm."date" IS DISTINCT FROM m."date"`;
  return rows.map((r) => r.id);
}

/** Every name, spelling and tag a live meeting shows: what an analyst may search it by. */
async function shownNames(meetingId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT DISTINCT n."name" FROM "Meeting" m, LATERAL (
      SELECT p."name" FROM "Participation" pt JOIN "Person" p ON p."id" = pt."personId" WHERE pt."meetingId" = m."id"
      UNION SELECT a."alias" FROM "Participation" pt JOIN "PersonAlias" a ON a."personId" = pt."personId" WHERE pt."meetingId" = m."id"
      UNION SELECT o."name" FROM "Participation" pt JOIN "Organization" o ON o."id" = pt."organizationId" WHERE pt."meetingId" = m."id"
      UNION SELECT a."alias" FROM "Participation" pt JOIN "OrganizationAlias" a ON a."organizationId" = pt."organizationId" WHERE pt."meetingId" = m."id"
      UNION SELECT t."name" FROM "MeetingTag" mt JOIN "Tag" t ON t."id" = mt."tagId" WHERE mt."meetingId" = m."id"
    ) n("name")
    WHERE m."id" = ${meetingId}::uuid AND m."deletedAt" IS NULL`;
  return rows.map((r) => r.name);
}

const endpoints = await discoverEndpoints();

beforeAll(async () => {
  setRequest({ cookies: (await createTestAccount(db, "admin")).cookies, headers: {} });
  // Batch ingest reads on the extraction pool, whose worker takes seconds to load on a busy machine: before the timed tests.
  await extractInPool("Warm up.", {}).catch(() => extractInPool("Warm up.", {}));
});
afterAll(() => extractionPool().close());
// One action's stale rows must not fail the scenarios after it: each starts from fresh rows.
afterEach(async () => {
  await db.$executeRaw`SELECT parley_refresh_meeting_search(ARRAY(SELECT "id" FROM "Meeting"))`;
});

describe("search never falls behind a change", () => {
  it("has a row for every server action and route handler, and none for one that is gone", () => {
    const { missing, stale } = tableGaps(endpoints, FINDABILITY);
    expect(missing, "add a scenario (or the reason it changes no meeting) to FINDABILITY").toEqual([]);
    expect(stale, "remove these from FINDABILITY").toEqual([]);
  });

  for (const [key, row] of Object.entries(FINDABILITY)) {
    if (!("scenario" in row)) continue;
    it(`${key} leaves every meeting findable by each name, spelling and tag it shows`, async () => {
      const checked = await row.scenario(endpoints.get(key)!);
      expect(await staleSearchRows(), "meetings whose search rows fell behind").toEqual([]);
      const unfound: string[] = [];
      for (const meetingId of checked) {
        for (const name of await shownNames(meetingId)) {
          const result = await searchMeetings({ q: name, size: "100" });
          if (!result.rows.some((r) => r.id === meetingId)) unfound.push(`${meetingId} by “${name}”`);
        }
      }
      expect(unfound, "meetings a search cannot find by what they show").toEqual([]);
    });
  }
});
