//! Live input against running servers. Every case of a dialect is loaded
//! into a fresh database with the server's own command-line client (as the
//! oracle loads it: psql, the mariadb client) and read back through its URL:
//! each committed expectation must come out byte for byte, for every
//! generator. Then the ways a connection fails: each must be one line, exit
//! 2, and never show the password.
//!
//! A server is used only when its variable names it (an administrator URL
//! of a server the test may create databases and users on):
//! `DDLCODEGEN_LIVE_POSTGRESQL=postgresql://postgres@127.0.0.1:5432/postgres`,
//! `DDLCODEGEN_LIVE_MYSQL=mysql://root@127.0.0.1:3306/`. `.ci/run` starts
//! both; without them these trials are ignored and say which variable
//! enables them.

// Shared by the golden and the corpus targets, which use different parts.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Failed, Trial};

use crate::case::{binary, compare_output, discover, Case};

/// A server the live trials may use.
#[derive(Clone)]
pub struct LiveServer {
    pub dialect: &'static str,
    admin: Admin,
    /// SQLite: the sqlite3 shell, and the folder its database files go in.
    sqlite3: PathBuf,
    scratch: PathBuf,
}

/// The administrator's connection, as the command-line clients take it.
#[derive(Clone)]
struct Admin {
    host: String,
    port: u16,
    user: String,
    password: Option<String>,
}

pub const SERVERS: [(&str, &str); 3] = [
    ("postgresql", "DDLCODEGEN_LIVE_POSTGRESQL"),
    ("mysql", "DDLCODEGEN_LIVE_MYSQL"),
    // SQLite needs no server, only the sqlite3 shell the oracle loads with
    // (this variable may name one that is not on the PATH).
    ("sqlite", "DDLCODEGEN_LIVE_SQLITE"),
];

impl LiveServer {
    /// The server the variable names, or why there is none.
    pub fn from_env(dialect: &'static str, variable: &'static str) -> Result<LiveServer, String> {
        if dialect == "sqlite" {
            let sqlite3 = std::env::var_os(variable)
                .map(PathBuf::from)
                .unwrap_or_else(|| find_program("sqlite3", ""));
            if !sqlite3.is_file() {
                return Err(format!(
                    "skipped: no sqlite3 shell on the PATH (install sqlite3, or set {variable} to one)"
                ));
            }
            return Ok(LiveServer {
                dialect,
                admin: Admin {
                    host: String::new(),
                    port: 0,
                    user: String::new(),
                    password: None,
                },
                sqlite3,
                scratch: std::env::temp_dir()
                    .join(format!("ddlcodegen-live-sqlite-{}", std::process::id())),
            });
        }
        let url = std::env::var(variable).map_err(|_| {
            format!(
                "skipped: set {variable} to an administrator URL of a {dialect} server \
                 (.ci/run starts one)"
            )
        })?;
        let rest = url
            .split_once("://")
            .map(|(_, rest)| rest)
            .ok_or_else(|| format!("{variable} is not a URL"))?;
        let authority = rest.split(['/', '?']).next().unwrap_or_default();
        let (credentials, hostport) = authority.rsplit_once('@').unwrap_or(("", authority));
        let (user, password) = match credentials.split_once(':') {
            Some((u, p)) => (u.to_string(), Some(p.to_string())),
            None => (credentials.to_string(), None),
        };
        let (host, port) = hostport.rsplit_once(':').unwrap_or((hostport, ""));
        let default_port = if dialect == "postgresql" { 5432 } else { 3306 };
        Ok(LiveServer {
            dialect,
            admin: Admin {
                host: if host.is_empty() { "127.0.0.1" } else { host }.to_string(),
                port: port.parse().unwrap_or(default_port),
                user: if user.is_empty() { "root".into() } else { user },
                password,
            },
            sqlite3: PathBuf::new(),
            scratch: PathBuf::new(),
        })
    }

    /// The URL ddlcodegen is given for `database`, as `user` (the
    /// administrator when `None`).
    pub fn url(&self, database: &str, user: Option<(&str, &str)>) -> String {
        if self.dialect == "sqlite" {
            return format!("sqlite:///{}", self.sqlite_file(database).display());
        }
        let credentials = match (user, &self.admin.password) {
            (Some((user, password)), _) => format!("{user}:{password}"),
            (None, Some(password)) => format!("{}:{password}", self.admin.user),
            (None, None) => self.admin.user.clone(),
        };
        let scheme = match self.dialect {
            "postgresql" => "postgresql+psycopg",
            _ => "mysql+pymysql",
        };
        format!(
            "{scheme}://{credentials}@{}:{}/{database}",
            self.admin.host, self.admin.port
        )
    }

