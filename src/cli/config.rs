//! Settings from `[tool.ddlcodegen]` in the nearest `pyproject.toml`, as ruff
//! and black read theirs: a project says once which schema gives which models
//! file, and `ddlcodegen`, `ddlcodegen --check` and the pre-commit hook need
//! no arguments. An option given on the command line wins over its setting.

use std::path::{Path, PathBuf};

use clap::parser::ValueSource;
use clap::ArgMatches;

use super::Args;

/// The settings a project may write down, by their key (the long option's
/// name); `check`, `verbose` and `timings` are for one run, not for the
/// project.
const KEYS: [&str; 11] = [
    "inputs",
    "dialect",
    "generator",
    "tables",
    "schemas",
    "noviews",
    "options",
    "outfile",
    "sqlacodegen-exact",
    "strict",
    "layout",
];

/// A `[tool.ddlcodegen]` table and the file it was read from.
pub(super) struct Config {
    path: PathBuf,
    table: toml::Table,
}

/// The nearest `pyproject.toml` holding a `[tool.ddlcodegen]` table, from
/// `start` up to the root; `None` when there is none.
pub(super) fn find(start: &Path) -> Result<Option<Config>, String> {
    for folder in start.ancestors() {
        let path = folder.join("pyproject.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        // Another project's pyproject.toml, even a broken one, is not ours
        // to judge.
        if !text.contains("ddlcodegen") {
            continue;
        }
        let document: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| format!("{}: {}", path.display(), e.message()))?;
        let Some(tool) = document.get("tool").and_then(|t| t.as_table()) else {
            continue;
        };
        match tool.get("ddlcodegen") {
            Some(toml::Value::Table(table)) => {
                return Ok(Some(Config {
                    path,
                    table: table.clone(),
                }))
            }
            Some(_) => {
                return Err(format!(
                    "{}: [tool.ddlcodegen] must be a table",
                    path.display()
                ))
            }
            None => continue,
        }
    }
    Ok(None)
}

/// Fill in `args` from the nearest `[tool.ddlcodegen]` (see [`find`]);
/// the file the settings came from, if any.
pub(super) fn fill_in(args: &mut Args, given: &ArgMatches) -> Result<Option<PathBuf>, String> {
    let here = std::env::current_dir().unwrap_or_default();
    let Some(config) = find(&here)? else {
        return Ok(None);
    };
    config.apply(args, given)?;
    Ok(Some(config.path))
}

impl Config {
    /// Fill in `args` from the settings, except what the command line gave.
    /// Paths are relative to the folder of `pyproject.toml`; they are shown
    /// as written when that folder is the working directory.
    pub(super) fn apply(&self, args: &mut Args, given: &ArgMatches) -> Result<(), String> {
        if let Some(key) = self.table.keys().find(|k| !KEYS.contains(&k.as_str())) {
            return Err(self.wrong(
                key,
                &format!("is not a setting (the settings: {})", KEYS.join(", ")),
            ));
        }
        let on_command_line = |id: &str| given.value_source(id) == Some(ValueSource::CommandLine);
        let folder = self.path.parent().unwrap_or(Path::new("."));
        // Paths as written when the settings' folder is the working one.
        let here = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
        let under = (here.is_none() || folder.canonicalize().ok() != here).then_some(folder);
        let relative_to = |path: &str| match under {
            Some(folder) if path != "-" && Path::new(path).is_relative() => {
                folder.join(path).display().to_string()
            }
            _ => path.to_string(),
        };
        for (key, value) in &self.table {
            let id = key.replace('-', "_");
            if on_command_line(&id) {
                continue;
            }
            match key.as_str() {
                "inputs" => {
                    args.inputs = self
                        .list(key, value)?
                        .iter()
                        .map(|p| relative_to(p))
                        .collect()
                }
                "dialect" => args.dialect = Some(self.string(key, value)?),
                "generator" => args.generator = self.string(key, value)?,
                "tables" => args.tables = Some(self.list(key, value)?.join(",")),
                "schemas" => args.schemas = Some(self.list(key, value)?.join(",")),
                "options" => args.options = Some(self.list(key, value)?.join(",")),
                "outfile" => args.outfile = Some(relative_to(&self.string(key, value)?)),
                "layout" => args.layout = Some(self.string(key, value)?),
                "noviews" => args.noviews = self.flag(key, value)?,
                "sqlacodegen-exact" => args.sqlacodegen_exact = self.flag(key, value)?,
                "strict" => args.strict = self.flag(key, value)?,
                _ => unreachable!("keys are checked above"),
            }
        }
        Ok(())
    }

    fn wrong(&self, key: &str, what: &str) -> String {
        format!("{}: [tool.ddlcodegen] {key} {what}", self.path.display())
    }

