ALTER TABLE posts ADD COLUMN published BOOLEAN NOT NULL DEFAULT 0;
CREATE INDEX ix_posts_published ON posts (published);
