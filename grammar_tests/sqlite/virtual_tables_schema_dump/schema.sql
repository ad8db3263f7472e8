CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT);
CREATE VIRTUAL TABLE post_search USING fts4(title, body)
/* post_search(title,body) */;
CREATE TABLE IF NOT EXISTS 'post_search_content'(docid INTEGER PRIMARY KEY, 'c0title', 'c1body');
CREATE TABLE IF NOT EXISTS 'post_search_segments'(blockid INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE IF NOT EXISTS 'post_search_segdir'(level INTEGER,idx INTEGER,start_block INTEGER,leaves_end_block INTEGER,end_block INTEGER,root BLOB,PRIMARY KEY(level, idx));
CREATE TABLE IF NOT EXISTS 'post_search_docsize'(docid INTEGER PRIMARY KEY, size BLOB);
CREATE TABLE IF NOT EXISTS 'post_search_stat'(id INTEGER PRIMARY KEY, value BLOB);
CREATE VIRTUAL TABLE tag_search USING fts5(tag, note UNINDEXED, content='')
/* tag_search(tag,note) */;
CREATE TABLE IF NOT EXISTS 'tag_search_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE IF NOT EXISTS 'tag_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS 'tag_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE IF NOT EXISTS 'tag_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE VIRTUAL TABLE spots USING rtree(id, x0, x1, +label)
/* spots(id,x0,x1,label) */;
CREATE TABLE IF NOT EXISTS "spots_rowid"(rowid INTEGER PRIMARY KEY,nodeno,a0);
CREATE TABLE IF NOT EXISTS "spots_node"(nodeno INTEGER PRIMARY KEY,data);
CREATE TABLE IF NOT EXISTS "spots_parent"(nodeno INTEGER PRIMARY KEY,parentnode);
