//! liquibase: formatted SQL changelogs and XML/YAML/JSON master changelogs,
//! read as the oracle reads them (its README, "Migration folders").
//!
//! A folder is liquibase's when a `*.sql` directly inside starts (first
//! non-blank line) with `-- liquibase formatted ...`, or when it holds a
//! master changelog: an XML/YAML/JSON file directly inside that names
//! `databaseChangeLog` and includes others, or, if none does, one that
//! defines change sets (several: the one named `*master*`). The master is
//! followed in document order: `include file=` (a `.sql` changelog, or
//! another XML/YAML/JSON changelog, at most 20 deep), `includeAll path=`
//! (every `*.sql` below that folder, by path) and change sets, whose `sql`
//! and `sqlFile` changes run ([`changes`]); other change types are refused.
//! Without a master, the `*.sql` files directly inside run in natural order.
//! A `.sql` file with the header is read by [`formatted`]; without it, it
//! runs as it is.
//!
//! What depends on the dialect is carried by the sources, since the dialect
//! may only be known later ([`Source::dialects`]): a `.sql` changelog whose
//! `dbms:` lists tell the dialects apart is one source per distinct view (the
//! change sets that run on those dialects kept, the others blanked), an XML
//! / YAML / JSON change set with a `dbms` list gives sources for the
//! dialects it admits, and a change with an `endDelimiter` one for MariaDB
//! and one for the others ([`changes`]). Memory stays linear: at most three
//! views of a file.
//!
//! `--until` names a change set (`id` or `author:id`, or a `tagDatabase`
//! tag of it): each migration is a `.sql` file's view (or one `sql` /
//! `sqlFile` change) and knows where each of its change sets ends; a change
//! set that runs no SQL (ignored, only a tag) is a step of the migration
//! before it.

mod changelog;
mod changes;
mod formatted;

use std::path::{Path, PathBuf};

use regex::Regex;

use super::{Folder, Layout, Migration, Step, Version};
use crate::dialect::Dialect;
use crate::input::Source;
use changelog::{Entry, Value};

pub struct Liquibase;

/// How deep includes may nest (the oracle's limit).
const MAX_DEPTH: usize = 20;

impl Layout for Liquibase {
    fn name(&self) -> &'static str {
        "liquibase"
    }

    fn detect(&self, folder: &Folder) -> bool {
        folder.sql_texts().any(formatted::is_formatted) || !masters(folder).is_empty()
    }

    fn migrations(&self, folder: &Folder, _: &mut Vec<String>) -> Result<Vec<Migration>, String> {
        let mut masters = masters(folder);
        if masters.len() > 1 {
            let named: Vec<PathBuf> = masters
                .iter()
                .filter(|p| file_name(p).to_lowercase().contains("master"))
                .cloned()
                .collect();
            if named.len() != 1 {
                let names: Vec<String> = masters.iter().map(|p| file_name(p)).collect();
                return Err(format!(
                    "liquibase: several master changelogs in {}: {} (name the one liquibase \
                     starts from *master*)",
                    folder.path.display(),
                    names.join(", ")
                ));
            }
            masters = named;
        }
        let mut walk = Walk {
            root: &folder.path,
            migrations: Vec::new(),
        };
        match masters.first() {
            Some(master) => walk.changelog(master, 0)?,
            None => {
                let mut files: Vec<&(String, PathBuf)> = folder.sql_files().collect();
                files.sort_by(|a, b| super::natural_cmp(&a.0, &b.0));
                for (_, path) in files {
                    walk.sql_file(path)?;
                }
            }
        }
        Ok(walk.migrations)
    }

    /// Change sets are named.
    fn target(&self, until: &str) -> Version {
        Version::name(until)
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A pattern of the oracle's: `\s` as Python reads it (also `\x1c`-`\x1f`).
fn regex(pattern: &str) -> Regex {
    let pattern = pattern
        .replace(r"\s", r"[\s\x1c-\x1f]")
        .replace(r"\S", r"[^\s\x1c-\x1f]");
    Regex::new(&pattern).unwrap_or_else(|e| panic!("bad pattern {pattern}: {e}"))
}

/// The master changelogs directly inside: XML/YAML/JSON files naming
/// `databaseChangeLog` that include others; if none does, those that define
/// change sets. Decided on the text, as liquibase users name them.
fn masters(folder: &Folder) -> Vec<PathBuf> {
    static INCLUDE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    static CHANGE_SET: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let include = INCLUDE.get_or_init(|| regex(r"\binclude(?:All)?\b"));
    let change_set = CHANGE_SET.get_or_init(|| regex(r"\bchangeSet\b"));
    let mut including = Vec::new();
    let mut with_change_sets = Vec::new();
    for (_, path) in &folder.files {
        if !is_changelog_document(path) {
            continue;
        }
        let Some(text) = read_lossy(path) else {
            continue;
        };
        if !text.contains("databaseChangeLog") {
            continue;
        }
        if include.is_match(&text) {
            including.push(path.clone());
        } else if change_set.is_match(&text) {
            with_change_sets.push(path.clone());
        }
    }
    match including.is_empty() {
        true => with_change_sets,
        false => including,
    }
}

/// An XML, YAML or JSON file by its extension (any case).
fn is_changelog_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xml", "yaml", "yml", "json"].contains(&e.to_ascii_lowercase().as_str()))
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
}

