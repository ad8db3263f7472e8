//! Scripts too long to hold whole (a dump with its data) are read a chunk at
//! a time: [`Source::text`] holds the first chunk, [`Chunks`] gives the rest,
//! and what diagnostics may show of the script is kept as [`KeptLines`],
//! the lines of its statements at their places, never its data rows.

use std::borrow::Cow;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::{Problem, Source};

/// Scripts longer than this are read as a stream: a schema is far shorter,
/// a dump with its data rows may be gigabytes.
pub const STREAM_FROM_BYTES: usize = 4 << 20;

/// How much of a streamed script is read at a time: a window of it is cut
/// while the one before is parsed and the chunk after is read, so a few of
/// these are held at once (1 MiB: 100 MB of rows in 34-36 MiB instead of
/// 36-38 at 2 MiB, and no slower).
pub const CHUNK_BYTES: usize = 1 << 20;

/// Where the rest of a streamed script comes from, after its first chunk.
#[derive(Debug, Clone)]
pub struct Rest {
    from: RestFrom,
    /// Read after the first chunk's last whole line: the start of the next.
    carry: Vec<u8>,
    /// How much to read at a time ([`CHUNK_BYTES`]; tests make it small).
    chunk_bytes: usize,
}

#[derive(Debug, Clone)]
enum RestFrom {
    /// A file, from this byte on: read on with the handle its first chunk
    /// was read with (a pipe, `<(pg_dump app)`, can be neither opened again
    /// nor sought), else opened again.
    File {
        path: PathBuf,
        offset: u64,
        open: Arc<Mutex<Option<File>>>,
    },
    /// Standard input, read on from where the first chunk stopped.
    Stdin,
}

impl Rest {
    /// The rest of the file at `path`, from byte `offset`, after `carry`.
    pub fn file(path: PathBuf, offset: u64, carry: Vec<u8>) -> Rest {
        Rest::file_read_on(path, offset, carry, None)
    }

    /// [`Rest::file`], read on with `open`, a handle at `offset`.
    pub(super) fn file_read_on(
        path: PathBuf,
        offset: u64,
        carry: Vec<u8>,
        open: Option<File>,
    ) -> Rest {
        Rest {
            from: RestFrom::File {
                path,
                offset,
                open: Arc::new(Mutex::new(open)),
            },
            carry,
            chunk_bytes: CHUNK_BYTES,
        }
    }

    pub(super) fn stdin(carry: Vec<u8>) -> Rest {
        Rest {
            from: RestFrom::Stdin,
            carry,
            chunk_bytes: CHUNK_BYTES,
        }
    }

    /// Read `chunk_bytes` at a time instead.
    pub fn in_chunks_of(self, chunk_bytes: usize) -> Rest {
        Rest {
            chunk_bytes: chunk_bytes.max(1),
            ..self
        }
    }
}

/// One chunk of a streamed script: whole lines (but the last chunk's end),
/// and the problems loading finds in them, at their places in the chunk.
#[derive(Debug)]
pub struct Chunk {
    pub text: String,
    pub problems: Vec<Problem>,
}

/// The chunks of a streamed script after its first.
pub struct Chunks {
    name: String,
    reader: Box<dyn Read + Send>,
    carry: Vec<u8>,
    /// Bytes of the script before `carry`, for messages.
    offset: u64,
    chunk_bytes: usize,
    done: bool,
}

impl Chunks {
    /// The rest of `source`, if it is streamed.
    pub fn open(source: &Source) -> Result<Option<Chunks>, String> {
        let Some(rest) = &source.rest else {
            return Ok(None);
        };
        let reader: Box<dyn Read + Send> = match &rest.from {
            RestFrom::File { path, offset, open } => {
                let kept = open
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .take();
                let file = match kept {
                    Some(file) => file,
                    None => File::open(path)
                        .and_then(|mut file| file.seek(SeekFrom::Start(*offset)).map(|_| file))
                        .map_err(|e| format!("{}: cannot read: {e}", source.name))?,
                };
                Box::new(file)
            }
            RestFrom::Stdin => Box::new(std::io::stdin()),
        };
        Ok(Some(Chunks::new(
            source.name.clone(),
            reader,
            rest.carry.clone(),
            source.text.len() as u64,
            rest.chunk_bytes,
        )))
    }

    /// Chunks of about `chunk_bytes` from `reader`, after `carry`.
    pub fn new(
        name: String,
        reader: Box<dyn Read + Send>,
        carry: Vec<u8>,
        offset: u64,
        chunk_bytes: usize,
    ) -> Chunks {
        Chunks {
            name,
            reader,
            carry,
            offset,
            chunk_bytes,
            done: false,
        }
    }

