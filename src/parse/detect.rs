//! Guessing the dialect of a script when `--dialect` is not given.
//!
//! One linear pass over the text that skips string literals and comments (so a
//! word inside `'...'` or `-- ...` never counts) and collects clues, each with
//! the line it was first seen on:
//!
//! * **Dump headers decide at once**: `-- PostgreSQL database dump` (pg_dump),
//!   `-- MySQL dump` / `-- MariaDB dump` (mysqldump, mariadb-dump), and SQLite's
//!   `.dump` preamble `PRAGMA foreign_keys=OFF;` + `BEGIN TRANSACTION;`.
//! * **PostgreSQL clues**: `::` casts, `$$`/`$tag$` dollar quoting, `SERIAL`/
//!   `BIGSERIAL`/`SMALLSERIAL`, `TIMESTAMPTZ`, `JSONB`, `BYTEA`, `CREATE TYPE ... AS
//!   ENUM`, `CREATE EXTENSION`, `CREATE SEQUENCE`, `COMMENT ON`, `ALTER TABLE ONLY`,
//!   `OWNER TO`, `SET search_path`, `GENERATED ... AS IDENTITY`.
//! * **MySQL clues**: `` `backquoted` `` identifiers, `ENGINE=`, `AUTO_INCREMENT`,
//!   `UNSIGNED`, `ZEROFILL`, `DEFAULT CHARSET`, `CHARACTER SET`, `/*!40101 ...*/`
//!   executable comments, `LOCK TABLES`, `DELIMITER`, `TINYINT`/`MEDIUMINT`/
//!   `MEDIUMTEXT`/`LONGTEXT`/`TINYTEXT`/`LONGBLOB`, `ON UPDATE CURRENT_TIMESTAMP`,
//!   an inline `KEY name (...)`, inline `ENUM(...)`/`SET(...)` types, inline
//!   `COMMENT '...'`.
//! * **SQLite clues**: `AUTOINCREMENT` (one word), `WITHOUT ROWID`, `STRICT`
//!   after a table's closing parenthesis, `PRAGMA`, `CREATE VIRTUAL TABLE`,
//!   `datetime('now')`; weakly, `DATETIME` columns (PostgreSQL has none).
//!
//! Strong clues (dollar quoting, `ENGINE=`, `AUTOINCREMENT`, ...) weigh 3, weak
//! ones 1. The highest total wins; with no clue, or a tie, PostgreSQL is assumed
//! and the message says so. The reason names the deciding clues and their lines.

use crate::dialect::Dialect;

/// The dialect we settled on and the evidence, for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    pub dialect: Dialect,
    /// Human-readable reason, e.g. "found a pg_dump header (line 2)".
    pub reason: String,
}

/// One piece of evidence.
#[derive(Debug, Clone)]
struct Clue {
    dialect: Dialect,
    what: &'static str,
    line: usize,
    weight: u32,
}

/// Guess the dialect of `src`.
pub fn detect_dialect(src: &str) -> Detection {
    if let Some(header) = dump_header(src) {
        return header;
    }
    let clues = scan(src);
    let mut totals = [0u32; 3];
    for clue in &clues {
        totals[index(clue.dialect)] += clue.weight;
    }
    let best = *totals.iter().max().unwrap_or(&0);
    let winners: Vec<Dialect> = Dialect::ALL
        .into_iter()
        .filter(|d| totals[index(*d)] == best)
        .collect();
    if best == 0 || winners.len() > 1 {
        return Detection {
            dialect: Dialect::PostgreSql,
            reason: String::from(
                "no dialect-specific syntax settles it; assuming postgresql (use --dialect to choose)",
            ),
        };
    }
    let dialect = winners[0];
    let mut evidence: Vec<&Clue> = clues.iter().filter(|c| c.dialect == dialect).collect();
    evidence.sort_by_key(|c| (std::cmp::Reverse(c.weight), c.line));
    let listed: Vec<String> = evidence
        .iter()
        .take(3)
        .map(|c| format!("{} (line {})", c.what, c.line))
        .collect();
    Detection {
        dialect,
        reason: format!("found {}", listed.join(", ")),
    }
}

fn index(dialect: Dialect) -> usize {
    match dialect {
        Dialect::PostgreSql => 0,
        Dialect::MySql => 1,
        Dialect::Sqlite => 2,
    }
}

