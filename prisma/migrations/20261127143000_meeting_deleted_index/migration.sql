-- Raw: deleted meetings are few; counting them per country (lib/meetings/count-meetings.ts) reads
-- this small partial index instead of the whole table. Prisma cannot express the WHERE.
CREATE INDEX "Meeting_deleted_idx" ON "Meeting"("deletedAt") WHERE "deletedAt" IS NOT NULL;
