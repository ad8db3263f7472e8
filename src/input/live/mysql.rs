//! `mysql://`, `mariadb://` (any `+driver`: `mysql+pymysql://`,
//! `mysql+mysqldb://`...): the database's tables as `SHOW CREATE TABLE`
//! prints them (the text SQLAlchemy's reflection parses) and its views as
//! `SHOW CREATE VIEW` prints them, replayed as one script through the
//! offline MariaDB pipeline.
//!
//! The connection is read only (`START TRANSACTION READ ONLY`, nothing but
//! `SHOW` and `SELECT`), with a connect timeout and a statement timeout;
//! TLS is refused rather than silently skipped, since this build has no TLS
//! library.

use mysql::prelude::Queryable;
use mysql::{Conn, OptsBuilder, Row, Value};

use super::{DatabaseUrl, Server, ServerEnv};
use crate::input::{Problem, Source};

/// What the `mariadb`/`mysql` client reads from the environment. The user
/// falls back to `$USER`, as the client and PyMySQL (`getpass.getuser()`)
/// do; there is no variable for the database.
const ENV: ServerEnv = ServerEnv {
    host: Some("MYSQL_HOST"),
    port: Some("MYSQL_TCP_PORT"),
    socket: Some("MYSQL_UNIX_PORT"),
    user: None,
    password: Some("MYSQL_PWD"),
    database: None,
    sslmode: None,
    connect_timeout: None,
    default_port: 3306,
    socket_params: &["unix_socket"],
};

pub fn read(url: &DatabaseUrl) -> Result<Source, String> {
    let server = url.server(&ENV)?;
    if let Some(parameter) = tls_requested(&server.query) {
        return Err(format!(
            "{}: {parameter} asks for TLS, which this ddlcodegen cannot speak to MySQL/MariaDB \
             (it was built without a TLS library); it will not connect in clear instead: \
             reach the server through a trusted network, an SSH tunnel or its Unix socket \
             (?unix_socket=/path), or dump the schema: mysqldump --no-data DATABASE | ddlcodegen -",
            url.shown()
        ));
    }
    let Some(database) = server.database.clone() else {
        return Err(format!(
            "{}: the URL names no database; the schema read is one database's: \
             mysql://user@host/DATABASE",
            url.shown()
        ));
    };
    let mut conn = connect(&server)?;
    let schema = read_schema(&server, &mut conn, &database);
    // The transaction was read only: ending it undoes nothing.
    let _ = conn.query_drop("ROLLBACK");
    let (text, problems) = script(&schema?);
    let mut source = Source::plain(format!("{} (schema)", url.shown()), text);
    source.problems = problems;
    Ok(source)
}

/// The query parameter that asks for TLS, if one does (`ssl_ca=...`,
/// `ssl=true`, `ssl_mode=REQUIRED`...). Turning it off (`ssl=false`,
/// `ssl_mode=DISABLED`, `ssl_disabled=true`) or leaving the choice to the
/// client (`ssl_mode=PREFERRED`) is no request.
fn tls_requested(query: &[(String, String)]) -> Option<String> {
    let off = |v: &str| {
        matches!(
            v.to_ascii_lowercase().as_str(),
            "" | "0" | "false" | "no" | "off"
        )
    };
    query.iter().find_map(|(key, value)| {
        let lower = key.to_ascii_lowercase();
        let requested = match lower.as_str() {
            "ssl_mode" | "sslmode" => !matches!(
                value.to_ascii_lowercase().as_str(),
                "disabled" | "disable" | "preferred" | "prefer" | "allow"
            ),
            "ssl_disabled" => off(value),
            "ssl" | "tls" | "ssl_verify_cert" | "ssl_verify_identity" | "ssl_check_hostname" => {
                !off(value)
            }
            _ => lower.starts_with("ssl_") && !value.is_empty(),
        };
        requested.then(|| format!("?{key}={value}"))
    })
}

