//! goose: `<version>_<name>.sql` files (other names are not migrations; Go
//! migrations cannot run here and are said), by the integer version. Of each
//! file the lines between `-- +goose Up` and `-- +goose Down`;
//! `StatementBegin`/`StatementEnd` blocks are sent as one statement; other
//! annotations (`NO TRANSACTION`, `ENVSUB ON`) change nothing in the schema.
//! A file without `-- +goose Up`, with two of them, or with a Down inside a
//! statement block is refused, as goose refuses it.

use super::{lines, Extract, Folder, Layout, Migration, Version};

pub struct Goose;

impl Layout for Goose {
    fn name(&self) -> &'static str {
        "goose"
    }

    fn detect(&self, folder: &Folder) -> bool {
        folder.sql_texts().any(|text| text.lines().any(is_up_line))
    }

    fn migrations(
        &self,
        folder: &Folder,
        warnings: &mut Vec<String>,
    ) -> Result<Vec<Migration>, String> {
        let mut found: Vec<(i128, &str, &std::path::Path)> = Vec::new();
        let mut go_files = Vec::new();
        for (name, path) in &folder.files {
            let Some(version) = version_prefix(name) else {
                continue;
            };
            if version < 1 {
                continue;
            }
            if name.ends_with(".go") && !name.ends_with("_test.go") {
                go_files.push(name.as_str());
            } else if name.ends_with(".sql") {
                if let Some((_, other, _)) = found.iter().find(|(v, _, _)| *v == version) {
                    return Err(format!(
                        "{}: goose refuses two migrations of version {version}: {other} and \
                         {name}",
                        folder.path.display()
                    ));
                }
                found.push((version, name, path));
            }
        }
        if !go_files.is_empty() {
            warnings.push(format!(
                "{}: {} Go migration(s) cannot be run and are left out: {}",
                folder.path.display(),
                go_files.len(),
                go_files.join(", ")
            ));
        }
        found.sort();
        found
            .into_iter()
            .map(|(version, _, path)| {
                let written = crate::input::read(path)?;
                Ok(Migration {
                    version: Version::numbers(&version.to_string()),
                    source: up_part(&written.text, written.name)?,
                })
            })
            .collect()
    }
}

/// A line `-- +goose Up` from its first column (any case, any blanks), which
/// marks a goose folder.
fn is_up_line(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("--") else {
        return false;
    };
    let rest = rest.trim_start();
    let Some(tag) = rest
        .get(..6)
        .filter(|tag| tag.eq_ignore_ascii_case("+goose"))
    else {
        return false;
    };
    let rest = &rest[tag.len()..];
    rest.starts_with(char::is_whitespace) && rest.trim().eq_ignore_ascii_case("up")
}

/// The integer before the first `_` (goose: `[+-]?\d+_`).
fn version_prefix(name: &str) -> Option<i128> {
    super::integer_prefix(name).flatten()
}

/// An annotation as goose reads a `-- +goose X` line (X without regard to
/// case); an unknown one is a plain comment.
fn annotation(line: &str) -> Option<String> {
    if !line.trim().starts_with("--") || !line.contains("+goose") {
        return None;
    }
    let without = line.replace("--", "").replacen("+goose", "", 1);
    let command = without
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    const KNOWN: [&str; 9] = [
        "up",
        "down",
        "statementbegin",
        "statementend",
        "no transaction",
        "envsub on",
        "envsub off",
        "envsubst on",
        "envsubst off",
    ];
    KNOWN.contains(&command.as_str()).then_some(command)
}

#[derive(PartialEq)]
enum Part {
    Before,
    Up,
    Down,
}

