//! The type and nullability MariaDB gives a view column computed by an
//! expression: integer arithmetic widens the display width (`int(11) + 1` is
//! `bigint(12)`), decimal arithmetic follows the SQL precision rules, aggregates
//! have their own types (`count(*)` is `bigint(21)` NOT NULL, `sum(int)` is
//! `decimal(32,0)`), string functions have their own lengths (SUBSTRING counts
//! bytes as characters, a string over 512 characters becomes TEXT), CASE/IF/
//! COALESCE aggregate their values like UNION. Expressions it cannot type are
//! left untyped.

use sqlparser::ast::{
    BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, UnaryOperator, Value,
};

use crate::catalog::{SqlType, Table};

/// A numeric result type as MariaDB tracks it.
#[derive(Debug, Clone)]
pub enum ViewType {
    /// Display width, which includes a sign character when `signed_width`;
    /// `base`: the column type it copies (`None`: computed, int or bigint by width).
    Int {
        width: u32,
        unsigned: bool,
        signed_width: bool,
        base: Option<String>,
    },
    Decimal {
        precision: u32,
        scale: u32,
    },
    Double,
    Other(SqlType),
}

impl ViewType {
    fn from_sql(t: &SqlType) -> ViewType {
        let arg = |i: usize| t.args.get(i).and_then(|a| a.parse::<u32>().ok());
        match t.name.as_str() {
            "tinyint" | "smallint" | "mediumint" | "int" | "bigint" => ViewType::Int {
                width: arg(0).unwrap_or(11),
                unsigned: t.unsigned,
                signed_width: !t.unsigned,
                base: Some(t.name.clone()),
            },
            "decimal" => ViewType::Decimal {
                precision: arg(0).unwrap_or(10),
                scale: arg(1).unwrap_or(0),
            },
            "float" | "double" => ViewType::Double,
            _ => ViewType::Other(t.clone()),
        }
    }

    /// As a decimal: integer digits without the sign.
    fn as_decimal(&self) -> Option<(u32, u32)> {
        match self {
            ViewType::Int {
                width,
                signed_width,
                ..
            } => Some((width.saturating_sub(u32::from(*signed_width)), 0)),
            ViewType::Decimal { precision, scale } => Some((*precision, *scale)),
            _ => None,
        }
    }

    pub fn sql_type(&self) -> SqlType {
        match self {
            ViewType::Int {
                width,
                unsigned,
                base,
                ..
            } => SqlType {
                // A computed integer is an INT up to 9 digits wide, else a BIGINT.
                name: base
                    .clone()
                    .unwrap_or_else(|| String::from(if *width <= 9 { "int" } else { "bigint" })),
                args: vec![width.to_string()],
                unsigned: *unsigned,
                ..SqlType::default()
            },
            ViewType::Decimal { precision, scale } => SqlType::with_args(
                "decimal",
                vec![precision.min(&65).to_string(), scale.to_string()],
            ),
            ViewType::Double => SqlType::named("double"),
            ViewType::Other(t) => t.clone(),
        }
    }

    /// DESCRIBE's default for a NOT NULL column of this type.
    pub fn zero(&self) -> Option<String> {
        match self {
            ViewType::Int { .. } | ViewType::Double => Some(String::from("0")),
            ViewType::Decimal { scale: 0, .. } => Some(String::from("0")),
            ViewType::Decimal { scale, .. } => Some(format!("0.{}", "0".repeat(*scale as usize))),
            ViewType::Other(_) => None,
        }
    }
}

/// A column's type as its declaration says (what a view column copying it,
/// or MIN/MAX of it, reports).
fn declared_column_type(scope: &[&Table], expr: &Expr) -> Option<(ViewType, bool)> {
    let name = match expr {
        Expr::Nested(inner) => return declared_column_type(scope, inner),
        Expr::Identifier(ident) => &ident.value,
        Expr::CompoundIdentifier(parts) => &parts.last()?.value,
        _ => return None,
    };
    scope.iter().find_map(|t| {
        let c = t.column(name)?;
        let mut data_type = c.data_type.clone();
        if data_type.charset().is_none() && super::is_textual(&data_type.name) {
            data_type.set_charset(Some(super::table_charset(t).0));
        }
        Some((ViewType::from_sql(&data_type), !c.nullable))
    })
}

/// A column's type inside an expression: the table's character set filled in
/// for a string column (byte lengths depend on it; the view column does not
/// show it), and an integer as wide as its type can print, whatever display
/// width it was declared with (`tinyint(1)` counts as 4 characters).
fn column_type(scope: &[&Table], name: &str) -> Option<(ViewType, bool)> {
    let ident = Expr::Identifier(sqlparser::ast::Ident::new(name));
    let (t, not_null) = declared_column_type(scope, &ident)?;
    let t = match t {
        ViewType::Int {
            unsigned,
            signed_width,
            base: Some(base),
            ..
        } => {
            let width = super::display_width(&base, unsigned);
            ViewType::Int {
                width,
                unsigned,
                signed_width,
                base: Some(base),
            }
        }
        other => other,
    };
    Some((t, not_null))
}

fn function_args(expr: &Expr) -> Option<(String, Vec<&Expr>, bool)> {
    let Expr::Function(function) = expr else {
        return None;
    };
    let name = function.name.to_string().to_ascii_lowercase();
    let FunctionArguments::List(list) = &function.args else {
        return Some((name, Vec::new(), false));
    };
    let mut wildcard = false;
    let args = list
        .args
        .iter()
        .filter_map(|a| match a {
            FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
            FunctionArg::Unnamed(FunctionArgExpr::Wildcard) => {
                wildcard = true;
                None
            }
            _ => None,
        })
        .collect();
    Some((name, args, wildcard))
}

