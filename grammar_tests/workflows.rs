//! Workflows target: ddlcodegen the way Python teams run it, each step done
//! with the real tool. The wheel (maturin) installed in a fresh venv prints
//! what the cargo build prints; the pre-commit hook, run as `pre-commit
//! try-repo`, fails on a stale models file with the diff and passes on a fresh
//! one; the README's Alembic and Flask-SQLAlchemy recipes
//! (`grammar_tests/workflows/*.py`) build and check a database.
//!
//! These need a Python venv with maturin, pre-commit, Alembic and
//! Flask-SQLAlchemy (`.ci/run` makes one from the package index and passes its
//! python in `DDLCODEGEN_WORKFLOWS_PYTHON`); pre-commit's own install of the
//! hook reaches the package index for maturin. Without that variable every
//! test is listed as ignored and the run says why.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use libtest_mimic::{Arguments, Failed, Trial};

const BINARY: &str = env!("CARGO_BIN_EXE_ddlcodegen");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where the wheel builds (maturin, and pre-commit's pip) put cargo's output:
/// kept between runs, apart from `cargo test`'s own.
fn wheel_target() -> PathBuf {
    root().join("target").join("wheel")
}

fn samples() -> Vec<PathBuf> {
    let mut samples: Vec<PathBuf> = std::fs::read_dir(root().join("samples"))
        .expect("samples/ is part of the checkout")
        .map(|entry| entry.expect("samples/ is readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "sql"))
        .collect();
    samples.sort();
    samples
}

/// Run a command to its end; an error names it when it cannot start.
fn run(command: &mut Command) -> Result<Output, Failed> {
    command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}").into())
}

fn succeeded(what: &str, output: &Output) -> Result<(), Failed> {
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{what}: {}\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
    .into())
}

/// `maturin build` of this checkout, the wheel into a fresh venv (from the
/// file alone: no index), and its `ddlcodegen` on each sample against the
/// cargo-built binary.
fn wheel(python: &Path) -> Result<(), Failed> {
    let work = tempfile::tempdir()?;
    let dist = work.path().join("dist");
    let built = run(Command::new(python)
        .args(["-m", "maturin", "build", "--quiet", "--out"])
        .arg(&dist)
        .current_dir(root())
        .env("CARGO_TARGET_DIR", wheel_target()))?;
    succeeded("maturin build", &built)?;
    let wheels: Vec<PathBuf> = std::fs::read_dir(&dist)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    let [wheel] = wheels.as_slice() else {
        return Err(format!("maturin built {wheels:?}, not one wheel").into());
    };
    let venv = work.path().join("venv");
    succeeded(
        "python -m venv",
        &run(Command::new(python).args(["-m", "venv"]).arg(&venv))?,
    )?;
    let pip = run(Command::new(venv.join("bin").join("python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--disable-pip-version-check",
        ])
        .arg(wheel))?;
    succeeded("pip install the wheel", &pip)?;
    let installed = venv.join("bin").join("ddlcodegen");
    let sizes = format!(
        "wheel {} ({} bytes), installed binary {} bytes",
        wheel.file_name().unwrap_or_default().to_string_lossy(),
        std::fs::metadata(wheel)?.len(),
        std::fs::metadata(&installed)?.len()
    );
    for sample in samples() {
        let ours = run(Command::new(&installed).arg(&sample))?;
        succeeded("the installed ddlcodegen", &ours)?;
        let cargo_built = run(Command::new(BINARY).arg(&sample))?;
        succeeded("the cargo-built ddlcodegen", &cargo_built)?;
        if ours.stdout != cargo_built.stdout || ours.stdout.is_empty() {
            return Err(format!(
                "{}: the installed ddlcodegen prints other bytes than the cargo build",
                sample.display()
            )
            .into());
        }
    }
    let version = run(Command::new(&installed).arg("--version"))?;
    succeeded("ddlcodegen --version", &version)?;
    eprintln!(
        "workflows: {sizes}; {}",
        String::from_utf8_lossy(&version.stdout).trim()
    );
    Ok(())
}

/// A project as pre-commit users have it: a git repository with a schema, the
/// models generated from it and `[tool.ddlcodegen]` saying which is which.
fn project(dir: &Path) -> Result<(), Failed> {
    std::fs::create_dir_all(dir.join("db"))?;
    std::fs::create_dir_all(dir.join("app"))?;
    std::fs::copy(
        root().join("samples").join("tracker.sqlite.sql"),
        dir.join("db").join("schema.sql"),
    )?;
    std::fs::write(
        dir.join("pyproject.toml"),
        "[project]\nname = \"app\"\nversion = \"1.0\"\n\n[tool.ddlcodegen]\n\
         inputs = [\"db/schema.sql\"]\ndialect = \"sqlite\"\noutfile = \"app/models.py\"\n",
    )?;
    // `ddlcodegen` with no arguments: the settings above.
    succeeded(
        "ddlcodegen with the project's settings",
        &run(Command::new(BINARY).current_dir(dir))?,
    )?;
    for git in [
        &["init", "--quiet", "--initial-branch=main"][..],
        &["add", "--all"],
        &[
            "-c",
            "user.name=ci",
            "-c",
            "user.email=ci@example.invalid",
            "commit",
            "--quiet",
            "--message",
            "models",
        ],
    ] {
        succeeded("git", &run(Command::new("git").args(git).current_dir(dir))?)?;
    }
    Ok(())
}

fn try_repo(python: &Path, dir: &Path, home: &Path) -> Result<Output, Failed> {
    run(Command::new(python)
        .args(["-m", "pre_commit", "try-repo"])
        .arg(root())
        .args(["ddlcodegen-check", "--all-files", "--color", "never"])
        .current_dir(dir)
        .env("PRE_COMMIT_HOME", home)
        .env("CARGO_TARGET_DIR", wheel_target()))
}

/// `pre-commit try-repo`: the hook passes on the committed models, fails with
/// the diff once the schema gains a column, and passes again once the models
/// are written anew.
fn pre_commit(python: &Path) -> Result<(), Failed> {
    let work = tempfile::tempdir()?;
    let dir = work.path().join("project");
    let home = work.path().join("pre-commit-home");
    project(&dir)?;
    let fresh = try_repo(python, &dir, &home)?;
    succeeded("pre-commit on fresh models", &fresh)?;

    let schema = dir.join("db").join("schema.sql");
    let sql = std::fs::read_to_string(&schema)?;
    let grown = sql.replacen(
        "CREATE TABLE",
        "CREATE TABLE audit_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\nCREATE TABLE",
        1,
    );
    std::fs::write(&schema, grown)?;
    let stale = try_repo(python, &dir, &home)?;
    let shown = String::from_utf8_lossy(&stale.stdout);
    if stale.status.success() {
        return Err(format!("pre-commit passed on stale models:\n{shown}").into());
    }
    for expected in [
        "--- app/models.py",
        "+++ generated",
        "+class AuditNote(Base):",
        "Failed",
    ] {
        if !shown.contains(expected) {
            return Err(format!("no {expected:?} in pre-commit's output:\n{shown}").into());
        }
    }
    succeeded(
        "ddlcodegen writing the models again",
        &run(Command::new(BINARY).current_dir(&dir))?,
    )?;
    let again = try_repo(python, &dir, &home)?;
    succeeded("pre-commit on models written again", &again)?;
    Ok(())
}

/// A recipe script of `grammar_tests/workflows/`, with the oracle's roundtrip
/// check when the oracle and its venv are there.
fn recipe(python: &Path, script: &str) -> Result<(), Failed> {
    let work = tempfile::tempdir()?;
    let mut command = Command::new(python);
    command
        .arg(root().join("grammar_tests").join("workflows").join(script))
        .arg("--ddlcodegen")
        .arg(BINARY)
        .arg("--workdir")
        .arg(work.path());
    let oracle = root()
        .join("..")
        .join("shared")
        .join("oracle")
        .join("oracle");
    let oracle_home = std::env::var_os("ORACLE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/ddl-oracle")));
    if oracle.exists() && oracle_home.is_some_and(|h| h.join("venv").exists()) {
        command.arg("--oracle").arg(oracle);
    }
    let output = run(&mut command)?;
    succeeded(script, &output)?;
    eprint!("workflows: {}", String::from_utf8_lossy(&output.stdout));
    Ok(())
}

