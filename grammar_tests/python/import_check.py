"""Import a generated module as its users would, and check it maps the schema.

Usage: python import_check.py MODULE.py EXPECTED

EXPECTED is a JSON file mapping each table name to its column names, in order;
a SQLite schema (`*.sql`, loaded into an in-memory database to read them); or
`-` (no check of the tables). The module
must compile, import, configure its mappers (sqlalchemy.orm.configure_mappers)
and hold exactly those tables with exactly those columns: a name Python binds
otherwise (NFKC, mangling, a skipped dunder) would show as a missing or renamed
column. Prints what is wrong and exits 1.
"""
import importlib.util
import json
import sqlite3
import sys
import warnings

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, configure_mappers


def import_module(path, name="generated_module", warnings_are_errors=True):
    """Run the module at `path` as an import would and configure its mappers."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    with warnings.catch_warnings():
        warnings.simplefilter("error" if warnings_are_errors else "ignore")
        spec.loader.exec_module(module)
        configure_mappers()
    return module


def metadata_of(module):
    """The MetaData of the module's declarative base (or its `metadata`, or
    SQLModel's)."""
    metadata = None
    for value in vars(module).values():
        if isinstance(value, type) and value.__name__ == "SQLModel" and value.__module__ == "sqlmodel.main":
            return value.metadata
        if isinstance(value, type) and issubclass(value, DeclarativeBase) and value is not DeclarativeBase:
            return value.metadata
        if isinstance(value, MetaData):
            metadata = value
    return metadata


def main(path, expected_path):
    expected = None
    if expected_path.endswith(".sql"):
        db = sqlite3.connect(":memory:")
        with open(expected_path, encoding="utf-8") as f:
            db.executescript(f.read())
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        expected = {
            name: [r[1] for r in db.execute("SELECT * FROM pragma_table_info(?)", (name,))]
            for name in names
        }
    elif expected_path != "-":
        with open(expected_path, encoding="utf-8") as f:
            expected = json.load(f)
    module = import_module(path)
    metadata = metadata_of(module)
    if metadata is None:
        sys.exit("no metadata in the module")
    found = {t.name: [c.name for c in t.columns] for t in metadata.tables.values()}
    if expected is not None and found != expected:
        sys.exit(f"tables differ:\n  expected {expected}\n  found    {found}")


if __name__ == "__main__":
    main(*sys.argv[1:])