/// The Up part of a goose migration, the rest blanked.
fn up_part(text: &str, name: String) -> Result<crate::input::Source, String> {
    let mut extract = Extract::new(text);
    let mut part = Part::Before;
    let mut block_begin: Option<std::ops::Range<usize>> = None;
    for line in lines(text) {
        let Some(command) = annotation(line.body) else {
            if part == Part::Up {
                extract.keep(line.range.clone());
            }
            continue;
        };
        let at = line.body.len() - line.body.trim_start().len();
        let marker = line.range.start + at..line.range.end;
        match command.as_str() {
            "up" if part != Part::Before => extract.refuse(
                marker,
                String::from("a second '-- +goose Up': goose refuses the file"),
                "a goose migration has one Up section (and at most one Down section after it)",
            ),
            "up" => part = Part::Up,
            "down" if block_begin.is_some() => {
                extract.refuse(
                    marker,
                    String::from(
                        "'-- +goose Down' inside a StatementBegin block: goose refuses the file",
                    ),
                    "end the block with '-- +goose StatementEnd' first",
                );
                block_begin = None;
                extract.close_block(line.range.start);
                part = Part::Down;
            }
            "down" => part = Part::Down,
            "statementbegin" if part == Part::Up => {
                if block_begin.is_some() {
                    extract.warn(
                        marker.clone(),
                        String::from("a second '-- +goose StatementBegin' before the block ends"),
                        "goose sends everything from the first StatementBegin to the next \
                         StatementEnd as one statement",
                    );
                    continue;
                }
                block_begin = Some(marker);
                extract.open_block(line.end);
            }
            "statementend" if block_begin.is_some() => {
                block_begin = None;
                extract.close_block(line.range.start);
            }
            "statementend" if part == Part::Up => extract.warn(
                marker,
                String::from("'-- +goose StatementEnd' without a StatementBegin"),
                "the annotation is ignored; statements around it are split as usual",
            ),
            _ => {}
        }
    }
    if part == Part::Before {
        return Err(format!(
            "{name}: no '-- +goose Up' annotation: goose refuses the file (mark where its up \
             migration starts)"
        ));
    }
    if let Some(begin) = block_begin {
        extract.warn(
            begin,
            String::from("'-- +goose StatementBegin' without a StatementEnd"),
            "the block runs to the end of the Up section as one statement; add \
             '-- +goose StatementEnd' where the statement ends",
        );
        let end = text.len();
        extract.close_block(end);
    }
    Ok(extract.finish(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_as_goose_reads_them() {
        assert_eq!(annotation("-- +goose Up").as_deref(), Some("up"));
        assert_eq!(annotation("  --  +goose   DOWN  ").as_deref(), Some("down"));
        assert_eq!(
            annotation("-- +goose NO TRANSACTION").as_deref(),
            Some("no transaction")
        );
        assert_eq!(annotation("-- +goose Upgrade"), None);
        assert_eq!(annotation("SELECT 1; -- +goose Up").as_deref(), None);
    }

    #[test]
    fn only_the_up_part_runs_and_blocks_are_one_statement() {
        let text = "-- +goose Up\nCREATE TABLE a (id int);\n-- +goose StatementBegin\n\
                    CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET @x = 1; END;\n\
                    -- +goose StatementEnd\n-- +goose Down\nDROP TABLE a;\n";
        let source = up_part(text, String::from("1_a.sql")).unwrap();
        assert!(source.text.contains("CREATE TABLE a") && !source.text.contains("DROP"));
        assert_eq!(source.blocks.len(), 1);
        assert!(source.text[source.blocks[0].clone()].starts_with("CREATE TRIGGER"));
        assert!(source.problems.is_empty());
        assert_eq!(source.written.as_deref(), Some(text));
    }

    #[test]
    fn malformed_sections_are_reported() {
        let text = "-- +goose Up\nSELECT 1;\n-- +goose Up\n";
        let twice = up_part(text, String::from("2_b.sql")).unwrap();
        assert!(twice.problems[0].error && twice.problems[0].message.contains("a second"));
        assert_eq!(&text[twice.problems[0].span.clone()], "-- +goose Up");
        assert_eq!(twice.problems[0].span.start, 23);
        let none = up_part("CREATE TABLE a (id int);\n", String::from("3_c.sql"));
        assert!(none.unwrap_err().contains("no '-- +goose Up'"));
        let inside = up_part(
            "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\n",
            String::from("4_d.sql"),
        );
        assert!(inside.unwrap().problems[0]
            .message
            .contains("inside a StatementBegin block"));
        let open = up_part(
            "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n",
            String::from("5_e.sql"),
        )
        .unwrap();
        assert!(open.problems[0].message.contains("without a StatementEnd"));
        assert_eq!(open.blocks.len(), 1);
    }

    #[test]
    fn the_up_line_that_marks_a_goose_folder() {
        assert!(is_up_line("-- +goose Up"));
        assert!(is_up_line("--+GOOSE up  "));
        assert!(!is_up_line("  -- +goose Up"));
        assert!(!is_up_line("-- +goose Upgrade"));
        assert!(!is_up_line("-- +goose Down"));
    }

    #[test]
    fn versions_before_the_first_underscore() {
        assert_eq!(version_prefix("00012_add.sql"), Some(12));
        assert_eq!(version_prefix("20240101120000_x.sql"), Some(20240101120000));
        assert_eq!(version_prefix("add_12.sql"), None);
        assert_eq!(version_prefix("12.sql"), None);
    }
}
