//! What `CREATE EXTENSION` adds to a schema, for the contrib extensions that
//! ship with PostgreSQL 15 (`/usr/share/postgresql/15/extension/*.sql`).
//!
//! Only two of them create relations, both views over a set-returning
//! function, which reflection lists like any view: `pg_stat_statements`
//! (`pg_stat_statements_info`, then `pg_stat_statements` as version 1.10's
//! upgrade script recreates it) and `pg_buffercache`. The column types are
//! those of the functions' OUT parameters, as `format_type` prints them. The
//! others add types (citext, hstore, ltree, cube ...), functions and operators,
//! which the catalog does not need to hold: a column of such a type keeps the
//! type's name. `earthdistance` needs `cube` (installed by `CASCADE`).

use crate::catalog::{Column, QualifiedName, SqlType, Table, TableKind, ViewDefinition};

/// A contrib extension this server can install.
pub struct Contrib {
    /// The version whose objects are listed here (where it has any).
    pub default_version: &'static str,
    pub requires: &'static [&'static str],
    /// The views it creates, in creation order: name and (column, type).
    pub views: &'static [(&'static str, &'static [(&'static str, &'static str)])],
}

const PG_STAT_STATEMENTS_INFO: &[(&str, &str)] = &[
    ("dealloc", "bigint"),
    ("stats_reset", "timestamp with time zone"),
];

const PG_STAT_STATEMENTS: &[(&str, &str)] = &[
    ("userid", "oid"),
    ("dbid", "oid"),
    ("toplevel", "boolean"),
    ("queryid", "bigint"),
    ("query", "text"),
    ("plans", "bigint"),
    ("total_plan_time", "double precision"),
    ("min_plan_time", "double precision"),
    ("max_plan_time", "double precision"),
    ("mean_plan_time", "double precision"),
    ("stddev_plan_time", "double precision"),
    ("calls", "bigint"),
    ("total_exec_time", "double precision"),
    ("min_exec_time", "double precision"),
    ("max_exec_time", "double precision"),
    ("mean_exec_time", "double precision"),
    ("stddev_exec_time", "double precision"),
    ("rows", "bigint"),
    ("shared_blks_hit", "bigint"),
    ("shared_blks_read", "bigint"),
    ("shared_blks_dirtied", "bigint"),
    ("shared_blks_written", "bigint"),
    ("local_blks_hit", "bigint"),
    ("local_blks_read", "bigint"),
    ("local_blks_dirtied", "bigint"),
    ("local_blks_written", "bigint"),
    ("temp_blks_read", "bigint"),
    ("temp_blks_written", "bigint"),
    ("blk_read_time", "double precision"),
    ("blk_write_time", "double precision"),
    ("temp_blk_read_time", "double precision"),
    ("temp_blk_write_time", "double precision"),
    ("wal_records", "bigint"),
    ("wal_fpi", "bigint"),
    ("wal_bytes", "numeric"),
    ("jit_functions", "bigint"),
    ("jit_generation_time", "double precision"),
    ("jit_inlining_count", "bigint"),
    ("jit_inlining_time", "double precision"),
    ("jit_optimization_count", "bigint"),
    ("jit_optimization_time", "double precision"),
    ("jit_emission_count", "bigint"),
    ("jit_emission_time", "double precision"),
];

const PG_BUFFERCACHE: &[(&str, &str)] = &[
    ("bufferid", "integer"),
    ("relfilenode", "oid"),
    ("reltablespace", "oid"),
    ("reldatabase", "oid"),
    ("relforknumber", "smallint"),
    ("relblocknumber", "bigint"),
    ("isdirty", "boolean"),
    ("usagecount", "smallint"),
    ("pinning_backends", "integer"),
];

/// The extensions PostgreSQL 15's contrib ships.
const SHIPPED: &[&str] = &[
    "adminpack",
    "amcheck",
    "autoinc",
    "bloom",
    "btree_gin",
    "btree_gist",
    "citext",
    "cube",
    "dblink",
    "dict_int",
    "dict_xsyn",
    "earthdistance",
    "file_fdw",
    "fuzzystrmatch",
    "hstore",
    "insert_username",
    "intagg",
    "intarray",
    "isn",
    "lo",
    "ltree",
    "moddatetime",
    "old_snapshot",
    "pageinspect",
    "pg_buffercache",
    "pg_freespacemap",
    "pg_prewarm",
    "pg_stat_statements",
    "pg_surgery",
    "pg_trgm",
    "pg_visibility",
    "pg_walinspect",
    "pgcrypto",
    "pgrowlocks",
    "pgstattuple",
    "plpgsql",
    "postgres_fdw",
    "refint",
    "seg",
    "sslinfo",
    "tablefunc",
    "tcn",
    "tsm_system_rows",
    "tsm_system_time",
    "unaccent",
    "uuid-ossp",
    "xml2",
];

/// The contrib extension `name`, if PostgreSQL 15 ships it.
pub fn contrib(name: &str) -> Option<Contrib> {
    if !SHIPPED.contains(&name) {
        return None;
    }
    Some(match name {
        "pg_stat_statements" => Contrib {
            default_version: "1.10",
            requires: &[],
            views: &[
                ("pg_stat_statements_info", PG_STAT_STATEMENTS_INFO),
                ("pg_stat_statements", PG_STAT_STATEMENTS),
            ],
        },
        "pg_buffercache" => Contrib {
            default_version: "1.3",
            requires: &[],
            views: &[("pg_buffercache", PG_BUFFERCACHE)],
        },
        "earthdistance" => Contrib {
            default_version: "1.1",
            requires: &["cube"],
            views: &[],
        },
        _ => Contrib {
            default_version: "",
            requires: &[],
            views: &[],
        },
    })
}

/// The views `extension` creates in `schema`.
pub fn views(extension: &Contrib, schema: &Option<String>) -> Vec<Table> {
    extension
        .views
        .iter()
        .map(|(name, columns)| {
            let mut view = Table::new(QualifiedName::new(schema.clone(), *name), TableKind::View);
            view.columns = columns
                .iter()
                .map(|(column, data_type)| Column::new(*column, SqlType::named(*data_type)))
                .collect();
            view.set_view(Some(ViewDefinition::default()));
            view
        })
        .collect()
}
