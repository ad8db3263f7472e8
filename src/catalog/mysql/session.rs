//! MariaDB session statements that steer what later statements do: user
//! variables (`SET @v = ...`, `SELECT ... INTO @v`), prepared statements
//! (`PREPARE s FROM @v`, `EXECUTE s`, `DEALLOCATE PREPARE s`). Migrations use
//! them to run DDL only when the schema is in some state ("drop this foreign
//! key if it exists"), asking `information_schema` about it.
//!
//! Values are worked out the way the server would, over the catalog: literals,
//! user variables, `IF`, `IFNULL`/`COALESCE`, `CONCAT`, `DATABASE()`,
//! comparisons and logic, and scalar or `EXISTS` subqueries over the
//! `information_schema` views that describe the schema (TABLES, COLUMNS,
//! STATISTICS, TABLE_CONSTRAINTS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS).
//! Anything else (table data, system variables, the database's own name) has
//! no value we can know: the variable holds the reason, and only an EXECUTE
//! that needs it is reported.
//!
//! Session system variables that change what later statements create or how
//! they are read (`sql_mode` with ANSI_QUOTES and the like, the default
//! storage engine, the database's character set) are not followed: setting
//! one is reported.

use sqlparser::ast::{
    BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, GroupByExpr, InTarget,
    ObjectName, Query, SelectItem, Set, SetExpr, Statement, TableFactor, UnaryOperator, Value,
};

use crate::catalog::rules::{ApplyResult, SessionEffect};
use crate::catalog::{Catalog, SessionValue};

mod information_schema;
use information_schema::information_schema;

/// A value while evaluating: a session value, or the current database's name,
/// which the DDL never tells.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Null,
    Int(i128),
    Text(String),
    CurrentDatabase,
}

/// Why a value cannot be known.
type Eval<T> = Result<T, String>;

impl Val {
    fn from_session(value: &SessionValue) -> Val {
        match value {
            SessionValue::Null => Val::Null,
            SessionValue::Int(n) => Val::Int(*n),
            SessionValue::Text(s) => Val::Text(s.clone()),
        }
    }

    fn into_session(self) -> Eval<SessionValue> {
        match self {
            Val::Null => Ok(SessionValue::Null),
            Val::Int(n) => Ok(SessionValue::Int(n)),
            Val::Text(s) => Ok(SessionValue::Text(s)),
            Val::CurrentDatabase => Err(String::from("it holds the database's name")),
        }
    }

    /// The number a string stands for in a numeric context: its leading
    /// integer, 0 when there is none.
    fn number(&self) -> Eval<Option<i128>> {
        match self {
            Val::Null => Ok(None),
            Val::Int(n) => Ok(Some(*n)),
            Val::Text(s) => {
                let s = s.trim_start();
                let sign = usize::from(s.starts_with(['-', '+']));
                let digits = s[sign..].chars().take_while(char::is_ascii_digit).count();
                let n: i128 = s[sign..sign + digits].parse().unwrap_or(0);
                Ok(Some(if s.starts_with('-') { -n } else { n }))
            }
            Val::CurrentDatabase => Err(String::from("it compares the database's name")),
        }
    }

    /// MySQL truth: a non-zero number; NULL is neither true nor false.
    fn truth(&self) -> Eval<Option<bool>> {
        Ok(self.number()?.map(|n| n != 0))
    }

    fn text(&self) -> Eval<Option<String>> {
        match self {
            Val::Null => Ok(None),
            Val::Int(n) => Ok(Some(n.to_string())),
            Val::Text(s) => Ok(Some(s.clone())),
            Val::CurrentDatabase => Err(String::from("it uses the database's name")),
        }
    }
}

fn boolean(b: Option<bool>) -> Val {
    match b {
        Some(b) => Val::Int(i128::from(b)),
        None => Val::Null,
    }
}

/// A user variable's name (`@name`, case-insensitive), if `name` is one.
fn user_variable(name: &ObjectName) -> Option<String> {
    let text = name.to_string();
    let bare = text.strip_prefix('@')?;
    if bare.starts_with('@') {
        return None;
    }
    Some(bare.trim_matches('`').to_ascii_lowercase())
}

