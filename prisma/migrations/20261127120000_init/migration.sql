-- Parley's first schema. Written to match prisma/schema.prisma in Prisma's own style; the parts
-- Prisma cannot model (extensions, text search configuration, trigram and expression indexes,
-- check constraints, the search-vector functions and trigger) are at the end, marked "Raw".

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('MEETING', 'VISIT', 'TALKS', 'CALL', 'SIDELINES', 'MEDIATION');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('HOST', 'GUEST', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL DEFAULT 'MEETING',
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "date" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "place" TEXT,
    "locationCountryCode" CHAR(2),
    "summary" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "updatedById" TEXT,
    "deletedById" TEXT,
    "searchVector" tsvector,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingCountry" (
    "meetingId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "side" "Side",

    CONSTRAINT "MeetingCountry_pkey" PRIMARY KEY ("meetingId","countryCode")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "alpha3" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "demonyms" TEXT[],
    "variants" TEXT[],

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "sourceId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "countryCode" CHAR(2),
    "parentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationAlias" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "sourceId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organizationId" UUID,
    "countryCode" CHAR(2),
    "title" TEXT NOT NULL DEFAULT '',
    "side" "Side",
    "isDelegationLead" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "parentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTopic" (
    "meetingId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "MeetingTopic_pkey" PRIMARY KEY ("meetingId","topicId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTag" (
    "meetingId" UUID NOT NULL,
    "tagId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "MeetingTag_pkey" PRIMARY KEY ("meetingId","tagId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "publishedOn" DATE,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "searchVector" tsvector,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "field" TEXT,
    "participationId" UUID,
    "personId" UUID,
    "organizationId" UUID,
    "topicId" UUID,
    "countryCode" CHAR(2),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "action" "RevisionAction" NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMPTZ(3),
    "twoFactorEnabled" BOOLEAN NOT NULL DEFAULT false,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "impersonatedBy" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMPTZ(3),
    "refreshTokenExpiresAt" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "twoFactor" (
    "id" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "backupCodes" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "twoFactor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_date_id_idx" ON "Meeting"("date" DESC, "id" DESC);
CREATE INDEX "Meeting_title_id_idx" ON "Meeting"("title", "id");
CREATE INDEX "Meeting_updatedAt_idx" ON "Meeting"("updatedAt" DESC);
CREATE INDEX "Meeting_status_idx" ON "Meeting"("status");
CREATE INDEX "Meeting_kind_idx" ON "Meeting"("kind");
CREATE INDEX "Meeting_locationCountryCode_idx" ON "Meeting"("locationCountryCode");
CREATE INDEX "Meeting_createdById_idx" ON "Meeting"("createdById");
CREATE INDEX "Meeting_searchVector_idx" ON "Meeting" USING GIN ("searchVector");
CREATE INDEX "MeetingCountry_countryCode_meetingId_idx" ON "MeetingCountry"("countryCode", "meetingId");
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");
CREATE INDEX "Person_countryCode_idx" ON "Person"("countryCode");
CREATE INDEX "PersonAlias_sourceId_idx" ON "PersonAlias"("sourceId");
CREATE UNIQUE INDEX "PersonAlias_personId_alias_key" ON "PersonAlias"("personId", "alias");
CREATE INDEX "Organization_countryCode_idx" ON "Organization"("countryCode");
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");
CREATE INDEX "OrganizationAlias_sourceId_idx" ON "OrganizationAlias"("sourceId");
CREATE UNIQUE INDEX "OrganizationAlias_organizationId_alias_key" ON "OrganizationAlias"("organizationId", "alias");
CREATE INDEX "Participation_personId_idx" ON "Participation"("personId");
CREATE INDEX "Participation_organizationId_idx" ON "Participation"("organizationId");
CREATE INDEX "Participation_countryCode_idx" ON "Participation"("countryCode");
CREATE UNIQUE INDEX "Participation_meetingId_personId_key" ON "Participation"("meetingId", "personId");
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");
CREATE UNIQUE INDEX "Topic_name_key" ON "Topic"("name");
CREATE INDEX "Topic_parentId_idx" ON "Topic"("parentId");
CREATE INDEX "MeetingTopic_topicId_meetingId_idx" ON "MeetingTopic"("topicId", "meetingId");
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");
CREATE INDEX "MeetingTag_tagId_meetingId_idx" ON "MeetingTag"("tagId", "meetingId");
CREATE INDEX "Source_meetingId_idx" ON "Source"("meetingId");
CREATE INDEX "Source_url_idx" ON "Source"("url");
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");
CREATE INDEX "Evidence_meetingId_idx" ON "Evidence"("meetingId");
CREATE INDEX "Evidence_sourceId_idx" ON "Evidence"("sourceId");
CREATE INDEX "Evidence_participationId_idx" ON "Evidence"("participationId");
CREATE INDEX "Evidence_personId_idx" ON "Evidence"("personId");
CREATE INDEX "Evidence_organizationId_idx" ON "Evidence"("organizationId");
CREATE INDEX "Evidence_topicId_idx" ON "Evidence"("topicId");
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt" DESC);
CREATE INDEX "Revision_actorId_createdAt_idx" ON "Revision"("actorId", "createdAt" DESC);
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");
CREATE INDEX "session_userId_idx" ON "session"("userId");
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");
CREATE INDEX "account_userId_idx" ON "account"("userId");
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");
CREATE INDEX "twoFactor_userId_idx" ON "twoFactor"("userId");
CREATE INDEX "twoFactor_secret_idx" ON "twoFactor"("secret");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_locationCountryCode_fkey" FOREIGN KEY ("locationCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MeetingCountry" ADD CONSTRAINT "MeetingCountry_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MeetingCountry" ADD CONSTRAINT "MeetingCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OrganizationAlias" ADD CONSTRAINT "OrganizationAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MeetingTag" ADD CONSTRAINT "MeetingTag_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MeetingTag" ADD CONSTRAINT "MeetingTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MeetingTag" ADD CONSTRAINT "MeetingTag_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Source" ADD CONSTRAINT "Source_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Source" ADD CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "twoFactor" ADD CONSTRAINT "twoFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Raw: checks Prisma cannot express.
ALTER TABLE "user" ADD CONSTRAINT "user_role_check" CHECK ("role" IN ('admin', 'analyst', 'viewer'));
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_span_check" CHECK ("startOffset" >= 0 AND "endOffset" > "startOffset");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_version_check" CHECK ("version" >= 1);
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_position_check" CHECK ("position" >= 0);

-- Raw: accent-insensitive text search. `parley` is `simple` behind `unaccent` with English
-- stemming, so "Türkiye" finds "Turkiye" and "meetings" finds "meeting".
CREATE FUNCTION parley_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TEXT SEARCH CONFIGURATION parley (COPY = english);
ALTER TEXT SEARCH CONFIGURATION parley
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- Raw: source text is long, so its vector lives in its own row and is never ranked in bulk.
-- A trigger (not a generated column) so bulk loads can switch it off and fill vectors in parallel.
CREATE FUNCTION parley_source_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."searchVector" :=
        setweight(to_tsvector('parley', coalesce(NEW."title", '')), 'C') ||
        setweight(to_tsvector('parley', NEW."text"), 'D');
    RETURN NEW;
END $$;

CREATE TRIGGER "Source_searchVector_trigger"
    BEFORE INSERT OR UPDATE OF "title", "text" ON "Source"
    FOR EACH ROW EXECUTE FUNCTION parley_source_search_vector();

-- Raw: a meeting's own small, weighted vector. Called by the data layer after every write that
-- changes what it covers (lib/meetings/search-vector.ts) and once, set-wise, after bulk loads.
CREATE FUNCTION parley_meeting_search_vector(meeting_id uuid) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT
        setweight(to_tsvector('parley', coalesce(m."title", '')), 'A') ||
        setweight(to_tsvector('parley', coalesce((
            SELECT string_agg(concat_ws(' ', p."name", pa.aliases, o."name", o."acronym", pt."title"), ' ')
            FROM "Participation" pt
            JOIN "Person" p ON p."id" = pt."personId"
            LEFT JOIN "Organization" o ON o."id" = pt."organizationId"
            LEFT JOIN LATERAL (
                SELECT string_agg(a."alias", ' ') AS aliases FROM "PersonAlias" a WHERE a."personId" = p."id"
            ) pa ON true
            WHERE pt."meetingId" = m."id"), '')), 'B') ||
        setweight(to_tsvector('parley', coalesce((
            SELECT string_agg(t."name", ' ') FROM "MeetingTopic" mt JOIN "Topic" t ON t."id" = mt."topicId"
            WHERE mt."meetingId" = m."id"), '') || ' ' || coalesce((
            SELECT string_agg(t."name", ' ') FROM "MeetingTag" mt JOIN "Tag" t ON t."id" = mt."tagId"
            WHERE mt."meetingId" = m."id"), '')), 'B') ||
        setweight(to_tsvector('parley', concat_ws(' ', m."place", c."name", (
            SELECT string_agg(concat_ws(' ', mc2."name", array_to_string(mc2."demonyms", ' ')), ' ')
            FROM "MeetingCountry" mc JOIN "Country" mc2 ON mc2."code" = mc."countryCode"
            WHERE mc."meetingId" = m."id"))), 'C') ||
        setweight(to_tsvector('parley', concat_ws(' ', m."summary", m."outcome")), 'D')
    FROM "Meeting" m
    LEFT JOIN "Country" c ON c."code" = m."locationCountryCode"
    WHERE m."id" = meeting_id
$$;

-- Raw: trigram indexes for partial and misspelled names, on the accent-free lower-case form.
CREATE INDEX "Meeting_title_trgm_idx" ON "Meeting" USING GIN (lower(parley_unaccent("title")) gin_trgm_ops);
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIN (lower(parley_unaccent("name")) gin_trgm_ops);
CREATE INDEX "PersonAlias_alias_trgm_idx" ON "PersonAlias" USING GIN (lower(parley_unaccent("alias")) gin_trgm_ops);
CREATE INDEX "Organization_name_trgm_idx" ON "Organization" USING GIN (lower(parley_unaccent("name")) gin_trgm_ops);
CREATE INDEX "OrganizationAlias_alias_trgm_idx" ON "OrganizationAlias" USING GIN (lower(parley_unaccent("alias")) gin_trgm_ops);
CREATE INDEX "Topic_name_trgm_idx" ON "Topic" USING GIN (lower(parley_unaccent("name")) gin_trgm_ops);
CREATE INDEX "Tag_name_trgm_idx" ON "Tag" USING GIN (lower(parley_unaccent("name")) gin_trgm_ops);

-- Raw: the list's hot path skips soft-deleted meetings; a partial index keeps that cheap.
CREATE INDEX "Meeting_live_date_idx" ON "Meeting"("date" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
