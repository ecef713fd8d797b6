-- generation counts committed writes: readers (the web server's response
-- cache) compare it to know whether anything changed, across processes.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('generation', 0);
