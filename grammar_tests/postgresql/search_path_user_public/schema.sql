SET search_path TO "$user", public;
CREATE TABLE account (id integer PRIMARY KEY, name text);
CREATE SCHEMA postgres;
CREATE TABLE account (id integer PRIMARY KEY, owner_id integer REFERENCES account (id));
CREATE INDEX account_owner_idx ON account (owner_id);
ALTER TABLE public.account ADD COLUMN created date;
