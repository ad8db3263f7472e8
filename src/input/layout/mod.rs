//! Migration folders: which tool wrote a folder ([`Layout::detect`], in the
//! precedence of [`LAYOUTS`]) and what that tool applies, in its order
//! ([`Layout::migrations`]). One file per tool, each holding only its own
//! naming, ordering and section rules; the loop over a folder, detection,
//! `--until` and the blanking of the parts a tool does not run are here.

mod dbmate;
mod diesel;
mod flat;
mod flyway;
mod goose;
mod liquibase;
mod prisma;
mod sqitch;
mod sqlx;

use std::cmp::Ordering;
use std::ops::Range;
use std::path::{Path, PathBuf};

use super::{Problem, Source};
use crate::dialect::Dialect;

pub use flat::{flat_order, natural_cmp};

/// What one migration tool's folders look like and what the tool applies.
pub trait Layout: Sync {
    /// The name `--layout` takes and messages show.
    fn name(&self) -> &'static str;

    /// Whether the folder looks like this tool's. Layouts that are never
    /// detected (their folders look flat) answer false.
    fn detect(&self, folder: &Folder) -> bool;

    /// The migrations the tool applies, in the order it applies them, with
    /// only the SQL it runs. `Err` for a folder the tool itself refuses;
    /// what it would skip or not run is said in `warnings`.
    fn migrations(
        &self,
        folder: &Folder,
        warnings: &mut Vec<String>,
    ) -> Result<Vec<Migration>, String>;

    /// `--until VERSION` read as this tool reads a version.
    fn target(&self, until: &str) -> Version {
        Version::numbers(until)
    }
}

/// Every layout, in detection precedence (the first that matches wins).
pub static LAYOUTS: &[&dyn Layout] = &[
    &sqitch::Sqitch,
    &diesel::Diesel,
    &prisma::Prisma,
    &goose::Goose,
    &dbmate::Dbmate,
    &liquibase::Liquibase,
    &flat::Flat,
    &flyway::Flyway,
    &sqlx::Sqlx,
];

/// The layout `--layout NAME` names.
pub fn by_name(name: &str) -> Result<&'static dyn Layout, String> {
    LAYOUTS
        .iter()
        .copied()
        .find(|layout| layout.name() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = LAYOUTS.iter().map(|l| l.name()).collect();
            format!(
                "unknown layout '{name}': choose one of {}",
                names.join(", ")
            )
        })
}

/// One migration as its tool applies it.
#[derive(Debug, Clone)]
pub struct Migration {
    /// What `--until` compares with.
    pub version: Version,
    /// The SQL the tool runs for it (a script's parts it does not run are
    /// blanked, see [`Source::written`]).
    pub source: Source,
}

/// A migration's version, as its tool orders and targets them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Version {
    /// Numbers compared one by one (`1.1 < 1.2 < 2`; a plain integer is a
    /// sequence of one; a timestamp `2024-03-01-120000` is read as its digits).
    Numbers(Vec<String>),
    /// A name only equal to itself (a sqitch change).
    /// The other names it answers to (a sqitch tag) follow the first.
    Names(Vec<String>),
    /// Named steps applied in one source, in order (the change sets of a
    /// liquibase changelog file): `--until` a step keeps the source up to the
    /// step's end.
    Steps(Vec<Step>),
    /// Applied whatever the target (Flyway repeatables).
    Always,
}

/// One named step of a [`Version::Steps`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The names it answers to (a change set's `id`, `author:id`, its tags).
    pub names: Vec<String>,
    /// Where in the source the steps after it start.
    pub end: usize,
}

impl Version {
    /// Digit runs of `text` as numbers (leading zeros dropped).
    pub fn numbers(text: &str) -> Version {
        Version::Numbers(digit_runs(text))
    }

    /// The digits of `text` as one number (`2024-03-01-120000`).
    pub fn digits(text: &str) -> Version {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        Version::Numbers(digit_runs(&digits))
    }

