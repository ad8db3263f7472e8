//! Statements: cut each input into statements with their source spans ([`split`]),
//! then parse each one with sqlparser for the dialect.
//!
//! A statement that sqlparser cannot parse becomes a warning pointing at it and is
//! skipped; the caller decides whether warnings are fatal (`--strict`).

pub mod detect;
pub mod fallback;
pub mod mysql_routine;
pub mod plpgsql;
pub mod split;

use std::ops::Range;
use std::time::{Duration, Instant};

use codespan_reporting::diagnostic::{Diagnostic, Label};
use sqlparser::ast::Statement;
use sqlparser::dialect::{Dialect as SqlDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::parser::Parser;

use crate::dialect::Dialect;
use split::PieceKind;

/// One parsed statement and where it came from.
#[derive(Debug, Clone)]
pub struct ParsedStatement {
    /// Index of the source file (see `input::Sources`).
    pub file: usize,
    /// Byte range in that file.
    pub span: Range<usize>,
    /// The statement text as the server would execute it (same length as `span`).
    pub text: String,
    /// The statement. For a PostgreSQL `DO` block or a MySQL `CREATE
    /// PROCEDURE`, which sqlparser does not read, a `SELECT NULL` stand-in:
    /// the code is in `procedural`.
    pub ast: Statement,
    /// A `DO` block's or a procedure's body, read as far as it can change
    /// the schema.
    pub procedural: Option<Box<Procedural>>,
}

/// Procedural code, read as far as it can change the schema.
#[derive(Debug, Clone)]
pub enum Procedural {
    /// A PostgreSQL `DO` block, run where it stands.
    Do(plpgsql::DoBlock),
    /// A MySQL `CREATE PROCEDURE`, run at each `CALL`.
    Procedure(mysql_routine::Procedure),
    /// A MariaDB `ALTER TABLE` whose operations run under their `IF [NOT]
    /// EXISTS` conditions.
    Guarded(plpgsql::Block),
}

/// How deep sqlparser may nest before it gives up on a statement. Its default
/// (50) skips a `CHECK` with 50 parentheses that every server accepts; the
/// pipeline's thread has the stack for this many (see `pipeline`).
pub const RECURSION_LIMIT: usize = 10_000;

/// A sqlparser parser with our recursion limit; every parse goes through it.
pub fn sql_parser(dialect: &dyn SqlDialect) -> Parser<'_> {
    Parser::new(dialect).with_recursion_limit(RECURSION_LIMIT)
}

/// Every statement of `text`, as `Parser::parse_sql` with our recursion limit.
pub fn parse_sql(
    dialect: &dyn SqlDialect,
    text: &str,
) -> Result<Vec<Statement>, sqlparser::parser::ParserError> {
    sql_parser(dialect).try_with_sql(text)?.parse_statements()
}

fn sqlparser_dialect(dialect: Dialect) -> Box<dyn SqlDialect> {
    match dialect {
        Dialect::PostgreSql => Box::new(PostgreSqlDialect {}),
        Dialect::MySql => Box::new(MySqlDialect {}),
        Dialect::Sqlite => Box::new(SQLiteDialect {}),
    }
}

/// Split and parse one script. Statements that fail to parse are reported in the
/// returned diagnostics (as warnings) and left out.
pub fn parse_script(
    file: usize,
    src: &str,
    dialect: Dialect,
) -> (Vec<ParsedStatement>, Vec<Diagnostic<usize>>) {
    let mut statements = Vec::new();
    let scanned = for_each_statement(file, src, &[], dialect, |s| statements.push(s));
    (statements, scanned.diagnostics)
}

/// What [`for_each_statement`] found besides the statements: the diagnostics
/// for those it could not parse, and the time spent cutting and parsing (the
/// time `apply` takes is the caller's).
#[derive(Debug, Default)]
pub struct Scanned {
    pub diagnostics: Vec<Diagnostic<usize>>,
    pub split: Duration,
    pub parse: Duration,
}

