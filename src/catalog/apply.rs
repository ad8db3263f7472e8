//! Building the catalog: each parsed statement is applied in order, the way the
//! database would run it. The dialect-neutral walk over the AST lives here; what a
//! server stores lives behind [`ServerRules`].

use codespan_reporting::diagnostic::{Diagnostic, Label};
use sqlparser::ast::{
    self, AlterColumnOperation, AlterTableOperation, ColumnDef, ColumnOption, CommentObject,
    ConstraintCharacteristics, CreateTable, DataType, DeferrableInitial, Expr, GeneratedAs,
    GeneratedExpressionMode, Ident, ObjectName, ObjectType, SelectItem, SequenceOptions, SetExpr,
    Statement, TableConstraint, TableFactor, UserDefinedTypeRepresentation,
};

use sqlparser::tokenizer::Token;

use super::mysql::MySqlRules;
use super::postgresql::PostgreSqlRules;
use super::rules::{
    ApplyError, ApplyResult, ColumnChange, ColumnDraft, ConstraintDraft, IdentityDraft,
    IndexColumnDraft, IndexDraft, QueryTarget, ServerRules, SessionEffect, TableChange,
    ViewColumnsWorkedOut,
};
use super::sqlite::SqliteRules;
use super::{
    Catalog, Column, EnumType, IndexElement, QualifiedName, ReferentialAction, Sequence, SqlType,
    Table, TableKind,
};
use crate::dialect::Dialect;
use crate::input::stream::SpanText;
use crate::parse::{statement_head, ParsedStatement, Procedural};

mod procedural;

/// The rules of one server.
pub fn rules_for(dialect: Dialect) -> Box<dyn ServerRules> {
    match dialect {
        Dialect::PostgreSql => Box::new(PostgreSqlRules),
        Dialect::MySql => Box::new(MySqlRules),
        Dialect::Sqlite => Box::new(SqliteRules),
    }
}

/// What happened to one statement.
enum Outcome {
    Applied,
    /// Has no effect on the models (SET, INSERT, GRANT ...).
    Ignored,
    /// Something we do not support: the user is told, with what it defined.
    Unsupported(String),
}

/// Apply every statement in order. Statements we cannot apply are reported as
/// warnings, pointing at the statement, and skipped.
pub fn build_catalog(
    dialect: Dialect,
    statements: &[ParsedStatement],
    sources: &[&str],
) -> (Catalog, Vec<Diagnostic<usize>>) {
    let sources: Vec<&dyn SpanText> = sources.iter().map(|s| s as &dyn SpanText).collect();
    let mut builder = CatalogBuilder::new(dialect);
    for statement in statements {
        builder.apply(statement, sources[statement.file]);
    }
    builder.finish(&sources)
}

/// Applies statements one at a time, as they are parsed.
pub struct CatalogBuilder {
    rules: Box<dyn ServerRules>,
    catalog: Catalog,
    diagnostics: Vec<Diagnostic<usize>>,
    /// Where each relation was made and changed, for diagnostics about it
    /// once every statement is in.
    relations: rustc_hash::FxHashMap<QualifiedName, RelationStatements>,
    /// The file of the last statement: each file is one session.
    current_file: Option<usize>,
    /// The open transaction, outermost first (servers whose DDL is
    /// transactional): what ROLLBACK goes back to.
    transaction: Vec<Savepoint>,
    /// What came of the statements of each file (by file index).
    counts: Vec<StatementCounts>,
}

/// How many statements of a file changed the schema, were skipped (with a
/// warning), or had no effect on it (`SET`, `GRANT`, data rows).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatementCounts {
    pub applied: usize,
    pub skipped: usize,
    pub ignored: usize,
}

/// A BEGIN (no name) or SAVEPOINT, with the state it would go back to.
struct Savepoint {
    name: Option<String>,
    catalog: Catalog,
    relations: rustc_hash::FxHashMap<QualifiedName, RelationStatements>,
}

/// The statements that made and changed one relation (file, byte range).
#[derive(Debug, Clone, Default)]
struct RelationStatements {
    /// Where the table or view was last created.
    created: Option<(usize, std::ops::Range<usize>)>,
    /// Where the table was created or altered, in order.
    changed: Vec<(usize, std::ops::Range<usize>)>,
}

impl CatalogBuilder {
    pub fn new(dialect: Dialect) -> Self {
        CatalogBuilder {
            rules: rules_for(dialect),
            catalog: Catalog::new(dialect),
            diagnostics: Vec::new(),
            relations: Default::default(),
            current_file: None,
            transaction: Vec::new(),
            counts: Vec::new(),
        }
    }

    /// What came of the statements applied so far, by file index.
    pub fn counts(&self) -> &[StatementCounts] {
        &self.counts
    }

    fn count(&mut self, file: usize) -> &mut StatementCounts {
        if self.counts.len() <= file {
            self.counts.resize(file + 1, StatementCounts::default());
        }
        &mut self.counts[file]
    }

    /// The state as of now, to go back to.
    fn savepoint(&self, name: Option<String>) -> Savepoint {
        Savepoint {
            name,
            catalog: self.catalog.clone(),
            relations: self.relations.clone(),
        }
    }

    fn restore(&mut self, savepoint: Savepoint) {
        self.catalog = savepoint.catalog;
        self.relations = savepoint.relations;
    }

    /// A session ends (its file is done): what it did not commit is rolled
    /// back, and its temporary tables go.
    fn end_session(&mut self) {
        if !self.transaction.is_empty() {
            let outermost = self.transaction.swap_remove(0);
            self.transaction.clear();
            self.restore(outermost);
        }
        self.catalog.drop_all_temporary();
        // User variables and prepared statements do not carry over either.
        self.catalog.session = super::Session::default();
    }

    /// BEGIN, COMMIT/END, ROLLBACK [TO], SAVEPOINT and RELEASE where DDL is
    /// transactional (SQLite): `None` for any other statement, else whether
    /// the server took it.
    fn transaction_statement(&mut self, statement: &Statement) -> Option<Result<(), String>> {
        if !self.rules.transactional_ddl() {
            return None;
        }
        let find = |transaction: &[Savepoint], name: &Ident| {
            transaction.iter().rposition(|s| {
                s.name
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(&name.value))
            })
        };
        Some(match statement {
            Statement::StartTransaction { .. } => {
                if self.transaction.is_empty() {
                    self.transaction.push(self.savepoint(None));
                    Ok(())
                } else {
                    Err(String::from(
                        "cannot start a transaction within a transaction",
                    ))
                }
            }
            Statement::Commit { .. } => {
                if self.transaction.is_empty() {
                    Err(String::from("cannot commit - no transaction is active"))
                } else {
                    self.transaction.clear();
                    Ok(())
                }
            }
            Statement::Rollback {
                savepoint: None, ..
            } => {
                if self.transaction.is_empty() {
                    Err(String::from("cannot rollback - no transaction is active"))
                } else {
                    let outermost = self.transaction.swap_remove(0);
                    self.transaction.clear();
                    self.restore(outermost);
                    Ok(())
                }
            }
            Statement::Rollback {
                savepoint: Some(name),
                ..
            } => match find(&self.transaction, name) {
                // The savepoint stays, to be rolled back to again.
                Some(at) => {
                    self.transaction.truncate(at + 1);
                    let kept = &self.transaction[at];
                    let state = Savepoint {
                        name: None,
                        catalog: kept.catalog.clone(),
                        relations: kept.relations.clone(),
                    };
                    self.restore(state);
                    Ok(())
                }
                None => Err(format!("no such savepoint: {}", name.value)),
            },
            Statement::Savepoint { name } => {
                let savepoint = self.savepoint(Some(name.value.clone()));
                self.transaction.push(savepoint);
                Ok(())
            }
            Statement::ReleaseSavepoint { name } => match find(&self.transaction, name) {
                Some(at) => {
                    self.transaction.truncate(at);
                    Ok(())
                }
                None => Err(format!("no such savepoint: {}", name.value)),
            },
            _ => return None,
        })
    }

    /// Apply one statement of `source` (the text of its file, for diagnostics).
    pub fn apply(&mut self, statement: &ParsedStatement, source: &dyn SpanText) {
        // Each file is loaded by its own client session, whose temporary
        // tables go with it.
        if self.current_file != Some(statement.file) {
            self.current_file = Some(statement.file);
            self.end_session();
        }
        if let Some(procedural) = &statement.procedural {
            // Run (or defined) as far as it goes; what it skips is warned.
            self.count(statement.file).applied += 1;
            match procedural.as_ref() {
                Procedural::Do(block) => self.apply_do_block(statement, block),
                Procedural::Guarded(block) => self.apply_guarded(statement, block),
                Procedural::Procedure(procedure) => self.define_procedure(statement, procedure),
            }
            return;
        }
        if let Statement::Query(query) = &*statement.ast {
            self.query_calls(statement, query);
        }
        if let Statement::Call(call) = &*statement.ast {
            if self.rules.runs_stored_procedures() {
                self.count(statement.file).applied += 1;
                self.call_procedure(statement, call);
                return;
            }
        }
        // The table a statement defines keys and indexes of, as it was before.
        let outcome = match self.transaction_statement(&statement.ast) {
            Some(Ok(())) => Outcome::Applied,
            Some(Err(message)) => Outcome::Unsupported(message),
            None => match apply_whole(&*self.rules, &mut self.catalog, statement) {
                Ok(outcome) => outcome,
                Err(ApplyError(message)) => Outcome::Unsupported(message),
            },
        };
        let applied = !matches!(outcome, Outcome::Unsupported(_));
        let count = self.count(statement.file);
        match outcome {
            Outcome::Applied => count.applied += 1,
            Outcome::Ignored => count.ignored += 1,
            Outcome::Unsupported(_) => count.skipped += 1,
        }
        self.take_notices(
            statement.file,
            statement.span.start,
            &statement.text,
            applied,
        );
        let touched = match &*statement.ast {
            Statement::CreateTable(create) => Some(&create.name),
            Statement::AlterTable(alter) => Some(&alter.name),
            _ => None,
        };
        let created = match &*statement.ast {
            Statement::CreateTable(create) => {
                Some(self.rules.lookup_name(&self.catalog, &create.name))
            }
            Statement::CreateView(view) => Some(self.rules.lookup_name(&self.catalog, &view.name)),
            Statement::Query(query) => match query.body.as_ref() {
                SetExpr::Select(select) => match select.into.as_ref().map(|i| i.targets.as_slice())
                {
                    Some([Expr::Identifier(ident)]) => Some(
                        self.rules
                            .lookup_name(&self.catalog, &ObjectName::from(vec![ident.clone()])),
                    ),
                    Some([Expr::CompoundIdentifier(parts)]) => Some(
                        self.rules
                            .lookup_name(&self.catalog, &ObjectName::from(parts.clone())),
                    ),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let (Some(name), Outcome::Applied) = (created, &outcome) {
            self.rules.relation_created(&mut self.catalog, &name);
            self.relations.entry(name).or_default().created =
                Some((statement.file, statement.span.clone()));
        }
        if let (Some(name), Outcome::Applied) = (touched, &outcome) {
            let relation = self
                .relations
                .entry(self.rules.lookup_name(&self.catalog, name))
                .or_default();
            super::push_compact(
                &mut relation.changed,
                (statement.file, statement.span.clone()),
            );
        }
        if let Outcome::Unsupported(message) = outcome {
            let head = statement_head(source, &statement.span);
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!("statement skipped: {message}"))
                    .with_labels(vec![Label::primary(statement.file, head)
                        .with_message("this statement was not applied")])
                    .with_notes(vec![String::from(
                        "anything this statement defines is missing from the output; \
                         pass --strict to make this an error",
                    )]),
            );
        }
    }

    /// Turn the catalog's notices on the statement just applied (parsed from
    /// `text`, at byte `base` of `file`) into warnings; dropped when the
    /// statement was not `applied`.
    pub(super) fn take_notices(&mut self, file: usize, base: usize, text: &str, applied: bool) {
        let notices = std::mem::take(&mut *self.catalog.notices.borrow_mut());
        if !applied {
            return;
        }
        for notice in notices {
            let (start, end) = match notice.span {
                Some(span) => {
                    let start = crate::parse::location_offset(text, span.start);
                    let end = crate::parse::location_offset(text, span.end).max(start + 1);
                    (start, end.min(text.len()))
                }
                // The statement's first line.
                None => (0, text.find('\n').unwrap_or(text.len()).max(1)),
            };
            let range = base + start..base + end;
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(notice.message)
                    .with_labels(vec![Label::primary(file, range).with_message(notice.label)])
                    .with_notes(vec![notice.note]),
            );
        }
    }

    /// Take the expressions a live server printed as they are (see
    /// [`super::server_texts`]).
    pub fn adopt_server_texts(&mut self, texts: &[crate::input::live::ServerText]) {
        let rules = &self.rules;
        super::server_texts::adopt(&mut self.catalog, |schema| rules.schema_of(schema), texts);
    }

    /// The catalog and the warnings for statements that were not applied.
    /// `sources` are the texts of the files, by file index.
    pub fn finish(mut self, sources: &[&dyn SpanText]) -> (Catalog, Vec<Diagnostic<usize>>) {
        // Reflection runs in a new session, which sees no temporary table
        // (nor what the last one did not commit).
        self.end_session();
        self.leave_out_invalid_views(sources);
        self.retype_views_as_used();
        self.drop_dangling_foreign_keys(sources);
        self.warn_unresolved_types(sources);
        self.warn_random_names(sources);
        self.warn_tied_foreign_keys(sources);
        self.warn_tied_constraints(sources);
        (self.catalog, self.diagnostics)
    }

    /// Foreign keys of one table on the same columns tie in sqlacodegen's sort
    /// (its key is the column list), and SQLAlchemy keeps constraints in a set,
    /// so their order in the output, and that of the relationships they make,
    /// varies from one run of sqlacodegen to the next.
    fn warn_tied_foreign_keys(&mut self, sources: &[&dyn SpanText]) {
        let mut found = Vec::new();
        for table in self.catalog.tables.values() {
            for (i, fk) in table.foreign_keys.iter().enumerate() {
                let first = table.foreign_keys[..i]
                    .iter()
                    .find(|other| other.columns == fk.columns);
                if let Some(first) = first {
                    found.push((table.name.clone(), first.clone(), fk.clone()));
                }
            }
        }
        for (table, first, fk) in found {
            // The first one is the one written (the other may be made by the
            // server, for a partition of the referred table).
            let label = self.references_label(
                sources,
                &table,
                &first.referred_table.name,
                "the foreign key",
            );
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!(
                        "foreign keys {} and {} of {table} are both on ({}): sqlacodegen may print them, and their relationships, in either order",
                        first.name.as_deref().unwrap_or("?"),
                        fk.name.as_deref().unwrap_or("?"),
                        fk.columns.join(", ")
                    ))
                    .with_labels(label.into_iter().collect())
                    .with_notes(vec![String::from(
                        "SQLAlchemy keeps a table's constraints in a set and sqlacodegen sorts \
                         them by their columns only, so the order of ties changes from run to run",
                    )]),
            );
        }
    }

    /// Unique constraints of one table on the same columns, and CHECK
    /// constraints with the same text, tie in sqlacodegen's sort too (its key
    /// is the column list, or the text), so their order varies from one run
    /// of sqlacodegen to the next as that of foreign keys does.
    fn warn_tied_constraints(&mut self, sources: &[&dyn SpanText]) {
        let mut found: Vec<(QualifiedName, String, String, String)> = Vec::new();
        for table in self.catalog.tables.values() {
            if !table.kind.is_reflected() {
                continue;
            }
            for (i, unique) in table.uniques.iter().enumerate() {
                if let Some(first) = table.uniques[..i]
                    .iter()
                    .find(|other| other.columns == unique.columns)
                {
                    found.push((
                        table.name.clone(),
                        first.name.clone().unwrap_or_default(),
                        unique.name.clone().unwrap_or_default(),
                        format!("unique constraints on ({})", unique.columns.join(", ")),
                    ));
                }
            }
            for (i, check) in table.checks.iter().enumerate() {
                if let Some(first) = table.checks[..i]
                    .iter()
                    .find(|other| other.expression == check.expression)
                {
                    found.push((
                        table.name.clone(),
                        first.name.clone().unwrap_or_default(),
                        check.name.clone().unwrap_or_default(),
                        format!("CHECK constraints ({})", check.expression),
                    ));
                }
            }
        }
        for (table, first, second, what) in found {
            let label = self.relations.get(&table).and_then(|relation| {
                let (file, span) = relation.changed.first()?;
                let head = statement_head(*sources.get(*file)?, span);
                Some(Label::primary(*file, head).with_message("the table is created here"))
            });
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!(
                        "{first} and {second} of {table} are both {what}: sqlacodegen may print them in either order"
                    ))
                    .with_labels(label.into_iter().collect())
                    .with_notes(vec![String::from(
                        "SQLAlchemy keeps a table's constraints in a set and sqlacodegen sorts \
                         them by their columns (or text) only, so the order of ties changes \
                         from run to run",
                    )]),
            );
        }
    }

    /// Views that read by name (MariaDB) and read a relation or a column that
    /// is no longer there, or another such view: the server reports them
    /// invalid and SQLAlchemy skips them, so they are left out, with a
    /// warning at the view.
    fn leave_out_invalid_views(&mut self, sources: &[&dyn SpanText]) {
        if !self.rules.views_read_by_name() {
            return;
        }
        let mut invalid: Vec<(QualifiedName, String)> = Vec::new();
        loop {
            let catalog = &self.catalog;
            let gone = |name: &QualifiedName| {
                !catalog.tables.contains_key(name) || invalid.iter().any(|(n, _)| n == name)
            };
            let found: Vec<(QualifiedName, String)> = catalog
                .tables
                .values()
                .filter(|t| !invalid.iter().any(|(n, _)| *n == t.name))
                .filter_map(|t| {
                    let view = t.view()?;
                    if let Some(relation) = view.relations.iter().find(|r| gone(r)) {
                        return Some((
                            t.name.clone(),
                            format!("it reads {relation}, which is gone"),
                        ));
                    }
                    view.reads.iter().find_map(|(relation, column)| {
                        let table = catalog.tables.get(relation)?;
                        (!table
                            .columns
                            .iter()
                            .any(|c| c.name.eq_ignore_ascii_case(column)))
                        .then(|| {
                            (
                                t.name.clone(),
                                format!("it reads column {relation}.{column}, which is gone"),
                            )
                        })
                    })
                })
                .collect();
            if found.is_empty() {
                break;
            }
            invalid.extend(found);
        }
        for (name, why) in invalid {
            self.catalog.tables.shift_remove(&name);
            let label = self.created_label(sources, &name, "the view is created here");
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!(
                        "view {name} left out: {why} (renamed or dropped after the view was created)"
                    ))
                    .with_labels(label.into_iter().collect())
                    .with_notes(vec![String::from(
                        "the server resolves a view's names when it is used, so the view is \
                         invalid (error 1356) and SQLAlchemy skips it; create the view again \
                         after the change to keep it; pass --strict to make this an error",
                    )]),
            );
        }
    }

    /// Where the server works out a view's columns when it is used (MariaDB,
    /// SQLite), their types and defaults are those of what it reads as it is
    /// at the end (a column widened since by MODIFY, a table made again,
    /// show as they are). On MariaDB the columns stay the ones the view had
    /// (`*` stood for the columns of then); on SQLite a `*` takes the
    /// columns of now. A view is worked out after the views it reads.
    fn retype_views_as_used(&mut self) {
        let ViewColumnsWorkedOut::AtUse { star_at_creation } = self.rules.view_columns_worked_out()
        else {
            return;
        };
        let stored = |t: &Table| t.view().and_then(|v| v.stored_query.as_ref()).is_some();
        let mut pending: Vec<QualifiedName> = self
            .catalog
            .tables
            .values()
            .filter(|t| stored(t))
            .map(|t| t.name.clone())
            .collect();
        let mut order: Vec<QualifiedName> = Vec::new();
        while !pending.is_empty() {
            let ready = pending.iter().position(|name| {
                self.catalog.tables[name].view().is_some_and(|v| {
                    v.relations
                        .iter()
                        .all(|r| r == name || order.contains(r) || !pending.contains(r))
                })
            });
            // A cycle (a view replaced to read a later one): as they come.
            order.push(pending.remove(ready.unwrap_or(0)));
        }
        for name in order {
            let table = &self.catalog.tables[&name];
            let Some(stored) = table.view().and_then(|v| v.stored_query.clone()) else {
                continue;
            };
            let source = QueryText::new(&stored.text, QueryTarget::View);
            let Ok(columns) =
                view_columns(&*self.rules, &self.catalog, &stored.query, &[], &source)
            else {
                continue;
            };
            let columns: Vec<Column> = columns
                .into_iter()
                .enumerate()
                .map(|(i, mut column)| {
                    if let Some(alias) = stored.column_names.get(i) {
                        column.name = alias.clone();
                    }
                    self.rules.view_column_shown(column)
                })
                .collect();
            let Some(table) = self.catalog.tables.get_mut(&name) else {
                continue;
            };
            if !star_at_creation {
                table.columns = columns;
                table.set_random_names(source.random_names.into_inner());
                table.set_unresolved(unresolved_types(&*self.rules, table));
                continue;
            }
            for column in &mut table.columns {
                if let Some(now) = columns
                    .iter()
                    .find(|c| c.name.eq_ignore_ascii_case(&column.name))
                {
                    let name = std::mem::take(&mut column.name);
                    *column = now.clone();
                    column.name = name;
                }
            }
            table.set_unresolved(unresolved_types(&*self.rules, table));
        }
    }

    /// A label on the first line of the statement that last created
    /// `relation`, if it is known.
    fn created_label(
        &self,
        sources: &[&dyn SpanText],
        relation: &QualifiedName,
        message: &str,
    ) -> Option<Label<usize>> {
        let (file, span) = self.relations.get(relation)?.created.as_ref()?;
        let head = statement_head(*sources.get(*file)?, span);
        Some(Label::primary(*file, head).with_message(message))
    }

    /// A view (or a table made from a query) still there at the end whose
    /// column types we could not all work out: they are printed as NullType
    /// where the server knows a type.
    fn warn_unresolved_types(&mut self, sources: &[&dyn SpanText]) {
        for table in self.catalog.tables.values() {
            if table.unresolved().is_empty() {
                continue;
            }
            let label = self.created_label(
                sources,
                &table.name,
                "the column types come from this statement",
            );
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!(
                        "the type of {} column(s) {} is not known: reflected as NullType",
                        table.name,
                        table.unresolved().join(", ")
                    ))
                    .with_labels(label.into_iter().collect())
                    .with_notes(vec![String::from(
                        "the server gives each a type this tool cannot work out from the \
                         statements; pass --strict to make this an error",
                    )]),
            );
        }
    }

    /// A view (or a table made from a query) still there at the end with
    /// column names the server picked at random.
    fn warn_random_names(&mut self, sources: &[&dyn SpanText]) {
        for table in self.catalog.tables.values() {
            if table.random_names().is_empty() {
                continue;
            }
            let label =
                self.created_label(sources, &table.name, "the columns are named by this query");
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!(
                        "{} repeats a column name more than five times: SQLite names {} at random",
                        table.name,
                        table.random_names().join(", ")
                    ))
                    .with_labels(label.into_iter().collect())
                    .with_notes(vec![String::from(
                        "SQLite makes a repeated column name unique with `:1` to `:4`, then \
                         with a random number; give these columns an alias (AS) to fix the names",
                    )]),
            );
        }
    }

    /// SQLite, and MySQL with `FOREIGN_KEY_CHECKS=0`, keep a foreign key to a
    /// table or column that never comes; SQLAlchemy cannot reflect one (sqlacodegen
    /// stops with NoSuchTableError). Such a key is left out, with a warning at
    /// its `REFERENCES`.
    fn drop_dangling_foreign_keys(&mut self, sources: &[&dyn SpanText]) {
        let mut dangling: Vec<(QualifiedName, usize, String)> = Vec::new();
        for table in self.catalog.tables.values() {
            for (i, fk) in table.foreign_keys.iter().enumerate() {
                let referred = if fk.referred_table == table.name {
                    Some(table)
                } else {
                    self.catalog.tables.get(&fk.referred_table)
                };
                let problem = match referred {
                    None => Some(format!(
                        "table {} refers to table {}, which does not exist",
                        table.name, fk.referred_table
                    )),
                    // `REFERENCES t` means t's primary key, and t has none.
                    Some(referred)
                        if fk.referred_columns.is_empty() && referred.primary_key.is_none() =>
                    {
                        Some(format!(
                            "table {} refers to the primary key of {}, which has none",
                            table.name, fk.referred_table
                        ))
                    }
                    Some(referred) => fk
                        .referred_columns
                        .iter()
                        .find(|c| {
                            !referred
                                .columns
                                .iter()
                                .any(|rc| rc.name.eq_ignore_ascii_case(c))
                        })
                        .map(|c| {
                            format!(
                                "table {} refers to column {}.{c}, which does not exist",
                                table.name, fk.referred_table
                            )
                        }),
                };
                if let Some(problem) = problem {
                    dangling.push((table.name.clone(), i, problem));
                }
            }
        }
        for (table_name, i, problem) in dangling.into_iter().rev() {
            let Some(table) = self.catalog.tables.get_mut(&table_name) else {
                continue;
            };
            let fk = table.foreign_keys.remove(i);
            let label = self.references_label(
                sources,
                &table_name,
                &fk.referred_table.name,
                "this reference cannot be resolved",
            );
            self.diagnostics.push(
                Diagnostic::warning()
                    .with_message(format!(
                        "foreign key ({}) left out: {problem}",
                        fk.columns.join(", ")
                    ))
                    .with_labels(label.into_iter().collect())
                    .with_notes(vec![String::from(
                        "the database accepts it, but it cannot be reflected; create the \
                         referenced table, or pass --strict to make this an error",
                    )]),
            );
        }
    }

    /// A label on `REFERENCES <referred>` in the statements that made the table,
    /// or on the statement that created it.
    fn references_label(
        &self,
        sources: &[&dyn SpanText],
        table: &QualifiedName,
        referred: &str,
        message: &str,
    ) -> Option<Label<usize>> {
        let statements = &self.relations.get(table)?.changed;
        for (file, span) in statements.iter().rev() {
            let Some(text) = sources.get(*file).and_then(|s| s.span_text(span.clone())) else {
                continue;
            };
            let lower = text.to_ascii_lowercase();
            let wanted = referred.to_ascii_lowercase();
            let mut from = 0;
            while let Some(at) = lower[from..].find("references") {
                let start = from + at;
                let rest = &lower[start + "references".len()..];
                let name_start = rest.len() - rest.trim_start().len();
                let name = rest[name_start..].trim_start_matches(['"', '`', '[']);
                let quote = rest[name_start..].len() - name.len();
                let name = name.rsplit_once('.').map_or(name, |(_, n)| n);
                let whole_name = name.starts_with(&wanted)
                    && !name[wanted.len()..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$');
                if whole_name {
                    let end = start + "references".len() + name_start + quote + wanted.len();
                    return Some(
                        Label::primary(*file, span.start + start..span.start + end)
                            .with_message(message),
                    );
                }
                from = start + "references".len();
            }
        }
        let (file, span) = statements.first()?;
        let head = statement_head(*sources.get(*file)?, span);
        Some(Label::primary(*file, head).with_message("the table is created here"))
    }
}