    /// The digits before the first `_` of a sub-folder name
    /// (`2024-03-01-120000_create_users` is `20240301120000`), as diesel and
    /// prisma version their migrations.
    pub fn folder_prefix(name: &str) -> Version {
        Version::digits(name.split('_').next().unwrap_or(name))
    }

    pub fn name(name: &str) -> Version {
        Version::Names(vec![name.to_string()])
    }
}

fn digit_runs(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(|run| {
            let trimmed = run.trim_start_matches('0');
            trimmed.to_string()
        })
        .collect();
    // Trailing zeros do not count (Flyway: 1.0 is 1).
    while runs.len() > 1 && runs.last().is_some_and(String::is_empty) {
        runs.pop();
    }
    runs
}

/// The signed integer before the first `_` of a file name (`00012_add.sql`
/// is 12), as goose and sqlx version their files: `None` without a `_`,
/// `Some(None)` when the part before it is no integer (or out of range).
fn integer_prefix(name: &str) -> Option<Option<i128>> {
    let (version, _) = name.split_once('_')?;
    let digits = version.strip_prefix(['+', '-']).unwrap_or(version);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Some(None);
    }
    Some(version.parse().ok())
}

/// Numbers compared by value, however long.
fn compare_numbers(a: &[String], b: &[String]) -> Ordering {
    let key = |n: &String| (n.len(), n.clone());
    a.iter().map(key).cmp(b.iter().map(key))
}

