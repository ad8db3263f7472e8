CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE;

DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA public;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'pg_stat_statements not installed';
END
$$;
ALTER EXTENSION pg_stat_statements UPDATE;
COMMENT ON EXTENSION pg_stat_statements IS 'query statistics';

CREATE TABLE app_user (
    id integer PRIMARY KEY,
    email citext NOT NULL
);

CREATE VIEW busy_queries AS
    SELECT query, calls, total_exec_time / calls AS mean_ms
    FROM pg_stat_statements
    WHERE calls > 100;

CREATE EXTENSION pg_buffercache;
DROP EXTENSION pg_buffercache;
CREATE SCHEMA monitoring;
CREATE EXTENSION pg_buffercache SCHEMA monitoring;
