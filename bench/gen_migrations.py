#!/usr/bin/env python3
"""Write a deterministic, realistic migration history of N migrations as a folder.

Usage:
    gen_migrations.py --layout goose --dialect postgresql --out DIR [--migrations 300] [--seed 1]
    gen_migrations.py --layout diesel --dialect mysql --out DIR --stats

Layouts (what each tool's folder looks like; see the oracle's README, "Migration folders"):
  goose   <timestamp>_<name>.sql with -- +goose Up / -- +goose Down (StatementBegin/End
          around bodies that hold semicolons)
  dbmate  <timestamp>_<name>.sql with -- migrate:up / -- migrate:down
  diesel  <YYYY-MM-DD-HHMMSS>_<name>/up.sql + down.sql (PostgreSQL: the initial setup
          migration with its helper functions, and SELECT diesel_manage_updated_at(...))
  flat    Flyway: V<n>__<name>.sql, with U<n>__<name>.sql undo files
  sqitch  sqitch.plan, sqitch.conf, deploy/ revert/ verify/ (tags now and then; a view that
          is replaced later is a reworked change, deploy/<change>@<tag>.sql)
  prisma  <timestamp>_<name>/migration.sql, migration_lock.toml, quoted identifiers as
          prisma writes them (a hand-written down.sql that prisma never runs)
Dialects: postgresql, mysql (MariaDB), sqlite.

The history is generated against a model of the schema, so that every statement is valid
for the real server at the point where it runs: tables are created with primary keys,
foreign keys to earlier tables, unique constraints, CHECKs, indexes, defaults and NOT NULL;
later migrations add, rename and drop columns, rename and drop tables (after the foreign
keys and views that depend on them), create and drop indexes and unique constraints,
change column types, defaults and nullability where the dialect can (SQLite: only ADD
COLUMN, RENAME COLUMN, RENAME TO and DROP COLUMN of unconstrained columns), add enum
values (PostgreSQL), and create, replace and drop views and triggers. Every migration has
a down part that undoes it, so that a tool that ran it would get a different schema.

Stdlib only. The same arguments always write the same bytes.
"""

import argparse
import datetime
import os
import random
import sys

NOUNS = [
    "account", "address", "agency", "album", "allocation", "answer", "appointment",
    "artist", "asset", "assignment", "auction", "banner", "basket", "benefit", "bill",
    "blueprint", "bookmark", "branch", "bundle", "cabinet", "calendar", "candidate",
    "carrier", "certificate", "chapter", "checkout", "claim", "client", "clinic", "course",
    "credential", "crew", "customer", "dashboard", "deadline", "deposit", "diagnosis",
    "dispatch", "donation", "draft", "episode", "estimate", "exhibit", "facility",
    "favourite", "fixture", "fleet", "gallery", "grantee", "guest", "habit", "harvest",
    "household", "incident", "inquiry", "instructor", "inventory", "invoice", "journey",
    "kitchen", "lease", "lecture", "listing", "lottery", "manifest", "meeting", "menu",
    "mission", "module", "newsletter", "nomination", "obligation", "operator", "outlet",
    "package", "panel", "passenger", "patient", "payout", "pipeline", "portfolio",
    "prescription", "program", "proposal", "quota", "recipe", "referral", "reminder",
    "rental", "resource", "roster", "sample", "scenario", "seminar", "session", "shelf",
    "shift", "beacon", "snapshot", "sponsor", "squad", "statement", "station", "student",
    "studio", "submission", "summary", "surcharge", "tenant", "terminal", "theme",
    "tournament", "tracker", "treatment", "tutorial", "upload", "venue", "vessel",
    "volunteer", "wallet", "warranty", "waypoint", "widget", "workshop",
]

RENAMED_TABLE_PREFIXES = ["legacy_", "archived_", "old_", "core_", "app_"]

# (column name, kind). Names avoid words reserved in any of the three dialects.
COLUMN_POOL = [
    ("name", "str"), ("title", "str"), ("email", "str"), ("website", "str"),
    ("display_name", "str"), ("slug", "str"), ("city_name", "str"), ("headline", "str"),
    ("code", "short"), ("sku", "short"), ("phone", "short"), ("reference_no", "short"),
    ("postcode", "short"), ("external_ref", "short"), ("country_code", "char2"),
    ("currency", "char3"), ("description", "text"), ("notes", "text"), ("body", "text"),
    ("summary_text", "text"), ("quantity", "int"), ("sort_order", "int"),
    ("retry_count", "int"), ("capacity", "int"), ("position_no", "int"),
    ("view_count", "bigint"), ("revision", "bigint"), ("price", "money"),
    ("amount", "money"), ("total_cost", "money"), ("tax_rate", "decimal"),
    ("weight_kg", "decimal"), ("score", "float"), ("latitude", "float"),
    ("longitude", "float"), ("is_active", "bool"), ("is_deleted", "bool"),
    ("is_public", "bool"), ("verified", "bool"), ("created_at", "ts"),
    ("updated_at", "ts"), ("deleted_at", "ts"), ("published_at", "ts"),
    ("valid_from", "date"), ("valid_until", "date"), ("birth_date", "date"),
    ("due_on", "date"), ("status", "status"), ("metadata", "json"), ("settings", "json"),
    ("external_id", "uuid"), ("public_key", "uuid"),
]

COLUMN_RENAMES = {
    "name": ["full_name", "label"], "title": ["heading", "caption"],
    "email": ["email_address", "contact_email"], "website": ["homepage_url"],
    "display_name": ["nickname", "public_name"], "slug": ["permalink", "handle"],
    "city_name": ["city", "town"], "headline": ["tagline"], "code": ["short_code"],
    "sku": ["stock_code"], "phone": ["phone_number", "mobile"],
    "reference_no": ["reference", "ref_code"], "postcode": ["zip_code"],
    "external_ref": ["partner_ref"], "country_code": ["country_iso"],
    "currency": ["currency_code"], "description": ["details", "about"],
    "notes": ["remarks", "comments_text"], "body": ["content"], "summary_text": ["abstract"],
    "quantity": ["qty", "units"], "sort_order": ["rank_no", "display_order"],
    "retry_count": ["attempts"], "capacity": ["max_capacity", "seats"],
    "position_no": ["ordinal"], "view_count": ["views", "hit_count"],
    "revision": ["version_no"], "price": ["unit_price", "list_price"],
    "amount": ["total_amount", "net_amount"], "total_cost": ["cost"],
    "tax_rate": ["vat_rate"], "weight_kg": ["weight"], "score": ["rating_score"],
    "latitude": ["lat"], "longitude": ["lng"], "is_active": ["active", "enabled"],
    "is_deleted": ["deleted", "is_removed"], "is_public": ["visible", "is_visible"],
    "verified": ["is_verified"], "deleted_at": ["removed_at"],
    "published_at": ["released_at", "live_at"], "valid_from": ["starts_on"],
    "valid_until": ["ends_on", "expires_on"], "birth_date": ["date_of_birth"],
    "due_on": ["due_date"], "metadata": ["extra", "attributes"],
    "settings": ["preferences", "options_json"], "external_id": ["remote_id"],
    "public_key": ["share_token"], "created_at": ["inserted_at"],
}

STATUS_VALUES = ["pending", "active", "suspended", "archived"]
EXTRA_STATUS_VALUES = ["blocked", "expired", "draft", "review", "closed", "deleted"]

TABLE_COMMENTS = [
    "Owned by the billing team", "Soft-deleted rows are kept for audit",
    "Imported nightly from the partner feed", "One row per customer-facing entity",
    "Denormalised for reporting", "Do not expose through the public API",
]
COLUMN_COMMENTS = [
    "Set by the import job", "UTC", "ISO 3166-1 alpha-2", "ISO 4217 code",
    "Shown to customers", "Free text, may contain 'quotes'", "Computed nightly",
]


