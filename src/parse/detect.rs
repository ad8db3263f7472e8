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

/// A clue: the dialect it points to, what the message calls it, its weight.
type ClueKind = (Dialect, &'static str, u32);

/// What the scan remembers of the last few things it read: the words a clue
/// looks back to, and the punctuation that counts (a string, `)`, `,`, `(`).
/// Anything else read is a word of no interest; blanks, operators and
/// comments are not remembered at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    Word,
    Quote,
    Close,
    Comma,
    Open,
    As,
    Alter,
    Character,
    Comment,
    Create,
    Datetime,
    Default,
    Enum,
    Lock,
    On,
    Owner,
    Set,
    Table,
    Update,
    Virtual,
    Without,
}

/// What one word is: a clue on its own (`SERIAL`, `AUTO_INCREMENT`, ...), a
/// word a later clue looks back to, and the clue it completes after the
/// words before it (`CREATE` `EXTENSION`, `ON` `UPDATE` `CURRENT_TIMESTAMP`).
struct WordRole {
    clue: Option<ClueKind>,
    seen: Seen,
    /// The words that must come just before (nearest last), and the clue.
    phrase: Option<(&'static [Seen], ClueKind)>,
}

/// The role of a word, given upper-cased.
fn word_role(upper: &[u8]) -> WordRole {
    use Dialect::{MySql, PostgreSql, Sqlite};
    let clue = |kind: ClueKind| WordRole {
        clue: Some(kind),
        seen: Seen::Word,
        phrase: None,
    };
    let seen = |seen: Seen| WordRole {
        clue: None,
        seen,
        phrase: None,
    };
    let phrase = |seen: Seen, before: &'static [Seen], kind: ClueKind| WordRole {
        clue: None,
        seen,
        phrase: Some((before, kind)),
    };
    match upper {
        b"SERIAL" => clue((PostgreSql, "SERIAL", 3)),
        b"BIGSERIAL" => clue((PostgreSql, "BIGSERIAL", 3)),
        b"SMALLSERIAL" => clue((PostgreSql, "SMALLSERIAL", 3)),
        b"TIMESTAMPTZ" => clue((PostgreSql, "TIMESTAMPTZ", 3)),
        b"JSONB" => clue((PostgreSql, "JSONB", 3)),
        b"BYTEA" => clue((PostgreSql, "BYTEA", 3)),
        b"AUTO_INCREMENT" => clue((MySql, "AUTO_INCREMENT", 3)),
        b"UNSIGNED" => clue((MySql, "UNSIGNED", 2)),
        b"ZEROFILL" => clue((MySql, "ZEROFILL", 3)),
        b"TINYINT" => clue((MySql, "TINYINT", 1)),
        b"MEDIUMINT" => clue((MySql, "MEDIUMINT", 2)),
        b"TINYTEXT" => clue((MySql, "TINYTEXT", 2)),
        b"MEDIUMTEXT" => clue((MySql, "MEDIUMTEXT", 2)),
        b"LONGTEXT" => clue((MySql, "LONGTEXT", 2)),
        b"LONGBLOB" => clue((MySql, "LONGBLOB", 2)),
        b"DELIMITER" => clue((MySql, "DELIMITER", 3)),
        b"AUTOINCREMENT" => clue((Sqlite, "AUTOINCREMENT", 3)),
        b"PRAGMA" => clue((Sqlite, "PRAGMA", 3)),
        // PostgreSQL has no DATETIME type; MySQL scripts usually carry stronger clues.
        b"DATETIME" => WordRole {
            clue: Some((Sqlite, "a DATETIME column", 1)),
            seen: Seen::Datetime,
            phrase: None,
        },
        b"EXTENSION" => phrase(
            Seen::Word,
            &[Seen::Create],
            (PostgreSql, "CREATE EXTENSION", 3),
        ),
        b"SEQUENCE" => phrase(
            Seen::Word,
            &[Seen::Create],
            (PostgreSql, "CREATE SEQUENCE", 2),
        ),
        b"ENUM" => phrase(
            Seen::Enum,
            &[Seen::As],
            (PostgreSql, "CREATE TYPE ... AS ENUM", 3),
        ),
        b"ON" => phrase(Seen::On, &[Seen::Comment], (PostgreSql, "COMMENT ON", 2)),
        b"ONLY" => phrase(
            Seen::Word,
            &[Seen::Table, Seen::Alter],
            (PostgreSql, "ALTER TABLE ONLY", 3),
        ),
        b"TO" => phrase(Seen::Word, &[Seen::Owner], (PostgreSql, "OWNER TO", 3)),
        b"SEARCH_PATH" => phrase(Seen::Word, &[Seen::Set], (PostgreSql, "SET search_path", 3)),
        b"IDENTITY" => phrase(
            Seen::Word,
            &[Seen::As],
            (PostgreSql, "GENERATED ... AS IDENTITY", 2),
        ),
        b"ENGINE" => phrase(Seen::Word, &[], (MySql, "ENGINE=", 3)),
        b"CHARSET" => phrase(Seen::Word, &[Seen::Default], (MySql, "DEFAULT CHARSET", 3)),
        b"SET" => phrase(Seen::Set, &[Seen::Character], (MySql, "CHARACTER SET", 1)),
        b"TABLES" => phrase(Seen::Word, &[Seen::Lock], (MySql, "LOCK TABLES", 3)),
        b"CURRENT_TIMESTAMP" => phrase(
            Seen::Word,
            &[Seen::Update, Seen::On],
            (MySql, "ON UPDATE CURRENT_TIMESTAMP", 3),
        ),
        b"ROWID" => phrase(Seen::Word, &[Seen::Without], (Sqlite, "WITHOUT ROWID", 3)),
        b"TABLE" => phrase(
            Seen::Table,
            &[Seen::Virtual, Seen::Create],
            (Sqlite, "CREATE VIRTUAL TABLE", 3),
        ),
        b"AS" => seen(Seen::As),
        b"ALTER" => seen(Seen::Alter),
        b"CHARACTER" => seen(Seen::Character),
        b"COMMENT" => seen(Seen::Comment),
        b"CREATE" => seen(Seen::Create),
        b"DEFAULT" => seen(Seen::Default),
        b"LOCK" => seen(Seen::Lock),
        b"OWNER" => seen(Seen::Owner),
        b"UPDATE" => seen(Seen::Update),
        b"VIRTUAL" => seen(Seen::Virtual),
        b"WITHOUT" => seen(Seen::Without),
        _ => seen(Seen::Word),
    }
}

