//! The whole pipeline as one call: loaded scripts and settings in, the module's
//! text and the diagnostics out. The command line, `--check` and live mode are
//! thin callers of [`generate`].
//!
//! The work runs on a thread of its own with a large stack: the SQL a server
//! accepts can nest expressions thousands deep (a generated `CHECK` of 4,000
//! `OR` terms, a long `||` chain), and sqlparser's trees and our walks over
//! them follow that depth. A panic there becomes an error, never an abort
//! and never a partial module.

use std::borrow::Cow;
use std::time::{Duration, Instant};

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity};

use crate::catalog::apply::{CatalogBuilder, StatementCounts};
use crate::dialect::Dialect;
use crate::input::stream::{Chunks, KeptLines, SpanText};
use crate::input::Source;
use crate::model::reflect::{reflect, ReflectRequest};
use crate::model::{infer, Settings};
use crate::parse::ParsedStatement;

/// Stack for the pipeline's thread. Only the pages a deep expression touches
/// are ever committed.
const STACK_BYTES: usize = 1 << 30;

/// What to generate from which scripts.
#[derive(Debug, Clone)]
pub struct Request {
    /// The scripts, applied in order; a diagnostic's file id is an index here.
    pub sources: Vec<Source>,
    /// The server's dialect; detected from the scripts when `None`.
    pub dialect: Option<Dialect>,
    /// Which tables and schemas sqlacodegen would reflect.
    pub reflect: ReflectRequest,
    /// Generator and options.
    pub settings: Settings,
    /// Warnings (a statement skipped, a setting not followed) are errors.
    pub strict: bool,
}

/// What came of a [`Request`].
#[derive(Debug)]
pub struct Outcome {
    pub dialect: Dialect,
    /// Why this dialect, when it was detected rather than given.
    pub detected_because: Option<String>,
    /// Problems at a place in the scripts, in source order; under `strict`
    /// the warnings are already errors.
    pub diagnostics: Vec<Diagnostic<usize>>,
    /// Problems with the request as a whole (a table `--tables` names does
    /// not exist, a module that would run text from the SQL).
    pub errors: Vec<String>,
    /// The module, unless a diagnostic is an error or `errors` is not empty.
    pub models: Option<crate::emit::ModuleText>,
    /// How long each stage took, in pipeline order.
    pub timings: Timings,
    /// What diagnostics may show of each script read as a stream (by file
    /// index; `None`: the script is whole in `sources`).
    pub kept: Vec<Option<KeptLines>>,
    /// What came of each script's statements, by file index.
    pub counts: Vec<StatementCounts>,
    /// The request's scripts, by file index; the text of those no diagnostic
    /// points into is let go of once the catalog is built (a large schema's
    /// text is no longer needed for the rest of the run).
    pub sources: Vec<Source>,
}

/// Time spent per stage of one run (`--timings` prints it).
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Cutting the scripts into statements.
    pub split: Duration,
    /// sqlparser and our fallbacks, statement by statement: the sum over the
    /// threads that parse (a long script is parsed on several).
    pub parse: Duration,
    /// Applying the statements to the catalog, and finishing it.
    pub catalog: Duration,
    /// What SQLAlchemy's reflection makes of the catalog.
    pub reflect: Duration,
    /// sqlacodegen's decisions.
    pub infer: Duration,
    /// Printing the module.
    pub emit: Duration,
}

