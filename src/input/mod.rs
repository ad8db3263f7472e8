//! Inputs: `.sql` files, migration folders (their `*.sql` files in the order of
//! [`flat_order`], `*.down.sql`, Flyway undo files and hidden files left out; a
//! folder whose migrations sit in sub-folders is refused with what to give
//! instead) and standard input (`-`), read
//! as UTF-8 without a byte-order mark; UTF-16 text, SQLite database files and
//! database URLs are refused with what to give instead.

use std::cmp::Ordering;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One loaded script.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in diagnostics (`<stdin>` for standard input).
    pub name: String,
    pub text: String,
}

/// Load every input in order; a folder stands for its migration files and
/// `-` (or no input at all) for standard input.
pub fn load(inputs: &[String]) -> Result<Vec<Source>, String> {
    if inputs.is_empty() {
        return Ok(vec![read_stdin()?]);
    }
    let mut sources = Vec::new();
    let mut stdin_read = false;
    for input in inputs {
        if input == "-" {
            if std::mem::replace(&mut stdin_read, true) {
                return Err(String::from("standard input (-) is given twice"));
            }
            sources.push(read_stdin()?);
            continue;
        }
        let path = Path::new(input);
        if !path.exists() {
            if let Some(message) = database_url(input) {
                return Err(message);
            }
        }
        if path.is_dir() {
            let files = migration_files(path)?;
            if files.is_empty() {
                if let Some(layout) = nested_layout(path) {
                    return Err(format!(
                        "{}: no .sql file directly inside: {layout}",
                        path.display()
                    ));
                }
                return Err(format!(
                    "{}: a folder with no .sql file in it (migrations are read from *.sql files)",
                    path.display()
                ));
            }
            for file in files {
                sources.push(read(&file)?);
            }
        } else {
            sources.push(read(path)?);
        }
    }
    Ok(sources)
}

/// An argument that is a database URL (`postgresql://user:secret@host/db`)
/// rather than a file: what to do instead, naming the URL without its
/// password.
fn database_url(input: &str) -> Option<String> {
    let (scheme, rest) = input.split_once("://")?;
    let valid_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid_scheme {
        return None;
    }
    // user:password@host → user:***@host
    let shown_rest = match rest.rsplit_once('@') {
        Some((credentials, host)) if credentials.contains(':') => {
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{user}:***@{host}")
        }
        _ => rest.to_string(),
    };
    let pipe = match scheme
        .split('+')
        .next()
        .unwrap_or(scheme)
        .to_ascii_lowercase()
        .as_str()
    {
        "postgresql" | "postgres" => "pg_dump --schema-only DATABASE | ddlcodegen -",
        "mysql" | "mariadb" => "mysqldump --no-data DATABASE | ddlcodegen -",
        "sqlite" => "sqlite3 FILE .schema | ddlcodegen -",
        _ => "dump the schema as SQL and give that file (or - for standard input)",
    };
    Some(format!(
        "{scheme}://{shown_rest} is a database URL: reading a live database is not supported \
         yet; give its schema as SQL instead: {pipe}"
    ))
}

/// The most one input may hold. Real schema dumps are megabytes; the limit
/// stops an endless stream (`yes`, a pipe that never closes) before it eats
/// the memory.
pub const MAX_INPUT_BYTES: u64 = 512 << 20;

fn read_stdin() -> Result<Source, String> {
    let name = String::from("<stdin>");
    let bytes = read_limited(std::io::stdin().lock(), &name, MAX_INPUT_BYTES)?;
    let text = decode(bytes, &name)?;
    Ok(Source { name, text })
}

fn read(path: &Path) -> Result<Source, String> {
    let name = path.display().to_string();
    let file =
        std::fs::File::open(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let bytes = read_limited(file, &name, MAX_INPUT_BYTES)?;
    let text = decode(bytes, &name)?;
    Ok(Source { name, text })
}

/// All of `reader`, in chunks, stopping at the size limit or at a NUL byte
/// (never in SQL text: `/dev/zero`, a binary file) rather than reading on.
fn read_limited(reader: impl Read, name: &str, limit: u64) -> Result<Vec<u8>, String> {
    let mut reader = reader.take(limit + 1);
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("{name}: cannot read: {e}")),
        };
        let start = bytes.len();
        bytes.extend_from_slice(&chunk[..n]);
        // Decided on the start of the input: these hold NUL bytes of their own.
        if starts_as_database_file_or_utf16(&bytes) {
            if bytes.len() >= DATABASE_HEADER.len() {
                break;
            }
            continue;
        }
        if let Some(at) = bytes[start..].iter().position(|&b| b == 0) {
            return Err(format!(
                "{name}: a NUL byte at byte {}: this is not SQL text (a binary file, or \
                 UTF-16 without a byte-order mark?)",
                start + at
            ));
        }
        if bytes.len() as u64 > limit {
            return Err(format!(
                "{name}: more than {} MiB: larger than any schema script; split it or give \
                 only the schema (pg_dump --schema-only, mysqldump --no-data)",
                limit >> 20
            ));
        }
    }
    Ok(bytes)
}

