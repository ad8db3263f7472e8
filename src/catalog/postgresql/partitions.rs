//! Declarative partitioning: what a partition gets from its partitioned table.
//!
//! When a table becomes a partition (`CREATE TABLE p PARTITION OF t`, `ALTER
//! TABLE t ATTACH PARTITION p`), and whenever the partitioned table later gets
//! an index or a key that recurses (`CREATE INDEX` without `ON ONLY`, `ALTER
//! TABLE t ADD CONSTRAINT` without `ONLY` for keys), the server gives each
//! partition the same index, key and foreign key:
//!
//! * an index or key the partition already has that is equivalent (same key
//!   columns or expressions, predicate, uniqueness, method and operator classes;
//!   for a key, a constraint of the same kind) is attached and keeps its name;
//! * otherwise it is created on the partition under the name the server
//!   chooses for an unnamed one (`ChooseIndexName`): `<partition>_pkey`,
//!   `<partition>_<columns>_key` for a unique constraint, and
//!   `<partition>_<columns>_idx` for any other index, unique or not;
//! * a foreign key keeps the parent's constraint name unless the partition
//!   already uses it (`ChooseConstraintName` then picks
//!   `<partition>_<columns>_fkey`); an equivalent foreign key of the partition
//!   is attached instead.
//!
//! Partitions of partitions get the same from their own parent, recursively.
//!
//! A foreign key that refers to a partitioned table also gets, on the
//! referring table, one internal foreign key per partition of the referred
//! table (pg_dump never writes them; the server makes them, and reflection
//! lists them), named `<table>_<columns>_fkey1`, `..._fkey2` as
//! `ChooseConstraintName` numbers them; a partition attached later gets one
//! too.

use sqlparser::dialect::PostgreSqlDialect;

use super::super::names::choose_unique_name;
use super::super::rules::ApplyResult;
use super::super::{
    Catalog, CheckConstraint, ForeignKey, Index, IndexElement, PrimaryKey, QualifiedName, Table,
    UniqueConstraint,
};
use super::{deparse, index_column_label, PostgreSqlRules, MAX_IDENTIFIER_BYTES};

/// An index, key or constraint of a partitioned table that its partitions get.
#[derive(Debug, Clone)]
pub enum Inherited {
    PrimaryKey(PrimaryKey),
    Unique(UniqueConstraint),
    Index(Index),
    ForeignKey(ForeignKey),
    Check(CheckConstraint),
}

/// Everything a partition gets from `parent` when it is attached or created
/// as its partition.
fn everything_of(catalog: &Catalog, parent: &Table) -> Vec<Inherited> {
    parent
        .primary_key
        .iter()
        .cloned()
        .map(Inherited::PrimaryKey)
        .chain(parent.uniques.iter().cloned().map(Inherited::Unique))
        .chain(parent.indexes.iter().cloned().map(Inherited::Index))
        .chain(
            parent
                .foreign_keys
                .iter()
                .filter(|fk| !is_internal(catalog, parent, fk))
                .cloned()
                .map(Inherited::ForeignKey),
        )
        .collect()
}

/// Whether `fk` of `table` is the internal one to a partition, made for a
/// foreign key of the same columns to one of its ancestors.
fn is_internal(catalog: &Catalog, table: &Table, fk: &ForeignKey) -> bool {
    let mut ancestor = catalog
        .tables
        .get(&fk.referred_table)
        .and_then(|t| t.partition_of().cloned());
    while let Some(name) = ancestor {
        if table.foreign_keys.iter().any(|other| {
            other.referred_table == name
                && other.columns == fk.columns
                && other.referred_columns == fk.referred_columns
        }) {
            return true;
        }
        ancestor = catalog
            .tables
            .get(&name)
            .and_then(|t| t.partition_of().cloned());
    }
    false
}

