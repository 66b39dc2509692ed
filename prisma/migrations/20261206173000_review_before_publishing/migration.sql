-- Review before publishing (decision 0043): two more states, who took a waiting meeting, and the
-- team's rule. The new enum values are not used in this migration (PostgreSQL forbids that in the
-- transaction that adds them).
ALTER TYPE "MeetingStatus" ADD VALUE IF NOT EXISTS 'IN_REVIEW';
ALTER TYPE "MeetingStatus" ADD VALUE IF NOT EXISTS 'RETURNED';

CREATE TABLE "ReviewAssignment" (
    "meetingId" UUID NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("meetingId")
);
CREATE INDEX "ReviewAssignment_assigneeId_idx" ON "ReviewAssignment"("assigneeId");
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ReviewSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "requireSecondPerson" BOOLEAN NOT NULL DEFAULT false,
    "smallEditsWithoutReview" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,
    CONSTRAINT "ReviewSettings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReviewSettings_single_row_check" CHECK ("id" = 1)
);
ALTER TABLE "ReviewSettings" ADD CONSTRAINT "ReviewSettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
