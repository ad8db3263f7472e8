//! Golden-case harness: every folder under `grammar_tests/` holding a `case.toml`
//! is a case (the oracle's corpus format); each expected `<generator>.py` next to
//! it becomes one named test, `<dialect>/<case>::<generator>`, that runs our
//! binary with the arguments the oracle gives a candidate and compares stdout
//! byte for byte, printing a unified diff on failure.
//!
//! Expected files come only from the oracle; see grammar_tests/README.md for the
//! command that regenerates them. `DDLCODEGEN_BIN` overrides the binary.

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};
use similar::TextDiff;

/// The keys the oracle accepts in a case.toml.
const KNOWN_KEYS: [&str; 10] = [
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
];

/// One case folder, read from its case.toml.
#[derive(Debug, Clone)]
struct Case {
    dir: PathBuf,
    name: String,
    dialect: String,
    inputs: Vec<PathBuf>,
    options: Option<String>,
    tables: Option<String>,
    schemas: Option<String>,
    noviews: bool,
    skip: Option<String>,
}

/// A string or a list of strings, joined by commas as the CLI takes them.
fn joined(value: &toml::Value) -> Result<String, String> {
    match value {
        toml::Value::String(s) => Ok(s.clone()),
        toml::Value::Array(items) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("expected strings, found {i}"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|v| v.join(",")),
        other => Err(format!("expected a string or a list, found {other}")),
    }
}

/// Natural order as the oracle sorts migration files: digit runs compare as
/// numbers, the rest case-insensitively, ties by plain string order.
fn natural_key(name: &str) -> Vec<(u8, u128, String)> {
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

fn parse_case(dir: &Path, root: &Path, text: &str) -> Result<Case, String> {
    let table: toml::Table = text.parse().map_err(|e| format!("bad case.toml: {e}"))?;
    for key in table.keys() {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            return Err(format!("bad case.toml: unknown key `{key}`"));
        }
    }
    let dialect = table
        .get("dialect")
        .and_then(|v| v.as_str())
        .ok_or("bad case.toml: `dialect` is required")?
        .to_string();
    let inputs = match table.get("inputs") {
        Some(value) => joined(value)?
            .split(',')
            .map(|p| dir.join(p.trim()))
            .collect(),
        None => {
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(|e| e.to_string())?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "sql"))
                .collect();
            files.sort_by_key(|p| {
                let name = p
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string();
                (natural_key(&name), name)
            });
            files
        }
    };
    let optional = |key: &str| table.get(key).map(joined).transpose();
    Ok(Case {
        name: dir
            .strip_prefix(root)
            .unwrap_or(dir)
            .to_string_lossy()
            .replace('\\', "/"),
        dir: dir.to_path_buf(),
        dialect,
        inputs,
        options: optional("options")?,
        tables: optional("tables")?,
        schemas: optional("schemas")?,
        noviews: table
            .get("noviews")
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        skip: table
            .get("skip")
            .and_then(|v| v.as_str())
            .map(str::to_string),
    })
}

/// Every case folder under `root` (cases are not looked for inside a case).
fn discover(root: &Path, dir: &Path, cases: &mut Vec<Result<Case, (String, String)>>) {
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
        .collect();
    dirs.sort();
    for sub in dirs {
        discover(root, &sub, cases);
    }
}

fn binary() -> PathBuf {
    std::env::var_os("DDLCODEGEN_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ddlcodegen")))
}

/// Run our binary as the oracle runs a candidate and compare with `expected`.
fn run_case(case: &Case, generator: &str, expected: &Path) -> Result<(), Failed> {
    let expected_text = std::fs::read_to_string(expected)
        .map_err(|e| format!("cannot read {}: {e}", expected.display()))?;
    let mut command = Command::new(binary());
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
    let output = command
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary().display()))?;
    let actual = String::from_utf8_lossy(&output.stdout);
    if output.status.success() && actual == expected_text {
        return Ok(());
    }
    let diff = TextDiff::from_lines(expected_text.as_str(), actual.as_ref())
        .unified_diff()
        .context_radius(3)
        .header("expected (oracle)", "actual (ddlcodegen)")
        .to_string();
    Err(format!(
        "{} differs from the oracle (exit {}):\n{diff}\n--- stderr ---\n{}",
        expected.display(),
        output
            .status
            .code()
            .map_or_else(|| String::from("signal"), |c| c.to_string()),
        String::from_utf8_lossy(&output.stderr)
    )
    .into())
}

fn trials(root: &Path) -> Vec<Trial> {
    let mut cases = Vec::new();
    discover(root, root, &mut cases);
    let mut trials = Vec::new();
    for case in cases {
        let case = match case {
            Ok(case) => case,
            Err((name, error)) => {
                trials.push(Trial::test(format!("{name}::case.toml"), move || {
                    Err(error.into())
                }));
                continue;
            }
        };
        let mut expected: Vec<PathBuf> = std::fs::read_dir(&case.dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "py"))
                    .collect()
            })
            .unwrap_or_default();
        expected.sort();
        if expected.is_empty() {
            let name = case.name.clone();
            trials.push(Trial::test(format!("{name}::expected"), move || {
                Err(format!("{name} has no expected .py: regenerate it with the oracle").into())
            }));
        }
        for path in expected {
            let generator = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let name = format!("{}::{generator}", case.name);
            let skip = case.skip.clone();
            let case = case.clone();
            let trial = Trial::test(name, move || run_case(&case, &generator, &path));
            trials.push(match skip {
                Some(_) => trial.with_ignored_flag(true),
                None => trial,
            });
        }
    }
    trials
}

