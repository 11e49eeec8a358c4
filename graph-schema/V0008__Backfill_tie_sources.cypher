// Every tie now says where its fact comes from, in a `source` property as entities have (PUBLIC, SYNTHETIC,
// SOURCE_DOCUMENT, EDITOR or IMPORT). Ties written before that get one here, and nothing in an existing graph
// tells where they came from.
// A single reference (an entity's district, park, chain or agency; a demand's posting enterprise) is part of
// its entity's record, so it takes the entity's source, as every new reference does.
// A graph of a province's size holds millions of ties: each statement writes in transactions of 10,000 rows, so
// no single transaction has to hold them all (the runner sends such statements outside a transaction of its own).
MATCH (n:Entity)-[r:LOCATED_IN|IN_PARK|PART_OF|WORKS_FOR]->()
WHERE r.source IS NULL
CALL (n, r) { SET r.source = coalesce(n.source, 'IMPORT') } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n:Demand)<-[r:POSTED]-(:Entity)
WHERE r.source IS NULL
CALL (n, r) { SET r.source = coalesce(n.source, 'IMPORT') } IN TRANSACTIONS OF 10000 ROWS;
// Every other tie came in through the seed, an import or an editor's link, none of which named a source:
// IMPORT says just that and claims no provenance, so a public-only view leaves these ties out rather than pass
// synthetic filler off as fact (most seed ties are synthetic). Importing the seed's tie files again, which now
// carry a source column, marks the seed's ties exactly.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.source IS NULL
CALL (r) { SET r.source = 'IMPORT' } IN TRANSACTIONS OF 10000 ROWS;
