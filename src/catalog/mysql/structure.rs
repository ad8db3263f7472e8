//! MariaDB's structural ALTER TABLE forms: CHANGE/MODIFY/RENAME COLUMN, DROP
//! COLUMN (the column leaves every key, a key left empty goes, a CHECK that
//! names it goes, a foreign key on it blocks the drop), DROP INDEX/KEY, DROP
//! FOREIGN KEY, DROP PRIMARY KEY, DROP CONSTRAINT, RENAME INDEX/KEY and
//! RENAME TO (InnoDB renames the `<table>_ibfk_<n>` names with the table).

use crate::catalog::rules::ApplyResult;
use crate::catalog::{Catalog, Index, IndexElement, QualifiedName, Table, ViewsFollow};

use super::expr::quote_ident;

/// Replace the backquoted identifier `old` in stored expression text.
pub fn rename_in_text(text: &str, old: &str, new: &str) -> String {
    text.replace(&quote_ident(old), &quote_ident(new))
}

/// Whether stored expression text names the column.
fn mentions(text: &str, column: &str) -> bool {
    text.contains(&quote_ident(column))
}

fn same(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Follow a column rename in keys, foreign keys (here and elsewhere) and
/// stored expressions.
pub fn rename_references(catalog: &mut Catalog, table: &mut Table, old: &str, new: &str) {
    table.follow_column_rename(old, new, same);
    for index in &mut table.indexes {
        edit_key_lengths(index, |column| {
            Some(if same(column, old) {
                new.to_string()
            } else {
                column.to_string()
            })
        });
    }
    for check in &mut table.checks {
        check.expression = rename_in_text(&check.expression, old, new);
    }
    for column in &mut table.columns {
        if let Some(generated) = column.generated_mut() {
            generated.expression = rename_in_text(&generated.expression, old, new);
        }
    }
    catalog.follow_column_rename(&table.name, old, new, same, ViewsFollow::ByName);
}

/// Rename (`Some`) or drop (`None`) the columns of a key's prefix lengths
/// (its `length` option, `col=n,...`).
fn edit_key_lengths(index: &mut Index, mut edit: impl FnMut(&str) -> Option<String>) {
    let Some(lengths) = index.dialect_options.get("length") else {
        return;
    };
    let kept: Vec<String> = lengths
        .split(',')
        .filter_map(|entry| {
            let (column, length) = entry.rsplit_once('=')?;
            Some(format!("{}={length}", edit(column)?))
        })
        .collect();
    if kept.is_empty() {
        index.dialect_options.shift_remove("length");
    } else {
        index
            .dialect_options
            .insert(String::from("length"), kept.join(","));
    }
}

pub fn rename_column(
    catalog: &mut Catalog,
    table: &mut Table,
    old: &str,
    new: &str,
) -> ApplyResult {
    if !same(old, new) && table.column(new).is_some() {
        return Err(format!("Duplicate column name '{new}'").into());
    }
    let column = table
        .columns
        .iter_mut()
        .find(|c| same(&c.name, old))
        .ok_or_else(|| format!("Unknown column '{old}' in '{}'", table.name.name))?;
    let old = column.name.clone();
    column.name = new.to_string();
    rename_references(catalog, table, &old, new);
    Ok(())
}

pub fn drop_column(catalog: &Catalog, table: &mut Table, column: &str) -> ApplyResult {
    let Some(column) = table
        .columns
        .iter()
        .find(|c| same(&c.name, column))
        .map(|c| c.name.clone())
    else {
        return Err(format!("Can't DROP COLUMN `{column}`; check that it exists").into());
    };
    if let Some(fk) = table
        .foreign_keys
        .iter()
        .find(|fk| fk.columns.iter().any(|c| same(c, &column)))
    {
        return Err(format!(
            "Cannot drop column '{column}': needed in a foreign key constraint '{}'",
            fk.name.as_deref().unwrap_or_default()
        )
        .into());
    }
    for other in catalog.tables.values() {
        if let Some(fk) = other.foreign_keys.iter().find(|fk| {
            fk.referred_table == table.name && fk.referred_columns.iter().any(|c| same(c, &column))
        }) {
            return Err(format!(
                "Cannot drop column '{column}': needed in a foreign key constraint '{}' of table '{}'",
                fk.name.as_deref().unwrap_or_default(),
                other.name.name
            )
            .into());
        }
    }
    for index in &mut table.indexes {
        index
            .elements
            .retain(|e| !matches!(e, IndexElement::Column(name) if same(name, &column)));
        edit_key_lengths(index, |c| (!same(c, &column)).then(|| c.to_string()));
    }
    table.indexes.retain(|index| !index.elements.is_empty());
    if let Some(pk) = &mut table.primary_key {
        pk.columns.retain(|c| !same(c, &column));
        pk.prefix_lengths.retain(|(c, _)| !same(c, &column));
        if pk.columns.is_empty() {
            table.primary_key = None;
        }
    }
    table.checks.retain(|c| !mentions(&c.expression, &column));
    table.columns.retain(|c| c.name != column);
    Ok(())
}

pub fn drop_index(table: &mut Table, name: &str) -> ApplyResult {
    let before = table.indexes.len();
    table.indexes.retain(|i| !same(&i.name, name));
    if table.indexes.len() == before {
        return Err(format!("Can't DROP INDEX `{name}`; check that it exists").into());
    }
    Ok(())
}

/// `RENAME {INDEX | KEY} old TO new`. An index InnoDB made for a foreign key
/// is the user's once renamed: a later index no longer replaces it.
pub fn rename_index(table: &mut Table, old: &str, new: &str) -> ApplyResult {
    if same(old, "PRIMARY") || same(new, "PRIMARY") {
        return Err("Incorrect index name 'PRIMARY'".into());
    }
    let Some(at) = table.indexes.iter().position(|i| same(&i.name, old)) else {
        return Err(format!("Key '{old}' doesn't exist in table '{}'", table.name.name).into());
    };
    if table
        .indexes
        .iter()
        .enumerate()
        .any(|(k, i)| k != at && same(&i.name, new))
    {
        return Err(format!("Duplicate key name '{new}'").into());
    }
    let index = &mut table.indexes[at];
    index.name = new.to_string();
    index.implicit_for_foreign_key = false;
    Ok(())
}

pub fn drop_foreign_key(table: &mut Table, name: &str) -> ApplyResult {
    let before = table.foreign_keys.len();
    table
        .foreign_keys
        .retain(|fk| !fk.name.as_deref().is_some_and(|n| same(n, name)));
    if table.foreign_keys.len() == before {
        return Err(format!("Can't DROP FOREIGN KEY `{name}`; check that it exists").into());
    }
    Ok(())
}

pub fn drop_primary_key(table: &mut Table) -> ApplyResult {
    if table.primary_key.take().is_none() {
        return Err("Can't DROP INDEX `PRIMARY`; check that it exists".into());
    }
    Ok(())
}

/// `DROP CONSTRAINT name`: a CHECK, else a foreign key, else a unique key.
pub fn drop_constraint(table: &mut Table, name: &str) -> ApplyResult {
    let checks = table.checks.len();
    table
        .checks
        .retain(|c| !c.name.as_deref().is_some_and(|n| same(n, name)));
    if table.checks.len() < checks {
        return Ok(());
    }
    if drop_foreign_key(table, name).is_ok() {
        return Ok(());
    }
    let indexes = table.indexes.len();
    table.indexes.retain(|i| !(i.unique && same(&i.name, name)));
    if table.indexes.len() < indexes {
        return Ok(());
    }
    Err(format!("Can't DROP CONSTRAINT `{name}`; check that it exists").into())
}

pub fn rename_table(catalog: &mut Catalog, table: &mut Table, renamed: QualifiedName) {
    let old = std::mem::replace(&mut table.name, renamed.clone());
    let old_prefix = format!("{}_ibfk_", old.name);
    for fk in &mut table.foreign_keys {
        if let Some(number) = fk.name.as_deref().and_then(|n| n.strip_prefix(&old_prefix)) {
            fk.name = Some(format!("{}_ibfk_{number}", renamed.name));
        }
    }
    for fk in &table.foreign_keys {
        if let Some(name) = &fk.name {
            catalog.register_name(&renamed, &super::foreign_key_name_key(name));
        }
    }
    table.follow_table_rename(&old, &renamed, ViewsFollow::ByName);
    catalog.follow_table_rename(&old, &renamed, ViewsFollow::ByName);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_only_backquoted_identifiers() {
        assert_eq!(
            rename_in_text("`c` > 0 and `cc` < 'c'", "c", "d"),
            "`d` > 0 and `cc` < 'c'"
        );
        assert!(mentions("`price` >= 0", "price"));
        assert!(!mentions("`prices` >= 0", "price"));
    }
}