impl Timings {
    /// Each stage's name and time, in pipeline order.
    pub fn stages(&self) -> [(&'static str, Duration); 6] {
        [
            ("split", self.split),
            ("parse", self.parse),
            ("catalog", self.catalog),
            ("reflect", self.reflect),
            ("infer", self.infer),
            ("emit", self.emit),
        ]
    }
}

/// Run the pipeline. The request is consumed: its scripts come back in
/// [`Outcome::sources`], with the text of those no diagnostic points into let
/// go of once the catalog is built.
pub fn generate(request: Request) -> Outcome {
    let dialect = request.dialect;
    let slot = std::sync::Arc::new(std::sync::Mutex::new(Some(request)));
    let take = |slot: &std::sync::Mutex<Option<Request>>| {
        slot.lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
            .unwrap_or_else(empty_request)
    };
    let run_caught = move |request: Request| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(request)))
    };
    // The outcome comes back over a channel rather than through `join`: a
    // thread that ends hands its allocator heap back (mimalloc collects
    // every page the freeing thread returned to it, 40 ms at 20,000
    // tables), and the caller need not wait for that to write the module.
    let (send, receive) = std::sync::mpsc::sync_channel(1);
    let shared = std::sync::Arc::clone(&slot);
    let spawned = std::thread::Builder::new()
        .name(String::from("ddlcodegen"))
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let _ = send.send(run_caught(take(&shared)));
        });
    let ran = match spawned {
        Ok(_) => receive.recv().unwrap_or_else(|_| {
            Err(Box::new("the pipeline's thread ended without an outcome")
                as Box<dyn std::any::Any + Send>)
        }),
        // No room for the big stack: run here, with the default one.
        Err(_) => run_caught(take(&slot)),
    };
    ran.unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Outcome {
            dialect: dialect.unwrap_or(Dialect::PostgreSql),
            detected_because: None,
            diagnostics: Vec::new(),
            errors: vec![format!(
                "internal error, nothing written: {what} (please report this with the SQL that \
                 caused it)"
            )],
            models: None,
            timings: Timings::default(),
            kept: Vec::new(),
            counts: Vec::new(),
            sources: Vec::new(),
        }
    })
}

/// A request for nothing (never run: [`generate`] takes its request once).
fn empty_request() -> Request {
    Request {
        sources: Vec::new(),
        dialect: None,
        reflect: ReflectRequest {
            schemas: Vec::new(),
            tables: None,
            views: false,
        },
        settings: Settings {
            generator: crate::model::Generator::Declarative,
            options: Default::default(),
            sqlacodegen_exact: false,
        },
        strict: false,
    }
}

/// What loading found wrong in a script, as a diagnostic at its place.
fn problem_diagnostic(file: usize, problem: &crate::input::Problem) -> Diagnostic<usize> {
    let diagnostic = match problem.error {
        true => Diagnostic::error(),
        false => Diagnostic::warning(),
    };
    let note = match problem.error {
        true => problem.note.clone(),
        false => format!("{}; pass --strict to make this an error", problem.note),
    };
    diagnostic
        .with_message(problem.message.clone())
        .with_labels(vec![Label::primary(file, problem.span.clone())])
        .with_notes(vec![note])
}

fn run(mut request: Request) -> Outcome {
    let mut outcome = run_stages(&mut request);
    outcome.sources = request.sources;
    outcome
}

