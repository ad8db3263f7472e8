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
const SPOOL_CHUNK_BYTES: usize = 1 << 20;

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
    pub fn len(&self) -> usize {
        self.head.len() + self.models.spilled + self.models.buffer.len() + 1
    }

    /// Always false: a module ends with a newline.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// Write the module to `out`.
    pub fn write_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
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
