//! A golden case: one folder holding a `case.toml` in the oracle's corpus
//! format, read as the oracle reads it, and the command line the oracle gives
//! a candidate for it. Shared by the golden-case harness and the corpus target.

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::Failed;
use similar::TextDiff;

/// The keys the oracle accepts in a case.toml.
pub const KNOWN_KEYS: [&str; 12] = [
    "dialect",
    "inputs",
    "generators",
    "options",
    "tables",
    "schemas",
    "noviews",
    "timeout",
    "description",
    "skip",
    // Load-time settings of the oracle, never passed to a candidate.
    "layout",
    "session_init",
];

/// The dialects and generators the oracle accepts.
pub const DIALECTS: [&str; 3] = ["sqlite", "postgresql", "mysql"];
pub const GENERATORS: [&str; 4] = ["tables", "declarative", "dataclasses", "sqlmodels"];

/// One case folder, read from its case.toml.
#[derive(Debug, Clone)]
pub struct Case {
    pub dir: PathBuf,
    pub name: String,
    pub dialect: String,
    pub inputs: Vec<PathBuf>,
    pub generators: Vec<String>,
    pub options: Option<String>,
    pub tables: Option<String>,
    pub schemas: Option<String>,
    pub noviews: bool,
    pub skip: Option<String>,
    /// Listed in `invalid_python.toml`: sqlacodegen writes invalid Python for
    /// this case, so the oracle's bytes are compared with `--sqlacodegen-exact`
    /// and our default output is checked to be valid Python instead.
    pub invalid_python: Option<String>,
}

/// A string or a list of strings.
pub fn strings(value: &toml::Value, key: &str) -> Result<Vec<String>, String> {
    match value {
        toml::Value::String(s) => Ok(vec![s.clone()]),
        toml::Value::Array(items) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("`{key}` must hold strings, found {i}"))
            })
            .collect(),
        other => Err(format!("`{key}` must be a string or a list, found {other}")),
    }
}

/// A string or a list of strings, joined by commas as the CLI takes them
/// (an empty one is no flag at all, as in the oracle).
pub fn joined(table: &toml::Table, key: &str) -> Result<Option<String>, String> {
    match table.get(key) {
        None => Ok(None),
        Some(value) => {
            let joined = strings(value, key)?.join(",");
            Ok(Some(joined).filter(|s| !s.is_empty()))
        }
    }
}

/// A sort key for natural order.
pub type NaturalKey = Vec<(u8, u128, String)>;

/// Natural order as the oracle sorts migration files: digit runs compare as
/// numbers, the rest case-insensitively (ties by plain string order, which the
/// callers add).
pub fn natural_key(name: &str) -> NaturalKey {
    let mut key = Vec::new();
    let mut chars = name.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            key.push((0, digits.parse().unwrap_or(u128::MAX), String::new()));
        } else {
            let mut text = String::new();
            while let Some(&t) = chars.peek().filter(|t| !t.is_ascii_digit()) {
                text.push(t.to_ascii_lowercase());
                chars.next();
            }
            key.push((1, 0, text));
        }
    }
    key
}

/// The case folder's own `*.sql` files (not hidden, not `*.down.sql`) in natural order.
pub fn default_inputs(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<(NaturalKey, String, PathBuf)> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().to_string();
            let lower = name.to_ascii_lowercase();
            let wanted =
                lower.ends_with(".sql") && !name.starts_with('.') && !lower.ends_with(".down.sql");
            wanted.then(|| (natural_key(&name), name, p))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.sql input in {}", dir.display()));
    }
    Ok(files.into_iter().map(|(_, _, p)| p).collect())
}