/// A session system variable's name (`sql_mode`, `@@session.sql_mode`) in
/// lower case; `None` for a user variable or a GLOBAL one (which only later
/// connections see).
fn session_system_variable(name: &ObjectName, global: bool) -> Option<String> {
    let text = name.to_string().to_ascii_lowercase();
    if global || text.starts_with("@@global.") || user_variable(name).is_some() {
        return None;
    }
    let bare = text.trim_start_matches('@');
    let bare = bare
        .strip_prefix("session.")
        .or_else(|| bare.strip_prefix("local."))
        .unwrap_or(bare);
    Some(bare.to_string())
}

/// `sql_mode` flags that change how later statements are read or what they
/// create (quoting, `||`, `REAL`, backslashes, another database's syntax).
const READING_MODES: [&str; 14] = [
    "ANSI_QUOTES",
    "ANSI",
    "PIPES_AS_CONCAT",
    "REAL_AS_FLOAT",
    "NO_BACKSLASH_ESCAPES",
    "IGNORE_SPACE",
    "HIGH_NOT_PRECEDENCE",
    "EMPTY_STRING_IS_NULL",
    "ORACLE",
    "MSSQL",
    "DB2",
    "MAXDB",
    "POSTGRESQL",
    "SIMULTANEOUS_ASSIGNMENT",
];

/// Why setting this session system variable changes what later statements
/// create, if it does: a storage engine, or the current database's character
/// set or collation, other than the server's (InnoDB, utf8mb4, utf8mb4_general_ci),
/// `explicit_defaults_for_timestamp` off, another InnoDB row format, or an
/// `sql_mode` with a flag that changes how statements are read. Restoring a
/// saved value (`@old`, `DEFAULT`) is taken as going back to the server's.
fn system_variable_effect(name: &str, value: &Expr) -> Option<String> {
    let written = value.to_string();
    let plain = written.trim_matches(['\'', '"', '`']).to_ascii_lowercase();
    if written.starts_with('@') || plain == "default" {
        return None;
    }
    let differs = |defaults: &[&str]| {
        (!defaults.contains(&plain.as_str())).then(|| {
            format!(
                "{name} = {written} changes what later statements create, which is not followed"
            )
        })
    };
    match name {
        "default_storage_engine" | "storage_engine" => differs(&["innodb"]),
        "character_set_database" => differs(&["utf8mb4"]),
        "collation_database" => differs(&["utf8mb4_general_ci"]),
        "explicit_defaults_for_timestamp" => differs(&["on", "1", "true"]),
        "innodb_default_row_format" => differs(&["dynamic"]),
        "sql_mode" => {
            let upper = written.to_ascii_uppercase();
            let flags: Vec<&str> = upper
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .collect();
            let found: Vec<&str> = READING_MODES
                .iter()
                .copied()
                .filter(|m| flags.contains(m))
                .collect();
            (!found.is_empty()).then(|| {
                format!(
                    "sql_mode {} changes how later statements are read, which is not followed",
                    found.join(", ")
                )
            })
        }
        _ => None,
    }
}