/// The type of `expr` and whether it is NOT NULL.
pub fn infer(scope: &[&Table], expr: &Expr) -> Option<(ViewType, bool)> {
    match expr {
        Expr::Nested(inner) => infer(scope, inner),
        Expr::Identifier(ident) => column_type(scope, &ident.value),
        Expr::CompoundIdentifier(parts) => column_type(scope, &parts.last()?.value),
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => Some((number_type(n)?, true)),
            // An empty string is typed char(0).
            Value::SingleQuotedString(s)
            | Value::DoubleQuotedString(s)
            | Value::NationalStringLiteral(s)
                if s.is_empty() =>
            {
                Some((
                    ViewType::Other(SqlType::with_args("char", vec![String::from("0")])),
                    true,
                ))
            }
            Value::SingleQuotedString(s)
            | Value::DoubleQuotedString(s)
            | Value::NationalStringLiteral(s) => Some((
                ViewType::Other(SqlType::with_args(
                    "varchar",
                    vec![s.chars().count().to_string()],
                )),
                true,
            )),
            // TRUE and FALSE are the integers 1 and 0.
            Value::Boolean(_) => Some((
                ViewType::Int {
                    width: 1,
                    unsigned: false,
                    signed_width: false,
                    base: None,
                },
                true,
            )),
            // `x'4142'` and `b'101'` are byte strings of as many bytes as
            // their digits make.
            Value::HexStringLiteral(h) => Some((
                ViewType::Other(SqlType::with_args(
                    "varbinary",
                    vec![h.len().div_ceil(2).to_string()],
                )),
                true,
            )),
            Value::SingleQuotedByteStringLiteral(b) if b.chars().all(|c| c == '0' || c == '1') => {
                Some((
                    ViewType::Other(SqlType::with_args(
                        "varbinary",
                        vec![b.len().div_ceil(8).max(1).to_string()],
                    )),
                    true,
                ))
            }
            // A bare NULL is typed binary(0).
            Value::Null => Some((
                ViewType::Other(SqlType::with_args("binary", vec![String::from("0")])),
                false,
            )),
            _ => None,
        },
        // A string with a character set introducer (`_utf8' '`) is typed as the
        // string; `_binary'...'` is a byte string of its length.
        Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => match value.as_ref() {
            Expr::Value(v) => match &v.value {
                Value::SingleQuotedString(s) | Value::DoubleQuotedString(s)
                    if prefix.value.eq_ignore_ascii_case("_binary") =>
                {
                    Some((
                        ViewType::Other(SqlType::with_args("varbinary", vec![s.len().to_string()])),
                        true,
                    ))
                }
                Value::SingleQuotedString(_) | Value::DoubleQuotedString(_) => infer(scope, value),
                _ => None,
            },
            _ => None,
        },
        // The branches' types aggregated; NULL is possible without an ELSE,
        // and whenever a branch, a condition or the operand can be NULL.
        Expr::Case {
            operand,
            conditions,
            else_result,
            ..
        } => {
            let branches: Vec<&Expr> = conditions
                .iter()
                .map(|c| &c.result)
                .chain(else_result.as_deref())
                .collect();
            let (t, mut not_null) = aggregate(scope, &branches)?;
            for test in conditions
                .iter()
                .map(|c| &c.condition)
                .chain(operand.as_deref())
            {
                not_null &= infer(scope, test).is_some_and(|(_, n)| n);
            }
            Some((t, not_null && else_result.is_some()))
        }
        Expr::Cast {
            expr: inner,
            data_type,
            ..
        } => cast(scope, inner, data_type, None),
        Expr::Convert {
            expr: inner,
            data_type: Some(data_type),
            charset,
            ..
        } => cast(
            scope,
            inner,
            data_type,
            charset.as_ref().map(|c| c.to_string().to_ascii_lowercase()),
        ),
        Expr::Substring {
            expr: inner,
            substring_from,
            substring_for,
            ..
        } => substring(
            scope,
            inner,
            substring_from.as_deref(),
            substring_for.as_deref(),
        ),
        // TRIM keeps the length of what it trims.
        Expr::Trim { expr: inner, .. } => {
            let (t, _) = infer(scope, inner)?;
            Some((string_type(string_length(&t)?), false))
        }
        Expr::Ceil { expr: inner, .. } | Expr::Floor { expr: inner, .. } => {
            let (t, not_null) = infer(scope, inner)?;
            Some((floor_type(t)?, not_null))
        }
        // Tests give 0 or 1; IS [NOT] NULL is never NULL.
        Expr::IsNull(_) | Expr::IsNotNull(_) => Some((int(1, "int"), true)),
        // [NOT] EXISTS (query) is never NULL; x [NOT] IN (query) may be.
        Expr::Exists { .. } => Some((int(1, "int"), true)),
        Expr::In {
            target: sqlparser::ast::InTarget::Subquery(_),
            ..
        } => Some((int(1, "int"), false)),
        Expr::Like {
            expr: inner,
            pattern: other,
            ..
        }
        | Expr::Between {
            expr: inner,
            low: other,
            ..
        } => {
            let (_, l) = infer(scope, inner)?;
            let (_, r) = infer(scope, other)?;
            Some((int(1, "int"), l && r))
        }
        Expr::In {
            expr: inner,
            target: sqlparser::ast::InTarget::List(list),
            ..
        } => {
            let mut not_null = infer(scope, inner)?.1;
            for item in list {
                not_null &= infer(scope, item)?.1;
            }
            Some((int(1, "int"), not_null))
        }
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr: inner,
        } => match infer(scope, inner)? {
            // Negation makes room for a sign, whatever the operand had.
            (ViewType::Int { width, .. }, not_null) => Some((
                ViewType::Int {
                    width: width + 1,
                    unsigned: false,
                    signed_width: true,
                    base: None,
                },
                not_null,
            )),
            other => Some(other),
        },
        // Logic and comparisons give 0/1 (NULL when an operand is NULL).
        Expr::BinaryOp {
            left,
            op:
                BinaryOperator::And
                | BinaryOperator::Or
                | BinaryOperator::Xor
                | BinaryOperator::Eq
                | BinaryOperator::NotEq
                | BinaryOperator::Lt
                | BinaryOperator::LtEq
                | BinaryOperator::Gt
                | BinaryOperator::GtEq,
            right,
        } => {
            let (_, l) = infer(scope, left)?;
            let (_, r) = infer(scope, right)?;
            // `x OR TRUE` is never NULL, but MariaDB does not look that far.
            Some((int(1, "int"), l && r))
        }
        Expr::UnaryOp {
            op: UnaryOperator::Not,
            expr: inner,
        } => infer(scope, inner).map(|(_, n)| (int(1, "int"), n)),
        // `d + INTERVAL 1 DAY`, `INTERVAL 1 DAY + d`, `d - INTERVAL 1 DAY`.
        Expr::BinaryOp {
            left,
            op: op @ (BinaryOperator::Plus | BinaryOperator::Minus),
            right,
        } if matches!(right.as_ref(), Expr::Interval(_))
            || (*op == BinaryOperator::Plus && matches!(left.as_ref(), Expr::Interval(_))) =>
        {
            let (date, interval) = match left.as_ref() {
                Expr::Interval(_) => (right, left),
                _ => (left, right),
            };
            let (t, _) = infer(scope, date)?;
            Some((date_arithmetic(&t, interval)?, false))
        }
        Expr::BinaryOp { left, op, right } => {
            let (l, l_not_null) = infer(scope, left)?;
            let (r, r_not_null) = infer(scope, right)?;
            let not_null = l_not_null && r_not_null;
            let result = arithmetic(&l, op, &r)?;
            let not_null =
                not_null && !matches!(op, BinaryOperator::Divide | BinaryOperator::Modulo);
            Some((result, not_null))
        }
        Expr::Function(_) => {
            let (name, args, wildcard) = function_args(expr)?;
            aggregate_or_function(scope, &name, &args, wildcard)
        }
        _ => None,
    }
}

