//! The rows of MariaDB 10.11's `information_schema` views that describe the
//! schema (TABLES, COLUMNS, STATISTICS, TABLE_CONSTRAINTS, KEY_COLUMN_USAGE,
//! REFERENTIAL_CONSTRAINTS), worked out from the catalog with the values the
//! server reports. A column whose value the DDL does not determine (row
//! counts, sizes, times, the database's name as text) is left out of the row:
//! a query that reads it cannot be decided.

use std::collections::HashMap;

use sqlparser::ast::ObjectName;

use super::{row, Eval, Row, Val};
use crate::catalog::mysql::{
    bytes_per_char, collation_charset, default_collation, is_textual, table_charset,
};
use crate::catalog::{
    Catalog, Column, IndexElement, QualifiedName, ReferentialAction, Table, TableKind,
};

/// The schema column of a table: the current database or another one.
fn schema_of(name: &QualifiedName) -> Val {
    match &name.schema {
        Some(schema) => Val::Text(schema.clone()),
        None => Val::CurrentDatabase,
    }
}

fn text(s: &str) -> Val {
    Val::Text(s.to_string())
}

fn int(n: impl Into<i128>) -> Val {
    Val::Int(n.into())
}

/// The rows of `information_schema.<view>` for the schema built so far.
pub(super) fn information_schema(catalog: &Catalog, name: &ObjectName) -> Eval<Vec<Row>> {
    let parts: Vec<String> = name.0.iter().map(|p| p.to_string()).collect();
    let view = match parts.as_slice() {
        [schema, view]
            if schema
                .trim_matches('`')
                .eq_ignore_ascii_case("information_schema") =>
        {
            view.trim_matches('`').to_ascii_uppercase()
        }
        _ => {
            return Err(format!(
                "it reads the table {name}, whose rows the DDL does not tell"
            ))
        }
    };
    let tables = catalog.tables.values();
    let mut rows = Vec::new();
    match view.as_str() {
        "TABLES" => rows.extend(tables.map(table_row)),
        "COLUMNS" => {
            for t in tables {
                let keys = column_keys(t);
                for (i, c) in t.columns.iter().enumerate() {
                    rows.push(column_row(t, i, c, &keys));
                }
            }
        }
        "STATISTICS" => {
            for t in tables.filter(|t| t.kind == TableKind::Table) {
                statistics_rows(t, &mut rows);
            }
        }
        "TABLE_CONSTRAINTS" | "KEY_COLUMN_USAGE" | "REFERENTIAL_CONSTRAINTS" => {
            for t in tables.filter(|t| t.kind == TableKind::Table) {
                constraint_rows(catalog, &view, t, &mut rows);
            }
        }
        _ => {
            return Err(format!(
                "it reads information_schema.{view}, which is not modelled"
            ))
        }
    }
    Ok(rows)
}

fn base(t: &Table) -> Vec<(&'static str, Val)> {
    vec![
        ("TABLE_CATALOG", text("def")),
        ("TABLE_SCHEMA", schema_of(&t.name)),
        ("TABLE_NAME", text(&t.name.name)),
    ]
}

/// A TABLES row. ENGINE only for the engines whose spelling the server
/// reports is known; a view has no engine or collation and says `VIEW` as
/// its comment.
fn table_row(t: &Table) -> Row {
    let mut cells = base(t);
    if t.kind == TableKind::View {
        cells.extend([
            ("TABLE_TYPE", text("VIEW")),
            ("ENGINE", Val::Null),
            ("TABLE_COLLATION", Val::Null),
            ("TABLE_COMMENT", text("VIEW")),
        ]);
        return row(cells);
    }
    cells.push(("TABLE_TYPE", text("BASE TABLE")));
    let engine = t
        .options
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("engine"))
        .map(|(_, v)| v.as_str());
    if let Some(engine) = engine_name(engine) {
        cells.push(("ENGINE", text(engine)));
    }
    cells.extend([
        ("TABLE_COLLATION", text(&table_charset(t).1)),
        ("TABLE_COMMENT", text(t.comment.as_deref().unwrap_or(""))),
    ]);
    row(cells)
}