/// Apply a session statement; `None` when `statement` is not one.
pub fn statement(
    catalog: &mut Catalog,
    statement: &Statement,
) -> ApplyResult<Option<SessionEffect>> {
    match statement {
        Statement::Set(Set::SingleAssignment {
            variable,
            values,
            scope,
            ..
        }) => {
            let Some(name) = user_variable(variable) else {
                let global = matches!(scope, Some(sqlparser::ast::ContextModifier::Global));
                let effect = session_system_variable(variable, global).and_then(|name| {
                    values
                        .first()
                        .and_then(|value| system_variable_effect(&name, value))
                });
                return match effect {
                    Some(why) => Err(why.into()),
                    None => Ok(None),
                };
            };
            let value = match values.as_slice() {
                [value] => evaluate(catalog, value),
                _ => Err(String::from("it was set to a list")),
            };
            catalog.session.variables.insert(name, value);
            Ok(Some(SessionEffect::Kept))
        }
        Statement::Set(Set::MultipleAssignments { assignments }) => {
            let mut any = false;
            let mut effects = Vec::new();
            for assignment in assignments {
                if let Some(name) = user_variable(&assignment.name) {
                    let value = evaluate(catalog, &assignment.value);
                    catalog.session.variables.insert(name, value);
                    any = true;
                } else {
                    let global = matches!(
                        assignment.scope,
                        Some(sqlparser::ast::ContextModifier::Global)
                    );
                    effects.extend(
                        session_system_variable(&assignment.name, global)
                            .and_then(|name| system_variable_effect(&name, &assignment.value)),
                    );
                }
            }
            if !effects.is_empty() {
                return Err(effects.join("; ").into());
            }
            Ok(any.then_some(SessionEffect::Kept))
        }
        Statement::Query(query) => select_into(catalog, query),
        // The statements stage reads `PREPARE s FROM <text>` as `PREPARE s AS
        // SELECT <text>` (MySQL has no `PREPARE ... AS`).
        Statement::Prepare {
            name, statement, ..
        } => {
            let text = match statement.as_ref() {
                Statement::Query(query) => match single_expression(query) {
                    Some(expr) => eval(catalog, &Row::default(), expr)
                        .and_then(|v| v.text())
                        .and_then(|t| t.ok_or_else(|| String::from("its text is NULL"))),
                    None => Err(String::from("its text is not a single value")),
                },
                _ => Err(String::from("its text is not a single value")),
            };
            catalog
                .session
                .prepared
                .insert(name.value.to_ascii_lowercase(), text);
            Ok(Some(SessionEffect::Kept))
        }
        Statement::Execute {
            name: Some(name),
            parameters,
            using,
            immediate: false,
            ..
        } => {
            let key = name.to_string().to_ascii_lowercase();
            let Some(prepared) = catalog.session.prepared.get(&key) else {
                return Err(format!(
                    "Unknown prepared statement handler ({name}) given to EXECUTE"
                )
                .into());
            };
            if !parameters.is_empty() || !using.is_empty() {
                return Err("EXECUTE ... USING is not supported yet".into());
            }
            match prepared {
                Ok(text) => Ok(Some(SessionEffect::Execute(text.clone()))),
                Err(why) => Err(format!(
                    "the statement that EXECUTE {name} runs cannot be worked out from the DDL: {why}"
                )
                .into()),
            }
        }
        Statement::Deallocate { name, .. } => {
            catalog
                .session
                .prepared
                .remove(&name.value.to_ascii_lowercase());
            Ok(Some(SessionEffect::Kept))
        }
        _ => Ok(None),
    }
}

/// `SELECT expr` with nothing else: what the statements stage makes of the
/// text of `PREPARE s FROM <text>`.
fn single_expression(query: &Query) -> Option<&Expr> {
    let SetExpr::Select(select) = query.body.as_ref() else {
        return None;
    };
    match (select.projection.as_slice(), select.from.is_empty()) {
        ([SelectItem::UnnamedExpr(expr)], true) => Some(expr),
        _ => None,
    }
}

/// `SELECT a, b INTO @x, @y FROM ...`: the first row's values, if there is one
/// (without one the variables keep theirs).
fn select_into(catalog: &mut Catalog, query: &Query) -> ApplyResult<Option<SessionEffect>> {
    let SetExpr::Select(select) = query.body.as_ref() else {
        return Ok(None);
    };
    let Some(into) = &select.into else {
        return Ok(None);
    };
    let names: Vec<Option<String>> = into
        .targets
        .iter()
        .map(|target| match target {
            Expr::Identifier(ident) => user_variable(&ObjectName::from(vec![ident.clone()])),
            _ => None,
        })
        .collect();
    if names.iter().any(Option::is_none) {
        return Ok(None);
    }
    let rows = query_rows(catalog, query);
    for (i, name) in names.into_iter().flatten().enumerate() {
        let value = match &rows {
            Ok(rows) => match rows.first() {
                Some(row) => match row.get(i) {
                    Some(v) => v.clone().into_session(),
                    None => Err(String::from("the query has fewer columns than INTO")),
                },
                None => continue,
            },
            Err(why) => Err(why.clone()),
        };
        catalog.session.variables.insert(name, value);
    }
    Ok(Some(SessionEffect::Kept))
}