/// A file's text for a look at it (invalid UTF-8 replaced), unless it
/// cannot be read or is larger than any input.
fn read_lossy(path: &Path) -> Option<String> {
    let file = std::fs::File::open(path).ok()?;
    let name = path.display().to_string();
    let bytes = crate::input::read_limited(file, &name, crate::input::MAX_INPUT_BYTES).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Whitespace as Python's `str.isspace` (which the oracle's `strip` uses).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// One line of a text as the oracle cuts them: at every line end Python's
/// `str.splitlines` knows, its body being the line without a `\r`/`\n`
/// end (`raw.rstrip("\r\n")`), so a line cut at another line end keeps
/// that character in its body.
#[derive(Debug, Clone)]
struct PyLine {
    body: std::ops::Range<usize>,
    /// Another line end (`\v`, `\f`, `\x1c`-`\x1e`, NEL, LS, PS) that
    /// ends the body: where the oracle drops or rewrites the line, it writes
    /// `\n` in its place.
    other_end: Option<std::ops::Range<usize>>,
    /// Where the next line starts.
    end: usize,
}

impl PyLine {
    /// The line without any line end (Python's `splitlines()`).
    fn content(&self) -> std::ops::Range<usize> {
        self.body.start..self.other_end.as_ref().map_or(self.body.end, |e| e.start)
    }
}

/// The lines of `text`.
fn py_lines(text: &str) -> Vec<PyLine> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let end = at + c.len_utf8();
        let (body_end, other_end, end) = match c {
            '\n' => (at, None, end),
            '\r' if chars.peek().is_some_and(|(_, n)| *n == '\n') => {
                chars.next();
                (at, None, end + 1)
            }
            '\r' => (at, None, end),
            '\u{b}' | '\u{c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}'
            | '\u{2029}' => (end, Some(at..end), end),
            _ => continue,
        };
        lines.push(PyLine {
            body: start..body_end,
            other_end,
            end,
        });
        start = end;
    }
    if start < text.len() {
        lines.push(PyLine {
            body: start..text.len(),
            other_end: None,
            end: text.len(),
        });
    }
    lines
}

/// Whether a liquibase `dbms` list (`postgresql`, `mysql, mariadb`,
/// `!h2`, `all`, `none`) admits `dialect`; `mysql` and `mariadb` both name
/// MariaDB here.
fn dbms_matches(spec: &str, dialect: Dialect) -> bool {
    let items: Vec<String> = spec
        .split(',')
        .map(|item| item.trim_matches(py_space).to_lowercase())
        .filter(|item| !item.is_empty())
        .collect();
    let names: &[&str] = match dialect {
        Dialect::PostgreSql => &["postgresql"],
        Dialect::MySql => &["mysql", "mariadb"],
        Dialect::Sqlite => &["sqlite"],
    };
    if items.is_empty() || items.iter().any(|i| i == "all") {
        return true;
    }
    let excluded = names.iter().any(|n| items.contains(&format!("!{n}")));
    if excluded || items.iter().any(|i| i == "none") {
        return false;
    }
    let positive: Vec<&String> = items.iter().filter(|i| !i.starts_with('!')).collect();
    positive.is_empty() || positive.iter().any(|i| names.contains(&i.as_str()))
}

