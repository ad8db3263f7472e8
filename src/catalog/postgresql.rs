//! PostgreSQL 15: names folded to lower case, `format_type` type names, invented
//! constraint and index names (`<t>_pkey`, `<t>_<cols>_key`, `<t>_<col>_fkey`,
//! `<t>_<col>_check`, `<t>_<col>_idx`, 63-byte truncation), serial columns backed
//! by sequences, identity columns, and default/CHECK text as `pg_get_expr` prints it.

mod catalog_query;
mod deparse;
mod extensions;
mod functions;
mod keywords;
mod literals;
mod partitions;
mod search_path;
mod structure;

use sqlparser::ast::{AlterTableOperation, DataType, DropBehavior, Expr, Ident, ObjectName};

use super::declared::DeclaredType;
use super::names::{choose_unique_name, clip_to_char_boundary};
use super::rules::{
    default_alter_column, ApplyResult, ColumnChange, ColumnDraft, ConstraintDraft, ExtensionPlan,
    IdentityDraft, IndexColumnDraft, IndexDraft, ServerRules, SessionEffect,
};
use super::{
    Catalog, CheckConstraint, Column, ForeignKey, Generated, Identity, Index, IndexElement,
    PrimaryKey, QualifiedName, Sequence, SqlType, Table, TableKind, UniqueConstraint,
};
use crate::dialect::Dialect;
use crate::parse::fallback::{LikeClause, LikeOptions};
use deparse::{Deparser, Mode};

/// NAMEDATALEN - 1.
const MAX_IDENTIFIER_BYTES: usize = 63;

/// The type of a literal that nothing has given a type yet (`NULL`, `'x'`).
const UNKNOWN: &str = "unknown";

pub struct PostgreSqlRules;

/// The three serial pseudo-types and the integer type each stands for.
fn serial_type(base: &str) -> Option<&'static str> {
    match base {
        "SERIAL" | "SERIAL4" => Some("integer"),
        "BIGSERIAL" | "SERIAL8" => Some("bigint"),
        "SMALLSERIAL" | "SERIAL2" => Some("smallint"),
        _ => None,
    }
}

impl PostgreSqlRules {
    fn canonical_type(
        &self,
        declared: &DeclaredType,
        catalog: &Catalog,
        default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        self.canonical_type_with(declared, declared.args.clone(), catalog, default_schema)
    }

    /// [`Self::canonical_type`] with the declared type's modifiers given
    /// apart (`declared.args` is not read), so that a caller done with the
    /// declared type moves them rather than copying them.
    fn canonical_type_with(
        &self,
        declared: &DeclaredType,
        args: Vec<String>,
        catalog: &Catalog,
        default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        let name = match &*declared.base {
            "INT" | "INTEGER" | "INT4" => "integer",
            "BIGINT" | "INT8" => "bigint",
            "SMALLINT" | "INT2" => "smallint",
            base if serial_type(base).is_some() => serial_type(base).unwrap_or("integer"),
            "VARCHAR" | "CHARACTER VARYING" | "CHAR VARYING" => "character varying",
            "CHAR" | "CHARACTER" => {
                let mut t = SqlType::named("character");
                t.args = if args.is_empty() {
                    vec![String::from("1")]
                } else {
                    args
                };
                t.array_dims = declared.array_dims;
                return Ok(t);
            }
            "BPCHAR" => {
                if args.is_empty() {
                    "bpchar"
                } else {
                    "character"
                }
            }
            "TEXT" => "text",
            "BOOL" | "BOOLEAN" => "boolean",
            "NUMERIC" | "DECIMAL" | "DEC" => {
                // numeric(p) is numeric(p,0).
                let mut t = SqlType::named("numeric");
                t.args = args;
                if t.args.len() == 1 {
                    t.args.push(String::from("0"));
                }
                t.array_dims = declared.array_dims;
                return Ok(t);
            }
            "REAL" | "FLOAT4" => "real",
            "DOUBLE PRECISION" | "FLOAT8" | "DOUBLE" => "double precision",
            "FLOAT" => match super::declared::arg_u64(&args, 0) {
                Some(p) if p <= 24 => "real",
                _ => "double precision",
            },
            "DATE" => "date",
            "TIME" => {
                if declared.time_zone == Some(true) {
                    "time with time zone"
                } else {
                    "time without time zone"
                }
            }
            "TIMETZ" => "time with time zone",
            "TIMESTAMP" => {
                if declared.time_zone == Some(true) {
                    "timestamp with time zone"
                } else {
                    "timestamp without time zone"
                }
            }
            "TIMESTAMPTZ" => "timestamp with time zone",
            base if base == "INTERVAL" || base.starts_with("INTERVAL ") => {
                // format_type keeps the field restriction in the name:
                // `interval day to second(3)`.
                return Ok(SqlType {
                    name: base.to_ascii_lowercase(),
                    args,
                    array_dims: declared.array_dims,
                    ..SqlType::default()
                });
            }
            "UUID" => "uuid",
            "JSON" => "json",
            "JSONB" => "jsonb",
            "BYTEA" => "bytea",
            "INET" => "inet",
            "CIDR" => "cidr",
            "MACADDR" => "macaddr",
            "MACADDR8" => "macaddr8",
            "MONEY" => "money",
            "XML" => "xml",
            "TSVECTOR" => "tsvector",
            "TSQUERY" => "tsquery",
            "OID" => "oid",
            "POINT" => "point",
            "BIT" => {
                let mut t = SqlType::named("bit");
                t.args = if args.is_empty() {
                    vec![String::from("1")]
                } else {
                    args
                };
                t.array_dims = declared.array_dims;
                return Ok(t);
            }
            "BIT VARYING" | "VARBIT" => "bit varying",
            _ => {
                return self.user_defined_type(declared, args, catalog, default_schema);
            }
        };
        Ok(SqlType {
            name: name.to_string(),
            args,
            array_dims: declared.array_dims,
            ..SqlType::default()
        })
    }

    /// An enum or domain type, looked up by its (possibly schema-qualified) name.
    fn user_defined_type(
        &self,
        declared: &DeclaredType,
        args: Vec<String>,
        catalog: &Catalog,
        _default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        let raw = &declared.raw_base;
        let parts: Vec<String> = split_qualified(raw).iter().map(|p| fold_word(p)).collect();
        let (schema, name) = match parts.as_slice() {
            [name] => match search_path::lookup_type(catalog, name) {
                Some(found) => (found.schema, found.name),
                None => (None, name.clone()),
            },
            [.., schema, name] => (self.schema_of(schema), name.clone()),
            [] => (None, String::new()),
        };
        let key = QualifiedName::new(schema.clone(), name.clone());
        if catalog.enums.contains_key(&key) || catalog.domains.contains_key(&key) {
            return Ok(SqlType {
                name,
                array_dims: declared.array_dims,
                args,
                ..SqlType::default()
            }
            .with_schema(schema));
        }
        // Any other name is a built-in type we do not list or one an extension
        // defines: the server reports its name, which reflection may not know
        // (SQLAlchemy then says NullType).
        Ok(SqlType {
            name,
            array_dims: declared.array_dims,
            args,
            ..SqlType::default()
        }
        .with_schema(schema))
    }

    fn relation_name_taken(
        catalog: &Catalog,
        table: &Table,
        schema: &Option<String>,
        name: &str,
    ) -> bool {
        Self::relation_name_in(table, schema, name)
            || Self::relation_name_taken_elsewhere(catalog, &table.name, schema, name)
    }

    /// Whether `table` itself holds `name` in `schema`'s namespace.
    fn relation_name_in(table: &Table, schema: &Option<String>, name: &str) -> bool {
        // Tables, views, indexes and sequences share one namespace per schema.
        table.name.schema == *schema
            && (table.name.name == name
                || table.indexes.iter().any(|i| i.name == name)
                || table.primary_key.as_ref().and_then(|p| p.name.as_deref()) == Some(name)
                || table
                    .uniques
                    .iter()
                    .any(|u| u.name.as_deref() == Some(name)))
    }

    /// Whether a relation other than the table `own` holds `name`.
    fn relation_name_taken_elsewhere(
        catalog: &Catalog,
        own: &QualifiedName,
        schema: &Option<String>,
        name: &str,
    ) -> bool {
        let qualified = QualifiedName::new(schema.clone(), name);
        (qualified != *own && catalog.tables.contains_key(&qualified))
            || catalog
                .name_owners(schema, name)
                .iter()
                .filter(|owner| *owner != own)
                .filter_map(|owner| catalog.tables.get(owner))
                .any(|t| Self::relation_name_in(t, schema, name))
            || catalog.sequences.contains_key(&qualified)
    }

    /// `ALTER TABLE t SET SCHEMA s` (`schema` as written): the table moves
    /// with its indexes, keys and the sequences its columns own (their
    /// nextval defaults then print the new schema); foreign keys follow it.
    fn set_schema(&self, catalog: &mut Catalog, table: &mut Table, schema: &str) -> ApplyResult {
        let written = crate::parse::parse_object_name(schema, crate::dialect::Dialect::PostgreSql)
            .and_then(|n| n.0.last().and_then(|p| p.as_ident()).cloned())
            .ok_or_else(|| format!("invalid schema name {schema}"))?;
        let folded = self.fold_ident(&written);
        if folded != "public" && !catalog.schemas.contains(&folded) {
            return Err(format!("schema \"{folded}\" does not exist").into());
        }
        let target = self.schema_of(&folded);
        if target == table.name.schema {
            return Err(format!(
                "table \"{}\" is already in schema \"{folded}\"",
                table.name.name
            )
            .into());
        }
        let names = std::iter::once(table.name.name.clone())
            .chain(table.indexes.iter().map(|i| i.name.clone()))
            .chain(table.primary_key.iter().filter_map(|p| p.name.clone()))
            .chain(table.uniques.iter().filter_map(|u| u.name.clone()));
        let empty = Table::new(QualifiedName::new(target.clone(), ""), table.kind);
        for name in names {
            if Self::relation_name_taken(catalog, &empty, &target, &name) {
                return Err(
                    format!("relation \"{name}\" already exists in schema \"{folded}\"").into(),
                );
            }
        }
        let old = table.name.clone();
        let moved = QualifiedName::new(target.clone(), old.name.clone());
        structure::rename_table(catalog, table, moved.clone());
        // The sequences its columns own move too.
        let owned: Vec<QualifiedName> = catalog
            .sequences
            .values()
            .filter(|s| {
                s.owned_by
                    .as_ref()
                    .is_some_and(|(owner, _)| *owner == moved)
            })
            .map(|s| s.name.clone())
            .collect();
        for sequence in owned {
            let renamed = QualifiedName::new(target.clone(), sequence.name.clone());
            self.rename_sequence(catalog, &sequence, renamed.clone())?;
            let from = format!(
                "nextval('{}'::regclass)",
                quote_regclass(&sequence.schema, &sequence.name)
            );
            let to = format!(
                "nextval('{}'::regclass)",
                quote_regclass(&renamed.schema, &renamed.name)
            );
            for column in &mut table.columns {
                if let Some(default) = &mut column.default {
                    *default = default.replace(&from, &to);
                }
            }
        }
        Ok(())
    }

    /// The sequence an identity column owns, named as PostgreSQL names it.
    fn create_owned_sequence(catalog: &mut Catalog, table: &Table, column: &str) -> String {
        let schema = table.name.schema.clone();
        let sequence = choose_unique_name(
            &table.name.name,
            Some(column),
            "seq",
            MAX_IDENTIFIER_BYTES,
            |n| Self::relation_name_taken(catalog, table, &schema, n),
        );
        let key = QualifiedName::new(schema, sequence.clone());
        catalog.sequences.insert(
            key.clone(),
            Sequence {
                name: key,
                owned_by: Some((table.name.clone(), column.to_string())),
            },
        );
        sequence
    }

    fn constraint_name_taken(table: &Table, name: &str) -> bool {
        table.checks.iter().any(|c| c.name.as_deref() == Some(name))
            || table
                .foreign_keys
                .iter()
                .any(|c| c.name.as_deref() == Some(name))
            || table
                .uniques
                .iter()
                .any(|c| c.name.as_deref() == Some(name))
            || table.primary_key.as_ref().and_then(|p| p.name.as_deref()) == Some(name)
    }
}