/// The truth of a condition (a procedure's `IF`), NULL counting as false;
/// `None` when it cannot be known from the DDL.
pub fn condition(catalog: &Catalog, expr: &Expr) -> Option<bool> {
    let value = eval(catalog, &Row::default(), expr).ok()?;
    Some(value.truth().ok()?.unwrap_or(false))
}

fn evaluate(catalog: &Catalog, expr: &Expr) -> Result<SessionValue, String> {
    eval(catalog, &Row::default(), expr)?.into_session()
}

/// An `information_schema` row: column names (upper case) and values; in an
/// aggregate query, also the number of rows `COUNT(*)` stands for.
#[derive(Debug, Default, Clone)]
struct Row {
    columns: Vec<(&'static str, Val)>,
    count: Option<i128>,
}

fn row(columns: Vec<(&'static str, Val)>) -> Row {
    Row {
        columns,
        count: None,
    }
}

impl Row {
    fn get(&self, column: &str) -> Option<&Val> {
        self.columns
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(column))
            .map(|(_, v)| v)
    }
}

fn eval(catalog: &Catalog, row: &Row, expr: &Expr) -> Eval<Val> {
    match expr {
        Expr::Nested(inner) => eval(catalog, row, inner),
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n
                .parse::<i128>()
                .map(Val::Int)
                .map_err(|_| format!("the number {n} is not a whole number")),
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => Ok(Val::Text(s.clone())),
            Value::Boolean(b) => Ok(Val::Int(i128::from(*b))),
            Value::Null => Ok(Val::Null),
            other => Err(format!("the value {other} is not understood")),
        },
        Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => {
            eval(catalog, row, value)
        }
        Expr::Identifier(ident) if ident.quote_style.is_none() && ident.value.starts_with('@') => {
            let name = &ident.value[1..];
            if ident.value == crate::parse::fallback::UNREAD_VALUE {
                return Err(String::from(
                    "it was set by a statement that could not be parsed",
                ));
            }
            if name.starts_with('@') {
                return Err(format!("it reads the system variable {}", ident.value));
            }
            match catalog.session.variables.get(&name.to_ascii_lowercase()) {
                Some(Ok(value)) => Ok(Val::from_session(value)),
                Some(Err(why)) => Err(format!("@{name} is unknown: {why}")),
                // A user variable never set is NULL.
                None => Ok(Val::Null),
            }
        }
        Expr::Identifier(ident) => row
            .get(&ident.value)
            .cloned()
            .ok_or_else(|| format!("it reads {}, which is not known", ident.value)),
        Expr::CompoundIdentifier(parts) => {
            let last = parts.last().map(|p| p.value.as_str()).unwrap_or_default();
            row.get(last)
                .cloned()
                .ok_or_else(|| format!("it reads {expr}, which is not known"))
        }
        Expr::UnaryOp {
            op: UnaryOperator::Not,
            expr: inner,
        } => Ok(boolean(eval(catalog, row, inner)?.truth()?.map(|b| !b))),
        Expr::IsNull(inner) => Ok(boolean(Some(eval(catalog, row, inner)? == Val::Null))),
        Expr::IsNotNull(inner) => Ok(boolean(Some(eval(catalog, row, inner)? != Val::Null))),
        // AND/OR with one side unknown: known when the other side decides.
        Expr::BinaryOp {
            left,
            op: op @ (BinaryOperator::And | BinaryOperator::Or),
            right,
        } => match (eval(catalog, row, left), eval(catalog, row, right)) {
            (Ok(l), Ok(r)) => binary(&l, op, &r),
            (Err(why), Ok(known)) | (Ok(known), Err(why)) => {
                let decisive = Some(*op == BinaryOperator::Or);
                match known.truth() {
                    Ok(truth) if truth == decisive => Ok(boolean(truth)),
                    _ => Err(why),
                }
            }
            (Err(why), Err(_)) => Err(why),
        },
        Expr::Like {
            negated,
            any: false,
            expr: inner,
            pattern,
            escape_char,
        } => {
            let escape = match escape_char {
                Some(e) => match eval(catalog, row, e)?.text()? {
                    Some(e) if e.chars().count() == 1 => e.chars().next(),
                    _ => return Err(format!("the escape of {expr} is not understood")),
                },
                None => Some('\\'),
            };
            let value = eval(catalog, row, inner)?;
            let pattern = eval(catalog, row, pattern)?;
            let matched = match (&value, &pattern) {
                (Val::Null, _) | (_, Val::Null) => None,
                // A name matches itself as a pattern (`table_schema LIKE
                // database()`), and `%` matches any name.
                (Val::CurrentDatabase, Val::CurrentDatabase) => Some(true),
                (Val::CurrentDatabase, Val::Text(p))
                    if !p.is_empty() && p.chars().all(|c| c == '%') =>
                {
                    Some(true)
                }
                _ => match (value.text()?, pattern.text()?) {
                    (Some(v), Some(p)) => Some(like(&v, &p, escape)),
                    _ => None,
                },
            };
            Ok(boolean(matched.map(|m| m != *negated)))
        }
        Expr::BinaryOp { left, op, right } => {
            let l = eval(catalog, row, left)?;
            let r = eval(catalog, row, right)?;
            binary(&l, op, &r)
        }
        Expr::In {
            expr: inner,
            target: InTarget::List(list),
            negated,
            ..
        } => {
            let value = eval(catalog, row, inner)?;
            let mut found = Some(false);
            for item in list {
                match compare(&value, &eval(catalog, row, item)?)? {
                    Some(std::cmp::Ordering::Equal) => {
                        found = Some(true);
                        break;
                    }
                    None => found = None,
                    Some(_) => {}
                }
            }
            Ok(boolean(found.map(|f| f != *negated)))
        }
        Expr::Subquery(query) => {
            let rows = query_rows(catalog, query)?;
            match rows.as_slice() {
                [] => Ok(Val::Null),
                [only] => only
                    .first()
                    .cloned()
                    .ok_or_else(|| String::from("the subquery has no column")),
                _ => Err(String::from("the subquery returns more than one row")),
            }
        }
        Expr::Exists { subquery, negated } => {
            let rows = query_rows(catalog, subquery)?;
            Ok(boolean(Some(rows.is_empty() == *negated)))
        }
        Expr::Function(function) if is_count(expr) => {
            let _ = function;
            row.count
                .map(Val::Int)
                .ok_or_else(|| String::from("COUNT is used outside a query"))
        }
        Expr::Function(function) => {
            let name = function.name.to_string().to_ascii_lowercase();
            let args: Vec<&Expr> = match &function.args {
                FunctionArguments::List(list) => list
                    .args
                    .iter()
                    .map(|a| match a {
                        FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Ok(e),
                        _ => Err(format!("the call {expr} is not understood")),
                    })
                    .collect::<Eval<_>>()?,
                FunctionArguments::None => Vec::new(),
                FunctionArguments::Subquery(_) => {
                    return Err(format!("the call {expr} is not understood"))
                }
            };
            function_call(catalog, row, &name, &args)
                .unwrap_or_else(|| Err(format!("the function {name}() is not understood")))
        }
        other => Err(format!("the expression {other} is not understood")),
    }
}

