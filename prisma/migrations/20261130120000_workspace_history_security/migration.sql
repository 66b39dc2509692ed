-- Saved views, preferences and drafts; merges of people, organisations and tags; security
-- columns (temporary password expiry, TOTP replay guard); append-only history.

-- AlterEnum
ALTER TYPE "RevisionAction" ADD VALUE 'MERGE';
ALTER TYPE "RevisionAction" ADD VALUE 'UNMERGE';

-- AlterEnum
ALTER TYPE "AuthEventKind" ADD VALUE 'TWO_FACTOR_RESET_BY_ADMIN';
ALTER TYPE "AuthEventKind" ADD VALUE 'MEETINGS_EXPORTED';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "mergedIntoId" UUID;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "mergedIntoId" UUID;

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "mergedIntoId" UUID;

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "temporaryPasswordExpiresAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "twoFactor" ADD COLUMN     "lastUsedStep" BIGINT;

-- CreateTable
CREATE TABLE "SavedView" (
    "id" UUID NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPreference" (
    "userId" TEXT NOT NULL,
    "meetingColumns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "shortcutsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MeetingDraft" (
    "id" UUID NOT NULL,
    "authorId" TEXT NOT NULL,
    "meetingId" UUID,
    "baseVersion" INTEGER,
    "title" TEXT NOT NULL DEFAULT '',
    "values" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Person_mergedIntoId_idx" ON "Person"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Organization_mergedIntoId_idx" ON "Organization"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Tag_mergedIntoId_idx" ON "Tag"("mergedIntoId");

-- CreateIndex
CREATE INDEX "SignInAttempt_accountKey_address_createdAt_idx" ON "SignInAttempt"("accountKey", "address", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_ownerId_name_key" ON "SavedView"("ownerId", "name");

-- CreateIndex
CREATE INDEX "SavedView_shared_name_idx" ON "SavedView"("shared", "name");

-- CreateIndex
CREATE INDEX "MeetingDraft_authorId_updatedAt_idx" ON "MeetingDraft"("authorId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "MeetingDraft_meetingId_idx" ON "MeetingDraft"("meetingId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPreference" ADD CONSTRAINT "UserPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDraft" ADD CONSTRAINT "MeetingDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDraft" ADD CONSTRAINT "MeetingDraft_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Raw: a source's web address is http(s) or nothing, whatever wrote it (the form checks too).
ALTER TABLE "Source" ADD CONSTRAINT "Source_url_scheme_check" CHECK ("url" IS NULL OR "url" ~* '^https?://');

-- Raw: saved view names are not blank.
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_name_check" CHECK (length(btrim("name")) > 0);

-- Raw: revisions and audit events are append-only. The one change allowed is the actor link
-- becoming NULL when a user row is removed (ON DELETE SET NULL); everything else is refused.
CREATE FUNCTION parley_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'actorId' - 'subjectId') = (to_jsonb(OLD) - 'actorId' - 'subjectId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "Revision_append_only" BEFORE UPDATE OR DELETE ON "Revision"
    FOR EACH ROW EXECUTE FUNCTION parley_append_only();
CREATE TRIGGER "AuthEvent_append_only" BEFORE UPDATE OR DELETE ON "AuthEvent"
    FOR EACH ROW EXECUTE FUNCTION parley_append_only();
