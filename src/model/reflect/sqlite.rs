//! SQLite reflection: SQLAlchemy reads column types through SQLite's affinity
//! rules on the declared text, and recovers constraint names, FK options,
//! UNIQUE and CHECK constraints by matching patterns against the stored CREATE
//! TABLE text. This module re-applies the same patterns to the same text, so
//! what the patterns miss (an inline `UNIQUE` after a parenthesised type, the
//! ON DELETE of an inline REFERENCES) is missed here too.

use std::cell::RefCell;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::catalog::{Catalog, Column, Index, IndexElement, Table};
use crate::model::metadata::{
    MetaColumn, MetaColumnDetails, MetaConstraint, MetaForeignKey, PyType, SaType, ServerDefault,
    TypeKind,
};

use super::DialectReflection;

#[derive(Default)]
pub struct SqliteReflection {
    /// The type reflected from each declared type met so far: a schema
    /// declares few, each on many columns, and reading one takes an
    /// upper-cased copy and a few allocations.
    types: RefCell<FxHashMap<String, SaType>>,
}

/// Declared types kept by [`SqliteReflection`]; past them, a type is read
/// each time (a schema of that many distinct types gains nothing).
const KEPT_TYPES: usize = 256;

fn py(name: &'static str) -> PyType {
    PyType::builtin(name)
}

// The patterns SQLAlchemy 2.1's SQLite dialect matches against the stored SQL
// (Python `re` with IGNORECASE; the `regex` crate picks the same leftmost-first
// matches for patterns without look-around). Compiled once per process.
static FK_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i)(?:CONSTRAINT\s+(?:"(.+?)"|(\w+))\s+)?"#,
        r#"FOREIGN\s+KEY\s*\(\s*(.+?)\s*\)\s+"#,
        r#"REFERENCES\s+(?:(?:"(.+?)")|([a-z0-9_]+))\s*\(\s*((?:"[^"]+"|[a-z0-9_]+)(?:(?:\s*,\s*|\s+)(?:"[^"]+"|[a-z0-9_]+))*\s*)\)\s*"#,
        r#"((?:ON\s+(?:DELETE|UPDATE)\s+(?:SET\s+NULL|SET\s+DEFAULT|CASCADE|RESTRICT|NO\s+ACTION)\s*)*)"#,
        r#"((?:NOT\s+)?DEFERRABLE)?"#,
        r#"(?:\s+INITIALLY\s+(DEFERRED|IMMEDIATE))?"#,
    ))
    .expect("valid FK pattern")
});
static UNIQUE_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:CONSTRAINT\s+(?:"(.+?)"|(\w+))\s+)?UNIQUE\s*\((.+?)\)"#)
        .expect("valid UNIQUE pattern")
});
static INLINE_UNIQUE_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i)(?:(".+?")|(?:[\[`])?([a-z0-9_]+)(?:[\]`])?)[\t ]"#,
        r#"+[a-z0-9_]+(?:[\t ]+[a-z0-9_]+)*?[\t ]+UNIQUE"#,
    ))
    .expect("valid inline UNIQUE pattern")
});
static SIGNATURE_COLUMN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)(?:"(.+?)")|([a-z0-9_]+)"#).expect("valid column pattern"));
static PK_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)CONSTRAINT\s+(?:"(.+?)"|(\w+))\s+PRIMARY\s+KEY"#).expect("valid PK pattern")
});
static CHECK_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?i)(?:CONSTRAINT\s+("(?:[^"]|"")+"|'(?:[^']|'')+'|\[(?:[^\]]|\]\])+\]|`(?:[^`]|``)+`|\S+)\s+)?"#,
        r#"CHECK\s*\("#,
    ))
    .expect("valid CHECK pattern")
});
static TYPE_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([\w ]+)(\(.*?\))?").expect("valid type pattern"));
static COLUMN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)^create table .*?\((.*)\)(?:\s*,?\s*(?:WITHOUT\s+ROWID|STRICT))*$")
        .expect("valid column list pattern")
});
static PARTIAL_INDEX_PREDICATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\)\s+where\s+(.+)").expect("valid predicate pattern"));
/// SQLAlchemy splits the matched ON DELETE / ON UPDATE clauses on the word `ON`
/// (so the `ON` ending `NO ACTION` is no separator).
static ON_KEYWORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" *\bON\b *").expect("valid ON pattern"));
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").expect("valid digits"));

