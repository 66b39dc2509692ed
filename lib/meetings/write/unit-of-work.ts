import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient, RevisionAction } from "@/lib/generated/prisma/client";
import { rememberOwnWrite } from "@/lib/database/replica-read-your-writes";
import { forgetFacetCounts } from "@/lib/meetings/internal/search/facet-cache";
import { readMeetingSnapshot, type MeetingSnapshot } from "@/lib/meetings/write/snapshot";
import { recordMeetingRevisions } from "@/lib/meetings/internal/write/history";

type Tx = Prisma.TransactionClient;

/** A save from a stale version: carries the current record so the form can show both. */
export class MeetingConflictError extends AppError {
  readonly current: MeetingSnapshot;
  constructor(current: MeetingSnapshot) {
    super("conflict", "Someone else saved this meeting after you opened it. Compare the changes and choose what to keep.");
    this.current = current;
  }
}

export function isMeetingConflict(error: unknown): error is MeetingConflictError {
  return error instanceof MeetingConflictError;
}

export interface LockOptions {
  /** The version the change was read at; "current" applies it to whatever is there (never conflicts). */
  expectedVersion: number | "current";
  /** Whether a meeting in the trash may be changed, must be, or must not be (the default). */
  deleted?: "allow" | "refuse" | "require";
}

/**
 * The one unit of work for every change that alters what a meeting shows or is found by: meeting
 * saves, deletes and restores, tags, merges and their undo, spellings (aliases), tag names. No
 * other code writes those tables. In one transaction it
 *  1. locks the meetings it changes (in id order, so two units never deadlock) and reads each one's
 *     record as it was (what a conflict shows),
 *  2. lets the caller apply its change,
 *  3. then, in `finish`: bumps each changed meeting's version, refreshes the search rows of every
 *     meeting changed or merely re-indexed (one statement for all), and records a revision per
 *     changed meeting;
 *  4. and, after the commit (`runMeetingWork`), clears what this process caches about meetings.
 *
 * "Re-indexed" meetings are those whose record is unchanged but whose search rows name something
 * that changed elsewhere: a person's spellings, a tag's name. The entity's own revision records
 * that change; its meetings get fresh search rows in the same transaction, so a search never falls
 * behind what the pages show.
 */
export class MeetingUnitOfWork {
  private readonly locked = new Map<string, MeetingSnapshot | null>();
  private readonly changes = new Map<string, RevisionAction>();
  private readonly notes = new Map<string, string>();
  private readonly reindexed = new Set<string>();
  private readonly versions = new Map<string, number>();
  private finished = false;

  constructor(
    readonly tx: Tx,
    readonly actorId: string | null,
  ) {}

  /**
   * Locks one meeting row so concurrent units queue, then compares versions: of two saves read at
   * the same version, the second finds the first one's version here and gets a conflict carrying
   * the current record. Returns the record before the change.
   */
  async lock(id: string, options: LockOptions): Promise<MeetingSnapshot> {
    // Locked by lockMany (no record read) or created here: read it now; the row lock is held already.
    const known = this.locked.get(id);
    if (known) return known;
    const rows = await this.tx.$queryRaw<{ version: number; deleted: boolean }[]>`
      SELECT "version", "deletedAt" IS NOT NULL AS "deleted" FROM "Meeting" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const row = rows[0];
    const deleted = options.deleted ?? "refuse";
    if (!row || (row.deleted && deleted === "refuse")) throw new AppError("not_found", "This meeting does not exist or was deleted.");
    if (!row.deleted && deleted === "require") throw new AppError("conflict", "This meeting is not deleted.");
    const snapshot = (await readMeetingSnapshot(this.tx, id))!;
    if (options.expectedVersion !== "current" && row.version !== options.expectedVersion) throw new MeetingConflictError(snapshot);
    this.locked.set(id, snapshot);
    return snapshot;
  }

  /**
   * Locks many meetings in one statement, in id order (never deadlocking with another unit), to
   * change them whatever their version (a merge, a bulk run). Returns their ids; reads no
   * records: `finish` records what each became.
   */
  async lockMany(ids: Iterable<string>, options: Pick<LockOptions, "deleted"> = {}): Promise<string[]> {
    const wanted = [...new Set(ids)].filter((id) => !this.locked.has(id)).sort();
    if (wanted.length > 0) {
      const rows = await this.tx.$queryRaw<{ id: string; deleted: boolean }[]>`
        SELECT "id"::text AS "id", "deletedAt" IS NOT NULL AS "deleted" FROM "Meeting"
        WHERE "id" = ANY(${wanted}::uuid[]) ORDER BY "id" FOR UPDATE`;
      const deleted = options.deleted ?? "refuse";
      const found = new Map(rows.map((row) => [row.id, row.deleted]));
      for (const id of wanted) {
        const isDeleted = found.get(id);
        if (isDeleted === undefined || (isDeleted && deleted === "refuse")) throw new AppError("not_found", "This meeting does not exist or was deleted.");
        if (!isDeleted && deleted === "require") throw new AppError("conflict", "This meeting is not deleted.");
        this.locked.set(id, null);
      }
    }
    return [...new Set(ids)].sort();
  }

  /** A meeting this unit created: it starts at version 1. `note` says where it came from (an import's file and row). */
  created(id: string, note?: string): void {
    this.locked.set(id, null);
    this.changes.set(id, "CREATE");
    this.note(id, note);
  }

  /**
   * A locked meeting this unit changed: `finish` bumps its version, re-indexes it and records
   * `action`, with `note` (why: a return's reason, say) on the revision.
   */
  changed(id: string, action: RevisionAction, note?: string): void {
    if (!this.locked.has(id)) throw new Error(`Meeting ${id} was changed without being locked first.`);
    if (this.changes.get(id) !== "CREATE") this.changes.set(id, action);
    this.note(id, note);
  }

  /** Several steps of one unit may say why (an import's row, then the review rule): the revision keeps each. */
  private note(id: string, note: string | undefined): void {
    if (!note) return;
    const earlier = this.notes.get(id);
    this.notes.set(id, earlier && earlier !== note ? `${earlier} ${note}` : note);
  }

  /** Meetings whose records are unchanged but whose search rows must be recomputed. */
  reindex(ids: Iterable<string>): void {
    for (const id of ids) this.reindexed.add(id);
  }

  /** Every meeting a person takes part in: what their spellings and names are found by. */
  async reindexMeetingsOfPeople(personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    const rows = await this.tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT "meetingId"::text AS "id" FROM "Participation" WHERE "personId" = ANY(${personIds}::uuid[])`;
    this.reindex(rows.map((r) => r.id));
  }

