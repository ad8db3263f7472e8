//! The schema search path, followed as the server follows it (namespace.c:
//! `recomputeNamespacePath`, `RangeVarGetCreationNamespace`,
//! `RangeVarGetRelid`): an unqualified name being created goes to the first
//! schema of the path that exists; one being looked up resolves to the first
//! schema of the path that holds it. The path is session state: each file
//! starts with the server's default, `"$user", public`.

use sqlparser::ast::{
    Expr, FunctionArg, FunctionArgExpr, FunctionArguments, Reset, SelectItem, Set, SetExpr,
    Statement, Value,
};

use super::super::{Catalog, QualifiedName};
use super::stored_identifier;

/// The role the loading session runs as (the oracle's psql connects as
/// `postgres`): `"$user"` stands for a schema of that name, when one exists.
const SESSION_USER: &str = "postgres";

/// The server's default path.
const DEFAULT_PATH: [&str; 2] = ["$user", "public"];

/// What a statement does to the search path.
pub(super) enum PathChange {
    /// The schema names listed, as stored.
    Set(Vec<String>),
    /// Back to the default (`RESET`, `SET ... TO DEFAULT`, `RESET ALL`).
    Reset,
}

/// `SET [SESSION|LOCAL] search_path {=|TO} ...`, `RESET search_path`,
/// `SELECT [pg_catalog.]set_config('search_path', 'text', is_local)`:
/// what they make of the path; `None` for any other statement, `Err` for a
/// value the server refuses or we cannot read.
pub(super) fn path_change(statement: &Statement) -> Option<Result<PathChange, String>> {
    match statement {
        Statement::Set(Set::SingleAssignment {
            variable, values, ..
        }) if variable.to_string().eq_ignore_ascii_case("search_path") => Some(set_values(values)),
        Statement::Reset(reset) => match &reset.reset {
            Reset::ALL => Some(Ok(PathChange::Reset)),
            Reset::ConfigurationParameter(name)
                if name.to_string().eq_ignore_ascii_case("search_path") =>
            {
                Some(Ok(PathChange::Reset))
            }
            _ => None,
        },
        Statement::Query(query) => set_config(&query.body),
        _ => None,
    }
}

/// The values of `SET search_path`: an identifier as stored (unquoted ones
/// folded), a string as written (flatten_set_variable_args quotes it, so its
/// case and any comma are kept).
fn set_values(values: &[Expr]) -> Result<PathChange, String> {
    if let [Expr::Identifier(ident)] = values {
        if ident.quote_style.is_none() && ident.value.eq_ignore_ascii_case("default") {
            return Ok(PathChange::Reset);
        }
    }
    values
        .iter()
        .map(|value| match value {
            Expr::Identifier(ident) => {
                Ok(stored_identifier(&ident.value, ident.quote_style.is_some()))
            }
            Expr::Value(v) => match &v.value {
                Value::SingleQuotedString(s) => Ok(s.clone()),
                _ => Err(format!("invalid value for parameter \"search_path\": {v}")),
            },
            other => Err(format!(
                "invalid value for parameter \"search_path\": {other}"
            )),
        })
        .collect::<Result<Vec<_>, _>>()
        .map(|names| {
            // An empty string is no schema at all.
            PathChange::Set(names.into_iter().filter(|n| !n.is_empty()).collect())
        })
}

