"""The README recipe "an initial Alembic migration from the models", run for real.

Usage:
    PYTHON alembic_recipe.py --ddlcodegen BIN --workdir EMPTY_DIR
                             [--oracle ORACLE] [--schema FILE ...] [--strict]

PYTHON is a venv's python with SQLAlchemy and Alembic; the `alembic` command is
the one installed next to it. In EMPTY_DIR the script does what a user does:
ddlcodegen writes models.py from a SQLite schema (by default
samples/tracker.sqlite.sql), `alembic init migrations`, alembic.ini gets
`sqlalchemy.url = sqlite:///app.db`, env.py gets `from models import Base` and
`target_metadata = Base.metadata`, then `alembic revision --autogenerate -m
initial` and `alembic upgrade head`. It checks that:

* the migration has one `op.create_table` for each table of Base.metadata, and
  that these are exactly the tables the schema creates (loaded with the stdlib
  sqlite3 module);
* after the upgrade, alembic's compare_metadata (types and server defaults
  compared) finds nothing between the database and the models;
* with --oracle, `oracle roundtrip` finds nothing between the models and the
  upgraded database's `.schema` (alembic_version left out).

One difference is known and only noted (it fails with --strict): SQLite
reports a primary key column as nullable unless it says NOT NULL, so
sqlacodegen (and ddlcodegen, byte for byte) declares `id INTEGER PRIMARY KEY`
as `Mapped[Optional[int]]`, a nullable column. Alembic renders the migration
from a copy of each table, and in the copy the primary key makes the column
NOT NULL (the models gave its nullability through the annotation, not through
`nullable=`), so the migration says `nullable=False`: after the upgrade the
database says NOT NULL where the models say nullable, and the next
`alembic revision --autogenerate` proposes `alter_column(..., nullable=True)`
for each such key.

Exit 0 with one summary line on stdout; 1 with the reasons on stderr.
"""
from __future__ import annotations

import argparse
import ast
import importlib.util
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.orm import configure_mappers

HERE = Path(__file__).resolve().parent
DEFAULT_SCHEMA = HERE.parent.parent / "samples" / "tracker.sqlite.sql"
DATABASE = "app.db"


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


def edit(path: Path, old: str, new: str) -> None:
    """Replace one line of a file alembic generated, as a user does in an editor.

    The line must be there exactly once: if a new alembic writes its templates
    differently, the README's instructions need a look too.
    """
    lines = path.read_text().splitlines(keepends=True)
    hits = [i for i, line in enumerate(lines) if line.rstrip("\n") == old]
    if len(hits) != 1:
        raise RecipeFailed(f"{path.name}: expected the line {old!r} once, found it {len(hits)} times")
    lines[hits[0]] = new + "\n"
    path.write_text("".join(lines))


def import_models(path: Path):
    """Import models.py under the name env.py imports it by."""
    spec = importlib.util.spec_from_file_location("models", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["models"] = module
    spec.loader.exec_module(module)
    configure_mappers()
    return module


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


def created_tables(migration: Path) -> list[str]:
    """Table names of the `op.create_table(...)` calls in upgrade()."""
    tree = ast.parse(migration.read_text(), str(migration))
    upgrades = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "upgrade"]
    if len(upgrades) != 1:
        raise RecipeFailed(f"{migration.name}: no upgrade() function")
    names = []
    for node in ast.walk(upgrades[0]):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "create_table"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "op"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.append(node.args[0].value)
    return names


def flatten(diffs) -> list[tuple]:
    """compare_metadata nests column changes of one column in a list."""
    flat = []
    for diff in diffs:
        flat.extend(diff if isinstance(diff, list) else [diff])
    return flat


def describe(diff: tuple) -> str:
    """One line per difference, in the oracle's roundtrip wording where they overlap."""
    op = diff[0]
    if op.startswith("modify_"):
        _, schema, table, column, _, database, models = diff
        return f"{op}: {table}.{column}: database {database!r} -> models {models!r}"
    if op in ("add_column", "remove_column"):
        return f"{op}: {diff[2]}.{diff[3].name}"
    if op in ("add_table", "remove_table"):
        return f"{op}: {diff[1].name}"
    if op in ("add_index", "remove_index"):
        return f"{op}: {diff[1].name} on {diff[1].table.name}"
    return f"{op}: " + ", ".join(repr(part) for part in diff[1:])


def is_known(diff: tuple, metadata: sa.MetaData) -> bool:
    """The primary key nullability difference explained in the module docstring."""
    if diff[0] != "modify_nullable":
        return False
    _, schema, table, column, _, database, models = diff
    key = f"{schema}.{table}" if schema else table
    if key not in metadata.tables:
        return False
    col = metadata.tables[key].c.get(column)
    return col is not None and col.primary_key and database is False and models is True