/// How PostgreSQL folds one (possibly quoted) word of a type name.
/// The type category (`pg_type.typcategory`) of the built-in types a UNION meets.
fn type_category(name: &str) -> Option<char> {
    Some(match name {
        "smallint" | "integer" | "bigint" | "numeric" | "real" | "double precision" => 'N',
        "text" | "character varying" | "character" => 'S',
        "date"
        | "timestamp without time zone"
        | "timestamp with time zone"
        | "time without time zone"
        | "time with time zone" => 'D',
        "boolean" => 'B',
        "interval" => 'T',
        _ => return None,
    })
}

fn is_preferred_type(name: &str) -> bool {
    matches!(
        name,
        "text" | "double precision" | "timestamp with time zone" | "boolean" | "interval"
    )
}

/// Whether `pg_cast` has an implicit cast (or binary coercion) from one to the other.
fn implicitly_casts(from: &str, to: &str) -> bool {
    let numbers = [
        "smallint",
        "integer",
        "bigint",
        "numeric",
        "real",
        "double precision",
    ];
    if let (Some(f), Some(t)) = (
        numbers.iter().position(|n| *n == from),
        numbers.iter().position(|n| *n == to),
    ) {
        return f < t;
    }
    matches!(
        (from, to),
        ("character varying", "text")
            | ("text", "character varying")
            | ("character", "text")
            | ("character", "character varying")
            | ("character varying", "character")
            | ("text", "character")
            | ("date", "timestamp without time zone")
            | ("date", "timestamp with time zone")
            | ("timestamp without time zone", "timestamp with time zone")
            | ("time without time zone", "time with time zone")
    )
}

/// `schema.name` split at the dots outside double quotes.
fn split_qualified(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '.' if !quoted => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn fold_word(word: &str) -> String {
    match word.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
        Some(quoted) => stored_identifier(&quoted.replace("\"\"", "\""), true),
        None => stored_identifier(word, false),
    }
}

/// An identifier as PostgreSQL stores it: unquoted ones have their ASCII
/// letters folded to lower case (other letters are kept in UTF-8 databases), and
/// every name is cut to 63 bytes at a character boundary.
pub fn stored_identifier(value: &str, quoted: bool) -> String {
    // Folding ASCII letters keeps every byte offset, so clip first and copy
    // once (this runs for every name of every statement).
    let clipped = clip_to_char_boundary(value, MAX_IDENTIFIER_BYTES);
    if quoted {
        clipped.to_string()
    } else {
        clipped.to_ascii_lowercase()
    }
}

/// The parts of an object name given as text (`'schema.name'`, as `regclass`
/// input reads it): quoted parts as written (`""` for a quote), unquoted ones
/// folded to lower case.
fn text_name_parts(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(q) = chars.next() {
                    if q != '"' {
                        part.push(q);
                    } else if chars.peek() == Some(&'"') {
                        chars.next();
                        part.push('"');
                    } else {
                        break;
                    }
                }
            }
            '.' => parts.push(std::mem::take(&mut part)),
            c => part.push(c.to_ascii_lowercase()),
        }
    }
    parts.push(part);
    parts
}

impl ServerRules for PostgreSqlRules {
    fn dialect(&self) -> Dialect {
        Dialect::PostgreSql
    }

    /// A view or `CREATE TABLE AS` naming two columns alike is refused
    /// (names compare as stored: `a` and `"A"` differ).
    fn repeated_select_name(&self, columns: &[Column]) -> Option<String> {
        let mut seen = std::collections::BTreeSet::new();
        // `?column?` twice too (the fuzz target found SQLAlchemy refusing the
        // module's two columns of that name).
        columns
            .iter()
            .find(|c| !seen.insert(c.name.as_str()))
            .map(|c| format!("column \"{}\" specified more than once", c.name))
    }

    fn fold_ident(&self, ident: &Ident) -> String {
        stored_identifier(&ident.value, ident.quote_style.is_some())
    }

    fn schema_of(&self, schema: &str) -> Option<String> {
        (schema != "public").then(|| schema.to_string())
    }

    /// `CREATE VIEW` fails with `relation "x" does not exist` unless the
    /// relation is one of the system catalogs (`pg_catalog`, searched first,
    /// whose relations are all named `pg_*`, and `information_schema`).
    fn missing_view_source(&self, written: &QualifiedName) -> Option<String> {
        let system = match written.schema.as_deref() {
            Some(schema) => matches!(schema, "pg_catalog" | "information_schema"),
            None => written.name.starts_with("pg_"),
        };
        (!system).then(|| format!("relation \"{written}\" does not exist"))
    }

    fn session_statement(
        &self,
        catalog: &mut Catalog,
        statement: &sqlparser::ast::Statement,
    ) -> ApplyResult<Option<SessionEffect>> {
        match search_path::path_change(statement) {
            None => Ok(None),
            Some(Err(message)) => Err(message.into()),
            Some(Ok(change)) => {
                catalog.session.search_path = match change {
                    search_path::PathChange::Set(names) => Some(names),
                    search_path::PathChange::Reset => None,
                };
                Ok(Some(SessionEffect::Kept))
            }
        }
    }

    fn lookup_name(&self, catalog: &Catalog, name: &ObjectName) -> QualifiedName {
        match name.0.as_slice() {
            [part] => match part.as_ident() {
                Some(ident) => search_path::lookup(catalog, self.fold_ident(ident)),
                None => self.qualified_name(name),
            },
            _ => self.qualified_name(name),
        }
    }

    fn creation_name(&self, catalog: &Catalog, name: &ObjectName) -> ApplyResult<QualifiedName> {
        match name.0.as_slice() {
            [part] => match part.as_ident() {
                Some(ident) => Ok(search_path::create(catalog, self.fold_ident(ident))?),
                None => Ok(self.qualified_name(name)),
            },
            _ => Ok(self.qualified_name(name)),
        }
    }

