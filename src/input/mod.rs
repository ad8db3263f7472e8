//! Inputs: `.sql` files, migration folders and standard input (`-`), read as
//! UTF-8 without a byte-order mark; UTF-16 text, SQLite database files and
//! database URLs are refused with what to give instead. A folder is read by
//! the migration tool that wrote it ([`layout`]: detected, or forced with
//! `--layout`), as that tool applies it.

pub mod layout;
pub mod live;
pub mod stream;

use std::io::Read;
use std::ops::Range;
use std::path::Path;

use crate::dialect::Dialect;

/// One loaded script.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The name shown in diagnostics (`<stdin>` for standard input).
    pub name: String,
    /// The SQL as the server receives it.
    pub text: String,
    /// The file as written, when `text` leaves parts of it out (a goose Down
    /// half, a skipped liquibase change set: blanked in `text`, byte for byte
    /// the same length); diagnostics show these lines.
    pub written: Option<String>,
    /// Byte ranges that the migration tool sends as one query (a goose
    /// `StatementBegin`/`StatementEnd` block, a dbmate up section): not cut
    /// at each `;` where a client would cut them.
    pub blocks: Vec<Range<usize>>,
    /// What the migration tool would say about the file (a malformed section
    /// marker), at its place.
    pub problems: Vec<Problem>,
    /// The dialects the script runs on (a liquibase changelog's view for the
    /// dialects its `dbms` lists admit); `None`: on all. A script whose list
    /// leaves out the dialect is neither applied nor counted.
    pub dialects: Option<Vec<Dialect>>,
    /// What a live server printed of some objects, where applying the
    /// printed definition again would not give it back (PostgreSQL prints a
    /// parsed expression, and parsing that print may give another tree).
    /// The catalog takes these texts as they are, once the script is applied.
    pub server_texts: Vec<live::ServerText>,
    /// A script too long to hold whole: `text` is its first chunk (whole
    /// lines), and this is where the rest comes from (see [`stream`]).
    pub rest: Option<stream::Rest>,
}

impl Source {
    /// A script read as it is.
    pub fn plain(name: String, text: String) -> Source {
        Source {
            name,
            text,
            ..Source::default()
        }
    }

    /// The text diagnostics show: the file as written.
    pub fn shown_text(&self) -> &str {
        self.written.as_deref().unwrap_or(&self.text)
    }

    /// Whether the script runs on `dialect`.
    pub fn runs_on(&self, dialect: Dialect) -> bool {
        self.dialects
            .as_ref()
            .is_none_or(|dialects| dialects.contains(&dialect))
    }
}

/// A problem with a script found while loading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Range<usize>,
    pub message: String,
    /// What to do about it.
    pub note: String,
    /// The tool refuses the file (else a warning).
    pub error: bool,
}

/// How folders are read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `--layout NAME`: every folder is read as this tool's.
    pub layout: Option<String>,
    /// `--until VERSION`: a folder's migrations up to that one.
    pub until: Option<String>,
}

/// The loaded scripts and what was found out about folders on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Vec<Source>,
    /// One per folder input, in order.
    pub folders: Vec<FolderReport>,
    /// A dialect a folder names (prisma's provider), and where.
    pub dialect_clue: Option<(Dialect, String)>,
}

/// How a folder input was read.
#[derive(Debug)]
pub struct FolderReport {
    pub path: String,
    pub layout: &'static str,
    pub forced: bool,
    /// Migrations in the folder.
    pub found: usize,
    /// The names of the files applied, in order (after `--until`).
    pub applied: Vec<String>,
    pub warnings: Vec<String>,
}

