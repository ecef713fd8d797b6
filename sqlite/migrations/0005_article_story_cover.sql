-- Stories lists count each story's outlets and days from this index alone,
-- without reading article rows (their text makes them large).
CREATE INDEX articles_story_cover ON articles(story_id, source, published);
DROP INDEX articles_story;
