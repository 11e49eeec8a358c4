// Search puts an entity whose name is exactly the query first; this index answers that lookup across kinds.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