  /** Every meeting carrying one of these tags. */
  async reindexMeetingsTagged(tagIds: string[]): Promise<void> {
    if (tagIds.length === 0) return;
    const rows = await this.tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT "meetingId"::text AS "id" FROM "MeetingTag" WHERE "tagId" = ANY(${tagIds}::uuid[])`;
    this.reindex(rows.map((r) => r.id));
  }

  /** The version a changed meeting reached; only after `finish`. */
  versionOf(id: string): number {
    const version = this.versions.get(id);
    if (version === undefined) throw new Error(`Meeting ${id} was not changed by this unit of work.`);
    return version;
  }

  /** Bumps versions, refreshes search rows and records revisions. Call once, last, inside the transaction. */
  async finish(): Promise<void> {
    if (this.finished) throw new Error("This unit of work is already finished.");
    this.finished = true;
    const bumped = [...this.changes].filter(([, action]) => action !== "CREATE").map(([id]) => id);
    if (bumped.length > 0) {
      await this.tx.$executeRaw`
        UPDATE "Meeting" SET "version" = "version" + 1, "updatedById" = ${this.actorId}, "updatedAt" = now()
        WHERE "id" = ANY(${bumped}::uuid[])`;
    }
    const refresh = [...new Set([...this.changes.keys(), ...this.reindexed])];
    if (refresh.length > 0) await this.tx.$executeRaw`SELECT parley_refresh_meeting_search(${refresh}::uuid[])`;
    const changes = [...this.changes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([meetingId, action]) => ({ meetingId, action, note: this.notes.get(meetingId) ?? null }));
    if (changes.length > 0) {
      for (const [meetingId, after] of await recordMeetingRevisions(this.tx, changes, this.actorId)) this.versions.set(meetingId, after.version);
    }
    // Also cleared after the commit (runMeetingWork); clearing here too covers units run inside a
    // caller's own transaction (the seed, test factories).
    if (refresh.length > 0) forgetFacetCounts();
  }
}

type TransactionOptions = { maxWait?: number; timeout?: number };

// Saves queue on the meeting's row lock; under load a save may wait for a pool connection longer
// than Prisma's 2-second default before it starts. Statements themselves stay bounded by the pool.
export const MEETING_WRITE_TIMEOUTS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * Runs `work` as one unit of work in its own transaction, finishes it, commits, and only then
 * clears the caches, so no request can cache figures from before the commit after it.
 */
export async function runMeetingWork<T>(
  client: Pick<PrismaClient, "$transaction">,
  actorId: string | null,
  work: (unit: MeetingUnitOfWork) => Promise<T>,
  options: TransactionOptions = MEETING_WRITE_TIMEOUTS,
): Promise<T> {
  const result = await client.$transaction(async (tx) => {
    const unit = new MeetingUnitOfWork(tx, actorId);
    const value = await work(unit);
    await unit.finish();
    return value;
  }, options);
  forgetFacetCounts();
  await rememberOwnWrite();
  return result;
}
