//! The printed module, as the emitter hands it on: its head (imports, module
//! variables, enum classes) in memory, and its models, most of it, printed
//! into a buffer that goes to an unnamed temporary file each time it passes
//! [`SPOOL_CHUNK_BYTES`]. The head is known only once every model is printed
//! (the imports they need), so the models cannot go straight to the output;
//! a 20,000-table module is 30 MB of text, which would otherwise be held
//! whole next to the models it is printed from, the run's peak.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

/// How much printed text is held before it goes to the temporary file. A
/// module under this size never touches the disk.
const SPOOL_CHUNK_BYTES: usize = 256 << 10;

/// The whole module: `head`, then the models, then a final newline.
#[derive(Debug)]
pub struct ModuleText {
    head: String,
    models: ModelsText,
}

impl ModuleText {
    pub(super) fn new(head: String, models: ModelsText) -> Self {
        ModuleText { head, models }
    }

    /// Its length in bytes.
    fn len(&self) -> usize {
        self.head.len() + self.models.spilled + self.models.buffer.len() + 1
    }

    /// Write the module to `out`.
    pub fn write_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if let Some(failed) = &self.models.failed {
            return Err(io::Error::new(failed.kind(), failed.to_string()));
        }
        out.write_all(self.head.as_bytes())?;
        if let Some(file) = &mut self.models.file {
            file.seek(SeekFrom::Start(0))?;
            // Read back in pieces of the size it was written in.
            let mut piece = vec![0; SPOOL_CHUNK_BYTES];
            let mut left = self.models.spilled;
            while left > 0 {
                let want = left.min(piece.len());
                file.read_exact(&mut piece[..want])?;
                out.write_all(&piece[..want])?;
                left -= want;
            }
        }
        out.write_all(self.models.buffer.as_bytes())?;
        out.write_all(b"\n")
    }

    /// The module as one string.
    pub fn into_string(mut self) -> io::Result<String> {
        if let Some(failed) = self.models.failed.take() {
            return Err(failed);
        }
        if self.models.file.is_none() {
            let mut text = self.head;
            text.push_str(&self.models.buffer);
            text.push('\n');
            return Ok(text);
        }
        let mut bytes = Vec::with_capacity(self.len());
        self.write_to(&mut bytes)?;
        String::from_utf8(bytes).map_err(|_| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                "the temporary file holding the printed models was changed while it was read",
            )
        })
    }
}

/// The models' text as it is printed.
#[derive(Debug, Default)]
pub(super) struct ModelsText {
    /// What is printed and not yet spooled.
    pub(super) buffer: String,
    /// The temporary file, once the text has passed [`SPOOL_CHUNK_BYTES`].
    file: Option<File>,
    /// Bytes in the file.
    spilled: usize,
    /// No temporary file could be made or written: everything stays in
    /// `buffer`, as it would without spooling.
    in_memory: bool,
    /// What was printed on another thread could not be read back: the text
    /// is not whole, and writing it fails with this.
    failed: Option<io::Error>,
}

impl ModelsText {
    pub(super) fn is_empty(&self) -> bool {
        self.spilled == 0 && self.buffer.is_empty()
    }

    /// Called after each model: the buffer goes to the temporary file once
    /// it has passed [`SPOOL_CHUNK_BYTES`].
    pub(super) fn model_printed(&mut self) {
        if self.in_memory || self.buffer.len() < SPOOL_CHUNK_BYTES {
            return;
        }
        if self.spill().is_err() {
            // The temporary folder is full or read-only: the rest stays in
            // memory. The file's first `spilled` bytes are whole (a failed
            // write's partial tail is never read back).
            self.in_memory = true;
        }
    }

    /// Put `later`, printed on another thread, after this text: its
    /// temporary file is copied into this one's (by the kernel where it
    /// can), or read back into memory when this text is held there.
    pub(super) fn append(&mut self, mut later: ModelsText) {
        if self.failed.is_none() {
            self.failed = later.failed.take();
        }
        if let Some(mut file) = later.file.take() {
            let appended = !self.in_memory
                && self.spill().is_ok()
                && file.seek(SeekFrom::Start(0)).is_ok()
                && self.file.as_mut().is_some_and(|into| {
                    io::copy(&mut (&mut file).take(later.spilled as u64), into).ok()
                        == Some(later.spilled as u64)
                });
            if appended {
                self.spilled += later.spilled;
            } else {
                self.read_back(file, later.spilled);
            }
        }
        self.buffer.push_str(&later.buffer);
        self.model_printed();
    }

