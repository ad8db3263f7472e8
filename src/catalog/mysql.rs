//! MariaDB 10.11 server rules (our "mysql" dialect): types as `SHOW CREATE TABLE`
//! prints them (integer display widths, `bool` → `tinyint(1)`, `json` →
//! `longtext` in utf8mb4_bin, `float(30)` → `double` ...), column character sets
//! shown only where they differ from the table's, defaults and expressions as the
//! server prints them back, and the names it invents: unnamed keys after their
//! first column (`code`, `code_2`), foreign keys `<table>_ibfk_<n>`, checks
//! `CONSTRAINT_<n>`, and the index InnoDB adds for a foreign key no index covers.

mod expr;
mod session;
mod structure;
mod union_type;
mod view_type;

use sqlparser::ast::{
    AlterTableOperation, DataType, Expr, FunctionArg, FunctionArgExpr, FunctionArguments,
    UnaryOperator, Value,
};

use super::declared::DeclaredType;
use super::rules::{
    ApplyResult, ColumnChange, ColumnDraft, ConstraintDraft, IndexColumnDraft, IndexDraft,
    ServerRules,
};
use super::{
    Catalog, CheckConstraint, Column, ForeignKey, Generated, Index, IndexElement, PrimaryKey,
    QualifiedName, ReferentialAction, SqlType, Table, TableKind,
};
use crate::dialect::Dialect;

pub use expr::print as print_expression;

pub struct MySqlRules;

/// The server's character set and collation (Debian's MariaDB configuration).
const SERVER_CHARSET: &str = "utf8mb4";

/// The collation a character set gets when none is named.
fn default_collation(charset: &str) -> String {
    match charset {
        "latin1" => String::from("latin1_swedish_ci"),
        "binary" => String::from("binary"),
        "utf8" => String::from("utf8mb3_general_ci"),
        other => format!("{other}_general_ci"),
    }
}

/// The character set a collation belongs to (`utf8mb4_bin` → `utf8mb4`).
fn collation_charset(collation: &str) -> String {
    if collation == "binary" {
        return String::from("binary");
    }
    let charset = collation.split('_').next().unwrap_or(collation);
    if charset == "utf8" {
        String::from("utf8mb3")
    } else {
        charset.to_string()
    }
}

pub(super) fn normalise_charset(charset: &str) -> String {
    let lower = charset.to_ascii_lowercase();
    if lower == "utf8" {
        String::from("utf8mb3")
    } else {
        lower
    }
}

/// A collation as the server names it: lower case, and `utf8_*` (an alias
/// since `utf8` means `utf8mb3`) as `utf8mb3_*`.
fn normalise_collation(collation: &str) -> String {
    let lower = collation.to_ascii_lowercase();
    match lower.strip_prefix("utf8_") {
        Some(rest) => format!("utf8mb3_{rest}"),
        None => lower,
    }
}

/// MySQL 8's UCA 9.0.0 collations (`utf8mb4_0900_ai_ci`, its default), which
/// MariaDB 10.11 does not know: it refuses the statement ("Unknown
/// collation"). We keep the name as written and say so.
fn note_mysql8_collation(catalog: &Catalog, collation: &str) {
    if crate::parse::contains_ignore_ascii_case(collation, "_0900_") {
        let note = format!(
            "collation {collation} is MySQL 8's: MariaDB 10.11 refuses it (Unknown collation), \
             so no reference output exists; the statement is applied with the collation as written"
        );
        catalog.note_caveat(note);
    }
}

/// The table's default character set and collation, from its options.
pub fn table_charset(table: &Table) -> (String, String) {
    let mut charset = None;
    let mut collation = None;
    for (key, value) in &table.options {
        if crate::parse::contains_ignore_ascii_case(key, "charset")
            || crate::parse::contains_ignore_ascii_case(key, "character set")
        {
            charset = Some(value);
        } else if crate::parse::contains_ignore_ascii_case(key, "collate") {
            collation = Some(value);
        }
    }
    let charset = charset.map(|c| normalise_charset(c));
    let collation = collation.map(|c| normalise_collation(c));
    match (charset, collation) {
        (Some(cs), Some(co)) => (cs, co),
        (Some(cs), None) => {
            let co = default_collation(&cs);
            (cs, co)
        }
        (None, Some(co)) => (collation_charset(&co), co),
        (None, None) => (
            String::from(SERVER_CHARSET),
            default_collation(SERVER_CHARSET),
        ),
    }
}

/// The most bytes a character takes in a character set.
fn bytes_per_char(charset: &str) -> u32 {
    match charset {
        "utf8mb4" | "utf16" | "utf32" => 4,
        "utf8mb3" | "utf8" => 3,
        "ucs2" | "gbk" | "big5" | "sjis" | "euckr" | "gb2312" | "cp932" => 2,
        _ => 1,
    }
}

/// Types whose values are characters, and so carry a character set.
fn is_textual(name: &str) -> bool {
    matches!(
        name,
        "char" | "varchar" | "tinytext" | "text" | "mediumtext" | "longtext" | "enum" | "set"
    )
}

fn is_integer(name: &str) -> bool {
    matches!(
        name,
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint"
    )
}

/// The display width MariaDB reports for an integer type declared without one:
/// the most characters a value of the type prints, its sign included.
fn display_width(name: &str, unsigned: bool) -> u32 {
    match (name, unsigned) {
        ("tinyint", false) => 4,
        ("tinyint", true) => 3,
        ("smallint", false) => 6,
        ("smallint", true) => 5,
        ("mediumint", false) => 9,
        ("mediumint", true) => 8,
        ("int", false) => 11,
        ("int", true) => 10,
        _ => 20,
    }
}

/// The smallest TEXT/BLOB type that holds `bytes`.
fn sized_lob(kind: &str, bytes: u64) -> String {
    let size = if bytes <= 255 {
        "tiny"
    } else if bytes <= 65_535 {
        ""
    } else if bytes <= 16_777_215 {
        "medium"
    } else {
        "long"
    };
    format!("{size}{kind}")
}

/// MariaDB's canonical form of a declared type, with what the declaration implies
/// about the column (`serial` is also NOT NULL AUTO_INCREMENT UNIQUE).
fn canonical_type(declared: &DeclaredType) -> ApplyResult<SqlType> {
    canonical_type_with(declared, declared.args.clone())
}

/// [`canonical_type`] with the declared type's modifiers given apart
/// (`declared.args` is not read), so that a caller done with the declared
/// type moves them rather than copying them.
fn canonical_type_with(declared: &DeclaredType, args: Vec<String>) -> ApplyResult<SqlType> {
    let arg_u64 = |i: usize| super::declared::arg_u64(&args, i);
    // A length, precision or scale is a number in MariaDB's grammar (ENUM and
    // SET take strings): `NCHAR(key)` is a syntax error, never a Python name.
    if !matches!(&*declared.base, "ENUM" | "SET") {
        if let Some(arg) = args
            .iter()
            .find(|a| a.is_empty() || !a.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(format!(
                "You have an error in your SQL syntax near '{arg}': a type's length, precision or scale is a number"
            )
            .into());
        }
    }
    let mut t = SqlType {
        unsigned: declared.unsigned || declared.zerofill,
        zerofill: declared.zerofill,
        ..SqlType::default()
    };
    // The first modifier only, or `default` when there is none (the list
    // written is reused: this runs for most columns).
    let first_or = |mut args: Vec<String>, default: &dyn Fn() -> String| {
        args.truncate(1);
        if args.is_empty() {
            args.push(default());
        }
        args
    };
    let integer = |t: &mut SqlType, name: &str, args: Vec<String>| {
        t.name = name.to_string();
        let unsigned = t.unsigned;
        t.args = first_or(args, &|| display_width(name, unsigned).to_string());
    };
    match &*declared.base {
        "TINYINT" | "INT1" => integer(&mut t, "tinyint", args),
        "BOOL" | "BOOLEAN" => {
            t.name = String::from("tinyint");
            t.args = vec![String::from("1")];
        }
        "SMALLINT" | "INT2" => integer(&mut t, "smallint", args),
        "MEDIUMINT" | "INT3" | "MIDDLEINT" => integer(&mut t, "mediumint", args),
        "INT" | "INTEGER" | "INT4" => integer(&mut t, "int", args),
        "BIGINT" | "INT8" => integer(&mut t, "bigint", args),
        "SERIAL" => {
            t.name = String::from("bigint");
            t.unsigned = true;
            t.args = vec![String::from("20")];
        }
        "DECIMAL" | "DEC" | "NUMERIC" | "FIXED" => {
            t.name = String::from("decimal");
            t.args = match args.len() {
                0 => vec![String::from("10"), String::from("0")],
                1 => vec![args[0].clone(), String::from("0")],
                _ => args,
            };
        }
        "FLOAT" => match (args.len(), arg_u64(0)) {
            (1, Some(p)) if p > 24 => t.name = String::from("double"),
            (1, _) | (0, _) => t.name = String::from("float"),
            _ => {
                t.name = String::from("float");
                t.args = args;
            }
        },
        "FLOAT4" => t.name = String::from("float"),
        "DOUBLE" | "DOUBLE PRECISION" | "REAL" | "FLOAT8" => {
            t.name = String::from("double");
            if args.len() == 2 {
                t.args = args;
            }
        }
        "BIT" => {
            t.name = String::from("bit");
            t.args = first_or(args, &|| String::from("1"));
        }
        "CHAR" | "CHARACTER" | "NCHAR" | "NATIONAL CHAR" | "NATIONAL CHARACTER" => {
            t.name = String::from("char");
            t.args = first_or(args, &|| String::from("1"));
            if declared.base.starts_with('N') {
                t.set_charset(Some(String::from("utf8mb3")));
            }
        }
        "VARCHAR"
        | "CHARACTER VARYING"
        | "CHAR VARYING"
        | "NVARCHAR"
        | "NATIONAL VARCHAR"
        | "NATIONAL CHARACTER VARYING"
        | "NCHAR VARYING"
        | "VARCHAR2" => {
            t.name = String::from("varchar");
            t.args = args;
            if declared.base.starts_with('N') {
                t.set_charset(Some(String::from("utf8mb3")));
            }
        }
        "BINARY" => {
            t.name = String::from("binary");
            t.args = first_or(args, &|| String::from("1"));
        }
        "VARBINARY" => {
            t.name = String::from("varbinary");
            t.args = args;
        }
        "TINYTEXT" | "MEDIUMTEXT" | "LONGTEXT" | "TINYBLOB" | "MEDIUMBLOB" | "LONGBLOB" => {
            t.name = declared.base.to_ascii_lowercase();
        }
        "LONG" | "LONG VARCHAR" => t.name = String::from("mediumtext"),
        "TEXT" => {
            // TEXT(M) is the smallest type holding M characters of the server's
            // character set (4 bytes each in utf8mb4).
            t.name = match arg_u64(0) {
                Some(chars) => sized_lob("text", chars.saturating_mul(4)),
                None => String::from("text"),
            };
        }
        "BLOB" => {
            t.name = match arg_u64(0) {
                Some(bytes) => sized_lob("blob", bytes),
                None => String::from("blob"),
            };
        }
        "DATE" => t.name = String::from("date"),
        "DATETIME" | "TIMESTAMP" | "TIME" => {
            t.name = declared.base.to_ascii_lowercase();
            if let Some(fsp) = arg_u64(0).filter(|f| *f > 0) {
                t.args = vec![fsp.to_string()];
            }
        }
        "YEAR" => {
            t.name = String::from("year");
            t.args = vec![String::from("4")];
        }
        "ENUM" | "SET" => {
            t.name = declared.base.to_ascii_lowercase();
            t.set_values(args.iter().map(|a| unquote(a)).collect());
        }
        "JSON" => {
            t.name = String::from("longtext");
            t.set_charset(Some(String::from("utf8mb4")));
            t.set_collation(Some(String::from("utf8mb4_bin")));
        }
        "UUID" | "INET4" | "INET6" | "GEOMETRY" | "POINT" | "LINESTRING" | "POLYGON"
        | "MULTIPOINT" | "MULTILINESTRING" | "MULTIPOLYGON" | "GEOMETRYCOLLECTION" => {
            t.name = declared.base.to_ascii_lowercase();
        }
        other => return Err(format!("unknown data type `{other}`").into()),
    }
    Ok(t)
}

