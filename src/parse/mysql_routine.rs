//! MySQL/MariaDB stored procedures: `CREATE PROCEDURE p(...) BEGIN ... END`,
//! read as far as a later `CALL p(...)` can change the schema.
//!
//! Migrations wrap DDL in a procedure to make it idempotent: `IF NOT EXISTS
//! (SELECT * FROM information_schema.COLUMNS WHERE ...) THEN ALTER TABLE ...;
//! END IF;`, often with the statement built from the parameters (`SET @s =
//! CONCAT('ALTER TABLE ', tbl, ...); PREPARE s FROM @s; EXECUTE s;`), or
//! with a `DECLARE CONTINUE HANDLER FOR 1060 BEGIN END;` that lets an `ADD
//! COLUMN` fail quietly; then `CALL p(); DROP PROCEDURE p;`. The body is cut
//! into the steps and control structures of [`super::plpgsql`], which the
//! catalog runs at each `CALL`.
//!
//! Local variables and parameters are session variables of their own
//! (`@__ddlcodegen_local_<name>`, see [`local_variable`]): every unquoted
//! mention of one in an expression (SET, SELECT, conditions, CALL arguments)
//! is respelled so, as MySQL gives them precedence over column names. DDL
//! cannot name a variable, and is left as written. Loops, cursors and labels
//! other than the outermost one's `LEAVE` are not followed where they could
//! change the schema ([`StepKind::Unknown`]).

use sqlparser::ast::Expr;
use sqlparser::dialect::MySqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

use super::plpgsql::{may_change_schema, Block, Handler, HandlerKind, Offsets, Step, StepKind};

/// A procedure as `CREATE PROCEDURE` defines it.
#[derive(Debug, Clone)]
pub struct Procedure {
    /// The name as written (MySQL compares them without regard to case).
    pub name: String,
    /// The parameters' names, lower-cased, with their modes.
    pub params: Vec<(String, ParamMode)>,
    /// The body's steps, or why it cannot be read (reported at a `CALL`).
    pub body: Result<Block, String>,
}

/// How a parameter passes its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamMode {
    In,
    Out,
    InOut,
}

/// The session variable that stands for the local variable or parameter
/// `name` of a procedure.
pub fn local_variable(name: &str) -> String {
    format!("@__ddlcodegen_local_{}", name.to_ascii_lowercase())
}

/// Whether a user variable is one of [`local_variable`]'s.
pub fn is_local_variable(name: &str) -> bool {
    name.to_ascii_lowercase()
        .starts_with("@__ddlcodegen_local_")
}

struct BodyToken {
    token: Token,
    start: usize,
}

/// Read a `CREATE [OR REPLACE] [DEFINER = x] PROCEDURE [IF NOT EXISTS] name
/// (params) [characteristics] body`. `Ok(None)`: not a procedure. `Err`: a
/// procedure whose header we cannot read.
pub fn parse_create_procedure(text: &str) -> Result<Option<Procedure>, String> {
    // Only a statement holding the word PROCEDURE can be one.
    if !crate::parse::starts_with_word(text, "CREATE")
        || !crate::parse::contains_ignore_ascii_case(text, "PROCEDURE")
    {
        return Ok(None);
    }
    let dialect = MySqlDialect {};
    let Ok(tokens) = Tokenizer::new(&dialect, text).tokenize_with_location() else {
        return Ok(None);
    };
    let offsets = Offsets::new(text);
    let tokens: Vec<BodyToken> = tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
        .map(|t| BodyToken {
            start: offsets.of(t.span.start),
            token: t.token,
        })
        .collect();
    let mut parser = BodyParser {
        text,
        tokens,
        i: 0,
        locals: Vec::new(),
        outer_label: None,
    };
    if parser.current() != "CREATE" {
        return Ok(None);
    }
    parser.i += 1;
    // The first object word decides: MySQL puts OR REPLACE, DEFINER = user
    // and the like before it.
    loop {
        match parser.current().as_str() {
            "PROCEDURE" => break,
            "FUNCTION" | "TABLE" | "VIEW" | "TRIGGER" | "EVENT" | "INDEX" | "DATABASE"
            | "SCHEMA" | "USER" | "ROLE" | "SEQUENCE" | "SERVER" | "TABLESPACE" | "AS" => {
                return Ok(None)
            }
            _ if parser.i >= parser.tokens.len() => return Ok(None),
            _ => parser.i += 1,
        }
    }
    parser.i += 1;
    if parser.current() == "IF" && parser.word(parser.i + 1) == "NOT" {
        parser.i += 3;
    }
    let name = parser.object_name().ok_or("a procedure without a name")?;
    let params = parser.parameters()?;
    parser.locals = params.iter().map(|(n, _)| n.clone()).collect();
    parser.characteristics();
    let body = parser.body();
    Ok(Some(Procedure { name, params, body }))
}

