CREATE TABLE account (
    id integer PRIMARY KEY WITH (fillfactor = 90),
    email text NOT NULL,
    handle text,
    region text,
    CONSTRAINT account_email_key UNIQUE (email) INCLUDE (handle) WITH (fillfactor = 80) USING INDEX TABLESPACE pg_default,
    CONSTRAINT account_handle_key UNIQUE NULLS NOT DISTINCT (handle) WITH (deduplicate_items = off)
) WITH (fillfactor = 70);

CREATE TABLE session (
    token text NOT NULL,
    account_id integer NOT NULL
);
ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (token) WITH (fillfactor='80');
ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_account_key UNIQUE (account_id, token) USING INDEX TABLESPACE pg_default;
ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);