/// `'a''b'` → `a'b` (ENUM/SET values as written in the type).
fn unquote(arg: &str) -> String {
    let trimmed = arg.trim();
    let quote = trimmed.chars().next();
    match quote {
        Some(q @ ('\'' | '"')) if trimmed.len() >= 2 && trimmed.ends_with(q) => {
            let inner = &trimmed[1..trimmed.len() - 1];
            let doubled = format!("{q}{q}");
            inner
                .replace(&doubled, &q.to_string())
                .replace("\\\\", "\\")
        }
        _ => trimmed.to_string(),
    }
}

/// A string default as `SHOW CREATE TABLE` prints it: quotes doubled, backslashes
/// escaped.
fn default_string(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "''"))
}

/// The literal value of a default, if it is one (`-1`, `'x'`, `TRUE`, `(5)`).
enum Literal {
    Number(String),
    Text(String),
    Bool(bool),
    Null,
    Bits(String),
}

fn literal_of(expr: &Expr) -> Option<Literal> {
    match expr {
        Expr::Nested(inner) => literal_of(inner),
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => Some(Literal::Number(n.to_string())),
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => {
                Some(Literal::Text(s.clone()))
            }
            Value::Boolean(b) => Some(Literal::Bool(*b)),
            Value::Null => Some(Literal::Null),
            Value::SingleQuotedByteStringLiteral(s) => Some(Literal::Bits(s.clone())),
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr: inner,
        } => match literal_of(inner)? {
            Literal::Number(n) => Some(Literal::Number(format!("-{n}"))),
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Plus,
            expr: inner,
        } => literal_of(inner),
        _ => None,
    }
}

/// `CURRENT_TIMESTAMP`, `NOW()`, `CURRENT_TIMESTAMP(6)` ... as
/// `current_timestamp(6)`.
fn current_timestamp(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Nested(inner) => current_timestamp(inner),
        Expr::Identifier(ident)
            if matches!(
                ident.value.to_ascii_lowercase().as_str(),
                "current_timestamp" | "localtime" | "localtimestamp"
            ) =>
        {
            Some(String::from("current_timestamp()"))
        }
        Expr::Function(function) => {
            let name = function.name.to_string().to_ascii_lowercase();
            if !matches!(
                name.as_str(),
                "current_timestamp" | "now" | "localtime" | "localtimestamp"
            ) {
                return None;
            }
            let printed = expr::print(expr);
            let args = printed
                .find('(')
                .map(|i| printed[i..].to_string())
                .unwrap_or_else(|| String::from("()"));
            Some(format!("current_timestamp{args}"))
        }
        _ => None,
    }
}

/// A number as the server stores it in a column of this type.
fn number_for_type(number: &str, data_type: &SqlType) -> String {
    let value: f64 = number.trim().parse().unwrap_or(0.0);
    match data_type.name.as_str() {
        // Whole numbers stay exact (a double cannot hold every BIGINT).
        name if (is_integer(name) || name == "year") && number.trim().parse::<i128>().is_ok() => {
            number
                .trim()
                .parse::<i128>()
                .map(|n| n.to_string())
                .unwrap_or_default()
        }
        name if is_integer(name) || name == "year" => format!("{}", value.round() as i128),
        "decimal" => {
            let scale: usize = data_type
                .args
                .get(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            format!("{value:.scale$}")
        }
        // FLOAT(M,D) / DOUBLE(M,D) (REAL(M,D) is DOUBLE(M,D)): the value
        // stored with its fraction rounded to D digits (`truncate_double`),
        // a FLOAT as a single-precision number, printed with D decimals.
        "float" | "double" if data_type.args.len() == 2 => {
            let scale: i32 = data_type.args[1].parse().unwrap_or(0);
            let power = 10f64.powi(scale);
            let mut stored = if value.is_finite() {
                value.floor() + ((value - value.floor()) * power).round_ties_even() / power
            } else {
                value
            };
            if data_type.name == "float" {
                stored = f64::from(stored as f32);
            }
            if stored == 0.0 {
                stored = 0.0;
            }
            let scale = scale.max(0) as usize;
            format!("{stored:.scale$}")
        }
        "float" => general_number(f64::from(value as f32), Some(6)),
        "double" => general_number(value, None),
        "bit" => format!("b'{:b}'", value.max(0.0) as u128),
        _ => default_string(number.trim()),
    }
}

/// A FLOAT or DOUBLE value without a scale as the server prints it
/// (`my_gcvt`): its shortest digits that read back as the value (at most
/// `digits` significant ones, 6 for a FLOAT), in positional notation when the
/// decimal point falls within 14 places before the first digit and 15 after
/// it (or inside the digits), else as `<d>[.<ddd>]e[-]<n>` (`1e15`,
/// `1.2345678901234568e17`, `1e-15` is `0.000000000000001`, `1e-16` is `1e-16`).
fn general_number(value: f64, digits: Option<usize>) -> String {
    if !value.is_finite() {
        return String::from("0");
    }
    if value == 0.0 {
        return String::from("0");
    }
    let scientific = match digits {
        Some(digits) => format!("{:.*e}", digits.saturating_sub(1), value.abs()),
        None => format!("{:e}", value.abs()),
    };
    let Some((mantissa, exponent)) = scientific.split_once('e') else {
        return scientific;
    };
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let len = digits.len() as i64;
    // The position of the decimal point after the first `decpt` digits.
    let decpt = exponent + 1;
    let sign = if value < 0.0 { "-" } else { "" };
    let positional = decpt > -15 && (decpt <= 15 || len > decpt);
    if positional {
        if decpt <= 0 {
            format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize))
        } else if decpt < len {
            let (whole, fraction) = digits.split_at(decpt as usize);
            format!("{sign}{whole}.{fraction}")
        } else {
            format!("{sign}{digits}{}", "0".repeat((decpt - len) as usize))
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        format!("{sign}{first}{rest}e{}", decpt - 1)
    }
}