/// An engine as the server names it (InnoDB when none is given).
fn engine_name(written: Option<&str>) -> Option<&'static str> {
    let Some(written) = written else {
        return Some("InnoDB");
    };
    const KNOWN: [&str; 9] = [
        "InnoDB",
        "MyISAM",
        "MEMORY",
        "Aria",
        "CSV",
        "ARCHIVE",
        "BLACKHOLE",
        "MRG_MyISAM",
        "SEQUENCE",
    ];
    let written = match written.to_ascii_lowercase().as_str() {
        "heap" => "memory",
        "merge" | "mrg_myisam" => "mrg_myisam",
        _ => written,
    };
    KNOWN.into_iter().find(|k| k.eq_ignore_ascii_case(written))
}

/// COLUMN_KEY of each column (lower-case name): `PRI` for the primary key's
/// columns (without one, those of the first UNIQUE key of whole NOT NULL
/// columns, which the server takes as primary), `UNI` for the column of a
/// one-column UNIQUE key, `MUL` for the first column of any other key; the
/// first of these that applies.
fn column_keys(t: &Table) -> HashMap<String, &'static str> {
    let mut keys: HashMap<String, &'static str> = HashMap::new();
    if t.kind != TableKind::Table {
        return keys;
    }
    let not_null = |name: &str| t.column(name).is_some_and(|c| !c.nullable);
    let primary = match &t.primary_key {
        Some(pk) => {
            for c in &pk.columns {
                keys.insert(c.to_lowercase(), "PRI");
            }
            None
        }
        None => t.indexes.iter().position(|index| {
            index.unique
                && index.prefix.is_none()
                && !index.dialect_options.contains_key("length")
                && index.elements.iter().all(|e| match e {
                    IndexElement::Column(c) => not_null(c),
                    IndexElement::Expression(_) => false,
                })
        }),
    };
    if let Some(index) = primary.map(|i| &t.indexes[i]) {
        for e in &index.elements {
            if let IndexElement::Column(c) = e {
                keys.insert(c.to_lowercase(), "PRI");
            }
        }
    }
    for (i, index) in t.indexes.iter().enumerate() {
        if Some(i) == primary {
            continue;
        }
        let Some(IndexElement::Column(first)) = index.elements.first() else {
            continue;
        };
        let flag = if index.unique && index.elements.len() == 1 {
            "UNI"
        } else {
            "MUL"
        };
        let entry = keys.entry(first.to_lowercase()).or_insert(flag);
        if *entry == "MUL" && flag == "UNI" {
            *entry = flag;
        }
    }
    keys
}

