//! What SQLite checks in an index's terms when `CREATE INDEX` runs: every
//! column named is one of the table's, every function is one SQLite has (it
//! has no `CREATE FUNCTION`, so an application's own functions do not exist
//! when the schema is loaded by the sqlite3 shell), and a partial index's
//! predicate holds no subquery. A statement that fails these is refused as
//! the server refuses it.

use sqlparser::ast::{Expr, FunctionArg, FunctionArgExpr, FunctionArguments, InTarget};

use crate::catalog::Table;

/// The scalar functions of SQLite 3.40 as the sqlite3 shell builds it (core,
/// date and time, JSON1 and math functions).
const FUNCTIONS: &[&str] = &[
    "abs",
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "ceil",
    "ceiling",
    "char",
    "coalesce",
    "cos",
    "cosh",
    "date",
    "datetime",
    "degrees",
    "exp",
    "floor",
    "format",
    "glob",
    "hex",
    "ifnull",
    "iif",
    "instr",
    "json",
    "json_array",
    "json_array_length",
    "json_extract",
    "json_insert",
    "json_object",
    "json_patch",
    "json_quote",
    "json_remove",
    "json_replace",
    "json_set",
    "json_type",
    "json_valid",
    "julianday",
    "length",
    "like",
    "likelihood",
    "likely",
    "ln",
    "log",
    "log10",
    "log2",
    "lower",
    "ltrim",
    "max",
    "min",
    "mod",
    "nullif",
    "pi",
    "pow",
    "power",
    "printf",
    "quote",
    "radians",
    "replace",
    "round",
    "rtrim",
    "sign",
    "sin",
    "sinh",
    "soundex",
    "sqlite_compileoption_get",
    "sqlite_compileoption_used",
    "sqlite_offset",
    "sqlite_source_id",
    "sqlite_version",
    "sqrt",
    "strftime",
    "substr",
    "substring",
    "tan",
    "tanh",
    "time",
    "trim",
    "trunc",
    "typeof",
    "unicode",
    "unixepoch",
    "unlikely",
    "upper",
    "zeroblob",
];

/// Functions SQLite has whose value is not fixed by their arguments: an
/// index may not use them.
const NONDETERMINISTIC: &[&str] = &[
    "changes",
    "last_insert_rowid",
    "random",
    "randomblob",
    "total_changes",
];