    /// ComputeIndexAttrs strips a top-level COLLATE from an index element
    /// (its collation is the key's), and an expression that is then a plain
    /// column, parenthesised or not, is a column key.
    fn key_column(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Identifier(ident) => Some(self.fold_ident(ident)),
            Expr::Nested(inner) | Expr::Collate { expr: inner, .. } => self.key_column(inner),
            _ => None,
        }
    }

    fn column_type(
        &self,
        declared: Option<&DataType>,
        catalog: &Catalog,
        default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        let Some(data_type) = declared else {
            return Err("a column needs a type in PostgreSQL".into());
        };
        self.canonical_type(&DeclaredType::from_ast(data_type), catalog, default_schema)
    }

    fn column_type_of(
        &self,
        declared: Option<&DataType>,
        taken_apart: Option<&mut DeclaredType>,
        catalog: &Catalog,
        default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        match taken_apart {
            Some(taken_apart) => {
                let args = std::mem::take(&mut taken_apart.args);
                self.canonical_type_with(taken_apart, args, catalog, default_schema)
            }
            None => self.column_type(declared, catalog, default_schema),
        }
    }

    fn add_to_table(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        columns: Vec<ColumnDraft<'_>>,
        constraints: Vec<ConstraintDraft<'_>>,
        _statement_text: &str,
    ) -> ApplyResult {
        // MaxHeapAttributeNumber.
        if table.columns.len() + columns.len() > 1600 {
            return Err("tables can have at most 1600 columns".into());
        }
        let table_name = table.name.name.clone();
        let schema = table.name.schema.clone();
        table.columns.reserve(columns.len());
        for draft in columns {
            let mut column = draft.column;
            if let Some(false) = draft.explicit_nullable {
                column.nullable = false;
            }
            let serial = draft
                .declared
                .as_ref()
                .and_then(|d| serial_type(&d.base))
                .is_some();
            if serial {
                let sequence = choose_unique_name(
                    &table_name,
                    Some(&column.name),
                    "seq",
                    MAX_IDENTIFIER_BYTES,
                    |n| Self::relation_name_taken(catalog, table, &schema, n),
                );
                column.default = Some(format!(
                    "nextval('{}'::regclass)",
                    quote_regclass(&schema, &sequence).replace('\'', "''")
                ));
                column.nullable = false;
                column.autoincrement = true;
                let key = QualifiedName::new(schema.clone(), sequence);
                catalog.sequences.insert(
                    key.clone(),
                    Sequence {
                        name: key,
                        owned_by: Some((table.name.clone(), column.name.clone())),
                    },
                );
            }
            if let Some(identity) = &draft.identity {
                column.set_identity(Some(identity_of(&column.data_type, identity)));
                column.nullable = false;
                Self::create_owned_sequence(catalog, table, &column.name);
            } else if column.identity().is_some() {
                // An identity copied by `LIKE ... INCLUDING IDENTITY` gets a
                // sequence of its own, named for the new table.
                Self::create_owned_sequence(catalog, table, &column.name);
            }
            let deparser = Deparser::new(catalog, table, Mode::Expression);
            if let Some(default) = draft.default {
                column.default = deparser.default_text(default, &column.data_type);
            }
            if let Some((expr, persisted)) = draft.generated {
                column.set_generated(Some(Generated {
                    expression: deparser.generated_text(expr, &column.data_type),
                    persisted: Some(persisted.unwrap_or(true)),
                }));
            }
            table.columns.push(column);
        }
        let foreign_keys_before = table.foreign_keys.len();
        for constraint in merge_duplicate_keys(constraints) {
            // A constraint name is unique in its table, and a key's name is
            // also its index's, unique among the schema's relations.
            let (given, keyed) =
                match &constraint {
                    ConstraintDraft::PrimaryKey { name, .. }
                    | ConstraintDraft::Unique { name, .. } => (name.as_deref(), true),
                    ConstraintDraft::ForeignKey { name, .. }
                    | ConstraintDraft::Check { name, .. } => (name.as_deref(), false),
                    ConstraintDraft::Index { .. } => (None, false),
                };
            if let Some(given) = given {
                if Self::constraint_name_taken(table, given) {
                    return Err(format!(
                        "constraint \"{given}\" for relation \"{table_name}\" already exists"
                    )
                    .into());
                }
                if keyed && Self::relation_name_taken(catalog, table, &schema, given) {
                    return Err(format!("relation \"{given}\" already exists").into());
                }
            }
            match constraint {
                ConstraintDraft::PrimaryKey { name, columns, .. } => {
                    if table.primary_key.is_some() {
                        return Err(format!(
                            "multiple primary keys for table \"{table_name}\" are not allowed"
                        )
                        .into());
                    }
                    for column in &columns {
                        if let Some(c) = table.column_mut(column) {
                            c.nullable = false;
                        }
                    }
                    let name = name.unwrap_or_else(|| {
                        choose_unique_name(&table_name, None, "pkey", MAX_IDENTIFIER_BYTES, |n| {
                            Self::relation_name_taken(catalog, table, &schema, n)
                        })
                    });
                    catalog.register_name(&table.name, &name);
                    table.primary_key = Some(PrimaryKey {
                        name: Some(name),
                        columns,
                        ..Default::default()
                    });
                }
                ConstraintDraft::Unique { name, columns, .. } => {
                    let name = name.unwrap_or_else(|| {
                        let joined = index_column_label(&columns);
                        choose_unique_name(
                            &table_name,
                            Some(&joined),
                            "key",
                            MAX_IDENTIFIER_BYTES,
                            |n| Self::relation_name_taken(catalog, table, &schema, n),
                        )
                    });
                    catalog.register_name(&table.name, &name);
                    super::push_compact(
                        &mut table.uniques,
                        UniqueConstraint {
                            name: Some(name),
                            columns,
                        },
                    );
                }
                ConstraintDraft::ForeignKey {
                    name,
                    columns,
                    referred_table,
                    referred_columns,
                    on_delete,
                    on_update,
                    deferrable,
                    initially,
                    match_kind,
                    ..
                } => {
                    if match_kind.as_deref() == Some("PARTIAL") {
                        return Err("MATCH PARTIAL not yet implemented".into());
                    }
                    // `INITIALLY DEFERRED` makes the constraint deferrable.
                    let deferred = initially.as_deref() == Some("DEFERRED");
                    let referred_columns = if referred_columns.is_empty() {
                        let referred = if referred_table == table.name {
                            Some(&*table)
                        } else {
                            catalog.tables.get(&referred_table)
                        };
                        referred
                            .and_then(|t| t.primary_key.as_ref())
                            .map(|pk| pk.columns.clone())
                            .ok_or_else(|| {
                                format!("there is no primary key for referenced table \"{referred_table}\"")
                            })?
                    } else {
                        referred_columns
                    };
                    let name = name.unwrap_or_else(|| {
                        let joined = columns.join("_");
                        choose_unique_name(
                            &table_name,
                            Some(&joined),
                            "fkey",
                            MAX_IDENTIFIER_BYTES,
                            |n| Self::constraint_name_taken(table, n),
                        )
                    });
                    let fk = ForeignKey {
                        name: Some(name),
                        columns,
                        referred_table,
                        referred_columns,
                        on_delete: on_delete.filter(|a| *a != super::ReferentialAction::NoAction),
                        on_update: on_update.filter(|a| *a != super::ReferentialAction::NoAction),
                        deferrable: (deferrable == Some(true) || deferred).then_some(true),
                        initially: initially.filter(|i| i != "IMMEDIATE"),
                        // MATCH SIMPLE is the default, which the server does not print.
                        match_kind: match_kind.filter(|m| m == "FULL"),
                    };
                    // Copied only for a target with partitions to refer to.
                    if partitions::refers_to_partitions(catalog, table, &fk) {
                        super::push_compact(&mut table.foreign_keys, fk.clone());
                        partitions::refer_to_partitions(catalog, table, &fk);
                    } else {
                        super::push_compact(&mut table.foreign_keys, fk);
                    }
                }
                ConstraintDraft::Check { name, expr, inline } => {
                    let deparser = Deparser::new(catalog, table, Mode::Pretty);
                    let expression = deparser.check_text(expr);
                    let name = name.unwrap_or_else(|| {
                        // Named after the one column the expression references
                        // (where it was written does not matter).
                        let column = deparser
                            .single_column(expr)
                            .unwrap_or_else(|()| inline.clone());
                        choose_unique_name(
                            &table_name,
                            column.as_deref(),
                            "check",
                            MAX_IDENTIFIER_BYTES,
                            |n| Self::constraint_name_taken(table, n),
                        )
                    });
                    super::push_compact(
                        &mut table.checks,
                        CheckConstraint {
                            name: Some(name),
                            expression,
                        },
                    );
                }
                ConstraintDraft::Index { .. } => {
                    return Err("KEY/INDEX inside CREATE TABLE is MySQL syntax".into())
                }
            }
        }
        // The server checks a statement's foreign keys once its other
        // constraints exist (a table may refer to a key it declares later).
        for fk in &table.foreign_keys[foreign_keys_before..] {
            check_foreign_key(catalog, table, fk)?;
        }
        Ok(())
    }

    /// Keys and foreign keys added to a partitioned table recurse to its
    /// partitions; `ONLY` keeps a primary key or unique constraint on the
    /// parent alone (pg_dump attaches the partitions' own ones afterwards).
    fn add_constraint(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        constraint: ConstraintDraft<'_>,
        only: bool,
    ) -> ApplyResult {
        let recurses = !only
            || matches!(
                constraint,
                ConstraintDraft::ForeignKey { .. } | ConstraintDraft::Check { .. }
            );
        let before = (recurses && table.partitioned).then(|| table.clone());
        self.add_to_table(catalog, table, Vec::new(), vec![constraint], "")?;
        match before {
            Some(before) => {
                let added = partitions::added(catalog, &before, table);
                partitions::propagate(catalog, &table.name, &added)
            }
            None => Ok(()),
        }
    }

    fn attach_partition(
        &self,
        catalog: &mut Catalog,
        parent: &Table,
        partition: &mut Table,
    ) -> ApplyResult {
        if let Some(other) = partition.partition_of() {
            return Err(format!(
                "\"{}\" is already a partition of \"{other}\"",
                partition.name.name
            )
            .into());
        }
        partition.set_partition_of(Some(parent.name.clone()));
        partitions::attach(catalog, parent, partition)
    }

    /// Internal foreign keys to the partition go with it.
    fn partition_removed(
        &self,
        catalog: &mut Catalog,
        parent: &QualifiedName,
        partition: &QualifiedName,
    ) {
        partitions::referred_partition_removed(catalog, parent, partition);
    }

    fn alter_column(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        column: &str,
        change: ColumnChange<'_>,
    ) -> ApplyResult {
        let index = table
            .columns
            .iter()
            .position(|c| c.name == column)
            .ok_or_else(|| {
                format!(
                    "column \"{column}\" of relation \"{}\" does not exist",
                    table.name.name
                )
            })?;
        match change {
            ColumnChange::SetDefault(expr) => {
                let data_type = table.columns[index].data_type.clone();
                let text =
                    Deparser::new(catalog, table, Mode::Expression).default_text(expr, &data_type);
                table.columns[index].default = text;
            }
            ColumnChange::SetType(declared) => {
                let schema = table.name.schema.clone();
                let data_type = self.canonical_type(
                    &DeclaredType::from_ast(declared),
                    catalog,
                    schema.as_deref(),
                )?;
                table.columns[index].data_type = data_type;
                redo_dependent_expressions(catalog, table, column);
            }
            ColumnChange::AddIdentity(draft) => {
                let target = &table.columns[index];
                if target.identity().is_some() {
                    return Err(format!("column \"{column}\" is already an identity column").into());
                }
                if target.default.is_some() {
                    return Err(format!("column \"{column}\" already has a default value").into());
                }
                let identity = identity_of(&target.data_type, &draft);
                Self::create_owned_sequence(catalog, table, column);
                let target = &mut table.columns[index];
                target.set_identity(Some(identity));
                target.nullable = false;
            }
            ColumnChange::AlterIdentity(alteration) => {
                alter_identity(catalog, table, index, &alteration)?;
            }
            other => {
                return default_alter_column(self, catalog, table, column, other);
            }
        }
        Ok(())
    }

    fn extension(
        &self,
        name: &str,
        version: Option<&str>,
        schema: &Option<String>,
    ) -> ApplyResult<Option<ExtensionPlan>> {
        let Some(contrib) = extensions::contrib(name) else {
            return Ok(None);
        };
        if let Some(version) = version.filter(|v| *v != contrib.default_version) {
            if !contrib.views.is_empty() {
                return Err(format!(
                    "the objects of extension \"{name}\" version {version} are not known \
                     (only those of version {})",
                    contrib.default_version
                )
                .into());
            }
        }
        Ok(Some(ExtensionPlan {
            requires: contrib.requires.iter().map(|r| r.to_string()).collect(),
            relations: extensions::views(&contrib, schema),
        }))
    }

    fn alters_structure(&self, operation: &AlterTableOperation) -> bool {
        matches!(
            operation,
            AlterTableOperation::RenameColumn { .. }
                | AlterTableOperation::DropColumn { .. }
                | AlterTableOperation::DropConstraint { .. }
                | AlterTableOperation::RenameConstraint { .. }
                | AlterTableOperation::RenameTable { .. }
        ) || set_schema_target(operation).is_some()
    }

    fn alter_structure(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        operation: &AlterTableOperation,
    ) -> ApplyResult {
        match operation {
            AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => structure::rename_column(
                catalog,
                table,
                &self.fold_ident(old_column_name),
                &self.fold_ident(new_column_name),
            ),
            AlterTableOperation::DropColumn {
                column_names,
                if_exists,
                drop_behavior,
                ..
            } => {
                let cascade = matches!(drop_behavior, Some(DropBehavior::Cascade));
                for column in column_names {
                    let column = self.fold_ident(column);
                    if table.column(&column).is_none() {
                        if *if_exists {
                            continue;
                        }
                        return Err(format!(
                            "column \"{column}\" of relation \"{}\" does not exist",
                            table.name.name
                        )
                        .into());
                    }
                    structure::drop_column(catalog, table, &column, cascade)?;
                    if cascade {
                        // Views using the column go with it.
                        let mut views: Vec<QualifiedName> = catalog
                            .tables
                            .values()
                            .filter(|t| {
                                t.view().is_some_and(|v| {
                                    v.columns
                                        .iter()
                                        .any(|(r, c)| *r == table.name && *c == column)
                                })
                            })
                            .map(|t| t.name.clone())
                            .collect();
                        views.extend(super::views::dependent_views(catalog, &views));
                        catalog.tables.retain(|n, _| !views.contains(n));
                    }
                }
                Ok(())
            }
            AlterTableOperation::DropConstraint {
                if_exists,
                name,
                drop_behavior,
            } => {
                let cascade = matches!(drop_behavior, Some(DropBehavior::Cascade));
                let name = self.fold_ident(name);
                match structure::drop_constraint(catalog, table, &name, cascade)? {
                    true => Ok(()),
                    false if *if_exists => Ok(()),
                    false => Err(format!(
                        "constraint \"{name}\" of relation \"{}\" does not exist",
                        table.name.name
                    )
                    .into()),
                }
            }
            AlterTableOperation::RenameConstraint { old_name, new_name } => {
                structure::rename_constraint(
                    table,
                    &self.fold_ident(old_name),
                    &self.fold_ident(new_name),
                )
            }
            AlterTableOperation::RenameTable { table_name } => {
                let new_name = super::rules::rename_target(table_name);
                // The new name stays in the table's schema.
                let last = new_name
                    .0
                    .last()
                    .and_then(|p| p.as_ident())
                    .map(|i| self.fold_ident(i))
                    .ok_or("a table name is needed")?;
                let renamed = QualifiedName::new(table.name.schema.clone(), last);
                if catalog.tables.contains_key(&renamed) {
                    return Err(format!("relation \"{}\" already exists", renamed.name).into());
                }
                structure::rename_table(catalog, table, renamed);
                Ok(())
            }
            other => match set_schema_target(other) {
                Some(schema) => self.set_schema(catalog, table, &schema),
                None => Err(format!("ALTER TABLE ... {other} is not supported yet").into()),
            },
        }
    }

    fn rename_index(
        &self,
        catalog: &mut Catalog,
        schema: &Option<String>,
        old: &str,
        new: &str,
    ) -> ApplyResult {
        let owners: Vec<QualifiedName> = catalog.name_owners(schema, old).to_vec();
        for owner in owners {
            let Some(table) = catalog.tables.get_mut(&owner) else {
                continue;
            };
            let mut found = false;
            for index in &mut table.indexes {
                if index.name == old {
                    index.name = new.to_string();
                    found = true;
                }
            }
            // The index behind a key: renaming it renames the constraint.
            for slot in table
                .primary_key
                .iter_mut()
                .map(|p| &mut p.name)
                .chain(table.uniques.iter_mut().map(|u| &mut u.name))
            {
                if slot.as_deref() == Some(old) {
                    *slot = Some(new.to_string());
                    found = true;
                }
            }
            if found {
                catalog.register_name(&owner, new);
                return Ok(());
            }
        }
        Err(format!("relation \"{old}\" does not exist").into())
    }

    fn constraint_using_index(
        &self,
        table: &mut Table,
        name: Option<String>,
        index: &str,
        primary: bool,
    ) -> ApplyResult {
        let at = table
            .indexes
            .iter()
            .position(|i| i.name == index)
            .ok_or_else(|| format!("index \"{index}\" does not exist"))?;
        let found = &table.indexes[at];
        if !found.unique || found.predicate.is_some() {
            return Err(format!("\"{index}\" is not a unique index").into());
        }
        let columns: Vec<String> = found
            .elements
            .iter()
            .map(|e| match e {
                IndexElement::Column(c) => Ok(c.clone()),
                IndexElement::Expression(_) => {
                    Err(format!("index \"{index}\" contains expressions"))
                }
            })
            .collect::<Result<_, _>>()?;
        table.indexes.remove(at);
        // The index takes the constraint's name.
        let name = name.unwrap_or_else(|| index.to_string());
        if primary {
            if table.primary_key.is_some() {
                return Err(format!(
                    "multiple primary keys for table \"{}\" are not allowed",
                    table.name.name
                )
                .into());
            }
            for c in &columns {
                if let Some(column) = table.column_mut(c) {
                    column.nullable = false;
                }
            }
            table.primary_key = Some(PrimaryKey {
                name: Some(name),
                columns,
                ..Default::default()
            });
        } else {
            table.uniques.push(UniqueConstraint {
                name: Some(name),
                columns,
            });
        }
        Ok(())
    }

    fn rename_sequence(
        &self,
        catalog: &mut Catalog,
        old: &QualifiedName,
        new: QualifiedName,
    ) -> ApplyResult {
        if catalog.sequences.contains_key(&new) || catalog.tables.contains_key(&new) {
            return Err(format!("relation \"{}\" already exists", new.name).into());
        }
        let Some(mut sequence) = catalog.sequences.shift_remove(old) else {
            return Err(format!("relation \"{}\" does not exist", old.name).into());
        };
        sequence.name = new.clone();
        catalog.sequences.insert(new.clone(), sequence);
        // nextval() defaults hold the sequence itself and print its new name.
        let from = format!(
            "nextval('{}'::regclass)",
            quote_regclass(&old.schema, &old.name)
        );
        let to = format!(
            "nextval('{}'::regclass)",
            quote_regclass(&new.schema, &new.name)
        );
        for table in catalog.tables.values_mut() {
            for column in &mut table.columns {
                if let Some(default) = &mut column.default {
                    if default.contains(&from) {
                        *default = default.replace(&from, &to);
                    }
                }
            }
        }
        Ok(())
    }

    /// A constant of the type prints its label: `'old'::mood` and the
    /// elements of `'{old,sad}'::mood[]`.
    fn rename_enum_value_in_text(
        &self,
        text: &str,
        enum_type: &QualifiedName,
        old: &str,
        new: &str,
    ) -> String {
        structure::rename_enum_label(text, &enum_type_label(enum_type), old, new)
    }

    /// Casts print the type's name (`'draft'::status`, `'{}'::status[]`).
    fn rename_type_in_text(&self, text: &str, old: &str, new: &str) -> String {
        let from = format!("::{}", deparse::quote_ident(old));
        let to = format!("::{}", deparse::quote_ident(new));
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find(&from) {
            let after = &rest[at + from.len()..];
            let whole = !after.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$');
            out.push_str(&rest[..at]);
            out.push_str(if whole { &to } else { &from });
            rest = after;
        }
        out.push_str(rest);
        out
    }

    /// The domain's base type; its default printed as a column default of
    /// that type; its CHECKs printed with `VALUE` for the value and named
    /// `<domain>_check[n]` when unnamed; `NOT NULL` read from the statement.
    fn create_domain(
        &self,
        catalog: &mut Catalog,
        create: &sqlparser::ast::CreateDomain,
        statement_text: &str,
    ) -> ApplyResult {
        let name = self.creation_name(catalog, &create.name)?;
        if catalog.enums.contains_key(&name) || catalog.domains.contains_key(&name) {
            return Err(format!("type \"{}\" already exists", name.name).into());
        }
        let data_type = self.canonical_type(
            &DeclaredType::from_ast(&create.data_type),
            catalog,
            name.schema.as_deref(),
        )?;
        let mut scope = Table::new(name.clone(), TableKind::Table);
        scope.columns.push(Column::new("value", data_type.clone()));
        // sqlparser reads `DEFAULT x NOT NULL` as a default of `x IS NOT NULL`.
        let (default, default_then_not_null) = match &create.default {
            Some(Expr::IsNotNull(inner)) => (Some(inner.as_ref()), true),
            other => (other.as_ref(), false),
        };
        let default = default.and_then(|d| {
            Deparser::new(catalog, &scope, Mode::Expression).default_text(d, &data_type)
        });
        let deparser = Deparser::for_domain(catalog, &scope);
        let mut checks: Vec<CheckConstraint> = Vec::new();
        for constraint in &create.constraints {
            let sqlparser::ast::TableConstraint::Check(check) = constraint else {
                return Err("a domain takes CHECK constraints only".into());
            };
            let constraint_name = match &check.name {
                Some(n) => self.fold_ident(n),
                None => choose_unique_name(&name.name, None, "check", MAX_IDENTIFIER_BYTES, |n| {
                    checks.iter().any(|c| c.name.as_deref() == Some(n))
                }),
            };
            checks.push(CheckConstraint {
                name: Some(constraint_name),
                expression: deparser.check_text(&check.expr),
            });
        }
        let domain = super::Domain {
            name: name.clone(),
            data_type,
            not_null: default_then_not_null
                || crate::parse::fallback::domain_not_null_written(statement_text),
            default,
            checks,
            collation: create.collation.as_ref().map(|c| self.fold_ident(c)),
        };
        catalog.domains.insert(name, domain);
        Ok(())
    }

    /// SET/DROP DEFAULT, SET/DROP NOT NULL, ADD [CONSTRAINT n] CHECK (...) (an unnamed one named `<domain>_check`
    /// as CREATE DOMAIN names it), DROP CONSTRAINT [IF EXISTS] and RENAME
    /// CONSTRAINT: the domain changes, and with it every column of its type.
    fn alter_domain(
        &self,
        catalog: &mut Catalog,
        name: &QualifiedName,
        operations: &[AlterTableOperation],
    ) -> ApplyResult {
        use sqlparser::ast::{AlterColumnOperation, TableConstraint};
        let Some(mut domain) = catalog.domains.get(name).cloned() else {
            return Err(format!("type \"{}\" does not exist", name.name).into());
        };
        let mut scope = Table::new(name.clone(), TableKind::Table);
        scope
            .columns
            .push(Column::new("value", domain.data_type.clone()));
        for operation in operations {
            match operation {
                AlterTableOperation::AlterColumn { op, .. } => match op {
                    AlterColumnOperation::SetDefault { value } => {
                        domain.default = Deparser::new(catalog, &scope, Mode::Expression)
                            .default_text(value, &domain.data_type);
                    }
                    AlterColumnOperation::DropDefault => domain.default = None,
                    AlterColumnOperation::SetNotNull => domain.not_null = true,
                    AlterColumnOperation::DropNotNull => domain.not_null = false,
                    other => {
                        return Err(format!("ALTER DOMAIN ... {other} is not supported").into())
                    }
                },
                AlterTableOperation::AddConstraint {
                    constraint: TableConstraint::Check(check),
                    ..
                } => {
                    let constraint_name = match &check.name {
                        Some(n) => self.fold_ident(n),
                        None => choose_unique_name(
                            &name.name,
                            None,
                            "check",
                            MAX_IDENTIFIER_BYTES,
                            |n| domain.checks.iter().any(|c| c.name.as_deref() == Some(n)),
                        ),
                    };
                    if domain
                        .checks
                        .iter()
                        .any(|c| c.name.as_deref() == Some(constraint_name.as_str()))
                    {
                        return Err(format!(
                            "constraint \"{constraint_name}\" for domain \"{}\" already exists",
                            name.name
                        )
                        .into());
                    }
                    let expression = Deparser::for_domain(catalog, &scope).check_text(&check.expr);
                    domain.checks.push(CheckConstraint {
                        name: Some(constraint_name),
                        expression,
                    });
                }
                AlterTableOperation::DropConstraint {
                    if_exists,
                    name: constraint,
                    ..
                } => {
                    let constraint = self.fold_ident(constraint);
                    let before = domain.checks.len();
                    domain
                        .checks
                        .retain(|c| c.name.as_deref() != Some(constraint.as_str()));
                    if domain.checks.len() == before && !if_exists {
                        return Err(format!(
                            "constraint \"{constraint}\" of domain \"{}\" does not exist",
                            name.name
                        )
                        .into());
                    }
                }
                AlterTableOperation::RenameConstraint { old_name, new_name } => {
                    let (old, new) = (self.fold_ident(old_name), self.fold_ident(new_name));
                    if domain
                        .checks
                        .iter()
                        .any(|c| c.name.as_deref() == Some(new.as_str()))
                    {
                        return Err(format!(
                            "constraint \"{new}\" for domain \"{}\" already exists",
                            name.name
                        )
                        .into());
                    }
                    let check = domain
                        .checks
                        .iter_mut()
                        .find(|c| c.name.as_deref() == Some(old.as_str()))
                        .ok_or_else(|| {
                            format!(
                                "constraint \"{old}\" for domain \"{}\" does not exist",
                                name.name
                            )
                        })?;
                    check.name = Some(new);
                }
                other => return Err(format!("ALTER DOMAIN ... {other} is not supported").into()),
            }
        }
        catalog.domains.insert(name.clone(), domain);
        Ok(())
    }

    fn evaluate_condition(&self, catalog: &Catalog, condition: &Expr) -> Option<bool> {
        catalog_query::evaluate(catalog, condition)
    }

    fn evaluate_value(&self, catalog: &Catalog, value: &Expr) -> Option<String> {
        catalog_query::scalar(catalog, value)
    }

    /// A function runs its body at each call, DDL included: `plpgsql` and
    /// `sql` bodies are read; another procedural language's body is only
    /// reported when its text names DDL. Trigger functions run on row
    /// changes, never at a `SELECT`; C and internal functions run no SQL.
    fn function_body(
        &self,
        create: &sqlparser::ast::CreateFunction,
        text: &str,
    ) -> Option<Result<crate::parse::plpgsql::Block, String>> {
        use sqlparser::ast::FunctionReturnType;
        if let Some(FunctionReturnType::DataType(data_type)) = &create.return_type {
            let returns = data_type.to_string().to_ascii_lowercase();
            if matches!(returns.as_str(), "trigger" | "event_trigger") {
                return None;
            }
        }
        let language = create
            .language
            .as_ref()
            .map_or_else(|| String::from("sql"), |l| l.value.to_ascii_lowercase());
        let names_ddl = || {
            text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .any(|w| {
                    ["create", "alter", "drop", "execute", "comment"]
                        .iter()
                        .any(|k| w.eq_ignore_ascii_case(k))
                })
        };
        match language.as_str() {
            "plpgsql" | "sql" => {
                let body = crate::parse::plpgsql::parse_function_body(text, &language);
                (body.is_ok() || names_ddl()).then_some(body)
            }
            "c" | "internal" => None,
            other => names_ddl().then(|| {
                Err(format!(
                    "a function in language {other} may change the schema"
                ))
            }),
        }
    }

    /// The new table's columns have the query's types and nothing else: no
    /// NOT NULL, no default. A type we could not work out stays empty (the
    /// catalog warns if the table is still there at the end).
    fn table_from_query(&self, name: &QualifiedName, columns: Vec<Column>) -> Option<Table> {
        let columns = columns
            .into_iter()
            .map(|mut c| {
                c.nullable = true;
                c.default = None;
                c
            })
            .collect();
        let mut table = Table::new(name.clone(), TableKind::Table);
        table.columns = columns;
        Some(table)
    }

    /// `select_common_type` for a UNION column: an untyped literal (`NULL`)
    /// takes the other branch's type; the left type stays unless it is not its
    /// category's preferred type and converts implicitly to the right one but
    /// not back; equal types keep their modifiers only when both have the same.
    /// Types we could not work out, or that would not match, leave the column
    /// untyped (the server did type it: a warning says so).
    fn set_operation_column(&self, mut left: Column, right: &Column) -> Option<Column> {
        left.nullable = true;
        left.default = None;
        let untyped = |t: &SqlType| t.name == UNKNOWN && t.array_dims == 0;
        if untyped(&right.data_type) {
            return Some(left);
        }
        if untyped(&left.data_type) {
            left.data_type = right.data_type.clone();
            return Some(left);
        }
        let (l, r) = (&left.data_type, &right.data_type);
        let common = if l.name.is_empty() || r.name.is_empty() || l.array_dims != r.array_dims {
            None
        } else if l.name == r.name {
            let mut same = l.clone();
            if l.args != r.args {
                same.args.clear();
            }
            Some(same)
        } else if type_category(&l.name).is_some()
            && type_category(&l.name) == type_category(&r.name)
        {
            let switch = !is_preferred_type(&l.name)
                && implicitly_casts(&l.name, &r.name)
                && !implicitly_casts(&r.name, &l.name);
            Some(if switch {
                SqlType {
                    name: r.name.clone(),
                    array_dims: r.array_dims,
                    ..SqlType::default()
                }
            } else {
                SqlType {
                    args: Vec::new(),
                    ..l.clone()
                }
            })
        } else {
            None
        };
        left.data_type = common.unwrap_or_default();
        Some(left)
    }

    fn types_every_view_column(&self) -> bool {
        true
    }

    fn tracks_dependencies(&self) -> bool {
        true
    }

    /// `ALTER CONSTRAINT name ...` (read as table properties, see
    /// `parse::fallback`): a foreign key's deferrability, set anew.
    fn set_table_options(&self, table: &mut Table, properties: &[(String, String)]) -> ApplyResult {
        use crate::parse::fallback::{
            ALTER_CONSTRAINT, CONSTRAINT_DEFERRABLE, CONSTRAINT_INITIALLY_DEFERRED,
        };
        let mut target: Option<usize> = None;
        for (key, value) in properties {
            match key.as_str() {
                ALTER_CONSTRAINT => {
                    let name = match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                        Some(quoted) => quoted.to_string(),
                        None => stored_identifier(value, false),
                    };
                    let at = table
                        .foreign_keys
                        .iter()
                        .position(|fk| fk.name.as_deref() == Some(name.as_str()));
                    target = Some(at.ok_or_else(|| {
                        format!(
                            "constraint \"{name}\" of relation \"{}\" is not a foreign key constraint or does not exist",
                            table.name.name
                        )
                    })?);
                }
                CONSTRAINT_DEFERRABLE | CONSTRAINT_INITIALLY_DEFERRED => {
                    let Some(fk) = target.and_then(|i| table.foreign_keys.get_mut(i)) else {
                        continue;
                    };
                    let on = value == "true";
                    if key == CONSTRAINT_DEFERRABLE {
                        fk.deferrable = on.then_some(true);
                    } else {
                        fk.initially = on.then(|| String::from("DEFERRED"));
                    }
                }
                other => {
                    return Err(format!("ALTER TABLE ... SET {other} is not supported yet").into())
                }
            }
        }
        Ok(())
    }

    /// With CASCADE, what calls the function goes: indexes on an expression or
    /// predicate calling it, defaults (the column stays), CHECK constraints,
    /// and views (with the views that read them). Without CASCADE nothing may
    /// use it, or the server refuses.
    fn drop_function(&self, catalog: &mut Catalog, name: &QualifiedName, cascade: bool) {
        if !cascade {
            return;
        }
        let calls = |text: &str| structure::calls_function(text, &name.name);
        let mut views = Vec::new();
        for table in catalog.tables.values_mut() {
            table.indexes.retain(|index| {
                !index.predicate.as_deref().is_some_and(calls)
                    && !index.elements.iter().any(|e| match e {
                        IndexElement::Expression(text) => calls(text),
                        IndexElement::Column(_) => false,
                    })
            });
            for column in &mut table.columns {
                if column.default.as_deref().is_some_and(calls) {
                    column.default = None;
                }
            }
            table.checks.retain(|check| !calls(&check.expression));
            if table
                .view()
                .is_some_and(|v| v.functions.contains(&name.name))
            {
                views.push(table.name.clone());
            }
        }
        views.extend(super::views::dependent_views(catalog, &views));
        catalog.tables.retain(|n, _| !views.contains(n));
    }

    /// A literal nothing gave a type is text once the query is complete.
    fn view_column_resolved(&self, mut column: Column) -> Column {
        if column.data_type.name == UNKNOWN {
            column.data_type.name = String::from("text");
        }
        column
    }

    fn view_expression_type(&self, catalog: &Catalog, scope: &[&Table], expr: &Expr) -> SqlType {
        // `NULL` and a bare string stay untyped until the query is complete.
        let mut bare = expr;
        while let Expr::Nested(inner) = bare {
            bare = inner;
        }
        // `expr COLLATE c`: the expression's type (text for a bare string)
        // with that collation.
        if let Expr::Collate {
            expr: inner,
            collation,
        } = bare
        {
            let mut collated = self.view_expression_type(catalog, scope, inner);
            if collated.name == UNKNOWN {
                collated = SqlType::named("text");
            }
            collated.set_collation(
                collation
                    .0
                    .last()
                    .and_then(|p| p.as_ident())
                    .map(|i| i.value.clone()),
            );
            return collated;
        }
        // EXISTS and IN over a subquery are tests.
        if matches!(bare, Expr::Exists { .. } | Expr::In { .. }) {
            return SqlType::named("boolean");
        }
        if let Expr::Value(value) = bare {
            if matches!(
                value.value,
                sqlparser::ast::Value::Null | sqlparser::ast::Value::SingleQuotedString(_)
            ) {
                return SqlType::named(UNKNOWN);
            }
        }
        // The deparser resolves column types against one table; a view sees the
        // columns of all its FROM tables (the first one wins on a clash).
        let mut merged = Table::new(QualifiedName::new(None, ""), TableKind::View);
        for table in scope {
            for column in &table.columns {
                if merged.column(&column.name).is_none() {
                    merged.columns.push(column.clone());
                }
            }
        }
        // An element of an array column keeps the column's modifiers
        // (`tags[1]` of a varchar(10)[] is varchar(10)).
        if let Expr::CompoundFieldAccess { root, access_chain } = bare {
            use sqlparser::ast::{AccessExpr, Subscript};
            let (column, chain) = match (root.as_ref(), access_chain.as_slice()) {
                (Expr::Identifier(_), [AccessExpr::Dot(Expr::Identifier(c)), rest @ ..]) => {
                    (Some(c), rest)
                }
                (Expr::Identifier(c), rest) => (Some(c), rest),
                _ => (None, access_chain.as_slice()),
            };
            let column = column.and_then(|c| merged.column(&self.fold_ident(c)));
            if let (Some(column), [AccessExpr::Subscript(Subscript::Index { .. })]) =
                (column, chain)
            {
                if column.data_type.array_dims > 0 {
                    let mut element = column.data_type.clone();
                    element.array_dims -= 1;
                    return element;
                }
            }
        }
        Deparser::new(catalog, &merged, Mode::Expression)
            .result_type(expr)
            .map(|t| match t.name.as_str() {
                "bpchar" => SqlType {
                    name: String::from("character"),
                    ..t
                },
                _ => t,
            })
            .unwrap_or_default()
    }

    fn view_expression_name(&self, expr: &Expr) -> Option<String> {
        Some(target_column_name(expr))
    }

    fn like_elements(&self, create: &sqlparser::ast::CreateTable, text: &str) -> Vec<LikeClause> {
        let written =
            create.like.is_some() || crate::parse::contains_ignore_ascii_case(text, "like");
        if written {
            crate::parse::fallback::like_clauses_written(text)
        } else {
            Vec::new()
        }
    }

    /// `transformTableLikeClause`: name, type (with its collation) and NOT
    /// NULL always; the default, generation expression, identity and comment
    /// only when asked for. A serial's default still names the source's
    /// sequence.
    fn like_column(&self, source: &Column, options: &LikeOptions) -> Column {
        let mut column = Column::new(source.name.clone(), source.data_type.clone());
        column.nullable = source.nullable;
        if options.defaults && source.generated().is_none() {
            column.default = source.default.clone();
            column.autoincrement = source.autoincrement;
        }
        if options.generated {
            column.set_generated(source.generated().cloned());
        }
        if options.identity {
            column.set_identity(source.identity().cloned());
        }
        if options.comments {
            column.set_comment(source.comment().map(str::to_string));
        }
        column
    }

    /// `expandTableLikeClause`: CHECK constraints keep their names; keys and
    /// indexes (never foreign keys) are created anew, named by the server's
    /// rules for the new table whatever the source's names were.
    fn expand_like(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        source: &Table,
        options: &LikeOptions,
    ) -> ApplyResult {
        let table_name = table.name.name.clone();
        let schema = table.name.schema.clone();
        if options.constraints {
            for check in &source.checks {
                if let Some(name) = &check.name {
                    if Self::constraint_name_taken(table, name) {
                        return Err(format!(
                            "constraint \"{name}\" for relation \"{table_name}\" already exists"
                        )
                        .into());
                    }
                }
                table.checks.push(check.clone());
            }
        }
        if !options.indexes {
            return Ok(());
        }
        if let Some(pk) = &source.primary_key {
            if table.primary_key.is_some() {
                return Err(format!(
                    "multiple primary keys for table \"{table_name}\" are not allowed"
                )
                .into());
            }
            let name = choose_unique_name(&table_name, None, "pkey", MAX_IDENTIFIER_BYTES, |n| {
                Self::relation_name_taken(catalog, table, &schema, n)
            });
            catalog.register_name(&table.name, &name);
            table.primary_key = Some(PrimaryKey {
                name: Some(name),
                ..pk.clone()
            });
        }
        for unique in &source.uniques {
            let name = choose_unique_name(
                &table_name,
                Some(&index_column_label(&unique.columns)),
                "key",
                MAX_IDENTIFIER_BYTES,
                |n| Self::relation_name_taken(catalog, table, &schema, n),
            );
            catalog.register_name(&table.name, &name);
            table.uniques.push(UniqueConstraint {
                name: Some(name),
                columns: unique.columns.clone(),
            });
        }
        for index in &source.indexes {
            // The index's column names: a column's own, an expression's the
            // one `FigureIndexColname` gave it in the source.
            let labels: Vec<String> = index
                .elements
                .iter()
                .map(|element| match element {
                    IndexElement::Column(name) => name.clone(),
                    IndexElement::Expression(text) => {
                        crate::parse::parse_expression(text, Dialect::PostgreSql)
                            .map_or_else(|| String::from("expr"), |e| deparse::figure_colname(&e))
                    }
                })
                .chain(index.included_columns.iter().cloned())
                .collect();
            let name = choose_unique_name(
                &table_name,
                Some(&index_column_label(&labels)),
                "idx",
                MAX_IDENTIFIER_BYTES,
                |n| Self::relation_name_taken(catalog, table, &schema, n),
            );
            catalog.register_name(&table.name, &name);
            table.indexes.push(Index {
                name,
                implicit_for_foreign_key: false,
                ..index.clone()
            });
        }
        Ok(())
    }

    fn create_index(
        &self,
        catalog: &mut Catalog,
        index: IndexDraft<'_>,
        _statement_text: &str,
    ) -> ApplyResult {
        // Read through a shared borrow and pushed at the end: a copy of the
        // table per index made 50,000 indexes on one table quadratic.
        let Some(table) = catalog.tables.get(&index.table) else {
            return Err(format!("relation \"{}\" does not exist", index.table).into());
        };
        let elements: Vec<IndexElement> = {
            let deparser = Deparser::new(catalog, table, Mode::Pretty);
            index
                .columns
                .iter()
                .map(|c| match c {
                    IndexColumnDraft::Column(name) => IndexElement::Column(name.clone()),
                    IndexColumnDraft::Expression(expr) => {
                        IndexElement::Expression(deparser.index_text(expr))
                    }
                })
                .collect()
        };
        // SQLAlchemy reads the predicate with pg_get_expr, not in pretty mode.
        let predicate = index
            .predicate
            .map(|p| Deparser::new(catalog, table, Mode::Expression).check_text(p));
        let name = match index.name {
            Some(name) => name,
            None => {
                // The server names an index after its key and its INCLUDE columns.
                let labels: Vec<String> = index
                    .columns
                    .iter()
                    .map(|c| match c {
                        IndexColumnDraft::Column(name) => name.clone(),
                        IndexColumnDraft::Expression(expr) => deparse::figure_colname(expr),
                    })
                    .chain(index.include.iter().cloned())
                    .collect();
                // The table's own names gathered once: the server tries
                // `_idx`, `_idx1`, ... and each try must not scan them all.
                let own_names: std::collections::HashSet<&str> = std::iter::once(&table.name.name)
                    .chain(table.indexes.iter().map(|i| &i.name))
                    .chain(table.primary_key.iter().filter_map(|p| p.name.as_ref()))
                    .chain(table.uniques.iter().filter_map(|u| u.name.as_ref()))
                    .map(String::as_str)
                    .collect();
                // `ChooseIndexName`: only a constraint's index is `_key`; a
                // unique index is `_idx` like any other.
                choose_unique_name(
                    &table.name.name,
                    Some(&index_column_label(&labels)),
                    "idx",
                    MAX_IDENTIFIER_BYTES,
                    |n| {
                        own_names.contains(n)
                            || Self::relation_name_taken_elsewhere(
                                catalog,
                                &table.name,
                                &table.name.schema,
                                n,
                            )
                    },
                )
            }
        };
        let table_name = table.name.clone();
        let partitioned = table.partitioned;
        catalog.register_name(&table_name, &name);
        let mut dialect_options = indexmap::IndexMap::new();
        let method = index.method.unwrap_or_else(|| String::from("btree"));
        if method != "btree" {
            dialect_options.insert(String::from("using"), method.clone());
        }
        let operator_classes = elements
            .iter()
            .zip(&index.operator_classes)
            .filter_map(|(element, class)| {
                let class = class
                    .as_ref()
                    .filter(|c| !is_default_operator_class(&method, c))?;
                let key = match element {
                    IndexElement::Column(name) | IndexElement::Expression(name) => name,
                };
                Some((key.clone(), class.clone()))
            })
            .collect();
        let created = Index {
            name,
            elements,
            unique: index.unique,
            predicate,
            prefix: None,
            dialect_options,
            operator_classes,
            included_columns: index.include,
            storage_parameters: index.with,
            nulls_not_distinct: index.nulls_distinct == Some(false),
            implicit_for_foreign_key: false,
        };
        // Without ON ONLY, the index is created on every partition too.
        let inherited = (!index.only && partitioned).then(|| created.clone());
        if let Some(table) = catalog.tables.get_mut(&index.table) {
            super::push_compact(&mut table.indexes, created);
        }
        match inherited {
            Some(created) => partitions::propagate(
                catalog,
                &table_name,
                &[partitions::Inherited::Index(created)],
            ),
            None => Ok(()),
        }
    }
}

