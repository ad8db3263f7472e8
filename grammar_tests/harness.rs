//! Golden-case harness: every folder under `grammar_tests/` holding a `case.toml`
//! is a case (the oracle's corpus format); each expected `<generator>.py` next to
//! it becomes one named test, `<dialect>/<case>::<generator>`, that runs our
//! binary with the arguments the oracle gives a candidate and compares stdout
//! byte for byte, printing a unified diff on failure.
//!
//! Expected files come only from the oracle; see grammar_tests/README.md for the
//! command that regenerates them. `DDLCODEGEN_BIN` overrides the binary.

mod case;
mod live;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use case::{
    binary, compare_output, default_inputs, default_output, discover, parse_case,
    sqlalchemy_python, valid_python_instead, Case, DIALECTS,
};
use libtest_mimic::{Arguments, Failed, Trial};

/// Run our binary as the oracle runs a candidate and compare with `expected`.
fn run_case(case: &Case, generator: &str, expected: &Path) -> Result<(), Failed> {
    let expected_text = std::fs::read_to_string(expected)
        .map_err(|e| format!("cannot read {}: {e}", expected.display()))?;
    let exact = case.invalid_python.is_some();
    compare_output(case, generator, &expected_text, exact)?;
    if exact {
        let default = default_output(case, generator)?;
        if default == expected_text {
            return Err(format!(
                "{} is listed in invalid_python.toml but our default output is the oracle's: remove it from the list",
                case.name
            )
            .into());
        }
        return valid_python_instead(&default);
    }
    Ok(())
}

/// The trials of one case: one per generator of the case with an expected
/// `<generator>.py`; a failing one when no generator has an expected file or
/// when a `.py` belongs to no generator of the case (a stale expectation).
fn case_trials(case: Case, invalid: &BTreeMap<String, String>) -> Vec<Trial> {
    let mut trials = Vec::new();
    let skip = case.skip.is_some();
    let ignored = |trial: Trial| trial.with_ignored_flag(skip);
    let stray: Vec<String> = std::fs::read_dir(&case.dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .filter_map(|p| Some(p.file_stem()?.to_string_lossy().to_string()))
                .filter(|stem| !case.generators.contains(stem))
                .collect()
        })
        .unwrap_or_default();
    if !stray.is_empty() {
        let name = case.name.clone();
        trials.push(ignored(Trial::test(
            format!("{name}::stale_expectations"),
            move || {
                Err(format!(
                    "{name}: {}.py belong to no generator of the case (its `generators`); delete or regenerate",
                    stray.join(".py, ")
                )
                .into())
            },
        )));
    }
    let mut found = false;
    for generator in &case.generators {
        let path = case.dir.join(format!("{generator}.py"));
        if !path.is_file() {
            continue;
        }
        found = true;
        let name = format!("{}::{generator}", case.name);
        let (mut case, generator) = (case.clone(), generator.clone());
        case.invalid_python = invalid.get(&generator).cloned();
        trials.push(ignored(Trial::test(name, move || {
            run_case(&case, &generator, &path)
        })));
    }
    if !found {
        let name = case.name.clone();
        trials.push(ignored(Trial::test(
            format!("{name}::expected"),
            move || {
                Err(
                    format!("{name} has no expected <generator>.py: regenerate it with the oracle")
                        .into(),
                )
            },
        )));
    }
    trials
}

fn trials(root: &Path) -> Vec<Trial> {
    let mut cases = Vec::new();
    discover(root, root, &mut cases);
    let mut trials = Vec::new();
    let mut invalid = match invalid_python_list(root) {
        Ok(list) => list,
        Err(error) => {
            trials.push(Trial::test(
                "invalid_python.toml",
                move || Err(error.into()),
            ));
            BTreeMap::new()
        }
    };
    let mut expectations = Vec::new();
    let mut listed = BTreeMap::new();
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
        let reasons = match invalid.remove(&case.name) {
            Some(Reasons::Every(why)) => case
                .generators
                .iter()
                .map(|g| (g.clone(), why.clone()))
                .collect(),
            Some(Reasons::Per(per)) => per,
            None => BTreeMap::new(),
        };
        for generator in &case.generators {
            let path = case.dir.join(format!("{generator}.py"));
            if path.is_file() {
                expectations.push(path.to_string_lossy().to_string());
            }
        }
        for generator in reasons.keys() {
            listed.insert(format!("{}::{generator}", case.name), ());
            if !case.generators.contains(generator) {
                let name = format!("{}::{generator}", case.name);
                trials.push(Trial::test(
                    format!("invalid_python.toml::{name}"),
                    move || Err(format!("{name}: the case has no such generator").into()),
                ));
            }
        }
        trials.extend(case_trials(case, &reasons));
    }
    if !invalid.is_empty() {
        let names: Vec<String> = invalid.into_keys().collect();
        trials.push(Trial::test("invalid_python.toml::names", move || {
            Err(format!("no such case: {}", names.join(", ")).into())
        }));
    }
    let root = root.to_path_buf();
    trials.push(Trial::test(
        "invalid_python.toml::lists_exactly_the_expectations_that_fail",
        move || {
            let listed: std::collections::BTreeSet<String> = listed.into_keys().collect();
            lists_exactly_the_failing_expectations(&root, &expectations, &listed)
        },
    ));
    trials
}

