//! PostgreSQL `DO` blocks: an anonymous PL/pgSQL body, read as far as it can
//! change the schema.
//!
//! Migrations wrap DDL in `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM
//! pg_constraint WHERE conname = 'x') THEN ALTER TABLE ...; END IF; END $$;` to
//! make it idempotent, or in `BEGIN CREATE TYPE ...; EXCEPTION WHEN
//! duplicate_object THEN null; END`. The body is cut into its statements and
//! control structures; the catalog runs it ([`crate::catalog::apply`]),
//! deciding conditions on the server's own catalogs the way the server would.
//!
//! What cannot change the schema is left out here: assignments, `PERFORM`,
//! `RAISE`, data statements, loops without DDL. What could but cannot be
//! followed (DDL in a loop, `EXECUTE` of a computed string, a procedure call)
//! becomes [`StepKind::Unknown`], which the catalog reports; a computed string
//! whose constant start already names a statement no model shows (diesel's
//! `EXECUTE format('CREATE TRIGGER ... ON %s', tbl)`) is left out.

use std::ops::Range;

use sqlparser::ast::{Expr, Query, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Location, Token, Tokenizer};

use super::fallback;

/// A `DO` statement's body.
#[derive(Debug, Clone)]
pub struct DoBlock {
    pub block: Block,
}

/// `[DECLARE ...] BEGIN steps [EXCEPTION WHEN ... THEN ...] END`.
#[derive(Debug, Clone, Default)]
pub struct Block {
    pub steps: Vec<Step>,
    /// The `EXCEPTION` clauses: an error in `steps` undoes what the block did
    /// and runs the first handler whose condition matches.
    pub handlers: Vec<Handler>,
}

#[derive(Debug, Clone)]
pub struct Handler {
    /// Condition names in lower case (`duplicate_object`, `others`; MySQL's
    /// error numbers, `sqlexception`, `sqlstate 42S21`).
    pub conditions: Vec<String>,
    pub steps: Vec<Step>,
    pub kind: HandlerKind,
}

/// What happens to the block whose statement raised the error a handler catches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandlerKind {
    /// PL/pgSQL's `EXCEPTION`: what the block did is undone, the handler runs
    /// instead of the rest.
    Undo,
    /// MySQL's `CONTINUE HANDLER`: the handler runs, then the statement after
    /// the one that failed.
    Continue,
    /// MySQL's `EXIT HANDLER`: the handler runs, then the block ends (DDL
    /// done before stays done).
    Exit,
}

#[derive(Debug, Clone)]
pub struct Step {
    /// Byte range of the step in the `DO` statement's text.
    pub span: Range<usize>,
    pub kind: StepKind,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    /// An SQL statement, run as it is.
    Sql {
        ast: Box<Statement>,
        text: String,
    },
    /// `IF ... ELSIF ... ELSE`, also a `CASE` statement. A condition is
    /// `None` when it is not an expression we could read.
    If {
        branches: Vec<(Option<Expr>, Vec<Step>)>,
        otherwise: Vec<Step>,
    },
    Block(Block),
    /// `PERFORM expr [FROM ...]`: a query run for what the functions it
    /// calls do (read as the `SELECT` it stands for).
    Perform(Box<Query>),
    /// `variable := expr` or `SELECT expr INTO variable ...`: the variable's
    /// new value, `None` when it is not one we can read (a row, several
    /// targets, a statement other than SELECT).
    Assign {
        variable: String,
        value: Option<Box<Expr>>,
    },
    /// `RETURN`: the rest of the `DO` block does not run.
    Return,
    /// Something that may change the schema but cannot be followed offline.
    Unknown(String),
}

/// Whether running `steps` could change the schema.
pub fn may_change_schema(steps: &[Step]) -> bool {
    steps.iter().any(|step| match &step.kind {
        StepKind::Sql { ast, .. } => !is_data_statement(ast) && !is_extension_statement(ast),
        StepKind::If {
            branches,
            otherwise,
        } => branches.iter().any(|(_, s)| may_change_schema(s)) || may_change_schema(otherwise),
        StepKind::Block(block) => {
            may_change_schema(&block.steps)
                || block.handlers.iter().any(|h| may_change_schema(&h.steps))
        }
        // What a called function does is known only once it runs.
        StepKind::Return | StepKind::Perform(_) | StepKind::Assign { .. } => false,
        StepKind::Unknown(_) => true,
    })
}

