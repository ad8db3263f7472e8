CREATE TABLE tag (id int PRIMARY KEY, name varchar(96) NOT NULL DEFAULT '', kind tinyint unsigned);
CREATE TABLE person (id int PRIMARY KEY, name varchar(255) NOT NULL DEFAULT '');
CREATE TABLE link (id int PRIMARY KEY, tag_id int, person_id int);
CREATE VIEW link_view AS SELECT link.id,
  CASE person_id WHEN 0 THEN tag.name ELSE person.name END AS name,
  CASE WHEN person_id IS NULL THEN person.name ELSE tag.name END AS name2,
  CASE person_id WHEN 0 THEN tag.kind ELSE 1 END AS kind,
  concat(tag.name, person.name) AS both_names
FROM link LEFT JOIN tag ON link.tag_id = tag.id LEFT JOIN person ON link.person_id = person.id;
