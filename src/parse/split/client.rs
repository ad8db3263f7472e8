//! Client commands: lines that the database client (psql, the mariadb client,
//! the sqlite3 shell) runs itself instead of sending them to the server, read
//! where each client reads them (between statements).

use crate::dialect::Dialect;

/// What a client command does, as far as the schema is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Command {
    /// Nothing the schema shows (`\restrict`, `\set ON_ERROR_STOP`, `.headers on`,
    /// a sqlite3 `#` line).
    Inert,
    /// `DELIMITER x`: the statement terminator from here on; `None` when nothing
    /// follows, which the client refuses (it keeps the delimiter it had).
    Delimiter(Option<Vec<u8>>),
    /// Runs the statements of another file (`\i`, `\ir`, `source`, `\.`, `.read`).
    Include,
    /// Changes what later statements do, or runs SQL we cannot see (`\connect`,
    /// `\gexec`, `\if`, `.open`, `.shell`): not followed.
    Unfollowed,
    /// Stops reading the input (`\q`, `.quit`): what follows never runs.
    Quit,
}

/// The client command at `line` (a line's text from its first non-blank
/// byte, no statement text pending), if it is one. `column0`: the line has no
/// blank before it (the sqlite3 shell reads its commands only there).
pub(super) fn command(dialect: Dialect, line: &[u8], column0: bool) -> Option<Command> {
    match dialect {
        Dialect::PostgreSql => psql(line),
        Dialect::MySql => mariadb(line),
        Dialect::Sqlite => column0.then(|| sqlite3(line)).flatten(),
    }
}

/// The first word of `text` (up to a blank), lower-cased.
fn first_word(text: &[u8]) -> String {
    let end = text
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(text.len());
    String::from_utf8_lossy(&text[..end]).to_ascii_lowercase()
}

/// psql reads a backslash outside quotes as a meta-command, up to the end of
/// its line.
fn psql(line: &[u8]) -> Option<Command> {
    let name = first_word(line.strip_prefix(b"\\")?);
    Some(match name.as_str() {
        "i" | "ir" | "include" | "include_relative" => Command::Include,
        "q" | "quit" => Command::Quit,
        // Settings, output and display, describing, large objects, data copies
        // (`\copy` moves rows, not definitions), and pg_dump's `\restrict` key.
        "restrict" | "unrestrict" | "set" | "unset" | "echo" | "qecho" | "warn" | "pset" | "a"
        | "t" | "x" | "f" | "h" | "help" | "?" | "timing" | "encoding" | "o" | "out"
        | "conninfo" | "copyright" | "errverbose" | "p" | "print" | "r" | "reset" | "w"
        | "write" | "s" | "setenv" | "getenv" | "cd" | "copy" | "l" | "list" | "z"
        | "lo_import" | "lo_export" | "lo_list" | "lo_unlink" | "prompt" | "password" | "sf"
        | "sv" => Command::Inert,
        // `\d...`: describing objects.
        d if d.starts_with('d') => Command::Inert,
        // `\connect` (later statements go to another database), `\g...` and
        // `\gexec` (run SQL again or built from results), `\if` branches, the
        // shell, editors; and names psql does not know.
        _ => Command::Unfollowed,
    })
}

/// The mariadb client's commands that matter at the start of a statement:
/// `DELIMITER x` and `source file` / `\. file`.
fn mariadb(line: &[u8]) -> Option<Command> {
    if line.starts_with(b"\\.") {
        return Some(Command::Include);
    }
    let name = first_word(line);
    let rest = &line[name.len().min(line.len())..];
    match name.as_str() {
        "delimiter" => {
            let rest = rest.trim_ascii_start();
            // The argument: one word, or a quoted string.
            let delimiter = match rest.first() {
                Some(&q @ (b'\'' | b'"' | b'`')) => {
                    let inner = &rest[1..];
                    let end = inner.iter().position(|b| *b == q).unwrap_or(inner.len());
                    inner[..end].to_vec()
                }
                _ => {
                    let end = rest
                        .iter()
                        .position(u8::is_ascii_whitespace)
                        .unwrap_or(rest.len());
                    rest[..end].to_vec()
                }
            };
            Some(Command::Delimiter(
                (!delimiter.is_empty()).then_some(delimiter),
            ))
        }
        "source" if rest.first().is_some_and(u8::is_ascii_whitespace) => Some(Command::Include),
        _ => None,
    }
}

/// The sqlite3 shell skips a line that starts with `#` and runs one that
/// starts with `.` as a shell command.
fn sqlite3(line: &[u8]) -> Option<Command> {
    match line.first() {
        Some(b'#') => Some(Command::Inert),
        Some(b'.') => {
            let name = first_word(&line[1..]);
            Some(match name.as_str() {
                "read" => Command::Include,
                "quit" | "exit" => Command::Quit,
                "import" | "restore" | "open" | "load" | "shell" | "system" | "clone"
                | "recover" | "archive" | "ar" | "connection" | "session" | "dbconfig" => {
                    Command::Unfollowed
                }
                // Display and output settings.
                _ => Command::Inert,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn psql_commands() {
        let pg = |line: &str| command(Dialect::PostgreSql, line.as_bytes(), true);
        for include in [
            "\\i a.sql",
            "\\ir b.sql",
            "\\include c",
            "\\include_relative d",
        ] {
            assert_eq!(pg(include), Some(Command::Include), "{include}");
        }
        for inert in [
            "\\restrict abc",
            "\\unrestrict abc",
            "\\set ON_ERROR_STOP on",
            "\\dt",
        ] {
            assert_eq!(pg(inert), Some(Command::Inert), "{inert}");
        }
        for unfollowed in [
            "\\connect db",
            "\\c db",
            "\\gexec",
            "\\if :x",
            "\\! ls",
            "\\frob",
        ] {
            assert_eq!(pg(unfollowed), Some(Command::Unfollowed), "{unfollowed}");
        }
        assert_eq!(pg("\\q"), Some(Command::Quit));
        assert_eq!(pg("SELECT 1"), None);
    }

    #[test]
    fn mariadb_commands() {
        let my = |line: &str| command(Dialect::MySql, line.as_bytes(), true);
        assert_eq!(
            my("DELIMITER ;;"),
            Some(Command::Delimiter(Some(b";;".to_vec())))
        );
        assert_eq!(
            my("delimiter $$ x"),
            Some(Command::Delimiter(Some(b"$$".to_vec())))
        );
        assert_eq!(
            my("DELIMITER '//'"),
            Some(Command::Delimiter(Some(b"//".to_vec())))
        );
        assert_eq!(my("DELIMITER "), Some(Command::Delimiter(None)));
        assert_eq!(my("DELIMITER"), Some(Command::Delimiter(None)));
        assert_eq!(my("DELIMITERS x"), None);
        assert_eq!(my("DELIMITEé x"), None);
        assert_eq!(my("source a.sql"), Some(Command::Include));
        assert_eq!(my("\\. a.sql"), Some(Command::Include));
        assert_eq!(my("sources"), None);
    }

    #[test]
    fn sqlite3_commands() {
        let lite = |line: &str, column0| command(Dialect::Sqlite, line.as_bytes(), column0);
        assert_eq!(lite(".read x.sql", true), Some(Command::Include));
        assert_eq!(lite(".open x.db", true), Some(Command::Unfollowed));
        assert_eq!(lite(".headers on", true), Some(Command::Inert));
        assert_eq!(lite("# note", true), Some(Command::Inert));
        assert_eq!(lite(".read x.sql", false), None);
        assert_eq!(lite(".quit", true), Some(Command::Quit));
    }
}
