CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    username public.citext NOT NULL,
    email text NOT NULL,
    CONSTRAINT users_username_check CHECK (((length((username)::text) >= 2) AND (username OPERATOR(public.~) '^[a-z]+$'::public.citext))),
    CONSTRAINT users_email_check CHECK ((email OPERATOR(pg_catalog.~~) '%@%'::text))
);
