//! Reflection: what SQLAlchemy's `MetaData.reflect()` makes of the catalog, per
//! dialect, including sqlacodegen's type adaptation (`get_adapted_type`).
//!
//! The dialect-neutral part (which tables, constraints, indexes) lives here; type
//! mapping lives in one file per dialect.

pub mod mysql;
pub mod postgresql;
pub mod sqlite;

use crate::catalog::{Catalog, IndexElement, QualifiedName, Table};
use crate::dialect::Dialect;

use super::Settings;

use super::metadata::{
    MetaColumn, MetaColumnDetails, MetaConstraint, MetaForeignKey, MetaIndex, MetaTable, Metadata,
    SaType, ServerDefault, TypeKind,
};

/// What to reflect, as sqlacodegen's `metadata.reflect(engine, schema, views, only)`.
#[derive(Debug, Clone, Default)]
pub struct ReflectRequest {
    /// One reflect call per entry; `None` is the default schema.
    pub schemas: Vec<Option<String>>,
    pub tables: Option<Vec<String>>,
    pub views: bool,
}

/// Per-dialect reflection of types and defaults.
pub trait DialectReflection {
    fn column_type(&self, catalog: &Catalog, column: &crate::catalog::Column) -> SaType;

    /// The reflected column: type, default, autoincrement.
    fn column(
        &self,
        catalog: &Catalog,
        table: &Table,
        column: &crate::catalog::Column,
    ) -> MetaColumn {
        let in_pk = table
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.contains(&column.name));
        MetaColumn {
            name: column.name.clone(),
            sa_type: self.column_type(catalog, column),
            nullable: column.nullable,
            primary_key: in_pk,
            autoincrement: None,
            details: MetaColumnDetails {
                server_default: column.default.clone().map(ServerDefault::Text),
                sequence: None,
                comment: column.comment().map(Box::from),
            }
            .boxed(),
        }
    }

    /// The name of the connection's default schema, which the catalog stores as
    /// `None` (`public` for PostgreSQL). `None`: the dialect has no such name we
    /// could be asked for.
    fn default_schema(&self) -> Option<&'static str> {
        None
    }

    /// A CHECK constraint's text as sqlacodegen prints it: compiled by the
    /// dialect's driver, whose paramstyle may escape `%`.
    fn check_text(&self, sqltext: &str) -> String {
        sqltext.to_string()
    }

    /// The constraints reflection reports for a table, when the dialect reads
    /// them differently from what the catalog holds (SQLite re-reads its stored
    /// SQL). `None`: the catalog's own.
    fn constraints(
        &self,
        _catalog: &Catalog,
        _table: &Table,
        _schema: &Option<String>,
    ) -> Option<Vec<MetaConstraint>> {
        None
    }

    /// The type as reflection produced it, before sqlacodegen's adaptation, when
    /// the class differs (`keep_dialect_types`).
    fn reflected_type(&self, _adapted: &SaType) -> Option<SaType> {
        None
    }

    /// Last touches to a reflected table, for what the dialect's reflection
    /// does to names (MySQL keeps backquotes doubled).
    fn finish_table(&self, _meta: &mut MetaTable) {}

    /// Dialect keyword arguments reflection attaches to a table (MySQL's table
    /// options), rendered as Python values.
    fn table_kwargs(&self, _table: &Table) -> Vec<(String, String)> {
        Vec::new()
    }

    /// Keyword arguments a table gets when it is first reflected because a
    /// foreign key reached it (SQLAlchemy passes its reflection options on).
    fn referred_table_kwargs(&self) -> Vec<(String, String)> {
        Vec::new()
    }

    /// The order the server lists table names in, which is the order
    /// `MetaData.reflect()` loads them (and so which tables are first reached
    /// through a foreign key), as positions in `catalog.tables`. Default:
    /// alphabetical, as MySQL's SHOW TABLES and SQLAlchemy's SQLite query
    /// (`ORDER BY name`) list them.
    fn listing_order(&self, catalog: &Catalog) -> Vec<usize> {
        let mut order: Vec<usize> = (0..catalog.tables.len()).collect();
        order.sort_by(|&a, &b| {
            catalog.tables[a]
                .name
                .name
                .cmp(&catalog.tables[b].name.name)
        });
        order
    }

    /// The tables whose parts reflecting `table` reads beyond their names,
    /// kinds, primary and foreign keys (SQLite: the
    /// tables its foreign keys refer to, whose columns name the referred
    /// columns), as positions in `catalog.tables`: such a table is let go of
    /// only once every table that reads it is reflected.
    fn tables_read(&self, _catalog: &Catalog, _table: &Table) -> Vec<usize> {
        Vec::new()
    }

    /// Why reflecting this table or view stops sqlacodegen with an error
    /// instead of printing a module (SQLite: a view over a table that does
    /// not exist), if it does.
    fn refusal(&self, _catalog: &Catalog, _table: &Table) -> Option<String> {
        None
    }

    /// Whether reflection reports this index (SQLite skips expression indexes).
    fn reflects_index(&self, _index: &crate::catalog::Index) -> bool {
        true
    }

    /// Index keyword arguments the dialect reflects (`postgresql_where=...`).
    fn index_kwargs(&self, _index: &crate::catalog::Index) -> Vec<(String, String)> {
        Vec::new()
    }

    /// Which of those are SQL text (a `TextClause`) rather than Python values.
    fn sql_text_index_kwargs(&self) -> &'static [&'static str] {
        &[]
    }
}