    /// The rest of the text is held in memory from here on: what `file`'s
    /// first `bytes` hold, read back, goes after what is printed so far.
    fn read_back(&mut self, mut file: File, bytes: usize) {
        self.in_memory = true;
        let mut text = Vec::with_capacity(bytes);
        let read = file
            .seek(SeekFrom::Start(0))
            .and_then(|_| file.take(bytes as u64).read_to_end(&mut text));
        match read
            .ok()
            .filter(|&n| n == bytes)
            .map(|_| String::from_utf8(text))
        {
            Some(Ok(text)) => self.buffer.push_str(&text),
            _ => {
                self.failed.get_or_insert_with(|| {
                    io::Error::other("the printed models cannot be read back from a temporary file")
                });
            }
        }
    }

    /// Append the buffer to the temporary file (made on first use).
    fn spill(&mut self) -> io::Result<()> {
        let file = match &mut self.file {
            Some(file) => file,
            None => self.file.insert(tempfile::tempfile()?),
        };
        file.write_all(self.buffer.as_bytes())?;
        self.spilled += self.buffer.len();
        self.buffer.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(chunks: &[&str]) -> ModelsText {
        let mut models = ModelsText::default();
        for chunk in chunks {
            models.buffer.push_str(chunk);
            models.model_printed();
        }
        models
    }

    #[test]
    fn a_module_past_the_chunk_size_is_spooled_and_read_back_whole() {
        let big = "x = 1\n".repeat(SPOOL_CHUNK_BYTES / 6 + 1);
        let chunks = [big.as_str(), "\n\nclass A: ...", big.as_str(), "\n\ny = 2"];
        let models = printed(&chunks);
        assert!(models.file.is_some(), "the text went to a file");
        assert!(models.buffer.len() < SPOOL_CHUNK_BYTES);
        let mut text = ModuleText::new(String::from("import a\n\n"), models);
        let expected = format!("import a\n\n{}\n", chunks.concat());
        assert_eq!(text.len(), expected.len());
        let mut written = Vec::new();
        text.write_to(&mut written).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), expected);
        // Written twice, the same bytes (the file is read from its start).
        let mut again = Vec::new();
        text.write_to(&mut again).unwrap();
        assert_eq!(String::from_utf8(again).unwrap(), expected);
        assert_eq!(text.into_string().unwrap(), expected);
    }

    #[test]
    fn a_text_printed_on_another_thread_follows_whole() {
        let big = "y = 2\n".repeat(SPOOL_CHUNK_BYTES / 6 + 1);
        let expected = format!("a\n{big}b\n{big}c");
        for (first_in_memory, later_spooled) in
            [(false, true), (true, true), (false, false), (true, false)]
        {
            let mut first = printed(&["a\n"]);
            first.in_memory = first_in_memory;
            let later = match later_spooled {
                true => printed(&[&big, "b\n", &big, "c"]),
                false => ModelsText {
                    buffer: format!("{big}b\n{big}c"),
                    ..ModelsText::default()
                },
            };
            assert_eq!(later.file.is_some(), later_spooled);
            first.append(later);
            assert_eq!(first.file.is_some(), !first_in_memory);
            let text = ModuleText::new(String::new(), first);
            assert_eq!(
                text.into_string().unwrap(),
                format!("{expected}\n"),
                "first in memory {first_in_memory}, later spooled {later_spooled}"
            );
        }
    }

    #[test]
    fn a_small_module_stays_in_memory() {
        let models = printed(&["class A: ...", "\n\nclass B: ..."]);
        assert!(models.file.is_none());
        let text = ModuleText::new(String::new(), models);
        assert_eq!(text.len(), "class A: ...\n\nclass B: ...\n".len());
        assert_eq!(
            text.into_string().unwrap(),
            "class A: ...\n\nclass B: ...\n"
        );
    }

    #[test]
    fn an_empty_module_is_a_newline() {
        let text = ModuleText::new(String::new(), printed(&[]));
        assert_eq!(text.into_string().unwrap(), "\n");
    }
}