/// CREATE EXTENSION and DROP EXTENSION (without CASCADE): the types and
/// functions an extension brings are taken as given, so its presence changes
/// nothing a model shows.
fn is_extension_statement(statement: &Statement) -> bool {
    match statement {
        Statement::CreateExtension(_) => true,
        Statement::DropExtension(drop) => !matches!(
            drop.cascade_or_restrict,
            Some(sqlparser::ast::ReferentialAction::Cascade)
        ),
        _ => false,
    }
}

/// Statements that read or write rows only.
fn is_data_statement(statement: &Statement) -> bool {
    matches!(
        statement,
        Statement::Query(_)
            | Statement::Insert(_)
            | Statement::Update(_)
            | Statement::Delete(_)
            | Statement::Merge(_)
            | Statement::Copy { .. }
            | Statement::Set(_)
            | Statement::Truncate(_)
            | Statement::Analyze(_)
    )
}

/// Read a `DO [LANGUAGE plpgsql] '<body>' [LANGUAGE plpgsql]` statement.
/// `Ok(None)`: the statement is not a `DO`. `Err`: a `DO` whose body we cannot
/// read, with the reason.
pub fn parse_do(text: &str) -> Result<Option<DoBlock>, String> {
    if !crate::parse::starts_with_word(text, "DO") {
        return Ok(None);
    }
    let dialect = PostgreSqlDialect {};
    let Ok(tokens) = Tokenizer::new(&dialect, text).tokenize_with_location() else {
        return Ok(None);
    };
    let offsets = Offsets::new(text);
    let tokens: Vec<(Token, usize)> = tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .map(|t| {
            let at = offsets.of(t.span.start);
            (t.token, at)
        })
        .collect();
    let word = |i: usize| match tokens.get(i).map(|t| &t.0) {
        Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_ascii_uppercase(),
        _ => String::new(),
    };
    if word(0) != "DO" {
        return Ok(None);
    }
    let mut i = 1;
    let mut language = String::from("plpgsql");
    let mut body = None;
    while i < tokens.len() {
        match &tokens[i].0 {
            Token::Word(_) if word(i) == "LANGUAGE" => {
                language = match tokens.get(i + 1).map(|t| &t.0) {
                    Some(Token::Word(w)) => w.value.to_ascii_lowercase(),
                    Some(Token::SingleQuotedString(s)) => s.to_ascii_lowercase(),
                    _ => return Err(String::from("a DO block without a language name")),
                };
                i += 2;
            }
            Token::DollarQuotedString(s) if body.is_none() => {
                // The body starts after the opening `$tag$`.
                let tag = s.tag.as_deref().unwrap_or("").len();
                body = Some((s.value.clone(), Some(tokens[i].1 + tag + 2)));
                i += 1;
            }
            Token::SingleQuotedString(s) | Token::EscapedStringLiteral(s) if body.is_none() => {
                body = Some((s.clone(), None));
                i += 1;
            }
            Token::SemiColon => i += 1,
            _ => return Err(String::from("a DO statement of a form we do not read")),
        }
    }
    if language != "plpgsql" {
        return Err(format!("a DO block in language {language}"));
    }
    let Some((body, start)) = body else {
        return Err(String::from("a DO statement without a body"));
    };
    let block = BodyParser::new(&body, start, text.len(), "DO block")?.parse()?;
    Ok(Some(DoBlock { block }))
}