/// The longest word [`word_role`] knows (`CURRENT_TIMESTAMP`): a longer word
/// is no clue, and is not upper-cased.
const LONGEST_WORD: usize = 17;

/// The last three things remembered, the last at index 0: no clue looks
/// further back.
#[derive(Default)]
struct Recent([Option<Seen>; 3]);

impl Recent {
    fn push(&mut self, seen: Seen) {
        self.0 = [Some(seen), self.0[0], self.0[1]];
    }

    /// The thing `back` places before the last (0: the last).
    fn back(&self, back: usize) -> Option<Seen> {
        self.0.get(back).copied().flatten()
    }

    /// Whether the things before the last are `before` (nearest first).
    fn preceded_by(&self, before: &[Seen]) -> bool {
        before
            .iter()
            .enumerate()
            .all(|(k, seen)| self.back(k + 1) == Some(*seen))
    }
}

/// Collect clues outside strings and comments.
fn scan(src: &str) -> Vec<Clue> {
    let bytes = src.as_bytes();
    let mut clues: Vec<Clue> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut add = |clues: &mut Vec<Clue>, (dialect, what, weight): ClueKind, line| {
        if seen.insert(what) {
            clues.push(Clue {
                dialect,
                what,
                line,
                weight,
            });
        }
    };
    // Each word is upper-cased into this buffer and matched whole: a script
    // is mostly words, and most are no clue.
    let mut upper = [0u8; LONGEST_WORD];
    let mut recent = Recent::default();
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
                i += position_or_end(b'\n', &bytes[i..]);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                if bytes.get(i + 2) == Some(&b'!') {
                    add(
                        &mut clues,
                        (Dialect::MySql, "a /*!...*/ executable comment", 3),
                        line,
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
                        (Dialect::MySql, "backquoted identifiers", 3),
                        line,
                    );
                }
                if b == b'\'' && recent.back(0) == Some(Seen::Comment) {
                    add(&mut clues, (Dialect::MySql, "an inline COMMENT", 3), line);
                }
                if b == b'\'' && recent.back(0) == Some(Seen::Datetime) {
                    add(&mut clues, (Dialect::Sqlite, "datetime('now')", 2), line);
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
                recent.push(Seen::Quote);
            }
            b'$' => {
                // `$$` or `$tag$` opens a dollar-quoted body.
                let tag_end = bytes[i + 1..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    .map(|n| i + 1 + n);
                match tag_end {
                    Some(end) if bytes[end] == b'$' => {
                        add(&mut clues, (Dialect::PostgreSql, "dollar quoting", 3), line);
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
                add(&mut clues, (Dialect::PostgreSql, "a :: cast", 3), line);
                i += 2;
            }
            b')' => {
                recent.push(Seen::Close);
                i += 1;
            }
            c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                let start = i;
                // Identifiers go on with digits, `$` and any non-ASCII
                // character in every dialect: `sys$tab$hist` opens no dollar quote.
                i = super::split::lexing::word_end(bytes, i);
                let word = &bytes[start..i];
                let role = match word.len() <= LONGEST_WORD {
                    true => {
                        let upper = &mut upper[..word.len()];
                        upper.copy_from_slice(word);
                        upper.make_ascii_uppercase();
                        word_role(upper)
                    }
                    false => word_role(b""),
                };
                if let Some(kind) = role.clue {
                    add(&mut clues, kind, line);
                }
                if word.eq_ignore_ascii_case(b"STRICT")
                    && matches!(recent.back(0), Some(Seen::Close | Seen::Comma))
                {
                    add(&mut clues, (Dialect::Sqlite, "a STRICT table", 3), line);
                }
                if word.eq_ignore_ascii_case(b"KEY")
                    && matches!(recent.back(0), Some(Seen::Comma | Seen::Open))
                {
                    add(&mut clues, (Dialect::MySql, "an inline KEY", 2), line);
                }
                recent.push(role.seen);
                if let Some((before, kind)) = role.phrase {
                    if recent.preceded_by(before) {
                        add(&mut clues, kind, line);
                    }
                }
            }
            b',' | b'(' => {
                if b == b'('
                    && matches!(recent.back(0), Some(Seen::Enum | Seen::Set))
                    && recent.back(1) != Some(Seen::As)
                {
                    add(
                        &mut clues,
                        (Dialect::MySql, "an inline ENUM/SET type", 3),
                        line,
                    );
                }
                recent.push(if b == b'(' { Seen::Open } else { Seen::Comma });
                i += 1;
            }
            _ => i += 1,
        }
    }
    clues
}

