#!/usr/bin/env python3
"""Pathological input shapes for the speed benchmark (.ci/bench-shapes).

Each shape is written as SQL of about the same size as an ordinary schema, so
that the time per MB of every shape can be compared with the ordinary one:
every input shape must cost time linear in its size.

    bench/shapes.py --dialect postgresql --shape one_line --mb 4 > x.sql

It also writes the patterns .ci/bench times (schemas as dump tools and
migration folders write them), by table count:

    bench/shapes.py --pattern pg_dump --tables 2000 > x.sql
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "..", "..", "shared", "bench", "gen_schema.py")


def ordinary(dialect, mb):
    """gen_schema.py's synthetic schema, grown until it reaches `mb`."""
    tables = 200
    while True:
        sql = subprocess.run(
            [sys.executable, GEN, "--dialect", dialect, "--tables", str(tables)],
            check=True, capture_output=True, text=True,
        ).stdout
        if len(sql) >= mb * 1_000_000:
            return sql
        tables = int(tables * max(1.2, mb * 1_000_000 / max(len(sql), 1)))


def one_line(dialect, mb):
    """The ordinary schema on a single line (minified dumps)."""
    lines = [l for l in ordinary(dialect, mb).splitlines() if not l.lstrip().startswith("--")]
    return " ".join(lines) + "\n"


def key(dialect):
    return {"postgresql": "serial PRIMARY KEY", "mysql": "int AUTO_INCREMENT PRIMARY KEY",
            "sqlite": "INTEGER PRIMARY KEY"}[dialect]


def columns(dialect, mb):
    """50,000 columns per MB, in tables of 1,000 columns (every server refuses
    a table much wider: PostgreSQL 1600, InnoDB 1017, SQLite 2000)."""
    out = []
    for t in range(mb * 50):
        cols = ",\n".join(f"  c{i} integer" for i in range(1000))
        out.append(f"CREATE TABLE wide{t} (\n  id {key(dialect)},\n{cols}\n);\n")
    return "".join(out)


def indexes(dialect, mb):
    """One table with as many indexes as the size allows (25,000 at 1 MB;
    MariaDB refuses every key past the 64th, each with a warning)."""
    n = mb * 25_000
    out = [f"CREATE TABLE t (id {key(dialect)}, a integer, b integer);\n"]
    out += [f"CREATE INDEX ix_{i} ON t (a, b);\n" for i in range(n)]
    return "".join(out)


def string(dialect, mb):
    """One string literal of `mb` MB (a huge DEFAULT)."""
    return ("CREATE TABLE t (id integer PRIMARY KEY, note varchar(20) DEFAULT '"
            + "x" * (mb * 1_000_000) + "');\nCREATE TABLE u (id integer PRIMARY KEY);\n")


def comment(dialect, mb):
    """One block comment of `mb` MB between two statements."""
    return ("CREATE TABLE t (id integer PRIMARY KEY);\n/* " + "y" * (mb * 1_000_000)
            + " */\nCREATE TABLE u (id integer PRIMARY KEY);\n")


def whitespace(dialect, mb):
    """One whitespace-only line of `mb` MB between two statements."""
    return ("CREATE TABLE t (id integer PRIMARY KEY);\n" + " " * (mb * 1_000_000)
            + "\nCREATE TABLE u (id integer PRIMARY KEY);\n")


def fk_chain(dialect, mb):
    """A chain of tables, each referencing the one before (10,000 at 1 MB)."""
    n = mb * 10_000
    out = ["CREATE TABLE t0 (id integer PRIMARY KEY);\n"]
    for i in range(1, n):
        out.append(f"CREATE TABLE t{i} (id integer PRIMARY KEY, "
                   f"p integer REFERENCES t{i - 1} (id));\n")
    return "".join(out)


SHAPES = {f.__name__: f for f in
          (ordinary, one_line, columns, indexes, string, comment, whitespace, fk_chain)}


