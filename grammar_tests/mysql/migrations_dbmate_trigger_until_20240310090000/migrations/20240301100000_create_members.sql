-- migrate:up
CREATE TABLE members (
  id INT NOT NULL AUTO_INCREMENT,
  email VARCHAR(190) NOT NULL,
  nickname VARCHAR(40) NULL,
  joined_on DATE NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY members_email_uq (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE invites (
  code CHAR(12) NOT NULL PRIMARY KEY,
  member_id INT NULL,
  CONSTRAINT invites_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- migrate:down
DROP TABLE invites;
DROP TABLE members;