/// A `SELECT` without FROM whose one column is `set_config('search_path',
/// 'text', ...)`.
fn set_config(body: &SetExpr) -> Option<Result<PathChange, String>> {
    let SetExpr::Select(select) = body else {
        return None;
    };
    if !select.from.is_empty() {
        return None;
    }
    let [SelectItem::UnnamedExpr(Expr::Function(function))
    | SelectItem::ExprWithAlias {
        expr: Expr::Function(function),
        ..
    }] = select.projection.as_slice()
    else {
        return None;
    };
    let called = function.name.0.last()?.as_ident()?;
    if !called.value.eq_ignore_ascii_case("set_config") {
        return None;
    }
    let FunctionArguments::List(list) = &function.args else {
        return None;
    };
    let text = |arg: &FunctionArg| match arg {
        FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Value(v))) => match &v.value {
            Value::SingleQuotedString(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    let [setting, value, _] = list.args.as_slice() else {
        return None;
    };
    if !text(setting)?.eq_ignore_ascii_case("search_path") {
        return None;
    }
    Some(match text(value) {
        Some(value) => split_identifier_string(&value)
            .map(PathChange::Set)
            .ok_or_else(|| format!("invalid value for parameter \"search_path\": \"{value}\"")),
        None => Err(String::from(
            "set_config('search_path', ...) with a value that is not a constant",
        )),
    })
}

/// A list of names as the server splits a search_path setting
/// (SplitIdentifierString): comma-separated, blanks around each trimmed,
/// double-quoted ones as written (`""` for a quote), others folded to lower
/// case; `None` when the text is no such list.
fn split_identifier_string(text: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut chars = text.chars().peekable();
    let skip_blanks = |chars: &mut std::iter::Peekable<std::str::Chars>| {
        while chars.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            chars.next();
        }
    };
    skip_blanks(&mut chars);
    if chars.peek().is_none() {
        return Some(names);
    }
    loop {
        let name = if chars.peek() == Some(&'"') {
            chars.next();
            let mut name = String::new();
            loop {
                match chars.next()? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        name.push('"');
                    }
                    '"' => break,
                    c => name.push(c),
                }
            }
            stored_identifier(&name, true)
        } else {
            let mut name = String::new();
            while let Some(&c) = chars.peek() {
                if c == ',' || c.is_ascii_whitespace() || c == '"' {
                    break;
                }
                name.push(c);
                chars.next();
            }
            if name.is_empty() {
                return None;
            }
            stored_identifier(&name, false)
        };
        names.push(name);
        skip_blanks(&mut chars);
        match chars.next() {
            None => return Some(names),
            Some(',') => skip_blanks(&mut chars),
            Some(_) => return None,
        }
    }
}

/// Whether the schema exists (`public` always does).
fn schema_exists(catalog: &Catalog, schema: &str) -> bool {
    schema == "public" || catalog.schemas.iter().any(|s| s == schema)
}

/// The schema names the session's path lists.
fn listed(catalog: &Catalog) -> impl Iterator<Item = &str> {
    let (set, default) = match &catalog.session.search_path {
        Some(path) => (Some(path.iter().map(String::as_str)), None),
        None => (None, Some(DEFAULT_PATH.iter().copied())),
    };
    set.into_iter()
        .flatten()
        .chain(default.into_iter().flatten())
}

/// Whether the path finds unqualified names in public alone: the default
/// path where the session user has no schema, which is most scripts. Names
/// are then looked up and created without working out the path.
fn public_only(catalog: &Catalog) -> bool {
    catalog.session.search_path.is_none() && !schema_exists(catalog, SESSION_USER)
}

/// The schemas an unqualified name is looked up in, in order: the listed
/// ones that exist, `"$user"` for the session user's schema, without
/// repeats. pg_catalog (searched first when not listed) and the temporary
/// schema hold none of the script's named objects and are left out.
fn lookup_schemas(catalog: &Catalog) -> Vec<&str> {
    let mut schemas: Vec<&str> = Vec::new();
    for name in listed(catalog) {
        let name = if name == "$user" { SESSION_USER } else { name };
        if name == "pg_catalog" || name == "pg_temp" || name.starts_with("pg_temp_") {
            continue;
        }
        if schema_exists(catalog, name) && !schemas.contains(&name) {
            schemas.push(name);
        }
    }
    schemas
}

