ALTER TABLE posts ADD COLUMN published boolean NOT NULL DEFAULT false;
CREATE INDEX posts_published_idx ON posts (published);
