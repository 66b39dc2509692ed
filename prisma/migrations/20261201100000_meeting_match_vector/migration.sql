-- Raw: one vector per meeting with everything a search matches, so a search is one GIN probe on
-- "Meeting" instead of a probe on "Source" whose matching rows (20,000-100,000 for a word in a few
-- per cent of two million sources) were read and joined back to their meetings one by one.
-- "searchVector" stays the small, weighted vector that ranks; "matchVector" is never ranked.

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

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "matchVector" tsvector;

-- Raw: both vectors of the meetings whose ids lie between first_id and last_id, in one write per
-- row. The data layer calls it after every write that changes what they cover
-- (lib/meetings/search-vector.ts, with first_id = last_id); bulk loads call it per batch.
CREATE FUNCTION parley_refresh_search_vectors(first_id uuid, last_id uuid) RETURNS void
    LANGUAGE sql AS $$
    UPDATE "Meeting" m SET "searchVector" = v."own", "matchVector" = parley_meeting_match_vector(m."id", v."own")
    FROM (SELECT "id", parley_meeting_search_vector("id") AS "own" FROM "Meeting"
          WHERE "id" BETWEEN first_id AND last_id) v
    WHERE m."id" = v."id"
$$;

-- Raw: existing meetings, computed once (minutes at a million meetings).
UPDATE "Meeting" SET "matchVector" = parley_meeting_match_vector("id", "searchVector");

-- CreateIndex (with room to sort: the default 64 MB builds a large GIN index in many small passes)
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX "Meeting_matchVector_idx" ON "Meeting" USING GIN ("matchVector");

-- DropIndex: every search goes through "matchVector" now. Each source's vector stays, so a
-- meeting's match vector is rebuilt without parsing its sources' text again, and each meeting's
-- own vector stays for ranking; neither is searched through an index any more.
DROP INDEX "Source_searchVector_idx";
DROP INDEX "Meeting_searchVector_idx";