/// The schema an unqualified name is created in: the first listed one that
/// exists.
pub(super) fn creation_schema(catalog: &Catalog) -> Result<&str, String> {
    for name in listed(catalog) {
        let name = if name == "$user" { SESSION_USER } else { name };
        if name == "pg_temp" || name.starts_with("pg_temp_") {
            continue;
        }
        if name == "pg_catalog" {
            return Err(String::from(
                "search_path creates unqualified objects in pg_catalog: permission denied \
                 (system catalog modifications are disallowed)",
            ));
        }
        if schema_exists(catalog, name) {
            return Ok(name);
        }
    }
    Err(String::from("no schema has been selected to create in"))
}

/// A schema as a [`QualifiedName`] holds it: `None` for public.
fn reported(schema: &str) -> Option<String> {
    (schema != "public").then(|| schema.to_string())
}

/// Whether a schema holds an object of this name: a relation (table, view,
/// sequence, index or key index), a type (enum, domain, other) or a function.
fn holds(catalog: &Catalog, name: &QualifiedName) -> bool {
    let schema = &name.schema;
    let has_index = |t: &super::super::Table| {
        t.name.schema == *schema
            && (t.indexes.iter().any(|i| i.name == name.name)
                || t.primary_key.as_ref().and_then(|p| p.name.as_deref()) == Some(&name.name)
                || t.uniques
                    .iter()
                    .any(|u| u.name.as_deref() == Some(&name.name)))
    };
    catalog.tables.contains_key(name)
        || catalog.sequences.contains_key(name)
        || catalog.enums.contains_key(name)
        || catalog.domains.contains_key(name)
        || catalog.other_types.contains_key(name)
        || catalog.functions.iter().any(|f| f.name == *name)
        || catalog
            .name_owners(schema, &name.name)
            .iter()
            .filter_map(|owner| catalog.tables.get(owner))
            .any(has_index)
}

/// What an unqualified `name` refers to where a statement looks it up: the
/// first schema of the path that holds it; else where it would be created
/// (so that the statement reports it missing there), public when nowhere.
pub(super) fn lookup(catalog: &Catalog, name: String) -> QualifiedName {
    // The session's temporary relations (kept under the name as written)
    // come before the path.
    let temporary = QualifiedName::new(None, name);
    if public_only(catalog) {
        return temporary;
    }
    let schemas = lookup_schemas(catalog);
    if schemas == ["public"] || catalog.temporary.iter().any(|(t, _)| *t == temporary) {
        return temporary;
    }
    let name = temporary.name;
    for schema in &schemas {
        let qualified = QualifiedName::new(reported(schema), name.as_str());
        if holds(catalog, &qualified) {
            return qualified;
        }
    }
    let schema = creation_schema(catalog).ok().and_then(reported);
    QualifiedName::new(schema, name)
}

/// The type an unqualified user-defined type name refers to: the first
/// schema of the path holding an enum, domain or other type of that name.
pub(super) fn lookup_type(catalog: &Catalog, name: &str) -> Option<QualifiedName> {
    lookup_schemas(catalog)
        .into_iter()
        .map(|schema| QualifiedName::new(reported(schema), name))
        .find(|q| {
            catalog.enums.contains_key(q)
                || catalog.domains.contains_key(q)
                || catalog.other_types.contains_key(q)
        })
}

/// The name an unqualified object being created gets.
pub(super) fn create(catalog: &Catalog, name: String) -> Result<QualifiedName, String> {
    if public_only(catalog) {
        return Ok(QualifiedName::new(None, name));
    }
    creation_schema(catalog).map(|schema| QualifiedName::new(reported(schema), name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_splits_as_the_server_splits_it() {
        assert_eq!(
            split_identifier_string(" App , \"X y\",\"$user\""),
            Some(vec![
                String::from("app"),
                String::from("X y"),
                String::from("$user")
            ])
        );
        assert_eq!(split_identifier_string(""), Some(Vec::new()));
        assert_eq!(split_identifier_string("a b"), None);
        assert_eq!(split_identifier_string("a,"), None);
    }
}
