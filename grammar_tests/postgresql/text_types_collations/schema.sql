CREATE TABLE documents (
    id integer PRIMARY KEY,
    code char(4) NOT NULL,
    flag character,
    title varchar(200) NOT NULL,
    slug character varying(80) COLLATE "C" NOT NULL,
    sort_key text COLLATE "POSIX",
    body text,
    summary varchar,
    lang char(2) DEFAULT 'en',
    author name,
    CONSTRAINT documents_slug_key UNIQUE (slug)
);