/// Whether one of the patterns above, which all need the ASCII word `literal`
/// (in any case), may match `sql`: a byte scan instead of a regex search for
/// the many tables that do not say it. Unicode case folding (`K` for the
/// Kelvin sign) makes any non-ASCII text a maybe.
fn may_match(sql: &str, literal: &str) -> bool {
    !sql.is_ascii()
        || crate::parse::find_ignore_ascii_case(sql.as_bytes(), literal.as_bytes(), 0).is_some()
}

/// Column names in a key signature (`"a b", c`).
fn signature_columns(text: &str) -> Vec<String> {
    SIGNATURE_COLUMN
        .captures_iter(text)
        .filter_map(|c| {
            c.get(1)
                .or_else(|| c.get(2))
                .map(|m| m.as_str().to_string())
        })
        .collect()
}

/// SQLAlchemy's `_resolve_type_affinity` followed by sqlacodegen's adaptation.
fn sa_type(declared: &str) -> SaType {
    let upper = declared.to_uppercase();
    let (name, numbers) = match upper.is_ascii() {
        true => ascii_type_parts(&upper),
        false => type_parts(&upper),
    };
    let decimal = || PyType::qualified("decimal.Decimal");
    // The constructor parameters SQLAlchemy fills positionally with the numbers,
    // with their defaults, in order (`_underscored` ones left out: nothing fills them).
    const NONE: &[(&str, PyDefault)] = &[];
    const LENGTH: &[(&str, PyDefault)] = &[("length", PyDefault::None)];
    const STRING: &[(&str, PyDefault)] = &[
        ("length", PyDefault::None),
        ("collation", PyDefault::None),
        ("collation_schema", PyDefault::None),
    ];
    const TIMEZONE: &[(&str, PyDefault)] = &[("timezone", PyDefault::False)];
    const FLOAT: &[(&str, PyDefault)] = &[
        ("precision", PyDefault::None),
        ("asdecimal", PyDefault::False),
        ("decimal_return_scale", PyDefault::None),
    ];
    const NUMERIC: &[(&str, PyDefault)] = &[
        ("precision", PyDefault::None),
        ("scale", PyDefault::None),
        ("decimal_return_scale", PyDefault::None),
        ("asdecimal", PyDefault::True),
    ];
    const BOOLEAN: &[(&str, PyDefault)] = &[
        ("create_constraint", PyDefault::False),
        ("name", PyDefault::None),
    ];
    const JSON: &[(&str, PyDefault)] = &[("none_as_null", PyDefault::False)];
    // (class, python type, kind, constructor parameters)
    let (class, python, kind, params): (&str, PyType, TypeKind, &[(&str, PyDefault)]) =
        match name.as_str() {
            "BIGINT" => ("BigInteger", py("int"), TypeKind::Integer, NONE),
            "BLOB" => ("LargeBinary", py("bytes"), TypeKind::Plain, LENGTH),
            "BOOL" | "BOOLEAN" => ("Boolean", py("bool"), TypeKind::Plain, BOOLEAN),
            "CHAR" => ("CHAR", py("str"), TypeKind::String, STRING),
            "DATE" | "DATE_CHAR" => (
                "Date",
                PyType::qualified("datetime.date"),
                TypeKind::Plain,
                NONE,
            ),
            "DATETIME" | "DATETIME_CHAR" => (
                "DateTime",
                PyType::qualified("datetime.datetime"),
                TypeKind::Plain,
                TIMEZONE,
            ),
            "DOUBLE" => ("Double", py("float"), TypeKind::Plain, FLOAT),
            "DECIMAL" => ("DECIMAL", decimal(), TypeKind::Plain, NUMERIC),
            "FLOAT" => ("Float", py("float"), TypeKind::Plain, FLOAT),
            "INT" | "INTEGER" => ("Integer", py("int"), TypeKind::Integer, NONE),
            "JSON" => ("JSON", py("object"), TypeKind::Plain, JSON),
            "JSONB" => {
                let jsonb = SaType::new("JSONB", "sqlalchemy.dialects.sqlite", py("object"));
                return with_constructor_args(jsonb, JSON, &numbers);
            }
            "NUMERIC" => ("Numeric", decimal(), TypeKind::Plain, NUMERIC),
            "REAL" => ("REAL", py("float"), TypeKind::Plain, FLOAT),
            "SMALLINT" => ("SmallInteger", py("int"), TypeKind::Integer, NONE),
            "TEXT" => ("Text", py("str"), TypeKind::String, STRING),
            "TIME" | "TIME_CHAR" => (
                "Time",
                PyType::qualified("datetime.time"),
                TypeKind::Plain,
                TIMEZONE,
            ),
            "TIMESTAMP" => (
                "TIMESTAMP",
                PyType::qualified("datetime.datetime"),
                TypeKind::Plain,
                TIMEZONE,
            ),
            "VARCHAR" => ("String", py("str"), TypeKind::String, STRING),
            "NVARCHAR" => ("NVARCHAR", py("str"), TypeKind::String, STRING),
            "NCHAR" => ("NCHAR", py("str"), TypeKind::String, STRING),
            other if other.contains("INT") => ("Integer", py("int"), TypeKind::Integer, NONE),
            other if other.contains("CHAR") || other.contains("CLOB") || other.contains("TEXT") => {
                ("Text", py("str"), TypeKind::String, STRING)
            }
            other if other.contains("BLOB") || other.trim().is_empty() => {
                return SaType::new("NullType", "sqlalchemy.sql.sqltypes", py("object"));
            }
            other if other.contains("REAL") || other.contains("FLOA") || other.contains("DOUB") => {
                ("REAL", py("float"), TypeKind::Plain, FLOAT)
            }
            _ => ("Numeric", decimal(), TypeKind::Plain, NUMERIC),
        };
    let sa = SaType::sqlalchemy(class, python).with_kind(kind);
    if class == "Boolean" && numbers.first().is_some_and(|n| PyDefault::truthy(n)) {
        // `create_constraint` makes SQLAlchemy attach a CHECK (x IN (0, 1)), which
        // sqlacodegen turns back into a plain `Boolean()`.
        return sa;
    }
    with_constructor_args(sa, params, &numbers)
}