fn int(width: u32, base: &str) -> ViewType {
    ViewType::Int {
        width,
        unsigned: false,
        signed_width: true,
        base: Some(base.to_string()),
    }
}

/// Bytes per character of the default character set (utf8mb4).
const MAX_BYTES_PER_CHAR: u64 = 4;

/// The length in characters of a string-valued type, as MariaDB tracks it.
fn string_length(t: &ViewType) -> Option<u64> {
    let ViewType::Other(t) = t else {
        // A number in a string context: its display width (a decimal's has a
        // sign and, with a scale, a point).
        return match t {
            ViewType::Int { width, .. } => Some(u64::from(*width)),
            ViewType::Decimal { precision, scale } => {
                Some(u64::from(*precision) + 1 + u64::from(*scale > 0))
            }
            _ => None,
        };
    };
    let arg = t.args.first().and_then(|a| a.parse::<u64>().ok());
    // Dates and times as text, with a point and the fractional digits.
    let fraction = arg.filter(|f| *f > 0).map_or(0, |f| f + 1);
    Some(match t.name.as_str() {
        "varchar" | "char" | "varbinary" | "binary" => arg?,
        "date" => 10,
        "datetime" | "timestamp" => 19 + fraction,
        "time" => 10 + fraction,
        "year" => 4,
        "tinyblob" => 255,
        "blob" => 65_535,
        "mediumblob" => 16_777_215,
        "longblob" => 4_294_967_295,
        // A TEXT column counts its size in bytes as characters.
        "tinytext" => 255,
        "text" => 65_535,
        "mediumtext" => 16_777_215,
        "longtext" => 4_294_967_295,
        _ => return None,
    })
}

/// The length in bytes MariaDB gives a string-valued type (its characters
/// times the most bytes one takes in its character set), which some functions
/// then take as a number of characters.
fn byte_length(t: &ViewType) -> Option<u64> {
    let chars = string_length(t)?;
    let per_char = match t {
        ViewType::Other(s) if super::is_textual(&s.name) => s
            .charset()
            .map_or(MAX_BYTES_PER_CHAR, |c| u64::from(super::bytes_per_char(c))),
        ViewType::Other(_) => 1,
        _ => MAX_BYTES_PER_CHAR,
    };
    Some(chars.saturating_mul(per_char))
}

/// MariaDB's coercibility of a string argument (lower wins the collation,
/// and so the character set or binary-ness, of a result): a column 2, a
/// literal 4, a number 5; a CONCAT takes its strongest argument's.
fn coercibility(expr: &Expr) -> u8 {
    match expr {
        Expr::Nested(inner) => coercibility(inner),
        Expr::Value(v) => match v.value {
            Value::Number(..) => 5,
            _ => 4,
        },
        Expr::Prefixed { .. } => 4,
        Expr::Function(_) => match function_args(expr) {
            Some((name, args, _)) if name == "concat" => {
                args.iter().map(|a| coercibility(a)).min().unwrap_or(2)
            }
            _ => 2,
        },
        _ => 2,
    }
}

