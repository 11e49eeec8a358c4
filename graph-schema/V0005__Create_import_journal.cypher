// The journal of chunked imports (ingest/ImportJournal): one :ImportRun per import being written, and an
// :ImportUndo entry per node, reference or tie it touched, holding what was there before. Entries are found by
// their import and key (a chunk's MERGE) and by their import and kind (an undo, step by step).
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (run:ImportRun) REQUIRE run.id IS UNIQUE;
CREATE INDEX import_undo_key IF NOT EXISTS FOR (u:ImportUndo) ON (u.undoImport, u.undoKey);
CREATE INDEX import_undo_kind IF NOT EXISTS FOR (u:ImportUndo) ON (u.undoImport, u.undoKind);