/// The columns a statement's keys and indexes may name, each with the key
/// the server matches a written name by ([`ServerRules::column_name_key`]),
/// worked out once per statement rather than once per name looked up.
struct KnownColumns<'t> {
    names: Vec<&'t str>,
    keys: Vec<std::borrow::Cow<'t, str>>,
}

impl<'t> KnownColumns<'t> {
    fn new(rules: &dyn ServerRules, names: impl Iterator<Item = &'t str>) -> Self {
        let names: Vec<&str> = names.collect();
        let keys = names.iter().map(|n| rules.column_name_key(n)).collect();
        KnownColumns { names, keys }
    }

    /// The position of the column `written` names, if any.
    fn find(&self, rules: &dyn ServerRules, written: &str) -> Option<usize> {
        let key = rules.column_name_key(written);
        self.keys.iter().position(|k| *k == key)
    }

    /// The table's own name for a column a key names: where the server
    /// matches names loosely (SQLite, MariaDB), it stores and reports the
    /// column's name as defined (`UNIQUE (email)` on a column `"Email"` lists
    /// `Email`).
    fn as_defined(&self, rules: &dyn ServerRules, written: String) -> String {
        match self.find(rules, &written).map(|at| self.names[at]) {
            Some(name) if name != written => name.to_string(),
            _ => written,
        }
    }
}

/// [`KnownColumns::as_defined`] for every column the keys, foreign keys (their
/// own side) and indexes of `constraints` name.
fn name_columns_as_defined(
    rules: &dyn ServerRules,
    known: &KnownColumns<'_>,
    constraints: &mut [ConstraintDraft<'_>],
) {
    let own = |name: &mut String| *name = known.as_defined(rules, std::mem::take(name));
    for constraint in constraints {
        match constraint {
            ConstraintDraft::PrimaryKey {
                columns,
                prefix_lengths,
                ..
            }
            | ConstraintDraft::Unique {
                columns,
                prefix_lengths,
                ..
            } => {
                columns.iter_mut().for_each(own);
                prefix_lengths.iter_mut().for_each(|(name, _)| own(name));
            }
            ConstraintDraft::ForeignKey { columns, .. } => columns.iter_mut().for_each(own),
            ConstraintDraft::Index {
                elements,
                prefix_lengths,
                ..
            } => {
                for element in elements.iter_mut() {
                    if let IndexElement::Column(name) = element {
                        own(name);
                    }
                }
                prefix_lengths.iter_mut().for_each(|(name, _)| own(name));
            }
            ConstraintDraft::Check { .. } => {}
        }
    }
}

/// A primary key, unique constraint, index or foreign key naming a column
/// its table does not have: every server refuses the statement that makes it
/// (names compare as the server compares column names).
///
/// Two columns of one name (PostgreSQL compares names as stored, after
/// truncation to 63 bytes) are refused the same way.
fn missing_key_column(rules: &dyn ServerRules, table: &Table) -> Option<String> {
    // Each column's key once (this runs after every statement on a table).
    let keys: Vec<std::borrow::Cow<'_, str>> = table
        .columns
        .iter()
        .map(|c| rules.column_name_key(&c.name))
        .collect();
    let mut seen = rustc_hash::FxHashSet::default();
    seen.reserve(keys.len());
    if let Some(twice) = keys
        .iter()
        .position(|k| !seen.insert(k.as_ref()))
        .map(|at| &table.columns[at])
    {
        let name = &twice.name;
        return Some(match rules.dialect() {
            Dialect::PostgreSql => format!("column \"{name}\" specified more than once"),
            Dialect::MySql => format!("Duplicate column name '{name}'"),
            Dialect::Sqlite => format!("duplicate column name: {name}"),
        });
    }
    // Every key is in `seen` now.
    let has = |name: &str| seen.contains(rules.column_name_key(name).as_ref());
    if let Some(fk) = table
        .foreign_keys
        .iter()
        .find(|fk| !fk.referred_columns.is_empty() && fk.referred_columns.len() != fk.columns.len())
    {
        return Some(match rules.dialect() {
            Dialect::PostgreSql => {
                String::from("number of referencing and referenced columns for foreign key disagree")
            }
            Dialect::MySql => format!(
                "Incorrect foreign key definition for '{}': Key reference and table reference don't match",
                fk.name.as_deref().unwrap_or("foreign key without name")
            ),
            Dialect::Sqlite => String::from(
                "number of columns in foreign key does not match the number of columns in the referenced table",
            ),
        });
    }
    if let Some(column) = table
        .foreign_keys
        .iter()
        .flat_map(|fk| fk.columns.iter())
        .find(|c| !has(c))
    {
        return Some(match rules.dialect() {
            Dialect::PostgreSql => {
                format!("column \"{column}\" referenced in foreign key constraint does not exist")
            }
            Dialect::MySql => format!("Key column '{column}' doesn't exist in table"),
            Dialect::Sqlite => format!("unknown column \"{column}\" in foreign key definition"),
        });
    }
    let keys = table
        .primary_key
        .iter()
        .flat_map(|k| k.columns.iter())
        .chain(table.uniques.iter().flat_map(|u| u.columns.iter()));
    let indexed = table.indexes.iter().flat_map(|i| {
        i.elements.iter().filter_map(|e| match e {
            IndexElement::Column(name) => Some(name),
            IndexElement::Expression(_) => None,
        })
    });
    let (column, in_key) = keys
        .map(|c| (c, true))
        .chain(indexed.map(|c| (c, false)))
        .find(|(c, _)| !has(c))?;
    Some(missing_column_message(rules, column, in_key))
}

/// The partitions of a partitioned table, and theirs, as they are.
fn partitions_of(catalog: &Catalog, parent: &QualifiedName) -> Vec<Table> {
    let mut found = Vec::new();
    let mut parents = vec![parent.clone()];
    while let Some(parent) = parents.pop() {
        for table in catalog.tables.values() {
            if table.partition_of() == Some(&parent) {
                parents.push(table.name.clone());
                found.push(table.clone());
            }
        }
    }
    found
}

/// The server's message for a key (`in_key`) or index naming a column its
/// table does not have.
fn missing_column_message(rules: &dyn ServerRules, column: &str, in_key: bool) -> String {
    match rules.dialect() {
        Dialect::PostgreSql if in_key => {
            format!("column \"{column}\" named in key does not exist")
        }
        Dialect::PostgreSql => format!("column \"{column}\" does not exist"),
        Dialect::MySql => format!("Key column '{column}' doesn't exist in table"),
        Dialect::Sqlite => format!("no such column: {column}"),
    }
}

/// [`apply_statement`] as the server runs a statement: whole or not at all.
/// A statement on a table is also refused when it leaves a key, index or
/// foreign key naming a column the table lacks ([`missing_key_column`]);
/// a refused one leaves the table, the partitions it passed things on to and
/// the sequences its serials made as they were (a later `serial` takes the
/// name back, as on the server). Top-level statements, statements of
/// procedural blocks and prepared statements all run through here.
fn apply_whole(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    statement: &ParsedStatement,
) -> ApplyResult<Outcome> {
    // CREATE INDEX checks its columns before it adds anything (the undo
    // below copies the table, and a table of many indexes made that
    // quadratic).
    let keyed = match &*statement.ast {
        Statement::CreateTable(create) => Some(&create.name),
        Statement::AlterTable(alter) => Some(&alter.name),
        _ => None,
    }
    .map(|name| rules.lookup_name(catalog, name));
    let Some(name) = keyed else {
        return apply_statement(rules, catalog, statement);
    };
    let before = catalog.tables.get(&name).cloned();
    let partitions_before: Vec<Table> = before
        .as_ref()
        .filter(|table| table.partitioned)
        .map(|table| partitions_of(catalog, &table.name))
        .unwrap_or_default();
    let sequences_before = catalog.sequences.len();
    let mut result = apply_statement(rules, catalog, statement);
    if let Ok(Outcome::Applied) = &result {
        if let Some(message) = catalog
            .tables
            .get(&name)
            .and_then(|table| missing_key_column(rules, table))
        {
            result = Ok(Outcome::Unsupported(message));
        }
    }
    if matches!(result, Ok(Outcome::Unsupported(_)) | Err(_)) {
        match before {
            Some(table) => {
                catalog.tables.insert(name, table);
            }
            None => {
                catalog.tables.shift_remove(&name);
            }
        }
        for partition in partitions_before {
            if let Some(slot) = catalog.tables.get_mut(&partition.name) {
                *slot = partition;
            }
        }
        if catalog.sequences.len() > sequences_before {
            catalog.sequences.truncate(sequences_before);
        }
    }
    result
}

fn apply_statement(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    statement: &ParsedStatement,
) -> ApplyResult<Outcome> {
    match rules.session_statement(catalog, &statement.ast)? {
        Some(SessionEffect::Kept) => return Ok(Outcome::Ignored),
        Some(SessionEffect::Execute(text)) => return execute(rules, catalog, statement, &text),
        None => {}
    }
    let text = statement.text.as_str();
    match &*statement.ast {
        Statement::CreateTable(create) => create_table(rules, catalog, create, text),
        Statement::AlterTable(alter) => alter_table(
            rules,
            catalog,
            &alter.name,
            &alter.operations,
            alter.only,
            alter.if_exists,
            text,
        ),
        Statement::CreateIndex(create) => create_index(rules, catalog, create, text),
        Statement::CreateVirtualTable {
            name,
            if_not_exists,
            module_name,
            ..
        } => create_virtual_table(
            rules,
            catalog,
            name,
            *if_not_exists,
            &module_name.value,
            text,
        ),
        Statement::CreateView(view) if view.temporary => {
            let name = rules.qualified_name(&view.name);
            create_temporary(catalog, name, |catalog| {
                create_view(rules, catalog, view, text)
            })
        }
        Statement::CreateView(view) => create_view(rules, catalog, view, text),
        Statement::Drop {
            object_type,
            if_exists,
            names,
            temporary,
            cascade,
            ..
        } => drop_objects(
            rules,
            catalog,
            *object_type,
            *if_exists,
            *temporary,
            names,
            *cascade,
        ),
        Statement::Comment {
            object_type,
            object_name,
            comment,
            ..
        } => set_comment(rules, catalog, *object_type, object_name, comment.clone()),
        Statement::CreateSchema { schema_name, .. } => {
            let name = match schema_name {
                ast::SchemaName::Simple(name) | ast::SchemaName::NamedAuthorization(name, _) => {
                    rules.qualified_name(name).name
                }
                ast::SchemaName::UnnamedAuthorization(ident) => rules.fold_ident(ident),
            };
            if !catalog.schemas.contains(&name) {
                catalog.schemas.push(name);
            }
            Ok(Outcome::Applied)
        }
        // Another database: nothing the models of this one show.
        Statement::CreateDatabase { .. } => Ok(Outcome::Ignored),
        // MySQL's `USE db` switches to another database: a load of the file
        // puts the tables that follow there, out of what is reflected. Such
        // dumps are meant to be loaded into the database they name, so the
        // tables are kept in the one modelled, with a warning.
        Statement::Use(target) if rules.dialect() == Dialect::MySql => {
            catalog.note_caveat(format!(
                "{target} switches to another database: a load of this file puts the \
                 tables that follow there, where the reflected database does not see them; \
                 they are modelled as if in the current database"
            ));
            Ok(Outcome::Ignored)
        }
        Statement::CreateType {
            name,
            representation,
        } => create_type(rules, catalog, name, representation.as_ref()),
        Statement::CreateExtension(create) => create_extension(rules, catalog, create),
        Statement::CreateRule(rule) => create_rule(rules, catalog, rule, text),
        Statement::CreateForeignTable(create) => create_foreign_table(rules, catalog, create),
        Statement::DropExtension(drop) => drop_extensions(rules, catalog, drop),
        Statement::CreateDomain(domain) => {
            rules.create_domain(catalog, domain, text)?;
            Ok(Outcome::Applied)
        }
        Statement::DropDomain(drop) => {
            let name = rules.lookup_name(catalog, &drop.name);
            if !catalog.domains.contains_key(&name) {
                if drop.if_exists {
                    return Ok(Outcome::Applied);
                }
                return Err(format!("type \"{}\" does not exist", name.name).into());
            }
            let cascade = matches!(drop.drop_behavior, Some(ast::DropBehavior::Cascade));
            drop_type(rules, catalog, &name, cascade)?;
            Ok(Outcome::Applied)
        }
        Statement::CreateSequence {
            name,
            sequence_options,
            ..
        } => {
            let name = rules.creation_name(catalog, name)?;
            catalog.sequences.insert(
                name.clone(),
                Sequence {
                    name: name.clone(),
                    owned_by: None,
                },
            );
            for option in sequence_options {
                if let ast::SequenceOptions::OwnedBy(owner) = option {
                    set_sequence_owner(rules, catalog, &name, owner.as_ref())?;
                }
            }
            Ok(Outcome::Applied)
        }
        Statement::AlterType(alter) => alter_enum_type(rules, catalog, alter),
        Statement::AlterIndex {
            name,
            operation: ast::AlterIndexOperation::RenameIndex { index_name },
        } => {
            let old = rules.lookup_name(catalog, name);
            let new = rules.qualified_name(index_name);
            match rules.rename_index(catalog, &old.schema, &old.name, &new.name) {
                Ok(()) => Ok(Outcome::Applied),
                // IF EXISTS: a missing index is a no-op (a NOTICE).
                Err(ApplyError(message))
                    if message.contains("does not exist")
                        && crate::parse::fallback::alter_index_if_exists_written(text) =>
                {
                    Ok(Outcome::Ignored)
                }
                Err(error) => Err(error),
            }
        }
        // MySQL `RENAME TABLE a TO b, c TO d`: one rename after the other.
        Statement::RenameTable(renames) => {
            for rename in renames {
                let operation = AlterTableOperation::RenameTable {
                    table_name: ast::RenameTableNameKind::To(rename.new_name.clone()),
                };
                if let Outcome::Unsupported(why) = alter_table(
                    rules,
                    catalog,
                    &rename.old_name,
                    &[operation],
                    false,
                    false,
                    text,
                )? {
                    return Ok(Outcome::Unsupported(why));
                }
            }
            Ok(Outcome::Applied)
        }
        Statement::CreateFunction(create) => {
            super::routines::create_function(rules, catalog, create, statement);
            Ok(Outcome::Applied)
        }
        Statement::CreateAggregate(create) => {
            super::routines::create_aggregate(rules, catalog, create);
            Ok(Outcome::Applied)
        }
        Statement::DropFunction(drop) => {
            super::routines::drop_function(rules, catalog, drop);
            Ok(Outcome::Applied)
        }
        // Procedures only matter where a CALL runs them (MySQL, see
        // `procedural`); elsewhere dropping one changes no model.
        Statement::DropProcedure {
            if_exists,
            proc_desc,
            ..
        } => {
            for desc in proc_desc {
                let name = rules.qualified_name(&desc.name).name;
                let dropped = catalog.procedures.remove(&name.to_ascii_lowercase());
                if dropped.is_none() && !if_exists && rules.runs_stored_procedures() {
                    return Err(format!("PROCEDURE {name} does not exist").into());
                }
            }
            Ok(Outcome::Ignored)
        }
        Statement::AlterFunction(alter) => {
            super::routines::alter_function(rules, catalog, alter)?;
            Ok(Outcome::Applied)
        }
        Statement::AlterSchema(alter)
            if alter
                .operations
                .iter()
                .all(|op| matches!(op, ast::AlterSchemaOperation::OwnerTo { .. })) =>
        {
            Ok(Outcome::Ignored)
        }
        Statement::AlterView(alter) => match &alter.operation {
            ast::AlterViewOperation::OwnerTo(_)
            | ast::AlterViewOperation::SetOptions { .. }
            | ast::AlterViewOperation::ResetOptions { .. } => Ok(Outcome::Ignored),
            ast::AlterViewOperation::RenameTo { new_name } => {
                let operation = AlterTableOperation::RenameTable {
                    table_name: ast::RenameTableNameKind::To(new_name.clone()),
                };
                alter_table(
                    rules,
                    catalog,
                    &alter.name,
                    &[operation],
                    false,
                    false,
                    text,
                )
            }
            ast::AlterViewOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => {
                let operation = AlterTableOperation::RenameColumn {
                    old_column_name: old_column_name.clone(),
                    new_column_name: new_column_name.clone(),
                };
                alter_table(
                    rules,
                    catalog,
                    &alter.name,
                    &[operation],
                    false,
                    false,
                    text,
                )
            }
            // As the fallback writes ALTER TABLE ... SET SCHEMA.
            ast::AlterViewOperation::SetSchema { schema_name } => {
                let operation = AlterTableOperation::SetTblProperties {
                    table_properties: vec![ast::SqlOption::KeyValue {
                        key: ObjectName::from(vec![ast::Ident::new(
                            crate::parse::fallback::SET_SCHEMA,
                        )]),
                        value: Expr::value(ast::Value::SingleQuotedString(schema_name.to_string())),
                    }],
                };
                alter_table(
                    rules,
                    catalog,
                    &alter.name,
                    &[operation],
                    false,
                    false,
                    text,
                )
            }
            ast::AlterViewOperation::As { columns, query, .. } if !alter.materialized => {
                alter_view_query(rules, catalog, &alter.name, columns, query, text)
            }
            _ => Ok(Outcome::Unsupported(String::from(
                "this ALTER VIEW form is not supported yet",
            ))),
        },
        Statement::Query(query) => select_into(rules, catalog, query, text),
        Statement::Insert(insert) => Ok(if rules.insert_rows(catalog, insert)? {
            Outcome::Applied
        } else {
            Outcome::Ignored
        }),
        // Statements that leave the schema as it is (row-level security
        // policies, default privileges and triggers never show in a model).
        Statement::Set(_)
        | Statement::Update(_)
        | Statement::Delete(_)
        | Statement::Copy { .. }
        | Statement::Grant(_)
        | Statement::Revoke(_)
        // Role membership (`GRANT role TO role`, pg_dumpall) is about users.
        | Statement::GrantRole(_)
        | Statement::RevokeRole(_)
        | Statement::StartTransaction { .. }
        | Statement::Commit { .. }
        | Statement::Rollback { .. }
        | Statement::LockTables { .. }
        | Statement::UnlockTables
        | Statement::Pragma { .. }
        | Statement::CreateTrigger(_)
        | Statement::DropTrigger(_)
        | Statement::AlterDefaultPrivileges(_)
        | Statement::AlterTrigger(_)
        | Statement::CreatePolicy(_)
        | Statement::DropPolicy(_)
        | Statement::AlterPolicy(_)
        | Statement::CreateRole(_)
        | Statement::Analyze(_)
        | Statement::Truncate(_)
        | Statement::Use(_)
        | Statement::RefreshMaterializedView(_)
        | Statement::AlterRole { .. }
        // Maintenance, savepoints, and SQLite's ATTACH of another database
        // file (not the one reflected).
        | Statement::Vacuum(_)
        | Statement::Savepoint { .. }
        | Statement::ReleaseSavepoint { .. }
        | Statement::AttachDatabase { .. }
        // EXPLAIN shows a plan; it runs nothing (`EXPLAIN CREATE TABLE` creates
        // no table).
        | Statement::Explain { .. }
        | Statement::ExplainTable { .. }
        // Operators, collations (a column keeps the collation name it was
        // given), text search objects, foreign servers and user mappings, and
        // rules other than a view's never show in a model either.
        | Statement::CreateOperator(_)
        | Statement::CreateOperatorFamily(_)
        | Statement::CreateOperatorClass(_)
        | Statement::AlterOperator(_)
        | Statement::AlterOperatorFamily(_)
        | Statement::AlterOperatorClass(_)
        | Statement::CreateCollation(_)
        | Statement::AlterCollation(_)
        | Statement::CreateTextSearch(_)
        | Statement::AlterTextSearch(_)
        | Statement::CreateServer(_)
        | Statement::CreateForeignDataWrapper(_)
        | Statement::CreateUserMapping(_)
        | Statement::DropRule(_)
        | Statement::NOTIFY { .. }
        | Statement::LISTEN { .. }
        | Statement::UNLISTEN { .. }
        | Statement::Discard { .. }
        // FLUSH LOGS, TABLES, PRIVILEGES...: server housekeeping.
        | Statement::Flush { .. } => Ok(Outcome::Ignored),
        // Without CASCADE a DROP refuses when anything uses the object.
        Statement::DropOperator(ast::DropOperator { drop_behavior, .. })
        | Statement::DropOperatorFamily(ast::DropOperatorFamily { drop_behavior, .. })
        | Statement::DropOperatorClass(ast::DropOperatorClass { drop_behavior, .. })
            if !matches!(drop_behavior, Some(ast::DropBehavior::Cascade)) =>
        {
            Ok(Outcome::Ignored)
        }
        other => Ok(Outcome::Unsupported(format!(
            "{} statements are not supported yet",
            statement_kind(other)
        ))),
    }
}

/// `EXECUTE` of a prepared statement: its text applied as if it stood where
/// the EXECUTE does. A prepared statement cannot itself prepare or execute one.
fn execute(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    statement: &ParsedStatement,
    text: &str,
) -> ApplyResult<Outcome> {
    let asts = crate::parse::parse_statement_text(text, rules.dialect())
        .map_err(|e| format!("cannot parse the statement EXECUTE runs ({text}): {e}"))?;
    let mut outcome = Outcome::Ignored;
    for ast in asts {
        if matches!(
            ast,
            Statement::Prepare { .. } | Statement::Execute { .. } | Statement::Deallocate { .. }
        ) {
            return Err(
                "This command is not supported in the prepared statement protocol yet".into(),
            );
        }
        let inner = ParsedStatement {
            file: statement.file,
            span: statement.span.clone(),
            text: text.to_string(),
            ast: Box::new(ast),
            procedural: None,
        };
        match apply_whole(rules, catalog, &inner)? {
            Outcome::Applied => outcome = Outcome::Applied,
            Outcome::Ignored => {}
            Outcome::Unsupported(why) => {
                return Ok(Outcome::Unsupported(format!(
                    "the statement EXECUTE runs ({text}): {why}"
                )))
            }
        }
    }
    Ok(outcome)
}

/// `CREATE TABLE t [(names)] AS SELECT ...`: the columns the query yields, as
/// the dialect makes table columns of them.
fn create_table_as(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    create: &CreateTable,
    query: &ast::Query,
    text: &str,
) -> ApplyResult<Outcome> {
    let name = table_name(rules, catalog, create)?;
    let names: Vec<String> = create
        .columns
        .iter()
        .map(|c| rules.fold_ident(&c.name))
        .collect();
    table_from_query(
        rules,
        catalog,
        name,
        &names,
        query,
        create.if_not_exists,
        text,
    )
}

/// The table a query makes (`CREATE TABLE AS`, `SELECT INTO`): its columns,
/// renamed by `names` in order.
fn table_from_query(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: QualifiedName,
    names: &[String],
    query: &ast::Query,
    if_not_exists: bool,
    text: &str,
) -> ApplyResult<Outcome> {
    if catalog.tables.contains_key(&name) {
        if if_not_exists {
            return Ok(Outcome::Applied);
        }
        return Err(format!("table {name} already exists").into());
    }
    let source = QueryText::new(text, QueryTarget::Table);
    let mut columns = view_columns(rules, catalog, query, &[], &source)?;
    for (column, named) in columns.iter_mut().zip(names) {
        column.name = named.clone();
    }
    let Some(mut table) = rules.table_from_query(&name, columns) else {
        return Ok(Outcome::Unsupported(String::from(
            "CREATE TABLE ... AS SELECT is not supported for this dialect yet",
        )));
    };
    table.set_unresolved(unresolved_types(rules, &table));
    table.set_random_names(source.random_names.into_inner());
    catalog.tables.insert(name, table);
    Ok(Outcome::Applied)
}

/// The text of the statement a query is in (where the spans sqlparser gives
/// the query point), and the column names the server picked at random while
/// the query's columns were worked out.
struct QueryText<'a> {
    text: &'a str,
    /// What the query's columns are read for.
    target: QueryTarget,
    random_names: std::cell::RefCell<Vec<String>>,
}