/// The body of `CREATE FUNCTION ... AS '<body>' LANGUAGE plpgsql | sql`
/// (`text`: the whole statement), read as a `DO` block's body is; a `sql`
/// body is its statements in order. Step spans are in `text`.
pub fn parse_function_body(text: &str, language: &str) -> Result<Block, String> {
    let dialect = PostgreSqlDialect {};
    let tokens = Tokenizer::new(&dialect, text)
        .tokenize_with_location()
        .map_err(|e| format!("cannot read the function: {e}"))?;
    let offsets = Offsets::new(text);
    let tokens: Vec<(Token, usize)> = tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .map(|t| {
            let at = offsets.of(t.span.start);
            (t.token, at)
        })
        .collect();
    let mut depth = 0usize;
    let mut body = None;
    for (i, (token, _)) in tokens.iter().enumerate() {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::Word(w)
                if depth == 0 && w.quote_style.is_none() && w.value.eq_ignore_ascii_case("AS") =>
            {
                body = match tokens.get(i + 1) {
                    Some((Token::DollarQuotedString(s), at)) => {
                        let tag = s.tag.as_deref().unwrap_or("").len();
                        Some((s.value.clone(), Some(at + tag + 2)))
                    }
                    Some((Token::SingleQuotedString(s) | Token::EscapedStringLiteral(s), _)) => {
                        Some((s.clone(), None))
                    }
                    _ => None,
                };
                if body.is_some() {
                    break;
                }
            }
            _ => {}
        }
    }
    let Some((body, start)) = body else {
        return Err(String::from("a function body we do not read"));
    };
    if language == "sql" {
        let span = match start {
            Some(start) => start..start + body.len(),
            None => 0..text.len(),
        };
        let steps = sql_steps_in(&dialect, &body, "the function")
            .into_iter()
            .map(|kind| match kind {
                // A query runs for what the functions it calls do.
                StepKind::Sql { ast, .. } if matches!(*ast, Statement::Query(_)) => {
                    let Statement::Query(query) = *ast else {
                        unreachable!()
                    };
                    StepKind::Perform(query)
                }
                other => other,
            })
            .map(|kind| Step {
                span: span.clone(),
                kind,
            })
            .collect();
        return Ok(Block {
            steps,
            handlers: Vec::new(),
        });
    }
    BodyParser::new(&body, start, text.len(), "function")?.parse()
}

/// A variable's name as PL/pgSQL compares it (unquoted: lower case).
pub fn variable_name(word: &sqlparser::tokenizer::Word) -> String {
    match word.quote_style {
        Some(_) => word.value.clone(),
        None => word.value.to_ascii_lowercase(),
    }
}

/// Byte offsets of tokenizer locations (1-based lines and characters).
/// Tokens are asked for in order, so the last answer is where the next walk
/// starts: a statement on one long line costs one pass, not one per token.
pub(super) struct Offsets<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    /// The last location asked for (line index, character index, byte
    /// offset): tokens come in order, so the next one is counted on from
    /// there, not from its line's start (a 10 MB line would be counted
    /// again for each of its tokens).
    cursor: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> Offsets<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Offsets {
            text,
            line_starts,
            cursor: std::cell::Cell::new((0, 0, 0)),
        }
    }

    pub(super) fn of(&self, location: Location) -> usize {
        let line = (location.line.max(1) - 1) as usize;
        let column = (location.column.max(1) - 1) as usize;
        let Some(&start) = self.line_starts.get(line) else {
            return self.text.len();
        };
        let (cursor_line, cursor_column, cursor_byte) = self.cursor.get();
        let (from_column, from_byte) = if cursor_line == line && cursor_column <= column {
            (cursor_column, cursor_byte)
        } else {
            (0, start)
        };
        let rest = &self.text[from_byte..];
        let at = from_byte
            + rest
                .char_indices()
                .nth(column - from_column)
                .map_or(rest.len(), |(i, _)| i);
        if at < self.text.len() {
            self.cursor.set((line, column, at));
        }
        at
    }
}

/// One token of the body and its byte range in the body.
struct BodyToken {
    token: Token,
    start: usize,
}

struct BodyParser<'a> {
    body: &'a str,
    tokens: Vec<BodyToken>,
    i: usize,
    /// Where the body starts in the statement text (`None`: a quoted body,
    /// whose offsets do not map; every step then points at the statement).
    base: Option<usize>,
    statement_len: usize,
    /// What the body is, for messages ("DO block", "function").
    what: &'static str,
}

impl<'a> BodyParser<'a> {
    fn new(
        body: &'a str,
        base: Option<usize>,
        statement_len: usize,
        what: &'static str,
    ) -> Result<Self, String> {
        let dialect = PostgreSqlDialect {};
        let tokens = Tokenizer::new(&dialect, body)
            .tokenize_with_location()
            .map_err(|e| format!("cannot read the {what}'s body: {e}"))?;
        let offsets = Offsets::new(body);
        let tokens = tokens
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
            .map(|t| BodyToken {
                start: offsets.of(t.span.start),
                token: t.token,
            })
            .collect();
        Ok(BodyParser {
            body,
            tokens,
            i: 0,
            base,
            statement_len,
            what,
        })
    }

    fn parse(mut self) -> Result<Block, String> {
        let block = self.block()?;
        self.eat(|t| matches!(t, Token::SemiColon));
        if self.i < self.tokens.len() {
            return Err(self.error("text after the block's END"));
        }
        Ok(block)
    }

    fn error(&self, what: &str) -> String {
        format!("cannot read the {}'s body: {what}", self.what)
    }