/// The migrations up to and including `until`: every one whose version is at
/// most `until` for numbered layouts, up to the one it names for named ones
/// (within a migration of steps, up to the end of the step it names). A
/// warning when no migration has that very version.
fn keep_until(
    migrations: &mut Vec<Migration>,
    until: &str,
    wanted: Version,
    folder: &Path,
) -> Result<Option<String>, String> {
    let target = match &wanted {
        Version::Numbers(target) => target.clone(),
        _ => Vec::new(),
    };
    let target = &target;
    // The last migration that answers to the name (a sqitch tag names the
    // change before it).
    let answers = |m: &Migration| match &m.version {
        Version::Names(names) => names.iter().any(|n| n == until),
        Version::Steps(steps) => steps.iter().any(|s| s.names.iter().any(|n| n == until)),
        _ => false,
    };
    let named = migrations.iter().rposition(answers);
    let numbered = migrations
        .iter()
        .any(|m| matches!(m.version, Version::Numbers(_)));
    if let Some(last) = named {
        migrations.truncate(last + 1);
        // Within migrations of steps, up to the end of the named step: in
        // each of the alternatives just before that answer to it too (the
        // views of one liquibase changelog for different dialects).
        for migration in migrations.iter_mut().rev() {
            let Version::Steps(steps) = &migration.version else {
                break;
            };
            let Some(step) = steps
                .iter()
                .rposition(|s| s.names.iter().any(|n| n == until))
            else {
                break;
            };
            if step + 1 < steps.len() {
                let end = steps[step].end;
                cut_source(&mut migration.source, end);
            }
        }
        return Ok(None);
    }
    if !numbered || target.is_empty() {
        let known: Vec<String> = migrations
            .iter()
            .flat_map(|m| match &m.version {
                Version::Names(names) => names.first().cloned().into_iter().collect(),
                Version::Steps(steps) => steps
                    .iter()
                    .filter_map(|s| s.names.first().cloned())
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        return Err(format!(
            "--until {until}: {} has no migration of that name{}",
            folder.display(),
            match known.first().zip(known.last()) {
                Some((first, last)) => format!(" (they run from {first} to {last})"),
                None => String::new(),
            }
        ));
    }
    let first = migrations.iter().find_map(|m| match &m.version {
        Version::Numbers(n) => Some(n.clone()),
        _ => None,
    });
    if first.is_some_and(|first| compare_numbers(target, &first) == Ordering::Less) {
        return Err(format!(
            "--until {until}: {} has no migration at or before that version",
            folder.display()
        ));
    }
    let exact = migrations
        .iter()
        .any(|m| matches!(&m.version, Version::Numbers(n) if compare_numbers(n, target) == Ordering::Equal));
    migrations.retain(|m| match &m.version {
        Version::Numbers(n) => compare_numbers(n, target) != Ordering::Greater,
        Version::Names(_) | Version::Steps(_) => false,
        Version::Always => true,
    });
    Ok((!exact).then(|| {
        format!(
            "--until {until}: no migration of {} has that version; applying the {} before it",
            folder.display(),
            migrations.len()
        )
    }))
}

/// Leave out what a source runs from byte `at` on (a line start): blanked as
/// [`Extract`] blanks, with the blocks and problems there.
fn cut_source(source: &mut Source, at: usize) {
    if at >= source.text.len() || !source.text.is_char_boundary(at) {
        return;
    }
    if source.written.is_none() {
        source.written = Some(source.text.clone());
    }
    let mut bytes = std::mem::take(&mut source.text).into_bytes();
    for b in &mut bytes[at..] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
    // Whole characters after a boundary were blanked: still UTF-8.
    source.text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    source.blocks.retain_mut(|block| {
        block.end = block.end.min(at);
        block.start < block.end
    });
    source.problems.retain(|p| p.span.start < at);
}

/// A folder given as input, its direct entries listed once.
#[derive(Debug)]
pub struct Folder {
    pub path: PathBuf,
    /// Files directly inside, not hidden, by name.
    pub files: Vec<(String, PathBuf)>,
    /// Sub-folders, not hidden, by name.
    pub subfolders: Vec<(String, PathBuf)>,
    /// The `*.sql` files directly inside with their text, read once.
    sql_texts: std::sync::OnceLock<Vec<(String, PathBuf, Option<String>)>>,
}

impl Folder {
    pub fn read(path: &Path) -> Result<Folder, String> {
        let entries =
            std::fs::read_dir(path).map_err(|e| format!("{}: cannot list: {e}", path.display()))?;
        let mut files = Vec::new();
        let mut subfolders = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", path.display()))?;
            let Some(name) = entry.file_name().to_str().map(String::from) else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            if path.is_dir() {
                subfolders.push((name, path));
            } else if path.is_file() {
                files.push((name, path));
            }
        }
        files.sort();
        subfolders.sort();
        Ok(Folder {
            path: path.to_path_buf(),
            files,
            subfolders,
            sql_texts: std::sync::OnceLock::new(),
        })
    }

    /// Files directly inside whose name ends in `.sql` (any case).
    pub fn sql_files(&self) -> impl Iterator<Item = &(String, PathBuf)> {
        self.files
            .iter()
            .filter(|(name, _)| name.to_ascii_lowercase().ends_with(".sql"))
    }

    /// The text of each `*.sql` file directly inside (`None`: unreadable or
    /// not UTF-8; reading it for real reports why).
    pub fn sql_texts(&self) -> impl Iterator<Item = &str> {
        self.sql_texts
            .get_or_init(|| {
                self.sql_files()
                    .map(|(name, path)| {
                        let text = std::fs::read(path)
                            .ok()
                            .and_then(|b| String::from_utf8(b).ok());
                        (name.clone(), path.clone(), text)
                    })
                    .collect()
            })
            .iter()
            .filter_map(|(_, _, text)| text.as_deref())
    }

    /// Whether a sub-folder holds a file of this name.
    pub fn subfolder_holds(&self, file: &str) -> bool {
        self.subfolders
            .iter()
            .any(|(_, path)| path.join(file).is_file())
    }

    pub fn file(&self, name: &str) -> Option<&Path> {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p.as_path())
    }
}