const DATABASE_HEADER: &[u8] = b"SQLite format 3\0";

/// Whether the bytes so far may be an SQLite database file or UTF-16 text,
/// which `decode` refuses by name.
fn starts_as_database_file_or_utf16(bytes: &[u8]) -> bool {
    let n = bytes.len().min(DATABASE_HEADER.len());
    bytes[..n] == DATABASE_HEADER[..n]
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
}

/// A script's text: UTF-8, without the byte-order mark editors on Windows put
/// first (the servers' clients skip it too). UTF-16 text and an SQLite
/// database file are refused with what to do instead.
fn decode(bytes: Vec<u8>, name: &str) -> Result<String, String> {
    if bytes.starts_with(DATABASE_HEADER) {
        return Err(format!(
            "{name}: this is an SQLite database file, not SQL: give its schema instead \
             (sqlite3 {name} .schema | ddlcodegen -)"
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let order = if bytes[0] == 0xFF { "LE" } else { "BE" };
        return Err(format!(
            "{name}: the text is UTF-16 ({order}); convert it to UTF-8 first \
             (iconv -f UTF-16{order} -t UTF-8 {name})"
        ));
    }
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not valid UTF-8 (byte {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The `*.sql` files directly inside `dir`, in the order a migration tool of
/// the flat kind (Flyway, golang-migrate, sqlx, numbered files) applies them:
/// hidden files, `*.down.sql` (golang-migrate and sqlx down migrations) and
/// Flyway undo files `U<ver>__*.sql` left out; Flyway baselines
/// `B<ver>__*.sql` as on a new database (only the highest runs, and no `V`
/// file with a version up to it); the rest in [`flat_order`].
pub fn migration_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        // Extensions compared without regard to case (`V1__init.SQL`).
        let lower = name.to_ascii_lowercase();
        if name.starts_with('.')
            || !lower.ends_with(".sql")
            || lower.ends_with(".down.sql")
            || FlywayName::read(name).is_some_and(|f| f.prefix == 'U')
            || !path.is_file()
        {
            continue;
        }
        files.push((name.to_string(), path));
    }
    // Baselines: on a new database Flyway runs the highest one instead of
    // every versioned migration up to its version.
    let top_baseline = files
        .iter()
        .filter_map(|(name, _)| FlywayName::read(name).filter(|f| f.prefix == 'B'))
        .map(|f| owned_version(&f.version))
        .max();
    if let Some(top) = top_baseline {
        let mut kept_baseline = false;
        files.retain(|(name, _)| match FlywayName::read(name) {
            Some(f) if f.prefix == 'B' => {
                // Of two baselines of one version, the first by name.
                let keep = owned_version(&f.version) == top && !kept_baseline;
                kept_baseline |= keep;
                keep
            }
            Some(f) if f.prefix == 'V' => owned_version(&f.version) > top,
            _ => true,
        });
    }
    files.sort_by(|(a, _), (b, _)| flat_order(a, b));
    Ok(files.into_iter().map(|(_, path)| path).collect())
}

/// A version as owned (length, digits) pairs, which compare as the numbers do.
fn owned_version(version: &[Number]) -> Vec<(usize, String)> {
    version
        .iter()
        .map(|n| (n.digits.len(), n.digits.to_string()))
        .collect()
}

/// A Flyway file name with its default, case-sensitive prefixes:
/// `V<ver>__<desc>.sql` (versioned), `B<ver>__` (baseline), `U<ver>__` (undo)
/// and `R__<desc>.sql` (repeatable); `<ver>` is digit runs separated by `.`
/// or `_`.
#[derive(Debug, PartialEq)]
struct FlywayName<'a> {
    prefix: char,
    /// The version's numbers without trailing zeros (`1.0` is `1`), empty
    /// for a repeatable.
    version: Vec<Number<'a>>,
    description: &'a str,
}

impl<'a> FlywayName<'a> {
    fn read(name: &'a str) -> Option<Self> {
        let stem = name.strip_suffix(".sql")?;
        let prefix = stem.chars().next()?;
        let rest = &stem[1..];
        if prefix == 'R' {
            let description = rest.strip_prefix("__")?;
            return Some(FlywayName {
                prefix,
                version: Vec::new(),
                description,
            });
        }
        if !matches!(prefix, 'V' | 'B' | 'U') {
            return None;
        }
        let (version, description) = rest.split_once("__")?;
        let mut numbers = Vec::new();
        for part in version.split(['.', '_']) {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            numbers.push(Number::new(part));
        }
        while numbers.len() > 1 && numbers.last().is_some_and(|n| n.digits.is_empty()) {
            numbers.pop();
        }
        Some(FlywayName {
            prefix,
            version: numbers,
            description,
        })
    }
}

/// A run of digits compared by its value, however long.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Number<'a> {
    /// The digits without leading zeros.
    digits: &'a str,
}

impl<'a> Number<'a> {
    fn new(run: &'a str) -> Self {
        Number {
            digits: run.trim_start_matches('0'),
        }
    }
}

impl Ord for Number<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.digits
            .len()
            .cmp(&other.digits.len())
            .then_with(|| self.digits.cmp(other.digits))
    }
}