/// What `after` has that `before` had not (the objects one statement added),
/// internal foreign keys left out.
pub fn added(catalog: &Catalog, before: &Table, after: &Table) -> Vec<Inherited> {
    let mut out = Vec::new();
    if before.primary_key.is_none() {
        out.extend(after.primary_key.iter().cloned().map(Inherited::PrimaryKey));
    }
    out.extend(
        after.uniques[before.uniques.len().min(after.uniques.len())..]
            .iter()
            .cloned()
            .map(Inherited::Unique),
    );
    out.extend(
        after.indexes[before.indexes.len().min(after.indexes.len())..]
            .iter()
            .cloned()
            .map(Inherited::Index),
    );
    out.extend(
        after.foreign_keys[before.foreign_keys.len().min(after.foreign_keys.len())..]
            .iter()
            .filter(|fk| !is_internal(catalog, after, fk))
            .cloned()
            .map(Inherited::ForeignKey),
    );
    out.extend(
        after.checks[before.checks.len().min(after.checks.len())..]
            .iter()
            .cloned()
            .map(Inherited::Check),
    );
    out
}

/// Give `objects` of `partition`'s parent to `partition` (attaching the
/// equivalent ones it has), then to its own partitions. `partition` is out of
/// the catalog while this runs.
/// `partition` becomes a partition of `parent`: it gets all the parent's
/// keys, indexes and foreign keys, and foreign keys to the parent refer to it.
pub fn attach(catalog: &mut Catalog, parent: &Table, partition: &mut Table) -> ApplyResult {
    // A partition has exactly its parent's columns (MergeAttributesIntoExisting).
    for column in &parent.columns {
        match partition.column(&column.name) {
            None => return Err(format!("child table is missing column \"{}\"", column.name).into()),
            Some(own) if own.data_type != column.data_type => {
                return Err(format!(
                    "child table \"{}\" has different type for column \"{}\"",
                    partition.name.name, column.name
                )
                .into())
            }
            Some(_) => {}
        }
    }
    if let Some(extra) = partition
        .columns
        .iter()
        .find(|c| parent.column(&c.name).is_none())
    {
        return Err(format!(
            "table \"{}\" contains column \"{}\" not found in parent \"{}\"",
            partition.name.name, extra.name, parent.name.name
        )
        .into());
    }
    let objects = everything_of(catalog, parent);
    inherit(catalog, partition, &objects)?;
    referred_partition_added(catalog, &parent.name, partition);
    Ok(())
}