/// Map an adapted type back to its reflected class with `unadapt`, recursing
/// into ARRAY items.
pub fn reflected_with(
    adapted: &SaType,
    unadapt: &dyn Fn(&SaType) -> Option<SaType>,
) -> Option<SaType> {
    if let TypeKind::Array { item, dimensions } = &adapted.kind {
        let mut item = match &item.reflected {
            Some(reflected) => (**reflected).clone(),
            None => unadapt(item).unwrap_or_else(|| (**item).clone()),
        };
        // The reflected item type was made as it is, not adapted from
        // another (only an adapted Boolean is told not to make events).
        item.args.retain(|arg| !arg.starts_with("_create_events="));
        let mut array = adapted.clone();
        array.kind = TypeKind::Array {
            item: Box::new(item),
            dimensions: *dimensions,
        };
        array.reflected = None;
        return Some(array);
    }
    unadapt(adapted)
}

fn reflection_for(dialect: Dialect) -> Box<dyn DialectReflection> {
    match dialect {
        Dialect::PostgreSql => Box::new(postgresql::PostgreSqlReflection),
        Dialect::MySql => Box::new(mysql::MySqlReflection),
        Dialect::Sqlite => Box::<sqlite::SqliteReflection>::default(),
    }
}

/// Reflect the catalog as sqlacodegen's CLI does: each requested schema in turn,
/// following foreign keys into the tables they refer to. As `MetaData.reflect`
/// does with `only`, a requested table that a schema does not have is an
/// error (sqlacodegen stops on it rather than print a module without it).
///
/// Under `--options keep_dialect_types` each column keeps the type as
/// reflection made it (`INTEGER`), not as sqlacodegen adapts it (`Integer`).
/// Only the one asked for is made: a second type per column would be most of
/// the metadata's size. Likewise a table's dialect keyword arguments are made
/// only under `--options include_dialect_options`, the one place they are
/// printed (three or four per MySQL table, 6 MB at 20,000 tables).
///
/// The catalog is taken, not borrowed: each table's columns, keys and
/// indexes go as soon as it is reflected, so that the catalog and the
/// metadata are not both whole at once (see `let_go`).
pub fn reflect(
    mut catalog: Catalog,
    request: &ReflectRequest,
    settings: &Settings,
) -> Result<Metadata, String> {
    let reflection = reflection_for(catalog.dialect);
    let schemas = if request.schemas.is_empty() {
        vec![None]
    } else {
        request.schemas.clone()
    };
    // Everything that stops sqlacodegen is found first, in the order it
    // meets it: none of it depends on what has been reflected, and it reads
    // tables that reflecting lets go of.
    let mut listed = Vec::with_capacity(schemas.len());
    for schema in &schemas {
        // Asking for the default schema by name finds the tables the catalog keeps
        // under `None`, but reports them (and references to them) under that name.
        let lookup_schema = match schema.as_deref() {
            Some(s) if Some(s) == reflection.default_schema() => None,
            s => s.map(str::to_string),
        };
        if let Some(only) = &request.tables {
            let missing: Vec<&str> = only
                .iter()
                .filter(|name| {
                    !catalog.tables.values().any(|table| {
                        table.name.schema == lookup_schema
                            && table.name.name == **name
                            && table.kind.is_reflected()
                            && (request.views || !table.kind.is_view())
                    })
                })
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                let place = match schema {
                    Some(schema) => format!("schema {schema}"),
                    None => String::from("the default schema"),
                };
                // sqlacodegen splits --tables at commas only: `users, posts`
                // asks for ` posts`, which no table is named.
                let spaced = missing.iter().any(|name| name.trim() != *name);
                return Err(format!(
                    "--tables names what {place} does not have: {} (sqlacodegen stops with \
                     \"Could not reflect: requested table(s) not available\"){}",
                    missing
                        .iter()
                        .map(|name| format!("'{name}'"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    match spaced {
                        true => {
                            "; --tables is split at commas only and a space stays part of \
                             the name, as in sqlacodegen: write --tables a,b"
                        }
                        false => "",
                    }
                ));
            }
        }
        let mut positions = Vec::new();
        for position in reflection.listing_order(&catalog) {
            let table = &catalog.tables[position];
            if table.name.schema != lookup_schema {
                continue;
            }
            if !table.kind.is_reflected() || (table.kind.is_view() && !request.views) {
                continue;
            }
            if let Some(only) = &request.tables {
                if !only.contains(&table.name.name) {
                    continue;
                }
            }
            // SQLite accepts `""` as a column name; SQLAlchemy's Column does not.
            if table.columns.iter().any(|c| c.name.is_empty()) {
                return Err(format!(
                    "table {} has a column with an empty name, which SQLAlchemy cannot \
                     hold: sqlacodegen stops with \"Column must be constructed with a \
                     non-blank name\" (rename the column, or leave the table out with --tables)",
                    table.name.name
                ));
            }
            if let Some(refusal) = reflection.refusal(&catalog, table) {
                return Err(refusal);
            }
            positions.push(position);
        }
        listed.push((schema.clone(), positions));
    }
    // A table is reflected once per name it is reported under, and each has
    // one, its own schema's, unless the default schema is named (asked for,
    // or a table's schema): then a table there may be reached under both
    // `None` and that name, and nothing is let go of.
    let let_go = reflection.default_schema().is_none_or(|default| {
        !schemas.iter().any(|s| s.as_deref() == Some(default))
            && !catalog
                .tables
                .keys()
                .any(|name| name.schema.as_deref() == Some(default))
    });
    let mut readers = vec![0u32; catalog.tables.len()];
    if let_go {
        for table in catalog.tables.values() {
            for position in reflection.tables_read(&catalog, table) {
                readers[position] += 1;
            }
        }
    }
    let mut walk = Walk {
        reflection: &*reflection,
        dialect_types: settings.has("keep_dialect_types"),
        dialect_options: settings.has("include_dialect_options"),
        let_go,
        readers,
        reflected: vec![false; catalog.tables.len()],
    };
    let mut metadata = Metadata::default();
    for (reported_schema, positions) in listed {
        for position in positions {
            walk.table(
                &mut catalog,
                position,
                reported_schema.clone(),
                false,
                &mut metadata,
            );
        }
    }
    drop(catalog);
    propagate_foreign_key_types(&mut metadata);
    Ok(metadata)
}

/// What reflecting each table needs besides the table, and which tables may
/// be let go of.
struct Walk<'r> {
    reflection: &'r dyn DialectReflection,
    /// Columns keep their types as reflected ([`reflect`]).
    dialect_types: bool,
    /// Tables get their dialect keyword arguments ([`reflect`]).
    dialect_options: bool,
    /// Whether tables are let go of once reflected ([`let_go`]).
    let_go: bool,
    /// Per table: how many tables not reflected yet read it when they are
    /// ([`DialectReflection::tables_read`]); it is let go of only at none.
    readers: Vec<u32>,
    /// Per table: reflected already.
    reflected: Vec<bool>,
}

