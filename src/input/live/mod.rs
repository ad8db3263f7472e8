//! A live database as input, spelled as sqlacodegen and SQLAlchemy spell its
//! URL. The catalog is filled the way the server fills its own: SQLite keeps
//! its schema as the `CREATE` statements in `sqlite_master`, and parses them
//! again, in order, each time it opens the file; reading them and applying
//! them through the same pipeline gives the same catalog as the offline path.
//! PostgreSQL and MySQL/MariaDB URLs are not read yet.

mod sqlite;

use super::Source;
use crate::dialect::Dialect;

/// A database URL among the inputs: `scheme[+driver]://rest`.
pub struct DatabaseUrl<'a> {
    /// As written, with its `+driver` part.
    pub scheme: &'a str,
    /// Lower case, without the `+driver` part.
    pub backend: String,
    pub rest: &'a str,
}

/// The URL an input is, if it is one.
pub fn parse(input: &str) -> Option<DatabaseUrl<'_>> {
    let (scheme, rest) = input.split_once("://")?;
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid {
        return None;
    }
    let backend = scheme
        .split('+')
        .next()
        .unwrap_or(scheme)
        .to_ascii_lowercase();
    Some(DatabaseUrl {
        scheme,
        backend,
        rest,
    })
}

impl DatabaseUrl<'_> {
    /// The URL as it may be printed: `user:***@host`, never the password.
    pub fn shown(&self) -> String {
        let rest = match self.rest.rsplit_once('@') {
            Some((credentials, host)) if credentials.contains(':') => {
                let user = credentials.split(':').next().unwrap_or_default();
                format!("{user}:***@{host}")
            }
            _ => self.rest.to_string(),
        };
        format!("{}://{rest}", self.scheme)
    }
}

/// The schema of the database a URL names, as one source; `None` for a
/// backend not read yet.
pub fn read(url: &DatabaseUrl) -> Option<Result<(Source, Dialect), String>> {
    match url.backend.as_str() {
        "sqlite" => Some(sqlite::read(url).map(|source| (source, Dialect::Sqlite))),
        _ => None,
    }
}
