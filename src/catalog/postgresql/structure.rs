//! PostgreSQL's structural ALTER TABLE forms: RENAME COLUMN, DROP COLUMN,
//! DROP CONSTRAINT, RENAME CONSTRAINT and RENAME TO, with the dependencies the
//! server follows (a dropped column takes its indexes and constraints with it;
//! a foreign key in another table blocks the drop unless CASCADE).
//!
//! The server stores expressions as trees, so a renamed column shows up under
//! its new name in every default, CHECK and index predicate; the catalog keeps
//! their printed text, in which the identifier is replaced.

use crate::catalog::rules::ApplyResult;
use crate::catalog::{Catalog, IndexElement, QualifiedName, Table, ViewsFollow};

use super::deparse::quote_ident;

/// Tokens of printed PostgreSQL text: identifiers (bare or quoted) with what
/// they stand for, everything else copied as is.
fn replace_identifier(text: &str, old: &str, new: &str) -> String {
    rewrite_identifiers(text, |name, is_call, is_type| {
        (name == old && !is_call && !is_type).then(|| quote_ident(new))
    })
}

/// Whether printed text calls the function `function`.
pub fn calls_function(text: &str, function: &str) -> bool {
    rewrite_identifiers(text, |name, is_call, _| {
        (is_call && name == function).then(|| String::from("\u{0}"))
    }) != text
}