impl Walk<'_> {
    /// Reflect the table at `position` under the schema name it was asked for,
    /// then the tables its foreign keys refer to (SQLAlchemy resolves them,
    /// under their own schema).
    fn table(
        &mut self,
        catalog: &mut Catalog,
        position: usize,
        schema: Option<String>,
        via_foreign_key: bool,
        metadata: &mut Metadata,
    ) {
        let reflection = self.reflection;
        let table = &catalog.tables[position];
        if metadata
            .table(schema.as_deref(), &table.name.name)
            .is_some()
        {
            return;
        }
        let mut meta = reflect_one(
            reflection,
            catalog,
            table,
            schema.clone(),
            self.dialect_types,
        );
        if self.dialect_options {
            meta.dialect_kwargs = reflection.table_kwargs(table);
            if via_foreign_key {
                meta.dialect_kwargs
                    .extend(reflection.referred_table_kwargs());
            }
        }
        metadata.add(meta);
        let referred: Vec<(usize, Option<String>)> = table
            .foreign_keys
            .iter()
            .filter_map(|fk| {
                let position = catalog.tables.get_index_of(&fk.referred_table)?;
                Some((
                    position,
                    referred_schema(reflection, &fk.referred_table, &schema),
                ))
            })
            .collect();
        if self.let_go {
            let read = reflection.tables_read(catalog, table);
            self.reflected[position] = true;
            for other in read {
                self.readers[other] -= 1;
                if self.readers[other] == 0 && self.reflected[other] {
                    let_go(&mut catalog.tables[other]);
                }
            }
            if self.readers[position] == 0 {
                let_go(&mut catalog.tables[position]);
            }
        }
        for (position, schema) in referred {
            self.table(catalog, position, schema, true, metadata);
        }
    }
}

