//! Inputs: `.sql` files, migration folders (their `*.sql` files in natural version
//! order, `*.down.sql` and hidden files left out) and standard input.

use std::cmp::Ordering;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One loaded script.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in diagnostics (`<stdin>` for standard input).
    pub name: String,
    pub text: String,
}

/// Load every input in order; a folder stands for its migration files.
pub fn load(inputs: &[String]) -> Result<Vec<Source>, String> {
    if inputs.is_empty() || inputs.iter().all(|i| i == "-") && inputs.len() == 1 {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(vec![Source {
            name: String::from("<stdin>"),
            text,
        }]);
    }
    let mut sources = Vec::new();
    for input in inputs {
        let path = Path::new(input);
        if path.is_dir() {
            for file in migration_files(path)? {
                sources.push(read(&file)?);
            }
        } else {
            sources.push(read(path)?);
        }
    }
    Ok(sources)
}

fn read(path: &Path) -> Result<Source, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not valid UTF-8 (byte {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(Source {
        name: path.display().to_string(),
        text,
    })
}

/// The `*.sql` files directly inside `dir`, in natural version order.
pub fn migration_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.starts_with('.')
            || !name.ends_with(".sql")
            || name.ends_with(".down.sql")
            || !path.is_file()
        {
            continue;
        }
        files.push(path);
    }
    files.sort_by(|a, b| {
        let a = a.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let b = b.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        natural_cmp(a, b)
    });
    Ok(files)
}

/// Digit runs compare as numbers, the rest case-insensitively; ties by plain order.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    fn chunks(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, chunk)) if *d == digit => chunk.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(cb.iter()) {
        let ord = match (x.0, y.0) {
            (true, true) => {
                let (xs, ys) = (x.1.trim_start_matches('0'), y.1.trim_start_matches('0'));
                xs.len().cmp(&ys.len()).then_with(|| xs.cmp(ys))
            }
            (false, false) => x.1.to_lowercase().cmp(&y.1.to_lowercase()),
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
    ca.len().cmp(&cb.len()).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order() {
        let mut names = vec![
            "V10__c.sql",
            "V2__b.sql",
            "V1__a.sql",
            "1.10.sql",
            "1.2.sql",
        ];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            names,
            vec![
                "1.2.sql",
                "1.10.sql",
                "V1__a.sql",
                "V2__b.sql",
                "V10__c.sql"
            ]
        );
    }
}
