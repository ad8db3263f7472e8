//! The type and nullability MariaDB gives a view column computed by an
//! expression: integer arithmetic widens the display width (`int(11) + 1` is
//! `bigint(12)`), decimal arithmetic follows the SQL precision rules, aggregates
//! have their own types (`count(*)` is `bigint(21)` NOT NULL, `sum(int)` is
//! `decimal(32,0)`). Expressions it cannot type are left untyped.

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
                name: base
                    .clone()
                    .unwrap_or_else(|| String::from(if *width < 11 { "int" } else { "bigint" })),
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

fn column_type(scope: &[&Table], name: &str) -> Option<(ViewType, bool)> {
    scope
        .iter()
        .find_map(|t| t.column(name))
        .map(|c| (ViewType::from_sql(&c.data_type), !c.nullable))
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
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => Some((
                ViewType::Other(SqlType::with_args(
                    "varchar",
                    vec![s.chars().count().to_string()],
                )),
                true,
            )),
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
        Expr::Case {
            conditions,
            else_result,
            ..
        } => {
            let branches: Vec<&Expr> = conditions
                .iter()
                .map(|c| &c.result)
                .chain(else_result.as_deref())
                .collect();
            let (t, n) = common_string(scope, &branches)?;
            Some((t, n && else_result.is_some()))
        }
        // CAST(x AS UNSIGNED/SIGNED): a BIGINT.
        Expr::Cast {
            expr: inner,
            data_type,
            ..
        } => {
            let (_, not_null) = infer(scope, inner)?;
            let text = data_type.to_string().to_ascii_uppercase();
            let unsigned = text.starts_with("UNSIGNED");
            if !unsigned && !text.starts_with("SIGNED") {
                return None;
            }
            Some((
                ViewType::Int {
                    width: 20,
                    unsigned,
                    signed_width: !unsigned,
                    base: Some(String::from("bigint")),
                },
                not_null,
            ))
        }
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr: inner,
        } => match infer(scope, inner)? {
            (
                ViewType::Int {
                    width,
                    signed_width,
                    ..
                },
                not_null,
            ) => Some((
                ViewType::Int {
                    width: width + u32::from(!signed_width),
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
        Expr::BinaryOp { left, op, right } => {
            let (l, l_not_null) = infer(scope, left)?;
            let (r, r_not_null) = infer(scope, right)?;
            let not_null = l_not_null && r_not_null;
            let result = arithmetic(&l, op, &r)?;
            let not_null = not_null && !matches!(op, BinaryOperator::Divide);
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
        // A number in a string context: its display width.
        return match t {
            ViewType::Int { width, .. } => Some(u64::from(*width)),
            _ => None,
        };
    };
    let arg = t.args.first().and_then(|a| a.parse::<u64>().ok());
    Some(match t.name.as_str() {
        "varchar" | "char" | "varbinary" | "binary" => arg?,
        "tinyblob" => 255,
        "blob" => 65_535,
        "mediumblob" => 16_777_215,
        "longblob" => 4_294_967_295,
        "tinytext" => 255 / MAX_BYTES_PER_CHAR,
        "text" => 65_535 / MAX_BYTES_PER_CHAR,
        "mediumtext" => 16_777_215 / MAX_BYTES_PER_CHAR,
        "longtext" => 4_294_967_295 / MAX_BYTES_PER_CHAR,
        _ => return None,
    })
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

/// A computed string of `chars` characters: VARCHAR while its bytes fit,
/// else the smallest TEXT type that holds them.
fn string_type(chars: u64) -> ViewType {
    let bytes = chars * MAX_BYTES_PER_CHAR;
    ViewType::Other(if bytes <= 65_535 {
        SqlType::with_args("varchar", vec![chars.to_string()])
    } else if bytes <= 16_777_215 {
        SqlType::named("mediumtext")
    } else {
        SqlType::named("longtext")
    })
}

/// CASE/IF branches that are all strings: a VARCHAR as long as the longest.
fn common_string(scope: &[&Table], branches: &[&Expr]) -> Option<(ViewType, bool)> {
    let mut longest = 0;
    let mut not_null = true;
    for branch in branches {
        let (t, n) = infer(scope, branch)?;
        if !matches!(&t, ViewType::Other(s) if matches!(s.name.as_str(), "varchar" | "char")) {
            return None;
        }
        longest = longest.max(string_length(&t)?);
        not_null &= n;
    }
    Some((string_type(longest), not_null))
}

fn number_type(n: &str) -> Option<ViewType> {
    if n.contains(['e', 'E']) {
        return Some(ViewType::Double);
    }
    match n.split_once('.') {
        Some((whole, frac)) => Some(ViewType::Decimal {
            precision: (whole.trim_start_matches('0').len() + frac.len()).max(1) as u32,
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
                    let digits = (lp - ls).max(rp - rs) + 1;
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
        "min" | "max" => first().map(|(t, _)| (t, false)),
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
        "upper" | "lower" | "ucase" | "lcase" | "trim" | "ltrim" | "rtrim" => {
            first().map(|(t, _)| (t, false))
        }
        "date" => first().map(|(_, n)| (ViewType::Other(SqlType::named("date")), n)),
        "year" => first().map(|(_, n)| (int(5, "int"), n)),
        "datediff" => Some((int(8, "int"), false)),
        "now" | "current_timestamp" | "sysdate" | "localtime" | "localtimestamp" => {
            Some((ViewType::Other(SqlType::named("datetime")), true))
        }
        "curdate" | "current_date" => Some((ViewType::Other(SqlType::named("date")), true)),
        "round" | "truncate" => {
            let (t, not_null) = first()?;
            let digits = match args.get(1) {
                Some(Expr::Value(v)) => match &v.value {
                    Value::Number(n, _) => n.parse::<u32>().ok()?,
                    _ => return None,
                },
                None => 0,
                _ => return None,
            };
            match t {
                ViewType::Decimal { precision, scale } => Some((
                    ViewType::Decimal {
                        precision: precision - scale + digits + u32::from(name == "round"),
                        scale: digits,
                    },
                    not_null,
                )),
                ViewType::Double => Some((ViewType::Double, not_null)),
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
        "if" if args.len() == 3 => common_string(scope, &args[1..]),
        "coalesce" | "ifnull" => {
            let typed: Vec<(ViewType, bool)> =
                args.iter().filter_map(|a| infer(scope, a)).collect();
            let (t, _) = typed.first()?.clone();
            Some((t, typed.iter().any(|(_, n)| *n)))
        }
        _ => None,
    }
}

/// The type of a UNION column from the types of its branches, as MariaDB
/// aggregates them (`None`: a pairing not worked out yet).
pub fn union(l: &SqlType, r: &SqlType) -> Option<SqlType> {
    const TEXTS: [&str; 4] = ["tinytext", "text", "mediumtext", "longtext"];
    let text_rank = |t: &SqlType| TEXTS.iter().position(|n| *n == t.name);
    let is_string = |t: &SqlType| {
        matches!(t.name.as_str(), "varchar" | "char" | "enum") || text_rank(t).is_some()
    };
    let char_length = |t: &SqlType| -> Option<u64> {
        match t.name.as_str() {
            "enum" => Some(
                t.values
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
    if l.name == r.name && l.args == r.args && l.unsigned == r.unsigned && l.values == r.values {
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
            let digits = (lp - ls).max(rp - rs);
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