fn function_call(catalog: &Catalog, row: &Row, name: &str, args: &[&Expr]) -> Option<Eval<Val>> {
    let value = |i: usize| eval(catalog, row, args[i]);
    Some(match (name, args.len()) {
        ("database" | "schema", 0) => Ok(Val::CurrentDatabase),
        ("if", 3) => value(0).and_then(|c| c.truth()).and_then(|t| {
            if t == Some(true) {
                value(1)
            } else {
                value(2)
            }
        }),
        ("ifnull" | "coalesce", n) if n >= 1 => {
            for i in 0..n {
                match value(i) {
                    Ok(Val::Null) => continue,
                    other => return Some(other),
                }
            }
            Ok(Val::Null)
        }
        ("upper" | "ucase" | "lower" | "lcase", 1) => match value(0).and_then(|v| v.text()) {
            Ok(Some(text)) if name.starts_with('u') => Ok(Val::Text(text.to_uppercase())),
            Ok(Some(text)) => Ok(Val::Text(text.to_lowercase())),
            Ok(None) => Ok(Val::Null),
            Err(why) => Err(why),
        },
        ("concat", n) if n >= 1 => {
            let mut out = String::new();
            for i in 0..n {
                match value(i).and_then(|v| v.text()) {
                    Ok(Some(text)) => out.push_str(&text),
                    Ok(None) => return Some(Ok(Val::Null)),
                    Err(why) => return Some(Err(why)),
                }
            }
            Ok(Val::Text(out))
        }
        _ => return None,
    })
}

