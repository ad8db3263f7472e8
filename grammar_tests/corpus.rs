//! Real-world corpus target: every case under `../shared/corpus` (public
//! schemas, dumps and migration folders copied from their projects, each with
//! sqlacodegen's output per generator written by the oracle) becomes one test
//! per generator, `corpus/<dialect>/<case>::<generator>`.
//!
//! The corpus is not part of this repository (its files keep their projects'
//! licences), so it is read from where it lies: `DDLCODEGEN_CORPUS`, else
//! `../shared/corpus` next to the checkout. When it is missing, the run says so
//! and lists one ignored test instead of passing silently.
//!
//! Each test compares our `--sqlacodegen-exact` output with the oracle's bytes.
//! Our default output must be those same bytes, unless sqlacodegen's own
//! output is not valid Python: then it may differ only on those lines, and
//! must parse.

mod case;
mod live;

use std::path::PathBuf;

use case::{
    compare_output, default_output, discover, python_import_error, python_parse_error,
    valid_python_instead, Case, DIALECTS,
};
use libtest_mimic::{Arguments, Failed, Trial};

/// The generators ddlcodegen implements (all of sqlacodegen's four; the
/// corpus holds expectations for each).
const IMPLEMENTED: [&str; 4] = ["tables", "declarative", "dataclasses", "sqlmodels"];

fn corpus_root() -> PathBuf {
    std::env::var_os("DDLCODEGEN_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join("shared")
                .join("corpus")
        })
}

fn run(case: &mut Case, generator: &str, expected: &str) -> Result<(), Failed> {
    compare_output(case, generator, expected, true)?;
    // The corpus lists no invalid-Python cases by hand: python3 tells, and
    // where our default output differs, whether sqlacodegen's imports with
    // SQLAlchemy (a name bound over one read later, an enum key used twice).
    case.invalid_python = python_parse_error(expected);
    if case.invalid_python.is_none() {
        let default = default_output(case, generator)?;
        if default == expected {
            return Ok(());
        }
        match python_import_error(expected) {
            Some(why) => case.invalid_python = Some(why),
            None => return compare_output(case, generator, expected, false).map(|_| ()),
        }
        // Other defects may remain (the hostile_python_names golden cases
        // check that names alone never break the import).
        return valid_python_instead(&default);
    }
    valid_python_instead(&default_output(case, generator)?)
}

fn trials(root: &std::path::Path) -> Vec<Trial> {
    let mut cases = Vec::new();
    discover(root, root, &mut cases);
    let mut trials = Vec::new();
    let counts: Vec<(String, usize)> = DIALECTS
        .iter()
        .map(|d| {
            let prefix = format!("{d}/");
            let n = cases
                .iter()
                .filter(|c| c.as_ref().is_ok_and(|c| c.name.starts_with(&prefix)))
                .count();
            (d.to_string(), n)
        })
        .collect();
    trials.push(Trial::test("corpus::finds_cases", move || {
        match counts.iter().find(|(_, n)| *n == 0) {
            Some((dialect, _)) => Err(format!("no {dialect} case in the corpus").into()),
            None => Ok(()),
        }
    }));
    for case in cases {
        let case = match case {
            Ok(case) => case,
            Err((name, error)) => {
                trials.push(Trial::test(
                    format!("corpus/{name}::case.toml"),
                    move || Err(error.into()),
                ));
                continue;
            }
        };
        for generator in &case.generators {
            let path = case.dir.join(format!("{generator}.py"));
            if !path.is_file() {
                continue;
            }
            let name = format!("corpus/{}::{generator}", case.name);
            let ignored = case.skip.is_some() || !IMPLEMENTED.contains(&generator.as_str());
            let (mut case, generator) = (case.clone(), generator.clone());
            let trial = Trial::test(name, move || {
                let expected = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                run(&mut case, &generator, &expected)
            });
            trials.push(trial.with_ignored_flag(ignored));
        }
    }
    trials
}

fn main() {
    let args = Arguments::from_args();
    let root = corpus_root();
    let all = if root.is_dir() {
        let mut all = trials(&root);
        // Every corpus case loaded into a live server and read back.
        for (dialect, _) in live::SERVERS {
            all.push(live::expectation_trial(
                &format!("live::corpus_{dialect}_urls_give_every_expectation"),
                root.clone(),
                dialect,
            ));
        }
        live::say_which_are_skipped();
        all
    } else {
        eprintln!(
            "corpus: SKIPPED: no corpus at {} (set DDLCODEGEN_CORPUS to its folder)",
            root.display()
        );
        vec![Trial::test("corpus::skipped_no_corpus_folder", || Ok(())).with_ignored_flag(true)]
    };
    libtest_mimic::run(&args, all).exit();
}
