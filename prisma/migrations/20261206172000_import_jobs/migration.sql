-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('MAPPING', 'CHECKING', 'CHECKED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" CHAR(64) NOT NULL,
    "format" TEXT NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'MAPPING',
    "headers" JSONB NOT NULL,
    "mapping" JSONB,
    "total" INTEGER NOT NULL,
    "checked" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "existing" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "jobId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "cells" JSONB NOT NULL,
    "key" CHAR(64),
    "plan" TEXT,
    "planDetail" JSONB,
    "outcome" TEXT,
    "reason" TEXT,
    "meetingId" UUID,

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("jobId","rowNumber")
);

-- CreateTable
CREATE TABLE "ImportedMeeting" (
    "key" CHAR(64) NOT NULL,
    "meetingId" UUID NOT NULL,
    "jobId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedMeeting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ImportJob_status_leaseUntil_idx" ON "ImportJob"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "ImportJob_createdById_createdAt_idx" ON "ImportJob"("createdById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImportRow_jobId_key_idx" ON "ImportRow"("jobId", "key");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