/// A dump tool's header in the first lines decides at once.
fn dump_header(src: &str) -> Option<Detection> {
    let mut pragma_fk_off = None;
    for (i, line) in src.lines().take(40).enumerate() {
        let trimmed = line.trim();
        let found = |dialect: Dialect, what: &str| Detection {
            dialect,
            reason: format!("found {what} (line {})", i + 1),
        };
        if trimmed.starts_with("-- PostgreSQL database dump") {
            return Some(found(Dialect::PostgreSql, "a pg_dump header"));
        }
        if trimmed.starts_with("-- MySQL dump") || trimmed.starts_with("-- MariaDB dump") {
            return Some(found(Dialect::MySql, "a mysqldump header"));
        }
        if trimmed.eq_ignore_ascii_case("PRAGMA foreign_keys=OFF;") {
            pragma_fk_off = Some(i);
        } else if trimmed.eq_ignore_ascii_case("BEGIN TRANSACTION;") && pragma_fk_off.is_some() {
            return Some(Detection {
                dialect: Dialect::Sqlite,
                reason: format!(
                    "found a sqlite3 .dump preamble (line {})",
                    pragma_fk_off.unwrap_or(i) + 1
                ),
            });
        }
    }
    None
}

/// Words (upper-cased) and what they stand for.
const WORD_CLUES: &[(&str, Dialect, &str, u32)] = &[
    ("SERIAL", Dialect::PostgreSql, "SERIAL", 3),
    ("BIGSERIAL", Dialect::PostgreSql, "BIGSERIAL", 3),
    ("SMALLSERIAL", Dialect::PostgreSql, "SMALLSERIAL", 3),
    ("TIMESTAMPTZ", Dialect::PostgreSql, "TIMESTAMPTZ", 3),
    ("JSONB", Dialect::PostgreSql, "JSONB", 3),
    ("BYTEA", Dialect::PostgreSql, "BYTEA", 3),
    ("AUTO_INCREMENT", Dialect::MySql, "AUTO_INCREMENT", 3),
    ("UNSIGNED", Dialect::MySql, "UNSIGNED", 2),
    ("ZEROFILL", Dialect::MySql, "ZEROFILL", 3),
    ("TINYINT", Dialect::MySql, "TINYINT", 1),
    ("MEDIUMINT", Dialect::MySql, "MEDIUMINT", 2),
    ("TINYTEXT", Dialect::MySql, "TINYTEXT", 2),
    ("MEDIUMTEXT", Dialect::MySql, "MEDIUMTEXT", 2),
    ("LONGTEXT", Dialect::MySql, "LONGTEXT", 2),
    ("LONGBLOB", Dialect::MySql, "LONGBLOB", 2),
    ("DELIMITER", Dialect::MySql, "DELIMITER", 3),
    ("AUTOINCREMENT", Dialect::Sqlite, "AUTOINCREMENT", 3),
    ("PRAGMA", Dialect::Sqlite, "PRAGMA", 3),
    // PostgreSQL has no DATETIME type; MySQL scripts usually carry stronger clues.
    ("DATETIME", Dialect::Sqlite, "a DATETIME column", 1),
];

/// Word sequences (upper-cased, single-spaced) and what they stand for.
const PHRASE_CLUES: &[(&[&str], Dialect, &str, u32)] = &[
    (
        &["CREATE", "EXTENSION"],
        Dialect::PostgreSql,
        "CREATE EXTENSION",
        3,
    ),
    (
        &["CREATE", "SEQUENCE"],
        Dialect::PostgreSql,
        "CREATE SEQUENCE",
        2,
    ),
    (
        &["AS", "ENUM"],
        Dialect::PostgreSql,
        "CREATE TYPE ... AS ENUM",
        3,
    ),
    (&["COMMENT", "ON"], Dialect::PostgreSql, "COMMENT ON", 2),
    (
        &["ALTER", "TABLE", "ONLY"],
        Dialect::PostgreSql,
        "ALTER TABLE ONLY",
        3,
    ),
    (&["OWNER", "TO"], Dialect::PostgreSql, "OWNER TO", 3),
    (
        &["SET", "SEARCH_PATH"],
        Dialect::PostgreSql,
        "SET search_path",
        3,
    ),
    (
        &["AS", "IDENTITY"],
        Dialect::PostgreSql,
        "GENERATED ... AS IDENTITY",
        2,
    ),
    (&["ENGINE"], Dialect::MySql, "ENGINE=", 3),
    (
        &["DEFAULT", "CHARSET"],
        Dialect::MySql,
        "DEFAULT CHARSET",
        3,
    ),
    (&["CHARACTER", "SET"], Dialect::MySql, "CHARACTER SET", 1),
    (&["LOCK", "TABLES"], Dialect::MySql, "LOCK TABLES", 3),
    (
        &["ON", "UPDATE", "CURRENT_TIMESTAMP"],
        Dialect::MySql,
        "ON UPDATE CURRENT_TIMESTAMP",
        3,
    ),
    (&["WITHOUT", "ROWID"], Dialect::Sqlite, "WITHOUT ROWID", 3),
    (
        &["CREATE", "VIRTUAL", "TABLE"],
        Dialect::Sqlite,
        "CREATE VIRTUAL TABLE",
        3,
    ),
];