/// `value LIKE pattern` as MariaDB matches it under a `_ci` collation: `%`
/// any run of characters, `_` one character, the escape character makes the
/// next one literal; case does not count, trailing spaces do.
fn like(value: &str, pattern: &str, escape: Option<char>) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum P {
        Any,
        One,
        Char(char),
    }
    let fold = |c: char| c.to_lowercase().next().unwrap_or(c);
    let mut parts = Vec::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        parts.push(match c {
            c if Some(c) == escape => P::Char(fold(chars.next().unwrap_or(c))),
            '%' => P::Any,
            '_' => P::One,
            c => P::Char(fold(c)),
        });
    }
    let value: Vec<char> = value.chars().map(fold).collect();
    // matches[j]: the value's first i characters match the pattern's first j parts.
    let mut matches = vec![false; parts.len() + 1];
    matches[0] = true;
    for j in 0..parts.len() {
        matches[j + 1] = matches[j] && parts[j] == P::Any;
    }
    for c in value {
        let mut next = vec![false; parts.len() + 1];
        for j in 0..parts.len() {
            next[j + 1] = match parts[j] {
                P::Any => next[j] || matches[j + 1],
                P::One => matches[j],
                P::Char(p) => matches[j] && p == c,
            };
        }
        matches = next;
    }
    matches[parts.len()]
}

/// Compare two values as MariaDB does: numbers as numbers, strings without
/// regard to case or trailing spaces (the `_ci` collations of
/// `information_schema`); `None` when either is NULL.
fn compare(l: &Val, r: &Val) -> Eval<Option<std::cmp::Ordering>> {
    match (l, r) {
        (Val::Null, _) | (_, Val::Null) => Ok(None),
        (Val::CurrentDatabase, Val::CurrentDatabase) => Ok(Some(std::cmp::Ordering::Equal)),
        (Val::CurrentDatabase, _) | (_, Val::CurrentDatabase) => {
            Err(String::from("it compares the database's name"))
        }
        (Val::Text(a), Val::Text(b)) => {
            let fold = |s: &str| s.trim_end_matches(' ').to_lowercase();
            Ok(Some(fold(a).cmp(&fold(b))))
        }
        _ => Ok(l.number()?.zip(r.number()?).map(|(a, b)| a.cmp(&b))),
    }
}

fn binary(l: &Val, op: &BinaryOperator, r: &Val) -> Eval<Val> {
    use std::cmp::Ordering;
    use BinaryOperator as B;
    let ordered =
        |test: fn(Ordering) -> bool| -> Eval<Val> { Ok(boolean(compare(l, r)?.map(test))) };
    match op {
        B::Eq => ordered(|o| o == Ordering::Equal),
        B::NotEq => ordered(|o| o != Ordering::Equal),
        B::Lt => ordered(|o| o == Ordering::Less),
        B::LtEq => ordered(|o| o != Ordering::Greater),
        B::Gt => ordered(|o| o == Ordering::Greater),
        B::GtEq => ordered(|o| o != Ordering::Less),
        B::Spaceship => Ok(Val::Int(i128::from(
            compare(l, r)? == Some(Ordering::Equal) || (*l == Val::Null && *r == Val::Null),
        ))),
        B::And => Ok(match (l.truth()?, r.truth()?) {
            (Some(false), _) | (_, Some(false)) => Val::Int(0),
            (Some(true), Some(true)) => Val::Int(1),
            _ => Val::Null,
        }),
        B::Or => Ok(match (l.truth()?, r.truth()?) {
            (Some(true), _) | (_, Some(true)) => Val::Int(1),
            (Some(false), Some(false)) => Val::Int(0),
            _ => Val::Null,
        }),
        B::Plus | B::Minus => match (l.number()?, r.number()?) {
            (Some(a), Some(b)) => {
                let sum = if *op == B::Plus {
                    a.checked_add(b)
                } else {
                    a.checked_sub(b)
                };
                sum.map(Val::Int)
                    .ok_or_else(|| String::from("the arithmetic overflows"))
            }
            _ => Ok(Val::Null),
        },
        other => Err(format!("the operator {other} is not understood")),
    }
}

