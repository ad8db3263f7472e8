//! Writing `--outfile`: a regular file is replaced atomically (a temporary
//! file beside it, renamed over it), keeping its mode; a symbolic link is
//! followed so the link stays a link; a device or pipe (`/dev/stdout`,
//! `/dev/null`, a FIFO) is written straight through, never replaced.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary file being written, removed if the process is interrupted
/// (Ctrl-C, SIGTERM, SIGHUP) before the rename.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Remove a pending temporary file and exit when a termination signal comes.
pub fn clean_up_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        if let Ok(mut pending) = PENDING.lock() {
            if let Some(path) = pending.take() {
                let _ = std::fs::remove_file(path);
            }
        }
        std::process::exit(130);
    });
}

/// What writes the file's contents (the module, copied from where it was
/// spooled).
pub type Contents<'a> = dyn FnMut(&mut dyn Write) -> std::io::Result<()> + 'a;

/// Write `contents` to `path` as described in the module doc; on any error
/// a regular file is left as it was.
pub fn write_outfile(path: &Path, contents: &mut Contents) -> Result<(), String> {
    let target = follow_links(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => Err(format!("{}: is a folder", path.display())),
        Ok(meta) if !meta.is_file() => std::fs::OpenOptions::new()
            .write(true)
            .open(&target)
            .and_then(|f| {
                let mut out = std::io::BufWriter::new(f);
                contents(&mut out).and_then(|_| out.flush())
            })
            .map_err(|e| format!("{}: cannot write: {e}", path.display())),
        Ok(meta) => replace(&target, contents, Some(meta.permissions())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => replace(&target, contents, None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Where `path` leads through any symbolic links, even to a file that does
/// not exist yet.
fn follow_links(path: &Path) -> Result<PathBuf, String> {
    let mut current = path.to_path_buf();
    // The kernel's own limit on links followed (ELOOP).
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)
                    .map_err(|e| format!("{}: {e}", current.display()))?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(format!(
        "{}: too many levels of symbolic links",
        path.display()
    ))
}

/// The atomic replacement: a new file gets the mode a plain create would
/// (0666 less the umask); an existing one keeps its own.
fn replace(
    path: &Path,
    contents: &mut Contents,
    old: Option<std::fs::Permissions>,
) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".ddlcodegen-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with open(2)'s mode, so the umask applies as for any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|e| format!("{}: cannot create a temporary file: {e}", dir.display()))?;
    if let Ok(mut pending) = PENDING.lock() {
        *pending = Some(temp.path().to_path_buf());
    }
    let mut out = std::io::BufWriter::new(temp.as_file_mut());
    let written = contents(&mut out).and_then(|_| out.flush());
    drop(out);
    let written = written
        .and_then(|_| match old {
            Some(permissions) => temp.as_file().set_permissions(permissions),
            None => Ok(()),
        })
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))
        .and_then(|_| {
            temp.persist(path)
                .map(|_| ())
                .map_err(|e| format!("{}: cannot replace: {}", path.display(), e.error))
        });
    if let Ok(mut pending) = PENDING.lock() {
        *pending = None;
    }
    written
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{symlink, PermissionsExt};

    fn text(text: &str) -> impl FnMut(&mut dyn Write) -> std::io::Result<()> + '_ {
        move |out| out.write_all(text.as_bytes())
    }

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn outfile_keeps_modes_links_and_devices() {
        let dir = tempfile::tempdir().unwrap();
        // An existing file keeps its mode.
        let kept = dir.path().join("kept.py");
        std::fs::write(&kept, "old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_outfile(&kept, &mut text("new")).unwrap();
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "new");
        assert_eq!(mode(&kept), 0o640);
        // A new file: not the temporary file's private 0600.
        let fresh = dir.path().join("fresh.py");
        write_outfile(&fresh, &mut text("x")).unwrap();
        assert_ne!(mode(&fresh), 0o600);
        assert_eq!(mode(&fresh) & 0o600, 0o600);
        // A link stays a link and its target gets the text, also through a
        // chain of relative links and to a target not there yet.
        let real = dir.path().join("real.py");
        symlink("real.py", dir.path().join("link1.py")).unwrap();
        symlink("link1.py", dir.path().join("link2.py")).unwrap();
        write_outfile(&dir.path().join("link2.py"), &mut text("through")).unwrap();
        assert!(std::fs::symlink_metadata(dir.path().join("link2.py"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "through");
        // A device is written, not replaced.
        write_outfile(Path::new("/dev/null"), &mut text("gone")).unwrap();
        assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
        // A folder is refused; nothing is left behind anywhere.
        assert!(write_outfile(dir.path(), &mut text("x"))
            .unwrap_err()
            .contains("is a folder"));
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(".ddlcodegen-"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
