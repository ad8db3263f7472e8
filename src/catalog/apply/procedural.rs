//! Running procedural code against the catalog the way the server runs it: a
//! PostgreSQL `DO` block ([`crate::parse::plpgsql`]) where it stands, a MySQL
//! stored procedure ([`crate::parse::mysql_routine`]) at each `CALL`.
//! Statements run in order, `IF` branches are chosen by conditions on the
//! server's catalogs (which the dialect's rules decide), `RETURN` (MySQL:
//! `LEAVE` of the outermost block) ends the run. A PL/pgSQL block with
//! `EXCEPTION` handlers undoes its own changes when a statement fails and runs
//! the handler that catches the error instead; a MySQL `CONTINUE` handler runs
//! and the statement after the failing one follows, an `EXIT` handler runs and
//! ends its block.
//!
//! What cannot be decided offline (a condition on table data or on something
//! the catalog does not keep, in front of DDL) is reported with a warning at
//! the part of the code it concerns, and that part is skipped.

use std::collections::HashMap;
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use sqlparser::ast::{
    Expr, Function, FunctionArg, FunctionArgExpr, FunctionArgOperator, FunctionArguments,
    ObjectName, Query, SelectItem, SetExpr, Statement, TableFactor, UnaryOperator,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

use super::{apply_whole, CatalogBuilder, Outcome};
use crate::catalog::rules::ApplyError;
use crate::catalog::{FunctionCode, StoredProcedure};
use crate::parse::mysql_routine::{is_local_variable, local_variable, ParamMode, Procedure};
use crate::parse::plpgsql::{
    may_change_schema, Block, DoBlock, Handler, HandlerKind, Step, StepKind,
};
use crate::parse::{statement_head, ParsedStatement};

/// How deep procedures may call procedures (MariaDB refuses recursion by
/// default; this bounds chains of distinct procedures).
const MAX_CALL_DEPTH: usize = 32;

/// How a run of steps ended.
enum Flow {
    Next,
    /// `RETURN`: nothing more of the code runs.
    Return,
    /// A statement failed inside a block that has handlers: the error's message.
    Raised(String),
}

impl CatalogBuilder {
    /// Run a `DO` block whose statement is `statement`.
    pub(super) fn apply_do_block(&mut self, statement: &ParsedStatement, block: &DoBlock) {
        let mut run = Run {
            builder: self,
            file: statement.file,
            base: statement.span.start,
            text: &statement.text,
            code: "DO block",
            call_site: None,
            calls: Vec::new(),
            variables: HashMap::new(),
        };
        if let Flow::Raised(message) = run.block(&block.block, false) {
            run.warn(message, &(0..statement.text.len()));
        }
    }

    /// A statement cut into parts that run under conditions (MariaDB's
    /// `ALTER TABLE ... IF [NOT] EXISTS`).
    pub(super) fn apply_guarded(&mut self, statement: &ParsedStatement, block: &Block) {
        let mut run = Run {
            builder: self,
            file: statement.file,
            base: statement.span.start,
            text: &statement.text,
            code: "statement",
            call_site: None,
            calls: Vec::new(),
            variables: HashMap::new(),
        };
        if let Flow::Raised(message) = run.block(block, false) {
            run.warn(message, &(0..statement.text.len()));
        }
    }

    /// `CREATE PROCEDURE`: kept until dropped, run by `CALL`.
    pub(super) fn define_procedure(&mut self, statement: &ParsedStatement, procedure: &Procedure) {
        let key = procedure.name.to_ascii_lowercase();
        if self.catalog.procedures.contains_key(&key) && !replaces(&statement.text) {
            let head = statement_head(&statement.text, &(0..statement.text.len()));
            self.warn_at(
                statement.file,
                statement.span.start + head.start..statement.span.start + head.end,
                "this statement was not applied",
                format!("PROCEDURE {} already exists", procedure.name),
                None,
            );
            return;
        }
        self.catalog.procedures.insert(
            key,
            StoredProcedure {
                definition: std::sync::Arc::new(procedure.clone()),
                file: statement.file,
                span: statement.span.clone(),
                text: statement.text.as_str().into(),
            },
        );
    }

    /// `CALL p(args)`: the procedure's body, its parameters bound to the
    /// arguments' values.
    pub(super) fn call_procedure(&mut self, statement: &ParsedStatement, call: &Function) {
        let mut run = Run {
            builder: self,
            file: statement.file,
            base: statement.span.start,
            text: &statement.text,
            code: "CALL",
            call_site: None,
            calls: Vec::new(),
            variables: HashMap::new(),
        };
        let whole = 0..statement.text.len();
        if let Err(message) = run.call(call, &whole) {
            run.warn(message, &whole);
        }
    }

    /// A query's calls of functions the script created (`SELECT f(1)`):
    /// their bodies run where the query stands.
    pub(super) fn query_calls(&mut self, statement: &ParsedStatement, query: &Query) {
        if !self.catalog.functions.iter().any(|f| f.code.is_some()) {
            return;
        }
        let mut run = Run {
            builder: self,
            file: statement.file,
            base: statement.span.start,
            text: &statement.text,
            code: "query",
            call_site: None,
            calls: Vec::new(),
            variables: HashMap::new(),
        };
        let whole = 0..statement.text.len();
        if let Err(message) = run.query_calls(query, &whole) {
            run.warn(message, &whole);
        }
    }

    /// A "statement skipped" warning at `range` of `file`, which `label` says
    /// was not applied.
    fn warn_at(
        &mut self,
        file: usize,
        range: Range<usize>,
        label: &str,
        message: String,
        call_site: Option<(usize, Range<usize>)>,
    ) {
        let mut labels = vec![Label::primary(file, range).with_message(label.to_string())];
        if let Some((file, range)) = call_site {
            labels.push(Label::secondary(file, range).with_message("called here"));
        }
        self.diagnostics.push(
            Diagnostic::warning()
                .with_message(format!("statement skipped: {message}"))
                .with_labels(labels)
                .with_notes(vec![String::from(
                    "anything it defines is missing from the output; \
                     pass --strict to make this an error",
                )]),
        );
    }
}

/// Whether running `steps` may end the code (`RETURN`).
fn returns(steps: &[Step]) -> bool {
    steps.iter().any(|step| match &step.kind {
        StepKind::Return => true,
        StepKind::If {
            branches,
            otherwise,
        } => branches.iter().any(|(_, s)| returns(s)) || returns(otherwise),
        StepKind::Block(block) => {
            returns(&block.steps) || block.handlers.iter().any(|h| returns(&h.steps))
        }
        _ => false,
    })
}

/// Whether an expression is a constant (`'x'`, `-1`, `'x'::text`).
fn constant(expr: &Expr) -> bool {
    match expr {
        Expr::Value(_) => true,
        Expr::Nested(inner) => constant(inner),
        Expr::Cast { expr, .. } => constant(expr),
        Expr::UnaryOp {
            op: UnaryOperator::Minus | UnaryOperator::Plus,
            expr,
        } => constant(expr),
        _ => false,
    }
}

/// `CREATE OR REPLACE PROCEDURE`.
fn replaces(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .take(3)
        .map(str::to_ascii_uppercase)
        .collect();
    words.len() == 3 && words[1] == "OR" && words[2] == "REPLACE"
}

struct Run<'a> {
    builder: &'a mut CatalogBuilder,
    /// Where the code stands: its file, the byte offset of its statement there,
    /// and that statement's text (step spans are relative to it).
    file: usize,
    base: usize,
    text: &'a str,
    /// What the code is, for messages ("DO block", "procedure p").
    code: &'a str,
    /// The `CALL` that runs the code, for warnings about its body.
    call_site: Option<(usize, Range<usize>)>,
    /// The procedures being called (lower-case names), outermost first.
    calls: Vec<String>,
    /// PL/pgSQL variables and parameters (`$1` too) by name: their values as
    /// SQL constants, `None` when not known offline. (MySQL's are session
    /// variables.)
    variables: HashMap<String, Option<String>>,
}

