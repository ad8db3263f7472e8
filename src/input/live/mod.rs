//! A live database as input, spelled as sqlacodegen and SQLAlchemy spell its
//! URL (`dialect[+driver]://user:password@host:port/database?query`).
//!
//! The catalog is filled the way the server fills its own, by replaying the
//! schema as the server itself prints it, through the same pipeline as a file:
//! - SQLite keeps its schema as the `CREATE` statements in `sqlite_master`
//!   and parses them again, in order, each time it opens the file;
//! - MariaDB prints each table as `SHOW CREATE TABLE`, the text SQLAlchemy's
//!   reflection itself parses;
//! - PostgreSQL's tables are rebuilt from pg_catalog with the server's own
//!   printers (`format_type`, `pg_get_expr`, `pg_get_constraintdef`,
//!   `pg_get_indexdef`, `pg_get_viewdef`), the functions SQLAlchemy's
//!   reflection reads through, as `pg_dump` does.
//!
//! So model inference and the emitters never know which way the catalog came
//! in. Every connection is read only, with connect and statement timeouts;
//! the password is never part of any message.

#[cfg(feature = "mysql")]
mod mysql;
#[cfg(feature = "postgresql")]
mod postgresql;
mod sqlite;

use super::Source;
use crate::dialect::Dialect;

/// An expression as the server prints it for reflection, for an object of
/// the replayed script (names as the server stores them; `schema` is the
/// server's name for it, `public` included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerText {
    pub schema: String,
    /// The table, view or domain.
    pub relation: String,
    pub kind: ServerTextKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerTextKind {
    /// A column's default (`pg_get_expr` of its `pg_attrdef`).
    ColumnDefault { column: String },
    /// A generated column's expression.
    Generated { column: String },
    /// A CHECK constraint's expression, without `CHECK (...)`.
    Check { constraint: String },
    /// The key expression at `position` among an index's key expressions.
    IndexExpression { index: String, position: usize },
    /// A partial index's predicate.
    IndexPredicate { index: String },
    /// A domain's default.
    DomainDefault,
    /// A domain's CHECK constraint's expression, without `CHECK (...)`.
    DomainCheck { constraint: String },
}

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
    /// The URL as it may be printed: `user:***@host`, never the password
    /// (nor a `?password=` parameter's value).
    pub fn shown(&self) -> String {
        let (before_query, query) = match self.rest.split_once('?') {
            Some((a, q)) => (a, Some(q)),
            None => (self.rest, None),
        };
        let mut rest = match before_query.rsplit_once('@') {
            Some((credentials, host)) if credentials.contains(':') => {
                let user = credentials.split(':').next().unwrap_or_default();
                format!("{user}:***@{host}")
            }
            _ => before_query.to_string(),
        };
        if let Some(query) = query {
            let pairs: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if percent_decode(key).eq_ignore_ascii_case("password") => {
                        format!("{key}=***")
                    }
                    _ => pair.to_string(),
                })
                .collect();
            rest = format!("{rest}?{}", pairs.join("&"));
        }
        format!("{}://{rest}", self.scheme)
    }

    /// The server, credentials and database of a network URL, each taken
    /// from the URL or else from the environment variables the server's own
    /// client reads (`env` names them per field).
    pub fn server(&self, env: &ServerEnv) -> Result<Server, String> {
        let (before_query, query) = match self.rest.split_once('?') {
            Some((a, b)) => (a, b),
            None => (self.rest, ""),
        };
        let (authority, database) = match before_query.split_once('/') {
            Some((a, d)) => (a, d),
            None => (before_query, ""),
        };
        let (credentials, hostport) = match authority.rsplit_once('@') {
            Some((c, h)) => (Some(c), h),
            None => (None, authority),
        };
        let (user, password) = match credentials {
            Some(c) => match c.split_once(':') {
                Some((u, p)) => (Some(percent_decode(u)), Some(percent_decode(p))),
                None => (Some(percent_decode(c)), None),
            },
            None => (None, None),
        };
        let (host, port) =
            split_host_port(hostport).map_err(|what| format!("{}: {what}", self.shown()))?;
        let mut query_params = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            query_params.push((percent_decode(key), percent_decode(value)));
        }
        let param = |name: &str| {
            query_params
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let from_env = |name: Option<&str>| {
            name.and_then(|n| std::env::var(n).ok())
                .filter(|v| !v.is_empty())
        };
        let mut socket = env
            .socket_params
            .iter()
            .find_map(|p| param(p).filter(|v| !v.is_empty()));
        let mut host = host.map(|h| percent_decode(&h));
        // libpq: a host that is a path is a socket directory.
        if let Some(h) = host.clone().or_else(|| param("host")) {
            if h.starts_with('/') {
                socket.get_or_insert(h);
                host = None;
            } else {
                host = Some(h);
            }
        }
        if host.is_none() && socket.is_none() {
            match from_env(env.host) {
                Some(h) if h.starts_with('/') => socket = Some(h),
                Some(h) => host = Some(h),
                None => socket = from_env(env.socket),
            }
        }
        let port = match port
            .or_else(|| param("port"))
            .or_else(|| from_env(env.port))
        {
            Some(p) => p.parse::<u16>().map_err(|_| {
                format!(
                    "{}: the port is not a number from 1 to 65535: {p}",
                    self.shown()
                )
            })?,
            None => env.default_port,
        };
        let user = user
            .filter(|u| !u.is_empty())
            .or_else(|| param("user"))
            .or_else(|| from_env(env.user))
            .or_else(|| from_env(Some("USER")))
            .unwrap_or_else(|| String::from("root"));
        let password = password
            .or_else(|| param("password"))
            .or_else(|| from_env(env.password));
        let database = Some(percent_decode(database))
            .filter(|d| !d.is_empty())
            .or_else(|| param("dbname"))
            .or_else(|| from_env(env.database));
        let connect_timeout =
            match param("connect_timeout").or_else(|| from_env(env.connect_timeout)) {
                Some(t) => t.trim().parse::<u64>().map_err(|_| {
                    format!(
                        "{}: connect_timeout is not a number of seconds: {t}",
                        self.shown()
                    )
                })?,
                None => DEFAULT_CONNECT_TIMEOUT_SECONDS,
            };
        Ok(Server {
            shown_url: self.shown(),
            host: if socket.is_some() {
                None
            } else {
                Some(host.unwrap_or_else(|| String::from("localhost")))
            },
            socket,
            port,
            user,
            password,
            database,
            connect_timeout: std::time::Duration::from_secs(connect_timeout.max(1)),
            statement_timeout: std::time::Duration::from_secs(STATEMENT_TIMEOUT_SECONDS),
            sslmode: param("sslmode").or_else(|| from_env(env.sslmode)),
            query: query_params,
        })
    }
}

