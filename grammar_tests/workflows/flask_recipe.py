"""The README recipe "Flask-SQLAlchemy", run for real.

Usage:
    PYTHON flask_recipe.py --ddlcodegen BIN --workdir EMPTY_DIR
                           [--oracle ORACLE] [--schema FILE ...]

PYTHON is a venv's python with Flask-SQLAlchemy. In EMPTY_DIR the script does
what a user does: ddlcodegen writes models.py from a SQLite schema (by default
samples/tracker.sqlite.sql), app.py makes the Flask app with
`db = SQLAlchemy(model_class=Base)` and a SQLite file as its database, and
`db.create_all()` runs in an app context, in a Python process of its own. It
checks that:

* the database holds exactly the tables of Base.metadata, each with exactly its
  columns, and that these are the tables the schema creates (loaded with the
  stdlib sqlite3 module);
* a row inserted through db.session into a table that needs no other row comes
  back from a new session with its values and a primary key, and its
  relationships load;
* with --oracle, `oracle roundtrip` finds nothing between the models and the
  database's `.schema`.

Exit 0 with one summary line on stdout; 1 with the reasons on stderr.
"""
from __future__ import annotations

import datetime
import decimal
import enum
import importlib
import sys
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from recipe import (RecipeFailed, arguments, compare_with_schema, main_of, models_in_workdir,
                    oracle_roundtrip, run, schema_tables)

HERE = Path(__file__).resolve().parent
DEFAULT_SCHEMA = HERE.parent.parent / "samples" / "tracker.sqlite.sql"

# The app as the README shows it. Flask-SQLAlchemy puts a relative SQLite path
# in the app's instance folder: the database is instance/app.db.
APP = '''\
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from models import Base

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
db = SQLAlchemy(model_class=Base)
db.init_app(app)
'''

CREATE_ALL = '''\
from app import app, db
with app.app_context():
    db.create_all()
'''


def sample_value(column: sa.Column):
    """A value any column of this type accepts, or None when there is no obvious one."""
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return None
    if isinstance(python_type, type) and issubclass(python_type, enum.Enum):
        return next(iter(python_type))
    length = getattr(column.type, "length", None) or 2
    values = {
        str: "wf"[:length],
        bytes: b"wf"[:length],
        bool: True,
        int: 1,
        float: 1.0,
        decimal.Decimal: decimal.Decimal("1"),
        datetime.datetime: datetime.datetime(2024, 1, 2, 3, 4, 5),
        datetime.date: datetime.date(2024, 1, 2),
        datetime.time: datetime.time(3, 4, 5),
    }
    return values.get(python_type)


def assigned_by_sqlite(column: sa.Column) -> bool:
    """An INTEGER PRIMARY KEY: SQLite fills it (the rowid). Other keys it leaves NULL."""
    return (
        column.primary_key
        and len(column.table.primary_key.columns) == 1
        and not column.foreign_keys
        and column.type.compile(dialect=sqlite_dialect()) == "INTEGER"
    )


def simple_row(base):
    """The first plain mapped class (by table name) that one row can go into alone.

    Such a class needs no other row (no required foreign key), has no CHECK a
    made-up value could break, and every column it requires without a default
    has an obvious value. Returns (class, {attribute: value}) or None.
    """
    mappers = sorted(base.registry.mappers, key=lambda m: m.local_table.name)
    for mapper in mappers:
        tables = mapper.tables
        if not all(isinstance(t, sa.Table) for t in tables) or any(
            isinstance(c, sa.CheckConstraint) for t in tables for c in t.constraints
        ):
            continue
        values = {}
        for column in (c for t in tables for c in t.columns):
            if column.primary_key and not column.foreign_keys:
                # The models may call a key nullable (SQLite says so of keys
                # without NOT NULL), but a row with a NULL key cannot be loaded.
                required = not assigned_by_sqlite(column)
            else:
                required = not (
                    column.nullable
                    or column.server_default is not None
                    or column.default is not None
                )
            if not required:
                continue
            value = None if column.foreign_keys else sample_value(column)
            if value is None:
                break
            values[mapper.get_property_by_column(column).key] = value
        else:
            return mapper.class_, values
    return None


