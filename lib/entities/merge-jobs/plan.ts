import type { MergeSubject, Prisma } from "@/lib/generated/prisma/client";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

type Tx = Prisma.TransactionClient;

/** What a step record is stored as: plain JSON. */
export type StepRecord = Prisma.InputJsonObject;

/**
 * How one kind of record (person, organisation, tag) is merged in batches. The runner
 * (runner.ts) calls these in order, each batch in its own unit of work:
 *   begin → reindex (meetings of `reindexPeople`, by id) → move (meetings naming `from`, by id) → end.
 * An undo runs beginUndo → move (the merge's steps, newest first, through `undoStep`) → reindex → end.
 * Every call receives a unit whose transaction also advances the job, so a resumed job never
 * repeats or skips a batch.
 */
export interface MergePlan {
  subject: MergeSubject;
  /** The revision's entity type ("Person") and the words a message uses. */
  entityType: "Person" | "Organization" | "Tag";
  words: { one: string; many: string };

  /**
   * Locks both records, refuses when either is gone or merged, does what concerns the records
   * themselves (spellings, child organisations) and marks `fromId` merged, so that every save
   * from now on resolves it to `intoId`. Returns what an undo needs (stored as step 0).
   */
  begin(unit: MeetingUnitOfWork, fromId: string, intoId: string): Promise<StepRecord>;
  /** Meetings that still name `fromId`, after `after` in id order (deleted ones too). */
  meetingsNaming(tx: Tx, fromId: string, after: string | null, limit: number): Promise<string[]>;
  countMeetingsNaming(tx: Tx, fromId: string): Promise<number>;
  /** Moves what these meetings hold of `fromId` to `intoId`; the returned record lets an undo put it back. */
  moveBatch(unit: MeetingUnitOfWork, fromId: string, intoId: string, meetingIds: string[]): Promise<StepRecord>;
  /** People whose meetings are found by other spellings after the merge or its undo. */
  reindexPeople(fromId: string, intoId: string, action: "MERGE" | "UNMERGE"): string[];

  /** How a merge is undone (people, organisations and tags alike). */
  undo?: {
    /**
     * Checks that every row the merge moved is still where it left it (else refuses, changing
     * nothing), puts the records themselves back (spellings, children) and un-marks `fromId`.
     */
    begin(unit: MeetingUnitOfWork, fromId: string, intoId: string, steps: StepRecord[]): Promise<void>;
    /** Puts back one batch's rows; refuses when any of them changed since. Returns rows moved back. */
    step(unit: MeetingUnitOfWork, fromId: string, intoId: string, step: StepRecord): Promise<number>;
    /** Meetings one step touched (what the progress counts). */
    meetingsOf(step: StepRecord): string[];
  };
}
