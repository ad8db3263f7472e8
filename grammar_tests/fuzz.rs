//! Fuzzing target: hostile and mutated schemas through the whole pipeline
//! ([`ddlcodegen::pipeline::generate`]), on stable Rust, no cargo-fuzz.
//!
//! Inputs come from two sources:
//! - token-level mutations of the golden inputs (`grammar_tests/*/*/`, with the
//!   dialect of their case.toml): delete, duplicate, swap, truncate, splice
//!   statements of another case, insert hostile tokens (quotes, `$$`, comment
//!   openers, `DELIMITER`, control characters, a lone CR, a BOM, multi-byte and
//!   astral characters, very long identifiers, deep parentheses);
//! - a generator of hostile schemas in each dialect's quoting (tables, columns,
//!   enums, indexes, foreign keys, self-referential many-to-many association
//!   tables, views) whose names, comments, defaults and CHECK texts hold Python
//!   keywords and builtins, quotes, backslashes, newlines, format characters,
//!   every kind of Unicode and code such as
//!   `x if __import__("os").system("touch /tmp/ddlcodegen-pwned") else x`.
//!
//! Each input runs with a random mix of settings (options of the declarative
//! generator, `sqlacodegen_exact`, `strict`, views, a given or detected
//! dialect) and must: never panic (no "internal error"), finish within 10 s,
//! and, when a module is written, hold declarations only
//! (`grammar_tests/python/no_injection.py`); outside exact mode it must also
//! parse and, with a Python that has SQLAlchemy (`DDLCODEGEN_PYTHON` or the
//! oracle's venv), import and pass `configure_mappers()` without a warning
//! from SQLAlchemy (also where sqlacodegen's own output for the schema would
//! not). One Python process
//! (`grammar_tests/python/module_checker.py`) checks all modules. Before each
//! input, `target/fuzz-last.sql` receives it with its seed and settings, so an
//! abort leaves the reproducer behind.
//!
//! Environment:
//! - `DDLCODEGEN_FUZZ_SEED` (default 1): the run's seed; case `i` is derived
//!   from it alone, so `DDLCODEGEN_FUZZ_ONLY=i` replays one case;
//! - `DDLCODEGEN_FUZZ_CASES` (default 1500, the CI pass) or
//!   `DDLCODEGEN_FUZZ_SECONDS` (a time budget; wins over the count);
//! - `DDLCODEGEN_FUZZ_LAST` (default `target/fuzz-last.sql`): where each input
//!   is written before it runs;
//! - `DDLCODEGEN_FUZZ_IMPORTS=open`: an output that parses but does not
//!   import is printed and counted as an open finding instead of failing the
//!   run (while such findings are being fixed; panics, aborts, timeouts,
//!   invalid Python and injection always fail);
//! - `DDLCODEGEN_FUZZ_MAX_FAILURES` (default 10 for a count, none for a time
//!   budget): stop after that many findings (a timeout always stops the run).
//!   Each distinct finding (kind and exception) is printed in full, with an
//!   input minimised by chunk deletion; repeats get one line.
//!
//! The CI pass: `cargo test --release --test fuzz` (`.ci/run` makes a venv with
//! SQLAlchemy 2.1.9 and exports `DDLCODEGEN_PYTHON`). A longer run:
//!
//! ```text
//! DDLCODEGEN_FUZZ_SEED=$RANDOM DDLCODEGEN_FUZZ_SECONDS=3600 \
//!     cargo test --release --test fuzz -- fuzz::run > fuzz.log 2>&1
//! ```
//!
//! and to replay a failure it printed:
//!
//! ```text
//! DDLCODEGEN_FUZZ_SEED=<seed> DDLCODEGEN_FUZZ_ONLY=<case> cargo test --release --test fuzz -- fuzz::run
//! ```
//!
//! The other trials here: `no_injection::rejects_malicious_modules` (the
//! check can fail) and `no_injection::hostile_schemas` (a fixed set of
//! hostile schemas in all three dialects, exact and default mode).

#[allow(dead_code)]
mod case;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use ddlcodegen::dialect::Dialect;
use ddlcodegen::input::Source;
use ddlcodegen::model::reflect::ReflectRequest;
use ddlcodegen::model::{Generator, Settings};
use ddlcodegen::pipeline::{generate, Outcome, Request};
use libtest_mimic::{Arguments, Failed, Trial};

/// Longest a single input may take through the pipeline.
const WATCHDOG: Duration = Duration::from_secs(10);
/// Longest the Python checker may take over one module.
const CHECKER_TIMEOUT: Duration = Duration::from_secs(60);
/// What the hostile code would create if it ever ran.
const PWNED: &str = "/tmp/ddlcodegen-pwned";

// ---------------------------------------------------------------------------
// A small PRNG (splitmix64): reproducible, no crate.

#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0..n (0 when n is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The seed of case `index` of a run: each case replays on its own.
fn case_seed(run_seed: u64, index: u64) -> u64 {
    Rng::new(run_seed ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03)).next()
}

// ---------------------------------------------------------------------------
// Hostile material.