/// Drop the parts of a reflected table that no table left to reflect reads:
/// its columns, indexes, unique and CHECK constraints, stored SQL, options
/// and comment, most of the catalog's size. What reflecting any table may
/// read of another stays: the name and kind, the primary key (a SQLite
/// foreign key without columns refers to it), the foreign keys and the
/// view's relations.
fn let_go(table: &mut Table) {
    table.columns = Vec::new();
    table.indexes = Vec::new();
    table.uniques = Vec::new();
    table.checks = Vec::new();
    table.stored_sql = None;
    table.comment = None;
    table.options = Default::default();
    table.set_unresolved(Vec::new());
    table.set_random_names(Vec::new());
}

/// SQLAlchemy's `ForeignKey._set_target_column`: a column reflected without a
/// type (`NullType`) takes the type of the column its foreign key refers to
/// once that column is known, and passes it on to the columns referring to it
/// in turn. The first foreign key to resolve wins; sqlacodegen adapts the type
/// later with the referring column's own table (a CHECK that turns the referred
/// column into a Boolean or an enum does not reach it).
fn propagate_foreign_key_types(metadata: &mut Metadata) {
    loop {
        let mut found = None;
        'search: for (t, table) in metadata.tables.iter().enumerate() {
            for fk in table.foreign_keys() {
                for (column, referred) in fk.columns.iter().zip(&fk.referred_columns) {
                    let Some(c) = table.columns.iter().position(|c| &c.name == column) else {
                        continue;
                    };
                    if !is_null_type(&table.columns[c].sa_type) {
                        continue;
                    }
                    let target = metadata
                        .table(fk.referred_schema.as_deref(), &fk.referred_table)
                        .and_then(|r| r.column(referred))
                        .map(|r| &r.sa_type)
                        .filter(|ty| !is_null_type(ty));
                    if let Some(ty) = target {
                        found = Some((t, c, ty.clone()));
                        break 'search;
                    }
                }
            }
        }
        match found {
            Some((t, c, ty)) => metadata.tables[t].columns[c].sa_type = ty,
            None => return,
        }
    }
}