/// Every expectation is checked as its users would run it: with a Python
/// that has SQLAlchemy and sqlmodel, each must parse, import and configure
/// its mappers (`python/import_all.py`); the ones that do not must be exactly
/// those listed. With python3 alone, only parsing is checked (a listed one
/// may then parse: it may fail at import). Without python3 nothing is.
fn lists_exactly_the_failing_expectations(
    root: &Path,
    expectations: &[String],
    listed: &std::collections::BTreeSet<String>,
) -> Result<(), Failed> {
    let key = |path: &str| -> String {
        let path = Path::new(path);
        let generator = path.file_stem().unwrap_or_default().to_string_lossy();
        let case = path
            .parent()
            .and_then(|dir| dir.strip_prefix(root).ok())
            .map(|dir| dir.to_string_lossy().to_string())
            .unwrap_or_default();
        format!("{case}::{generator}")
    };
    let (failing, imports): (Vec<(String, String)>, bool) = match sqlalchemy_python() {
        Some(python) => {
            let output = Command::new(python)
                .arg(root.join("python").join("import_all.py"))
                .args(expectations)
                .output()
                .map_err(|e| format!("cannot run import_all.py: {e}"))?;
            if !output.status.success() {
                return Err(format!(
                    "import_all.py failed:\n{}",
                    String::from_utf8_lossy(&output.stderr)
                )
                .into());
            }
            let failing = String::from_utf8_lossy(&output.stdout)
                .lines()
                .filter_map(|line| {
                    let mut parts = line.splitn(3, '\t');
                    let path = parts.next()?;
                    let kind = parts.next()?;
                    Some((key(path), format!("{kind}: {}", parts.next().unwrap_or(""))))
                })
                .collect();
            (failing, true)
        }
        None => {
            const SCRIPT: &str = "import ast, sys\n\
                for path in sys.argv[1:]:\n\
                \x20   try:\n\
                \x20       ast.parse(open(path, encoding='utf-8').read())\n\
                \x20   except SyntaxError as e:\n\
                \x20       print(path + '\\t' + str(e))\n";
            let Ok(output) = Command::new("python3")
                .arg("-c")
                .arg(SCRIPT)
                .args(expectations)
                .output()
            else {
                println!("skipped: no python3");
                return Ok(());
            };
            println!(
                "parse check only: no Python with SQLAlchemy (set DDLCODEGEN_PYTHON or run ../shared/oracle/setup.sh)"
            );
            let failing = String::from_utf8_lossy(&output.stdout)
                .lines()
                .filter_map(|line| {
                    let (path, error) = line.split_once('\t')?;
                    Some((key(path), format!("syntax: {error}")))
                })
                .collect();
            (failing, false)
        }
    };
    let mut problems = Vec::new();
    for (name, error) in &failing {
        if !listed.contains(name) {
            problems.push(format!("not listed, and fails: {name}\n    {error}"));
        }
    }
    if imports {
        let failing_names: std::collections::BTreeSet<&String> =
            failing.iter().map(|(name, _)| name).collect();
        for name in listed {
            if !failing_names.contains(name) {
                problems.push(format!("listed, but parses and imports: {name}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "grammar_tests/invalid_python.toml must list exactly the expectations that do not parse or import:\n{}",
            problems.join("\n")
        )
        .into())
    }
}

/// Why sqlacodegen's output for a case is not valid Python or does not
/// import: for every generator of the case, or per generator.
enum Reasons {
    Every(String),
    Per(BTreeMap<String, String>),
}

/// `grammar_tests/invalid_python.toml`: `"case" = "why"` for every generator
/// of the case, or `"case" = { generator = "why", ... }`.
fn invalid_python_list(root: &Path) -> Result<BTreeMap<String, Reasons>, String> {
    let path = root.join("invalid_python.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let reason = |name: &str, why: toml::Value| match why {
        toml::Value::String(why) if !why.is_empty() => Ok(why),
        other => Err(format!(
            "{name}: the reason must be a string, found {other}"
        )),
    };
    table
        .into_iter()
        .map(|(name, why)| match why {
            toml::Value::Table(per) => {
                let per = per
                    .into_iter()
                    .map(|(generator, why)| Ok((generator.clone(), reason(&name, why)?)))
                    .collect::<Result<BTreeMap<_, _>, String>>()?;
                Ok((name, Reasons::Per(per)))
            }
            other => Ok((name.clone(), Reasons::Every(reason(&name, other)?))),
        })
        .collect()
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
        Trial::test("harness::rejects_bad_case_values", {
            let root = root.clone();
            move || {
                for (toml, needle) in [
                    ("generators = [\"declarative\"]\n", "`dialect` is required"),
                    ("dialect = \"oracle\"\n", "dialect must be one of"),
                    (
                        "dialect = \"mysql\"\ngenerators = [\"models\"]\n",
                        "unknown generator `models`",
                    ),
                    (
                        "dialect = \"mysql\"\nnoviews = \"yes\"\n",
                        "`noviews` must be a boolean",
                    ),
                    (
                        "dialect = \"mysql\"\noptions = 3\n",
                        "`options` must be a string or a list",
                    ),
                    (
                        "dialect = \"mysql\"\ntables = [\"a\", 1]\n",
                        "`tables` must hold strings",
                    ),
                    (
                        "dialect = \"mysql\"\nskip = true\n",
                        "`skip` must be a string",
                    ),
                    (
                        "dialect = \"mysql\"\ndialect = \"sqlite\"\n",
                        "bad case.toml",
                    ),
                ] {
                    match parse_case(&root, &root, &format!("inputs = [\"x.sql\"]\n{toml}")) {
                        Err(e) if e.contains(needle) => {}
                        other => {
                            return Err(
                                format!("{toml:?}: expected {needle:?}, got {other:?}").into()
                            )
                        }
                    }
                }
                Ok(())
            }
        }),
        Trial::test("harness::reads_case_values", {
            let root = root.clone();
            move || {
                let dir = root.join("postgresql").join("blog");
                let case = parse_case(
                    &dir,
                    &root,
                    "dialect = \"postgresql\"\ninputs = [\"a,b.sql\", \"migrations\"]\n\
                     generators = \"sqlmodels,declarative\"\noptions = [\"noindexes\", \"nocomments\"]\n\
                     tables = \"t1\"\nschemas = []\nnoviews = true\nskip = \"\"\n",
                )?;
                let want_inputs = vec![dir.join("a,b.sql"), dir.join("migrations")];
                expect(
                    case.name == "postgresql/blog",
                    &format!("name {:?}", case.name),
                )?;
                expect(
                    case.inputs == want_inputs,
                    &format!("inputs {:?}", case.inputs),
                )?;
                expect(
                    case.generators == ["declarative", "sqlmodels"],
                    &format!("generators {:?}", case.generators),
                )?;
                expect(
                    case.options.as_deref() == Some("noindexes,nocomments"),
                    &format!("options {:?}", case.options),
                )?;
                expect(case.tables.as_deref() == Some("t1"), "tables")?;
                expect(case.schemas.is_none(), "an empty schemas list is no flag")?;
                expect(case.noviews, "noviews")?;
                expect(case.skip.is_none(), "an empty skip does not skip")
            }
        }),
        Trial::test("harness::skipped_cases_are_ignored_trials", {
            let root = root.clone();
            move || {
                let dir = root.join("postgresql").join("blog");
                let mut case = parse_case(&dir, &root, "dialect = \"postgresql\"\n")?;
                let active = case_trials(case.clone(), &BTreeMap::new());
                expect(
                    active.iter().any(|t| {
                        t.name() == "postgresql/blog::declarative" && !t.has_ignored_flag()
                    }),
                    "postgresql/blog::declarative is not an active trial",
                )?;
                case.skip = Some("reason".into());
                let skipped = case_trials(case, &BTreeMap::new());
                expect(
                    !skipped.is_empty() && skipped.iter().all(Trial::has_ignored_flag),
                    "a skipped case produced a trial that runs",
                )
            }
        }),
        Trial::test("harness::orders_inputs_naturally", || {
            let dir =
                std::env::temp_dir().join(format!("ddlcodegen-inputs-{}", std::process::id()));
            std::fs::create_dir_all(dir.join("sub.sql")).map_err(|e| e.to_string())?;
            for name in [
                "V10__c.sql",
                "V2__b.SQL",
                "v1__a.sql",
                ".hidden.sql",
                "V3__x.down.sql",
                "notes.txt",
            ] {
                std::fs::write(dir.join(name), "").map_err(|e| e.to_string())?;
            }
            let found = default_inputs(&dir);
            let _ = std::fs::remove_dir_all(&dir);
            let names: Vec<String> = found?
                .iter()
                .map(|p| {
                    p.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .to_string()
                })
                .collect();
            expect(
                names == ["v1__a.sql", "V2__b.SQL", "V10__c.sql"],
                &format!("wrong inputs or order: {names:?}"),
            )
        }),
        Trial::test("harness::finds_cases", move || {
            let mut cases = Vec::new();
            discover(&root, &root, &mut cases);
            for dialect in DIALECTS {
                let prefix = format!("{dialect}/");
                let count = cases
                    .iter()
                    .filter(|c| c.as_ref().is_ok_and(|c| c.name.starts_with(&prefix)))
                    .count();
                expect(count >= 15, &format!("only {count} {dialect} cases"))?;
            }
            expect(
                cases.len() >= 66,
                &format!("only {} cases under {}", cases.len(), root.display()),
            )
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
        Trial::test("cli::verbose_counts_each_files_statements", || {
            let sql = "CREATE TABLE a (id int PRIMARY KEY);\n\
                       SET search_path = public;\n\
                       INSERT INTO a VALUES (1);\n\
                       INSERT INTO a VALUES (2);\n\
                       CREATE TABLE b (id int PRIMARY KEY,, x int);\n\
                       ALTER TABLE a ADD COLUMN note text;\n\
                       CREATE VIEW v AS SELECT * FROM nowhere;\n";
            let (code, out, err) = run_binary(&["-v", "--dialect", "postgresql", "-"], sql)?;
            expect(
                code == 0 && out.contains("class A(Base):"),
                &format!("exit {code}: {err}"),
            )?;
            expect(
                err.contains("<stdin>: 2 statements applied, 2 skipped, 3 ignored"),
                &format!("counts: {err}"),
            )
        }),
        Trial::test("cli::version_names_the_sqlacodegen_it_matches", || {
            let (code, out, _) = run_binary(&["--version"], "")?;
            expect(
                code == 0 && out.starts_with("ddlcodegen ") && out.contains("sqlacodegen 4.0.4"),
                &format!("exit {code}: {out}"),
            )
        }),
        Trial::test("cli::a_module_past_the_spool_size_is_written_whole", || {
            // 3,000 tables print about 1.7 MB of models: past the 256 KiB the
            // emitter holds before it spools the text to a temporary file.
            let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
            let schema = dir.path().join("schema.sql");
            let mut sql = String::from("CREATE TABLE t0 (id int PRIMARY KEY, note text);\n");
            for i in 1..3000 {
                sql.push_str(&format!(
                    "CREATE TABLE t{i} (id int PRIMARY KEY, note text NOT NULL, \
                     parent_id int REFERENCES t{} (id));\n",
                    i - 1
                ));
            }
            std::fs::write(&schema, sql).map_err(|e| e.to_string())?;
            let schema = schema.display().to_string();
            let run = |args: &[&str], tmpdir: Option<&std::path::Path>| {
                let mut command = Command::new(binary());
                command.args(["--dialect", "postgresql"]).args(args);
                if let Some(tmpdir) = tmpdir {
                    command.env("TMPDIR", tmpdir);
                }
                command.output().map_err(|e| e.to_string())
            };
            let printed = run(&[&schema], None)?;
            let text = String::from_utf8(printed.stdout).map_err(|e| e.to_string())?;
            expect(
                printed.status.success()
                    && text.len() > 1 << 20
                    && text.starts_with("from typing import ")
                    && text.contains("\n\n\nclass T0(Base):\n")
                    && text.ends_with("back_populates='t2999')\n")
                    && text.matches("(Base):\n").count() == 3000,
                &format!(
                    "stdout: {} bytes, ends {:?}",
                    text.len(),
                    &text[text.len().saturating_sub(80)..]
                ),
            )?;
            // The same bytes to a file, which --check then finds up to date.
            let models = dir.path().join("models.py").display().to_string();
            let written = run(&["--outfile", &models, &schema], None)?;
            expect(written.status.success(), "--outfile failed")?;
            let file = std::fs::read_to_string(&models).map_err(|e| e.to_string())?;
            expect(file == text, "--outfile wrote other bytes than stdout")?;
            let checked = run(&["--outfile", &models, "--check", &schema], None)?;
            expect(
                checked.status.code() == Some(0) && checked.stdout.is_empty(),
                "--check of the written file",
            )?;
            // No temporary folder to spool to: the text stays in memory.
            let missing = dir.path().join("no-such-folder");
            let in_memory = run(&[&schema], Some(&missing))?;
            expect(
                in_memory.status.success() && in_memory.stdout == text.as_bytes(),
                "without a temporary folder, other bytes",
            )
        }),
        Trial::test("cli::check_exits_0_1_2_and_shows_the_diff", || {
            let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
            let models = dir.path().join("models.py");
            let path = models.display().to_string();
            let check = [
                "--dialect",
                "postgresql",
                "--outfile",
                &path,
                "--check",
                "-",
            ];
            // Missing: exit 1, the whole module as added lines, nothing written.
            let (code, out, err) = run_binary(&check, SCHEMA)?;
            expect(code == 1, &format!("missing: exit {code}: {err}"))?;
            expect(
                out.starts_with("--- /dev/null\n+++ generated\n@@ -0,0 +1,")
                    && out.contains("+class T(Base):"),
                &format!("missing: {out}"),
            )?;
            expect(!models.exists(), "check mode wrote the file")?;
            // Written, then checked: exit 0, no diff.
            let (code, _, err) = run_binary(
                &["--dialect", "postgresql", "--outfile", &path, "-"],
                SCHEMA,
            )?;
            expect(code == 0, &format!("write: exit {code}: {err}"))?;
            let (code, out, err) = run_binary(&check, SCHEMA)?;
            expect(
                code == 0 && out.is_empty(),
                &format!("fresh: exit {code}: {out}{err}"),
            )?;
            expect(err.contains("is up to date"), &format!("fresh: {err}"))?;
            // The schema gains a column: exit 1, a hunk with the new line,
            // the file untouched.
            let written = std::fs::read_to_string(&models).map_err(|e| e.to_string())?;
            let grown = SCHEMA.replace("NOT NULL);", "NOT NULL, email TEXT);");
            let (code, out, err) = run_binary(&check, &grown)?;
            expect(code == 1, &format!("stale: exit {code}: {err}"))?;
            expect(
                out.starts_with(&format!("--- {path}\n+++ generated\n@@ "))
                    && out
                        .lines()
                        .any(|l| l.starts_with('+') && l.contains("email")),
                &format!("stale: {out}"),
            )?;
            expect(
                std::fs::read_to_string(&models).map_err(|e| e.to_string())? == written,
                "check mode changed the file",
            )?;
            // An input error is 2, whatever the file holds.
            let missing = dir.path().join("nope.sql").display().to_string();
            let (code, out, _) = run_binary(&["--outfile", &path, "--check", &missing], "")?;
            expect(
                code == 2 && out.is_empty(),
                &format!("unreadable input: exit {code}"),
            )?;
            // --check needs --outfile.
            let (code, _, err) = run_binary(&["--check", "-"], SCHEMA)?;
            expect(
                code == 2 && err.contains("--outfile"),
                &format!("no outfile: {code} {err}"),
            )
        }),
        Trial::test(
            "cli::settings_in_pyproject_toml_stand_for_the_options",
            || {
                // A project's [tool.ddlcodegen]: `ddlcodegen` alone writes the models,
                // `--check` alone checks them; the command line wins; --no-config.
                let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
                let project = dir.path();
                std::fs::create_dir_all(project.join("db").join("nested"))
                    .map_err(|e| e.to_string())?;
                std::fs::write(project.join("db").join("schema.sql"), SCHEMA)
                    .map_err(|e| e.to_string())?;
                std::fs::write(
                    project.join("pyproject.toml"),
                    "[tool.ddlcodegen]\ninputs = [\"db/schema.sql\"]\ndialect = \"postgresql\"\n\
                 outfile = \"models.py\"\ngenerator = \"tables\"\n",
                )
                .map_err(|e| e.to_string())?;
                let run_in = |cwd: &std::path::Path, args: &[&str]| {
                    Command::new(binary())
                        .args(args)
                        .current_dir(cwd)
                        .stdin(std::process::Stdio::null())
                        .output()
                        .map_err(|e| e.to_string())
                };
                // From a folder below: the paths are the project's.
                let written = run_in(&project.join("db").join("nested"), &[])?;
                expect(
                    written.status.code() == Some(0),
                    &format!("write: {}", String::from_utf8_lossy(&written.stderr)),
                )?;
                let models = std::fs::read_to_string(project.join("models.py"))
                    .map_err(|e| format!("models.py not written: {e}"))?;
                expect(
                    models.contains("t = Table("),
                    &format!("not the tables generator: {models}"),
                )?;
                let fresh = run_in(project, &["--check"])?;
                expect(fresh.status.code() == Some(0), "--check on fresh models")?;
                let other = run_in(project, &["--check", "--generator", "declarative"])?;
                expect(
                    other.status.code() == Some(1)
                        && String::from_utf8_lossy(&other.stdout).contains("+class T(Base):"),
                    "the command line's generator does not win",
                )?;
                let plain = run_in(
                    project,
                    &["--no-config", "--dialect", "postgresql", "db/schema.sql"],
                )?;
                expect(
                    plain.status.code() == Some(0)
                        && String::from_utf8_lossy(&plain.stdout).contains("class T(Base):"),
                    "--no-config still took the settings",
                )?;
                std::fs::write(
                    project.join("pyproject.toml"),
                    "[tool.ddlcodegen]\noutput = \"models.py\"\n",
                )
                .map_err(|e| e.to_string())?;
                let wrong = run_in(project, &[])?;
                let err = String::from_utf8_lossy(&wrong.stderr);
                expect(
                    wrong.status.code() == Some(2)
                        && err.contains("[tool.ddlcodegen] output is not a setting"),
                    &format!("a wrong key: {err}"),
                )
            },
        ),
        Trial::test("cli::a_long_dump_on_stdin_is_read_as_a_stream", || {
            // Over the size read whole (4 MiB): the rest comes in chunks, and
            // a diagnostic after the data still shows its line and column.
            let mut sql = String::from("CREATE TABLE t (id int PRIMARY KEY, note text);\n");
            let rows = 120_000;
            for row in 0..rows {
                sql.push_str(&format!(
                    "INSERT INTO t VALUES ({row}, 'a ''quoted''; note');\n"
                ));
            }
            sql.push_str("CREATE TABLE u (id int PRIMARY KEY, x int frobnicate);\n");
            sql.push_str("CREATE TABLE w (id int PRIMARY KEY);\n");
            expect(sql.len() > 5 << 20, "not long enough")?;
            let (code, out, err) = run_binary(&["--dialect", "postgresql", "-"], &sql)?;
            expect(code == 0, &format!("exit {code}: {err}"))?;
            expect(
                out.contains("class T(Base):") && out.contains("class W(Base):"),
                "a table missing",
            )?;
            let line = rows + 2;
            expect(
                err.contains(&format!("<stdin>:{line}:")) && err.contains("x int frobnicate"),
                &format!("the diagnostic does not show line {line}: {err}"),
            )
        }),
        Trial::test("cli::column_limits_as_each_server_sets_them", || {
            // Checked against the servers: PostgreSQL 1600 (MaxHeapAttributeNumber),
            // InnoDB 1017, SQLite 2000 (SQLITE_MAX_COLUMN).
            let wide = |n: usize| {
                let columns: Vec<String> = (0..n).map(|i| format!("c{i} int")).collect();
                format!(
                    "CREATE TABLE w (id int PRIMARY KEY, {});\n",
                    columns.join(", ")
                )
            };
            for (dialect, limit, message) in [
                ("postgresql", 1600, "tables can have at most 1600 columns"),
                ("mysql", 1017, "(errno: 185 \"Too many columns\")"),
                ("sqlite", 2000, "too many columns on w"),
            ] {
                let (code, out, err) = run_binary(&["--dialect", dialect, "-"], &wide(limit - 1))?;
                expect(
                    code == 0 && out.contains("class W(Base):"),
                    &format!("{dialect}: {err}"),
                )?;
                let (_, out, err) = run_binary(&["--dialect", dialect, "-"], &wide(limit))?;
                expect(
                    !out.contains("class W(Base):") && err.contains(message),
                    &format!("{dialect}: {limit} + 1 columns accepted: {err}"),
                )?;
            }
            Ok(())
        }),
        Trial::test("cli::deep_expressions_never_abort", || {
            // Left-deep trees 20,000 deep (a generated CHECK, a long `+` or
            // `||` chain): every walk over them once overflowed the stack.
            let chain = |op: &str, term: &str| vec![term; 20_000].join(op);
            let sql = format!(
                "CREATE TABLE t (a int CHECK ({}), b int DEFAULT ({}));\n\
                 CREATE VIEW v AS SELECT {} AS x FROM t;\n\
                 CREATE TABLE after_them (id int PRIMARY KEY);\n",
                chain(" OR ", "a = 1"),
                chain(" + ", "1"),
                chain(" || ", "'a'"),
            );
            for dialect in ["postgresql", "mysql", "sqlite"] {
                let (code, out, err) = run_binary(&["--dialect", dialect, "-"], &sql)?;
                let err = &err[..err.len().min(500)];
                expect(code == 0, &format!("{dialect}: exit {code}: {err}"))?;
                expect(
                    out.contains("class AfterThem(Base):") && out.contains("t_t = Table("),
                    &format!("{dialect}: a table was lost: {err}"),
                )?;
            }
            Ok(())
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
        Trial::test(
            "cli::dangling_foreign_keys_are_left_out_with_a_warning",
            || {
                // SQLite keeps a reference to a table that never comes; sqlacodegen
                // itself stops with NoSuchTableError on it.
                let sql = "CREATE TABLE a (id INTEGER PRIMARY KEY);\n\
                       CREATE TABLE r (id INTEGER PRIMARY KEY,\n  \
                       a_id INTEGER REFERENCES a (id),\n  b_id INTEGER REFERENCES b (id));\n";
                let (code, out, err) = run_binary(&["--dialect", "sqlite", "-"], sql)?;
                expect(code == 0, &format!("exit {code}: {err}"))?;
                expect(
                    out.contains("mapped_column(ForeignKey('a.id'))"),
                    &format!("the good reference was lost: {out}"),
                )?;
                expect(
                    out.contains("b_id: Mapped[Optional[int]] = mapped_column(Integer)"),
                    &format!("the column of the dangling reference was lost: {out}"),
                )?;
                expect(
                    err.contains("foreign key (b_id) left out") && err.contains("<stdin>:4:16"),
                    &err,
                )?;
                let (code, out, _) = run_binary(&["--dialect", "sqlite", "--strict", "-"], sql)?;
                expect(
                    code == 2 && out.is_empty(),
                    &format!("--strict: exit {code}"),
                )?;
                // `REFERENCES t` names t's primary key, and t has none.
                let sql = "CREATE TABLE t (id INTEGER, x TEXT);\n\
                           CREATE TABLE k (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t);\n";
                let (code, out, err) = run_binary(&["--dialect", "sqlite", "-"], sql)?;
                expect(code == 0, &format!("exit {code}: {err}"))?;
                expect(
                    out.contains("t_id: Mapped[Optional[int]] = mapped_column(Integer)"),
                    &out,
                )?;
                expect(
                    err.contains("refers to the primary key of t, which has none"),
                    &err,
                )
            },
        ),
        Trial::test("cli::join_column_names_are_never_pasted_as_code", || {
            // A self-referential many-to-many gets explicit joins that name
            // the association table's columns.
            let sql = "CREATE TABLE users (id INT PRIMARY KEY);\n\
                       CREATE TABLE followers (\n  \
                       \"x if print('RAN') else x\" INT REFERENCES users (id),\n  \
                       followed_id INT REFERENCES users (id));\n";
            let (code, out, err) = run_binary(&["--dialect", "postgresql", "-"], sql)?;
            expect(code == 0, &format!("exit {code}: {err}"))?;
            expect(
                out.contains("t_followers.c[\"x if print('RAN') else x\"]")
                    && out.contains("t_followers.c.followed_id"),
                &out,
            )?;
            expect(!out.contains(".c.x if"), &out)?;
            // The exact bytes would run the name: refused, nothing printed.
            let (code, out, err) = run_binary(
                &["--dialect", "postgresql", "--sqlacodegen-exact", "-"],
                sql,
            )?;
            expect(code == 2 && out.is_empty(), &format!("exit {code}: {out}"))?;
            expect(err.contains("would be pasted as code"), &err)
        }),
        Trial::test("cli::diagnostics_never_echo_terminal_controls", || {
            let sql = "CREATE TABLE ok (id int PRIMARY KEY);\n\
                       CREATE TABLE bad (x int \u{1b}]0;pwned\u{7} \u{202E}frob);\n";
            let (code, out, err) = run_binary(&["--dialect", "postgresql", "-"], sql)?;
            expect(code == 0 && out.contains("class Ok(Base):"), &err)?;
            expect(err.contains("statement skipped"), &err)?;
            expect(
                !err.contains('\u{1b}') && !err.contains('\u{7}') && !err.contains('\u{202E}'),
                &format!("a control character reached stderr: {err:?}"),
            )
        }),
        Trial::test("cli::tables_naming_what_does_not_exist_is_an_error", || {
            // A CI step after a rename must not silently write an empty module.
            let args = ["--dialect", "postgresql", "--tables", "t,gone", "-"];
            let (code, out, err) = run_binary(&args, SCHEMA)?;
            expect(code == 2 && out.is_empty(), &format!("exit {code}: {out}"))?;
            expect(err.contains("gone"), &err)?;
            let (code, out, err) =
                run_binary(&["--dialect", "postgresql", "--tables", "t", "-"], SCHEMA)?;
            expect(code == 0 && out.contains("class T(Base):"), &err)
        }),
        Trial::test("cli::stdin_among_files_and_outfile_guarding_inputs", || {
            let dir = std::env::temp_dir().join(format!("ddlcodegen-io-{}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let file = dir.join("a.sql");
            std::fs::write(&file, "CREATE TABLE a (id int PRIMARY KEY);\n")
                .map_err(|e| e.to_string())?;
            let path = file.to_string_lossy().to_string();
            // `-` is standard input wherever it stands.
            let (code, out, err) = run_binary(&["--dialect", "postgresql", &path, "-"], SCHEMA)?;
            expect(code == 0, &format!("exit {code}: {err}"))?;
            expect(
                out.contains("class A(Base):") && out.contains("class T(Base):"),
                &out,
            )?;
            // The models never overwrite a script.
            let (code, _, err) =
                run_binary(&["--dialect", "postgresql", &path, "--outfile", &path], "")?;
            let kept = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
            expect(code == 2 && kept.starts_with("CREATE TABLE a"), &err)?;
            // A folder without a .sql file is an error, not an empty module.
            let empty = dir.join("empty");
            std::fs::create_dir_all(&empty).map_err(|e| e.to_string())?;
            let (code, out, err) =
                run_binary(&["--dialect", "postgresql", &empty.to_string_lossy()], "")?;
            let _ = std::fs::remove_dir_all(&dir);
            expect(
                code == 2 && out.is_empty() && err.contains("no migration read"),
                &err,
            )
        }),
        Trial::test(
            "cli::hostile_input_gives_diagnostics_and_never_panics",
            || {
                // (dialect, input, what stderr names, the table that must survive)
                let cases = [
                (
                    "sqlite",
                    "CREATE TABLE a (id integer PRIMARY KEY);\n\
                     CREATE TABLE t (id integer,, name varying character(10));\n\
                     CREATE TABLE b (id integer PRIMARY KEY);\n",
                    "<stdin>:2:",
                    "class B(Base):",
                ),
                (
                    "postgresql",
                    "CREATE TABLE a (id int PRIMARY KEY);\n\\i other.sql\nCREATE TABLE b (id int PRIMARY KEY);\n",
                    "<stdin>:2:1",
                    "class B(Base):",
                ),
                (
                    "postgresql",
                    "CREATE TABLE a (id int PRIMARY KEY);\n  CREATE TABLE b (id int) /* never closed;\n",
                    "<stdin>:2:27",
                    "class A(Base):",
                ),
                (
                    "mysql",
                    "CREATE TABLE a (id INT PRIMARY KEY);\nDELIMITER \nCREATE TABLE b (id INT PRIMARY KEY);\n",
                    "<stdin>:2:1",
                    "class B(Base):",
                ),
                (
                    "mysql",
                    "-- 表结构\n-- abcdefé\nsource x.sql\nCREATE TABLE b (id INT PRIMARY KEY);\n",
                    "<stdin>:3:1",
                    "class B(Base):",
                ),
            ];
                for (dialect, sql, at, survivor) in cases {
                    let (code, out, err) = run_binary(&["--dialect", dialect, "-"], sql)?;
                    expect(
                        code == 0 && out.contains(survivor),
                        &format!("{sql:?}: exit {code}: {err}"),
                    )?;
                    expect(
                        err.contains(at),
                        &format!("{sql:?}: no warning at {at}: {err}"),
                    )?;
                    let (code, out, _) = run_binary(&["--dialect", dialect, "--strict", "-"], sql)?;
                    expect(
                        code == 2 && out.is_empty(),
                        &format!("{sql:?} --strict: exit {code}"),
                    )?;
                }
                // A multi-byte character at every position of a schema: a
                // diagnostic at worst, never a panic.
                let schemas = [
                ("postgresql", "CREATE TABLE t{n} (id serial PRIMARY KEY, a varchar(9) DEFAULT 'x' CHECK (a <> ''), b text DEFAULT $$q$$); -- c\nCOMMENT ON COLUMN t{n}.a IS 'n';\n"),
                ("mysql", "CREATE TABLE t{n} (id INT AUTO_INCREMENT PRIMARY KEY, a ENUM('x','y') DEFAULT 'x' COMMENT 'c', KEY k (a)) COMMENT='t'; # c\n"),
                ("sqlite", "CREATE TABLE t{n} (id INTEGER PRIMARY KEY, a unsigned big int DEFAULT 1, b [x y] CHECK (b IN ('p', 'q'))); -- c\n"),
            ];
                for (dialect, schema) in schemas {
                    for ch in ["é", "表", "𝄞"] {
                        let mut input = String::new();
                        for (n, (at, _)) in schema.char_indices().enumerate() {
                            let (head, tail) = schema.split_at(at);
                            if head.ends_with('{') || head.ends_with("{n") {
                                continue;
                            }
                            let variant =
                                format!("{head}{ch}{tail}").replace("{n}", &format!("_{n}"));
                            input.push_str(&variant);
                            input.push('\n');
                        }
                        let (code, _, err) = run_binary(&["--dialect", dialect, "-"], &input)?;
                        expect(
                            code == 0 && !err.contains("panicked"),
                            &format!("{dialect} with {ch}: exit {code}: {err}"),
                        )?;
                    }
                }
                Ok(())
            },
        ),
        Trial::test("cli::migration_layouts_never_silently_lose_tables", || {
            let dir =
                std::env::temp_dir().join(format!("ddlcodegen-layouts-{}", std::process::id()));
            let write = |path: &str, text: &str| -> Result<(), Failed> {
                let path = dir.join(path);
                std::fs::create_dir_all(path.parent().unwrap_or(&dir))
                    .map_err(|e| e.to_string())?;
                std::fs::write(path, text).map_err(|e| e.to_string().into())
            };
            let table = "CREATE TABLE a (id int PRIMARY KEY);\n";
            write("diesel/2024-01-01-000000_init/up.sql", table)?;
            write("diesel/2024-01-01-000000_init/down.sql", "DROP TABLE a;\n")?;
            write("prisma/20240101000000_init/migration.sql", table)?;
            write("prisma/migration_lock.toml", "provider = \"postgresql\"\n")?;
            // Flyway: B2 stands for every version up to 2 (V1 never runs), U
            // undo files never run, R__ repeatables run last.
            write("flyway/V1__old.sql", "CREATE TABLE old (id int);\n")?;
            write("flyway/B2__base.sql", table)?;
            write("flyway/V3__b.sql", "CREATE TABLE b (id int PRIMARY KEY);\n")?;
            write("flyway/U3__b.sql", "DROP TABLE b;\n")?;
            write("flyway/V3.1__b_x.sql", "ALTER TABLE b ADD COLUMN x int;\n")?;
            write(
                "flyway/V3_0_1__b_w.sql",
                "ALTER TABLE b ADD COLUMN w int;\n",
            )?;
            write("flyway/R__v.sql", "CREATE VIEW v AS SELECT x FROM b;\n")?;
            let run_dir = |name: &str| {
                let path = dir.join(name).to_string_lossy().to_string();
                run_binary(&["--dialect", "postgresql", &path], "")
            };
            let result = (|| {
                for layout in ["diesel", "prisma"] {
                    let (code, out, err) = run_dir(layout)?;
                    expect(
                        code == 0
                            && out.contains("class A(Base):")
                            && err.contains(&format!("layout {layout} (1 migration)")),
                        &format!("{layout}: exit {code}: {err}"),
                    )?;
                    // Forced to read it as flat: nothing to read, and said so.
                    let path = dir.join(layout).to_string_lossy().to_string();
                    let (code, out, err) =
                        run_binary(&["--dialect", "postgresql", "--layout", "flat", &path], "")?;
                    expect(
                        code == 2
                            && out.is_empty()
                            && err.contains("no migration read as a flat folder")
                            && err.contains(&format!("--layout {layout}")),
                        &format!("{layout} as flat: exit {code}: {err}"),
                    )?;
                }
                let (code, out, err) = run_dir("flyway")?;
                expect(
                    code == 0
                        && err
                            .trim_end()
                            .lines()
                            .all(|l| l.starts_with("ddlcodegen: layout flat (5 migrations)")),
                    &format!("flyway: exit {code}: {err}"),
                )?;
                expect(
                    out.contains("class A(Base):")
                        && !out.contains("old")
                        && out.find("w: Mapped") < out.find("x: Mapped")
                        && out.contains("t_v = Table(")
                        && out.contains("Column('x', Integer)"),
                    &format!("flyway: wrong files or order: {out}"),
                )
            })();
            let _ = std::fs::remove_dir_all(&dir);
            result?;
            // A file holding both halves of a migration: the down half runs too.
            for (tool, up, down) in [
                ("goose", "-- +goose Up", "-- +goose Down"),
                ("dbmate", "-- migrate:up", "-- migrate:down"),
                ("sql-migrate", "-- +migrate Up", "-- +migrate Down"),
            ] {
                let sql = format!(
                    "{up}\nCREATE TABLE a (id int PRIMARY KEY);\n\n  {down}\nDROP TABLE a;\n"
                );
                let (code, _, err) = run_binary(&["--dialect", "postgresql", "-"], &sql)?;
                expect(
                    code == 0
                        && err.contains(&format!("the down half of a {tool} migration"))
                        && err.contains("<stdin>:4:3")
                        && err.contains("no table and no view"),
                    &format!("{tool}: exit {code}: {err}"),
                )?;
                let (code, out, _) =
                    run_binary(&["--dialect", "postgresql", "--strict", "-"], &sql)?;
                expect(
                    code == 2 && out.is_empty(),
                    &format!("{tool} --strict: exit {code}"),
                )?;
            }
            // Statements, but nothing to show: a warning; no statement at all: none.
            let (code, _, err) = run_binary(
                &["--dialect", "sqlite", "-"],
                "CREATE TABLE a (id INTEGER);\nDROP TABLE a;\n",
            )?;
            expect(
                code == 0 && err.contains("no table and no view"),
                &format!("exit {code}: {err}"),
            )?;
            let (code, _, err) =
                run_binary(&["--dialect", "sqlite", "--strict", "-"], "-- nothing\n")?;
            expect(
                code == 0 && err.is_empty(),
                &format!("empty input: exit {code}: {err}"),
            )
        }),
        Trial::test(
            "cli::migration_folders_say_what_they_apply_and_where_it_goes_wrong",
            || {
                let dir = std::env::temp_dir()
                    .join(format!("ddlcodegen-layout-diag-{}", std::process::id()));
                let _ = std::fs::remove_dir_all(&dir);
                let write = |path: &str, text: &str| -> Result<(), Failed> {
                    let path = dir.join(path);
                    std::fs::create_dir_all(path.parent().unwrap_or(&dir))
                        .map_err(|e| e.to_string())?;
                    std::fs::write(path, text).map_err(|e| e.to_string().into())
                };
                write(
                    "goose/00001_a.sql",
                    "-- +goose Up\nCREATE TABLE a (id int PRIMARY KEY);\n-- +goose Down\nDROP TABLE a;\n",
                )?;
                write(
                    "goose/00002_b.sql",
                    "-- note\n-- +goose Up\nCREATE TABLE b (id int PRIMARY KEY,, x int);\n\
                     CREATE TABLE c (id int PRIMARY KEY);\n-- +goose StatementBegin\n\
                     CREATE TABLE d (id int PRIMARY KEY);\n",
                )?;
                write("goose/00010_e.sql", "-- +goose Up\nDROP TABLE c;\n")?;
                write("goose/README.md", "not a migration\n")?;
                let folder = dir.join("goose").to_string_lossy().to_string();
                let result = (|| {
                    let (code, out, err) =
                        run_binary(&["--dialect", "postgresql", "-v", &folder], "")?;
                    // Numeric order (10 after 2), Down halves never run, the
                    // skipped statement and the open block named at their
                    // file, line and column.
                    expect(
                        code == 0
                            && out.contains("class A(Base):")
                            && out.contains("class D(Base):")
                            && !out.contains("class C(Base):")
                            && err.contains("layout goose (3 migrations)")
                            && err.contains("00002_b.sql:3:36")
                            && err.contains("00002_b.sql:5:1")
                            && err.contains("without a StatementEnd")
                            && err
                                .find("1. ")
                                .zip(err.find("3. "))
                                .is_some_and(|(a, b)| a < b)
                            && matches!(
                                (err.find("00002_b.sql\n"), err.find("00010_e.sql\n")),
                                (Some(b), Some(e)) if b < e
                            ),
                        &format!("goose: exit {code}: {err}"),
                    )?;
                    // --until: the models as of version 2.
                    let (code, out, err) =
                        run_binary(&["--dialect", "postgresql", "--until", "2", &folder], "")?;
                    expect(
                        code == 0
                            && out.contains("class C(Base):")
                            && err.contains("layout goose (2 of 3 migrations)"),
                        &format!("--until 2: exit {code}: {err}"),
                    )?;
                    let (code, _, err) =
                        run_binary(&["--dialect", "postgresql", "--until", "0", &folder], "")?;
                    expect(
                        code == 2 && err.contains("no migration at or before"),
                        &format!("--until 0: exit {code}: {err}"),
                    )?;
                    // A second Up is refused as goose refuses it, at its line.
                    write(
                        "goose/00011_f.sql",
                        "-- +goose Up\nSELECT 1;\n-- +goose Up\n",
                    )?;
                    let (code, out, err) = run_binary(&["--dialect", "postgresql", &folder], "")?;
                    expect(
                        code == 2
                            && out.is_empty()
                            && err.contains("error: a second '-- +goose Up'")
                            && err.contains("00011_f.sql:3:1"),
                        &format!("second Up: exit {code}: {err}"),
                    )?;
                    // A file without an Up section: goose refuses the folder.
                    write("goose/00011_f.sql", "CREATE TABLE f (id int);\n")?;
                    let (code, _, err) = run_binary(&["--dialect", "postgresql", &folder], "")?;
                    expect(
                        code == 2 && err.contains("00011_f.sql: no '-- +goose Up'"),
                        &format!("no Up: exit {code}: {err}"),
                    )?;
                    // Unknown layouts and --until without a folder are errors.
                    let (code, _, err) = run_binary(&["--layout", "rails", &folder], "")?;
                    expect(
                        code == 2
                            && err.contains("unknown layout 'rails'")
                            && err.contains("goose"),
                        &format!("--layout rails: exit {code}: {err}"),
                    )?;
                    let (code, _, err) = run_binary(&["--until", "2", "-"], "SELECT 1;")?;
                    expect(
                        code == 2 && err.contains("--until applies to migration folders"),
                        &format!("--until on stdin: exit {code}: {err}"),
                    )?;
                    // dbmate: only up sections; several rules matching are said.
                    write(
                        "both/20240101000000_a.sql",
                        "-- migrate:up\nCREATE TABLE a (id int PRIMARY KEY);\n\
                         -- migrate:down\nDROP TABLE a;\n",
                    )?;
                    write(
                        "both/20240102000000_b.sql",
                        "-- +goose Up\nCREATE TABLE b (id int PRIMARY KEY);\n",
                    )?;
                    let both = dir.join("both").to_string_lossy().to_string();
                    let (code, _, err) = run_binary(&["--dialect", "postgresql", &both], "")?;
                    expect(
                        code == 2
                            && err.contains("also looks like a dbmate folder")
                            && err.contains("20240101000000_a.sql: no '-- +goose Up'"),
                        &format!("goose and dbmate: exit {code}: {err}"),
                    )?;
                    let (code, out, err) = run_binary(
                        &["--dialect", "postgresql", "--layout", "dbmate", &both],
                        "",
                    )?;
                    expect(
                        code == 2
                            && out.is_empty()
                            && err.contains("20240102000000_b.sql: no '-- migrate:up'"),
                        &format!("forced dbmate: exit {code}: {err}"),
                    )
                })();
                let _ = std::fs::remove_dir_all(&dir);
                result
            },
        ),
        Trial::test("cli::sqlite_schema_dump_and_reserved_names", || {
            // `sqlite3 app.db .schema` prints the table AUTOINCREMENT made.
            let dump = "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);\n\
                        CREATE TABLE sqlite_sequence(name,seq);\n\
                        CREATE TABLE sqlite_stat1(tbl,idx,stat);\n";
            let (code, out, err) = run_binary(&["--dialect", "sqlite", "--strict", "-"], dump)?;
            expect(
                code == 0 && err.is_empty() && out.contains("class Users(Base):"),
                &format!("exit {code}: {err}"),
            )?;
            expect(!out.contains("sqlite_"), &out)?;
            // Any other sqlite_ name is refused by the server.
            let sql =
                "CREATE TABLE sqlite_mine (a int);\nCREATE TABLE t (id INTEGER PRIMARY KEY);\n";
            let (code, out, err) = run_binary(&["--dialect", "sqlite", "-"], sql)?;
            expect(
                code == 0
                    && err.contains("reserved for internal use: sqlite_mine")
                    && err.contains("<stdin>:1:1")
                    && out.contains("class T(Base):")
                    && !out.contains("sqlite_mine"),
                &format!("exit {code}: {err}"),
            )
        }),
        Trial::test("cli::tables_and_schemas_split_as_sqlacodegen_does", || {
            let two =
                "CREATE TABLE t (id int PRIMARY KEY);\nCREATE TABLE u (id int PRIMARY KEY);\n";
            // Split at commas only: ` u` is no table's name.
            let (code, out, err) =
                run_binary(&["--dialect", "postgresql", "--tables", "t, u", "-"], two)?;
            expect(
                code == 2 && out.is_empty() && err.contains("' u'") && err.contains("--tables a,b"),
                &format!("exit {code}: {err}"),
            )?;
            let (code, out, err) =
                run_binary(&["--dialect", "postgresql", "--tables", "t,u", "-"], two)?;
            expect(
                code == 0 && out.contains("class T(Base):") && out.contains("class U(Base):"),
                &format!("exit {code}: {err}"),
            )?;
            // An empty value is no value.
            let (code, out, err) = run_binary(
                &[
                    "--dialect",
                    "postgresql",
                    "--tables",
                    "",
                    "--schemas",
                    "",
                    "-",
                ],
                two,
            )?;
            expect(
                code == 0 && out.contains("class U(Base):"),
                &format!("exit {code}: {err}"),
            )
        }),
        Trial::test(
            "cli::views_over_missing_relations_as_each_server_does",
            || {
                let sql = "CREATE TABLE a (id int PRIMARY KEY);\n\
                       CREATE VIEW v AS SELECT id FROM nosuch;\n\
                       CREATE TABLE b (id int PRIMARY KEY);\n";
                // PostgreSQL and MariaDB refuse the CREATE VIEW.
                for (dialect, message) in [
                    ("postgresql", "relation \"nosuch\" does not exist"),
                    ("mysql", "Table 'nosuch' doesn't exist"),
                ] {
                    let (code, out, err) = run_binary(&["--dialect", dialect, "-"], sql)?;
                    expect(
                        code == 0
                            && err.contains(message)
                            && err.contains("<stdin>:2:1")
                            && out.contains("class B(Base):")
                            && !out.contains("t_v"),
                        &format!("{dialect}: exit {code}: {err}"),
                    )?;
                }
                // Views over the system catalogs are fine.
                let system = "CREATE VIEW v AS SELECT relname FROM pg_class;\n\
                          CREATE VIEW w AS SELECT table_name FROM information_schema.tables;\n";
                let (code, out, err) = run_binary(&["--dialect", "postgresql", "-"], system)?;
                expect(
                    code == 0 && !err.contains("skipped") && out.contains("t_w = Table("),
                    &format!("system catalogs: exit {code}: {err}"),
                )?;
                // SQLite accepts it, and reflecting the view stops sqlacodegen.
                let (code, out, err) = run_binary(&["--dialect", "sqlite", "-"], sql)?;
                expect(
                    code == 2 && out.is_empty() && err.contains("no such table: main.nosuch"),
                    &format!("sqlite: exit {code}: {err}"),
                )?;
                let (code, out, err) = run_binary(&["--dialect", "sqlite", "--noviews", "-"], sql)?;
                expect(
                    code == 0 && out.contains("class B(Base):"),
                    &format!("sqlite --noviews: exit {code}: {err}"),
                )
            },
        ),
        Trial::test(
            "cli::a_column_without_a_name_is_an_error_not_a_module_that_fails_at_import",
            || {
                // SQLite takes `""` for a column name; SQLAlchemy's Column refuses
                // it (sqlacodegen stops), so no module is written.
                let sql = "CREATE TABLE t (id INTEGER PRIMARY KEY, \"\" TEXT);\n\
                           CREATE TABLE u (id INTEGER PRIMARY KEY);\n";
                let (code, out, err) = run_binary(&["--dialect", "sqlite", "-"], sql)?;
                expect(
                    code == 2 && out.is_empty() && err.contains("column with an empty name"),
                    &format!("exit {code}: {err}"),
                )?;
                let (code, out, err) =
                    run_binary(&["--dialect", "sqlite", "--tables", "u", "-"], sql)?;
                expect(
                    code == 0 && out.contains("class U(Base):"),
                    &format!("--tables u: exit {code}: {err}"),
                )
            },
        ),
        Trial::test(
            "cli::strict_passes_a_pg_dump_with_functions_and_schemas",
            || {
                let dump = "SET client_encoding = 'UTF8';\n\
                SELECT pg_catalog.set_config('search_path', '', false);\n\
                CREATE SCHEMA audit;\nALTER SCHEMA audit OWNER TO app;\n\
                CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql\n\
                AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$;\n\
                ALTER FUNCTION public.touch() OWNER TO app;\n\
                CREATE TABLE audit.log (id integer NOT NULL, note text);\n\
                ALTER TABLE audit.log OWNER TO app;\n\
                CREATE TABLE public.item (id integer NOT NULL, updated_at timestamp with time zone);\n\
                ALTER TABLE public.item OWNER TO app;\n\
                ALTER TABLE ONLY public.item ADD CONSTRAINT item_pkey PRIMARY KEY (id);\n\
                CREATE TRIGGER item_touch BEFORE UPDATE ON public.item FOR EACH ROW \
                EXECUTE FUNCTION public.touch();\n\
                CREATE VIEW public.recent AS SELECT item.id FROM public.item;\n\
                ALTER VIEW public.recent OWNER TO app;\n";
                let (code, out, err) =
                    run_binary(&["--dialect", "postgresql", "--strict", "-"], dump)?;
                expect(
                    code == 0 && out.contains("class Item(Base):") && out.contains("t_recent"),
                    &format!("exit {code}: {err}"),
                )?;
                let (code, out, err) = run_binary(
                    &[
                        "--dialect",
                        "postgresql",
                        "--strict",
                        "--schemas",
                        "audit",
                        "-",
                    ],
                    dump,
                )?;
                expect(
                    code == 0 && out.contains("'log', metadata") && out.contains("schema='audit'"),
                    &format!("--schemas audit: exit {code}: {err}"),
                )
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
        Trial::test("cli::sqlite_urls_are_read_only_and_never_created", || {
            let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
            let missing = dir.path().join("missing.db");
            let url = format!("sqlite:///{}", missing.display());
            let (code, out, err) = run_binary(&[&url], "")?;
            expect(code == 2 && out.is_empty(), &format!("exit {code}: {out}"))?;
            expect(err.contains("no such SQLite database file"), &err)?;
            expect(!missing.exists(), "the missing database was created")?;
            let db = dir.path().join("app.db");
            let connection = rusqlite::Connection::open(&db).map_err(|e| e.to_string())?;
            connection
                .execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);")
                .map_err(|e| e.to_string())?;
            drop(connection);
            let before = std::fs::read(&db).map_err(|e| e.to_string())?;
            let url = format!("sqlite:///{}", db.display());
            let (code, out, err) = run_binary(&[&url], "")?;
            expect(code == 0, &format!("exit {code}: {err}"))?;
            expect(out.contains("class T(Base):"), &out)?;
            expect(
                std::fs::read(&db).map_err(|e| e.to_string())? == before,
                "the database file changed",
            )?;
            // A URL is the only input.
            let (code, _, err) = run_binary(&[&url, "-"], "")?;
            expect(code == 2 && err.contains("cannot be mixed"), &err)?;
            // Given as a path, the file is refused with the URL to use.
            let path = db.display().to_string();
            let (code, _, err) = run_binary(&[&path], "")?;
            expect(code == 2 && err.contains("sqlite:///"), &err)?;
            // A server that is not there: one line, the password never shown.
            for url in [
                "postgresql://app:s3cret@127.0.0.1:1/app",
                "mysql+pymysql://app:s3cret@127.0.0.1:1/app",
                "mssql+pyodbc://app:s3cret@127.0.0.1:1/app",
            ] {
                let (code, _, err) = run_binary(&[url], "")?;
                expect(
                    code == 2
                        && !err.contains("s3cret")
                        && err.contains("app:***@")
                        && err.trim_end().lines().count() == 1,
                    &err,
                )?;
            }
            Ok(())
        }),
        Trial::test(
            "cli::sqlmodels_leaves_views_out_as_sqlacodegen_says",
            || {
                const WITH_VIEW: &str = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\n\
                CREATE VIEW v AS SELECT name FROM t;\n";
                let note = "VIEW models will not be generated when using the 'SQLModelGenerator' generator";
                let args = ["--dialect", "sqlite", "--generator", "sqlmodels", "-"];
                let (code, out, err) = run_binary(&args, WITH_VIEW)?;
                expect(code == 0, &format!("exit {code}: {err}"))?;
                expect(err.contains(note), &format!("no note about views: {err}"))?;
                expect(
                    out.contains("class T(SQLModel, table=True):") && !out.contains("'v'"),
                    &format!("the view is not left out:\n{out}"),
                )?;
                // Asked for by name, the view is not there to reflect: sqlacodegen
                // stops, and so do we.
                let args = [
                    "--dialect",
                    "sqlite",
                    "--generator",
                    "sqlmodels",
                    "--tables",
                    "t,v",
                    "-",
                ];
                let (code, out, err) = run_binary(&args, WITH_VIEW)?;
                expect(code == 2 && out.is_empty(), &format!("exit {code}: {out}"))?;
                expect(
                    err.contains("'v'"),
                    &format!("the view is not named: {err}"),
                )?;
                let args = ["--dialect", "sqlite", "--generator", "tables", "-"];
                let (code, out, err) = run_binary(&args, WITH_VIEW)?;
                expect(
                    code == 0 && !err.contains(note),
                    &format!("exit {code}: {err}"),
                )?;
                expect(
                    out.contains("t_v = Table("),
                    &format!("no view table:\n{out}"),
                )
            },
        ),
        Trial::test("cli::refuses_unknown_and_unsupported_choices", || {
            for (args, needle) in [
                (
                    vec!["--generator", "nope"],
                    "choose one of tables, declarative",
                ),
                (
                    vec!["--options", "nope"],
                    "Unrecognized options: nope (the declarative generator accepts: noindexes",
                ),
                // sqlacodegen refuses the class-only options for tables.
                (
                    vec!["--generator", "tables", "--options", "nojoined,noindexes"],
                    "Unrecognized options: nojoined (the tables generator accepts: noindexes",
                ),
                (vec!["--dialect", "oracle"], "unknown dialect"),
            ] {
                let (code, _, err) = run_binary(&args, SCHEMA)?;
                expect(code == 2, &format!("{args:?}: exit {code}"))?;
                expect(err.contains(needle), &format!("{args:?}: {err}"))?;
            }
            Ok(())
        }),
        Trial::test("cli::until_matches_the_oracle_on_a_truncated_copy", || {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar_tests");
            let pairs = until_pairs(&root)?;
            expect(
                pairs.len() >= 6,
                &format!(
                    "until.toml lists {} pair(s); at least 6 are wanted",
                    pairs.len()
                ),
            )?;
            let failures: Vec<String> = pairs
                .iter()
                .filter_map(|pair| until_pair(&root, pair).err())
                .collect();
            match failures.is_empty() {
                true => Ok(()),
                false => Err(failures.join("\n\n").into()),
            }
        }),
    ]
}

/// One `[[pair]]` of `grammar_tests/until.toml`: a full migration case, a
/// version, and the case holding the truncated copy of its folder.
struct UntilPair {
    full: String,
    until: String,
    truncated: String,
}

/// The pairs `grammar_tests/until.toml` lists (unknown keys are an error).
fn until_pairs(root: &Path) -> Result<Vec<UntilPair>, String> {
    let path = root.join("until.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let table: toml::Table = text.parse().map_err(|e| format!("until.toml: {e}"))?;
    if let Some(key) = table.keys().find(|k| *k != "pair") {
        return Err(format!("until.toml: unknown key `{key}` (only [[pair]])"));
    }
    let Some(pairs) = table.get("pair").and_then(|p| p.as_array()) else {
        return Err(String::from("until.toml: no [[pair]]"));
    };
    pairs
        .iter()
        .enumerate()
        .map(|(i, pair)| {
            let pair = pair
                .as_table()
                .ok_or_else(|| format!("until.toml: pair {} is not a table", i + 1))?;
            if let Some(key) = pair
                .keys()
                .find(|k| !["full", "until", "truncated"].contains(&k.as_str()))
            {
                return Err(format!("until.toml: pair {}: unknown key `{key}`", i + 1));
            }
            let get = |key: &str| {
                pair.get(key)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
                    .ok_or_else(|| format!("until.toml: pair {} has no string `{key}`", i + 1))
            };
            Ok(UntilPair {
                full: get("full")?,
                until: get("until")?,
                truncated: get("truncated")?,
            })
        })
        .collect()
}

/// Run the binary with `--until` on the full case's folder as the harness
/// runs a case (from the case folder, with its flags) and compare its stdout
/// with the oracle's expectation for the truncated copy.
fn until_pair(root: &Path, pair: &UntilPair) -> Result<(), String> {
    let read_case = |name: &str| -> Result<Case, String> {
        let dir = root.join(name);
        let text = std::fs::read_to_string(dir.join("case.toml"))
            .map_err(|e| format!("until.toml names {name}, which is no case: {e}"))?;
        parse_case(&dir, root, &text).map_err(|e| format!("{name}: {e}"))
    };
    let full = read_case(&pair.full)?;
    let truncated = read_case(&pair.truncated)?;
    if full.dialect != truncated.dialect {
        return Err(format!(
            "{} and {} are cases of different dialects",
            pair.full, pair.truncated
        ));
    }
    let read_expected = |case: &Case| {
        let path = case.dir.join("declarative.py");
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let expected = read_expected(&truncated)?;
    if read_expected(&full)? == expected {
        return Err(format!(
            "{} --until {}: the truncated copy {} prints what the full case prints, so the \
             pair proves nothing; pick a version after which a migration changes the models",
            pair.full, pair.until, pair.truncated
        ));
    }
    let mut command = Command::new(binary());
    command.args(["--dialect", &full.dialect, "--generator", "declarative"]);
    if let Some(options) = &full.options {
        command.args(["--options", options]);
    }
    if let Some(tables) = &full.tables {
        command.args(["--tables", tables]);
    }
    if let Some(schemas) = &full.schemas {
        command.args(["--schemas", schemas]);
    }
    if full.noviews {
        command.arg("--noviews");
    }
    command.args(["--until", &pair.until]);
    command.args(&full.inputs);
    command.current_dir(&full.dir);
    let output = command
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary().display()))?;
    let actual = String::from_utf8_lossy(&output.stdout);
    if output.status.success() && actual == expected {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(expected.as_str(), &*actual)
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string();
    Err(format!(
        "{} --until {} differs from the oracle's {}/declarative.py (exit {}):\n{diff}\n\
         --- stderr ---\n{}",
        pair.full,
        pair.until,
        pair.truncated,
        output
            .status
            .code()
            .map_or_else(|| String::from("signal"), |c| c.to_string()),
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// For each `*/hostile_python_names_*` case: our default output compiles,
/// imports and configures its mappers (`grammar_tests/python/import_check.py`
/// with a Python that has SQLAlchemy), and for SQLite cases maps exactly the
/// schema's tables and columns. Without such a Python the trials say so and
/// pass.
fn python_import_checks(root: &Path) -> Vec<Trial> {
    let mut cases = Vec::new();
    discover(root, root, &mut cases);
    let checker = root.join("python").join("import_check.py");
    cases
        .into_iter()
        .filter_map(Result::ok)
        .filter(|case| case.name.contains("/hostile_python_names_"))
        .map(|case| {
            let checker = checker.clone();
            Trial::test(format!("python::{}::imports", case.name), move || {
                let Some(python) = sqlalchemy_python() else {
                    println!(
                        "skipped: no Python with SQLAlchemy (set DDLCODEGEN_PYTHON or run ../shared/oracle/setup.sh)"
                    );
                    return Ok(());
                };
                let output = default_output(&case, "declarative")?;
                let file = std::env::temp_dir().join(format!(
                    "ddlcodegen-import-{}-{}.py",
                    std::process::id(),
                    case.name.replace('/', "-")
                ));
                std::fs::write(&file, &output).map_err(|e| e.to_string())?;
                let expected = if case.dialect == "sqlite" {
                    case.dir.join("schema.sql").to_string_lossy().to_string()
                } else {
                    String::from("-")
                };
                let result = Command::new(&python)
                    .arg(&checker)
                    .arg(&file)
                    .arg(&expected)
                    .output()
                    .map_err(|e| e.to_string())?;
                let _ = std::fs::remove_file(&file);
                if result.status.success() {
                    Ok(())
                } else {
                    Err(format!(
                        "the default output does not import:\n{}\n{output}",
                        String::from_utf8_lossy(&result.stderr)
                    )
                    .into())
                }
            })
        })
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar_tests");
    let mut all = self_checks(&root);
    all.extend(cli_checks());
    all.extend(trials(&root));
    all.extend(python_import_checks(&root));
    for (dialect, _) in live::SERVERS {
        all.push(live::expectation_trial(
            &format!("live::{dialect}_urls_give_every_expectation"),
            root.clone(),
            dialect,
        ));
        if dialect != "sqlite" {
            all.push(live::failure_trial(dialect));
        }
    }
    all.push(live::silent_peer_trial("postgresql"));
    all.push(live::silent_peer_trial("mysql"));
    live::say_which_are_skipped();
    libtest_mimic::run(&args, all).exit();
}