fn is_binary(t: &ViewType) -> bool {
    matches!(t, ViewType::Other(s) if matches!(
        s.name.as_str(),
        "binary" | "varbinary" | "tinyblob" | "blob" | "mediumblob" | "longblob"
    ))
}

/// A computed byte string: VARBINARY while it fits, else the smallest BLOB.
fn bytes_type(bytes: u64) -> ViewType {
    ViewType::Other(if bytes <= 65_535 {
        SqlType::with_args("varbinary", vec![bytes.to_string()])
    } else if bytes <= 16_777_215 {
        SqlType::named("mediumblob")
    } else {
        SqlType::named("longblob")
    })
}

/// A computed string of `chars` characters: VARCHAR up to 512 characters
/// (MariaDB's CONVERT_IF_BIGGER_TO_BLOB), else the smallest TEXT type that
/// holds their bytes.
fn string_type(chars: u64) -> ViewType {
    let bytes = chars.saturating_mul(MAX_BYTES_PER_CHAR);
    ViewType::Other(if chars <= 512 {
        SqlType::with_args("varchar", vec![chars.to_string()])
    } else if bytes <= 65_535 {
        SqlType::named("text")
    } else if bytes <= 16_777_215 {
        SqlType::named("mediumtext")
    } else {
        SqlType::named("longtext")
    })
}

/// The type of CASE/IF/COALESCE/GREATEST: the values' types aggregated as a
/// UNION aggregates them; NOT NULL when every value is.
fn aggregate(scope: &[&Table], values: &[&Expr]) -> Option<(ViewType, bool)> {
    let mut result: Option<SqlType> = None;
    let mut not_null = true;
    for value in values {
        let (t, n) = infer(scope, value)?;
        let t = t.sql_type();
        result = Some(match result {
            None => t,
            Some(so_far) => union(&so_far, &t)?,
        });
        not_null &= n;
    }
    Some((ViewType::from_sql(&result?), not_null))
}

/// A constant whole number argument, if it is one.
fn constant(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::Nested(inner) => constant(inner),
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr: inner,
        } => constant(inner).map(|n| -n),
        _ => None,
    }
}

/// A constant string argument, if it is one.
fn constant_text(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::Nested(inner) => constant_text(inner),
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => Some(s),
            _ => None,
        },
        Expr::Prefixed { value, .. } => constant_text(value),
        _ => None,
    }
}

/// SUBSTRING(s, pos[, len]): MariaDB starts from the string's length in bytes
/// (taken as characters), less what a constant start skips, at most a
/// constant length.
fn substring(
    scope: &[&Table],
    string: &Expr,
    from: Option<&Expr>,
    length: Option<&Expr>,
) -> Option<(ViewType, bool)> {
    let (t, _) = infer(scope, string)?;
    let mut chars = byte_length(&t)?;
    if let Some(start) = from.and_then(constant) {
        chars = if start < 0 {
            chars.min(start.unsigned_abs())
        } else {
            chars - chars.min((start - 1).max(0) as u64)
        };
        if start < 0 && start.unsigned_abs() > byte_length(&t)? {
            chars = 0;
        }
    }
    if let Some(length) = length.and_then(constant) {
        chars = chars.min(length.max(0) as u64);
    }
    Some((string_type(chars), false))
}

/// CAST(x AS type) / CONVERT(x, type).
fn cast(
    scope: &[&Table],
    inner: &Expr,
    data_type: &sqlparser::ast::DataType,
    charset: Option<String>,
) -> Option<(ViewType, bool)> {
    let (t, not_null) = infer(scope, inner)?;
    let declared = crate::catalog::declared::DeclaredType::from_ast(data_type);
    let arg = |i: usize| declared.args.get(i).and_then(|a| a.parse::<u32>().ok());
    let written = data_type.to_string().to_ascii_uppercase();
    let base = if written.starts_with("SIGNED") || written.starts_with("UNSIGNED") {
        "SIGNED"
    } else {
        &*declared.base
    };
    match base {
        // UNSIGNED keeps an unsigned integer's width (an INT unless it was a
        // BIGINT) and makes anything else a BIGINT(20); SIGNED makes a BIGINT as wide as the argument's text
        // (at most 20).
        "SIGNED" if written.starts_with("UNSIGNED") => match t {
            ViewType::Int {
                width,
                unsigned: true,
                ref base,
                ..
            } => {
                let big = base.as_deref() == Some("bigint") || (base.is_none() && width > 9);
                Some((
                    ViewType::Int {
                        width,
                        unsigned: true,
                        signed_width: false,
                        base: Some(String::from(if big { "bigint" } else { "int" })),
                    },
                    not_null,
                ))
            }
            _ => Some((
                ViewType::Int {
                    width: 20,
                    unsigned: true,
                    signed_width: false,
                    base: Some(String::from("bigint")),
                },
                not_null,
            )),
        },
        "SIGNED" => {
            let width = string_length(&t).map_or(20, |w| w.min(20) as u32);
            Some((
                ViewType::Int {
                    width,
                    unsigned: false,
                    signed_width: true,
                    base: None,
                },
                not_null,
            ))
        }
        "DECIMAL" | "DEC" | "NUMERIC" | "FIXED" => Some((
            ViewType::Decimal {
                precision: arg(0).unwrap_or(10),
                scale: arg(1).unwrap_or(0),
            },
            not_null,
        )),
        // Bytes: as many as the argument's text takes at most.
        "BINARY" | "VARBINARY" => binary_cast(&t, arg(0)),
        "CHAR" | "CHARACTER" | "VARCHAR" if charset.as_deref() == Some("binary") => {
            binary_cast(&t, arg(0))
        }
        "CHAR" | "CHARACTER" | "NCHAR" | "VARCHAR" => {
            let chars = match arg(0) {
                Some(n) => u64::from(n),
                None => string_length(&t)?,
            };
            Some((string_type(chars), false))
        }
        "DATE" | "DATETIME" | "TIME" => {
            let mut sql = SqlType::named(declared.base.to_ascii_lowercase());
            if let Some(fsp) = arg(0).filter(|f| *f > 0) {
                sql.args = vec![fsp.to_string()];
            }
            Some((ViewType::Other(sql), false))
        }
        _ => None,
    }
}