/// Texts for names, comments, defaults and CHECKs.
const HOSTILE_TEXTS: &[&str] = &[
    "class",
    "__debug__",
    "__import__",
    "None",
    "Base",
    "metadata",
    "datetime",
    "Optional",
    "Mapped",
    "mapped_column",
    "relationship",
    "Column",
    "Table",
    "text",
    "registry",
    "__tablename__",
    "__table_args__",
    "_sa_registry",
    "self",
    "cls",
    "lambda",
    "True",
    "type",
    "str",
    "int",
    "t_",
    "_",
    "__",
    "1abc",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "\\",
    "\\'",
    "\\\"",
    "\\n",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "{}",
    "{0}",
    "%s",
    "%(x)s",
    "e\u{301}",
    "\u{200B}",
    "\u{202E}",
    "\u{FEFF}",
    "ＦｕｌｌＷｉｄｔｈ",
    "area_m²",
    "co₂",
    "①",
    "١٢",
    "😀",
    "𝄞",
    "表",
    "ﬁle",
    "K",
    "Ⅻ",
    "x if __import__(\"os\").system(\"touch /tmp/ddlcodegen-pwned\") else x",
    "'); __import__('os').system('touch /tmp/ddlcodegen-pwned'); ('",
    "\"); __import__(\"os\").system(\"touch /tmp/ddlcodegen-pwned\"); (\"",
    "\n__import__('os').system('touch /tmp/ddlcodegen-pwned')\n",
    "'''\n__import__('os').system('touch /tmp/ddlcodegen-pwned')\n'''",
    "\"\"\"\n__import__('os').system('touch /tmp/ddlcodegen-pwned')\n\"\"\"",
    "a, __import__('os').system('touch /tmp/ddlcodegen-pwned')",
    "a] + [__import__('os')",
    "-- ",
    "/*",
    "*/",
    ";",
    "$$",
    "$x$",
    "`",
    ",",
    "()",
    ".",
    "a.b",
    " ",
    "  lead",
    "trail ",
];

/// Tokens the mutator inserts.
const HOSTILE_TOKENS: &[&str] = &[
    "'",
    "\"",
    "`",
    "$$",
    "$x$",
    "/*",
    "*/",
    "--",
    "#",
    "\\",
    ";",
    "(",
    ")",
    ",,",
    ",",
    "DELIMITER",
    "DELIMITER $$\n",
    "DELIMITER ;\n",
    "\u{1}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{b}",
    "\u{c}",
    "\u{7f}",
    "\r",
    "\u{FEFF}",
    "é",
    "表",
    "𝄞",
    "\u{301}",
    "\u{200B}",
    "\u{202E}",
    "NULL",
    "DEFAULT",
    "CHECK",
    "REFERENCES",
    "PRIMARY KEY",
    "UNIQUE",
    "NOT NULL",
    "COLLATE",
    "GENERATED ALWAYS AS",
    "CREATE TABLE",
    "CREATE INDEX",
    "ALTER TABLE",
    "DROP TABLE",
    "\\i x.sql",
    "source x.sql",
    "E'",
    "x'",
    "N'",
    "::",
    "[",
    "]",
    "?",
    ":x",
    "@",
    "0x",
    "1e999",
    "-9223372036854775809",
];

// ---------------------------------------------------------------------------
// Golden inputs and their mutations.

#[derive(Clone)]
struct Seedling {
    name: String,
    dialect: Dialect,
    text: String,
}

fn golden_inputs(root: &Path) -> Vec<Seedling> {
    let mut cases = Vec::new();
    case::discover(root, root, &mut cases);
    let mut seedlings = Vec::new();
    for case in cases.into_iter().filter_map(Result::ok) {
        let Ok(dialect) = case.dialect.parse::<Dialect>() else {
            continue;
        };
        let mut text = String::new();
        for input in &case.inputs {
            let files = if input.is_dir() {
                case::default_inputs(input).unwrap_or_default()
            } else {
                vec![input.clone()]
            };
            for file in files {
                if let Ok(more) = std::fs::read_to_string(&file) {
                    text.push_str(&more);
                    text.push('\n');
                }
            }
        }
        if !text.trim().is_empty() {
            seedlings.push(Seedling {
                name: case.name.clone(),
                dialect,
                text,
            });
        }
    }
    seedlings
}

/// Split on whitespace, punctuation and quotes: words, whitespace runs and
/// single other characters; concatenating the tokens gives the text back.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut kind = 0u8; // 1 word, 2 space
    for c in text.chars() {
        let this = if c.is_alphanumeric() || c == '_' {
            1
        } else if c.is_whitespace() {
            2
        } else {
            3
        };
        if this != 3 && this == kind {
            if let Some(last) = out.last_mut() {
                last.push(c);
                continue;
            }
        }
        out.push(c.to_string());
        kind = this;
    }
    out
}

/// The statements of a text, cut at `;` (roughly: a mutation, not a parse).
fn rough_statements(text: &str) -> Vec<String> {
    text.split_inclusive(';').map(String::from).collect()
}

fn hostile_token(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => "a".repeat(1 + rng.below(5000)),
        1 => "é".repeat(1 + rng.below(100)),
        2 => {
            let depth = 1 + rng.below(3000);
            format!("{}1{}", "(".repeat(depth), ")".repeat(depth))
        }
        3 => rng.pick(HOSTILE_TEXTS).to_string(),
        _ => rng.pick(HOSTILE_TOKENS).to_string(),
    }
}