/// The type name and the numbers in its parentheses, as SQLAlchemy's
/// `TYPE_PATTERN` and `\d+` find them.
fn type_parts(upper: &str) -> (String, Vec<String>) {
    let (name, args) = match TYPE_PATTERN.captures(upper) {
        Some(c) => (
            c.get(1).map_or("", |m| m.as_str()).to_string(),
            c.get(2).map(|m| m.as_str()),
        ),
        None => (String::new(), None),
    };
    let numbers = args
        .map(|a| {
            DIGITS
                .find_iter(a)
                .map(|m| m.as_str().to_string())
                .collect()
        })
        .unwrap_or_default();
    (name, numbers)
}

/// [`type_parts`] for ASCII text, where the patterns read as byte scans (this
/// runs for every column): the longest run of word characters and blanks
/// from the start, then `(` up to the first `)` on the same line, and the
/// runs of digits in that.
fn ascii_type_parts(upper: &str) -> (String, Vec<String>) {
    let bytes = upper.as_bytes();
    let name_end = bytes
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b' '))
        .unwrap_or(bytes.len());
    if name_end == 0 {
        return (String::new(), Vec::new());
    }
    let mut numbers = Vec::new();
    if bytes.get(name_end) == Some(&b'(') {
        let rest = &upper[name_end..];
        let close = rest
            .find([')', '\n'])
            .filter(|&at| rest.as_bytes()[at] == b')');
        if let Some(close) = close {
            let args = &rest[..close];
            let mut at = 0;
            while let Some(start) = args[at..].find(|c: char| c.is_ascii_digit()) {
                let start = at + start;
                let end = args[start..]
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or(args.len(), |len| start + len);
                numbers.push(args[start..end].to_string());
                at = end;
            }
        }
    }
    (upper[..name_end].to_string(), numbers)
}

/// A Python parameter default the reflected numbers are compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PyDefault {
    None,
    False,
    True,
}

impl PyDefault {
    fn truthy(number: &str) -> bool {
        !number.trim_start_matches('0').is_empty()
    }

    /// Python's `int == default`.
    fn equals(self, number: &str) -> bool {
        match self {
            PyDefault::None => false,
            PyDefault::False => !Self::truthy(number),
            PyDefault::True => number.trim_start_matches('0') == "1",
        }
    }
}

