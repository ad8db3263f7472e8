//! diesel: one sub-folder per migration, `<version>_<name>/up.sql`, applied
//! by folder name (plain string order, `00000000000000_diesel_initial_setup`
//! first); `down.sql` and `metadata.toml` are never read.

use super::{subfolder_migrations, Folder, Layout, Migration, Version};

pub struct Diesel;

impl Layout for Diesel {
    fn name(&self) -> &'static str {
        "diesel"
    }

    fn detect(&self, folder: &Folder) -> bool {
        folder.subfolder_holds("up.sql")
    }

    fn migrations(
        &self,
        folder: &Folder,
        warnings: &mut Vec<String>,
    ) -> Result<Vec<Migration>, String> {
        subfolder_migrations(folder, "up.sql", warnings)
    }

    /// diesel's versions are the folder name's digits (`2024-03-01-120000`
    /// is `20240301120000`).
    fn target(&self, until: &str) -> Version {
        Version::folder_prefix(until)
    }
}
