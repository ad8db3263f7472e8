DROP INDEX submissions_account_id_idx;
DROP TABLE votes;
DROP TABLE accounts CASCADE;
