-- head is a small JSON form of the story for lists (title, dates, article
-- ids, top entities without spans): decoding whole analyses of big stories
-- made list pages slow. '' means "not computed": readers fall back to data.
ALTER TABLE stories ADD COLUMN head TEXT NOT NULL DEFAULT '';
