//! The command line: options spelled like sqlacodegen's, diagnostics rendered by
//! codespan-reporting, output written atomically.

mod check;
mod config;
mod output;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::Write;
use std::ops::Range;
use std::path::Path;
use std::time::{Duration, Instant};

use clap::{CommandFactory, FromArgMatches, Parser};
use codespan_reporting::diagnostic::Diagnostic;
use codespan_reporting::files::{self, Files, SimpleFiles};
use codespan_reporting::term::{
    self,
    termcolor::{BufferedStandardStream, ColorChoice, WriteColor},
};

use crate::dialect::Dialect;
use crate::input::stream::KeptLines;
use crate::input::Source;
use crate::model::reflect::ReflectRequest;
use crate::model::{Generator, Settings};
use crate::pipeline::{generate, Request};

/// Exit code for usage and input errors.
const EXIT_ERROR: i32 = 2;

/// Generates SQLAlchemy model code from SQL DDL, offline: the output sqlacodegen
/// 4.0.4 would print for a database built from the same DDL.
#[derive(Parser, Debug)]
#[command(
    name = "ddlcodegen",
    version = concat!(env!("CARGO_PKG_VERSION"), " (the output of sqlacodegen 4.0.4)")
)]
struct Args {
    /// SQL files applied in order; a folder stands for its migrations; `-` or
    /// nothing reads standard input.
    inputs: Vec<String>,
    /// postgresql (postgres, pg), mysql (mariadb) or sqlite; detected when omitted.
    #[arg(long)]
    dialect: Option<String>,
    /// Generator: declarative, dataclasses, sqlmodels or tables.
    #[arg(long, default_value = "declarative")]
    generator: String,
    /// Tables to process (comma-delimited, default: all).
    #[arg(long)]
    tables: Option<String>,
    /// Schemas to load tables from (comma-delimited).
    #[arg(long)]
    schemas: Option<String>,
    /// Ignore views.
    #[arg(long)]
    noviews: bool,
    /// Generator options (comma-delimited).
    #[arg(long)]
    options: Option<String>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long)]
    outfile: Option<String>,
    /// Write nothing: exit 0 when --outfile already holds what would be
    /// written, else 1 with a unified diff on standard output (2 on errors).
    #[arg(long)]
    check: bool,
    /// Write what sqlacodegen 4.0.4 writes byte for byte, even the few spots
    /// where it writes invalid Python (see the README).
    #[arg(long)]
    sqlacodegen_exact: bool,
    /// Treat skipped statements as errors.
    #[arg(long)]
    strict: bool,
    /// Read every folder input as this migration tool's (flat, flyway, sqlx,
    /// goose, dbmate, diesel, prisma, sqitch, liquibase); detected when omitted.
    #[arg(long, value_name = "NAME")]
    layout: Option<String>,
    /// Stop after this migration of each folder (a version, a sqitch change or
    /// tag, a liquibase change set id, author:id or tag): the models as of an
    /// older release.
    #[arg(long, value_name = "VERSION")]
    until: Option<String>,
    /// List the migration files applied, in order, and for each input file
    /// how many statements were applied, skipped and ignored.
    #[arg(short, long)]
    verbose: bool,
    /// Print the time each stage took to standard error (read, split, parse,
    /// catalog, reflect, infer, emit, write), in milliseconds.
    #[arg(long)]
    timings: bool,
    /// Leave out the settings in `[tool.ddlcodegen]` of the nearest
    /// pyproject.toml (otherwise read, the command line winning).
    #[arg(long)]
    no_config: bool,
}

fn error(message: &str) -> i32 {
    eprintln!("error: {message}");
    EXIT_ERROR
}