/// Whether a word of the script is `upper` (upper-cased) in any case.
fn is(word: &[u8], upper: &str) -> bool {
    word.eq_ignore_ascii_case(upper.as_bytes())
}

/// Collect clues outside strings and comments.
fn scan(src: &str) -> Vec<Clue> {
    let bytes = src.as_bytes();
    let mut clues: Vec<Clue> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut add = |clues: &mut Vec<Clue>, dialect, what: &'static str, line, weight| {
        if seen.insert(what) {
            clues.push(Clue {
                dialect,
                what,
                line,
                weight,
            });
        }
    };
    // The last few words, with `'`, `)`, `,`, `(` standing for strings and
    // punctuation: borrowed from the script and compared without regard to
    // case (a script is mostly words, and copying each upper-cased cost
    // more than the rest of the scan).
    let mut words: Vec<&[u8]> = Vec::new();
    let mut line = 1usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                if bytes.get(i + 2) == Some(&b'!') {
                    add(
                        &mut clues,
                        Dialect::MySql,
                        "a /*!...*/ executable comment",
                        line,
                        3,
                    );
                    // Its content is SQL: keep scanning inside.
                    i += 3;
                    continue;
                }
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    if bytes[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            b'\'' | b'"' | b'`' => {
                if b == b'`' {
                    add(
                        &mut clues,
                        Dialect::MySql,
                        "backquoted identifiers",
                        line,
                        3,
                    );
                }
                if b == b'\'' && words.last().is_some_and(|w| is(w, "COMMENT")) {
                    add(&mut clues, Dialect::MySql, "an inline COMMENT", line, 3);
                }
                if b == b'\'' && words.last().is_some_and(|w| is(w, "DATETIME")) {
                    add(&mut clues, Dialect::Sqlite, "datetime('now')", line, 2);
                }
                i += 1;
                while i < bytes.len() {
                    if bytes[i] == b'\n' {
                        line += 1;
                    }
                    if bytes[i] == b'\\' && b != b'"' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == b {
                        if bytes.get(i + 1) == Some(&b) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                i += 1;
                words.push(b"'");
            }
            b'$' => {
                // `$$` or `$tag$` opens a dollar-quoted body.
                let tag_end = bytes[i + 1..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    .map(|n| i + 1 + n);
                match tag_end {
                    Some(end) if bytes[end] == b'$' => {
                        add(&mut clues, Dialect::PostgreSql, "dollar quoting", line, 3);
                        let tag = &src[i..=end];
                        let body_start = end + 1;
                        let close = src[body_start..]
                            .find(tag)
                            .map_or(src.len(), |n| body_start + n + tag.len());
                        line += src[i..close].matches('\n').count();
                        i = close;
                    }
                    _ => i += 1,
                }
            }
            b':' if bytes.get(i + 1) == Some(&b':') => {
                add(&mut clues, Dialect::PostgreSql, "a :: cast", line, 3);
                i += 2;
            }
            b')' => {
                words.push(b")");
                i += 1;
            }
            c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                let start = i;
                // Identifiers go on with digits, `$` and any non-ASCII
                // character in every dialect: `sys$tab$hist` opens no dollar quote.
                while i < bytes.len()
                    && (bytes[i] == b'_'
                        || bytes[i] == b'$'
                        || bytes[i] >= 0x80
                        || bytes[i].is_ascii_alphanumeric())
                {
                    i += 1;
                }
                let word = &bytes[start..i];
                for (w, dialect, what, weight) in WORD_CLUES {
                    if is(word, w) {
                        add(&mut clues, *dialect, what, line, *weight);
                    }
                }
                if is(word, "STRICT") && words.last().is_some_and(|w| is(w, ")") || is(w, ",")) {
                    add(&mut clues, Dialect::Sqlite, "a STRICT table", line, 3);
                }
                if is(word, "KEY")
                    && !words
                        .last()
                        .is_some_and(|w| is(w, "PRIMARY") || is(w, "FOREIGN") || is(w, "UNIQUE"))
                    && words.last().is_some_and(|w| is(w, ",") || is(w, "("))
                {
                    add(&mut clues, Dialect::MySql, "an inline KEY", line, 2);
                }
                words.push(word);
                for (phrase, dialect, what, weight) in PHRASE_CLUES {
                    if words.len() >= phrase.len()
                        && words[words.len() - phrase.len()..]
                            .iter()
                            .zip(phrase.iter())
                            .all(|(a, b)| is(a, b))
                    {
                        add(&mut clues, *dialect, what, line, *weight);
                    }
                }
                if words.len() > 8 {
                    words.drain(..words.len() - 8);
                }
            }
            b',' | b'(' => {
                let n = words.len();
                if b == b'('
                    && words.last().is_some_and(|w| is(w, "ENUM") || is(w, "SET"))
                    && !(n >= 2 && is(words[n - 2], "AS"))
                {
                    add(
                        &mut clues,
                        Dialect::MySql,
                        "an inline ENUM/SET type",
                        line,
                        3,
                    );
                }
                words.push(&bytes[i..=i]);
                i += 1;
            }
            _ => i += 1,
        }
    }
    clues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detected(src: &str) -> Dialect {
        detect_dialect(src).dialect
    }

    #[test]
    fn dump_headers_decide() {
        let pg = "--\n-- PostgreSQL database dump\n--\nCREATE TABLE t (id int);";
        let found = detect_dialect(pg);
        assert_eq!(found.dialect, Dialect::PostgreSql);
        assert_eq!(found.reason, "found a pg_dump header (line 2)");
        assert_eq!(
            detected("-- MariaDB dump 10.19\nCREATE TABLE t (id int);"),
            Dialect::MySql
        );
        assert_eq!(
            detected("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(x);"),
            Dialect::Sqlite
        );
    }

    #[test]
    fn clues_pick_the_dialect_and_name_their_lines() {
        let mysql = "CREATE TABLE `users` (\n  id INT NOT NULL AUTO_INCREMENT,\n  PRIMARY KEY (id)\n) ENGINE=InnoDB;";
        let found = detect_dialect(mysql);
        assert_eq!(found.dialect, Dialect::MySql);
        assert!(
            found.reason.contains("backquoted identifiers (line 1)"),
            "{}",
            found.reason
        );
        assert!(
            found.reason.contains("AUTO_INCREMENT (line 2)"),
            "{}",
            found.reason
        );
        assert_eq!(
            detected("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);"),
            Dialect::Sqlite
        );
        assert_eq!(
            detected("CREATE TABLE t (id SERIAL PRIMARY KEY, d text DEFAULT 'x'::text);"),
            Dialect::PostgreSql
        );
        assert_eq!(
            detected("CREATE TABLE kv (k TEXT PRIMARY KEY, v) WITHOUT ROWID;"),
            Dialect::Sqlite
        );
    }

    #[test]
    fn a_dollar_inside_a_name_is_no_dollar_quote() {
        let src =
            "CREATE TABLE `sys$tab$hist` (id INT AUTO_INCREMENT);\nCREATE TABLE a$b$c (x INT);";
        let detection = detect_dialect(src);
        assert_eq!(detection.dialect, Dialect::MySql);
        assert!(!detection.reason.contains("dollar"), "{}", detection.reason);
        // Non-ASCII names are read whole, wherever a byte falls.
        assert_eq!(
            detect_dialect("CREATE TABLE é$x$é (a SERIAL);").dialect,
            Dialect::PostgreSql
        );
    }

    #[test]
    fn strings_and_comments_do_not_count() {
        let src = "-- uses AUTO_INCREMENT and ENGINE=InnoDB\nCREATE TABLE t (note text DEFAULT 'ENGINE=InnoDB `x`', id SERIAL);";
        assert_eq!(detected(src), Dialect::PostgreSql);
        let none = detect_dialect("CREATE TABLE t (id int);");
        assert_eq!(none.dialect, Dialect::PostgreSql);
        assert!(none.reason.contains("assuming postgresql"));
        assert_eq!(detect_dialect("").dialect, Dialect::PostgreSql);
    }

    /// The oracle's own examples, when the shared folder is there.
    #[test]
    fn oracle_examples_are_detected() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/oracle/examples");
        let Ok(entries) = std::fs::read_dir(root.join("corpus")) else {
            return;
        };
        for dialect in Dialect::ALL {
            let blog = root.join(format!("blog.{}.sql", dialect.name()));
            if let Ok(src) = std::fs::read_to_string(&blog) {
                assert_eq!(detected(&src), dialect, "{}", blog.display());
            }
        }
        for entry in entries.flatten() {
            let case = entry.path();
            let Ok(manifest) = std::fs::read_to_string(case.join("case.toml")) else {
                continue;
            };
            let expected = Dialect::ALL
                .into_iter()
                .find(|d| manifest.contains(&format!("dialect = \"{}\"", d.name())))
                .expect("a dialect in case.toml");
            let mut sql = String::new();
            let mut stack = vec![case.clone()];
            while let Some(dir) = stack.pop() {
                for file in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                    let path = file.path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().is_some_and(|e| e == "sql") {
                        sql.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                        sql.push('\n');
                    }
                }
            }
            if sql.trim().is_empty() {
                continue;
            }
            assert_eq!(detected(&sql), expected, "{}", case.display());
        }
    }
}
