//! The SQL of an XML/YAML/JSON change set's `sql` or `sqlFile` change, as
//! the oracle hands it to each client. `splitStatements: false` sends it as
//! one query (a block, which only the MariaDB splitter needs). An
//! `endDelimiter` (a literal: letters, or symbols; a pattern is refused)
//! differs by client, so such a change gives one source per kind: for MariaDB
//! the text is cut where the mariadb client would cut at that `DELIMITER`
//! (anywhere outside quotes and comments, case-sensitively), each piece a
//! block and the delimiters blanked; for PostgreSQL and SQLite a line that is
//! just the delimiter becomes `;` (and so does a symbol delimiter that ends a
//! line), the clients splitting statements themselves. Every edit keeps the
//! length, so positions stay the file's.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::{both, py_lines, py_space, regex};
use crate::dialect::Dialect;
use crate::input::Source;

/// One `sql` or `sqlFile` change that runs.
pub(super) struct Change {
    /// How messages name it.
    pub name: String,
    /// The SQL (a `sqlFile`'s whole text).
    pub text: String,
    /// Not `splitStatements: false`.
    pub split: bool,
    /// `endDelimiter`, unless empty or `;`.
    pub end_delimiter: Option<String>,
    /// The dialects it runs on (`None`: all).
    pub dialects: Option<Vec<Dialect>>,
}

/// The sources a change runs as: one, or one for MariaDB and one for the
/// others when it has an end delimiter.
pub(super) fn sources(change: Change) -> Result<Vec<Source>, String> {
    static LITERAL: OnceLock<Regex> = OnceLock::new();
    let literal = LITERAL.get_or_init(|| regex(r"^(?:[A-Za-z]+|[^\w\s\\.*+?()\[\]{}|^$]+)$"));
    let Some(delimiter) = change.end_delimiter.clone() else {
        let mut source = Source::plain(change.name, change.text);
        if !change.split {
            let end = source.text.trim_end_matches(py_space).len();
            if end > 0 {
                source.blocks.push(0..end);
            }
        }
        source.dialects = change.dialects;
        return Ok(vec![source]);
    };
    if !literal.is_match(&delimiter) {
        return Err(format!(
            "liquibase: {}: endDelimiter '{delimiter}' is a pattern; only literal delimiters \
             (letters, or symbols) are read",
            change.name
        ));
    }
    let mut sources = Vec::new();
    let mysql = both(change.dialects.clone(), Some(vec![Dialect::MySql]));
    if mysql.as_ref().is_some_and(|d| !d.is_empty()) {
        let (text, blocks) = match change.split {
            true => cut_at_delimiters(&change.text, &delimiter),
            false => one_query_without_last_delimiter(&change.text, &delimiter),
        };
        sources.push(edited(&change, text, blocks, mysql));
    }
    let others = both(
        change.dialects.clone(),
        Some(vec![Dialect::PostgreSql, Dialect::Sqlite]),
    );
    if others.as_ref().is_some_and(|d| !d.is_empty()) {
        let text = delimiter_lines_as_semicolons(&change.text, &delimiter);
        sources.push(edited(&change, text, Vec::new(), others));
    }
    Ok(sources)
}

fn edited(
    change: &Change,
    text: String,
    blocks: Vec<Range<usize>>,
    dialects: Option<Vec<Dialect>>,
) -> Source {
    let written = (text != change.text).then(|| change.text.clone());
    Source {
        name: change.name.clone(),
        text,
        written,
        blocks,
        dialects,
        ..Source::default()
    }
}

/// Bytes made spaces (whole characters, so the text stays UTF-8).
fn blank(bytes: &mut [u8], range: Range<usize>) {
    for b in &mut bytes[range] {
        *b = b' ';
    }
}

fn into_text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// MariaDB, `splitStatements: false`: the whole text is one query, without
/// a delimiter that ends it (any case).
fn one_query_without_last_delimiter(text: &str, delimiter: &str) -> (String, Vec<Range<usize>>) {
    let mut end = text.trim_end_matches(py_space).len();
    let mut bytes = text.as_bytes().to_vec();
    let tail = end
        .checked_sub(delimiter.len())
        .filter(|at| text.is_char_boundary(*at));
    if let Some(at) = tail.filter(|at| text[*at..end].eq_ignore_ascii_case(delimiter)) {
        blank(&mut bytes, at..end);
        end = at;
    }
    let blocks = (end > 0).then_some(0..end).into_iter().collect();
    (into_text(bytes), blocks)
}

