-- Raw: the meeting's date beside its match vector, so a search's most recent matches are sorted
-- from this narrow table and only those few are joined to "Meeting". Before, every match was
-- joined to its meeting for its date: 50,000 primary-key visits for a word in 5 % of a million
-- meetings, most of a second, to rank the newest 1,000 (lib/meetings/search/newest-first.ts).

-- AlterTable
ALTER TABLE "MeetingMatch" ADD COLUMN "date" DATE;

-- Raw: filled with the GIN index dropped and rebuilt: the update cannot be HOT on full pages, and
-- maintaining the index row by row would insert every vector again.
DROP INDEX "MeetingMatch_matchVector_idx";
UPDATE "MeetingMatch" s SET "date" = m."date" FROM "Meeting" m WHERE m."id" = s."meetingId" AND m."date" IS NOT NULL;
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX "MeetingMatch_matchVector_idx" ON "MeetingMatch" USING GIN ("matchVector");

-- Raw: writes of the vectors carry the date along.
CREATE OR REPLACE FUNCTION parley_refresh_search_vectors(first_id uuid, last_id uuid) RETURNS void
    LANGUAGE sql AS $$
    UPDATE "Meeting" SET "searchVector" = parley_meeting_search_vector("id")
    WHERE "id" BETWEEN first_id AND last_id;
    INSERT INTO "MeetingMatch" ("meetingId", "matchVector", "date")
    SELECT m."id", parley_meeting_match_vector(m."id", m."searchVector"), m."date" FROM "Meeting" m
    WHERE m."id" BETWEEN first_id AND last_id
    ON CONFLICT ("meetingId") DO UPDATE SET "matchVector" = excluded."matchVector", "date" = excluded."date";
$$;

-- Raw: a trigger keeps the copy equal to the meeting's date whatever writes it (the write path
-- also refreshes the vectors, but a restore or an operator's UPDATE might not), so ordering by
-- it can never disagree with ordering by "Meeting"."date".
CREATE FUNCTION parley_meeting_match_date() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "MeetingMatch" SET "date" = NEW."date" WHERE "meetingId" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "Meeting_match_date"
    AFTER UPDATE OF "date" ON "Meeting"
    FOR EACH ROW WHEN (OLD."date" IS DISTINCT FROM NEW."date") EXECUTE FUNCTION parley_meeting_match_date();
