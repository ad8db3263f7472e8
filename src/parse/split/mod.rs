//! Our statement splitter: cuts a script into statements, keeping byte spans.
//!
//! One linear pass over the bytes: quotes (`''` and, in MySQL, backslash escapes),
//! quoted identifiers, `--`/`#`/`/* */` comments, PostgreSQL dollar quoting, psql
//! meta-command lines and `COPY ... FROM stdin` data blocks, MySQL `DELIMITER` and
//! executable comments `/*!NNNNN ... */` (their markers blanked and their SQL kept
//! when MariaDB runs them, left as plain comments when its version rule skips them).

use std::ops::Range;

use crate::dialect::Dialect;

/// What a piece of the script is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PieceKind {
    /// An SQL statement, to be parsed.
    Sql,
    /// A client-side command (`\restrict`, `DELIMITER ;;`, a `COPY ... FROM stdin` data
    /// block, ...): the database never sees it as SQL, so it has no effect on the schema.
    ClientCommand,
}

/// One statement (or client command) cut out of a script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub kind: PieceKind,
    /// Byte range in the original source, from the first significant character to the
    /// end of the statement (terminator excluded).
    pub span: Range<usize>,
    /// The statement's text as the server would execute it: the same length as
    /// `span`, byte for byte, except that MySQL executable comments (`/*!40101 ... */`)
    /// have their markers replaced by spaces so their content is kept (or, when the
    /// server would skip them, their `!` so that they stay comments), and plain
    /// comments are kept as they are (sqlparser skips them).
    pub text: String,
}

