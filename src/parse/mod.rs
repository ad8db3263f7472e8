//! Statements: cut each input into statements with their source spans ([`split`]),
//! then parse each one with sqlparser for the dialect.
//!
//! A statement that sqlparser cannot parse becomes a warning pointing at it and is
//! skipped; the caller decides whether warnings are fatal (`--strict`).

pub mod detect;
pub mod fallback;
pub mod split;

use std::ops::Range;

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
    pub ast: Statement,
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
    let parser_dialect = sqlparser_dialect(dialect);
    let mut statements = Vec::new();
    let mut diagnostics = Vec::new();
    for piece in split::split_statements(src, dialect) {
        if piece.kind != PieceKind::Sql {
            continue;
        }
        let parsed =
            Parser::parse_sql(&*parser_dialect, &piece.text).or_else(
                |err| match fallback::recover(&*parser_dialect, &piece.text) {
                    fallback::Recovery::Parsed(asts) => Ok(asts),
                    fallback::Recovery::NoEffect => Ok(Vec::new()),
                    fallback::Recovery::Unknown => Err(err),
                },
            );
        match parsed {
            Ok(asts) => {
                for ast in asts {
                    statements.push(ParsedStatement {
                        file,
                        span: piece.span.clone(),
                        text: piece.text.clone(),
                        ast,
                    });
                }
            }
            Err(err) => {
                let message = err.to_string();
                let message = message
                    .strip_prefix("sql parser error: ")
                    .unwrap_or(&message);
                diagnostics.push(
                    Diagnostic::warning()
                        .with_message(format!(
                            "statement skipped: cannot parse it as {dialect} SQL"
                        ))
                        .with_labels(vec![Label::primary(file, statement_head(src, &piece.span))
                            .with_message(message.to_string())])
                        .with_notes(vec![String::from(
                            "anything this statement defines is missing from the output; \
                             rewrite it or pass --strict to make this an error",
                        )]),
                );
            }
        }
    }
    (statements, diagnostics)
}

/// The first line of a statement: what a diagnostic underlines, so that a
/// 40-line CREATE TABLE does not fill the terminal.
pub fn statement_head(src: &str, span: &Range<usize>) -> Range<usize> {
    let text = &src[span.clone()];
    let end = text
        .find('\n')
        .map(|i| text[..i].trim_end().len())
        .unwrap_or(text.len());
    span.start..span.start + end.max(1).min(text.len())
}
