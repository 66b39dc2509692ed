-- The registry's edit forms (issue 22): a person's and an organisation's Wikidata item, an
-- organisation's notes, and the version an edit form was opened at (a save from an older one is a
-- conflict, as with meetings).
ALTER TABLE "Person" ADD COLUMN "wikidataId" TEXT,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "Organization" ADD COLUMN "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN "wikidataId" TEXT,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
