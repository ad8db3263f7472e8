//! Result types of function calls the deparser's own list does not cover:
//! functions and aggregates the statements created (`CREATE FUNCTION ...
//! RETURNS type`, `CREATE AGGREGATE ... (STYPE = type [, FINALFUNC = f])`), and
//! more built-ins, as `pg_proc.prorettype` gives them.

use super::super::routines::find_function;
use super::super::{Catalog, QualifiedName, SqlType};
use super::PostgreSqlRules;
use crate::catalog::rules::ServerRules;

/// The result type of `name(args)`, the arguments' types given by their
/// `format_type` labels; `None`: not known.
pub(super) fn call_result(catalog: &Catalog, name: &str, arg_types: &[String]) -> Option<SqlType> {
    let parts: Vec<&str> = name.split('.').collect();
    let (schema, bare) = match parts.as_slice() {
        [bare] => (None, *bare),
        [.., schema, bare] => (PostgreSqlRules.schema_of(schema), *bare),
        [] => return None,
    };
    // pg_catalog comes first on the search path.
    if schema.is_none() {
        if let Some(label) = builtin_result(bare, arg_types) {
            return Some(from_label(&label));
        }
    }
    find_function(catalog, &QualifiedName::new(schema, bare), arg_types.len())
        .and_then(|f| f.returns.clone())
}

/// The parameter types of the function a statement created that `name(args)`
/// calls (`None`: a built-in or not known). Its arguments are coerced to them,
/// as parse analysis does.
pub(super) fn call_parameters(
    catalog: &Catalog,
    name: &str,
    arg_types: &[String],
) -> Option<Vec<SqlType>> {
    let parts: Vec<&str> = name.split('.').collect();
    let (schema, bare) = match parts.as_slice() {
        [bare] => (None, *bare),
        [.., schema, bare] => (PostgreSqlRules.schema_of(schema), *bare),
        [] => return None,
    };
    if schema.is_none() && builtin_result(bare, arg_types).is_some() {
        return None;
    }
    let function = find_function(catalog, &QualifiedName::new(schema, bare), arg_types.len())?;
    // Polymorphic parameters take the argument's own type.
    let polymorphic = |t: &SqlType| t.name.starts_with("any") || t.name.is_empty();
    Some(
        function
            .args
            .iter()
            .map(|t| {
                if polymorphic(t) {
                    SqlType::default()
                } else {
                    t.clone()
                }
            })
            .collect(),
    )
}

/// A type from its label (`text[]`).
fn from_label(label: &str) -> SqlType {
    let mut name = label;
    let mut array_dims = 0;
    while let Some(element) = name.strip_suffix("[]") {
        name = element;
        array_dims += 1;
    }
    SqlType {
        name: name.to_string(),
        array_dims,
        ..SqlType::default()
    }
}

/// A type label we know (not empty, unknown or an untyped literal's).
fn known(t: Option<&str>) -> Option<&str> {
    t.filter(|t| !matches!(*t, "" | "?" | "unknown"))
}

fn builtin_result(name: &str, args: &[String]) -> Option<String> {
    let first = args.first().map(String::as_str);
    Some(String::from(match name {
        "jsonb_object_agg"
        | "jsonb_object"
        | "jsonb_strip_nulls"
        | "jsonb_set"
        | "jsonb_insert"
        | "jsonb_extract_path"
        | "jsonb_path_query_first" => "jsonb",
        "json_object_agg" | "json_object" | "json_strip_nulls" | "json_extract_path"
        | "array_to_json" | "row_to_json" => "json",
        "array_to_string"
        | "jsonb_typeof"
        | "json_typeof"
        | "jsonb_extract_path_text"
        | "json_extract_path_text"
        | "jsonb_pretty"
        | "string_agg"
        | "text" => "text",
        "jsonb_array_elements" | "jsonb_each" => return None,
        "array_append" | "array_prepend" | "array_cat" | "array_remove" | "array_replace" => {
            // The array argument's type (the second one for array_prepend).
            let array = if name == "array_prepend" {
                args.get(1).map(String::as_str)
            } else {
                first
            };
            return known(array).map(str::to_string);
        }
        "unnest" => {
            return known(first)
                .and_then(|t| t.strip_suffix("[]"))
                .map(str::to_string)
        }
        "date" => "date",
        "nlevel" => "integer",
        "text2ltree" | "subpath" | "subltree" => "ltree",
        _ => return None,
    }))
}
