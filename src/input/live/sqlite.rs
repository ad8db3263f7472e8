//! `sqlite:///relative.db`, `sqlite:////absolute.db`: the file opened read
//! only (never created), its `sqlite_master` read in rowid order, the order
//! SQLite itself parses it in when it opens the file.

use rusqlite::{Connection, OpenFlags};

use super::DatabaseUrl;
use crate::input::Source;

pub fn read(url: &DatabaseUrl) -> Result<Source, String> {
    let shown = url.shown();
    // SQLAlchemy: `sqlite:///` + path; `sqlite://` alone is a new in-memory
    // database, which has no schema.
    let path = url.rest.split('?').next().unwrap_or_default();
    let path = path.strip_prefix('/').unwrap_or(path);
    if path.is_empty() || path == ":memory:" {
        return Ok(Source::plain(format!("{shown} (schema)"), String::new()));
    }
    if !std::path::Path::new(path).is_file() {
        return Err(format!(
            "{}: no such SQLite database file: {path} (it is not created: check the path; \
             sqlite:///relative.db, sqlite:////absolute/path.db)",
            shown
        ));
    }
    let failed = |what: &str, e: rusqlite::Error| format!("{shown}: {what}: {e}");
    let connection = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| failed("cannot open the database", e))?;
    connection
        .busy_timeout(std::time::Duration::from_secs(10))
        .map_err(|e| failed("cannot set a timeout", e))?;
    let mut statement = connection
        .prepare(
            "SELECT sql FROM sqlite_master \
             WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
             ORDER BY rowid",
        )
        .map_err(|e| failed("cannot read the schema (is it an SQLite database?)", e))?;
    let statements = statement
        .query_map([], |row| row.get::<_, String>(0))
        .and_then(|rows| rows.collect::<Result<Vec<String>, _>>())
        .map_err(|e| failed("cannot read the schema", e))?;
    let mut text = String::new();
    for sql in statements {
        text.push_str(&sql);
        text.push_str(";\n");
    }
    Ok(Source::plain(format!("{shown} (schema)"), text))
}