fn mutate(rng: &mut Rng, seedlings: &[Seedling]) -> (Dialect, String, String) {
    let base = rng.pick(seedlings);
    let mut toks = tokens(&base.text);
    let mut what = vec![format!("mutated {}", base.name)];
    let rounds = 1 + rng.below(6);
    for _ in 0..rounds {
        if toks.is_empty() {
            toks.push(String::new());
        }
        let n = toks.len();
        match rng.below(9) {
            0 => {
                let at = rng.below(n);
                let len = (1 + rng.below(4)).min(n - at);
                toks.drain(at..at + len);
                what.push("delete".into());
            }
            1 => {
                let at = rng.below(n);
                let len = (1 + rng.below(8)).min(n - at);
                let copy: Vec<String> = toks[at..at + len].to_vec();
                let to = rng.below(n);
                toks.splice(to..to, copy);
                what.push("duplicate".into());
            }
            2 => {
                let (a, b) = (rng.below(n), rng.below(n));
                toks.swap(a, b);
                what.push("swap".into());
            }
            3 => {
                let joined: String = toks.concat();
                let cut = joined
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth(rng.below(joined.chars().count() + 1))
                    .unwrap_or(joined.len());
                toks = tokens(&joined[..cut]);
                what.push("truncate".into());
            }
            4 => {
                let other = rng.pick(seedlings);
                let statements = rough_statements(&other.text);
                let from = rng.below(statements.len());
                let take = (1 + rng.below(3)).min(statements.len() - from);
                let piece: String = statements[from..from + take].concat();
                let mut mine = rough_statements(&toks.concat());
                let at = rng.below(mine.len() + 1);
                mine.insert(at, piece);
                toks = tokens(&mine.concat());
                what.push(format!("splice {}", other.name));
            }
            5 => {
                // A quoted hostile name in place of a word.
                let words: Vec<usize> = (0..n)
                    .filter(|&i| toks[i].chars().next().is_some_and(char::is_alphabetic))
                    .collect();
                if !words.is_empty() {
                    let at = *rng.pick(&words);
                    toks[at] = quote_ident(base.dialect, &hostile_name(rng));
                    what.push("rename".into());
                }
            }
            _ => {
                let at = rng.below(n + 1);
                toks.insert(at, hostile_token(rng));
                what.push("insert".into());
            }
        }
    }
    // Mostly the case's own dialect; sometimes another one's rules.
    let dialect = if rng.chance(10) {
        *rng.pick(&Dialect::ALL)
    } else {
        base.dialect
    };
    (dialect, toks.concat(), what.join(", "))
}

// ---------------------------------------------------------------------------
// The generator of hostile schemas.

fn quote_ident(dialect: Dialect, name: &str) -> String {
    match dialect {
        Dialect::MySql => format!("`{}`", name.replace('`', "``")),
        _ => format!("\"{}\"", name.replace('"', "\"\"")),
    }
}

fn quote_str(dialect: Dialect, text: &str) -> String {
    let doubled = text.replace('\'', "''");
    match dialect {
        Dialect::MySql => format!("'{}'", doubled.replace('\\', "\\\\")),
        _ => format!("'{doubled}'"),
    }
}

fn hostile_text(rng: &mut Rng) -> &'static str {
    HOSTILE_TEXTS[rng.below(HOSTILE_TEXTS.len())]
}

fn hostile_name(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!("{}{}", rng.pick(HOSTILE_TEXTS), rng.pick(HOSTILE_TEXTS)),
        1 => format!("c{}", rng.below(100)),
        _ => rng.pick(HOSTILE_TEXTS).to_string(),
    }
}

/// A name not yet used in `used` (compared as the servers compare names).
fn fresh_name(rng: &mut Rng, used: &mut BTreeSet<String>) -> String {
    let mut name = hostile_name(rng);
    if name.trim().is_empty() {
        name = format!("n{name}");
    }
    let mut candidate = name.clone();
    let mut n = 1;
    while used.contains(&candidate.to_lowercase()) {
        candidate = format!("{name}{n}");
        n += 1;
    }
    used.insert(candidate.to_lowercase());
    candidate
}

struct TypeChoice {
    sql: String,
    textual: bool,
    numeric: bool,
}

fn column_type(rng: &mut Rng, dialect: Dialect, enums: &[String]) -> TypeChoice {
    let textual = |sql: &str| TypeChoice {
        sql: sql.into(),
        textual: true,
        numeric: false,
    };
    let numeric = |sql: &str| TypeChoice {
        sql: sql.into(),
        textual: false,
        numeric: true,
    };
    let other = |sql: &str| TypeChoice {
        sql: sql.into(),
        textual: false,
        numeric: false,
    };
    match dialect {
        Dialect::PostgreSql => match rng.below(10) {
            0 => numeric("integer"),
            1 => numeric("bigint"),
            2 => numeric("numeric(10, 2)"),
            3 => textual("varchar(200)"),
            4 => other("timestamp with time zone"),
            5 => other("boolean"),
            6 => other("jsonb"),
            7 if !enums.is_empty() => other(&quote_ident(dialect, &enums[rng.below(enums.len())])),
            8 => other("integer[]"),
            _ => textual("text"),
        },
        Dialect::MySql => match rng.below(10) {
            0 => numeric("INT"),
            1 => numeric("BIGINT UNSIGNED"),
            2 => numeric("DECIMAL(10,2)"),
            3 => textual("VARCHAR(200)"),
            4 => other("DATETIME"),
            5 => numeric("TINYINT(1)"),
            6 => {
                let members: Vec<String> = (0..1 + rng.below(4))
                    .map(|i| quote_str(dialect, &format!("{}{i}", rng.pick(HOSTILE_TEXTS))))
                    .collect();
                let kind = if rng.chance(70) { "ENUM" } else { "SET" };
                other(&format!("{kind}({})", members.join(", ")))
            }
            7 => other("JSON"),
            _ => textual("TEXT"),
        },
        Dialect::Sqlite => match rng.below(8) {
            0 => numeric("INTEGER"),
            1 => numeric("REAL"),
            2 => numeric("NUMERIC(10, 2)"),
            3 => textual("VARCHAR(200)"),
            4 => other("DATETIME"),
            5 => other("BLOB"),
            6 => other("BOOLEAN"),
            _ => textual("TEXT"),
        },
    }
}