impl<'a> QueryText<'a> {
    fn new(text: &'a str, target: QueryTarget) -> Self {
        QueryText {
            text,
            target,
            random_names: std::cell::RefCell::new(Vec::new()),
        }
    }
}

/// `SELECT ... INTO [TEMP] new_table FROM ...` (PostgreSQL) is CREATE TABLE
/// AS; any other query leaves the schema as it is.
fn select_into(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    query: &ast::Query,
    text: &str,
) -> ApplyResult<Outcome> {
    let SetExpr::Select(select) = query.body.as_ref() else {
        return Ok(Outcome::Ignored);
    };
    let Some(into) = &select.into else {
        return Ok(Outcome::Ignored);
    };
    let name = match into.targets.as_slice() {
        [Expr::Identifier(ident)] => ObjectName::from(vec![ident.clone()]),
        [Expr::CompoundIdentifier(parts)] => ObjectName::from(parts.clone()),
        _ => return Ok(Outcome::Ignored),
    };
    let name = rules.creation_name(catalog, &name)?;
    let create = |catalog: &mut Catalog| {
        match table_from_query(rules, catalog, name.clone(), &[], query, false, text)? {
            // MySQL's `SELECT ... INTO @variable` and the like make no table.
            Outcome::Unsupported(_) => Ok(Outcome::Ignored),
            outcome => Ok(outcome),
        }
    };
    if into.temporary {
        return create_temporary(catalog, name.clone(), create);
    }
    create(catalog)
}

/// `CREATE RULE`: only a rule `ON SELECT DO INSTEAD SELECT ...` changes what
/// reflection sees. On a table (the way old pg_dump files made views) it
/// turns the table into a view reading that query, which the server allows
/// only for a rule named `_RETURN` on a table without indexes or keys; the
/// columns, with their defaults, NOT NULL, CHECKs and comment, stay as they
/// were. Every other rule never shows.
fn create_rule(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    rule: &ast::CreateRule,
    text: &str,
) -> ApplyResult<Outcome> {
    let name = rules.lookup_name(catalog, &rule.table_name);
    let Some(table) = catalog.tables.get(&name) else {
        return Err(format!("relation \"{}\" does not exist", name.name).into());
    };
    let query = match (&rule.event, &rule.do_kind, &rule.action) {
        (ast::CreateRuleEvent::Select, Some(ast::CreateRuleDoKind::Instead), action) => {
            match action {
                ast::CreateRuleAction::Statement(statement) => match statement.as_ref() {
                    Statement::Query(query) => query,
                    _ => return Err("rules on SELECT must have action INSTEAD SELECT".into()),
                },
                ast::CreateRuleAction::Statements(statements) => match statements.as_slice() {
                    [Statement::Query(query)] => query,
                    _ => return Err("rules on SELECT must have action INSTEAD SELECT".into()),
                },
                ast::CreateRuleAction::Nothing => {
                    return Err("rules on SELECT must have action INSTEAD SELECT".into())
                }
            }
        }
        (ast::CreateRuleEvent::Select, _, _) => {
            return Err("rules on SELECT must have action INSTEAD SELECT".into())
        }
        _ => return Ok(Outcome::Ignored),
    };
    if table.kind != TableKind::Table {
        // A view's own rule is replaced by CREATE OR REPLACE VIEW instead.
        return Ok(Outcome::Unsupported(String::from(
            "CREATE RULE ... ON SELECT on a view is not supported; use CREATE OR REPLACE VIEW",
        )));
    }
    if rules.fold_ident(&rule.name) != "_RETURN" {
        return Err(format!("view rule for \"{}\" must be named \"_RETURN\"", name.name).into());
    }
    if table.primary_key.is_some() || !table.uniques.is_empty() || !table.indexes.is_empty() {
        return Err(format!(
            "could not convert table \"{}\" to a view because it has indexes",
            name.name
        )
        .into());
    }
    if table.partitioned || table.partition_of().is_some() {
        return Err(format!(
            "cannot convert partitioned table \"{}\" to a view",
            name.name
        )
        .into());
    }
    let columns = view_columns(
        rules,
        catalog,
        query,
        &[],
        &QueryText::new(text, QueryTarget::View),
    )?;
    let same_columns = columns.len() == table.columns.len()
        && columns
            .iter()
            .zip(&table.columns)
            .all(|(c, t)| c.name == t.name);
    if !same_columns {
        return Err(format!(
            "SELECT rule's target list does not match the columns of \"{}\"",
            name.name
        )
        .into());
    }
    let definition = super::views::view_definition(rules, catalog, query, text);
    if let Some(table) = catalog.tables.get_mut(&name) {
        table.kind = TableKind::View;
        table.set_view(Some(definition));
    }
    Ok(Outcome::Applied)
}

/// `CREATE FOREIGN TABLE`: made as the same `CREATE TABLE` would make it
/// (columns, defaults, NOT NULL, CHECKs; a partition of a partitioned table),
/// then kept as a foreign table, which reflection does not list but views
/// read.
fn create_foreign_table(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    create: &ast::CreateForeignTable,
) -> ApplyResult<Outcome> {
    let mut sql = format!(
        "CREATE TABLE {}{}",
        if create.if_not_exists {
            "IF NOT EXISTS "
        } else {
            ""
        },
        create.name
    );
    let mut elements: Vec<String> = create.columns.iter().map(|c| c.to_string()).collect();
    elements.extend(create.constraints.iter().map(|c| c.to_string()));
    if let Some(parent) = &create.partition_of {
        sql.push_str(&format!(" PARTITION OF {parent}"));
        if !elements.is_empty() {
            sql.push_str(&format!(" ({})", elements.join(", ")));
        }
        match &create.for_values {
            Some(values) => sql.push_str(&format!(" {values}")),
            None => sql.push_str(" DEFAULT"),
        }
    } else {
        sql.push_str(&format!(" ({})", elements.join(", ")));
        if let Some(parents) = &create.inherits {
            let parents: Vec<String> = parents.iter().map(|p| p.to_string()).collect();
            sql.push_str(&format!(" INHERITS ({})", parents.join(", ")));
        }
    }
    let name = rules.creation_name(catalog, &create.name)?;
    let existed = catalog.tables.contains_key(&name);
    let statements = crate::parse::parse_statement_text(&sql, rules.dialect())
        .map_err(|e| format!("cannot read the foreign table as a table ({sql}): {e}"))?;
    let [Statement::CreateTable(table)] = statements.as_slice() else {
        return Err(format!("cannot read the foreign table as a table ({sql})").into());
    };
    let outcome = create_table(rules, catalog, table, &sql)?;
    if !existed {
        if let Some(table) = catalog.tables.get_mut(&name) {
            table.kind = TableKind::ForeignTable;
        }
    }
    Ok(outcome)
}

/// Whether a type of that name exists: an enum, a domain, another type, or
/// the row type of a table or view.
fn type_exists(catalog: &Catalog, name: &QualifiedName) -> bool {
    catalog.enums.contains_key(name)
        || catalog.domains.contains_key(name)
        || catalog.other_types.contains_key(name)
        || catalog.tables.contains_key(name)
}

/// `CREATE TYPE`: an enum, or a type SQLAlchemy does not know (composite,
/// range, base, shell), kept by name.
fn create_type(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &ObjectName,
    representation: Option<&UserDefinedTypeRepresentation>,
) -> ApplyResult<Outcome> {
    let name = rules.creation_name(catalog, name)?;
    let shell = catalog
        .other_types
        .get(&name)
        .is_some_and(|t| t.kind == super::OtherTypeKind::Base { shell: true });
    // A base type's definition completes its shell.
    let completes_shell = shell
        && matches!(
            representation,
            Some(UserDefinedTypeRepresentation::SqlDefinition { .. })
        );
    if type_exists(catalog, &name) && !completes_shell {
        return Err(format!("type \"{}\" already exists", name.name).into());
    }
    let mut columns = Vec::new();
    let kind = match representation {
        Some(UserDefinedTypeRepresentation::Enum { labels }) => {
            let values = labels.iter().map(|l| l.value.clone()).collect();
            catalog
                .enums
                .insert(name.clone(), EnumType { name, values });
            return Ok(Outcome::Applied);
        }
        Some(UserDefinedTypeRepresentation::Composite { attributes }) => {
            for attribute in attributes {
                let mut data_type = rules.column_type(
                    Some(&attribute.data_type),
                    catalog,
                    name.schema.as_deref(),
                )?;
                if let Some(collation) = &attribute.collation {
                    data_type.set_collation(
                        collation
                            .0
                            .last()
                            .and_then(|p| p.as_ident())
                            .map(|i| i.value.clone()),
                    );
                }
                columns.push(Column::new(rules.fold_ident(&attribute.name), data_type));
            }
            super::OtherTypeKind::Composite
        }
        Some(UserDefinedTypeRepresentation::Range { options }) => {
            // `multirange_type_name`, else the name with its first "range"
            // made "multirange", or "_multirange" appended.
            let multirange = options
                .iter()
                .find_map(|o| match o {
                    ast::UserDefinedTypeRangeOption::MultirangeTypeName(n) => {
                        Some(rules.creation_name(catalog, n).ok()?)
                    }
                    _ => None,
                })
                .unwrap_or_else(|| {
                    let multirange = match name.name.find("range") {
                        Some(at) => format!("{}multi{}", &name.name[..at], &name.name[at..]),
                        None => format!("{}_multirange", name.name),
                    };
                    QualifiedName::new(name.schema.clone(), multirange)
                });
            if type_exists(catalog, &multirange) {
                return Err(format!("type \"{}\" already exists", multirange.name).into());
            }
            catalog.other_types.insert(
                multirange.clone(),
                super::OtherType {
                    name: multirange.clone(),
                    kind: super::OtherTypeKind::Multirange,
                    columns: Vec::new(),
                },
            );
            super::OtherTypeKind::Range {
                multirange: multirange.name,
            }
        }
        Some(UserDefinedTypeRepresentation::SqlDefinition { .. }) => {
            super::OtherTypeKind::Base { shell: false }
        }
        None => super::OtherTypeKind::Base { shell: true },
    };
    catalog.other_types.insert(
        name.clone(),
        super::OtherType {
            name: name.clone(),
            kind,
            columns,
        },
    );
    Ok(Outcome::Applied)
}

/// `DROP TYPE` / `DROP DOMAIN` of an existing type. What uses it (columns of
/// it or of an array of it, domains over it and their columns) makes the
/// server refuse, or, under CASCADE, goes with it: each column is dropped as
/// `ALTER TABLE ... DROP COLUMN ... CASCADE` drops it.
fn drop_type(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &QualifiedName,
    cascade: bool,
) -> ApplyResult {
    // The type, the multirange of a range, and domains over any of them.
    let mut types = vec![name.clone()];
    if let Some(super::OtherTypeKind::Range { multirange }) =
        catalog.other_types.get(name).map(|t| t.kind.clone())
    {
        types.push(QualifiedName::new(name.schema.clone(), multirange));
    }
    let own = types.len();
    loop {
        let more: Vec<QualifiedName> = catalog
            .domains
            .values()
            .filter(|d| {
                !types.contains(&d.name)
                    && types.iter().any(|t| {
                        d.data_type.name == t.name && d.data_type.schema() == t.schema.as_deref()
                    })
            })
            .map(|d| d.name.clone())
            .collect();
        if more.is_empty() {
            break;
        }
        types.extend(more);
    }
    let is_dropped = |t: &SqlType| {
        types
            .iter()
            .any(|d| t.name == d.name && t.schema() == d.schema.as_deref())
    };
    let columns: Vec<(QualifiedName, String)> = catalog
        .tables
        .values()
        .filter(|t| t.kind == TableKind::Table)
        .flat_map(|t| {
            t.columns
                .iter()
                .filter(|c| is_dropped(&c.data_type))
                .map(|c| (t.name.clone(), c.name.clone()))
        })
        .collect();
    if (!columns.is_empty() || types.len() > own) && !cascade {
        let dependent = match columns.first() {
            Some((table, column)) => format!("column {column} of table {}", table.name),
            None => format!("type {}", types[own].name),
        };
        return Err(format!(
            "cannot drop type {} because other objects depend on it ({dependent})",
            name.name
        )
        .into());
    }
    for (table, column) in columns {
        let schema = table
            .schema
            .clone()
            .unwrap_or_else(|| String::from("public"));
        let table_name = ObjectName::from(vec![
            Ident::with_quote('"', schema),
            Ident::with_quote('"', table.name.clone()),
        ]);
        let operation = AlterTableOperation::DropColumn {
            has_column_keyword: true,
            column_names: vec![Ident::with_quote('"', column)],
            if_exists: true,
            drop_behavior: Some(ast::DropBehavior::Cascade),
        };
        if let Outcome::Unsupported(why) =
            alter_table(rules, catalog, &table_name, &[operation], false, false, "")?
        {
            return Err(why.into());
        }
    }
    for dropped in &types {
        catalog.enums.shift_remove(dropped);
        catalog.domains.shift_remove(dropped);
        catalog.other_types.shift_remove(dropped);
    }
    Ok(())
}

/// `CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v]
/// [CASCADE]`: the relations the extension creates, in `s` or the current
/// schema.
fn create_extension(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    create: &ast::CreateExtension,
) -> ApplyResult<Outcome> {
    let name = rules.fold_ident(&create.name);
    if catalog.extensions.contains_key(&name) {
        if create.if_not_exists {
            return Ok(Outcome::Applied);
        }
        return Err(format!("extension \"{name}\" already exists").into());
    }
    let schema = create
        .schema
        .as_ref()
        .and_then(|s| rules.schema_of(&rules.fold_ident(s)));
    let version = create.version.as_ref().map(|v| v.value.as_str());
    install_extension(rules, catalog, &name, version, &schema, create.cascade)?;
    Ok(Outcome::Applied)
}