/// The rows a query over one `information_schema` view yields (its select
/// list per row; one row for `COUNT(*)`).
fn query_rows(catalog: &Catalog, query: &Query) -> Eval<Vec<Vec<Val>>> {
    let SetExpr::Select(select) = query.body.as_ref() else {
        return Err(format!("the query {query} is not understood"));
    };
    let grouped =
        !matches!(&select.group_by, GroupByExpr::Expressions(e, m) if e.is_empty() && m.is_empty());
    if grouped || select.having.is_some() {
        return Err(format!("the query {query} is not understood"));
    }
    let source: Vec<Row> = match select.from.as_slice() {
        [] => vec![Row::default()],
        [from] if from.joins.is_empty() => match &from.relation {
            TableFactor::Table { name, .. } => information_schema(catalog, name)?,
            _ => return Err(format!("the query {query} is not understood")),
        },
        _ => return Err(format!("the query {query} is not understood")),
    };
    let mut rows = Vec::new();
    for row in source {
        let keep = match &select.selection {
            Some(condition) => eval(catalog, &row, condition)?.truth()? == Some(true),
            None => true,
        };
        if keep {
            rows.push(row);
        }
    }
    // `SELECT *`: every column (what EXISTS and counts look at is the rows).
    if let [SelectItem::Wildcard(_)] = select.projection.as_slice() {
        return Ok(rows
            .into_iter()
            .map(|row| row.columns.into_iter().map(|(_, v)| v).collect())
            .collect());
    }
    let items: Vec<&Expr> = select
        .projection
        .iter()
        .map(|item| match item {
            SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => Ok(e),
            _ => Err(format!("the query {query} is not understood")),
        })
        .collect::<Eval<_>>()?;
    // An aggregate query gives one row, whose other columns come from the
    // first row that matched (all NULL when none did).
    if items.iter().any(|e| has_count(e)) {
        let mut aggregate = rows.first().cloned().unwrap_or_default();
        if rows.is_empty() {
            aggregate.columns = Vec::new();
        }
        aggregate.count = Some(rows.len() as i128);
        let out = items
            .iter()
            .map(|e| eval(catalog, &aggregate, e))
            .collect::<Eval<Vec<Val>>>()?;
        return Ok(vec![out]);
    }
    rows.iter()
        .map(|row| items.iter().map(|e| eval(catalog, row, e)).collect())
        .collect()
}

/// `COUNT(*)` or `COUNT(x)` (over rows whose x is never NULL here).
fn is_count(expr: &Expr) -> bool {
    matches!(expr, Expr::Function(f) if f.name.to_string().eq_ignore_ascii_case("count"))
}