/// `FigureColname`: the name an unaliased select-list expression gets. A
/// column or function gives its name, a field selection (`(q.h).id`) its
/// last field, a cast what it casts (or else the
/// type's internal name), a scalar subquery the name of its column, EXISTS,
/// CASE and ARRAY their keyword; anything else is `?column?`.
fn target_column_name(expr: &Expr) -> String {
    use sqlparser::ast::{SelectItem, SetExpr};
    const NONE: &str = "?column?";
    match expr {
        Expr::Nested(inner) => target_column_name(inner),
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) | Expr::Function(_) => {
            deparse::figure_colname(expr)
        }
        Expr::Cast {
            expr: inner,
            data_type,
            ..
        } => match target_column_name(inner) {
            name if name != NONE => name,
            _ => {
                let declared = DeclaredType::from_ast(data_type);
                let canonical = PostgreSqlRules
                    .canonical_type(&declared, &Catalog::new(Dialect::PostgreSql), None)
                    .map(|t| t.name)
                    .unwrap_or_else(|_| declared.base.to_lowercase());
                internal_type_name(&canonical).to_string()
            }
        },
        Expr::Subquery(query) => match query.body.as_ref() {
            SetExpr::Select(select) => match select.projection.first() {
                Some(SelectItem::ExprWithAlias { alias, .. }) => {
                    stored_identifier(&alias.value, alias.quote_style.is_some())
                }
                Some(SelectItem::UnnamedExpr(inner)) => target_column_name(inner),
                _ => String::from(NONE),
            },
            _ => String::from(NONE),
        },
        // `(q.h).id`, `(row).a[1]`: the last field name of the indirection,
        // else what the indirection starts from.
        Expr::CompoundFieldAccess { root, access_chain } => access_chain
            .iter()
            .rev()
            .find_map(|access| match access {
                sqlparser::ast::AccessExpr::Dot(Expr::Identifier(field)) => {
                    Some(stored_identifier(&field.value, field.quote_style.is_some()))
                }
                sqlparser::ast::AccessExpr::Dot(Expr::CompoundIdentifier(parts)) => parts
                    .last()
                    .map(|field| stored_identifier(&field.value, field.quote_style.is_some())),
                _ => None,
            })
            .unwrap_or_else(|| target_column_name(root)),
        Expr::Exists { .. } => String::from("exists"),
        Expr::Case { .. } => String::from("case"),
        Expr::Array(_) => String::from("array"),
        Expr::Tuple(_) => String::from("row"),
        Expr::Collate { expr: inner, .. } => target_column_name(inner),
        // A typed literal (`date '2020-01-01'`) is a cast of a string
        // constant: the type's name.
        Expr::TypedString(typed) => {
            let declared = DeclaredType::from_ast(&typed.data_type);
            let canonical = PostgreSqlRules
                .canonical_type(&declared, &Catalog::new(Dialect::PostgreSql), None)
                .map(|t| t.name)
                .unwrap_or_else(|_| declared.base.to_lowercase());
            internal_type_name(&canonical).to_string()
        }
        Expr::Interval(_) => String::from("interval"),
        _ => String::from(NONE),
    }
}