def q(text):
    """An SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


class Stmt:
    """One statement; `block` marks a body with semicolons inside (a function, a
    trigger), which goose needs between StatementBegin and StatementEnd and the
    MariaDB client between DELIMITER lines."""

    def __init__(self, text, block=False):
        self.text = text
        self.block = block


class EnumType:
    def __init__(self, name, values):
        self.name = name
        self.values = list(values)


class Column:
    def __init__(self, name, kind, ctype, not_null=False, default=None):
        self.name = name
        self.kind = kind
        self.ctype = ctype          # the type as written (a PostgreSQL enum: its name)
        self.not_null = not_null
        self.default = default      # default SQL text or None
        self.unique = False         # inline UNIQUE
        self.check = None           # (constraint name or None, SQL template with {c})
        self.enum = None            # EnumType (PostgreSQL) or values list (MySQL)
        self.comment = None
        self.trigger = False        # used by a trigger body
        self.pk = False
        self.autoinc = False        # MySQL AUTO_INCREMENT / SQLite AUTOINCREMENT
        self.key_name = None        # PostgreSQL: the name the server gave its inline UNIQUE
        self.check_name = None      # PostgreSQL: the name the server gave its unnamed CHECK


class ForeignKey:
    def __init__(self, name, column, target, on_delete, inline):
        self.name = name            # explicit name, or None (the server names it)
        self.server_name = None     # PostgreSQL: the name the server gave it (predicted)
        self.column = column
        self.target = target
        self.on_delete = on_delete
        self.inline = inline        # written as REFERENCES in the column definition


class Index:
    def __init__(self, name, columns, unique, constraint=False):
        self.name = name
        self.columns = columns
        self.unique = unique
        self.constraint = constraint  # a UNIQUE constraint (PostgreSQL/MySQL) not an index
        self.expression = None      # SQL template with {c} for the one column (lower({c}))
        self.where = None           # (Column, SQL template with {c}): a partial index

    def refs(self):
        return self.columns + ([self.where[0]] if self.where else [])


class Table:
    def __init__(self, name):
        self.name = name
        self.columns = []
        self.fks = []
        self.indexes = []
        self.pk_type = None         # the type a referencing column must have
        self.pk_style = None
        self.trigger_name = None
        self.comment = None
        self.options = ""           # MySQL table options
        self.seq_name = None        # PostgreSQL: its serial/identity sequence
        self.pkey_name = None       # PostgreSQL: its primary key's name

    def col(self, name):
        for c in self.columns:
            if c.name == name:
                return c
        return None


class View:
    def __init__(self, name, table, columns, parent=None, fk=None, parent_col=None,
                 where=None):
        self.name = name
        self.table = table
        self.columns = columns      # list of Column of table
        # the view's own column names, fixed when it is created (PostgreSQL keeps
        # them when a base column is renamed; CREATE OR REPLACE must keep them)
        self.out_names = [c.name for c in columns]
        self.parent = parent        # joined parent table through fk
        self.fk = fk
        self.parent_col = parent_col
        self.parent_alias = ("%s_%s" % (parent.name, parent_col.name))[:60] if parent else None
        self.where = where          # (Column, SQL template with {c}) or None
        self.change = None          # sqitch: the change that created it

    def copy(self):
        v = View(self.name, self.table, list(self.columns), self.parent, self.fk,
                 self.parent_col, self.where)
        v.out_names = list(self.out_names)
        v.parent_alias = self.parent_alias
        v.change = self.change
        return v


class Migration:
    def __init__(self, name):
        self.name = name
        self.up = []
        self.down = []              # in the order it runs (already reversed)
        self.rework_of = None       # sqitch: the change name this migration reworks
        self.no_transaction = False  # PostgreSQL CREATE INDEX CONCURRENTLY inside
        self.note = None            # a comment at the top of the up part


class Generator:
    def __init__(self, dialect, layout, n, seed):
        self.d = dialect
        self.layout = layout
        self.n = n
        self.rng = random.Random(seed)
        self.quote_all = layout == "prisma"
        self.tables = []
        self.views = []
        self.enums = []
        self.used = set()           # every explicit name ever given (never reused)
        self.pg_names = set()       # PostgreSQL: relation and constraint names the server chose
        self.migrations = []
        self.have_trigger_fn = False
        self.no_transaction = False
        self.stats = {}

    # -- helpers --------------------------------------------------------
    def stat(self, key):
        self.stats[key] = self.stats.get(key, 0) + 1

    def qi(self, name):
        if not self.quote_all:
            return name
        if self.d == "mysql":
            return "`%s`" % name
        return '"%s"' % name

    def fresh(self, base, limit=60):
        """A name not given before (explicit names are never reused)."""
        base = base[:limit]
        name, k = base, 1
        while name in self.used or name in self.rel_names():
            k += 1
            suffix = "_%d" % k
            name = base[:limit - len(suffix)] + suffix
        self.used.add(name)
        return name

    def rel_names(self):
        names = set(t.name for t in self.tables) | set(v.name for v in self.views)
        if self.d != "mysql":
            for t in self.tables:
                names.update(i.name for i in t.indexes)
        return names | self.pg_names

    def pg_choose(self, name1, name2, label):
        """PostgreSQL's ChooseRelationName/ChooseConstraintName: makeObjectName's
        name1_name2_label within 63 bytes (the longer part shortened first), then
        label1, label2... until the name is free."""
        taken = self.pg_names | self.rel_names()
        k = 0
        while True:
            lab = label if k == 0 else "%s%d" % (label, k)
            avail = 63 - (len(lab) + 1) - (1 if name2 else 0)
            n1, n2 = len(name1), len(name2 or "")
            while n1 + n2 > avail:
                if n1 > n2:
                    n1 -= 1
                else:
                    n2 -= 1
            name = name1[:n1] + ("_" + name2[:n2] if name2 else "") + "_" + lab
            if name not in taken:
                self.pg_names.add(name)
                return name
            k += 1

    def referrers(self, table):
        return [(t, fk) for t in self.tables for fk in t.fks if fk.target is table and t is not table]

    def views_on(self, table):
        return [v for v in self.views if v.table is table or v.parent is table]

    def views_using(self, col):
        return [v for v in self.views
                if col in v.columns or v.parent_col is col
                or (v.fk is not None and v.fk.column is col)
                or (v.where is not None and v.where[0] is col)]

    def indexes_with(self, table, col):
        return [i for i in table.indexes if col in i.refs()]

    def pg_release(self, *names):
        """Names the server no longer holds (their owner was dropped or
        renamed), which its name choice may then give again."""
        for name in names:
            if name is not None:
                self.pg_names.discard(name)

    def fk_of(self, table, col):
        for fk in table.fks:
            if fk.column is col:
                return fk
        return None

    # -- types ------------------------------------------------------------
    def col_type(self, kind):
        rng, d = self.rng, self.d
        if d == "postgresql":
            return {
                "str": lambda: "varchar(%d)" % rng.choice([100, 150, 200, 255]),
                "short": lambda: "varchar(%d)" % rng.choice([20, 32, 40, 50]),
                "char2": lambda: "char(2)", "char3": lambda: "char(3)",
                "text": lambda: "text", "int": lambda: rng.choice(["integer", "integer", "smallint"]),
                "bigint": lambda: "bigint", "money": lambda: "numeric(12,2)",
                "decimal": lambda: "numeric(8,3)",
                "float": lambda: rng.choice(["double precision", "real"]),
                "bool": lambda: "boolean",
                "ts": lambda: rng.choice(["timestamptz", "timestamp with time zone",
                                          "timestamp without time zone"]),
                "date": lambda: "date", "status": lambda: "varchar(20)",
                "json": lambda: rng.choice(["jsonb", "jsonb", "json"]), "uuid": lambda: "uuid",
            }[kind]()
        if d == "mysql":
            return {
                "str": lambda: "varchar(%d)" % rng.choice([100, 150, 200, 255]),
                "short": lambda: "varchar(%d)" % rng.choice([20, 32, 40, 50]),
                "char2": lambda: "char(2)", "char3": lambda: "char(3)",
                "text": lambda: rng.choice(["text", "mediumtext"]),
                "int": lambda: rng.choice(["int(11)", "int", "smallint(6)", "int unsigned"]),
                "bigint": lambda: rng.choice(["bigint(20)", "bigint"]),
                "money": lambda: "decimal(12,2)", "decimal": lambda: "decimal(8,3)",
                "float": lambda: rng.choice(["double", "float"]),
                "bool": lambda: rng.choice(["tinyint(1)", "boolean"]),
                "ts": lambda: rng.choice(["datetime", "datetime", "timestamp", "datetime(6)"]),
                "date": lambda: "date", "status": lambda: "varchar(20)",
                "json": lambda: "json", "uuid": lambda: "char(36)",
            }[kind]()
        return {
            "str": lambda: "VARCHAR(%d)" % rng.choice([100, 150, 200, 255]),
            "short": lambda: "VARCHAR(%d)" % rng.choice([20, 32, 40, 50]),
            "char2": lambda: "CHAR(2)", "char3": lambda: "CHAR(3)",
            "text": lambda: "TEXT", "int": lambda: "INTEGER", "bigint": lambda: "BIGINT",
            "money": lambda: "NUMERIC(12, 2)", "decimal": lambda: "DECIMAL(8, 3)",
            "float": lambda: rng.choice(["REAL", "FLOAT", "DOUBLE PRECISION"]),
            "bool": lambda: "BOOLEAN", "ts": lambda: rng.choice(["DATETIME", "TIMESTAMP"]),
            "date": lambda: "DATE", "status": lambda: "VARCHAR(20)",
            "json": lambda: rng.choice(["JSON", "TEXT"]), "uuid": lambda: "CHAR(36)",
        }[kind]()

    def default_for(self, name, kind, ctype):
        rng, d = self.rng, self.d
        if rng.random() > 0.4:
            return None
        if kind in ("int", "bigint"):
            return "%d" % rng.choice([0, 0, 1, 10])
        if kind in ("money", "decimal"):
            return rng.choice(["0.00", "0"]) if d != "postgresql" else rng.choice(["0.00", "'0'::numeric", "0"])
        if kind == "float":
            return "0"
        if kind == "bool":
            if d == "mysql":
                return rng.choice(["0", "1"])
            if d == "sqlite":
                return rng.choice(["0", "1", "FALSE", "TRUE"])
            return rng.choice(["false", "true"])
        if kind == "ts":
            if name not in ("created_at", "updated_at"):
                return None
            if d == "mysql":
                now = "CURRENT_TIMESTAMP(6)" if ctype.endswith("(6)") else "CURRENT_TIMESTAMP"
                if name == "updated_at":
                    return "%s ON UPDATE %s" % (now, now)
                return now
            if d == "postgresql":
                return rng.choice(["now()", "CURRENT_TIMESTAMP"])
            return "CURRENT_TIMESTAMP"
        if kind == "status":
            return q("pending")
        if kind in ("str", "short"):
            return "''" if rng.random() < 0.4 else None
        if kind == "uuid" and d == "postgresql":
            return "gen_random_uuid()"
        if kind == "char3":
            return q("EUR")
        return None

    def new_column(self, table, name, kind, for_add=False):
        rng, d = self.rng, self.d
        ctype = self.col_type(kind)
        col = Column(name, kind, ctype)
        if kind == "status":
            r = rng.random()
            if d == "postgresql" and r < 0.5:
                et = EnumType(self.fresh("%s_%s" % (table.name, name)), STATUS_VALUES)
                self.enums.append(et)
                col.enum = et
                col.ctype = et.name
                self.stat("enum_types")
            elif d == "mysql" and r < 0.5:
                col.enum = list(STATUS_VALUES)
                col.ctype = "enum(%s)" % ",".join(q(v) for v in col.enum)
            elif r < 0.75:
                col.check = (None if d == "sqlite" or rng.random() < 0.5
                             else self.fresh("ck_%s_%s" % (table.name, name)),
                             "{c} IN (%s)" % ", ".join(q(v) for v in STATUS_VALUES))
        col.not_null = rng.random() < 0.55 or kind == "bool"
        col.default = self.default_for(name, kind, col.ctype)
        if d == "mysql" and kind in ("text", "json"):
            col.default = None
        if col.enum is not None and col.default is not None and d == "postgresql":
            col.default = q("pending")
        if kind in ("money", "int") and col.check is None and rng.random() < 0.15:
            col.check = (None if d != "postgresql" or rng.random() < 0.5
                         else self.fresh("ck_%s_%s" % (table.name, name)),
                         "{c} >= 0")
        if for_add and d == "sqlite":
            if col.not_null and col.default is None:
                col.not_null = False
            if col.default == "CURRENT_TIMESTAMP":
                col.default = None  # SQLite refuses a non-constant default in ADD COLUMN
            col.check = None if col.kind != "status" else col.check
        if d != "sqlite" and rng.random() < 0.1:
            col.comment = rng.choice(COLUMN_COMMENTS)
        return col

    # -- rendering --------------------------------------------------------
    def col_def(self, table, col, with_fk=True, with_unique=True):
        d, qi = self.d, self.qi
        parts = [qi(col.name), col.ctype]
        if col.pk:
            return self.pk_def(table, col)
        if col.not_null:
            parts.append("NOT NULL")
        elif d == "mysql" and self.rng.random() < 0.3:
            parts.append("NULL")
        if col.default is not None:
            parts.append("DEFAULT " + col.default)
        if col.unique and with_unique:
            parts.append("UNIQUE")
        if d == "mysql" and col.comment:
            parts.append("COMMENT " + q(col.comment))
        if col.check is not None and col.check[0] is None:
            parts.append("CHECK (%s)" % col.check[1].format(c=qi(col.name)))
        fk = self.fk_of(table, col)
        if with_fk and fk is not None and fk.inline:
            parts.append(self.references(fk))
        return " ".join(parts)

    def references(self, fk):
        s = "REFERENCES %s (%s)" % (self.qi(fk.target.name), self.qi("id"))
        if fk.on_delete:
            s += " ON DELETE " + fk.on_delete
        return s

    def fk_clause(self, fk):
        s = ""
        if fk.name:
            s = "CONSTRAINT %s " % self.qi(fk.name)
        return s + "FOREIGN KEY (%s) %s" % (self.qi(fk.column.name), self.references(fk))

    def pk_def(self, table, col):
        style, qi = table.pk_style, self.qi
        return {
            "serial": "%s serial PRIMARY KEY",
            "bigserial": "%s bigserial NOT NULL",
            "identity": "%s bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
            "identity_always": "%s integer GENERATED ALWAYS AS IDENTITY",
            "my_int": "%s int(11) NOT NULL AUTO_INCREMENT",
            "my_bigint": "%s bigint(20) unsigned NOT NULL AUTO_INCREMENT",
            "my_inline": "%s int NOT NULL AUTO_INCREMENT PRIMARY KEY",
            "lite_autoinc": "%s INTEGER PRIMARY KEY AUTOINCREMENT",
            "lite_plain": "%s INTEGER NOT NULL PRIMARY KEY",
            "lite_table": "%s INTEGER NOT NULL",
        }[style] % qi(col.name)

    def pk_table_constraint(self, table):
        style = table.pk_style
        if style in ("bigserial", "my_int", "my_bigint", "lite_table"):
            return "PRIMARY KEY (%s)" % self.qi("id")
        if style == "identity_always":
            return "CONSTRAINT %s PRIMARY KEY (%s)" % (self.qi(table.pk_name), self.qi("id"))
        return None

    def index_stmt(self, table, idx):
        cols = ", ".join(self.qi(c.name) for c in idx.columns)
        if idx.expression is not None:
            cols = idx.expression.format(c=self.qi(idx.columns[0].name))
        if idx.where is not None:
            return "CREATE %sINDEX %s ON %s (%s) WHERE %s;" % (
                "UNIQUE " if idx.unique else "", self.qi(idx.name), self.qi(table.name), cols,
                idx.where[1].format(c=self.qi(idx.where[0].name)))
        if idx.constraint:
            if self.d == "postgresql":
                return "ALTER TABLE %s ADD CONSTRAINT %s UNIQUE (%s);" % (
                    self.qi(table.name), self.qi(idx.name), cols)
            return "ALTER TABLE %s ADD CONSTRAINT %s UNIQUE (%s);" % (
                self.qi(table.name), self.qi(idx.name), cols)
        if self.d == "mysql" and self.rng.random() < 0.4:
            return "ALTER TABLE %s ADD %sINDEX %s (%s);" % (
                self.qi(table.name), "UNIQUE " if idx.unique else "", self.qi(idx.name), cols)
        return "CREATE %sINDEX %s ON %s (%s);" % (
            "UNIQUE " if idx.unique else "", self.qi(idx.name), self.qi(table.name), cols)

    def drop_index_stmt(self, table, idx):
        if idx.constraint and self.d == "postgresql":
            return "ALTER TABLE %s DROP CONSTRAINT %s;" % (self.qi(table.name), self.qi(idx.name))
        if self.d == "mysql":
            if self.rng.random() < 0.5:
                return "ALTER TABLE %s DROP INDEX %s;" % (self.qi(table.name), self.qi(idx.name))
            return "DROP INDEX %s ON %s;" % (self.qi(idx.name), self.qi(table.name))
        return "DROP INDEX %s%s;" % ("IF EXISTS " if self.rng.random() < 0.3 else "", self.qi(idx.name))

    def create_table_stmts(self, t, recreate=False):
        """CREATE TABLE for the table as it is now, then what goes with it."""
        d, qi = self.d, self.qi
        lines = [self.col_def(t, c) for c in t.columns]
        cons = []
        pkc = self.pk_table_constraint(t)
        if pkc:
            cons.append(pkc)
        for c in t.columns:
            if c.check is not None and c.check[0] is not None:
                cons.append("CONSTRAINT %s CHECK (%s)" % (qi(c.check[0]), c.check[1].format(c=qi(c.name))))
        for idx in t.indexes:
            if idx.constraint:
                cons.append("CONSTRAINT %s UNIQUE (%s)" % (
                    qi(idx.name), ", ".join(qi(c.name) for c in idx.columns)))
        post = []
        for idx in t.indexes:
            if idx.constraint:
                continue
            if d == "mysql" and not recreate and self.rng.random() < 0.6:
                cons.append("%sKEY %s (%s)" % ("UNIQUE " if idx.unique else "", qi(idx.name),
                                              ", ".join(qi(c.name) for c in idx.columns)))
            else:
                post.append(Stmt(self.index_stmt(t, idx)))
        for fk in t.fks:
            if not fk.inline and (fk.target is t or fk.target in self.tables):
                cons.append(self.fk_clause(fk))
        body = ",\n".join("    " + x for x in lines + cons)
        suffix = ""
        if d == "mysql":
            suffix = t.options
            if t.comment:
                suffix += " COMMENT=" + q(t.comment)
        out = [Stmt("CREATE TABLE %s (\n%s\n)%s;" % (qi(t.name), body, suffix))]
        out.extend(post)
        if d == "postgresql":
            if t.comment:
                out.append(Stmt("COMMENT ON TABLE %s IS %s;" % (qi(t.name), q(t.comment))))
            for c in t.columns:
                if c.comment:
                    out.append(Stmt("COMMENT ON COLUMN %s.%s IS %s;" % (qi(t.name), qi(c.name), q(c.comment))))
        if t.trigger_name:
            out.extend(self.trigger_stmts(t))
        return out

    def trigger_stmts(self, t):
        d, qi = self.d, self.qi
        if d == "postgresql":
            if self.layout == "diesel":
                return [Stmt("SELECT diesel_manage_updated_at(%s);" % q(t.name))]
            return [Stmt("CREATE TRIGGER %s BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION set_updated_at();"
                         % (qi(t.trigger_name), qi(t.name)))]
        if d == "mysql":
            return [Stmt("CREATE TRIGGER %s BEFORE UPDATE ON %s\nFOR EACH ROW\nBEGIN\n"
                         "    IF NEW.%s <=> OLD.%s THEN\n        SET NEW.%s = CURRENT_TIMESTAMP;\n"
                         "    END IF;\nEND;" % (qi(t.trigger_name), qi(t.name), qi("updated_at"),
                                                qi("updated_at"), qi("updated_at")), block=True)]
        return [Stmt("CREATE TRIGGER %s AFTER UPDATE ON %s\nFOR EACH ROW\nBEGIN\n"
                     "    UPDATE %s SET %s = CURRENT_TIMESTAMP WHERE %s = NEW.%s;\nEND;"
                     % (qi(t.trigger_name), qi(t.name), qi(t.name), qi("updated_at"),
                        qi("id"), qi("id")), block=True)]

    def drop_trigger_stmt(self, t):
        if self.d == "postgresql":
            if self.layout == "diesel":
                return Stmt("DROP TRIGGER IF EXISTS set_updated_at ON %s;" % self.qi(t.name))
            return Stmt("DROP TRIGGER IF EXISTS %s ON %s;" % (self.qi(t.trigger_name), self.qi(t.name)))
        return Stmt("DROP TRIGGER IF EXISTS %s;" % self.qi(t.trigger_name))

    def view_stmt(self, v, replace=False):
        qi = self.qi
        def out(prefix, c, name):
            if c.name == name:
                return prefix + qi(c.name)
            return "%s%s AS %s" % (prefix, qi(c.name), qi(name))
        if v.parent is None:
            cols = ", ".join(out("", c, n) for c, n in zip(v.columns, v.out_names))
            sql = "SELECT %s FROM %s" % (cols, qi(v.table.name))
            if v.where is not None:
                sql += " WHERE " + v.where[1].format(c=qi(v.where[0].name))
        else:
            cols = ", ".join(out("c.", c, n) for c, n in zip(v.columns, v.out_names))
            sql = "SELECT p.%s AS %s, %s FROM %s c JOIN %s p ON p.%s = c.%s" % (
                qi(v.parent_col.name), qi(v.parent_alias), cols,
                qi(v.table.name), qi(v.parent.name), qi("id"), qi(v.fk.column.name))
        head = "CREATE OR REPLACE VIEW" if replace else "CREATE VIEW"
        return Stmt("%s %s AS\n%s;" % (head, qi(v.name), sql))

    # -- operations ---------------------------------------------------------
    # Each returns (name, up statements, down statements in run order) and
    # applies itself to the model, or None when it does not apply now.

    def pk_style(self, t):
        r, d = self.rng.random(), self.d
        if d == "postgresql":
            if r < 0.35:
                t.pk_type = "integer"
                return "serial"
            if r < 0.55:
                t.pk_type = "bigint"
                return "bigserial"
            if r < 0.85:
                t.pk_type = "bigint"
                return "identity"
            t.pk_type = "integer"
            t.pk_name = self.fresh("pk_%s" % t.name)
            return "identity_always"
        if d == "mysql":
            if r < 0.5:
                t.pk_type = "int(11)"
                return "my_int"
            if r < 0.8:
                t.pk_type = "bigint(20) unsigned"
                return "my_bigint"
            t.pk_type = "int"
            return "my_inline"
        t.pk_type = "INTEGER"
        return "lite_autoinc" if r < 0.3 else ("lite_plain" if r < 0.8 else "lite_table")

    def new_table_name(self):
        taken = self.rel_names() | self.used
        free = [n for n in NOUNS if n not in taken]
        again = [n for n in NOUNS if n in self.used and n not in self.rel_names()]
        if again and self.rng.random() < 0.15:
            # a name a renamed or dropped table had (the archive pattern)
            return self.rng.choice(again)
        if free:
            name = self.rng.choice(free)
            self.used.add(name)
            return name
        return self.fresh(self.rng.choice(NOUNS) + "_record")

    def new_fk(self, t, target, nullable_ok=True):
        rng, d = self.rng, self.d
        col_name = "%s_id" % target.name if target is not t else "parent_id"
        if t.col(col_name) is not None:
            col_name = "%s_%s_id" % (rng.choice(["secondary", "backup", "alt", "owner"]), target.name)
            if t.col(col_name) is not None:
                return None
        if len(col_name) > 60:
            return None
        col = Column(col_name, "fk", target.pk_type, not_null=not nullable_ok or rng.random() < 0.5)
        if target is t:
            col.not_null = False
        r = rng.random()
        on_delete = None
        if r < 0.2:
            on_delete = "CASCADE"
        elif r < 0.3 and not col.not_null:
            on_delete = "SET NULL"
        explicit = rng.random() < (0.7 if d == "mysql" else 0.5)
        name = self.fresh("fk_%s_%s" % (t.name, col_name)) if explicit else None
        inline = d != "mysql" and not explicit and rng.random() < 0.5
        fk = ForeignKey(name, col, target, on_delete, inline)
        return col, fk

    def pg_fk_name(self, t, fk):
        if self.d == "postgresql":
            fk.server_name = fk.name or self.pg_choose(t.name, fk.column.name, "fkey")

    def op_create_table(self):
        rng, d = self.rng, self.d
        t = Table(self.new_table_name())
        t.pk_style = self.pk_style(t)
        if d == "postgresql":
            t.seq_name = self.pg_choose(t.name, "id", "seq")
            if t.pk_style != "identity_always":
                t.pkey_name = self.pg_choose(t.name, None, "pkey")
            else:
                t.pkey_name = t.pk_name
        pk = Column("id", "pk", t.pk_type, not_null=True)
        pk.pk = True
        t.columns.append(pk)
        n_cols = rng.randint(3, 9)
        for name, kind in rng.sample(COLUMN_POOL, n_cols):
            t.columns.append(self.new_column(t, name, kind))
        # foreign keys to earlier tables
        targets = [x for x in self.tables if x.pk_type]
        n_fk = min(rng.choice([0, 1, 1, 1, 2, 2, 3]), len(targets))
        chosen = rng.sample(targets[-40:], min(n_fk, len(targets[-40:])))
        if self.tables and rng.random() < 0.05:
            chosen.append(t)
        for target in chosen:
            made = self.new_fk(t, target)
            if made is None:
                continue
            col, fk = made
            t.columns.insert(rng.randint(1, len(t.columns)), col)
            t.fks.append(fk)
            self.stat("foreign_keys")
        # unique: inline or table-level, single or composite
        plain = [c for c in t.columns if c.kind in ("str", "short", "int", "char2") and not c.pk]
        if plain and rng.random() < 0.35:
            c = rng.choice(plain)
            if rng.random() < 0.5:
                c.unique = True
                if d == "postgresql":
                    c.key_name = self.pg_choose(t.name, c.name, "key")
            else:
                cols = rng.sample(plain, min(len(plain), rng.choice([1, 2])))
                if not self.has_unique_on(t, cols):
                    name = self.fresh("uq_%s_%s" % (t.name, "_".join(x.name for x in cols)))
                    t.indexes.append(Index(name, cols, True, constraint=d != "sqlite"))
            self.stat("unique_constraints")
        # indexes
        for fk in t.fks:
            if rng.random() < 0.4:
                t.indexes.append(Index(self.fresh("ix_%s_%s" % (t.name, fk.column.name)),
                                       [fk.column], False))
        idxable = self.indexable(t)
        if idxable and rng.random() < 0.5:
            cols = rng.sample(idxable, min(len(idxable), rng.choice([1, 1, 2])))
            if not self.has_index_on(t, cols):
                t.indexes.append(Index(self.fresh("ix_%s_%s" % (t.name, "_".join(c.name for c in cols))),
                                       cols, False))
        for fk in t.fks:
            self.pg_fk_name(t, fk)
        if d == "postgresql":
            for c in t.columns:
                if c.check is not None and c.check[0] is None:
                    c.check_name = self.pg_choose(t.name, c.name, "check")
        if d == "mysql":
            t.options = rng.choice([" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4", " ENGINE=InnoDB",
                                    "", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"])
        if d != "sqlite" and rng.random() < 0.2:
            t.comment = rng.choice(TABLE_COMMENTS)
        up = []
        if d == "postgresql":
            for c in t.columns:
                if isinstance(c.enum, EnumType):
                    up.append(Stmt("CREATE TYPE %s AS ENUM (%s);" % (
                        self.qi(c.enum.name), ", ".join(q(v) for v in c.enum.values))))
        upd = t.col("updated_at")
        if upd is not None and rng.random() < 0.4 and self.layout not in (
                ("diesel", "prisma") if d == "mysql" else ()):
            t.trigger_name = self.fresh("trg_%s_updated_at" % t.name)
            upd.trigger = True
            if d == "postgresql" and not self.have_trigger_fn and self.layout != "diesel":
                self.have_trigger_fn = True
                up.append(Stmt("CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$\n"
                               "BEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND;\n"
                               "$$ LANGUAGE plpgsql;", block=True))
            self.stat("triggers")
        self.tables.append(t)
        up.extend(self.create_table_stmts(t))
        down = [Stmt("DROP TABLE %s;" % self.qi(t.name))]
        for c in t.columns:
            if d == "postgresql" and isinstance(c.enum, EnumType):
                down.append(Stmt("DROP TYPE %s;" % self.qi(c.enum.name)))
        self.stat("create_table")
        return "create_%s" % t.name, up, down

    def indexable(self, t):
        kinds = ("str", "short", "char2", "char3", "int", "bigint", "date", "ts", "bool", "status")
        return [c for c in t.columns if c.kind in kinds and not c.pk]

    def has_index_on(self, t, cols):
        return any(i.columns[:len(cols)] == cols for i in t.indexes)

    def has_unique_on(self, t, cols):
        """A unique constraint or index on exactly these columns already: a
        second one would tie with it in sqlacodegen's sort (its order in the
        output would change from run to run)."""
        if len(cols) == 1 and cols[0].unique:
            return True
        return any(i.unique and set(i.columns) == set(cols) for i in t.indexes)

    def pick_table(self, pred=None):
        cands = [t for t in self.tables if pred is None or pred(t)]
        if not cands:
            return None
        # recent tables change more often
        return cands[min(len(cands) - 1, int(len(cands) * (1 - self.rng.random() ** 2)))]

    def op_add_columns(self):
        rng, d, qi = self.rng, self.d, self.qi
        t = self.pick_table()
        if t is None:
            return None
        free = [(n, k) for n, k in COLUMN_POOL if t.col(n) is None]
        if not free:
            return None
        k = rng.choice([1, 1, 1, 2, 3])
        cols = []
        for name, kind in rng.sample(free, min(k, len(free))):
            cols.append((self.new_column(t, name, kind, for_add=True), None))
        targets = [x for x in self.tables if x.pk_type and x is not t]
        if targets and rng.random() < 0.2:
            made = self.new_fk(t, rng.choice(targets[-30:]), nullable_ok=True)
            if made is not None:
                col, fk = made
                if d == "sqlite":
                    col.not_null = False
                    fk.inline, fk.name = True, None
                if d == "mysql" and fk.name is None:
                    # an explicit name, to drop it in the down part
                    fk.name = self.fresh("fk_%s_%s" % (t.name, col.name))
                cols.append((col, fk))
        up, down = [], []
        if d == "postgresql":
            for col, _ in cols:
                if isinstance(col.enum, EnumType):
                    up.append(Stmt("CREATE TYPE %s AS ENUM (%s);" % (
                        qi(col.enum.name), ", ".join(q(v) for v in col.enum.values))))
        clauses = []
        for col, fk in cols:
            pos = ""
            if d == "mysql" and rng.random() < 0.25:
                after = rng.choice(t.columns)
                pos = " AFTER %s" % qi(after.name)
                at = t.columns.index(after) + 1
            elif d == "mysql" and rng.random() < 0.03:
                pos, at = " FIRST", 0
            else:
                at = len(t.columns)
            t.columns.insert(at, col)
            if fk is not None:
                t.fks.append(fk)
                if d == "mysql":
                    fk.inline = False
                self.pg_fk_name(t, fk)
                self.stat("foreign_keys")
            if d == "postgresql" and col.check is not None and col.check[0] is None:
                col.check_name = self.pg_choose(t.name, col.name, "check")
            clauses.append("ADD COLUMN %s%s" % (self.col_def(t, col), pos))
            if fk is not None and d == "mysql":
                clauses.append("ADD " + self.fk_clause(fk))
            elif fk is not None and not fk.inline:
                clauses.append("ADD " + self.fk_clause(fk))
            if col.check is not None and col.check[0] is not None:
                clauses.append("ADD CONSTRAINT %s CHECK (%s)" % (qi(col.check[0]), col.check[1].format(c=qi(col.name))))
        if d == "sqlite":
            for cl in clauses:
                up.append(Stmt("ALTER TABLE %s %s;" % (qi(t.name), cl)))
        elif len(clauses) > 1 and rng.random() < 0.7:
            up.append(Stmt("ALTER TABLE %s\n    %s;" % (qi(t.name), ",\n    ".join(clauses))))
        else:
            for cl in clauses:
                up.append(Stmt("ALTER TABLE %s %s;" % (qi(t.name), cl)))
        for col, fk in reversed(cols):
            if fk is not None and d == "mysql":
                down.append(Stmt("ALTER TABLE %s DROP FOREIGN KEY %s;" % (qi(t.name), qi(fk.name or "?"))))
            down.append(Stmt("ALTER TABLE %s DROP COLUMN %s;" % (qi(t.name), qi(col.name))))
            if d == "postgresql" and isinstance(col.enum, EnumType):
                down.append(Stmt("DROP TYPE %s;" % qi(col.enum.name)))
        # sometimes index the new column right away
        first = cols[0][0]
        if first in self.indexable(t) and rng.random() < 0.3:
            idx = Index(self.fresh("ix_%s_%s" % (t.name, first.name)), [first], False)
            t.indexes.append(idx)
            up.append(Stmt(self.index_stmt(t, idx)))
            down.insert(0, Stmt(self.drop_index_stmt(t, idx)))
        self.stat("add_column")
        return "add_%s_to_%s" % (first.name, t.name), up, down

    def renamable_column(self, t, c):
        if c.pk or c.trigger:
            return False
        if self.d == "mysql":
            if self.views_using(c) or c.check is not None:
                return False
        return True

    def op_rename_column(self):
        rng, d, qi = self.rng, self.d, self.qi
        t = self.pick_table(lambda t: any(self.renamable_column(t, c) for c in t.columns))
        if t is None:
            return None
        c = rng.choice([c for c in t.columns if self.renamable_column(t, c)])
        base = c.name
        choices = [n for n in COLUMN_RENAMES.get(base, []) if t.col(n) is None]
        if c.kind == "fk":
            choices = [n for n in ["%s_ref" % base[:-3], "linked_%s" % base]
                       if t.col(n) is None and len(n) <= 60]
        if not choices:
            choices = [n for n in ["%s_old" % base, "%s_v2" % base, "prev_%s" % base]
                       if t.col(n) is None and len(n) <= 60]
        if not choices:
            return None
        new = rng.choice(choices)
        old = c.name
        if d == "mysql" and rng.random() < 0.4:
            c.name = new
            up = "ALTER TABLE %s CHANGE COLUMN %s %s;" % (qi(t.name), qi(old), self.col_def(t, c, with_fk=False, with_unique=False))
            c.name = old
            down = "ALTER TABLE %s CHANGE COLUMN %s %s;" % (qi(t.name), qi(new), self.col_def(t, c, with_fk=False, with_unique=False))
            c.name = new
        else:
            c.name = new
            up = "ALTER TABLE %s RENAME COLUMN %s TO %s;" % (qi(t.name), qi(old), qi(new))
            down = "ALTER TABLE %s RENAME COLUMN %s TO %s;" % (qi(t.name), qi(new), qi(old))
        self.stat("rename_column")
        return "rename_%s_%s_to_%s" % (t.name, old, new), [Stmt(up)], [Stmt(down)]

    def op_rename_table(self):
        rng, d, qi = self.rng, self.d, self.qi
        if d == "mysql":
            t = self.pick_table(lambda t: not self.views_on(t))
        else:
            t = self.pick_table()
        if t is None:
            return None
        old = t.name
        base = old
        for p in RENAMED_TABLE_PREFIXES:
            if base.startswith(p):
                base = base[len(p):]
        taken = self.rel_names() | self.used
        cands = [p + base for p in RENAMED_TABLE_PREFIXES if p + base not in taken]
        cands += [base + s for s in ("_entries", "_items", "_records") if base + s not in taken]
        if base != old and base not in self.rel_names():
            cands.append(base)  # back to the plain name, now free again
        if not cands:
            return None
        new = rng.choice(cands)
        self.used.add(new)
        t.name = new
        if d == "mysql" and rng.random() < 0.5:
            up = "RENAME TABLE %s TO %s;" % (qi(old), qi(new))
            down = "RENAME TABLE %s TO %s;" % (qi(new), qi(old))
        else:
            up = "ALTER TABLE %s RENAME TO %s;" % (qi(old), qi(new))
            down = "ALTER TABLE %s RENAME TO %s;" % (qi(new), qi(old))
        ups, downs = [Stmt(up)], [Stmt(down)]
        if d != "sqlite" and rng.random() < 0.5:
            # what the table's name is part of follows it, as Rails' rename_table does
            renames = self.rename_owned_names(t, old, new)
            ups += [Stmt(u) for u, _ in renames]
            downs = [Stmt(b) for _, b in reversed(renames)] + downs
        self.stat("rename_table")
        return "rename_%s_to_%s" % (old, new), ups, downs

    def rename_owned_names(self, t, old, new):
        """(up, down) statements renaming the sequence, primary key and indexes
        whose names start with the table's old name."""
        qi, d = self.qi, self.d
        out = []
        taken = lambda n: n in self.pg_names or n in self.rel_names() or n in self.used
        if d == "postgresql":
            if t.pk_style in ("serial", "bigserial") and t.seq_name == "%s_id_seq" % old:
                name = "%s_id_seq" % new
                if len(name) <= 63 and not taken(name):
                    out.append(("ALTER SEQUENCE %s RENAME TO %s;" % (qi(t.seq_name), qi(name)),
                                "ALTER SEQUENCE %s RENAME TO %s;" % (qi(name), qi(t.seq_name))))
                    self.pg_release(t.seq_name)
                    self.pg_names.add(name)
                    t.seq_name = name
            if t.pkey_name == "%s_pkey" % old:
                name = "%s_pkey" % new
                if len(name) <= 63 and not taken(name):
                    out.append(("ALTER INDEX %s RENAME TO %s;" % (qi(t.pkey_name), qi(name)),
                                "ALTER INDEX %s RENAME TO %s;" % (qi(name), qi(t.pkey_name))))
                    self.pg_release(t.pkey_name)
                    self.pg_names.add(name)
                    t.pkey_name = name
        for idx in t.indexes:
            for prefix in ("ix_", "uq_"):
                if idx.name.startswith(prefix + old + "_"):
                    name = self.fresh(prefix + new + idx.name[len(prefix + old):])
                    if d == "postgresql":
                        stmt = "ALTER INDEX %s RENAME TO %s;"
                        out.append((stmt % (qi(idx.name), qi(name)), stmt % (qi(name), qi(idx.name))))
                    else:
                        stmt = "ALTER TABLE %s RENAME INDEX %s TO %s;"
                        out.append((stmt % (qi(new), qi(idx.name), qi(name)),
                                    stmt % (qi(new), qi(name), qi(idx.name))))
                    idx.name = name
                    self.stat("rename_index")
        return out

    def droppable_column(self, t, c):
        d = self.d
        if c.pk or c.trigger or self.views_using(c):
            return False
        if len(t.columns) <= 3:
            return False
        idx = self.indexes_with(t, c)
        fk = self.fk_of(t, c)
        if d == "postgresql":
            return not idx or all(len(i.columns) == 1 for i in idx)
        if d == "mysql":
            if fk is not None or c.check is not None or c.unique:
                return False
            return all(len(i.columns) == 1 for i in idx)
        # SQLite: no constraint, no index, no foreign key, and re-addable in the down part
        if fk is not None or c.check is not None or c.unique or idx:
            return False
        return not c.not_null or (c.default is not None and c.default != "CURRENT_TIMESTAMP")

    def op_drop_column(self):
        rng, d, qi = self.rng, self.d, self.qi
        t = self.pick_table(lambda t: any(self.droppable_column(t, c) for c in t.columns))
        if t is None:
            return None
        c = rng.choice([c for c in t.columns if self.droppable_column(t, c)])
        fk = self.fk_of(t, c)
        idx = self.indexes_with(t, c)
        down = []
        pos = t.columns.index(c)
        after = t.columns[pos - 1]
        # down: add it back, with what went with it
        clause = "ADD COLUMN %s" % self.col_def(t, c, with_fk=False)
        if d == "mysql":
            clause += " AFTER %s" % qi(after.name)
        down.append(Stmt("ALTER TABLE %s %s;" % (qi(t.name), clause)))
        if c.check is not None and c.check[0] is not None:
            down.append(Stmt("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s);" % (
                qi(t.name), qi(c.check[0]), c.check[1].format(c=qi(c.name)))))
        if fk is not None:
            down.append(Stmt("ALTER TABLE %s ADD %s;" % (qi(t.name), self.fk_clause(fk))))
            t.fks.remove(fk)
            self.pg_release(fk.server_name)
        self.pg_release(c.key_name, c.check_name)
        for i in idx:
            down.append(Stmt(self.index_stmt(t, i)))
            t.indexes.remove(i)
        t.columns.remove(c)
        up = "ALTER TABLE %s DROP COLUMN %s;" % (qi(t.name), qi(c.name))
        if d == "postgresql" and rng.random() < 0.3:
            up = "ALTER TABLE %s DROP COLUMN IF EXISTS %s;" % (qi(t.name), qi(c.name))
        self.stat("drop_column")
        return "drop_%s_from_%s" % (c.name, t.name), [Stmt(up)], down

    def op_drop_table(self):
        rng, d, qi = self.rng, self.d, self.qi

        def ok(t):
            if len(self.tables) < 6:
                return False
            refs = self.referrers(t)
            if d == "sqlite":
                return not refs
            if d == "mysql":
                return all(fk.name for _, fk in refs)
            return True
        t = self.pick_table(ok)
        if t is None:
            return None
        up, down_first, down = [], [], []
        cascade = False
        views = self.views_on(t)
        if d == "postgresql" and (views or self.referrers(t)) and rng.random() < 0.5:
            cascade = True
        for v in views:
            if not cascade:
                up.append(Stmt("DROP VIEW %s;" % qi(v.name)))
            down.insert(0, self.view_stmt(v))
            self.views.remove(v)
        refs = self.referrers(t)
        if not cascade:
            for child, fk in refs:
                if d == "mysql":
                    up.append(Stmt("ALTER TABLE %s DROP FOREIGN KEY %s;" % (qi(child.name), qi(fk.name))))
                else:
                    up.append(Stmt("ALTER TABLE %s DROP CONSTRAINT %s;" % (qi(child.name), qi(fk.server_name))))
        for child, fk in refs:
            down.insert(0, Stmt("ALTER TABLE %s ADD %s;" % (qi(child.name), self.fk_clause(fk))))
            child.fks.remove(fk)
            self.pg_release(fk.server_name)
        up.append(Stmt("DROP TABLE %s%s%s;" % ("IF EXISTS " if rng.random() < 0.3 else "",
                                                qi(t.name), " CASCADE" if cascade else "")))
        self.tables.remove(t)
        self.pg_release(t.seq_name, t.pkey_name, *[fk.server_name for fk in t.fks])
        self.pg_release(*[n for c in t.columns for n in (c.key_name, c.check_name)])
        # a self-reference goes with the table
        recreate = self.create_table_stmts(t, recreate=True)
        if d == "postgresql":
            for c in t.columns:
                if isinstance(c.enum, EnumType):
                    up.append(Stmt("DROP TYPE %s;" % qi(c.enum.name)))
                    self.enums.remove(c.enum)
                    recreate.insert(0, Stmt("CREATE TYPE %s AS ENUM (%s);" % (
                        qi(c.enum.name), ", ".join(q(v) for v in c.enum.values))))
        self.stat("drop_table")
        return "drop_%s" % t.name, up, down_first + recreate + down

    def op_create_index(self):
        rng = self.rng
        t = self.pick_table(lambda t: self.indexable(t))
        if t is None:
            return None
        # foreign key columns too (InnoDB then drops the index it made for the key)
        idxable = self.indexable(t) + [c for c in t.columns if c.kind == "fk"]
        cols = rng.sample(idxable, min(len(idxable), rng.choice([1, 1, 2])))
        if self.has_index_on(t, cols):
            return None
        unique = all(c.kind in ("str", "short", "int", "bigint") for c in cols) and rng.random() < 0.3 \
            and not self.has_unique_on(t, cols)
        prefix = "uq" if unique else "ix"
        idx = Index(self.fresh("%s_%s_%s" % (prefix, t.name, "_".join(c.name for c in cols))), cols, unique)
        if unique and self.d != "sqlite" and rng.random() < 0.4:
            idx.constraint = True
            self.stat("unique_constraints")
        if self.d != "mysql" and not idx.constraint and rng.random() < 0.25:
            # an expression or a partial index
            if cols[0].kind in ("str", "short") and len(cols) == 1 and rng.random() < 0.5:
                idx.expression = "lower({c})"
                idx.name = self.fresh("%s_%s_lower_%s" % (prefix, t.name, cols[0].name))
            else:
                conds = [x for x in t.columns if x not in cols and x.kind in ("bool", "ts") and not x.pk]
                if conds:
                    x = rng.choice(conds)
                    cond = ("{c} IS NULL" if x.kind == "ts" else
                            "{c} = TRUE" if self.d == "postgresql" else "{c} = 1")
                    idx.where = (x, cond)
            self.stat("expression_or_partial_index")
        down = [Stmt(self.drop_index_stmt(t, idx))]
        fk = self.fk_of(t, cols[0])
        if self.d == "mysql" and fk is not None:
            # InnoDB lets the key use this index (dropping the one it made), so
            # the down part cannot drop it while the key is there.
            if fk.name is None:
                return None
            qi = self.qi
            down = [Stmt("ALTER TABLE %s DROP FOREIGN KEY %s;" % (qi(t.name), qi(fk.name)))] + down + [
                Stmt("ALTER TABLE %s ADD %s;" % (qi(t.name), self.fk_clause(fk)))]
        t.indexes.append(idx)
        self.stat("create_index")
        up = Stmt(self.index_stmt(t, idx))
        if self.d == "postgresql" and not idx.constraint and rng.random() < 0.25:
            # outside a transaction: each layout says so its own way
            self.no_transaction = True
            up = Stmt(up.text.replace("INDEX ", "INDEX CONCURRENTLY ", 1))
            down = [Stmt("DROP INDEX CONCURRENTLY IF EXISTS %s;" % self.qi(idx.name))]
            self.stat("index_concurrently")
        return "add_%s" % idx.name, [up], down

    def op_drop_index(self):
        rng, d = self.rng, self.d

        def droppable(t, i):
            if d == "mysql" and self.fk_of(t, i.columns[0]) is not None:
                return False  # InnoDB needs it for the foreign key
            return True
        t = self.pick_table(lambda t: any(droppable(t, i) for i in t.indexes))
        if t is None:
            return None
        idx = rng.choice([i for i in t.indexes if droppable(t, i)])
        up = Stmt(self.drop_index_stmt(t, idx))
        t.indexes.remove(idx)
        self.stat("drop_index")
        return "drop_%s" % idx.name, [up], [Stmt(self.index_stmt(t, idx))]

    WIDER = {
        "postgresql": [("varchar(", None), ("integer", "bigint"), ("smallint", "integer"),
                       ("numeric(12,2)", "numeric(14,2)"), ("numeric(8,3)", "numeric(10,3)"),
                       ("real", "double precision"), ("timestamp without time zone", "timestamptz")],
        "mysql": [("varchar(", None), ("int(11)", "bigint(20)"), ("int", "bigint"),
                  ("smallint(6)", "int(11)"), ("decimal(12,2)", "decimal(14,2)"),
                  ("decimal(8,3)", "decimal(10,3)"), ("float", "double"), ("text", "mediumtext"),
                  ("datetime", "datetime(6)")],
    }

    def wider_type(self, c):
        if c.enum is not None or c.pk or c.kind == "fk":
            return None
        for old, new in self.WIDER[self.d]:
            if old == "varchar(" and c.ctype.startswith("varchar("):
                n = int(c.ctype[len("varchar("):-1])
                if self.d == "postgresql" and c.kind == "str" and self.rng.random() < 0.3:
                    return "text"
                return "varchar(%d)" % min(500, n + self.rng.choice([50, 100, 200]))
            if c.ctype == old:
                return new
        return None

    SQLITE_WIDER = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "FLOAT": "DOUBLE PRECISION",
                     "DATE": "DATETIME", "NUMERIC(12, 2)": "NUMERIC(14, 2)", "DECIMAL(8, 3)": "DECIMAL(10, 3)"}

    def op_sqlite_rebuild(self):
        """SQLite cannot change a column's type or nullability in place: the
        table is rebuilt (create a new one, copy the rows, drop the old one,
        rename the new one), as Django and alembic's batch mode do. Views on it
        are dropped first and made again after; its indexes and trigger too."""
        rng, qi = self.rng, self.qi
        if self.d != "sqlite":
            return None

        def changeable(c):
            return not c.pk and c.kind != "fk" and c.enum is None and (
                c.ctype.startswith("VARCHAR(") or c.ctype in self.SQLITE_WIDER or c.not_null)
        t = self.pick_table(lambda t: any(changeable(c) for c in t.columns))
        if t is None:
            return None
        c = rng.choice([c for c in t.columns if changeable(c)])
        old_type, old_nn = c.ctype, c.not_null
        if c.ctype.startswith("VARCHAR("):
            n = int(c.ctype[len("VARCHAR("):-1])
            c.ctype = "VARCHAR(%d)" % min(500, n + rng.choice([50, 100]))
        elif c.ctype in self.SQLITE_WIDER and rng.random() < 0.7:
            c.ctype = self.SQLITE_WIDER[c.ctype]
        else:
            c.not_null = not c.not_null
            if c.not_null and c.default is None:
                c.not_null = False
                return None
        if (c.ctype, c.not_null) == (old_type, old_nn):
            return None

        def rebuild(table):
            views = self.views_on(table)
            out = [Stmt("DROP VIEW %s;" % qi(v.name)) for v in views]
            real = table.name
            temp = "new__" + real
            table.name = temp
            created = self.create_table_stmts(table, recreate=True)
            table.name = real
            # indexes and the trigger come after the rename, under the real name
            out.append(created[0])
            cols = ", ".join(qi(x.name) for x in table.columns)
            out.append(Stmt("INSERT INTO %s (%s) SELECT %s FROM %s;" % (qi(temp), cols, cols, qi(real))))
            out.append(Stmt("DROP TABLE %s;" % qi(real)))
            out.append(Stmt("ALTER TABLE %s RENAME TO %s;" % (qi(temp), qi(real))))
            out.extend(Stmt(self.index_stmt(table, i)) for i in table.indexes)
            if table.trigger_name:
                out.extend(self.trigger_stmts(table))
            out.extend(self.view_stmt(v) for v in views)
            return out
        up = rebuild(t)
        new_type, new_nn = c.ctype, c.not_null
        c.ctype, c.not_null = old_type, old_nn
        down = rebuild(t)
        c.ctype, c.not_null = new_type, new_nn
        self.stat("sqlite_rebuild")
        return "rebuild_%s_change_%s" % (t.name, c.name), up, down

    def op_alter_type(self):
        rng, d, qi = self.rng, self.d, self.qi
        if d == "sqlite":
            return None

        def ok(t, c):
            if self.wider_type(c) is None:
                return False
            if d == "postgresql" and self.views_using(c):
                return False
            if c.trigger:
                return False
            return True
        t = self.pick_table(lambda t: any(ok(t, c) for c in t.columns))
        if t is None:
            return None
        c = rng.choice([c for c in t.columns if ok(t, c)])
        old_type = c.ctype
        new_type = self.wider_type(c)
        if new_type == old_type:
            return None
        if d == "mysql" and new_type == "datetime(6)" and c.default and "CURRENT_TIMESTAMP" in c.default:
            return None
        if d == "postgresql":
            c.ctype = new_type
            using = ""
            if rng.random() < 0.2:
                using = " USING %s::%s" % (qi(c.name), new_type)
            up = "ALTER TABLE %s ALTER COLUMN %s TYPE %s%s;" % (qi(t.name), qi(c.name), new_type, using)
            down = "ALTER TABLE %s ALTER COLUMN %s TYPE %s;" % (qi(t.name), qi(c.name), old_type)
        else:
            old_def = self.col_def(t, c, with_fk=False, with_unique=False)
            c.ctype = new_type
            up = "ALTER TABLE %s MODIFY COLUMN %s;" % (qi(t.name), self.col_def(t, c, with_fk=False, with_unique=False))
            down = "ALTER TABLE %s MODIFY COLUMN %s;" % (qi(t.name), old_def)
        self.stat("alter_type")
        return "change_%s_%s_type" % (t.name, c.name), [Stmt(up)], [Stmt(down)]

    def op_alter_null_default(self):
        rng, d, qi = self.rng, self.d, self.qi
        if d == "sqlite":
            return None

        def ok(c):
            return not c.pk and c.kind != "fk" and not c.unique and not (
                d == "mysql" and c.kind in ("text", "json"))
        t = self.pick_table(lambda t: any(ok(c) for c in t.columns))
        if t is None:
            return None
        c = rng.choice([c for c in t.columns if ok(c)])
        r = rng.random()
        if r < 0.5:
            # default
            old = c.default
            if old is not None and rng.random() < 0.5:
                new = None
            else:
                new = self.default_for(c.name, c.kind, c.ctype) if c.enum is None else q(rng.choice(
                    c.enum.values if isinstance(c.enum, EnumType) else c.enum))
                if new is None or new == old or "ON UPDATE" in new or (
                        d == "mysql" and "CURRENT_TIMESTAMP" in new and not c.ctype.startswith(("datetime", "timestamp"))):
                    return None
                if d == "mysql" and "CURRENT_TIMESTAMP" in new and c.ctype.endswith("(6)") != new.endswith("(6)"):
                    return None
            if old is not None and "ON UPDATE" in old:
                return None

            def stmt(v):
                if v is None:
                    return "ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT;" % (qi(t.name), qi(c.name))
                return "ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s;" % (qi(t.name), qi(c.name), v)
            c.default = new
            self.stat("alter_default")
            return ("%s_%s_default" % ("drop" if new is None else "set", c.name),
                    [Stmt(stmt(new))], [Stmt(stmt(old))])
        # nullability
        if d == "postgresql":
            c.not_null = not c.not_null

            def stmt(nn):
                return "ALTER TABLE %s ALTER COLUMN %s %s NOT NULL;" % (
                    qi(t.name), qi(c.name), "SET" if nn else "DROP")
            self.stat("alter_null")
            return ("%s_%s_%s" % ("require" if c.not_null else "relax", t.name, c.name),
                    [Stmt(stmt(c.not_null))], [Stmt(stmt(not c.not_null))])
        if c.trigger or (c.default and "CURRENT_TIMESTAMP" in c.default and c.ctype.startswith("timestamp")):
            return None
        old_def = self.col_def(t, c, with_fk=False, with_unique=False)
        c.not_null = not c.not_null
        new_def = self.col_def(t, c, with_fk=False, with_unique=False)
        self.stat("alter_null")
        return ("%s_%s_%s" % ("require" if c.not_null else "relax", t.name, c.name),
                [Stmt("ALTER TABLE %s MODIFY %s;" % (qi(t.name), new_def))],
                [Stmt("ALTER TABLE %s MODIFY %s;" % (qi(t.name), old_def))])

    def op_enum_value(self):
        rng, d, qi = self.rng, self.d, self.qi
        if d == "postgresql":
            live = [e for e in self.enums]
            if not live:
                return None
            e = rng.choice(live)
            new = [v for v in EXTRA_STATUS_VALUES if v not in e.values]
            if not new:
                return None
            v = rng.choice(new)
            if rng.random() < 0.3 and len(e.values) > 2:
                old = rng.choice([x for x in e.values if x != "pending"])
                e.values[e.values.index(old)] = v
                self.stat("enum_rename_value")
                return ("rename_%s_value_%s" % (e.name, old),
                        [Stmt("ALTER TYPE %s RENAME VALUE %s TO %s;" % (qi(e.name), q(old), q(v)))],
                        [Stmt("ALTER TYPE %s RENAME VALUE %s TO %s;" % (qi(e.name), q(v), q(old)))])
            where = ""
            if rng.random() < 0.3:
                anchor = rng.choice(e.values)
                where = " %s %s" % (rng.choice(["BEFORE", "AFTER"]), q(anchor))
                at = e.values.index(anchor) + (1 if where.startswith(" AFTER") else 0)
                e.values.insert(at, v)
            else:
                e.values.append(v)
            self.stat("enum_add_value")
            return ("add_%s_to_%s" % (v, e.name),
                    [Stmt("ALTER TYPE %s ADD VALUE%s %s%s;" % (
                        qi(e.name), " IF NOT EXISTS" if rng.random() < 0.3 else "", q(v), where))],
                    [Stmt("-- PostgreSQL cannot drop an enum value: %s stays in %s;" % (q(v), e.name))])
        if d == "mysql":
            cands = [(t, c) for t in self.tables for c in t.columns if isinstance(c.enum, list)]
            if not cands:
                return None
            t, c = rng.choice(cands)
            new = [v for v in EXTRA_STATUS_VALUES if v not in c.enum]
            if not new:
                return None
            old_def = self.col_def(t, c, with_fk=False, with_unique=False)
            c.enum.append(rng.choice(new))
            c.ctype = "enum(%s)" % ",".join(q(v) for v in c.enum)
            self.stat("enum_add_value")
            return ("add_%s_to_%s_%s" % (c.enum[-1], t.name, c.name),
                    [Stmt("ALTER TABLE %s MODIFY COLUMN %s;" % (qi(t.name), self.col_def(t, c, with_fk=False, with_unique=False)))],
                    [Stmt("ALTER TABLE %s MODIFY COLUMN %s;" % (qi(t.name), old_def))])
        return None

    def op_comment(self):
        """A table or column comment set, changed or removed."""
        rng, d, qi = self.rng, self.d, self.qi
        if d == "sqlite":
            return None
        t = self.pick_table()
        if t is None:
            return None
        if rng.random() < 0.3:
            old, new = t.comment, (None if t.comment and rng.random() < 0.3
                                   else rng.choice(TABLE_COMMENTS))
            if old == new:
                return None
            t.comment = new
            if d == "postgresql":
                stmt = lambda v: "COMMENT ON TABLE %s IS %s;" % (qi(t.name), q(v) if v else "NULL")
            else:
                stmt = lambda v: "ALTER TABLE %s COMMENT = %s;" % (qi(t.name), q(v or ""))
            self.stat("comment")
            return "comment_on_%s" % t.name, [Stmt(stmt(new))], [Stmt(stmt(old))]
        cands = [c for c in t.columns if not c.pk and not (d == "mysql" and c.trigger)]
        if not cands:
            return None
        c = rng.choice(cands)
        old, new = c.comment, (None if c.comment and rng.random() < 0.3 else rng.choice(COLUMN_COMMENTS))
        if old == new:
            return None
        if d == "postgresql":
            c.comment = new
            stmt = lambda v: "COMMENT ON COLUMN %s.%s IS %s;" % (qi(t.name), qi(c.name), q(v) if v else "NULL")
            up, down = stmt(new), stmt(old)
        else:
            old_def = self.col_def(t, c, with_fk=False, with_unique=False)
            c.comment = new
            up = "ALTER TABLE %s MODIFY %s;" % (qi(t.name), self.col_def(t, c, with_fk=False, with_unique=False))
            down = "ALTER TABLE %s MODIFY %s;" % (qi(t.name), old_def)
        self.stat("comment")
        return "comment_on_%s_%s" % (t.name, c.name), [Stmt(up)], [Stmt(down)]

    def op_drop_fk(self):
        rng, d, qi = self.rng, self.d, self.qi
        if d == "sqlite":
            return None
        cands = [(t, fk) for t in self.tables for fk in t.fks
                 if (fk.name or d == "postgresql") and not any(v.fk is fk for v in self.views)]
        if not cands:
            return None
        t, fk = rng.choice(cands)
        t.fks.remove(fk)
        self.pg_release(fk.server_name)
        if d == "mysql":
            up = "ALTER TABLE %s DROP FOREIGN KEY %s;" % (qi(t.name), qi(fk.name))
        else:
            up = "ALTER TABLE %s DROP CONSTRAINT %s;" % (qi(t.name), qi(fk.server_name))
        fk.inline = False
        self.stat("drop_foreign_key")
        return ("drop_fk_%s_%s" % (t.name, fk.column.name), [Stmt(up)],
                [Stmt("ALTER TABLE %s ADD %s;" % (qi(t.name), self.fk_clause(fk)))])

    def op_create_view(self):
        rng, d = self.rng, self.d
        t = self.pick_table(lambda t: len(t.columns) >= 3)
        if t is None:
            return None
        others = [c for c in t.columns if not c.pk and c.kind != "fk"]
        if len(others) < 1:
            return None
        pk = next(c for c in t.columns if c.pk)
        cols = [pk] + rng.sample(others, min(len(others), rng.randint(1, 4)))
        fks = [fk for fk in t.fks if fk.target is not t and fk.target in self.tables]
        parent = fk = pcol = where = None
        if fks and rng.random() < 0.5:
            fk = rng.choice(fks)
            parent = fk.target
            pcols = [c for c in parent.columns if c.kind in ("str", "short")]
            if not pcols or (d == "mysql" and parent.trigger_name):
                parent = fk = None
            else:
                pcol = rng.choice(pcols)
        if parent is None:
            flags = [c for c in t.columns if c.kind == "bool"]
            if flags and rng.random() < 0.6:
                where = (rng.choice(flags), "{c} = TRUE" if d != "sqlite" else "{c} = 1")
        base = "%s_%s" % (rng.choice(["active", "current", "visible", "recent"]), t.name) \
            if where else "%s_%s" % (t.name, rng.choice(["overview", "summary_view", "report", "listing"]))
        v = View(self.fresh(base), t, cols, parent, fk, pcol, where)
        self.views.append(v)
        self.stat("create_view")
        return "create_view_%s" % v.name, [self.view_stmt(v)], [Stmt("DROP VIEW %s;" % self.qi(v.name))]

    def op_replace_view(self):
        rng, d, qi = self.rng, self.d, self.qi
        if not self.views:
            return None
        v = rng.choice(self.views)
        old = v.copy()
        extra = [c for c in v.table.columns if c not in v.columns and not c.pk and c.kind != "fk"
                 and c.name not in v.out_names and c.name != v.parent_alias]
        if not extra:
            return None
        # PostgreSQL's CREATE OR REPLACE VIEW may only add columns at the end
        c = rng.choice(extra)
        v.columns = v.columns + [c]
        v.out_names = v.out_names + [c.name]
        if d == "sqlite":
            up = [Stmt("DROP VIEW %s;" % qi(v.name)), self.view_stmt(v)]
            down = [Stmt("DROP VIEW %s;" % qi(v.name)), self.view_stmt(old)]
        elif d == "mysql" and rng.random() < 0.3:
            up = [Stmt(self.view_stmt(v).text.replace("CREATE VIEW", "ALTER VIEW", 1))]
            down = [Stmt(self.view_stmt(old).text.replace("CREATE VIEW", "ALTER VIEW", 1))]
        else:
            up = [self.view_stmt(v, replace=True)]
            down = [Stmt("DROP VIEW %s;" % qi(v.name)), self.view_stmt(old)] if d == "postgresql" \
                else [self.view_stmt(old, replace=True)]
        self.stat("replace_view")
        return "create_view_%s" % v.name, up, down, v

    def op_drop_view(self):
        if not self.views:
            return None
        v = self.rng.choice(self.views)
        self.views.remove(v)
        self.stat("drop_view")
        return ("drop_view_%s" % v.name, [Stmt("DROP VIEW %s%s;" % (
            "IF EXISTS " if self.rng.random() < 0.3 else "", self.qi(v.name)))], [self.view_stmt(v)])

    # -- the history ----------------------------------------------------------
    def weights(self, i):
        early = i < max(8, self.n // 10)
        d = self.d
        w = [
            (self.op_create_table, 10 if early else 3.5),
            (self.op_add_columns, 0 if early else 2.5),
            (self.op_rename_column, 0 if early else 1.2),
            (self.op_rename_table, 0 if early else 0.8),
            (self.op_drop_column, 0 if early else 1.2),
            (self.op_drop_table, 0 if early else 0.8),
            (self.op_create_index, 0.5 if early else 1.2),
            (self.op_drop_index, 0 if early else 0.6),
            (self.op_alter_type, 0 if early or d == "sqlite" else 1.0),
            (self.op_sqlite_rebuild, 0 if early or d != "sqlite" else 0.6),
            (self.op_alter_null_default, 0 if early or d == "sqlite" else 0.8),
            (self.op_enum_value, 0 if early or d == "sqlite" else 0.4),
            (self.op_drop_fk, 0 if early or d == "sqlite" else 0.3),
            (self.op_comment, 0 if early or d == "sqlite" else 0.4),
            (self.op_create_view, 0 if early else 0.8),
            (self.op_replace_view, 0 if early else 0.35),
            (self.op_drop_view, 0 if early else 0.2),
        ]
        return [(f, x) for f, x in w if x > 0]

    def pick_op(self, i):
        w = self.weights(i)
        total = sum(x for _, x in w)
        for _ in range(200):
            r = self.rng.random() * total
            for f, x in w:
                r -= x
                if r < 0:
                    break
            res = f()
            if res is not None:
                return res
        return self.op_create_table()

    def run(self):
        for i in range(self.n):
            self.no_transaction = False
            res = self.pick_op(i)
            view = res[3] if len(res) > 3 else None
            name, up, down = res[0], res[1], res[2]
            m = Migration(name[:80])
            m.up.extend(up)
            m.down = list(down)
            if view is not None:
                m.rework_of = view.change
            # sometimes a second change in the same migration
            if self.rng.random() < 0.15 and i >= max(8, self.n // 10):
                more = self.op_create_index() if self.rng.random() < 0.5 else self.op_add_columns()
                if more is not None:
                    m.up.extend(more[1])
                    m.down = list(more[2]) + m.down
            if name.startswith("create_view_") and view is None:
                self.views[-1].change = m
            m.no_transaction = self.no_transaction
            r = self.rng.random()
            if r < 0.2:
                m.note = "-- %s" % name.replace("_", " ").capitalize()
            elif r < 0.25:
                m.note = "/*\n * %s\n * (ticket %d)\n */" % (name.replace("_", " "), self.rng.randint(100, 999))
            self.migrations.append(m)
        return self.migrations


# -- writing a layout ------------------------------------------------------------

def stmts_text(stmts, dialect, style):
    """The statements as one script. style: goose (StatementBegin/End around
    blocks), delimiter (MariaDB client DELIMITER lines around blocks), plain."""
    out = []
    for s in stmts:
        if s.block and style == "goose":
            out.append("-- +goose StatementBegin\n%s\n-- +goose StatementEnd" % s.text)
        elif s.block and style == "delimiter" and dialect == "mysql":
            body = s.text[:-1] if s.text.endswith(";") else s.text
            out.append("DELIMITER //\n%s //\nDELIMITER ;" % body)
        else:
            out.append(s.text)
    return "\n".join(out) + "\n"


def slug(name):
    return "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)[:80]


DIESEL_SETUP_UP = """-- Helper functions diesel sets up in every PostgreSQL project.

CREATE OR REPLACE FUNCTION diesel_manage_updated_at(_tbl regclass) RETURNS VOID AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %s
                    FOR EACH ROW EXECUTE PROCEDURE diesel_set_updated_at()', _tbl);
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION diesel_set_updated_at() RETURNS trigger AS $$
BEGIN
    IF (NEW IS DISTINCT FROM OLD AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at) THEN
        NEW.updated_at := current_timestamp;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""

DIESEL_SETUP_DOWN = """DROP FUNCTION IF EXISTS diesel_manage_updated_at(_tbl regclass);
DROP FUNCTION IF EXISTS diesel_set_updated_at();
"""


def write_layout(migrations, layout, dialect, out, seed):
    os.makedirs(out, exist_ok=True)
    start = datetime.datetime(2023, 1, 9, 9, 0, 0)
    rng = random.Random(seed * 7919 + 17)
    stamps = []
    t = start
    for _ in migrations:
        t += datetime.timedelta(minutes=rng.choice([7, 30, 95, 240, 1440, 2880, 4400]))
        stamps.append(t)

    def write(path, text):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def up_text(m, style):
        text = stmts_text(m.up, dialect, style)
        return text if m.note is None else m.note + "\n" + text

    if layout == "goose":
        for m, ts in zip(migrations, stamps):
            text = "-- +goose Up\n%s\n-- +goose Down\n%s" % (
                up_text(m, "goose"), stmts_text(m.down, dialect, "goose"))
            if m.no_transaction:
                text = "-- +goose NO TRANSACTION\n" + text
            write("%s_%s.sql" % (ts.strftime("%Y%m%d%H%M%S"), slug(m.name)), text)
    elif layout == "dbmate":
        for m, ts in zip(migrations, stamps):
            text = "-- migrate:up%s\n%s\n-- migrate:down\n%s" % (
                " transaction:false" if m.no_transaction else "",
                up_text(m, "plain"), stmts_text(m.down, dialect, "plain"))
            write("%s_%s.sql" % (ts.strftime("%Y%m%d%H%M%S"), slug(m.name)), text)
    elif layout == "diesel":
        if dialect == "postgresql":
            write("00000000000000_diesel_initial_setup/up.sql", DIESEL_SETUP_UP)
            write("00000000000000_diesel_initial_setup/down.sql", DIESEL_SETUP_DOWN)
        for m, ts in zip(migrations, stamps):
            folder = "%s_%s" % (ts.strftime("%Y-%m-%d-%H%M%S"), slug(m.name))
            write(folder + "/up.sql", "-- Your SQL goes here\n" + up_text(m, "delimiter"))
            if m.no_transaction:
                write(folder + "/metadata.toml", "run_in_transaction = false\n")
            write(folder + "/down.sql", "-- This file should undo anything in `up.sql`\n"
                  + stmts_text(m.down, dialect, "delimiter"))
    elif layout == "flat":
        for i, m in enumerate(migrations, 1):
            write("V%d__%s.sql" % (i, slug(m.name)), up_text(m, "delimiter"))
            write("U%d__%s.sql" % (i, slug(m.name)), stmts_text(m.down, dialect, "delimiter"))
    elif layout == "prisma":
        write("migration_lock.toml", "# Please do not edit this file manually\n"
              "# It should be added in your version-control system (e.g., Git)\n"
              'provider = "%s"\n' % dialect)
        for m, ts in zip(migrations, stamps):
            folder = "%s_%s" % (ts.strftime("%Y%m%d%H%M%S"), slug(m.name))
            write(folder + "/migration.sql", up_text(m, "plain"))
            if rng.random() < 0.2:
                write(folder + "/down.sql", stmts_text(m.down, dialect, "plain"))
    elif layout == "sqitch":
        write_sqitch(migrations, dialect, stamps, write)
    else:
        raise ValueError(layout)


def write_sqitch(migrations, dialect, stamps, write):
    engine = {"postgresql": "pg", "mysql": "mysql", "sqlite": "sqlite"}[dialect]
    write("sqitch.conf", "[core]\n\tengine = %s\n\t# plan_file = sqitch.plan\n\t# top_dir = .\n" % engine)
    lines = ["%syntax-version=1.0.0", "%project=synthetic", "%uri=https://example.com/synthetic/", ""]
    names = {}          # change name -> list of (position, migration)
    entries = []        # ("change", name, migration, ts) or ("tag", tag, ts)
    last_change = None
    tag_no = 0
    for i, (m, ts) in enumerate(zip(migrations, stamps)):
        if m.rework_of is not None and m.rework_of.name in names and any(
                e[0] == "tag" for e in entries[names[m.rework_of.name][-1][0]:]):
            name = m.rework_of.sqitch_name
        else:
            base = slug(m.name)
            name, k = base, 1
            while name in names:
                k += 1
                name = "%s_%d" % (base, k)
        m.sqitch_name = name
        names.setdefault(name, []).append((len(entries), m))
        entries.append(("change", name, m, ts))
        last_change = name
        if (i + 1) % 25 == 0:
            tag_no += 1
            entries.append(("tag", "v1.%d" % tag_no, ts))
    planner = "Dana Developer <dana@example.com>"
    for e in entries:
        if e[0] == "tag":
            lines.append("@%s %s %s # Tag %s." % (e[1], e[2].strftime("%Y-%m-%dT%H:%M:%SZ"), planner, e[1]))
            continue
        _, name, m, ts = e
        deps = ""
        occ = names[name]
        pos = [p for p, mm in occ if mm is m][0]
        if occ[0][1] is not m:
            prev_pos = [p for p, mm in occ if p < pos][-1]
            tag = next(x[1] for x in entries[prev_pos:pos] if x[0] == "tag")
            deps = " [%s@%s]" % (name, tag)
        lines.append("%s%s %s %s # %s" % (name, deps, ts.strftime("%Y-%m-%dT%H:%M:%SZ"), planner,
                                          m.name.replace("_", " ")))
    write("sqitch.plan", "\n".join(lines) + "\n")
    del last_change
    # files: the last occurrence of a change is deploy/<name>.sql; an earlier one is
    # deploy/<name>@<first tag after it>.sql
    wrap = dialect != "mysql"
    for name, occ in names.items():
        for k, (pos, m) in enumerate(occ):
            if k == len(occ) - 1:
                fname = name
            else:
                tag = next(x[1] for x in entries[pos:] if x[0] == "tag")
                fname = "%s@%s" % (name, tag)
            body = stmts_text(m.up, dialect, "delimiter")
            if m.note is not None:
                body = m.note + "\n" + body
            rbody = stmts_text(m.down, dialect, "delimiter")
            if wrap and not m.no_transaction:
                body = "BEGIN;\n\n" + body + "\nCOMMIT;\n"
                rbody = "BEGIN;\n\n" + rbody + "\nCOMMIT;\n"
            write("deploy/%s.sql" % fname, "-- Deploy synthetic:%s to %s\n\n%s" % (name, engine, body))
            write("revert/%s.sql" % fname, "-- Revert synthetic:%s from %s\n\n%s" % (name, engine, rbody))
            write("verify/%s.sql" % fname, "-- Verify synthetic:%s on %s\n\nSELECT 1;\n" % (name, engine))


LAYOUTS = ["goose", "diesel", "dbmate", "flat", "sqitch", "prisma"]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--layout", choices=LAYOUTS, required=True)
    p.add_argument("--dialect", choices=["postgresql", "mysql", "sqlite"], required=True)
    p.add_argument("--migrations", type=int, default=300, help="number of migrations (default 300)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--out", required=True, help="folder to write (created; must be empty)")
    p.add_argument("--stats", action="store_true", help="print what the history holds to stderr")
    args = p.parse_args(argv)
    if args.migrations < 1:
        p.error("--migrations must be >= 1")
    if os.path.isdir(args.out) and os.listdir(args.out):
        p.error("--out %s is not empty" % args.out)
    g = Generator(args.dialect, args.layout, args.migrations, args.seed)
    migrations = g.run()
    write_layout(migrations, args.layout, args.dialect, args.out, args.seed)
    if args.stats:
        sys.stderr.write(" ".join("%s=%d" % kv for kv in sorted(g.stats.items())) + "\n")
        sys.stderr.write("tables at the end=%d views=%d\n" % (len(g.tables), len(g.views)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
