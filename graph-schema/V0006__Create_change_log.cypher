// The change log: every committed write appends a :Change in its own transaction, numbered by the single
// :ChangeLog counter, so that every service instance on this database announces every change, in commit order.
// Followers read the changes after the last number they saw; the constraint is also the index they read by.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT change_log_name IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.name IS UNIQUE;
// Retention removes the changes older than a limit without scanning the log.
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