def check_tables(inspector, metadata: sa.MetaData) -> list[str]:
    """The database holds the models' tables with the models' columns, in order."""
    problems = []
    in_database = set(inspector.get_table_names())
    modelled = set(metadata.tables)
    if in_database != modelled:
        problems.append(
            "db.create_all() did not create exactly the models' tables: "
            f"missing {sorted(modelled - in_database)}, extra {sorted(in_database - modelled)}"
        )
    for name in sorted(modelled & in_database):
        columns = [c["name"] for c in inspector.get_columns(name)]
        wanted = [c.name for c in metadata.tables[name].columns]
        if columns != wanted:
            problems.append(f"table {name}: columns {columns} in the database, {wanted} in the models")
    return problems


def check_row(db, base) -> tuple[str, list[str]]:
    """Insert one row through db.session, read it back in a new session."""
    found = simple_row(base)
    if found is None:
        return "", ["no mapped table takes a row on its own (all need a foreign key or a CHECK)"]
    cls, values = found
    try:
        db.session.add(cls(**values))
        db.session.commit()
        db.session.remove()  # the next query reads the database, not the identity map
        rows = db.session.execute(db.select(cls)).scalars().all()
    except sa.exc.SQLAlchemyError as e:
        return cls.__name__, [f"{cls.__name__}: a row does not go in and come back: {e}"]
    if len(rows) != 1:
        return cls.__name__, [f"{cls.__name__}: {len(rows)} rows read back, not 1"]
    row = rows[0]
    if row is None:  # what the ORM gives for a row whose primary key is NULL
        return cls.__name__, [f"{cls.__name__}: the row came back without a primary key"]
    problems = [
        f"{cls.__name__}.{key}: {getattr(row, key)!r} read back, {value!r} written"
        for key, value in values.items()
        if getattr(row, key) != value
    ]
    mapper = sa.inspect(cls)
    for relationship in mapper.relationships:
        try:
            getattr(row, relationship.key)  # a lazy load: the join condition runs
        except sa.exc.SQLAlchemyError as e:
            problems.append(f"{cls.__name__}.{relationship.key} does not load: {e}")
    db.session.remove()
    return cls.__name__, problems


def main() -> int:
    parser = arguments(__doc__, DEFAULT_SCHEMA)
    args = parser.parse_args()

    workdir, schema = models_in_workdir(args)
    (workdir / "app.py").write_text(APP)
    run([sys.executable, "-c", CREATE_ALL], workdir, "db.create_all()")

    # Now the app as any other code of the project sees it.
    sys.path.insert(0, str(workdir))
    app_module = importlib.import_module("app")
    app, db = app_module.app, app_module.db
    base = sys.modules["models"].Base
    database = Path(app.instance_path) / "app.db"
    if not database.is_file():
        raise RecipeFailed(f"db.create_all() wrote no {database}")

    with app.app_context():
        if db.metadata is not base.metadata:
            raise RecipeFailed("db.metadata is not the models' Base.metadata")
        problems = compare_with_schema(base.metadata, schema_tables(schema))
        problems.extend(check_tables(sa.inspect(db.engine), base.metadata))
        table_count = len(base.metadata.tables)
        inserted = ""
        if not problems:
            inserted, row_problems = check_row(db, base)
            problems.extend(row_problems)
        db.engine.dispose()

    if args.oracle:
        problems.extend(oracle_roundtrip(args.oracle, workdir, database))

    if problems:
        raise RecipeFailed("\n".join(problems))
    oracle_note = ", oracle roundtrip agrees" if args.oracle else ""
    print(f"flask recipe: db.create_all() made the {table_count} tables of the models, "
          f"a {inserted} row went in and came back through db.session{oracle_note}")
    return 0


if __name__ == "__main__":
    main_of("flask", main)