/// Split `src` into statements for `dialect`.
pub fn split_statements(src: &str, dialect: Dialect) -> Vec<Piece> {
    let bytes = src.as_bytes();
    let mut pieces = Vec::new();
    let mut text: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut delimiter: Vec<u8> = b";".to_vec();
    let mut start: Option<usize> = None;
    let mut i = 0;
    let at_line_start = |i: usize| {
        bytes[..i]
            .iter()
            .rev()
            .take_while(|b| **b != b'\n')
            .all(|b| b.is_ascii_whitespace())
    };
    let mysql = dialect == Dialect::MySql;
    let pg = dialect == Dialect::PostgreSql;
    let sqlite = dialect == Dialect::Sqlite;
    // SQLite: where `sqlite3_complete` is in the statement (a trigger's body
    // holds `;`s; only `; END ;` ends it).
    let mut complete = Complete::Start;
    // PostgreSQL: psql's lexer ends no statement inside parentheses (a
    // multi-action `CREATE RULE ... DO ( a; b; )`).
    let mut paren_depth = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        // Client commands, outside any statement.
        if start.is_none() && at_line_start(i) {
            let line_end = bytes[i..]
                .iter()
                .position(|c| *c == b'\n')
                .map_or(bytes.len(), |p| i + p);
            let line = &src[i..line_end];
            // Compared as bytes: the line may hold a multi-byte character
            // anywhere, and the first ten bytes are ASCII when it matches.
            let is_delimiter = mysql
                && line
                    .as_bytes()
                    .get(..10)
                    .is_some_and(|head| head.eq_ignore_ascii_case(b"DELIMITER "));
            // When no statement text is pending, the sqlite3 shell skips a line that
            // starts with `#` in its first column (anywhere else `#` is an SQL
            // error) and runs one that starts with `.` as a shell command.
            let shell_line =
                sqlite && (b == b'#' || b == b'.') && (i == 0 || bytes[i - 1] == b'\n');
            if (pg && b == b'\\') || is_delimiter || shell_line {
                // `DELIMITER` with nothing after it is refused by the client,
                // which keeps the delimiter it had.
                if is_delimiter {
                    let new_delimiter = line[10..].trim();
                    if !new_delimiter.is_empty() {
                        delimiter = new_delimiter.as_bytes().to_vec();
                    }
                }
                pieces.push(Piece {
                    kind: PieceKind::ClientCommand,
                    span: i..line_end,
                    text: line.to_string(),
                });
                text.resize(line_end, b' ');
                i = line_end;
                continue;
            }
        }
        if b.is_ascii_whitespace() {
            text.push(b);
            i += 1;
            continue;
        }
        // Comments.
        let line_comment = (b == b'-' && bytes.get(i + 1) == Some(&b'-')) || (mysql && b == b'#');
        if line_comment {
            // PostgreSQL's lexer ends a `--` comment at a carriage return too
            // (files with classic Mac line endings); MariaDB's and SQLite's
            // only at a newline.
            let end = bytes[i..]
                .iter()
                .position(|c| *c == b'\n' || (pg && *c == b'\r'))
                .map_or(bytes.len(), |p| i + p);
            text.extend_from_slice(&bytes[i..end]);
            i = end;
            continue;
        }
        if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
            let executable = mysql
                && (bytes.get(i + 2) == Some(&b'!')
                    || (bytes.get(i + 2) == Some(&b'M') && bytes.get(i + 3) == Some(&b'!')));
            let end = find(bytes, i + 2, b"*/").map_or(bytes.len(), |p| p + 2);
            let body = executable
                .then(|| executable_comment_body(bytes, i))
                .flatten();
            if let Some(j) = body {
                // Blank the markers, keep the SQL inside.
                text.resize(j, b' ');
                start.get_or_insert(j);
                i = j;
                // The closing marker is blanked when reached.
                continue;
            }
            let from = text.len();
            text.extend_from_slice(&bytes[i..end]);
            if executable {
                // A plain comment now: sqlparser, which would run a `/*!` comment's
                // SQL whatever its version, must not see the marker.
                let bang = from + 2 + usize::from(bytes[i + 2] == b'M');
                text[bang] = b' ';
            }
            i = end;
            continue;
        }
        if mysql && b == b'*' && bytes.get(i + 1) == Some(&b'/') {
            text.extend_from_slice(b"  ");
            i += 2;
            continue;
        }
        // Statement end.
        if bytes[i..].starts_with(&delimiter) && !(pg && paren_depth > 0) {
            if sqlite {
                complete = complete.next(CompleteToken::Semi);
                if complete == Complete::Semi {
                    // Inside a trigger's body.
                    text.push(b);
                    i += 1;
                    continue;
                }
            }
            if let Some(s) = start.take() {
                push_sql(&mut pieces, src, &text, s, i);
            }
            paren_depth = 0;
            text.resize(i + delimiter.len(), b' ');
            i += delimiter.len();
            continue;
        }
        start.get_or_insert(i);
        if sqlite {
            let (end, token) = sqlite_token(bytes, i);
            complete = complete.next(token);
            text.extend_from_slice(&bytes[i..end]);
            i = end;
            continue;
        }
        match b {
            b'\'' | b'"' | b'`' => {
                let backslash = mysql
                    || (b == b'\'' && i > 0 && (bytes[i - 1] == b'E' || bytes[i - 1] == b'e'));
                let end = quoted_end(bytes, i, b, backslash);
                text.extend_from_slice(&bytes[i..end]);
                i = end;
            }
            b'$' if pg => {
                let tag_end = bytes[i + 1..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    .map(|p| i + 1 + p);
                match tag_end {
                    Some(t)
                        if bytes[t] == b'$'
                            && !bytes[i + 1..t].first().is_some_and(|c| c.is_ascii_digit()) =>
                    {
                        let tag = &bytes[i..=t];
                        let end = find(bytes, t + 1, tag).map_or(bytes.len(), |p| p + tag.len());
                        text.extend_from_slice(&bytes[i..end]);
                        i = end;
                    }
                    _ => {
                        text.push(b);
                        i += 1;
                    }
                }
            }
            _ => {
                if pg {
                    match b {
                        b'(' => paren_depth += 1,
                        b')' => paren_depth = paren_depth.saturating_sub(1),
                        _ => {}
                    }
                }
                text.push(b);
                i += 1;
            }
        }
        // COPY ... FROM stdin: the data lines up to `\.` are not SQL.
        if pg && start.is_none() {
            continue;
        }
        if pg && bytes.get(i) == Some(&b';') {
            if let Some(s) = start {
                let statement = src[s..i].to_ascii_lowercase();
                if statement.starts_with("copy") && statement.trim_end().ends_with("from stdin") {
                    push_sql(&mut pieces, src, &text, s, i);
                    start = None;
                    let data_start = bytes[i..]
                        .iter()
                        .position(|c| *c == b'\n')
                        .map_or(bytes.len(), |p| i + p + 1);
                    let data_end = find(bytes, data_start, b"\n\\.").map_or(bytes.len(), |p| {
                        bytes[p + 1..]
                            .iter()
                            .position(|c| *c == b'\n')
                            .map_or(bytes.len(), |q| p + 1 + q)
                    });
                    let data_end = if src[data_start..].starts_with("\\.") {
                        data_start + 2
                    } else {
                        data_end
                    };
                    pieces.push(Piece {
                        kind: PieceKind::ClientCommand,
                        span: data_start..data_end,
                        text: src[data_start..data_end].to_string(),
                    });
                    text.resize(data_end, b' ');
                    i = data_end;
                }
            }
        }
    }
    if let Some(s) = start {
        push_sql(&mut pieces, src, &text, s, bytes.len());
    }
    pieces
}

