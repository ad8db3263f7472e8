DROP TABLE drafts;
CREATE INDEX articles_author_id_idx ON articles (author_id) WHERE published;