/// A folder read by its layout.
#[derive(Debug)]
pub struct FolderInput {
    pub layout: &'static str,
    pub forced: bool,
    /// Migrations in the folder (before `--until`).
    pub found: usize,
    pub migrations: Vec<Migration>,
    /// Said once on stderr (other layouts that match, a prisma provider).
    pub warnings: Vec<String>,
    /// A dialect the folder names (prisma's `migration_lock.toml`), with
    /// where it says so.
    pub dialect_clue: Option<(Dialect, String)>,
}

/// Read a migration folder: its layout (forced, or the first that matches),
/// then that tool's migrations, up to `until`.
pub fn read_folder(
    path: &Path,
    forced: Option<&'static dyn Layout>,
    until: Option<&str>,
) -> Result<FolderInput, String> {
    let folder = Folder::read(path)?;
    let mut warnings = Vec::new();
    let layout = match forced {
        Some(layout) => layout,
        None => {
            let matching: Vec<&dyn Layout> = LAYOUTS
                .iter()
                .copied()
                .filter(|l| l.detect(&folder))
                .collect();
            if matching.len() > 1 {
                let others: Vec<&str> = matching[1..].iter().map(|l| l.name()).collect();
                warnings.push(format!(
                    "{} also looks like a {} folder; read as {}, the first rule that matches \
                     (--layout NAME forces one)",
                    path.display(),
                    others.join(" / "),
                    matching[0].name()
                ));
            }
            matching.first().copied().unwrap_or(&flat::Flat)
        }
    };
    let mut migrations = layout
        .migrations(&folder, &mut warnings)
        .map_err(|message| {
            // What detection found is part of why the folder is refused.
            std::iter::once(message)
                .chain(warnings.iter().map(|w| format!("(warning: {w})")))
                .collect::<Vec<_>>()
                .join("\n")
        })?;
    let found = migrations.len();
    if found == 0 {
        return Err(empty_folder(&folder, layout));
    }
    if let Some(until) = until {
        warnings.extend(keep_until(
            &mut migrations,
            until,
            layout.target(until),
            path,
        )?);
    }
    let dialect_clue = match layout.name() {
        "prisma" => prisma::provider(&folder),
        _ => None,
    };
    Ok(FolderInput {
        layout: layout.name(),
        forced: forced.is_some(),
        found,
        migrations,
        warnings,
        dialect_clue,
    })
}

/// Why a folder gave no migration, with what it holds instead.
fn empty_folder(folder: &Folder, layout: &dyn Layout) -> String {
    let shown = folder.path.display();
    let others: Vec<&str> = LAYOUTS
        .iter()
        .filter(|l| l.name() != layout.name() && l.detect(folder))
        .map(|l| l.name())
        .collect();
    let hint = match others.first() {
        Some(other) => format!(": it looks like a {other} folder (--layout {other})"),
        None if folder.sql_files().next().is_none() => {
            let nested = folder.subfolders.iter().any(|(_, sub)| {
                std::fs::read_dir(sub).is_ok_and(|entries| {
                    entries.filter_map(|e| e.ok()).any(|e| {
                        e.file_name()
                            .to_str()
                            .is_some_and(|n| n.to_ascii_lowercase().ends_with(".sql"))
                    })
                })
            });
            match nested {
                true => String::from(
                    ": its sub-folders hold .sql files, in no layout ddlcodegen knows; give the \
                     up migrations in the order they apply instead (e.g. DIR/*/up.sql)",
                ),
                false => String::from(" (migrations are read from *.sql files)"),
            }
        }
        None => String::new(),
    };
    format!(
        "{shown}: no migration read as a {} folder{hint}",
        layout.name()
    )
}

/// Builds the text a tool runs out of a migration file: the lines it runs
/// kept, every other line blanked (its bytes made spaces, its line end kept),
/// so that line and column numbers stay those of the file.
pub struct Extract<'a> {
    written: &'a str,
    text: Vec<u8>,
    blocks: Vec<Range<usize>>,
    problems: Vec<Problem>,
    block_start: Option<usize>,
}

/// One line of a file: its byte range without the line end, and with it.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    pub body: &'a str,
    pub range: Range<usize>,
    pub end: usize,
}

