CREATE TYPE shade AS ENUM ('light', 'dark');
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE panels (
    id integer PRIMARY KEY,
    title varchar(40),
    tags text[] NOT NULL,
    tone shade,
    width positive,
    note text DEFAULT 'none'
);
ALTER TABLE panels ADD COLUMN IF NOT EXISTS visible boolean NULL;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'panels' AND column_name = 'visible' AND is_nullable = 'YES') THEN
        ALTER TABLE panels ALTER COLUMN visible SET NOT NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'panels' AND column_name = 'title' AND data_type = 'character varying') THEN
        ALTER TABLE panels ALTER COLUMN title TYPE text;
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'panels' AND column_name = 'tags' AND data_type = 'ARRAY') THEN
        ALTER TABLE panels ADD COLUMN tag_count integer;
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'panels' AND column_name = 'tone' AND data_type = 'USER-DEFINED') THEN
        ALTER TABLE panels ADD COLUMN tone_set boolean;
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'panels' AND column_name = 'width' AND data_type = 'integer') THEN
        ALTER TABLE panels ADD COLUMN height integer;
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'panels' AND column_name = 'note' AND column_default = '''none''::text') THEN
        ALTER TABLE panels ALTER COLUMN note SET NOT NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_attribute
                   WHERE attrelid = 'panels'::regclass AND attname = 'tags' AND NOT attnotnull AND NOT attisdropped) THEN
        ALTER TABLE panels ADD COLUMN tags_checked boolean;
    END IF;
END $$;
