//! Conditions on PostgreSQL's own catalogs, decided on our catalog: what
//! `EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'x')` and its kin
//! (`pg_class`, `pg_type`, `pg_indexes`, `information_schema.columns`, ...)
//! would find on the server at that point of the script. Migrations use them
//! to make DDL idempotent inside `DO` blocks.
//!
//! Only queries over one catalog relation with a WHERE clause of comparisons
//! between its columns and constants are decided; anything else (a join, a
//! function, a column we do not model, table data) is `None`.

use sqlparser::ast::{
    BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, GroupByExpr, InTarget,
    Query, SelectItem, SetExpr, TableFactor, UnaryOperator, Value,
};

use super::deparse::quote_ident;
use crate::catalog::{Catalog, QualifiedName, TableKind};

/// One row of a catalog relation: its columns we model, by name.
type Row = Vec<(&'static str, String)>;

/// The value of a condition, or `None` when it cannot be decided offline.
pub fn evaluate(catalog: &Catalog, condition: &Expr) -> Option<bool> {
    match condition {
        Expr::Nested(inner) => evaluate(catalog, inner),
        // `(SELECT <condition>)`: a query without FROM returns its one value.
        Expr::Subquery(query) => evaluate(catalog, lone_value(query)?),
        Expr::UnaryOp {
            op: UnaryOperator::Not,
            expr,
        } => evaluate(catalog, expr).map(|b| !b),
        Expr::BinaryOp {
            left,
            op: BinaryOperator::And,
            right,
        } => match (evaluate(catalog, left), evaluate(catalog, right)) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (Some(true), Some(true)) => Some(true),
            _ => None,
        },
        Expr::BinaryOp {
            left,
            op: BinaryOperator::Or,
            right,
        } => match (evaluate(catalog, left), evaluate(catalog, right)) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (Some(false), Some(false)) => Some(false),
            _ => None,
        },
        Expr::Exists { subquery, negated } => {
            let found = matching_rows(catalog, subquery)? > 0;
            Some(found != *negated)
        }
        // `(SELECT count(*) FROM ...) = 0` and the like.
        Expr::BinaryOp { left, op, right } => {
            let (count, number, op) = match (&**left, &**right) {
                (Expr::Subquery(q), n) => (counted_rows(catalog, q)?, integer(n)?, op.clone()),
                (n, Expr::Subquery(q)) => (counted_rows(catalog, q)?, integer(n)?, flip(op)?),
                // Constants (a variable's value put in its place).
                (l, r) => match (integer(l), integer(r)) {
                    (Some(l), Some(r)) => return compare(l, op, r),
                    _ => {
                        let (l, r) = (constant(l)?, constant(r)?);
                        return match op {
                            BinaryOperator::Eq => Some(l == r),
                            BinaryOperator::NotEq => Some(l != r),
                            _ => None,
                        };
                    }
                },
            };
            compare(count as i64, &op, number)
        }
        Expr::Value(v) => match &v.value {
            Value::Boolean(b) => Some(*b),
            _ => None,
        },
        // `to_regclass('name') IS NULL`.
        Expr::IsNull(inner) => {
            null_constant(inner).or_else(|| lookup_function(catalog, inner).map(|found| !found))
        }
        Expr::IsNotNull(inner) => null_constant(inner)
            .map(|null| !null)
            .or_else(|| lookup_function(catalog, inner)),
        _ => None,
    }
}

/// The value of an expression assigned to a variable, as SQL text of a
/// constant: a constant itself, the count of `(SELECT count(*) FROM ...)`,
/// the truth of a condition. `None` when it cannot be decided offline.
pub fn scalar(catalog: &Catalog, expr: &Expr) -> Option<String> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::Number(..) | Value::SingleQuotedString(_) | Value::Boolean(_) | Value::Null => {
                Some(expr.to_string())
            }
            _ => None,
        },
        Expr::Nested(inner) => scalar(catalog, inner),
        Expr::Subquery(query) => match counted_rows(catalog, query) {
            Some(count) => Some(count.to_string()),
            None => match lone_value(query) {
                Some(inner) => scalar(catalog, inner),
                None => evaluate(catalog, expr).map(|b| b.to_string()),
            },
        },
        _ => evaluate(catalog, expr).map(|b| b.to_string()),
    }
}