    /// About how long a chunk is.
    pub fn chunk_bytes(&self) -> usize {
        self.chunk_bytes
    }

    /// The next chunk: whole lines, unless it is the last; `None` at the end.
    pub fn next_chunk(&mut self) -> Result<Option<Chunk>, String> {
        if self.done {
            return Ok(None);
        }
        let mut bytes = std::mem::take(&mut self.carry);
        let mut buffer = vec![0u8; 1 << 16];
        loop {
            let n = match self.reader.read(&mut buffer) {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("{}: cannot read: {e}", self.name)),
            };
            let start = bytes.len();
            bytes.extend_from_slice(&buffer[..n]);
            if let Some(at) = bytes[start..].iter().position(|&b| b == 0) {
                return Err(super::nul_byte(
                    &self.name,
                    self.offset + (start + at) as u64,
                ));
            }
            // A chunk ends at a line's end, so that it is whole characters
            // and a statement may start with the next.
            if bytes.len() >= self.chunk_bytes && bytes[start..].contains(&b'\n') {
                break;
            }
            if bytes.len() as u64 > super::MAX_INPUT_BYTES {
                return Err(format!(
                    "{}: a line of more than {} MiB: this is not an SQL script",
                    self.name,
                    super::MAX_INPUT_BYTES >> 20
                ));
            }
        }
        if !self.done {
            let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            self.carry = bytes.split_off(end);
        }
        if bytes.is_empty() && self.done {
            return Ok(None);
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            super::not_utf8(
                &self.name,
                self.offset + e.utf8_error().valid_up_to() as u64,
            )
        })?;
        self.offset += text.len() as u64;
        let problems = super::down_half_warnings(&text, false);
        Ok(Some(Chunk { text, problems }))
    }
}

/// Chunks read on a thread of their own, one ahead of the caller: reading
/// and checking the text overlaps with cutting and parsing the last one.
pub struct ReadAhead {
    chunks: std::sync::mpsc::Receiver<Result<Option<Chunk>, String>>,
    chunk_bytes: usize,
}

impl Chunks {
    /// Read the chunks on a thread of their own.
    pub fn read_ahead(mut self) -> ReadAhead {
        let chunk_bytes = self.chunk_bytes;
        let name = self.name.clone();
        let (sender, chunks) = std::sync::mpsc::sync_channel(1);
        let failed = sender.clone();
        let started = std::thread::Builder::new()
            .name(String::from("ddlcodegen-read"))
            .spawn(move || loop {
                let next = self.next_chunk();
                let last = !matches!(next, Ok(Some(_)));
                // The reader gone (an error further on) ends the reading.
                if sender.send(next).is_err() || last {
                    return;
                }
            });
        if started.is_err() {
            let _ = failed.send(Err(format!("{name}: cannot start a thread to read it")));
        }
        ReadAhead {
            chunks,
            chunk_bytes,
        }
    }
}

impl ReadAhead {
    /// About how long a chunk is.
    pub fn chunk_bytes(&self) -> usize {
        self.chunk_bytes
    }

    /// The next chunk, as [`Chunks::next_chunk`].
    pub fn next_chunk(&mut self) -> Result<Option<Chunk>, String> {
        self.chunks.recv().unwrap_or(Ok(None))
    }
}

/// A script's text by byte range, as diagnostics and the catalog's messages
/// look it up: a whole script, a window of one, or the kept lines of one
/// read as a stream.
pub trait SpanText {
    /// The text of `span` (byte offsets in the script), if it is at hand.
    fn span_text(&self, span: Range<usize>) -> Option<&str>;
}

impl SpanText for str {
    fn span_text(&self, span: Range<usize>) -> Option<&str> {
        self.get(span)
    }
}

impl SpanText for &str {
    fn span_text(&self, span: Range<usize>) -> Option<&str> {
        self.get(span)
    }
}

impl SpanText for String {
    fn span_text(&self, span: Range<usize>) -> Option<&str> {
        self.get(span)
    }
}

/// A part of a script: `text` is what starts at byte `at`.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub at: usize,
    pub text: &'a str,
}

impl SpanText for Placed<'_> {
    fn span_text(&self, span: Range<usize>) -> Option<&str> {
        let start = span.start.checked_sub(self.at)?;
        let end = span.end.checked_sub(self.at)?;
        self.text.get(start..end)
    }
}

