//! Formatted SQL changelogs (`-- liquibase formatted sql`): only the change
//! sets' SQL runs. Blanked: lines before the first `--changeset`,
//! `--rollback` lines and `/* liquibase rollback ... */` blocks, `--comment`,
//! `--precondition...` and `--validCheckSum` lines, `--ignoreLines` regions
//! (`start` to `end`, or a count of lines) and `--property` lines; change sets
//! with `ignore:true` run nothing. A change set with a `dbms:` list runs only
//! on the dialects it admits; one with `splitStatements:false` is sent as one
//! query (a block). Preconditions count as passed, every context and label
//! runs, `${...}` is not substituted and `endDelimiter` is not emulated, as
//! in the oracle. Lines are cut where Python cuts them.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::{admitted, py_lines, py_space, regex};
use crate::dialect::Dialect;
use crate::input::layout::{Extract, Migration, Step, Version};
use crate::input::Source;

struct Patterns {
    header: Regex,
    change_set: Regex,
    property: Regex,
    ignore_lines: Regex,
    rollback_start: Regex,
    rollback_end: Regex,
    consumed: [Regex; 4],
    dbms: Regex,
    ignore: Regex,
    split: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        header: regex(r"(?i)^\s*--\s*liquibase\s*formatted.*$"),
        change_set: regex(r#"(?i)^\s*--[\s]*changeset\s+("[^"]+"|[^:]+):\s*("[^"]+"|\S+).*$"#),
        property: regex(r"(?i)^\s*--[\s]*property\s+(.*:.*)\s+(.*:.*).*$"),
        ignore_lines: regex(r"(?i)^--[\s]*ignoreLines:(\w+)$"),
        rollback_start: regex(r"(?i)^\s*/\*\s*liquibase\s*rollback\s*$"),
        rollback_end: regex(r"^.*\*/\s*$"),
        // Lines of a change set liquibase reads itself.
        consumed: [
            regex(r"(?i)^\s*--[\s]*rollback (.*)$"),
            regex(r"(?i)^--[\s]*comments?:? (.*)$"),
            regex(r"(?i)^\s*--[\s]*precondition.*$"),
            regex(r"(?i)^--[\s]*validCheckSum:? (.*)$"),
        ],
        dbms: regex(r"(?is)^.*dbms:([^,][\w!,]+).*$"),
        ignore: regex(r"(?is)^.*ignore:(\w*).*$"),
        split: regex(r"(?is)^.*splitStatements:(\w+).*$"),
    })
}

/// Liquibase's test: the first non-blank line is `--liquibase formatted ...`.
pub(super) fn is_formatted(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}');
    py_lines(text)
        .into_iter()
        .map(|line| &text[line.content()])
        .find(|line| !line.trim_matches(py_space).is_empty())
        .is_some_and(|line| patterns().header.is_match(line))
}

/// One `--changeset` and the lines that run of it.
struct ChangeSet {
    names: Vec<String>,
    /// The dialects its `dbms:` admits (`None`: all).
    dialects: Option<Vec<Dialect>>,
    /// Not `ignore:true`.
    runs: bool,
    /// `splitStatements:false`: its SQL is one query.
    one_query: bool,
    /// After the `--changeset` line.
    body_start: usize,
    /// Where the next change set starts (or the file ends).
    end: usize,
    kept: Vec<Range<usize>>,
}

/// The author and id of a `--changeset author:id` line, unquoted.
fn names(captures: &regex::Captures) -> Vec<String> {
    let unquoted = |i: usize| {
        let text = captures.get(i).map_or("", |m| m.as_str());
        text.strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .unwrap_or(text)
            .trim_matches(py_space)
            .to_string()
    };
    let (author, id) = (unquoted(1), unquoted(2));
    vec![id.clone(), format!("{author}:{id}")]
}