/// `pg_type.typname` of a built-in type by its `format_type` name.
fn internal_type_name(name: &str) -> &str {
    match name {
        "integer" => "int4",
        "bigint" => "int8",
        "smallint" => "int2",
        "boolean" => "bool",
        "character varying" => "varchar",
        "character" => "bpchar",
        "double precision" => "float8",
        "real" => "float4",
        "timestamp with time zone" => "timestamptz",
        "timestamp without time zone" => "timestamp",
        "time with time zone" => "timetz",
        "time without time zone" => "time",
        other => other,
    }
}

/// How `format_type` names an enum type in a cast: quoted where needed,
/// qualified outside the default schema.
fn enum_type_label(name: &QualifiedName) -> String {
    match &name.schema {
        Some(schema) => format!(
            "{}.{}",
            deparse::quote_ident(schema),
            deparse::quote_ident(&name.name)
        ),
        None => deparse::quote_ident(&name.name),
    }
}

/// After `ALTER COLUMN ... TYPE`, the server rebuilds the indexes and CHECK
/// constraints that use the column from their printed definitions, parsed
/// again against the new type (an index predicate `hot_rank <> 0` on a column
/// that became double precision is then `hot_rank <> (0)::double precision`).
/// Defaults are not re-parsed (their text stays).
fn redo_dependent_expressions(catalog: &Catalog, table: &mut Table, column: &str) {
    let reparsed = |text: &str, mode: Mode| -> Option<String> {
        structure::mentions(text, column)
            .then(|| Deparser::new(catalog, table, mode).reparse(text))
            .flatten()
    };
    let checks: Vec<Option<String>> = table
        .checks
        .iter()
        .map(|c| reparsed(&c.expression, Mode::Pretty))
        .collect();
    let predicates: Vec<Option<String>> = table
        .indexes
        .iter()
        .map(|i| {
            i.predicate
                .as_deref()
                .and_then(|p| reparsed(p, Mode::Expression))
        })
        .collect();
    let elements: Vec<Vec<Option<String>>> = table
        .indexes
        .iter()
        .map(|i| {
            i.elements
                .iter()
                .map(|e| match e {
                    IndexElement::Expression(text) => structure::mentions(text, column)
                        .then(|| Deparser::new(catalog, table, Mode::Pretty).reparse_index(text))
                        .flatten(),
                    IndexElement::Column(_) => None,
                })
                .collect()
        })
        .collect();
    for (check, text) in table.checks.iter_mut().zip(checks) {
        if let Some(text) = text {
            check.expression = text;
        }
    }
    for ((index, predicate), elements) in table.indexes.iter_mut().zip(predicates).zip(elements) {
        if let Some(predicate) = predicate {
            index.predicate = Some(predicate);
        }
        for (element, text) in index.elements.iter_mut().zip(elements) {
            if let Some(text) = text {
                *element = IndexElement::Expression(text);
            }
        }
    }
}

