-- Raw: the registry's counts (issue 22). Each person, organisation, country and topic has one row
-- with how many live meetings (not in the trash; drafts count, as on the entity pages) it is in and
-- the date of the latest. Counting millions of participations on every index page will not do, so
-- PostgreSQL keeps the rows itself, whatever writes the links (the unit of work, merges, bulk loads,
-- an operator's UPDATE):
--  1. statement triggers on "Participation", "MeetingCountry" and "MeetingTopic" and row triggers on
--     "Meeting" (trash, restore, date, delete) work out, for each (entity, meeting) pair a statement
--     touched, whether the pair counted before and counts after, and append the difference to
--     "RegistryStatsChange" as one row per statement — a plain insert, no lock on a shared row;
--  2. a deferred constraint trigger folds the transaction's differences into the stats rows at
--     commit, in kind and key order: a save holds the hot rows ("CN", a foreign minister) only for
--     the moment of its commit, and two commits never lock them in opposite orders;
--  3. the latest date only rises on an addition; when a removal takes away a meeting on the latest
--     date, the latest is looked up again (cheaply: see parley_registry_latest).
-- The invariant, checked by lib/registry/stats.integration.test.ts against a count from scratch:
-- a row's figures are those of its live meetings as of the last commit.

CREATE TABLE "PersonMeetingStats" (
    "personId" UUID NOT NULL,
    "meetings" INTEGER NOT NULL DEFAULT 0,
    "lastMetOn" DATE,
    CONSTRAINT "PersonMeetingStats_pkey" PRIMARY KEY ("personId"),
    CONSTRAINT "PersonMeetingStats_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "PersonMeetingStats_meetings_personId_idx" ON "PersonMeetingStats" ("meetings" DESC, "personId");
-- Both directions keep the never-met last, so each has its own index.
CREATE INDEX "PersonMeetingStats_lastMetOn_desc_idx" ON "PersonMeetingStats" ("lastMetOn" DESC NULLS LAST, "personId");
CREATE INDEX "PersonMeetingStats_lastMetOn_asc_idx" ON "PersonMeetingStats" ("lastMetOn" ASC NULLS LAST, "personId");

CREATE TABLE "OrganizationMeetingStats" (
    "organizationId" UUID NOT NULL,
    "meetings" INTEGER NOT NULL DEFAULT 0,
    "lastMetOn" DATE,
    CONSTRAINT "OrganizationMeetingStats_pkey" PRIMARY KEY ("organizationId"),
    CONSTRAINT "OrganizationMeetingStats_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "OrganizationMeetingStats_meetings_organizationId_idx" ON "OrganizationMeetingStats" ("meetings" DESC, "organizationId");
-- Both directions keep the never-met last, so each has its own index.
CREATE INDEX "OrganizationMeetingStats_lastMetOn_desc_idx" ON "OrganizationMeetingStats" ("lastMetOn" DESC NULLS LAST, "organizationId");
CREATE INDEX "OrganizationMeetingStats_lastMetOn_asc_idx" ON "OrganizationMeetingStats" ("lastMetOn" ASC NULLS LAST, "organizationId");

CREATE TABLE "CountryMeetingStats" (
    "countryCode" CHAR(2) NOT NULL,
    "meetings" INTEGER NOT NULL DEFAULT 0,
    "lastMetOn" DATE,
    CONSTRAINT "CountryMeetingStats_pkey" PRIMARY KEY ("countryCode"),
    CONSTRAINT "CountryMeetingStats_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "TopicMeetingStats" (
    "topicId" UUID NOT NULL,
    "meetings" INTEGER NOT NULL DEFAULT 0,
    "lastMetOn" DATE,
    CONSTRAINT "TopicMeetingStats_pkey" PRIMARY KEY ("topicId"),
    CONSTRAINT "TopicMeetingStats_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Raw: empty outside a transaction. One row per statement that changed some entity's figures:
-- `changes` is an array of {kind, key, meetings (+1/-1/0), raisedTo, lowerFrom}, where "raisedTo"
-- is the date of a meeting that now counts (the latest can only rise to it) and "lowerFrom" the date
-- of one that no longer does (the latest must be looked up again if it was that date). One row per
-- statement rather than per entity: the folding trigger fires once per row.
CREATE TABLE "RegistryStatsChange" (
    "id" BIGSERIAL NOT NULL,
    "changes" JSONB NOT NULL,
    CONSTRAINT "RegistryStatsChange_pkey" PRIMARY KEY ("id")
);

-- Sorting the registry by name.
CREATE INDEX "Person_name_id_idx" ON "Person" ("name", "id");
CREATE INDEX "Organization_name_id_idx" ON "Organization" ("name", "id");

-- ---------------------------------------------------------------------------------------------
-- 1. Differences per statement
-- ---------------------------------------------------------------------------------------------

-- Raw: the pairs a statement touched, with how many link rows of each it added (new) and removed
-- (old), judged against the links as they are after the statement: a pair counts when its meeting
-- is live and has at least one link (an organisation has one per participant, so "at least one").
-- A meeting already gone (deleted, its links cascading) is skipped: its BEFORE DELETE trigger took
-- it out while it could still be read.
CREATE FUNCTION parley_registry_enqueue(pairs jsonb) RETURNS void
    LANGUAGE sql AS $$
    WITH touched AS (
        SELECT e->>'kind' AS kind, e->>'key' AS key, (e->>'meetingId')::uuid AS "meetingId", sum((e->>'d')::int) AS net
        FROM jsonb_array_elements(pairs) e
        GROUP BY 1, 2, 3
    ),
    judged AS (
        SELECT t.kind, t.key, m."date", now_n.n > 0 AS after, (now_n.n - t.net) > 0 AS before
        FROM touched t
        JOIN "Meeting" m ON m."id" = t."meetingId" AND m."deletedAt" IS NULL
        CROSS JOIN LATERAL (
            SELECT CASE t.kind
                WHEN 'person' THEN (SELECT count(*) FROM "Participation" x WHERE x."meetingId" = t."meetingId" AND x."personId" = t.key::uuid)
                WHEN 'organization' THEN (SELECT count(*) FROM "Participation" x WHERE x."meetingId" = t."meetingId" AND x."organizationId" = t.key::uuid)
                WHEN 'country' THEN (SELECT count(*) FROM "MeetingCountry" x WHERE x."meetingId" = t."meetingId" AND x."countryCode" = t.key)
                WHEN 'topic' THEN (SELECT count(*) FROM "MeetingTopic" x WHERE x."meetingId" = t."meetingId" AND x."topicId" = t.key::uuid)
            END AS n
        ) now_n
    )
    INSERT INTO "RegistryStatsChange" ("changes")
    SELECT jsonb_agg(jsonb_build_object('kind', kind, 'key', key, 'meetings', after::int - before::int,
                                        'raisedTo', CASE WHEN after THEN "date" END,
                                        'lowerFrom', CASE WHEN before AND NOT after THEN "date" END))
    FROM judged WHERE after <> before
    HAVING count(*) > 0;
$$;

CREATE FUNCTION parley_registry_participation_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    pairs jsonb := '[]'::jsonb;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        pairs := pairs || coalesce((SELECT jsonb_agg(x) FROM (
            SELECT 'person' AS kind, o."personId"::text AS key, o."meetingId", -1 AS d FROM old_rows o
            UNION ALL
            SELECT 'organization', o."organizationId"::text, o."meetingId", -1 FROM old_rows o WHERE o."organizationId" IS NOT NULL
        ) x), '[]'::jsonb);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        pairs := pairs || coalesce((SELECT jsonb_agg(x) FROM (
            SELECT 'person' AS kind, n."personId"::text AS key, n."meetingId", 1 AS d FROM new_rows n
            UNION ALL
            SELECT 'organization', n."organizationId"::text, n."meetingId", 1 FROM new_rows n WHERE n."organizationId" IS NOT NULL
        ) x), '[]'::jsonb);
    END IF;
    PERFORM parley_registry_enqueue(pairs);
    RETURN NULL;
END
$$;

CREATE TRIGGER "Participation_registry_insert" AFTER INSERT ON "Participation"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_participation_changed();
CREATE TRIGGER "Participation_registry_update" AFTER UPDATE ON "Participation"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_participation_changed();
CREATE TRIGGER "Participation_registry_delete" AFTER DELETE ON "Participation"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_participation_changed();

-- Raw: a meeting's countries and topics alike; the trigger names the kind and the key column.
CREATE FUNCTION parley_registry_meeting_list_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    kind text := TG_ARGV[0];
    key_column text := TG_ARGV[1];
    pairs jsonb := '[]'::jsonb;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        pairs := pairs || coalesce((SELECT jsonb_agg(jsonb_build_object('kind', kind, 'key', to_jsonb(o)->>key_column, 'meetingId', o."meetingId", 'd', -1)) FROM old_rows o), '[]'::jsonb);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        pairs := pairs || coalesce((SELECT jsonb_agg(jsonb_build_object('kind', kind, 'key', to_jsonb(n)->>key_column, 'meetingId', n."meetingId", 'd', 1)) FROM new_rows n), '[]'::jsonb);
    END IF;
    PERFORM parley_registry_enqueue(pairs);
    RETURN NULL;
END
$$;

CREATE TRIGGER "MeetingCountry_registry_insert" AFTER INSERT ON "MeetingCountry"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_meeting_list_changed('country', 'countryCode');
CREATE TRIGGER "MeetingCountry_registry_update" AFTER UPDATE ON "MeetingCountry"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_meeting_list_changed('country', 'countryCode');
CREATE TRIGGER "MeetingCountry_registry_delete" AFTER DELETE ON "MeetingCountry"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_meeting_list_changed('country', 'countryCode');
CREATE TRIGGER "MeetingTopic_registry_insert" AFTER INSERT ON "MeetingTopic"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_meeting_list_changed('topic', 'topicId');
CREATE TRIGGER "MeetingTopic_registry_update" AFTER UPDATE ON "MeetingTopic"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_meeting_list_changed('topic', 'topicId');
CREATE TRIGGER "MeetingTopic_registry_delete" AFTER DELETE ON "MeetingTopic"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_meeting_list_changed('topic', 'topicId');

-- Raw: every entity a meeting counts for, once each.
CREATE FUNCTION parley_registry_meeting_links(meeting_id uuid) RETURNS TABLE ("kind" text, "key" text)
    LANGUAGE sql STABLE AS $$
    SELECT 'person', "personId"::text FROM "Participation" WHERE "meetingId" = meeting_id
    UNION
    SELECT 'organization', "organizationId"::text FROM "Participation" WHERE "meetingId" = meeting_id AND "organizationId" IS NOT NULL
    UNION
    SELECT 'country', "countryCode"::text FROM "MeetingCountry" WHERE "meetingId" = meeting_id
    UNION
    SELECT 'topic', "topicId"::text FROM "MeetingTopic" WHERE "meetingId" = meeting_id;
$$;

-- Raw: trash, restore and a new date change what a meeting's links count for; a hard delete is
-- taken out BEFORE the row goes, while its links can still be read.
CREATE FUNCTION parley_registry_meeting_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    was_live boolean := OLD."deletedAt" IS NULL;
    is_live boolean := TG_OP = 'UPDATE' AND NEW."deletedAt" IS NULL;
    new_date date := CASE WHEN TG_OP = 'UPDATE' THEN NEW."date" END;
BEGIN
    IF was_live OR is_live THEN
        INSERT INTO "RegistryStatsChange" ("changes")
        SELECT jsonb_agg(jsonb_build_object('kind', l."kind", 'key', l."key", 'meetings', is_live::int - was_live::int,
               'raisedTo', CASE WHEN is_live THEN new_date END,
               'lowerFrom', CASE WHEN was_live AND (NOT is_live OR OLD."date" IS DISTINCT FROM new_date) THEN OLD."date" END))
        FROM parley_registry_meeting_links(OLD."id") l
        HAVING count(*) > 0;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Meeting_registry_update" AFTER UPDATE OF "deletedAt", "date" ON "Meeting"
    FOR EACH ROW WHEN (OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."date" IS DISTINCT FROM NEW."date")
    EXECUTE FUNCTION parley_registry_meeting_changed();
CREATE TRIGGER "Meeting_registry_delete" BEFORE DELETE ON "Meeting"
    FOR EACH ROW EXECUTE FUNCTION parley_registry_meeting_changed();

-- ---------------------------------------------------------------------------------------------
-- 2. Folding the differences in at commit
-- ---------------------------------------------------------------------------------------------

-- Raw: whether one meeting links to an entity: one probe of a primary or unique key.
CREATE FUNCTION parley_registry_links(entity_kind text, entity_key text, meeting_id uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF entity_kind = 'person' THEN
        RETURN EXISTS (SELECT 1 FROM "Participation" x WHERE x."meetingId" = meeting_id AND x."personId" = entity_key::uuid);
    ELSIF entity_kind = 'organization' THEN
        RETURN EXISTS (SELECT 1 FROM "Participation" x WHERE x."meetingId" = meeting_id AND x."organizationId" = entity_key::uuid);
    ELSIF entity_kind = 'country' THEN
        RETURN EXISTS (SELECT 1 FROM "MeetingCountry" x WHERE x."meetingId" = meeting_id AND x."countryCode" = entity_key);
    END IF;
    RETURN EXISTS (SELECT 1 FROM "MeetingTopic" x WHERE x."meetingId" = meeting_id AND x."topicId" = entity_key::uuid);
END
$$;

-- Raw: the latest live meeting of an entity on or before `below` (its latest date before a removal).
-- First the meetings of that day (a save puts back the links it rewrote, or another meeting that day
-- still counts): a dozen probes whatever the entity's size. Then a small entity reads its own links;
-- a large one walks the meetings newest first and stops at the first of its own (an entity in one
-- meeting in 500 is met within ~500 probes). Loops, not joins: the planner turned both into a read
-- of every link of the entity (17,000 for the most-met person, 100-300 ms) as often as not.
CREATE FUNCTION parley_registry_latest(entity_kind text, entity_key text, below date, large boolean) RETURNS date
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    latest date;
    candidate record;
BEGIN
    FOR candidate IN SELECT m."id" FROM "Meeting" m WHERE m."date" = below AND m."deletedAt" IS NULL LOOP
        IF parley_registry_links(entity_kind, entity_key, candidate."id") THEN RETURN below; END IF;
    END LOOP;
    -- The walk's LIMIT keeps the planner on the date index (without one it sorted every meeting
    -- first); an entity not met within it falls through to reading its own links.
    IF large THEN
        FOR candidate IN SELECT m."id", m."date" FROM "Meeting" m WHERE m."date" < below AND m."deletedAt" IS NULL ORDER BY m."date" DESC LIMIT 5000 LOOP
            IF parley_registry_links(entity_kind, entity_key, candidate."id") THEN RETURN candidate."date"; END IF;
        END LOOP;
    END IF;
    IF entity_kind = 'person' THEN
        SELECT max(m."date") INTO latest FROM "Participation" x JOIN "Meeting" m ON m."id" = x."meetingId" AND m."deletedAt" IS NULL WHERE x."personId" = entity_key::uuid;
    ELSIF entity_kind = 'organization' THEN
        SELECT max(m."date") INTO latest FROM "Participation" x JOIN "Meeting" m ON m."id" = x."meetingId" AND m."deletedAt" IS NULL WHERE x."organizationId" = entity_key::uuid;
    ELSIF entity_kind = 'country' THEN
        SELECT max(m."date") INTO latest FROM "MeetingCountry" x JOIN "Meeting" m ON m."id" = x."meetingId" AND m."deletedAt" IS NULL WHERE x."countryCode" = entity_key;
    ELSE
        SELECT max(m."date") INTO latest FROM "MeetingTopic" x JOIN "Meeting" m ON m."id" = x."meetingId" AND m."deletedAt" IS NULL WHERE x."topicId" = entity_key::uuid;
    END IF;
    RETURN latest;
END
$$;

-- Above this many meetings an entity's latest date is found by walking the newest meetings.
CREATE FUNCTION parley_registry_large() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 2000 $$;

CREATE FUNCTION parley_registry_apply() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    folded jsonb;
    item jsonb;
    current_meetings integer;
    current_latest date;
BEGIN
    -- The trigger fires once per queued row; the first firing folds them all and notes the last
    -- id it took, so the others return at once.
    IF NEW."id" <= coalesce(nullif(current_setting('parley.registry_folded_upto', true), '')::bigint, 0) THEN
        RETURN NULL;
    END IF;
    -- Only this transaction's rows are visible: every other one folds and deletes its own before
    -- it commits.
    WITH gone AS (DELETE FROM "RegistryStatsChange" RETURNING "id", "changes"),
    noted AS (SELECT set_config('parley.registry_folded_upto', coalesce(max("id"), NEW."id")::text, true) FROM gone),
    diffs AS (SELECT e FROM gone, jsonb_array_elements(gone."changes") e)
    SELECT jsonb_agg(jsonb_build_object('kind', kind, 'key', key, 'meetings', meetings, 'raisedTo', raised, 'lowerFrom', lowered) ORDER BY kind, key)
    INTO folded
    FROM (SELECT e->>'kind' AS kind, e->>'key' AS key, sum((e->>'meetings')::int)::int AS meetings,
                 max((e->>'raisedTo')::date) AS raised, max((e->>'lowerFrom')::date) AS lowered
          FROM diffs GROUP BY 1, 2) g, noted;
    IF folded IS NULL THEN RETURN NULL; END IF;

    -- Set-wise per kind, each in key order, so two commits never wait on each other's rows in
    -- opposite orders. An entity deleted in this transaction has no row to fold into: skipped.
    WITH f AS (SELECT (v->>'key')::uuid AS key, (v->>'meetings')::int AS meetings, (v->>'raisedTo')::date AS raised
               FROM jsonb_array_elements(folded) v WHERE v->>'kind' = 'person')
    INSERT INTO "PersonMeetingStats" AS s ("personId", "meetings", "lastMetOn")
    SELECT f.key, f.meetings, f.raised FROM f JOIN "Person" e ON e."id" = f.key ORDER BY f.key
    ON CONFLICT ("personId") DO UPDATE SET "meetings" = s."meetings" + excluded."meetings", "lastMetOn" = greatest(s."lastMetOn", excluded."lastMetOn");
    WITH f AS (SELECT (v->>'key')::uuid AS key, (v->>'meetings')::int AS meetings, (v->>'raisedTo')::date AS raised
               FROM jsonb_array_elements(folded) v WHERE v->>'kind' = 'organization')
    INSERT INTO "OrganizationMeetingStats" AS s ("organizationId", "meetings", "lastMetOn")
    SELECT f.key, f.meetings, f.raised FROM f JOIN "Organization" e ON e."id" = f.key ORDER BY f.key
    ON CONFLICT ("organizationId") DO UPDATE SET "meetings" = s."meetings" + excluded."meetings", "lastMetOn" = greatest(s."lastMetOn", excluded."lastMetOn");
    WITH f AS (SELECT v->>'key' AS key, (v->>'meetings')::int AS meetings, (v->>'raisedTo')::date AS raised
               FROM jsonb_array_elements(folded) v WHERE v->>'kind' = 'country')
    INSERT INTO "CountryMeetingStats" AS s ("countryCode", "meetings", "lastMetOn")
    SELECT f.key, f.meetings, f.raised FROM f JOIN "Country" e ON e."code" = f.key ORDER BY f.key
    ON CONFLICT ("countryCode") DO UPDATE SET "meetings" = s."meetings" + excluded."meetings", "lastMetOn" = greatest(s."lastMetOn", excluded."lastMetOn");
    WITH f AS (SELECT (v->>'key')::uuid AS key, (v->>'meetings')::int AS meetings, (v->>'raisedTo')::date AS raised
               FROM jsonb_array_elements(folded) v WHERE v->>'kind' = 'topic')
    INSERT INTO "TopicMeetingStats" AS s ("topicId", "meetings", "lastMetOn")
    SELECT f.key, f.meetings, f.raised FROM f JOIN "Topic" e ON e."id" = f.key ORDER BY f.key
    ON CONFLICT ("topicId") DO UPDATE SET "meetings" = s."meetings" + excluded."meetings", "lastMetOn" = greatest(s."lastMetOn", excluded."lastMetOn");

    -- A meeting on an entity's latest date stopped counting: the latest is what is left on or
    -- before that date. Rare (a bulk load never removes), so one entity at a time.
    FOR item IN SELECT v FROM jsonb_array_elements(folded) v WHERE v->>'lowerFrom' IS NOT NULL LOOP
        CASE item->>'kind'
            WHEN 'person' THEN SELECT "meetings", "lastMetOn" INTO current_meetings, current_latest FROM "PersonMeetingStats" WHERE "personId" = (item->>'key')::uuid;
            WHEN 'organization' THEN SELECT "meetings", "lastMetOn" INTO current_meetings, current_latest FROM "OrganizationMeetingStats" WHERE "organizationId" = (item->>'key')::uuid;
            WHEN 'country' THEN SELECT "meetings", "lastMetOn" INTO current_meetings, current_latest FROM "CountryMeetingStats" WHERE "countryCode" = item->>'key';
            ELSE SELECT "meetings", "lastMetOn" INTO current_meetings, current_latest FROM "TopicMeetingStats" WHERE "topicId" = (item->>'key')::uuid;
        END CASE;
        IF FOUND AND current_latest IS NOT NULL AND current_latest <= (item->>'lowerFrom')::date THEN
            current_latest := CASE WHEN current_meetings = 0 THEN NULL
                ELSE parley_registry_latest(item->>'kind', item->>'key', current_latest, current_meetings > parley_registry_large()) END;
            CASE item->>'kind'
                WHEN 'person' THEN UPDATE "PersonMeetingStats" SET "lastMetOn" = current_latest WHERE "personId" = (item->>'key')::uuid;
                WHEN 'organization' THEN UPDATE "OrganizationMeetingStats" SET "lastMetOn" = current_latest WHERE "organizationId" = (item->>'key')::uuid;
                WHEN 'country' THEN UPDATE "CountryMeetingStats" SET "lastMetOn" = current_latest WHERE "countryCode" = item->>'key';
                ELSE UPDATE "TopicMeetingStats" SET "lastMetOn" = current_latest WHERE "topicId" = (item->>'key')::uuid;
            END CASE;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "RegistryStatsChange_apply" AFTER INSERT ON "RegistryStatsChange"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_registry_apply();

-- ---------------------------------------------------------------------------------------------
-- 3. A row for every entity, so sorting by meetings lists the never-met too (at zero)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION parley_registry_entity_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    CASE TG_TABLE_NAME
        WHEN 'Person' THEN INSERT INTO "PersonMeetingStats" ("personId") SELECT "id" FROM new_rows ON CONFLICT DO NOTHING;
        WHEN 'Organization' THEN INSERT INTO "OrganizationMeetingStats" ("organizationId") SELECT "id" FROM new_rows ON CONFLICT DO NOTHING;
        WHEN 'Country' THEN INSERT INTO "CountryMeetingStats" ("countryCode") SELECT "code" FROM new_rows ON CONFLICT DO NOTHING;
        WHEN 'Topic' THEN INSERT INTO "TopicMeetingStats" ("topicId") SELECT "id" FROM new_rows ON CONFLICT DO NOTHING;
    END CASE;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Person_registry_added" AFTER INSERT ON "Person" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_entity_added();
CREATE TRIGGER "Organization_registry_added" AFTER INSERT ON "Organization" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_entity_added();
CREATE TRIGGER "Country_registry_added" AFTER INSERT ON "Country" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_entity_added();
CREATE TRIGGER "Topic_registry_added" AFTER INSERT ON "Topic" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_registry_entity_added();

-- ---------------------------------------------------------------------------------------------
-- 4. Counting from scratch: the backfill here, and the yardstick the tests hold the rows to
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION parley_registry_counted(kind text) RETURNS TABLE ("key" text, "meetings" integer, "lastMetOn" date)
    LANGUAGE sql STABLE AS $$
    WITH links AS (
        SELECT DISTINCT l.key, l."meetingId" FROM (
            SELECT "personId"::text AS key, "meetingId" FROM "Participation" WHERE kind = 'person'
            UNION ALL SELECT "organizationId"::text, "meetingId" FROM "Participation" WHERE kind = 'organization' AND "organizationId" IS NOT NULL
            UNION ALL SELECT "countryCode"::text, "meetingId" FROM "MeetingCountry" WHERE kind = 'country'
            UNION ALL SELECT "topicId"::text, "meetingId" FROM "MeetingTopic" WHERE kind = 'topic'
        ) l
    )
    SELECT l.key, count(*)::int, max(m."date")
    FROM links l JOIN "Meeting" m ON m."id" = l."meetingId" AND m."deletedAt" IS NULL
    GROUP BY l.key;
$$;

INSERT INTO "PersonMeetingStats" ("personId", "meetings", "lastMetOn")
SELECT p."id", coalesce(c."meetings", 0), c."lastMetOn" FROM "Person" p LEFT JOIN parley_registry_counted('person') c ON c.key = p."id"::text;
INSERT INTO "OrganizationMeetingStats" ("organizationId", "meetings", "lastMetOn")
SELECT o."id", coalesce(c."meetings", 0), c."lastMetOn" FROM "Organization" o LEFT JOIN parley_registry_counted('organization') c ON c.key = o."id"::text;
INSERT INTO "CountryMeetingStats" ("countryCode", "meetings", "lastMetOn")
SELECT x."code", coalesce(c."meetings", 0), c."lastMetOn" FROM "Country" x LEFT JOIN parley_registry_counted('country') c ON c.key = x."code"::text;
INSERT INTO "TopicMeetingStats" ("topicId", "meetings", "lastMetOn")
SELECT t."id", coalesce(c."meetings", 0), c."lastMetOn" FROM "Topic" t LEFT JOIN parley_registry_counted('topic') c ON c.key = t."id"::text;