/// `CAST(x AS BINARY[(n)])`, `CAST(x AS CHAR CHARACTER SET binary)`: a
/// VARBINARY of `n` bytes, or of the most bytes `x`'s text takes.
fn binary_cast(t: &ViewType, bytes: Option<u32>) -> Option<(ViewType, bool)> {
    let bytes = match bytes {
        Some(n) => u64::from(n),
        None => byte_length(t)?,
    };
    let sql = if bytes <= 65_535 {
        SqlType::with_args("varbinary", vec![bytes.to_string()])
    } else if bytes <= 16_777_215 {
        SqlType::named("mediumblob")
    } else {
        SqlType::named("longblob")
    };
    Some((ViewType::Other(sql), false))
}

/// The type of a date or time plus or minus an interval (`DATE_ADD(d,
/// INTERVAL 1 DAY)`, `ADDDATE(d, 3)`, `d + INTERVAL 1 HOUR`).
fn date_arithmetic(t: &ViewType, interval: &Expr) -> Option<ViewType> {
    let ViewType::Other(base) = t else {
        return None;
    };
    let whole_days = match interval {
        Expr::Interval(interval) => {
            let unit = interval
                .leading_field
                .as_ref()
                .map(|f| f.to_string().to_ascii_uppercase())
                .unwrap_or_default();
            matches!(
                unit.as_str(),
                "YEAR"
                    | "YEARS"
                    | "QUARTER"
                    | "MONTH"
                    | "MONTHS"
                    | "WEEK"
                    | "WEEKS"
                    | "DAY"
                    | "DAYS"
                    | "YEAR_MONTH"
            ) && interval.last_field.is_none()
        }
        // ADDDATE(d, n): n days.
        _ => true,
    };
    match base.name.as_str() {
        "date" if whole_days => Some(ViewType::Other(SqlType::named("date"))),
        "date" => Some(ViewType::Other(SqlType::named("datetime"))),
        "datetime" | "timestamp" => Some(ViewType::Other(SqlType {
            name: String::from("datetime"),
            args: base.args.clone(),
            ..SqlType::default()
        })),
        _ => None,
    }
}

/// FLOOR/CEIL: a decimal's integer digits, one more for a carry when it has
/// a fraction, and a sign; an INT up to 9 digits, else a BIGINT. An integer
/// stays as it is.
fn floor_type(t: ViewType) -> Option<ViewType> {
    match t {
        ViewType::Int { .. } => Some(t),
        ViewType::Decimal { precision, scale } => {
            let digits = precision.saturating_sub(scale) + u32::from(scale > 0);
            Some(ViewType::Int {
                width: digits + 1,
                unsigned: false,
                signed_width: true,
                base: Some(String::from(if digits <= 9 { "int" } else { "bigint" })),
            })
        }
        _ => None,
    }
}

/// DATE_FORMAT's result length for a constant format: each specifier's
/// widest output (64 for month and day names, 7 for `%H`/`%k` ...).
fn date_format_length(format: &str) -> u64 {
    let mut size = 0;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' || chars.peek().is_none() {
            size += 1;
            continue;
        }
        size += match chars.next() {
            Some('M' | 'W') => 64,
            Some('a' | 'b') => 32,
            Some('D' | 'Y' | 'x' | 'X') => 4,
            Some('j') => 3,
            Some(
                'U' | 'u' | 'V' | 'v' | 'y' | 'm' | 'd' | 'h' | 'I' | 'i' | 'l' | 'p' | 'S' | 's'
                | 'c' | 'e',
            ) => 2,
            Some('k' | 'H') => 7,
            Some('r') => 11,
            Some('T') => 8,
            Some('f') => 6,
            _ => 1,
        };
    }
    size
}

fn number_type(n: &str) -> Option<ViewType> {
    if n.contains(['e', 'E']) {
        return Some(ViewType::Double);
    }
    match n.split_once('.') {
        Some((whole, frac)) => Some(ViewType::Decimal {
            // At least one integer digit counts (`0.05` is decimal(3,2)).
            precision: (whole.trim_start_matches('0').len().max(1) + frac.len()) as u32,
            scale: frac.len() as u32,
        }),
        None => Some(ViewType::Int {
            width: n.len() as u32,
            unsigned: false,
            signed_width: false,
            base: None,
        }),
    }
}