fn run_stages(request: &mut Request) -> Outcome {
    let (dialect, detected_because) = match request.dialect {
        Some(dialect) => (dialect, None),
        None => {
            // Scripts for some dialects only (the views of a liquibase
            // changelog) count too: what they share is most of them.
            let all: Vec<&str> = request.sources.iter().map(|s| s.text.as_str()).collect();
            // One script (the usual case) is read where it is, not copied.
            let all = match all.as_slice() {
                [one] => Cow::Borrowed(*one),
                _ => Cow::Owned(all.join("\n")),
            };
            let detection = crate::parse::detect::detect_dialect(&all);
            (detection.dialect, Some(detection.reason))
        }
    };
    let mut outcome = Outcome {
        dialect,
        detected_because,
        diagnostics: Vec::new(),
        errors: Vec::new(),
        models: None,
        timings: Timings::default(),
        kept: Vec::new(),
        counts: Vec::new(),
        sources: Vec::new(),
    };
    // Each statement is applied as soon as it is parsed, in order.
    let mut builder = CatalogBuilder::new(dialect);
    let mut statements = 0usize;
    let mut applying = Duration::ZERO;
    outcome.kept = vec![None; request.sources.len()];
    outcome.counts = vec![StatementCounts::default(); request.sources.len()];
    for (file, source) in request.sources.iter_mut().enumerate() {
        if !source.runs_on(dialect) {
            continue;
        }
        let chunks = match Chunks::open(source) {
            Ok(chunks) => chunks,
            Err(message) => {
                outcome.errors.push(message);
                return outcome;
            }
        };
        let mut apply = |statement: ParsedStatement, text: &dyn SpanText| {
            statements += 1;
            let started = Instant::now();
            builder.apply(&statement, text);
            applying += started.elapsed();
        };
        let (found, problems) = match chunks {
            None => {
                let found = crate::parse::for_each_statement(
                    file,
                    &source.text,
                    &source.blocks,
                    dialect,
                    |statement| apply(statement, &source.text),
                );
                (found, Cow::Borrowed(source.problems.as_slice()))
            }
            Some(chunks) => {
                let mut chunks = chunks.read_ahead();
                // The first chunk becomes the first window: from here on
                // the kept lines stand for the script's text.
                let first_chunk = std::mem::take(&mut source.text);
                let streamed = crate::parse::for_each_statement_streamed(
                    file,
                    source,
                    first_chunk,
                    chunks.chunk_bytes(),
                    &mut || chunks.next_chunk(),
                    dialect,
                    |statement, window| apply(statement, window),
                );
                if let Some(message) = streamed.error {
                    outcome.errors.push(message);
                    return outcome;
                }
                outcome.kept[file] = Some(streamed.kept);
                (streamed.scanned, Cow::Owned(streamed.problems))
            }
        };
        outcome.timings.split += found.split;
        outcome.timings.parse += found.parse;
        outcome.counts[file].skipped += found.skipped;
        outcome.counts[file].ignored += found.rows;
        outcome.diagnostics.extend(found.diagnostics);
        outcome.diagnostics.extend(
            problems
                .iter()
                .map(|problem| problem_diagnostic(file, problem)),
        );
    }
    for (file, applied) in builder.counts().iter().enumerate() {
        if let Some(count) = outcome.counts.get_mut(file) {
            count.applied += applied.applied;
            count.skipped += applied.skipped;
            count.ignored += applied.ignored;
        }
    }
    let finishing = Instant::now();
    for source in &request.sources {
        builder.adopt_server_texts(&source.server_texts);
    }
    let kept = std::mem::take(&mut outcome.kept);
    let texts: Vec<&dyn SpanText> = request
        .sources
        .iter()
        .zip(&kept)
        .map(|(source, kept)| match kept {
            Some(kept) => kept as &dyn SpanText,
            None => &source.text as &dyn SpanText,
        })
        .collect();
    let (catalog, found) = builder.finish(&texts);
    drop(texts);
    outcome.kept = kept;
    outcome.timings.catalog = applying + finishing.elapsed();
    outcome.diagnostics.extend(found);
    // Parse and apply problems are found in two passes; the user reads them in
    // source order.
    outcome.diagnostics.sort_by_key(|d| {
        d.labels
            .first()
            .map(|l| (l.file_id, l.range.start))
            .unwrap_or((usize::MAX, 0))
    });
    if request.strict {
        for diagnostic in &mut outcome.diagnostics {
            if diagnostic.severity == Severity::Warning {
                diagnostic.severity = Severity::Error;
            }
        }
    }
    let mut shown = vec![false; request.sources.len()];
    for label in outcome.diagnostics.iter().flat_map(|d| &d.labels) {
        if let Some(shown) = shown.get_mut(label.file_id) {
            *shown = true;
        }
    }
    for ((source, kept), shown) in request.sources.iter_mut().zip(&mut outcome.kept).zip(shown) {
        if !shown {
            source.text = String::new();
            source.written = None;
            *kept = None;
        }
    }
    if outcome
        .diagnostics
        .iter()
        .any(|d| d.severity >= Severity::Error)
    {
        return outcome;
    }
    let reflecting = Instant::now();
    // Each stage's input goes as soon as the next stage has what it needs:
    // the peak is two stages' data, never all of them (reflection lets go of
    // the catalog table by table).
    let metadata = reflect(catalog, &request.reflect, &request.settings);
    outcome.timings.reflect = reflecting.elapsed();
    let metadata = match metadata {
        Ok(metadata) => metadata,
        Err(message) => {
            outcome.errors.push(message);
            return outcome;
        }
    };
    if statements > 0 && metadata.tables.is_empty() {
        let mut nothing = Diagnostic::warning()
            .with_message(format!(
                "{statements} statement(s) read, but no table and no view came of them: the \
                 module is empty"
            ))
            .with_notes(vec![String::from(
                "a folder read in the wrong layout (--layout NAME), only DROP statements, or \
                 --schemas naming a schema without tables? pass --strict to make this an error",
            )]);
        if request.strict {
            nothing.severity = Severity::Error;
            outcome.diagnostics.push(nothing);
            return outcome;
        }
        outcome.diagnostics.push(nothing);
    }
    let inferring = Instant::now();
    let module = infer(metadata, request.settings.clone());
    outcome.timings.infer = inferring.elapsed();
    if !module.refusals.is_empty() {
        // Nothing is written: the exact bytes would run text from the SQL.
        outcome.errors = module.refusals;
        return outcome;
    }
    let emitting = Instant::now();
    outcome.models = Some(crate::emit::emit(&module));
    drop_aside(module);
    outcome.timings.emit = emitting.elapsed();
    outcome
}