impl PartialOrd for Number<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// One part of a name's sort key; parts compare in this order of kinds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Part<'a> {
    /// Where a Flyway version ends: before any number or text.
    VersionEnd,
    /// A digit run: by value, then by its length (`1` before `01`).
    Digits(Number<'a>, usize),
    /// Other text, without regard to case.
    Text(String),
}

/// The sort key of a file name in a flat migration folder.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum FlatKey<'a> {
    /// Versioned files and every other name, then the name itself.
    Ordered(Vec<Part<'a>>, &'a str),
    /// Flyway repeatables come after all of them, by description (`_` read
    /// as a space), as Flyway applies them.
    Repeatable(String, &'a str),
}

fn natural_parts(name: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut rest = name;
    while let Some(c) = rest.chars().next() {
        let digit = c.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != digit)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        parts.push(match digit {
            true => Part::Digits(Number::new(run), run.len()),
            false => Part::Text(run.to_lowercase()),
        });
        rest = tail;
    }
    parts
}

fn flat_key(name: &str) -> FlatKey<'_> {
    match FlywayName::read(name) {
        Some(f) if f.prefix == 'R' => FlatKey::Repeatable(f.description.replace('_', " "), name),
        Some(f) if matches!(f.prefix, 'V' | 'B') => {
            let mut parts = vec![Part::Text(String::from("v"))];
            parts.extend(f.version.into_iter().map(|n| Part::Digits(n, 0)));
            parts.push(Part::VersionEnd);
            parts.push(Part::Text(f.description.to_lowercase()));
            FlatKey::Ordered(parts, name)
        }
        _ => FlatKey::Ordered(natural_parts(name), name),
    }
}

/// The order of a flat migration folder: natural version order (digit runs
/// compare as numbers, the rest without regard to case, ties by plain order),
/// except that a Flyway version compares as its sequence of numbers
/// (`V1 < V1_1 = V1.1 < V1.2 < V2 < V10`) and Flyway repeatables `R__*.sql`
/// come last, by description.
pub fn flat_order(a: &str, b: &str) -> Ordering {
    flat_key(a).cmp(&flat_key(b))
}

/// Natural version order: digit runs compare as numbers, the rest
/// case-insensitively; ties by plain order.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    natural_parts(a)
        .cmp(&natural_parts(b))
        .then_with(|| a.cmp(b))
}

