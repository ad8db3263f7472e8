CREATE FUNCTION ci_equal(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT lower($1) = lower($2)';
CREATE OPERATOR public.=~= (
    LEFTARG = text, RIGHTARG = text, PROCEDURE = ci_equal, COMMUTATOR = OPERATOR(public.=~=)
);
CREATE OPERATOR FAMILY int_reverse_ops USING btree;
CREATE FUNCTION int_reverse_cmp(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp($2, $1)';
CREATE OPERATOR CLASS int_reverse_ops FOR TYPE integer USING btree FAMILY int_reverse_ops AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 int_reverse_cmp(integer, integer);

CREATE TYPE version_triple AS (major integer, minor integer, patch integer);
CREATE FUNCTION version_text(version_triple) RETURNS text
    LANGUAGE sql AS $$ SELECT $1.major || '.' || $1.minor || '.' || $1.patch $$;
CREATE CAST (version_triple AS text) WITH FUNCTION version_text(version_triple) AS ASSIGNMENT;

CREATE COLLATION IF NOT EXISTS case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION public.c_copy FROM "C";
CREATE CONVERSION latin1_to_utf8_copy FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE TEXT SEARCH DICTIONARY simple_nostop (TEMPLATE = pg_catalog.simple);
CREATE TEXT SEARCH CONFIGURATION public.plain (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION public.plain ALTER MAPPING FOR asciiword WITH simple_nostop;
CREATE ACCESS METHOD reverse_btree TYPE INDEX HANDLER bthandler;

CREATE UNLOGGED SEQUENCE ticket_seq START 100;

CREATE TABLE ticket (
    id integer DEFAULT nextval('ticket_seq') PRIMARY KEY,
    code text COLLATE case_insensitive NOT NULL,
    label text COLLATE public.c_copy,
    priority integer CONSTRAINT ticket_priority_check CHECK (priority BETWEEN 1 AND 5)
);
CREATE INDEX ticket_priority_desc ON ticket (priority int_reverse_ops);

CREATE STATISTICS ticket_stats (dependencies, ndistinct) ON code, priority FROM ticket;
ALTER STATISTICS ticket_stats SET STATISTICS 500;
CREATE PUBLICATION ticket_changes FOR TABLE ticket WITH (publish = 'insert, update');

CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER log_ddl_end ON ddl_command_end EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER log_ddl_end DISABLE;

COMMENT ON CONSTRAINT ticket_priority_check ON ticket IS 'one to five';
COMMENT ON CONSTRAINT ticket_pkey ON public.ticket IS 'the key';
COMMENT ON STATISTICS ticket_stats IS 'planner statistics';
COMMENT ON TEXT SEARCH CONFIGURATION public.plain IS 'no stemming';
COMMENT ON COLLATION case_insensitive IS 'ICU level 2';
COMMENT ON OPERATOR public.=~= (text, text) IS 'case-insensitive equality';
COMMENT ON ACCESS METHOD reverse_btree IS 'btree again';
COMMENT ON PUBLICATION ticket_changes IS 'for replicas';
COMMENT ON EVENT TRIGGER log_ddl_end IS 'audit';
COMMENT ON CAST (version_triple AS text) IS 'dotted';

DROP STATISTICS ticket_stats;
DROP PUBLICATION ticket_changes;
DROP TEXT SEARCH CONFIGURATION public.plain;
