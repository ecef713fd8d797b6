-- The stories list sorts by these exact expressions; without matching
-- indexes every page load sorts every story, blobs and all.
CREATE INDEX stories_newest ON stories(last_seen_unix IS NULL, last_seen_unix DESC, article_count DESC, id);
CREATE INDEX stories_biggest ON stories(article_count DESC, last_seen_unix IS NULL, last_seen_unix DESC, id);
DROP INDEX stories_last_seen;
DROP INDEX stories_size;
-- Covers the outlets summary (source, story, date) without touching rows.
CREATE INDEX articles_source_story ON articles(source, story_id, published_unix);
DROP INDEX articles_source;