fn main() {
    let mut args = Arguments::from_args();
    // One at a time: the wheel builds share a target folder (maturin moves the
    // binary out of it without a lock), and the second reuses what the first
    // compiled.
    args.test_threads = Some(1);
    let python = std::env::var_os("DDLCODEGEN_WORKFLOWS_PYTHON").map(PathBuf::from);
    if python.is_none() {
        eprintln!(
            "workflows: skipped: DDLCODEGEN_WORKFLOWS_PYTHON is not set (a venv's python with \
             maturin, pre-commit, alembic and Flask-SQLAlchemy; .ci/run makes one)"
        );
    }
    let skipped = python.is_none();
    let trial = |name: &str, test: fn(&Path) -> Result<(), Failed>| {
        let python = python.clone();
        Trial::test(name, move || match &python {
            Some(python) => test(python),
            None => Ok(()),
        })
        .with_ignored_flag(skipped)
    };
    let trials = vec![
        trial("workflows::wheel_installs_what_cargo_builds", wheel),
        trial(
            "workflows::pre_commit_hook_fails_on_stale_models",
            pre_commit,
        ),
        trial("workflows::alembic_initial_migration_recipe", |python| {
            recipe(python, "alembic_recipe.py")
        }),
        trial("workflows::flask_sqlalchemy_recipe", |python| {
            recipe(python, "flask_recipe.py")
        }),
    ];
    libtest_mimic::run(&args, trials).exit();
}
