CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    username text NOT NULL,
    tenant_id integer NOT NULL,
    external_ref text,
    handle text,
    CONSTRAINT accounts_tenant_username_uq UNIQUE (tenant_id, username),
    UNIQUE NULLS NOT DISTINCT (external_ref),
    UNIQUE (tenant_id, handle)
);
CREATE UNIQUE INDEX accounts_lower_email_idx ON accounts (lower(email));
CREATE UNIQUE INDEX accounts_handle_idx ON accounts (handle);