/// A datetime-family literal as the server normalises it.
fn temporal_text(text: &str, data_type: &SqlType) -> String {
    let fsp: usize = data_type
        .args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0);
    let fraction = |base: String| -> String {
        if fsp == 0 {
            return base;
        }
        let (whole, frac) = match base.split_once('.') {
            Some((w, f)) => (w.to_string(), f.to_string()),
            None => (base.clone(), String::new()),
        };
        let mut frac: String = frac.chars().take(fsp).collect();
        while frac.len() < fsp {
            frac.push('0');
        }
        format!("{whole}.{frac}")
    };
    let text = text.trim();
    match data_type.name.as_str() {
        "datetime" | "timestamp" => {
            let base = if text.len() == 10 {
                format!("{text} 00:00:00")
            } else {
                text.to_string()
            };
            fraction(base)
        }
        "time" => fraction(text.to_string()),
        _ => text.to_string(),
    }
}

/// The DEFAULT clause as `SHOW CREATE TABLE` prints it (`None` for no default or
/// `DEFAULT NULL`).
fn default_text(expr: &Expr, data_type: &SqlType) -> Option<String> {
    if let Some(now) = current_timestamp(expr) {
        return Some(now);
    }
    if let Some(literal) = literal_of(expr) {
        let numeric = is_integer(&data_type.name)
            || matches!(
                data_type.name.as_str(),
                "decimal" | "float" | "double" | "bit" | "year"
            );
        return match literal {
            Literal::Null => None,
            Literal::Bool(b) if numeric => {
                Some(number_for_type(if b { "1" } else { "0" }, data_type))
            }
            Literal::Bool(b) => Some(default_string(if b { "1" } else { "0" })),
            Literal::Number(n) if numeric => Some(number_for_type(&n, data_type)),
            Literal::Text(s) if numeric && data_type.name != "bit" => {
                Some(number_for_type(&s, data_type))
            }
            Literal::Bits(bits) => Some(format!("b'{bits}'")),
            Literal::Number(n) | Literal::Text(n) => {
                if matches!(
                    data_type.name.as_str(),
                    "date" | "datetime" | "timestamp" | "time"
                ) {
                    Some(default_string(&temporal_text(&n, data_type)))
                } else if matches!(data_type.name.as_str(), "enum" | "set") {
                    Some(default_string(&member_text(&n, data_type)))
                } else {
                    Some(default_string(&n))
                }
            }
        };
    }
    let printed = expr::print(expr);
    if expr::is_function_call(expr) {
        Some(printed)
    } else {
        Some(format!("({printed})"))
    }
}

/// An ENUM or SET value as the column stores it: each member spelled as the
/// type declares it (matched without regard to case unless the collation is
/// binary), a SET's members in declaration order and each once.
fn member_text(value: &str, data_type: &SqlType) -> String {
    let binary = data_type
        .collation()
        .is_some_and(|c| c.ends_with("_bin") || c == "binary");
    let find = |part: &str| {
        data_type.values().iter().position(|member| {
            if binary {
                member == part
            } else {
                member.to_lowercase() == part.to_lowercase()
            }
        })
    };
    if data_type.name == "enum" {
        return find(value).map_or_else(|| value.to_string(), |i| data_type.values()[i].clone());
    }
    if value.is_empty() {
        return String::new();
    }
    let mut members: Vec<usize> = Vec::new();
    for part in value.split(',') {
        match find(part) {
            Some(i) if !members.contains(&i) => members.push(i),
            Some(_) => {}
            // Not a member: the server refuses it; keep what was written.
            None => return value.to_string(),
        }
    }
    members.sort_unstable();
    members
        .iter()
        .map(|&i| data_type.values()[i].as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// The first free name among `base`, `base_2`, `base_3` ... for a key.
fn free_index_name(table: &Table, base: &str) -> String {
    let taken = |name: &str| {
        name.eq_ignore_ascii_case("PRIMARY")
            || table
                .indexes
                .iter()
                .any(|i| i.name.eq_ignore_ascii_case(name))
    };
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|n| !taken(n))
        .unwrap_or_else(|| base.to_string())
}

/// The highest `<prefix><n>` number among `names`.
fn highest_number<'a>(names: impl Iterator<Item = &'a str>, prefix: &str) -> u64 {
    names
        .filter_map(|n| n.strip_prefix(prefix))
        .filter_map(|n| n.parse::<u64>().ok())
        .max()
        .unwrap_or(0)
}

/// InnoDB drops the index it made for a foreign key once another index (or the
/// primary key) starts with the key's columns and can serve instead.
fn drop_superseded_implicit_indexes(table: &mut Table) {
    let superseded: Vec<String> = table
        .indexes
        .iter()
        .filter(|i| i.implicit_for_foreign_key)
        .filter_map(|implicit| {
            let columns: Vec<String> = implicit
                .elements
                .iter()
                .filter_map(|e| match e {
                    IndexElement::Column(c) => Some(c.clone()),
                    IndexElement::Expression(_) => None,
                })
                .collect();
            covered_by(table, &columns, |i| !i.implicit_for_foreign_key)
                .then(|| implicit.name.clone())
        })
        .collect();
    table.indexes.retain(|i| !superseded.contains(&i.name));
}

/// The index MariaDB generates for a foreign key on `columns`, as
/// `mysql_prepare_create_table` settles generated keys against the others:
/// none when the primary key or a key of the user's starts with the columns,
/// or a key generated for an earlier foreign key does and is longer;
/// otherwise a generated key whose columns are the leading ones of the new
/// key (or the same) gives way to it, so the index takes the new foreign
/// key's name.
fn generate_foreign_key_index(
    table: &mut Table,
    columns: &[String],
    name: Option<&str>,
) -> ApplyResult {
    let serves =
        |index: &Index| !index.implicit_for_foreign_key || index.elements.len() > columns.len();
    if covered_by(table, columns, serves) {
        return Ok(());
    }
    table.indexes.retain(|index| {
        let leading =
            index.elements.len() <= columns.len()
                && index.elements.iter().zip(columns).all(
                    |(e, c)| matches!(e, IndexElement::Column(n) if n.eq_ignore_ascii_case(c)),
                );
        !(index.implicit_for_foreign_key && leading)
    });
    check_key_count(table)?;
    let base = name.map_or_else(|| columns[0].clone(), str::to_string);
    let index_name = free_index_name(table, &base);
    super::push_compact(
        &mut table.indexes,
        Index {
            name: index_name,
            elements: columns.iter().cloned().map(IndexElement::Column).collect(),
            unique: false,
            predicate: None,
            prefix: None,
            implicit_for_foreign_key: true,
            ..Default::default()
        },
    );
    Ok(())
}

