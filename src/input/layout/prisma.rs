//! prisma: one sub-folder per migration, `<timestamp>_<name>/migration.sql`,
//! applied by folder name (plain string order); `migration_lock.toml` names
//! the database provider, a clue to the dialect; anything else in a
//! sub-folder (a hand-written `down.sql`) is never read.

use super::{subfolder_migrations, Folder, Layout, Migration, Version};
use crate::dialect::Dialect;

pub struct Prisma;

impl Layout for Prisma {
    fn name(&self) -> &'static str {
        "prisma"
    }

    fn detect(&self, folder: &Folder) -> bool {
        folder.subfolder_holds("migration.sql")
    }

    fn migrations(
        &self,
        folder: &Folder,
        warnings: &mut Vec<String>,
    ) -> Result<Vec<Migration>, String> {
        if let Some(lock) = folder.file("migration_lock.toml") {
            if let Err(message) = read_provider(lock) {
                warnings.push(message);
            }
        }
        subfolder_migrations(folder, "migration.sql", warnings)
    }

    fn target(&self, until: &str) -> Version {
        Version::folder_prefix(until)
    }
}

/// The dialect `migration_lock.toml` names (`provider = "postgresql"`), with
/// where it says so.
pub fn provider(folder: &Folder) -> Option<(Dialect, String)> {
    let lock = folder.file("migration_lock.toml")?;
    let dialect = read_provider(lock).ok()??;
    Some((
        dialect,
        format!("{} names provider {dialect}", lock.display()),
    ))
}

/// The provider of a lock file: `Ok(None)` for one of no dialect we read
/// (`sqlserver`), `Err` for a file that cannot be read as prisma writes it.
fn read_provider(lock: &std::path::Path) -> Result<Option<Dialect>, String> {
    let text = std::fs::read_to_string(lock)
        .map_err(|e| format!("{}: cannot read: {e}", lock.display()))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: not TOML, provider unknown: {e}", lock.display()))?;
    let Some(provider) = table.get("provider").and_then(|p| p.as_str()) else {
        return Err(format!("{}: no provider named", lock.display()));
    };
    Ok(match provider {
        "postgresql" | "postgres" | "cockroachdb" => Some(Dialect::PostgreSql),
        "mysql" => Some(Dialect::MySql),
        "sqlite" => Some(Dialect::Sqlite),
        _ => None,
    })
}
