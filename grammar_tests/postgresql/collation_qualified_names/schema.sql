CREATE DOMAIN public.slug AS character varying(40) COLLATE pg_catalog."C";
CREATE TABLE public.page (
    id integer NOT NULL,
    title character varying(80) COLLATE pg_catalog."C" NOT NULL,
    sort_key text COLLATE pg_catalog."POSIX",
    path public.slug,
    CONSTRAINT page_pkey PRIMARY KEY (id)
);