/// Whether a handler's conditions catch an error. PL/pgSQL's by the error's
/// message (what exists already is a `duplicate_*` error, what is missing
/// `undefined_*`); MySQL's any error (the input loads on the server, so an
/// error its procedure raises there is one a handler catches) unless they
/// only name warnings or NOT FOUND.
fn catches(handler: &Handler, message: &str) -> bool {
    if handler.kind != HandlerKind::Undo {
        return handler.conditions.iter().any(|condition| {
            !matches!(condition.as_str(), "not found" | "sqlwarning")
                && !condition.starts_with("sqlstate 01")
                && !condition.starts_with("sqlstate 02")
        });
    }
    handler.conditions.iter().any(|condition| {
        condition == "others"
            || (message.contains("already exists") && condition.starts_with("duplicate_"))
            || (message.contains("does not exist") && condition.starts_with("undefined_"))
    })
}

impl Run<'_> {
    /// A warning on the first line of a step (`span`: in the statement's text).
    fn warn(&mut self, message: String, span: &Range<usize>) {
        let span = span.start.min(self.text.len())..span.end.min(self.text.len());
        let head = statement_head(self.text, &span);
        let range = self.base + head.start..self.base + head.end;
        let (message, label) = match self.code {
            "CALL" | "query" => (message, String::from("this statement was not applied")),
            code if self.call_site.is_some() => (
                format!("{message} (in {code})"),
                format!(
                    "this part of the {} was not applied",
                    if code.starts_with("function") {
                        "function"
                    } else {
                        "procedure"
                    }
                ),
            ),
            code => (message, format!("this part of the {code} was not applied")),
        };
        let call_site = self.call_site.clone();
        self.builder
            .warn_at(self.file, range, &label, message, call_site);
    }

    /// `expr` with the variables it names put as their values: `None` when
    /// one of them is not known.
    fn bound(&self, expr: &Expr) -> Option<Expr> {
        if self.variables.is_empty() {
            return Some(expr.clone());
        }
        let text = expr.to_string();
        let dialect = PostgreSqlDialect {};
        let tokens = Tokenizer::new(&dialect, &text).tokenize().ok()?;
        let significant = |i: usize, step: isize| {
            let mut j = i as isize + step;
            while j >= 0 && (j as usize) < tokens.len() {
                if !matches!(tokens[j as usize], Token::Whitespace(_)) {
                    return Some(&tokens[j as usize]);
                }
                j += step;
            }
            None
        };
        let mut out = String::new();
        let mut replaced = false;
        for (i, token) in tokens.iter().enumerate() {
            let name = match token {
                Token::Word(word) => Some(crate::parse::plpgsql::variable_name(word)),
                Token::Placeholder(p) => Some(p.clone()),
                _ => None,
            };
            let standalone = !matches!(significant(i, -1), Some(Token::Period))
                && !matches!(significant(i, 1), Some(Token::Period | Token::LParen));
            match name
                .and_then(|n| self.variables.get(&n))
                .filter(|_| standalone)
            {
                Some(Some(value)) => {
                    out.push_str(value);
                    replaced = true;
                }
                Some(None) => return None,
                None => out.push_str(&token.to_string()),
            }
        }
        if !replaced {
            return Some(expr.clone());
        }
        let mut parser = crate::parse::sql_parser(&dialect).try_with_sql(&out).ok()?;
        let bound = parser.parse_expr().ok()?;
        (parser.peek_token().token == Token::EOF).then_some(bound)
    }

    /// `variable := value`: the calls in it run, then it is worked out on
    /// the catalog as it is now.
    fn assign(
        &mut self,
        variable: &str,
        value: Option<&Expr>,
        span: &Range<usize>,
        handled: bool,
    ) -> Flow {
        let bound = value.and_then(|v| self.bound(v));
        if let Some(expr) = &bound {
            let calls = match expr {
                Expr::Subquery(query) => self.query_calls(query, span),
                Expr::Function(function) => match &function.args {
                    FunctionArguments::List(list) => {
                        self.call_function(&function.name, &list.args, span)
                    }
                    _ => Ok(()),
                },
                _ => Ok(()),
            };
            if let Err(message) = calls {
                if handled {
                    return Flow::Raised(message);
                }
                self.warn(message, span);
            }
        }
        let known =
            bound.and_then(|v| self.builder.rules.evaluate_value(&self.builder.catalog, &v));
        self.variables.insert(variable.to_string(), known);
        Flow::Next
    }

    /// The functions with code a query names (by name, resolved by the
    /// number of arguments later).
    fn named_functions(&self, query: &Query) -> Vec<FunctionCode> {
        let text = query.to_string();
        let dialect = PostgreSqlDialect {};
        let Ok(tokens) = Tokenizer::new(&dialect, &text).tokenize() else {
            return Vec::new();
        };
        let tokens: Vec<&Token> = tokens
            .iter()
            .filter(|t| !matches!(t, Token::Whitespace(_)))
            .collect();
        let mut found = Vec::new();
        for pair in tokens.windows(2) {
            let (Token::Word(word), Token::LParen) = (pair[0], pair[1]) else {
                continue;
            };
            let name = crate::parse::plpgsql::variable_name(word);
            for function in &self.builder.catalog.functions {
                if let Some(code) = &function.code {
                    if function.name.name == name && !found.contains(code) {
                        found.push(code.clone());
                    }
                }
            }
        }
        found
    }

    /// A query run for what the functions it calls do (`SELECT f(1)`,
    /// `SELECT * FROM f()`, `PERFORM f()`): a query that is only calls with
    /// constant arguments runs them in order; in any other query a function
    /// that may change the schema runs as often as the data says, which is
    /// an error of the query.
    fn query_calls(&mut self, query: &Query, span: &Range<usize>) -> Result<(), String> {
        let named = self.named_functions(query);
        if named.is_empty() {
            return Ok(());
        }
        let mut calls: Vec<(&ObjectName, &[FunctionArg])> = Vec::new();
        let simple = match &*query.body {
            SetExpr::Select(select)
                if query.with.is_none()
                    && select.selection.is_none()
                    && select.having.is_none()
                    && select.into.is_none()
                    && select.from.len() <= 1 =>
            {
                let mut simple = true;
                for item in &select.projection {
                    match item {
                        SelectItem::UnnamedExpr(Expr::Function(f))
                        | SelectItem::ExprWithAlias {
                            expr: Expr::Function(f),
                            ..
                        } => match &f.args {
                            FunctionArguments::List(list) if list.clauses.is_empty() => {
                                calls.push((&f.name, &list.args))
                            }
                            FunctionArguments::None => calls.push((&f.name, &[])),
                            _ => simple = false,
                        },
                        SelectItem::Wildcard(_) => {}
                        SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. }
                            if constant(e) => {}
                        _ => simple = false,
                    }
                }
                if let Some(from) = select.from.first() {
                    match &from.relation {
                        TableFactor::Table {
                            name,
                            args: Some(args),
                            ..
                        } if from.joins.is_empty() => calls.insert(0, (name, &args.args)),
                        _ => simple = false,
                    }
                }
                simple
            }
            _ => false,
        };
        if !simple {
            let changes = named.iter().any(|code| match &code.0.body {
                Ok(body) => may_change_schema(&body.steps),
                Err(_) => true,
            });
            if changes {
                return Err(String::from(
                    "a function that may change the schema is called in a query whose \
                     rows decide how often it runs",
                ));
            }
            return Ok(());
        }
        for (name, args) in calls {
            self.call_function(name, args, span)?;
        }
        Ok(())
    }

    /// A call of a function the script created: its body runs with its
    /// parameters bound to the arguments' values. A function without code
    /// (built in, or one whose calls change nothing) does nothing.
    fn call_function(
        &mut self,
        name: &ObjectName,
        args: &[FunctionArg],
        span: &Range<usize>,
    ) -> Result<(), String> {
        let qualified = self.builder.rules.qualified_name(name);
        let found = self
            .builder
            .catalog
            .functions
            .iter()
            .filter(|f| {
                f.name == qualified
                    && args.len() <= f.args.len()
                    && args.len() + f.defaults >= f.args.len()
            })
            .find_map(|f| f.code.clone());
        let Some(code) = found else {
            return Ok(());
        };
        let code = code.0;
        let display = name.to_string();
        let key = qualified.name.clone();
        if self.calls.contains(&key) {
            return Err(format!(
                "function {display} calls itself: how often depends on its data"
            ));
        }
        if self.calls.len() >= MAX_CALL_DEPTH {
            return Err(String::from("functions call each other too deeply"));
        }
        let body = match &code.body {
            Ok(body) => body,
            Err(why) => return Err(format!("function {display}: {why}")),
        };
        let mut variables = HashMap::new();
        let mut positional = args.iter().filter_map(|a| match a {
            FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
            _ => None,
        });
        for (i, (param, default)) in code.params.iter().enumerate() {
            let named = args.iter().find_map(|a| {
                let (name, e) = match a {
                    FunctionArg::Named {
                        name,
                        arg: FunctionArgExpr::Expr(e),
                        operator: FunctionArgOperator::RightArrow | FunctionArgOperator::Assignment,
                    } => (name, e),
                    FunctionArg::ExprNamed {
                        name: Expr::Identifier(name),
                        arg: FunctionArgExpr::Expr(e),
                        operator: FunctionArgOperator::RightArrow | FunctionArgOperator::Assignment,
                    } => (name, e),
                    _ => return None,
                };
                let spelled = match name.quote_style {
                    Some(_) => name.value.clone(),
                    None => name.value.to_ascii_lowercase(),
                };
                (spelled == *param).then_some(e)
            });
            let arg = named.or_else(|| positional.next()).or(default.as_ref());
            let value = arg.and_then(|e| self.constant_value(e));
            if !param.is_empty() {
                variables.insert(param.clone(), value.clone());
            }
            variables.insert(format!("${}", i + 1), value);
        }
        let code_name = format!("function {display}");
        let stored = (code.file, code.span.start, &*code.text);
        let mut inner = self.callee(span, key, stored, &code_name, variables);
        match inner.block(body, false) {
            Flow::Raised(message) => Err(message),
            Flow::Next | Flow::Return => Ok(()),
        }
    }

    /// The run of stored code (`stored`: its file, offset and statement text)
    /// that this run calls at `span`: its warnings point at the outermost
    /// call, and `key` joins the calls in progress.
    fn callee<'b>(
        &'b mut self,
        span: &Range<usize>,
        key: String,
        stored: (usize, usize, &'b str),
        code: &'b str,
        variables: HashMap<String, Option<String>>,
    ) -> Run<'b> {
        let head = statement_head(self.text, span);
        let call_site = self
            .call_site
            .clone()
            .unwrap_or((self.file, self.base + head.start..self.base + head.end));
        let mut calls = self.calls.clone();
        calls.push(key);
        let (file, base, text) = stored;
        Run {
            builder: &mut *self.builder,
            file,
            base,
            text,
            code,
            call_site: Some(call_site),
            calls,
            variables,
        }
    }

    /// An argument's value as SQL text of a constant (a variable of the
    /// caller's put as its value).
    fn constant_value(&self, expr: &Expr) -> Option<String> {
        let bound = self.bound(expr)?;
        constant(&bound).then(|| bound.to_string())
    }

    /// `handled`: an enclosing block has handlers, so a failing statement
    /// raises instead of being skipped with a warning.
    fn block(&mut self, block: &Block, handled: bool) -> Flow {
        if let Some(handler) = block
            .handlers
            .iter()
            .find(|h| h.kind != HandlerKind::Undo && catches(h, ""))
        {
            for step in &block.steps {
                match self.steps(std::slice::from_ref(step), true) {
                    Flow::Next => {}
                    Flow::Raised(_) => {
                        let flow = self.steps(&handler.steps, handled);
                        if !matches!(flow, Flow::Next) || handler.kind == HandlerKind::Exit {
                            return flow;
                        }
                    }
                    Flow::Return => return Flow::Return,
                }
            }
            return Flow::Next;
        }
        if !block.handlers.iter().any(|h| h.kind == HandlerKind::Undo) {
            return self.steps(&block.steps, handled);
        }
        let saved = self.builder.catalog.clone();
        let warnings = self.builder.diagnostics.len();
        match self.steps(&block.steps, true) {
            Flow::Raised(message) => match block.handlers.iter().find(|h| catches(h, &message)) {
                Some(handler) => {
                    self.builder.catalog = saved;
                    self.builder.diagnostics.truncate(warnings);
                    self.steps(&handler.steps, handled)
                }
                None => Flow::Raised(message),
            },
            other => other,
        }
    }

    fn steps(&mut self, steps: &[Step], handled: bool) -> Flow {
        for (k, step) in steps.iter().enumerate() {
            let flow = match &step.kind {
                StepKind::Sql { ast, text } => self.statement(step, ast, text, handled),
                StepKind::If {
                    branches,
                    otherwise,
                } => {
                    let tail = may_change_schema(&steps[k + 1..]);
                    let chosen = self.choose(step, branches, otherwise, tail);
                    self.steps(chosen, handled)
                }
                StepKind::Block(block) => self.block(block, handled),
                StepKind::Return => Flow::Return,
                StepKind::Perform(query) => match self.query_calls(query, &step.span) {
                    Ok(()) => Flow::Next,
                    Err(message) if handled => Flow::Raised(message),
                    Err(message) => {
                        self.warn(message, &step.span);
                        Flow::Next
                    }
                },
                StepKind::Assign { variable, value } => {
                    self.assign(variable, value.as_deref(), &step.span, handled)
                }
                StepKind::Unknown(why) => {
                    self.warn(why.clone(), &step.span);
                    Flow::Next
                }
            };
            if !matches!(flow, Flow::Next) {
                return flow;
            }
        }
        Flow::Next
    }

    fn statement(&mut self, step: &Step, ast: &Statement, text: &str, handled: bool) -> Flow {
        let result = match ast {
            Statement::Call(call) => self.call(call, &step.span),
            _ => {
                let parsed = ParsedStatement {
                    file: self.file,
                    span: self.base + step.span.start..self.base + step.span.end,
                    text: text.to_string(),
                    ast: Box::new(ast.clone()),
                    procedural: None,
                };
                let builder = &mut *self.builder;
                let result = apply_whole(&*builder.rules, &mut builder.catalog, &parsed);
                let applied = !matches!(result, Ok(Outcome::Unsupported(_)) | Err(_));
                builder.take_notices(parsed.file, parsed.span.start, text, applied);
                match result {
                    Ok(Outcome::Applied | Outcome::Ignored) => Ok(()),
                    Ok(Outcome::Unsupported(message)) => {
                        self.warn(message, &step.span);
                        Ok(())
                    }
                    Err(ApplyError(message)) => Err(message),
                }
            }
        };
        match result {
            Ok(()) => Flow::Next,
            Err(message) if handled => Flow::Raised(message),
            Err(message) => {
                self.warn(message, &step.span);
                Flow::Next
            }
        }
    }

    /// `CALL p(args)` (`span`: of the CALL, in this code's text): bind the
    /// parameters, run the body, hand OUT parameters back to the user
    /// variables given for them. The caller's own local variables are kept
    /// aside meanwhile. An error is the CALL's.
    fn call(&mut self, call: &Function, span: &Range<usize>) -> Result<(), String> {
        let name = call
            .name
            .0
            .last()
            .and_then(|p| p.as_ident())
            .map(|i| i.value.clone())
            .unwrap_or_default();
        let key = name.to_ascii_lowercase();
        let Some(stored) = self.builder.catalog.procedures.get(&key).cloned() else {
            return Err(format!("PROCEDURE {name} does not exist"));
        };
        if self.calls.contains(&key) {
            return Err(format!(
                "Recursive limit 0 (as set by the max_sp_recursion_depth variable) was \
                 exceeded for routine {name}"
            ));
        }
        if self.calls.len() >= MAX_CALL_DEPTH {
            return Err(String::from("procedures call each other too deeply"));
        }
        let procedure = &stored.definition;
        let args: Vec<String> = match &call.args {
            FunctionArguments::None => Vec::new(),
            FunctionArguments::List(list) => list
                .args
                .iter()
                .map(|a| match a {
                    FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Ok(e.to_string()),
                    other => Err(format!("an argument we do not read: {other}")),
                })
                .collect::<Result<_, _>>()?,
            FunctionArguments::Subquery(_) => {
                return Err(String::from("a subquery as a procedure's argument"))
            }
        };
        if args.len() != procedure.params.len() {
            return Err(format!(
                "Incorrect number of arguments for PROCEDURE {name}; expected {}, got {}",
                procedure.params.len(),
                args.len()
            ));
        }
        let body = match &procedure.body {
            Ok(body) => body,
            Err(why) => return Err(format!("procedure {name}: {why}")),
        };
        // The caller's locals, kept aside while the callee has its own.
        let session = &mut self.builder.catalog.session;
        let saved: Vec<(String, Result<crate::catalog::SessionValue, String>)> = session
            .variables
            .iter()
            .filter(|(k, _)| is_local_variable(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut bindings = Vec::new();
        for ((param, mode), arg) in procedure.params.iter().zip(&args) {
            let value = match mode {
                ParamMode::Out => "NULL",
                ParamMode::In | ParamMode::InOut => arg.as_str(),
            };
            bindings.push(format!("{} = {value}", local_variable(param)));
        }
        let bind = |run: &mut Self, assignments: &[String]| -> Result<(), String> {
            if assignments.is_empty() {
                return Ok(());
            }
            let text = format!("SET {}", assignments.join(", "));
            let statements =
                crate::parse::parse_statement_text(&text, run.builder.catalog.dialect)?;
            for ast in statements {
                let parsed = ParsedStatement {
                    file: run.file,
                    span: run.base + span.start..run.base + span.end,
                    text: text.clone(),
                    ast: Box::new(ast),
                    procedural: None,
                };
                let builder = &mut *run.builder;
                apply_whole(&*builder.rules, &mut builder.catalog, &parsed)
                    .map_err(|ApplyError(m)| m)?;
            }
            Ok(())
        };
        bind(self, &bindings)?;
        let code = format!("procedure {name}");
        let place = (stored.file, stored.span.start, &*stored.text);
        let mut inner = self.callee(span, key, place, &code, HashMap::new());
        let flow = inner.block(body, false);
        // OUT parameters back to the user variables given for them.
        let copies: Vec<String> = procedure
            .params
            .iter()
            .zip(&args)
            .filter(|((_, mode), arg)| *mode != ParamMode::In && arg.starts_with('@'))
            .map(|((param, _), arg)| format!("{arg} = {}", local_variable(param)))
            .collect();
        let copied = bind(self, &copies);
        let session = &mut self.builder.catalog.session;
        session.variables.retain(|k, _| !is_local_variable(k));
        session.variables.extend(saved);
        copied?;
        match flow {
            Flow::Raised(message) => Err(message),
            Flow::Next | Flow::Return => Ok(()),
        }
    }

    /// The branch of an IF that runs. A condition that cannot be decided
    /// offline runs nothing, with a warning when a branch from there on would
    /// change the schema.
    fn choose<'s>(
        &mut self,
        step: &Step,
        branches: &'s [(Option<sqlparser::ast::Expr>, Vec<Step>)],
        otherwise: &'s [Step],
        tail_changes: bool,
    ) -> &'s [Step] {
        for (i, (condition, steps)) in branches.iter().enumerate() {
            let value = condition
                .as_ref()
                .and_then(|c| self.bound(c))
                .and_then(|c| {
                    self.builder
                        .rules
                        .evaluate_condition(&self.builder.catalog, &c)
                });
            match value {
                Some(true) => return steps,
                Some(false) => {}
                None => {
                    // A branch that returns decides whether what follows runs.
                    let ends = tail_changes
                        && (branches[i..].iter().any(|(_, s)| returns(s)) || returns(otherwise));
                    let changes = ends
                        || branches[i..].iter().any(|(_, s)| may_change_schema(s))
                        || may_change_schema(otherwise);
                    if changes {
                        let whose = if self.call_site.is_some() {
                            String::new()
                        } else {
                            format!("{}'s ", self.code)
                        };
                        self.warn(
                            format!(
                                "the {whose}condition cannot be decided without the \
                                 database (it reads table data or something the models \
                                 do not keep)"
                            ),
                            &step.span,
                        );
                    }
                    return &[];
                }
            }
        }
        otherwise
    }
}