/// The one expression of `SELECT expr` (no FROM, WHERE, grouping or other
/// clause): its value is the query's.
fn lone_value(query: &Query) -> Option<&Expr> {
    let SetExpr::Select(select) = query.body.as_ref() else {
        return None;
    };
    let plain = select.from.is_empty()
        && select.selection.is_none()
        && select.having.is_none()
        && select.distinct.is_none()
        && matches!(&select.group_by, GroupByExpr::Expressions(e, _) if e.is_empty())
        && query.limit_clause.is_none()
        && query.with.is_none();
    match select.projection.as_slice() {
        [SelectItem::UnnamedExpr(expr) | SelectItem::ExprWithAlias { expr, .. }] if plain => {
            Some(expr)
        }
        _ => None,
    }
}

/// Whether a constant is NULL (`None`: not a constant).
fn null_constant(expr: &Expr) -> Option<bool> {
    match expr {
        Expr::Value(v) if matches!(v.value, Value::Null) => Some(true),
        Expr::Nested(inner) => null_constant(inner),
        other => constant(other).map(|_| false),
    }
}

fn flip(op: &BinaryOperator) -> Option<BinaryOperator> {
    Some(match op {
        BinaryOperator::Eq => BinaryOperator::Eq,
        BinaryOperator::NotEq => BinaryOperator::NotEq,
        BinaryOperator::Lt => BinaryOperator::Gt,
        BinaryOperator::Gt => BinaryOperator::Lt,
        BinaryOperator::LtEq => BinaryOperator::GtEq,
        BinaryOperator::GtEq => BinaryOperator::LtEq,
        _ => return None,
    })
}

fn compare(left: i64, op: &BinaryOperator, right: i64) -> Option<bool> {
    Some(match op {
        BinaryOperator::Eq => left == right,
        BinaryOperator::NotEq => left != right,
        BinaryOperator::Lt => left < right,
        BinaryOperator::Gt => left > right,
        BinaryOperator::LtEq => left <= right,
        BinaryOperator::GtEq => left >= right,
        _ => return None,
    })
}

fn integer(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        Expr::Nested(inner) => integer(inner),
        _ => None,
    }
}

/// `to_regclass('name')` / `to_regtype('name')`: whether the object exists.
fn lookup_function(catalog: &Catalog, expr: &Expr) -> Option<bool> {
    let Expr::Function(function) = expr else {
        return None;
    };
    let name = function.name.to_string().to_ascii_lowercase();
    let FunctionArguments::List(list) = &function.args else {
        return None;
    };
    let [FunctionArg::Unnamed(FunctionArgExpr::Expr(arg))] = list.args.as_slice() else {
        return None;
    };
    let text = constant(arg)?;
    let wanted = object_name(&text);
    let relation = |relkind: &str| {
        relation_rows(catalog, "pg_class").is_some_and(|rows| {
            rows.iter().any(|row| {
                value(row, "relname") == Some(&wanted.name)
                    && value(row, "relnamespace") == Some(&schema_text(&wanted.schema))
                    && relkind.contains(value(row, "relkind").map_or("", String::as_str))
            })
        })
    };
    match name.trim_start_matches("pg_catalog.") {
        "to_regclass" => Some(relation("rviS")),
        "to_regtype" => {
            let key = QualifiedName::new(wanted.schema.clone(), wanted.name.clone());
            Some(
                catalog.enums.contains_key(&key)
                    || catalog.domains.contains_key(&key)
                    || catalog.tables.contains_key(&key),
            )
        }
        _ => None,
    }
}

fn value<'r>(row: &'r Row, column: &str) -> Option<&'r String> {
    row.iter().find(|(c, _)| *c == column).map(|(_, v)| v)
}

/// A schema as the catalogs name it (the default one is `public`).
fn schema_text(schema: &Option<String>) -> String {
    schema.clone().unwrap_or_else(|| String::from("public"))
}

/// A relation as `regclass` prints it: the schema only outside `public`.
fn regclass(name: &QualifiedName) -> String {
    match &name.schema {
        Some(schema) => format!("{}.{}", quote_ident(schema), quote_ident(&name.name)),
        None => quote_ident(&name.name),
    }
}