struct BodyParser<'a> {
    text: &'a str,
    tokens: Vec<BodyToken>,
    i: usize,
    /// Parameters and DECLAREd variables, lower-cased.
    locals: Vec<String>,
    /// The label of the body's outermost block: `LEAVE` of it ends the call.
    outer_label: Option<String>,
}

impl BodyParser<'_> {
    fn word(&self, i: usize) -> String {
        match self.tokens.get(i).map(|t| &t.token) {
            Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_ascii_uppercase(),
            _ => String::new(),
        }
    }

    fn current(&self) -> String {
        self.word(self.i)
    }

    fn token(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i).map(|t| &t.token)
    }

    fn error(&self, what: &str) -> String {
        format!("cannot read the procedure's body: {what}")
    }

    fn offset(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// The statement-text range of tokens `from..to`.
    fn span(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let start = self.offset(from);
        let end = self
            .offset(to)
            .max(start + 1)
            .min(self.text.len().max(start + 1));
        start..end
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
        if matches!(self.token(self.i), Some(Token::SemiColon)) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.error("expected ;"))
        }
    }

    /// `name` or `db.name`: the last part.
    fn object_name(&mut self) -> Option<String> {
        let mut name = None;
        loop {
            match self.token(self.i) {
                Some(Token::Word(w)) => name = Some(w.value.clone()),
                _ => return name,
            }
            self.i += 1;
            if !matches!(self.token(self.i), Some(Token::Period)) {
                return name;
            }
            self.i += 1;
        }
    }

    /// `([IN | OUT | INOUT] name type, ...)`.
    fn parameters(&mut self) -> Result<Vec<(String, ParamMode)>, String> {
        if !matches!(self.token(self.i), Some(Token::LParen)) {
            return Err(self.error("expected the parameter list"));
        }
        self.i += 1;
        let mut params = Vec::new();
        let mut depth = 0usize;
        let mut at_start = true;
        while let Some(token) = self.token(self.i) {
            match token {
                Token::LParen => depth += 1,
                Token::RParen if depth == 0 => {
                    self.i += 1;
                    return Ok(params);
                }
                Token::RParen => depth -= 1,
                Token::Comma if depth == 0 => {
                    at_start = true;
                    self.i += 1;
                    continue;
                }
                Token::Word(w) if at_start => {
                    let mode = self.current();
                    let (mode, at) = match mode.as_str() {
                        "IN" => (ParamMode::In, self.i + 1),
                        "OUT" => (ParamMode::Out, self.i + 1),
                        "INOUT" => (ParamMode::InOut, self.i + 1),
                        _ => (ParamMode::In, self.i),
                    };
                    let name = match self.token(at) {
                        Some(Token::Word(n)) => n.value.to_ascii_lowercase(),
                        _ => w.value.to_ascii_lowercase(),
                    };
                    params.push((name, mode));
                    at_start = false;
                    self.i = at;
                }
                _ => {}
            }
            self.i += 1;
        }
        Err(self.error("unclosed parameter list"))
    }

    /// `COMMENT 'x'`, `LANGUAGE SQL`, `[NOT] DETERMINISTIC`, `CONTAINS SQL`,
    /// `NO SQL`, `READS SQL DATA`, `MODIFIES SQL DATA`, `SQL SECURITY x`.
    fn characteristics(&mut self) {
        loop {
            let skip = match (self.current().as_str(), self.word(self.i + 1).as_str()) {
                ("COMMENT", _) | ("LANGUAGE", _) | ("CONTAINS", _) | ("NO", "SQL") => 2,
                ("NOT", "DETERMINISTIC") => 2,
                ("DETERMINISTIC", _) => 1,
                ("READS" | "MODIFIES", _) => 3,
                ("SQL", "SECURITY") => 3,
                _ => return,
            };
            self.i += skip;
        }
    }

    /// The routine body: one statement, usually a `BEGIN ... END` block.
    fn body(&mut self) -> Result<Block, String> {
        let steps = self.statements(&[], true)?;
        Ok(Block {
            steps,
            handlers: Vec::new(),
        })
    }

    /// Statements up to one of `terminators` (not consumed), or to the end.
    /// `top`: the routine body itself, where a block may be the only
    /// statement and end without `;`.
    fn statements(&mut self, terminators: &[&str], top: bool) -> Result<Vec<Step>, String> {
        let mut steps = Vec::new();
        loop {
            if self.i >= self.tokens.len() {
                if top {
                    return Ok(steps);
                }
                return Err(self.error("unexpected end of the body"));
            }
            let word = self.current();
            if terminators.contains(&word.as_str()) {
                return Ok(steps);
            }
            if matches!(self.token(self.i), Some(Token::SemiColon)) {
                self.i += 1;
                continue;
            }
            let start = self.i;
            // `label: BEGIN | LOOP | WHILE | REPEAT | FOR`.
            let label = match (self.token(self.i), self.token(self.i + 1)) {
                (Some(Token::Word(w)), Some(Token::Colon)) => Some(w.value.to_ascii_lowercase()),
                _ => None,
            };
            if label.is_some() {
                self.i += 2;
            }
            match self.current().as_str() {
                "BEGIN" => {
                    if top && self.outer_label.is_none() && steps.is_empty() {
                        self.outer_label = label.clone();
                    }
                    let block = self.block()?;
                    steps.push(Step {
                        span: self.span(start, self.i),
                        kind: StepKind::Block(block),
                    });
                }
                "IF" if label.is_none() => steps.push(self.if_statement()?),
                "CASE" if label.is_none() => steps.push(self.case_statement()?),
                "LOOP" | "WHILE" | "REPEAT" | "FOR" => {
                    if let Some(step) = self.loop_statement(start)? {
                        steps.push(step);
                    }
                }
                _ if label.is_some() => return Err(self.error("a label before a statement")),
                "DECLARE" => steps.extend(self.declare()?),
                _ => steps.extend(self.simple_statement()?),
            }
        }
    }

    /// `BEGIN [NOT ATOMIC] [declarations] statements END [label]`, with the
    /// block's handlers.
    fn block(&mut self) -> Result<Block, String> {
        self.expect_word("BEGIN")?;
        if self.current() == "NOT" && self.word(self.i + 1) == "ATOMIC" {
            self.i += 2;
        }
        let mut handlers = Vec::new();
        let mut steps = Vec::new();
        loop {
            let mut more = self.statements(&["END", "DECLARE"], false)?;
            steps.append(&mut more);
            if self.current() != "DECLARE" {
                break;
            }
            match self.handler()? {
                Some(handler) => handlers.push(handler),
                None => steps.extend(self.declare()?),
            }
        }
        self.expect_word("END")?;
        if matches!(self.token(self.i), Some(Token::Word(_)))
            && !matches!(
                self.current().as_str(),
                "IF" | "LOOP" | "WHILE" | "REPEAT" | "CASE"
            )
        {
            self.i += 1;
        }
        if matches!(self.token(self.i), Some(Token::SemiColon)) {
            self.i += 1;
        }
        Ok(Block { steps, handlers })
    }

    /// `DECLARE {CONTINUE | EXIT | UNDO} HANDLER FOR conditions statement`.
    fn handler(&mut self) -> Result<Option<Handler>, String> {
        let kind = match self.word(self.i + 1).as_str() {
            "CONTINUE" => HandlerKind::Continue,
            "EXIT" | "UNDO" => HandlerKind::Exit,
            _ => return Ok(None),
        };
        if self.word(self.i + 2) != "HANDLER" || self.word(self.i + 3) != "FOR" {
            return Ok(None);
        }
        self.i += 4;
        let mut conditions = Vec::new();
        // Conditions: names, error numbers, SQLSTATE [VALUE] 'xxxxx'.
        loop {
            let word = self.current();
            let condition = match (word.as_str(), self.token(self.i)) {
                ("SQLSTATE", _) => {
                    self.i += 1;
                    if self.current() == "VALUE" {
                        self.i += 1;
                    }
                    match self.token(self.i) {
                        Some(Token::SingleQuotedString(s)) => format!("sqlstate {s}"),
                        _ => return Err(self.error("expected an SQLSTATE value")),
                    }
                }
                ("NOT", _) => {
                    self.i += 1;
                    String::from("not found")
                }
                (_, Some(Token::Number(n, _))) => n.clone(),
                (_, Some(Token::Word(w))) => w.value.to_ascii_lowercase(),
                _ => return Err(self.error("expected a handler condition")),
            };
            conditions.push(condition);
            self.i += 1;
            if matches!(self.token(self.i), Some(Token::Comma)) {
                self.i += 1;
            } else {
                break;
            }
        }
        // The handler's statement: a block, or one statement.
        let steps = if self.current() == "BEGIN" {
            let start = self.i;
            let block = self.block()?;
            vec![Step {
                span: self.span(start, self.i),
                kind: StepKind::Block(block),
            }]
        } else {
            self.statements_one()?
        };
        Ok(Some(Handler {
            conditions,
            steps,
            kind,
        }))
    }

    /// One statement (a handler's).
    fn statements_one(&mut self) -> Result<Vec<Step>, String> {
        match self.current().as_str() {
            "IF" => Ok(vec![self.if_statement()?]),
            "CASE" => Ok(vec![self.case_statement()?]),
            _ => self.simple_statement(),
        }
    }

    /// `DECLARE v1[, v2] type [DEFAULT expr];` gives each variable its default
    /// (NULL without one); conditions and cursors leave nothing.
    fn declare(&mut self) -> Result<Vec<Step>, String> {
        let start = self.i;
        self.expect_word("DECLARE")?;
        let mut names = Vec::new();
        while let Some(Token::Word(w)) = self.token(self.i) {
            names.push(w.value.to_ascii_lowercase());
            self.i += 1;
            if matches!(self.token(self.i), Some(Token::Comma)) {
                self.i += 1;
            } else {
                break;
            }
        }
        let kind = self.current();
        let end = self.scan_to_semicolon()?;
        if matches!(kind.as_str(), "CONDITION" | "CURSOR") || names.is_empty() {
            return Ok(Vec::new());
        }
        for name in &names {
            if !self.locals.contains(name) {
                self.locals.push(name.clone());
            }
        }
        let default = (start..end)
            .find(|&k| self.word(k) == "DEFAULT")
            .map(|k| self.respelled(k + 1, end));
        let value = default.unwrap_or_else(|| String::from("NULL"));
        let assignments: Vec<String> = names
            .iter()
            .map(|n| format!("{} = {value}", local_variable(n)))
            .collect();
        let text = format!("SET {}", assignments.join(", "));
        let span = self.span(start, end);
        Ok(sql_steps(&text)
            .into_iter()
            .map(|kind| Step {
                span: span.clone(),
                kind,
            })
            .collect())
    }

    /// Move past the `;` ending the statement; returns the index of the `;`.
    fn scan_to_semicolon(&mut self) -> Result<usize, String> {
        let mut depth = 0usize;
        while let Some(token) = self.token(self.i) {
            match token {
                Token::LParen => depth += 1,
                Token::RParen => depth = depth.saturating_sub(1),
                Token::SemiColon if depth == 0 => {
                    let at = self.i;
                    self.i += 1;
                    return Ok(at);
                }
                _ => {}
            }
            self.i += 1;
        }
        Err(self.error("expected ;"))
    }

    /// Tokens up to `word` at parenthesis depth 0; returns the index of `word`.
    fn scan_to_word(&mut self, word: &str) -> Result<usize, String> {
        let mut depth = 0usize;
        while let Some(token) = self.token(self.i) {
            match token {
                Token::LParen => depth += 1,
                Token::RParen => depth = depth.saturating_sub(1),
                _ if depth == 0 && self.current() == word => return Ok(self.i),
                _ => {}
            }
            self.i += 1;
        }
        Err(self.error(&format!("expected {word}")))
    }

    /// The text of tokens `from..to`, local variables respelled as their
    /// session variables.
    fn respelled(&self, from: usize, to: usize) -> String {
        let mut out = String::new();
        for k in from..to.min(self.tokens.len()) {
            let token = &self.tokens[k].token;
            let local = match token {
                Token::Word(w) if w.quote_style.is_none() => {
                    let name = w.value.to_ascii_lowercase();
                    let qualified = k > from && matches!(self.token(k - 1), Some(Token::Period));
                    let called = matches!(self.token(k + 1), Some(Token::LParen));
                    (self.locals.contains(&name) && !qualified && !called).then_some(name)
                }
                _ => None,
            };
            // The token's own text, with what follows it up to the next one.
            let text = &self.text[self.offset(k)..self.offset(k + 1)];
            match local {
                Some(name) => {
                    out.push_str(&local_variable(&name));
                    out.push(' ');
                }
                None => out.push_str(text),
            }
        }
        out.trim_end().to_string()
    }

    fn condition(&self, from: usize, to: usize) -> Option<Expr> {
        let text = self.respelled(from, to);
        let dialect = MySqlDialect {};
        let mut parser = crate::parse::sql_parser(&dialect)
            .try_with_sql(&text)
            .ok()?;
        let expr = parser.parse_expr().ok()?;
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
            let steps = self.statements(&["ELSEIF", "ELSE", "END"], false)?;
            branches.push((condition, steps));
            match self.current().as_str() {
                "ELSEIF" => self.i += 1,
                "ELSE" => {
                    self.i += 1;
                    otherwise = self.statements(&["END"], false)?;
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

    /// `CASE [x] WHEN ... THEN ... [ELSE ...] END CASE`: searched CASE
    /// conditions are read, a simple CASE's are not.
    fn case_statement(&mut self) -> Result<Step, String> {
        let start = self.i;
        self.i += 1;
        let searched = self.current() == "WHEN";
        self.scan_to_word("WHEN")?;
        let mut branches = Vec::new();
        let mut otherwise = Vec::new();
        while self.current() == "WHEN" {
            self.i += 1;
            let from = self.i;
            let then = self.scan_to_word("THEN")?;
            let condition = if searched {
                self.condition(from, then)
            } else {
                None
            };
            self.i = then + 1;
            let steps = self.statements(&["WHEN", "ELSE", "END"], false)?;
            branches.push((condition, steps));
        }
        if self.current() == "ELSE" {
            self.i += 1;
            otherwise = self.statements(&["END"], false)?;
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

    /// `LOOP ... END LOOP`, `WHILE c DO ... END WHILE`, `REPEAT ... UNTIL c
    /// END REPEAT`, `FOR ... DO ... END FOR`: run as often as data says,
    /// so only a loop whose body cannot change the schema is followed (as
    /// nothing).
    fn loop_statement(&mut self, start: usize) -> Result<Option<Step>, String> {
        let kind = self.current();
        let end_word = kind.clone();
        match kind.as_str() {
            "WHILE" | "FOR" => {
                let at = self.scan_to_word("DO")?;
                self.i = at + 1;
            }
            _ => self.i += 1,
        }
        let terminators: &[&str] = if kind == "REPEAT" {
            &["UNTIL"]
        } else {
            &["END"]
        };
        let body = self.statements(terminators, false)?;
        if kind == "REPEAT" {
            self.scan_to_word("END")?;
        }
        self.expect_word("END")?;
        self.expect_word(&end_word)?;
        if matches!(self.token(self.i), Some(Token::Word(_))) {
            self.i += 1;
        }
        self.expect_semicolon()?;
        Ok(may_change_schema(&body).then(|| Step {
            span: self.span(start, self.i),
            kind: StepKind::Unknown(String::from(
                "a loop in a procedure changes the schema as often as its data says",
            )),
        }))
    }

    /// A statement up to its `;`.
    fn simple_statement(&mut self) -> Result<Vec<Step>, String> {
        let start = self.i;
        let end = self.scan_to_semicolon().or_else(|e| {
            // The routine body's last statement may end without `;`.
            if self.i >= self.tokens.len() {
                Ok(self.tokens.len())
            } else {
                Err(e)
            }
        })?;
        let span = self.span(start, end);
        let step = |kind| Step {
            span: span.clone(),
            kind,
        };
        let first = self.word(start);
        match first.as_str() {
            // `LEAVE` of the body's outermost block ends the call; of an inner
            // block or a loop, something we do not follow.
            "LEAVE" => {
                let label = match self.token(start + 1) {
                    Some(Token::Word(w)) => Some(w.value.to_ascii_lowercase()),
                    _ => None,
                };
                if label.is_some() && label == self.outer_label {
                    Ok(vec![step(StepKind::Return)])
                } else {
                    Ok(vec![step(StepKind::Unknown(String::from(
                        "LEAVE of an inner block or loop of a procedure",
                    )))])
                }
            }
            // An error the procedure raises stops it (the load with it, unless
            // a handler catches it).
            "SIGNAL" | "RESIGNAL" | "RETURN" => Ok(vec![step(StepKind::Return)]),
            "ITERATE" | "OPEN" | "FETCH" | "CLOSE" | "INSERT" | "UPDATE" | "DELETE" | "REPLACE"
            | "DO" | "COMMIT" | "ROLLBACK" | "START" | "SHOW" => Ok(Vec::new()),
            // Expressions: variables, queries, calls and dynamic SQL.
            "SET" | "SELECT" | "CALL" | "EXECUTE" | "PREPARE" | "DEALLOCATE" | "WITH" => {
                let text = self.respelled(start, end);
                Ok(sql_steps(&text).into_iter().map(step).collect())
            }
            _ => {
                let text = &self.text[self.offset(start)..self.offset(end)];
                Ok(sql_steps(text).into_iter().map(step).collect())
            }
        }
    }
}

/// MariaDB's `ALTER TABLE t ADD COLUMN IF NOT EXISTS c ..., DROP INDEX IF
/// EXISTS i, ...`, which sqlparser does not take: each operation becomes its
/// own `ALTER TABLE`, and one with `IF [NOT] EXISTS` runs under the matching
/// condition on `information_schema` (COLUMNS for columns, STATISTICS for
/// keys, TABLE_CONSTRAINTS for constraints), which the catalog decides as it
/// decides a procedure's. `ORDER BY`, which sorts rows, is left out. `None`:
/// not such a statement (or one sqlparser reads as it is).
pub fn parse_guarded_alter(text: &str) -> Option<Block> {
    if !crate::parse::starts_with_word(text, "ALTER") {
        return None;
    }
    let upper = text.to_ascii_uppercase();
    if !upper.trim_start().starts_with("ALTER")
        || !(upper.contains("EXISTS") || upper.contains("ORDER"))
        || crate::parse::parse_sql(&MySqlDialect {}, text).is_ok()
    {
        return None;
    }
    let dialect = MySqlDialect {};
    let tokens = Tokenizer::new(&dialect, text)
        .tokenize_with_location()
        .ok()?;
    let offsets = Offsets::new(text);
    let tokens: Vec<BodyToken> = tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
        .map(|t| BodyToken {
            start: offsets.of(t.span.start),
            token: t.token,
        })
        .collect();
    let word = |i: usize| match tokens.get(i).map(|t| &t.token) {
        Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_ascii_uppercase(),
        _ => String::new(),
    };
    let name_at = |i: usize| match tokens.get(i).map(|t| &t.token) {
        Some(Token::Word(w)) => Some(w.value.clone()),
        _ => None,
    };
    let offset = |i: usize| tokens.get(i).map_or(text.len(), |t| t.start);
    // ALTER [ONLINE] [IGNORE] TABLE [IF EXISTS] name
    let mut i = 1;
    while matches!(word(i).as_str(), "ONLINE" | "IGNORE") {
        i += 1;
    }
    if word(i) != "TABLE" {
        return None;
    }
    i += 1;
    if word(i) == "IF" && word(i + 1) == "EXISTS" {
        i += 2;
    }
    let mut table = vec![name_at(i)?];
    i += 1;
    while matches!(tokens.get(i).map(|t| &t.token), Some(Token::Period)) {
        table.push(name_at(i + 1)?);
        i += 2;
    }
    let head = &text[..offset(i)];
    let schema_test = match table.as_slice() {
        [schema, _] => format!("TABLE_SCHEMA = {}", sql_string(schema)),
        _ => String::from("TABLE_SCHEMA = DATABASE()"),
    };
    let table_name = table.last()?.clone();
    // The operations, split at the commas between them.
    let mut operations = Vec::new();
    let mut start = i;
    let mut depth = 0usize;
    for (k, t) in tokens.iter().enumerate().skip(i) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::Comma | Token::SemiColon if depth == 0 => {
                if k > start {
                    operations.push(start..k);
                }
                start = k + 1;
            }
            _ => {}
        }
    }
    if start < tokens.len() {
        operations.push(start..tokens.len());
    }
    let exists = |view: &str, test: String| {
        format!(
            "EXISTS (SELECT 1 FROM information_schema.{view} WHERE {schema_test} AND \
             TABLE_NAME = {} AND {test})",
            sql_string(&table_name)
        )
    };
    let mut steps = Vec::new();
    let mut guarded = false;
    for range in operations {
        let at = |k: usize| word(range.start + k);
        // Where `IF [NOT] EXISTS` stands in the operation, how many words it
        // takes, and the condition under which the operation runs.
        let column = |k: usize| name_at(range.start + k);
        let (clause, condition): (Option<(usize, usize)>, Option<String>) =
            match (at(0).as_str(), at(1).as_str()) {
                ("ORDER", "BY") => {
                    guarded = true;
                    continue;
                }
                ("ADD" | "DROP" | "CHANGE" | "MODIFY", _) => {
                    let verb = at(0);
                    // Skip the object words up to IF.
                    let mut k = 1;
                    let mut object = Vec::new();
                    while k < range.len() && at(k) != "IF" && k <= 4 {
                        object.push(at(k));
                        k += 1;
                    }
                    let not = at(k + 1) == "NOT";
                    let words = if not { 3 } else { 2 };
                    if at(k) != "IF" || at(k + words - 1) != "EXISTS" || not != (verb == "ADD") {
                        (None, None)
                    } else {
                        let name = column(k + words);
                        let object: Vec<&str> = object.iter().map(String::as_str).collect();
                        let test = match (verb.as_str(), object.as_slice()) {
                            ("ADD" | "DROP" | "CHANGE" | "MODIFY", [] | ["COLUMN"]) => {
                                if matches!(
                                    tokens.get(range.start + k + words).map(|t| &t.token),
                                    Some(Token::LParen)
                                ) {
                                    return None;
                                }
                                name.map(|n| {
                                    exists("COLUMNS", format!("COLUMN_NAME = {}", sql_string(&n)))
                                })
                            }
                            ("ADD", ["CONSTRAINT"]) | ("DROP", ["CONSTRAINT"]) => name.map(|n| {
                                exists(
                                    "TABLE_CONSTRAINTS",
                                    format!("CONSTRAINT_NAME = {}", sql_string(&n)),
                                )
                            }),
                            ("DROP", ["FOREIGN", "KEY"]) => name.map(|n| {
                                exists(
                                    "TABLE_CONSTRAINTS",
                                    format!(
                                        "CONSTRAINT_TYPE = 'FOREIGN KEY' AND CONSTRAINT_NAME = {}",
                                        sql_string(&n)
                                    ),
                                )
                            }),
                            // `[CONSTRAINT [name]] FOREIGN KEY IF NOT EXISTS [index] (...)`.
                            ("ADD", [.., "FOREIGN", "KEY"]) => {
                                let symbol = match object.as_slice() {
                                    ["CONSTRAINT", _, "FOREIGN", "KEY"] => column(2),
                                    _ => None,
                                };
                                let index = name.filter(|_| {
                                    !matches!(
                                        tokens.get(range.start + k + words).map(|t| &t.token),
                                        Some(Token::LParen)
                                    )
                                });
                                match symbol.or(index) {
                                    Some(n) => Some(exists(
                                        "TABLE_CONSTRAINTS",
                                        format!(
                                        "CONSTRAINT_TYPE = 'FOREIGN KEY' AND CONSTRAINT_NAME = {}",
                                        sql_string(&n)
                                    ),
                                    )),
                                    // Nothing to test: the key is added.
                                    None => Some(String::from("1")),
                                }
                            }
                            (
                                "ADD",
                                ["INDEX" | "KEY"]
                                | ["UNIQUE" | "FULLTEXT" | "SPATIAL"]
                                | ["UNIQUE" | "FULLTEXT" | "SPATIAL", "INDEX" | "KEY"],
                            )
                            | ("DROP", ["INDEX" | "KEY"]) => name.map(|n| {
                                exists("STATISTICS", format!("INDEX_NAME = {}", sql_string(&n)))
                            }),
                            _ => None,
                        };
                        match test {
                            // An unnamed foreign key: nothing to test, it is added.
                            Some(test) if test == "1" => (Some((k, words)), None),
                            Some(test) => (Some((k, words)), Some(test)),
                            None => return None,
                        }
                    }
                }
                _ => (None, None),
            };
        // The operation's text without its `IF [NOT] EXISTS`.
        let op_text = match clause {
            Some((k, words)) => format!(
                "{}{}",
                &text[offset(range.start)..offset(range.start + k)],
                &text[offset(range.start + k + words)..offset(range.end)]
            ),
            None => text[offset(range.start)..offset(range.end)].to_string(),
        };
        let statement = format!("{head}{}", op_text.trim_end());
        let span = offset(range.start)..offset(range.end).max(offset(range.start) + 1);
        let sql: Vec<Step> = sql_steps(&statement)
            .into_iter()
            .map(|kind| Step {
                span: span.clone(),
                kind,
            })
            .collect();
        match condition {
            Some(condition) => {
                guarded = true;
                let expr = {
                    let test = if clause.is_some_and(|_| at(0) == "ADD") {
                        format!("NOT {condition}")
                    } else {
                        condition
                    };
                    let mut parser = crate::parse::sql_parser(&dialect)
                        .try_with_sql(&test)
                        .ok()?;
                    parser.parse_expr().ok()?
                };
                steps.push(Step {
                    span,
                    kind: StepKind::If {
                        branches: vec![(Some(expr), sql)],
                        otherwise: Vec::new(),
                    },
                });
            }
            None => steps.extend(sql),
        }
    }
    guarded.then_some(Block {
        steps,
        handlers: Vec::new(),
    })
}

/// A string literal of `value`.
fn sql_string(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "''"))
}

