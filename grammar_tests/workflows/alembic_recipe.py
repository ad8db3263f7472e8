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

import ast
import importlib.util
import sys
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.orm import configure_mappers

from recipe import (RecipeFailed, arguments, compare_with_schema, main_of, models_in_workdir,
                    oracle_roundtrip, run, schema_tables)

HERE = Path(__file__).resolve().parent
DEFAULT_SCHEMA = HERE.parent.parent / "samples" / "tracker.sqlite.sql"
DATABASE = "app.db"


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


def main() -> int:
    parser = arguments(__doc__, DEFAULT_SCHEMA)
    parser.add_argument("--strict", action="store_true",
                        help="fail on the known primary key nullability difference too")
    args = parser.parse_args()

    # Not resolved: a venv's python is a symlink, and its scripts sit beside the link.
    alembic = str(Path(sys.executable).parent / "alembic")
    if not Path(alembic).exists():
        raise RecipeFailed(f"no alembic next to {sys.executable}: is this the venv's python?")
    workdir, schema = models_in_workdir(args)
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
        problems.extend(oracle_roundtrip(args.oracle, workdir, workdir / DATABASE, ("alembic_version",),
                                         frozenset(describe(d) for d in known)))

    if problems:
        raise RecipeFailed("\n".join(problems))
    known_note = f" except the nullability of {len(known)} primary key column(s) (see notes)" if known else ""
    oracle_note = ", oracle roundtrip agrees" if args.oracle else ""
    print(f"alembic recipe: {len(created)} tables created by the initial migration, "
          f"upgrade head equals the models{known_note}{oracle_note}")
    return 0


if __name__ == "__main__":
    main_of("alembic", main)