pub fn parse_case(dir: &Path, root: &Path, text: &str) -> Result<Case, String> {
    let table: toml::Table = text.parse().map_err(|e| format!("bad case.toml: {e}"))?;
    let unknown: Vec<&str> = table
        .keys()
        .map(String::as_str)
        .filter(|k| !KNOWN_KEYS.contains(k))
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "bad case.toml: unknown key `{}` (allowed: {})",
            unknown.join("`, `"),
            KNOWN_KEYS.join(", ")
        ));
    }
    let dialect = table
        .get("dialect")
        .and_then(|v| v.as_str())
        .ok_or("bad case.toml: `dialect` is required")?
        .to_string();
    if !DIALECTS.contains(&dialect.as_str()) {
        return Err(format!(
            "bad case.toml: dialect must be one of {}, got `{dialect}`",
            DIALECTS.join(", ")
        ));
    }
    let inputs = match table.get("inputs") {
        Some(value) => strings(value, "inputs")?
            .iter()
            .map(|p| dir.join(p))
            .collect(),
        None => default_inputs(dir)?,
    };
    let generators = match table.get("generators") {
        None => GENERATORS.iter().map(|g| g.to_string()).collect(),
        Some(value) => {
            let listed = match value {
                toml::Value::String(s) => s.split(',').map(str::to_string).collect(),
                other => strings(other, "generators")?,
            };
            if let Some(bad) = listed.iter().find(|g| !GENERATORS.contains(&g.as_str())) {
                return Err(format!("bad case.toml: unknown generator `{bad}`"));
            }
            GENERATORS
                .iter()
                .filter(|g| listed.iter().any(|l| l == *g))
                .map(|g| g.to_string())
                .collect()
        }
    };
    let noviews = match table.get("noviews") {
        None => false,
        Some(toml::Value::Boolean(b)) => *b,
        Some(other) => {
            return Err(format!(
                "bad case.toml: `noviews` must be a boolean, found {other}"
            ))
        }
    };
    let skip = match table.get("skip") {
        None => None,
        Some(toml::Value::String(s)) => Some(s.clone()).filter(|s| !s.is_empty()),
        Some(other) => {
            return Err(format!(
                "bad case.toml: `skip` must be a string, found {other}"
            ))
        }
    };
    Ok(Case {
        name: dir
            .strip_prefix(root)
            .unwrap_or(dir)
            .to_string_lossy()
            .replace('\\', "/"),
        dir: dir.to_path_buf(),
        dialect,
        inputs,
        generators,
        options: joined(&table, "options")?,
        tables: joined(&table, "tables")?,
        schemas: joined(&table, "schemas")?,
        noviews,
        skip,
        invalid_python: None,
    })
}

/// Every case folder under `root` (cases are not looked for inside a case).
pub fn discover(root: &Path, dir: &Path, cases: &mut Vec<Result<Case, (String, String)>>) {
    let manifest = dir.join("case.toml");
    if manifest.is_file() {
        let name = dir.strip_prefix(root).unwrap_or(dir).display().to_string();
        let parsed = std::fs::read_to_string(&manifest)
            .map_err(|e| e.to_string())
            .and_then(|text| parse_case(dir, root, &text));
        cases.push(parsed.map_err(|e| (name, e)));
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    dirs.sort();
    for sub in dirs {
        discover(root, &sub, cases);
    }
}

pub fn binary() -> PathBuf {
    std::env::var_os("DDLCODEGEN_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ddlcodegen")))
}

/// The oracle's candidate command line for a case (plus `--sqlacodegen-exact`).
pub fn case_command(case: &Case, generator: &str, exact: bool) -> Command {
    let mut command = Command::new(binary());
    if exact {
        command.arg("--sqlacodegen-exact");
    }
    command.args(["--dialect", &case.dialect, "--generator", generator]);
    if let Some(options) = &case.options {
        command.args(["--options", options]);
    }
    if let Some(tables) = &case.tables {
        command.args(["--tables", tables]);
    }
    if let Some(schemas) = &case.schemas {
        command.args(["--schemas", schemas]);
    }
    if case.noviews {
        command.arg("--noviews");
    }
    command.args(&case.inputs);
    command.current_dir(&case.dir);
    command
}

