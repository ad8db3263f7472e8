//! `--check`: whether the models file is what would be generated, for CI and
//! pre-commit. Nothing is written; a stale or missing file is shown as a
//! unified diff from the file to what would be generated, as `ruff format
//! --check --diff` shows one.

use std::path::Path;

use similar::TextDiff;

/// Exit codes, as `ruff format --check` has them: 0 up to date, 1 stale or
/// missing (the diff printed), 2 an error.
pub const UP_TO_DATE: i32 = 0;
pub const STALE: i32 = 1;

/// Compare `outfile` with `generated`: print the diff to `out` when they
/// differ; `Err` when the file cannot be read (other than missing).
pub fn check(outfile: &Path, generated: &str, out: &mut dyn std::io::Write) -> Result<i32, String> {
    let current = match std::fs::read(outfile) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let diff = unified_diff("", generated, "/dev/null", "generated");
            write(out, &diff)?;
            return Ok(STALE);
        }
        Err(e) => return Err(format!("{}: cannot read: {e}", outfile.display())),
    };
    if current == generated.as_bytes() {
        return Ok(UP_TO_DATE);
    }
    let current = String::from_utf8_lossy(&current);
    let name = outfile.display().to_string();
    write(out, &unified_diff(&current, generated, &name, "generated"))?;
    Ok(STALE)
}

/// `--- old_name` / `+++ new_name` and the hunks, three lines of context;
/// a last line without a newline says so, as `diff -u` does.
fn unified_diff(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .missing_newline_hint(true)
        .header(old_name, new_name)
        .to_string()
}

fn write(out: &mut dyn std::io::Write, text: &str) -> Result<(), String> {
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write the diff: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stale_file_shows_as_a_unified_diff_and_a_fresh_one_as_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let models = dir.path().join("models.py");
        let generated = "class A:\n    x = 1\n    y = 2\n";
        std::fs::write(&models, "class A:\n    x = 1\n").unwrap();
        let mut out = Vec::new();
        assert_eq!(check(&models, generated, &mut out), Ok(STALE));
        let diff = String::from_utf8(out).unwrap();
        let name = models.display();
        assert_eq!(
            diff,
            format!(
                "--- {name}\n+++ generated\n@@ -1,2 +1,3 @@\n class A:\n     x = 1\n+    y = 2\n"
            )
        );
        std::fs::write(&models, generated).unwrap();
        let mut out = Vec::new();
        assert_eq!(check(&models, generated, &mut out), Ok(UP_TO_DATE));
        assert!(out.is_empty());
        let mut out = Vec::new();
        assert_eq!(
            check(&dir.path().join("gone.py"), generated, &mut out),
            Ok(STALE)
        );
        let diff = String::from_utf8(out).unwrap();
        assert!(
            diff.starts_with("--- /dev/null\n+++ generated\n@@ -0,0 +1,3 @@\n+class A:\n"),
            "{diff}"
        );
        let mut out = Vec::new();
        assert!(
            check(dir.path(), generated, &mut out).is_err(),
            "a folder is not a file"
        );
    }
}
