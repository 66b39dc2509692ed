import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ALIAS_STORES, type AliasOwner } from "@/lib/entities/aliases";
import { toFieldErrors } from "@/lib/meetings/schemas";
import { safeText } from "@/lib/meetings/write/safe-text";
import { runMeetingWork, type MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

/**
 * One write path for the registry's edit forms: a person's or an organisation's name, country,
 * notes and Wikidata item (and an organisation's acronym). Like a meeting save it is read at a
 * version: a save from an older one is a conflict carrying what is saved now, never an
 * overwrite. Each change is a revision of the entity with the fields before and after. A new name
 * keeps the old one as a spelling, so the record stays findable by it (decision 0046), and the
 * meetings whose search rows hold the name are re-indexed in the same transaction.
 */
type Tx = Prisma.TransactionClient;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

// "Q42", "q42" or the item's address, as copied from Wikidata's page.
const WIKIDATA_URL = /^https?:\/\/(www\.|m\.)?wikidata\.org\/(wiki|entity)\//i;
export const wikidataIdSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(WIKIDATA_URL, "").toUpperCase() || undefined : value),
  z.string().regex(/^Q[1-9][0-9]{0,11}$/, "A Wikidata id is Q followed by digits, like Q42.").optional(),
);

const baseEditSchema = z.object({
  id: z.uuid("Choose a record."),
  expectedVersion: z.coerce.number({ error: "Open the form again." }).int("Open the form again.").min(1, "Open the form again."),
  name: safeText(200, "The name").pipe(z.string().min(1, "Enter the name.")),
  countryCode: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Z]{2}$/, "Choose a country from the list.").optional()),
  notes: safeText(5000, "The notes").default(""),
  wikidataId: wikidataIdSchema,
});
export const personEditSchema = baseEditSchema;
export const organizationEditSchema = baseEditSchema.extend({ acronym: safeText(40, "The acronym").default("") });

/** What the form shows and the revisions keep. */
export interface EntityFields {
  name: string;
  countryCode: string | null;
  notes: string;
  wikidataId: string | null;
  /** Organisations only. */
  acronym?: string | null;
}

/** A record's fields as its edit form holds them (strings), with the version they were read at. */
export type EntityFormValues = Record<string, string>;

export function toFormValues(id: string, version: number, fields: EntityFields): EntityFormValues {
  const values: EntityFormValues = {
    id,
    expectedVersion: String(version),
    name: fields.name,
    countryCode: fields.countryCode ?? "",
    notes: fields.notes,
    wikidataId: fields.wikidataId ?? "",
  };
  if (fields.acronym !== undefined) values.acronym = fields.acronym ?? "";
  return values;
}

/** Someone saved the record after the form was opened: carries what is saved now. */
export class EntityConflictError extends AppError {
  readonly current: EntityFormValues;
  constructor(noun: string, current: EntityFormValues) {
    super("conflict", `Someone else saved this ${noun} after you opened it. Nothing was overwritten: compare, then save again.`);
    this.current = current;
  }
}

export function entityConflictValues(error: unknown): EntityFormValues | undefined {
  return error instanceof EntityConflictError ? error.current : undefined;
}

type Locked = EntityFields & { id: string; version: number; gone: boolean };

interface EditStore {
  noun: string;
  revisionType: "Person" | "Organization";
  schema: z.ZodType<z.infer<typeof baseEditSchema> & { acronym?: string }>;
  lock: (tx: Tx, id: string) => Promise<Locked | undefined>;
  /** A live record other than `id` with this Wikidata item. */
  wikidataHolder: (tx: Tx, id: string, wikidataId: string) => Promise<{ name: string } | null>;
  write: (tx: Tx, id: string, fields: EntityFields, version: number) => Promise<unknown>;
  /** Re-indexes the meetings whose search rows hold what changed (names are in them). */
  reindex: (unit: MeetingUnitOfWork, id: string, before: EntityFields, after: EntityFields) => Promise<void>;
}