pub fn inherit(catalog: &mut Catalog, partition: &mut Table, objects: &[Inherited]) -> ApplyResult {
    let mut claimed_indexes: Vec<String> = Vec::new();
    let mut claimed_keys: Vec<String> = Vec::new();
    let mut own = Vec::new();
    for object in objects {
        let mine = match object {
            Inherited::PrimaryKey(pk) => {
                match &partition.primary_key {
                    Some(existing) if existing.columns == pk.columns => {}
                    Some(_) => {
                        return Err(format!(
                            "multiple primary keys for table \"{}\" are not allowed",
                            partition.name.name
                        )
                        .into())
                    }
                    None => {
                        let name = index_name(catalog, partition, None, "pkey");
                        for column in &pk.columns {
                            if let Some(c) = partition.column_mut(column) {
                                c.nullable = false;
                            }
                        }
                        catalog.register_name(&partition.name, &name);
                        partition.primary_key = Some(PrimaryKey {
                            name: Some(name),
                            columns: pk.columns.clone(),
                            ..Default::default()
                        });
                    }
                }
                partition.primary_key.clone().map(Inherited::PrimaryKey)
            }
            Inherited::Unique(unique) => {
                let found = partition.uniques.iter().find(|u| {
                    u.columns == unique.columns
                        && !claimed_keys.contains(&u.name.clone().unwrap_or_default())
                });
                let found = match found {
                    Some(u) => u.clone(),
                    None => {
                        let label = index_column_label(&unique.columns);
                        let name = index_name(catalog, partition, Some(&label), "key");
                        catalog.register_name(&partition.name, &name);
                        let created = UniqueConstraint {
                            name: Some(name),
                            columns: unique.columns.clone(),
                        };
                        partition.uniques.push(created.clone());
                        created
                    }
                };
                claimed_keys.push(found.name.clone().unwrap_or_default());
                Some(Inherited::Unique(found))
            }
            Inherited::Index(index) => {
                let found = partition
                    .indexes
                    .iter()
                    .find(|i| equivalent(i, index) && !claimed_indexes.contains(&i.name));
                let found = match found {
                    Some(i) => i.clone(),
                    None => {
                        let labels: Vec<String> = index
                            .elements
                            .iter()
                            .map(|e| match e {
                                IndexElement::Column(name) => name.clone(),
                                IndexElement::Expression(text) => expression_label(text),
                            })
                            .chain(index.included_columns.iter().cloned())
                            .collect();
                        let label = index_column_label(&labels);
                        let name = index_name(catalog, partition, Some(&label), "idx");
                        catalog.register_name(&partition.name, &name);
                        let created = Index {
                            name,
                            ..index.clone()
                        };
                        partition.indexes.push(created.clone());
                        created
                    }
                };
                claimed_indexes.push(found.name.clone());
                Some(Inherited::Index(found))
            }
            Inherited::ForeignKey(fk) => {
                let found = partition.foreign_keys.iter().find(|f| {
                    f.columns == fk.columns
                        && f.referred_table == fk.referred_table
                        && f.referred_columns == fk.referred_columns
                        && f.on_delete == fk.on_delete
                        && f.on_update == fk.on_update
                        && f.match_kind == fk.match_kind
                });
                let found = match found {
                    Some(f) => f.clone(),
                    None => {
                        let wanted = fk.name.clone().unwrap_or_default();
                        let name = if PostgreSqlRules::constraint_name_taken(partition, &wanted) {
                            choose_unique_name(
                                &partition.name.name,
                                Some(&fk.columns.join("_")),
                                "fkey",
                                MAX_IDENTIFIER_BYTES,
                                |n| PostgreSqlRules::constraint_name_taken(partition, n),
                            )
                        } else {
                            wanted
                        };
                        let created = ForeignKey {
                            name: Some(name),
                            ..fk.clone()
                        };
                        partition.foreign_keys.push(created.clone());
                        refer_to_partitions(catalog, partition, &created);
                        created
                    }
                };
                Some(Inherited::ForeignKey(found))
            }
            Inherited::Check(check) => {
                if !partition.checks.iter().any(|c| c.name == check.name) {
                    partition.checks.push(check.clone());
                }
                Some(Inherited::Check(check.clone()))
            }
        };
        own.extend(mine);
    }
    let name = partition.name.clone();
    propagate(catalog, &name, &own)
}

/// Give `objects`, just added to `table`, to each of its partitions.
pub fn propagate(
    catalog: &mut Catalog,
    table: &QualifiedName,
    objects: &[Inherited],
) -> ApplyResult {
    if objects.is_empty() {
        return Ok(());
    }
    let children: Vec<usize> = catalog
        .tables
        .values()
        .enumerate()
        .filter(|(_, t)| t.partition_of() == Some(table))
        .map(|(i, _)| i)
        .collect();
    for index in children {
        let name = catalog.tables[index].name.clone();
        let kind = catalog.tables[index].kind;
        let mut child = std::mem::replace(&mut catalog.tables[index], Table::new(name, kind));
        let result = inherit(catalog, &mut child, objects);
        catalog.tables[index] = child;
        result?;
    }
    Ok(())
}

/// The partitions of `table`, and theirs, depth first in creation order.
fn partitions_of(catalog: &Catalog, table: &QualifiedName) -> Vec<QualifiedName> {
    let mut out = Vec::new();
    for child in catalog.tables.values() {
        if child.partition_of() == Some(table) {
            out.push(child.name.clone());
            out.extend(partitions_of(catalog, &child.name));
        }
    }
    out
}

/// The internal foreign key of `table` (whose `fk` refers to a partitioned
/// table) to one partition `to` of the referred table.
fn internal_foreign_key(table: &Table, fk: &ForeignKey, to: &QualifiedName) -> ForeignKey {
    let name = choose_unique_name(
        &table.name.name,
        Some(&fk.columns.join("_")),
        "fkey",
        MAX_IDENTIFIER_BYTES,
        |n| PostgreSqlRules::constraint_name_taken(table, n),
    );
    ForeignKey {
        name: Some(name),
        referred_table: to.clone(),
        ..fk.clone()
    }
}