/// The text of a client error without the crate's `MySqlError { ... }`
/// wrapping.
fn error_text(error: &mysql::Error) -> String {
    match error {
        mysql::Error::MySqlError(e) => e.to_string(),
        mysql::Error::IoError(e) => e.to_string(),
        mysql::Error::DriverError(e) => e.to_string(),
        mysql::Error::CodecError(e) => e.to_string(),
        other => other.to_string(),
    }
}

fn connect(server: &Server) -> Result<Conn, String> {
    let builder = OptsBuilder::new()
        .user(Some(server.user.as_str()))
        .pass(server.password.as_deref())
        .db_name(server.database.as_deref())
        .tcp_connect_timeout(Some(server.connect_timeout))
        .read_timeout(Some(server.statement_timeout))
        .write_timeout(Some(server.statement_timeout))
        // The crate would otherwise reconnect to a loopback server through
        // the socket the server names, which may not be the one asked for.
        .prefer_socket(false);
    let builder = match (&server.socket, &server.host) {
        (Some(socket), _) => builder.socket(Some(socket.as_str())),
        (None, host) => builder
            .ip_or_hostname(host.as_deref())
            .tcp_port(server.port),
    };
    // The handshake is read with the statement timeout: a server (or a
    // proxy) that takes the connection and never answers is given up on
    // after the connect timeout instead, the attempt left to end by itself.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(Conn::new(builder));
    });
    let waited = server.connect_timeout.saturating_mul(2);
    let Ok(connected) = receiver.recv_timeout(waited) else {
        return Err(server.failure(
            "cannot connect",
            format!(
                "no answer within {} s (?connect_timeout=N to wait longer)",
                waited.as_secs()
            ),
        ));
    };
    let mut conn = connected.map_err(|e| {
        let text = error_text(&e);
        let what = match &e {
            mysql::Error::MySqlError(e) if e.code == 1049 => "no such database",
            mysql::Error::MySqlError(e) if matches!(e.code, 1044 | 1045 | 1698) => {
                "the server refused the user or password"
            }
            mysql::Error::DriverError(mysql::DriverError::ConnectTimeout) => {
                "cannot connect (no answer within the connect timeout; ?connect_timeout=N to wait longer)"
            }
            _ => "cannot connect",
        };
        server.failure(what, text)
    })?;
    let seconds = server.statement_timeout.as_secs();
    // MariaDB counts seconds, MySQL milliseconds (and only for SELECT); the
    // other server refuses the variable, which is fine.
    if conn
        .query_drop(format!("SET SESSION max_statement_time = {seconds}"))
        .is_err()
    {
        let _ = conn.query_drop(format!(
            "SET SESSION max_execution_time = {}",
            seconds * 1000
        ));
    }
    for statement in [
        "SET NAMES utf8mb4",
        // SHOW CREATE prints backquoted names and every option only in
        // the server's default mode (ANSI_QUOTES, NO_FIELD_OPTIONS, MAXDB...
        // change it).
        "SET SESSION sql_mode = ''",
        "SET SESSION sql_quote_show_create = 1",
        "START TRANSACTION READ ONLY",
    ] {
        conn.query_drop(statement)
            .map_err(|e| server.failure(&format!("cannot run {statement}"), error_text(&e)))?;
    }
    Ok(conn)
}