def oracle_roundtrip(oracle: Path, workdir: Path, known: set[str]) -> list[str]:
    """The oracle's own check, on the schema the migration built, as sqlite3 dumps it."""
    sqlite3_shell = shutil.which("sqlite3")
    if sqlite3_shell is None:
        return ["--oracle needs the sqlite3 command-line shell on PATH"]
    # A copy without alembic's bookkeeping table, which the models do not have.
    copy = workdir / "dumped.db"
    shutil.copyfile(workdir / DATABASE, copy)
    with sqlite3.connect(copy) as db:
        db.execute("DROP TABLE alembic_version")
    db.close()
    dump = run([sqlite3_shell, str(copy), ".schema"], workdir, "sqlite3 .schema").stdout
    (workdir / "dumped.sql").write_text(dump)
    done = subprocess.run(
        [str(oracle), "roundtrip", "--dialect", "sqlite", "--models", "models.py", "dumped.sql"],
        cwd=workdir, capture_output=True, text=True)
    lines = done.stdout.splitlines()
    if done.returncode == 0:
        return []
    # Exit 1 lists the differences, one a line, in the same wording as describe().
    if done.returncode == 1 and lines and all(line in known for line in lines):
        print(f"note: oracle roundtrip lists the same {len(lines)} known difference(s)", file=sys.stderr)
        return []
    return [f"oracle roundtrip exited {done.returncode}:\n{done.stdout}{done.stderr}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ddlcodegen", required=True, type=Path, help="the ddlcodegen binary")
    parser.add_argument("--workdir", required=True, type=Path, help="an empty folder to work in")
    parser.add_argument("--oracle", type=Path, help="the oracle wrapper (../shared/oracle/oracle)")
    parser.add_argument("--schema", nargs="+", type=Path, default=[DEFAULT_SCHEMA],
                        help="SQLite DDL file(s), applied in order (default: %(default)s)")
    parser.add_argument("--strict", action="store_true",
                        help="fail on the known primary key nullability difference too")
    args = parser.parse_args()

    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    if any(workdir.iterdir()):
        raise RecipeFailed(f"{workdir} is not empty")
    schema = [path.resolve() for path in args.schema]
    # Not resolved: a venv's python is a symlink, and its scripts sit beside the link.
    alembic = str(Path(sys.executable).parent / "alembic")
    if not Path(alembic).exists():
        raise RecipeFailed(f"no alembic next to {sys.executable}: is this the venv's python?")

    # Views would come out as Table objects, and autogenerate would create them as tables.
    run([str(args.ddlcodegen.resolve()), "--dialect", "sqlite", "--noviews",
         *map(str, schema), "--outfile", "models.py"], workdir, "ddlcodegen")
    run([alembic, "init", "migrations"], workdir, "alembic init")
    edit(workdir / "alembic.ini",
         "sqlalchemy.url = driver://user:pass@localhost/dbname",
         f"sqlalchemy.url = sqlite:///{DATABASE}")
    edit(workdir / "migrations" / "env.py",
         "target_metadata = None",
         "from models import Base\ntarget_metadata = Base.metadata")
    run([alembic, "revision", "--autogenerate", "-m", "initial"], workdir, "alembic revision")
    migrations = sorted((workdir / "migrations" / "versions").glob("*_initial.py"))
    if len(migrations) != 1:
        raise RecipeFailed(f"alembic revision wrote {[m.name for m in migrations]}, not one *_initial.py")

    problems = []
    metadata = import_models(workdir / "models.py").Base.metadata
    modelled = set(metadata.tables)
    created = created_tables(migrations[0])
    if sorted(created) != sorted(modelled):
        twice = sorted({t for t in created if created.count(t) > 1})
        problems.append(
            "the initial migration does not create exactly the models' tables: "
            f"missing {sorted(modelled - set(created))}, extra {sorted(set(created) - modelled)}"
            + (f", created more than once {twice}" if twice else "")
        )
    problems.extend(compare_with_schema(metadata, schema_tables(schema)))

    run([alembic, "upgrade", "head"], workdir, "alembic upgrade")
    engine = sa.create_engine(f"sqlite:///{workdir / DATABASE}")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True})
        diffs = flatten(compare_metadata(context, metadata))
    engine.dispose()
    known = [d for d in diffs if is_known(d, metadata) and not args.strict]
    unexpected = [d for d in diffs if d not in known]
    for diff in known:
        print(f"note: known difference (primary key nullability): {describe(diff)}", file=sys.stderr)
    if unexpected:
        problems.append("after upgrade head, the database differs from the models:\n"
                        + "\n".join(f"  {describe(d)}" for d in unexpected))

    if args.oracle:
        problems.extend(oracle_roundtrip(args.oracle, workdir, {describe(d) for d in known}))

    if problems:
        raise RecipeFailed("\n".join(problems))
    known_note = f" except the nullability of {len(known)} primary key column(s) (see notes)" if known else ""
    oracle_note = ", oracle roundtrip agrees" if args.oracle else ""
    print(f"alembic recipe: {len(created)} tables created by the initial migration, "
          f"upgrade head equals the models{known_note}{oracle_note}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RecipeFailed as failure:
        print(f"alembic recipe FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