    /// The constant start of the string an `EXECUTE` at token `at` builds:
    /// a literal concatenated with more (`'DROP TRIGGER ' || x`), or the
    /// text of a `format(...)` pattern before its first placeholder.
    fn computed_start(&self, at: usize, literal: Option<String>) -> Option<String> {
        if let Some(text) = literal {
            return Some(text);
        }
        if !self.word(at).eq_ignore_ascii_case("FORMAT")
            || !matches!(
                self.tokens.get(at + 1).map(|t| &t.token),
                Some(Token::LParen)
            )
        {
            return None;
        }
        let pattern = match self.tokens.get(at + 2).map(|t| &t.token) {
            Some(Token::SingleQuotedString(s)) | Some(Token::EscapedStringLiteral(s)) => s.clone(),
            Some(Token::DollarQuotedString(s)) => s.value.clone(),
            _ => return None,
        };
        Some(pattern.split('%').next().unwrap_or_default().to_string())
    }

    fn word(&self, i: usize) -> String {
        match self.tokens.get(i).map(|t| &t.token) {
            Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_ascii_uppercase(),
            _ => String::new(),
        }
    }

    fn current(&self) -> String {
        self.word(self.i)
    }

    fn eat(&mut self, test: impl Fn(&Token) -> bool) -> bool {
        if self.tokens.get(self.i).is_some_and(|t| test(&t.token)) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expect_word(&mut self, word: &str) -> Result<(), String> {
        if self.current() == word {
            self.i += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected {word}")))
        }
    }

    fn expect_semicolon(&mut self) -> Result<(), String> {
        if self.eat(|t| matches!(t, Token::SemiColon)) {
            Ok(())
        } else {
            Err(self.error("expected ;"))
        }
    }

    /// Byte offset of token `i` in the body (its end for the end of input).
    fn offset(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(self.body.len(), |t| t.start)
    }

    /// The statement-text range of tokens `from..to`.
    fn span(&self, from: usize, to: usize) -> Range<usize> {
        match self.base {
            Some(base) => {
                let start = base + self.offset(from);
                let end = base + self.offset(to).max(self.offset(from));
                start..end.max(start + 1).min(self.statement_len.max(start + 1))
            }
            None => 0..self.statement_len,
        }
    }

    /// `<<label>>` before a block or loop.
    fn skip_label(&mut self) {
        if matches!(
            self.tokens.get(self.i).map(|t| &t.token),
            Some(Token::ShiftLeft)
        ) && matches!(
            self.tokens.get(self.i + 2).map(|t| &t.token),
            Some(Token::ShiftRight)
        ) {
            self.i += 3;
        }
    }

    /// `[<<label>>] [DECLARE ...] BEGIN ... [EXCEPTION ...] END [label]`.
    fn block(&mut self) -> Result<Block, String> {
        self.skip_label();
        if self.current() == "DECLARE" {
            // Declarations run up to the block's BEGIN.
            while self.i < self.tokens.len() && self.current() != "BEGIN" {
                self.i += 1;
            }
        }
        self.expect_word("BEGIN")?;
        let steps = self.statements(&["END", "EXCEPTION"])?;
        let mut handlers = Vec::new();
        if self.current() == "EXCEPTION" {
            self.i += 1;
            while self.current() == "WHEN" {
                self.i += 1;
                let mut conditions = Vec::new();
                while self.i < self.tokens.len() && self.current() != "THEN" {
                    let word = self.current();
                    if !word.is_empty() && word != "OR" {
                        conditions.push(word.to_ascii_lowercase());
                    }
                    self.i += 1;
                }
                self.expect_word("THEN")?;
                let steps = self.statements(&["WHEN", "END"])?;
                handlers.push(Handler {
                    conditions,
                    steps,
                    kind: HandlerKind::Undo,
                });
            }
        }
        self.expect_word("END")?;
        // An optional label after END.
        if matches!(
            self.tokens.get(self.i).map(|t| &t.token),
            Some(Token::Word(_))
        ) {
            self.i += 1;
        }
        Ok(Block { steps, handlers })
    }

    /// Statements up to one of `terminators` (not consumed).
    fn statements(&mut self, terminators: &[&str]) -> Result<Vec<Step>, String> {
        let mut steps = Vec::new();
        loop {
            if self.i >= self.tokens.len() {
                return Err(self.error("unexpected end of the body"));
            }
            let word = self.current();
            if terminators.contains(&word.as_str()) {
                return Ok(steps);
            }
            if self.eat(|t| matches!(t, Token::SemiColon)) {
                continue;
            }
            let start = self.i;
            let labelled = matches!(self.tokens[self.i].token, Token::ShiftLeft);
            let keyword = if labelled {
                self.word(self.i + 3)
            } else {
                word
            };
            match keyword.as_str() {
                "BEGIN" | "DECLARE" => {
                    let block = self.block()?;
                    self.expect_semicolon()?;
                    steps.push(Step {
                        span: self.span(start, self.i),
                        kind: StepKind::Block(block),
                    });
                }
                "IF" if !labelled => {
                    let step = self.if_statement()?;
                    steps.push(step);
                }
                "CASE" if !labelled => {
                    let step = self.case_statement()?;
                    steps.push(step);
                }
                "LOOP" | "WHILE" | "FOR" | "FOREACH" => {
                    self.skip_label();
                    if let Some(step) = self.loop_statement(start)? {
                        steps.push(step);
                    }
                }
                _ => steps.extend(self.simple_statement()?),
            }
        }
    }

    /// Tokens up to `word` at parenthesis depth 0; returns the index of `word`.
    fn scan_to_word(&mut self, word: &str) -> Result<usize, String> {
        let mut depth = 0usize;
        while self.i < self.tokens.len() {
            match self.tokens[self.i].token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth = depth.saturating_sub(1),
                _ if depth == 0 && self.current() == word => return Ok(self.i),
                _ => {}
            }
            self.i += 1;
        }
        Err(self.error(&format!("expected {word}")))
    }

