//! Statements: cut each input into statements with their source spans ([`split`]),
//! then parse each one with sqlparser for the dialect.
//!
//! A statement that sqlparser cannot parse becomes a warning pointing at it and is
//! skipped; the caller decides whether warnings are fatal (`--strict`).

pub mod detect;
pub mod fallback;
pub mod mysql_routine;
mod ordered;
pub mod plpgsql;
pub mod split;
mod stream;
mod tokens;

pub use stream::{for_each_statement_streamed, Streamed};

use std::ops::Range;
use std::time::{Duration, Instant};

use codespan_reporting::diagnostic::{Diagnostic, Label};
use sqlparser::ast::Statement;
use sqlparser::dialect::{Dialect as SqlDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::parser::Parser;

use crate::dialect::Dialect;
use crate::input::stream::SpanText;
use ordered::Chunker;
use split::{Piece, PieceKind};

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
    /// Boxed: sqlparser's `Statement` is 3.5 kB, and a statement moves from
    /// the parser through a channel to the catalog; each move copied it whole.
    pub ast: Box<Statement>,
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
/// A plain statement's tokens are made here ([`tokens::plain_tokens`]); a
/// statement that does not parse is tokenized again by sqlparser, so that
/// its error is sqlparser's own, word for word.
pub fn parse_sql(
    dialect: &dyn SqlDialect,
    text: &str,
) -> Result<Vec<Statement>, sqlparser::parser::ParserError> {
    if let Some(tokens) = tokens::plain_tokens(dialect, text) {
        if let Ok(statements) = sql_parser(dialect)
            .with_tokens_with_locations(tokens)
            .parse_statements()
        {
            return Ok(statements);
        }
    }
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
    /// Statements skipped before they could be applied (not parsed, not
    /// followed), with a diagnostic each.
    pub skipped: usize,
    /// Statements that only write rows, left unparsed.
    pub rows: usize,
    pub split: Duration,
    pub parse: Duration,
}

/// Split and parse one script, handing each statement to `apply` as soon as it
/// is parsed, in script order (so that a large dump is never held as ASTs all
/// at once). Returns the diagnostics for statements that could not be parsed.
/// `blocks`: byte ranges a migration tool sends as one query each (see
/// [`split::split_script`]).
///
/// Statements parse independently of each other, so a long script is parsed
/// on several threads while this one applies what they give back, in order.
pub fn for_each_statement<'a>(
    file: usize,
    src: &'a str,
    blocks: &'a [Range<usize>],
    dialect: Dialect,
    apply: impl FnMut(ParsedStatement),
) -> Scanned {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for_each_statement_on(file, src, blocks, dialect, cores.min(4), apply)
}

/// [`for_each_statement`] with up to `workers` threads parsing: one (this
/// one) for a short script, where starting threads costs more than it gains.
fn for_each_statement_on<'a>(
    file: usize,
    src: &'a str,
    blocks: &'a [Range<usize>],
    dialect: Dialect,
    workers: usize,
    mut apply: impl FnMut(ParsedStatement),
) -> Scanned {
    let mut scanned = Scanned::default();
    let workers = match src.len() < PARALLEL_FROM_BYTES {
        true => 1,
        false => workers,
    };
    let split = ordered::in_order(
        workers,
        |deal| {
            let started = Instant::now();
            let mut waiting = Duration::ZERO;
            let mut deal = ordered::timed(deal, &mut waiting);
            let mut chunker = Chunker::new(workers);
            split::split_script_each(src, dialect, blocks, &mut |piece| {
                let len = piece.span.len();
                if let Some(chunk) = chunker.push(piece, len) {
                    deal(chunk);
                }
            });
            if let Some(chunk) = chunker.rest() {
                deal(chunk);
            }
            drop(deal);
            started.elapsed().saturating_sub(waiting)
        },
        |chunk: Vec<Piece<'a>>| {
            let parser_dialect = sqlparser_dialect(dialect);
            chunk
                .into_iter()
                .map(|piece| parse_piece(file, src, dialect, &*parser_dialect, piece))
                .collect::<Vec<_>>()
        },
        |parsed| {
            for piece in parsed {
                scanned.count(piece).into_iter().for_each(&mut apply);
            }
        },
    );
    scanned.split = split;
    scanned
}