/// The states of SQLite's `sqlite3_complete`, which the sqlite3 shell uses to
/// find where a statement ends: a `;` ends it, except inside `CREATE [TEMP]
/// TRIGGER ... BEGIN ... END`, which only `; END ;` ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Complete {
    Start,
    Normal,
    Explain,
    Create,
    Trigger,
    Semi,
    End,
}

/// The tokens `sqlite3_complete` tells apart (blanks and comments change nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CompleteToken {
    Semi,
    Other,
    Explain,
    Create,
    Temp,
    Trigger,
    End,
}

impl Complete {
    fn next(self, token: CompleteToken) -> Complete {
        use Complete as S;
        use CompleteToken as T;
        match (self, token) {
            (S::Trigger | S::Semi, T::Semi) => S::Semi,
            (_, T::Semi) => S::Start,
            (S::Start, T::Explain) | (S::Explain, T::Other) => S::Explain,
            (S::Start | S::Explain, T::Create) => S::Create,
            (S::Create, T::Temp) => S::Create,
            (S::Create, T::Trigger) => S::Trigger,
            (S::Semi, T::End) => S::End,
            (S::Trigger | S::Semi | S::End, _) => S::Trigger,
            _ => S::Normal,
        }
    }
}

/// One SQLite token at `i` (not a blank or comment): its end, and what
/// `sqlite3_complete` makes of it.
fn sqlite_token(bytes: &[u8], i: usize) -> (usize, CompleteToken) {
    let b = bytes[i];
    match b {
        b'\'' | b'"' | b'`' => (quoted_end(bytes, i, b, false), CompleteToken::Other),
        b'[' => (
            bytes[i..]
                .iter()
                .position(|c| *c == b']')
                .map_or(bytes.len(), |p| i + p + 1),
            CompleteToken::Other,
        ),
        c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
            let end = bytes[i..]
                .iter()
                .position(|c| {
                    !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'$' || *c >= 0x80)
                })
                .map_or(bytes.len(), |p| i + p);
            let word = &bytes[i..end];
            let is = |w: &str| word.eq_ignore_ascii_case(w.as_bytes());
            let token = if is("explain") {
                CompleteToken::Explain
            } else if is("create") {
                CompleteToken::Create
            } else if is("temp") || is("temporary") {
                CompleteToken::Temp
            } else if is("trigger") {
                CompleteToken::Trigger
            } else if is("end") {
                CompleteToken::End
            } else {
                CompleteToken::Other
            };
            (end, token)
        }
        c if c.is_ascii_digit() => (
            bytes[i..]
                .iter()
                .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'.'))
                .map_or(bytes.len(), |p| i + p),
            CompleteToken::Other,
        ),
        _ => (i + 1, CompleteToken::Other),
    }
}