fn install_extension(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &str,
    version: Option<&str>,
    schema: &Option<String>,
    cascade: bool,
) -> ApplyResult {
    let plan = rules.extension(name, version, schema)?.unwrap_or_default();
    for required in &plan.requires {
        if catalog.extensions.contains_key(required) {
            continue;
        }
        if !cascade {
            return Err(format!("required extension \"{required}\" is not installed").into());
        }
        install_extension(rules, catalog, required, None, schema, cascade)?;
    }
    if let Some(taken) = plan
        .relations
        .iter()
        .find(|t| catalog.tables.contains_key(&t.name))
    {
        return Err(format!("relation \"{}\" already exists", taken.name.name).into());
    }
    let relations = plan.relations.iter().map(|t| t.name.clone()).collect();
    for table in plan.relations {
        catalog.tables.insert(table.name.clone(), table);
    }
    catalog.extensions.insert(
        name.to_string(),
        super::Extension {
            name: name.to_string(),
            schema: schema.clone(),
            requires: plan.requires,
            relations,
        },
    );
    Ok(())
}

/// `DROP EXTENSION [IF EXISTS] name, ... [CASCADE]`: the relations each
/// created go with it (and, under CASCADE, the extensions that need it and
/// the views that read them).
fn drop_extensions(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    drop: &ast::DropExtension,
) -> ApplyResult<Outcome> {
    let cascade = matches!(
        drop.cascade_or_restrict,
        Some(ast::ReferentialAction::Cascade)
    );
    let mut dropped: Vec<String> = Vec::new();
    for ident in &drop.names {
        let name = rules.fold_ident(ident);
        if catalog.extensions.contains_key(&name) {
            dropped.push(name);
        } else if !drop.if_exists {
            return Err(format!("extension \"{name}\" does not exist").into());
        }
    }
    // Those that need a dropped one.
    loop {
        let more: Vec<String> = catalog
            .extensions
            .values()
            .filter(|e| {
                !dropped.contains(&e.name) && e.requires.iter().any(|r| dropped.contains(r))
            })
            .map(|e| e.name.clone())
            .collect();
        if more.is_empty() {
            break;
        }
        if !cascade {
            return Err(format!(
                "cannot drop extension {} because other objects depend on it",
                dropped[0]
            )
            .into());
        }
        dropped.extend(more);
    }
    let relations: Vec<ObjectName> = dropped
        .iter()
        .filter_map(|name| catalog.extensions.get(name))
        .flat_map(|e| e.relations.iter())
        .filter(|r| catalog.tables.contains_key(*r))
        .map(|r| {
            let schema = r.schema.clone().unwrap_or_else(|| String::from("public"));
            ObjectName::from(vec![
                Ident::with_quote('"', schema),
                Ident::with_quote('"', r.name.clone()),
            ])
        })
        .collect();
    if !relations.is_empty() {
        drop_relations(
            rules,
            catalog,
            ObjectType::View,
            true,
            false,
            &relations,
            cascade,
        )?;
    }
    for name in &dropped {
        catalog.extensions.shift_remove(name);
    }
    Ok(Outcome::Applied)
}

/// An index access method's name as the server looks it up: a name is an
/// identifier, so a quoted one (`USING "btree"`, as ORMs write it) is taken as
/// written and an unquoted one folds to lower case.
fn index_method(method: &ast::IndexType) -> String {
    match method {
        ast::IndexType::Custom(ident) if ident.quote_style.is_some() => ident.value.clone(),
        other => other.to_string().to_ascii_lowercase(),
    }
}

/// `CREATE VIRTUAL TABLE`: the virtual table, then each shadow table its module
/// creates, applied as the `CREATE TABLE` the module runs.
fn create_virtual_table(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &ObjectName,
    if_not_exists: bool,
    module: &str,
    text: &str,
) -> ApplyResult<Outcome> {
    let name = rules.qualified_name(name);
    rules.check_new_name(&name.name)?;
    let taken = |catalog: &Catalog, wanted: &QualifiedName| {
        catalog
            .tables
            .keys()
            .any(|t| t.schema == wanted.schema && t.name.eq_ignore_ascii_case(&wanted.name))
    };
    if taken(catalog, &name) {
        if if_not_exists {
            return Ok(Outcome::Applied);
        }
        return Err(format!("table {} already exists", name.name).into());
    }
    let Some(plan) = rules.virtual_table(catalog, &name, module, text)? else {
        return Ok(Outcome::Unsupported(String::from(
            "CREATE VIRTUAL TABLE is not supported for this dialect",
        )));
    };
    if let Some(shadow) = plan.shadow_tables.iter().find(|s| taken(catalog, &s.name)) {
        return Err(format!("table '{}' already exists", shadow.name.name).into());
    }
    let mut shadows = Vec::new();
    for shadow in &plan.shadow_tables {
        let (statements, diagnostics) =
            crate::parse::parse_script(0, &shadow.parse_sql, rules.dialect());
        match (statements.as_slice(), diagnostics.is_empty()) {
            ([parsed], true) => match &*parsed.ast {
                Statement::CreateTable(create) => shadows.push(create.clone()),
                _ => return Err(format!("cannot create shadow table {}", shadow.name).into()),
            },
            _ => return Err(format!("cannot create shadow table {}", shadow.name).into()),
        }
    }
    let mut table = plan.table;
    table.set_virtual_table(Some(super::VirtualTable {
        module: plan.module.clone(),
        shadow_tables: plan.shadow_tables.iter().map(|s| s.name.clone()).collect(),
    }));
    catalog.tables.insert(name, table);
    for (create, shadow) in shadows.iter().zip(&plan.shadow_tables) {
        create_table(rules, catalog, create, &shadow.stored_sql)?;
    }
    Ok(Outcome::Applied)
}

/// `ALTER TYPE` on an enum: ADD VALUE [BEFORE|AFTER], RENAME VALUE, RENAME TO.
fn alter_enum_type(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    alter: &ast::AlterType,
) -> ApplyResult<Outcome> {
    let name = rules.lookup_name(catalog, &alter.name);
    if let (Some(_), ast::AlterTypeOperation::Rename(rename)) =
        (catalog.other_types.get(&name), &alter.operation)
    {
        return rename_other_type(rules, catalog, &name, &rename.new_name);
    }
    let Some(enum_type) = catalog.enums.get_mut(&name) else {
        return Err(format!("type \"{}\" does not exist or is not an enum", name.name).into());
    };
    match &alter.operation {
        ast::AlterTypeOperation::AddValue(add) => {
            let value = add.value.value.clone();
            if enum_type.values.contains(&value) {
                if add.if_not_exists {
                    return Ok(Outcome::Applied);
                }
                return Err(format!("enum label \"{value}\" already exists").into());
            }
            let at = match &add.position {
                None => enum_type.values.len(),
                Some(ast::AlterTypeAddValuePosition::Before(n)) => enum_type
                    .values
                    .iter()
                    .position(|v| *v == n.value)
                    .ok_or_else(|| format!("\"{}\" is not an existing enum label", n.value))?,
                Some(ast::AlterTypeAddValuePosition::After(n)) => {
                    enum_type
                        .values
                        .iter()
                        .position(|v| *v == n.value)
                        .ok_or_else(|| format!("\"{}\" is not an existing enum label", n.value))?
                        + 1
                }
            };
            enum_type.values.insert(at, value);
        }
        ast::AlterTypeOperation::RenameValue(rename) => {
            if enum_type.values.contains(&rename.to.value) {
                return Err(format!("enum label \"{}\" already exists", rename.to.value).into());
            }
            let slot = enum_type
                .values
                .iter_mut()
                .find(|v| **v == rename.from.value)
                .ok_or_else(|| {
                    format!("\"{}\" is not an existing enum label", rename.from.value)
                })?;
            *slot = rename.to.value.clone();
            // Stored constants of the type hold the label itself: they print
            // the new name.
            let (from, to) = (rename.from.value.as_str(), rename.to.value.as_str());
            for table in catalog.tables.values_mut() {
                let renamed = |text: &str| rules.rename_enum_value_in_text(text, &name, from, to);
                for column in &mut table.columns {
                    if let Some(default) = &mut column.default {
                        *default = renamed(default);
                    }
                    if let Some(generated) = column.generated_mut() {
                        generated.expression = renamed(&generated.expression);
                    }
                }
                for check in &mut table.checks {
                    check.expression = renamed(&check.expression);
                }
                for index in &mut table.indexes {
                    if let Some(predicate) = &mut index.predicate {
                        *predicate = renamed(predicate);
                    }
                    for element in &mut index.elements {
                        if let IndexElement::Expression(text) = element {
                            *text = renamed(text);
                        }
                    }
                }
            }
        }
        ast::AlterTypeOperation::Rename(rename) => {
            let renamed =
                QualifiedName::new(name.schema.clone(), rules.fold_ident(&rename.new_name));
            if catalog.enums.contains_key(&renamed) || catalog.domains.contains_key(&renamed) {
                return Err(format!("type \"{}\" already exists", renamed.name).into());
            }
            let Some(mut enum_type) = catalog.enums.shift_remove(&name) else {
                return Ok(Outcome::Applied);
            };
            enum_type.name = renamed.clone();
            catalog.enums.insert(renamed.clone(), enum_type);
            // Columns refer to the type itself, so they follow the new name, and
            // so do the casts in stored expressions.
            for table in catalog.tables.values_mut() {
                for column in &mut table.columns {
                    let t = &mut column.data_type;
                    if t.name == name.name && t.schema() == name.schema.as_deref() {
                        t.name = renamed.name.clone();
                    }
                    if let Some(default) = &mut column.default {
                        *default = rules.rename_type_in_text(default, &name.name, &renamed.name);
                    }
                }
                for check in &mut table.checks {
                    check.expression =
                        rules.rename_type_in_text(&check.expression, &name.name, &renamed.name);
                }
            }
        }
    }
    Ok(Outcome::Applied)
}

/// `ALTER TYPE t RENAME TO n` of a composite, range or base type: columns of
/// it follow the new name (they still reflect as NullType, but a later DROP
/// TYPE finds them); a composite type renames its relation.
fn rename_other_type(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &QualifiedName,
    new_name: &Ident,
) -> ApplyResult<Outcome> {
    let renamed = QualifiedName::new(name.schema.clone(), rules.fold_ident(new_name));
    if type_exists(catalog, &renamed) {
        return Err(format!("type \"{}\" already exists", renamed.name).into());
    }
    let Some(mut other) = catalog.other_types.shift_remove(name) else {
        return Ok(Outcome::Applied);
    };
    other.name = renamed.clone();
    catalog.other_types.insert(renamed.clone(), other);
    for table in catalog.tables.values_mut() {
        for column in &mut table.columns {
            let t = &mut column.data_type;
            if t.name == name.name && t.schema() == name.schema.as_deref() {
                t.name = renamed.name.clone();
            }
        }
    }
    for domain in catalog.domains.values_mut() {
        let t = &mut domain.data_type;
        if t.name == name.name && t.schema() == name.schema.as_deref() {
            t.name = renamed.name.clone();
        }
    }
    Ok(Outcome::Applied)
}

/// The first keywords of a statement, to name it in a message.
fn statement_kind(statement: &Statement) -> String {
    let text = statement.to_string();
    text.split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

fn create_table(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    create: &CreateTable,
    text: &str,
) -> ApplyResult<Outcome> {
    if !create.temporary {
        return create_base_table(rules, catalog, create, text);
    }
    let name = rules.qualified_name(&create.name);
    create_temporary(catalog, name, |catalog| {
        create_base_table(rules, catalog, create, text)
    })
}

/// Create the temporary relation `name` with `create`: it hides a permanent
/// table of the same name until it is dropped or its session ends.
fn create_temporary(
    catalog: &mut Catalog,
    name: QualifiedName,
    create: impl FnOnce(&mut Catalog) -> ApplyResult<Outcome>,
) -> ApplyResult<Outcome> {
    let already = catalog.temporary.iter().any(|(n, _)| *n == name);
    let hidden = match catalog.tables.get_index_of(&name) {
        Some(index) if !already => catalog
            .tables
            .shift_remove_index(index)
            .map(|(_, table)| (index, table)),
        _ => None,
    };
    let outcome = create(catalog);
    let created = matches!(outcome, Ok(Outcome::Applied)) && !already;
    if created {
        catalog.temporary.push((name, hidden));
    } else if let Some((index, table)) = hidden {
        let index = index.min(catalog.tables.len());
        catalog.tables.shift_insert(index, name, table);
    }
    outcome
}

/// The name a new table gets: a temporary one keeps its name as written (it
/// lives in the session's own schema); another goes where the session
/// creates unqualified names.
fn table_name(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    create: &CreateTable,
) -> ApplyResult<QualifiedName> {
    if create.temporary {
        Ok(rules.qualified_name(&create.name))
    } else {
        rules.creation_name(catalog, &create.name)
    }
}

/// The name a new view gets (as [`table_name`]).
fn view_name(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    view: &ast::CreateView,
) -> ApplyResult<QualifiedName> {
    if view.temporary {
        Ok(rules.qualified_name(&view.name))
    } else {
        rules.creation_name(catalog, &view.name)
    }
}

fn create_base_table(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    create: &CreateTable,
    text: &str,
) -> ApplyResult<Outcome> {
    let written = rules.qualified_name(&create.name);
    if rules.made_by_the_server(&written.name) {
        return Ok(Outcome::Ignored);
    }
    rules.check_new_name(&written.name)?;
    drop(written);
    // A PostgreSQL table's row type takes its name among the types (a
    // composite type is a relation too). Where a new table goes depends on
    // the schemas and the search path, which nothing below changes.
    let name = table_name(rules, catalog, create)?;
    if let Some(other) = catalog.other_types.get(&name) {
        if other.kind == super::OtherTypeKind::Composite {
            if create.if_not_exists {
                return Ok(Outcome::Applied);
            }
            return Err(format!("relation \"{}\" already exists", name.name).into());
        }
    }
    if catalog.other_types.contains_key(&name)
        || catalog.enums.contains_key(&name)
        || catalog.domains.contains_key(&name)
    {
        return Err(format!("type \"{}\" already exists", name.name).into());
    }
    // MariaDB's `CREATE OR REPLACE TABLE`: the table of that name goes first.
    if create.or_replace && catalog.tables.contains_key(&name) {
        drop_relations(
            rules,
            catalog,
            ObjectType::Table,
            true,
            false,
            std::slice::from_ref(&create.name),
            false,
        )?;
    }
    if let (Some(query), None, None) = (&create.query, &create.like, &create.clone) {
        if !rules.query_columns_follow_definitions() {
            return create_table_as(rules, catalog, create, query, text);
        }
    }
    // PostgreSQL's `LIKE source` elements among the columns.
    let likes = rules.like_elements(create, text);
    if let (Some(like), None, true) = (&create.like, &create.query, likes.is_empty()) {
        let source = match like {
            ast::CreateTableLikeKind::Parenthesized(like)
            | ast::CreateTableLikeKind::Plain(like) => rules.lookup_name(catalog, &like.name),
        };
        if catalog.tables.contains_key(&name) {
            if create.if_not_exists {
                return Ok(Outcome::Applied);
            }
            return Err(format!("table {name} already exists").into());
        }
        let source = catalog
            .tables
            .get(&source)
            .ok_or_else(|| format!("table {source} does not exist"))?;
        let Some(table) = rules.table_like(source, name.clone()) else {
            return Ok(Outcome::Unsupported(String::from(
                "CREATE TABLE ... LIKE is not supported for this dialect yet",
            )));
        };
        for index in &table.indexes {
            catalog.register_name(&name, &index.name);
        }
        catalog.tables.insert(name, table);
        return Ok(Outcome::Applied);
    }
    if (create.like.is_some() && likes.is_empty()) || create.clone.is_some() {
        return Ok(Outcome::Unsupported(String::from(
            "CREATE TABLE ... LIKE / CLONE is not supported yet",
        )));
    }
    if catalog.tables.contains_key(&name) {
        if create.if_not_exists {
            return Ok(Outcome::Applied);
        }
        return Err(format!("table {name} already exists").into());
    }
    let mut like_sources = Vec::new();
    for like in &likes {
        let source = crate::parse::parse_object_name(&like.source, rules.dialect())
            .map(|n| rules.lookup_name(catalog, &n))
            .ok_or_else(|| format!("invalid relation name {}", like.source))?;
        // A composite type is a relation too: its attributes are the columns.
        let composite = catalog
            .other_types
            .get(&source)
            .filter(|t| t.kind == super::OtherTypeKind::Composite)
            .map(|t| {
                let mut table = Table::new(source.clone(), TableKind::Table);
                table.columns = t.columns.clone();
                table
            });
        match catalog.tables.get(&source).cloned().or(composite) {
            Some(table) => like_sources.push(table),
            None => return Err(format!("relation \"{source}\" does not exist").into()),
        }
    }
    // MySQL's `CREATE TABLE t [(definitions)] [AS] SELECT`: the query's
    // columns come after the definitions (see `query_columns_follow_definitions`).
    let query_columns = match (&create.query, &create.like, &create.clone) {
        (Some(query), None, None) => Some(view_columns(
            rules,
            catalog,
            query,
            &[],
            &QueryText::new(text, QueryTarget::Table),
        )?),
        _ => None,
    };
    let mut table = Table::new(name.clone(), TableKind::Table);
    table.partitioned = create.partition_by.is_some();
    table.stored_sql = rules.stored_table_sql(text);
    table.comment = table_comment(create);
    for option in table_options(create) {
        table.set_option(option.0, option.1);
    }
    // A draft is large: growing the list copied each one several times.
    let mut columns = Vec::with_capacity(create.columns.len());
    let mut constraints = Vec::with_capacity(create.constraints.len() + 1);
    // PostgreSQL `INHERITS (parent)` and `PARTITION OF parent`: the parent's
    // columns come first, with its defaults, NOT NULL and CHECK constraints; a
    // partition also gets the parent's keys, indexes and foreign keys (see
    // `ServerRules::attach_partition`).
    let parents: Vec<QualifiedName> = create
        .partition_of
        .iter()
        .chain(create.inherits.iter().flatten())
        .map(|p| rules.lookup_name(catalog, p))
        .collect();
    for parent_name in &parents {
        let parent = catalog
            .tables
            .get(parent_name)
            .ok_or_else(|| format!("relation \"{parent_name}\" does not exist"))?;
        for column in &parent.columns {
            if table.column(&column.name).is_none() {
                let mut inherited = column.clone();
                inherited.set_comment(None);
                table.columns.push(inherited);
            }
        }
        table.checks.extend(parent.checks.iter().cloned());
    }
    // A LIKE element's columns go where it stands among the column definitions.
    let mut pending_likes = likes.iter().zip(&like_sources).peekable();
    let mut like_columns = |columns: &mut Vec<ColumnDraft>, before: usize| {
        while let Some((like, source)) = pending_likes.next_if(|(l, _)| l.position <= before) {
            for column in &source.columns {
                columns.push(ColumnDraft::copied(
                    rules.like_column(column, &like.options),
                ));
            }
        }
    };
    // sqlparser reads a bare `LIKE s` among other elements as a column `like`
    // of type `s` (a column of that name needs quotes in PostgreSQL).
    let own_columns = create.columns.iter().filter(|c| {
        likes.is_empty()
            || c.name.quote_style.is_some()
            || !c.name.value.eq_ignore_ascii_case("like")
    });
    for (at, column) in own_columns.enumerate() {
        like_columns(&mut columns, at);
        let (draft, inline) =
            column_draft(rules, catalog, column, name.schema.as_deref(), Some(&name))?;
        // A column the parent already has is merged into the inherited one.
        if table.column(&draft.column.name).is_none() {
            columns.push(draft);
        }
        constraints.extend(inline);
    }
    like_columns(&mut columns, usize::MAX);
    if !likes.is_empty() {
        for (at, draft) in columns.iter().enumerate() {
            if columns[..at]
                .iter()
                .any(|d| d.column.name == draft.column.name)
            {
                return Err(
                    format!("column \"{}\" specified more than once", draft.column.name).into(),
                );
            }
        }
    }
    if let Some(query_columns) = query_columns {
        // The columns defined only in the statement come first, then the
        // query's in its order; a column defined in the statement stands in
        // for the query's column of that name, at the query's position (column
        // names are case-insensitive where this applies).
        let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        let (mut defined_only, mut defined_too): (Vec<_>, Vec<_>) =
            std::mem::take(&mut columns).into_iter().partition(|d| {
                !query_columns
                    .iter()
                    .any(|column| same(&column.name, &d.column.name))
            });
        columns.append(&mut defined_only);
        for column in query_columns {
            if let Some(at) = defined_too
                .iter()
                .position(|d| same(&d.column.name, &column.name))
            {
                columns.push(defined_too.remove(at));
                continue;
            }
            if columns.iter().any(|d| same(&d.column.name, &column.name)) {
                continue;
            }
            columns.push(ColumnDraft::copied(column));
        }
    }
    for constraint in &create.constraints {
        if let Some(draft) = constraint_draft(rules, catalog, constraint, Some(&name))? {
            constraints.push(draft);
        }
    }
    let known = KnownColumns::new(
        rules,
        (table.columns.iter().map(|c| c.name.as_str()))
            .chain(columns.iter().map(|d| d.column.name.as_str())),
    );
    name_columns_as_defined(rules, &known, &mut constraints);
    drop(known);
    rules.add_to_table(catalog, &mut table, columns, constraints, text)?;
    // What the LIKE elements copy comes after the table's own constraints
    // (own keys take the names first).
    for (like, source) in likes.iter().zip(&like_sources) {
        rules.expand_like(catalog, &mut table, source, &like.options)?;
    }
    if create.query.is_some() {
        // Every server types a table's columns.
        let unresolved = table
            .columns
            .iter()
            .filter(|c| c.data_type.name.is_empty())
            .map(|c| c.name.clone())
            .collect();
        table.set_unresolved(unresolved);
    }
    if let Some(parent) = &create.partition_of {
        let parent = rules.lookup_name(catalog, parent);
        let parent = catalog
            .tables
            .get(&parent)
            .cloned()
            .ok_or_else(|| format!("relation \"{parent}\" does not exist"))?;
        rules.attach_partition(catalog, &parent, &mut table)?;
    }
    catalog.tables.insert(name, table);
    Ok(Outcome::Applied)
}

/// The table's comment; an empty one is none (the server shows none).
fn table_comment(create: &CreateTable) -> Option<String> {
    written_table_comment(create).filter(|c| !c.is_empty())
}

fn written_table_comment(create: &CreateTable) -> Option<String> {
    if let Some(comment) = &create.comment {
        return Some(comment_text(comment));
    }
    let options = match &create.table_options {
        ast::CreateTableOptions::Plain(options)
        | ast::CreateTableOptions::TableProperties(options)
        | ast::CreateTableOptions::With(options)
        | ast::CreateTableOptions::Options(options) => options.as_slice(),
        ast::CreateTableOptions::None => &[],
    };
    options.iter().find_map(|option| match option {
        ast::SqlOption::Comment(comment) => Some(comment_text(comment)),
        _ => None,
    })
}

fn comment_text(comment: &ast::CommentDef) -> String {
    match comment {
        ast::CommentDef::WithEq(text) | ast::CommentDef::WithoutEq(text) => text.clone(),
    }
}

/// `ENGINE=InnoDB`, `DEFAULT CHARSET=utf8mb4` ... as lower-case key, value pairs.
fn table_options(create: &CreateTable) -> Vec<(String, String)> {
    let options = match &create.table_options {
        ast::CreateTableOptions::Plain(options) => options.as_slice(),
        _ => &[],
    };
    options
        .iter()
        .filter_map(|option| match option {
            ast::SqlOption::KeyValue { key, value } => {
                Some((object_name_text(key).to_ascii_lowercase(), expr_word(value)))
            }
            ast::SqlOption::NamedParenthesizedList(list) => Some((
                list.key.value.to_ascii_lowercase(),
                list.name
                    .as_ref()
                    .map(|n| n.value.clone())
                    .unwrap_or_default(),
            )),
            _ => None,
        })
        .collect()
}

/// A bare word or string as its plain text.
fn expr_word(expr: &Expr) -> String {
    match expr {
        Expr::Identifier(ident) => ident.value.clone(),
        Expr::Value(value) => match &value.value {
            ast::Value::SingleQuotedString(s) | ast::Value::DoubleQuotedString(s) => s.clone(),
            other => other.to_string(),
        },
        other => other.to_string(),
    }
}

fn column_draft<'a>(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    column: &'a ColumnDef,
    table_schema: Option<&str>,
    creating: Option<&QualifiedName>,
) -> ApplyResult<(ColumnDraft<'a>, Vec<ConstraintDraft<'a>>)> {
    let name = rules.fold_ident(&column.name);
    let declared_type = match &column.data_type {
        ast::DataType::Unspecified => None,
        other => Some(other),
    };
    let mut declared = declared_type
        .filter(|_| rules.takes_types_apart())
        .map(super::declared::DeclaredType::from_ast);
    let data_type =
        rules.column_type_of(declared_type, declared.as_mut(), catalog, table_schema)?;
    let mut draft = ColumnDraft {
        column: Column::new(name, data_type),
        declared,
        default: None,
        on_update: None,
        generated: None,
        identity: None,
        explicit_nullable: None,
    };
    let mut constraints = Vec::new();
    for option in &column.options {
        let constraint_name = option.name.as_ref().map(|n| rules.fold_ident(n));
        match &option.option {
            ColumnOption::Null => draft.explicit_nullable = Some(true),
            ColumnOption::NotNull => draft.explicit_nullable = Some(false),
            ColumnOption::Default(expr) => draft.default = Some(expr),
            ColumnOption::OnUpdate(expr) => draft.on_update = Some(expr),
            // An empty comment is none (SHOW CREATE TABLE leaves it out).
            ColumnOption::Comment(text) => draft
                .column
                .set_comment((!text.is_empty()).then(|| text.clone())),
            ColumnOption::CharacterSet(charset) => draft
                .column
                .data_type
                .set_charset(Some(object_name_text(charset))),
            ColumnOption::Collation(collation) => {
                // A collation is reported by its name (pg_dump qualifies
                // the built-in ones: `pg_catalog."C"`).
                draft.column.data_type.set_collation(
                    collation
                        .0
                        .last()
                        .and_then(|p| p.as_ident())
                        .map(|i| i.value.clone()),
                )
            }
            ColumnOption::PrimaryKey(pk) => constraints.push(ConstraintDraft::PrimaryKey {
                name: constraint_name.or_else(|| pk.name.as_ref().map(|n| rules.fold_ident(n))),
                columns: vec![draft.column.name.clone()],
                prefix_lengths: Vec::new(),
                inline: true,
            }),
            ColumnOption::Unique(unique) => constraints.push(ConstraintDraft::Unique {
                name: constraint_name.or_else(|| unique.name.as_ref().map(|n| rules.fold_ident(n))),
                columns: vec![draft.column.name.clone()],
                prefix_lengths: Vec::new(),
                inline: Some(draft.column.name.clone()),
            }),
            ColumnOption::ForeignKey(fk) => constraints.push(foreign_key_draft(
                rules,
                catalog,
                creating,
                constraint_name.or_else(|| fk.name.as_ref().map(|n| rules.fold_ident(n))),
                vec![draft.column.name.clone()],
                fk,
                true,
            )),
            ColumnOption::Check(check) => constraints.push(ConstraintDraft::Check {
                name: constraint_name.or_else(|| check.name.as_ref().map(|n| rules.fold_ident(n))),
                expr: &check.expr,
                inline: Some(draft.column.name.clone()),
            }),
            ColumnOption::Generated {
                generated_as,
                sequence_options,
                generation_expr,
                generation_expr_mode,
                ..
            } => match generation_expr {
                Some(expr) => {
                    let persisted = generation_expr_mode
                        .as_ref()
                        .map(|mode| matches!(mode, GeneratedExpressionMode::Stored));
                    draft.generated = Some((expr, persisted));
                }
                None => {
                    draft.identity = Some(Box::new(identity_draft(
                        matches!(generated_as, GeneratedAs::Always),
                        sequence_options.as_deref().unwrap_or(&[]),
                    )))
                }
            },
            ColumnOption::DialectSpecific(tokens) => {
                // A bare word, as a quoted one prints with its quotes.
                let autoincrement = tokens.iter().any(|t| {
                    matches!(t, Token::Word(w) if w.quote_style.is_none()
                        && (w.value.eq_ignore_ascii_case("AUTO_INCREMENT")
                            || w.value.eq_ignore_ascii_case("AUTOINCREMENT")))
                });
                if autoincrement {
                    draft.column.autoincrement = true;
                }
            }
            ColumnOption::Identity(_) => draft.column.autoincrement = true,
            // Foreign table column options never show; SQLite's conflict
            // resolution (`NOT NULL ON CONFLICT IGNORE`) changes what an INSERT
            // does, not the schema.
            ColumnOption::Invisible => draft.column.invisible = true,
            ColumnOption::Options(_)
            | ColumnOption::GenericOptions(_)
            | ColumnOption::OnConflict(_) => {}
            other => {
                return Err(format!(
                    "column option `{other}` on column {} is not supported yet",
                    draft.column.name
                )
                .into())
            }
        }
    }
    if rules.implies_unique(draft.declared.as_ref()) {
        constraints.push(ConstraintDraft::Unique {
            name: None,
            columns: vec![draft.column.name.clone()],
            prefix_lengths: Vec::new(),
            inline: Some(draft.column.name.clone()),
        });
    }
    Ok((draft, constraints))
}