/// SQLAlchemy calls the class with the numbers as positional arguments (more
/// numbers than parameters: TypeError, and no arguments at all); sqlacodegen
/// then renders each parameter whose value differs from its default,
/// positionally until the first one left at its default, by keyword after it.
/// A float's Python type follows `asdecimal`.
fn with_constructor_args(
    mut sa: SaType,
    params: &[(&str, PyDefault)],
    numbers: &[String],
) -> SaType {
    if numbers.len() > params.len() {
        return sa;
    }
    let mut args = Vec::new();
    let mut by_keyword = false;
    for (&(param, default), number) in params.iter().zip(numbers) {
        // Python's int() of the digits.
        let value = match number.trim_start_matches('0') {
            "" => "0",
            digits => digits,
        };
        if param == "asdecimal" {
            sa.python = if PyDefault::truthy(value) {
                PyType::qualified("decimal.Decimal")
            } else {
                py("float")
            };
        }
        if default.equals(value) {
            by_keyword = true;
        } else if by_keyword {
            args.push(format!("{param}={value}"));
        } else {
            args.push(value.to_string());
        }
    }
    sa.with_args(args)
}

/// SQLAlchemy's quote-aware `find_matching_paren`.
fn matching_paren(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            q @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    i += 1;
                }
            }
            b'[' => {
                while i < bytes.len() && bytes[i] != b']' {
                    i += 1;
                }
            }
            b'(' => depth += 1,
            b')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn unquote_constraint_name(name: &str) -> String {
    let bytes = name.as_bytes();
    if name.len() >= 2 {
        let (first, last) = (bytes[0], bytes[name.len() - 1]);
        if matches!(first, b'"' | b'\'' | b'`') && first == last {
            return name[1..name.len() - 1].to_string();
        }
        if first == b'[' && last == b']' {
            return name[1..name.len() - 1].to_string();
        }
    }
    name.to_string()
}