fn is_null_type(ty: &SaType) -> bool {
    ty.class == "NullType"
}

fn reflect_one(
    reflection: &dyn DialectReflection,
    catalog: &Catalog,
    table: &Table,
    schema: Option<String>,
    dialect_types: bool,
) -> MetaTable {
    let columns = table
        .columns
        .iter()
        .map(|c| {
            let mut column = reflection.column(catalog, table, c);
            let reflected = column.sa_type.reflected.take();
            if dialect_types {
                if let Some(reflected) =
                    reflected.or_else(|| reflection.reflected_type(&column.sa_type).map(Box::new))
                {
                    column.sa_type = *reflected;
                }
            }
            column
        })
        .collect();
    let constraints = match reflection.constraints(catalog, table, &schema) {
        Some(constraints) => constraints,
        None => catalog_constraints(reflection, table, &schema),
    };
    let indexes = table
        .indexes
        .iter()
        .filter(|index| reflection.reflects_index(index))
        .map(|index| MetaIndex {
            name: index.name.clone(),
            columns: index
                .elements
                .iter()
                .filter_map(|e| match e {
                    IndexElement::Column(name) => Some(name.clone()),
                    IndexElement::Expression(_) => None,
                })
                .collect(),
            unique: index.unique,
            kwargs: reflection.index_kwargs(index),
            sql_text_kwargs: reflection
                .sql_text_index_kwargs()
                .iter()
                .map(|k| k.to_string())
                .collect(),
        })
        .collect();
    let mut meta = MetaTable {
        schema,
        name: table.name.name.clone(),
        columns,
        constraints,
        indexes,
        comment: table.comment.clone(),
        constraints_hidden: false,
        dialect_kwargs: Vec::new(),
    };
    reflection.finish_table(&mut meta);
    // Held until the module is printed: the lists, collected through
    // filters or pushed to, give back what they grew past.
    meta.constraints.shrink_to_fit();
    meta.indexes.shrink_to_fit();
    meta
}

/// The table's keys and checks as the catalog holds them.
fn catalog_constraints(
    reflection: &dyn DialectReflection,
    table: &Table,
    schema: &Option<String>,
) -> Vec<MetaConstraint> {
    let mut constraints = Vec::new();
    if let Some(pk) = &table.primary_key {
        constraints.push(MetaConstraint::PrimaryKey {
            name: pk.name.clone(),
            columns: pk.columns.clone(),
        });
    }
    for fk in &table.foreign_keys {
        constraints.push(MetaConstraint::ForeignKey(Box::new(MetaForeignKey {
            name: fk.name.clone(),
            columns: fk.columns.clone(),
            referred_schema: referred_schema(reflection, &fk.referred_table, schema),
            referred_table: fk.referred_table.name.clone(),
            referred_columns: fk.referred_columns.clone(),
            ondelete: fk.on_delete.map(|a| a.sql().to_string()),
            onupdate: fk.on_update.map(|a| a.sql().to_string()),
            deferrable: fk.deferrable,
            initially: fk.initially.clone(),
            match_kind: fk.match_kind.clone(),
        })));
    }
    for unique in &table.uniques {
        constraints.push(MetaConstraint::Unique {
            name: unique.name.clone(),
            columns: unique.columns.clone(),
        });
    }
    for check in &table.checks {
        constraints.push(MetaConstraint::Check {
            name: check.name.clone(),
            sqltext: reflection.check_text(&check.expression),
        });
    }
    constraints
}

/// The schema SQLAlchemy reports for a referred table: its own schema when it is
/// not the default one; for a table in the default schema, the default schema's
/// name only when the referring table was itself reflected under that name.
fn referred_schema(
    reflection: &dyn DialectReflection,
    referred: &QualifiedName,
    reflected_as: &Option<String>,
) -> Option<String> {
    match &referred.schema {
        Some(schema) => Some(schema.clone()),
        None => reflected_as
            .as_deref()
            .filter(|s| Some(*s) == reflection.default_schema())
            .map(str::to_string),
    }
}
