-- Every revision gets a place in one feed, numbered in commit order (decision 0039): the changes
-- feed, webhook deliveries and inbox notifications all read it from a cursor and never miss a row.
ALTER TABLE "Revision" ADD COLUMN "seq" BIGINT;
-- Why a step was taken, in the analyst's words: a return's reason, an import's file and row.
ALTER TABLE "Revision" ADD COLUMN "note" TEXT;

CREATE SEQUENCE "Revision_seq_seq" AS BIGINT;

-- Revisions made before the feed existed take their places in the order they were written.
UPDATE "Revision" r SET "seq" = numbered."n"
FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS "n" FROM "Revision") numbered
WHERE r."id" = numbered."id";
SELECT setval('"Revision_seq_seq"', COALESCE((SELECT max("seq") FROM "Revision"), 0) + 1, false);

ALTER TABLE "Revision" ALTER COLUMN "seq" SET NOT NULL;
CREATE UNIQUE INDEX "Revision_seq_key" ON "Revision"("seq");

-- A sequence alone hands numbers out in insert order, and a transaction that drew 10 may commit
-- after one that drew 11: a reader past 11 would never see 10. The lock is held until the commit,
-- so a transaction draws its first number only once every earlier one has committed or rolled
-- back; numbers become visible in order. Writers queue only from their first revision (the last
-- step of a change) to their commit.
CREATE FUNCTION parley_number_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('parley:revision-feed', 0));
  NEW."seq" := nextval('"Revision_seq_seq"');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Revision_number" BEFORE INSERT ON "Revision"
FOR EACH ROW EXECUTE FUNCTION parley_number_revision();

-- Machine drafts (batch ingest) wait in the review queue until a person accepts them.
ALTER TABLE "Meeting" ADD COLUMN "machineDrafted" BOOLEAN NOT NULL DEFAULT false;
-- The extraction's confidence in a machine draft, 0..1; the queue flags low ones.
ALTER TABLE "Meeting" ADD COLUMN "draftConfidence" REAL;
-- Raw: the queue reads machine drafts newest first; no other meeting is in this index.
CREATE INDEX "Meeting_machineDrafted_idx" ON "Meeting"("createdAt" DESC) WHERE "machineDrafted";

-- The review steps (issue 22) are revisions like any other change.
ALTER TYPE "RevisionAction" ADD VALUE 'SUBMIT';
ALTER TYPE "RevisionAction" ADD VALUE 'APPROVE';
ALTER TYPE "RevisionAction" ADD VALUE 'RETURN';