/// Split and parse one script, handing each statement to `apply` as soon as it
/// is parsed (so that a large dump is never held as ASTs all at once). Returns
/// the diagnostics for statements that could not be parsed. `blocks`: byte
/// ranges a migration tool sends as one query each (see
/// [`split::split_script`]).
pub fn for_each_statement(
    file: usize,
    src: &str,
    blocks: &[Range<usize>],
    dialect: Dialect,
    mut apply: impl FnMut(ParsedStatement),
) -> Scanned {
    let parser_dialect = sqlparser_dialect(dialect);
    let mut diagnostics = Vec::new();
    let started = Instant::now();
    let pieces = split::split_script(src, dialect, blocks);
    let split = started.elapsed();
    // What `apply` takes is not parsing.
    let mut applying = Duration::ZERO;
    let mut apply = |statement: ParsedStatement| {
        let started = Instant::now();
        apply(statement);
        applying += started.elapsed();
    };
    let parsing = Instant::now();
    for piece in pieces {
        if piece.kind != PieceKind::Sql {
            if let Some(diagnostic) = piece_diagnostic(file, dialect, &piece) {
                diagnostics.push(diagnostic);
            }
            continue;
        }
        if let Some(setting) = fallback::unfollowed_setting(dialect, &piece.text) {
            let head = statement_head(src, &piece.span);
            diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!("statement not followed: {setting}"))
                    .with_labels(vec![Label::primary(file, head)
                        .with_message("this setting changes what later statements do")])
                    .with_notes(vec![String::from(
                        "later statements are applied as without it; pass --strict to make \
                         this an error",
                    )]),
            );
            continue;
        }
        let procedural = match dialect {
            Dialect::PostgreSql => {
                plpgsql::parse_do(&piece.text).map(|block| block.map(Procedural::Do))
            }
            Dialect::MySql => mysql_routine::parse_create_procedure(&piece.text).map(|procedure| {
                procedure.map(Procedural::Procedure).or_else(|| {
                    mysql_routine::parse_guarded_alter(&piece.text).map(Procedural::Guarded)
                })
            }),
            Dialect::Sqlite => Ok(None),
        };
        match procedural {
            Ok(Some(procedural)) => {
                apply(ParsedStatement {
                    file,
                    span: piece.span.clone(),
                    text: piece.text.clone(),
                    ast: stand_in(&*parser_dialect),
                    procedural: Some(Box::new(procedural)),
                });
                continue;
            }
            Err(reason) => {
                diagnostics.push(
                    Diagnostic::warning()
                        .with_message(format!("statement skipped: {reason}"))
                        .with_labels(vec![Label::primary(file, statement_head(src, &piece.span))
                            .with_message("this statement was not applied")])
                        .with_notes(vec![String::from(
                            "anything this statement defines is missing from the output; \
                             rewrite it or pass --strict to make this an error",
                        )]),
                );
                continue;
            }
            Ok(None) => {}
        }
        match parse_with(&*parser_dialect, &piece.text) {
            Ok(asts) => {
                for ast in asts {
                    apply(ParsedStatement {
                        file,
                        span: piece.span.clone(),
                        text: piece.text.clone(),
                        ast,
                        procedural: None,
                    });
                }
            }
            Err(err) => {
                let message = err.to_string();
                let message = message
                    .strip_prefix("sql parser error: ")
                    .unwrap_or(&message);
                let head = statement_head(src, &piece.span);
                let labels = match error_location(&piece.text, message) {
                    // Point at the token the parser stopped on, and keep the
                    // statement's first line in view.
                    Some((offset, text)) => {
                        let at = piece.span.start + offset;
                        let token_end = src[at..]
                            .find(|c: char| c.is_whitespace() || c == ',' || c == ')')
                            .map_or(src.len(), |n| at + n.max(1).min(src.len() - at));
                        let mut labels = vec![Label::primary(
                            file,
                            at..token_end.max(at + 1).min(src.len().max(at)),
                        )
                        .with_message(text)];
                        if !(head.start..=head.end).contains(&at) {
                            labels.push(
                                Label::secondary(file, head).with_message("in this statement"),
                            );
                        }
                        labels
                    }
                    None => vec![Label::primary(file, head).with_message(message.to_string())],
                };
                diagnostics.push(
                    Diagnostic::warning()
                        .with_message(format!(
                            "statement skipped: cannot parse it as {dialect} SQL"
                        ))
                        .with_labels(labels)
                        .with_notes(vec![String::from(
                            "anything this statement defines is missing from the output; \
                             rewrite it or pass --strict to make this an error",
                        )]),
                );
            }
        }
    }
    Scanned {
        diagnostics,
        split,
        parse: parsing.elapsed().saturating_sub(applying),
    }
}

