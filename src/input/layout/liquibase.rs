//! liquibase: formatted SQL changelogs and XML/YAML/JSON master changelogs.
//! Being written (see issue 9): until then a liquibase folder is refused with
//! what to give instead.

use super::{Folder, Layout, Migration};

pub struct Liquibase;

impl Layout for Liquibase {
    fn name(&self) -> &'static str {
        "liquibase"
    }

    fn detect(&self, folder: &Folder) -> bool {
        folder.sql_texts().any(|text| {
            text.trim_start_matches('\u{feff}')
                .lines()
                .find(|line| !line.trim().is_empty())
                .is_some_and(|line| {
                    let lower = line.trim().to_ascii_lowercase();
                    lower
                        .strip_prefix("--")
                        .is_some_and(|rest| rest.trim_start().starts_with("liquibase"))
                })
        })
    }

    fn migrations(&self, folder: &Folder, _: &mut Vec<String>) -> Result<Vec<Migration>, String> {
        Err(format!(
            "{}: a liquibase changelog, which is not read yet: give the SQL files its change \
             sets run, in the changelog's order",
            folder.path.display()
        ))
    }
}