/// Whether the foreign key `fk` of `table` refers to another table that is
/// partitioned ([`refer_to_partitions`] has something to do).
pub fn refers_to_partitions(catalog: &Catalog, table: &Table, fk: &ForeignKey) -> bool {
    // Only a partitioned table has partitions: the search over every table
    // is for those alone (once per foreign key, it made a long chain of
    // plain tables quadratic).
    fk.referred_table != table.name
        && catalog
            .tables
            .get(&fk.referred_table)
            .is_some_and(|t| t.partitioned)
}

/// `table` just got the foreign key `fk`: if it refers to a partitioned
/// table, the internal foreign keys to its partitions follow it.
pub fn refer_to_partitions(catalog: &Catalog, table: &mut Table, fk: &ForeignKey) {
    if !refers_to_partitions(catalog, table, fk) {
        return;
    }
    for partition in partitions_of(catalog, &fk.referred_table) {
        let internal = internal_foreign_key(table, fk, &partition);
        table.foreign_keys.push(internal);
    }
}

/// `partition` (and its partitions) just joined `parent`: each foreign key
/// that refers to `parent` gets an internal one to it.
fn referred_partition_added(catalog: &mut Catalog, parent: &QualifiedName, partition: &Table) {
    let mut targets = vec![partition.name.clone()];
    targets.extend(partitions_of(catalog, &partition.name));
    for table in catalog.tables.values_mut() {
        let referring: Vec<ForeignKey> = table
            .foreign_keys
            .iter()
            .filter(|fk| &fk.referred_table == parent)
            .cloned()
            .collect();
        for fk in referring {
            for target in &targets {
                let internal = internal_foreign_key(table, &fk, target);
                table.foreign_keys.push(internal);
            }
        }
    }
}

/// `partition` leaves its parent (DETACH PARTITION, or dropped): the internal
/// foreign keys that refer to it go.
pub fn referred_partition_removed(
    catalog: &mut Catalog,
    parent: &QualifiedName,
    partition: &QualifiedName,
) {
    for table in catalog.tables.values_mut() {
        let parents: Vec<ForeignKey> = table
            .foreign_keys
            .iter()
            .filter(|fk| &fk.referred_table == parent)
            .cloned()
            .collect();
        table.foreign_keys.retain(|fk| {
            !(&fk.referred_table == partition
                && parents
                    .iter()
                    .any(|p| p.columns == fk.columns && p.referred_columns == fk.referred_columns))
        });
    }
}

/// The name `ChooseIndexName` gives an index or key the partition gets.
fn index_name(catalog: &Catalog, partition: &Table, columns: Option<&str>, label: &str) -> String {
    let schema = partition.name.schema.clone();
    choose_unique_name(
        &partition.name.name,
        columns,
        label,
        MAX_IDENTIFIER_BYTES,
        |n| PostgreSqlRules::relation_name_taken(catalog, partition, &schema, n),
    )
}

/// The column name the server derives from an index expression, as it was
/// printed (`lower(code)` gives `lower`).
fn expression_label(text: &str) -> String {
    crate::parse::sql_parser(&PostgreSqlDialect {})
        .try_with_sql(text)
        .and_then(|mut p| p.parse_expr())
        .map(|e| deparse::figure_colname(&e))
        .unwrap_or_else(|_| String::from("expr"))
}

/// Whether two indexes are interchangeable for the server (`CompareIndexInfo`):
/// storage parameters and names do not count.
fn equivalent(a: &Index, b: &Index) -> bool {
    a.elements == b.elements
        && a.unique == b.unique
        && a.predicate == b.predicate
        && a.operator_classes == b.operator_classes
        && a.included_columns == b.included_columns
        && a.nulls_not_distinct == b.nulls_not_distinct
        && a.dialect_options.get("using") == b.dialect_options.get("using")
}
