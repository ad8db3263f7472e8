CREATE TABLE link (
  id INT NOT NULL AUTO_INCREMENT,
  url TEXT NOT NULL,
  title VARCHAR(200) NOT NULL,
  note TEXT,
  PRIMARY KEY (id),
  UNIQUE KEY link_url_unique (url(255)),
  UNIQUE INDEX note_url (note(20) DESC, url(50)),
  CONSTRAINT note_start UNIQUE (note(100)),
  FULLTEXT KEY search (title, note),
  KEY title_start (title(8), id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tag (
  name VARCHAR(100) NOT NULL,
  slug VARCHAR(100) NOT NULL,
  PRIMARY KEY (name(20)),
  UNIQUE (slug(40), name)
);

ALTER TABLE tag ADD UNIQUE KEY slug_full (slug(100));
ALTER TABLE tag ADD CONSTRAINT slug_head UNIQUE (slug(10));
CREATE UNIQUE INDEX slug_mid ON tag (slug(30));

CREATE TABLE link_tag (
  link_id INT NOT NULL,
  tag_name VARCHAR(100) NOT NULL,
  PRIMARY KEY (link_id, tag_name),
  FOREIGN KEY (link_id) REFERENCES link (id),
  FOREIGN KEY (tag_name) REFERENCES tag (slug)
);

CREATE TABLE alias (
  tag_name VARCHAR(100) NOT NULL,
  PRIMARY KEY (tag_name(10)),
  CONSTRAINT alias_tag FOREIGN KEY (tag_name) REFERENCES tag (slug)
);

ALTER TABLE link RENAME COLUMN url TO href;
ALTER TABLE link CHANGE note remark TEXT;
ALTER TABLE link DROP COLUMN title;