fn hostile_schema(rng: &mut Rng, dialect: Dialect) -> String {
    let q = |s: &str| quote_ident(dialect, s);
    let lit = |s: &str| quote_str(dialect, s);
    let mut sql = String::new();
    let mut names = BTreeSet::new();
    let mut enums = Vec::new();
    if dialect == Dialect::PostgreSql {
        for _ in 0..rng.below(3) {
            let name = fresh_name(rng, &mut names);
            let mut members = BTreeSet::new();
            let values: Vec<String> = (0..1 + rng.below(5))
                .map(|_| lit(&fresh_name(rng, &mut members)))
                .collect();
            sql.push_str(&format!(
                "CREATE TYPE {} AS ENUM ({});\n",
                q(&name),
                values.join(", ")
            ));
            enums.push(name);
        }
    }
    // (table, its primary key column)
    let mut tables: Vec<(String, String)> = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let table = fresh_name(rng, &mut names);
        let mut columns = BTreeSet::new();
        let id = if rng.chance(60) {
            columns.insert("id".to_string());
            "id".to_string()
        } else {
            fresh_name(rng, &mut columns)
        };
        let id_type = match dialect {
            Dialect::PostgreSql if rng.chance(50) => "serial",
            Dialect::MySql if rng.chance(50) => "INT AUTO_INCREMENT",
            Dialect::Sqlite => "INTEGER",
            _ => "INT",
        };
        let mut lines = vec![format!("  {} {id_type} PRIMARY KEY", q(&id))];
        let mut comments = Vec::new();
        let mut indexed = Vec::new();
        for _ in 0..rng.below(6) {
            let column = fresh_name(rng, &mut columns);
            let kind = column_type(rng, dialect, &enums);
            let mut line = format!("  {} {}", q(&column), kind.sql);
            if rng.chance(20) {
                line.push_str(" NOT NULL");
            }
            if kind.textual && rng.chance(50) && !(dialect == Dialect::MySql && kind.sql == "TEXT")
            {
                line.push_str(&format!(" DEFAULT {}", lit(hostile_text(rng))));
            } else if kind.numeric && rng.chance(30) {
                line.push_str(&format!(" DEFAULT {}", rng.below(1000) as i64 - 500));
            }
            if kind.textual && rng.chance(30) {
                line.push_str(&format!(
                    " CHECK ({} <> {})",
                    q(&column),
                    lit(hostile_text(rng))
                ));
            }
            if kind.textual && dialect == Dialect::Sqlite && rng.chance(30) {
                let members: Vec<String> = (0..1 + rng.below(4))
                    .map(|i| lit(&format!("{}{i}", rng.pick(HOSTILE_TEXTS))))
                    .collect();
                line.push_str(&format!(
                    " CHECK ({} IN ({}))",
                    q(&column),
                    members.join(", ")
                ));
            }
            if rng.chance(30) {
                let comment = rng.pick(HOSTILE_TEXTS);
                match dialect {
                    Dialect::MySql => line.push_str(&format!(" COMMENT {}", lit(comment))),
                    Dialect::PostgreSql => comments.push(format!(
                        "COMMENT ON COLUMN {}.{} IS {};\n",
                        q(&table),
                        q(&column),
                        lit(comment)
                    )),
                    Dialect::Sqlite => {}
                }
            }
            if !tables.is_empty() && kind.numeric && rng.chance(40) {
                let (other, other_id) = rng.pick(&tables).clone();
                line.push_str(&format!(" REFERENCES {} ({})", q(&other), q(&other_id)));
            }
            if rng.chance(25) {
                indexed.push(column.clone());
            }
            lines.push(line);
        }
        if rng.chance(30) {
            // A foreign key to the table itself.
            let parent = fresh_name(rng, &mut columns);
            lines.push(format!(
                "  {} INT REFERENCES {} ({})",
                q(&parent),
                q(&table),
                q(&id)
            ));
        }
        let mut create = format!("CREATE TABLE {} (\n{}\n)", q(&table), lines.join(",\n"));
        if rng.chance(30) {
            let comment = lit(hostile_text(rng));
            match dialect {
                Dialect::MySql => create.push_str(&format!(" COMMENT={comment}")),
                Dialect::PostgreSql => {
                    comments.push(format!("COMMENT ON TABLE {} IS {comment};\n", q(&table)))
                }
                Dialect::Sqlite => {}
            }
        }
        sql.push_str(&create);
        sql.push_str(";\n");
        for comment in comments {
            sql.push_str(&comment);
        }
        for column in indexed {
            let index = fresh_name(rng, &mut names);
            let unique = if rng.chance(30) { "UNIQUE " } else { "" };
            let column = if dialect == Dialect::MySql {
                // A TEXT key needs a prefix length.
                format!("{}(10)", q(&column))
            } else {
                q(&column)
            };
            sql.push_str(&format!(
                "CREATE {unique}INDEX {} ON {} ({column});\n",
                q(&index),
                q(&table)
            ));
        }
        tables.push((table, id));
    }
    // Self-referential many-to-many association tables (two FKs to one table)
    // and plain association tables.
    for _ in 0..rng.below(3) {
        let (target, target_id) = rng.pick(&tables).clone();
        let (other, other_id) = if rng.chance(50) {
            (target.clone(), target_id.clone())
        } else {
            rng.pick(&tables).clone()
        };
        let association = fresh_name(rng, &mut names);
        let mut columns = BTreeSet::new();
        let a = fresh_name(rng, &mut columns);
        let b = fresh_name(rng, &mut columns);
        sql.push_str(&format!(
            "CREATE TABLE {} (\n  {} INT NOT NULL REFERENCES {} ({}),\n  {} INT NOT NULL REFERENCES {} ({}),\n  PRIMARY KEY ({}, {})\n);\n",
            q(&association),
            q(&a),
            q(&target),
            q(&target_id),
            q(&b),
            q(&other),
            q(&other_id),
            q(&a),
            q(&b)
        ));
    }
    for _ in 0..rng.below(2) {
        let (table, id) = rng.pick(&tables).clone();
        let view = fresh_name(rng, &mut names);
        sql.push_str(&format!(
            "CREATE VIEW {} AS SELECT {} AS {} FROM {};\n",
            q(&view),
            q(&id),
            q(&hostile_name(rng)),
            q(&table)
        ));
    }
    sql
}

// ---------------------------------------------------------------------------
// Running one input.