    fn condition(&self, from: usize, to: usize) -> Option<Expr> {
        let text = &self.body[self.offset(from)..self.offset(to)];
        let dialect = PostgreSqlDialect {};
        let mut parser = crate::parse::sql_parser(&dialect).try_with_sql(text).ok()?;
        let expr = parser.parse_expr().ok()?;
        // The whole condition, nothing left over.
        (parser.peek_token().token == Token::EOF).then_some(expr)
    }

    fn if_statement(&mut self) -> Result<Step, String> {
        let start = self.i;
        self.i += 1;
        let mut branches = Vec::new();
        let mut otherwise = Vec::new();
        loop {
            let from = self.i;
            let then = self.scan_to_word("THEN")?;
            let condition = self.condition(from, then);
            self.i = then + 1;
            let steps = self.statements(&["ELSIF", "ELSEIF", "ELSE", "END"])?;
            branches.push((condition, steps));
            match self.current().as_str() {
                "ELSIF" | "ELSEIF" => self.i += 1,
                "ELSE" => {
                    self.i += 1;
                    otherwise = self.statements(&["END"])?;
                    break;
                }
                _ => break,
            }
        }
        self.expect_word("END")?;
        self.expect_word("IF")?;
        self.expect_semicolon()?;
        Ok(Step {
            span: self.span(start, self.i),
            kind: StepKind::If {
                branches,
                otherwise,
            },
        })
    }

    /// `CASE [x] WHEN ... THEN ... [ELSE ...] END CASE`: branches whose
    /// conditions are not read.
    fn case_statement(&mut self) -> Result<Step, String> {
        let start = self.i;
        self.i += 1;
        self.scan_to_word("WHEN")?;
        let mut branches = Vec::new();
        let mut otherwise = Vec::new();
        while self.current() == "WHEN" {
            self.i += 1;
            let then = self.scan_to_word("THEN")?;
            self.i = then + 1;
            let steps = self.statements(&["WHEN", "ELSE", "END"])?;
            branches.push((None, steps));
        }
        if self.current() == "ELSE" {
            self.i += 1;
            otherwise = self.statements(&["END"])?;
        }
        self.expect_word("END")?;
        self.expect_word("CASE")?;
        self.expect_semicolon()?;
        Ok(Step {
            span: self.span(start, self.i),
            kind: StepKind::If {
                branches,
                otherwise,
            },
        })
    }

    /// A loop runs its body as often as its data says: nothing when the body
    /// cannot change the schema, something we cannot follow when it can.
    fn loop_statement(&mut self, start: usize) -> Result<Option<Step>, String> {
        let at = self.scan_to_word("LOOP")?;
        self.i = at + 1;
        let body = self.statements(&["END"])?;
        self.expect_word("END")?;
        self.expect_word("LOOP")?;
        if matches!(
            self.tokens.get(self.i).map(|t| &t.token),
            Some(Token::Word(_))
        ) {
            self.i += 1;
        }
        self.expect_semicolon()?;
        Ok(may_change_schema(&body).then(|| Step {
            span: self.span(start, self.i),
            kind: StepKind::Unknown(String::from(
                "a loop in a DO block changes the schema as often as its data says",
            )),
        }))
    }