impl Scanned {
    /// Count a parsed piece in: its time, its diagnostic, whether it was
    /// skipped or only wrote rows. Returns its statements.
    fn count(&mut self, parsed: ParsedPiece) -> Vec<ParsedStatement> {
        self.parse += parsed.took;
        self.rows += usize::from(parsed.rows);
        // A statement left out with a warning (a client command that is not
        // followed counts too; an unterminated opening is the input's end).
        self.skipped += usize::from(parsed.statements.is_empty() && parsed.diagnostic.is_some());
        self.diagnostics.extend(parsed.diagnostic);
        parsed.statements
    }
}

/// Add the lines `span` touches to `kept` (in order, merged).
fn keep_lines(kept: &mut Vec<Range<usize>>, bytes: &[u8], span: Range<usize>) {
    push_merged(kept, lines_of(bytes, span));
}

/// The whole lines of `bytes` that `span` touches.
fn lines_of(bytes: &[u8], span: Range<usize>) -> Range<usize> {
    let start = bytes[..span.start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let end = bytes[span.end..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| span.end + p + 1);
    start..end
}

/// Add `range` to `ranges` (in order of their starts), made one with the
/// last if they overlap or touch.
fn push_merged(ranges: &mut Vec<Range<usize>>, range: Range<usize>) {
    match ranges.last_mut() {
        Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
        _ => ranges.push(range),
    }
}

/// Scripts shorter than this are cut and parsed on this thread alone:
/// starting threads would cost more than they gain. Below it parsing takes a
/// few milliseconds, while each thread's stack and allocator heap add about
/// a megabyte (a 66 kB schema: 11 MiB on one thread, 14-16 MiB on five).
const PARALLEL_FROM_BYTES: usize = 256 << 10;

/// Stack for the threads that parse: sqlparser's trees follow the nesting of
/// the SQL (see [`RECURSION_LIMIT`]). Only the pages a deep expression
/// touches are ever committed.
pub const PARSER_STACK_BYTES: usize = 1 << 30;

/// One piece of a script, parsed: its statements in order, or why it was
/// skipped; and the time that took.
struct ParsedPiece {
    statements: Vec<ParsedStatement>,
    diagnostic: Option<Diagnostic<usize>>,
    took: Duration,
    /// The piece's span, if a diagnostic may point into it.
    shown: Option<Range<usize>>,
    /// A statement that only writes rows, left unparsed.
    rows: bool,
}

fn parse_piece(
    file: usize,
    src: &str,
    dialect: Dialect,
    parser_dialect: &dyn SqlDialect,
    piece: Piece,
) -> ParsedPiece {
    let started = Instant::now();
    let rows = piece.kind == PieceKind::Sql && only_rows(dialect, &piece.text);
    // A diagnostic may point into any piece but a client's command lines and
    // a dump's data (`COPY` data, `INSERT` rows).
    let shown = match piece.kind {
        PieceKind::ClientCommand => None,
        _ => (!rows).then(|| piece.span.clone()),
    };
    let (statements, diagnostic) =
        parse_piece_statements(file, src, dialect, parser_dialect, piece, rows);
    ParsedPiece {
        statements,
        diagnostic,
        took: started.elapsed(),
        shown,
        rows,
    }
}

fn parse_piece_statements(
    file: usize,
    src: &str,
    dialect: Dialect,
    parser_dialect: &dyn SqlDialect,
    piece: Piece,
    rows: bool,
) -> (Vec<ParsedStatement>, Option<Diagnostic<usize>>) {
    if piece.kind != PieceKind::Sql {
        return (Vec::new(), piece_diagnostic(file, dialect, &piece));
    }
    if let Some(setting) = fallback::unfollowed_setting(dialect, &piece.text) {
        let head = statement_head(src, &piece.span);
        return (
            Vec::new(),
            Some(
                Diagnostic::warning()
                    .with_message(format!("statement not followed: {setting}"))
                    .with_labels(vec![Label::primary(file, head)
                        .with_message("this setting changes what later statements do")])
                    .with_notes(vec![String::from(
                        "later statements are applied as without it; pass --strict to make \
                         this an error",
                    )]),
            ),
        );
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
            return (
                vec![ParsedStatement {
                    file,
                    span: piece.span,
                    text: piece.text.into_owned(),
                    ast: Box::new(stand_in(parser_dialect)),
                    procedural: Some(Box::new(procedural)),
                }],
                None,
            );
        }
        Err(reason) => {
            return (
                Vec::new(),
                Some(
                    Diagnostic::warning()
                        .with_message(format!("statement skipped: {reason}"))
                        .with_labels(vec![Label::primary(file, statement_head(src, &piece.span))
                            .with_message("this statement was not applied")])
                        .with_notes(vec![String::from(
                            "anything this statement defines is missing from the output; \
                             rewrite it or pass --strict to make this an error",
                        )]),
                ),
            );
        }
        Ok(None) => {}
    }
    if rows {
        return (Vec::new(), None);
    }
    match parse_with(parser_dialect, &piece.text) {
        Ok(asts) => {
            let mut statements: Vec<ParsedStatement> = Vec::with_capacity(asts.len());
            let last = asts.len().saturating_sub(1);
            let mut text = Some(piece.text.into_owned());
            for (i, ast) in asts.into_iter().enumerate() {
                let text = match i == last {
                    true => text.take().unwrap_or_default(),
                    false => text.clone().unwrap_or_default(),
                };
                statements.push(ParsedStatement {
                    file,
                    span: piece.span.clone(),
                    text,
                    ast: Box::new(ast),
                    procedural: None,
                });
            }
            (statements, None)
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
                        labels.push(Label::secondary(file, head).with_message("in this statement"));
                    }
                    labels
                }
                None => vec![Label::primary(file, head).with_message(message.to_string())],
            };
            (
                Vec::new(),
                Some(
                    Diagnostic::warning()
                        .with_message(format!(
                            "statement skipped: cannot parse it as {dialect} SQL"
                        ))
                        .with_labels(labels)
                        .with_notes(vec![String::from(
                            "anything this statement defines is missing from the output; \
                             rewrite it or pass --strict to make this an error",
                        )]),
                ),
            )
        }
    }
}