/// The lines of `text`, each with its range.
pub fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |raw| {
        let start = offset;
        offset += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        Line {
            body,
            range: start..start + body.len(),
            end: offset,
        }
    })
}

impl<'a> Extract<'a> {
    /// Starts with every line blanked.
    pub fn new(written: &'a str) -> Self {
        let text = written
            .bytes()
            .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
            .collect();
        Extract {
            written,
            text,
            blocks: Vec::new(),
            problems: Vec::new(),
            block_start: None,
        }
    }

    /// Keep a line (or any byte range) as written.
    pub fn keep(&mut self, range: Range<usize>) {
        self.text[range.clone()].copy_from_slice(&self.written.as_bytes()[range]);
    }

    /// Put `replacement` (no longer than the range) at the start of a range,
    /// the rest stays blank.
    pub fn replace(&mut self, range: Range<usize>, replacement: &str) {
        let end = range.start + replacement.len().min(range.len());
        self.text[range.start..end].copy_from_slice(&replacement.as_bytes()[..end - range.start]);
    }

    /// A block the tool sends to the server as one query starts here.
    pub fn open_block(&mut self, at: usize) {
        self.block_start = Some(at);
    }

    /// The open block ends here.
    pub fn close_block(&mut self, at: usize) {
        if let Some(start) = self.block_start.take() {
            if start < at {
                self.blocks.push(start..at);
            }
        }
    }

    pub fn warn(&mut self, span: Range<usize>, message: String, note: &str) {
        self.problems.push(Problem {
            span,
            message,
            note: note.to_string(),
            error: false,
        });
    }

    pub fn refuse(&mut self, span: Range<usize>, message: String, note: &str) {
        self.problems.push(Problem {
            span,
            message,
            note: note.to_string(),
            error: true,
        });
    }

    /// The source: named `name`, the text as run, the file as written.
    pub fn finish(mut self, name: String) -> Source {
        self.close_block(self.written.len());
        // Blanking whole lines of whole characters keeps the text UTF-8.
        let text = String::from_utf8(self.text)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let written = (text != self.written).then(|| self.written.to_string());
        Source {
            name,
            text,
            written,
            blocks: self.blocks,
            problems: self.problems,
            ..Source::default()
        }
    }
}