/// Load every input in order; a folder stands for its migrations and `-`
/// (or no input at all) for standard input.
pub fn load(inputs: &[String], options: &LoadOptions) -> Result<Loaded, String> {
    let mut loaded = Loaded::default();
    if inputs.is_empty() {
        loaded.sources.push(read_stdin()?);
        return Ok(loaded);
    }
    let forced = options.layout.as_deref().map(layout::by_name).transpose()?;
    if let Some(url) = inputs
        .iter()
        .filter(|input| !Path::new(input.as_str()).exists())
        .find_map(|input| live::parse(input))
    {
        if let Some(read) = live::read(&url) {
            if inputs.len() > 1 {
                return Err(format!(
                    "{}: a database URL is the only input; it cannot be mixed with files, folders or another URL",
                    url.shown()
                ));
            }
            let (source, dialect) = read?;
            loaded.sources.push(source);
            loaded.dialect_clue = Some((dialect, format!("the URL {}", url.shown())));
            return Ok(loaded);
        }
    }
    let mut stdin_read = false;
    for input in inputs {
        if input == "-" {
            if std::mem::replace(&mut stdin_read, true) {
                return Err(String::from("standard input (-) is given twice"));
            }
            loaded.sources.push(read_stdin()?);
            continue;
        }
        let path = Path::new(input);
        if !path.exists() {
            if let Some(message) = database_url(input) {
                return Err(message);
            }
        }
        if !path.is_dir() {
            let mut source = read(path)?;
            source.problems = down_half_warnings(&source.text, false);
            loaded.sources.push(source);
            continue;
        }
        let folder = layout::read_folder(path, forced, options.until.as_deref())?;
        if loaded.dialect_clue.is_none() {
            loaded.dialect_clue = folder.dialect_clue.clone();
        }
        loaded.folders.push(FolderReport {
            path: input.clone(),
            layout: folder.layout,
            forced: folder.forced,
            found: folder.found,
            applied: folder
                .migrations
                .iter()
                .map(|m| match &m.source.dialects {
                    Some(dialects) if dialects.is_empty() => {
                        format!("{} (for no dialect ddlcodegen reads)", m.source.name)
                    }
                    Some(dialects) => {
                        let names: Vec<String> = dialects.iter().map(|d| d.to_string()).collect();
                        format!("{} (only on {})", m.source.name, names.join(", "))
                    }
                    None => m.source.name.clone(),
                })
                .collect(),
            warnings: folder.warnings,
        });
        loaded
            .sources
            .extend(folder.migrations.into_iter().map(|m| m.source));
    }
    if options.until.is_some() && loaded.folders.is_empty() {
        return Err(String::from(
            "--until applies to migration folders: give the folder, not its files",
        ));
    }
    Ok(loaded)
}

/// An argument that is the URL of a database ddlcodegen does not read
/// (`mssql+pyodbc://user:secret@host/db`) rather than a file: what to do
/// instead, naming the URL without its password.
fn database_url(input: &str) -> Option<String> {
    let url = live::parse(input)?;
    Some(format!(
        "{} is a database URL of a server ddlcodegen does not read (it reads postgresql://, \
         mysql://, mariadb:// and sqlite:/// URLs); give its schema as SQL instead: dump it \
         to a file and give that file (or - for standard input)",
        url.shown()
    ))
}

/// The most a migration file, or a line or statement of a script read as a
/// stream ([`stream`]), may hold. Real statements are far shorter; the limit
/// stops an endless stream that never ends a statement (`yes`, a binary
/// pipe) before it eats the memory.
pub const MAX_INPUT_BYTES: u64 = 512 << 20;

fn read_stdin() -> Result<Source, String> {
    let name = String::from("<stdin>");
    read_streamed(name, std::io::stdin().lock(), 0, |_, carry, _| {
        stream::Rest::stdin(carry)
    })
}

