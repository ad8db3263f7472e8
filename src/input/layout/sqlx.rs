//! sqlx: `<VERSION>_<DESC>.sql` and reversible `<VERSION>_<DESC>.up.sql`
//! (never `.down.sql`), by the integer VERSION; names without `_` are not
//! migrations, and a VERSION that is not an integer is refused, as sqlx
//! does. Never detected: sqlx folders look flat and flat reads them in the
//! same order.

use super::{Folder, Layout, Migration, Version};

pub struct Sqlx;

impl Layout for Sqlx {
    fn name(&self) -> &'static str {
        "sqlx"
    }

    fn detect(&self, _: &Folder) -> bool {
        false
    }

    fn migrations(&self, folder: &Folder, _: &mut Vec<String>) -> Result<Vec<Migration>, String> {
        let mut found = Vec::new();
        for (name, path) in &folder.files {
            let Some((version, rest)) = name.split_once('_') else {
                continue;
            };
            if !rest.ends_with(".sql") {
                continue;
            }
            let Some(value) = super::integer_prefix(name).flatten() else {
                return Err(format!(
                    "{}: not a sqlx migration name: the version {version} before the first '_' \
                     is not an integer",
                    path.display()
                ));
            };
            if rest.ends_with(".down.sql") {
                continue;
            }
            found.push((value, name, path));
        }
        found.sort();
        found
            .into_iter()
            .map(|(value, _, path)| {
                Ok(Migration {
                    version: Version::numbers(&value.to_string()),
                    source: crate::input::read(path)?,
                })
            })
            .collect()
    }
}