/// The change sets of a formatted SQL changelog.
fn change_sets(text: &str) -> Vec<ChangeSet> {
    let p = patterns();
    let lines = py_lines(text);
    let body = |i: usize| &text[lines[i].body.clone()];
    let mut sets: Vec<ChangeSet> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let this = body(i);
        i += 1;
        if p.property.is_match(this) {
            continue;
        }
        if let Some(ignore) = p.ignore_lines.captures(this) {
            let argument = &ignore[1];
            if argument == "start" {
                while i < lines.len() {
                    i += 1;
                    let end = p.ignore_lines.captures(body(i - 1));
                    if end.is_some_and(|c| &c[1] == "end") {
                        break;
                    }
                }
            } else if argument.bytes().all(|b| b.is_ascii_digit()) {
                let count = argument.parse::<usize>().unwrap_or(usize::MAX);
                i += count.min(lines.len() - i);
            }
            continue;
        }
        if let Some(header) = p.change_set.captures(this) {
            if let Some(last) = sets.last_mut() {
                last.end = line.body.start;
            }
            let dbms = p.dbms.captures(this).map(|c| c[1].to_string());
            let ignore = p.ignore.captures(this);
            let split = p.split.captures(this);
            sets.push(ChangeSet {
                names: names(&header),
                dialects: dbms.as_deref().and_then(admitted),
                runs: !ignore.is_some_and(|c| c[1].eq_ignore_ascii_case("true")),
                one_query: split.is_some_and(|c| c[1].eq_ignore_ascii_case("false")),
                body_start: line.end,
                end: text.len(),
                kept: Vec::new(),
            });
            continue;
        }
        let Some(set) = sets.last_mut() else {
            continue;
        };
        if p.rollback_start.is_match(this) {
            while i < lines.len() {
                i += 1;
                if p.rollback_end.is_match(body(i - 1)) {
                    break;
                }
            }
            continue;
        }
        if p.consumed.iter().any(|pattern| pattern.is_match(this)) {
            continue;
        }
        if set.runs {
            set.kept.push(line.body.clone());
        }
    }
    sets
}