/// The `MYSQL_VERSION_ID` of the server whose lexer we follow (MariaDB 10.11.14,
/// Debian 12's).
const MARIADB_VERSION_ID: u64 = 101_114;

/// Where the SQL of the executable comment opening at `open` starts, or `None`
/// when the server skips it as a plain comment. MariaDB's lexer reads `/*!`,
/// `/*M!` (MariaDB only) and then a version of exactly five or six digits, if
/// any: the body runs when that version is not above the server's, except that
/// `/*!` comments for MySQL 5.7 and later (versions 50700 to 99999) never run,
/// since MariaDB may not know their syntax.
fn executable_comment_body(bytes: &[u8], open: usize) -> Option<usize> {
    let mariadb_only = bytes[open + 2] == b'M';
    let start = open + 3 + usize::from(mariadb_only);
    let digits = bytes[start.min(bytes.len())..]
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits < 5 {
        return Some(start);
    }
    let version: u64 = std::str::from_utf8(&bytes[start..start + digits])
        .ok()?
        .parse()
        .ok()?;
    let runs =
        version <= MARIADB_VERSION_ID && (mariadb_only || !(50_700..=99_999).contains(&version));
    runs.then_some(start + digits)
}

fn push_sql(pieces: &mut Vec<Piece>, src: &str, text: &[u8], start: usize, end: usize) {
    let mut end = end;
    while end > start && src.as_bytes()[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end <= start {
        return;
    }
    let piece_text = String::from_utf8_lossy(&text[start..end.min(text.len())]).into_owned();
    if piece_text.trim().is_empty() {
        return;
    }
    pieces.push(Piece {
        kind: PieceKind::Sql,
        span: start..end,
        text: piece_text,
    });
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from > haystack.len() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The end (exclusive) of a quoted string or identifier starting at `open`.
fn quoted_end(bytes: &[u8], open: usize, quote: u8, backslash: bool) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        if backslash && bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i] == quote {
            if bytes.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sql(src: &str, dialect: Dialect) -> Vec<String> {
        split_statements(src, dialect)
            .into_iter()
            .filter(|p| p.kind == PieceKind::Sql)
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn multi_byte_text_at_a_line_start_is_no_delimiter_command() {
        for line in ["-- 表结构", "-- abcdefé x", "/* 表名称 = t */"] {
            let src = format!("{line}\nCREATE TABLE t (a int);\n");
            assert_eq!(
                sql(&src, Dialect::MySql),
                vec!["CREATE TABLE t (a int)"],
                "{line}"
            );
        }
        // Not a client command: statement text, as the client reads it.
        assert_eq!(sql("DELIMITEé x;\n", Dialect::MySql), vec!["DELIMITEé x"]);
    }

    #[test]
    fn a_postgresql_line_comment_ends_at_a_lone_carriage_return() {
        let src = "-- header\rCREATE TABLE a (id int);\r-- c\rCREATE TABLE b (id int); -- t\r";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["CREATE TABLE a (id int)", "CREATE TABLE b (id int)"]
        );
    }

    #[test]
    fn an_empty_delimiter_command_keeps_the_delimiter() {
        let src = "DELIMITER \nCREATE TABLE t (a int);\nCREATE TABLE u (a int);\n";
        assert_eq!(
            sql(src, Dialect::MySql),
            vec!["CREATE TABLE t (a int)", "CREATE TABLE u (a int)"]
        );
    }

    #[test]
    fn splits_on_terminators_outside_quotes_and_comments() {
        let got = sql(
            "CREATE TABLE a (x text DEFAULT ';'); -- c;\n/* ; */ SELECT 1;",
            Dialect::PostgreSql,
        );
        assert_eq!(got, vec!["CREATE TABLE a (x text DEFAULT ';')", "SELECT 1"]);
    }

    #[test]
    fn keeps_spans_aligned_with_text() {
        let src = "/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE `a;` (x int);";
        for piece in split_statements(src, Dialect::MySql) {
            assert_eq!(piece.text.len(), piece.span.len());
        }
        assert_eq!(sql(src, Dialect::MySql)[0].trim(), "SET NAMES utf8mb4");
    }

    #[test]
    fn executable_comments_run_by_version() {
        let src = "CREATE TABLE t (a int /*!50705 , b int*/ /*!50699 , c int*/ \
                   /*M!50705 , d int*/ /*!101200 , e int*/ /*!100000 , f int*/ /*!, g int*/);";
        let text = &sql(src, Dialect::MySql)[0];
        for kept in ["c int", "d int", "f int", "g int"] {
            assert!(text.contains(kept), "{kept} in {text}");
        }
        for skipped in ["/* 50705 , b int*/", "/* 101200 , e int*/"] {
            assert!(text.contains(skipped), "{skipped} in {text}");
        }
        let sandbox = "/*M!999999\\- enable the sandbox mode */\nSELECT 1;";
        assert_eq!(sql(sandbox, Dialect::MySql).len(), 1);
    }

    #[test]
    fn skips_psql_commands_and_copy_data() {
        let src = "\\restrict x\nCOPY t (a) FROM stdin;\n1;2\n\\.\nSELECT 1;";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["COPY t (a) FROM stdin", "SELECT 1"]
        );
    }

    #[test]
    fn sqlite_shell_lines_between_statements() {
        let src = "# comment\n.headers on\nCREATE TABLE a (x);\n  # indented: SQL\nSELECT 1;\nSELECT 2 -- c\n;\n# after\nSELECT 3;";
        assert_eq!(
            sql(src, Dialect::Sqlite),
            vec![
                "CREATE TABLE a (x)",
                "# indented: SQL\nSELECT 1",
                "SELECT 2 -- c",
                "SELECT 3"
            ]
        );
    }

    #[test]
    fn sqlite_triggers_end_at_end_semicolon() {
        let src = "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN y THEN 1 END;\n  \
                   INSERT INTO [b;c] VALUES ('d;e'); -- ;\nEND;\nSELECT 1; EXPLAIN QUERY PLAN CREATE TRIGGER u \
                   BEFORE DELETE ON a BEGIN SELECT 1; end /* c */ ; SELECT end FROM e; SELECT 2";
        let got = sql(src, Dialect::Sqlite);
        assert_eq!(got.len(), 5, "{got:?}");
        assert!(got[0].ends_with("VALUES ('d;e'); -- ;\nEND"), "{}", got[0]);
        assert_eq!(got[1], "SELECT 1");
        assert!(got[2].ends_with("SELECT 1; end /* c */"), "{}", got[2]);
        assert_eq!(got[3], "SELECT end FROM e");
    }

    #[test]
    fn postgresql_statements_do_not_end_inside_parentheses() {
        let pieces = sql(
            "CREATE RULE r AS ON DELETE TO t DO ( DELETE FROM a; DELETE FROM b; );\nSELECT 1;",
            Dialect::PostgreSql,
        );
        assert_eq!(pieces.len(), 2);
        assert!(pieces[0].ends_with("DELETE FROM b; )"));
    }

    #[test]
    fn dollar_quotes_and_delimiters() {
        let src = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;";
        assert_eq!(sql(src, Dialect::PostgreSql).len(), 1);
        let src = "DELIMITER ;;\nCREATE TRIGGER t BEGIN SET x = 1; END;;\nDELIMITER ;\nSELECT 1;";
        assert_eq!(sql(src, Dialect::MySql).len(), 2);
    }
}