    fn string(&self, key: &str, value: &toml::Value) -> Result<String, String> {
        value
            .as_str()
            .map(String::from)
            .ok_or_else(|| self.wrong(key, "must be a string"))
    }

    fn flag(&self, key: &str, value: &toml::Value) -> Result<bool, String> {
        value
            .as_bool()
            .ok_or_else(|| self.wrong(key, "must be true or false"))
    }

    /// A list of strings, or one string (comma-separated where the option
    /// is).
    fn list(&self, key: &str, value: &toml::Value) -> Result<Vec<String>, String> {
        match value {
            toml::Value::String(s) => Ok(vec![s.clone()]),
            toml::Value::Array(items) => items
                .iter()
                .map(|item| {
                    item.as_str()
                        .map(String::from)
                        .ok_or_else(|| self.wrong(key, "must be a list of strings"))
                })
                .collect(),
            _ => Err(self.wrong(key, "must be a string or a list of strings")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, FromArgMatches};

    fn args_with(settings: &str, command_line: &[&str]) -> Result<Args, String> {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("db");
        std::fs::create_dir(&nested).unwrap();
        std::fs::write(dir.path().join("pyproject.toml"), settings).unwrap();
        let config = find(&nested)?.expect("the pyproject.toml above is found");
        let matches = Args::command()
            .try_get_matches_from(std::iter::once("ddlcodegen").chain(command_line.iter().copied()))
            .unwrap();
        let mut args = Args::from_arg_matches(&matches).unwrap();
        config.apply(&mut args, &matches)?;
        // Paths are under the folder of pyproject.toml, not the working one.
        let root = dir.path().display().to_string();
        for path in args.inputs.iter_mut().chain(args.outfile.as_mut()) {
            if let Some(rest) = path.strip_prefix(&root) {
                *path = format!("<root>{rest}");
            }
        }
        Ok(args)
    }

    #[test]
    fn settings_fill_in_what_the_command_line_leaves_out() {
        let settings = "[project]\nname = \"app\"\n\n[tool.ddlcodegen]\n\
                        inputs = [\"db/schema.sql\", \"db/views.sql\"]\n\
                        dialect = \"postgresql\"\ngenerator = \"dataclasses\"\n\
                        outfile = \"app/models.py\"\noptions = [\"noindexes\", \"nocomments\"]\n\
                        noviews = true\n";
        let args = args_with(settings, &[]).unwrap();
        assert_eq!(args.inputs, ["<root>/db/schema.sql", "<root>/db/views.sql"]);
        assert_eq!(args.dialect.as_deref(), Some("postgresql"));
        assert_eq!(args.generator, "dataclasses");
        assert_eq!(args.outfile.as_deref(), Some("<root>/app/models.py"));
        assert_eq!(args.options.as_deref(), Some("noindexes,nocomments"));
        assert!(args.noviews && !args.strict);

        let args = args_with(
            settings,
            &[
                "--generator",
                "tables",
                "--outfile",
                "elsewhere.py",
                "other.sql",
            ],
        )
        .unwrap();
        assert_eq!(args.inputs, ["other.sql"]);
        assert_eq!(args.generator, "tables");
        assert_eq!(args.outfile.as_deref(), Some("elsewhere.py"));
        assert_eq!(args.dialect.as_deref(), Some("postgresql"));
    }

    #[test]
    fn a_wrong_setting_is_an_error_naming_it() {
        let err = args_with("[tool.ddlcodegen]\ndialekt = \"mysql\"\n", &[])
            .err()
            .unwrap();
        assert!(
            err.contains("pyproject.toml: [tool.ddlcodegen] dialekt is not a setting"),
            "{err}"
        );
        let err = args_with("[tool.ddlcodegen]\nnoviews = \"yes\"\n", &[])
            .err()
            .unwrap();
        assert!(err.ends_with("noviews must be true or false"), "{err}");
        let err = args_with("[tool.ddlcodegen\n", &[]).err().unwrap();
        assert!(err.contains("pyproject.toml: "), "{err}");
    }

    #[test]
    fn a_pyproject_without_the_table_is_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("sub");
        std::fs::create_dir(&nested).unwrap();
        std::fs::write(
            dir.path().join("pyproject.toml"),
            "[tool.ddlcodegen]\ndialect = \"sqlite\"\n",
        )
        .unwrap();
        // Nearer, but without the table, or not even TOML: the one above is used.
        for nearer in ["[tool.ruff]\nline-length = 99\n", "[tool.ruff\n"] {
            std::fs::write(nested.join("pyproject.toml"), nearer).unwrap();
            let found = find(&nested).unwrap().expect("the table above");
            assert_eq!(found.path, dir.path().join("pyproject.toml"));
        }
    }
}
