//! Statements of a script read as a stream (a dump with its data rows), a
//! window of a few chunks at a time, so that neither the script nor its rows
//! are ever held whole.
//!
//! One thread reads the windows and cuts them, one after the other, while
//! others parse what it cut and this one applies the statements, in order
//! ([`ordered::in_order`]): the cutting of a window never waits for the last
//! statements of the one before to be parsed and applied. Each window is
//! shared by the pieces cut from it and let go of when its last statement
//! is applied. What diagnostics may show of a window, its statements' lines,
//! is kept as it ends.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::ordered::{self, Chunker};
use super::split::{self, Piece, PieceKind, Resume};
use super::{parse_piece, sqlparser_dialect, ParsedPiece, ParsedStatement, Scanned};
use crate::dialect::Dialect;
use crate::input::stream::{Chunk, KeptLines, Placed};
use crate::input::{Problem, Source};

/// What [`for_each_statement_streamed`] found besides the statements.
#[derive(Debug, Default)]
pub struct Streamed {
    pub scanned: Scanned,
    /// The lines of the script diagnostics may show.
    pub kept: KeptLines,
    /// What loading found in the chunks after the first, at their places.
    pub problems: Vec<Problem>,
    /// Why the script could not be read to its end (nothing is generated).
    pub error: Option<String>,
}

/// [`super::for_each_statement`] over a script read as a stream: its first
/// chunk (`first_chunk`, taken from `source.text`, with the problems loading
/// found in `source`), then each chunk `next_chunk` gives (whole lines), a
/// window of about `window_bytes` at a time. `apply` gets each statement
/// with the window it is in (for the text of its span).
pub fn for_each_statement_streamed(
    file: usize,
    source: &Source,
    first_chunk: String,
    window_bytes: usize,
    next_chunk: &mut (dyn FnMut() -> Result<Option<Chunk>, String> + Send),
    dialect: Dialect,
    mut apply: impl FnMut(ParsedStatement, &Placed),
) -> Streamed {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = cores.min(4);
    let mut streamed = Streamed::default();
    let windows = Windows {
        workers,
        name: source.name.clone(),
        problems: source.problems.clone(),
        first_chunk,
        window_bytes,
        next_chunk,
        dialect,
    };
    // The lines diagnostics may show in the window being applied, and the
    // line the window starts on.
    let mut kept: Vec<Range<usize>> = Vec::new();
    let mut line = 0usize;
    let (split, error) = ordered::in_order(
        workers,
        |deal| windows.cut(deal),
        |cut: Cut| match cut {
            Cut::Pieces(window, pieces) => {
                let parser_dialect = sqlparser_dialect(dialect);
                let parsed = pieces
                    .into_iter()
                    .map(|piece| {
                        let piece = piece.of(&window.text);
                        parse_piece(file, &window.text, dialect, &*parser_dialect, piece)
                    })
                    .collect();
                Parsed::Pieces(window, parsed)
            }
            Cut::End(end) => Parsed::End(end),
        },
        |parsed| match parsed {
            Parsed::Pieces(window, pieces) => {
                let placed = Placed {
                    at: window.at,
                    text: &window.text,
                };
                for mut piece in pieces {
                    if let Some(span) = piece.shown.take() {
                        super::keep_lines(&mut kept, window.text.as_bytes(), span);
                    }
                    for label in piece.diagnostic.iter_mut().flat_map(|d| &mut d.labels) {
                        label.range = label.range.start + window.at..label.range.end + window.at;
                    }
                    for mut statement in streamed.scanned.count(piece) {
                        statement.span =
                            statement.span.start + window.at..statement.span.end + window.at;
                        apply(statement, &placed);
                    }
                }
            }
            Parsed::End(end) => {
                line = keep_window(&mut streamed, std::mem::take(&mut kept), line, end);
            }
        },
    );
    streamed.scanned.split = split;
    streamed.error = error;
    streamed
}

/// A window of the script: `text` starts at byte `at`, at a line start
/// between statements.
struct Window {
    at: usize,
    text: String,
}

/// A piece of a window, its text the window's at `span` unless `text` says
/// otherwise (a MySQL executable comment's markers blanked).
struct WindowPiece {
    kind: PieceKind,
    span: Range<usize>,
    text: Option<String>,
}

impl WindowPiece {
    fn new(piece: Piece<'_>, window: &str) -> WindowPiece {
        let text = match piece.text {
            Cow::Borrowed(text)
                if window
                    .get(piece.span.clone())
                    .is_some_and(|spanned| std::ptr::eq(spanned, text)) =>
            {
                None
            }
            text => Some(text.into_owned()),
        };
        WindowPiece {
            kind: piece.kind,
            span: piece.span,
            text,
        }
    }

    fn of(self, window: &str) -> Piece<'_> {
        let text = match self.text {
            Some(text) => Cow::Owned(text),
            None => Cow::Borrowed(&window[self.span.clone()]),
        };
        Piece {
            kind: self.kind,
            span: self.span,
            text,
        }
    }
}

/// Where a window's statements end (the rest begins the next window), and
/// what loading found up to there.
struct WindowEnd {
    window: Arc<Window>,
    done: usize,
    found: Vec<Problem>,
}

/// What the cutting thread hands out, in order: a window's pieces a chunk
/// at a time, then its end.
enum Cut {
    Pieces(Arc<Window>, Vec<WindowPiece>),
    End(WindowEnd),
}

/// [`Cut`], parsed.
enum Parsed {
    Pieces(Arc<Window>, Vec<ParsedPiece>),
    End(WindowEnd),
}