const STORES: Record<AliasOwner, EditStore> = {
  person: {
    noun: "person",
    revisionType: "Person",
    schema: personEditSchema,
    lock: async (tx, id) =>
      (
        await tx.$queryRaw<Locked[]>`
          SELECT "id"::text AS "id", "name", "countryCode"::text AS "countryCode", "notes", "wikidataId", "version",
                 ("mergedIntoId" IS NOT NULL OR "deletedAt" IS NOT NULL) AS "gone"
          FROM "Person" WHERE "id" = ${id}::uuid FOR UPDATE`
      )[0],
    wikidataHolder: (tx, id, wikidataId) => tx.person.findFirst({ where: { wikidataId, id: { not: id }, mergedIntoId: null, deletedAt: null }, select: { name: true } }),
    write: (tx, id, f, version) => tx.person.update({ where: { id }, data: { name: f.name, countryCode: f.countryCode, notes: f.notes, wikidataId: f.wikidataId, version } }),
    reindex: async (unit, id, before, after) => {
      if (before.name !== after.name) await unit.reindexMeetingsOfPeople([id]);
    },
  },
  organization: {
    noun: "organisation",
    revisionType: "Organization",
    schema: organizationEditSchema,
    lock: async (tx, id) =>
      (
        await tx.$queryRaw<Locked[]>`
          SELECT "id"::text AS "id", "name", "acronym", "countryCode"::text AS "countryCode", "notes", "wikidataId", "version",
                 ("mergedIntoId" IS NOT NULL OR "deletedAt" IS NOT NULL) AS "gone"
          FROM "Organization" WHERE "id" = ${id}::uuid FOR UPDATE`
      )[0],
    wikidataHolder: (tx, id, wikidataId) => tx.organization.findFirst({ where: { wikidataId, id: { not: id }, mergedIntoId: null, deletedAt: null }, select: { name: true } }),
    write: (tx, id, f, version) =>
      tx.organization.update({ where: { id }, data: { name: f.name, acronym: f.acronym ?? null, countryCode: f.countryCode, notes: f.notes, wikidataId: f.wikidataId, version } }),
    // An organisation's name and acronym are in its meetings' search rows (its spellings are not).
    reindex: async (unit, id, before, after) => {
      if (before.name === after.name && before.acronym === after.acronym) return;
      const rows = await unit.tx.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT "meetingId"::text AS "id" FROM "Participation" WHERE "organizationId" = ${id}::uuid`;
      unit.reindex(rows.map((r) => r.id));
    },
  },
};

function fieldsOf(row: Locked, kind: AliasOwner): EntityFields {
  const fields: EntityFields = { name: row.name, countryCode: row.countryCode, notes: row.notes, wikidataId: row.wikidataId };
  if (kind === "organization") fields.acronym = row.acronym ?? null;
  return fields;
}

const sameFields = (a: EntityFields, b: EntityFields) => JSON.stringify(a) === JSON.stringify(b);

/** The old name as a spelling, unless it already is one (case aside) or is the new name. */
async function keepOldName(tx: Tx, kind: AliasOwner, id: string, oldName: string, newName: string): Promise<boolean> {
  if (oldName.toLowerCase() === newName.toLowerCase()) return false;
  const store = ALIAS_STORES[kind];
  const spellings = await store.list(tx, id);
  if (spellings.some((a) => a.alias.toLowerCase() === oldName.toLowerCase())) return false;
  await store.create(tx, id, oldName, null);
  return true;
}

function invalid(fieldErrors: Record<string, string[]>): AppError {
  return new AppError("validation", "Check the highlighted fields.", { fieldErrors });
}

/**
 * Saves a person's or an organisation's edit form at the version it was opened at. Returns the
 * new version (the same when nothing changed: no revision then). Rule: analysts and admins.
 */
export async function editEntity(kind: AliasOwner, input: unknown): Promise<{ version: number; changed: boolean }> {
  const user = await requireRole("analyst");
  const store = STORES[kind];
  const parsed = store.schema.safeParse(input);
  if (!parsed.success) throw invalid(toFieldErrors(parsed.error));
  const { id, expectedVersion, ...typed } = parsed.data;
  const after: EntityFields = { name: typed.name, countryCode: typed.countryCode ?? null, notes: typed.notes, wikidataId: typed.wikidataId ?? null };
  if (kind === "organization") after.acronym = typed.acronym || null;
  return runMeetingWork(db, user.id, async (unit) => {
    const { tx } = unit;
    const row = await store.lock(tx, id);
    if (!row || row.gone) throw new AppError("not_found", `This ${store.noun} does not exist or was merged into another.`);
    const before = fieldsOf(row, kind);
    if (row.version !== expectedVersion) throw new EntityConflictError(store.noun, toFormValues(id, row.version, before));
    if (sameFields(before, after)) return { version: row.version, changed: false };
    if (after.countryCode && after.countryCode !== before.countryCode && !(await tx.country.findUnique({ where: { code: after.countryCode }, select: { code: true } }))) {
      throw invalid({ countryCode: ["Choose a country from the list."] });
    }
    const holder = after.wikidataId && after.wikidataId !== before.wikidataId ? await store.wikidataHolder(tx, id, after.wikidataId) : null;
    if (holder) throw invalid({ wikidataId: [`${after.wikidataId} is already the Wikidata id of “${holder.name}”: if they are the same, merge them instead.`] });
    const version = row.version + 1;
    await store.write(tx, id, after, version);
    const kept = before.name !== after.name && (await keepOldName(tx, kind, id, before.name, after.name));
    await tx.revision.create({
      data: {
        entityType: store.revisionType,
        entityId: id,
        action: "UPDATE",
        version,
        actorId: user.id,
        before: { ...before },
        after: { ...after },
        note: kept ? `“${before.name}” kept as a spelling, so it still finds this ${store.noun}.` : null,
      },
    });
    await store.reindex(unit, id, before, after);
    return { version, changed: true };
  });
}