fn identity_draft(always: bool, options: &[SequenceOptions]) -> IdentityDraft {
    let mut identity = IdentityDraft {
        always,
        ..IdentityDraft::default()
    };
    for option in options {
        match option {
            SequenceOptions::StartWith(expr, _) => identity.start = expr_integer(expr),
            SequenceOptions::IncrementBy(expr, _) => identity.increment = expr_integer(expr),
            SequenceOptions::MinValue(Some(expr)) => identity.minvalue = expr_integer(expr),
            SequenceOptions::MaxValue(Some(expr)) => identity.maxvalue = expr_integer(expr),
            SequenceOptions::Cache(expr) => identity.cache = expr_integer(expr),
            SequenceOptions::Cycle(no) => identity.cycle = !*no,
            _ => {}
        }
    }
    identity
}

/// An integer literal, signed or not.
pub fn expr_integer(expr: &Expr) -> Option<i128> {
    match expr {
        Expr::Value(value) => match &value.value {
            ast::Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        Expr::UnaryOp {
            op: ast::UnaryOperator::Minus,
            expr,
        } => expr_integer(expr).map(|n| -n),
        Expr::UnaryOp {
            op: ast::UnaryOperator::Plus,
            expr,
        } => expr_integer(expr),
        Expr::Nested(inner) => expr_integer(inner),
        _ => None,
    }
}

fn object_name_text(name: &ObjectName) -> String {
    if let [part] = name.0.as_slice() {
        return part.as_ident().map(|i| i.value.clone()).unwrap_or_default();
    }
    name.0
        .iter()
        .filter_map(|p| p.as_ident())
        .map(|i| i.value.clone())
        .collect::<Vec<_>>()
        .join(".")
}

fn referential_action(action: &Option<ast::ReferentialAction>) -> Option<ReferentialAction> {
    action.map(|a| match a {
        ast::ReferentialAction::Restrict => ReferentialAction::Restrict,
        ast::ReferentialAction::Cascade => ReferentialAction::Cascade,
        ast::ReferentialAction::SetNull => ReferentialAction::SetNull,
        ast::ReferentialAction::NoAction => ReferentialAction::NoAction,
        ast::ReferentialAction::SetDefault => ReferentialAction::SetDefault,
    })
}

/// A foreign key as written. `creating`: the table the statement creates,
/// which an unqualified target of its name is (the server resolves the
/// target once the table exists, and the new table's schema is the first
/// one the search path looks in).
fn foreign_key_draft<'a>(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    creating: Option<&QualifiedName>,
    name: Option<String>,
    columns: Vec<String>,
    fk: &ast::ForeignKeyConstraint,
    inline: bool,
) -> ConstraintDraft<'a> {
    let (deferrable, initially) = characteristics(&fk.characteristics);
    ConstraintDraft::ForeignKey {
        name,
        columns,
        referred_table: match creating {
            Some(table)
                if fk.foreign_table.0.len() == 1
                    && rules.qualified_name(&fk.foreign_table).name == table.name =>
            {
                table.clone()
            }
            _ => rules.lookup_name(catalog, &fk.foreign_table),
        },
        referred_columns: fk
            .referred_columns
            .iter()
            .map(|c| rules.fold_ident(c))
            .collect(),
        on_delete: referential_action(&fk.on_delete),
        on_update: referential_action(&fk.on_update),
        deferrable,
        initially,
        match_kind: fk.match_kind.map(|m| match m {
            ast::ConstraintReferenceMatchKind::Full => String::from("FULL"),
            ast::ConstraintReferenceMatchKind::Partial => String::from("PARTIAL"),
            ast::ConstraintReferenceMatchKind::Simple => String::from("SIMPLE"),
        }),
        inline,
    }
}

fn characteristics(c: &Option<ConstraintCharacteristics>) -> (Option<bool>, Option<String>) {
    match c {
        None => (None, None),
        Some(c) => (
            c.deferrable,
            c.initially.map(|i| match i {
                DeferrableInitial::Immediate => String::from("IMMEDIATE"),
                DeferrableInitial::Deferred => String::from("DEFERRED"),
            }),
        ),
    }
}

/// A key's parts: columns (a prefix `col(10)` counts as its column, with its
/// length listed apart) and expressions.
fn index_columns(
    rules: &dyn ServerRules,
    columns: &[ast::IndexColumn],
) -> (Vec<IndexElement>, Vec<(String, u64)>) {
    let mut prefix_lengths = Vec::new();
    let elements = columns
        .iter()
        .map(|c| match rules.key_column(&c.column.expr) {
            Some(name) => IndexElement::Column(name),
            None => match rules.key_part_prefix(&c.column.expr) {
                Some((column, length)) => {
                    prefix_lengths.push((column.clone(), length));
                    IndexElement::Column(column)
                }
                None => IndexElement::Expression(c.column.expr.to_string()),
            },
        })
        .collect();
    (elements, prefix_lengths)
}

/// A primary or unique key's columns (and their prefix lengths, if any).
#[allow(clippy::type_complexity)]
fn column_names(
    rules: &dyn ServerRules,
    columns: &[ast::IndexColumn],
) -> ApplyResult<(Vec<String>, Vec<(String, u64)>)> {
    let (elements, prefix_lengths) = index_columns(rules, columns);
    let names = elements
        .into_iter()
        .map(|e| match e {
            IndexElement::Column(name) => Ok(name),
            IndexElement::Expression(expr) => Err(ApplyError(format!(
                "expression `{expr}` in a key is not supported"
            ))),
        })
        .collect::<ApplyResult<Vec<String>>>()?;
    Ok((names, prefix_lengths))
}

fn constraint_draft<'a>(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    constraint: &'a TableConstraint,
    creating: Option<&QualifiedName>,
) -> ApplyResult<Option<ConstraintDraft<'a>>> {
    let name_of = |n: &Option<ast::Ident>| n.as_ref().map(|n| rules.fold_ident(n));
    Ok(Some(match constraint {
        TableConstraint::PrimaryKey(pk) => {
            let (columns, prefix_lengths) = column_names(rules, &pk.columns)?;
            ConstraintDraft::PrimaryKey {
                name: name_of(&pk.name),
                columns,
                prefix_lengths,
                inline: false,
            }
        }
        TableConstraint::Unique(unique) => {
            let (columns, prefix_lengths) = column_names(rules, &unique.columns)?;
            ConstraintDraft::Unique {
                name: name_of(&unique.name).or_else(|| name_of(&unique.index_name)),
                columns,
                prefix_lengths,
                inline: None,
            }
        }
        TableConstraint::ForeignKey(fk) => foreign_key_draft(
            rules,
            catalog,
            creating,
            name_of(&fk.name).or_else(|| name_of(&fk.index_name)),
            fk.columns.iter().map(|c| rules.fold_ident(c)).collect(),
            fk,
            false,
        ),
        TableConstraint::Check(check) => ConstraintDraft::Check {
            name: name_of(&check.name),
            expr: &check.expr,
            inline: None,
        },
        TableConstraint::Index(index) => {
            let (elements, prefix_lengths) = index_columns(rules, &index.columns);
            ConstraintDraft::Index {
                name: name_of(&index.name),
                elements,
                prefix_lengths,
                unique: false,
                prefix: None,
            }
        }
        TableConstraint::FulltextOrSpatial(index) => {
            let (elements, prefix_lengths) = index_columns(rules, &index.columns);
            ConstraintDraft::Index {
                name: name_of(&index.opt_index_name),
                elements,
                prefix_lengths,
                unique: false,
                prefix: Some(String::from(if index.fulltext {
                    "FULLTEXT"
                } else {
                    "SPATIAL"
                })),
            }
        }
        // SQLAlchemy does not reflect exclusion constraints (nor their index).
        TableConstraint::Exclude(_) if rules.dialect() == Dialect::PostgreSql => return Ok(None),
        other => return Err(format!("table constraint `{other}` is not supported yet").into()),
    }))
}

/// `if_exists`: `ALTER TABLE IF EXISTS`, a no-op (the server's NOTICE) when
/// there is no such relation.
fn alter_table(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &ObjectName,
    operations: &[AlterTableOperation],
    only: bool,
    if_exists: bool,
    text: &str,
) -> ApplyResult<Outcome> {
    // Ownership never shows in a model, and PostgreSQL also takes ALTER TABLE
    // for sequences and views here.
    if operations
        .iter()
        .all(|op| matches!(op, AlterTableOperation::OwnerTo { .. }))
    {
        return Ok(Outcome::Ignored);
    }
    let name = rules.lookup_name(catalog, name);
    // ALTER DOMAIN, as the fallback writes it.
    if crate::parse::fallback::alter_domain_written(text) {
        rules.alter_domain(catalog, &name, operations)?;
        return Ok(Outcome::Applied);
    }
    if let Some(owner) = sequence_owner_property(operations) {
        if !catalog.sequences.contains_key(&name) {
            if if_exists {
                return Ok(Outcome::Ignored);
            }
            return Err(format!("relation \"{}\" does not exist", name.name).into());
        }
        let owner = match owner.eq_ignore_ascii_case("none") {
            true => None,
            false => Some(
                crate::parse::parse_object_name(&owner, rules.dialect())
                    .ok_or_else(|| format!("cannot read the column name {owner}"))?,
            ),
        };
        set_sequence_owner(rules, catalog, &name, owner.as_ref())?;
        return Ok(Outcome::Applied);
    }
    let Some(index) = catalog.tables.get_index_of(&name) else {
        // PostgreSQL takes ALTER TABLE ... RENAME TO for a sequence too.
        if let (true, [AlterTableOperation::RenameTable { table_name }]) =
            (catalog.sequences.contains_key(&name), operations)
        {
            let new_name = super::rules::rename_target(table_name);
            let renamed =
                QualifiedName::new(name.schema.clone(), rules.qualified_name(new_name).name);
            rules.rename_sequence(catalog, &name, renamed)?;
            return Ok(Outcome::Applied);
        }
        // And SET (...) / RESET (...) for an index's storage parameters.
        if let Some(outcome) = alter_index_parameters(rules, catalog, &name, operations)? {
            return Ok(outcome);
        }
        if if_exists && !catalog.sequences.contains_key(&name) {
            return Ok(Outcome::Ignored);
        }
        return Err(format!("table {name} does not exist").into());
    };
    if catalog.tables[index].virtual_table().is_some() {
        let renames = operations
            .iter()
            .any(|op| matches!(op, AlterTableOperation::RenameTable { .. }));
        return Err(String::from(if renames {
            "renaming a virtual table (its module renames its shadow tables) is not supported"
        } else {
            "virtual tables may not be altered"
        })
        .into());
    }
    // Work on the table outside the catalog (the rules need both); an empty
    // stand-in keeps its place and its name taken meanwhile.
    let kind = catalog.tables[index].kind;
    let mut table = std::mem::replace(&mut catalog.tables[index], Table::new(name.clone(), kind));
    let before = table.clone();
    // The texts of the views that read the table, which the server edits as
    // it renames. Looked for only when the statement renames: finding them
    // reads every table, and a dump alters every table (its keys), which
    // would make loading it quadratic.
    let renames = operations.iter().any(|operation| {
        matches!(
            operation,
            AlterTableOperation::RenameColumn { .. } | AlterTableOperation::RenameTable { .. }
        )
    });
    let view_texts: Vec<(QualifiedName, super::StoredQuery)> = match renames {
        false => Vec::new(),
        true => catalog
            .tables
            .values()
            .filter_map(|t| {
                let view = t.view()?;
                let stored = view.stored_query.as_ref()?;
                view.relations
                    .contains(&name)
                    .then(|| (t.name.clone(), stored.clone()))
            })
            .collect(),
    };
    let result = alter_table_operations(rules, catalog, &mut table, operations, only, text);
    // The statement is all or nothing: one that fails (or that we skip)
    // leaves the table as it was.
    if matches!(result, Err(_) | Ok(Outcome::Unsupported(_))) {
        table = before;
    }
    let renamed = table.name.clone();
    // RENAME TO: same place in creation order, new key, given in place (a
    // remove and an insert would shift every table after it, twice); only
    // when another entry has the new name does the insert take its entry.
    let rekeyed = renamed == name || catalog.tables.replace_index(index, renamed.clone()).is_ok();
    if rekeyed {
        catalog.tables[index] = table;
    } else {
        catalog.tables.shift_remove_index(index);
        catalog.tables.shift_insert(index, renamed.clone(), table);
    }
    if matches!(result, Ok(Outcome::Applied)) && !view_texts.is_empty() {
        let changes = table_changes(rules, &name, &renamed, operations);
        edit_view_texts(rules, catalog, view_texts, &changes);
    }
    result
}

/// What `operations` on the table `name` (now `renamed`) change that the
/// text of a view reading it may name.
fn table_changes<'a>(
    rules: &dyn ServerRules,
    name: &'a QualifiedName,
    renamed: &'a QualifiedName,
    operations: &'a [AlterTableOperation],
) -> Vec<TableChange<'a>> {
    let mut changes = Vec::new();
    let mut current = name;
    for operation in operations {
        match operation {
            AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => changes.push(TableChange::RenameColumn {
                table: current,
                old: rules.fold_ident(old_column_name),
                new: rules.fold_ident(new_column_name),
                quoted: new_column_name.quote_style.is_some(),
            }),
            AlterTableOperation::RenameTable { .. } => {
                changes.push(TableChange::RenameTable {
                    old: current,
                    new: renamed,
                });
                current = renamed;
            }
            _ => {}
        }
    }
    changes
}

