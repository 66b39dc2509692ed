-- Raw: one vector per meeting with everything a search matches, so a search is one GIN probe
-- instead of a probe on "Source" whose matching rows (20,000-100,000 for a word in a few per cent
-- of two million sources) were read and joined back to their meetings one by one.
-- "Meeting"."searchVector" stays the small, weighted vector that ranks; the match vector is never
-- ranked. It lives in a narrow table of its own, long vectors stored out of line
-- (toast_tuple_target): a word in 5 % of a million meetings visits 50,000 rows, and on "Meeting"
-- (2.4 GB) those visits missed the cache; here the table is 300 MB at a million meetings.

-- Raw: tsvector has no aggregate; `||` (tsvector_concat) folds a meeting's sources into one.
CREATE AGGREGATE parley_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Raw: a meeting's own vector followed by each of its sources' vectors. Positions are kept (and
-- shifted by `||`) so a quoted phrase still means adjacent words.
CREATE FUNCTION parley_meeting_match_vector(meeting_id uuid, own tsvector) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(own, ''::tsvector) || coalesce((
        SELECT parley_tsvector_agg(s."searchVector" ORDER BY s."id") FROM "Source" s
        WHERE s."meetingId" = meeting_id), ''::tsvector)
$$;

-- CreateTable
CREATE TABLE "MeetingMatch" (
    "meetingId" UUID NOT NULL,
    "matchVector" tsvector NOT NULL,

    CONSTRAINT "MeetingMatch_pkey" PRIMARY KEY ("meetingId")
) WITH (toast_tuple_target = 128);

-- AddForeignKey
ALTER TABLE "MeetingMatch" ADD CONSTRAINT "MeetingMatch_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Raw: both vectors of the meetings whose ids lie between first_id and last_id. The data layer
-- calls it after every write that changes what they cover (lib/meetings/search-vector.ts, with
-- first_id = last_id); bulk loads call it per batch.
CREATE FUNCTION parley_refresh_search_vectors(first_id uuid, last_id uuid) RETURNS void
    LANGUAGE sql AS $$
    UPDATE "Meeting" SET "searchVector" = parley_meeting_search_vector("id")
    WHERE "id" BETWEEN first_id AND last_id;
    INSERT INTO "MeetingMatch" ("meetingId", "matchVector")
    SELECT m."id", parley_meeting_match_vector(m."id", m."searchVector") FROM "Meeting" m
    WHERE m."id" BETWEEN first_id AND last_id
    ON CONFLICT ("meetingId") DO UPDATE SET "matchVector" = excluded."matchVector";
$$;

-- Raw: existing meetings, computed once (about 7 minutes at a million meetings).
INSERT INTO "MeetingMatch" ("meetingId", "matchVector")
SELECT m."id", parley_meeting_match_vector(m."id", m."searchVector") FROM "Meeting" m;

-- CreateIndex (with room to sort: the default 64 MB builds a large GIN index in many small passes)
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX "MeetingMatch_matchVector_idx" ON "MeetingMatch" USING GIN ("matchVector");

-- DropIndex: every search goes through "MeetingMatch" now. Each source's vector stays, so a
-- meeting's match vector is rebuilt without parsing its sources' text again, and each meeting's
-- own vector stays for ranking; neither is searched through an index any more.
DROP INDEX "Source_searchVector_idx";
DROP INDEX "Meeting_searchVector_idx";
