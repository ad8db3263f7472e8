#!/usr/bin/env python3
"""Pathological input shapes for the speed benchmark (.ci/bench-shapes).

Each shape is written as SQL of about the same size as an ordinary schema, so
that the time per MB of every shape can be compared with the ordinary one:
every input shape must cost time linear in its size.

    bench/shapes.py --dialect postgresql --shape one_line --mb 4 > x.sql
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


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dialect", required=True, choices=["postgresql", "mysql", "sqlite"])
    parser.add_argument("--shape", required=True, choices=sorted(SHAPES))
    parser.add_argument("--mb", type=int, default=1)
    args = parser.parse_args()
    sys.stdout.write(SHAPES[args.shape](args.dialect, args.mb))


if __name__ == "__main__":
    main()
