CREATE TABLE account (
  id int PRIMARY KEY COMMENT '',
  email varchar(80) COMMENT 'login',
  nick varchar(20) COMMENT 'old' COMMENT '',
  KEY account_nick (nick) COMMENT ''
) COMMENT='';
CREATE TABLE session (id int PRIMARY KEY COMMENT 'kept', token char(32) COMMENT 'token') COMMENT 'sessions';
ALTER TABLE session MODIFY token char(32) COMMENT '';
ALTER TABLE session COMMENT '';
