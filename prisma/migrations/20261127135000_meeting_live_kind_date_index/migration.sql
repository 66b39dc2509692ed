-- Raw: the list filtered by kind (and usually a date range). Meeting_kind_idx alone makes the
-- count read every meeting of that kind from the heap (a kind is 10-40 % of all meetings); with
-- the date in the same partial index the count is an index-only range scan and the page comes in
-- order. bench-results/queries.json (npm run bench:queries) has the figures.
CREATE INDEX "Meeting_live_kind_date_idx" ON "Meeting"("kind", "date" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