/// The offset of the first `byte` in `bytes`, or its length.
fn position_or_end(byte: u8, bytes: &[u8]) -> usize {
    bytes.iter().position(|b| *b == byte).unwrap_or(bytes.len())
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
    fn phrases_need_their_words_in_a_row_in_any_case() {
        let found = |src: &str| scan(src).iter().map(|c| c.what).collect::<Vec<_>>();
        assert_eq!(found("alter table only t"), ["ALTER TABLE ONLY"]);
        assert!(found("ALTER ONLY TABLE t").is_empty());
        assert_eq!(
            found("x ON update Current_Timestamp"),
            ["ON UPDATE CURRENT_TIMESTAMP"]
        );
        assert!(found("x UPDATE CURRENT_TIMESTAMP").is_empty());
        // A comma between the words breaks the phrase; a blank or `=` does not.
        assert!(found("DEFAULT, CHARSET").is_empty());
        assert_eq!(found("DEFAULT CHARSET=utf8"), ["DEFAULT CHARSET"]);
        // `AS ENUM (` is PostgreSQL's type; `ENUM(` and `SET (` elsewhere are MySQL's.
        assert_eq!(
            found("CREATE TYPE e AS ENUM ('a')"),
            ["CREATE TYPE ... AS ENUM"]
        );
        assert_eq!(found("c enum('a')"), ["an inline ENUM/SET type"]);
        assert_eq!(
            found("c CHARACTER SET ('a')"),
            ["CHARACTER SET", "an inline ENUM/SET type"]
        );
        // An inline key follows a comma or a parenthesis, never PRIMARY.
        assert_eq!(found("(a int, KEY k (a))"), ["an inline KEY"]);
        assert!(found("(a int, PRIMARY KEY (a))").is_empty());
        // A word longer than every clue, or a clue inside a longer word.
        assert!(found("current_timestamp_of_the_row serials").is_empty());
        assert_eq!("CURRENT_TIMESTAMP".len(), LONGEST_WORD);
        assert_eq!(
            found("CREATE VIRTUAL TABLE t USING fts5(x)"),
            ["CREATE VIRTUAL TABLE"]
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
