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

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use sqlparser::ast::{Function, FunctionArg, FunctionArgExpr, FunctionArguments, Statement};

use super::{apply_statement, CatalogBuilder, Outcome};
use crate::catalog::rules::ApplyError;
use crate::catalog::StoredProcedure;
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
        };
        let whole = 0..statement.text.len();
        if let Err(message) = run.call(call, &whole) {
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
            "CALL" => (message, String::from("this statement was not applied")),
            code if self.call_site.is_some() => (
                format!("{message} (in {code})"),
                String::from("this part of the procedure was not applied"),
            ),
            code => (message, format!("this part of the {code} was not applied")),
        };
        let call_site = self.call_site.clone();
        self.builder
            .warn_at(self.file, range, &label, message, call_site);
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
        for step in steps {
            let flow = match &step.kind {
                StepKind::Sql { ast, text } => self.statement(step, ast, text, handled),
                StepKind::If {
                    branches,
                    otherwise,
                } => {
                    let chosen = self.choose(step, branches, otherwise);
                    self.steps(chosen, handled)
                }
                StepKind::Block(block) => self.block(block, handled),
                StepKind::Return => Flow::Return,
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
                    ast: ast.clone(),
                    procedural: None,
                };
                let builder = &mut *self.builder;
                let result = apply_statement(&*builder.rules, &mut builder.catalog, &parsed);
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
                    ast,
                    procedural: None,
                };
                let builder = &mut *run.builder;
                apply_statement(&*builder.rules, &mut builder.catalog, &parsed)
                    .map_err(|ApplyError(m)| m)?;
            }
            Ok(())
        };
        bind(self, &bindings)?;
        let code = format!("procedure {name}");
        let head = statement_head(self.text, span);
        let call_site = self
            .call_site
            .clone()
            .unwrap_or((self.file, self.base + head.start..self.base + head.end));
        let mut calls = self.calls.clone();
        calls.push(key);
        let mut inner = Run {
            builder: &mut *self.builder,
            file: stored.file,
            base: stored.span.start,
            text: &stored.text,
            code: &code,
            call_site: Some(call_site),
            calls,
        };
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
    ) -> &'s [Step] {
        for (i, (condition, steps)) in branches.iter().enumerate() {
            let value = condition.as_ref().and_then(|c| {
                self.builder
                    .rules
                    .evaluate_condition(&self.builder.catalog, c)
            });
            match value {
                Some(true) => return steps,
                Some(false) => {}
                None => {
                    let changes = branches[i..].iter().any(|(_, s)| may_change_schema(s))
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
