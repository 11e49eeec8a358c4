// Editors' proposals waiting for review: found by id when reviewed, and counted and listed by status.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE INDEX proposal_status IF NOT EXISTS FOR (p:Proposal) ON (p.status);
// The id of an entity merged into another keeps resolving: a :MergedId names the survivor it now stands for.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
CREATE INDEX merged_id_survivor IF NOT EXISTS FOR (m:MergedId) ON (m.survivorId);