/// Free the last stage's data on a thread of its own: millions of small frees
/// (a twentieth of the run at 5,000 tables) that need not delay the output;
/// a process that has written its output exits without waiting for them.
/// (Freeing earlier stages aside while the next one runs was slower: both
/// threads then take turns at the allocator's lock.)
fn drop_aside<T: Send + 'static>(value: T) {
    // Should no thread be had, the closure, and the value in it, is dropped
    // here instead.
    let _ = std::thread::Builder::new()
        .name(String::from("ddlcodegen-free"))
        .spawn(move || drop(value));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Generator;

    fn request(sources: Vec<Source>, dialect: Dialect) -> Request {
        Request {
            sources,
            dialect: Some(dialect),
            reflect: ReflectRequest {
                schemas: Vec::new(),
                tables: None,
                views: true,
            },
            settings: Settings {
                generator: Generator::Declarative,
                options: Default::default(),
                sqlacodegen_exact: false,
            },
            strict: false,
        }
    }

    /// A liquibase folder: a changelog for every dialect, then a `dbms:mysql`
    /// change set.
    fn changelog() -> Vec<Source> {
        let all = Source::plain(
            String::from("a.sql"),
            String::from("CREATE TABLE a (id int PRIMARY KEY);\n"),
        );
        let mut mysql = Source::plain(
            String::from("b.sql"),
            String::from(
                "CREATE TABLE only_mysql (id int PRIMARY KEY, a_id int REFERENCES a (id));\n",
            ),
        );
        mysql.dialects = Some(vec![Dialect::MySql]);
        vec![all, mysql]
    }

    #[test]
    fn a_table_reached_under_two_names_is_reflected_whole_under_both() {
        // `public.users` is reached as `users` through the foreign key from
        // schema s, then listed as `public.users`: reflection must not have
        // let go of its columns after the first time.
        let sql = "CREATE SCHEMA s;\n\
                   CREATE TABLE users (id int PRIMARY KEY, nickname text);\n\
                   CREATE TABLE s.orders (id int PRIMARY KEY, \
                   user_id int REFERENCES public.users (id));\n";
        let mut request = request(
            vec![Source::plain(String::from("a.sql"), String::from(sql))],
            Dialect::PostgreSql,
        );
        request.reflect.schemas = vec![Some(String::from("s")), Some(String::from("public"))];
        let models = generate(request)
            .models
            .expect("a module")
            .into_string()
            .unwrap();
        assert_eq!(models.matches("nickname: Mapped").count(), 2, "{models}");
    }

    #[test]
    fn sqlite_names_referred_columns_as_defined_after_reflecting_their_table() {
        // a_users is listed, and so reflected, before the tables that refer
        // to it: its columns must still be there to name `ID` as `id`.
        let sql = "CREATE TABLE a_users (id INTEGER PRIMARY KEY, nickname TEXT);\n\
                   CREATE TABLE b_orders (id INTEGER PRIMARY KEY, \
                   user_id INTEGER REFERENCES a_users (ID));\n\
                   CREATE TABLE c_items (id INTEGER PRIMARY KEY, \
                   order_id INTEGER REFERENCES b_orders (Id), \
                   user_id INTEGER REFERENCES a_users (iD));\n";
        let request = request(
            vec![Source::plain(String::from("a.sql"), String::from(sql))],
            Dialect::Sqlite,
        );
        let models = generate(request)
            .models
            .expect("a module")
            .into_string()
            .unwrap();
        assert_eq!(
            models.matches("ForeignKey('a_users.id')").count(),
            2,
            "{models}"
        );
        assert_eq!(
            models.matches("ForeignKey('b_orders.id')").count(),
            1,
            "{models}"
        );
    }

    /// `sql` as a script read as a stream: its first line whole, the rest
    /// from a file in chunks of `chunk` bytes.
    fn streamed(sql: &str, chunk: usize, file: &tempfile::NamedTempFile) -> Source {
        std::fs::write(file.path(), sql).unwrap();
        let head = sql.find('\n').map_or(sql.len(), |p| p + 1);
        let mut source = Source::plain(String::from("s.sql"), sql[..head].to_string());
        source.problems = crate::input::down_half_warnings(&source.text, false);
        source.rest = Some(
            crate::input::stream::Rest::file(file.path().to_path_buf(), head as u64, Vec::new())
                .in_chunks_of(chunk),
        );
        source
    }

    /// `sql` read whole, as a file given on its own is.
    fn whole(sql: &str) -> Source {
        let mut source = Source::plain(String::from("s.sql"), sql.to_string());
        source.problems = crate::input::down_half_warnings(&source.text, false);
        source
    }

    /// What a run gives, diagnostics as severity, message and labels.
    fn outcome_of(outcome: Outcome) -> (Option<String>, Vec<String>, Vec<String>) {
        let diagnostics = outcome
            .diagnostics
            .iter()
            .map(|d| {
                let labels: Vec<String> = d
                    .labels
                    .iter()
                    .map(|l| format!("{}:{:?} {}", l.file_id, l.range, l.message))
                    .collect();
                format!("{:?} {} {labels:?} {:?}", d.severity, d.message, d.notes)
            })
            .collect();
        let models = outcome.models.map(|m| m.into_string().unwrap());
        (models, diagnostics, outcome.errors)
    }

    #[test]
    fn a_script_read_as_a_stream_gives_what_it_gives_whole() {
        // Every golden case's schema, its rest read in chunks of a few bytes
        // (so that windows end inside statements, comments, quotes, COPY
        // data and client commands) and of a few hundred.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar_tests");
        let file = tempfile::NamedTempFile::new().unwrap();
        let mut cases = 0;
        for dialect in [Dialect::PostgreSql, Dialect::MySql, Dialect::Sqlite] {
            let mut dirs: Vec<_> = std::fs::read_dir(root.join(dialect.to_string()))
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .collect();
            dirs.sort();
            for dir in dirs {
                let Ok(sql) = std::fs::read_to_string(dir.join("schema.sql")) else {
                    continue;
                };
                let whole = outcome_of(generate(request(vec![whole(&sql)], dialect)));
                for chunk in [7, 300] {
                    let streamed = outcome_of(generate(request(
                        vec![streamed(&sql, chunk, &file)],
                        dialect,
                    )));
                    assert_eq!(streamed, whole, "{} in chunks of {chunk}", dir.display());
                }
                cases += 1;
            }
        }
        assert!(cases > 300, "{cases} cases");
    }

    #[test]
    fn a_dump_read_as_a_stream_keeps_its_statements_lines_not_its_data() {
        let mut sql = String::from("CREATE TABLE t (id int PRIMARY KEY, note text);\n");
        sql.push_str("COPY public.t (id, note) FROM stdin;\n");
        for row in 0..6000 {
            sql.push_str(&format!("{row}\tnote {row}; with ' and $$\n"));
        }
        sql.push_str("\\.\n");
        for row in 0..6000 {
            sql.push_str(&format!("INSERT INTO t VALUES ({row}, 'x;');\n"));
        }
        sql.push_str("CREATE TABLE u (id int PRIMARY KEY,, oops);\n-- +goose Down\n");
        sql.push_str("CREATE TABLE w (id int PRIMARY KEY);\n\\q\nCREATE TABLE never (id int);\n");
        let file = tempfile::NamedTempFile::new().unwrap();
        let whole_run = generate(request(vec![whole(&sql)], Dialect::PostgreSql));
        // Windows of a few lines, and windows long enough to be parsed on
        // several threads (over parse::PARALLEL_FROM_BYTES).
        assert!(sql.len() > 300_000);
        let mut source = streamed(&sql, 300_000, &file);
        let outcome = generate(request(vec![source.clone()], Dialect::PostgreSql));
        assert_eq!(outcome_of(outcome), outcome_of(whole_run));
        source = streamed(&sql, 1000, &file);
        let whole_run = generate(request(vec![whole(&sql)], Dialect::PostgreSql));
        let outcome = generate(request(vec![source.clone()], Dialect::PostgreSql));
        let kept = outcome.kept[0].clone().expect("kept lines");
        let outcome = outcome_of(outcome);
        let models = outcome.0.as_deref().expect("a module");
        assert!(
            models.contains("class W(") && !models.contains("Never"),
            "{models}"
        );
        // The statements' lines (the parse error's, the marker's) are kept
        // at their places; the data rows are not.
        assert!(kept.text().len() < 400, "{}", kept.text());
        let oops = sql.find("oops").unwrap();
        assert_eq!(kept.span_text(oops..oops + 4), Some("oops"));
        assert_eq!(outcome, outcome_of(whole_run));
        // A script that ends inside a statement says so as it does whole.
        sql.push_str("CREATE TABLE z (note text DEFAULT 'never closed);\n");
        source = streamed(&sql.replace("\\q\n", ""), 64, &file);
        let streamed = outcome_of(generate(request(vec![source], Dialect::PostgreSql)));
        let whole = outcome_of(generate(request(
            vec![whole(&sql.replace("\\q\n", ""))],
            Dialect::PostgreSql,
        )));
        assert_eq!(streamed, whole);
        assert!(
            streamed.1.iter().any(|d| d.contains("quoted string")),
            "{:?}",
            streamed.1
        );
    }

    #[test]
    fn a_source_runs_only_on_its_dialects() {
        let mysql = generate(request(changelog(), Dialect::MySql));
        let models = mysql.models.expect("a module").into_string().unwrap();
        assert!(models.contains("class OnlyMysql"), "{models}");
        let postgresql = generate(request(changelog(), Dialect::PostgreSql));
        let models = postgresql.models.expect("a module").into_string().unwrap();
        assert!(
            models.contains("class A(") && !models.contains("OnlyMysql"),
            "{models}"
        );
        // Neither applied nor counted: a folder of MariaDB-only SQL read as
        // PostgreSQL says that nothing was read.
        let only = generate(request(changelog().split_off(1), Dialect::PostgreSql));
        assert!(only.diagnostics.is_empty(), "{:?}", only.diagnostics);
        assert!(!only
            .models
            .expect("a module")
            .into_string()
            .unwrap()
            .contains("OnlyMysql"));
    }
}