/// A COLUMNS row.
fn column_row(t: &Table, i: usize, c: &Column, keys: &HashMap<String, &'static str>) -> Row {
    let ty = &c.data_type;
    let arg = |n: usize| ty.args.get(n).and_then(|a| a.trim().parse::<i128>().ok());
    let (charset, collation) = if is_textual(&ty.name) {
        let (cs, co) = match (ty.charset(), ty.collation()) {
            (cs, Some(co)) => (
                cs.map_or_else(|| collation_charset(co), str::to_string),
                co.to_string(),
            ),
            (Some(cs), None) => (cs.to_string(), default_collation(cs)),
            (None, None) => table_charset(t),
        };
        (Some(cs), Some(co))
    } else {
        (None, None)
    };
    let per_char = charset.as_deref().map_or(1, bytes_per_char) as i128;
    let lob = |max: i128| (Val::Int(max), Val::Int(max));
    let (max_length, octets) = match ty.name.as_str() {
        "char" | "varchar" => match arg(0) {
            Some(n) => (Val::Int(n), Val::Int(n * per_char)),
            None => (Val::Null, Val::Null),
        },
        "binary" | "varbinary" => match arg(0) {
            Some(n) => lob(n),
            None => (Val::Null, Val::Null),
        },
        "tinytext" | "tinyblob" => lob(255),
        "text" | "blob" => lob(65_535),
        "mediumtext" | "mediumblob" => lob(16_777_215),
        "longtext" | "longblob" => lob(4_294_967_295),
        "enum" | "set" => {
            let lengths = ty.values().iter().map(|v| v.chars().count() as i128);
            let n = if ty.name == "enum" {
                lengths.max().unwrap_or(0)
            } else {
                lengths.sum::<i128>() + (ty.values().len() as i128 - 1).max(0)
            };
            (Val::Int(n), Val::Int(n * per_char))
        }
        _ => (Val::Null, Val::Null),
    };
    let optional = |n: Option<i128>| n.map_or(Val::Null, Val::Int);
    let (precision, scale) = match ty.name.as_str() {
        "tinyint" => (int(3), int(0)),
        "smallint" => (int(5), int(0)),
        "mediumint" => (int(if ty.unsigned { 8 } else { 7 }), int(0)),
        "int" => (int(10), int(0)),
        "bigint" => (int(if ty.unsigned { 20 } else { 19 }), int(0)),
        "decimal" => (optional(arg(0)), optional(arg(1))),
        "float" | "double" if ty.args.len() == 2 => (optional(arg(0)), optional(arg(1))),
        "float" => (int(12), Val::Null),
        "double" => (int(22), Val::Null),
        "bit" => (optional(arg(0)), Val::Null),
        _ => (Val::Null, Val::Null),
    };
    let datetime_precision = match ty.name.as_str() {
        "datetime" | "timestamp" | "time" => int(arg(0).unwrap_or(0)),
        _ => Val::Null,
    };
    let default = match &c.default {
        Some(d) => text(d),
        None if c.nullable => text("NULL"),
        None => Val::Null,
    };
    let extra = match (c.generated(), c.autoincrement, c.on_update()) {
        (Some(g), _, _) if g.persisted == Some(true) => String::from("STORED GENERATED"),
        (Some(_), _, _) => String::from("VIRTUAL GENERATED"),
        (None, true, _) => String::from("auto_increment"),
        (None, false, Some(on_update)) => format!("on update {on_update}"),
        (None, false, None) => String::new(),
    };
    let mut cells = base(t);
    cells.extend([
        ("COLUMN_NAME", text(&c.name)),
        ("ORDINAL_POSITION", int(i as i128 + 1)),
        ("COLUMN_DEFAULT", default),
        ("IS_NULLABLE", text(if c.nullable { "YES" } else { "NO" })),
        ("DATA_TYPE", text(&ty.name)),
        ("CHARACTER_MAXIMUM_LENGTH", max_length),
        ("CHARACTER_OCTET_LENGTH", octets),
        ("NUMERIC_PRECISION", precision),
        ("NUMERIC_SCALE", scale),
        ("DATETIME_PRECISION", datetime_precision),
        ("CHARACTER_SET_NAME", charset.map_or(Val::Null, Val::Text)),
        ("COLLATION_NAME", collation.map_or(Val::Null, Val::Text)),
        ("COLUMN_TYPE", Val::Text(column_type(ty))),
        (
            "COLUMN_KEY",
            text(keys.get(&c.name.to_lowercase()).copied().unwrap_or("")),
        ),
        ("EXTRA", Val::Text(extra)),
        ("COLUMN_COMMENT", text(c.comment().unwrap_or(""))),
        (
            "IS_GENERATED",
            text(if c.generated().is_some() {
                "ALWAYS"
            } else {
                "NEVER"
            }),
        ),
        (
            "GENERATION_EXPRESSION",
            c.generated()
                .map_or(Val::Null, |g| text(unparenthesised(&g.expression))),
        ),
    ]);
    row(cells)
}

/// A generated column's expression without the parentheses `SHOW CREATE
/// TABLE` puts around it (`AS (...)`).
fn unparenthesised(expression: &str) -> &str {
    let Some(inner) = expression
        .strip_prefix('(')
        .and_then(|e| e.strip_suffix(')'))
    else {
        return expression;
    };
    // The first parenthesis must close at the end.
    let mut depth = 1usize;
    let mut quote = None;
    for c in inner.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"' | '`') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth == 0 {
                    return expression;
                }
            }
            _ => {}
        }
    }
    inner
}

/// COLUMN_TYPE: the type as `SHOW CREATE TABLE` prints it, without its
/// character set or collation.
fn column_type(ty: &crate::catalog::SqlType) -> String {
    let mut s = ty.name.clone();
    if ty.name == "enum" || ty.name == "set" {
        let values: Vec<String> = ty
            .values()
            .iter()
            .map(|v| format!("'{}'", v.replace('\\', "\\\\").replace('\'', "''")))
            .collect();
        s += &format!("({})", values.join(","));
    } else if !ty.args.is_empty() {
        s += &format!("({})", ty.args.join(","));
    }
    if ty.unsigned {
        s += " unsigned";
    }
    if ty.zerofill {
        s += " zerofill";
    }
    s
}

