-- Articles keep an integer rowid alias (rid) so the external-content FTS
-- index survives VACUUM; id is the public handle.
CREATE TABLE articles (
	rid            INTEGER PRIMARY KEY,
	id             TEXT    NOT NULL UNIQUE,
	path           TEXT    NOT NULL DEFAULT '',
	url            TEXT    NOT NULL DEFAULT '',
	canonical_url  TEXT    NOT NULL DEFAULT '',
	source         TEXT    NOT NULL DEFAULT '',
	title          TEXT    NOT NULL DEFAULT '',
	published      TEXT    NOT NULL DEFAULT '',
	published_unix INTEGER,
	authors        TEXT    NOT NULL DEFAULT 'null',
	language       TEXT    NOT NULL DEFAULT '',
	text           TEXT    NOT NULL DEFAULT '',
	removed        TEXT    NOT NULL DEFAULT 'null',
	duplicate_of   TEXT    NOT NULL DEFAULT '',
	similarity     REAL    NOT NULL DEFAULT 0,
	cites          TEXT    NOT NULL DEFAULT 'null',
	fetched        TEXT    NOT NULL DEFAULT '',
	story_id       TEXT    NOT NULL DEFAULT '',
	created        TEXT    NOT NULL
);
CREATE INDEX articles_published ON articles(published_unix);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_story ON articles(story_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles', content_rowid = 'rid',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;

-- A story's whole analysis is one JSON blob (data): it is always read and
-- written whole. The other columns exist to filter, sort and list.
CREATE TABLE stories (
	rid             INTEGER PRIMARY KEY,
	id              TEXT    NOT NULL UNIQUE,
	title           TEXT    NOT NULL DEFAULT '',
	first_seen_unix INTEGER,
	last_seen_unix  INTEGER,
	article_count   INTEGER NOT NULL DEFAULT 0,
	data            TEXT    NOT NULL,
	created         TEXT    NOT NULL,
	updated         TEXT    NOT NULL,
	created_seq     INTEGER NOT NULL,
	seq             INTEGER NOT NULL
);
CREATE INDEX stories_last_seen ON stories(last_seen_unix);
CREATE INDEX stories_size ON stories(article_count, last_seen_unix);
CREATE INDEX stories_seq ON stories(seq);

CREATE TABLE story_articles (
	story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE ON UPDATE CASCADE,
	article_id TEXT NOT NULL,
	PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
CREATE INDEX story_articles_article ON story_articles(article_id);

-- One row per spelling (canonical name and every alias) so that a filter on
-- any alias finds the story.
CREATE TABLE story_entities (
	story_id  TEXT    NOT NULL REFERENCES stories(id) ON DELETE CASCADE ON UPDATE CASCADE,
	name      TEXT    NOT NULL COLLATE NOCASE,
	canonical TEXT    NOT NULL,
	type      TEXT    NOT NULL DEFAULT '',
	mentions  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (story_id, name, type)
) WITHOUT ROWID;
CREATE INDEX story_entities_name ON story_entities(name);

CREATE TABLE story_history (
	story_id      TEXT    NOT NULL REFERENCES stories(id) ON DELETE CASCADE ON UPDATE CASCADE,
	at            TEXT    NOT NULL,
	article_count INTEGER NOT NULL,
	PRIMARY KEY (story_id, at)
) WITHOUT ROWID;

CREATE TABLE feeds (
	id              INTEGER PRIMARY KEY,
	url             TEXT    NOT NULL UNIQUE,
	title           TEXT    NOT NULL DEFAULT '',
	site_url        TEXT    NOT NULL DEFAULT '',
	added           TEXT    NOT NULL,
	last_fetch      TEXT    NOT NULL DEFAULT '',
	last_success    TEXT    NOT NULL DEFAULT '',
	last_error      TEXT    NOT NULL DEFAULT '',
	last_error_code TEXT    NOT NULL DEFAULT '',
	error_count     INTEGER NOT NULL DEFAULT 0,
	etag            TEXT    NOT NULL DEFAULT '',
	last_modified   TEXT    NOT NULL DEFAULT '',
	article_count   INTEGER NOT NULL DEFAULT 0,
	next_fetch      TEXT    NOT NULL DEFAULT ''
);

-- Entries already handed to ingest, so a re-fetched feed only yields new ones.
CREATE TABLE feed_items (
	feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	key     TEXT    NOT NULL,
	seen    TEXT    NOT NULL,
	PRIMARY KEY (feed_id, key)
) WITHOUT ROWID;
