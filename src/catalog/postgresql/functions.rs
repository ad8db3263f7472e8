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

/// One `pg_proc` entry: parameter types and result type, by `format_type` label.
type Overload = (&'static [&'static str], &'static str);

/// The built-in functions with overloads for string, bytea and bit arguments,
/// as `pg_proc` lists them (`SELECT oid::regprocedure, prorettype::regtype
/// FROM pg_proc WHERE proname = ...`). `character` is `bpchar`.
fn overloads(name: &str) -> &'static [Overload] {
    const INT: &str = "integer";
    match name {
        "octet_length" => &[
            (&["text"], INT),
            (&["bytea"], INT),
            (&["bit"], INT),
            (&["bpchar"], INT),
        ],
        "bit_length" => &[(&["text"], INT), (&["bytea"], INT), (&["bit"], INT)],
        "length" => &[
            (&["text"], INT),
            (&["bpchar"], INT),
            (&["bytea"], INT),
            (&["bit"], INT),
            (&["tsvector"], INT),
            (&["path"], "double precision"),
            (&["lseg"], "double precision"),
            (&["bytea", "name"], INT),
        ],
        "char_length" | "character_length" => &[(&["text"], INT), (&["bpchar"], INT)],
        "md5" => &[(&["text"], "text"), (&["bytea"], "text")],
        "btrim" | "ltrim" | "rtrim" => &[
            (&["text"], "text"),
            (&["text", "text"], "text"),
            (&["bytea", "bytea"], "bytea"),
        ],
        "substr" => &[
            (&["text", INT], "text"),
            (&["text", INT, INT], "text"),
            (&["bytea", INT], "bytea"),
            (&["bytea", INT, INT], "bytea"),
        ],
        "substring" => &[
            (&["text", INT], "text"),
            (&["text", INT, INT], "text"),
            (&["text", "text"], "text"),
            (&["text", "text", "text"], "text"),
            (&["bytea", INT], "bytea"),
            (&["bytea", INT, INT], "bytea"),
            (&["bit", INT], "bit"),
            (&["bit", INT, INT], "bit"),
        ],
        "overlay" => &[
            (&["text", "text", INT], "text"),
            (&["text", "text", INT, INT], "text"),
            (&["bytea", "bytea", INT], "bytea"),
            (&["bytea", "bytea", INT, INT], "bytea"),
            (&["bit", "bit", INT], "bit"),
            (&["bit", "bit", INT, INT], "bit"),
        ],
        "position" => &[
            (&["text", "text"], INT),
            (&["bytea", "bytea"], INT),
            (&["bit", "bit"], INT),
        ],
        "sha224" => &[(&["bytea"], "bytea")],
        "sha256" => &[(&["bytea"], "bytea")],
        "sha384" => &[(&["bytea"], "bytea")],
        "sha512" => &[(&["bytea"], "bytea")],
        "bit_count" => &[(&["bytea"], "bigint"), (&["bit"], "bigint")],
        "get_byte" => &[(&["bytea", INT], INT)],
        "set_byte" => &[(&["bytea", INT, INT], "bytea")],
        "decode" => &[(&["text", "text"], "bytea")],
        "convert_from" => &[(&["bytea", "name"], "text")],
        "convert_to" => &[(&["text", "name"], "bytea")],
        _ => &[],
    }
}

/// Whether `name` is one of the overloaded built-ins [`resolve_overload`] knows.
pub(super) fn has_overloads(name: &str) -> bool {
    !overloads(name).is_empty()
}

/// The type category (`typcategory`) of a label, for what resolution needs.
fn category(ty: &str) -> char {
    match ty {
        "text" | "character varying" | "bpchar" | "name" => 'S',
        "smallint" | "integer" | "bigint" | "numeric" | "real" | "double precision" => 'N',
        "bit" | "bit varying" => 'V',
        "date" | "timestamp without time zone" | "timestamp with time zone" => 'D',
        "boolean" => 'B',
        _ => 'U',
    }
}

/// `typispreferred`.
fn is_preferred(ty: &str) -> bool {
    matches!(
        ty,
        "text" | "double precision" | "boolean" | "timestamp with time zone" | "interval" | "oid"
    )
}

/// Whether `pg_cast` has an implicit cast (or binary coercion) from `from` to `to`.
pub(super) fn implicitly_castable(from: &str, to: &str) -> bool {
    const NUMBERS: [&str; 6] = [
        "smallint",
        "integer",
        "bigint",
        "numeric",
        "real",
        "double precision",
    ];
    if from == to {
        return true;
    }
    let rank = |t: &str| NUMBERS.iter().position(|n| *n == t);
    if let (Some(f), Some(t)) = (rank(from), rank(to)) {
        return f < t;
    }
    matches!(
        (from, to),
        ("character varying" | "bpchar" | "name", "text")
            | ("character varying" | "text", "bpchar")
            | ("bpchar" | "text", "character varying")
            | ("text" | "character varying" | "bpchar", "name")
            | ("bit", "bit varying")
            | ("bit varying", "bit")
            | (
                "date",
                "timestamp without time zone" | "timestamp with time zone"
            )
            | ("timestamp without time zone", "timestamp with time zone")
    )
}