    /// `target := value` (tokens `start..end`): the variable's new value.
    fn assignment(&self, start: usize, end: usize) -> Vec<StepKind> {
        let Some(Token::Word(target)) = self.tokens.get(start).map(|t| &t.token) else {
            return Vec::new();
        };
        if !matches!(
            self.tokens.get(start + 1).map(|t| &t.token),
            Some(Token::Assignment | Token::Eq)
        ) {
            // A field of a record, an element of an array, GET DIAGNOSTICS.
            return Vec::new();
        }
        let text = &self.body[self.offset(start + 2)..self.offset(end)];
        let dialect = PostgreSqlDialect {};
        let value = crate::parse::sql_parser(&dialect)
            .try_with_sql(text)
            .ok()
            .and_then(|mut parser| {
                let expr = parser.parse_expr().ok()?;
                (parser.peek_token().token == Token::EOF).then_some(expr)
            });
        vec![StepKind::Assign {
            variable: variable_name(target),
            value: value.map(Box::new),
        }]
    }

    /// `SELECT expr INTO [STRICT] var FROM ...` (tokens `start..end`): the
    /// value the query gives; `... INTO a, b` and `INSERT ... RETURNING x
    /// INTO var` leave their targets unknown.
    fn select_into(&self, start: usize, end: usize) -> Vec<StepKind> {
        let select = self.word(start) == "SELECT";
        let mut depth = 0usize;
        let mut returning = false;
        let mut into = None;
        for i in start..end {
            match self.tokens[i].token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth = depth.saturating_sub(1),
                _ if depth == 0 && self.word(i) == "RETURNING" => returning = true,
                _ if depth == 0 && self.word(i) == "INTO" && (select || returning) => {
                    into = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let Some(into) = into else {
            return Vec::new();
        };
        let mut i = into + 1;
        if self.word(i) == "STRICT" {
            i += 1;
        }
        let mut targets = Vec::new();
        while let Some(Token::Word(word)) = self.tokens.get(i).filter(|_| i < end).map(|t| &t.token)
        {
            let mut name = variable_name(word);
            i += 1;
            while matches!(self.tokens.get(i).map(|t| &t.token), Some(Token::Period)) {
                // `rec.field`: not a variable we follow.
                name.clear();
                i += 2;
            }
            targets.push(name);
            if i < end && matches!(self.tokens[i].token, Token::Comma) {
                i += 1;
            } else {
                break;
            }
        }
        let value = match targets.as_slice() {
            [_] if select => {
                let text = format!(
                    "{} {}",
                    &self.body[self.offset(start)..self.offset(into)],
                    &self.body[self.offset(i)..self.offset(end)]
                );
                query(&text).and_then(|q| match &*q.body {
                    sqlparser::ast::SetExpr::Select(s) if s.projection.len() == 1 => {
                        Some(Box::new(Expr::Subquery(Box::new(q.clone()))))
                    }
                    _ => None,
                })
            }
            _ => None,
        };
        targets
            .into_iter()
            .filter(|t| !t.is_empty())
            .map(|variable| StepKind::Assign {
                variable,
                value: value.clone(),
            })
            .collect()
    }

    /// A statement up to its `;`.
    fn simple_statement(&mut self) -> Result<Vec<Step>, String> {
        let start = self.i;
        let mut depth = 0usize;
        while self.i < self.tokens.len() {
            match self.tokens[self.i].token {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth = depth.saturating_sub(1),
                Token::SemiColon if depth == 0 => break,
                _ => {}
            }
            self.i += 1;
        }
        if self.i >= self.tokens.len() {
            return Err(self.error("expected ;"));
        }
        let end = self.i;
        self.i += 1;
        let span = self.span(start, end);
        let text = &self.body[self.offset(start)..self.offset(end)];
        let step = |kind| Step {
            span: span.clone(),
            kind,
        };
        // `x := ...`, `rec.field = ...`: an assignment to a variable.
        let assignment = self.tokens[start..end]
            .iter()
            .position(|t| matches!(t.token, Token::Assignment | Token::Eq))
            .is_some_and(|at| {
                at > 0
                    && at <= 8
                    && !matches!(
                        self.word(start).as_str(),
                        "ALTER" | "CREATE" | "DROP" | "COMMENT"
                    )
                    && self.tokens[start..start + at].iter().all(|t| {
                        matches!(
                            t.token,
                            Token::Word(_) | Token::Period | Token::LBracket | Token::RBracket
                        ) || matches!(t.token, Token::Number(..))
                    })
            });
        if assignment {
            return Ok(self.assignment(start, end).into_iter().map(step).collect());
        }
        match self.word(start).as_str() {
            "RETURN" => Ok(vec![step(StepKind::Return)]),
            // `PERFORM f(x)`: the SELECT it stands for, run for what it calls.
            "PERFORM" => {
                let rest = &self.body[self.offset(start + 1)..self.offset(end)];
                Ok(query(&format!("SELECT {rest}"))
                    .map(|q| step(StepKind::Perform(Box::new(q))))
                    .into_iter()
                    .collect())
            }
            // Messages, cursors, diagnostics: no schema change.
            "RAISE" | "NULL" | "GET" | "ASSERT" | "OPEN" | "FETCH" | "CLOSE" | "MOVE" | "EXIT"
            | "CONTINUE" | "COMMIT" | "ROLLBACK" => Ok(Vec::new()),
            // Rows only; `SELECT ... INTO var` and `... RETURNING x INTO var`
            // set variables.
            "SELECT" | "INSERT" | "UPDATE" | "DELETE" | "WITH" | "MERGE" | "VALUES" => {
                Ok(self.select_into(start, end).into_iter().map(step).collect())
            }
            "CALL" => Ok(vec![step(StepKind::Unknown(String::from(
                "a procedure called in a DO block may change the schema",
            )))]),
            "EXECUTE" => {
                let literal = match self.tokens.get(start + 1).map(|t| &t.token) {
                    Some(Token::SingleQuotedString(s)) | Some(Token::EscapedStringLiteral(s)) => {
                        Some(s.clone())
                    }
                    Some(Token::DollarQuotedString(s)) => Some(s.value.clone()),
                    _ => None,
                };
                let plain = literal.is_some()
                    && (start + 2 == end
                        || matches!(self.word(start + 2).as_str(), "INTO" | "USING"));
                match literal.clone().filter(|_| plain) {
                    Some(sql) => Ok(sql_steps(&sql).into_iter().map(&step).collect()),
                    // A string built at run time whose constant start already
                    // names a statement no model shows (a trigger made for
                    // the table passed in) changes nothing shown.
                    None if self.computed_start(start + 1, literal).is_some_and(|text| {
                        fallback::start_has_no_effect(&PostgreSqlDialect {}, &text)
                    }) =>
                    {
                        Ok(Vec::new())
                    }
                    None => Ok(vec![step(StepKind::Unknown(String::from(
                        "EXECUTE of a computed string in a DO block",
                    )))]),
                }
            }
            _ => Ok(sql_steps(text).into_iter().map(step).collect()),
        }
    }
}

/// A query's text read as one query.
fn query(text: &str) -> Option<Query> {
    match crate::parse::parse_sql(&PostgreSqlDialect {}, text)
        .ok()?
        .as_slice()
    {
        [Statement::Query(query)] => Some((**query).clone()),
        _ => None,
    }
}

/// The statements of an SQL text, as the top level reads them (with the same
/// recovery for statements sqlparser does not take).
fn sql_steps(text: &str) -> Vec<StepKind> {
    sql_steps_in(&PostgreSqlDialect {}, text, "the DO block")
}

/// The statements of an SQL text inside procedural code (`code` names it in
/// messages), read as the top level of `dialect` reads them.
pub(super) fn sql_steps_in(
    dialect: &dyn sqlparser::dialect::Dialect,
    text: &str,
    code: &str,
) -> Vec<StepKind> {
    let statements = match crate::parse::parse_sql(dialect, text) {
        Ok(statements) => statements,
        Err(err) => match fallback::recover(dialect, text) {
            fallback::Recovery::Parsed(statements) => statements,
            fallback::Recovery::NoEffect => Vec::new(),
            fallback::Recovery::Unknown => {
                let message = err.to_string();
                let message = message
                    .strip_prefix("sql parser error: ")
                    .unwrap_or(&message)
                    .to_string();
                return vec![StepKind::Unknown(format!(
                    "cannot parse a statement of {code}: {message}"
                ))];
            }
        },
    };
    statements
        .into_iter()
        .map(|ast| StepKind::Sql {
            ast: Box::new(ast),
            text: text.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_in_order_or_not() {
        let text = "ab é x\nçd e";
        let offsets = Offsets::new(text);
        let at = |line, column| offsets.of(Location::new(line, column));
        assert_eq!(&text[at(1, 4)..], "é x\nçd e");
        assert_eq!(&text[at(1, 6)..], "x\nçd e");
        assert_eq!(&text[at(1, 1)..], text);
        assert_eq!(&text[at(2, 2)..], "d e");
        assert_eq!(&text[at(1, 5)..], " x\nçd e");
        assert_eq!(at(2, 40), text.len());
        assert_eq!(at(9, 1), text.len());
    }

    fn block(text: &str) -> Block {
        parse_do(text).expect("readable").expect("a DO").block
    }

    #[test]
    fn guarded_ddl_is_an_if_with_a_condition() {
        let text = "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'u') THEN\n    ALTER TABLE t ADD CONSTRAINT u UNIQUE (a);\n  END IF;\nEND $$";
        let b = block(text);
        assert_eq!(b.steps.len(), 1);
        let StepKind::If { branches, .. } = &b.steps[0].kind else {
            panic!("an IF");
        };
        assert!(branches[0].0.is_some());
        let StepKind::Sql { ast, .. } = &branches[0].1[0].kind else {
            panic!("a statement");
        };
        assert!(matches!(**ast, Statement::AlterTable(_)));
        assert!(text[branches[0].1[0].span.clone()].starts_with("ALTER TABLE t"));
    }

    #[test]
    fn data_loops_and_assignments_leave_nothing() {
        let b = block(
            "DO $$ DECLARE r RECORD; n int; BEGIN FOR r IN SELECT * FROM t LOOP \
             n := n + 1; x.y = 2; UPDATE t SET a = 1 WHERE id = r.id; \
             IF r.a = 'x' THEN CONTINUE; END IF; END LOOP; RAISE NOTICE 'done'; END $$;",
        );
        assert!(!may_change_schema(&b.steps));
    }

    #[test]
    fn ddl_in_a_loop_or_dynamic_sql_is_unknown() {
        let b = block(
            "DO $$ BEGIN FOR i IN 1..3 LOOP EXECUTE 'CREATE TABLE t' || i || ' (a int)'; \
             END LOOP; END $$",
        );
        assert!(matches!(b.steps[0].kind, StepKind::Unknown(_)));
    }

    #[test]
    fn dynamic_sql_whose_start_names_a_trigger_or_privilege_leaves_nothing() {
        let b = block(
            "DO $$ BEGIN EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %s \
             FOR EACH ROW EXECUTE PROCEDURE touch()', 'users'); \
             EXECUTE 'DROP TRIGGER IF EXISTS t_trg ON ' || quote_ident('users'); \
             EXECUTE format(E'GRANT SELECT ON %I TO reader', 'users'); END $$",
        );
        assert!(b.steps.is_empty(), "{:?}", b.steps);
        for unknown in [
            "DO $$ BEGIN EXECUTE format('CREATE TABLE %I (a int)', 'x'); END $$",
            "DO $$ BEGIN EXECUTE format('%s TRIGGER t ON x', 'DROP'); END $$",
            "DO $$ BEGIN EXECUTE 'ALTER TABLE ' || 'x' || ' OWNER TO y'; END $$",
        ] {
            assert!(
                matches!(block(unknown).steps[0].kind, StepKind::Unknown(_)),
                "{unknown}"
            );
        }
    }

    #[test]
    fn exception_handlers_and_execute_of_a_literal() {
        let b = block(
            "DO $$ BEGIN BEGIN EXECUTE 'CREATE TYPE mood AS ENUM (''a'')'; \
             EXCEPTION WHEN duplicate_object OR others THEN NULL; END; END $$",
        );
        let StepKind::Block(inner) = &b.steps[0].kind else {
            panic!("a block");
        };
        assert_eq!(inner.handlers[0].conditions, ["duplicate_object", "others"]);
        assert!(matches!(inner.steps[0].kind, StepKind::Sql { .. }));
    }

    #[test]
    fn other_languages_and_unreadable_bodies_are_errors() {
        assert!(parse_do("DO LANGUAGE plpython3u $$ print(1) $$").is_err());
        assert!(parse_do("DO $$ BEGIN IF x THEN $$").is_err());
        assert!(parse_do("SELECT 1").unwrap().is_none());
    }
}
