CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `class` varchar(20) COMMENT 'it''s a "keyword"\nnew line \\ back',
  `manager_id` int,
  `2fa` tinyint(1) NOT NULL DEFAULT 0,
  `first name` varchar(30),
  CONSTRAINT fk_mgr FOREIGN KEY (manager_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB COMMENT='People; "quoted" and \'single\'';
CREATE TABLE profiles (
  id int PRIMARY KEY,
  user_id int NOT NULL UNIQUE,
  bio text,
  FOREIGN KEY (user_id) REFERENCES users(id)
);
CREATE TABLE messages (
  id bigint unsigned AUTO_INCREMENT PRIMARY KEY,
  sender_id int NOT NULL,
  recipient_id int NOT NULL,
  body text NOT NULL,
  sent_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (sender_id) REFERENCES users(id),
  FOREIGN KEY (recipient_id) REFERENCES users(id)
);
CREATE TABLE followers (
  follower_id int NOT NULL,
  followed_id int NOT NULL,
  PRIMARY KEY (follower_id, followed_id),
  FOREIGN KEY (follower_id) REFERENCES users(id) ON DELETE CASCADE,
  FOREIGN KEY (followed_id) REFERENCES users(id) ON DELETE CASCADE
);
CREATE TABLE orders (
  region char(2) NOT NULL,
  num int NOT NULL,
  total decimal(12,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (region, num)
);
CREATE TABLE order_lines (
  region char(2) NOT NULL,
  num int NOT NULL,
  line smallint NOT NULL,
  qty int unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (region, num, line),
  CONSTRAINT fk_order FOREIGN KEY (region, num) REFERENCES orders (region, num) ON UPDATE CASCADE
);
CREATE TABLE audit_log (
  at datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  actor int,
  action varchar(40) NOT NULL DEFAULT 'noop',
  KEY (actor, at)
);
ALTER TABLE audit_log ADD CONSTRAINT fk_actor FOREIGN KEY (actor) REFERENCES users (id);
ALTER TABLE users ADD COLUMN email varchar(100) NOT NULL AFTER id, ADD UNIQUE INDEX (email);
CREATE INDEX ix_msg_sent ON messages (sent_at);
CREATE VIEW user_names AS SELECT id, `first name` AS name, class FROM users;
