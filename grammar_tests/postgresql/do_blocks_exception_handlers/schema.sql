CREATE TABLE account (id integer PRIMARY KEY, level integer);
CREATE TABLE membership (id integer PRIMARY KEY, account_id integer);
ALTER TABLE membership ADD CONSTRAINT membership_account_fk FOREIGN KEY (account_id) REFERENCES account (id);

DO $$
BEGIN
    ALTER TABLE membership ADD CONSTRAINT membership_account_fk
        FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
EXCEPTION
    WHEN duplicate_object THEN NULL;
END $$;

DO $$
BEGIN
    ALTER TABLE account ADD COLUMN level integer;
EXCEPTION
    WHEN duplicate_column THEN RAISE NOTICE 'level exists';
END; $$;

DO $$
BEGIN
    ALTER TABLE account ADD CONSTRAINT account_level_check CHECK (level > 0);
    ALTER TABLE account ADD CONSTRAINT account_level_check CHECK (level > 1);
EXCEPTION
    WHEN duplicate_object THEN NULL;
END $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'tier') THEN
        CREATE TYPE tier AS ENUM ('free', 'paid');
    END IF;
END $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'tier') THEN
        CREATE TYPE tier AS ENUM ('gold');
    END IF;
END $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = 'account' AND indexname = 'account_level_idx') THEN
        CREATE INDEX account_level_idx ON account (level);
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.table_constraints
               WHERE constraint_name = 'account_pkey' AND table_name = 'account') THEN
        ALTER TABLE account ADD COLUMN plan tier;
    END IF;
END $$;