/// The dialects a `dbms` list admits; `None`: all of them.
fn admitted(spec: &str) -> Option<Vec<Dialect>> {
    let dialects: Vec<Dialect> = Dialect::ALL
        .into_iter()
        .filter(|d| dbms_matches(spec, *d))
        .collect();
    (dialects.len() < Dialect::ALL.len()).then_some(dialects)
}

/// What both of two dialect lists admit.
fn both(a: Option<Vec<Dialect>>, b: Option<Vec<Dialect>>) -> Option<Vec<Dialect>> {
    match (a, b) {
        (None, b) => b,
        (a, None) => a,
        (Some(a), Some(b)) => Some(a.into_iter().filter(|d| b.contains(d)).collect()),
    }
}

/// The migrations of a folder, in the order liquibase runs them.
struct Walk<'a> {
    /// The folder given: the first place liquibase's search path is guessed.
    root: &'a Path,
    migrations: Vec<Migration>,
}

impl Walk<'_> {
    /// An XML/YAML/JSON changelog's includes and change sets, in order.
    fn changelog(&mut self, changelog: &Path, depth: usize) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(format!(
                "liquibase: includes nested too deeply at {} (more than {MAX_DEPTH} levels: \
                 does a changelog include itself?)",
                changelog.display()
            ));
        }
        let source = crate::input::read(changelog)?;
        let base = changelog.parent().unwrap_or(Path::new("")).to_path_buf();
        for entry in changelog::entries(changelog, &source.text)? {
            let (all, reference, relative) = match entry {
                Entry::ChangeSet(change_set) => {
                    self.change_set(&change_set, changelog, &base)?;
                    continue;
                }
                Entry::Include {
                    all,
                    reference,
                    relative,
                } => (all, reference, relative),
            };
            let kind = if all { "includeAll" } else { "include" };
            let Some(reference) = reference.filter(|r| !r.is_empty()) else {
                return Err(format!(
                    "liquibase: {}: an {kind} without {}",
                    changelog.display(),
                    if all { "path" } else { "file" }
                ));
            };
            let target = resolve(&reference, relative, &base, self.root, all)?;
            if all {
                for file in sql_files_below(&target) {
                    self.sql_file(&file)?;
                }
            } else if has_extension(&target, "sql") {
                self.sql_file(&target)?;
            } else if is_changelog_document(&target) {
                self.changelog(&target, depth + 1)?;
            } else {
                return Err(format!(
                    "liquibase: {}: cannot include {reference}: only .sql, .xml, .yaml, .yml \
                     and .json changelogs are read",
                    changelog.display()
                ));
            }
        }
        Ok(())
    }

    /// A `.sql` changelog: formatted (its change sets) or plain (run whole).
    fn sql_file(&mut self, path: &Path) -> Result<(), String> {
        let source = crate::input::read(path)?;
        if formatted::is_formatted(&source.text) {
            self.migrations.extend(formatted::migrations(source));
        } else {
            self.migrations.push(Migration {
                version: Version::Steps(Vec::new()),
                source,
            });
        }
        Ok(())
    }

    /// The `sql` and `sqlFile` changes of an XML/YAML/JSON change set, each
    /// a migration named after the change set.
    fn change_set(
        &mut self,
        change_set: &Value,
        changelog: &Path,
        base: &Path,
    ) -> Result<(), String> {
        let text = |key: &str| change_set.get(key).map(Value::py_str);
        let id = text("id");
        let shown_id = id.clone().unwrap_or_else(|| String::from("?"));
        let mut names = Vec::new();
        if let Some(id) = &id {
            names.push(id.clone());
            if let Some(author) = text("author") {
                names.push(format!("{author}:{id}"));
            }
        }
        if change_set.get("ignore").is_some_and(Value::is_true) {
            self.names_only(names, changelog, &shown_id);
            return Ok(());
        }
        let dialects = change_set
            .get("dbms")
            .filter(|d| d.truthy())
            .and_then(|d| admitted(&d.py_str()));
        let changes: &[Value] = match change_set.get("changes") {
            Some(Value::List(changes)) => changes,
            Some(other) if other.truthy() => {
                return Err(format!(
                    "liquibase: {}: changeSet {shown_id}: unexpected changes {}",
                    changelog.display(),
                    other.shown()
                ))
            }
            _ => &[],
        };
        let mut sources = Vec::new();
        for change in changes {
            let Some((kind, attributes)) = change.single_entry() else {
                return Err(format!(
                    "liquibase: {}: changeSet {shown_id}: unexpected change {}",
                    changelog.display(),
                    change.shown()
                ));
            };
            match kind {
                "tagDatabase" => {
                    if let Some(tag) = attributes.get("tag") {
                        names.push(tag.py_str());
                    }
                    continue;
                }
                "empty" | "output" | "comment" => continue,
                "sql" | "sqlFile" => {}
                other => {
                    return Err(format!(
                        "liquibase: {}: changeSet {shown_id} has a {other} change: only sql and \
                         sqlFile changes are read (and formatted SQL changelogs); give the SQL \
                         liquibase runs for it (liquibase update-sql) instead",
                        changelog.display()
                    ))
                }
            }
            let attributes = match attributes {
                Value::Str(sql) => Value::Map(vec![(String::from("sql"), Value::Str(sql.clone()))]),
                Value::Map(_) => attributes.clone(),
                other if !other.truthy() => Value::Map(Vec::new()),
                other => {
                    return Err(format!(
                        "liquibase: {}: changeSet {shown_id}: unexpected {kind} change {}",
                        changelog.display(),
                        other.shown()
                    ))
                }
            };
            let only = attributes
                .get("dbms")
                .filter(|d| d.truthy())
                .and_then(|d| admitted(&d.py_str()));
            let dialects = both(dialects.clone(), only);
            if dialects.as_ref().is_some_and(Vec::is_empty) {
                continue;
            }
            let split = attributes
                .get("splitStatements")
                .map_or(String::from("true"), Value::py_str)
                .to_lowercase()
                != "false";
            let end_delimiter = attributes
                .get("endDelimiter")
                .filter(|d| !matches!(d, Value::Null))
                .map(Value::py_str)
                .filter(|d| !d.is_empty() && d != ";");
            let change = if kind == "sqlFile" {
                let Some(path) = attributes.get("path").filter(|p| p.truthy()) else {
                    return Err(format!(
                        "liquibase: {}: changeSet {shown_id}: sqlFile without path",
                        changelog.display()
                    ));
                };
                let relative = attributes
                    .get("relativeToChangelogFile")
                    .is_some_and(Value::is_true);
                let target = resolve(&path.py_str(), relative, base, self.root, false)?;
                let encoding = attributes
                    .get("encoding")
                    .filter(|e| e.truthy())
                    .map_or(String::from("utf-8"), Value::py_str);
                let text = read_encoded(&target, &encoding)?;
                changes::Change {
                    name: target.display().to_string(),
                    text,
                    split,
                    end_delimiter,
                    dialects,
                }
            } else {
                let sql = attributes
                    .get("sql")
                    .filter(|s| s.truthy())
                    .map(Value::py_str)
                    .unwrap_or_default();
                changes::Change {
                    name: format!(
                        "{} (sql change of changeSet {shown_id})",
                        changelog.display()
                    ),
                    text: sql,
                    split,
                    end_delimiter,
                    dialects,
                }
            };
            sources.extend(changes::sources(change)?);
        }
        if sources.is_empty() {
            self.names_only(names, changelog, &shown_id);
            return Ok(());
        }
        for source in sources {
            let end = source.text.len();
            self.migrations.push(Migration {
                version: Version::Steps(vec![Step {
                    names: names.clone(),
                    end,
                }]),
                source,
            });
        }
        Ok(())
    }

    /// A change set that runs no SQL (ignored, only a tag): `--until` it
    /// stops after the migration before it.
    fn names_only(&mut self, names: Vec<String>, changelog: &Path, id: &str) {
        if names.is_empty() {
            return;
        }
        if let Some(last) = self.migrations.last_mut() {
            let end = last.source.text.len();
            if let Version::Steps(steps) = &mut last.version {
                steps.push(Step { names, end });
                return;
            }
        }
        self.migrations.push(Migration {
            version: Version::Steps(vec![Step { names, end: 0 }]),
            source: Source::plain(
                format!("{} (changeSet {id})", changelog.display()),
                String::new(),
            ),
        });
    }
}