/// `'schema.name'` read as the server reads an object name given as text
/// (`regclass` input): unquoted parts folded to lower case.
fn object_name(text: &str) -> QualifiedName {
    let mut parts = super::text_name_parts(text);
    let name = parts.pop().unwrap_or_default();
    let schema = parts.pop().filter(|s| s != "public");
    QualifiedName::new(schema, name)
}

/// A constant of a condition as text (`'x'`, `'x'::regclass`, `42`).
fn constant(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::EscapedStringLiteral(s) => Some(s.clone()),
            Value::Number(n, _) => Some(n.clone()),
            Value::Boolean(b) => Some(b.to_string()),
            _ => None,
        },
        Expr::Nested(inner) => constant(inner),
        Expr::Cast {
            expr, data_type, ..
        } => {
            let text = constant(expr)?;
            match data_type.to_string().to_ascii_lowercase().as_str() {
                // An object given by name is compared as regclass prints it.
                "regclass" => Some(regclass(&object_name(&text))),
                "regtype" | "regnamespace" => {
                    let name = object_name(&text);
                    Some(match name.schema {
                        Some(schema) => format!("{schema}.{}", name.name),
                        None => name.name,
                    })
                }
                "text" | "name" | "varchar" | "character varying" | "char" | "\"char\"" => {
                    Some(text)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The number of rows the query's FROM and WHERE give, when decidable.
fn matching_rows(catalog: &Catalog, query: &Query) -> Option<usize> {
    if query.with.is_some() {
        return None;
    }
    let SetExpr::Select(select) = &*query.body else {
        return None;
    };
    let grouped = !matches!(&select.group_by, GroupByExpr::Expressions(e, _) if e.is_empty());
    if grouped || select.having.is_some() {
        return None;
    }
    let [from] = select.from.as_slice() else {
        return None;
    };
    if !from.joins.is_empty() {
        return None;
    }
    let TableFactor::Table { name, .. } = &from.relation else {
        return None;
    };
    let parts: Vec<String> = name
        .0
        .iter()
        .filter_map(|p| p.as_ident())
        .map(|i| i.value.to_ascii_lowercase())
        .collect();
    let relation = match parts.as_slice() {
        [name] => name.clone(),
        [schema, name] if schema == "pg_catalog" => name.clone(),
        [schema, name] if schema == "information_schema" => format!("information_schema.{name}"),
        _ => return None,
    };
    let rows = relation_rows(catalog, &relation)?;
    let mut count = 0;
    for row in &rows {
        let keep = match &select.selection {
            None => true,
            Some(predicate) => holds(row, predicate)?,
        };
        if keep {
            count += 1;
        }
    }
    Some(count)
}

/// `(SELECT count(*) FROM ... WHERE ...)`: the count.
fn counted_rows(catalog: &Catalog, query: &Query) -> Option<usize> {
    let SetExpr::Select(select) = &*query.body else {
        return None;
    };
    let [SelectItem::UnnamedExpr(Expr::Function(f))
    | SelectItem::ExprWithAlias {
        expr: Expr::Function(f),
        ..
    }] = select.projection.as_slice()
    else {
        return None;
    };
    if !f.name.to_string().eq_ignore_ascii_case("count") {
        return None;
    }
    matching_rows(catalog, query)
}

/// Whether a WHERE clause holds for a row (`None`: it reads a column we do not
/// model, or uses something other than comparisons with constants).
fn holds(row: &Row, predicate: &Expr) -> Option<bool> {
    match predicate {
        Expr::Nested(inner) => holds(row, inner),
        // A boolean column (`NOT attisdropped`).
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
            match operand(row, predicate)?.as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            }
        }
        Expr::UnaryOp {
            op: UnaryOperator::Not,
            expr,
        } => holds(row, expr).map(|b| !b),
        Expr::BinaryOp { left, op, right } => match op {
            BinaryOperator::And => Some(holds(row, left)? && holds(row, right)?),
            BinaryOperator::Or => Some(holds(row, left)? || holds(row, right)?),
            BinaryOperator::Eq | BinaryOperator::NotEq => {
                let (l, r) = (operand(row, left)?, operand(row, right)?);
                Some((l == r) == matches!(op, BinaryOperator::Eq))
            }
            _ => None,
        },
        Expr::In {
            expr,
            target: InTarget::List(list),
            negated,
            ..
        } => {
            let value = operand(row, expr)?;
            let mut found = false;
            for item in list {
                found |= operand(row, item)? == value;
            }
            Some(found != *negated)
        }
        _ => None,
    }
}

fn operand(row: &Row, expr: &Expr) -> Option<String> {
    match expr {
        Expr::Identifier(ident) => value(row, &ident.value.to_ascii_lowercase()).cloned(),
        Expr::CompoundIdentifier(parts) => {
            value(row, &parts.last()?.value.to_ascii_lowercase()).cloned()
        }
        Expr::Nested(inner) => operand(row, inner),
        // `conrelid::regclass::text = 't'`: the column as its name.
        Expr::Cast { expr, .. } if !matches!(**expr, Expr::Value(_)) => operand(row, expr),
        other => constant(other),
    }
}

/// The rows of a catalog relation we can list from the catalog.
fn relation_rows(catalog: &Catalog, relation: &str) -> Option<Vec<Row>> {
    let mut rows: Vec<Row> = Vec::new();
    let tables = catalog.tables.values();
    match relation {
        "pg_constraint" => {
            for table in tables {
                let mut add = |name: &Option<String>, kind: &str| {
                    if let Some(name) = name {
                        rows.push(vec![
                            ("conname", name.clone()),
                            ("contype", kind.to_string()),
                            ("conrelid", regclass(&table.name)),
                        ]);
                    }
                };
                if let Some(pk) = &table.primary_key {
                    add(&pk.name, "p");
                }
                table.uniques.iter().for_each(|u| add(&u.name, "u"));
                table.foreign_keys.iter().for_each(|f| add(&f.name, "f"));
                table.checks.iter().for_each(|c| add(&c.name, "c"));
            }
        }
        "information_schema.table_constraints" => {
            for table in tables {
                let schema = schema_text(&table.name.schema);
                let mut add = |name: &Option<String>, kind: &str| {
                    if let Some(name) = name {
                        rows.push(vec![
                            ("constraint_name", name.clone()),
                            ("constraint_type", kind.to_string()),
                            ("constraint_schema", schema.clone()),
                            ("table_schema", schema.clone()),
                            ("table_name", table.name.name.clone()),
                        ]);
                    }
                };
                if let Some(pk) = &table.primary_key {
                    add(&pk.name, "PRIMARY KEY");
                }
                table.uniques.iter().for_each(|u| add(&u.name, "UNIQUE"));
                table
                    .foreign_keys
                    .iter()
                    .for_each(|f| add(&f.name, "FOREIGN KEY"));
                table.checks.iter().for_each(|c| add(&c.name, "CHECK"));
            }
        }
        "pg_class" => {
            for table in tables {
                let schema = schema_text(&table.name.schema);
                let kind = if table.kind == TableKind::View {
                    "v"
                } else {
                    "r"
                };
                let mut add = |name: &str, kind: &str| {
                    rows.push(vec![
                        ("relname", name.to_string()),
                        ("relkind", kind.to_string()),
                        ("relnamespace", schema.clone()),
                    ]);
                };
                add(&table.name.name, kind);
                for name in index_names(table) {
                    add(&name, "i");
                }
            }
            for sequence in catalog.sequences.keys() {
                rows.push(vec![
                    ("relname", sequence.name.clone()),
                    ("relkind", String::from("S")),
                    ("relnamespace", schema_text(&sequence.schema)),
                ]);
            }
        }
        "pg_tables" | "pg_views" | "information_schema.tables" | "information_schema.views" => {
            for table in tables {
                let view = table.kind == TableKind::View;
                let schema = schema_text(&table.name.schema);
                let name = table.name.name.clone();
                match relation {
                    "pg_tables" if !view => {
                        rows.push(vec![("tablename", name), ("schemaname", schema)])
                    }
                    "pg_views" if view => {
                        rows.push(vec![("viewname", name), ("schemaname", schema)])
                    }
                    "information_schema.views" if view => {
                        rows.push(vec![("table_name", name), ("table_schema", schema)])
                    }
                    "information_schema.tables" => rows.push(vec![
                        ("table_name", name),
                        ("table_schema", schema),
                        (
                            "table_type",
                            String::from(if view { "VIEW" } else { "BASE TABLE" }),
                        ),
                    ]),
                    _ => {}
                }
            }
        }
        "pg_indexes" => {
            for table in tables {
                for name in index_names(table) {
                    rows.push(vec![
                        ("indexname", name),
                        ("tablename", table.name.name.clone()),
                        ("schemaname", schema_text(&table.name.schema)),
                    ]);
                }
            }
        }
        "information_schema.columns" | "pg_attribute" => {
            for table in tables {
                for column in &table.columns {
                    let mut row = if relation == "pg_attribute" {
                        vec![
                            ("attname", column.name.clone()),
                            ("attrelid", regclass(&table.name)),
                            ("attnotnull", (!column.nullable).to_string()),
                            ("attisdropped", String::from("false")),
                        ]
                    } else {
                        vec![
                            ("column_name", column.name.clone()),
                            ("table_name", table.name.name.clone()),
                            ("table_schema", schema_text(&table.name.schema)),
                            (
                                "is_nullable",
                                String::from(if column.nullable { "YES" } else { "NO" }),
                            ),
                            ("data_type", data_type(catalog, &column.data_type, 0)),
                        ]
                    };
                    // A NULL default is no value a comparison can match.
                    if let (Some(default), false) = (&column.default, relation == "pg_attribute") {
                        row.push(("column_default", default.clone()));
                    }
                    rows.push(row);
                }
            }
        }
        "pg_sequences" | "information_schema.sequences" => {
            for sequence in catalog.sequences.keys() {
                let (name, schema) = (sequence.name.clone(), schema_text(&sequence.schema));
                rows.push(if relation == "pg_sequences" {
                    vec![("sequencename", name), ("schemaname", schema)]
                } else {
                    vec![("sequence_name", name), ("sequence_schema", schema)]
                });
            }
        }
        "pg_type" => {
            let mut add = |name: &QualifiedName, kind: &str| {
                rows.push(vec![
                    ("typname", name.name.clone()),
                    ("typtype", kind.to_string()),
                    ("typnamespace", schema_text(&name.schema)),
                ]);
            };
            catalog.enums.keys().for_each(|n| add(n, "e"));
            catalog.domains.keys().for_each(|n| add(n, "d"));
            // Every table and view has a row type of its name.
            catalog.tables.keys().for_each(|n| add(n, "c"));
        }
        "pg_enum" => {
            for (name, enum_type) in &catalog.enums {
                for label in &enum_type.values {
                    rows.push(vec![
                        ("enumlabel", label.clone()),
                        ("enumtypid", regclass(name)),
                    ]);
                }
            }
        }
        "pg_namespace" | "information_schema.schemata" => {
            let column = if relation == "pg_namespace" {
                "nspname"
            } else {
                "schema_name"
            };
            let builtin = ["public", "pg_catalog", "information_schema", "pg_toast"];
            for schema in builtin
                .iter()
                .map(|s| s.to_string())
                .chain(catalog.schemas.iter().cloned())
            {
                rows.push(vec![(column, schema)]);
            }
        }
        _ => return None,
    }
    Some(rows)
}

/// `information_schema.columns.data_type`: the type's name as format_type
/// prints it without modifiers, `ARRAY` for an array, a domain's base type's,
/// `USER-DEFINED` for an enum, a row type or an extension's type.
fn data_type(catalog: &Catalog, ty: &crate::catalog::SqlType, depth: usize) -> String {
    if ty.array_dims > 0 {
        return String::from("ARRAY");
    }
    let key = QualifiedName::new(ty.schema().map(str::to_string), ty.name.clone());
    if let Some(domain) = catalog.domains.get(&key).filter(|_| depth < 16) {
        return data_type(catalog, &domain.data_type, depth + 1);
    }
    match ty.name.as_str() {
        "bpchar" => String::from("character"),
        name if name.starts_with("interval") => String::from("interval"),
        "citext" | "hstore" => String::from("USER-DEFINED"),
        name if super::deparse::is_builtin_type(name) && !catalog.enums.contains_key(&key) => {
            name.to_string()
        }
        _ => String::from("USER-DEFINED"),
    }
}

/// The names of a table's indexes, those behind its keys included.
fn index_names(table: &crate::catalog::Table) -> Vec<String> {
    table
        .indexes
        .iter()
        .map(|i| i.name.clone())
        .chain(table.primary_key.iter().filter_map(|p| p.name.clone()))
        .chain(table.uniques.iter().filter_map(|u| u.name.clone()))
        .collect()
}