/// Whether a statement only writes rows, which no model shows: an `INSERT`
/// (MySQL's `REPLACE` too) of a dump's data. It is left unparsed, which is
/// most of the time a dump with its data takes. SQLite's `INSERT INTO
/// sqlite_schema`, which the sqlite3 shell's `.dump` writes for virtual
/// tables, does make tables, and so does not count.
fn only_rows(dialect: Dialect, text: &str) -> bool {
    let rows = starts_with_word(text, "INSERT")
        || (dialect == Dialect::MySql && starts_with_word(text, "REPLACE"));
    // A comment first also answers yes above: look at the statement then.
    let commented = text.trim_start().starts_with(['-', '/', '#']);
    rows && !commented
        && !(dialect == Dialect::Sqlite && contains_ignore_ascii_case(text, "sqlite_"))
}

/// Whether `text`, after leading white space, starts with the word `word`
/// (ASCII, any case). A quick test that lets every other statement skip a
/// full tokenization: a statement starting with a comment answers yes, so
/// that the caller still looks at it closely.
pub(crate) fn starts_with_word(text: &str, word: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with("--") || text.starts_with("/*") || text.starts_with('#') {
        return true;
    }
    let bytes = text.as_bytes();
    bytes.len() >= word.len()
        && bytes[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        && !bytes
            .get(word.len())
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// Whether `text` holds `word` (ASCII letters in any case) anywhere: the
/// quick test before a statement is tokenized again to look for a keyword
/// its AST does not keep. These tests run for every statement, several per
/// statement, over its whole text.
pub(crate) fn contains_ignore_ascii_case(text: &str, word: &str) -> bool {
    find_ignore_ascii_case(text.as_bytes(), word.as_bytes(), 0).is_some()
}

/// Where `word` (ASCII letters in any case) first occurs in `text` at or
/// after `from`.
pub(crate) fn find_ignore_ascii_case(text: &[u8], word: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 32;
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return Some(from.min(text.len()));
    };
    // `b | 0x20` is the lower case of an ASCII letter and leaves its other case
    // the only other byte equal to it: no letter is missed, and the few other
    // bytes that pass are ruled out by the full comparison.
    let (first, last) = (first | 0x20, last | 0x20);
    let last_start = text.len().checked_sub(word.len())?;
    let is_word_at = |start: usize| text[start..start + word.len()].eq_ignore_ascii_case(word);
    let mut at = from;
    // Whole blocks: the starts of a block are tested for the first and the
    // last byte together, with no early exit and a block of fixed size, so
    // that the test is a few vector instructions; only the starts that pass
    // both are compared further.
    while at + BLOCK <= last_start + 1 {
        let firsts: &[u8; BLOCK] = text[at..at + BLOCK].try_into().expect("a whole block");
        let lasts: &[u8; BLOCK] = text[at + word.len() - 1..at + word.len() - 1 + BLOCK]
            .try_into()
            .expect("a whole block");
        let mut candidates = 0u32;
        for k in 0..BLOCK {
            let both = ((firsts[k] | 0x20) == first) & ((lasts[k] | 0x20) == last);
            candidates |= u32::from(both) << k;
        }
        while candidates != 0 {
            let start = at + candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            if is_word_at(start) {
                return Some(start);
            }
        }
        at += BLOCK;
    }
    (at..=last_start).find(|&start| {
        (text[start] | 0x20) == first
            && (text[start + word.len() - 1] | 0x20) == last
            && is_word_at(start)
    })
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

pub fn statement_head<T: SpanText + ?Sized>(src: &T, span: &Range<usize>) -> Range<usize> {
    let Some(text) = src.span_text(span.clone()) else {
        return span.start..span.start + span.len().min(1);
    };
    let end = text
        .find('\n')
        .map(|i| text[..i].trim_end().len())
        .unwrap_or(text.len());
    span.start..span.start + end.max(1).min(text.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn statements_parsed_on_several_threads_come_in_script_order() {
        // Long enough to be dealt out in chunks, with statements that fail to
        // parse, DO blocks and statements holding two ASTs along the way.
        let mut script = String::new();
        for i in 0..8000 {
            script.push_str(&match i % 7 {
                0 => format!("CREATE TABLE t{i} (id int PRIMARY KEY);\n"),
                1 => format!("CREATE TABLE bad{i} (id int PRIMARY KEY,,);\n"),
                2 => format!("DO $$ BEGIN CREATE TABLE d{i} (id int); END $$;\n"),
                3 => format!("COMMENT ON TABLE t{} IS 'x';\n", i - 3),
                _ => format!("CREATE INDEX ix{i} ON t{} (id);\n", i - i % 7),
            });
        }
        let run = |workers: usize| {
            let mut seen = Vec::new();
            let scanned =
                super::for_each_statement_on(0, &script, &[], Dialect::PostgreSql, workers, |s| {
                    seen.push((s.span, s.text, s.ast.to_string(), s.procedural.is_some()))
                });
            let diagnostics: Vec<_> = scanned
                .diagnostics
                .iter()
                .map(|d| (d.message.clone(), d.labels[0].range.clone()))
                .collect();
            (seen, diagnostics)
        };
        assert!(script.len() > super::PARALLEL_FROM_BYTES);
        let (alone, alone_diagnostics) = run(1);
        let bad = (0..8000).filter(|i| i % 7 == 1).count();
        assert_eq!(alone.len(), 8000 - bad);
        assert_eq!(alone_diagnostics.len(), bad);
        for workers in [2, 3, 4] {
            let (together, diagnostics) = run(workers);
            assert!(together == alone, "{workers} threads gave another order");
            assert_eq!(diagnostics, alone_diagnostics);
        }
    }

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
    fn keywords_are_found_in_any_case_wherever_they_stand() {
        let naive = |text: &str, word: &str, from: usize| {
            (from..=text.len().saturating_sub(word.len()))
                .filter(|_| text.len() >= word.len())
                .find(|&at| {
                    text.as_bytes()[at..at + word.len()].eq_ignore_ascii_case(word.as_bytes())
                })
        };
        // Matches before, across and after the 32-byte blocks, overlapping
        // candidates, a word at the very end, non-ASCII text around.
        let mut texts = vec![String::from("ccompressed"), String::from("é-CoMpReSsEd-é")];
        for pad in [0, 1, 30, 31, 32, 33, 63, 64, 70] {
            texts.push(format!("{}compressed", "x".repeat(pad)));
            texts.push(format!("{}COMPRESSEcompRESSED tail", "c".repeat(pad)));
            texts.push(format!("{}compresse", "é".repeat(pad)));
        }
        for text in &texts {
            for from in [0, 1, 5, 31, 33] {
                assert_eq!(
                    find_ignore_ascii_case(text.as_bytes(), b"compressed", from),
                    naive(text, "compressed", from),
                    "{text:?} from {from}"
                );
            }
        }
        // Bytes other than letters that fold to the same byte under `| 0x20`
        // (`\r` and `-`, `{` and `[`) are told apart.
        for pad in [0, 20, 40] {
            let text = format!("{}\re-{{ -e \re-[", "y".repeat(pad));
            for word in ["-e", "-[", "e-{", "\re"] {
                assert_eq!(
                    find_ignore_ascii_case(text.as_bytes(), word.as_bytes(), 0),
                    naive(&text, word, 0),
                    "{text:?} {word:?}"
                );
            }
        }
        assert!(contains_ignore_ascii_case(
            "CREATE TABLE t (a int) ENGINE=x",
            "engine"
        ));
        assert!(!contains_ignore_ascii_case("eng", "engine"));
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
