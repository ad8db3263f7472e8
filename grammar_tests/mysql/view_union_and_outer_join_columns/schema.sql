CREATE TABLE task (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  done TINYINT(1) NOT NULL DEFAULT 0,
  priority INT(5) NOT NULL,
  code INT(4) UNSIGNED ZEROFILL,
  state ENUM('open','closed') NOT NULL,
  tags SET('red','green','blue'),
  owner_id INT
);
CREATE TABLE person (id INT NOT NULL PRIMARY KEY, score SMALLINT NOT NULL);

CREATE VIEW task_union AS
  SELECT id, done, priority, code, state, tags, 1 AS source FROM task
  UNION ALL
  SELECT id, done, priority, code, state, tags, 2 FROM task;

CREATE VIEW task_owner AS
  SELECT t.id, t.priority + 1 AS next_priority, p.score + 1 AS next_score, p.id AS person_id
  FROM task t LEFT JOIN person p ON p.id = t.owner_id;

CREATE VIEW owner_task AS
  SELECT p.id, t.priority * 2 AS double_priority, p.score * 2 AS double_score
  FROM task t RIGHT JOIN person p ON p.id = t.owner_id;
