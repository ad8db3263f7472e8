//! dbmate: files `<digits>*.sql`, by file name (plain string order). Of each,
//! the lines from each `-- migrate:up` line (options such as
//! `transaction:false` change nothing in the schema) to the next
//! `-- migrate:down` line. dbmate sends an up section as one multi-statement
//! query, so it is one block (a MySQL trigger body needs no `DELIMITER`).

use super::{lines, Extract, Folder, Layout, Migration, Version};

pub struct Dbmate;

impl Layout for Dbmate {
    fn name(&self) -> &'static str {
        "dbmate"
    }

    fn detect(&self, folder: &Folder) -> bool {
        folder
            .sql_texts()
            .any(|text| text.lines().any(|line| marker(line, "up")))
    }

    fn migrations(&self, folder: &Folder, _: &mut Vec<String>) -> Result<Vec<Migration>, String> {
        // Folder files come sorted by name.
        folder
            .files
            .iter()
            .filter(|(name, _)| {
                name.starts_with(|c: char| c.is_ascii_digit()) && name.ends_with(".sql")
            })
            .map(|(name, path)| {
                let written = crate::input::read(path)?;
                let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
                Ok(Migration {
                    version: Version::numbers(&digits),
                    source: up_sections(&written.text, written.name)?,
                })
            })
            .collect()
    }
}

/// A `-- migrate:up` / `-- migrate:down` line from its first column:
/// `--`, blanks, the marker, then nothing or a blank and options. `detect`:
fn marker(line: &str, which: &str) -> bool {
    let Some(rest) = line.strip_prefix("--") else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix("migrate:") else {
        return false;
    };
    let Some(after) = rest.strip_prefix(which) else {
        return false;
    };
    after.is_empty() || after.starts_with(char::is_whitespace)
}

/// The up sections of a dbmate migration, the rest blanked; each section is
/// one block.
fn up_sections(text: &str, name: String) -> Result<crate::input::Source, String> {
    let mut extract = Extract::new(text);
    let mut up = false;
    let mut seen_up = false;
    for line in lines(text) {
        if marker(line.body, "up") {
            extract.close_block(line.range.start);
            extract.open_block(line.end);
            up = true;
            seen_up = true;
        } else if marker(line.body, "down") {
            extract.close_block(line.range.start);
            up = false;
        } else if up {
            extract.keep(line.range.clone());
        }
    }
    if !seen_up {
        return Err(format!(
            "{name}: no '-- migrate:up' line: dbmate refuses the file (mark where its up \
             migration starts)"
        ));
    }
    Ok(extract.finish(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_as_dbmate_reads_them() {
        assert!(marker("-- migrate:up", "up"));
        assert!(marker("--migrate:up transaction:false", "up"));
        assert!(!marker("-- migrate:upgrade", "up"));
        assert!(!marker(" -- migrate:up", "up"));
        assert!(marker("-- migrate:down", "down"));
    }

    #[test]
    fn each_up_section_is_one_block_and_down_sections_never_run() {
        let text = "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n\
                    -- migrate:up transaction:false\nCREATE INDEX i ON a (id);\n";
        let source = up_sections(text, String::from("1_a.sql")).unwrap();
        assert!(!source.text.contains("DROP") && source.text.contains("CREATE INDEX"));
        assert_eq!(source.blocks.len(), 2);
        assert!(up_sections("SELECT 1;\n", String::from("2_b.sql"))
            .unwrap_err()
            .contains("no '-- migrate:up'"));
    }
}