/// One statement's text parsed: by sqlparser, else by the fallback (a
/// statement without effect gives no AST).
fn parse_with(
    dialect: &dyn SqlDialect,
    text: &str,
) -> Result<Vec<Statement>, sqlparser::parser::ParserError> {
    parse_sql(dialect, text).or_else(|err| match fallback::recover(dialect, text) {
        fallback::Recovery::Parsed(asts) => Ok(asts),
        fallback::Recovery::NoEffect => Ok(Vec::new()),
        fallback::Recovery::Unknown => Err(err),
    })
}

/// SQL text built while applying statements (what a MySQL `EXECUTE` runs),
/// parsed as a statement of the script would be.
pub fn parse_statement_text(text: &str, dialect: Dialect) -> Result<Vec<Statement>, String> {
    parse_with(&*sqlparser_dialect(dialect), text).map_err(|e| {
        let message = e.to_string();
        message
            .strip_prefix("sql parser error: ")
            .unwrap_or(&message)
            .to_string()
    })
}

/// An object name written as SQL text (`s."T".c`).
pub fn parse_object_name(text: &str, dialect: Dialect) -> Option<sqlparser::ast::ObjectName> {
    sql_parser(&*sqlparser_dialect(dialect))
        .try_with_sql(text)
        .ok()?
        .parse_object_name(false)
        .ok()
}

/// An expression's text (a stored default, an index expression) as an AST.
pub fn parse_expression(text: &str, dialect: Dialect) -> Option<sqlparser::ast::Expr> {
    sql_parser(&*sqlparser_dialect(dialect))
        .try_with_sql(text)
        .ok()?
        .parse_expr()
        .ok()
}

/// The client that reads a dialect's scripts, as its messages name it.
fn client_name(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::PostgreSql => "psql",
        Dialect::MySql => "mariadb client",
        Dialect::Sqlite => "sqlite3 shell",
    }
}