/// MariaDB: the pieces between the delimiters, as the mariadb client finds
/// them (outside quotes, `-- `, `#` and `/* */` comments; `/*!` comments are
/// sent, so they do not hide it), each a block, the delimiters blanked.
fn cut_at_delimiters(text: &str, delimiter: &str) -> (String, Vec<Range<usize>>) {
    let found = delimiters(text, delimiter);
    let mut bytes = text.as_bytes().to_vec();
    let mut blocks = Vec::new();
    let mut start = 0;
    // The client sends no piece that is only blanks.
    let mut piece = |range: std::ops::Range<usize>| {
        if !text[range.clone()].trim().is_empty() {
            blocks.push(range);
        }
    };
    for at in found {
        blank(&mut bytes, at.clone());
        piece(start..at.start);
        start = at.end;
    }
    piece(start..text.len());
    (into_text(bytes), blocks)
}

/// Where the mariadb client finds `delimiter` in `text`.
fn delimiters(text: &str, delimiter: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let wanted = delimiter.as_bytes();
    let mut found = Vec::new();
    let mut quote: Option<u8> = None;
    let mut block_comment = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if let Some(q) = quote {
            if c == b'\\' && q != b'`' {
                i += 2;
                continue;
            }
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if block_comment {
            if bytes[i..].starts_with(b"*/") {
                block_comment = false;
                i += 2;
            } else {
                i += 1;
            }
            continue;
        }
        if !wanted.is_empty() && bytes[i..].starts_with(wanted) {
            found.push(i..i + wanted.len());
            i += wanted.len();
            continue;
        }
        let next = |n: usize| bytes.get(i + n).copied();
        let line_comment = c == b'#'
            || (c == b'-'
                && next(1) == Some(b'-')
                && next(2).is_none_or(|b| b.is_ascii_whitespace() || b.is_ascii_control()));
        if line_comment {
            i = bytes[i..]
                .iter()
                .position(|b| *b == b'\n')
                .map_or(bytes.len(), |p| i + p);
        } else if matches!(c, b'\'' | b'"' | b'`') {
            quote = Some(c);
            i += 1;
        } else if c == b'/' && next(1) == Some(b'*') && next(2) != Some(b'!') {
            block_comment = true;
            i += 2;
        } else {
            i += 1;
        }
    }
    found
}