/// What a folder without a `.sql` file directly inside holds, when its
/// sub-folders do: the migration tool that writes that layout, and how to
/// give its up migrations instead (layouts that are not read yet).
fn nested_layout(dir: &Path) -> Option<String> {
    let shown = dir.display().to_string();
    if dir.join("sqitch.plan").is_file() {
        return Some(format!(
            "a sqitch project (sqitch.plan, deploy/*.sql), which is not read yet: give the \
             deploy scripts in the order of sqitch.plan (e.g. {shown}/deploy/first.sql \
             {shown}/deploy/second.sql ...)"
        ));
    }
    let changelog = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .any(|e| {
            let name = e.file_name().to_string_lossy().to_ascii_lowercase();
            name.contains("changelog")
                && [".xml", ".yaml", ".yml", ".json"]
                    .iter()
                    .any(|ext| name.ends_with(ext))
        });
    if changelog {
        return Some(String::from(
            "a liquibase changelog, which is not read yet: give the SQL files its change sets \
             run, in the changelog's order",
        ));
    }
    let mut subfolders: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_dir()
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    subfolders.sort();
    let holds = |file: &str| subfolders.iter().any(|s| s.join(file).is_file());
    if holds("up.sql") {
        return Some(format!(
            "a diesel migrations folder (<version>_<name>/up.sql), which is not read yet: \
             give the up.sql files in order instead, e.g. with a shell glob: \
             ddlcodegen {shown}/*/up.sql"
        ));
    }
    if holds("migration.sql") {
        return Some(format!(
            "a prisma migrations folder (<timestamp>_<name>/migration.sql), which is not read \
             yet: give the migration.sql files in order instead, e.g. with a shell glob: \
             ddlcodegen {shown}/*/migration.sql"
        ));
    }
    let nested = subfolders.iter().any(|s| {
        std::fs::read_dir(s).is_ok_and(|entries| {
            entries.filter_map(|e| e.ok()).any(|e| {
                e.path().is_file()
                    && e.file_name()
                        .to_str()
                        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".sql"))
            })
        })
    });
    nested.then(|| {
        format!(
            "its sub-folders hold .sql files (a migration layout that is not read yet): give \
             the up migrations in the order they apply instead, e.g. with a shell glob: \
             ddlcodegen {shown}/*/*.sql (leaving out down, revert or undo files)"
        )
    })
}

/// A line that marks a half of a migration in a file that holds both: goose
/// (`-- +goose Up` / `-- +goose Down`), sql-migrate (`-- +migrate Up` /
/// `Down`) and dbmate (`-- migrate:up` / `-- migrate:down`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationMarker {
    /// The tool that writes it.
    pub tool: &'static str,
    /// Whether it starts the down half.
    pub down: bool,
    /// Byte range of the marker in the text.
    pub span: std::ops::Range<usize>,
}