#[derive(Clone, Debug)]
struct Setup {
    dialect: Dialect,
    given_dialect: bool,
    generator: Generator,
    options: BTreeSet<String>,
    exact: bool,
    strict: bool,
    views: bool,
}

impl Setup {
    fn random(rng: &mut Rng, dialect: Dialect) -> Self {
        let generator = match rng.below(10) {
            0 | 1 => Generator::Tables,
            2 | 3 => Generator::Dataclasses,
            4..=6 => Generator::SqlModels,
            _ => Generator::Declarative,
        };
        let options = generator
            .valid_options()
            .iter()
            .filter(|_| rng.chance(12))
            .map(|o| o.to_string())
            .collect();
        Setup {
            dialect,
            given_dialect: rng.chance(90),
            generator,
            options,
            exact: rng.chance(30),
            strict: rng.chance(15),
            // SQLModel's generator never reflects views (the CLI says so).
            views: generator.views_supported() && rng.chance(85),
        }
    }

    fn describe(&self) -> String {
        let options: Vec<&str> = self.options.iter().map(String::as_str).collect();
        format!(
            "--dialect {} --generator {}{}{}{}{}{}",
            if self.given_dialect {
                self.dialect.name()
            } else {
                "(detected)"
            },
            self.generator.name(),
            if options.is_empty() {
                String::new()
            } else {
                format!(" --options {}", options.join(","))
            },
            if self.exact {
                " --sqlacodegen-exact"
            } else {
                ""
            },
            if self.strict { " --strict" } else { "" },
            if self.views { "" } else { " --noviews" },
            "",
        )
    }

    fn request(&self, text: &str) -> Request {
        Request {
            sources: vec![Source::plain(String::from("<fuzz>"), text.to_string())],
            dialect: self.given_dialect.then_some(self.dialect),
            reflect: ReflectRequest {
                schemas: Vec::new(),
                tables: None,
                views: self.views,
            },
            settings: Settings {
                generator: self.generator,
                options: self.options.clone(),
                sqlacodegen_exact: self.exact,
            },
            strict: self.strict,
        }
    }
}

/// The pipeline under a watchdog: `None` when it took longer than [`WATCHDOG`]
/// (the thread is left behind; the caller stops the run).
fn generate_watched(request: Request) -> Option<Outcome> {
    let (send, receive) = channel();
    std::thread::spawn(move || {
        let _ = send.send(generate(request));
    });
    receive.recv_timeout(WATCHDOG).ok()
}

// ---------------------------------------------------------------------------
// The Python side: one checker process for all modules.

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Verdict {
    Syntax,
    Injection,
    Import,
    Parsed,
    Imported,
}

struct PythonChecker {
    python: PathBuf,
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
    can_import: bool,
    /// Why modules are only parsed, not imported.
    why_not: String,
}

impl PythonChecker {
    /// The checker under the Python with SQLAlchemy (case::sqlalchemy_python),
    /// else under python3 (parse and injection checks only); `Err` when there
    /// is no Python at all.
    fn start() -> Result<Self, String> {
        let mut last = String::from("no python3");
        let candidates = case::sqlalchemy_python()
            .into_iter()
            .chain(std::iter::once(PathBuf::from("python3")));
        for python in candidates {
            match Self::start_with(&python) {
                Ok(checker) => return Ok(checker),
                Err(why) => last = why,
            }
        }
        Err(last)
    }