/// Where the server edits the text of the views that read a renamed table
/// (SQLite), each view's query becomes its text as edited, so that its
/// columns are worked out from it at the end (an unaliased reference takes
/// the new name). A text that no longer reads as a view is left as it was.
fn edit_view_texts(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    views: Vec<(QualifiedName, super::StoredQuery)>,
    changes: &[TableChange<'_>],
) {
    if changes.is_empty() {
        return;
    }
    for (view, stored) in views {
        let mut text = stored.text.to_string();
        for change in changes {
            match rules.view_text_after(catalog, &text, change) {
                Some(edited) => text = edited,
                None => return,
            }
        }
        // A text the renames left as it was (`SELECT *`) still reads.
        let query = match *text == *stored.text {
            true => Some(stored.query),
            false => {
                let parsed =
                    crate::parse::sql_parser(&*super::views::parser_dialect(rules.dialect()))
                        .try_with_sql(&text)
                        .and_then(|mut p| p.parse_statement());
                match parsed {
                    Ok(Statement::CreateView(created)) => Some(created.query),
                    _ => None,
                }
            }
        };
        let Some(query) = query else {
            continue;
        };
        let Some(definition) = catalog.tables.get_mut(&view).and_then(|t| t.view_mut()) else {
            continue;
        };
        definition.stored_query = Some(super::StoredQuery {
            query,
            text: std::sync::Arc::from(text.as_str()),
            column_names: stored.column_names,
        });
    }
}

/// `ALTER INDEX i SET (name = value, ...)` / `RESET (name, ...)` (read as
/// ALTER TABLE, which PostgreSQL takes for an index too): the index's storage
/// parameters as `reloptions` then holds them (a value set again moves after
/// the others). The index of a key shows none. `None` when `name` is no index or
/// the operations are others.
fn alter_index_parameters(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &QualifiedName,
    operations: &[AlterTableOperation],
) -> ApplyResult<Option<Outcome>> {
    let only_parameters = operations.iter().all(|op| {
        matches!(
            op,
            AlterTableOperation::SetOptionsParens { .. } | AlterTableOperation::ResetOptions { .. }
        )
    });
    if !only_parameters {
        return Ok(None);
    }
    let owners = catalog.name_owners(&name.schema, &name.name).to_vec();
    let is_key = owners.iter().any(|owner| {
        catalog.tables.get(owner).is_some_and(|t| {
            t.primary_key.as_ref().and_then(|p| p.name.as_deref()) == Some(name.name.as_str())
                || t.uniques
                    .iter()
                    .any(|u| u.name.as_deref() == Some(name.name.as_str()))
        })
    });
    if is_key {
        return Ok(Some(Outcome::Ignored));
    }
    let Some(owner) = owners.into_iter().find(|owner| {
        catalog
            .tables
            .get(owner)
            .is_some_and(|t| t.indexes.iter().any(|i| i.name == name.name))
    }) else {
        return Ok(None);
    };
    let mut changes: Vec<(String, Option<String>)> = Vec::new();
    for operation in operations {
        match operation {
            AlterTableOperation::SetOptionsParens { options } => {
                for option in options {
                    let ast::SqlOption::KeyValue { key, value } = option else {
                        return Err(format!("unsupported storage parameter `{option}`").into());
                    };
                    let key = rules.qualified_name(key).name;
                    let expr = Expr::BinaryOp {
                        left: Box::new(Expr::Identifier(Ident::with_quote('"', key))),
                        op: ast::BinaryOperator::Eq,
                        right: Box::new(value.clone()),
                    };
                    let (key, value) = storage_parameter(rules, &expr)?;
                    changes.push((key, Some(value)));
                }
            }
            AlterTableOperation::ResetOptions { options } => {
                for option in options {
                    changes.push((rules.qualified_name(option).name, None));
                }
            }
            _ => {}
        }
    }
    let Some(index) = catalog
        .tables
        .get_mut(&owner)
        .and_then(|t| t.indexes.iter_mut().find(|i| i.name == name.name))
    else {
        return Ok(None);
    };
    // `transformRelOptions`: the old options not named keep their order, the
    // ones set follow in the order written.
    for (key, value) in changes {
        index.storage_parameters.retain(|(k, _)| *k != key);
        if let Some(value) = value {
            index.storage_parameters.push((key, value));
        }
    }
    Ok(Some(Outcome::Applied))
}

fn alter_table_operations(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    table: &mut Table,
    operations: &[AlterTableOperation],
    only: bool,
    text: &str,
) -> ApplyResult<Outcome> {
    let schema = table.name.schema.clone();
    for operation in operations {
        match operation {
            AlterTableOperation::AddColumn {
                column_def,
                if_not_exists,
                column_position,
                ..
            } => {
                let name = rules.fold_ident(&column_def.name);
                if table.column(&name).is_some() {
                    if *if_not_exists {
                        continue;
                    }
                    return Err(format!("column {name} already exists").into());
                }
                let (draft, mut inline) =
                    column_draft(rules, catalog, column_def, schema.as_deref(), None)?;
                let known = KnownColumns::new(
                    rules,
                    (table.columns.iter().map(|c| c.name.as_str()))
                        .chain([draft.column.name.as_str()]),
                );
                name_columns_as_defined(rules, &known, &mut inline);
                drop(known);
                rules.add_to_table(catalog, table, vec![draft], inline, text)?;
                place_new_column(rules, table, &name, column_position.as_ref())?;
            }
            AlterTableOperation::AddConstraint {
                constraint:
                    constraint @ (TableConstraint::UniqueUsingIndex(using)
                    | TableConstraint::PrimaryKeyUsingIndex(using)),
                ..
            } => {
                let primary = matches!(constraint, TableConstraint::PrimaryKeyUsingIndex(_));
                let name = using.name.as_ref().map(|n| rules.fold_ident(n));
                let index = rules.fold_ident(&using.index_name);
                rules.constraint_using_index(table, name, &index, primary)?;
            }
            AlterTableOperation::AddConstraint { constraint, .. } => {
                if let Some(draft) = constraint_draft(rules, catalog, constraint, None)? {
                    let known =
                        KnownColumns::new(rules, table.columns.iter().map(|c| c.name.as_str()));
                    let mut drafts = [draft];
                    name_columns_as_defined(rules, &known, &mut drafts);
                    drop(known);
                    let [draft] = drafts;
                    rules.add_constraint(catalog, table, draft, only)?;
                }
            }
            AlterTableOperation::AttachPartitionOf { partition, .. } => {
                let name = rules.lookup_name(catalog, partition);
                let index = catalog
                    .tables
                    .get_index_of(&name)
                    .ok_or_else(|| format!("relation \"{name}\" does not exist"))?;
                let kind = catalog.tables[index].kind;
                let mut child =
                    std::mem::replace(&mut catalog.tables[index], Table::new(name.clone(), kind));
                let unattached = child.clone();
                let result = rules.attach_partition(catalog, table, &mut child);
                // A refused attachment leaves the table as it was.
                catalog.tables[index] = if result.is_ok() { child } else { unattached };
                result?;
            }
            AlterTableOperation::DetachPartitionOf { partition, .. } => {
                let name = rules.lookup_name(catalog, partition);
                match catalog.tables.get_mut(&name) {
                    Some(child) if child.partition_of() == Some(&table.name) => {
                        child.set_partition_of(None);
                        rules.partition_removed(catalog, &table.name, &name);
                    }
                    _ => {
                        return Err(format!(
                            "relation \"{name}\" is not a partition of relation \"{}\"",
                            table.name.name
                        )
                        .into())
                    }
                }
            }
            AlterTableOperation::OwnerTo { .. } => {}
            AlterTableOperation::AlterColumn { column_name, op } => {
                let column = rules.fold_ident(column_name);
                let change = match op {
                    AlterColumnOperation::SetDefault { value } => ColumnChange::SetDefault(value),
                    AlterColumnOperation::DropDefault => ColumnChange::DropDefault,
                    AlterColumnOperation::SetNotNull => ColumnChange::SetNotNull,
                    AlterColumnOperation::DropNotNull => ColumnChange::DropNotNull,
                    AlterColumnOperation::SetDataType { data_type, .. } => {
                        ColumnChange::SetType(data_type)
                    }
                    AlterColumnOperation::AddGenerated {
                        generated_as,
                        sequence_options,
                    } => ColumnChange::AddIdentity(identity_draft(
                        matches!(generated_as, Some(GeneratedAs::Always)),
                        sequence_options.as_deref().unwrap_or_default(),
                    )),
                    // Foreign table column options never show; identity
                    // changes travel as options of their own (see
                    // `parse::fallback`).
                    AlterColumnOperation::GenericOptions { options } => {
                        match crate::parse::fallback::identity_alteration(options) {
                            Some(alteration) => ColumnChange::AlterIdentity(alteration),
                            None => continue,
                        }
                    }
                };
                rules.alter_column(catalog, table, &column, change)?;
            }
            AlterTableOperation::ModifyColumn {
                col_name,
                data_type,
                options,
                column_position,
            } => {
                let old = rules.fold_ident(col_name);
                let definition = column_definition(col_name, data_type, options);
                let (draft, inline) =
                    column_draft(rules, catalog, &definition, schema.as_deref(), None)?;
                rules.replace_column(catalog, table, &old, draft, inline)?;
                place_new_column(rules, table, &old, column_position.as_ref())?;
            }
            AlterTableOperation::ChangeColumn {
                old_name,
                new_name,
                data_type,
                options,
                column_position,
            } => {
                let old = rules.fold_ident(old_name);
                let definition = column_definition(new_name, data_type, options);
                let (draft, inline) =
                    column_draft(rules, catalog, &definition, schema.as_deref(), None)?;
                let new = draft.column.name.clone();
                rules.replace_column(catalog, table, &old, draft, inline)?;
                place_new_column(rules, table, &new, column_position.as_ref())?;
            }
            other if rules.alters_structure(other) => {
                rules.alter_structure(catalog, table, other)?;
            }
            AlterTableOperation::SetTblProperties { table_properties } => {
                let properties: Vec<(String, String)> = table_properties
                    .iter()
                    .filter_map(|option| match option {
                        ast::SqlOption::KeyValue { key, value } => {
                            Some((object_name_text(key).to_ascii_uppercase(), expr_word(value)))
                        }
                        _ => None,
                    })
                    .collect();
                rules.set_table_options(table, &properties)?;
            }
            // Security, replication and storage settings, and the validation of a
            // NOT VALID constraint, never show in a model.
            AlterTableOperation::EnableRowLevelSecurity
            | AlterTableOperation::DisableRowLevelSecurity
            | AlterTableOperation::ForceRowLevelSecurity
            | AlterTableOperation::NoForceRowLevelSecurity
            | AlterTableOperation::ReplicaIdentity { .. }
            | AlterTableOperation::ValidateConstraint { .. }
            | AlterTableOperation::EnableTrigger { .. }
            | AlterTableOperation::DisableTrigger { .. }
            | AlterTableOperation::EnableAlwaysTrigger { .. }
            | AlterTableOperation::EnableReplicaTrigger { .. }
            | AlterTableOperation::EnableRule { .. }
            | AlterTableOperation::DisableRule { .. }
            | AlterTableOperation::SetLogged
            | AlterTableOperation::SetUnlogged
            | AlterTableOperation::SetOptionsParens { .. }
            | AlterTableOperation::ResetOptions { .. }
            | AlterTableOperation::AutoIncrement { .. }
            | AlterTableOperation::Algorithm { .. }
            | AlterTableOperation::Lock { .. } => {}
            other => {
                return Ok(Outcome::Unsupported(format!(
                    "ALTER TABLE ... {} is not supported yet",
                    other
                        .to_string()
                        .split_whitespace()
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" ")
                )))
            }
        }
    }
    Ok(Outcome::Applied)
}

/// A column definition from the pieces of a MySQL CHANGE/MODIFY COLUMN.
fn column_definition(name: &Ident, data_type: &DataType, options: &[ColumnOption]) -> ColumnDef {
    ColumnDef {
        name: name.clone(),
        data_type: data_type.clone(),
        options: options
            .iter()
            .map(|option| ast::ColumnOptionDef {
                name: None,
                option: option.clone(),
            })
            .collect(),
    }
}

/// MySQL's `ADD COLUMN ... FIRST | AFTER col`: move the column just added.
fn place_new_column(
    rules: &dyn ServerRules,
    table: &mut Table,
    name: &str,
    position: Option<&ast::MySQLColumnPosition>,
) -> ApplyResult {
    let Some(position) = position else {
        return Ok(());
    };
    let Some(from) = table.columns.iter().position(|c| c.name == name) else {
        return Ok(());
    };
    let column = table.columns.remove(from);
    let to = match position {
        ast::MySQLColumnPosition::First => 0,
        ast::MySQLColumnPosition::After(after) => {
            let after = rules.fold_ident(after);
            table
                .columns
                .iter()
                .position(|c| c.name == after)
                .ok_or_else(|| format!("Unknown column '{after}'"))?
                + 1
        }
    };
    table.columns.insert(to, column);
    Ok(())
}

/// `ALTER SEQUENCE s OWNED BY ...` as the fallback writes it: the column as
/// written, or `NONE`.
fn sequence_owner_property(operations: &[AlterTableOperation]) -> Option<String> {
    let [AlterTableOperation::SetTblProperties { table_properties }] = operations else {
        return None;
    };
    match table_properties.as_slice() {
        [ast::SqlOption::KeyValue { key, value }]
            if object_name_text(key)
                .eq_ignore_ascii_case(crate::parse::fallback::SEQUENCE_OWNED_BY) =>
        {
            Some(expr_word(value))
        }
        _ => None,
    }
}

/// `OWNED BY table.column` (`None`: `OWNED BY NONE`): the sequence goes
/// with that column. The table must be in the sequence's schema.
fn set_sequence_owner(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    sequence: &QualifiedName,
    owner: Option<&ObjectName>,
) -> ApplyResult {
    let owned_by = match owner {
        None => None,
        Some(owner) => {
            let parts: Vec<String> = owner
                .0
                .iter()
                .filter_map(|p| p.as_ident())
                .map(|i| rules.fold_ident(i))
                .collect();
            let Some((column, table_parts)) = parts.split_last() else {
                return Err("OWNED BY needs a table and column".into());
            };
            let table = match table_parts {
                [table] => QualifiedName::new(sequence.schema.clone(), table.clone()),
                [.., schema, table] => QualifiedName::new(rules.schema_of(schema), table.clone()),
                [] => return Err("invalid OWNED BY option".into()),
            };
            if table.schema != sequence.schema {
                return Err("sequence must be in same schema as table it is linked to".into());
            }
            let found = catalog
                .tables
                .get(&table)
                .is_some_and(|t| t.column(column).is_some());
            if !found {
                return Err(format!(
                    "column \"{column}\" of relation \"{}\" does not exist",
                    table.name
                )
                .into());
            }
            Some((table, column.clone()))
        }
    };
    if let Some(found) = catalog.sequences.get_mut(sequence) {
        found.owned_by = owned_by;
    }
    Ok(())
}

/// One `name = value` of an index's `WITH (...)`, as text the way `reloptions` keeps it.
fn storage_parameter(rules: &dyn ServerRules, option: &Expr) -> ApplyResult<(String, String)> {
    let Expr::BinaryOp {
        left,
        op: ast::BinaryOperator::Eq,
        right,
    } = option
    else {
        return Err(format!("unsupported storage parameter `{option}`").into());
    };
    let Expr::Identifier(name) = left.as_ref() else {
        return Err(format!("unsupported storage parameter name `{left}`").into());
    };
    let value = match right.as_ref() {
        Expr::Identifier(ident) => rules.fold_ident(ident),
        Expr::Value(v) => match &v.value {
            ast::Value::Number(n, _) => n.to_string(),
            ast::Value::SingleQuotedString(s) => s.clone(),
            ast::Value::Boolean(b) => b.to_string(),
            other => other.to_string(),
        },
        other => other.to_string(),
    };
    Ok((rules.fold_ident(name), value))
}

fn create_index(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    create: &ast::CreateIndex,
    text: &str,
) -> ApplyResult<Outcome> {
    if let Some(name) = &create.name {
        rules.check_new_name(&rules.qualified_name(name).name)?;
    }
    let table = rules.lookup_name(catalog, &create.table_name);
    let table_exists = catalog.tables.contains_key(&table);
    let known = KnownColumns::new(
        rules,
        catalog
            .tables
            .get(&table)
            .into_iter()
            .flat_map(|t| t.columns.iter().map(|c| c.name.as_str())),
    );
    let columns: Vec<IndexColumnDraft<'_>> = create
        .columns
        .iter()
        .map(|c| match rules.key_column(&c.column.expr) {
            Some(name) => IndexColumnDraft::Column(known.as_defined(rules, name)),
            None => IndexColumnDraft::Expression(&c.column.expr),
        })
        .collect();
    let name = create.name.as_ref().map(|n| rules.qualified_name(n).name);
    if let Some(name) = &name {
        let exists = catalog
            .name_owners(&table.schema, name)
            .iter()
            .filter_map(|owner| catalog.tables.get(owner))
            .any(|t| t.indexes.iter().any(|i| &i.name == name));
        if exists && create.if_not_exists {
            return Ok(Outcome::Applied);
        }
    }
    if catalog
        .tables
        .get(&table)
        .is_some_and(|t| t.virtual_table().is_some())
    {
        return Err("virtual tables may not be indexed".into());
    }
    let draft = IndexDraft {
        name,
        table: table.clone(),
        columns,
        unique: create.unique,
        predicate: create.predicate.as_ref(),
        // MySQL's FULLTEXT / SPATIAL, which the parse does not keep (the
        // statement is tokenized again only when it has one of the words).
        prefix: (rules.dialect() == Dialect::MySql
            && (contains_word_ci(text, "FULLTEXT") || contains_word_ci(text, "SPATIAL")))
        .then(|| crate::parse::fallback::mysql_index_kind_written(text))
        .flatten(),
        method: create.using.as_ref().map(index_method),
        operator_classes: match create.columns.iter().any(|c| c.operator_class.is_some()) {
            true => create
                .columns
                .iter()
                .map(|c| {
                    c.operator_class
                        .as_ref()
                        .map(|o| rules.qualified_name(o).name)
                })
                .collect(),
            false => Vec::new(),
        },
        include: create.include.iter().map(|c| rules.fold_ident(c)).collect(),
        with: create
            .with
            .iter()
            .map(|option| storage_parameter(rules, option))
            .collect::<ApplyResult<_>>()?,
        nulls_distinct: create.nulls_distinct,
        // Partitions, and so `ON ONLY`, are PostgreSQL's.
        only: rules.dialect() == Dialect::PostgreSql
            && contains_word_ci(text, "ONLY")
            && crate::parse::fallback::index_on_only_written(text),
    };
    // Checked before the index reaches the table's partitions, which the
    // statement's undo would not restore.
    let missing = draft.columns.iter().find_map(|c| match c {
        IndexColumnDraft::Column(name) if table_exists => {
            known.find(rules, name).is_none().then_some(name)
        }
        _ => None,
    });
    if let Some(missing) = missing {
        return Err(missing_column_message(rules, missing, false).into());
    }
    drop(known);
    let before = catalog.tables.get(&table).map_or(0, |t| t.indexes.len());
    rules.create_index(catalog, draft, text)?;
    // The names the statement added (all of them, if it rebuilt the list).
    if let Some(t) = catalog.tables.get(&table) {
        let added = t.indexes.get(before..).filter(|a| !a.is_empty());
        for index in added.unwrap_or(&t.indexes) {
            super::register_name_in(&mut catalog.name_owners, &table, &index.name);
        }
    }
    Ok(Outcome::Applied)
}

/// Whether `text` holds `word` (ASCII letters in any case) anywhere: a cheap
/// test before tokenizing a statement again to look for a keyword.
fn contains_word_ci(text: &str, word: &str) -> bool {
    crate::parse::contains_ignore_ascii_case(text, word)
}

fn create_view(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    view: &ast::CreateView,
    text: &str,
) -> ApplyResult<Outcome> {
    let name = view_name(rules, catalog, view)?;
    rules.check_new_name(&name.name)?;
    // A materialized view reflects like a view (SQLAlchemy lists both).
    let kind = if view.materialized {
        TableKind::MaterializedView
    } else {
        TableKind::View
    };
    let replaced = match catalog.tables.get(&name) {
        Some(_) if view.if_not_exists => return Ok(Outcome::Applied),
        Some(existing) if view.or_replace && existing.kind == kind => Some(existing),
        Some(_) => return Err(format!("relation {name} already exists").into()),
        None => None,
    };
    let mut table = Table::new(name.clone(), kind);
    table.comment = replaced.and_then(|t| t.comment.clone());
    let source = QueryText::new(text, QueryTarget::View);
    let columns = view_columns(rules, catalog, &view.query, &[], &source)?;
    for (i, mut column) in columns.into_iter().enumerate() {
        if let Some(alias) = view.columns.get(i) {
            column.name = rules.fold_ident(&alias.name);
        }
        table.columns.push(rules.view_column_shown(column));
    }
    let mut definition = super::views::view_definition(rules, catalog, &view.query, text);
    if rules.view_columns_worked_out() != ViewColumnsWorkedOut::AtCreation {
        definition.stored_query = Some(super::StoredQuery {
            query: Box::new(view.query.as_ref().clone()),
            text: std::sync::Arc::from(text),
            column_names: view
                .columns
                .iter()
                .map(|c| rules.fold_ident(&c.name))
                .collect(),
        });
    }
    if let Some(refused) = definition
        .unresolved
        .iter()
        .find_map(|written| rules.missing_view_source(written))
    {
        return Err(refused.into());
    }
    table.set_view(Some(definition));
    table.set_unresolved(unresolved_types(rules, &table));
    table.set_random_names(source.random_names.into_inner());
    catalog.tables.insert(name, table);
    Ok(Outcome::Applied)
}