fn arithmetic(l: &ViewType, op: &BinaryOperator, r: &ViewType) -> Option<ViewType> {
    use BinaryOperator as B;
    if matches!(l, ViewType::Other(_)) || matches!(r, ViewType::Other(_)) {
        return None;
    }
    if matches!(l, ViewType::Double) || matches!(r, ViewType::Double) {
        return matches!(op, B::Plus | B::Minus | B::Multiply | B::Divide)
            .then_some(ViewType::Double);
    }
    // Integer digits (the display width without its sign character).
    let digits = |t: &ViewType| match t {
        ViewType::Int {
            width,
            signed_width,
            ..
        } => width.saturating_sub(u32::from(*signed_width)),
        _ => 0,
    };
    match (l, r, op) {
        // MOD of integers: as wide as the wider operand, as a computed integer.
        (
            ViewType::Int {
                width: lw,
                unsigned: lu,
                ..
            },
            ViewType::Int { width: rw, .. },
            B::Modulo,
        ) => Some(ViewType::Int {
            width: *lw.max(rw),
            unsigned: *lu,
            signed_width: !*lu,
            base: None,
        }),
        (
            ViewType::Int { unsigned: lu, .. },
            ViewType::Int { unsigned: ru, .. },
            B::Plus | B::Minus | B::Multiply,
        ) => {
            // An unsigned operand makes the result unsigned; a signed result
            // has a sign character in its width.
            let unsigned = *lu || *ru;
            let result_digits = match op {
                B::Multiply => digits(l) + digits(r),
                _ => digits(l).max(digits(r)) + 1,
            };
            Some(ViewType::Int {
                width: result_digits + u32::from(!unsigned),
                unsigned,
                signed_width: !unsigned,
                base: None,
            })
        }
        _ => {
            let (lp, ls) = l.as_decimal()?;
            let (rp, rs) = r.as_decimal()?;
            match op {
                B::Plus | B::Minus => {
                    let scale = ls.max(rs);
                    let digits = lp.saturating_sub(ls).max(rp.saturating_sub(rs)) + 1;
                    Some(ViewType::Decimal {
                        precision: digits + scale,
                        scale,
                    })
                }
                B::Multiply => Some(ViewType::Decimal {
                    precision: lp + rp,
                    scale: ls + rs,
                }),
                B::Divide => Some(ViewType::Decimal {
                    precision: lp + 4,
                    scale: ls + 4,
                }),
                _ => None,
            }
        }
    }
}

