-- Raw: the search rows of any set of meetings, in one statement. The unit of work
-- (lib/meetings/write/unit-of-work.ts) refreshes every meeting a change touched, and a change to a
-- person's spelling or a tag's name touches every meeting that shows them: thousands at once,
-- which the id-range function cannot name.
CREATE FUNCTION parley_refresh_meeting_search(ids uuid[]) RETURNS void
    LANGUAGE sql AS $$
    UPDATE "Meeting" SET "searchVector" = parley_meeting_search_vector("id")
    WHERE "id" = ANY(ids);
    INSERT INTO "MeetingMatch" ("meetingId", "matchVector", "date")
    SELECT m."id", parley_meeting_match_vector(m."id", m."searchVector"), m."date" FROM "Meeting" m
    WHERE m."id" = ANY(ids)
    ON CONFLICT ("meetingId") DO UPDATE SET "matchVector" = excluded."matchVector", "date" = excluded."date";
$$;

-- Raw: the same meeting always gets the same vector. Names were aggregated in whatever order the
-- rows were read, so a recomputation after an unrelated update could shift their positions (and
-- a phrase spanning two names could match or not by chance). Now in the record's order.
CREATE OR REPLACE FUNCTION parley_meeting_search_vector(meeting_id uuid) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT
        setweight(to_tsvector('parley', coalesce(m."title", '')), 'A') ||
        setweight(to_tsvector('parley', coalesce((
            SELECT string_agg(concat_ws(' ', p."name", pa.aliases, o."name", o."acronym", pt."title"), ' ' ORDER BY pt."position", pt."id")
            FROM "Participation" pt
            JOIN "Person" p ON p."id" = pt."personId"
            LEFT JOIN "Organization" o ON o."id" = pt."organizationId"
            LEFT JOIN LATERAL (
                SELECT string_agg(a."alias", ' ' ORDER BY a."alias", a."id") AS aliases FROM "PersonAlias" a WHERE a."personId" = p."id"
            ) pa ON true
            WHERE pt."meetingId" = m."id"), '')), 'B') ||
        setweight(to_tsvector('parley', coalesce((
            SELECT string_agg(t."name", ' ' ORDER BY t."name", t."id") FROM "MeetingTopic" mt JOIN "Topic" t ON t."id" = mt."topicId"
            WHERE mt."meetingId" = m."id"), '') || ' ' || coalesce((
            SELECT string_agg(t."name", ' ' ORDER BY t."slug", t."id") FROM "MeetingTag" mt JOIN "Tag" t ON t."id" = mt."tagId"
            WHERE mt."meetingId" = m."id"), '')), 'B') ||
        setweight(to_tsvector('parley', concat_ws(' ', m."place", c."name", (
            SELECT string_agg(concat_ws(' ', mc2."name", array_to_string(mc2."demonyms", ' ')), ' ' ORDER BY mc."countryCode")
            FROM "MeetingCountry" mc JOIN "Country" mc2 ON mc2."code" = mc."countryCode"
            WHERE mc."meetingId" = m."id"))), 'C') ||
        setweight(to_tsvector('parley', concat_ws(' ', m."summary", m."outcome")), 'D')
    FROM "Meeting" m
    LEFT JOIN "Country" c ON c."code" = m."locationCountryCode"
    WHERE m."id" = meeting_id
$$;
