-- CreateEnum
CREATE TYPE "MergeSubject" AS ENUM ('PERSON', 'ORGANIZATION', 'TAG');

-- CreateEnum
CREATE TYPE "MergeJobStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "MergeJob" (
    "id" UUID NOT NULL,
    "subject" "MergeSubject" NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "fromId" UUID NOT NULL,
    "intoId" UUID NOT NULL,
    "undoesId" UUID,
    "status" "MergeJobStatus" NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "moved" INTEGER NOT NULL DEFAULT 0,
    "phase" TEXT NOT NULL,
    "cursor" TEXT,
    "message" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MergeJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MergeJobStep" (
    "jobId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "record" JSONB NOT NULL,

    CONSTRAINT "MergeJobStep_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateIndex
CREATE INDEX "MergeJob_status_leaseUntil_idx" ON "MergeJob"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "MergeJob_subject_fromId_createdAt_idx" ON "MergeJob"("subject", "fromId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "MergeJob_subject_intoId_createdAt_idx" ON "MergeJob"("subject", "intoId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "MergeJob_createdById_status_idx" ON "MergeJob"("createdById", "status");

-- AddForeignKey
ALTER TABLE "MergeJob" ADD CONSTRAINT "MergeJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeJobStep" ADD CONSTRAINT "MergeJobStep_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "MergeJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Raw: one running job per person, organisation or tag on either side, so two merges never
-- move the same rows at once (the start also checks under the entities' row locks).
CREATE UNIQUE INDEX "MergeJob_one_running_from" ON "MergeJob"("subject", "fromId") WHERE "status" = 'RUNNING';
CREATE UNIQUE INDEX "MergeJob_one_running_into" ON "MergeJob"("subject", "intoId") WHERE "status" = 'RUNNING';