/// The statements of an SQL text, as the top level reads them (with the same
/// recovery for statements sqlparser does not take).
fn sql_steps(text: &str) -> Vec<StepKind> {
    super::plpgsql::sql_steps_in(&MySqlDialect {}, text, "the procedure")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn procedure(text: &str) -> Procedure {
        parse_create_procedure(text)
            .expect("readable")
            .expect("a procedure")
    }

    #[test]
    fn guarded_ddl_with_parameters_and_locals() {
        let p = procedure(
            "CREATE DEFINER=`root`@`%` PROCEDURE `db`.`add_col`(IN tbl VARCHAR(64), col TEXT)\n\
             COMMENT 'x' MODIFIES SQL DATA\n\
             BEGIN\n  DECLARE n INT DEFAULT 0;\n\
             SELECT COUNT(*) INTO n FROM information_schema.COLUMNS WHERE TABLE_NAME = tbl AND COLUMN_NAME = col;\n\
             IF n = 0 THEN\n    ALTER TABLE t ADD COLUMN c INT;\n  ELSEIF n > 1 THEN SET @x = 1;\n  END IF;\nEND",
        );
        assert_eq!(p.name, "add_col");
        assert_eq!(
            p.params,
            [
                (String::from("tbl"), ParamMode::In),
                (String::from("col"), ParamMode::In)
            ]
        );
        let body = p.body.expect("a body");
        let StepKind::Block(block) = &body.steps[0].kind else {
            panic!("a block");
        };
        let texts: Vec<String> = block
            .steps
            .iter()
            .filter_map(|s| match &s.kind {
                StepKind::Sql { ast, .. } => Some(ast.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(texts[0], "SET @__ddlcodegen_local_n = 0");
        assert!(
            texts[1].contains("INTO @__ddlcodegen_local_n"),
            "{}",
            texts[1]
        );
        assert!(
            texts[1].contains("TABLE_NAME = @__ddlcodegen_local_tbl"),
            "{}",
            texts[1]
        );
        let StepKind::If { branches, .. } = &block.steps[2].kind else {
            panic!("an IF");
        };
        assert_eq!(
            branches[0].0.as_ref().map(ToString::to_string).as_deref(),
            Some("@__ddlcodegen_local_n = 0")
        );
        assert!(matches!(branches[0].1[0].kind, StepKind::Sql { .. }));
    }

    #[test]
    fn handlers_loops_and_leave() {
        let p = procedure(
            "CREATE PROCEDURE p() main: BEGIN DECLARE CONTINUE HANDLER FOR 1060, SQLSTATE '42S21' BEGIN END; \
             DECLARE done INT; WHILE done IS NULL DO SET done = 1; END WHILE; \
             LOOP ALTER TABLE t ADD x INT; END LOOP; IF 1 THEN LEAVE main; END IF; END main",
        );
        let body = p.body.expect("a body");
        let StepKind::Block(block) = &body.steps[0].kind else {
            panic!("a block");
        };
        assert_eq!(block.handlers[0].conditions, ["1060", "sqlstate 42S21"]);
        assert!(matches!(block.handlers[0].kind, HandlerKind::Continue));
        // The declaration, the data loop (nothing), the DDL loop, the IF.
        assert_eq!(block.steps.len(), 3);
        assert!(matches!(block.steps[1].kind, StepKind::Unknown(_)));
        let StepKind::If { branches, .. } = &block.steps[2].kind else {
            panic!("an IF");
        };
        assert!(matches!(branches[0].1[0].kind, StepKind::Return));
    }

    #[test]
    fn guarded_alter_table_operations() {
        let block = parse_guarded_alter(
            "ALTER TABLE `db`.t ADD COLUMN IF NOT EXISTS c INT, DROP INDEX IF EXISTS i, \
             ADD CONSTRAINT f FOREIGN KEY IF NOT EXISTS (c) REFERENCES u (id), \
             MODIFY x INT, ORDER BY c",
        )
        .expect("guarded");
        assert_eq!(block.steps.len(), 4);
        let StepKind::If { branches, .. } = &block.steps[0].kind else {
            panic!("an IF");
        };
        let condition = branches[0].0.as_ref().expect("a condition").to_string();
        assert!(condition.starts_with("NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'db' AND TABLE_NAME = 't' AND COLUMN_NAME = 'c'"), "{condition}");
        let StepKind::Sql { ast, .. } = &branches[0].1[0].kind else {
            panic!("a statement");
        };
        assert_eq!(ast.to_string(), "ALTER TABLE `db`.t ADD COLUMN c INT");
        assert!(matches!(block.steps[3].kind, StepKind::Sql { .. }));
        assert!(parse_guarded_alter("ALTER TABLE t ADD COLUMN c INT").is_none());
    }

    #[test]
    fn other_statements_are_not_procedures() {
        assert!(parse_create_procedure("CREATE TABLE t (a INT)")
            .unwrap()
            .is_none());
        assert!(
            parse_create_procedure("CREATE FUNCTION f() RETURNS INT RETURN 1")
                .unwrap()
                .is_none()
        );
        let p = procedure("CREATE PROCEDURE p() ALTER TABLE t ADD x INT");
        assert_eq!(p.body.expect("a body").steps.len(), 1);
        assert!(procedure("CREATE PROCEDURE p() BEGIN IF x THEN")
            .body
            .is_err());
    }
}
