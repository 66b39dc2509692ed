-- Batch ingest (lib/ingest, decision 0044): an upload of wire items is a job with a cursor, each
-- item drafted into a machine draft, added to one, or proposed as a source of a recorded meeting.
CREATE TYPE "IngestBatchStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');
CREATE TYPE "IngestItemOutcome" AS ENUM ('PENDING', 'DRAFTED', 'ADDED_TO_DRAFT', 'PROPOSED', 'SKIPPED', 'FAILED');
CREATE TYPE "IngestProposalState" AS ENUM ('OPEN', 'ACCEPTED', 'DISMISSED');

CREATE TABLE "IngestBatch" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "IngestBatchStatus" NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL,
    "cursor" INTEGER NOT NULL DEFAULT 0,
    "drafted" INTEGER NOT NULL DEFAULT 0,
    "addedToDraft" INTEGER NOT NULL DEFAULT 0,
    "proposed" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IngestBatch_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "IngestItem" (
    "id" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "label" TEXT NOT NULL,
    "publishedOn" DATE,
    "outcome" "IngestItemOutcome" NOT NULL DEFAULT 'PENDING',
    "meetingId" UUID,
    "confidence" REAL,
    "unlinked" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reason" TEXT,
    "proposal" "IngestProposalState",
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IngestItem_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "IngestBatch_status_leaseUntil_idx" ON "IngestBatch"("status", "leaseUntil");
CREATE INDEX "IngestBatch_createdAt_idx" ON "IngestBatch"("createdAt" DESC);
CREATE UNIQUE INDEX "IngestItem_batchId_position_key" ON "IngestItem"("batchId", "position");
CREATE INDEX "IngestItem_meetingId_idx" ON "IngestItem"("meetingId");
CREATE INDEX "IngestItem_proposal_idx" ON "IngestItem"("proposal");

ALTER TABLE "IngestItem" ADD CONSTRAINT "IngestItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "IngestBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