    fn start_with(python: &Path) -> Result<Self, String> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("grammar_tests")
            .join("python")
            .join("module_checker.py");
        let mut child = Command::new(python)
            .arg(&script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let (send, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let ready = lines
            .recv_timeout(CHECKER_TIMEOUT)
            .map_err(|_| format!("{} module_checker.py did not start", python.display()))?;
        let (can_import, why_not) = match ready.strip_prefix("ready ") {
            Some("import") => (true, String::new()),
            Some(rest) => (false, rest.trim_start_matches("parse").trim().to_string()),
            None => return Err(format!("module_checker.py said {ready:?}")),
        };
        Ok(PythonChecker {
            python: python.to_path_buf(),
            child,
            stdin,
            lines,
            can_import,
            why_not,
        })
    }

    /// Check one module; `import` also runs it (when it holds declarations only).
    fn check(&mut self, module: &str, import: bool) -> Result<(Verdict, String), String> {
        let mode = if import && self.can_import {
            "import"
        } else {
            "parse"
        };
        let sent = writeln!(self.stdin, "{mode} {}", module.len())
            .and_then(|_| self.stdin.write_all(module.as_bytes()))
            .and_then(|_| self.stdin.flush());
        let answer = match sent {
            Ok(()) => self.lines.recv_timeout(CHECKER_TIMEOUT),
            Err(_) => Err(RecvTimeoutError::Disconnected),
        };
        let line = match answer {
            Ok(line) => line,
            Err(error) => {
                // Start a fresh checker for the next module.
                let _ = self.child.kill();
                let _ = self.child.wait();
                if let Ok(fresh) = Self::start_with(&self.python.clone()) {
                    *self = fresh;
                }
                return Err(format!("the Python checker failed: {error:?}"));
            }
        };
        let (kind, message) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let verdict = match kind {
            "syntax" => Verdict::Syntax,
            "injection" => Verdict::Injection,
            "import" => Verdict::Import,
            "parsed" => Verdict::Parsed,
            "imported" => Verdict::Imported,
            _ => return Err(format!("the Python checker said {line:?}")),
        };
        Ok((verdict, unescape_json(message)))
    }
}

impl Drop for PythonChecker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A JSON string's text, good enough to print (\n, \", \\, \uXXXX).
fn unescape_json(quoted: &str) -> String {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(quoted);
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let code = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Checking one input.

#[derive(Debug, Clone)]
struct Finding {
    kind: &'static str,
    message: String,
}

#[derive(Default)]
struct Counters {
    parsed: u64,
    imported: u64,
}

/// Run `text` under `setup` and check what came out.
fn check_input(
    text: &str,
    setup: &Setup,
    python: &mut Option<PythonChecker>,
    counters: &mut Counters,
) -> Option<Finding> {
    let Some(outcome) = generate_watched(setup.request(text)) else {
        return Some(Finding {
            kind: "timeout",
            message: format!("no answer within {} s", WATCHDOG.as_secs()),
        });
    };
    if let Some(error) = outcome
        .errors
        .iter()
        .find(|e| e.starts_with("internal error"))
    {
        return Some(Finding {
            kind: "panic",
            message: error.clone(),
        });
    }
    let module = match outcome.models?.into_string() {
        Ok(module) => module,
        Err(error) => {
            return Some(Finding {
                kind: "output",
                message: format!("the module cannot be read back: {error}"),
            })
        }
    };
    let checker = python.as_mut()?;
    let (verdict, message) = match checker.check(&module, !setup.exact) {
        Ok(answer) => answer,
        Err(message) => {
            return Some(Finding {
                kind: "checker",
                message: format!("{message}\n--- module ---\n{module}"),
            })
        }
    };
    let with_module = |message: &str| format!("{message}\n--- module ---\n{module}");
    match verdict {
        Verdict::Injection => Some(Finding {
            kind: "injection",
            message: with_module(&message),
        }),
        // Exact mode may write invalid Python at documented spots.
        Verdict::Syntax if setup.exact => None,
        Verdict::Syntax => Some(Finding {
            kind: "invalid python",
            message: with_module(&message),
        }),
        Verdict::Import => Some(Finding {
            kind: "import",
            message: with_module(&message),
        }),
        Verdict::Parsed => {
            counters.parsed += 1;
            None
        }
        // SQLAlchemy's warnings at import say the mapping is not what the
        // schema holds (two columns combined into one attribute, relationships
        // writing one column both ways).
        Verdict::Imported if !message.is_empty() => Some(Finding {
            kind: "import",
            message: with_module(&format!("SQLAlchemy warned: {message}")),
        }),
        Verdict::Imported => {
            counters.parsed += 1;
            counters.imported += 1;
            None
        }
    }
}

/// What makes two findings the same bug: the kind and the last line of the
/// message (the exception), digits left out.
fn finding_key(finding: &Finding) -> String {
    let message = finding
        .message
        .split("\n--- module ---")
        .next()
        .unwrap_or("");
    let last = message
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let shape: String = last
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .take(160)
        .collect();
    format!("{}: {shape}", finding.kind)
}

/// A smaller input with the same kind of finding, if a few hundred runs find one.
fn minimise(text: &str, setup: &Setup, kind: &str, python: &mut Option<PythonChecker>) -> String {
    let mut counters = Counters::default();
    let mut best: Vec<String> = tokens(text);
    let mut budget: i32 = 400;
    let mut still_fails = |candidate: &[String], python: &mut Option<PythonChecker>| {
        check_input(&candidate.concat(), setup, python, &mut counters)
            .is_some_and(|f| f.kind == kind)
    };
    // Remove chunks, halving their size.
    let mut chunk = best.len().div_ceil(2).max(1);
    loop {
        let mut at = 0;
        while at < best.len() && budget > 0 {
            let mut candidate = best.clone();
            candidate.drain(at..(at + chunk).min(best.len()));
            budget -= 1;
            if still_fails(&candidate, python) {
                best = candidate;
            } else {
                at += chunk;
            }
        }
        if chunk == 1 || budget <= 0 {
            break;
        }
        chunk /= 2;
    }
    best.concat()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// The fuzz loop.
fn fuzz_run() -> Result<(), Failed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar_tests");
    let seedlings = golden_inputs(&root);
    if seedlings.is_empty() {
        return Err("no golden inputs under grammar_tests/".into());
    }
    let seed = env_number("DDLCODEGEN_FUZZ_SEED").unwrap_or(1);
    let seconds = env_number("DDLCODEGEN_FUZZ_SECONDS");
    let cases = env_number("DDLCODEGEN_FUZZ_CASES").unwrap_or(1500);
    let only = env_number("DDLCODEGEN_FUZZ_ONLY");
    // A timed run goes on through its findings; a count run stops early.
    let max_failures = env_number("DDLCODEGEN_FUZZ_MAX_FAILURES").unwrap_or(if seconds.is_some() {
        u64::MAX
    } else {
        10
    });
    // Import failures of our own output that are not fixed yet are printed
    // and counted; they fail the run only when asked (issue 8 tracks them).
    let imports_open = std::env::var("DDLCODEGEN_FUZZ_IMPORTS").is_ok_and(|v| v == "open");
    let mut open_imports: Vec<u64> = Vec::new();
    let last_path = std::env::var_os("DDLCODEGEN_FUZZ_LAST")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("fuzz-last.sql"));
    let _ = std::fs::create_dir_all(target_dir());
    let _ = std::fs::remove_file(PWNED);

    let mut python = match PythonChecker::start() {
        Ok(checker) => {
            if checker.can_import {
                println!(
                    "fuzz: modules are parsed, checked for injection and imported with {}",
                    checker.python.display()
                );
            } else {
                println!(
                    "fuzz: no Python with SQLAlchemy ({}): modules are only parsed and checked for injection (set DDLCODEGEN_PYTHON)",
                    checker.why_not
                );
            }
            Some(checker)
        }
        Err(why) => {
            println!("fuzz: no python3 ({why}): checking only for panics and timeouts");
            None
        }
    };
    let budget = match seconds {
        Some(s) => format!("{s} s"),
        None => format!("{cases} cases"),
    };
    println!("fuzz: seed {seed}, {budget}");

    let started = Instant::now();
    let deadline = seconds.map(|s| started + Duration::from_secs(s));
    let mut counters = Counters::default();
    let mut failures: Vec<(u64, Finding)> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut run = 0u64;
    let mut index = only.unwrap_or(0);
    loop {
        match (only, deadline) {
            (Some(_), _) if run == 1 => break,
            (None, Some(deadline)) if Instant::now() >= deadline => break,
            (None, None) if run >= cases => break,
            _ => {}
        }
        let mut rng = Rng::new(case_seed(seed, index));
        let (dialect, text, what) = if rng.chance(50) {
            mutate(&mut rng, &seedlings)
        } else {
            let dialect = *rng.pick(&Dialect::ALL);
            (
                dialect,
                hostile_schema(&mut rng, dialect),
                String::from("hostile schema"),
            )
        };
        let setup = Setup::random(&mut rng, dialect);
        let header = format!(
            "-- ddlcodegen fuzz: DDLCODEGEN_FUZZ_SEED={seed} DDLCODEGEN_FUZZ_ONLY={index}\n-- {}\n-- {what}\n",
            setup.describe()
        );
        let _ = std::fs::write(&last_path, format!("{header}{text}"));
        let finding = check_input(&text, &setup, &mut python, &mut counters);
        run += 1;
        if let Some(finding) = finding {
            let key = finding_key(&finding);
            let first = seen.insert(key);
            if finding.kind == "import" && imports_open {
                if first {
                    println!(
                        "\nfuzz OPEN FINDING (import, not failing under DDLCODEGEN_FUZZ_IMPORTS=open) {header}--- finding ---\n{}\n",
                        finding.message
                    );
                }
                open_imports.push(index);
                index += 1;
                continue;
            }
            let minimised = if finding.kind != "timeout" {
                minimise(&text, &setup, finding.kind, &mut python)
            } else {
                text.clone()
            };
            if !first {
                println!("fuzz FAILURE ({}) seen before: case {index}", finding.kind);
                failures.push((index, finding));
                if failures.len() as u64 >= max_failures {
                    break;
                }
                index += 1;
                continue;
            }
            println!(
                "\nfuzz FAILURE ({}) {}\n--- input ({} bytes; minimised {} bytes) ---\n{minimised}\n--- finding ---\n{}\n",
                finding.kind,
                header,
                text.len(),
                minimised.len(),
                finding.message
            );
            let timeout = finding.kind == "timeout";
            failures.push((index, finding));
            // A hung pipeline thread cannot be stopped: end the run.
            if timeout || failures.len() as u64 >= max_failures {
                break;
            }
        }
        index += 1;
    }
    let elapsed = started.elapsed().as_secs_f64().max(0.001);
    println!(
        "fuzz summary: seed {seed}, {run} cases run, {:.1} cases/s, {} outputs parsed, {} outputs imported, {} failures",
        run as f64 / elapsed,
        counters.parsed,
        counters.imported,
        failures.len()
    );
    if !open_imports.is_empty() {
        println!(
            "fuzz: {} outputs do not import (open findings, not failed; cases {:?}...)",
            open_imports.len(),
            &open_imports[..open_imports.len().min(20)]
        );
    }
    if Path::new(PWNED).exists() {
        return Err(format!("{PWNED} exists: generated code ran text from the SQL").into());
    }
    if failures.is_empty() {
        Ok(())
    } else {
        let list: Vec<String> = failures
            .iter()
            .map(|(i, f)| format!("case {i}: {}", f.kind))
            .take(50)
            .collect();
        Err(format!(
            "{} failures, {} distinct (seed {seed}): {}",
            failures.len(),
            seen.len(),
            list.join(", ")
        )
        .into())
    }
}

// ---------------------------------------------------------------------------
// The no-injection trials.

/// Hand-written modules that run code; the check must reject each one.
const MALICIOUS: &[&str] = &[
    "from sqlalchemy import Column\nx = Column('a') if __import__('os').system('touch /tmp/ddlcodegen-pwned') else 1\n",
    "import os\n",
    "from os import system\n",
    "from sqlalchemy.orm import DeclarativeBase\nclass Base(DeclarativeBase):\n    pass\n\nclass A(Base):\n    __tablename__ = 'a'\n    x = eval('1')\n",
    "from sqlalchemy import Text\ny = getattr(Text, 'x')()\n",
    "for i in range(3):\n    pass\n",
    "if True:\n    x = 1\n",
    "def f():\n    return 1\n",
    "print('RAN')\n",
    "from sqlalchemy import Text\nq = Text.__class__.__subclasses__()\n",
    "from sqlalchemy import Column\nc = Column(f\"{open('/etc/passwd').read()}\")\n",
    "from sqlalchemy import Table\nt = Table.c[open('x')]\n",
    "from sqlalchemy.orm import relationship\nr = relationship('A', primaryjoin=lambda: exec('1'))\n",
    "from sqlalchemy import Column\nc = Column(*__import__('os').listdir('.'))\n",
    "x = (y := 1)\n",
    "import sqlalchemy\nsqlalchemy.x = 1\n",
    "from sqlalchemy import Column\nc = Column(compile('1', 'f', 'eval'))\n",
    "from sqlalchemy import text\nclass A:\n    x = text('a')\n    def m(self):\n        pass\n",
    "from sqlalchemy import Column\nc = Column('a', default=[x() for x in ()])\n",
    "from .models import Base\n",
    "from sqlalchemy import *\n",
    "try:\n    pass\nexcept Exception:\n    pass\n",
];

fn rejects_malicious_modules() -> Result<(), Failed> {
    let mut checker = match PythonChecker::start() {
        Ok(checker) => checker,
        Err(why) => {
            println!("skipped: no python3 ({why})");
            return Ok(());
        }
    };
    for module in MALICIOUS {
        let (verdict, message) = checker.check(module, true)?;
        if verdict != Verdict::Injection {
            return Err(format!("not rejected ({verdict:?} {message}):\n{module}").into());
        }
    }
    // And a module such as sqlacodegen writes passes.
    let fine = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("grammar_tests/postgresql/followers_many_to_many/declarative.py"),
    )
    .map_err(|e| e.to_string())?;
    let (verdict, message) = checker.check(&fine, true)?;
    if !matches!(verdict, Verdict::Parsed | Verdict::Imported) {
        return Err(format!("a clean module was rejected ({verdict:?}): {message}").into());
    }
    if Path::new(PWNED).exists() {
        return Err(format!("{PWNED} exists").into());
    }
    Ok(())
}

