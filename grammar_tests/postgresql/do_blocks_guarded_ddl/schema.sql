CREATE TABLE artifact (id serial PRIMARY KEY, digest varchar(255), repo varchar(255));
CREATE TYPE mood AS ENUM ('happy', 'sad');

-- An idempotent constraint, run twice.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'artifact_digest_key') THEN
        ALTER TABLE artifact ADD CONSTRAINT artifact_digest_key UNIQUE (digest);
    END IF;
END $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'artifact_digest_key') THEN
        ALTER TABLE artifact ADD CONSTRAINT artifact_digest_key UNIQUE (digest);
    END IF;
END $$;

-- A type that exists already: the handler catches the error.
DO $$
BEGIN
    CREATE TYPE mood AS ENUM ('calm', 'angry');
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;

DO $$
BEGIN
    CREATE TYPE state AS ENUM ('on', 'off');
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'artifact' AND column_name = 'repo') THEN
        ALTER TABLE artifact RENAME COLUMN repo TO repository;
    ELSE
        ALTER TABLE artifact ADD COLUMN repository text;
    END IF;
END $$;

DO $$
DECLARE
    r RECORD;
    n integer := 0;
BEGIN
    FOR r IN SELECT * FROM artifact LOOP
        UPDATE artifact SET digest = lower(digest) WHERE id = r.id;
        n := n + 1;
    END LOOP;
    RAISE NOTICE 'updated % rows', n;
END $$;

DO $$ BEGIN EXECUTE 'CREATE INDEX artifact_repository_idx ON artifact (repository)'; END $$;

DO $$
BEGIN
    IF to_regclass('public.blob') IS NOT NULL THEN
        RETURN;
    END IF;
    CREATE TABLE blob (id serial PRIMARY KEY, feeling mood, power state);
END $$;

DO $$
BEGIN
    IF to_regclass('public.blob') IS NOT NULL THEN
        RETURN;
    END IF;
    CREATE TABLE blob (id serial PRIMARY KEY);
END $$;

DO $$
BEGIN
    IF (SELECT count(*) FROM pg_indexes WHERE indexname = 'blob_feeling_idx') = 0 THEN
        CREATE INDEX blob_feeling_idx ON blob (feeling);
    END IF;
END $$;