fn aggregate_or_function(
    scope: &[&Table],
    name: &str,
    args: &[&Expr],
    wildcard: bool,
) -> Option<(ViewType, bool)> {
    let first = || args.first().and_then(|a| infer(scope, a));
    match name {
        "count" if wildcard || !args.is_empty() => Some((
            ViewType::Int {
                width: 21,
                unsigned: false,
                signed_width: true,
                base: Some(String::from("bigint")),
            },
            true,
        )),
        "sum" => {
            let (t, _) = first()?;
            let t = match t {
                ViewType::Double => ViewType::Double,
                other => {
                    let (p, s) = other.as_decimal()?;
                    ViewType::Decimal {
                        precision: p + 22,
                        scale: s,
                    }
                }
            };
            Some((t, false))
        }
        "avg" => {
            let (t, _) = first()?;
            let t = match t {
                ViewType::Double => ViewType::Double,
                other => {
                    let (p, s) = other.as_decimal()?;
                    ViewType::Decimal {
                        precision: p + 4,
                        scale: s + 4,
                    }
                }
            };
            Some((t, false))
        }
        // MIN/MAX of a column report the column's own type.
        "min" | "max" => declared_column_type(scope, args.first()?)
            .or_else(first)
            .map(|(t, _)| (t, false)),
        // Date arithmetic: a DATE stays one when whole days (or months, years)
        // are added; anything else is a DATETIME (with the argument's
        // fractional seconds).
        "date_add" | "date_sub" | "adddate" | "subdate" if args.len() == 2 => {
            let (t, _) = first()?;
            Some((date_arithmetic(&t, args[1])?, false))
        }
        "length" | "char_length" | "character_length" | "octet_length" => {
            let (_, not_null) = first()?;
            Some((
                ViewType::Int {
                    width: 10,
                    unsigned: false,
                    signed_width: true,
                    base: Some(String::from("int")),
                },
                not_null,
            ))
        }
        // String functions: a VARCHAR (or TEXT) that may be NULL.
        "upper" | "lower" | "ucase" | "lcase" | "trim" | "ltrim" | "rtrim" => {
            Some((string_type(string_length(&first()?.0)?), false))
        }
        "substring" | "substr" | "mid" if (2..=3).contains(&args.len()) => {
            substring(scope, args[0], args.get(1).copied(), args.get(2).copied())
        }
        "left" | "right" if args.len() == 2 => {
            let chars = string_length(&first()?.0)?;
            let chars = match constant(args[1]) {
                Some(n) => chars.min(n.max(0) as u64),
                None => chars,
            };
            Some((string_type(chars), false))
        }
        "replace" if args.len() == 3 => {
            let chars = string_length(&first()?.0)?;
            let grown = match (constant_text(args[1]), constant_text(args[2])) {
                (Some(from), Some(to)) if to.chars().count() > from.chars().count() => {
                    let (from, to) = (from.chars().count() as u64, to.chars().count() as u64);
                    chars + chars / from.max(1) * (to - from)
                }
                _ => chars,
            };
            Some((string_type(grown), false))
        }
        "lpad" | "rpad" if args.len() == 3 => {
            first()?;
            match constant(args[1]) {
                Some(n) => Some((string_type(n.max(0) as u64), false)),
                None => Some((ViewType::Other(SqlType::named("longtext")), false)),
            }
        }
        "concat_ws" if args.len() >= 2 => {
            let separator = string_length(&infer(scope, args[0])?.0)?;
            let mut chars = separator * (args.len() as u64 - 2);
            for arg in &args[1..] {
                chars += string_length(&infer(scope, arg)?.0)?;
            }
            Some((string_type(chars), false))
        }
        "date_format" if args.len() == 2 => {
            first()?;
            let format = constant_text(args[1])?;
            Some((string_type(date_format_length(format)), false))
        }
        "md5" => first().map(|_| (string_type(32), false)),
        "sha1" | "sha" => first().map(|_| (string_type(40), false)),
        "monthname" | "dayname" => first().map(|_| (string_type(9), false)),
        "last_day" => first().map(|_| (ViewType::Other(SqlType::named("date")), false)),
        "date" => first().map(|_| (ViewType::Other(SqlType::named("date")), false)),
        // Parts of a date: integers that may be NULL (an invalid date).
        "year" => first().map(|_| (int(5, "int"), false)),
        "month" | "day" | "dayofmonth" | "hour" | "minute" | "second" | "week" => {
            first().map(|_| (int(3, "int"), false))
        }
        "quarter" => first().map(|_| (int(2, "int"), false)),
        "dayofweek" | "weekday" => first().map(|_| (int(1, "int"), false)),
        "dayofyear" => first().map(|_| (int(4, "int"), false)),
        "timestampdiff" => Some((int(21, "bigint"), false)),
        "abs" => match first()? {
            (
                ViewType::Int {
                    width, unsigned, ..
                },
                not_null,
            ) => Some((
                ViewType::Int {
                    width,
                    unsigned,
                    signed_width: !unsigned,
                    base: None,
                },
                not_null,
            )),
            (t @ ViewType::Decimal { .. }, not_null) => Some((t, not_null)),
            _ => None,
        },
        "floor" | "ceil" | "ceiling" => {
            let (t, not_null) = first()?;
            Some((floor_type(t)?, not_null))
        }
        "mod" if args.len() == 2 => {
            let (l, _) = first()?;
            let (r, _) = infer(scope, args[1])?;
            Some((arithmetic(&l, &BinaryOperator::Modulo, &r)?, false))
        }
        "nullif" if args.len() == 2 => first().map(|(t, _)| (t, false)),
        "datediff" => Some((int(8, "int"), false)),
        // MariaDB stores DATEDIFF(a, b) as `to_days(a) - to_days(b)`.
        "to_days" if args.len() == 1 => Some((int(7, "int"), false)),
        "to_seconds" if args.len() == 1 => Some((int(12, "bigint"), false)),
        "from_days" if args.len() == 1 => Some((ViewType::Other(SqlType::named("date")), false)),
        "now" | "current_timestamp" | "sysdate" | "localtime" | "localtimestamp" => {
            Some((ViewType::Other(SqlType::named("datetime")), true))
        }
        "curdate" | "current_date" => Some((ViewType::Other(SqlType::named("date")), true)),
        // ROUND/TRUNCATE to `d` digits: a decimal keeps its integer digits,
        // plus one for a carry when ROUND drops digits; an integer keeps its
        // type unless `d` is negative (one more digit).
        "round" | "truncate" => {
            let (t, not_null) = first()?;
            let digits = match args.get(1) {
                Some(arg) => constant(arg)?,
                None => 0,
            };
            match t {
                ViewType::Decimal { precision, scale } => {
                    // At most 38 decimals (DECIMAL_MAX_SCALE).
                    let kept = u32::try_from(digits.clamp(0, 38)).ok()?;
                    let carry = name == "round" && kept < scale;
                    Some((
                        ViewType::Decimal {
                            precision: precision.saturating_sub(scale) + kept + u32::from(carry),
                            scale: kept,
                        },
                        not_null,
                    ))
                }
                ViewType::Int { .. } if digits >= 0 => Some((t, not_null)),
                ViewType::Int {
                    width, unsigned, ..
                } => Some((
                    ViewType::Int {
                        width: width + 1,
                        unsigned,
                        signed_width: !unsigned,
                        base: None,
                    },
                    not_null,
                )),
                ViewType::Double if args.len() == 1 => Some((ViewType::Double, not_null)),
                _ => None,
            }
        }
        "group_concat" => Some((ViewType::Other(SqlType::named("mediumtext")), false)),
        "json_extract" | "json_object" | "json_array" | "json_arrayagg" | "json_objectagg" => {
            Some((ViewType::Other(SqlType::named("longtext")), false))
        }
        // The result is a byte string when a byte string argument is at least
        // as strong (coercible) as every character string one.
        "concat" => {
            let mut chars = 0u64;
            let mut strongest_binary = u8::MAX;
            let mut strongest_text = u8::MAX;
            for arg in args {
                let (t, _) = infer(scope, arg)?;
                // A number turned into a string is the weakest.
                let level = if matches!(t, ViewType::Other(_)) {
                    coercibility(arg)
                } else {
                    5
                };
                if is_binary(&t) {
                    strongest_binary = strongest_binary.min(level);
                } else {
                    strongest_text = strongest_text.min(level);
                }
                chars += string_length(&t)?;
            }
            let t = if strongest_binary <= strongest_text {
                bytes_type(chars)
            } else {
                string_type(chars)
            };
            Some((t, false))
        }
        // IF may be NULL when its condition may be, as MariaDB reports it.
        "if" if args.len() == 3 => {
            let (_, condition) = infer(scope, args[0])?;
            let (t, not_null) = aggregate(scope, &args[1..])?;
            Some((t, not_null && condition))
        }
        "coalesce" | "ifnull" if !args.is_empty() => {
            let (t, _) = aggregate(scope, args)?;
            let mut not_null = false;
            for arg in args {
                not_null |= infer(scope, arg)?.1;
            }
            Some((t, not_null))
        }
        "greatest" | "least" if !args.is_empty() => aggregate(scope, args),
        _ => None,
    }
}