/// `ALTER VIEW v [(columns)] AS query`: where the server has it (MySQL), the
/// existing view gets the new query and columns, as `CREATE OR REPLACE VIEW`
/// would give them; a name that is no view is refused.
fn alter_view_query(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    name: &ObjectName,
    columns: &[ast::Ident],
    query: &ast::Query,
    text: &str,
) -> ApplyResult<Outcome> {
    if !rules.alter_view_replaces_query() {
        return Err(String::from(
            "ALTER VIEW ... AS is not this server's syntax (CREATE OR REPLACE VIEW is)",
        )
        .into());
    }
    let shown = rules.qualified_name(name).name;
    match catalog.tables.get(&rules.lookup_name(catalog, name)) {
        None => return Err(format!("Table '{shown}' doesn't exist").into()),
        Some(table) if table.kind != TableKind::View => {
            return Err(format!("'{shown}' is not of type 'VIEW'").into())
        }
        Some(_) => {}
    }
    let view = ast::CreateView {
        or_alter: false,
        or_replace: true,
        materialized: false,
        secure: false,
        name: name.clone(),
        name_before_not_exists: false,
        columns: columns
            .iter()
            .map(|ident| ast::ViewColumnDef {
                name: ident.clone(),
                data_type: None,
                options: None,
            })
            .collect(),
        query: Box::new(query.clone()),
        options: ast::CreateTableOptions::None,
        cluster_by: Vec::new(),
        comment: None,
        with_no_schema_binding: false,
        if_not_exists: false,
        temporary: false,
        copy_grants: false,
        to: None,
        params: None,
    };
    create_view(rules, catalog, &view, text)
}

/// Where the server always knows a view column's type, the columns whose type
/// we could not work out.
fn unresolved_types(rules: &dyn ServerRules, table: &Table) -> Vec<String> {
    if !rules.types_every_view_column() {
        return Vec::new();
    }
    table
        .columns
        .iter()
        .filter(|c| c.data_type.name.is_empty())
        .map(|c| c.name.clone())
        .collect()
}

/// The columns a view reports: plain column references keep the source column's
/// type; other expressions get a type the dialect would infer. `outer` holds
/// the CTEs of enclosing queries.
fn view_columns(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    query: &ast::Query,
    outer: &[Table],
    source: &QueryText,
) -> ApplyResult<Vec<Column>> {
    query_columns(rules, catalog, query, outer, source, false)
}

/// [`view_columns`] of a query that may be a branch of a UNION/INTERSECT/EXCEPT
/// (`operand`), where a column reference counts as its type's widest value.
fn query_columns(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    query: &ast::Query,
    outer: &[Table],
    source: &QueryText,
    operand: bool,
) -> ApplyResult<Vec<Column>> {
    // A CTE is a table of its query's columns, visible to the CTEs after it.
    let mut ctes: Vec<Table> = outer.to_vec();
    if let Some(with) = &query.with {
        for cte in &with.cte_tables {
            let name = rules.fold_ident(&cte.alias.name);
            let mut table = Table::new(QualifiedName::new(None, name), TableKind::View);
            // A recursive CTE's columns come from its non-recursive branch.
            let columns = match cte.query.body.as_ref() {
                SetExpr::SetOperation { left, .. } if with.recursive => {
                    set_expr_columns(rules, catalog, left, &ctes, source, false)?
                }
                _ => view_columns(rules, catalog, &cte.query, &ctes, source)?,
            };
            for (i, mut column) in columns.into_iter().enumerate() {
                if let Some(alias) = cte.alias.columns.get(i) {
                    column.name = rules.fold_ident(&alias.name);
                }
                table.columns.push(rules.view_column_resolved(column));
            }
            ctes.push(table);
        }
    }
    Ok(
        set_expr_columns(rules, catalog, &query.body, &ctes, source, operand)?
            .into_iter()
            .map(|c| rules.view_column_resolved(c))
            .collect(),
    )
}

/// The columns of a SELECT, or of a UNION/INTERSECT/EXCEPT: names from the
/// first branch, types resolved across the branches as the server does.
fn set_expr_columns(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    body: &SetExpr,
    ctes: &[Table],
    source: &QueryText,
    operand: bool,
) -> ApplyResult<Vec<Column>> {
    match body {
        SetExpr::Select(select) => {
            select_columns(rules, catalog, select, true, ctes, source, operand)
        }
        SetExpr::Query(query) => query_columns(rules, catalog, query, ctes, source, operand),
        SetExpr::SetOperation { set_quantifier, .. } => {
            // A chain `A UNION B UNION C ...` (nested to the left, as written)
            // is aggregated over all its branches at once; a branch that is
            // itself a set operation (in parentheses, or an INTERSECT that
            // binds tighter) counts as one branch.
            let distinct = !matches!(
                set_quantifier,
                ast::SetQuantifier::All | ast::SetQuantifier::AllByName
            );
            let mut branches: Vec<&SetExpr> = Vec::new();
            let mut node = body;
            while let SetExpr::SetOperation { left, right, .. } = node {
                branches.push(right);
                node = left;
            }
            branches.push(node);
            branches.reverse();
            let first = set_expr_columns(rules, catalog, branches[0], ctes, source, true)?;
            let mut columns: Vec<Vec<Column>> = first.into_iter().map(|c| vec![c]).collect();
            for branch in &branches[1..] {
                // Only the first branch names the columns (a branch in
                // parentheses, with its own ORDER BY/LIMIT, too).
                let mut branch = *branch;
                while let SetExpr::Query(query) = branch {
                    if query.with.is_some() {
                        break;
                    }
                    branch = &query.body;
                }
                let next = match branch {
                    SetExpr::Select(select) => {
                        select_columns(rules, catalog, select, false, ctes, source, true)?
                    }
                    other => set_expr_columns(rules, catalog, other, ctes, source, true)?,
                };
                if next.len() != columns.len() {
                    return Err("each UNION query must have the same number of columns".into());
                }
                for (slot, column) in columns.iter_mut().zip(next) {
                    slot.push(column);
                }
            }
            let table = matches!(source.target, QueryTarget::Table);
            columns
                .into_iter()
                .map(|branch_columns| {
                    rules
                        .set_operation_branches(branch_columns, table, distinct)
                        .ok_or_else(|| {
                            ApplyError(String::from(
                                "the column types of a UNION/INTERSECT/EXCEPT view are not supported for this dialect yet",
                            ))
                        })
                })
                .collect()
        }
        _ => Err("only SELECT views (and their UNIONs) are supported".into()),
    }
}

fn select_columns(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    select: &ast::Select,
    names_matter: bool,
    ctes: &[Table],
    source: &QueryText,
    operand: bool,
) -> ApplyResult<Vec<Column>> {
    // Tables in FROM, with their aliases.
    let mut sources: Vec<(Option<String>, std::borrow::Cow<'_, Table>)> = Vec::new();
    // Per source, the columns an unqualified `*` leaves out (SQLite: those
    // of a USING or NATURAL join's right side that it matched).
    let mut omitted: Vec<Vec<String>> = Vec::new();
    for from in &select.from {
        collect_joined_sources(
            rules,
            catalog,
            ctes,
            from,
            &mut sources,
            &mut omitted,
            source,
        )?;
    }
    omitted.resize(sources.len(), Vec::new());
    // Without GROUP BY, an aggregate makes the whole query one group, which an
    // empty table still gives a row: there every column outside an aggregate
    // is NULL.
    if implicitly_grouped(rules, select) {
        for (_, table) in &mut sources {
            for column in &mut table.to_mut().columns {
                column.nullable = true;
            }
        }
    }
    let find = |qualifier: Option<&str>,
                column: &str|
     -> Option<(&Table, std::borrow::Cow<'_, Column>)> {
        sources
            .iter()
            .filter(|(alias, _)| qualifier.is_none() || alias.as_deref() == qualifier)
            .find_map(|(_, table)| Some((table.as_ref(), rules.view_source_column(table, column)?)))
    };
    // The list's items as written, for servers that name columns so.
    let written = if rules.names_expressions_as_written()
        && select
            .projection
            .iter()
            .any(|item| matches!(item, SelectItem::UnnamedExpr(_)))
    {
        super::views::projection_texts(
            rules.dialect(),
            source.text,
            select.select_token.0.span.start,
        )
        .filter(|items| items.len() == select.projection.len())
    } else {
        None
    };
    let scope: Vec<&Table> = sources.iter().map(|(_, t)| t.as_ref()).collect();
    let view_column = |name: String, found: Option<(&Table, &Column)>| -> Column {
        match found {
            Some((table, found)) => {
                let copied = match source.target {
                    QueryTarget::Table => rules.table_column_copying(table, found),
                    QueryTarget::View => None,
                };
                let mut column = copied.unwrap_or_else(|| {
                    let mut column = Column::new("", rules.view_column_type(found));
                    column.default = rules.view_column_default(found);
                    column.nullable = rules.view_column_nullable(found);
                    column
                });
                column.name = name;
                if operand {
                    column = rules.set_operation_operand(table, found, column);
                }
                column
            }
            None => Column::new(name, SqlType::default()),
        }
    };
    let computed = |name: String, expr: &Expr| -> ApplyResult<Column> {
        // A scalar subquery has the type of its one column.
        if let Expr::Subquery(query) = unnested(expr) {
            let inner = view_columns(rules, catalog, query, ctes, source)?;
            let data_type = inner
                .into_iter()
                .next()
                .map(|c| c.data_type)
                .unwrap_or_default();
            return Ok(Column::new(name, data_type));
        }
        // Scalar subqueries inside the expression stand for a value of their
        // one column's type.
        let mut values = Table::new(QualifiedName::new(None, ""), TableKind::View);
        let substituted = substitute_subqueries(expr, &mut |query| {
            let column = view_columns(rules, catalog, query, ctes, source)
                .ok()?
                .into_iter()
                .next()
                .filter(|c| !c.data_type.name.is_empty())?;
            let name = format!("subquery_value_{}_", values.columns.len() + 1);
            values
                .columns
                .push(Column::new(name.clone(), column.data_type));
            Some(name)
        });
        let expr = substituted.as_ref().unwrap_or(expr);
        // `alias.column` means that table's column, whatever the others have.
        let qualified = super::views::qualified_references(rules, expr);
        // Columns of one name from two tables (`CASE WHEN .. THEN a.name ELSE
        // b.name END`) each stand for their own: one name per qualifier.
        let clashing = qualified.iter().any(|(q, c)| {
            qualified
                .iter()
                .any(|(other_q, other_c)| other_c == c && other_q != q)
        });
        let renamed;
        let (expr, qualified) = if clashing {
            let name_of = |qualifier: &str, column: &str| format!("{qualifier}.{column}");
            renamed = replace_within(expr, &mut |e| match e {
                Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                    let qualifier = rules.fold_ident(&parts[parts.len() - 2]);
                    let column = rules.fold_ident(&parts[parts.len() - 1]);
                    qualified
                        .contains(&(qualifier.clone(), column.clone()))
                        .then(|| Expr::Identifier(ast::Ident::new(name_of(&qualifier, &column))))
                }
                _ => None,
            });
            let columns: Vec<Column> = qualified
                .iter()
                .filter_map(|(q, c)| {
                    let (_, column) = find(Some(q), c)?;
                    let mut column = column.into_owned();
                    column.name = name_of(q, c);
                    Some(column)
                })
                .collect();
            values.columns.extend(columns);
            (renamed.as_ref().unwrap_or(expr), Vec::new())
        } else {
            (expr, qualified)
        };
        let mut scope = scope.clone();
        scope.push(&values);
        let merged;
        let scope: Vec<&Table> = if qualified.is_empty() {
            scope.clone()
        } else {
            let mut table = Table::new(QualifiedName::new(None, ""), TableKind::View);
            let mut add = |column: &Column| {
                if table.column(&column.name).is_none() {
                    table.columns.push(column.clone());
                }
            };
            for (qualifier, name) in &qualified {
                if let Some((_, column)) = find(Some(qualifier), name) {
                    add(&column);
                }
            }
            for source in &scope {
                source.columns.iter().for_each(&mut add);
            }
            merged = table;
            vec![&merged]
        };
        if source.target == QueryTarget::Table {
            if let Some(mut column) = rules.table_column_computed(&scope, expr) {
                column.name = name;
                return Ok(column);
            }
        }
        let mut column = Column::new(name, rules.view_expression_type(catalog, &scope, expr));
        column.default = rules.view_expression_default(&scope, expr);
        column.nullable = rules.view_expression_nullable(&scope, expr);
        Ok(column)
    };
    let mut columns = Vec::new();
    // Per column: named by its expression's text.
    let mut generated: Vec<bool> = Vec::new();
    for (position, item) in select.projection.iter().enumerate() {
        match item {
            SelectItem::UnnamedExpr(expr) => match column_reference(rules, expr) {
                Some((qualifier, name)) => {
                    let found = find(qualifier.as_deref(), &name);
                    let found = found
                        .as_ref()
                        .map(|(table, column)| (*table, column.as_ref()));
                    let name = match found {
                        Some((_, column)) => rules.view_reference_name(name, column),
                        None => name,
                    };
                    columns.push(view_column(name, found));
                }
                None => {
                    let as_written = written
                        .as_ref()
                        .and_then(|items| items.get(position))
                        .cloned();
                    let as_written =
                        as_written.map(|written| rules.written_expression_name(written, expr));
                    let name = match as_written.or_else(|| rules.view_expression_name(expr)) {
                        Some(name) => name,
                        None if !names_matter => expr.to_string(),
                        None => {
                            return Err(ApplyError(format!("view column `{expr}` needs an alias")))
                        }
                    };
                    columns.push(computed(name, expr)?);
                    generated.resize(columns.len() - 1, false);
                    generated.push(true);
                }
            },
            SelectItem::ExprWithAlias { expr, alias } => {
                let name = rules.fold_ident(alias);
                match column_reference(rules, expr) {
                    Some((qualifier, column)) => {
                        let found = find(qualifier.as_deref(), &column);
                        let found = found
                            .as_ref()
                            .map(|(table, column)| (*table, column.as_ref()));
                        columns.push(view_column(name, found));
                    }
                    None => columns.push(computed(name, expr)?),
                }
            }
            SelectItem::ExprWithAliases { .. } => {
                return Err("multi-alias view columns are not supported".into())
            }
            SelectItem::Wildcard(_) => {
                for ((_, table), omitted) in sources.iter().zip(&omitted) {
                    for column in &table.columns {
                        if !omitted.contains(&column.name) {
                            columns.push(view_column(column.name.clone(), Some((table, column))));
                        }
                    }
                }
            }
            SelectItem::QualifiedWildcard(kind, _) => {
                let qualifier = match kind {
                    ast::SelectItemQualifiedWildcardKind::ObjectName(name) => {
                        rules.qualified_name(name).name
                    }
                    ast::SelectItemQualifiedWildcardKind::Expr(expr) => expr.to_string(),
                };
                for (alias, table) in &sources {
                    if alias.as_deref() == Some(qualifier.as_str()) {
                        for column in &table.columns {
                            columns.push(view_column(column.name.clone(), Some((table, column))));
                        }
                    }
                }
            }
        }
    }
    if names_matter {
        generated.resize(columns.len(), false);
        let view = source.target == QueryTarget::View;
        let random = rules.settle_select_names(&mut columns, &generated, view);
        source.random_names.borrow_mut().extend(random);
        if !operand {
            if let Some(error) = rules.repeated_select_name(&columns) {
                return Err(error.into());
            }
        }
    }
    Ok(columns)
}

/// A join's ON / USING / NATURAL, if it has one.
fn join_constraint(operator: &ast::JoinOperator) -> Option<&ast::JoinConstraint> {
    use ast::JoinOperator as J;
    match operator {
        J::Join(c)
        | J::Inner(c)
        | J::Left(c)
        | J::LeftOuter(c)
        | J::Right(c)
        | J::RightOuter(c)
        | J::FullOuter(c)
        | J::CrossJoin(c)
        | J::Semi(c)
        | J::LeftSemi(c)
        | J::RightSemi(c)
        | J::Anti(c)
        | J::LeftAnti(c)
        | J::RightAnti(c)
        | J::StraightJoin(c)
        | J::AsOf { constraint: c, .. } => Some(c),
        _ => None,
    }
}

/// `expr` with the scalar subqueries inside it (function arguments,
/// operands, casts, CASE branches) replaced by the column `value` names for
/// them (`None`: leave that one); `None` when nothing was replaced.
fn substitute_subqueries(
    expr: &Expr,
    value: &mut dyn FnMut(&ast::Query) -> Option<String>,
) -> Option<Expr> {
    // A subquery that is the whole expression is typed by the caller.
    if matches!(unnested(expr), Expr::Subquery(_)) {
        return None;
    }
    replace_within(expr, &mut |e| match e {
        Expr::Subquery(query) => value(query).map(|name| Expr::Identifier(ast::Ident::new(name))),
        _ => None,
    })
}

/// `expr` with the parts `replace` gives a replacement for replaced, looking
/// through parentheses, operators, casts, IS [NOT] NULL, function arguments
/// and CASE branches; `None` when nothing was replaced.
fn replace_within(expr: &Expr, replace: &mut dyn FnMut(&Expr) -> Option<Expr>) -> Option<Expr> {
    fn walk(expr: &mut Expr, replace: &mut dyn FnMut(&Expr) -> Option<Expr>) -> bool {
        if let Some(replacement) = replace(expr) {
            *expr = replacement;
            return true;
        }
        match expr {
            Expr::Nested(inner)
            | Expr::UnaryOp { expr: inner, .. }
            | Expr::Cast { expr: inner, .. }
            | Expr::IsNull(inner)
            | Expr::IsNotNull(inner) => walk(inner, replace),
            Expr::BinaryOp { left, right, .. } => {
                let l = walk(left, replace);
                walk(right, replace) || l
            }
            Expr::Function(function) => match &mut function.args {
                ast::FunctionArguments::List(list) => {
                    let mut changed = false;
                    for arg in &mut list.args {
                        if let ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) = arg {
                            changed |= walk(e, replace);
                        }
                    }
                    changed
                }
                _ => false,
            },
            Expr::Case {
                conditions,
                else_result,
                ..
            } => {
                let mut changed = false;
                for when in conditions {
                    changed |= walk(&mut when.result, replace);
                }
                if let Some(other) = else_result {
                    changed |= walk(other, replace);
                }
                changed
            }
            _ => false,
        }
    }
    let mut copy = expr.clone();
    walk(&mut copy, replace).then_some(copy)
}

/// Whether a SELECT has no GROUP BY but an aggregate in its list, which
/// makes it one group.
fn implicitly_grouped(rules: &dyn ServerRules, select: &ast::Select) -> bool {
    let grouped = match &select.group_by {
        ast::GroupByExpr::All(_) => true,
        ast::GroupByExpr::Expressions(expressions, _) => !expressions.is_empty(),
    };
    !grouped
        && select.projection.iter().any(|item| match item {
            SelectItem::UnnamedExpr(expr) | SelectItem::ExprWithAlias { expr, .. } => {
                contains_aggregate(rules, expr)
            }
            _ => false,
        })
}

/// Whether an aggregate call is in `expr`, outside any subquery (whose
/// aggregates are its own) and not a window function.
fn contains_aggregate(rules: &dyn ServerRules, expr: &Expr) -> bool {
    match expr {
        Expr::Function(function) => {
            let name = function
                .name
                .0
                .last()
                .and_then(|p| p.as_ident())
                .map(|i| i.value.to_ascii_lowercase())
                .unwrap_or_default();
            if function.over.is_none() && rules.aggregate_function(&name) {
                return true;
            }
            match &function.args {
                ast::FunctionArguments::List(list) => list.args.iter().any(|a| match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e))
                    | ast::FunctionArg::Named {
                        arg: ast::FunctionArgExpr::Expr(e),
                        ..
                    } => contains_aggregate(rules, e),
                    _ => false,
                }),
                _ => false,
            }
        }
        Expr::Nested(inner)
        | Expr::UnaryOp { expr: inner, .. }
        | Expr::Cast { expr: inner, .. }
        | Expr::IsNull(inner)
        | Expr::IsNotNull(inner)
        | Expr::IsTrue(inner)
        | Expr::IsFalse(inner) => contains_aggregate(rules, inner),
        Expr::BinaryOp { left, right, .. } => {
            contains_aggregate(rules, left) || contains_aggregate(rules, right)
        }
        Expr::Case {
            operand,
            conditions,
            else_result,
            ..
        } => {
            operand.iter().any(|e| contains_aggregate(rules, e))
                || conditions.iter().any(|when| {
                    contains_aggregate(rules, &when.condition)
                        || contains_aggregate(rules, &when.result)
                })
                || else_result.iter().any(|e| contains_aggregate(rules, e))
        }
        _ => false,
    }
}

/// An expression without the parentheses around it.
fn unnested(expr: &Expr) -> &Expr {
    match expr {
        Expr::Nested(inner) => unnested(inner),
        other => other,
    }
}