/// Seconds to wait for a server to answer when neither the URL
/// (`?connect_timeout=N`) nor the environment says.
const DEFAULT_CONNECT_TIMEOUT_SECONDS: u64 = 10;
/// Seconds any one query may run; reading a schema takes a few of them.
const STATEMENT_TIMEOUT_SECONDS: u64 = 300;

/// Which environment variables a server's own client reads for each part of
/// a connection left out of the URL.
pub struct ServerEnv {
    pub host: Option<&'static str>,
    pub port: Option<&'static str>,
    pub socket: Option<&'static str>,
    pub user: Option<&'static str>,
    pub password: Option<&'static str>,
    pub database: Option<&'static str>,
    pub sslmode: Option<&'static str>,
    pub connect_timeout: Option<&'static str>,
    pub default_port: u16,
    /// Query parameters that name a Unix socket.
    pub socket_params: &'static [&'static str],
}

/// Where and as whom to connect. `Debug` is not derived: it would print
/// the password.
#[derive(Clone)]
pub struct Server {
    /// The URL without its password, for messages.
    pub shown_url: String,
    /// `None` when connecting through a Unix socket.
    pub host: Option<String>,
    pub socket: Option<String>,
    pub port: u16,
    pub user: String,
    pub password: Option<String>,
    pub database: Option<String>,
    pub connect_timeout: std::time::Duration,
    pub statement_timeout: std::time::Duration,
    pub sslmode: Option<String>,
    pub query: Vec<(String, String)>,
}