/// A file as it is.
fn read(path: &Path) -> Result<Source, String> {
    let name = path.display().to_string();
    let file =
        std::fs::File::open(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    // Read into a buffer of the file's size: growing one by doubling would
    // hold up to twice a large script.
    let size = file.metadata().map_or(0, |m| m.len());
    read_streamed(name, file, size as usize, |read, carry, file| {
        stream::Rest::file_read_on(path.to_path_buf(), read, carry, Some(file))
    })
}

/// A script from `reader` (about `expected` bytes): whole when it is short,
/// else its first chunk, and the rest as `rest` makes it of the bytes read,
/// those read after the chunk's last whole line, and the reader.
fn read_streamed<R: Read>(
    name: String,
    mut reader: R,
    expected: usize,
    rest: impl FnOnce(u64, Vec<u8>, R) -> stream::Rest,
) -> Result<Source, String> {
    let most = stream::STREAM_FROM_BYTES + 1;
    let first = (&mut reader).take(most as u64);
    let mut bytes = read_sized(first, &name, MAX_INPUT_BYTES, expected.min(most))?;
    if bytes.len() <= stream::STREAM_FROM_BYTES {
        let text = decode(bytes, &name)?;
        let mut source = Source::plain(name, text);
        source.problems = down_half_warnings(&source.text, false);
        return Ok(source);
    }
    // The first chunk holds whole lines; the rest of its last one is where
    // the next chunk starts.
    let read = bytes.len() as u64;
    let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let carry = bytes.split_off(end);
    let text = decode(bytes, &name)?;
    let mut source = Source::plain(name, text);
    source.problems = down_half_warnings(&source.text, false);
    source.rest = Some(rest(read, carry, reader));
    Ok(source)
}

/// All of `reader`, in chunks, stopping at the size limit or at a NUL byte
/// (never in SQL text: `/dev/zero`, a binary file) rather than reading on.
fn read_limited(reader: impl Read, name: &str, limit: u64) -> Result<Vec<u8>, String> {
    read_sized(reader, name, limit, 0)
}

/// [`read_limited`] into a buffer made for `expected` bytes (one more, to see
/// the end without growing it).
fn read_sized(
    reader: impl Read,
    name: &str,
    limit: u64,
    expected: usize,
) -> Result<Vec<u8>, String> {
    let mut reader = reader.take(limit + 1);
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
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
            return Err(nul_byte(name, (start + at) as u64));
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
            "{name}: this is an SQLite database file, not SQL: give it as a URL \
             (ddlcodegen sqlite:///{name}) or give its schema (sqlite3 {name} .schema | ddlcodegen -)"
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
    String::from_utf8(bytes).map_err(|e| not_utf8(name, e.utf8_error().valid_up_to() as u64))
}

/// A NUL byte at byte `at` of `name`: never in SQL text.
fn nul_byte(name: &str, at: u64) -> String {
    format!(
        "{name}: a NUL byte at byte {at}: this is not SQL text (a binary file, or UTF-16 \
         without a byte-order mark?)"
    )
}

/// `name` is not UTF-8 from byte `at` on.
fn not_utf8(name: &str, at: u64) -> String {
    format!("{name}: not valid UTF-8 (byte {at})")
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
    for (start, line) in lines_opening_with_dashes(text) {
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

/// The lines of `text` (each with its start) whose first `--` comes after
/// nothing but blanks: the only lines a marker can be on. A script is read
/// from one `-` to the next instead of a line at a time (few lines of a
/// schema hold one).
fn lines_opening_with_dashes(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(dash) = text[from..].find('-').map(|at| from + at) {
            let line_start = text[..dash].rfind('\n').map_or(0, |at| at + 1);
            let line_end = text[dash..]
                .find('\n')
                .map_or(text.len(), |at| dash + at + 1);
            // The next search starts on the next line: a line is looked at
            // once, at its first dash.
            from = line_end;
            if text[dash..].starts_with("--") && text[line_start..dash].trim_start().is_empty() {
                return Some((line_start, &text[line_start..line_end]));
            }
        }
        from = text.len();
        None
    })
}

/// A script that holds both halves of a migration (goose, dbmate, sql-migrate
/// markers, comments to the server) read as plain SQL: a warning at each
/// marker of a down half, whose statements run too. `in_folder`: the file is
/// one of a flat folder's.
pub fn down_half_warnings(text: &str, in_folder: bool) -> Vec<Problem> {
    let note = match in_folder {
        true => {
            "the folder is read as flat (plain SQL files): what the down half drops or \
                 alters is missing from the output; read it with its tool's layout \
                 (--layout goose, dbmate) or pass --strict to make this an error"
        }
        false => {
            "a file given on its own is read as plain SQL: what the down half drops or \
                  alters is missing from the output; give its folder instead (read as its \
                  tool does: only the up half) or pass --strict to make this an error"
        }
    };
    migration_markers(text)
        .into_iter()
        .filter(|marker| marker.down)
        .map(|marker| Problem {
            span: marker.span,
            message: format!(
                "the down half of a {} migration is applied as plain SQL",
                marker.tool
            ),
            note: note.to_string(),
            error: false,
        })
        .collect()
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

    #[cfg(unix)]
    #[test]
    fn a_long_script_from_a_pipe_is_read_on_from_where_its_first_chunk_ended() {
        // `ddlcodegen <(pg_dump app)`: a pipe can be neither opened again nor
        // sought, so the rest must come from the handle already read.
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("dump.sql");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|status| status.success()) {
            eprintln!("skipped: no mkfifo");
            return;
        }
        let line = "INSERT INTO t VALUES (1, 'a row of data');\n";
        let script: String = line.repeat((stream::STREAM_FROM_BYTES / line.len()) * 3 / 2);
        let writer = {
            let (fifo, script) = (fifo.clone(), script.clone());
            std::thread::spawn(move || std::fs::write(fifo, script).unwrap())
        };
        let loaded = load(&[fifo.display().to_string()], &LoadOptions::default()).unwrap();
        let source = &loaded.sources[0];
        assert!(source.rest.is_some() && source.text.len() <= stream::STREAM_FROM_BYTES);
        let mut chunks = stream::Chunks::open(source).unwrap().expect("a rest");
        let mut text = source.text.clone();
        while let Some(chunk) = chunks.next_chunk().unwrap() {
            text.push_str(&chunk.text);
        }
        writer.join().unwrap();
        assert!(text == script, "{} bytes of {}", text.len(), script.len());
    }

    #[test]
    fn database_urls_are_recognised_without_echoing_the_password() {
        let message = database_url("mssql+pyodbc://app:s3cret@db.example/app").unwrap();
        assert!(!message.contains("s3cret"), "{message}");
        assert!(message.contains("app:***@db.example/app") && message.contains("does not read"));
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
        // Only a line whose first dashes open it: after blanks (Unicode ones
        // too), not after a minus, and the last line without its line break.
        let text =
            "SELECT 1 - 2 -- +goose Down\n- -- +goose Down\n\u{a0}\t-- +goose Down\n--migrate:down";
        let spans: Vec<&str> = migration_markers(text)
            .iter()
            .map(|m| &text[m.span.clone()])
            .collect();
        assert_eq!(spans, ["-- +goose Down", "--migrate:down"]);
    }
}
