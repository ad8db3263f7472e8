CREATE TABLE job_log (
    id bigserial PRIMARY KEY,
    step bigint NOT NULL CHECK (step >= 1)
);
CREATE UNIQUE INDEX ON job_log (step);

DO $$
BEGIN
    IF (SELECT to_regclass('job_log') IS NOT NULL) THEN
        ALTER TABLE job_log RENAME TO job_log_old;
        CREATE TABLE job_log (
            source text NOT NULL,
            step bigint NOT NULL,
            PRIMARY KEY (source, step)
        );
        INSERT INTO job_log (source, step) SELECT 'main', step FROM job_log_old;
        DROP TABLE job_log_old;
    END IF;
    IF (SELECT to_regclass('missing_table') IS NOT NULL) THEN
        CREATE TABLE never_made (id int PRIMARY KEY);
    END IF;
END
$$;