/// Whether an expression uses `COUNT`, which makes its query an aggregate.
fn has_count(expr: &Expr) -> bool {
    match expr {
        _ if is_count(expr) => true,
        Expr::Nested(inner) | Expr::UnaryOp { expr: inner, .. } => has_count(inner),
        Expr::IsNull(inner) | Expr::IsNotNull(inner) => has_count(inner),
        Expr::BinaryOp { left, right, .. } => has_count(left) || has_count(right),
        Expr::Function(function) => match &function.args {
            FunctionArguments::List(list) => list.args.iter().any(
                |a| matches!(a, FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) if has_count(e)),
            ),
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::apply::CatalogBuilder;
    use crate::catalog::QualifiedName;
    use crate::dialect::Dialect;

    fn run(sql: &str) -> (Catalog, usize) {
        let mut builder = CatalogBuilder::new(Dialect::MySql);
        let (statements, diagnostics) = crate::parse::parse_script(0, sql, Dialect::MySql);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        for statement in &statements {
            builder.apply(statement, &sql);
        }
        let (catalog, warnings) = builder.finish(&[&sql]);
        (catalog, warnings.len())
    }

    #[test]
    fn like_patterns_match_as_mariadb_matches_them() {
        assert!(like("Widget_kind", "widget\\_%", Some('\\')));
        assert!(!like("widgetXkind", "widget\\_%", Some('\\')));
        assert!(like("label", "%abe_", Some('\\')));
        assert!(!like("abc ", "abc", Some('\\')));
        assert!(like("", "%", Some('\\')));
        assert!(like("a%b", "a!%b", Some('!')));
    }

    #[test]
    fn server_housekeeping_is_read_silently() {
        let (catalog, warnings) = run(
            "CREATE TABLE t (a INT);\nFLUSH LOGS;\nflush /*!50503 binary */ logs;\nFLUSH TABLES;",
        );
        assert_eq!(warnings, 0);
        assert_eq!(catalog.tables.len(), 1);
    }

    #[test]
    fn mysql8_collations_are_kept_with_a_warning() {
        let (catalog, warnings) = run(
            "CREATE TABLE t (a VARCHAR(5) COLLATE utf8mb4_0900_bin) COLLATE=utf8mb4_0900_ai_ci;\n\
             CREATE TABLE u (a VARCHAR(5) COLLATE utf8mb4_bin);",
        );
        assert_eq!(catalog.tables.len(), 2);
        assert_eq!(warnings, 2);
        assert!(catalog.notices.borrow().is_empty());
    }

    #[test]
    fn a_foreign_key_dropped_only_if_it_exists() {
        let sql = "CREATE TABLE p (id INT PRIMARY KEY);
            CREATE TABLE c (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES p (id));
            SET @s = IF((SELECT true FROM information_schema.TABLE_CONSTRAINTS WHERE
                CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'c' AND
                CONSTRAINT_NAME = 'c_ibfk_1' AND CONSTRAINT_TYPE = 'FOREIGN KEY') = true,
                'ALTER TABLE c DROP FOREIGN KEY c_ibfk_1', 'SELECT 1');
            PREPARE stmt FROM @s;
            EXECUTE stmt;
            DEALLOCATE PREPARE stmt;
            SET @t = (SELECT IF(COUNT(*) > 0, 'SELECT 1', 'ALTER TABLE c ADD COLUMN x INT')
                FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
                AND TABLE_NAME = 'c' AND COLUMN_NAME = 'x');
            PREPARE s2 FROM @t; EXECUTE s2;
            -- @t was worked out before the column came: a second run fails.
            PREPARE s3 FROM @t; EXECUTE s3;";
        let (catalog, warnings) = run(sql);
        assert_eq!(warnings, 1);
        let c = &catalog.tables[&QualifiedName::new(None, "c")];
        assert!(c.foreign_keys.is_empty());
        assert!(c.column("x").is_some());
    }

    #[test]
    fn session_settings_that_change_later_statements_are_reported() {
        let sql = "SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO';
            SET SQL_MODE='TRADITIONAL';
            SET sql_mode = 'ANSI_QUOTES,STRICT_TRANS_TABLES';
            SET SESSION sql_mode = CONCAT(@@sql_mode, ',PIPES_AS_CONCAT');
            SET GLOBAL sql_mode = 'ANSI';
            SET default_storage_engine = MyISAM;
            SET default_storage_engine = InnoDB;
            SET SQL_MODE=@OLD_SQL_MODE;
            SET FOREIGN_KEY_CHECKS = 0, UNIQUE_CHECKS = 0;
            SET NAMES utf8;";
        let (_, warnings) = run(sql);
        assert_eq!(warnings, 3);
    }

    #[test]
    fn unknown_values_are_reported_only_when_executed() {
        let sql = "CREATE TABLE a (id INT PRIMARY KEY);
            SET @OLD_CHECKS = @@FOREIGN_KEY_CHECKS;
            SET @n = (SELECT COUNT(*) FROM a);
            SET @s = IF(@n > 0, 'ALTER TABLE a ADD COLUMN y INT', 'SELECT 1');
            PREPARE stmt FROM @s;
            EXECUTE stmt;";
        let (catalog, warnings) = run(sql);
        assert_eq!(warnings, 1);
        assert!(catalog.tables[&QualifiedName::new(None, "a")]
            .column("y")
            .is_none());
    }
}
