CREATE OR REPLACE VIEW account_logins AS SELECT login FROM account;