/// The script's windows, as the cutting thread reads them.
struct Windows<'n> {
    /// The threads that parse what is cut.
    workers: usize,
    name: String,
    /// What loading found, not yet handed out with a window's end.
    problems: Vec<Problem>,
    first_chunk: String,
    window_bytes: usize,
    next_chunk: &'n mut (dyn FnMut() -> Result<Option<Chunk>, String> + Send),
    dialect: Dialect,
}

impl Windows<'_> {
    /// Read and cut the whole script, handing its pieces out in chunks and
    /// each window's end after its pieces. Returns the time spent cutting,
    /// and why the script could not be read to its end.
    fn cut(self, deal: &mut dyn FnMut(Cut)) -> (Duration, Option<String>) {
        let mut waiting = Duration::ZERO;
        let (cutting, error) = self.cut_timed(&mut ordered::timed(deal, &mut waiting));
        (cutting.saturating_sub(waiting), error)
    }

    /// [`Windows::cut`], returning the time spent cutting and handing out.
    fn cut_timed(self, deal: &mut dyn FnMut(Cut)) -> (Duration, Option<String>) {
        let Windows {
            workers,
            name,
            mut problems,
            first_chunk: mut text,
            window_bytes,
            next_chunk,
            dialect,
        } = self;
        let mut cutting = Duration::ZERO;
        let mut at = 0usize;
        let mut from = Resume::default();
        let mut ends_input = false;
        let mut want = window_bytes;
        loop {
            // Whole windows of a few chunks: a statement longer than a chunk
            // makes the window grow until it holds the statement.
            while !ends_input && text.len() < want {
                match next_chunk() {
                    Ok(Some(chunk)) => {
                        let chunk_at = at + text.len();
                        problems.extend(chunk.problems.into_iter().map(|mut problem| {
                            problem.span =
                                problem.span.start + chunk_at..problem.span.end + chunk_at;
                            problem
                        }));
                        text.push_str(&chunk.text);
                    }
                    Ok(None) => ends_input = true,
                    Err(message) => return (cutting, Some(message)),
                }
            }
            let started = Instant::now();
            let window = Arc::new(Window { at, text });
            let mut chunker = Chunker::new(workers);
            let resume =
                split::split_window(&window.text, dialect, &from, ends_input, &mut |piece| {
                    let len = piece.span.len();
                    if let Some(chunk) = chunker.push(WindowPiece::new(piece, &window.text), len) {
                        deal(Cut::Pieces(Arc::clone(&window), chunk));
                    }
                });
            if let Some(chunk) = chunker.rest() {
                deal(Cut::Pieces(Arc::clone(&window), chunk));
            }
            let last = ends_input || resume.quit;
            let done = match last {
                true => window.text.len(),
                false => resume.at,
            };
            let (found, later): (Vec<Problem>, Vec<Problem>) = std::mem::take(&mut problems)
                .into_iter()
                .partition(|problem| problem.span.start < at + done);
            problems = later;
            let len = window.text.len();
            // The rest of this window begins the next one (nothing is left
            // over once the window ends the script).
            text = match last {
                true => String::new(),
                false => {
                    let mut next = String::with_capacity(len - done + window_bytes);
                    next.push_str(&window.text[done..]);
                    next
                }
            };
            deal(Cut::End(WindowEnd {
                window,
                done,
                found,
            }));
            cutting += started.elapsed();
            if last {
                return (cutting, None);
            }
            if done == 0 && len as u64 > crate::input::MAX_INPUT_BYTES {
                let message = format!(
                    "{name}: a statement of more than {} MiB at byte {at}: this is not an SQL \
                     script (or it never ends its statements)",
                    crate::input::MAX_INPUT_BYTES >> 20
                );
                return (cutting, Some(message));
            }
            at += done;
            from = resume;
            from.at = 0;
            // One statement longer than the window: read as much again before
            // cutting it once more (doubling, so that a long one is cut a few
            // times, not once per chunk).
            want = match done {
                0 => len.saturating_mul(2),
                _ => window_bytes,
            };
        }
    }
}

/// Keep what diagnostics may show of the part of a window its statements
/// took: `kept`, the lines of its statements, and the lines of what loading
/// found there. `line`: the line the window starts on; returns the line the
/// next one starts on.
fn keep_window(
    streamed: &mut Streamed,
    mut kept: Vec<Range<usize>>,
    line: usize,
    end: WindowEnd,
) -> usize {
    let WindowEnd {
        window,
        done,
        found,
    } = end;
    let (at, text) = (window.at, window.text.as_str());
    for problem in &found {
        let span = problem.span.start - at..(problem.span.end - at).min(text.len());
        kept.push(super::lines_of(text.as_bytes(), span));
    }
    kept.sort_by_key(|range| range.start);
    let kept: Vec<Range<usize>> = kept.into_iter().fold(Vec::new(), |mut ranges, range| {
        super::push_merged(
            &mut ranges,
            range.start..range.end.min(done).max(range.start),
        );
        ranges
    });
    streamed
        .kept
        .reserve(kept.iter().map(|range| range.len()).sum());
    let mut counted = (0usize, line);
    for range in kept {
        if range.is_empty() {
            continue;
        }
        counted.1 += count_lines(&text.as_bytes()[counted.0..range.start]);
        streamed
            .kept
            .keep(at + range.start, counted.1, &text[range.clone()]);
        counted = (range.start, counted.1);
    }
    streamed.problems.extend(found);
    counted.1 + count_lines(&text.as_bytes()[counted.0..done])
}

/// Newlines in `bytes`.
fn count_lines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}
