-- CreateTable
CREATE TABLE "SourceText" (
    "hash" CHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceText_pkey" PRIMARY KEY ("hash")
);

-- Raw: revisions name these texts; like the revisions, they are never changed or removed.
CREATE TRIGGER "SourceText_append_only" BEFORE UPDATE OR DELETE ON "SourceText"
    FOR EACH ROW EXECUTE FUNCTION parley_append_only();