/// The columns of an index that only hold a prefix of their values.
fn prefixed_columns(index: &Index) -> Vec<&str> {
    index
        .dialect_options
        .get("length")
        .map(|lengths| {
            lengths
                .split(',')
                .filter_map(|entry| entry.rsplit_once('=').map(|(column, _)| column))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether the primary key or one of the indexes `usable` accepts starts with
/// `columns` (whole columns: a prefix key cannot serve a foreign key).
fn covered_by(table: &Table, columns: &[String], usable: impl Fn(&Index) -> bool) -> bool {
    let leading = |index: &Index| {
        let prefixed = prefixed_columns(index);
        index.elements.len() >= columns.len()
            && index.elements.iter().zip(columns).all(|(e, c)| {
                matches!(e, IndexElement::Column(n) if n.eq_ignore_ascii_case(c))
                    && !prefixed.iter().any(|p| p.eq_ignore_ascii_case(c))
            })
    };
    let pk = table.primary_key.as_ref().is_some_and(|pk| {
        pk.columns.len() >= columns.len()
            && pk.columns.iter().zip(columns).all(|(a, b)| {
                a.eq_ignore_ascii_case(b)
                    && !pk
                        .prefix_lengths
                        .iter()
                        .any(|(p, _)| p.eq_ignore_ascii_case(b))
            })
    });
    pk || table
        .indexes
        .iter()
        .any(|i| usable(i) && i.prefix.is_none() && leading(i))
}

/// The index option that marks a key `IGNORED` (MariaDB 10.6): the optimizer
/// does not use it, and SQLAlchemy's pattern for a key line does not take
/// it, so reflection leaves the key out.
pub const IGNORED_KEY: &str = "ignored";

/// InnoDB is the only engine that keeps foreign keys; the others parse and drop them.
fn keeps_foreign_keys(table: &Table) -> bool {
    table
        .options
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("engine"))
        .is_none_or(|(_, engine)| engine.eq_ignore_ascii_case("innodb"))
}

impl MySqlRules {
    /// Resolve a column's character set against the table's, keeping it only
    /// where `SHOW CREATE TABLE` would print it.
    fn resolve_charset(table: &Table, data_type: &mut SqlType) {
        if Self::takes_table_charset(data_type) {
            return;
        }
        Self::resolve_charset_against(&table_charset(table), data_type);
    }

    /// Whether a column has no character set of its own to report: not
    /// textual, or textual with neither a character set nor a collation
    /// written (it takes the table's, which is not printed). Settled here
    /// without working out the table's, as for most columns.
    fn takes_table_charset(data_type: &mut SqlType) -> bool {
        let takes = !is_textual(&data_type.name)
            || (data_type.charset().is_none() && data_type.collation().is_none());
        if takes {
            data_type.set_charset(None);
            data_type.set_collation(None);
        }
        takes
    }

    /// The same against a table default (character set, collation) already known.
    fn resolve_charset_against((table_cs, table_co): &(String, String), data_type: &mut SqlType) {
        if Self::takes_table_charset(data_type) {
            return;
        }
        let charset = data_type.charset().map(normalise_charset);
        let collation = data_type.collation().map(normalise_collation);
        // The BINARY attribute: the binary collation of the column's character set.
        let collation = match collation {
            Some(co) if co == crate::dialect::MYSQL_BINARY_COLLATION => {
                let cs = charset.clone().unwrap_or_else(|| table_cs.clone());
                Some(format!("{cs}_bin"))
            }
            other => other,
        };
        let (cs, co) = match (charset, collation) {
            (Some(cs), Some(co)) => (cs, co),
            (Some(cs), None) => {
                let co = default_collation(&cs);
                (cs, co)
            }
            (None, Some(co)) => (collation_charset(&co), co),
            (None, None) => (table_cs.clone(), table_co.clone()),
        };
        if cs == *table_cs && co == *table_co {
            data_type.set_charset(None);
            data_type.set_collation(None);
        } else {
            data_type.set_charset(Some(cs));
            data_type.set_collation(Some(co));
        }
    }

    fn add_column(table: &mut Table, draft: ColumnDraft<'_>) -> ApplyResult {
        let mut column: Column = draft.column;
        let serial = draft.declared.as_ref().is_some_and(|d| d.base == "SERIAL");
        Self::resolve_charset(table, &mut column.data_type);
        if let Some(false) = draft.explicit_nullable {
            column.nullable = false;
        }
        if column.autoincrement || serial {
            column.autoincrement = true;
            column.nullable = false;
        }
        if let Some(default) = draft.default {
            column.default = default_text(default, &column.data_type);
            column.automatic_default = current_timestamp(default).is_some()
                && matches!(column.data_type.name.as_str(), "datetime" | "timestamp");
        }
        if let Some(on_update) = draft.on_update {
            column.set_on_update(
                current_timestamp(on_update).or_else(|| Some(expr::print(on_update))),
            );
        }
        if let Some((expr, persisted)) = draft.generated {
            column.set_generated(Some(Generated {
                expression: format!("({})", expr::print(expr)),
                persisted: Some(persisted.unwrap_or(false)),
            }));
            column.default = None;
        }
        if table.column(&column.name).is_some() {
            return Err(format!("Duplicate column name '{}'", column.name).into());
        }
        table.columns.push(column);
        Ok(())
    }
}

/// A column's own `PRIMARY KEY` and `UNIQUE` are flags on the column: it gets
/// at most one key of each kind however often they are written, and no UNIQUE
/// key at all when it is the primary key (`SERIAL PRIMARY KEY` is one key).
fn fold_column_keys(constraints: &mut Vec<ConstraintDraft<'_>>) {
    let inline_primary: Vec<String> = constraints
        .iter()
        .filter_map(|c| match c {
            ConstraintDraft::PrimaryKey {
                columns,
                inline: true,
                ..
            } => columns.first().cloned(),
            _ => None,
        })
        .collect();
    let mut seen_primary = Vec::new();
    let mut seen_unique = Vec::new();
    constraints.retain(|c| match c {
        ConstraintDraft::PrimaryKey {
            columns,
            inline: true,
            ..
        } => {
            let first = columns.first().cloned().unwrap_or_default();
            if seen_primary.contains(&first) {
                false
            } else {
                seen_primary.push(first);
                true
            }
        }
        ConstraintDraft::Unique {
            inline: Some(column),
            ..
        } => {
            if inline_primary.contains(column) || seen_unique.contains(column) {
                false
            } else {
                seen_unique.push(column.clone());
                true
            }
        }
        _ => true,
    });
}

impl ServerRules for MySqlRules {
    fn views_read_by_name(&self) -> bool {
        true
    }

    fn view_columns_worked_out(&self) -> super::rules::ViewColumnsWorkedOut {
        super::rules::ViewColumnsWorkedOut::AtUse {
            star_at_creation: true,
        }
    }

    fn column_name_key<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        // Only plain lower-case ASCII is certain to be its own lower case.
        match name
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            true => std::borrow::Cow::Borrowed(name),
            false => std::borrow::Cow::Owned(name.to_lowercase()),
        }
    }

    fn dialect(&self) -> Dialect {
        Dialect::MySql
    }

    /// A database other than the current one.
    fn schema_of(&self, schema: &str) -> Option<String> {
        Some(schema.to_string())
    }

    /// `CREATE VIEW` fails with `Table 'db.x' doesn't exist` for a table of
    /// the current database that is not there; `DUAL` is no table. Tables of
    /// other databases (the system ones included) are not followed.
    fn missing_view_source(&self, written: &QualifiedName) -> Option<String> {
        if written.schema.is_some() || written.name.eq_ignore_ascii_case("dual") {
            return None;
        }
        Some(format!("Table '{}' doesn't exist", written.name))
    }

    fn session_statement(
        &self,
        catalog: &mut Catalog,
        statement: &sqlparser::ast::Statement,
    ) -> ApplyResult<Option<super::rules::SessionEffect>> {
        session::statement(catalog, statement)
    }

    /// `name(10)`: in a key part, a column name followed by a number in
    /// parentheses is always a prefix (MariaDB has no functional key parts).
    fn key_part_prefix(&self, expr: &Expr) -> Option<(String, u64)> {
        let Expr::Function(function) = expr else {
            return None;
        };
        let [name] = function.name.0.as_slice() else {
            return None;
        };
        let FunctionArguments::List(list) = &function.args else {
            return None;
        };
        if !matches!(function.parameters, FunctionArguments::None)
            || list.duplicate_treatment.is_some()
            || !list.clauses.is_empty()
        {
            return None;
        }
        let [FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Value(value)))] =
            list.args.as_slice()
        else {
            return None;
        };
        let Value::Number(length, _) = &value.value else {
            return None;
        };
        Some((self.fold_ident(name.as_ident()?), length.parse().ok()?))
    }

    /// A procedure's `IF` condition, worked out as a session value (NULL is
    /// false).
    fn evaluate_condition(&self, catalog: &Catalog, condition: &Expr) -> Option<bool> {
        session::condition(catalog, condition)
    }

    fn implies_unique(&self, declared: Option<&DeclaredType>) -> bool {
        declared.is_some_and(|d| d.base == "SERIAL")
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
                canonical_type_with(taken_apart, args)
            }
            None => self.column_type(declared, catalog, default_schema),
        }
    }

    fn column_type(
        &self,
        declared: Option<&DataType>,
        _catalog: &Catalog,
        _default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        let declared = declared.ok_or("a column needs a data type")?;
        canonical_type(&DeclaredType::from_ast(declared))
    }

    fn add_to_table(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        columns: Vec<ColumnDraft<'_>>,
        mut constraints: Vec<ConstraintDraft<'_>>,
        statement_text: &str,
    ) -> ApplyResult {
        // InnoDB's row format holds 1017 columns; the server's own limit
        // (other engines) is 4096.
        let count = table.columns.len() + columns.len();
        if keeps_foreign_keys(table) && count > 1017 {
            return Err(format!(
                "Can't create table `{}` (errno: 185 \"Too many columns\")",
                table.name.name
            )
            .into());
        }
        if count > 4096 {
            return Err("Too many columns".into());
        }
        let creating = table.columns.is_empty();
        let collations = table
            .options
            .iter()
            .filter(|(k, _)| creating && crate::parse::contains_ignore_ascii_case(k, "collate"))
            .map(|(_, v)| v.as_str())
            .chain(
                columns
                    .iter()
                    .filter_map(|d| d.column.data_type.collation()),
            );
        for collation in collations {
            note_mysql8_collation(catalog, collation);
        }
        table.columns.reserve(columns.len());
        for draft in columns {
            Self::add_column(table, draft)?;
        }
        // COMPRESSED, which the parse does not keep.
        for name in crate::parse::fallback::mysql_compressed_columns_written(statement_text) {
            if let Some(column) = table.column_mut(&name) {
                column.compressed = true;
            }
        }
        fold_column_keys(&mut constraints);
        let table_name = table.name.name.clone();
        // Keys first: InnoDB only adds an index for a foreign key once every key
        // the statement declares exists.
        let mut foreign_keys = Vec::new();
        let mut checks = Vec::new();
        for constraint in constraints {
            match constraint {
                ConstraintDraft::PrimaryKey {
                    columns,
                    prefix_lengths,
                    ..
                } => {
                    if table.primary_key.is_some() {
                        return Err("Multiple primary key defined".into());
                    }
                    for name in &columns {
                        table
                            .column_mut(name)
                            .ok_or_else(|| format!("Key column '{name}' doesn't exist in table"))?
                            .nullable = false;
                    }
                    let prefix_lengths = key_lengths(table, &columns, &prefix_lengths, true)?;
                    table.primary_key = Some(PrimaryKey {
                        name: None,
                        columns,
                        prefix_lengths,
                    });
                    drop_superseded_implicit_indexes(table);
                }
                ConstraintDraft::Unique {
                    name,
                    columns,
                    prefix_lengths,
                    ..
                } => {
                    let elements = columns.iter().cloned().map(IndexElement::Column).collect();
                    add_key(table, name, elements, &prefix_lengths, true, None)?;
                }
                ConstraintDraft::Index {
                    name,
                    elements,
                    prefix_lengths,
                    unique,
                    prefix,
                } => add_key(table, name, elements, &prefix_lengths, unique, prefix)?,
                fk @ ConstraintDraft::ForeignKey { .. } => foreign_keys.push(fk),
                ConstraintDraft::Check { name, expr, inline } => {
                    // A column-level CHECK stays in the column definition, where
                    // reflection does not look.
                    if inline.is_none() {
                        checks.push((name, expr::print(expr)));
                    }
                }
            }
        }
        // Keys marked IGNORED (which the parse does not keep): still keys,
        // but reflection does not show them.
        for name in crate::parse::fallback::mysql_ignored_keys_written(statement_text) {
            if let Some(index) = table
                .indexes
                .iter_mut()
                .find(|i| i.name.eq_ignore_ascii_case(&name))
            {
                index
                    .dialect_options
                    .insert(String::from(IGNORED_KEY), String::from("1"));
            }
        }
        let mut next_fk = if creating {
            1
        } else {
            highest_number(
                table.foreign_keys.iter().filter_map(|f| f.name.as_deref()),
                &format!("{table_name}_ibfk_"),
            ) + 1
        };
        for fk in foreign_keys {
            let ConstraintDraft::ForeignKey {
                name,
                columns,
                referred_table,
                referred_columns,
                on_delete,
                on_update,
                ..
            } = fk
            else {
                continue;
            };
            for column in &columns {
                if table.column(column).is_none() {
                    return Err(format!("Key column '{column}' doesn't exist in table").into());
                }
            }
            generate_foreign_key_index(table, &columns, name.as_deref())?;
            if !keeps_foreign_keys(table) {
                continue;
            }
            let referred_columns = if referred_columns.is_empty() {
                let referred = if referred_table == table.name {
                    table.primary_key.as_ref()
                } else {
                    catalog
                        .tables
                        .get(&referred_table)
                        .and_then(|t| t.primary_key.as_ref())
                };
                referred
                    .map(|pk| pk.columns.clone())
                    .ok_or("Foreign key constraint is incorrectly formed")?
            } else {
                // The server stores the referred table's own names.
                let referred = if referred_table == table.name {
                    Some(&*table)
                } else {
                    catalog.tables.get(&referred_table)
                };
                match referred {
                    Some(referred) => referred_columns
                        .into_iter()
                        .map(|c| name_as_defined(referred, c))
                        .collect(),
                    None => referred_columns,
                }
            };
            let name = name.unwrap_or_else(|| {
                let n = next_fk;
                next_fk += 1;
                format!("{table_name}_ibfk_{n}")
            });
            // InnoDB keeps foreign key names unique in the database.
            let taken = |t: &Table| {
                t.foreign_keys.iter().any(|fk| {
                    fk.name
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(&name))
                })
            };
            // The tables that ever held the name, from the registry (a scan
            // of every table per foreign key was quadratic in the schema).
            let key = foreign_key_name_key(&name);
            if taken(table)
                || catalog
                    .name_owners(&table.name.schema, &key)
                    .iter()
                    .filter(|owner| **owner != table.name)
                    .filter_map(|owner| catalog.tables.get(owner))
                    .any(taken)
            {
                return Err(format!(
                    "Can't create table `{table_name}` (errno: 121 \"Duplicate key on write or update\")"
                )
                .into());
            }
            // SHOW CREATE TABLE leaves out RESTRICT, and SQLAlchemy drops the
            // NO ACTION it does print.
            let reported = |a: Option<ReferentialAction>| {
                a.filter(|a| {
                    !matches!(a, ReferentialAction::Restrict | ReferentialAction::NoAction)
                })
            };
            catalog.register_name(&table.name, &key);
            super::push_compact(
                &mut table.foreign_keys,
                ForeignKey {
                    name: Some(name),
                    columns,
                    referred_table,
                    referred_columns,
                    on_delete: reported(on_delete),
                    on_update: reported(on_update),
                    deferrable: None,
                    initially: None,
                    match_kind: None,
                },
            );
        }
        for (name, expression) in checks {
            let name = name.unwrap_or_else(|| {
                let n = highest_number(
                    table.checks.iter().filter_map(|c| c.name.as_deref()),
                    "CONSTRAINT_",
                ) + 1;
                format!("CONSTRAINT_{n}")
            });
            super::push_compact(
                &mut table.checks,
                CheckConstraint {
                    name: Some(name),
                    expression,
                },
            );
        }
        Ok(())
    }

    fn create_index(
        &self,
        catalog: &mut Catalog,
        index: IndexDraft<'_>,
        _statement_text: &str,
    ) -> ApplyResult {
        let table = catalog
            .tables
            .get_mut(&index.table)
            .ok_or_else(|| format!("Table '{}' doesn't exist", index.table))?;
        let mut prefix_lengths = Vec::new();
        let elements = index
            .columns
            .iter()
            .map(|c| match c {
                IndexColumnDraft::Column(name) => IndexElement::Column(name.clone()),
                IndexColumnDraft::Expression(e) => match self.key_part_prefix(e) {
                    Some((column, length)) => {
                        let column = name_as_defined(table, column);
                        prefix_lengths.push((column.clone(), length));
                        IndexElement::Column(column)
                    }
                    None => IndexElement::Expression(expr::print(e)),
                },
            })
            .collect();
        add_key(
            table,
            index.name,
            elements,
            &prefix_lengths,
            index.unique,
            index.prefix,
        )
    }

    fn alter_column(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        column: &str,
        change: ColumnChange<'_>,
    ) -> ApplyResult {
        match change {
            ColumnChange::SetDefault(_) | ColumnChange::DropDefault
                if table.column(column).is_some_and(|c| c.automatic_default) =>
            {
                // The automatic CURRENT_TIMESTAMP stays (`unireg_check`).
                Ok(())
            }
            ColumnChange::SetDefault(expr) => {
                let target = table
                    .column_mut(column)
                    .ok_or_else(|| format!("Unknown column '{column}'"))?;
                target.default = default_text(expr, &target.data_type);
                Ok(())
            }
            other => super::rules::default_alter_column(self, catalog, table, column, other),
        }
    }

    fn replace_column(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        old: &str,
        column: ColumnDraft<'_>,
        constraints: Vec<ConstraintDraft<'_>>,
    ) -> ApplyResult {
        let position = table
            .columns
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(old))
            .ok_or_else(|| format!("Unknown column '{old}' in '{}'", table.name.name))?;
        let new_name = column.column.name.clone();
        let removed = table.columns.remove(position);
        if !new_name.eq_ignore_ascii_case(&removed.name) && table.column(&new_name).is_some() {
            table.columns.insert(position, removed);
            return Err(format!("Duplicate column name '{new_name}'").into());
        }
        if let Err(error) = Self::add_column(table, column) {
            table.columns.insert(position, removed);
            return Err(error);
        }
        if let Some(replaced) = table.columns.pop() {
            table.columns.insert(position, replaced);
        }
        if removed.name != new_name {
            structure::rename_references(catalog, table, &removed.name, &new_name);
        }
        if constraints.is_empty() {
            Ok(())
        } else {
            self.add_to_table(catalog, table, Vec::new(), constraints, "")
        }
    }

    fn alters_structure(&self, operation: &AlterTableOperation) -> bool {
        matches!(
            operation,
            AlterTableOperation::RenameColumn { .. }
                | AlterTableOperation::DropColumn { .. }
                | AlterTableOperation::DropIndex { .. }
                | AlterTableOperation::DropForeignKey { .. }
                | AlterTableOperation::DropPrimaryKey { .. }
                | AlterTableOperation::DropConstraint { .. }
                | AlterTableOperation::RenameTable { .. }
                | AlterTableOperation::RenameConstraint { .. }
        )
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
                &old_column_name.value,
                &new_column_name.value,
            ),
            AlterTableOperation::DropColumn {
                column_names,
                if_exists,
                ..
            } => {
                for column in column_names {
                    if *if_exists && table.column(&column.value).is_none() {
                        continue;
                    }
                    structure::drop_column(catalog, table, &column.value)?;
                }
                Ok(())
            }
            AlterTableOperation::DropIndex { name } => structure::drop_index(table, &name.value),
            AlterTableOperation::DropForeignKey { name, .. } => {
                structure::drop_foreign_key(table, &name.value)
            }
            AlterTableOperation::DropPrimaryKey { .. } => structure::drop_primary_key(table),
            // `RENAME {INDEX | KEY} a TO b` (see `parse::fallback`).
            AlterTableOperation::RenameConstraint { old_name, new_name } => {
                structure::rename_index(table, &old_name.value, &new_name.value)
            }
            AlterTableOperation::DropConstraint {
                name, if_exists, ..
            } => match structure::drop_constraint(table, &name.value) {
                Err(_) if *if_exists => Ok(()),
                other => other,
            },
            AlterTableOperation::RenameTable { table_name } => {
                let new_name = super::rules::rename_target(table_name);
                let renamed = self.qualified_name(new_name);
                let renamed = QualifiedName::new(
                    renamed.schema.or_else(|| table.name.schema.clone()),
                    renamed.name,
                );
                if catalog.tables.contains_key(&renamed) {
                    return Err(format!("Table '{}' already exists", renamed.name).into());
                }
                structure::rename_table(catalog, table, renamed);
                Ok(())
            }
            other => Err(format!("ALTER TABLE ... {other} is not supported yet").into()),
        }
    }

    fn view_column_type(&self, source: &Column) -> SqlType {
        // DESCRIBE, which reflection reads for views, does not show character sets.
        source
            .data_type
            .clone()
            .with_charset(None)
            .with_collation(None)
    }

    /// The `Default` that DESCRIBE shows for a view column: the source column's
    /// default value unquoted, and 0 for an AUTO_INCREMENT column; none for
    /// a COMPRESSED column (DESCRIBE shows its default empty).
    fn view_column_default(&self, source: &Column) -> Option<String> {
        if source.compressed {
            return None;
        }
        match &source.default {
            Some(default) => Some(describe_value(default)),
            None if source.autoincrement => Some(String::from("0")),
            None => None,
        }
    }

    fn view_column_nullable(&self, source: &Column) -> bool {
        source.nullable
    }

    fn view_expression_type(&self, _catalog: &Catalog, scope: &[&Table], expr: &Expr) -> SqlType {
        // DESCRIBE, which reflection reads for views, does not show character sets.
        view_type::infer(scope, expr)
            .map(|(t, _)| t.sql_type().with_charset(None).with_collation(None))
            .unwrap_or_default()
    }

    /// MariaDB names an unaliased select item by its text as written
    /// (`(SELECT COUNT(*) FROM t)`, `id  +  1`).
    fn names_expressions_as_written(&self) -> bool {
        true
    }

    /// A string literal is named by its value (`'abc'` is `abc`, `_utf8mb4'x'`
    /// and `N'x'` are `x`), blanks before it left out (`Item::set_name`).
    fn written_expression_name(&self, written: String, expr: &Expr) -> String {
        let value = match expr {
            Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => value.as_ref(),
            other => other,
        };
        match value {
            Expr::Value(v) => match &v.value {
                Value::SingleQuotedString(s)
                | Value::DoubleQuotedString(s)
                | Value::NationalStringLiteral(s) => s.trim_start().to_string(),
                _ => written,
            },
            _ => written,
        }
    }

    /// A view or `CREATE TABLE ... AS SELECT` still naming two columns alike
    /// (whatever their case) once generated names are settled is refused.
    fn repeated_select_name(&self, columns: &[Column]) -> Option<String> {
        let mut seen = std::collections::BTreeSet::new();
        columns
            .iter()
            .find(|c| !seen.insert(c.name.to_lowercase()))
            .map(|c| format!("Duplicate column name '{}'", c.name))
    }

    /// A view's generated names (`mysql_create_view`): one that is empty,
    /// ends in a blank or is longer than 64 characters is `Name_exp_<position>`
    /// (`make_valid_column_names`); then a name equal (whatever its case) to
    /// an earlier one renames the generated one of the two, the later one
    /// first, to `My_exp_<name>` (`My_exp_<n>_<name>` while that is taken;
    /// `make_unique_view_field_name`).
    fn settle_select_names(
        &self,
        columns: &mut [Column],
        generated: &[bool],
        view: bool,
    ) -> Vec<String> {
        if !view {
            return Vec::new();
        }
        let mut generated = generated.to_vec();
        generated.resize(columns.len(), false);
        for (i, column) in columns.iter_mut().enumerate() {
            let name = &column.name;
            let invalid = name.is_empty()
                || name.ends_with(|c: char| c.is_ascii_whitespace())
                || name.chars().count() > 64;
            if generated[i] && invalid {
                column.name = format!("Name_exp_{}", i + 1);
            }
        }
        let same = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
        for i in 0..columns.len() {
            for j in 0..i {
                if !same(&columns[i].name, &columns[j].name) {
                    continue;
                }
                let target = if generated[i] {
                    i
                } else if generated[j] {
                    j
                } else {
                    // The server refuses the view (duplicate column name).
                    continue;
                };
                let original = columns[target].name.clone();
                let mut attempt = 0;
                let renamed = loop {
                    let candidate = if attempt == 0 {
                        format!("My_exp_{original}")
                    } else {
                        format!("My_exp_{attempt}_{original}")
                    };
                    let candidate: String = candidate.chars().take(64).collect();
                    let taken = columns[..=i]
                        .iter()
                        .enumerate()
                        .any(|(k, c)| k != target && same(&c.name, &candidate));
                    if !taken {
                        break candidate;
                    }
                    attempt += 1;
                };
                columns[target].name = renamed;
                generated[target] = false;
            }
        }
        Vec::new()
    }

    fn set_table_options(&self, table: &mut Table, properties: &[(String, String)]) -> ApplyResult {
        let get = |key: &str| {
            properties
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
        };
        if let Some(engine) = get("ENGINE") {
            table
                .options
                .retain(|(k, _)| !k.eq_ignore_ascii_case("engine"));
            table.set_option(String::from("engine"), engine.clone());
        }
        if let Some(comment) = get("COMMENT") {
            table.comment = (!comment.is_empty()).then(|| comment.clone());
        }
        let convert = get(crate::parse::fallback::CONVERT_CHARSET);
        let charset = get("CHARSET").or(convert);
        let collate = get("COLLATE").or(get(crate::parse::fallback::CONVERT_COLLATE));
        if charset.is_none() && collate.is_none() {
            return Ok(());
        }
        let (old_cs, old_co) = table_charset(table);
        let new_cs = charset
            .map(|c| normalise_charset(c))
            .unwrap_or_else(|| collation_charset(&normalise_collation(collate.map_or("", |c| c))));
        let new_co = collate
            .map(|c| normalise_collation(c))
            .unwrap_or_else(|| default_collation(&new_cs));
        for column in &mut table.columns {
            if !is_textual(&column.data_type.name) {
                continue;
            }
            let t = &mut column.data_type;
            if convert.is_some() {
                // Converted: the column takes the new default, and a TEXT grows
                // when the new character set needs more bytes per character.
                let from = t.charset().map_or_else(|| old_cs.clone(), str::to_string);
                if bytes_per_char(&new_cs) > bytes_per_char(&from) {
                    t.name = match t.name.as_str() {
                        "tinytext" => String::from("text"),
                        "text" => String::from("mediumtext"),
                        "mediumtext" => String::from("longtext"),
                        other => other.to_string(),
                    };
                }
                t.set_charset(None);
                t.set_collation(None);
            } else if t.charset().is_none() && t.collation().is_none() {
                // A new default leaves existing columns as they were.
                t.set_charset(Some(old_cs.clone()));
                t.set_collation(Some(old_co.clone()));
            }
        }
        table.options.retain(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !(k.contains("charset") || k.contains("character set") || k.contains("collate"))
        });
        table.set_option(String::from("default charset"), new_cs.clone());
        table.set_option(String::from("collate"), new_co.clone());
        // Columns equal to the new default no longer print their character set.
        let default = (new_cs, new_co);
        for column in &mut table.columns {
            Self::resolve_charset_against(&default, &mut column.data_type);
        }
        Ok(())
    }

    /// Columns, keys, indexes, CHECKs and table options; no foreign keys (and
    /// so no implicit indexes of their own).
    fn table_like(&self, source: &Table, name: QualifiedName) -> Option<Table> {
        let mut table = source.clone();
        table.name = name;
        table.foreign_keys.clear();
        for index in &mut table.indexes {
            index.implicit_for_foreign_key = false;
        }
        Some(table)
    }

    /// The branches' types aggregated as MariaDB aggregates them, NULL when
    /// a branch is. A view column no branch makes NULL shows the zero of its
    /// type as default; a table's column does when the last operation is
    /// DISTINCT (the temporary table that removes duplicates has it), in
    /// `SHOW CREATE TABLE`'s spelling (`0`, `''`, `'0000-00-00'`).
    fn set_operation_branches(
        &self,
        branches: Vec<Column>,
        table: bool,
        distinct: bool,
    ) -> Option<Column> {
        let types: Vec<&SqlType> = branches.iter().map(|c| &c.data_type).collect();
        let data_type = union_type::union_all(&types)?;
        let nullable = branches.iter().any(|c| c.nullable);
        let mut column = branches.into_iter().next()?;
        column.data_type = data_type;
        column.nullable = nullable;
        column.default = match (nullable, table) {
            (true, _) => None,
            (false, false) => union_type::zero(&column.data_type),
            (false, true) if distinct => zero_default(&column.data_type),
            (false, true) => None,
        };
        if table {
            column.set_on_update(None);
            column.set_comment(None);
        }
        Some(column)
    }

    /// DESCRIBE, which reflection reads for views, does not show character
    /// sets; a view's column is neither invisible nor compressed.
    fn view_column_shown(&self, mut column: Column) -> Column {
        column.data_type.set_charset(None);
        column.data_type.set_collation(None);
        column.compressed = false;
        column.invisible = false;
        column
    }

    /// A copied integer counts at its type's full width, without ZEROFILL;
    /// a string keeps its character set (its table's when it has none).
    fn set_operation_operand(&self, table: &Table, source: &Column, mut column: Column) -> Column {
        column.data_type = view_type::union_column(&column.data_type);
        let data_type = &mut column.data_type;
        if is_textual(&data_type.name) && data_type.charset().is_none() {
            let (charset, collation) = match source.data_type.charset() {
                Some(charset) => (
                    charset.to_string(),
                    source
                        .data_type
                        .collation()
                        .map_or_else(|| default_collation(charset), str::to_string),
                ),
                None => table_charset(table),
            };
            data_type.set_charset(Some(charset));
            data_type.set_collation(Some(collation));
        }
        column
    }

    fn query_columns_follow_definitions(&self) -> bool {
        true
    }

    /// A base table's column is copied with its type (its character set
    /// spelled out, to be resolved against the new table's), nullability,
    /// default, ON UPDATE and comment; AUTO_INCREMENT goes (leaving DEFAULT 0)
    /// and a generated column becomes a plain one. A view's, derived table's
    /// or CTE's column gives only its type and nullability.
    fn table_column_copying(&self, table: &Table, source: &Column) -> Option<Column> {
        let mut column = Column::new(source.name.clone(), source.data_type.clone());
        column.nullable = source.nullable;
        if is_textual(&column.data_type.name) && column.data_type.charset().is_none() {
            let (charset, collation) = table_charset(table);
            column.data_type.set_charset(Some(charset));
            column.data_type.set_collation(Some(collation));
        }
        if table.kind == TableKind::Table && source.generated().is_none() {
            column.default = match &source.default {
                None if source.autoincrement => Some(String::from("0")),
                other => other.clone(),
            };
            column.set_on_update(source.on_update().map(str::to_string));
            column.set_comment(source.comment().map(str::to_string));
        }
        Some(column)
    }

    /// The expression's type and nullability, without a default; a string
    /// not taken from a column is in the connection's character set.
    fn table_column_computed(&self, scope: &[&Table], expr: &Expr) -> Option<Column> {
        Some(match view_type::infer(scope, expr) {
            Some((t, not_null)) => {
                let mut column = Column::new("", t.sql_type());
                column.nullable = !not_null;
                let data_type = &mut column.data_type;
                if is_textual(&data_type.name) && data_type.charset().is_none() {
                    data_type.set_charset(Some(String::from(SERVER_CHARSET)));
                    data_type.set_collation(Some(default_collation(SERVER_CHARSET)));
                }
                column
            }
            None => Column::new("", SqlType::default()),
        })
    }

    fn runs_stored_procedures(&self) -> bool {
        true
    }

    fn alter_view_replaces_query(&self) -> bool {
        true
    }

    fn aggregate_function(&self, name: &str) -> bool {
        matches!(
            name,
            "count"
                | "sum"
                | "avg"
                | "min"
                | "max"
                | "group_concat"
                | "bit_and"
                | "bit_or"
                | "bit_xor"
                | "std"
                | "stddev"
                | "stddev_pop"
                | "stddev_samp"
                | "var_pop"
                | "var_samp"
                | "variance"
                | "json_arrayagg"
                | "json_objectagg"
        )
    }

    fn view_expression_nullable(&self, scope: &[&Table], expr: &Expr) -> bool {
        view_type::infer(scope, expr).is_none_or(|(_, not_null)| !not_null)
    }

    fn view_expression_default(&self, scope: &[&Table], expr: &Expr) -> Option<String> {
        match view_type::infer(scope, expr)? {
            (t, true) => t.zero(),
            (_, false) => None,
        }
    }
}