    /// The server's client, connected as the administrator to `database`,
    /// reading SQL from its standard input.
    fn client(&self, database: &str) -> Command {
        match self.dialect {
            "sqlite" => {
                let mut command = Command::new(&self.sqlite3);
                command
                    .args(["-batch", "-bail", "-init", "/dev/null"])
                    .arg(self.sqlite_file(database));
                command
            }
            "postgresql" => {
                let mut command = Command::new(psql());
                command
                    .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", &self.admin.host])
                    .args(["-p", &self.admin.port.to_string(), "-U", &self.admin.user])
                    .args(["-d", database]);
                if let Some(password) = &self.admin.password {
                    command.env("PGPASSWORD", password);
                }
                command
            }
            _ => {
                let mut command = Command::new(mariadb());
                command
                    .args(["--no-defaults", "--default-character-set=utf8mb4"])
                    .args(["--protocol=TCP", "-h", &self.admin.host])
                    .args(["-P", &self.admin.port.to_string(), "-u", &self.admin.user]);
                if let Some(password) = &self.admin.password {
                    command.env("MYSQL_PWD", password);
                }
                if !database.is_empty() {
                    command.arg(database);
                }
                command
            }
        }
    }

    /// Run `sql` (or the file `file`, from its folder) through the client.
    pub fn run(
        &self,
        database: &str,
        sql: &str,
        file: Option<&Path>,
        init: Option<&str>,
    ) -> Result<(), String> {
        let mut command = self.client(database);
        let mut stdin_text = sql.to_string();
        if let Some(file) = file {
            command.current_dir(file.parent().unwrap_or(Path::new(".")));
            match self.dialect {
                "sqlite" => {
                    if let Some(init) = init {
                        command.args(["-cmd", init]);
                    }
                    stdin_text = std::fs::read_to_string(file)
                        .map_err(|e| format!("{}: {e}", file.display()))?;
                }
                "postgresql" => {
                    if let Some(init) = init {
                        stdin_text = format!("{init}\n\\i {}\n", file.display());
                    } else {
                        command.args(["-f", &file.to_string_lossy()]);
                    }
                }
                _ => {
                    if let Some(init) = init {
                        command.arg(format!("--init-command={init}"));
                    }
                    stdin_text = std::fs::read_to_string(file)
                        .map_err(|e| format!("{}: {e}", file.display()))?;
                }
            }
        }
        run_with_stdin(command, &stdin_text)
    }