/// The prefix length a key keeps of each column (MySQL's `length` option:
/// `a=10,b=5`).
fn sub_parts(lengths: Option<&String>) -> HashMap<String, i128> {
    lengths
        .into_iter()
        .flat_map(|l| l.split(','))
        .filter_map(|part| {
            let (column, n) = part.rsplit_once('=')?;
            Some((column.trim().to_lowercase(), n.trim().parse().ok()?))
        })
        .collect()
}

/// STATISTICS rows of a table: one per column of each key.
fn statistics_rows(t: &Table, rows: &mut Vec<Row>) {
    struct Key {
        name: String,
        unique: bool,
        kind: &'static str,
        columns: Vec<String>,
        sub_parts: HashMap<String, i128>,
    }
    let mut keys = Vec::new();
    if let Some(pk) = &t.primary_key {
        keys.push(Key {
            name: String::from("PRIMARY"),
            unique: true,
            kind: "BTREE",
            columns: pk.columns.clone(),
            sub_parts: pk
                .prefix_lengths
                .iter()
                .map(|(c, n)| (c.to_lowercase(), i128::from(*n)))
                .collect(),
        });
    }
    for index in &t.indexes {
        let kind = match index.prefix.as_deref().map(str::to_ascii_uppercase) {
            Some(p) if p == "FULLTEXT" => "FULLTEXT",
            Some(p) if p == "SPATIAL" => "SPATIAL",
            _ => "BTREE",
        };
        keys.push(Key {
            name: index.name.clone(),
            unique: index.unique,
            kind,
            columns: index
                .elements
                .iter()
                .map(|e| match e {
                    IndexElement::Column(c) => c.clone(),
                    IndexElement::Expression(x) => x.clone(),
                })
                .collect(),
            sub_parts: sub_parts(index.dialect_options.get("length")),
        });
    }
    for key in keys {
        for (i, column) in key.columns.iter().enumerate() {
            let nullable = t.column(column).is_some_and(|c| c.nullable);
            let mut cells = base(t);
            cells.extend([
                ("NON_UNIQUE", int(i128::from(!key.unique))),
                ("INDEX_SCHEMA", schema_of(&t.name)),
                ("INDEX_NAME", text(&key.name)),
                ("SEQ_IN_INDEX", int(i as i128 + 1)),
                ("COLUMN_NAME", text(column)),
                (
                    "SUB_PART",
                    key.sub_parts
                        .get(&column.to_lowercase())
                        .map_or(Val::Null, |n| Val::Int(*n)),
                ),
                ("PACKED", Val::Null),
                ("NULLABLE", text(if nullable { "YES" } else { "" })),
                ("INDEX_TYPE", text(key.kind)),
                ("COMMENT", text("")),
                ("IGNORED", text("NO")),
            ]);
            rows.push(row(cells));
        }
    }
}

/// The key of `table` a foreign key to `columns` uses (REFERENTIAL_CONSTRAINTS'
/// UNIQUE_CONSTRAINT_NAME): the primary key or the first index that starts
/// with those columns; NULL when the table is not there.
fn referenced_key(catalog: &Catalog, table: &QualifiedName, columns: &[&str]) -> Val {
    let Some(t) = catalog.tables.get(table) else {
        return Val::Null;
    };
    let starts_with = |key: &[&str]| {
        key.len() >= columns.len()
            && key
                .iter()
                .zip(columns)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
    };
    if let Some(pk) = &t.primary_key {
        let key: Vec<&str> = pk.columns.iter().map(String::as_str).collect();
        if starts_with(&key) {
            return text("PRIMARY");
        }
    }
    t.indexes
        .iter()
        .find(|index| {
            index.prefix.is_none() && {
                let key: Vec<&str> = index
                    .elements
                    .iter()
                    .filter_map(|e| match e {
                        IndexElement::Column(c) => Some(c.as_str()),
                        IndexElement::Expression(_) => None,
                    })
                    .collect();
                starts_with(&key)
            }
        })
        .map_or(Val::Null, |index| text(&index.name))
}