fn check_constraints(sql: &str) -> Vec<MetaConstraint> {
    let mut checks = Vec::new();
    let mut pos = 0;
    while let Some(m) = CHECK_PATTERN.captures_at(sql, pos) {
        let whole = m.get(0).expect("group 0");
        let preceded_by_word = sql[..whole.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        if preceded_by_word {
            // The look-behind fails here; try the next starting position.
            pos = whole.start()
                + sql[whole.start()..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            continue;
        }
        let name = m.get(1).map(|n| unquote_constraint_name(n.as_str()));
        if let Some(close) = matching_paren(sql, whole.end() - 1) {
            checks.push((name, sql[whole.end()..close].trim().to_string()));
        }
        pos = whole.end();
    }
    // Sorted by name, unnamed last, as SQLAlchemy returns them.
    checks.sort_by(|a, b| {
        let key = |n: &Option<String>| n.clone().unwrap_or_else(|| String::from("~"));
        key(&a.0).cmp(&key(&b.0))
    });
    checks
        .into_iter()
        .map(|(name, sqltext)| MetaConstraint::Check { name, sqltext })
        .collect()
}

/// Whether the primary key is the rowid alias, which has no automatic
/// index behind it.
fn is_rowid_alias(table: &Table, columns: &[String]) -> bool {
    crate::catalog::sqlite::rowid_alias(table).is_some_and(|alias| columns == [alias])
}

fn foreign_keys(catalog: &Catalog, table: &Table, schema: &Option<String>) -> Vec<MetaForeignKey> {
    // PRAGMA foreign_key_list numbers the constraints from the last one declared.
    let mut pragma = table
        .foreign_keys
        .iter()
        .rev()
        .map(|fk| {
            let referred_columns = if fk.referred_columns.is_empty() {
                let referred = if fk.referred_table == table.name {
                    Some(table)
                } else {
                    catalog.tables.get(&fk.referred_table)
                };
                referred
                    .and_then(|t| t.primary_key.as_ref())
                    .map(|pk| pk.columns.clone())
                    .unwrap_or_default()
            } else {
                fk.referred_columns.clone()
            };
            MetaForeignKey {
                name: None,
                columns: fk.columns.clone(),
                referred_schema: schema.clone(),
                referred_table: fk.referred_table.name.clone(),
                referred_columns,
                ondelete: None,
                onupdate: None,
                deferrable: None,
                initially: None,
                match_kind: None,
            }
        })
        .fold(Vec::new(), |mut unique: Vec<MetaForeignKey>, fk| {
            // SQLAlchemy keys the PRAGMA's constraints by signature (columns,
            // referred table, referred columns): two alike make one, which the
            // first matching FOREIGN KEY clause of the stored SQL names.
            if !unique.iter().any(|u| same_signature(u, &fk)) {
                unique.push(fk);
            }
            unique
        });
    let sql = table.stored_sql.as_deref().unwrap_or_default();
    let mut named = Vec::new();
    let clauses = match pragma.is_empty() || !may_match(sql, "FOREIGN") {
        true => None,
        false => Some(FK_PATTERN.captures_iter(sql)),
    };
    for m in clauses.into_iter().flatten() {
        let text = |i: usize| m.get(i).map(|g| g.as_str());
        let name = text(1).or(text(2)).map(str::to_string);
        let columns = signature_columns(text(3).unwrap_or_default());
        let referred_table = text(4).or(text(5)).unwrap_or_default().to_string();
        let referred_columns = match text(6) {
            Some(cols) if !cols.is_empty() => signature_columns(cols),
            _ => columns.clone(),
        };
        let Some(position) = pragma.iter().position(|fk| {
            fk.columns == columns
                && fk.referred_table == referred_table
                && fk.referred_columns == referred_columns
        }) else {
            continue;
        };
        let mut fk = pragma.remove(position);
        fk.name = name;
        let actions = text(7).unwrap_or_default().to_ascii_uppercase();
        let actions = actions.split_whitespace().collect::<Vec<_>>().join(" ");
        for token in ON_KEYWORD.split(&actions) {
            if let Some(action) = token.strip_prefix("DELETE") {
                let action = action.trim();
                if !action.is_empty() && action != "NO ACTION" {
                    fk.ondelete = Some(action.to_string());
                }
            } else if let Some(action) = token.strip_prefix("UPDATE") {
                let action = action.trim();
                if !action.is_empty() && action != "NO ACTION" {
                    fk.onupdate = Some(action.to_string());
                }
            }
        }
        if let Some(deferrable) = text(8) {
            fk.deferrable = Some(!deferrable.to_ascii_uppercase().contains("NOT"));
        }
        if let Some(initially) = text(9) {
            fk.initially = Some(initially.to_ascii_uppercase());
        }
        named.push(fk);
    }
    named.extend(pragma);
    // SQLite matches the referred columns' names with ASCII letters folded;
    // SQLAlchemy looks them up as reported (and sqlacodegen stops on
    // `REFERENCES users(ID)`): the module names them as defined.
    for fk in &mut named {
        let referred = catalog.tables.get(&crate::catalog::QualifiedName::new(
            table.name.schema.clone(),
            fk.referred_table.clone(),
        ));
        if let Some(referred) = referred {
            for column in &mut fk.referred_columns {
                if let Some(defined) = referred
                    .columns
                    .iter()
                    .find(|c| c.name.eq_ignore_ascii_case(column))
                {
                    column.clone_from(&defined.name);
                }
            }
        }
    }
    named
}

fn same_signature(a: &MetaForeignKey, b: &MetaForeignKey) -> bool {
    a.columns == b.columns
        && a.referred_table == b.referred_table
        && a.referred_columns == b.referred_columns
}

fn unique_constraints(table: &Table) -> Vec<MetaConstraint> {
    // Signatures of the automatic indexes SQLite made for UNIQUE and non-rowid
    // primary keys; only a pattern match on one of them counts.
    let mut automatic: Vec<Vec<String>> = Vec::new();
    if let Some(pk) = &table.primary_key {
        if !is_rowid_alias(table, &pk.columns) {
            automatic.push(pk.columns.clone());
        }
    }
    for unique in &table.uniques {
        if !automatic.contains(&unique.columns) {
            automatic.push(unique.columns.clone());
        }
    }
    let sql = table.stored_sql.as_deref().unwrap_or_default();
    let mut found = Vec::new();
    // Only a match on an automatic index's signature counts.
    if automatic.is_empty() || !may_match(sql, "UNIQUE") {
        return found;
    }
    let mut parsed: Vec<(Option<String>, Vec<String>)> = UNIQUE_PATTERN
        .captures_iter(sql)
        .map(|m| {
            let name = m
                .get(1)
                .or_else(|| m.get(2))
                .map(|n| n.as_str().to_string());
            (name, signature_columns(m.get(3).map_or("", |c| c.as_str())))
        })
        .collect();
    parsed.extend(INLINE_UNIQUE_PATTERN.captures_iter(sql).map(|m| {
        let cols = m.get(1).or_else(|| m.get(2)).map_or("", |c| c.as_str());
        (None, signature_columns(cols))
    }));
    for (name, columns) in parsed {
        if let Some(i) = automatic.iter().position(|sig| *sig == columns) {
            automatic.remove(i);
            found.push(MetaConstraint::Unique { name, columns });
        }
    }
    found
}

impl DialectReflection for SqliteReflection {
    /// SQLite looks up a view's tables only when the view is used: `PRAGMA
    /// table_xinfo` of a view over a table that is not there fails, and
    /// sqlacodegen stops with that error.
    fn refusal(&self, catalog: &Catalog, table: &Table) -> Option<String> {
        let view = table.view()?;
        let exists = |name: &crate::catalog::QualifiedName| {
            // The registry of folded names answers most lookups; a miss is
            // confirmed by a scan (a view that refuses is rare).
            let registered = || {
                catalog
                    .name_owners(
                        &name.schema,
                        &crate::catalog::sqlite::folded_name_key(&name.name),
                    )
                    .iter()
                    .any(|t| {
                        t.name.eq_ignore_ascii_case(&name.name) && catalog.tables.contains_key(t)
                    })
            };
            name.name
                .get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("sqlite_"))
                || catalog.tables.contains_key(name)
                || registered()
                || catalog
                    .tables
                    .keys()
                    .any(|t| t.schema == name.schema && t.name.eq_ignore_ascii_case(&name.name))
        };
        let missing = view
            .unresolved
            .iter()
            .chain(&view.relations)
            .find(|name| !exists(name))?;
        let qualified = match &missing.schema {
            Some(_) => missing.to_string(),
            None => format!("main.{}", missing.name),
        };
        Some(format!(
            "view {} reads {missing}, which does not exist: sqlacodegen stops with \
             \"(sqlite3.OperationalError) no such table: {qualified}\" when it reflects the \
             view (leave it out with --noviews or --tables)",
            table.name.name
        ))
    }

    /// `foreign_keys` names the referred columns as the referred table
    /// defines them.
    fn tables_read(&self, catalog: &Catalog, table: &Table) -> Vec<usize> {
        table
            .foreign_keys
            .iter()
            .filter_map(|fk| {
                catalog
                    .tables
                    .get_index_of(&crate::catalog::QualifiedName::new(
                        table.name.schema.clone(),
                        fk.referred_table.name.clone(),
                    ))
            })
            .collect()
    }

    fn column_type(&self, _catalog: &Catalog, column: &Column) -> SaType {
        let declared = &column.data_type.name;
        if let Some(known) = self.types.borrow().get(declared) {
            return known.clone();
        }
        let read = sa_type(declared);
        let mut types = self.types.borrow_mut();
        if types.len() < KEPT_TYPES {
            types.insert(declared.clone(), read.clone());
        }
        read
    }

    fn column(&self, catalog: &Catalog, table: &Table, column: &Column) -> MetaColumn {
        let in_pk = table
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.contains(&column.name));
        let server_default = match column.generated() {
            Some(generated) => Some(ServerDefault::computed(
                generated_text(table, &column.name),
                generated.persisted,
            )),
            None => column.default.clone().map(ServerDefault::Text),
        };
        MetaColumn {
            name: column.name.clone(),
            sa_type: self.column_type(catalog, column),
            nullable: column.nullable,
            primary_key: in_pk,
            autoincrement: None,
            details: MetaColumnDetails {
                server_default,
                ..MetaColumnDetails::default()
            }
            .boxed(),
        }
    }

    fn constraints(
        &self,
        catalog: &Catalog,
        table: &Table,
        schema: &Option<String>,
    ) -> Option<Vec<MetaConstraint>> {
        let sql = table.stored_sql.as_deref().unwrap_or_default();
        let mut constraints = Vec::new();
        if let Some(pk) = &table.primary_key {
            let name = may_match(sql, "CONSTRAINT")
                .then(|| PK_PATTERN.captures(sql))
                .flatten()
                .and_then(|c| c.get(1).or_else(|| c.get(2)))
                .map(|n| n.as_str().to_string());
            constraints.push(MetaConstraint::PrimaryKey {
                name,
                columns: pk.columns.clone(),
            });
        }
        constraints.extend(
            foreign_keys(catalog, table, schema)
                .into_iter()
                .map(|fk| MetaConstraint::ForeignKey(Box::new(fk))),
        );
        constraints.extend(unique_constraints(table));
        if may_match(sql, "CHECK") {
            constraints.extend(check_constraints(sql));
        }
        Some(constraints)
    }

    /// A partial index's predicate, cut from its stored SQL and printed as bare
    /// text (sqlacodegen renders the TextClause unquoted).
    fn sql_text_index_kwargs(&self) -> &'static [&'static str] {
        &["sqlite_where"]
    }

    fn index_kwargs(&self, index: &Index) -> Vec<(String, String)> {
        if index.predicate.is_none() {
            return Vec::new();
        }
        index
            .dialect_options
            .get("sql")
            .and_then(|sql| PARTIAL_INDEX_PREDICATE.captures(sql))
            .and_then(|c| c.get(1))
            .map(|p| vec![(String::from("sqlite_where"), p.as_str().to_string())])
            .unwrap_or_default()
    }

    fn reflected_type(&self, adapted: &SaType) -> Option<SaType> {
        let class = match adapted.class {
            "Integer" => "INTEGER",
            "BigInteger" => "BIGINT",
            "SmallInteger" => "SMALLINT",
            "String" => "VARCHAR",
            "Text" => "TEXT",
            "LargeBinary" => "BLOB",
            "Boolean" => "BOOLEAN",
            "Date" => "DATE",
            "DateTime" => "DATETIME",
            "Time" => "TIME",
            "Double" => "DOUBLE",
            "Float" => "FLOAT",
            "Numeric" => "NUMERIC",
            "JSON" => return Some(adapted.as_class("JSON", "sqlalchemy.dialects.sqlite")),
            _ => return None,
        };
        Some(adapted.as_class(class, "sqlalchemy"))
    }

    fn reflects_index(&self, index: &Index) -> bool {
        // Expression indexes are skipped with a warning.
        index
            .elements
            .iter()
            .all(|e| matches!(e, IndexElement::Column(_)))
    }
}