/// The file or folder a changelog names: relative to the including
/// changelog's folder with `relativeToChangelogFile`, else on liquibase's
/// search path, which is guessed as the oracle guesses it: the folder given,
/// the including changelog's folder, the folder's ancestors (8), then
/// shorter and shorter tails of the path from the first two.
fn resolve(
    reference: &str,
    relative: bool,
    base: &Path,
    root: &Path,
    want_folder: bool,
) -> Result<PathBuf, String> {
    let found = |p: &Path| match want_folder {
        true => p.is_dir(),
        false => p.is_file(),
    };
    let mut reference = reference.trim_matches(py_space).replace('\\', "/");
    for prefix in ["classpath*:", "classpath:", "file:"] {
        if let Some(rest) = reference.strip_prefix(prefix) {
            reference = rest.to_string();
            break;
        }
    }
    if reference.starts_with('/') {
        if found(Path::new(&reference)) {
            return Ok(normalized(Path::new(&reference)));
        }
        reference = reference.trim_start_matches('/').to_string();
    }
    let parts: Vec<&str> = reference
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let joined = |start: &Path, parts: &[&str]| {
        let mut path = normalized(start);
        path.extend(parts);
        path
    };
    let mut candidates = Vec::new();
    if relative {
        candidates.push(joined(base, &parts));
    } else {
        let mut starts = vec![root.to_path_buf(), base.to_path_buf()];
        if let Ok(absolute) = std::path::absolute(root) {
            starts.extend(absolute.ancestors().skip(1).take(8).map(Path::to_path_buf));
        }
        candidates.extend(starts.iter().map(|s| joined(s, &parts)));
        for i in 1..parts.len() {
            for start in [root, base] {
                candidates.push(joined(start, &parts[i..]));
            }
        }
    }
    candidates.into_iter().find(|c| found(c)).ok_or_else(|| {
        format!(
            "liquibase: cannot find {} '{reference}' (included from {})",
            if want_folder { "folder" } else { "file" },
            match base.as_os_str().is_empty() {
                true => String::from("."),
                false => base.display().to_string(),
            }
        )
    })
}