/// The default `SHOW CREATE TABLE` prints for a NOT NULL column of a type
/// that holds its zero value (none for TEXT and BLOB).
fn zero_default(t: &SqlType) -> Option<String> {
    let arg = |i: usize| t.args.get(i).and_then(|a| a.parse::<usize>().ok());
    let fraction = || match arg(0) {
        Some(digits) if digits > 0 => format!(".{}", "0".repeat(digits)),
        _ => String::new(),
    };
    Some(match t.name.as_str() {
        "char" | "varchar" | "varbinary" | "enum" | "set" => String::from("''"),
        "binary" => format!("'{}'", "\\0".repeat(arg(0).unwrap_or(1))),
        "date" => String::from("'0000-00-00'"),
        "datetime" | "timestamp" => format!("'0000-00-00 00:00:00{}'", fraction()),
        "time" => format!("'00:00:00{}'", fraction()),
        "year" => String::from("0000"),
        "bit" => String::from("b'0'"),
        _ => view_type::zero_of(t)?,
    })
}

/// A default as DESCRIBE shows it: a quoted string without its quotes.
fn describe_value(default: &str) -> String {
    match default
        .strip_prefix('\'')
        .and_then(|d| d.strip_suffix('\''))
    {
        Some(inner) => inner.replace("''", "'").replace("\\\\", "\\"),
        None => default.to_string(),
    }
}