/// A column of a text-protocol row as a string (names are UTF-8 after
/// `SET NAMES utf8mb4`).
fn text(row: &Row, index: usize) -> Option<String> {
    match row.as_ref(index)? {
        Value::Bytes(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
        Value::NULL => None,
        other => Some(other.as_sql(true)),
    }
}

/// A name as a backquoted identifier.
fn quoted(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// The database's relations as SQLAlchemy lists them (`SHOW FULL TABLES`):
/// its base tables and its views, by name. Sequences and system-versioned
/// tables are neither.
struct Relations {
    tables: Vec<String>,
    views: Vec<String>,
}

/// What the script is made of.
#[derive(Default)]
struct Schema {
    /// `SHOW CREATE TABLE` of each base table, by name.
    tables: Vec<String>,
    /// Each readable view's name and `SHOW CREATE VIEW`.
    views: Vec<(String, String)>,
    /// Views the server cannot describe (they read a table or column
    /// dropped or renamed since), with its message: SQLAlchemy skips them.
    unreadable_views: Vec<(String, String)>,
    /// `VERSION()`, when the server is not MariaDB (Oracle's MySQL prints
    /// its schema otherwise: the models are MariaDB's reading of it).
    not_mariadb: Option<String>,
}

fn read_schema(server: &Server, conn: &mut Conn, database: &str) -> Result<Schema, String> {
    let failed = |what: &str, e: mysql::Error| server.failure(what, error_text(&e));
    let rows: Vec<Row> = conn
        .query(format!("SHOW FULL TABLES FROM {}", quoted(database)))
        .map_err(|e| failed("cannot list the tables", e))?;
    let mut relations = Relations {
        tables: Vec::new(),
        views: Vec::new(),
    };
    for row in &rows {
        let (Some(name), Some(kind)) = (text(row, 0), text(row, 1)) else {
            continue;
        };
        match kind.as_str() {
            "BASE TABLE" => relations.tables.push(name),
            "VIEW" | "SYSTEM VIEW" => relations.views.push(name),
            _ => {}
        }
    }
    check_visibility(server, conn, database, &relations)?;
    let mut schema = Schema::default();
    let version = conn
        .query_first::<Row, _>("SELECT VERSION()")
        .ok()
        .flatten()
        .and_then(|row| text(&row, 0))
        .unwrap_or_default();
    if !version.contains("MariaDB") {
        schema.not_mariadb = Some(version);
    }
    let keys = if relations.tables.is_empty() {
        Vec::new()
    } else {
        foreign_keys_with_backquotes(conn, database)
            .map_err(|e| failed("cannot read the foreign keys", e))?
    };
    for name in &relations.tables {
        let statement = show_create(conn, "TABLE", database, name)
            .map_err(|e| failed(&format!("cannot read table {name}"), e))?;
        let own: Vec<&ForeignKeyNames> = keys.iter().filter(|k| &k.table == name).collect();
        schema.tables.push(requote_foreign_keys(statement, &own));
    }
    for name in &relations.views {
        let statement = match show_create(conn, "VIEW", database, name) {
            Ok(statement) => statement,
            Err(mysql::Error::MySqlError(e))
                if e.code == 1142 && e.message.contains("SHOW VIEW") =>
            {
                return Err(server.failure(
                    &format!("cannot read view {name}"),
                    format!(
                        "{e}; SHOW CREATE VIEW needs the SHOW VIEW privilege: \
                         GRANT SELECT, SHOW VIEW ON {}.* TO {}",
                        quoted(database),
                        account(conn, server)
                    ),
                ))
            }
            Err(e) => return Err(failed(&format!("cannot read view {name}"), e)),
        };
        // SQLAlchemy reads a view's columns with DESCRIBE, and skips one
        // the server cannot open (error 1356).
        match conn.query_drop(format!("DESCRIBE {}.{}", quoted(database), quoted(name))) {
            Ok(()) => schema.views.push((name.clone(), statement)),
            Err(mysql::Error::MySqlError(e)) if e.code == 1356 => schema
                .unreadable_views
                .push((name.clone(), e.message.clone())),
            Err(e) => return Err(failed(&format!("cannot describe view {name}"), e)),
        }
    }
    Ok(schema)
}

/// The names of one foreign key of a table.
struct ForeignKeyNames {
    table: String,
    constraint: String,
    columns: Vec<String>,
    referred_columns: Vec<String>,
}

/// The foreign keys whose name or columns hold a backquote:
/// `SHOW CREATE TABLE` prints those names between backquotes without
/// doubling the ones inside (InnoDB's own text), so the statement would not
/// parse as the server printed it.
fn foreign_keys_with_backquotes(
    conn: &mut Conn,
    database: &str,
) -> Result<Vec<ForeignKeyNames>, mysql::Error> {
    let rows: Vec<Row> = conn.exec(
        "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_COLUMN_NAME \
         FROM information_schema.KEY_COLUMN_USAGE \
         WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL \
         ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
        (database,),
    )?;
    let mut keys: Vec<ForeignKeyNames> = Vec::new();
    for row in &rows {
        let field = |i| text(row, i).unwrap_or_default();
        let (table, constraint) = (field(0), field(1));
        match keys.last_mut() {
            Some(key) if key.table == table && key.constraint == constraint => {
                key.columns.push(field(2));
                key.referred_columns.push(field(3));
            }
            _ => keys.push(ForeignKeyNames {
                table,
                constraint,
                columns: vec![field(2)],
                referred_columns: vec![field(3)],
            }),
        }
    }
    keys.retain(|key| {
        std::iter::once(&key.constraint)
            .chain(&key.columns)
            .chain(&key.referred_columns)
            .any(|name| name.contains('`'))
    });
    Ok(keys)
}

/// `statement` with the names of `keys` quoted as the server reads them
/// (`fk``1` where InnoDB printed `fk`1`): the key clause as printed is
/// found whole, so nothing else is touched.
fn requote_foreign_keys(mut statement: String, keys: &[&ForeignKeyNames]) -> String {
    let clause = |key: &ForeignKeyNames, quote: &dyn Fn(&str) -> String| {
        let list = |names: &[String]| names.iter().map(|n| quote(n)).collect::<Vec<_>>();
        (
            format!(
                "CONSTRAINT {} FOREIGN KEY ({}) REFERENCES ",
                quote(&key.constraint),
                list(&key.columns).join(", ")
            ),
            format!(" ({})", list(&key.referred_columns).join(", ")),
        )
    };
    for key in keys {
        let (printed_head, printed_tail) = clause(key, &|n| format!("`{n}`"));
        let (head, tail) = clause(key, &quoted);
        let Some(start) = statement.find(&printed_head) else {
            continue;
        };
        let after = start + printed_head.len();
        // The referred table's name (printed right) comes before the
        // referred columns.
        let Some(at) = statement[after..].find(&printed_tail).map(|i| after + i) else {
            continue;
        };
        statement.replace_range(at..at + printed_tail.len(), &tail);
        statement.replace_range(start..after, &head);
    }
    statement
}

/// `SHOW CREATE TABLE|VIEW db.name`: its statement (the second column).
fn show_create(
    conn: &mut Conn,
    kind: &str,
    database: &str,
    name: &str,
) -> Result<String, mysql::Error> {
    let rows: Vec<Row> = conn.query(format!(
        "SHOW CREATE {kind} {}.{}",
        quoted(database),
        quoted(name)
    ))?;
    Ok(rows
        .first()
        .and_then(|row| text(row, 1))
        .unwrap_or_default())
}

/// The script the offline pipeline replays: foreign keys may name tables
/// that come later (as in a mysqldump), the tables in name order, then the
/// views, each after the views it reads. A view the server cannot read is
/// a comment, which a warning points at.
fn script(schema: &Schema) -> (String, Vec<Problem>) {
    let mut text = String::new();
    let mut problems = Vec::new();
    if let Some(version) = &schema.not_mariadb {
        let version: String = version.chars().filter(|c| !c.is_control()).collect();
        text.push_str(&format!("-- server {version}"));
        problems.push(Problem {
            span: 0..text.len(),
            message: format!(
                "the server is not MariaDB ({version}): its schema is read as MariaDB 10.11 \
                 reads it, and sqlacodegen against this server may print other types and \
                 defaults (MySQL 8 has no integer display widths, a real JSON type...)"
            ),
            note: String::from(
                "ddlcodegen prints what sqlacodegen prints against MariaDB 10.11; load the \
                 schema into a MariaDB to compare",
            ),
            error: false,
        });
        text.push('\n');
    }
    text.push_str("SET FOREIGN_KEY_CHECKS=0;\n");
    for statement in &schema.tables {
        text.push_str(statement);
        text.push_str(";\n");
    }
    for i in view_order(&schema.views) {
        text.push_str(&schema.views[i].1);
        text.push_str(";\n");
    }
    for (name, message) in &schema.unreadable_views {
        let message: String = message
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let start = text.len();
        text.push_str(&format!(
            "-- view {}: the server cannot read it",
            quoted(name)
        ));
        problems.push(Problem {
            span: start..text.len(),
            message: format!("view {name} is left out: the server cannot read it: {message}"),
            note: String::from(
                "it reads a table, column or function renamed or dropped since it was \
                 created (or its definer lacks a privilege); SQLAlchemy skips it too; \
                 recreate or drop the view",
            ),
            error: false,
        });
        text.push('\n');
    }
    (text, problems)
}

/// The views in an order where each comes after the views it reads (the
/// order they were created in is not kept): a view reads another when its
/// statement names it as a backquoted identifier, as `SHOW CREATE VIEW`
/// writes every name, other than a column alias (`AS `name``) or the
/// definer (`name`@`host`). A name that only looks like a view's (a table
/// alias) merely moves a view later; were that to make a cycle, it is
/// broken where it closes.
fn view_order(views: &[(String, String)]) -> Vec<usize> {
    let reads: Vec<Vec<usize>> = views
        .iter()
        .enumerate()
        .map(|(i, (_, statement))| {
            let names = backquoted_names(statement);
            views
                .iter()
                .enumerate()
                .filter(|(j, (name, _))| *j != i && names.iter().any(|n| n == name))
                .map(|(j, _)| j)
                .collect()
        })
        .collect();
    super::dependency_order(views.len(), |i| reads[i].clone())
}

/// The backquoted identifiers of a statement that may name a relation:
/// string literals skipped (quotes doubled or backslash-escaped inside
/// them), and so are column aliases (`AS `name``) and accounts
/// (`user`@`host`).
fn backquoted_names(statement: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = statement.chars().peekable();
    let mut before = String::new();
    while let Some(c) = chars.next() {
        match c {
            '`' => {
                let alias = before.ends_with(" AS ") || before.ends_with('@');
                let mut name = String::new();
                while let Some(c) = chars.next() {
                    if c == '`' {
                        if chars.peek() == Some(&'`') {
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    name.push(c);
                }
                if !(alias || chars.peek() == Some(&'@')) {
                    names.push(name);
                }
                before.clear();
                before.push('`');
                continue;
            }
            '\'' | '"' => {
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == c {
                        if chars.peek() == Some(&c) {
                            chars.next();
                        } else {
                            break;
                        }
                    }
                }
                before.clear();
                before.push(c);
                continue;
            }
            _ => {}
        }
        // The last few characters, to tell an alias by the `AS ` before it.
        if before.len() >= 4 {
            before.remove(0);
        }
        before.push(c);
    }
    names
}

/// MariaDB lists to a user only the tables it has some privilege on, unless
/// it has a table privilege on the whole database (or on every database);
/// `information_schema` hides the others just the same. Such a user would
/// get models that silently lack tables: refuse instead, saying what it
/// sees and what to grant.
fn check_visibility(
    server: &Server,
    conn: &mut Conn,
    database: &str,
    relations: &Relations,
) -> Result<(), String> {
    // A server that does not answer leaves the question open.
    let Ok(rows) = conn.query::<Row, _>("SHOW GRANTS") else {
        return Ok(());
    };
    let grants: Vec<String> = rows.iter().filter_map(|row| text(row, 0)).collect();
    let fold_case = conn
        .query_first::<Row, _>("SELECT @@lower_case_table_names")
        .ok()
        .flatten()
        .and_then(|row| text(&row, 0))
        .is_some_and(|v| v != "0");
    if grants
        .iter()
        .any(|grant| grants_every_table(grant, database, fold_case))
    {
        return Ok(());
    }
    let account = account(conn, server);
    let mut seen: Vec<&str> = relations
        .tables
        .iter()
        .chain(&relations.views)
        .map(String::as_str)
        .collect();
    seen.sort_unstable();
    let seen = if seen.is_empty() {
        String::from("it sees no table at all")
    } else {
        format!("it sees only {}", seen.join(", "))
    };
    Err(server.failure(
        "cannot see every table",
        format!(
            "user {account} has privileges on single tables of the database but none on the \
             database as a whole, and the server hides every other table from such a user \
             ({seen}), so the models would silently lack tables: \
             GRANT SELECT, SHOW VIEW ON {}.* TO {account}, or read as a user that has them",
            quoted(database)
        ),
    ))
}

/// The account the server took the user for (`'app'@'%'`), as GRANT
/// names it.
fn account(conn: &mut Conn, server: &Server) -> String {
    conn.query_first::<Row, _>("SELECT CURRENT_USER()")
        .ok()
        .flatten()
        .and_then(|row| text(&row, 0))
        .map(|account| match account.rsplit_once('@') {
            Some((user, host)) => format!("{}@{}", quoted(user), quoted(host)),
            None => quoted(&account),
        })
        .unwrap_or_else(|| quoted(&server.user))
}

/// Privileges that, held on a whole database (or on `*.*`), show every
/// table of it (MariaDB's `TABLE_ACLS`).
const TABLE_PRIVILEGES: [&str; 15] = [
    "ALL",
    "ALL PRIVILEGES",
    "SELECT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "CREATE",
    "DROP",
    "REFERENCES",
    "INDEX",
    "ALTER",
    "CREATE VIEW",
    "SHOW VIEW",
    "TRIGGER",
    "DELETE HISTORY",
];

/// Whether one line of `SHOW GRANTS` (`GRANT SELECT, SHOW VIEW ON `shop`.*
/// TO ...`) gives a table privilege on every table of `database`: on `*.*`
/// or on a database pattern (`_` and `%` wildcards, `\` escapes) matching it.
fn grants_every_table(grant: &str, database: &str, fold_case: bool) -> bool {
    let Some(rest) = grant.strip_prefix("GRANT ") else {
        return false;
    };
    // The privilege list ends at the first ` ON ` outside backquotes and
    // parentheses (column lists).
    let (mut depth, mut in_name) = (0usize, false);
    let mut split = None;
    for (i, c) in rest.char_indices() {
        match c {
            '`' => in_name = !in_name,
            '(' if !in_name => depth += 1,
            ')' if !in_name => depth = depth.saturating_sub(1),
            ' ' if !in_name && depth == 0 && rest[i..].starts_with(" ON ") => {
                split = Some(i);
                break;
            }
            _ => {}
        }
    }
    let Some(split) = split else {
        return false;
    };
    let (privileges, target) = (&rest[..split], &rest[split + 4..]);
    let any_table_privilege = privileges.split(',').any(|privilege| {
        let privilege = privilege.trim().to_ascii_uppercase();
        // A privilege with a column list is a column privilege.
        !privilege.contains('(') && TABLE_PRIVILEGES.contains(&privilege.as_str())
    });
    if !any_table_privilege {
        return false;
    }
    if target.starts_with("*.* ") {
        return true;
    }
    let Some(pattern) = target
        .strip_prefix('`')
        .and_then(|t| t.split_once("`.* "))
        .map(|(pattern, _)| pattern.replace("``", "`"))
    else {
        return false;
    };
    if fold_case {
        like(
            &pattern.to_lowercase(),
            &database.to_lowercase().chars().collect::<Vec<_>>(),
        )
    } else {
        like(&pattern, &database.chars().collect::<Vec<_>>())
    }
}

/// SQL `LIKE` with `\` escapes: a database pattern of a grant.
fn like(pattern: &str, text: &[char]) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    fn go(p: &[char], t: &[char]) -> bool {
        match p.first() {
            None => t.is_empty(),
            Some('%') => (0..=t.len()).any(|k| go(&p[1..], &t[k..])),
            Some('_') => !t.is_empty() && go(&p[1..], &t[1..]),
            Some('\\') if p.len() > 1 => t.first() == Some(&p[1]) && go(&p[2..], &t[1..]),
            Some(c) => t.first() == Some(c) && go(&p[1..], &t[1..]),
        }
    }
    go(&pattern, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn tls_is_refused_unless_turned_off() {
        assert_eq!(tls_requested(&query(&[("charset", "utf8mb4")])), None);
        assert_eq!(
            tls_requested(&query(&[("ssl_ca", "/etc/ca.pem")])).as_deref(),
            Some("?ssl_ca=/etc/ca.pem")
        );
        assert!(tls_requested(&query(&[("ssl", "true")])).is_some());
        assert!(tls_requested(&query(&[("ssl_mode", "REQUIRED")])).is_some());
        assert!(tls_requested(&query(&[("ssl_mode", "VERIFY_IDENTITY")])).is_some());
        assert_eq!(tls_requested(&query(&[("ssl_mode", "DISABLED")])), None);
        assert_eq!(tls_requested(&query(&[("ssl", "false")])), None);
        assert_eq!(tls_requested(&query(&[("ssl_disabled", "true")])), None);
        assert!(tls_requested(&query(&[("ssl_disabled", "false")])).is_some());
    }

    #[test]
    fn grants_on_the_database_or_everything_show_every_table() {
        let db = "shop_1";
        assert!(grants_every_table(
            "GRANT ALL PRIVILEGES ON *.* TO `oracle`@`127.0.0.1` WITH GRANT OPTION",
            db,
            false
        ));
        assert!(grants_every_table(
            "GRANT SELECT, SHOW VIEW ON `shop_1`.* TO `u`@`%`",
            db,
            false
        ));
        assert!(grants_every_table(
            "GRANT SELECT ON `shop\\_%`.* TO `r`",
            db,
            false
        ));
        assert!(!grants_every_table(
            "GRANT SELECT ON `shop\\_%`.* TO `r`",
            "shopx1",
            false
        ));
        assert!(!grants_every_table(
            "GRANT USAGE ON *.* TO `u`@`%`",
            db,
            false
        ));
        assert!(!grants_every_table(
            "GRANT SELECT ON `shop_1`.`t` TO `u`@`%`",
            db,
            false
        ));
        assert!(!grants_every_table(
            "GRANT SELECT (`a`, `b on c`) ON `shop_1`.* TO `u`@`%`",
            db,
            false
        ));
        assert!(!grants_every_table(
            "GRANT EXECUTE, CREATE ROUTINE ON `shop_1`.* TO `u`@`%`",
            db,
            false
        ));
        assert!(!grants_every_table("GRANT `reader` TO `u`@`%`", db, false));
        assert!(!grants_every_table(
            "GRANT SELECT ON `SHOP_1`.* TO `u`@`%`",
            db,
            false
        ));
        assert!(grants_every_table(
            "GRANT SELECT ON `SHOP_1`.* TO `u`@`%`",
            db,
            true
        ));
        assert!(grants_every_table(
            "GRANT SELECT ON `a``b`.* TO `u`@`%`",
            "a`b",
            false
        ));
    }

    #[test]
    fn views_come_after_the_views_they_read() {
        let view = |name: &str, body: &str| {
            (
                name.to_string(),
                format!(
                    "CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER \
                     VIEW `{name}` AS {body}"
                ),
            )
        };
        let views = vec![
            view("a", "select `c`.`x` AS `x` from `c`"),
            view("b", "select 'it''s `a`' AS `s`, '\\'`a`' AS `t`"),
            view("c", "select `t`.`x` AS `x` from `t`"),
            // A column alias is no name read.
            view("d", "select `e`.`x` AS `x` from `e`"),
            view("e", "select `t`.`x` AS `d` from `t`"),
            // A cycle only a table alias makes: taken in name order.
            view("f", "select `g`.`x` AS `x` from `t` `g`"),
            view("g", "select `f`.`x` AS `x` from `f`"),
        ];
        let order: Vec<&str> = view_order(&views)
            .into_iter()
            .map(|i| views[i].0.as_str())
            .collect();
        assert_eq!(order, ["b", "c", "a", "e", "d", "f", "g"]);
        assert_eq!(
            backquoted_names(
                "CREATE DEFINER=`u`@`%` VIEW `v` AS select `a``b`.`c` AS `x`, 'q`r' from `t`"
            ),
            ["v", "a`b", "c", "t"]
        );
    }

    #[test]
    fn the_script_lets_keys_name_later_tables() {
        let (text, problems) = script(&Schema {
            tables: vec![String::from("CREATE TABLE `a` (`id` int(11))")],
            views: vec![(
                String::from("v"),
                String::from("CREATE VIEW `v` AS select 1 AS `1`"),
            )],
            unreadable_views: vec![(
                String::from("w"),
                String::from("View 'd.w' references\ninvalid table(s)"),
            )],
            not_mariadb: None,
        });
        assert_eq!(
            text,
            "SET FOREIGN_KEY_CHECKS=0;\nCREATE TABLE `a` (`id` int(11));\n\
             CREATE VIEW `v` AS select 1 AS `1`;\n\
             -- view `w`: the server cannot read it\n"
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(
            &text[problems[0].span.clone()],
            "-- view `w`: the server cannot read it"
        );
        assert!(
            problems[0]
                .message
                .ends_with("View 'd.w' references invalid table(s)"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn a_server_that_is_not_mariadb_is_said() {
        let (text, problems) = script(&Schema {
            not_mariadb: Some(String::from("8.0.36")),
            ..Schema::default()
        });
        assert_eq!(text, "-- server 8.0.36\nSET FOREIGN_KEY_CHECKS=0;\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(&text[problems[0].span.clone()], "-- server 8.0.36");
        assert!(!problems[0].error);
    }

    #[test]
    fn foreign_key_names_with_backquotes_are_quoted_again() {
        let printed =
            "CREATE TABLE `c` (\n  `x` int(11) DEFAULT NULL,\n  `y``z` int(11) DEFAULT NULL,\n  \
            KEY `f``k` (`x`,`y``z`),\n  CONSTRAINT `f`k` FOREIGN KEY (`x`, `y`z`) REFERENCES \
            `p``t` (`a`1`, `b`) ON DELETE CASCADE\n) ENGINE=InnoDB";
        let key = ForeignKeyNames {
            table: String::from("c"),
            constraint: String::from("f`k"),
            columns: vec![String::from("x"), String::from("y`z")],
            referred_columns: vec![String::from("a`1"), String::from("b")],
        };
        assert_eq!(
            requote_foreign_keys(printed.to_string(), &[&key]),
            printed.replace(
                "CONSTRAINT `f`k` FOREIGN KEY (`x`, `y`z`) REFERENCES `p``t` (`a`1`, `b`)",
                "CONSTRAINT `f``k` FOREIGN KEY (`x`, `y``z`) REFERENCES `p``t` (`a``1`, `b`)"
            )
        );
    }
}
