CREATE OR REPLACE VIEW account_notes AS SELECT a.login, n.body FROM account a JOIN note n ON n.account_id = a.id;