/// Add a key (index) to the table: a named one keeps its name, an unnamed one is
/// named after its first column. `prefix_lengths`: the columns written with a
/// prefix length (`col(10)`).
/// The name registry's key for a foreign key name: InnoDB compares them
/// without case, and the NUL (never in a name) keeps them apart from the
/// index names the registry also holds.
/// The table's own name for a column written in another case (MariaDB
/// matches column names case-insensitively and reports them as defined).
fn name_as_defined(table: &Table, written: String) -> String {
    let key = written.to_lowercase();
    table
        .columns
        .iter()
        .find(|c| c.name.to_lowercase() == key)
        .map_or(written, |c| c.name.clone())
}

pub(crate) fn foreign_key_name_key(name: &str) -> String {
    format!("\0foreign key {}", name.to_lowercase())
}

/// MariaDB's `MAX_KEY`: a table holds at most 64 keys, its primary key and
/// the indexes foreign keys add included.
const MAX_KEYS: usize = 64;

/// Whether one more key fits, as the server checks before adding it.
fn check_key_count(table: &Table) -> ApplyResult {
    if table.indexes.len() + usize::from(table.primary_key.is_some()) >= MAX_KEYS {
        return Err(format!("Too many keys specified; max {MAX_KEYS} keys allowed").into());
    }
    Ok(())
}