/// A Python that has SQLAlchemy and sqlmodel: `DDLCODEGEN_PYTHON`, else the oracle's venv
/// (`$ORACLE_HOME/venv`, default `~/.cache/ddl-oracle/venv`).
pub fn sqlalchemy_python() -> Option<std::path::PathBuf> {
    let candidates = std::env::var_os("DDLCODEGEN_PYTHON")
        .map(std::path::PathBuf::from)
        .into_iter()
        .chain(
            std::env::var_os("ORACLE_HOME")
                .map(std::path::PathBuf::from)
                .or_else(|| {
                    std::env::var_os("HOME")
                        .map(|h| std::path::PathBuf::from(h).join(".cache/ddl-oracle"))
                })
                .map(|home| home.join("venv/bin/python")),
        );
    for python in candidates {
        let works = Command::new(&python)
            .args(["-c", "import sqlalchemy, sqlmodel"])
            .output()
            .is_ok_and(|o| o.status.success());
        if works {
            return Some(python);
        }
    }
    None
}

/// Why `source` does not import with SQLAlchemy (`python/import_check.py`:
/// compile, import, configure the mappers); `None` when it does or when no
/// Python with SQLAlchemy is there to ask.
#[allow(dead_code)] // corpus.rs only
pub fn python_import_error(source: &str) -> Option<String> {
    let python = sqlalchemy_python()?;
    let checker = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("grammar_tests")
        .join("python")
        .join("import_check.py");
    let file = std::env::temp_dir().join(format!(
        "ddlcodegen-import-{}-{}.py",
        std::process::id(),
        IMPORT_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::write(&file, source).ok()?;
    let output = Command::new(python)
        .arg(checker)
        .arg(&file)
        .arg("-")
        .output();
    let _ = std::fs::remove_file(&file);
    let output = output.ok()?;
    (!output.status.success()).then(|| String::from_utf8_lossy(&output.stderr).to_string())
}

#[allow(dead_code)] // corpus.rs only
static IMPORT_COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Whether python3 parses `source`; `None` when there is no python3 to ask.
pub fn python_parse_error(source: &str) -> Option<String> {
    let mut child = Command::new("python3")
        .args(["-c", "import ast, sys; ast.parse(sys.stdin.read())"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write as _;
    let _ = child.stdin.take()?.write_all(source.as_bytes());
    let output = child.wait_with_output().ok()?;
    (!output.status.success()).then(|| String::from_utf8_lossy(&output.stderr).to_string())
}

/// Run our binary on `case` as the oracle runs a candidate and compare its
/// stdout with `expected`; on a difference, the error holds a unified diff,
/// the exit code and stderr.
pub fn compare_output(
    case: &Case,
    generator: &str,
    expected: &str,
    exact: bool,
) -> Result<String, Failed> {
    let output = case_command(case, generator, exact)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary().display()))?;
    let actual = String::from_utf8_lossy(&output.stdout).to_string();
    if output.status.success() && actual == expected {
        return Ok(actual);
    }
    let diff = TextDiff::from_lines(expected, actual.as_str())
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string();
    Err(format!(
        "{}::{generator}{} differs from the oracle (exit {}):\n{diff}\n--- stderr ---\n{}",
        case.name,
        if exact { " (--sqlacodegen-exact)" } else { "" },
        output
            .status
            .code()
            .map_or_else(|| String::from("signal"), |c| c.to_string()),
        String::from_utf8_lossy(&output.stderr)
    )
    .into())
}

/// Our default (valid-Python) output for a case.
pub fn default_output(case: &Case, generator: &str) -> Result<String, Failed> {
    let output = case_command(case, generator, false)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary().display()))?;
    if !output.status.success() {
        return Err(format!(
            "default mode failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&output.stdout).to_string())
}

/// Where sqlacodegen's `expected` output is not valid Python or does not
/// import, our default output must differ from it (the caller checks), parse
/// (when there is a python3 to ask) and import (when a Python with SQLAlchemy
/// is at hand). The spots it may change are the `!sqlacodegen_exact`
/// branches of the model and emitter; `--sqlacodegen-exact` is compared with
/// the oracle's bytes.
pub fn valid_python_instead(default: &str) -> Result<(), Failed> {
    if let Some(error) = python_parse_error(default) {
        return Err(format!("default output is not valid Python:\n{error}\n{default}").into());
    }
    // With a Python that has SQLAlchemy, the module must also import and
    // configure its mappers.
    match python_import_error(default) {
        Some(error) => Err(format!("default output does not import:\n{error}\n{default}").into()),
        None => Ok(()),
    }
}