/// The type of a column a UNION branch copies: an integer as wide as its type
/// can print, whatever display width it was declared with, and without ZEROFILL.
pub fn union_column(t: &SqlType) -> SqlType {
    match t.name.as_str() {
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint" => SqlType {
            args: vec![super::display_width(&t.name, t.unsigned).to_string()],
            zerofill: false,
            ..t.clone()
        },
        _ => t.clone(),
    }
}

/// A type as a UNION takes it: an ENUM or SET as a VARCHAR as long as its
/// longest value (all of a SET's values, with their commas).
fn union_operand(t: &SqlType) -> SqlType {
    match t.name.as_str() {
        "enum" | "set" => {
            let lengths = t.values().iter().map(|v| v.chars().count());
            let length = if t.name == "enum" {
                lengths.max().unwrap_or(0)
            } else {
                lengths.sum::<usize>() + t.values().len().saturating_sub(1)
            };
            SqlType {
                name: String::from("varchar"),
                args: vec![length.to_string()],
                ..t.clone()
            }
            .with_values(Vec::new())
        }
        _ => t.clone(),
    }
}

/// The type of a UNION column from the types of its branches, as MariaDB
/// aggregates them (`None`: a pairing not worked out yet).
pub fn union(l: &SqlType, r: &SqlType) -> Option<SqlType> {
    let (l, r) = (&union_operand(l), &union_operand(r));
    const TEXTS: [&str; 4] = ["tinytext", "text", "mediumtext", "longtext"];
    let text_rank = |t: &SqlType| TEXTS.iter().position(|n| *n == t.name);
    let is_string = |t: &SqlType| {
        matches!(t.name.as_str(), "varchar" | "char" | "enum") || text_rank(t).is_some()
    };
    let char_length = |t: &SqlType| -> Option<u64> {
        match t.name.as_str() {
            "enum" => Some(
                t.values()
                    .iter()
                    .map(|v| v.chars().count() as u64)
                    .max()
                    .unwrap_or(0),
            ),
            _ => string_length(&ViewType::from_sql(t)),
        }
    };
    // A TEXT on either side: the next TEXT size above the largest one.
    if text_rank(l).is_some() || text_rank(r).is_some() {
        if !(is_string(l) || is_number(l)) || !(is_string(r) || is_number(r)) {
            return None;
        }
        let largest = text_rank(l).max(text_rank(r))?;
        return Some(SqlType::named(TEXTS[(largest + 1).min(3)]));
    }
    if l.name == r.name && l.args == r.args && l.unsigned == r.unsigned && l.values() == r.values()
    {
        return Some(l.clone());
    }
    if is_string(l) || is_string(r) {
        let length = char_length(l)?.max(char_length(r)?);
        let name = if l.name == "char" && r.name == "char" {
            "char"
        } else {
            "varchar"
        };
        return Some(SqlType::with_args(name, vec![length.to_string()]));
    }
    // Dates and times: DATETIME takes DATE and TIMESTAMP.
    let temporal = ["date", "datetime", "timestamp"];
    if temporal.contains(&l.name.as_str()) && temporal.contains(&r.name.as_str()) {
        return Some(SqlType::named("datetime"));
    }
    let (lt, rt) = (ViewType::from_sql(l), ViewType::from_sql(r));
    match (&lt, &rt) {
        (
            ViewType::Int {
                width: lw,
                unsigned: lu,
                base: Some(lb),
                ..
            },
            ViewType::Int {
                width: rw,
                unsigned: ru,
                base: Some(rb),
                ..
            },
        ) if lu == ru => {
            const INTS: [&str; 5] = ["tinyint", "smallint", "mediumint", "int", "bigint"];
            let rank = |b: &str| INTS.iter().position(|n| *n == b);
            let base = if rank(lb)? >= rank(rb)? { lb } else { rb };
            Some(SqlType {
                name: base.clone(),
                args: vec![lw.max(rw).to_string()],
                unsigned: *lu,
                ..SqlType::default()
            })
        }
        (ViewType::Double, ViewType::Double) => Some(SqlType::named("double")),
        (ViewType::Double, _) | (_, ViewType::Double) if is_number(l) && is_number(r) => {
            Some(SqlType::named("double"))
        }
        _ => {
            // Integers of mixed signedness and decimals meet as a decimal.
            let (lp, ls) = lt.as_decimal()?;
            let (rp, rs) = rt.as_decimal()?;
            let scale = ls.max(rs);
            let digits = lp.saturating_sub(ls).max(rp.saturating_sub(rs));
            Some(SqlType::with_args(
                "decimal",
                vec![(digits + scale).to_string(), scale.to_string()],
            ))
        }
    }
}

/// DESCRIBE's default for a NOT NULL column of this type.
pub fn zero_of(t: &SqlType) -> Option<String> {
    ViewType::from_sql(t).zero()
}

fn is_number(t: &SqlType) -> bool {
    matches!(
        t.name.as_str(),
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint" | "decimal" | "float" | "double"
    )
}