/// PostgreSQL and SQLite: a line that is just the delimiter (any case)
/// becomes `;`, and so does a symbol delimiter of two or more characters at
/// the end of a line (what follows it dropped; another of Python's line
/// ends written as `\n`, as the oracle writes it).
fn delimiter_lines_as_semicolons(text: &str, delimiter: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let letters = delimiter.chars().all(char::is_alphabetic);
    for line in py_lines(text) {
        let body = &text[line.body.clone()];
        let trimmed = body.trim_end_matches(py_space);
        let end = line.body.start + trimmed.len();
        let at = if trimmed
            .trim_start_matches(py_space)
            .eq_ignore_ascii_case(delimiter)
        {
            line.body.start
        } else if delimiter.len() > 1 && !letters && trimmed.ends_with(delimiter) {
            end - delimiter.len()
        } else {
            continue;
        };
        blank(&mut bytes, at..line.body.end);
        bytes[at] = b';';
        if let Some(other) = line.other_end {
            bytes[other.start] = b'\n';
        }
    }
    into_text(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(text: &str, split: bool, delimiter: Option<&str>) -> Change {
        Change {
            name: String::from("c.yaml (sql change of changeSet 1)"),
            text: text.to_string(),
            split,
            end_delimiter: delimiter.map(String::from),
            dialects: None,
        }
    }

    #[test]
    fn split_statements_false_is_one_block_on_every_dialect() {
        let text = "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET @x = 1; END;\n\n";
        let sources = sources(change(text, false, None)).unwrap();
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0].blocks, vec![0..text.trim_end().len()]);
        assert_eq!(sources[0].dialects, None);
        assert!(super::sources(change(text, true, None)).unwrap()[0]
            .blocks
            .is_empty());
    }

    #[test]
    fn an_end_delimiter_gives_a_source_per_kind_of_client() {
        let text = "CREATE TABLE a (id int)\nGO\nCREATE TABLE `GO` (id int) -- GO\ngo\n\
                    SELECT 'GO'\n  GO  \n";
        let sources = sources(change(text, true, Some("GO"))).unwrap();
        assert_eq!(sources.len(), 2);
        let (mysql, others) = (&sources[0], &sources[1]);
        assert_eq!(mysql.dialects, Some(vec![Dialect::MySql]));
        assert_eq!(
            others.dialects,
            Some(vec![Dialect::PostgreSql, Dialect::Sqlite])
        );
        assert_eq!(mysql.text.len(), text.len());
        assert_eq!(others.text.len(), text.len());
        // MariaDB: cut at GO outside quotes and comments, case-sensitively.
        let pieces: Vec<&str> = mysql
            .blocks
            .iter()
            .map(|b| mysql.text[b.clone()].trim())
            .collect();
        assert_eq!(
            pieces,
            vec![
                "CREATE TABLE a (id int)",
                "CREATE TABLE `GO` (id int) -- GO\ngo\nSELECT 'GO'",
            ]
        );
        // PostgreSQL / SQLite: lines that are just the delimiter, any case.
        let lines: Vec<&str> = others.text.lines().map(str::trim_end).collect();
        assert_eq!(
            lines,
            vec![
                "CREATE TABLE a (id int)",
                ";",
                "CREATE TABLE `GO` (id int) -- GO",
                ";",
                "SELECT 'GO'",
                ";"
            ]
        );
        assert_eq!(others.written.as_deref(), Some(text));
    }

    /// The pieces the mariadb client 10.11 sent for this text after
    /// `DELIMITER GO` (checked with `mariadb -vvv`).
    #[test]
    fn pieces_as_the_mariadb_client_cuts_them() {
        let text = "SELECT \"a GO b\" /* GO */ -- GO\n, 1 GO SELECT `x``GO` FROM \
                    (SELECT 1 AS `x``GO`) t # GO\nGO\nSELECT 'it\\'s GO' /*! , 2 */GO\n\
                    SELECT 3 --GO\nGO\n";
        let (cut, blocks) = cut_at_delimiters(text, "GO");
        let pieces: Vec<&str> = blocks.iter().map(|b| cut[b.clone()].trim()).collect();
        assert_eq!(
            pieces,
            vec![
                "SELECT \"a GO b\" /* GO */ -- GO\n, 1",
                "SELECT `x``GO` FROM (SELECT 1 AS `x``GO`) t # GO",
                "SELECT 'it\\'s GO' /*! , 2 */",
                "SELECT 3 --",
            ]
        );
    }

    #[test]
    fn a_symbol_delimiter_that_ends_a_line_becomes_a_semicolon() {
        let text = "CREATE PROCEDURE p() BEGIN SELECT 1; END//\nCREATE TABLE t (id int)//";
        let sources = sources(change(text, true, Some("//"))).unwrap();
        assert_eq!(
            sources[1].text,
            "CREATE PROCEDURE p() BEGIN SELECT 1; END; \nCREATE TABLE t (id int); "
        );
        let pieces: Vec<&str> = sources[0]
            .blocks
            .iter()
            .map(|b| &sources[0].text[b.clone()])
            .collect();
        assert_eq!(
            pieces,
            vec![
                "CREATE PROCEDURE p() BEGIN SELECT 1; END",
                "\nCREATE TABLE t (id int)"
            ]
        );
    }

    #[test]
    fn one_query_leaves_out_the_delimiter_that_ends_it() {
        let text = "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET @x = 1; END\n/\n";
        let sources = sources(change(text, false, Some("/"))).unwrap();
        let mysql = &sources[0];
        assert_eq!(mysql.blocks.len(), 1);
        assert!(mysql.text[mysql.blocks[0].clone()]
            .trim_end()
            .ends_with("END"));
        assert!(!mysql.text.contains('/'));
        assert!(sources[1].text.contains("END\n;"));
    }

    #[test]
    fn dialects_narrow_the_sources() {
        let mut only_postgresql = change("SELECT 1\nGO\n", true, Some("GO"));
        only_postgresql.dialects = Some(vec![Dialect::PostgreSql]);
        let sources = sources(only_postgresql).unwrap();
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0].dialects, Some(vec![Dialect::PostgreSql]));
        assert!(super::sources(change("x", true, Some("\\n/"))).is_err());
    }
}