/// A schema with code in every spot that reaches the module, per dialect.
fn fixed_hostile_schema(dialect: Dialect) -> String {
    let code = "x if __import__(\"os\").system(\"touch /tmp/ddlcodegen-pwned\") else x";
    let q = |s: &str| quote_ident(dialect, s);
    let lit = |s: &str| quote_str(dialect, s);
    let mut sql = String::new();
    let enum_type = match dialect {
        Dialect::PostgreSql => {
            sql.push_str(&format!(
                "CREATE TYPE {} AS ENUM ({}, {}, 'None', 'class');\n",
                q(code),
                lit(code),
                lit("'''\"\"\"\\")
            ));
            q(code)
        }
        Dialect::MySql => format!("ENUM({}, {}, 'None')", lit(code), lit("'''\"\"\"\\")),
        Dialect::Sqlite => String::from("TEXT"),
    };
    let comment = |what: &str| match dialect {
        Dialect::MySql => format!(" COMMENT {}", lit(what)),
        _ => String::new(),
    };
    sql.push_str(&format!(
        "CREATE TABLE {t} (\n  {id} INT PRIMARY KEY{c1},\n  {col} VARCHAR(50) DEFAULT {d} CHECK ({col} <> {d}){c2},\n  {e} {enum_type}{check},\n  {parent} INT REFERENCES {t} ({id})\n);\n",
        t = q(code),
        id = q("__import__"),
        c1 = comment(code),
        col = q("\"\"\"\n__import__('os').system('touch /tmp/ddlcodegen-pwned')\n\"\"\""),
        d = lit("'); __import__('os').system('touch /tmp/ddlcodegen-pwned'); ('"),
        c2 = comment("\"\"\"\n'''\\"),
        e = q("class"),
        check = if dialect == Dialect::Sqlite {
            format!(" CHECK ({} IN ({}, 'None'))", q("class"), lit(code))
        } else {
            String::new()
        },
        parent = q("a, __import__('os')"),
    ));
    sql.push_str(&format!(
        "CREATE INDEX {} ON {} ({});\n",
        q(code),
        q(code),
        q("class")
    ));
    sql.push_str(&format!(
        "CREATE TABLE {a} (\n  {x} INT NOT NULL REFERENCES {t} ({id}),\n  {y} INT NOT NULL REFERENCES {t} ({id}),\n  PRIMARY KEY ({x}, {y})\n);\n",
        a = q("metadata"),
        x = q(code),
        y = q("a] + [__import__('os')"),
        t = q(code),
        id = q("__import__"),
    ));
    sql.push_str(&format!(
        "CREATE VIEW {} AS SELECT {} AS {} FROM {};\n",
        q("Base"),
        q("__import__"),
        q(code),
        q(code)
    ));
    if dialect == Dialect::PostgreSql {
        sql.push_str(&format!(
            "COMMENT ON TABLE {} IS {};\nCOMMENT ON COLUMN {}.{} IS {};\n",
            q(code),
            lit(code),
            q(code),
            q("class"),
            lit("'''\n\"\"\"\\")
        ));
    }
    sql
}

