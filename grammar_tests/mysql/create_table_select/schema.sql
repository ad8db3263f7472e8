CREATE TABLE account (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(120) NOT NULL,
  nickname VARCHAR(40) CHARACTER SET latin1 DEFAULT 'anon' COMMENT 'shown name',
  balance DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  is_admin TINYINT(1) NOT NULL DEFAULT 0,
  status ENUM('active','closed') NOT NULL DEFAULT 'active',
  joined DATE NOT NULL,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  domain VARCHAR(120) AS (SUBSTRING_INDEX(email, '@', -1)) VIRTUAL
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE payment (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id INT UNSIGNED NOT NULL,
  amount DECIMAL(10,2) NOT NULL
);

CREATE TABLE account_backup AS SELECT * FROM account;

CREATE TABLE account_summary
  SELECT a.id, a.email AS login, a.balance * 2 AS doubled, 'member' AS kind,
         UPPER(a.email) AS shout, COUNT(p.id) AS payments, SUM(p.amount) AS total,
         p.amount AS last_amount
  FROM account a LEFT JOIN payment p ON p.account_id = a.id
  GROUP BY a.id;

CREATE TABLE account_flags (
  id INT UNSIGNED NOT NULL,
  note VARCHAR(200) DEFAULT '',
  email VARCHAR(200),
  PRIMARY KEY (id),
  UNIQUE KEY flags_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=latin1
  AS SELECT id, email, nickname, status, is_admin FROM account WHERE is_admin = 1;

CREATE VIEW active_account AS SELECT id, email, balance FROM account WHERE status = 'active';
CREATE TABLE from_view AS SELECT * FROM active_account;
CREATE TABLE from_derived AS SELECT d.id, d.email FROM (SELECT id, email FROM account) AS d;
CREATE TABLE from_cte AS WITH c AS (SELECT id, joined FROM account) SELECT * FROM c;

CREATE TABLE contact_distinct AS
  SELECT id, email, joined, is_admin FROM account
  UNION SELECT account_id, 'none', '2000-01-01', 0 FROM payment;
CREATE TABLE contact_all AS
  SELECT id, email, joined, is_admin FROM account
  UNION ALL SELECT account_id, 'none', '2000-01-01', 0 FROM payment;
