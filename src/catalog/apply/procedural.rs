//! Running a PostgreSQL `DO` block ([`crate::parse::plpgsql`]) against the
//! catalog the way the server runs it: statements in order, `IF` branches
//! chosen by conditions on the server's catalogs (which the dialect's rules
//! decide), `RETURN` ending the block, and a block with `EXCEPTION` handlers
//! undoing its own changes when a statement fails and running the handler
//! that catches the error instead.
//!
//! What cannot be decided offline (a condition on table data or on something
//! the catalog does not keep, in front of DDL) is reported with a warning at
//! the part of the block it concerns, and that part is skipped.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label};

use super::{apply_statement, CatalogBuilder, Outcome};
use crate::catalog::rules::ApplyError;
use crate::parse::plpgsql::{may_change_schema, Block, DoBlock, Handler, Step, StepKind};
use crate::parse::{statement_head, ParsedStatement};

/// How a run of steps ended.
enum Flow {
    Next,
    /// `RETURN`: nothing more of the block runs.
    Return,
    /// A statement failed inside a block that has handlers: the error's message.
    Raised(String),
}

impl CatalogBuilder {
    /// Run a `DO` block whose statement is `statement` (in a file of text `source`).
    pub(super) fn apply_do_block(
        &mut self,
        statement: &ParsedStatement,
        block: &DoBlock,
        source: &str,
    ) {
        let mut run = Run {
            builder: self,
            statement,
            source,
        };
        if let Flow::Raised(message) = run.block(&block.block, false) {
            run.warn(message, &(0..statement.text.len()));
        }
    }
}

struct Run<'a> {
    builder: &'a mut CatalogBuilder,
    statement: &'a ParsedStatement,
    source: &'a str,
}

/// Whether a handler's conditions catch an error (by its message: what
/// exists already is a `duplicate_*` error, what is missing `undefined_*`).
fn catches(handler: &Handler, message: &str) -> bool {
    handler.conditions.iter().any(|condition| {
        condition == "others"
            || (message.contains("already exists") && condition.starts_with("duplicate_"))
            || (message.contains("does not exist") && condition.starts_with("undefined_"))
    })
}

impl Run<'_> {
    /// A warning on the first line of a step (`span`: in the statement's text).
    fn warn(&mut self, message: String, span: &Range<usize>) {
        let base = self.statement.span.start;
        let range = base + span.start..(base + span.end).min(self.statement.span.end);
        let head = statement_head(self.source, &range);
        self.builder.diagnostics.push(
            Diagnostic::warning()
                .with_message(format!("statement skipped: {message}"))
                .with_labels(vec![Label::primary(self.statement.file, head)
                    .with_message("this part of the DO block was not applied")])
                .with_notes(vec![String::from(
                    "anything it defines is missing from the output; \
                     pass --strict to make this an error",
                )]),
        );
    }

    /// `handled`: an enclosing block has handlers, so a failing statement
    /// raises instead of being skipped with a warning.
    fn block(&mut self, block: &Block, handled: bool) -> Flow {
        if block.handlers.is_empty() {
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

    fn statement(
        &mut self,
        step: &Step,
        ast: &sqlparser::ast::Statement,
        text: &str,
        handled: bool,
    ) -> Flow {
        let base = self.statement.span.start;
        let parsed = ParsedStatement {
            file: self.statement.file,
            span: base + step.span.start..base + step.span.end,
            text: text.to_string(),
            ast: ast.clone(),
            procedural: None,
        };
        let builder = &mut *self.builder;
        let result = apply_statement(&*builder.rules, &mut builder.catalog, &parsed);
        let applied = matches!(result, Ok(Outcome::Applied));
        builder.take_notices(parsed.file, parsed.span.start, text, applied);
        match result {
            Ok(Outcome::Applied | Outcome::Ignored) => {}
            Ok(Outcome::Unsupported(message)) => self.warn(message, &step.span),
            Err(ApplyError(message)) if handled => return Flow::Raised(message),
            Err(ApplyError(message)) => self.warn(message, &step.span),
        }
        Flow::Next
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
                        self.warn(
                            String::from(
                                "the DO block's condition cannot be decided without the \
                                 database (it reads table data or something the models \
                                 do not keep)",
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
