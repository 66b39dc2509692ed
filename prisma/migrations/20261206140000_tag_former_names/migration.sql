-- CreateTable
CREATE TABLE "TagFormerName" (
    "id" UUID NOT NULL,
    "tagId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagFormerName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TagFormerName_slug_key" ON "TagFormerName"("slug");

-- CreateIndex
CREATE INDEX "TagFormerName_tagId_idx" ON "TagFormerName"("tagId");

-- AddForeignKey
ALTER TABLE "TagFormerName" ADD CONSTRAINT "TagFormerName_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Raw: the type-ahead finds a tag by a former name as it finds one by its name.
CREATE INDEX "TagFormerName_name_trgm_idx" ON "TagFormerName" USING GIN (lower(parley_unaccent("name")) gin_trgm_ops);

-- Raw: renames made before this table existed are in the tags' revisions. Their old names become
-- former names, newest rename first, unless a live tag or a newer rename took that name since.
INSERT INTO "TagFormerName" ("id", "tagId", "slug", "name", "createdAt")
SELECT DISTINCT ON (r."before"->>'slug') gen_random_uuid(), t."id", r."before"->>'slug', r."before"->>'name', r."createdAt"
FROM "Revision" r
JOIN "Tag" t ON t."id"::text = r."entityId"
WHERE r."entityType" = 'Tag' AND r."action" = 'UPDATE'
  AND r."before"->>'slug' IS NOT NULL AND r."before"->>'slug' <> ''
  AND r."before"->>'slug' IS DISTINCT FROM r."after"->>'slug'
  AND NOT EXISTS (SELECT 1 FROM "Tag" live WHERE live."slug" = r."before"->>'slug')
ORDER BY r."before"->>'slug', r."createdAt" DESC
ON CONFLICT ("slug") DO NOTHING;
