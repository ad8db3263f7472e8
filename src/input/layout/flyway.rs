//! Flyway: `V<version>__<desc>.sql` versioned migrations, versions compared
//! as number sequences (`1 < 1.1 = 1_1 < 1.2 < 2`); `R__<desc>.sql`
//! repeatables after all of them, by description; `U<version>__` undo files
//! never applied; `B<version>__` baselines as on a new database (only the
//! highest runs, and no versioned migration up to its version). Flat folders
//! follow the same rules ([`super::flat`]); forced, the layout reads only
//! the files Flyway recognises.

use std::cmp::Ordering;

use super::{Folder, Layout, Migration, Version};

pub struct Flyway;

impl Layout for Flyway {
    fn name(&self) -> &'static str {
        "flyway"
    }

    /// Flyway folders are read right as flat ones.
    fn detect(&self, _: &Folder) -> bool {
        false
    }

    fn migrations(&self, folder: &Folder, _: &mut Vec<String>) -> Result<Vec<Migration>, String> {
        let names: Vec<&str> = folder
            .sql_files()
            .map(|(name, _)| name.as_str())
            .filter(|name| FlywayName::read(name).is_some_and(|f| f.prefix != 'U'))
            .collect();
        super::flat::read_in_order(folder, without_baselined(names))
    }
}

/// A Flyway file name with its default, case-sensitive prefixes:
/// `V<ver>__<desc>.sql` (versioned), `B<ver>__` (baseline), `U<ver>__` (undo)
/// and `R__<desc>.sql` (repeatable); `<ver>` is digit runs separated by `.`
/// or `_`.
#[derive(Debug, PartialEq)]
pub struct FlywayName<'a> {
    pub prefix: char,
    /// The version's numbers without trailing zeros (`1.0` is `1`), empty
    /// for a repeatable.
    pub version: Vec<Number<'a>>,
    pub description: &'a str,
}

impl<'a> FlywayName<'a> {
    pub fn read(name: &'a str) -> Option<Self> {
        let stem = name.strip_suffix(".sql")?;
        let prefix = stem.chars().next()?;
        let rest = &stem[prefix.len_utf8()..];
        if prefix == 'R' {
            let description = rest.strip_prefix("__")?;
            return Some(FlywayName {
                prefix,
                version: Vec::new(),
                description,
            });
        }
        if !matches!(prefix, 'V' | 'B' | 'U') {
            return None;
        }
        let (version, description) = rest.split_once("__")?;
        let mut numbers = Vec::new();
        for part in version.split(['.', '_']) {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            numbers.push(Number::new(part));
        }
        while numbers.len() > 1 && numbers.last().is_some_and(|n| n.digits.is_empty()) {
            numbers.pop();
        }
        Some(FlywayName {
            prefix,
            version: numbers,
            description,
        })
    }

    /// What `--until` compares with.
    pub fn target_version(&self) -> Version {
        match self.prefix {
            'R' => Version::Always,
            _ => Version::Numbers(self.version.iter().map(|n| n.digits.to_string()).collect()),
        }
    }
}

/// A run of digits compared by its value, however long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number<'a> {
    /// The digits without leading zeros.
    pub digits: &'a str,
}

impl<'a> Number<'a> {
    pub fn new(run: &'a str) -> Self {
        Number {
            digits: run.trim_start_matches('0'),
        }
    }
}

impl Ord for Number<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.digits
            .len()
            .cmp(&other.digits.len())
            .then_with(|| self.digits.cmp(other.digits))
    }
}

impl PartialOrd for Number<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Undo files are never applied.
pub fn is_undo(name: &str) -> bool {
    FlywayName::read(name).is_some_and(|f| f.prefix == 'U')
}

/// Baselines: on a new database Flyway runs the highest one instead of every
/// versioned migration up to its version (of two baselines of one version,
/// the first by name).
pub fn without_baselined(mut names: Vec<&str>) -> Vec<&str> {
    names.sort();
    let top = names
        .iter()
        .filter_map(|name| FlywayName::read(name).filter(|f| f.prefix == 'B'))
        .map(|f| f.version)
        .max();
    let Some(top) = top else {
        return names;
    };
    let mut kept_baseline = false;
    names.retain(|name| match FlywayName::read(name) {
        Some(f) if f.prefix == 'B' => {
            let keep = f.version == top && !kept_baseline;
            kept_baseline |= keep;
            keep
        }
        Some(f) if f.prefix == 'V' => f.version > top,
        _ => true,
    });
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flyway_names() {
        assert_eq!(
            FlywayName::read("U2__undo.sql").map(|f| f.prefix),
            Some('U')
        );
        assert!(FlywayName::read("V1.x__no.sql").is_none());
        assert!(FlywayName::read("Vx.sql").is_none());
        assert!(FlywayName::read("é.sql").is_none());
        // Trailing zeros do not count: 1.0 is 1.
        assert_eq!(
            FlywayName::read("V1.0__a.sql").map(|f| f.version),
            FlywayName::read("V1__b.sql").map(|f| f.version)
        );
    }

    #[test]
    fn only_the_highest_baseline_runs_and_nothing_it_covers() {
        let kept = without_baselined(vec![
            "V1__a.sql",
            "B2__base.sql",
            "V2__b.sql",
            "B1__old.sql",
            "V3__c.sql",
            "R__v.sql",
        ]);
        assert_eq!(kept, vec!["B2__base.sql", "R__v.sql", "V3__c.sql"]);
    }
}