fn add_key(
    table: &mut Table,
    name: Option<String>,
    elements: Vec<IndexElement>,
    prefix_lengths: &[(String, u64)],
    unique: bool,
    prefix: Option<String>,
) -> ApplyResult {
    let columns: Vec<String> = elements
        .iter()
        .filter_map(|e| match e {
            IndexElement::Column(c) => Some(c.clone()),
            IndexElement::Expression(_) => None,
        })
        .collect();
    let lengths = key_lengths(table, &columns, prefix_lengths, unique)?;
    check_key_count(table)?;
    let name = match name {
        Some(name) => {
            if table
                .indexes
                .iter()
                .any(|i| i.name.eq_ignore_ascii_case(&name))
            {
                return Err(format!("Duplicate key name '{name}'").into());
            }
            name
        }
        None => {
            let base = match elements.first() {
                Some(IndexElement::Column(c)) => c.clone(),
                _ => String::from("expr"),
            };
            free_index_name(table, &base)
        }
    };
    let mut dialect_options = indexmap::IndexMap::new();
    // FULLTEXT and SPATIAL keys take whole columns.
    if !lengths.is_empty() && prefix.is_none() {
        let listed: Vec<String> = lengths.iter().map(|(c, n)| format!("{c}={n}")).collect();
        dialect_options.insert(String::from("length"), listed.join(","));
    }
    super::push_compact(
        &mut table.indexes,
        Index {
            name,
            elements,
            unique,
            predicate: None,
            prefix,
            dialect_options,
            ..Default::default()
        },
    );
    drop_superseded_implicit_indexes(table);
    Ok(())
}

/// The prefix lengths `SHOW CREATE TABLE` prints for a key's columns (see
/// [`key_part_length`]), checking that each column exists and takes its length.
fn key_lengths(
    table: &Table,
    columns: &[String],
    written: &[(String, u64)],
    unique: bool,
) -> ApplyResult<Vec<(String, u64)>> {
    let mut lengths = Vec::new();
    let mut prefixes = written.iter();
    for name in columns {
        let column = table
            .column(name)
            .ok_or_else(|| format!("Key column '{name}' doesn't exist in table"))?;
        // The written lengths come in key order, one per prefixed part.
        let requested = prefixes
            .clone()
            .next()
            .filter(|(c, _)| c.eq_ignore_ascii_case(name))
            .map(|(_, n)| *n);
        if requested.is_some() {
            prefixes.next();
        }
        if let Some(length) = key_part_length(table, column, requested, unique)? {
            lengths.push((column.name.clone(), length));
        }
    }
    Ok(lengths)
}

/// The most bytes a key part may take in the table's engine (InnoDB's with
/// its default DYNAMIC row format).
fn max_key_part_bytes(table: &Table) -> u64 {
    let engine = table
        .options
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("engine"))
        .map(|(_, v)| v.to_ascii_lowercase());
    match engine.as_deref() {
        Some("myisam" | "mrg_myisam" | "merge") => 1000,
        Some("aria") => 2300,
        _ => 3072,
    }
}

