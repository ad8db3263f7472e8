"""What the recipe scripts share: running a step, and what the schema creates.

The scripts run as `PYTHON SCRIPT ...`, so this folder is on sys.path.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa


class RecipeFailed(Exception):
    pass


def run(command: list[str], cwd: Path, what: str) -> subprocess.CompletedProcess:
    """Run one step of the recipe; a failed step stops the recipe."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RecipeFailed(
            f"{what} exited {done.returncode}: {' '.join(command)}\n{done.stdout}{done.stderr}"
        )
    # Python warnings and alembic's WARNING log lines are worth seeing even
    # when the step succeeds: they are what a user would see too.
    for line in (done.stdout + done.stderr).splitlines():
        if "warning" in line.lower() or line.startswith("WARN"):
            print(f"note: {what}: {line}", file=sys.stderr)
    return done


def schema_tables(schema: list[Path]) -> dict[str, set[str]]:
    """The tables the schema itself creates and their columns, without asking ddlcodegen."""
    db = sqlite3.connect(":memory:")
    try:
        for path in schema:
            db.executescript(path.read_text())
        names = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )]
        return {
            # table_xinfo lists generated columns too; hidden = 1 marks a virtual table's hidden ones.
            name: {row[1] for row in db.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)) if row[6] != 1}
            for name in names
        }
    except sqlite3.Error as e:
        raise RecipeFailed(f"the schema does not load into SQLite: {e}")
    finally:
        db.close()


def compare_with_schema(metadata: sa.MetaData, expected: dict[str, set[str]]) -> list[str]:
    """The models hold the schema's tables with the schema's columns (in any order)."""
    modelled = set(metadata.tables)
    problems = []
    if modelled != set(expected):
        problems.append(
            "the models' tables are not the schema's tables: "
            f"missing {sorted(set(expected) - modelled)}, extra {sorted(modelled - set(expected))}"
        )
    for name in sorted(modelled & set(expected)):
        columns = {c.name for c in metadata.tables[name].columns}
        if columns != expected[name]:
            problems.append(
                f"table {name}: the models lack columns {sorted(expected[name] - columns)} "
                f"and add {sorted(columns - expected[name])}"
            )
    return problems


def arguments(doc: str, default_schema: Path) -> argparse.ArgumentParser:
    """The options every recipe takes."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--ddlcodegen", required=True, type=Path, help="the ddlcodegen binary")
    parser.add_argument("--workdir", required=True, type=Path, help="an empty folder to work in")
    parser.add_argument("--oracle", type=Path, help="the oracle wrapper (../shared/oracle/oracle)")
    parser.add_argument("--schema", nargs="+", type=Path, default=[default_schema],
                        help="SQLite DDL file(s), applied in order (default: %(default)s)")
    return parser


def oracle_roundtrip(oracle: Path, workdir: Path, database: Path,
                     leave_out: tuple[str, ...] = (), known: frozenset[str] = frozenset()) -> list[str]:
    """The oracle's own check, on the schema the recipe built, as sqlite3 dumps it
    (rows are no schema: `.schema` leaves them out). `leave_out`: tables the
    models do not have (alembic's bookkeeping); `known`: differences accepted,
    in the oracle's wording, one a line."""
    sqlite3_shell = shutil.which("sqlite3")
    if sqlite3_shell is None:
        return ["--oracle needs the sqlite3 command-line shell on PATH"]
    copy = workdir / "dumped.db"
    shutil.copyfile(database, copy)
    db = sqlite3.connect(copy)
    with db:
        for table in leave_out:
            db.execute(f'DROP TABLE "{table}"')
    db.close()
    dump = run([sqlite3_shell, str(copy), ".schema"], workdir, "sqlite3 .schema").stdout
    (workdir / "dumped.sql").write_text(dump)
    done = subprocess.run(
        [str(oracle), "roundtrip", "--dialect", "sqlite", "--models", "models.py", "dumped.sql"],
        cwd=workdir, capture_output=True, text=True)
    lines = done.stdout.splitlines()
    if done.returncode == 0:
        return []
    if done.returncode == 1 and lines and all(line in known for line in lines):
        print(f"note: oracle roundtrip lists the same {len(lines)} known difference(s)", file=sys.stderr)
        return []
    return [f"oracle roundtrip exited {done.returncode}:\n{done.stdout}{done.stderr}"]


def main_of(name: str, main) -> None:
    """Run a recipe's main: exit 0, or 1 with why."""
    try:
        sys.exit(main())
    except RecipeFailed as failure:
        print(f"{name} recipe FAILED: {failure}", file=sys.stderr)
        sys.exit(1)


def models_in_workdir(args: argparse.Namespace) -> tuple[Path, list[Path]]:
    """The recipes' first step: an empty working folder, and ddlcodegen's
    models of the schema written there as models.py. Views are left out: they
    would come out as Table objects, which autogenerate and create_all() would
    create as tables."""
    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    if any(workdir.iterdir()):
        raise RecipeFailed(f"{workdir} is not empty")
    schema = [path.resolve() for path in args.schema]
    run([str(args.ddlcodegen.resolve()), "--dialect", "sqlite", "--noviews",
         *map(str, schema), "--outfile", "models.py"], workdir, "ddlcodegen")
    return workdir, schema
