//! Flat folders: the `*.sql` files directly inside (golang-migrate
//! `N_x.up.sql`, Flyway, sqlx, plain numbered files), without hidden files,
//! `*.down.sql` and Flyway undo files, in natural version order (digit runs
//! compare as numbers, the rest without regard to case), Flyway versions and
//! repeatables as Flyway orders them ([`super::flyway`]).

use std::cmp::Ordering;

use super::flyway::{self, FlywayName, Number};
use super::{Folder, Layout, Migration, Version};

pub struct Flat;

impl Layout for Flat {
    fn name(&self) -> &'static str {
        "flat"
    }

    /// What no other layout claims.
    fn detect(&self, _: &Folder) -> bool {
        false
    }

    fn migrations(&self, folder: &Folder, _: &mut Vec<String>) -> Result<Vec<Migration>, String> {
        let names: Vec<&str> = folder
            .sql_files()
            .map(|(name, _)| name.as_str())
            .filter(|name| {
                !name.to_ascii_lowercase().ends_with(".down.sql") && !flyway::is_undo(name)
            })
            .collect();
        let mut migrations = read_in_order(folder, flyway::without_baselined(names))?;
        // Section markers of tools that hold both halves in one file mean
        // nothing here: the down half runs too.
        for migration in &mut migrations {
            migration.source.problems =
                crate::input::down_half_warnings(&migration.source.text, true);
        }
        Ok(migrations)
    }
}

/// The named files of the folder, read, in [`flat_order`].
pub fn read_in_order(folder: &Folder, mut names: Vec<&str>) -> Result<Vec<Migration>, String> {
    names.sort_by(|a, b| flat_order(a, b));
    names
        .into_iter()
        .filter_map(|name| folder.file(name).map(|path| (name, path)))
        .map(|(name, path)| {
            Ok(Migration {
                version: match FlywayName::read(name) {
                    Some(f) => f.target_version(),
                    None => Version::numbers(name),
                },
                source: crate::input::read(path)?,
            })
        })
        .collect()
}

/// One part of a name's sort key; parts compare in this order of kinds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Part<'a> {
    /// Where a Flyway version ends: before any number or text.
    VersionEnd,
    /// A digit run: by value, then by its length (`1` before `01`).
    Digits(Number<'a>, usize),
    /// Other text, without regard to case.
    Text(String),
}

/// The sort key of a file name in a flat migration folder.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum FlatKey<'a> {
    /// Versioned files and every other name, then the name itself.
    Ordered(Vec<Part<'a>>, &'a str),
    /// Flyway repeatables come after all of them, by description (`_` read
    /// as a space), as Flyway applies them.
    Repeatable(String, &'a str),
}

fn natural_parts(name: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut rest = name;
    while let Some(c) = rest.chars().next() {
        let digit = c.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != digit)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        parts.push(match digit {
            true => Part::Digits(Number::new(run), run.len()),
            false => Part::Text(run.to_lowercase()),
        });
        rest = tail;
    }
    parts
}

fn flat_key(name: &str) -> FlatKey<'_> {
    match FlywayName::read(name) {
        Some(f) if f.prefix == 'R' => FlatKey::Repeatable(f.description.replace('_', " "), name),
        Some(f) if matches!(f.prefix, 'V' | 'B') => {
            let mut parts = vec![Part::Text(String::from("v"))];
            parts.extend(f.version.into_iter().map(|n| Part::Digits(n, 0)));
            parts.push(Part::VersionEnd);
            parts.push(Part::Text(f.description.to_lowercase()));
            FlatKey::Ordered(parts, name)
        }
        _ => FlatKey::Ordered(natural_parts(name), name),
    }
}

/// The order of a flat migration folder: natural version order (digit runs
/// compare as numbers, the rest without regard to case, ties by plain order),
/// except that a Flyway version compares as its sequence of numbers
/// (`V1 < V1_1 = V1.1 < V1.2 < V2 < V10`) and Flyway repeatables `R__*.sql`
/// come last, by description.
pub fn flat_order(a: &str, b: &str) -> Ordering {
    flat_key(a).cmp(&flat_key(b))
}

/// Natural version order: digit runs compare as numbers, the rest
/// case-insensitively; ties by plain order.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    natural_parts(a)
        .cmp(&natural_parts(b))
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flyway_versions_compare_as_numbers_and_repeatables_come_last() {
        let mut names = vec![
            "R__views.sql",
            "V10__c.sql",
            "V1.2__b.sql",
            "V1_1__a2.sql",
            "V1.10__d.sql",
            "V2__e.sql",
            "R__a_func.sql",
            "V1__init.sql",
        ];
        names.sort_by(|a, b| flat_order(a, b));
        assert_eq!(
            names,
            vec![
                "V1__init.sql",
                "V1_1__a2.sql",
                "V1.2__b.sql",
                "V1.10__d.sql",
                "V2__e.sql",
                "V10__c.sql",
                "R__a_func.sql",
                "R__views.sql",
            ]
        );
    }

    #[test]
    fn natural_order() {
        let mut names = vec![
            "V10__c.sql",
            "V2__b.sql",
            "V1__a.sql",
            "1.10.sql",
            "1.2.sql",
        ];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            names,
            vec![
                "1.2.sql",
                "1.10.sql",
                "V1__a.sql",
                "V2__b.sql",
                "V10__c.sql"
            ]
        );
    }
}