/// Checks of the harness itself, so that a broken case.toml cannot pass silently.
fn self_checks(root: &Path) -> Vec<Trial> {
    let root = root.to_path_buf();
    vec![
        Trial::test("harness::rejects_unknown_case_keys", {
            let root = root.clone();
            move || match parse_case(&root, &root, "dialect = \"sqlite\"\nflavour = \"x\"\n") {
                Err(e) if e.contains("unknown key `flavour`") => Ok(()),
                other => Err(format!("expected an unknown-key error, got {other:?}").into()),
            }
        }),
        Trial::test("harness::orders_inputs_naturally", || {
            let mut names = vec!["V10__c.sql", "V2__b.sql", "v1__a.sql"];
            names.sort_by_key(|n| (natural_key(n), n.to_string()));
            if names == ["v1__a.sql", "V2__b.sql", "V10__c.sql"] {
                Ok(())
            } else {
                Err(format!("wrong order: {names:?}").into())
            }
        }),
        Trial::test("harness::finds_cases", move || {
            let mut cases = Vec::new();
            discover(&root, &root, &mut cases);
            if cases.len() >= 60 {
                Ok(())
            } else {
                Err(format!("only {} cases under {}", cases.len(), root.display()).into())
            }
        }),
    ]
}

/// Run the binary with `args` and `stdin`; (exit code, stdout, stderr).
fn run_binary(args: &[&str], stdin: &str) -> Result<(i32, String, String), Failed> {
    use std::io::Write;
    let mut child = Command::new(binary())
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run the binary: {e}"))?;
    if let Some(mut input) = child.stdin.take() {
        // A usage error exits before reading stdin: a broken pipe is fine.
        match input.write_all(stdin.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                return Err(e.to_string().into())
            }
            _ => {}
        }
    }
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    Ok((
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    ))
}

fn expect(condition: bool, what: &str) -> Result<(), Failed> {
    if condition {
        Ok(())
    } else {
        Err(what.to_string().into())
    }
}

/// The CLI contract around the golden cases: exit codes, stdin, detection,
/// `--strict`, atomic `--outfile`, refused generators and options.
fn cli_checks() -> Vec<Trial> {
    const SCHEMA: &str = "CREATE TABLE t (id SERIAL PRIMARY KEY, name TEXT NOT NULL);\n";
    const BROKEN: &str =
        "CREATE TABLE ok (id int PRIMARY KEY);\nCREATE TABLE bad (\n  x int frobnicate\n);\n";
    vec![
        Trial::test("cli::reads_stdin_and_reports_the_detected_dialect", || {
            let (code, out, err) = run_binary(&[], SCHEMA)?;
            expect(code == 0, &format!("exit {code}: {err}"))?;
            expect(out.contains("class T(Base):"), "no model printed")?;
            expect(
                err.contains("dialect postgresql (found SERIAL (line 1))"),
                &format!("detection not reported: {err}"),
            )
        }),
        Trial::test(
            "cli::skipped_statements_warn_with_file_line_and_column",
            || {
                let (code, out, err) = run_binary(&["--dialect", "postgresql", "-"], BROKEN)?;
                expect(code == 0, &format!("exit {code}"))?;
                expect(
                    out.contains("class Ok(Base):"),
                    "the good statement was lost",
                )?;
                expect(err.contains("warning: statement skipped"), &err)?;
                expect(err.contains("<stdin>:3:9") || err.contains(":3:9"), &err)
            },
        ),
        Trial::test("cli::strict_turns_warnings_into_exit_2", || {
            let (code, out, _) = run_binary(&["--dialect", "postgresql", "--strict"], BROKEN)?;
            expect(code == 2, &format!("exit {code}"))?;
            expect(out.is_empty(), "output printed despite the error")
        }),
        Trial::test("cli::outfile_is_left_alone_on_error", || {
            let dir = std::env::temp_dir().join(format!("ddlcodegen-cli-{}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let out = dir.join("models.py");
            std::fs::write(&out, "previous\n").map_err(|e| e.to_string())?;
            let path = out.to_string_lossy().to_string();
            let (code, _, _) =
                run_binary(&["--dialect", "pg", "--strict", "--outfile", &path], BROKEN)?;
            expect(code == 2, &format!("exit {code}"))?;
            let kept = std::fs::read_to_string(&out).map_err(|e| e.to_string())?;
            expect(kept == "previous\n", "the old file was overwritten")?;
            let (code, _, _) = run_binary(&["--dialect", "pg", "--outfile", &path], SCHEMA)?;
            expect(code == 0, &format!("exit {code}"))?;
            let written = std::fs::read_to_string(&out).map_err(|e| e.to_string())?;
            let _ = std::fs::remove_dir_all(&dir);
            expect(
                written.contains("class T(Base):"),
                "the new file is not the models",
            )
        }),
        Trial::test("cli::refuses_unknown_and_unsupported_choices", || {
            for (args, needle) in [
                (vec!["--generator", "tables"], "not yet supported"),
                (
                    vec!["--generator", "nope"],
                    "choose one of tables, declarative",
                ),
                (vec!["--options", "nope"], "known options: noindexes"),
                (vec!["--dialect", "oracle"], "unknown dialect"),
            ] {
                let (code, _, err) = run_binary(&args, SCHEMA)?;
                expect(code == 2, &format!("{args:?}: exit {code}"))?;
                expect(err.contains(needle), &format!("{args:?}: {err}"))?;
            }
            Ok(())
        }),
    ]
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar_tests");
    let mut all = self_checks(&root);
    all.extend(cli_checks());
    all.extend(trials(&root));
    libtest_mimic::run(&args, all).exit();
}