/// Function resolution (`func_select_candidate`) among a built-in's overloads
/// for arguments of these types (domains already replaced by their base types,
/// untyped literals `unknown`): an exact match, else the one candidate left
/// after keeping those the arguments coerce to implicitly, then those with
/// the most exact matches, then the most preferred types where a coercion is
/// needed, then for untyped arguments the string category and its preferred
/// type. `None`: not such a function, an argument of a type not known, or no
/// single candidate.
pub(super) fn resolve_overload(
    name: &str,
    arg_types: &[String],
) -> Option<(&'static [&'static str], &'static str)> {
    if arg_types.iter().any(|t| t == "?" || t.is_empty()) {
        return None;
    }
    let mut candidates: Vec<Overload> = overloads(name)
        .iter()
        .copied()
        .filter(|(params, _)| params.len() == arg_types.len())
        .collect();
    let known = |t: &String| t != "unknown";
    if let Some(exact) = candidates.iter().find(|(params, _)| {
        arg_types
            .iter()
            .zip(params.iter())
            .all(|(a, p)| known(a) && a == p)
    }) {
        return Some(*exact);
    }
    candidates.retain(|(params, _)| {
        arg_types
            .iter()
            .zip(params.iter())
            .all(|(a, p)| !known(a) || implicitly_castable(a, p))
    });
    let keep_best = |candidates: &mut Vec<Overload>, score: &dyn Fn(&Overload) -> usize| {
        if let Some(best) = candidates.iter().map(score).max() {
            candidates.retain(|c| score(c) == best);
        }
    };
    keep_best(&mut candidates, &|(params, _)| {
        arg_types
            .iter()
            .zip(params.iter())
            .filter(|(a, p)| known(a) && a == *p)
            .count()
    });
    keep_best(&mut candidates, &|(params, _)| {
        arg_types
            .iter()
            .zip(params.iter())
            .filter(|(a, p)| known(a) && (a == *p || is_preferred(p)))
            .count()
    });
    // Untyped arguments: the string category when a candidate takes it
    // there, and its preferred type when one does.
    for (i, arg) in arg_types.iter().enumerate() {
        if known(arg) || candidates.len() < 2 {
            continue;
        }
        if candidates.iter().any(|(p, _)| category(p[i]) == 'S') {
            candidates.retain(|(p, _)| category(p[i]) == 'S');
        }
        if candidates.iter().any(|(p, _)| is_preferred(p[i])) {
            candidates.retain(|(p, _)| is_preferred(p[i]));
        }
    }
    match candidates.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// `select_common_type`: the type a CASE (or a like construct) gives its
/// results, the inputs' types listed in the order the server considers them
/// (domains already replaced by their base types). The first known type
/// stands until a later one of the same category that it casts to implicitly,
/// but not back, replaces it, unless it is the preferred type; all untyped:
/// text. `None`: a type not known.
pub(super) fn common_type(types: &[String]) -> Option<String> {
    let mut chosen: Option<&str> = None;
    for ty in types {
        match ty.as_str() {
            "?" | "" => return None,
            "unknown" => {}
            t => match chosen {
                None => chosen = Some(t),
                Some(c) if c == t => {}
                Some(c) => {
                    if category(c) != category(t) {
                        return None;
                    }
                    if !is_preferred(c) && implicitly_castable(c, t) && !implicitly_castable(t, c) {
                        chosen = Some(t);
                    }
                }
            },
        }
    }
    Some(chosen.unwrap_or("text").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn overloads_follow_argument_types() {
        let params = |name, args: &[&str]| resolve_overload(name, &types(args)).map(|o| o.0);
        assert_eq!(params("octet_length", &["bytea"]), Some(&["bytea"][..]));
        assert_eq!(params("octet_length", &["bpchar"]), Some(&["bpchar"][..]));
        assert_eq!(
            params("octet_length", &["character varying"]),
            Some(&["text"][..])
        );
        assert_eq!(params("octet_length", &["unknown"]), Some(&["text"][..]));
        assert_eq!(
            params("btrim", &["bytea", "unknown"]),
            Some(&["bytea", "bytea"][..])
        );
        assert_eq!(params("octet_length", &["?"]), None);
        assert_eq!(params("octet_length", &["uuid"]), None);
    }

    #[test]
    fn common_type_considers_inputs_in_order() {
        let common = |list: &[&str]| common_type(&types(list));
        assert_eq!(common(&["unknown", "unknown"]).as_deref(), Some("text"));
        assert_eq!(common(&["integer", "bigint"]).as_deref(), Some("bigint"));
        assert_eq!(
            common(&["character varying", "text"]).as_deref(),
            Some("character varying")
        );
        assert_eq!(
            common(&["text", "character varying"]).as_deref(),
            Some("text")
        );
        assert_eq!(common(&["integer", "text"]), None);
    }
}
