//! The three SQL dialects we read, shared by every stage.
//!
//! Only the name of a dialect lives here; what a dialect *means* (type names,
//! invented constraint names, reflection quirks) lives with the stage that needs it,
//! in a file per dialect.

use std::fmt;
use std::str::FromStr;

/// How the statements stage spells MySQL's `BINARY` attribute of a string type
/// (`VARCHAR(10) BINARY`, which sqlparser does not take) for the catalog: as
/// `COLLATE _bin`, "the binary collation of the column's character set".
pub const MYSQL_BINARY_COLLATION: &str = "_bin";

/// A database family whose DDL we read and whose reflection we reproduce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dialect {
    PostgreSql,
    /// MySQL and MariaDB; reflection follows MariaDB 10.11.
    MySql,
    Sqlite,
}

impl Dialect {
    pub const ALL: [Dialect; 3] = [Dialect::PostgreSql, Dialect::MySql, Dialect::Sqlite];

    /// The canonical spelling, as sqlacodegen's oracle and our CLI use it.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::PostgreSql => "postgresql",
            Dialect::MySql => "mysql",
            Dialect::Sqlite => "sqlite",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Dialect {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "postgresql" | "postgres" | "pg" | "psql" => Ok(Dialect::PostgreSql),
            "mysql" | "mariadb" => Ok(Dialect::MySql),
            "sqlite" | "sqlite3" => Ok(Dialect::Sqlite),
            other => Err(format!(
                "unknown dialect '{other}': expected one of postgresql (postgres, pg), mysql (mariadb), sqlite"
            )),
        }
    }
}