/// `transformIndexConstraints`: the keys of one statement that would build the
/// same index are one key. The primary key comes first; a UNIQUE on the same
/// columns as a key before it is dropped, giving that key its name if it had
/// none (`id int PRIMARY KEY, CONSTRAINT u UNIQUE (id)` is a primary key named u).
/// What the server checks when it adds a foreign key
/// (`ATAddForeignKeyConstraint`), in its order: the referenced table, the
/// referencing columns, the referenced columns, a unique key on exactly the
/// referenced columns, and as many columns on each side.
fn check_foreign_key(catalog: &Catalog, table: &Table, fk: &ForeignKey) -> ApplyResult {
    let referred = if fk.referred_table == table.name {
        table
    } else {
        catalog
            .tables
            .get(&fk.referred_table)
            .ok_or_else(|| format!("relation \"{}\" does not exist", fk.referred_table.name))?
    };
    let missing = |side: &Table, columns: &[String]| -> ApplyResult {
        match columns.iter().find(|c| side.column(c).is_none()) {
            Some(c) => Err(format!(
                "column \"{c}\" referenced in foreign key constraint does not exist"
            )
            .into()),
            None => Ok(()),
        }
    };
    missing(table, &fk.columns)?;
    missing(referred, &fk.referred_columns)?;
    let wanted: std::collections::BTreeSet<&str> =
        fk.referred_columns.iter().map(String::as_str).collect();
    if wanted.len() != fk.referred_columns.len() {
        return Err("foreign key referenced-columns list must not contain duplicates".into());
    }
    let same = |columns: &[String]| {
        columns.len() == wanted.len() && columns.iter().all(|c| wanted.contains(c.as_str()))
    };
    let unique_index = |index: &Index| {
        index.unique
            && index.predicate.is_none()
            && index
                .elements
                .iter()
                .map(|e| match e {
                    IndexElement::Column(c) => Some(c.clone()),
                    IndexElement::Expression(_) => None,
                })
                .collect::<Option<Vec<_>>>()
                .is_some_and(|columns| same(&columns))
    };
    let keyed = referred
        .primary_key
        .as_ref()
        .is_some_and(|k| same(&k.columns))
        || referred.uniques.iter().any(|u| same(&u.columns))
        || referred.indexes.iter().any(unique_index);
    if !keyed {
        return Err(format!(
            "there is no unique constraint matching given keys for referenced table \"{}\"",
            referred.name.name
        )
        .into());
    }
    if fk.columns.len() != fk.referred_columns.len() {
        return Err("number of referencing and referenced columns for foreign key disagree".into());
    }
    Ok(())
}