/// The lines of a streamed script that diagnostics may show (those of its
/// statements and of what loading found), each run of them with its byte
/// offset and line number in the script.
///
/// They are held in blocks, one per window kept, each with exactly the room
/// reserved for it: one buffer grown window by window would be copied whole
/// at each growth, so keeping a schema of n windows copied about n²/2
/// windows (an 11 MB schema: 60 MB copied and 15,000 page faults more).
#[derive(Debug, Clone, Default)]
pub struct KeptLines {
    blocks: Vec<String>,
    /// Bytes in all blocks.
    len: usize,
    /// Newlines in all blocks.
    lines: usize,
    runs: Vec<Run>,
}

/// Consecutive kept lines, all in one block.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// Where the run starts in [`KeptLines::text`].
    kept_at: usize,
    /// Where it starts in the script.
    script_at: usize,
    /// Its first line: the index in the script and in `KeptLines::text`.
    script_line: usize,
    kept_line: usize,
    /// Its block, and where it starts in that block.
    block: usize,
    block_at: usize,
}

impl KeptLines {
    /// Keep `text`, whole lines starting at byte `script_at`, line index
    /// `script_line`, of the script (after what is kept so far).
    pub fn keep(&mut self, script_at: usize, script_line: usize, text: &str) {
        if self.blocks.is_empty() {
            self.blocks.push(String::new());
        }
        let block = self.blocks.len() - 1;
        let (kept_at, kept_line) = (self.len, self.lines);
        let follows = self.runs.last().is_some_and(|last| {
            last.block == block
                && last.script_at + (kept_at - last.kept_at) == script_at
                && last.script_line + (kept_line - last.kept_line) == script_line
        });
        if !follows {
            self.runs.push(Run {
                kept_at,
                script_at,
                script_line,
                kept_line,
                block,
                block_at: self.blocks[block].len(),
            });
        }
        self.blocks[block].push_str(text);
        self.len += text.len();
        self.lines += text.bytes().filter(|&b| b == b'\n').count();
    }

    /// Room for `bytes` more, exactly: a new block unless the last has it.
    pub fn reserve(&mut self, bytes: usize) {
        let room = self.blocks.last().map_or(0, |b| b.capacity() - b.len());
        if room < bytes {
            self.blocks.push(String::with_capacity(bytes));
        }
    }

    /// The kept lines, one run after another.
    pub fn text(&self) -> Cow<'_, str> {
        match self.blocks.as_slice() {
            [] => Cow::Borrowed(""),
            [block] => Cow::Borrowed(block),
            blocks => Cow::Owned(blocks.concat()),
        }
    }

    /// The length of [`KeptLines::text`].
    pub fn text_len(&self) -> usize {
        self.len
    }

    /// Where byte `at` of the script is in [`KeptLines::text`], if kept.
    pub fn kept_offset(&self, at: usize) -> Option<usize> {
        let run = self.run_at(at)?;
        let offset = run.kept_at + (at - run.script_at);
        let end = self.run_end(run);
        (offset <= end).then_some(offset)
    }

    /// The script's line index of line `kept_line` of [`KeptLines::text`].
    pub fn script_line(&self, kept_line: usize) -> usize {
        let k = self.runs.partition_point(|r| r.kept_line <= kept_line);
        match k.checked_sub(1).map(|k| &self.runs[k]) {
            Some(run) => run.script_line + (kept_line - run.kept_line),
            None => kept_line,
        }
    }

    fn run_at(&self, at: usize) -> Option<&Run> {
        let k = self.runs.partition_point(|r| r.script_at <= at);
        self.runs.get(k.checked_sub(1)?)
    }

    /// Where `run` ends in [`KeptLines::text`].
    fn run_end(&self, run: &Run) -> usize {
        let k = self.runs.partition_point(|r| r.kept_at <= run.kept_at);
        self.runs.get(k).map_or(self.len, |next| next.kept_at)
    }
}