/// The tables a FROM item brings into scope, with the name they are referred to
/// by; pg_dump writes joins nested in parentheses. A CTE of that name comes
/// before a table; a subquery in FROM is a table of its columns.
fn collect_view_sources<'c>(
    rules: &dyn ServerRules,
    catalog: &'c Catalog,
    ctes: &'c [Table],
    factor: &TableFactor,
    sources: &mut Vec<(Option<String>, std::borrow::Cow<'c, Table>)>,
    omitted: &mut Vec<Vec<String>>,
    source: &QueryText,
) -> ApplyResult {
    match factor {
        TableFactor::Table { name, alias, .. } => {
            let written = rules.qualified_name(name);
            let cte = ctes
                .iter()
                .rev()
                .find(|t| written.schema.is_none() && t.name.name == written.name);
            let qualified = rules.lookup_name(catalog, name);
            if let Some(table) = cte.or_else(|| catalog.tables.get(&qualified)) {
                let alias = alias.as_ref().map(|a| rules.fold_ident(&a.name));
                sources.push((
                    alias.or(Some(qualified.name.clone())),
                    std::borrow::Cow::Borrowed(table),
                ));
            }
        }
        TableFactor::Derived {
            subquery, alias, ..
        } => {
            let mut table = Table::new(QualifiedName::new(None, ""), TableKind::View);
            for (i, mut column) in view_columns(rules, catalog, subquery, ctes, source)?
                .into_iter()
                .enumerate()
            {
                if let Some(named) = alias.as_ref().and_then(|a| a.columns.get(i)) {
                    column.name = rules.fold_ident(&named.name);
                }
                table.columns.push(column);
            }
            let alias = alias.as_ref().map(|a| rules.fold_ident(&a.name));
            sources.push((alias, std::borrow::Cow::Owned(table)));
        }
        TableFactor::NestedJoin {
            table_with_joins, ..
        } => collect_joined_sources(
            rules,
            catalog,
            ctes,
            table_with_joins,
            sources,
            omitted,
            source,
        )?,
        _ => {}
    }
    Ok(())
}

/// The tables of a FROM item and its joins. A table on the outer side of a
/// LEFT, RIGHT or FULL join may have no row to give, so each of its columns
/// can be NULL there.
fn collect_joined_sources<'c>(
    rules: &dyn ServerRules,
    catalog: &'c Catalog,
    ctes: &'c [Table],
    from: &ast::TableWithJoins,
    sources: &mut Vec<(Option<String>, std::borrow::Cow<'c, Table>)>,
    omitted: &mut Vec<Vec<String>>,
    source: &QueryText,
) -> ApplyResult {
    let first = sources.len();
    collect_view_sources(
        rules,
        catalog,
        ctes,
        &from.relation,
        sources,
        omitted,
        source,
    )?;
    for join in &from.joins {
        let before = sources.len();
        collect_view_sources(
            rules,
            catalog,
            ctes,
            &join.relation,
            sources,
            omitted,
            source,
        )?;
        if rules.wildcard_omits_join_columns() {
            omit_join_columns(rules, &join.join_operator, sources, before, omitted);
        }
        let (left_outer, right_outer) = match &join.join_operator {
            ast::JoinOperator::Left(_) | ast::JoinOperator::LeftOuter(_) => (false, true),
            ast::JoinOperator::Right(_) | ast::JoinOperator::RightOuter(_) => (true, false),
            ast::JoinOperator::FullOuter(_) => (true, true),
            _ => (false, false),
        };
        let nullable = |sources: &mut [(Option<String>, std::borrow::Cow<'c, Table>)]| {
            for (_, table) in sources {
                for column in &mut table.to_mut().columns {
                    column.nullable = true;
                }
            }
        };
        if left_outer {
            nullable(&mut sources[first..before]);
        }
        if right_outer {
            nullable(&mut sources[before..]);
        }
    }
    Ok(())
}

/// The columns an unqualified `*` leaves out of the right side of a USING or
/// NATURAL join (`sources[before..]`), the ones it matched (SQLite's
/// selectExpand), recorded per source in `omitted`.
fn omit_join_columns(
    rules: &dyn ServerRules,
    operator: &ast::JoinOperator,
    sources: &[(Option<String>, std::borrow::Cow<'_, Table>)],
    before: usize,
    omitted: &mut Vec<Vec<String>>,
) {
    let matched = match join_constraint(operator) {
        Some(ast::JoinConstraint::Using(names))
        | Some(ast::JoinConstraint::UsingAlias(names, _)) => Some(
            names
                .iter()
                .map(|n| rules.qualified_name(n).name)
                .collect::<Vec<_>>(),
        ),
        Some(ast::JoinConstraint::Natural) => None,
        _ => return,
    };
    omitted.resize(sources.len(), Vec::new());
    for k in before..sources.len() {
        omitted[k] = sources[k]
            .1
            .columns
            .iter()
            .filter(|c| match &matched {
                Some(using) => using.iter().any(|u| u.eq_ignore_ascii_case(&c.name)),
                None => sources[..before].iter().any(|(_, left)| {
                    left.columns
                        .iter()
                        .any(|l| l.name.eq_ignore_ascii_case(&c.name))
                }),
            })
            .map(|c| c.name.clone())
            .collect();
    }
}

/// `col` or `alias.col` as (qualifier, column).
fn column_reference(rules: &dyn ServerRules, expr: &Expr) -> Option<(Option<String>, String)> {
    match expr {
        Expr::Identifier(ident) => Some((None, rules.fold_ident(ident))),
        Expr::CompoundIdentifier(parts) => {
            let column = rules.fold_ident(parts.last()?);
            let qualifier = parts
                .len()
                .checked_sub(2)
                .map(|i| rules.fold_ident(&parts[i]));
            Some((qualifier, column))
        }
        Expr::Nested(inner) => column_reference(rules, inner),
        _ => None,
    }
}

fn drop_objects(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    object_type: ObjectType,
    if_exists: bool,
    temporary: bool,
    names: &[ObjectName],
    cascade: bool,
) -> ApplyResult<Outcome> {
    if matches!(
        object_type,
        ObjectType::Table
            | ObjectType::View
            | ObjectType::MaterializedView
            | ObjectType::ForeignTable
    ) {
        return drop_relations(
            rules,
            catalog,
            object_type,
            if_exists,
            temporary,
            names,
            cascade,
        );
    }
    for name in names {
        let name = rules.lookup_name(catalog, name);
        let found = match object_type {
            ObjectType::Index => {
                let mut found = false;
                for table in catalog.tables.values_mut() {
                    if table.name.schema == name.schema {
                        let before = table.indexes.len();
                        table.indexes.retain(|i| i.name != name.name);
                        found |= table.indexes.len() != before;
                    }
                }
                found
            }
            ObjectType::Sequence => catalog.sequences.shift_remove(&name).is_some(),
            ObjectType::Type => {
                let found = catalog.enums.contains_key(&name)
                    || catalog.domains.contains_key(&name)
                    || catalog.other_types.contains_key(&name);
                if found {
                    drop_type(rules, catalog, &name, cascade)?;
                }
                found
            }
            ObjectType::Schema => {
                let before = catalog.schemas.len();
                catalog.schemas.retain(|s| s != &name.name);
                let in_schema = |k: &QualifiedName| k.schema.as_deref() == Some(name.name.as_str());
                catalog.tables.retain(|k, _| !in_schema(k));
                catalog.sequences.retain(|k, _| !in_schema(k));
                catalog
                    .extensions
                    .retain(|_, e| e.schema.as_deref() != Some(name.name.as_str()));
                catalog.schemas.len() != before
            }
            _ => return Ok(Outcome::Ignored),
        };
        if !found && !if_exists {
            return Err(format!("cannot drop {name}: it does not exist").into());
        }
    }
    Ok(Outcome::Applied)
}

/// `DROP TABLE | VIEW | MATERIALIZED VIEW`. A partitioned table takes its
/// partitions along. Where the server records dependencies (PostgreSQL), the
/// views that read a dropped relation go too under CASCADE (without it the
/// server refuses), and so do foreign keys that refer to a dropped table.
fn drop_relations(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    object_type: ObjectType,
    if_exists: bool,
    temporary: bool,
    names: &[ObjectName],
    cascade: bool,
) -> ApplyResult<Outcome> {
    let (kind, word) = match object_type {
        ObjectType::View => (TableKind::View, "a view"),
        ObjectType::MaterializedView => (TableKind::MaterializedView, "a materialized view"),
        ObjectType::ForeignTable => (TableKind::ForeignTable, "a foreign table"),
        _ => (TableKind::Table, "a table"),
    };
    let mut dropped: Vec<QualifiedName> = Vec::new();
    for name in names {
        let name = rules.lookup_name(catalog, name);
        // A temporary relation hides a permanent one of the same name, and
        // goes first (MySQL's DROP TEMPORARY TABLE drops only those).
        if catalog.drop_temporary(&name) {
            continue;
        }
        match catalog.tables.get(&name).filter(|_| !temporary) {
            Some(table) if table.kind == kind => dropped.push(name),
            Some(_) => return Err(format!("\"{}\" is not {word}", name.name).into()),
            None if if_exists => {}
            None => return Err(format!("cannot drop {name}: it does not exist").into()),
        }
    }
    // Nothing to drop (`IF EXISTS`, as a dump writes before each table):
    // what follows reads every table.
    if dropped.is_empty() {
        return Ok(Outcome::Applied);
    }
    // A virtual table's module drops its shadow tables.
    let shadows: Vec<QualifiedName> = dropped
        .iter()
        .filter_map(|name| catalog.tables.get(name)?.virtual_table())
        .flat_map(|v| v.shadow_tables.iter().cloned())
        .collect();
    dropped.extend(shadows);
    // Partitions, and their partitions.
    loop {
        let more: Vec<QualifiedName> = catalog
            .tables
            .values()
            .filter(|t| {
                t.partition_of().is_some_and(|p| dropped.contains(p)) && !dropped.contains(&t.name)
            })
            .map(|t| t.name.clone())
            .collect();
        if more.is_empty() {
            break;
        }
        dropped.extend(more);
    }
    if rules.tracks_dependencies() {
        let dependents = super::views::dependent_views(catalog, &dropped);
        if !dependents.is_empty() && !cascade {
            return Err(format!(
                "cannot drop {} because other objects depend on it ({})",
                dropped
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                dependents
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
            .into());
        }
        dropped.extend(dependents);
        if cascade {
            for table in catalog.tables.values_mut() {
                table
                    .foreign_keys
                    .retain(|fk| !dropped.contains(&fk.referred_table));
            }
        }
    }
    let partitions: Vec<(QualifiedName, QualifiedName)> = dropped
        .iter()
        .filter_map(|name| {
            let parent = catalog.tables.get(name)?.partition_of().cloned()?;
            Some((parent, name.clone()))
        })
        .collect();
    for (parent, partition) in &partitions {
        rules.partition_removed(catalog, parent, partition);
    }
    // One by one, in place: a `retain` that removes anything rebuilds the
    // whole hash index of the tables.
    for name in &dropped {
        catalog.tables.shift_remove(name);
        catalog.drop_owned_sequences(name, None);
    }
    Ok(Outcome::Applied)
}

fn set_comment(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    object_type: CommentObject,
    object_name: &ObjectName,
    comment: Option<String>,
) -> ApplyResult<Outcome> {
    let comment = comment.filter(|c| !c.is_empty());
    match object_type {
        CommentObject::Table | CommentObject::View | CommentObject::MaterializedView => {
            let name = rules.lookup_name(catalog, object_name);
            let table = catalog
                .tables
                .get_mut(&name)
                .ok_or_else(|| ApplyError(format!("table {name} does not exist")))?;
            table.comment = comment;
            Ok(Outcome::Applied)
        }
        CommentObject::Column => {
            let parts: Vec<String> = object_name
                .0
                .iter()
                .filter_map(|p| p.as_ident())
                .map(|i| rules.fold_ident(i))
                .collect();
            let (table_name, column) = match parts.as_slice() {
                [table, column] => (QualifiedName::new(None, table.clone()), column),
                [.., schema, table, column] => (
                    QualifiedName::new(rules.schema_of(schema), table.clone()),
                    column,
                ),
                _ => return Err("COMMENT ON COLUMN needs table.column".into()),
            };
            let table = catalog
                .tables
                .get_mut(&table_name)
                .ok_or_else(|| ApplyError(format!("table {table_name} does not exist")))?;
            let column = table.column_mut(column).ok_or_else(|| {
                ApplyError(format!("column {table_name}.{column} does not exist"))
            })?;
            column.set_comment(comment);
            Ok(Outcome::Applied)
        }
        _ => Ok(Outcome::Ignored),
    }
}

#[cfg(test)]
mod tests {
    use super::build_catalog;
    use crate::dialect::Dialect;
    use crate::parse::parse_script;

    /// The catalog `sql` builds and the messages of its diagnostics.
    fn applied(dialect: Dialect, sql: &str) -> (crate::catalog::Catalog, Vec<String>) {
        let (statements, _) = parse_script(0, sql, dialect);
        let (catalog, warnings) = build_catalog(dialect, &statements, &[sql]);
        (catalog, warnings.into_iter().map(|w| w.message).collect())
    }

    /// Foreign keys the server refuses (found by the fuzz target: SQLAlchemy
    /// cannot import a module whose ForeignKeyConstraint names a column its
    /// table lacks): each statement is refused with the server's message
    /// and leaves nothing behind, not even a serial's sequence.
    #[test]
    fn foreign_keys_the_server_refuses_are_refused() {
        for (dialect, sql, message) in [
            (
                Dialect::Sqlite,
                "CREATE TABLE m (id integer PRIMARY KEY, FOREIGN KEY (gone) REFERENCES m (id));",
                "unknown column \"gone\" in foreign key definition",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE m (id int PRIMARY KEY, FOREIGN KEY (gone) REFERENCES m (id));",
                "column \"gone\" referenced in foreign key constraint does not exist",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE m (id serial PRIMARY KEY, a int REFERENCES m (gone));",
                "column \"gone\" referenced in foreign key constraint does not exist",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE m (id serial PRIMARY KEY, a int REFERENCES nosuch (id));",
                "relation \"nosuch\" does not exist",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE m (id int, a int REFERENCES m (id));",
                "there is no unique constraint matching given keys for referenced table \"m\"",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE m (id int UNIQUE, a int REFERENCES m (id, id));",
                "foreign key referenced-columns list must not contain duplicates",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE m (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES m (id));",
                "number of referencing and referenced columns for foreign key disagree",
            ),
            (
                Dialect::Sqlite,
                "CREATE TABLE m (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES m (id));",
                "number of columns in foreign key does not match the number of columns in the referenced table",
            ),
            (
                Dialect::MySql,
                "CREATE TABLE m (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES m (id));",
                "Incorrect foreign key definition for 'm_ibfk_1': Key reference and table reference don't match",
            ),
        ] {
            let (catalog, messages) = applied(dialect, sql);
            assert_eq!(messages, [format!("statement skipped: {message}")], "{sql}");
            assert!(
                catalog.tables.is_empty() && catalog.sequences.is_empty(),
                "{sql}: {catalog:?}"
            );
        }
        // A key the server finds later in the same statement, and a unique
        // index, serve as the referenced key.
        let sql = "CREATE TABLE m (a int REFERENCES m (id), id int PRIMARY KEY);\n\
                   CREATE TABLE n (id int, b int); CREATE UNIQUE INDEX ON n (b, id);\n\
                   CREATE TABLE o (x int, y int, FOREIGN KEY (x, y) REFERENCES n (id, b));\n";
        let (statements, _) = parse_script(0, sql, Dialect::PostgreSql);
        let (catalog, warnings) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            catalog
                .tables
                .values()
                .map(|t| t.foreign_keys.len())
                .sum::<usize>(),
            2
        );
    }

    /// A refused statement on a partitioned table takes back what it passed
    /// on to the partitions (the fuzz target found an index of a missing
    /// column left on a partition).
    #[test]
    fn refused_statements_leave_partitions_as_they_were() {
        let sql = "CREATE TABLE r (id int NOT NULL, taken date NOT NULL, label text) PARTITION BY RANGE (taken);\n\
                   CREATE TABLE r_1 PARTITION OF r FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n\
                   CREATE INDEX ON r (label, gone);\n\
                   ALTER TABLE r ADD CONSTRAINT u UNIQUE (label, taken, gone);\n\
                   ALTER TABLE r ADD CONSTRAINT u2 UNIQUE (label, taken), ADD COLUMN x int REFERENCES nosuch (id);\n";
        let (statements, _) = parse_script(0, sql, Dialect::PostgreSql);
        let (catalog, warnings) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        for table in catalog.tables.values() {
            assert!(
                table.indexes.is_empty() && table.uniques.is_empty() && table.columns.len() == 3,
                "{table:?}"
            );
        }
    }

    /// A statement a DO block or a prepared statement runs is refused whole
    /// too (the fuzz target found a DO block's UNIQUE on a missing column
    /// kept, which SQLAlchemy refuses at import).
    #[test]
    fn statements_run_by_blocks_and_prepared_statements_are_refused_whole() {
        for (dialect, sql) in [
            (
                Dialect::PostgreSql,
                "CREATE TABLE t (id int PRIMARY KEY);\n\
                 DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_gone_key UNIQUE (gone); END $$;\n",
            ),
            (
                Dialect::MySql,
                "CREATE TABLE t (id int PRIMARY KEY);\n\
                 PREPARE s FROM 'ALTER TABLE t ADD UNIQUE (gone)';\n\
                 EXECUTE s;\n",
            ),
        ] {
            let (statements, _) = parse_script(0, sql, dialect);
            let (catalog, warnings) = build_catalog(dialect, &statements, &[sql]);
            assert_eq!(warnings.len(), 1, "{dialect:?}: {warnings:?}");
            let table = catalog.tables.values().next().expect("table t");
            assert!(
                table.uniques.is_empty() && table.indexes.is_empty(),
                "{dialect:?}: {table:?}"
            );
        }
    }

    /// PostgreSQL attaches a partition only with exactly its parent's columns
    /// (the fuzz target found a parent's unique constraint on a partition
    /// that lacks the column, which SQLAlchemy refuses at import).
    #[test]
    fn partitions_attach_with_their_parents_columns_only() {
        let sql = "CREATE TABLE r (id int, taken date, label text) PARTITION BY RANGE (taken);\n\
                   CREATE TABLE r1 (id int, taken date);\n\
                   ALTER TABLE r ATTACH PARTITION r1 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n\
                   CREATE TABLE r2 (id bigint, taken date, label text);\n\
                   ALTER TABLE r ATTACH PARTITION r2 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n\
                   CREATE TABLE r3 (id int, taken date, label text, x int);\n\
                   ALTER TABLE r ATTACH PARTITION r3 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n\
                   CREATE TABLE r4 (label text, id int, taken date);\n\
                   ALTER TABLE r ATTACH PARTITION r4 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');\n";
        let (statements, _) = parse_script(0, sql, Dialect::PostgreSql);
        let (catalog, warnings) = build_catalog(Dialect::PostgreSql, &statements, &[sql]);
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "statement skipped: child table is missing column \"label\"",
                "statement skipped: child table \"r2\" has different type for column \"id\"",
                "statement skipped: table \"r3\" contains column \"x\" not found in parent \"r\"",
            ]
        );
        let attached: Vec<&str> = catalog
            .tables
            .values()
            .filter(|t| t.partition_of().is_some())
            .map(|t| t.name.name.as_str())
            .collect();
        assert_eq!(attached, ["r4"]);
    }

    /// A key or index naming a column the table lacks: the statement is
    /// refused with the server's message, and what it would have made is gone.
    #[test]
    fn keys_and_indexes_of_missing_columns_are_refused() {
        for (dialect, sql, message) in [
            (
                Dialect::Sqlite,
                "CREATE TABLE p (id int); CREATE INDEX i ON p (gone);",
                "no such column: gone",
            ),
            (
                Dialect::Sqlite,
                "CREATE TABLE p (id int, UNIQUE (gone));",
                "no such column: gone",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE p (id int); ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (gone);",
                "column \"gone\" named in key does not exist",
            ),
            (
                Dialect::PostgreSql,
                "CREATE TABLE p (id int); CREATE INDEX i ON p (gone);",
                "column \"gone\" does not exist",
            ),
            (
                Dialect::MySql,
                "CREATE TABLE p (id int, KEY k (gone));",
                "Key column 'gone' doesn't exist in table",
            ),
        ] {
            let (catalog, messages) = applied(dialect, sql);
            assert_eq!(messages, [format!("statement skipped: {message}")], "{sql}");
            for table in catalog.tables.values() {
                assert!(
                    table.indexes.is_empty() && table.primary_key.is_none(),
                    "{sql}: {table:?}"
                );
            }
        }
        // Two columns of one name, PostgreSQL's after truncation to 63 bytes.
        let long = "c".repeat(70);
        let sql =
            format!("CREATE TABLE t (a int, a int);\nCREATE TABLE u ({long} int, {long}x int);\n");
        let (statements, _) = parse_script(0, &sql, Dialect::PostgreSql);
        let (catalog, warnings) = build_catalog(Dialect::PostgreSql, &statements, &[&sql]);
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            messages.contains(&"statement skipped: column \"a\" specified more than once")
                && messages.len() == 2
                && catalog.tables.is_empty(),
            "{messages:?}"
        );
        // MariaDB refuses a view naming two columns alike once its generated
        // names are settled (ERROR 1060).
        let sql = "CREATE TABLE t (id int, b int);\n\
                   CREATE VIEW w AS SELECT id, b AS ID FROM t;\n\
                   CREATE VIEW ok AS SELECT id+1, id+1 FROM t;\n";
        let (statements, _) = parse_script(0, sql, Dialect::MySql);
        let (catalog, warnings) = build_catalog(Dialect::MySql, &statements, &[sql]);
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(
            messages,
            ["statement skipped: Duplicate column name 'ID'"],
            "{sql}"
        );
        assert_eq!(catalog.tables.len(), 2);
        // Names compare as the server compares them: SQLite folds ASCII
        // letters only (K and the Kelvin sign are two names).
        let sql = "CREATE TABLE k (K int, \u{212A} int);";
        let (statements, _) = parse_script(0, sql, Dialect::Sqlite);
        let (_, warnings) = build_catalog(Dialect::Sqlite, &statements, &[sql]);
        assert!(warnings.is_empty(), "{warnings:?}");
        let sql = "CREATE TABLE p (Id int, UNIQUE (id));";
        let (statements, _) = parse_script(0, sql, Dialect::Sqlite);
        let (_, warnings) = build_catalog(Dialect::Sqlite, &statements, &[sql]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}
