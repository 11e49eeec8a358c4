// Engagements (对接 records) of brokers and agencies: working records kept apart from the public graph (not
// :Entity, so no search index, export or path sees them). Ids are unique; the pipeline filters by status.
CREATE CONSTRAINT engagement_id IF NOT EXISTS FOR (e:Engagement) REQUIRE e.id IS UNIQUE;
CREATE INDEX engagement_status IF NOT EXISTS FOR (e:Engagement) ON (e.status);