    fn admin_database(&self) -> &'static str {
        if self.dialect == "postgresql" {
            "postgres"
        } else {
            ""
        }
    }

    fn sqlite_file(&self, database: &str) -> PathBuf {
        self.scratch.join(format!("{database}.db"))
    }

    pub fn create_database(&self, name: &str) -> Result<(), String> {
        if self.dialect == "sqlite" {
            let _ = std::fs::remove_file(self.sqlite_file(name));
            return std::fs::create_dir_all(&self.scratch).map_err(|e| e.to_string());
        }
        self.run(
            self.admin_database(),
            &format!("CREATE DATABASE {name};"),
            None,
            None,
        )
    }

    pub fn drop_database(&self, name: &str) {
        if self.dialect == "sqlite" {
            let _ = std::fs::remove_file(self.sqlite_file(name));
            return;
        }
        let sql = match self.dialect {
            "postgresql" => format!("DROP DATABASE IF EXISTS {name} WITH (FORCE);"),
            _ => format!("DROP DATABASE IF EXISTS {name};"),
        };
        let _ = self.run(self.admin_database(), &sql, None, None);
    }

    /// Load a case's inputs as the oracle does, each file by its own client
    /// run in the file's folder; PostgreSQL roles the DDL names but never
    /// creates are created first (as the oracle does, so that a pg_dump
    /// taken without --no-owner loads).
    fn load(&self, database: &str, case: &Case, init: Option<&str>) -> Result<(), String> {
        for input in &case.inputs {
            let path = case.dir.join(input);
            let result = if path.is_dir() {
                self.load_folder(database, &path, case, init)
            } else {
                self.run(database, "", Some(&path), init)
            };
            if let Err(error) = result {
                // A role the DDL names but never creates: made, then the
                // whole case is loaded again into a fresh database.
                match missing_role(&error) {
                    Some(role) if self.dialect == "postgresql" => {
                        self.run(
                            "postgres",
                            &format!(
                                "DO $$BEGIN CREATE ROLE \"{role}\" NOLOGIN; \
                                 EXCEPTION WHEN duplicate_object THEN NULL; END$$;"
                            ),
                            None,
                            None,
                        )?;
                        self.drop_database(database);
                        self.create_database(database)?;
                        return self.load(database, case, init);
                    }
                    _ => return Err(error),
                }
            }
        }
        Ok(())
    }

    /// A migration folder, as its tool applies it: the migrations in order
    /// (ddlcodegen's own reading of the layout, which the oracle's matches),
    /// each by its own client run; a block the tool sends as one query is
    /// kept whole (the mariadb client's `DELIMITER`).
    fn load_folder(
        &self,
        database: &str,
        folder: &Path,
        case: &Case,
        init: Option<&str>,
    ) -> Result<(), String> {
        let options = ddlcodegen::input::LoadOptions {
            layout: case_key(case, "layout"),
            until: None,
        };
        let loaded = ddlcodegen::input::load(&[folder.to_string_lossy().to_string()], &options)?;
        let dialect = match self.dialect {
            "postgresql" => ddlcodegen::dialect::Dialect::PostgreSql,
            "sqlite" => ddlcodegen::dialect::Dialect::Sqlite,
            _ => ddlcodegen::dialect::Dialect::MySql,
        };
        for source in loaded.sources.iter().filter(|s| s.runs_on(dialect)) {
            let mut text = String::new();
            if let Some(init) = init {
                text += init;
                text += ";\n";
            }
            let mut at = 0;
            for block in &source.blocks {
                text += &source.text[at..block.start];
                if self.dialect != "mysql" {
                    text += &source.text[block.clone()];
                } else {
                    text += "\nDELIMITER $$ddlcodegen$$\n";
                    text += source.text[block.clone()].trim_end().trim_end_matches(';');
                    text += "$$ddlcodegen$$\nDELIMITER ;\n";
                }
                at = block.end;
            }
            text += &source.text[at..];
            let dir = Path::new(&source.name)
                .parent()
                .filter(|p| p.is_dir())
                .unwrap_or(folder);
            // The client reads its standard input as a script, with its own
            // commands, from the migration's folder.
            let mut command = self.client(database);
            command.current_dir(dir);
            run_with_stdin(command, &text).map_err(|e| format!("{}: {e}", source.name))?;
        }
        Ok(())
    }
}

/// Run a client with `text` on its standard input.
fn run_with_stdin(mut command: Command, text: &str) -> Result<(), String> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run the client: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let text = text.to_string();
    let writer = std::thread::spawn(move || {
        use std::io::Write as _;
        let _ = stdin.write_all(text.as_bytes());
    });
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// A key of the case's case.toml that the oracle reads at load time.
fn case_key(case: &Case, key: &str) -> Option<String> {
    let text = std::fs::read_to_string(case.dir.join("case.toml")).ok()?;
    let table: toml::Table = text.parse().ok()?;
    table.get(key).and_then(|v| v.as_str()).map(String::from)
}

fn missing_role(error: &str) -> Option<String> {
    let start = error.find("role \"")? + 6;
    let end = error[start..].find("\" does not exist")?;
    Some(error[start..start + end].to_string())
}

fn psql() -> PathBuf {
    find_program("psql", "/usr/lib/postgresql")
}

fn mariadb() -> PathBuf {
    ["mariadb", "mysql"]
        .iter()
        .map(|name| find_program(name, ""))
        .find(|path| path.is_absolute())
        .unwrap_or_else(|| PathBuf::from("mariadb"))
}

