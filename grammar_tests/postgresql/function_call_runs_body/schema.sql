CREATE TABLE accounts (id integer PRIMARY KEY, owner text);

CREATE FUNCTION ensure_column(target text, wanted text DEFAULT 'label') RETURNS text AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = target AND column_name = wanted) THEN
        RETURN 'present';
    END IF;
    ALTER TABLE accounts ADD COLUMN label varchar(20);
    RETURN 'added';
END;
$$ LANGUAGE plpgsql;

SELECT ensure_column('accounts');
SELECT ensure_column(target => 'accounts', wanted => 'label');

CREATE FUNCTION make_ledger() RETURNS void LANGUAGE sql
AS 'CREATE TABLE ledger (id integer PRIMARY KEY, account_id integer REFERENCES accounts (id))';

CREATE FUNCTION upgrade() RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM make_ledger();
    CREATE INDEX ledger_account ON ledger (account_id);
END
$body$;

SELECT * FROM upgrade();
DROP FUNCTION upgrade();
DROP FUNCTION make_ledger();

CREATE FUNCTION account_count() RETURNS bigint AS $$
BEGIN
    RETURN (SELECT count(*) FROM accounts);
END;
$$ LANGUAGE plpgsql;
SELECT account_count();

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.owner := lower(NEW.owner);
    RETURN NEW;
END;
$$;
