//! Inputs: `.sql` files, migration folders (their `*.sql` files in natural version
//! order, `*.down.sql` and hidden files left out) and standard input (`-`), read
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

/// The `*.sql` files directly inside `dir`, in natural version order.
pub fn migration_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = Vec::new();
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
            || !path.is_file()
        {
            continue;
        }
        files.push(path);
    }
    files.sort_by(|a, b| {
        let a = a.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let b = b.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        natural_cmp(a, b)
    });
    Ok(files)
}

/// Digit runs compare as numbers, the rest case-insensitively; ties by plain order.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    fn chunks(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, chunk)) if *d == digit => chunk.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(cb.iter()) {
        let ord = match (x.0, y.0) {
            (true, true) => {
                let (xs, ys) = (x.1.trim_start_matches('0'), y.1.trim_start_matches('0'));
                xs.len().cmp(&ys.len()).then_with(|| xs.cmp(ys))
            }
            (false, false) => x.1.to_lowercase().cmp(&y.1.to_lowercase()),
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
    ca.len().cmp(&cb.len()).then_with(|| a.cmp(b))
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