/// `name` on the PATH, else the newest `<dir>/*/bin/<name>`.
fn find_program(name: &str, versions_dir: &str) -> PathBuf {
    if let Some(path) = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    }) {
        return path;
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(versions_dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin").join(name))
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    found.pop().unwrap_or_else(|| PathBuf::from(name))
}

/// A unique database name for this run.
fn database_name(n: usize) -> String {
    format!("ddlcodegen_live_{}_{n}", std::process::id())
}

/// Every case of `dialect` under `root` (the golden cases, or a corpus).
pub fn expectation_trial(name: &str, root: PathBuf, dialect: &'static str) -> Trial {
    let variable = SERVERS
        .iter()
        .find(|(d, _)| *d == dialect)
        .map(|(_, v)| *v)
        .unwrap_or_default();
    let server = LiveServer::from_env(dialect, variable);
    let ignored = server.is_err();
    Trial::test(name.to_string(), move || {
        let server = server.map_err(Failed::from)?;
        let mut cases = Vec::new();
        discover(&root, &root, &mut cases);
        let cases: Vec<Case> = cases
            .into_iter()
            .filter_map(Result::ok)
            .filter(|c| c.dialect == dialect && c.skip.is_none())
            .collect();
        let (mut compared, mut not_loaded, mut failures) = (0, Vec::new(), Vec::new());
        for (n, case) in cases.iter().enumerate() {
            let database = database_name(n);
            server.drop_database(&database);
            server.create_database(&database)?;
            let init = case_key(case, "session_init");
            if let Err(error) = server.load(&database, case, init.as_deref()) {
                let first = error.lines().next().unwrap_or_default().to_string();
                not_loaded.push(format!("{} ({first})", case.name));
                server.drop_database(&database);
                continue;
            }
            let mut live = case.clone();
            live.inputs = vec![PathBuf::from(server.url(&database, None))];
            for generator in &case.generators {
                let Ok(expected) =
                    std::fs::read_to_string(case.dir.join(format!("{generator}.py")))
                else {
                    continue;
                };
                compared += 1;
                // The expectations are sqlacodegen's bytes.
                if let Err(failure) = compare_output(&live, generator, &expected, true) {
                    failures.push(failure.message().unwrap_or_default().to_string());
                }
            }
            server.drop_database(&database);
        }
        if dialect == "sqlite" {
            let _ = std::fs::remove_dir_all(&server.scratch);
        }
        println!(
            "live {dialect}: {compared} expectations compared from {} databases, {} differ; \
             {} cases not loaded: {}",
            cases.len() - not_loaded.len(),
            failures.len(),
            not_loaded.len(),
            not_loaded.join("; ")
        );
        if !failures.is_empty() {
            return Err(format!("{} differ:\n{}", failures.len(), failures.join("\n")).into());
        }
        Ok(())
    })
    .with_ignored_flag(ignored)
}

/// Run the binary on `args`; (exit code, stdout, stderr).
fn run_binary(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let output = Command::new(binary())
        .args(args)
        .envs(env.iter().copied())
        .env_remove("PGPASSWORD")
        .env_remove("MYSQL_PWD")
        .output()
        .expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

/// A failure as users must see it: exit 2, nothing on stdout, one line on
/// stderr that says `what`, and no password anywhere.
fn one_line_failure(
    (code, stdout, stderr): (i32, String, String),
    what: &str,
    secrets: &[&str],
) -> Result<(), String> {
    let line = stderr.trim_end();
    if code != 2 || !stdout.is_empty() || line.lines().count() != 1 {
        return Err(format!(
            "{what}: expected exit 2 and one line on stderr, got exit {code}:\n{stderr}{stdout}"
        ));
    }
    if let Some(secret) = secrets.iter().find(|s| stderr.contains(**s)) {
        return Err(format!("{what}: the password {secret:?} is shown: {line}"));
    }
    Ok(())
}

/// The ways a connection fails, each one line, exit 2, no password.
pub fn failure_trial(dialect: &'static str) -> Trial {
    let variable = SERVERS
        .iter()
        .find(|(d, _)| *d == dialect)
        .map(|(_, v)| *v)
        .unwrap_or_default();
    let server = LiveServer::from_env(dialect, variable);
    let ignored = server.is_err();
    Trial::test(
        format!("live::{dialect}_failures_are_one_line"),
        move || {
            let server = server.map_err(Failed::from)?;
            failures(&server).map_err(Failed::from)
        },
    )
    .with_ignored_flag(ignored)
}

const USER: &str = "ddlcodegen_live_reader";
const PASSWORD: &str = "Pw-9f3kQz-live";
const WRONG: &str = "Wrong-7hJx-pass";

fn failures(server: &LiveServer) -> Result<(), String> {
    let database = format!("ddlcodegen_live_{}_rights", std::process::id());
    server.drop_database(&database);
    server.create_database(&database)?;
    let result = failures_in(server, &database);
    server.drop_database(&database);
    let _ = server.run(
        server.admin_database(),
        &match server.dialect {
            "postgresql" => format!("DROP ROLE IF EXISTS {USER};"),
            _ => format!("DROP USER IF EXISTS '{USER}'@'%';"),
        },
        None,
        None,
    );
    result
}

fn failures_in(server: &LiveServer, database: &str) -> Result<(), String> {
    let secrets = [PASSWORD, WRONG];
    // A schema with a table the reader may see and one it may not.
    let setup = match server.dialect {
        "postgresql" => format!(
            "CREATE TABLE open_table (id integer PRIMARY KEY);\n\
             CREATE TABLE closed_table (id integer PRIMARY KEY);\n\
             DROP ROLE IF EXISTS {USER};\n\
             CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}';\n\
             REVOKE ALL ON closed_table FROM PUBLIC;\n\
             GRANT SELECT ON open_table TO {USER};\n"
        ),
        _ => format!(
            "CREATE TABLE open_table (id integer PRIMARY KEY);\n\
             CREATE TABLE closed_table (id integer PRIMARY KEY);\n\
             DROP USER IF EXISTS '{USER}'@'%';\n\
             CREATE USER '{USER}'@'%' IDENTIFIED BY '{PASSWORD}';\n\
             GRANT SELECT ON {database}.open_table TO '{USER}'@'%';\n"
        ),
    };
    server.run(database, &setup, None, None)?;
    let reader = Some((USER, PASSWORD));
    let url = server.url(database, reader);
    let (code, stdout, stderr) = run_binary(&[&url], &[]);
    let rights = match server.dialect {
        // pg_catalog shows every table to every user: the reader gets the
        // whole schema, as the administrator does.
        "postgresql" => {
            let (_, all, _) = run_binary(&[&server.url(database, None)], &[]);
            if code != 0 || stdout != all || !stdout.contains("closed_table") {
                Err(format!(
                    "a user without rights on a table: expected the whole schema (exit 0), \
                     got exit {code}:\n{stdout}{stderr}"
                ))
            } else {
                Ok(())
            }
        }
        // information_schema hides the tables a user has no right on: the
        // models would silently lack them, so it is refused.
        _ => one_line_failure(
            (code, stdout, stderr.clone()),
            "a user with rights on some tables only",
            &secrets,
        ),
    };
    rights?;
    // Wrong password.
    let wrong = server.url(database, Some((USER, WRONG)));
    let result = run_binary(&[&wrong], &[]);
    if result.0 == 0 {
        println!(
            "live {}: the server accepts any password (trust): wrong password not checked",
            server.dialect
        );
    } else {
        one_line_failure(result, "wrong password", &secrets)?;
    }
    // The password from the environment, the URL without it.
    let (variable, scheme) = match server.dialect {
        "postgresql" => ("PGPASSWORD", "postgresql"),
        _ => ("MYSQL_PWD", "mysql"),
    };
    let without = server
        .url(database, Some((USER, PASSWORD)))
        .replace(&format!(":{PASSWORD}@"), "@");
    let (code, _, stderr) = run_binary(&[&without], &[(variable, PASSWORD)]);
    if code != 0 && !stderr.contains("rights") && !stderr.contains("privilege") {
        return Err(format!("{variable} was not used: exit {code}: {stderr}"));
    }
    // Missing database.
    one_line_failure(
        run_binary(&[&server.url("ddlcodegen_no_such_database", reader)], &[]),
        "missing database",
        &secrets,
    )?;
    // Unreachable host (a port nothing listens on; a closed port fails at once).
    one_line_failure(
        run_binary(
            &[&format!(
                "{scheme}://{USER}:{PASSWORD}@127.0.0.1:9/{database}?connect_timeout=3"
            )],
            &[],
        ),
        "unreachable host",
        &secrets,
    )?;
    if server.dialect == "postgresql" {
        // A user who may not connect to the database at all.
        server.run(
            database,
            &format!("REVOKE CONNECT ON DATABASE {database} FROM PUBLIC;"),
            None,
            None,
        )?;
        one_line_failure(
            run_binary(&[&url], &[]),
            "a user without the right to connect",
            &secrets,
        )?;
    }
    Ok(())
}

/// Print, once, which live trials are skipped and the variable that enables them.
pub fn say_which_are_skipped() {
    for (dialect, variable) in SERVERS {
        if let Err(why) = LiveServer::from_env(dialect, variable) {
            eprintln!("live {dialect} trials {why}");
        }
    }
}

/// A peer that accepts the connection and then says nothing (a firewall, a
/// proxy, another service on the port): the run gives up after the connect
/// timeout with one line, instead of hanging. No server needed.
pub fn silent_peer_trial(scheme: &'static str) -> Trial {
    Trial::test(format!("live::{scheme}_silent_peer_times_out"), move || {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for stream in listener.incoming().flatten() {
                held.push(stream);
            }
        });
        let url = format!("{scheme}://someone:{PASSWORD}@127.0.0.1:{port}/db?connect_timeout=1");
        let started = std::time::Instant::now();
        let result = run_binary(&[&url], &[]);
        let stderr = result.2.clone();
        one_line_failure(result, "a silent peer", &[PASSWORD])?;
        if !stderr.contains("no answer within") || started.elapsed().as_secs() > 20 {
            return Err(format!("expected a timeout after a few seconds, got: {stderr}").into());
        }
        Ok(())
    })
}
