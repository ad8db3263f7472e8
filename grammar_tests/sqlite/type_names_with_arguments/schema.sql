CREATE TABLE posts (
	post_id INTEGER PRIMARY KEY NOT NULL ,
	poster_id INTEGER UNSIGNED NOT NULL DEFAULT '0',
	flags tinyint(2) NOT NULL DEFAULT '0',
	subject text(65535) NOT NULL DEFAULT '',
	body mediumtext(16777215) NOT NULL DEFAULT '',
	raw longblob(100),
	price decimal(10, 2),
	score double(8,3) DEFAULT 0,
	big BIGINT UNSIGNED,
	created datetime(6),
	tag fancy_type(3, 1)
);
ALTER TABLE posts ADD COLUMN extra mediumint(9) DEFAULT 1;