/// A path without `.` parts and doubled separators, as Python spells it.
fn normalized(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// Every `*.sql` file below `folder` (hidden files and folders left out,
/// linked folders not followed), by path relative to it.
fn sql_files_below(folder: &Path) -> Vec<PathBuf> {
    let mut found: Vec<(String, PathBuf)> = Vec::new();
    let mut pending = vec![(String::new(), folder.to_path_buf())];
    while let Some((prefix, dir)) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Some(name) = entry.file_name().to_str().map(String::from) else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let path = dir.join(&name);
            let relative = format!("{prefix}{name}");
            let linked = entry.file_type().is_ok_and(|t| t.is_symlink());
            if path.is_dir() {
                if !linked {
                    pending.push((format!("{relative}/"), path));
                }
            } else if name.ends_with(".sql") && path.is_file() {
                found.push((relative, path));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, path)| path).collect()
}

/// A `sqlFile`'s text in its `encoding` (UTF-8 unless said; Latin-1 and
/// ASCII too).
fn read_encoded(path: &Path, encoding: &str) -> Result<String, String> {
    let key = encoding.to_lowercase().replace(['-', '_', ' '], "");
    if key == "utf8" || key == "utf8sig" || key == "u8" {
        return Ok(crate::input::read(path)?.text);
    }
    let latin1 = [
        "latin1", "latin", "iso88591", "8859", "cp819", "l1", "isoir100",
    ];
    let ascii = ["ascii", "usascii", "646"];
    if !latin1.contains(&key.as_str()) && !ascii.contains(&key.as_str()) {
        return Err(format!(
            "liquibase: {}: encoding {encoding} is not read (UTF-8, Latin-1 and ASCII are): \
             convert the file to UTF-8",
            path.display()
        ));
    }
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let bytes = crate::input::read_limited(file, &name, crate::input::MAX_INPUT_BYTES)?;
    if ascii.contains(&key.as_str()) {
        if let Some(at) = bytes.iter().position(|b| !b.is_ascii()) {
            return Err(format!(
                "liquibase: cannot read {name} as {encoding}: a byte above 127 at byte {at}"
            ));
        }
    }
    Ok(bytes.iter().map(|&b| char::from(b)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dbms_lists_as_liquibase_reads_them() {
        use Dialect::*;
        assert_eq!(admitted("postgresql"), Some(vec![PostgreSql]));
        assert_eq!(admitted("mysql"), Some(vec![MySql]));
        assert_eq!(admitted("MariaDB"), Some(vec![MySql]));
        assert_eq!(admitted("h2, oracle"), Some(vec![]));
        assert_eq!(admitted("!h2"), None);
        assert_eq!(admitted("!postgresql"), Some(vec![MySql, Sqlite]));
        assert_eq!(admitted("!mariadb,!sqlite"), Some(vec![PostgreSql]));
        assert_eq!(admitted("all"), None);
        assert_eq!(admitted("h2,all"), None);
        assert_eq!(admitted("none"), Some(vec![]));
        assert_eq!(admitted(" , "), None);
        assert_eq!(
            admitted("sqlite,postgresql"),
            Some(vec![PostgreSql, Sqlite])
        );
        assert_eq!(
            both(Some(vec![PostgreSql, MySql]), Some(vec![MySql])),
            Some(vec![MySql])
        );
        assert_eq!(both(None, None), None);
    }

    #[test]
    fn lines_end_where_python_ends_them() {
        let text = "a\r\nb\rc\u{c}d\u{2028}e\n\nf";
        let lines = py_lines(text);
        let bodies: Vec<&str> = lines.iter().map(|l| &text[l.body.clone()]).collect();
        assert_eq!(bodies, vec!["a", "b", "c\u{c}", "d\u{2028}", "e", "", "f"]);
        let contents: Vec<&str> = lines.iter().map(|l| &text[l.content()]).collect();
        assert_eq!(contents, vec!["a", "b", "c", "d", "e", "", "f"]);
        assert!(py_lines("").is_empty());
        assert_eq!(py_lines("x\n").len(), 1);
    }

    fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn run(dir: &Path) -> Result<Vec<Migration>, String> {
        Liquibase.migrations(&Folder::read(dir).unwrap(), &mut Vec::new())
    }

    #[test]
    fn a_master_is_followed_in_document_order() {
        let dir = folder_with(&[
            (
                "db.changelog-master.xml",
                r#"<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <include file="b.sql" relativeToChangelogFile="true"/>
  <includeAll path="more/"/>
  <changeSet id="3" author="x">
    <sql splitStatements="false">CREATE TABLE c (id int);</sql>
    <tagDatabase tag="v1"/>
  </changeSet>
  <changeSet id="4" author="x" dbms="mysql">
    <sql>CREATE TABLE d (id int);</sql>
  </changeSet>
</databaseChangeLog>"#,
            ),
            ("b.sql", "CREATE TABLE b (id int);\n"),
            ("more/2_y.sql", "CREATE TABLE y (id int);\n"),
            ("more/1_x.sql", "CREATE TABLE x (id int);\n"),
            ("more/.hidden.sql", "CREATE TABLE h (id int);\n"),
        ]);
        let folder = Folder::read(dir.path()).unwrap();
        assert!(Liquibase.detect(&folder));
        let migrations = run(dir.path()).unwrap();
        let texts: Vec<&str> = migrations.iter().map(|m| m.source.text.trim()).collect();
        assert_eq!(
            texts,
            vec![
                "CREATE TABLE b (id int);",
                "CREATE TABLE x (id int);",
                "CREATE TABLE y (id int);",
                "CREATE TABLE c (id int);",
                "CREATE TABLE d (id int);",
            ]
        );
        assert_eq!(migrations[3].source.blocks.len(), 1);
        assert!(migrations[3]
            .source
            .name
            .ends_with("(sql change of changeSet 3)"));
        assert_eq!(
            migrations[3].version,
            Version::Steps(vec![Step {
                names: vec!["3".into(), "x:3".into(), "v1".into()],
                end: 24,
            }])
        );
        assert_eq!(migrations[4].source.dialects, Some(vec![Dialect::MySql]));
    }

    #[test]
    fn yaml_and_json_changelogs() {
        let dir = folder_with(&[
            (
                "changelog.yaml",
                "databaseChangeLog:\n  - changeSet:\n      id: 001\n      author: a\n      \
                 changes:\n        - sql: CREATE TABLE a (id int);\n  - changeSet:\n      \
                 id: 2\n      author: a\n      ignore: true\n      changes:\n        - sql: \
                 DROP TABLE a;\n  - include:\n      file: more.json\n",
            ),
            (
                "more.json",
                r#"{"databaseChangeLog": [{"changeSet": {"id": 3, "author": "b", "changes": [
                    {"sqlFile": {"path": "x.sql", "relativeToChangelogFile": true}}]}}]}"#,
            ),
            ("x.sql", "CREATE TABLE x (id int);\n"),
        ]);
        let migrations = run(dir.path()).unwrap();
        assert_eq!(migrations.len(), 2);
        assert_eq!(migrations[0].source.text, "CREATE TABLE a (id int);");
        let Version::Steps(steps) = &migrations[0].version else {
            panic!("steps");
        };
        assert_eq!(steps[0].names, vec!["001", "a:001"]);
        assert_eq!(steps[1].names, vec!["2", "a:2"], "an ignored change set");
        assert!(migrations[1].source.name.ends_with("x.sql"));
    }

    #[test]
    fn what_the_oracle_refuses_is_refused() {
        let create = folder_with(&[(
            "master.yaml",
            "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n      changes:\n\
             \x20       - createTable:\n            tableName: t\n",
        )]);
        let message = run(create.path()).unwrap_err();
        assert!(message.contains("has a createTable change"), "{message}");
        let missing = folder_with(&[(
            "master.xml",
            r#"<databaseChangeLog><include file="nowhere.sql"/></databaseChangeLog>"#,
        )]);
        let message = run(missing.path()).unwrap_err();
        assert!(
            message.contains("cannot find file 'nowhere.sql'"),
            "{message}"
        );
        let two = folder_with(&[
            (
                "a.xml",
                "<databaseChangeLog><include file=\"x.sql\"/></databaseChangeLog>",
            ),
            (
                "b.xml",
                "<databaseChangeLog><include file=\"x.sql\"/></databaseChangeLog>",
            ),
            ("x.sql", "SELECT 1;"),
        ]);
        let message = run(two.path()).unwrap_err();
        assert!(message.contains("several master changelogs"), "{message}");
        let looping = folder_with(&[(
            "master.xml",
            "<databaseChangeLog><include file=\"master.xml\"/></databaseChangeLog>",
        )]);
        let message = run(looping.path()).unwrap_err();
        assert!(message.contains("nested too deeply"), "{message}");
        let pattern = folder_with(&[(
            "master.yaml",
            "databaseChangeLog:\n  - changeSet:\n      id: 1\n      changes:\n        - sql:\n\
             \x20           sql: SELECT 1\n            endDelimiter: \"\\\\n/\"\n",
        )]);
        let message = run(pattern.path()).unwrap_err();
        assert!(message.contains("is a pattern"), "{message}");
    }

    #[test]
    fn without_a_master_sql_files_run_in_natural_order() {
        let dir = folder_with(&[
            (
                "10_b.sql",
                "-- liquibase formatted sql\n-- changeset a:2\nCREATE TABLE b (id int);\n",
            ),
            ("9_a.sql", "CREATE TABLE a (id int);\n"),
        ]);
        let folder = Folder::read(dir.path()).unwrap();
        assert!(Liquibase.detect(&folder));
        let migrations = run(dir.path()).unwrap();
        assert!(migrations[0].source.name.ends_with("9_a.sql"));
        assert!(migrations[1].source.text.contains("CREATE TABLE b"));
        assert!(!migrations[1].source.text.contains("liquibase"));
    }
}