/// Check one index term (a key expression or the WHERE predicate) of an
/// index on `table`; the error is the server's.
pub fn check(table: &Table, expr: &Expr) -> Result<(), String> {
    let mut pending = vec![expr];
    while let Some(expr) = pending.pop() {
        match expr {
            Expr::Identifier(ident) => {
                // A double-quoted name that is no column is a string (SQLite's
                // legacy quoting, on in the 3.40 shell).
                if ident.quote_style != Some('"') && !has_column(table, &ident.value) {
                    return Err(format!("no such column: {}", ident.value));
                }
            }
            Expr::CompoundIdentifier(parts) => {
                let qualifier = parts.len().checked_sub(2).map(|i| &parts[i].value);
                let column = parts.last().map(|p| p.value.as_str()).unwrap_or_default();
                let table_named =
                    qualifier.is_none_or(|q| q.eq_ignore_ascii_case(&table.name.name));
                if !table_named || !has_column(table, column) {
                    let written: Vec<&str> = parts.iter().map(|p| p.value.as_str()).collect();
                    return Err(format!("no such column: {}", written.join(".")));
                }
            }
            Expr::Function(function) => {
                let name = function
                    .name
                    .0
                    .last()
                    .and_then(|p| p.as_ident())
                    .map(|i| i.value.to_ascii_lowercase())
                    .unwrap_or_default();
                if NONDETERMINISTIC.contains(&name.as_str()) {
                    return Err(String::from(
                        "non-deterministic functions prohibited in index expressions and \
                         partial index WHERE clauses",
                    ));
                }
                if function.name.0.len() != 1 || !FUNCTIONS.contains(&name.as_str()) {
                    return Err(format!("no such function: {}", function.name));
                }
                if let FunctionArguments::List(list) = &function.args {
                    for arg in &list.args {
                        if let FunctionArg::Unnamed(FunctionArgExpr::Expr(e))
                        | FunctionArg::Named {
                            arg: FunctionArgExpr::Expr(e),
                            ..
                        } = arg
                        {
                            pending.push(e);
                        }
                    }
                }
            }
            Expr::Subquery(_)
            | Expr::Exists { .. }
            | Expr::In {
                target: InTarget::Subquery(_) | InTarget::Table { .. },
                ..
            } => {
                return Err(String::from(
                    "subqueries prohibited in index expressions and partial index WHERE clauses",
                ))
            }
            Expr::Nested(inner)
            | Expr::UnaryOp { expr: inner, .. }
            | Expr::Cast { expr: inner, .. }
            | Expr::Collate { expr: inner, .. }
            | Expr::IsNull(inner)
            | Expr::IsNotNull(inner)
            | Expr::IsTrue(inner)
            | Expr::IsFalse(inner)
            | Expr::IsNotTrue(inner)
            | Expr::IsNotFalse(inner) => pending.push(inner),
            Expr::BinaryOp { left, right, .. }
            | Expr::IsDistinctFrom(left, right)
            | Expr::IsNotDistinctFrom(left, right) => {
                pending.push(left);
                pending.push(right);
            }
            Expr::Like { expr, pattern, .. }
            | Expr::ILike { expr, pattern, .. }
            | Expr::SimilarTo { expr, pattern, .. }
            | Expr::RLike { expr, pattern, .. } => {
                pending.push(expr);
                pending.push(pattern);
            }
            Expr::Between {
                expr, low, high, ..
            } => pending.extend([expr.as_ref(), low.as_ref(), high.as_ref()]),
            Expr::In { expr, target, .. } => {
                pending.push(expr);
                match target {
                    InTarget::List(list) => pending.extend(list.iter()),
                    InTarget::Unnest(inner) => pending.push(inner),
                    _ => {}
                }
            }
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => {
                pending.extend(operand.as_deref());
                for when in conditions {
                    pending.push(&when.condition);
                    pending.push(&when.result);
                }
                pending.extend(else_result.as_deref());
            }
            Expr::Tuple(items) => pending.extend(items.iter()),
            Expr::Value(_) | Expr::TypedString { .. } => {}
            // Anything else (`f(x).y`, `a[1]`, `x::int`...) is not SQLite's
            // grammar: refused rather than kept unchecked.
            other => return Err(format!("SQLite does not take `{other}` in an index")),
        }
    }
    Ok(())
}

/// Whether `name` is a column of `table` (any case), or its rowid.
fn has_column(table: &Table, name: &str) -> bool {
    table
        .columns
        .iter()
        .any(|c| c.name.eq_ignore_ascii_case(name))
        || ["rowid", "oid", "_rowid_"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::catalog::{Column, QualifiedName, SqlType, Table, TableKind};
    use sqlparser::dialect::SQLiteDialect;

    fn term(text: &str) -> sqlparser::ast::Expr {
        crate::parse::sql_parser(&SQLiteDialect {})
            .try_with_sql(text)
            .and_then(|mut p| p.parse_expr())
            .expect("an expression")
    }

    #[test]
    fn index_terms_are_checked_as_sqlite_checks_them() {
        let mut table = Table::new(QualifiedName::new(None, "t"), TableKind::Table);
        for name in ["id", "closed_at", "state"] {
            table.columns.push(Column::new(name, SqlType::default()));
        }
        for ok in [
            "closed_at IS NULL",
            "t.state != 'x' AND (id > 0 OR \"nothing\" = 'y')",
            "lower(state) LIKE 'a%' COLLATE NOCASE",
            "CASE WHEN id IN (1, 2) THEN 1 ELSE 0 END = 1",
            "rowid > 0",
        ] {
            assert_eq!(check(&table, &term(ok)), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("__import__('os').system('x')", "SQLite does not take"),
            ("os.system IS NULL", "no such column: os.system"),
            ("missing > 1", "no such column: missing"),
            ("exec(state)", "no such function: exec"),
            ("random() > 0", "non-deterministic"),
            ("id IN (SELECT 1)", "subqueries prohibited"),
        ] {
            let error = check(&table, &term(bad)).expect_err(bad);
            assert!(error.contains(why), "{bad}: {error}");
        }
    }
}
