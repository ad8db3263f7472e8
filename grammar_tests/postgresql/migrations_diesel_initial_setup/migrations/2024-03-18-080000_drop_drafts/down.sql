DROP INDEX articles_author_id_idx;
CREATE TABLE drafts (
    id SERIAL PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    saved_at TIMESTAMP NOT NULL DEFAULT NOW()
);