/// One migration per sub-folder holding `script`, by folder name (plain
/// string order), as diesel and prisma apply them; a sub-folder without it
/// is said once.
fn subfolder_migrations(
    folder: &Folder,
    script: &str,
    warnings: &mut Vec<String>,
) -> Result<Vec<Migration>, String> {
    let mut migrations = Vec::new();
    for (name, path) in &folder.subfolders {
        let file = path.join(script);
        if !file.is_file() {
            warnings.push(format!(
                "{} has no {script}: not a migration, left out",
                path.display()
            ));
            continue;
        }
        migrations.push(Migration {
            version: Version::folder_prefix(name),
            source: super::read(&file)?,
        });
    }
    Ok(migrations)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(versions: &[&str]) -> Vec<Migration> {
        versions
            .iter()
            .map(|v| Migration {
                version: Version::numbers(v),
                source: Source::plain(v.to_string(), String::new()),
            })
            .collect()
    }

    #[test]
    fn until_keeps_every_version_up_to_the_target() {
        let mut m = numbered(&["1", "1.1", "2", "10"]);
        keep_until(&mut m, "2", Version::numbers("2"), Path::new("d")).unwrap();
        assert_eq!(m.len(), 3);
        let mut m = numbered(&["1", "3", "7"]);
        let warning = keep_until(&mut m, "005", Version::numbers("005"), Path::new("d")).unwrap();
        assert_eq!(m.len(), 2);
        assert!(warning
            .unwrap()
            .contains("no migration of d has that version"));
        let mut m = numbered(&["3", "7"]);
        assert!(
            keep_until(&mut m, "2", Version::numbers("2"), Path::new("d"))
                .unwrap_err()
                .contains("no migration at or before")
        );
        let mut m = numbered(&["1", "2"]);
        m.push(Migration {
            version: Version::Always,
            source: Source::plain(String::from("R__v.sql"), String::new()),
        });
        keep_until(&mut m, "1", Version::numbers("1"), Path::new("d")).unwrap();
        assert_eq!(m.len(), 2, "a repeatable runs whatever the target");
    }

    #[test]
    fn until_names_a_change_or_a_tag() {
        let mut m: Vec<Migration> = ["a", "b", "c"]
            .iter()
            .map(|n| Migration {
                version: Version::name(n),
                source: Source::plain(n.to_string(), String::new()),
            })
            .collect();
        if let Version::Names(names) = &mut m[1].version {
            names.push(String::from("@v1"));
        }
        let mut by_tag = m.clone();
        keep_until(&mut by_tag, "@v1", Version::numbers("@v1"), Path::new("d")).unwrap();
        assert_eq!(by_tag.len(), 2);
        keep_until(&mut m, "c", Version::numbers("c"), Path::new("d")).unwrap();
        assert_eq!(m.len(), 3);
        let mut missing = numbered(&[]);
        missing.push(Migration {
            version: Version::name("x"),
            source: Source::plain(String::from("x"), String::new()),
        });
        assert!(
            keep_until(&mut missing, "y", Version::numbers("y"), Path::new("d"))
                .unwrap_err()
                .contains("no migration of that name")
        );
    }

    #[test]
    fn until_a_step_cuts_its_source_after_the_step() {
        let text = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";
        let mut source = Source::plain(String::from("c.sql"), text.to_string());
        source.blocks.push(0..text.len());
        let step = |name: &str, end: usize| Step {
            names: vec![name.to_string(), format!("x:{name}")],
            end,
        };
        let view = Migration {
            version: Version::Steps(vec![step("1", 25), step("2", text.len())]),
            source,
        };
        // Two views of one changelog, for different dialects.
        let migrations = vec![
            view.clone(),
            view,
            Migration {
                version: Version::Steps(vec![step("3", 0)]),
                source: Source::plain(String::from("d.sql"), String::new()),
            },
        ];
        let mut first = migrations.clone();
        keep_until(&mut first, "x:1", Version::name("x:1"), Path::new("d")).unwrap();
        assert_eq!(first.len(), 2);
        for view in &first {
            assert_eq!(view.source.text.trim_end(), "CREATE TABLE a (id int);");
            assert_eq!(view.source.text.len(), text.len());
            assert_eq!(view.source.blocks, vec![0..25]);
            assert_eq!(view.source.written.as_deref(), Some(text));
        }
        let mut second = migrations.clone();
        keep_until(&mut second, "2", Version::name("2"), Path::new("d")).unwrap();
        assert_eq!(second.len(), 2);
        assert_eq!(second[0].source.text, text);
        let mut all = migrations;
        keep_until(&mut all, "3", Version::name("3"), Path::new("d")).unwrap();
        assert_eq!(all.len(), 3);
        let message = keep_until(&mut all, "9", Version::name("9"), Path::new("d")).unwrap_err();
        assert!(message.contains("(they run from 1 to 3)"), "{message}");
    }

    #[test]
    fn extract_blanks_what_is_not_run_and_keeps_positions() {
        let written = "-- +goose Up\nCREATE TABLE é (a int);\n-- +goose Down\nDROP TABLE é;\n";
        let mut extract = Extract::new(written);
        let kept: Vec<Line> = lines(written).collect();
        extract.keep(kept[1].range.clone());
        let source = extract.finish(String::from("1_a.sql"));
        assert_eq!(source.text.len(), written.len());
        assert_eq!(source.text.lines().nth(1), Some("CREATE TABLE é (a int);"));
        assert!(source.text.lines().nth(3).unwrap().trim().is_empty());
        assert_eq!(source.written.as_deref(), Some(written));
    }
}