fn merge_duplicate_keys(constraints: Vec<ConstraintDraft<'_>>) -> Vec<ConstraintDraft<'_>> {
    let mut constraints = constraints;
    if let Some(at) = constraints
        .iter()
        .position(|c| matches!(c, ConstraintDraft::PrimaryKey { .. }))
    {
        let primary = constraints.remove(at);
        constraints.insert(0, primary);
    }
    let mut out: Vec<ConstraintDraft<'_>> = Vec::with_capacity(constraints.len());
    for constraint in constraints {
        if let ConstraintDraft::Unique { name, columns, .. } = &constraint {
            let prior = out.iter_mut().find_map(|c| match c {
                ConstraintDraft::PrimaryKey {
                    name: prior_name,
                    columns: prior_columns,
                    ..
                }
                | ConstraintDraft::Unique {
                    name: prior_name,
                    columns: prior_columns,
                    ..
                } if prior_columns == columns => Some(prior_name),
                _ => None,
            });
            if let Some(prior_name) = prior {
                if prior_name.is_none() {
                    prior_name.clone_from(name);
                }
                continue;
            }
        }
        out.push(constraint);
    }
    out
}

/// Whether `class` is the default operator class of its type for the access
/// method (`pg_opclass.opcdefault`), which SQLAlchemy does not report: the
/// built-in ones and those of the contrib extensions (citext, hstore, ltree,
/// cube, seg, isn, intarray, btree_gin, btree_gist). `inet_ops` is the default
/// for btree, hash and spgist but not for gist; any class not listed is
/// reported.
fn is_default_operator_class(method: &str, class: &str) -> bool {
    let defaults: &[&str] = match method {
        "brin" => &[
            "bit_minmax_ops",
            "box_inclusion_ops",
            "bpchar_minmax_ops",
            "bytea_minmax_ops",
            "char_minmax_ops",
            "date_minmax_ops",
            "float4_minmax_ops",
            "float8_minmax_ops",
            "inet_inclusion_ops",
            "int2_minmax_ops",
            "int4_minmax_ops",
            "int8_minmax_ops",
            "interval_minmax_ops",
            "macaddr8_minmax_ops",
            "macaddr_minmax_ops",
            "name_minmax_ops",
            "numeric_minmax_ops",
            "oid_minmax_ops",
            "pg_lsn_minmax_ops",
            "range_inclusion_ops",
            "text_minmax_ops",
            "tid_minmax_ops",
            "time_minmax_ops",
            "timestamp_minmax_ops",
            "timestamptz_minmax_ops",
            "timetz_minmax_ops",
            "uuid_minmax_ops",
            "varbit_minmax_ops",
        ],
        "btree" => &[
            "array_ops",
            "bit_ops",
            "bool_ops",
            "bpchar_ops",
            "btree_hstore_ops",
            "bytea_ops",
            "char_ops",
            "citext_ops",
            "cube_ops",
            "date_ops",
            "ean13_ops",
            "enum_ops",
            "float4_ops",
            "float8_ops",
            "inet_ops",
            "int2_ops",
            "int4_ops",
            "int8_ops",
            "interval_ops",
            "isbn13_ops",
            "isbn_ops",
            "ismn13_ops",
            "ismn_ops",
            "issn13_ops",
            "issn_ops",
            "jsonb_ops",
            "ltree_ops",
            "macaddr8_ops",
            "macaddr_ops",
            "money_ops",
            "multirange_ops",
            "name_ops",
            "numeric_ops",
            "oid_ops",
            "oidvector_ops",
            "pg_lsn_ops",
            "range_ops",
            "record_ops",
            "seg_ops",
            "text_ops",
            "tid_ops",
            "time_ops",
            "timestamp_ops",
            "timestamptz_ops",
            "timetz_ops",
            "tsquery_ops",
            "tsvector_ops",
            "upc_ops",
            "uuid_ops",
            "varbit_ops",
            "xid8_ops",
        ],
        "gin" => &[
            "array_ops",
            "bit_ops",
            "bool_ops",
            "bpchar_ops",
            "bytea_ops",
            "char_ops",
            "cidr_ops",
            "date_ops",
            "enum_ops",
            "float4_ops",
            "float8_ops",
            "gin_hstore_ops",
            "inet_ops",
            "int2_ops",
            "int4_ops",
            "int8_ops",
            "interval_ops",
            "jsonb_ops",
            "macaddr8_ops",
            "macaddr_ops",
            "money_ops",
            "name_ops",
            "numeric_ops",
            "oid_ops",
            "text_ops",
            "time_ops",
            "timestamp_ops",
            "timestamptz_ops",
            "timetz_ops",
            "tsvector_ops",
            "uuid_ops",
            "varbit_ops",
            "varchar_ops",
        ],
        "gist" => &[
            "box_ops",
            "circle_ops",
            "gist__int_ops",
            "gist__ltree_ops",
            "gist_bit_ops",
            "gist_bool_ops",
            "gist_bpchar_ops",
            "gist_bytea_ops",
            "gist_cash_ops",
            "gist_cidr_ops",
            "gist_cube_ops",
            "gist_date_ops",
            "gist_enum_ops",
            "gist_float4_ops",
            "gist_float8_ops",
            "gist_hstore_ops",
            "gist_inet_ops",
            "gist_int2_ops",
            "gist_int4_ops",
            "gist_int8_ops",
            "gist_interval_ops",
            "gist_ltree_ops",
            "gist_macaddr8_ops",
            "gist_macaddr_ops",
            "gist_numeric_ops",
            "gist_oid_ops",
            "gist_seg_ops",
            "gist_text_ops",
            "gist_time_ops",
            "gist_timestamp_ops",
            "gist_timestamptz_ops",
            "gist_timetz_ops",
            "gist_uuid_ops",
            "gist_vbit_ops",
            "multirange_ops",
            "point_ops",
            "poly_ops",
            "range_ops",
            "tsquery_ops",
            "tsvector_ops",
        ],
        "hash" => &[
            "aclitem_ops",
            "array_ops",
            "bool_ops",
            "bpchar_ops",
            "bytea_ops",
            "char_ops",
            "cid_ops",
            "citext_ops",
            "date_ops",
            "ean13_ops",
            "enum_ops",
            "float4_ops",
            "float8_ops",
            "hash_hstore_ops",
            "inet_ops",
            "int2_ops",
            "int4_ops",
            "int8_ops",
            "interval_ops",
            "isbn13_ops",
            "isbn_ops",
            "ismn13_ops",
            "ismn_ops",
            "issn13_ops",
            "issn_ops",
            "jsonb_ops",
            "macaddr8_ops",
            "macaddr_ops",
            "multirange_ops",
            "name_ops",
            "numeric_ops",
            "oid_ops",
            "oidvector_ops",
            "pg_lsn_ops",
            "range_ops",
            "record_ops",
            "text_ops",
            "tid_ops",
            "time_ops",
            "timestamp_ops",
            "timestamptz_ops",
            "timetz_ops",
            "upc_ops",
            "uuid_ops",
            "xid8_ops",
            "xid_ops",
        ],
        "spgist" => &[
            "box_ops",
            "inet_ops",
            "poly_ops",
            "quad_point_ops",
            "range_ops",
            "text_ops",
        ],
        _ => &[],
    };
    defaults.contains(&class)
}

/// `ChooseIndexColumnNames` joined as `ChooseIndexNameAddition` does: names joined
/// by `_`, stopping once the result reaches NAMEDATALEN.
fn index_column_label(columns: &[String]) -> String {
    let mut label = String::new();
    for column in columns {
        if !label.is_empty() {
            label.push('_');
        }
        label.push_str(column);
        if label.len() > MAX_IDENTIFIER_BYTES {
            break;
        }
    }
    label
}

/// An identity's sequence parameters with the defaults PostgreSQL fills in for the
/// column's type and the direction of the increment.
fn identity_of(data_type: &SqlType, identity: &IdentityDraft) -> Identity {
    let max = match data_type.name.as_str() {
        "smallint" => i128::from(i16::MAX),
        "integer" => i128::from(i32::MAX),
        _ => i128::from(i64::MAX),
    };
    let increment = identity.increment.unwrap_or(1);
    let (minvalue, maxvalue) = if increment > 0 {
        (
            identity.minvalue.unwrap_or(1),
            identity.maxvalue.unwrap_or(max),
        )
    } else {
        (
            identity.minvalue.unwrap_or(-max - 1),
            identity.maxvalue.unwrap_or(-1),
        )
    };
    Identity {
        always: identity.always,
        start: identity
            .start
            .unwrap_or(if increment > 0 { minvalue } else { maxvalue }),
        increment,
        minvalue,
        maxvalue,
        cycle: identity.cycle,
        cache: identity.cache.unwrap_or(1),
    }
}

/// `ALTER TABLE t ALTER c SET GENERATED ... / SET <option> / RESTART / DROP
/// IDENTITY`: the identity's sequence altered as `ALTER SEQUENCE` alters one
/// (bounds not given stay as they were; `NO MINVALUE` is the default for the
/// increment's sign), or the identity dropped with its sequence.
fn alter_identity(
    catalog: &mut Catalog,
    table: &mut Table,
    index: usize,
    alteration: &crate::parse::fallback::IdentityAlteration,
) -> ApplyResult {
    let column = &mut table.columns[index];
    let Some(identity) = column.identity() else {
        if alteration.drop == Some(true) {
            return Ok(());
        }
        return Err(format!(
            "column \"{}\" of relation \"{}\" is not an identity column",
            column.name, table.name.name
        )
        .into());
    };
    if alteration.drop.is_some() {
        column.set_identity(None);
        let name = column.name.clone();
        catalog.drop_owned_sequences(&table.name, Some(&name));
        return Ok(());
    }
    let mut altered = identity.clone();
    if let Some(always) = alteration.always {
        altered.always = always;
    }
    if let Some(increment) = alteration.increment {
        if increment == 0 {
            return Err("INCREMENT must not be zero".into());
        }
        altered.increment = increment;
    }
    let max = match column.data_type.name.as_str() {
        "smallint" => i128::from(i16::MAX),
        "integer" => i128::from(i32::MAX),
        _ => i128::from(i64::MAX),
    };
    match alteration.minvalue {
        Some(Some(min)) => altered.minvalue = min,
        Some(None) => altered.minvalue = if altered.increment > 0 { 1 } else { -max - 1 },
        None => {}
    }
    match alteration.maxvalue {
        Some(Some(value)) => altered.maxvalue = value,
        Some(None) => altered.maxvalue = if altered.increment > 0 { max } else { -1 },
        None => {}
    }
    if let Some(start) = alteration.start {
        altered.start = start;
    }
    if let Some(cycle) = alteration.cycle {
        altered.cycle = cycle;
    }
    if let Some(cache) = alteration.cache {
        if cache <= 0 {
            return Err(format!("CACHE ({cache}) must be greater than zero").into());
        }
        altered.cache = cache;
    }
    if altered.minvalue >= altered.maxvalue {
        return Err(format!(
            "MINVALUE ({}) must be less than MAXVALUE ({})",
            altered.minvalue, altered.maxvalue
        )
        .into());
    }
    if altered.start < altered.minvalue {
        return Err(format!(
            "START value ({}) cannot be less than MINVALUE ({})",
            altered.start, altered.minvalue
        )
        .into());
    }
    if altered.start > altered.maxvalue {
        return Err(format!(
            "START value ({}) cannot be greater than MAXVALUE ({})",
            altered.start, altered.maxvalue
        )
        .into());
    }
    column.set_identity(Some(altered));
    Ok(())
}

/// How `regclass` prints a sequence name inside `nextval('...')`.
/// `ALTER TABLE t SET SCHEMA s` as the fallback writes it (a table property
/// `SET_SCHEMA`): the schema as written.
fn set_schema_target(operation: &AlterTableOperation) -> Option<String> {
    let AlterTableOperation::SetTblProperties { table_properties } = operation else {
        return None;
    };
    match table_properties.as_slice() {
        [sqlparser::ast::SqlOption::KeyValue {
            key,
            value: Expr::Value(v),
        }] if key.to_string() == crate::parse::fallback::SET_SCHEMA => match &v.value {
            sqlparser::ast::Value::SingleQuotedString(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn quote_regclass(schema: &Option<String>, name: &str) -> String {
    let quote = |s: &str| {
        let plain = s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !s.starts_with(|c: char| c.is_ascii_digit());
        if plain {
            s.to_string()
        } else {
            format!("\"{}\"", s.replace('"', "\"\""))
        }
    };
    match schema {
        Some(schema) => format!("{}.{}", quote(schema), quote(name)),
        None => quote(name),
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::apply::build_catalog;
    use crate::catalog::{Catalog, QualifiedName};
    use crate::dialect::Dialect;
    use crate::parse::parse_script;

    fn catalog(sql: &str) -> Catalog {
        let (statements, warnings) = parse_script(0, sql, Dialect::PostgreSql);
        assert!(warnings.is_empty(), "parse warnings: {warnings:?}");
        let (catalog, warnings) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        assert!(warnings.is_empty(), "apply warnings: {warnings:?}");
        catalog
    }

    #[test]
    fn a_field_selection_is_named_by_its_last_field() {
        let sql = "CREATE TYPE pair AS (a int, \"B\" int);\n\
                   CREATE TABLE t (id int PRIMARY KEY, p pair);\n\
                   CREATE TABLE c AS SELECT (t.p).a, (p).\"B\", 1 + 1 FROM t;\n";
        let (statements, _) = parse_script(0, sql, Dialect::PostgreSql);
        let (catalog, _) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        let c = &catalog.tables[&QualifiedName::new(None, "c")];
        let names: Vec<&str> = c.columns.iter().map(|c| c.name.as_str()).collect();
        // A second `?column?` would be refused (specified more than once).
        assert_eq!(names, ["a", "B", "?column?"]);
    }

    #[test]
    fn a_view_or_table_as_select_naming_two_columns_alike_is_refused() {
        let sql = "CREATE TABLE t (a int, \"A\" int, b int);\n\
                   CREATE VIEW v1 AS SELECT a, \"A\" FROM t;\n\
                   CREATE VIEW v2 AS SELECT a, b AS a FROM t;\n\
                   CREATE TABLE c AS SELECT 1 AS x, 2 AS x;\n\
                   CREATE VIEW v4 AS SELECT 1 AS y, 2 AS z UNION SELECT 3 AS z, 4 AS z;\n\
                   CREATE VIEW v5 AS SELECT b + 1, false FROM t;\n";
        let (statements, _) = parse_script(0, sql, Dialect::PostgreSql);
        let (catalog, warnings) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        let names: Vec<&str> = catalog.tables.keys().map(|k| k.name.as_str()).collect();
        assert_eq!(names.len(), 3, "{names:?}");
        for gone in ["v2", "c", "v5"] {
            assert!(!names.contains(&gone), "{names:?}");
        }
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            messages.contains(&"statement skipped: column \"a\" specified more than once")
                && messages.contains(&"statement skipped: column \"x\" specified more than once")
                && messages
                    .contains(&"statement skipped: column \"?column?\" specified more than once"),
            "{messages:?}"
        );
    }

    #[test]
    fn quote_ident_quotes_every_keyword_but_the_unreserved() {
        let table = super::keywords::QUOTED_KEYWORDS;
        assert!(
            table.windows(2).all(|w| w[0] < w[1]),
            "sorted for binary search"
        );
        // reserved, type/function name, column name; unreserved ones stay bare.
        for (name, quoted) in [
            ("check", "\"check\""),
            ("int", "\"int\""),
            ("between", "\"between\""),
            ("authorization", "\"authorization\""),
            ("name", "name"),
            ("value", "value"),
            ("Mixed", "\"Mixed\""),
        ] {
            assert_eq!(super::deparse::quote_ident(name), quoted);
        }
    }

    #[test]
    fn unqualified_names_follow_the_search_path() {
        let build = |sql: &str| {
            let (statements, _) = parse_script(0, sql, Dialect::PostgreSql);
            build_catalog(Dialect::PostgreSql, &statements, &[sql])
        };
        let (catalog, warnings) = build(
            "SET search_path = app, public; CREATE SCHEMA app; \
             CREATE TABLE t (id int PRIMARY KEY); CREATE INDEX t_i ON t (id);",
        );
        assert!(warnings.is_empty());
        let table = &catalog.tables[&QualifiedName::new(Some("app".into()), "t")];
        assert_eq!(table.indexes.len(), 1);
        let (catalog, warnings) = build("SET search_path = app; CREATE TABLE t (id int);");
        assert!(catalog.tables.is_empty());
        assert!(warnings[0]
            .message
            .contains("no schema has been selected to create in"));
        let (catalog, _) = build("SET search_path TO \"$user\", public; CREATE TABLE t (id int);");
        assert!(catalog.tables.contains_key(&QualifiedName::new(None, "t")));
    }

    #[test]
    fn a_foreign_key_to_a_partitioned_table_refers_to_each_partition() {
        let sql = "CREATE TABLE o (id int, d date, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);\n\
                   CREATE TABLE o1 PARTITION OF o FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n\
                   CREATE TABLE i (id int PRIMARY KEY, oid int, od date, FOREIGN KEY (oid, od) REFERENCES o);\n\
                   CREATE TABLE o2 PARTITION OF o FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n\
                   CREATE TABLE o3 (id int NOT NULL, d date NOT NULL);\n\
                   ALTER TABLE o ATTACH PARTITION o3 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n\
                   ALTER TABLE o DETACH PARTITION o2;\n";
        let (statements, _) = parse_script(0, sql, Dialect::PostgreSql);
        let (catalog, _) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        let fks: Vec<(String, String)> = catalog.tables[&QualifiedName::new(None, "i")]
            .foreign_keys
            .iter()
            .map(|fk| (fk.name.clone().unwrap(), fk.referred_table.name.clone()))
            .collect();
        let pairs = [
            ("i_oid_od_fkey", "o"),
            ("i_oid_od_fkey1", "o1"),
            ("i_oid_od_fkey3", "o3"),
        ];
        let expected: Vec<(String, String)> = pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(fks, expected);
    }

    fn checks(sql: &str, table: &str) -> Vec<(String, String)> {
        catalog(sql).tables[&QualifiedName::new(None, table)]
            .checks
            .iter()
            .map(|c| (c.name.clone().unwrap_or_default(), c.expression.clone()))
            .collect()
    }

    // Expected texts are what pg_get_constraintdef(oid, true) printed on
    // PostgreSQL 15 for the same statements.
    #[test]
    fn in_lists_take_the_common_type_of_column_and_elements() {
        let found = checks(
            "CREATE TABLE pr (s smallint CHECK (s IN (0,1)), b bigint CHECK (b IN (0,1)), \
             c char(2) CHECK (c IN ('a','b')), v varchar(3) CHECK (v = ANY (ARRAY['a', 'b'])), \
             i int CHECK (i NOT IN (1,2)))",
            "pr",
        );
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "s = ANY (ARRAY[0, 1])",
                "b = ANY (ARRAY[0::bigint, 1::bigint])",
                "c = ANY (ARRAY['a'::bpchar, 'b'::bpchar])",
                "v::text = ANY (ARRAY['a'::text, 'b'::text])",
                "i <> ALL (ARRAY[1, 2])",
            ]
        );
        assert_eq!(found[0].0, "pr_s_check");
    }

    #[test]
    fn casts_of_numbers_print_without_quotes_in_constraints() {
        let found = checks(
            "CREATE TABLE pr2 (b bigint CHECK (b > 0::bigint), d float8 CHECK (d > 1.5::float8), \
             b2 bigint CHECK (b2 > -1))",
            "pr2",
        );
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "b > 0::bigint",
                "d > 1.5::double precision",
                "b2 > '-1'::integer"
            ]
        );
    }

    #[test]
    fn identifiers_fold_ascii_only_and_are_cut_to_63_bytes() {
        let long = "a".repeat(70);
        let cat = catalog(&format!("CREATE TABLE Été_{long} (Id int)"));
        let (name, table) = cat.tables.first().expect("one table");
        assert_eq!(name.name.len(), 63);
        assert!(name.name.starts_with("Été_aaa"));
        assert_eq!(table.columns[0].name, "id");
    }

    #[test]
    fn pg_dump_identity_and_sequence_defaults_apply() {
        let cat = catalog(
            "CREATE TABLE public.t (id integer NOT NULL, n bigint);\n\
             CREATE SEQUENCE public.t_n_seq;\n\
             ALTER TABLE public.t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (\n\
                 SEQUENCE NAME public.t_id_seq START WITH 5 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);\n\
             ALTER TABLE ONLY public.t ALTER COLUMN n SET DEFAULT nextval('public.t_n_seq'::regclass);\n\
             ALTER SEQUENCE public.t_n_seq OWNED BY public.t.n;",
        );
        let table = &cat.tables[&QualifiedName::new(None, "t")];
        let identity = table.columns[0].identity().expect("identity");
        assert_eq!(
            (identity.start, identity.maxvalue),
            (5, i128::from(i32::MAX))
        );
        assert_eq!(
            table.columns[1].default.as_deref(),
            Some("nextval('t_n_seq'::regclass)")
        );
    }

    #[test]
    fn view_columns_computed_by_expressions_get_their_result_types() {
        let cat = catalog(
            "CREATE TABLE items (id int, name varchar(50), qty int, price numeric(10,2));\n\
             CREATE VIEW v AS SELECT count(*), sum(qty) AS s, name || '!' AS shout, \
             qty::numeric(5,1) AS qn, CASE WHEN qty > 1 THEN 'a' ELSE 'b' END AS c \
             FROM items i JOIN items j ON (i.id = j.id)",
        );
        let view = &cat.tables[&QualifiedName::new(None, "v")];
        let types: Vec<(&str, &str, Vec<String>)> = view
            .columns
            .iter()
            .map(|c| {
                (
                    c.name.as_str(),
                    c.data_type.name.as_str(),
                    c.data_type.args.clone(),
                )
            })
            .collect();
        assert_eq!(
            types,
            [
                ("count", "bigint", vec![]),
                ("s", "bigint", vec![]),
                ("shout", "text", vec![]),
                ("qn", "numeric", vec!["5".to_string(), "1".to_string()]),
                ("c", "text", vec![]),
            ]
        );
    }

    /// `'now'`, `'today'`, `'tomorrow'` and `'yesterday'` as date/time
    /// constants are frozen by the server to the load time: the literal is
    /// kept as written, with a warning at it (line:col); as text, or cast to
    /// text first, they are plain strings.
    #[test]
    fn load_time_constants_warn_at_the_literal() {
        let sql = "CREATE TABLE t (\n  id int,\n  d date DEFAULT 'today',\n  \
                   note text DEFAULT 'now',\n  later date DEFAULT ('now'::text)::date,\n  \
                   CHECK (d <= 'Tomorrow')\n);\n\
                   ALTER TABLE t ADD COLUMN at timestamptz DEFAULT TIMESTAMPTZ 'now';\n";
        let (statements, warnings) = parse_script(0, sql, Dialect::PostgreSql);
        assert!(warnings.is_empty(), "parse warnings: {warnings:?}");
        let (catalog, warnings) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        let table = &catalog.tables[&QualifiedName::new(None, "t")];
        let default = |name: &str| table.column(name).and_then(|c| c.default.clone());
        assert_eq!(default("d").as_deref(), Some("'today'::date"));
        assert_eq!(default("note").as_deref(), Some("'now'::text"));
        assert_eq!(default("later").as_deref(), Some("('now'::text)::date"));
        assert_eq!(
            default("at").as_deref(),
            Some("'now'::timestamp with time zone")
        );
        assert_eq!(table.checks[0].expression, "d <= 'Tomorrow'::date");
        let places: Vec<(&str, String)> = warnings
            .iter()
            .map(|w| {
                let range = w.labels[0].range.clone();
                (&sql[range], w.message.clone())
            })
            .collect();
        assert_eq!(places.len(), 3, "{places:?}");
        assert_eq!(places[0].0, "'today'");
        assert_eq!(places[1].0, "'Tomorrow'");
        assert_eq!(places[2].0, "'now'");
        assert!(places[2].1.contains("time the statement runs"));
        let line_of = |range: std::ops::Range<usize>| sql[..range.start].matches('\n').count() + 1;
        assert_eq!(line_of(warnings[0].labels[0].range.clone()), 3);
        assert_eq!(line_of(warnings[2].labels[0].range.clone()), 8);
    }

    /// `ALTER TABLE IF EXISTS` on a missing table is a no-op, as is DROP
    /// EXTENSION without CASCADE: no warning (the helper fails on one).
    #[test]
    fn alter_table_if_exists_on_a_missing_table_is_silent() {
        let catalog = catalog(
            "ALTER TABLE IF EXISTS ONLY public.t DROP CONSTRAINT IF EXISTS t_fk;\n\
             ALTER TABLE IF EXISTS t ALTER COLUMN id DROP DEFAULT;\n\
             DROP EXTENSION IF EXISTS pgcrypto;\n\
             CREATE TABLE t (id int);\n",
        );
        assert_eq!(catalog.tables.len(), 1);
    }

    /// A DO block that only creates an extension when pg_extension lacks it
    /// changes nothing a model shows: its undecidable condition is no warning.
    #[test]
    fn do_block_creating_an_extension_is_silent() {
        let catalog = catalog(
            "DO $$ BEGIN\n  IF NOT EXISTS (SELECT extname FROM pg_extension WHERE extname = 'btree_gin') THEN\n    \
             CREATE EXTENSION btree_gin;\n  END IF;\nEND $$;\nCREATE TABLE t (id int);\n",
        );
        assert_eq!(catalog.tables.len(), 1);
    }
}