impl Server {
    /// `host:port` or the socket path, and the database, for messages.
    pub fn place(&self) -> String {
        let at = match (&self.socket, &self.host) {
            (Some(socket), _) => format!("socket {socket}"),
            (None, Some(host)) if host.contains(':') => format!("[{host}]:{}", self.port),
            (None, Some(host)) => format!("{host}:{}", self.port),
            (None, None) => String::from("?"),
        };
        match &self.database {
            Some(d) => format!("{at}, database {d}"),
            None => at,
        }
    }

    /// One line naming the URL, the server and what failed; the password is
    /// replaced wherever a client library's message might repeat it.
    pub fn failure(&self, what: &str, error: impl std::fmt::Display) -> String {
        let mut error = error.to_string().replace('\n', " ");
        if let Some(password) = self.password.as_deref().filter(|p| !p.is_empty()) {
            error = error.replace(password, "***");
        }
        let error = error.split_whitespace().collect::<Vec<_>>().join(" ");
        format!("{} ({}): {what}: {error}", self.shown_url, self.place())
    }
}

/// Run `step` on a thread of its own and give up after `limit`: a client
/// library's connect timeout covers the TCP connection only, and a peer that
/// accepts it and then says nothing (a firewall, a proxy, another service
/// on that port) would otherwise hang the run.
pub fn within<T: Send + 'static>(
    server: &Server,
    limit: std::time::Duration,
    what: &str,
    step: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(step());
    });
    match receiver.recv_timeout(limit) {
        Ok(result) => result,
        Err(_) => Err(server.failure(
            what,
            format!(
                "no answer within {} s (is the server up, and is it this kind of server? \
                 ?connect_timeout=N waits longer)",
                limit.as_secs()
            ),
        )),
    }
}

/// Indices `0..count` in their own order, except that each comes after
/// those `before(i)` names: at each step the first one whose dependencies
/// are all placed; when none is (a cycle, which a name that only looks like
/// a dependency can make), the first one left.
#[cfg(any(feature = "postgresql", feature = "mysql"))]
pub(super) fn dependency_order(count: usize, before: impl Fn(usize) -> Vec<usize>) -> Vec<usize> {
    let dependencies: Vec<Vec<usize>> = (0..count).map(before).collect();
    let mut placed = vec![false; count];
    let mut order = Vec::with_capacity(count);
    let mut first = 0;
    while order.len() < count {
        while placed[first] {
            first += 1;
        }
        let next = (first..count)
            .find(|&i| !placed[i] && dependencies[i].iter().all(|&j| j == i || placed[j]))
            .unwrap_or(first);
        placed[next] = true;
        order.push(next);
    }
    order
}

fn split_host_port(hostport: &str) -> Result<(Option<String>, Option<String>), String> {
    if hostport.is_empty() {
        return Ok((None, None));
    }
    if let Some(rest) = hostport.strip_prefix('[') {
        let (host, after) = rest
            .split_once(']')
            .ok_or_else(|| String::from("an IPv6 host has no closing ]"))?;
        let port = after.strip_prefix(':').filter(|p| !p.is_empty());
        return Ok((Some(host.to_string()), port.map(String::from)));
    }
    Ok(match hostport.rsplit_once(':') {
        Some((host, port)) => (
            Some(host.to_string()).filter(|h| !h.is_empty()),
            Some(port.to_string()).filter(|p| !p.is_empty()),
        ),
        None => (Some(hostport.to_string()), None),
    })
}

/// `%XX` escapes as SQLAlchemy's URL parser reads them (`+` stays `+`).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The schema of the database a URL names, as one source; `None` for a
/// backend that is not a database ddlcodegen reads.
pub fn read(url: &DatabaseUrl) -> Option<Result<(Source, Dialect), String>> {
    match url.backend.as_str() {
        "sqlite" => Some(sqlite::read(url).map(|source| (source, Dialect::Sqlite))),
        "postgresql" | "postgres" => Some(read_postgresql(url)),
        "mysql" | "mariadb" => Some(read_mysql(url)),
        _ => None,
    }
}

