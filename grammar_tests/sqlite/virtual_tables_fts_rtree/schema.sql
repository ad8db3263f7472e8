CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, lang INTEGER);
-- FTS4 over its own content, with a languageid column and quoted column names
CREATE VIRTUAL TABLE article_search USING fts4 ( title, "body text" TEXT, [tags], languageid="lang_id" );
-- FTS4 reading an external content table: its columns become the index's columns
CREATE VIRTUAL TABLE article_index USING fts4(content="articles", languageid=lang, matchinfo=fts3);
-- contentless FTS4
create virtual table if not exists main.notes_fts using FTS4(note, content='', prefix="2,3", order=DESC);
CREATE VIRTUAL TABLE IF NOT EXISTS notes_fts USING fts4(other);
CREATE VIRTUAL TABLE old_search USING fts3(subject, tokenize=porter);
CREATE VIRTUAL TABLE plain_fts3 USING fts3;
CREATE VIRTUAL TABLE doc_fts USING fts5(title, body UNINDEXED, 'it''s', tokenize = 'porter ascii', prefix='2 3', detail=column);
CREATE VIRTUAL TABLE ext_fts USING fts5(title, content=articles, content_rowid=id, col=0);
CREATE VIRTUAL TABLE bare_fts USING fts5(x, content='');
CREATE VIRTUAL TABLE places USING rtree(id, min_x, max_x, min_y, max_y);
CREATE VIRTUAL TABLE boxes USING rtree_i32(box_id INTEGER, "lo x" FLOAT, hi_x, +label TEXT, +owner);
CREATE VIRTUAL TABLE dropped_fts USING fts4(a);
DROP TABLE dropped_fts;