/// The warning for a piece that is no statement, if it needs one: a client
/// command we do not follow, a refused `DELIMITER`, an opening the input
/// ends inside.
fn piece_diagnostic(
    file: usize,
    dialect: Dialect,
    piece: &split::Piece,
) -> Option<Diagnostic<usize>> {
    let command = || {
        piece
            .text
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let (message, label, note) = match &piece.kind {
        PieceKind::Sql | PieceKind::ClientCommand => return None,
        PieceKind::Include => (
            format!(
                "{} command {} not followed: its file was not read",
                client_name(dialect),
                command()
            ),
            String::from("this command runs the statements of another file"),
            String::from(
                "what that file defines is missing from the output: concatenate it into \
                 this input, or pass it as an input of its own where it runs; pass --strict \
                 to make this an error",
            ),
        ),
        PieceKind::Unfollowed => (
            format!(
                "{} command {} not followed",
                client_name(dialect),
                command()
            ),
            format!("the {} runs this command", client_name(dialect)),
            String::from(
                "whatever it does to the database is missing from the output; pass --strict \
                 to make this an error",
            ),
        ),
        PieceKind::EmptyDelimiter => (
            String::from("DELIMITER must be followed by a 'delimiter' character or string"),
            String::from("the mariadb client refuses this command"),
            String::from("the delimiter stays what it was; pass --strict to make this an error"),
        ),
        PieceKind::Unterminated {
            what,
            statement_skipped,
        } => (
            if *statement_skipped {
                format!("statement skipped: unterminated {what}")
            } else {
                format!("unterminated {what}: the input ends inside it")
            },
            format!("unterminated {what} started here"),
            String::from(if *statement_skipped {
                "the server rejects this statement, and the rest of the input is inside it; \
                 anything it defines is missing from the output; pass --strict to make this \
                 an error"
            } else {
                "the rest of the input is inside it and never runs; pass --strict to make \
                 this an error"
            }),
        ),
    };
    Some(
        Diagnostic::warning()
            .with_message(message)
            .with_labels(vec![
                Label::primary(file, piece.span.clone()).with_message(label)
            ])
            .with_notes(vec![note]),
    )
}

/// The statement that stands in for a `DO` block in [`ParsedStatement::ast`].
fn stand_in(dialect: &dyn SqlDialect) -> Statement {
    Parser::parse_sql(dialect, "SELECT NULL")
        .ok()
        .and_then(|mut statements| statements.pop())
        .unwrap_or(Statement::UnlockTables)
}

/// Where in the statement sqlparser stopped (`... at Line: 3, Column: 12`, 1-based
/// lines and characters) as a byte offset, and the message without the position.
fn error_location(statement: &str, message: &str) -> Option<(usize, String)> {
    let (text, position) = message.rsplit_once(" at Line: ")?;
    let (line, column) = position.split_once(", Column: ")?;
    let line: usize = line.trim().parse().ok()?;
    let column: usize = column.trim().parse().ok()?;
    let line_start = if line <= 1 {
        0
    } else {
        statement
            .match_indices('\n')
            .nth(line - 2)
            .map(|(i, _)| i + 1)?
    };
    let rest = &statement[line_start..];
    let offset = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    Some((line_start + offset, text.to_string()))
}

/// The first line of a statement: what a diagnostic underlines, so that a
/// 40-line CREATE TABLE does not fill the terminal.
/// The byte offset in `text` of a sqlparser location (1-based line and
/// character) in it; the end of `text` when it lies beyond.
pub fn location_offset(text: &str, location: sqlparser::tokenizer::Location) -> usize {
    let line = (location.line.max(1) - 1) as usize;
    let Some(start) = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .nth(line)
    else {
        return text.len();
    };
    let rest = &text[start..];
    start
        + rest
            .char_indices()
            .nth((location.column.max(1) - 1) as usize)
            .map_or(rest.len(), |(i, _)| i)
}

pub fn statement_head(src: &str, span: &Range<usize>) -> Range<usize> {
    let text = &src[span.clone()];
    let end = text
        .find('\n')
        .map(|i| text[..i].trim_end().len())
        .unwrap_or(text.len());
    span.start..span.start + end.max(1).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_point_at_the_token_in_the_file() {
        let src =
            "create table a (id int);\n\ncreate table b (\n  id int,\n  x int frobnicate\n);\n";
        let (statements, diagnostics) = parse_script(0, src, Dialect::PostgreSql);
        assert_eq!(statements.len(), 1);
        assert_eq!(diagnostics.len(), 1);
        let primary = &diagnostics[0].labels[0];
        assert_eq!(&src[primary.range.clone()], "frobnicate");
        assert!(primary.message.contains("found: frobnicate"));
    }

    #[test]
    fn error_positions_count_characters_not_bytes() {
        let statement = "select 'é'\n  from  x y z";
        let (offset, text) =
            error_location(statement, "Expected: end, found: z at Line: 2, Column: 13").unwrap();
        assert_eq!(&statement[offset..], "z");
        assert_eq!(text, "Expected: end, found: z");
    }
}