#[cfg(feature = "postgresql")]
fn read_postgresql(url: &DatabaseUrl) -> Result<(Source, Dialect), String> {
    postgresql::read(url).map(|source| (source, Dialect::PostgreSql))
}

#[cfg(not(feature = "postgresql"))]
fn read_postgresql(url: &DatabaseUrl) -> Result<(Source, Dialect), String> {
    Err(not_built_in(
        url,
        "postgresql",
        "pg_dump --schema-only DATABASE | ddlcodegen -",
    ))
}

#[cfg(feature = "mysql")]
fn read_mysql(url: &DatabaseUrl) -> Result<(Source, Dialect), String> {
    mysql::read(url).map(|source| (source, Dialect::MySql))
}

#[cfg(not(feature = "mysql"))]
fn read_mysql(url: &DatabaseUrl) -> Result<(Source, Dialect), String> {
    Err(not_built_in(
        url,
        "mysql",
        "mysqldump --no-data DATABASE | ddlcodegen -",
    ))
}

#[cfg(any(not(feature = "postgresql"), not(feature = "mysql")))]
fn not_built_in(url: &DatabaseUrl, feature: &str, pipe: &str) -> String {
    format!(
        "{}: this ddlcodegen was built without the `{feature}` feature, so it cannot read this \
         server; give its schema as SQL instead: {pipe}",
        url.shown()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_ENV: ServerEnv = ServerEnv {
        host: None,
        port: None,
        socket: None,
        user: None,
        password: None,
        database: None,
        sslmode: None,
        connect_timeout: None,
        default_port: 5432,
        socket_params: &["host", "unix_socket"],
    };

    #[test]
    fn a_url_names_server_credentials_and_database() {
        let url =
            parse("postgresql+psycopg://app:p%40ss@db.example:6543/shop?sslmode=require").unwrap();
        let server = url.server(&NO_ENV).unwrap();
        assert_eq!(server.host.as_deref(), Some("db.example"));
        assert_eq!(server.port, 6543);
        assert_eq!(server.user, "app");
        assert_eq!(server.password.as_deref(), Some("p@ss"));
        assert_eq!(server.database.as_deref(), Some("shop"));
        assert_eq!(server.sslmode.as_deref(), Some("require"));
        assert_eq!(server.place(), "db.example:6543, database shop");
        let line = server.failure("cannot connect", "password p@ss rejected\nfor app");
        assert!(!line.contains("p@ss") && !line.contains('\n'), "{line}");
        assert!(
            line.starts_with("postgresql+psycopg://app:***@db.example:6543/shop"),
            "{line}"
        );
    }

    #[test]
    fn sockets_ipv6_and_defaults() {
        let url = parse("postgresql:///app?host=/var/run/postgresql").unwrap();
        let server = url.server(&NO_ENV).unwrap();
        assert_eq!(server.socket.as_deref(), Some("/var/run/postgresql"));
        assert_eq!(server.host, None);
        assert_eq!(server.port, 5432);
        let url = parse("mysql+pymysql://root@[::1]:3307/db?unix_socket=").unwrap();
        let server = url.server(&NO_ENV).unwrap();
        assert_eq!(server.host.as_deref(), Some("::1"));
        assert_eq!(server.place(), "[::1]:3307, database db");
        assert!(parse("mysql://u@h:99999/db")
            .unwrap()
            .server(&NO_ENV)
            .is_err());
        assert_eq!(percent_decode("a%2Fb%zz%4"), "a/b%zz%4");
        let url = parse("mysql://u@h/db?charset=utf8mb4&password=s%40cret&x=1").unwrap();
        assert_eq!(
            url.shown(),
            "mysql://u@h/db?charset=utf8mb4&password=***&x=1"
        );
        let server = url.server(&NO_ENV).unwrap();
        assert_eq!(server.password.as_deref(), Some("s@cret"));
        assert!(!server.failure("x", "y").contains("cret"));
    }
}