/// The prefix length, in characters, that `SHOW CREATE TABLE` prints for a key
/// part on `column` (`requested`: the length written, if any). A TEXT/BLOB
/// part always shows one (its whole type's length when none is written); a
/// string part shows one when it is shorter than the column. A part longer
/// than the engine takes is cut to what fits in a plain key (a note, not an
/// error); a UNIQUE key keeps it whole, as a hash (`USING HASH`, which
/// reflection does not show).
fn key_part_length(
    table: &Table,
    column: &Column,
    requested: Option<u64>,
    unique: bool,
) -> ApplyResult<Option<u64>> {
    let t = &column.data_type;
    let arg = || t.args.first().and_then(|a| a.parse::<u64>().ok());
    let (full, lob) = match t.name.as_str() {
        "char" | "varchar" | "binary" | "varbinary" => (arg(), false),
        "tinytext" | "tinyblob" => (Some(255), true),
        "text" | "blob" => (Some(65_535), true),
        "mediumtext" | "mediumblob" => (Some(16_777_215), true),
        "longtext" | "longblob" => (Some(4_294_967_295), true),
        _ => (None, false),
    };
    let incorrect = "Incorrect prefix key; the used key part isn't a string, the used length \
                     is longer than the key part, or the storage engine doesn't support unique \
                     prefix keys";
    let Some(full) = full else {
        return match requested {
            Some(_) => Err(incorrect.into()),
            None => Ok(None),
        };
    };
    if requested.is_some_and(|r| r == 0 || r > full) {
        return Err(incorrect.into());
    }
    let bytes_per = if is_textual(&t.name) {
        let charset = t
            .charset()
            .map_or_else(|| table_charset(table).0, str::to_string);
        u64::from(bytes_per_char(&charset))
    } else {
        1
    };
    let mut chars = requested.unwrap_or(full);
    let limit = max_key_part_bytes(table);
    if chars.saturating_mul(bytes_per) > limit {
        if unique {
            return Ok(requested.filter(|r| lob || *r < full));
        }
        chars = limit / bytes_per;
    }
    Ok((lob || chars < full).then_some(chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(sql_type: &str) -> SqlType {
        canonical_type(&DeclaredType::parse(sql_type)).expect("a known type")
    }

    /// Found by the fuzz target: `NCHAR(key)` became `CHAR(key, ...)`, a
    /// NameError at import. MariaDB's grammar takes numbers there.
    #[test]
    fn type_arguments_other_than_enum_and_set_values_are_numbers() {
        use crate::catalog::apply::build_catalog;
        use crate::parse::parse_script;
        for sql in [
            "CREATE TABLE n (id int, b NCHAR(key));",
            "CREATE TABLE n (id int, b NCHAR(x));",
        ] {
            let (statements, _) = parse_script(0, sql, Dialect::MySql);
            let (catalog, warnings) = build_catalog(Dialect::MySql, &statements, &[sql]);
            assert!(catalog.tables.is_empty(), "{sql}: {catalog:?}");
            assert!(
                warnings[0]
                    .message
                    .contains("You have an error in your SQL syntax"),
                "{sql}: {warnings:?}"
            );
        }
        assert_eq!(canonical("DECIMAL(10,2)").args, ["10", "2"]);
        assert_eq!(canonical("ENUM('a','b')").values(), ["a", "b"]);
    }

    #[test]
    fn foreign_key_names_are_unique_in_the_database_through_renames_and_drops() {
        use crate::catalog::apply::build_catalog;
        use crate::catalog::QualifiedName;
        use crate::parse::parse_script;
        // As the server answered: c is refused (b, renamed from a, holds the
        // name in another case), d is created once b dropped it.
        let sql = "CREATE TABLE p (id int PRIMARY KEY);\n\
            CREATE TABLE a (id int PRIMARY KEY, p int, CONSTRAINT Fk_X FOREIGN KEY (p) REFERENCES p (id));\n\
            RENAME TABLE a TO b;\n\
            CREATE TABLE c (id int PRIMARY KEY, p int, CONSTRAINT fk_x FOREIGN KEY (p) REFERENCES p (id));\n\
            ALTER TABLE b DROP FOREIGN KEY Fk_X;\n\
            CREATE TABLE d (id int PRIMARY KEY, p int, CONSTRAINT fk_x FOREIGN KEY (p) REFERENCES p (id));\n";
        let (statements, _) = parse_script(0, sql, Dialect::MySql);
        let (catalog, warnings) = build_catalog(Dialect::MySql, &statements, &[sql]);
        let has = |name: &str| catalog.tables.contains_key(&QualifiedName::new(None, name));
        assert!(has("b") && !has("c") && has("d"));
        assert_eq!(warnings.len(), 1);
        assert!(format!("{:?}", warnings[0]).contains("errno: 121"));
    }

    #[test]
    fn a_table_holds_at_most_64_keys_as_mariadb_allows() {
        use crate::catalog::apply::build_catalog;
        use crate::catalog::QualifiedName;
        use crate::parse::parse_script;
        let mut sql = String::from("CREATE TABLE t (id int PRIMARY KEY, a int);\n");
        for i in 0..70 {
            sql.push_str(&format!("CREATE INDEX ix_{i} ON t (a);\n"));
        }
        sql.push_str("CREATE TABLE u (id int PRIMARY KEY, a int");
        for i in 0..64 {
            sql.push_str(&format!(", KEY k{i} (a)"));
        }
        sql.push_str(");\n");
        let (statements, _) = parse_script(0, &sql, Dialect::MySql);
        let (catalog, warnings) = build_catalog(Dialect::MySql, &statements, &[&sql]);
        let t = &catalog.tables[&QualifiedName::new(None, "t")];
        assert_eq!(t.indexes.len(), 63, "the primary key is the 64th");
        assert!(!catalog.tables.contains_key(&QualifiedName::new(None, "u")));
        assert_eq!(warnings.len(), 70 - 63 + 1);
        assert!(format!("{:?}", warnings[0]).contains("Too many keys specified; max 64 keys"));
    }

    #[test]
    fn float_and_double_values_print_as_the_server_prints_them() {
        assert_eq!(general_number(0.5, None), "0.5");
        assert_eq!(general_number(1e14, None), "100000000000000");
        assert_eq!(general_number(1e15, None), "1e15");
        assert_eq!(general_number(-1e16, None), "-1e16");
        assert_eq!(
            general_number(1234567890123456.7, None),
            "1234567890123456.8"
        );
        assert_eq!(general_number(1e-15, None), "0.000000000000001");
        assert_eq!(general_number(2.5e-16, None), "2.5e-16");
        assert_eq!(
            general_number(f64::from(123456789f32), Some(6)),
            "123457000"
        );
        assert_eq!(general_number(f64::from(1.1f32), Some(6)), "1.1");
        let scaled = |value: &str, name: &str| {
            number_for_type(
                value,
                &SqlType::with_args(name, vec!["8".into(), "2".into()]),
            )
        };
        assert_eq!(scaled("0", "double"), "0.00");
        assert_eq!(scaled("0.125", "double"), "0.12");
        assert_eq!(scaled("-0", "float"), "0.00");
    }

    #[test]
    fn integer_types_get_their_display_widths() {
        assert_eq!(canonical("INT").args, vec!["11"]);
        assert_eq!(canonical("INT UNSIGNED").args, vec!["10"]);
        assert_eq!(canonical("BIGINT").args, vec!["20"]);
        assert_eq!(canonical("TINYINT").args, vec!["4"]);
        let zerofill = canonical("INT ZEROFILL");
        assert!(zerofill.unsigned && zerofill.zerofill);
        assert_eq!(zerofill.args, vec!["10"]);
        let boolean = canonical("BOOLEAN");
        assert_eq!(
            (boolean.name.as_str(), boolean.args),
            ("tinyint", vec![String::from("1")])
        );
    }

    #[test]
    fn aliases_resolve_to_the_stored_type() {
        assert_eq!(canonical("FLOAT(30)").name, "double");
        assert_eq!(canonical("REAL").name, "double");
        assert_eq!(canonical("NUMERIC").args, vec!["10", "0"]);
        assert_eq!(canonical("TEXT(100)").name, "text");
        assert_eq!(canonical("TEXT(50)").name, "tinytext");
        assert_eq!(canonical("BLOB(70000)").name, "mediumblob");
        assert_eq!(canonical("YEAR").args, vec!["4"]);
        let json = canonical("JSON");
        assert_eq!(
            (json.name.as_str(), json.collation()),
            ("longtext", Some("utf8mb4_bin"))
        );
        assert_eq!(canonical("ENUM('a', 'b''c')").values(), vec!["a", "b'c"]);
    }

    #[test]
    fn defaults_print_as_the_server_stores_them() {
        let parse = |sql: &str| {
            crate::parse::sql_parser(&sqlparser::dialect::MySqlDialect {})
                .try_with_sql(sql)
                .and_then(|mut p| p.parse_expr())
                .expect("parses")
        };
        let decimal = canonical("DECIMAL(10,2)");
        assert_eq!(
            default_text(&parse("'1'"), &decimal).as_deref(),
            Some("1.00")
        );
        let int = canonical("INT");
        assert_eq!(default_text(&parse("'7'"), &int).as_deref(), Some("7"));
        assert_eq!(default_text(&parse("TRUE"), &int).as_deref(), Some("1"));
        assert_eq!(
            default_text(&parse("(1+2)"), &int).as_deref(),
            Some("(1 + 2)")
        );
        let double = canonical("DOUBLE");
        assert_eq!(
            default_text(&parse("1e3"), &double).as_deref(),
            Some("1000")
        );
        let varchar = canonical("VARCHAR(10)");
        assert_eq!(
            default_text(&parse("'x''y'"), &varchar).as_deref(),
            Some("'x''y'")
        );
        assert_eq!(
            default_text(&parse("concat('a', 'b')"), &varchar).as_deref(),
            Some("concat('a','b')")
        );
        assert_eq!(default_text(&parse("NULL"), &varchar), None);
        let datetime = canonical("DATETIME");
        assert_eq!(
            default_text(&parse("now()"), &datetime).as_deref(),
            Some("current_timestamp()")
        );
        assert_eq!(
            default_text(&parse("'2020-01-01'"), &datetime).as_deref(),
            Some("'2020-01-01 00:00:00'")
        );
    }
}