# Patterns: schemas of `n` tables written the way dump tools and migration
# folders write them, each taking once per table a path the synthetic
# schemas never take. .ci/bench times each at two sizes 4x apart: their time
# must grow 4x, not 16x. Each is in one dialect, and yields its statements.
def pg_dump(n):
    """pg_dump -s: tables, then their defaults, keys and foreign keys by ALTER TABLE ONLY."""
    for i in range(n):
        yield (f"CREATE TABLE public.t{i} (\n    id integer NOT NULL,\n    ref_id integer,\n"
               f"    name character varying(100) DEFAULT ''::character varying NOT NULL\n);")
        yield f"ALTER TABLE public.t{i} OWNER TO app;"
        yield (f"CREATE SEQUENCE public.t{i}_id_seq AS integer START WITH 1 INCREMENT BY 1 "
               "NO MINVALUE NO MAXVALUE CACHE 1;")
        yield f"ALTER SEQUENCE public.t{i}_id_seq OWNED BY public.t{i}.id;"
    for i in range(0, n, 10):
        yield f"CREATE VIEW public.v{i} AS\n SELECT t{i}.id,\n    t{i}.name\n   FROM public.t{i};"
    for i in range(n):
        yield (f"ALTER TABLE ONLY public.t{i} ALTER COLUMN id SET DEFAULT "
               f"nextval('public.t{i}_id_seq'::regclass);")
        yield f"ALTER TABLE ONLY public.t{i}\n    ADD CONSTRAINT t{i}_pkey PRIMARY KEY (id);"
    for i in range(1, n):
        yield (f"ALTER TABLE ONLY public.t{i}\n    ADD CONSTRAINT t{i}_ref_id_fkey FOREIGN KEY "
               f"(ref_id) REFERENCES public.t{i // 2}(id) ON DELETE CASCADE;")


def mysqldump(n):
    """mysqldump: DROP TABLE IF EXISTS before each table, foreign keys added after."""
    for i in range(n):
        yield f"DROP TABLE IF EXISTS `t{i}`;"
        yield (f"CREATE TABLE `t{i}` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
               "  `ref_id` int(11) DEFAULT NULL,\n  `name` varchar(100) NOT NULL DEFAULT '',\n"
               "  PRIMARY KEY (`id`),\n  KEY `ix_name` (`name`)\n) ENGINE=InnoDB;")
    for i in range(1, n):
        yield (f"ALTER TABLE `t{i}` ADD CONSTRAINT `fk_t{i}` FOREIGN KEY (`ref_id`) "
               f"REFERENCES `t{i // 2}` (`id`);")


def fk_cycle(n):
    """Tables whose foreign keys close one cycle through all of them."""
    for i in range(n):
        yield f"CREATE TABLE t{i} (id integer PRIMARY KEY, next_id integer);"
    for i in range(n):
        yield f"ALTER TABLE t{i} ADD FOREIGN KEY (next_id) REFERENCES t{(i + 1) % n}(id);"


def own_enums(n):
    """A native enum type per table."""
    for i in range(n):
        yield f"CREATE TYPE e{i} AS ENUM ('a', 'b');"
        yield f"CREATE TABLE t{i} (id serial PRIMARY KEY, status e{i});"


def sqlite_rebuild(n):
    """SQLite migrations (Django, Alembic batch): each table rebuilt as new_t, copied,
    dropped and renamed."""
    for i in range(n):
        yield f"CREATE TABLE t{i} (id INTEGER PRIMARY KEY, name TEXT);"
    for i in range(n):
        yield f"CREATE TABLE new_t{i} (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        yield f"INSERT INTO new_t{i} (id, name) SELECT id, name FROM t{i};"
        yield f"DROP TABLE t{i};"
        yield f"ALTER TABLE new_t{i} RENAME TO t{i};"


def renames(n):
    """A migration folder renaming each table and a column of it."""
    for i in range(n):
        yield f"CREATE TABLE t{i} (id serial PRIMARY KEY, old_name text);"
    for i in range(n):
        yield f"ALTER TABLE t{i} RENAME COLUMN old_name TO new_name;"
        yield f"ALTER TABLE t{i} RENAME TO r{i};"


def drops(n):
    """Half the tables dropped again."""
    for i in range(n):
        yield f"CREATE TABLE t{i} (id serial PRIMARY KEY);"
    for i in range(0, n, 2):
        yield f"DROP TABLE t{i};"


def partitions(n):
    """One table with a partition per value."""
    yield ("CREATE TABLE events (id bigint NOT NULL, day integer NOT NULL, "
             "PRIMARY KEY (id, day)) PARTITION BY RANGE (day);")
    for i in range(n):
        yield f"CREATE TABLE events_{i} PARTITION OF events FOR VALUES FROM ({i}) TO ({i + 1});"


PATTERNS = {f.__name__: f for f in
            (pg_dump, mysqldump, fk_cycle, own_enums, sqlite_rebuild, renames, drops, partitions)}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dialect", choices=["postgresql", "mysql", "sqlite"])
    parser.add_argument("--shape", choices=sorted(SHAPES))
    parser.add_argument("--mb", type=int, default=1)
    parser.add_argument("--pattern", choices=sorted(PATTERNS))
    parser.add_argument("--tables", type=int, default=1000)
    args = parser.parse_args()
    if args.pattern:
        sys.stdout.write("\n".join(PATTERNS[args.pattern](args.tables)) + "\n")
    elif args.shape and args.dialect:
        sys.stdout.write(SHAPES[args.shape](args.dialect, args.mb))
    else:
        parser.error("give --shape and --dialect, or --pattern")


if __name__ == "__main__":
    main()