/// Printed text with each identifier (bare or quoted) replaced by what
/// `replace(name, is_call, is_type)` says, if anything; strings and everything
/// else copied as is.
fn rewrite_identifiers(
    text: &str,
    mut replace: impl FnMut(&str, bool, bool) -> Option<String>,
) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\'' {
            // A string literal, '' escapes included.
            let start = i;
            i += 1;
            while i < bytes.len() {
                if bytes[i] == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
            out.push_str(&text[start..i]);
            continue;
        }
        let (ident, end) = if b == b'"' {
            let start = i;
            i += 1;
            let mut name = String::new();
            while i < bytes.len() {
                if bytes[i] == b'"' {
                    if bytes.get(i + 1) == Some(&b'"') {
                        name.push('"');
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                let c = text[i..].chars().next().unwrap_or('"');
                name.push(c);
                i += c.len_utf8();
            }
            (Some((name, start)), i)
        } else if b == b'_' || b.is_ascii_alphabetic() || b >= 0x80 {
            let start = i;
            while i < bytes.len()
                && (bytes[i] == b'_'
                    || bytes[i] == b'$'
                    || bytes[i].is_ascii_alphanumeric()
                    || bytes[i] >= 0x80)
            {
                i += 1;
            }
            (Some((text[start..i].to_string(), start)), i)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
            continue;
        };
        if let Some((name, start)) = ident {
            // A function name is followed by `(`, a type name follows `::`.
            let is_call = text[end..].trim_start().starts_with('(');
            let is_type = text[..start].trim_end().ends_with("::");
            match replace(&name, is_call, is_type) {
                Some(replaced) => out.push_str(&replaced),
                None => out.push_str(&text[start..end]),
            }
        }
    }
    out
}

/// Whether printed text mentions the column `name`.
pub(super) fn mentions(text: &str, name: &str) -> bool {
    replace_identifier(text, name, "\u{0}") != text
}

pub fn rename_column(
    catalog: &mut Catalog,
    table: &mut Table,
    old: &str,
    new: &str,
) -> ApplyResult {
    if table.column(new).is_some() {
        return Err(format!(
            "column \"{new}\" of relation \"{}\" already exists",
            table.name.name
        )
        .into());
    }
    let column = table
        .column_mut(old)
        .ok_or_else(|| format!("column \"{old}\" does not exist"))?;
    column.name = new.to_string();
    table.follow_column_rename(old, new, exact);
    // A sequence owned by the column stays owned by it.
    for sequence in catalog.sequences.values_mut() {
        if let Some((owner, column)) = &mut sequence.owned_by {
            if *owner == table.name && column == old {
                *column = new.to_string();
            }
        }
    }
    for check in &mut table.checks {
        check.expression = replace_identifier(&check.expression, old, new);
    }
    for column in &mut table.columns {
        if let Some(default) = &mut column.default {
            *default = replace_identifier(default, old, new);
        }
        if let Some(generated) = column.generated_mut() {
            generated.expression = replace_identifier(&generated.expression, old, new);
        }
    }
    for index in &mut table.indexes {
        for element in &mut index.elements {
            if let IndexElement::Expression(text) = element {
                *text = replace_identifier(text, old, new);
            }
        }
        if let Some(predicate) = &mut index.predicate {
            *predicate = replace_identifier(predicate, old, new);
        }
    }
    catalog.follow_column_rename(&table.name, old, new, exact, ViewsFollow::Renames);
    Ok(())
}

/// PostgreSQL compares folded identifiers exactly.
fn exact(a: &str, b: &str) -> bool {
    a == b
}

pub fn drop_column(
    catalog: &mut Catalog,
    table: &mut Table,
    column: &str,
    cascade: bool,
) -> ApplyResult {
    let referencing: Vec<QualifiedName> = catalog
        .tables
        .values()
        .filter(|t| {
            t.foreign_keys.iter().any(|fk| {
                fk.referred_table == table.name && fk.referred_columns.iter().any(|c| c == column)
            })
        })
        .map(|t| t.name.clone())
        .collect();
    if !referencing.is_empty() && !cascade {
        return Err(format!(
            "cannot drop column {column} of table {} because other objects depend on it",
            table.name.name
        )
        .into());
    }
    for name in referencing {
        if let Some(other) = catalog.tables.get_mut(&name) {
            other.foreign_keys.retain(|fk| {
                !(fk.referred_table == table.name
                    && fk.referred_columns.iter().any(|c| c == column))
            });
        }
    }
    let has = |names: &[String]| names.iter().any(|n| n == column);
    if table
        .primary_key
        .as_ref()
        .is_some_and(|pk| has(&pk.columns))
    {
        table.primary_key = None;
    }
    table.uniques.retain(|u| !has(&u.columns));
    let own_name = table.name.clone();
    table.foreign_keys.retain(|fk| {
        let uses_column =
            has(&fk.columns) || (fk.referred_table == own_name && has(&fk.referred_columns));
        !uses_column
    });
    table.checks.retain(|c| !mentions(&c.expression, column));
    table.indexes.retain(|index| {
        let in_elements = index.elements.iter().any(|e| match e {
            IndexElement::Column(name) => name == column,
            IndexElement::Expression(text) => mentions(text, column),
        });
        let in_predicate = index
            .predicate
            .as_deref()
            .is_some_and(|p| mentions(p, column));
        !in_elements && !in_predicate
    });
    table.columns.retain(|c| c.name != column);
    catalog.drop_owned_sequences(&table.name, Some(column));
    Ok(())
}

/// Drop a constraint by name; `false` when the table has none of that name.
pub fn drop_constraint(
    catalog: &mut Catalog,
    table: &mut Table,
    name: &str,
    cascade: bool,
) -> ApplyResult<bool> {
    let key_columns = if table.primary_key.as_ref().and_then(|p| p.name.as_deref()) == Some(name) {
        table.primary_key.as_ref().map(|p| p.columns.clone())
    } else {
        table
            .uniques
            .iter()
            .find(|u| u.name.as_deref() == Some(name))
            .map(|u| u.columns.clone())
    };
    if let Some(columns) = key_columns {
        // Foreign keys that rely on the key's unique index.
        let dependent = |fk: &crate::catalog::ForeignKey| {
            fk.referred_table == table.name && fk.referred_columns == columns
        };
        let mut blocked = table.foreign_keys.iter().any(dependent);
        for other in catalog.tables.values() {
            blocked |= other.foreign_keys.iter().any(dependent);
        }
        if blocked && !cascade {
            return Err(format!(
                "cannot drop constraint {name} on table {} because other objects depend on it",
                table.name.name
            )
            .into());
        }
        for other in catalog.tables.values_mut() {
            other.foreign_keys.retain(|fk| !dependent(fk));
        }
        table.foreign_keys.retain(|fk| !dependent(fk));
        if table.primary_key.as_ref().and_then(|p| p.name.as_deref()) == Some(name) {
            table.primary_key = None;
        } else {
            table.uniques.retain(|u| u.name.as_deref() != Some(name));
        }
        return Ok(true);
    }
    let before = table.foreign_keys.len() + table.checks.len();
    table
        .foreign_keys
        .retain(|fk| fk.name.as_deref() != Some(name));
    table.checks.retain(|c| c.name.as_deref() != Some(name));
    Ok(table.foreign_keys.len() + table.checks.len() < before)
}

pub fn rename_constraint(table: &mut Table, old: &str, new: &str) -> ApplyResult {
    let slot = table
        .primary_key
        .iter_mut()
        .map(|p| &mut p.name)
        .chain(table.uniques.iter_mut().map(|u| &mut u.name))
        .chain(table.foreign_keys.iter_mut().map(|f| &mut f.name))
        .chain(table.checks.iter_mut().map(|c| &mut c.name))
        .find(|n| n.as_deref() == Some(old))
        .ok_or_else(|| {
            format!(
                "constraint \"{old}\" for table \"{}\" does not exist",
                table.name.name
            )
        })?;
    *slot = Some(new.to_string());
    Ok(())
}

pub fn rename_table(catalog: &mut Catalog, table: &mut Table, renamed: QualifiedName) {
    let old = std::mem::replace(&mut table.name, renamed.clone());
    table.follow_table_rename(&old, &renamed, ViewsFollow::Renames);
    catalog.follow_table_rename(&old, &renamed, ViewsFollow::Renames);
    for sequence in catalog.sequences.values_mut() {
        if let Some((owner, _)) = &mut sequence.owned_by {
            if *owner == old {
                *owner = renamed.clone();
            }
        }
    }
    // The table's index and key names now belong to the renamed table.
    let names: Vec<String> = table
        .indexes
        .iter()
        .map(|i| i.name.clone())
        .chain(table.primary_key.iter().filter_map(|p| p.name.clone()))
        .chain(table.uniques.iter().filter_map(|u| u.name.clone()))
        .collect();
    for name in names {
        catalog.register_name(&renamed, &name);
    }
}

/// `ALTER TYPE ... RENAME VALUE`: constants of the enum type `type_label` (as
/// casts print it) in printed text, `'old'::t` and the elements of an array
/// constant `'{old,...}'::t[]`, get the new label.
pub fn rename_enum_label(text: &str, type_label: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('\'') {
        out.push_str(&rest[..start]);
        // The literal, '' escapes included.
        let body = &rest[start + 1..];
        let mut end = None;
        let mut i = 0;
        let bytes = body.as_bytes();
        while i < bytes.len() {
            if bytes[i] == b'\'' {
                if bytes.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    continue;
                }
                end = Some(i);
                break;
            }
            i += 1;
        }
        let Some(end) = end else {
            out.push_str(&rest[start..]);
            return out;
        };
        let value = body[..end].replace("''", "'");
        let after = &body[end + 1..];
        let cast = format!("::{type_label}");
        let array_cast = format!("{cast}[]");
        let whole = |tail: &str| {
            !tail.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$' || c == '.')
        };
        let replaced = if after.starts_with(&array_cast) && whole(&after[array_cast.len()..]) {
            rename_array_element(&value, old, new)
        } else if after.starts_with(&cast)
            && whole(&after[cast.len()..])
            && !after[cast.len()..].starts_with('[')
            && value == old
        {
            Some(new.to_string())
        } else {
            None
        };
        match replaced {
            Some(value) => {
                out.push('\'');
                out.push_str(&value.replace('\'', "''"));
                out.push('\'');
            }
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// An array constant `{a,"b c"}` with the element `old` renamed, printed as
/// `array_out` prints it; `None` when it has no such element.
fn rename_array_element(literal: &str, old: &str, new: &str) -> Option<String> {
    let inner = literal.strip_prefix('{')?.strip_suffix('}')?;
    let mut elements: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' if quoted => current.extend(chars.next()),
            ',' if !quoted => elements.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    if !inner.is_empty() {
        elements.push(current);
    }
    if !elements.iter().any(|e| e == old) {
        return None;
    }
    let printed: Vec<String> = elements
        .into_iter()
        .map(|e| if e == old { new.to_string() } else { e })
        .map(|e| {
            let plain = !e.is_empty()
                && !e.eq_ignore_ascii_case("null")
                && !e
                    .chars()
                    .any(|c| matches!(c, '{' | '}' | ',' | '"' | '\\') || c.is_whitespace());
            if plain {
                e
            } else {
                format!("\"{}\"", e.replace('\\', "\\\\").replace('"', "\\\""))
            }
        })
        .collect();
    Some(format!("{{{}}}", printed.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_identifiers_but_not_strings_functions_or_types() {
        assert_eq!(
            replace_identifier(
                "(body <> 'body'::text) AND (length(body) > 0)",
                "body",
                "content"
            ),
            "(content <> 'body'::text) AND (length(content) > 0)"
        );
        assert_eq!(
            replace_identifier("\"Old Name\" > 0", "Old Name", "New"),
            "\"New\" > 0"
        );
        assert_eq!(replace_identifier("text::text", "text", "t"), "t::text");
        assert!(mentions("(version > 1)", "version"));
        assert!(!mentions("'version' IS NOT NULL", "version"));
    }

    #[test]
    fn enum_labels_are_renamed_in_constants_of_their_type() {
        assert_eq!(
            rename_enum_label("'open'::mode", "mode", "open", "Open"),
            "'Open'::mode"
        );
        assert_eq!(
            rename_enum_label("'open'::other", "mode", "open", "Open"),
            "'open'::other"
        );
        assert_eq!(
            rename_enum_label("(m = 'open'::mode_x)", "mode", "open", "Open"),
            "(m = 'open'::mode_x)"
        );
        assert_eq!(
            rename_enum_label("'{open,\"a b\"}'::mode[]", "mode", "open", "it's open"),
            "'{\"it''s open\",\"a b\"}'::mode[]"
        );
    }
}