/// Run the command; returns the process exit code.
pub fn main() -> i32 {
    output::clean_up_on_interrupt();
    let parsed = Args::command()
        .try_get_matches()
        .and_then(|matches| Ok((Args::from_arg_matches(&matches)?, matches)));
    let (mut args, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_ERROR } else { 0 };
        }
    };
    if !args.no_config {
        match config::fill_in(&mut args, &matches) {
            Ok(Some(path)) if args.verbose => eprintln!(
                "ddlcodegen: settings from {}",
                shown(&path.display().to_string())
            ),
            Ok(_) => {}
            Err(message) => return error(&shown(&message)),
        }
    }
    if args.check && args.outfile.is_none() {
        return error(
            "--check compares the models with --outfile FILE (or outfile in [tool.ddlcodegen]): \
             give one",
        );
    }
    let Some(generator) = Generator::from_name(&args.generator) else {
        return error(&format!(
            "unknown generator '{}': choose one of {}",
            args.generator,
            Generator::NAMES.join(", ")
        ));
    };
    let options: BTreeSet<String> = args
        .options
        .as_deref()
        .map(|o| {
            o.split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let unknown: Vec<&String> = options
        .iter()
        .filter(|o| !generator.valid_options().contains(&o.as_str()))
        .collect();
    if !unknown.is_empty() {
        // sqlacodegen's message, then what this generator accepts.
        return error(&format!(
            "Unrecognized options: {} (the {} generator accepts: {})",
            unknown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            generator.name(),
            generator.valid_options().join(", ")
        ));
    }
    if !generator.views_supported() {
        // As sqlacodegen says it, whether the input has views or not.
        eprintln!(
            "VIEW models will not be generated when using the '{}' generator",
            generator.class_name()
        );
    }
    if let Some((option, why)) = crate::model::UNSUPPORTED_OPTIONS
        .iter()
        .find(|(name, _)| options.contains(*name))
    {
        return error(&format!("option '{option}' is not yet supported: {why}"));
    }
    let load_options = crate::input::LoadOptions {
        layout: args.layout.clone(),
        until: args.until.clone(),
    };
    let reading = Instant::now();
    let loaded = match crate::input::load(&args.inputs, &load_options) {
        Ok(loaded) => loaded,
        Err(message) => return error(&shown(&message)),
    };
    let read = reading.elapsed();
    report_folders(&loaded.folders, args.verbose);
    let sources = loaded.sources;
    // Writing the models over one of the scripts would lose the SQL.
    if let Some(outfile) = args
        .outfile
        .as_deref()
        .and_then(|o| std::fs::canonicalize(o).ok())
    {
        if let Some(source) = sources
            .iter()
            .find(|s| std::fs::canonicalize(&s.name).ok().as_ref() == Some(&outfile))
        {
            return error(&format!(
                "--outfile {} is one of the inputs: choose another file",
                source.name
            ));
        }
    }
    let dialect = match &args.dialect {
        Some(name) => match name.parse::<Dialect>() {
            Ok(d) => Some(d),
            Err(message) => return error(&message),
        },
        None => None,
    };
    let dialect = match (dialect, loaded.dialect_clue) {
        (Some(given), Some((clue, why))) if given != clue => {
            eprintln!(
                "ddlcodegen: warning: {}, but the dialect is {given}",
                shown(&why)
            );
            Some(given)
        }
        (None, Some((clue, why))) => {
            eprintln!("ddlcodegen: dialect {clue} ({})", shown(&why));
            Some(clue)
        }
        (given, _) => given,
    };
    let request = Request {
        sources,
        dialect,
        reflect: ReflectRequest {
            // As sqlacodegen: split at commas, nothing stripped; an empty
            // value is no value (all schemas' default, all tables).
            schemas: args
                .schemas
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(|s| s.split(',').map(|s| Some(s.to_string())).collect())
                .unwrap_or_default(),
            tables: args
                .tables
                .as_deref()
                .filter(|t| !t.is_empty())
                .map(|t| t.split(',').map(String::from).collect()),
            views: !args.noviews && generator.views_supported(),
        },
        settings: Settings {
            generator,
            options,
            sqlacodegen_exact: args.sqlacodegen_exact,
        },
        strict: args.strict,
    };
    let outcome = generate(request);
    if let Some(reason) = &outcome.detected_because {
        eprintln!("ddlcodegen: dialect {} ({reason})", outcome.dialect);
    }
    report(&outcome.sources, &outcome.kept, &outcome.diagnostics);
    if args.verbose {
        report_counts(&outcome.sources, &outcome.counts);
    }
    for message in &outcome.errors {
        eprintln!("error: {}", shown(message));
    }
    let Some(mut output) = outcome.models else {
        return EXIT_ERROR;
    };
    let writing = Instant::now();
    let status = match (args.check, args.outfile.as_deref()) {
        (true, Some(outfile)) => match output.into_string() {
            Ok(output) => check_models(outfile, &output),
            Err(e) => error(&format!("cannot read the printed models back: {e}")),
        },
        _ => write_models(args.outfile.as_deref(), &mut output),
    };
    if args.timings {
        let mut stages = vec![("read", read)];
        stages.extend(outcome.timings.stages());
        stages.push(("write", writing.elapsed()));
        report_timings(&stages, reading.elapsed());
    }
    status
}

/// `ddlcodegen: timings (ms): read 1.2, split 3.4, ..., total 9.9`, one line
/// a benchmark can read. The total is the wall time from reading to writing:
/// less than the sum when statements are parsed on several threads while
/// others are applied.
fn report_timings(stages: &[(&str, Duration)], total: Duration) {
    let shown: Vec<String> = stages
        .iter()
        .chain([&("total", total)])
        .map(|(stage, time)| format!("{stage} {:.1}", time.as_secs_f64() * 1000.0))
        .collect();
    eprintln!("ddlcodegen: timings (ms): {}", shown.join(", "));
}

/// `--check`: compare `outfile` with the module, the diff on standard output;
/// the exit code.
fn check_models(outfile: &str, output: &str) -> i32 {
    let mut stdout = std::io::stdout().lock();
    match check::check(Path::new(outfile), output, &mut stdout) {
        Ok(check::UP_TO_DATE) => {
            eprintln!("ddlcodegen: {} is up to date", shown(outfile));
            check::UP_TO_DATE
        }
        Ok(status) => {
            eprintln!(
                "ddlcodegen: {} is not what the schema gives (the diff is on standard output); run \
                 without --check to write it",
                shown(outfile)
            );
            status
        }
        Err(message) => error(&shown(&message)),
    }
}

/// Write the module to `outfile`, or to standard output; the exit code.
fn write_models(outfile: Option<&str>, output: &mut crate::emit::ModuleText) -> i32 {
    match outfile {
        Some(path) => match output::write_outfile(Path::new(path), &mut |out| output.write_to(out))
        {
            Ok(()) => 0,
            Err(message) => error(&message),
        },
        None => {
            let mut stdout = std::io::stdout().lock();
            match output.write_to(&mut stdout).and_then(|_| stdout.flush()) {
                Ok(()) => 0,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
                Err(e) => error(&format!("cannot write output: {e}")),
            }
        }
    }
}

/// `-v`: each script and what came of its statements, `ddlcodegen: schema.sql:
/// 12 statements applied, 1 skipped, 3 ignored`.
fn report_counts(sources: &[Source], counts: &[crate::catalog::apply::StatementCounts]) {
    for (source, count) in sources.iter().zip(counts) {
        eprintln!(
            "ddlcodegen: {}: {} statement{} applied, {} skipped, {} ignored",
            shown(&source.name),
            count.applied,
            plural(count.applied),
            count.skipped,
            count.ignored
        );
    }
}

/// Say how each folder was read: `ddlcodegen: layout goose (14 migrations):
/// DIR`, its warnings, and with `-v` the files applied, in order.
fn report_folders(folders: &[crate::input::FolderReport], verbose: bool) {
    for folder in folders {
        let count = match folder.applied.len() == folder.found {
            true => format!("{} migration{}", folder.found, plural(folder.found)),
            false => format!(
                "{} of {} migration{}",
                folder.applied.len(),
                folder.found,
                plural(folder.found)
            ),
        };
        eprintln!(
            "ddlcodegen: layout {} ({count}): {}{}",
            folder.layout,
            shown(&folder.path),
            if folder.forced { " [forced]" } else { "" }
        );
        for warning in &folder.warnings {
            eprintln!("ddlcodegen: warning: {}", shown(warning));
        }
        if verbose {
            for (n, file) in folder.applied.iter().enumerate() {
                eprintln!("ddlcodegen:   {:>4}. {}", n + 1, shown(file));
            }
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Print the diagnostics, each echoed source line and message made safe for
/// the terminal. A script read as a stream shows its kept lines (`kept`, by
/// file), at their line numbers in the script.
fn report(sources: &[Source], kept: &[Option<KeptLines>], diagnostics: &[Diagnostic<usize>]) {
    if diagnostics.is_empty() {
        return;
    }
    let color = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    // Buffered: thousands of warnings are one write each, not one per piece.
    let mut writer = BufferedStandardStream::stderr(color);
    render(sources, kept, diagnostics, &mut writer);
    let _ = writer.flush();
}

/// [`report`] to `writer`.
fn render(
    sources: &[Source],
    kept: &[Option<KeptLines>],
    diagnostics: &[Diagnostic<usize>],
    writer: &mut dyn WriteColor,
) {
    let kept: Vec<Option<&KeptLines>> = (0..sources.len())
        .map(|file| kept.get(file).and_then(Option::as_ref))
        .collect();
    let mut files = ShownFiles {
        files: SimpleFiles::new(),
        kept: kept.clone(),
    };
    for (source, kept) in sources.iter().zip(&kept) {
        let text = match kept {
            Some(kept) => kept.text(),
            None => Cow::Borrowed(source.shown_text()),
        };
        files.files.add(shown(&source.name), shown_source(text));
    }
    let config = term::Config::default();
    for diagnostic in diagnostics {
        let mut diagnostic = diagnostic.clone();
        diagnostic.message = shown(&diagnostic.message);
        diagnostic.notes = diagnostic.notes.iter().map(|n| shown(n)).collect();
        for label in &mut diagnostic.labels {
            label.message = shown(&label.message);
            if let Some(Some(kept)) = kept.get(label.file_id) {
                let start = kept.kept_offset(label.range.start);
                let end = kept.kept_offset(label.range.end);
                label.range = match (start, end) {
                    (Some(start), Some(end)) if end >= start => start..end,
                    (Some(start), _) => start..start,
                    // Not kept (never so for a statement's lines): the end.
                    _ => kept.text_len()..kept.text_len(),
                };
            }
        }
        let _ = term::emit_to_write_style(writer, &config, &files, &diagnostic);
    }
}

/// The scripts as diagnostics show them: whole, or the kept lines of one
/// read as a stream, numbered as in the script.
struct ShownFiles<'k> {
    files: SimpleFiles<String, Cow<'k, str>>,
    kept: Vec<Option<&'k KeptLines>>,
}

impl<'a> Files<'a> for ShownFiles<'_> {
    type FileId = usize;
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<String, files::Error> {
        self.files.name(id)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, files::Error> {
        self.files.source(id)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, files::Error> {
        self.files.line_index(id, byte_index)
    }

    fn line_number(&'a self, id: usize, line_index: usize) -> Result<usize, files::Error> {
        Ok(match self.kept.get(id) {
            Some(Some(kept)) => kept.script_line(line_index) + 1,
            _ => line_index + 1,
        })
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, files::Error> {
        self.files.line_range(id, line_index)
    }
}

/// Whether a character would act on the terminal instead of showing: C0 and
/// C1 controls (tab and newlines aside) and the bidirectional overrides and
/// isolates, which can reorder what a warning seems to say.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text from the input as a message may echo it: each character that acts
/// on the terminal written as its `\u{..}` escape.
fn shown(text: &str) -> String {
    if !text.chars().any(acts_on_terminal) {
        return text.to_string();
    }
    text.chars()
        .map(|c| match acts_on_terminal(c) {
            true => c.escape_unicode().to_string(),
            false => c.to_string(),
        })
        .collect()
}

/// A source as diagnostics print its lines: each character that acts on the
/// terminal replaced by as many `?` as it has bytes, so that the byte ranges
/// of labels still point where they did.
fn shown_source(text: Cow<'_, str>) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return text;
    }
    text.chars()
        .map(|c| match acts_on_terminal(c) {
            true => "?".repeat(c.len_utf8()),
            false => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{shown, shown_source};

    #[test]
    fn a_script_read_as_a_stream_shows_its_lines_as_read_whole() {
        use crate::input::stream::Rest;
        use crate::pipeline::{generate, Request};
        let mut sql = String::from("CREATE TABLE t (id int PRIMARY KEY);\n");
        for row in 0..500 {
            sql.push_str(&format!("INSERT INTO t VALUES ({row});\n"));
        }
        sql.push_str("CREATE TABLE u (id int,, oops);\nCREATE VIEW v AS SELECT * FROM nowhere;\n");
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &sql).unwrap();
        let head = sql.find('\n').unwrap() + 1;
        let mut streamed = crate::input::Source::plain(String::from("s.sql"), sql[..head].into());
        streamed.rest =
            Some(Rest::file(file.path().into(), head as u64, Vec::new()).in_chunks_of(100));
        let whole = crate::input::Source::plain(String::from("s.sql"), sql.clone());
        let shown = |source: crate::input::Source| {
            let request = Request {
                sources: vec![source],
                dialect: Some(crate::dialect::Dialect::PostgreSql),
                reflect: crate::model::reflect::ReflectRequest {
                    schemas: Vec::new(),
                    tables: None,
                    views: true,
                },
                settings: crate::model::Settings {
                    generator: crate::model::Generator::Declarative,
                    options: Default::default(),
                    sqlacodegen_exact: false,
                },
                strict: false,
            };
            let outcome = generate(request);
            let mut out = codespan_reporting::term::termcolor::NoColor::new(Vec::new());
            super::render(
                &outcome.sources,
                &outcome.kept,
                &outcome.diagnostics,
                &mut out,
            );
            String::from_utf8(out.into_inner()).unwrap()
        };
        let (streamed, whole) = (shown(streamed), shown(whole));
        assert_eq!(streamed, whole);
        assert!(
            whole.contains("s.sql:502:") && whole.contains("oops"),
            "{whole}"
        );
    }

    #[test]
    fn echoed_input_cannot_act_on_the_terminal() {
        let hostile = "a\u{1b}]0;pwned\u{7}b\u{9b}2Jc\u{202E}d\te";
        let message = shown(hostile);
        assert!(!message.contains('\u{1b}') && !message.contains('\u{202E}'));
        assert!(message.contains("\\u{1b}") && message.ends_with("d\te"));
        let source = shown_source(hostile.into());
        assert_eq!(source.len(), hostile.len());
        assert!(source.chars().all(|c| !c.is_control() || c == '\t'));
        assert_eq!(shown("plain"), "plain");
    }
}