fn hostile_schemas() -> Result<(), Failed> {
    let mut python = PythonChecker::start().ok();
    if python.is_none() {
        println!("no python3: checking only that nothing panics");
    }
    let _ = std::fs::remove_file(PWNED);
    let mut counters = Counters::default();
    let mut problems = Vec::new();
    for dialect in Dialect::ALL {
        let mut schemas = vec![fixed_hostile_schema(dialect)];
        let mut rng = Rng::new(0x5EED ^ dialect as u64);
        for _ in 0..20 {
            schemas.push(hostile_schema(&mut rng, dialect));
        }
        for (n, schema) in schemas.iter().enumerate() {
            for (generator, exact) in [
                Generator::Tables,
                Generator::Declarative,
                Generator::Dataclasses,
                Generator::SqlModels,
            ]
            .into_iter()
            .flat_map(|g| [(g, false), (g, true)])
            {
                let setup = Setup {
                    dialect,
                    given_dialect: true,
                    generator,
                    options: BTreeSet::new(),
                    exact,
                    strict: false,
                    views: generator.views_supported(),
                };
                if let Some(finding) = check_input(schema, &setup, &mut python, &mut counters) {
                    problems.push(format!(
                        "{} schema {n} ({}): {}: {}\n--- schema ---\n{schema}",
                        dialect.name(),
                        setup.describe(),
                        finding.kind,
                        finding.message
                    ));
                }
            }
        }
    }
    if Path::new(PWNED).exists() {
        problems.push(format!("{PWNED} exists: generated code ran"));
    }
    if problems.is_empty() {
        println!(
            "{} modules parsed, {} imported",
            counters.parsed, counters.imported
        );
        Ok(())
    } else {
        Err(problems.join("\n\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let trials = vec![
        Trial::test(
            "no_injection::rejects_malicious_modules",
            rejects_malicious_modules,
        ),
        Trial::test("no_injection::hostile_schemas", hostile_schemas),
        Trial::test("fuzz::run", fuzz_run),
    ];
    libtest_mimic::run(&args, trials).exit();
}
