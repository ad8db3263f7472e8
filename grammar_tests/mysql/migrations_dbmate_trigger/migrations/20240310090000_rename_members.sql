-- migrate:up
RENAME TABLE members TO accounts;
ALTER TABLE accounts RENAME COLUMN nickname TO display_name;
ALTER TABLE payments CHANGE member_id account_id INT NOT NULL;
DROP TABLE invites;

-- migrate:down
ALTER TABLE payments CHANGE account_id member_id INT NOT NULL;
ALTER TABLE accounts RENAME COLUMN display_name TO nickname;
RENAME TABLE accounts TO members;
DROP TABLE payments;