/// TABLE_CONSTRAINTS, KEY_COLUMN_USAGE or REFERENTIAL_CONSTRAINTS rows of a table.
fn constraint_rows(catalog: &Catalog, view: &str, t: &Table, rows: &mut Vec<Row>) {
    struct Constraint<'a> {
        name: &'a str,
        kind: &'static str,
        columns: Vec<&'a str>,
        referred: Option<(&'a QualifiedName, Vec<&'a str>)>,
        rules: Option<(Option<ReferentialAction>, Option<ReferentialAction>)>,
    }
    let mut constraints = Vec::new();
    if let Some(pk) = &t.primary_key {
        constraints.push(Constraint {
            name: "PRIMARY",
            kind: "PRIMARY KEY",
            columns: pk.columns.iter().map(String::as_str).collect(),
            referred: None,
            rules: None,
        });
    }
    for index in t.indexes.iter().filter(|i| i.unique) {
        constraints.push(Constraint {
            name: &index.name,
            kind: "UNIQUE",
            columns: index
                .elements
                .iter()
                .filter_map(|e| match e {
                    IndexElement::Column(c) => Some(c.as_str()),
                    IndexElement::Expression(_) => None,
                })
                .collect(),
            referred: None,
            rules: None,
        });
    }
    for fk in &t.foreign_keys {
        constraints.push(Constraint {
            name: fk.name.as_deref().unwrap_or_default(),
            kind: "FOREIGN KEY",
            columns: fk.columns.iter().map(String::as_str).collect(),
            referred: Some((
                &fk.referred_table,
                fk.referred_columns.iter().map(String::as_str).collect(),
            )),
            rules: Some((fk.on_update, fk.on_delete)),
        });
    }
    for check in &t.checks {
        constraints.push(Constraint {
            name: check.name.as_deref().unwrap_or_default(),
            kind: "CHECK",
            columns: Vec::new(),
            referred: None,
            rules: None,
        });
    }
    let head = |c: &Constraint| {
        vec![
            ("CONSTRAINT_CATALOG", text("def")),
            ("CONSTRAINT_SCHEMA", schema_of(&t.name)),
            ("CONSTRAINT_NAME", text(c.name)),
        ]
    };
    let rule =
        |action: Option<ReferentialAction>| text(action.map_or("RESTRICT", ReferentialAction::sql));
    for c in &constraints {
        match view {
            "TABLE_CONSTRAINTS" => {
                let mut cells = head(c);
                cells.extend([
                    ("TABLE_SCHEMA", schema_of(&t.name)),
                    ("TABLE_NAME", text(&t.name.name)),
                    ("CONSTRAINT_TYPE", text(c.kind)),
                ]);
                rows.push(row(cells));
            }
            "KEY_COLUMN_USAGE" if c.kind != "CHECK" => {
                for (i, column) in c.columns.iter().enumerate() {
                    let mut cells = head(c);
                    cells.extend([
                        ("TABLE_CATALOG", text("def")),
                        ("TABLE_SCHEMA", schema_of(&t.name)),
                        ("TABLE_NAME", text(&t.name.name)),
                        ("COLUMN_NAME", text(column)),
                        ("ORDINAL_POSITION", int(i as i128 + 1)),
                    ]);
                    let referred = c.referred.as_ref().map(|(table, columns)| {
                        (
                            int(i as i128 + 1),
                            schema_of(table),
                            text(&table.name),
                            columns.get(i).map_or(Val::Null, |c| text(c)),
                        )
                    });
                    let (position, schema, table, column) =
                        referred.unwrap_or((Val::Null, Val::Null, Val::Null, Val::Null));
                    cells.extend([
                        ("POSITION_IN_UNIQUE_CONSTRAINT", position),
                        ("REFERENCED_TABLE_SCHEMA", schema),
                        ("REFERENCED_TABLE_NAME", table),
                        ("REFERENCED_COLUMN_NAME", column),
                    ]);
                    rows.push(row(cells));
                }
            }
            "REFERENTIAL_CONSTRAINTS" => {
                if let (Some((table, columns)), Some((on_update, on_delete))) =
                    (&c.referred, c.rules)
                {
                    let mut cells = head(c);
                    cells.extend([
                        ("UNIQUE_CONSTRAINT_CATALOG", text("def")),
                        ("UNIQUE_CONSTRAINT_SCHEMA", schema_of(table)),
                        (
                            "UNIQUE_CONSTRAINT_NAME",
                            referenced_key(catalog, table, columns),
                        ),
                        ("MATCH_OPTION", text("NONE")),
                        ("UPDATE_RULE", rule(on_update)),
                        ("DELETE_RULE", rule(on_delete)),
                        ("TABLE_NAME", text(&t.name.name)),
                        ("REFERENCED_TABLE_NAME", text(&table.name)),
                    ]);
                    rows.push(row(cells));
                }
            }
            _ => {}
        }
    }
}