/// The migrations of a formatted SQL changelog: the file with the change
/// sets that run on a dialect kept and the others blanked, once per distinct
/// such view (one when no `dbms:` list tells the dialects apart, at most one
/// per dialect), each for the dialects it is the view of and knowing where
/// each change set ends. The views are alternatives: one runs, whole, in one
/// session, as the file runs in one client session.
pub(super) fn migrations(source: Source) -> Vec<Migration> {
    let text = source.text.as_str();
    let sets = change_sets(text);
    let mut views: Vec<(Vec<bool>, Vec<Dialect>)> = Vec::new();
    for dialect in Dialect::ALL {
        let runs: Vec<bool> = sets
            .iter()
            .map(|set| set.runs && set.dialects.as_ref().is_none_or(|d| d.contains(&dialect)))
            .collect();
        match views.iter_mut().find(|(view, _)| *view == runs) {
            Some((_, dialects)) => dialects.push(dialect),
            None => views.push((runs, vec![dialect])),
        }
    }
    let steps: Vec<Step> = sets
        .iter()
        .map(|set| Step {
            names: set.names.clone(),
            end: set.end,
        })
        .collect();
    let lines = py_lines(text);
    views
        .into_iter()
        .map(|(runs, dialects)| {
            // Dropped lines keep their line end; the oracle writes `\n` for
            // one of Python's other line ends.
            let mut extract = Extract::new(text);
            for line in &lines {
                extract.keep(line.body.end..line.end);
                if let Some(other) = &line.other_end {
                    extract.replace(other.clone(), "\n");
                }
            }
            for (set, _) in sets.iter().zip(&runs).filter(|(_, runs)| **runs) {
                for kept in &set.kept {
                    extract.keep(kept.clone());
                }
                if set.one_query {
                    extract.open_block(set.body_start);
                    extract.close_block(set.end);
                }
            }
            let mut view = extract.finish(source.name.clone());
            view.dialects = (dialects.len() < Dialect::ALL.len()).then_some(dialects);
            Migration {
                version: Version::Steps(steps.clone()),
                source: view,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract(text: &str) -> Vec<Migration> {
        migrations(Source::plain(String::from("c.sql"), text.to_string()))
    }

    fn shown(source: &Source) -> Vec<&str> {
        source
            .text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect()
    }

    #[test]
    fn the_header_marks_a_formatted_changelog() {
        assert!(is_formatted("\u{feff}\n  -- Liquibase formatted SQL\n"));
        assert!(is_formatted("--liquibase formatted"));
        assert!(!is_formatted(
            "-- changeset a:1\n-- liquibase formatted sql\n"
        ));
        assert!(!is_formatted("CREATE TABLE t (id int);"));
        assert!(!is_formatted(""));
    }

    #[test]
    fn only_change_sets_run_without_rollbacks_comments_and_ignored_lines() {
        let text = "-- liquibase formatted sql\nCREATE TABLE before (id int);\n\
                    -- changeset a:1\n-- comment: the users\nCREATE TABLE users (id int);\n\
                    -- rollback DROP TABLE users;\n/* liquibase rollback\nDROP TABLE users;\n*/\n\
                    --precondition-sql-check expectedResult:0 SELECT 1\n\
                    --validCheckSum: 1:any\n\
                    --ignoreLines:start\n\\echo not sql\n--ignoreLines:end\n\
                    --ignoreLines:2\nskipped one\nskipped two\nCREATE INDEX i ON users (id);\n\
                    --property name:x value:y\n\
                    -- changeset a:2 ignore:true\nDROP TABLE users;\n";
        let migrations = extract(text);
        assert_eq!(migrations.len(), 1);
        let source = &migrations[0].source;
        assert_eq!(source.text.len(), text.len());
        assert_eq!(
            shown(source),
            vec![
                "CREATE TABLE users (id int);",
                "CREATE INDEX i ON users (id);"
            ]
        );
        assert_eq!(source.written.as_deref(), Some(text));
        let Version::Steps(steps) = &migrations[0].version else {
            panic!("steps")
        };
        assert_eq!(steps[0].names, vec!["1", "a:1"]);
        assert_eq!(steps[1].names, vec!["2", "a:2"]);
        assert_eq!(&text[steps[0].end..][..16], "-- changeset a:2");
    }

    #[test]
    fn dbms_change_sets_make_a_view_of_the_file_per_dialect() {
        let text = "--liquibase formatted sql\n--changeset a:1\nCREATE TABLE a (id int);\n\
                    --changeset a:2 dbms:h2\nCREATE TABLE h (id int);\n\
                    --changeset a:3 dbms:!postgresql,!sqlite\nCREATE TABLE m (id int);\n\
                    --changeset a:4 dbms:mariadb ignore:true\nDROP TABLE a;\n\
                    --changeset a:5 dbms:sqlite,postgresql\nCREATE TABLE b (id int);\n";
        let migrations = extract(text);
        let views: Vec<(Option<Vec<Dialect>>, Vec<&str>)> = migrations
            .iter()
            .map(|m| (m.source.dialects.clone(), shown(&m.source)))
            .collect();
        assert_eq!(
            views,
            vec![
                (
                    Some(vec![Dialect::PostgreSql, Dialect::Sqlite]),
                    vec!["CREATE TABLE a (id int);", "CREATE TABLE b (id int);"]
                ),
                (
                    Some(vec![Dialect::MySql]),
                    vec!["CREATE TABLE a (id int);", "CREATE TABLE m (id int);"]
                ),
            ]
        );
        for migration in &migrations {
            let Version::Steps(steps) = &migration.version else {
                panic!("steps")
            };
            assert_eq!(steps.len(), 5, "every change set, run or not");
        }
        // A dbms list that excludes every dialect alike: one view, for all.
        let text = "--liquibase formatted sql\n--changeset a:1\nCREATE TABLE a (id int);\n\
                    --changeset a:2 dbms:h2\nCREATE TABLE h (id int);\n";
        let migrations = extract(text);
        assert_eq!(migrations.len(), 1);
        assert_eq!(migrations[0].source.dialects, None);
        assert_eq!(
            shown(&migrations[0].source),
            vec!["CREATE TABLE a (id int);"]
        );
    }

    #[test]
    fn split_statements_false_is_one_block() {
        let text = "-- liquibase formatted sql\n-- changeset a:1 splitStatements:false\n\
                    CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET @x = 1; END;\n\
                    -- rollback DROP TRIGGER t;\n-- changeset a:2\nCREATE TABLE b (id int);\n";
        let source = &extract(text)[0].source;
        assert_eq!(source.blocks.len(), 1);
        let block = &source.text[source.blocks[0].clone()];
        assert!(block.trim().starts_with("CREATE TRIGGER") && block.trim().ends_with("END;"));
        assert!(!block.contains("CREATE TABLE b"));
    }

    /// Random lines of the kinds liquibase reads, joined by every line end
    /// Python knows: the views keep the file's length and line ends, their
    /// blocks lie in order inside them, and nothing panics.
    #[test]
    fn random_changelogs_keep_positions() {
        const PIECES: &[&str] = &[
            "-- liquibase formatted sql",
            "--changeset a:1",
            "-- changeset \"b c\":\"d e\" dbms:postgresql splitStatements:false",
            "--changeset x:2 dbms:!mysql ignore:true",
            "--changeset x:3 dbms:mariadb,sqlite splitStatements:FALSE",
            "--changeset é:ü dbms:h2",
            "CREATE TABLE t (id int);",
            "INSERT INTO t VALUES ('é');",
            "--rollback DROP TABLE t;",
            "/* liquibase rollback",
            "*/",
            "--ignoreLines:start",
            "--ignoreLines:end",
            "--ignoreLines:2",
            "--ignoreLines:99999999999999999999999",
            "--comment: x",
            "--property name:a value:b",
            "--precondition-sql-check expectedResult:0 SELECT 1",
            "",
            "   ",
        ];
        const ENDS: &[&str] = &["\n", "\r\n", "\r", "\u{c}", "\u{85}", "\u{2028}", "\u{1e}"];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..next(30) {
                text.push_str(PIECES[next(PIECES.len())]);
                text.push_str(ENDS[next(ENDS.len())]);
            }
            if next(2) == 0 {
                text.push_str(PIECES[next(PIECES.len())]);
            }
            let views = extract(&text);
            assert!(!views.is_empty() && views.len() <= 3, "{text:?}");
            for view in &views {
                let source = &view.source;
                assert_eq!(source.text.len(), text.len(), "{text:?}");
                let mut last = 0;
                for block in &source.blocks {
                    assert!(last <= block.start && block.start < block.end, "{text:?}");
                    assert!(block.end <= text.len());
                    last = block.end;
                }
                for (kept, written) in source.text.bytes().zip(text.bytes()) {
                    assert!(matches!(kept, b' ' | b'\n') || kept == written, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn ignore_lines_start_without_end_runs_to_the_end_of_the_file() {
        let text = "-- liquibase formatted sql\n-- changeset a:1\n--ignoreLines:start\n\
                    CREATE TABLE a (id int);\n-- changeset a:2\nCREATE TABLE b (id int);\n";
        let migrations = extract(text);
        assert!(shown(&migrations[0].source).is_empty());
        let Version::Steps(steps) = &migrations[0].version else {
            panic!("steps")
        };
        assert_eq!(steps.len(), 1, "the second --changeset is ignored too");
        // A count larger than what is left stops at the end.
        let text = "-- liquibase formatted sql\n-- changeset a:1\n--ignoreLines:99\nx\n";
        assert!(shown(&extract(text)[0].source).is_empty());
    }
}