/// The generation expression as SQLAlchemy digs it out of the stored SQL:
/// first the column list (from the first parenthesis to the last one before
/// any table options), then the column's name up to the last `)` of its line.
fn generated_text(table: &Table, column: &str) -> String {
    let sql = table.stored_sql.as_deref().unwrap_or_default().trim();
    let sql = COLUMN_LIST
        .captures(sql)
        .and_then(|c| c.get(1))
        .map_or(sql, |m| m.as_str().trim());
    let pattern = format!(
        r"(?i){}[^,]*\s+GENERATED\s+ALWAYS\s+AS\s+\((.*)\)\s*(?:virtual|stored)?",
        regex::escape(column)
    );
    Regex::new(&pattern)
        .ok()
        .and_then(|re| re.captures(sql).and_then(|c| c.get(1)))
        .map(|m| m.as_str().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affinity_rules_pick_the_types_sqlalchemy_picks() {
        let class = |t: &str| {
            let sa = sa_type(t);
            format!("{}({})", sa.class, sa.args.join(", "))
        };
        assert_eq!(class("DOUBLE PRECISION"), "REAL()");
        assert_eq!(class("FOOBAR(3)"), "Numeric(3)");
        assert_eq!(class(""), "NullType()");
        assert_eq!(class("varchar(50)"), "String(50)");
        assert_eq!(class("NUMERIC(10,2)"), "Numeric(10, 2)");
        assert_eq!(class("UNSIGNED BIG INT"), "Integer()");
        assert_eq!(class("INTEGER(11)"), "Integer()");
        assert_eq!(class("NATIVE CHARACTER(70)"), "Text(70)");
        assert_eq!(class("TIMESTAMP"), "TIMESTAMP()");
    }

    #[test]
    fn check_pattern_skips_words_ending_in_check() {
        let checks = check_constraints(
            "CREATE TABLE recheck (a INT CHECK (a > 0), CONSTRAINT \"c 1\" CHECK (a < (10)))",
        );
        assert_eq!(
            checks,
            vec![
                MetaConstraint::Check {
                    name: Some(String::from("c 1")),
                    sqltext: String::from("a < (10)")
                },
                MetaConstraint::Check {
                    name: None,
                    sqltext: String::from("a > 0")
                },
            ]
        );
    }
}