impl SpanText for KeptLines {
    fn span_text(&self, span: Range<usize>) -> Option<&str> {
        let run = self.run_at(span.start)?;
        let skipped = span.start - run.script_at;
        if run.kept_at + skipped + span.len() > self.run_end(run) {
            return None;
        }
        let start = run.block_at + skipped;
        self.blocks[run.block].get(start..start + span.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_lines_are_found_at_their_places_in_the_script() {
        let script = "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nINSERT INTO a \
                      VALUES (2);\nCREATE TABLE b (id int);\nCREATE TABLE c (id int);\n";
        let line = |n: usize| script.split_inclusive('\n').nth(n).unwrap();
        let at = |n: usize| script.split_inclusive('\n').take(n).map(str::len).sum();
        let mut kept = KeptLines::default();
        kept.keep(0, 0, line(0));
        kept.keep(at(3), 3, line(3));
        kept.keep(at(4), 4, line(4));
        assert_eq!(kept.text(), format!("{}{}{}", line(0), line(3), line(4)));
        assert_eq!(kept.runs.len(), 2, "lines 3 and 4 are one run");
        let b = script.find("b (").unwrap();
        assert_eq!(kept.span_text(b..b + 1), Some("b"));
        assert_eq!(
            kept.span_text(at(1)..at(1) + 6),
            None,
            "a data row is not kept"
        );
        assert_eq!(kept.kept_offset(b), Some(line(0).len() + (b - at(3))));
        assert_eq!(kept.script_line(0), 0);
        assert_eq!(kept.script_line(1), 3);
        assert_eq!(kept.script_line(2), 4);
        let placed = Placed {
            at: at(3),
            text: line(3),
        };
        assert_eq!(placed.span_text(b..b + 1), Some("b"));
        assert_eq!(placed.span_text(0..1), None);
    }

    #[test]
    fn kept_lines_read_the_same_whether_kept_in_one_block_or_one_per_window() {
        let script: String = (0..12)
            .map(|n| format!("CREATE TABLE t{n} (id int);\n"))
            .collect();
        let lines: Vec<(usize, &str)> = script
            .split_inclusive('\n')
            .scan(0, |at, line| {
                let here = *at;
                *at += line.len();
                Some((here, line))
            })
            .collect();
        let keep_all = |window_lines: usize| {
            let mut kept = KeptLines::default();
            for (w, window) in lines.chunks(window_lines).enumerate() {
                kept.reserve(window.iter().map(|(_, line)| line.len()).sum());
                for (i, (at, line)) in window.iter().enumerate() {
                    // Every third line is left out: runs of two.
                    if (w * window_lines + i) % 3 != 2 {
                        kept.keep(*at, w * window_lines + i, line);
                    }
                }
            }
            kept
        };
        let whole = keep_all(lines.len());
        assert_eq!(whole.blocks.len(), 1);
        for window_lines in [1, 2, 4, 5] {
            let windows = keep_all(window_lines);
            assert!(windows.blocks.len() > 1, "{window_lines} lines a window");
            assert_eq!(
                windows.text(),
                whole.text(),
                "{window_lines} lines a window"
            );
            assert_eq!(windows.text_len(), whole.text().len());
            for kept_line in 0..8 {
                assert_eq!(windows.script_line(kept_line), whole.script_line(kept_line));
            }
            for at in 0..=script.len() {
                assert_eq!(windows.kept_offset(at), whole.kept_offset(at), "byte {at}");
                // A span lies in one window: windows end where statements do.
                let window_end = lines
                    .iter()
                    .map(|(start, _)| *start)
                    .skip(window_lines)
                    .step_by(window_lines)
                    .find(|&end| end > at)
                    .unwrap_or(script.len());
                for len in [0, 1, 5, 20] {
                    let span = at..(at + len).min(window_end);
                    assert_eq!(windows.span_text(span.clone()), whole.span_text(span));
                }
            }
        }
        let t4 = script.find("t4 ").unwrap();
        assert_eq!(keep_all(1).span_text(t4..t4 + 2), Some("t4"));
        let t5 = script.find("t5 ").unwrap();
        assert_eq!(
            keep_all(1).span_text(t5..t5 + 2),
            None,
            "line 5 is left out"
        );
    }

    #[test]
    fn chunks_are_whole_lines_and_refuse_what_is_not_text() {
        let script = "CREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\nSELECT 1;";
        let mut chunks = Chunks::new(
            String::from("s.sql"),
            Box::new(std::io::Cursor::new(script.as_bytes().to_vec())),
            Vec::new(),
            0,
            8,
        );
        let mut all = String::new();
        let mut problems = 0;
        while let Some(chunk) = chunks.next_chunk().unwrap() {
            assert!(chunk.text.ends_with('\n') || all.len() + chunk.text.len() == script.len());
            problems += chunk.problems.len();
            all.push_str(&chunk.text);
        }
        assert_eq!(all, script);
        assert_eq!(problems, 1, "the down-half marker is found in its chunk");
        let mut nul = Chunks::new(
            String::from("b.sql"),
            Box::new(std::io::Cursor::new(b"SELECT 1;\n\0".to_vec())),
            Vec::new(),
            100,
            4,
        );
        let message = nul.next_chunk().unwrap_err();
        assert!(message.contains("NUL byte at byte 110"), "{message}");
    }
}