/// The up/down markers of migration tools in `text`, in order. They are
/// comments to the servers: a file given as SQL runs both halves.
pub fn migration_markers(text: &str) -> Vec<MigrationMarker> {
    let mut markers = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_end();
        let indent = body.len() - body.trim_start().len();
        let Some(comment) = body.trim_start().strip_prefix("--") else {
            continue;
        };
        let words: Vec<String> = comment
            .split_whitespace()
            .take(2)
            .map(|w| w.to_ascii_lowercase())
            .collect();
        let found = match words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["+goose", "up", ..] => Some(("goose", false)),
            ["+goose", "down", ..] => Some(("goose", true)),
            ["+migrate", "up", ..] => Some(("sql-migrate", false)),
            ["+migrate", "down", ..] => Some(("sql-migrate", true)),
            [first, ..] if first.starts_with("migrate:up") => Some(("dbmate", false)),
            [first, ..] if first.starts_with("migrate:down") => Some(("dbmate", true)),
            _ => None,
        };
        if let Some((tool, down)) = found {
            markers.push(MigrationMarker {
                tool,
                down,
                span: start + indent..start + body.len(),
            });
        }
    }
    markers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endless_or_binary_input_stops_with_an_error() {
        // /dev/zero: refused at the first chunk, not read forever.
        let zeros = read_limited(std::io::repeat(0), "zero", MAX_INPUT_BYTES).unwrap_err();
        assert!(zeros.contains("NUL byte at byte 0"), "{zeros}");
        // An endless text stream stops at the limit.
        let endless = read_limited(std::io::repeat(b'a'), "yes", 1 << 20).unwrap_err();
        assert!(endless.contains("more than 1 MiB"), "{endless}");
        // A database file and UTF-16 still get their own messages.
        let mut db = DATABASE_HEADER.to_vec();
        db.extend([0u8; 100]);
        let bytes = read_limited(&db[..], "app.db", MAX_INPUT_BYTES).unwrap();
        assert!(decode(bytes, "app.db")
            .unwrap_err()
            .contains("SQLite database file"));
        let utf16 = [0xFF, 0xFE, b'C', 0, b'R', 0];
        let bytes = read_limited(&utf16[..], "u.sql", MAX_INPUT_BYTES).unwrap();
        assert!(decode(bytes, "u.sql").unwrap_err().contains("UTF-16 (LE)"));
        let text = read_limited(&b"SELECT 1;"[..], "s.sql", 9).unwrap();
        assert_eq!(text, b"SELECT 1;");
    }

    #[test]
    fn database_urls_are_recognised_without_echoing_the_password() {
        let message = database_url("postgresql+psycopg://app:s3cret@db.example/app").unwrap();
        assert!(!message.contains("s3cret"), "{message}");
        assert!(message.contains("app:***@db.example/app") && message.contains("pg_dump"));
        let message = database_url("mysql://root@localhost/shop").unwrap();
        assert!(message.contains("mysqldump"), "{message}");
        assert!(database_url("sqlite:///tmp/app.db")
            .unwrap()
            .contains("sqlite3"));
        assert!(database_url("schema.sql").is_none() && database_url("1x://a").is_none());
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_other_encodings_refused() {
        let text = decode(b"\xEF\xBB\xBFCREATE TABLE t (a int);".to_vec(), "a.sql");
        assert_eq!(text.as_deref(), Ok("CREATE TABLE t (a int);"));
        let utf16 = decode(vec![0xFF, 0xFE, b'C', 0], "b.sql").unwrap_err();
        assert!(utf16.contains("UTF-16 (LE)"), "{utf16}");
        let sqlite = decode(b"SQLite format 3\0\x10\0".to_vec(), "c.db").unwrap_err();
        assert!(sqlite.contains("SQLite database file"), "{sqlite}");
        assert!(decode(vec![0xC3], "d.sql")
            .unwrap_err()
            .contains("not valid UTF-8"));
    }

    #[test]
    fn flyway_versions_compare_as_numbers_and_repeatables_come_last() {
        let mut names = vec![
            "R__views.sql",
            "V10__c.sql",
            "V1.2__b.sql",
            "V1_1__a2.sql",
            "V1.10__d.sql",
            "V2__e.sql",
            "R__a_func.sql",
            "V1__init.sql",
        ];
        names.sort_by(|a, b| flat_order(a, b));
        assert_eq!(
            names,
            vec![
                "V1__init.sql",
                "V1_1__a2.sql",
                "V1.2__b.sql",
                "V1.10__d.sql",
                "V2__e.sql",
                "V10__c.sql",
                "R__a_func.sql",
                "R__views.sql",
            ]
        );
        assert_eq!(
            FlywayName::read("U2__undo.sql").map(|f| f.prefix),
            Some('U')
        );
        assert!(FlywayName::read("V1.x__no.sql").is_none());
        assert!(FlywayName::read("Vx.sql").is_none());
        // Trailing zeros do not count: 1.0 is 1.
        assert_eq!(
            FlywayName::read("V1.0__a.sql").map(|f| f.version),
            FlywayName::read("V1__b.sql").map(|f| f.version)
        );
    }

    #[test]
    fn migration_markers_of_goose_dbmate_and_sql_migrate() {
        let text = "-- +goose Up\nCREATE TABLE a (id int);\n  -- +goose Down\nDROP TABLE a;\n";
        let markers = migration_markers(text);
        assert_eq!(markers.len(), 2);
        assert!(!markers[0].down && markers[1].down && markers[1].tool == "goose");
        assert_eq!(&text[markers[1].span.clone()], "-- +goose Down");
        let text = "-- migrate:up transaction:false\nSELECT 1;\n-- migrate:down\n";
        let markers = migration_markers(text);
        assert_eq!(markers.len(), 2);
        assert!(markers[1].down && markers[1].tool == "dbmate");
        let markers = migration_markers("-- +migrate Down\r\n");
        assert!(markers[0].down && markers[0].tool == "sql-migrate");
        assert!(migration_markers("-- a comment about goose up\n").is_empty());
    }

    #[test]
    fn natural_order() {
        let mut names = vec![
            "V10__c.sql",
            "V2__b.sql",
            "V1__a.sql",
            "1.10.sql",
            "1.2.sql",
        ];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            names,
            vec![
                "1.2.sql",
                "1.10.sql",
                "V1__a.sql",
                "V2__b.sql",
                "V10__c.sql"
            ]
        );
    }
}
