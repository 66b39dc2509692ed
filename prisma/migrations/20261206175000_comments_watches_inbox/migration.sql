-- Comments, watches and the inbox (issue 22, docs/collaboration.md, decision 0045).

CREATE TYPE "WatchKind" AS ENUM ('PERSON', 'ORGANIZATION', 'COUNTRY', 'PAIR', 'TOPIC', 'TAG', 'SAVED_VIEW');
CREATE TYPE "InboxReason" AS ENUM ('WATCH', 'MENTION', 'RETURN');

CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "anchor" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMPTZ(3),
    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Comment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "Comment_meetingId_createdAt_idx" ON "Comment"("meetingId", "createdAt");

CREATE TABLE "CommentMention" (
    "commentId" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    CONSTRAINT "CommentMention_pkey" PRIMARY KEY ("commentId", "userId"),
    CONSTRAINT "CommentMention_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommentMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CommentMention_userId_idx" ON "CommentMention"("userId");

CREATE TABLE "Watch" (
    "id" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "WatchKind" NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Watch_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Watch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Watch_userId_kind_key_key" ON "Watch"("userId", "kind", "key");
CREATE INDEX "Watch_kind_key_idx" ON "Watch"("kind", "key");

CREATE TABLE "InboxItem" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" "InboxReason" NOT NULL,
    "meetingId" UUID NOT NULL,
    "seq" BIGINT,
    "action" "RevisionAction",
    "actorId" TEXT,
    "commentId" UUID,
    "watchLabels" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),
    CONSTRAINT "InboxItem_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "InboxItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InboxItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InboxItem_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    -- A mention goes with its comment: a deleted comment leaves no item behind.
    CONSTRAINT "InboxItem_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "InboxItem_userId_createdAt_id_idx" ON "InboxItem"("userId", "createdAt" DESC, "id" DESC);
-- Raw: the navigation's unread count on every page, read from the unread items alone.
CREATE INDEX "InboxItem_unread_idx" ON "InboxItem"("userId") WHERE "readAt" IS NULL;
-- Raw: while unread, a meeting's watch items collapse into one (the fan-out's ON CONFLICT target):
-- ten saves of a watched meeting are one line to read, not ten.
CREATE UNIQUE INDEX "InboxItem_unread_watch_key" ON "InboxItem"("userId", "meetingId") WHERE "reason" = 'WATCH' AND "readAt" IS NULL;

CREATE TABLE "InboxCursor" (
    "name" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InboxCursor_pkey" PRIMARY KEY ("name")
);
-- The fan-out starts at the feed's end: changes made before anyone could watch notify nobody.
INSERT INTO "InboxCursor" ("name", "seq") SELECT 'inbox', COALESCE(max("seq"), 0) FROM "Revision";
