//! Our statement splitter: cuts a script into statements, keeping byte spans.
//!
//! One linear pass over the bytes, lexing as the client and server of each
//! dialect do ([`lexing`]): quotes, quoted identifiers, `--`/`#`/`/* */`
//! comments (nested in PostgreSQL), PostgreSQL dollar quoting, psql's
//! parentheses and `BEGIN ... END` depth; client commands between statements
//! ([`client`]: psql meta-commands and `COPY ... FROM stdin` data blocks, the
//! mariadb client's `DELIMITER` and `source`, the sqlite3 shell's `#` and `.`
//! lines); MySQL executable comments `/*!NNNNN ... */` (their markers blanked
//! and their SQL kept when MariaDB runs them, left as plain comments when its
//! version rule skips them). What the script holds that we do not follow, or
//! that never ends (an unterminated comment or quote), comes out as a piece of
//! its own for the caller to report.

mod client;
pub(crate) mod lexing;

use std::borrow::Cow;
use std::ops::Range;

use crate::dialect::Dialect;
use client::Command;
use lexing::{Escape, Rules};

/// What a piece of the script is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PieceKind {
    /// An SQL statement, to be parsed.
    Sql,
    /// A client-side command (`\restrict`, `DELIMITER ;;`, a `COPY ... FROM stdin` data
    /// block, ...): the database never sees it as SQL, so it has no effect on the schema.
    ClientCommand,
    /// A client command that runs another file (`\i`, `source`, `.read`): not read.
    Include,
    /// A client command that changes what later statements do (`\connect`,
    /// `.open`): not followed.
    Unfollowed,
    /// `DELIMITER` with nothing after it: the client refuses it and keeps its
    /// delimiter.
    EmptyDelimiter,
    /// An opening (`what`: "/* comment", "quoted string", ...) that the input
    /// ends inside; the span is the opening. `statement_skipped`: the server
    /// rejects the statement it is in (else that statement, up to the
    /// opening, is a piece before this one).
    Unterminated {
        what: &'static str,
        statement_skipped: bool,
    },
}

/// One statement (or client command) cut out of a script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'a> {
    pub kind: PieceKind,
    /// Byte range in the original source, from the first significant character to the
    /// end of the statement (terminator excluded).
    pub span: Range<usize>,
    /// The statement's text as the server would execute it: the same length as
    /// `span`, byte for byte, except that MySQL executable comments (`/*!40101 ... */`)
    /// have their markers replaced by spaces so their content is kept (or, when the
    /// server would skip them, their `!` so that they stay comments), and plain
    /// comments are kept as they are (sqlparser skips them).
    pub text: Cow<'a, str>,
}

/// Split `src` into statements for `dialect`.
pub fn split_statements(src: &str, dialect: Dialect) -> Vec<Piece<'_>> {
    split_script(src, dialect, &[])
}

/// Split `src` into statements for `dialect`, each of `blocks` (byte ranges
/// in order, which a migration tool sends as one query) kept whole where the
/// client would cut it.
pub fn split_script<'a>(
    src: &'a str,
    dialect: Dialect,
    blocks: &'a [Range<usize>],
) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    split_script_each(src, dialect, blocks, &mut |piece| pieces.push(piece));
    pieces
}

/// [`split_script`], handing each piece to `take` as soon as it is cut: a
/// long script is never held as pieces all at once.
pub fn split_script_each<'a>(
    src: &'a str,
    dialect: Dialect,
    blocks: &'a [Range<usize>],
    take: &mut dyn FnMut(Piece<'a>),
) {
    let mut splitter = Splitter::new(src, dialect, blocks, take);
    splitter.run();
}

/// Where the cut of one window of a script read as a stream stopped, and
/// what the splitter carries over to the next window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resume {
    /// The line start the next window begins with (relative to the window).
    pub at: usize,
    /// The input ends here (psql's `\q`): nothing after it runs.
    pub quit: bool,
    /// The client's delimiter (the mariadb client's `DELIMITER`).
    delimiter: Vec<u8>,
    /// Inside a `COPY ... FROM stdin` data block.
    in_copy_data: bool,
}

impl Default for Resume {
    fn default() -> Resume {
        Resume {
            at: 0,
            quit: false,
            delimiter: b";".to_vec(),
            in_copy_data: false,
        }
    }
}

/// One window of a script read as a stream, cut as [`split_script_each`]
/// would cut it within the whole script, from the state `from` left (a
/// window starts at a line start, between statements). Unless
/// `ends_input`, only pieces wholly decided within the window come out:
/// those up to the last line start between statements, where the returned
/// [`Resume`] says the next window begins (`at` 0: none in this window, so
/// the next window must be this one and more).
pub fn split_window<'a>(
    src: &'a str,
    dialect: Dialect,
    from: &Resume,
    ends_input: bool,
    take: &mut dyn FnMut(Piece<'a>),
) -> Resume {
    let mut splitter = Splitter::new(src, dialect, &[], take);
    splitter.delimiter.clone_from(&from.delimiter);
    splitter.window = (!ends_input).then(|| Window {
        pending: Vec::new(),
        resume: Resume {
            at: 0,
            ..from.clone()
        },
    });
    if from.in_copy_data {
        splitter.copy_data_from(0);
    }
    splitter.run();
    match splitter.window.take() {
        Some(mut window) if splitter.quit => {
            window.flush(splitter.pieces);
            Resume {
                quit: true,
                ..window.resume
            }
        }
        Some(window) => window.resume,
        None => Resume {
            quit: splitter.quit,
            ..Resume::default()
        },
    }
}

/// A window of a stream being cut: the pieces since the last place the cut
/// may resume from, held until the next one shows they did not depend on
/// where the window ends.
struct Window<'a> {
    pending: Vec<Piece<'a>>,
    resume: Resume,
}

impl<'a> Window<'a> {
    fn flush(&mut self, take: &mut dyn FnMut(Piece<'a>)) {
        self.pending.drain(..).for_each(take);
    }
}

/// The text as the server executes it, kept as what differs from the
/// source: the regions blanked (a client command, a `COPY` block's data, a
/// MySQL executable comment's markers). Most statements differ in nothing and
/// borrow their text from the source.
#[derive(Debug, Default)]
struct Executed {
    /// How far the text is made.
    len: usize,
    /// Blanked byte ranges, in order.
    blanks: Vec<Range<usize>>,
}

impl Executed {
    /// Blank from where the text is up to `end`.
    fn blank_to(&mut self, end: usize) {
        if end > self.len {
            self.blanks.push(self.len..end);
        }
        self.len = end;
        // Never shorter than a blank already made.
        while self.blanks.last().is_some_and(|b| b.start >= end) {
            self.blanks.pop();
        }
        if let Some(last) = self.blanks.last_mut() {
            last.end = last.end.min(end);
        }
    }

    /// The executed text of `range` of `bytes`.
    fn of<'a>(&self, bytes: &'a [u8], range: Range<usize>) -> Cow<'a, str> {
        let first = self.blanks.partition_point(|b| b.end <= range.start);
        let blanks = self.blanks[first..]
            .iter()
            .take_while(|b| b.start < range.end);
        let mut owned: Option<Vec<u8>> = None;
        for blank in blanks {
            let text = owned.get_or_insert_with(|| bytes[range.clone()].to_vec());
            let from = blank.start.max(range.start) - range.start;
            let to = blank.end.min(range.end) - range.start;
            text[from..to].fill(b' ');
        }
        match owned {
            None => text_of(&bytes[range]),
            Some(text) => Cow::Owned(
                String::from_utf8(text)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            ),
        }
    }
}

/// Source bytes as text: borrowed, as the source is valid UTF-8 and pieces
/// start and end at ASCII bytes (`from_utf8` checks a run of ASCII a word at
/// a time, where the lossy decoding went byte by byte).
fn text_of(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// The splitter's state, one pass over `bytes`.
struct Splitter<'a, 't> {
    bytes: &'a [u8],
    dialect: Dialect,
    rules: &'static Rules,
    /// Blocks not reached yet, sent as one query each.
    blocks: &'a [Range<usize>],
    /// Where the block the scan is in ends.
    block_end: Option<usize>,
    /// In a block, how deep the scan is in `BEGIN ... END` bodies and `CASE
    /// ... END`: the server ends a statement of a multi-statement query at a
    /// `;` outside them.
    compound_depth: usize,
    /// Where each piece goes.
    pieces: &'t mut dyn FnMut(Piece<'a>),
    /// The text as the server executes it, byte for byte (see [`Piece::text`]).
    text: Executed,
    delimiter: Vec<u8>,
    /// Where the pending statement starts.
    start: Option<usize>,
    i: usize,
    /// Only blanks since the last newline: a client command may start here.
    line_blank: bool,
    /// SQLite: where `sqlite3_complete` is in the statement (a trigger's body
    /// holds `;`s; only `; END ;` ends it).
    complete: Complete,
    /// PostgreSQL: psql's lexer ends no statement inside parentheses (a
    /// multi-action `CREATE RULE ... DO ( a; b; )`); where the outermost
    /// open one is.
    paren_depth: usize,
    paren_open: usize,
    /// PostgreSQL: psql's `BEGIN ... END` depth in a function body.
    psql_block: PsqlBlock,
    /// MySQL: inside a `/*!...` comment whose SQL runs.
    in_executable: bool,
    /// PostgreSQL: where a word that is a lone `E` ends (an `E'...'` string).
    e_word_end: Option<usize>,
    /// psql's `\q` (or the shell's `.quit`) was read: nothing after it runs.
    quit: bool,
    /// A window of a stream, not the whole script: see [`split_window`].
    window: Option<Window<'a>>,
}

impl<'a, 't> Splitter<'a, 't> {
    fn new(
        src: &'a str,
        dialect: Dialect,
        blocks: &'a [Range<usize>],
        take: &'t mut dyn FnMut(Piece<'a>),
    ) -> Splitter<'a, 't> {
        let rules = lexing::rules(dialect);
        Splitter {
            bytes: src.as_bytes(),
            dialect,
            rules,
            blocks: match rules.client_cuts_blocks {
                true => blocks,
                false => &[],
            },
            block_end: None,
            compound_depth: 0,
            pieces: take,
            text: Executed::default(),
            delimiter: b";".to_vec(),
            start: None,
            i: 0,
            line_blank: true,
            complete: Complete::Start,
            paren_depth: 0,
            paren_open: 0,
            psql_block: PsqlBlock::default(),
            in_executable: false,
            e_word_end: None,
            quit: false,
            window: None,
        }
    }

    /// A piece cut: handed on, or held until the window shows it is whole.
    fn emit(&mut self, piece: Piece<'a>) {
        match &mut self.window {
            None => (self.pieces)(piece),
            Some(window) => window.pending.push(piece),
        }
    }

    /// In a window of a stream, at `i`: when this is a line start between
    /// statements, the next window may begin here, and what was cut before
    /// is whole.
    fn resume_point(&mut self) {
        let i = self.i;
        let between = i > 0
            && self.bytes[i - 1] == b'\n'
            && self.start.is_none()
            && !self.in_executable
            && self.paren_depth == 0
            && self.complete == Complete::Start;
        if between && self.window.as_ref().is_some_and(|w| i > w.resume.at) {
            self.resume_at(i, false);
        }
    }

    /// The next window may begin at line start `at` (inside `COPY` data or
    /// not): the pieces cut before it are whole.
    fn resume_at(&mut self, at: usize, in_copy_data: bool) {
        if let Some(window) = &mut self.window {
            window.flush(self.pieces);
            window.resume.at = at;
            window.resume.in_copy_data = in_copy_data;
            window.resume.delimiter.clone_from(&self.delimiter);
        }
    }

    fn run(&mut self) {
        let bytes = self.bytes;
        while self.i < bytes.len() {
            self.enter_or_leave_block();
            if self.window.is_some() {
                self.resume_point();
            }
            let i = self.i;
            let b = bytes[i];
            if self.start.is_none()
                && self.block_end.is_none()
                && !b.is_ascii_whitespace()
                && self.client_command()
            {
                continue;
            }
            if b.is_ascii_whitespace() {
                if b == b'\n' {
                    self.line_blank = true;
                }
                self.text.len += 1;
                self.i += 1;
                continue;
            }
            self.line_blank = false;
            if let Some(end) = self.rules.line_comment(bytes, i, self.start.is_some()) {
                self.copy_to(end);
                continue;
            }
            if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
                self.block_comment();
                continue;
            }
            if self.in_executable && b == b'*' && bytes.get(i + 1) == Some(&b'/') {
                // The end of an executable comment whose SQL runs.
                self.in_executable = false;
                self.text.blank_to(self.text.len + 2);
                self.i += 2;
                continue;
            }
            let ends = match self.block_end {
                None => bytes[i..].starts_with(&self.delimiter) && self.may_end(),
                Some(_) => b == b';' && self.compound_depth == 0,
            };
            if ends {
                self.end_statement();
                continue;
            }
            self.start.get_or_insert(i);
            self.token();
        }
        self.enter_or_leave_block();
        if self.start.is_some() && self.paren_depth > 0 {
            // psql sends the rest of the input as this statement, which
            // the server rejects.
            self.unterminated("parenthesis", self.paren_open, 1, true);
        } else if let Some(s) = self.start.take() {
            self.push_sql(s, bytes.len());
        }
    }

    /// At a block's end, the statement the block holds ends; at its start, a
    /// statement left open before it ends there (the tool sends them apart).
    fn enter_or_leave_block(&mut self) {
        if let Some(end) = self.block_end {
            if self.i >= end {
                self.block_end = None;
                self.compound_depth = 0;
                if let Some(s) = self.start.take() {
                    self.push_sql(s, end.min(self.i));
                }
            }
        }
        while let Some(block) = self.blocks.first() {
            if self.i < block.start || self.block_end.is_some() {
                break;
            }
            self.blocks = &self.blocks[1..];
            if self.i >= block.end {
                continue;
            }
            if let Some(s) = self.start.take() {
                self.push_sql(s, block.start.max(s));
            }
            self.block_end = Some(block.end);
        }
    }

    /// A word in a block: `BEGIN` (not a transaction's) and `CASE` open a
    /// compound, `END` closes one, unless it ends an `IF`, `LOOP`, `WHILE` or
    /// `REPEAT` (whose openings are not counted).
    fn compound_word(&mut self, word: &[u8], end: usize) {
        let is = |w: &str| word.eq_ignore_ascii_case(w.as_bytes());
        if is("BEGIN") {
            let next = &self.bytes[end..];
            let next = &next[next.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
            let transaction = next.is_empty()
                || next.starts_with(b";")
                || next
                    .get(..4)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"WORK"));
            if !transaction {
                self.compound_depth += 1;
            }
        } else if is("CASE") {
            self.compound_depth += 1;
        } else if is("END") {
            let next = &self.bytes[end..];
            let next = &next[next.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
            let word = &next[..lexing::word_end(next, 0)];
            let keeps = ["IF", "LOOP", "WHILE", "REPEAT"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
            if !keeps {
                self.compound_depth = self.compound_depth.saturating_sub(1);
            }
        }
    }

    /// Copy the source up to `end` into the text and move there.
    fn copy_to(&mut self, end: usize) {
        self.text.len += end - self.i;
        self.i = end;
    }

    /// A client command at `i`, outside any statement: its line is a piece
    /// of its own. False when there is none.
    fn client_command(&mut self) -> bool {
        let (bytes, i) = (self.bytes, self.i);
        let possible = match self.dialect {
            // psql reads a backslash as a meta-command wherever it stands.
            Dialect::PostgreSql => bytes[i] == b'\\',
            Dialect::MySql => self.line_blank,
            Dialect::Sqlite => i == 0 || bytes[i - 1] == b'\n',
        };
        if !possible {
            return false;
        }
        let line_end = bytes[i..]
            .iter()
            .position(|c| *c == b'\n')
            .map_or(bytes.len(), |p| i + p);
        let mut line = &bytes[i..line_end];
        // A CRLF line's command does not take the carriage return.
        if let Some(stripped) = line.strip_suffix(b"\r") {
            line = stripped;
        }
        let Some(command) = client::command(self.dialect, line, self.line_blank) else {
            return false;
        };
        let kind = match command {
            Command::Inert => PieceKind::ClientCommand,
            Command::Delimiter(Some(delimiter)) => {
                self.delimiter = delimiter;
                PieceKind::ClientCommand
            }
            Command::Delimiter(None) => PieceKind::EmptyDelimiter,
            Command::Include => PieceKind::Include,
            Command::Unfollowed => PieceKind::Unfollowed,
            Command::Quit => {
                // Nothing after it runs.
                self.i = bytes.len();
                self.quit = true;
                return true;
            }
        };
        let end = i + line.len();
        self.emit(Piece {
            kind,
            span: i..end,
            text: text_of(line),
        });
        self.text.blank_to(end);
        self.i = end;
        true
    }

    /// A `/*` comment at `i`: a MySQL executable one whose SQL runs opens
    /// that SQL, any other is copied whole.
    fn block_comment(&mut self) {
        let (bytes, i) = (self.bytes, self.i);
        let executable = self.dialect == Dialect::MySql
            && (bytes.get(i + 2) == Some(&b'!')
                || (bytes.get(i + 2) == Some(&b'M') && bytes.get(i + 3) == Some(&b'!')));
        if let Some(j) = executable
            .then(|| executable_comment_body(bytes, i))
            .flatten()
        {
            // Blank the markers, keep the SQL inside.
            self.text.blank_to(j);
            self.start.get_or_insert(j);
            self.in_executable = true;
            self.i = j;
            return;
        }
        match self.rules.block_comment(bytes, i) {
            Ok(end) => {
                let from = self.text.len;
                self.copy_to(end);
                if executable {
                    // A plain comment now: sqlparser, which would run a `/*!`
                    // comment's SQL whatever its version, must not see the marker.
                    let bang = from + 2 + usize::from(bytes[i + 2] == b'M');
                    self.text.blanks.push(bang..bang + 1);
                }
            }
            Err(_) => {
                let skipped = !self.rules.unterminated_comment_runs;
                self.unterminated("/* comment", i, 2, skipped);
            }
        }
    }

    /// The opening at `at` (`len` bytes) runs to the end of the input: the
    /// pending statement is kept up to it (unless the server rejects it) and
    /// the opening is reported.
    fn unterminated(&mut self, what: &'static str, at: usize, len: usize, skipped: bool) {
        let pending = self.start.take();
        if let (Some(s), false) = (pending, skipped) {
            self.push_sql(s, at);
        }
        self.emit(Piece {
            kind: PieceKind::Unterminated {
                what,
                statement_skipped: skipped && pending.is_some(),
            },
            span: at..at + len,
            text: text_of(&self.bytes[at..at + len]),
        });
        self.text.blank_to(self.bytes.len());
        self.i = self.bytes.len();
    }

    /// Whether a delimiter at `i` ends the statement (no PostgreSQL
    /// parenthesis or function body open).
    fn may_end(&self) -> bool {
        match self.dialect {
            Dialect::PostgreSql => self.paren_depth == 0 && self.psql_block.depth == 0,
            _ => true,
        }
    }

    /// The delimiter at `i` ends the pending statement (SQLite: unless it is
    /// inside a trigger's body).
    fn end_statement(&mut self) {
        let i = self.i;
        if self.dialect == Dialect::Sqlite {
            self.complete = self.complete.next(CompleteToken::Semi);
            if self.complete == Complete::Semi {
                self.text.len += 1;
                self.i += 1;
                return;
            }
        }
        self.paren_depth = 0;
        self.psql_block = PsqlBlock::default();
        self.e_word_end = None;
        self.text.blank_to(i + self.delimiter.len());
        self.i = i + self.delimiter.len();
        if let Some(s) = self.start.take() {
            self.push_sql(s, i);
            if self.dialect == Dialect::PostgreSql && is_copy_from_stdin(&self.bytes[s..i]) {
                self.copy_data();
            }
        }
    }

    /// `COPY ... FROM stdin;`: the data lines, from the next line up to `\.`,
    /// are not SQL.
    fn copy_data(&mut self) {
        let bytes = self.bytes;
        let data_start = bytes[self.i..]
            .iter()
            .position(|c| *c == b'\n')
            .map_or(bytes.len(), |p| self.i + p + 1);
        self.copy_data_from(data_start);
    }

    /// The data lines of a `COPY ... FROM stdin` from `data_start` up to the
    /// `\.` line. In a window of a stream that ends first, the lines in it,
    /// and the next window goes on with the data.
    fn copy_data_from(&mut self, data_start: usize) {
        let bytes = self.bytes;
        let data_end = if bytes[data_start..].starts_with(b"\\.") {
            Some(data_start + 2)
        } else {
            lexing::find(bytes, data_start, b"\n\\.").map(|p| {
                bytes[p + 1..]
                    .iter()
                    .position(|c| *c == b'\n')
                    .map_or(bytes.len(), |q| p + 1 + q)
            })
        };
        let data_end = match (data_end, self.window.is_some()) {
            (Some(end), _) if end < bytes.len() || self.window.is_none() => end,
            (None, false) => bytes.len(),
            // The data (or its `\.` line) goes on past this window: what is
            // here up to its last whole line, and the next window goes on.
            _ => {
                let cut = bytes[data_start..]
                    .iter()
                    .rposition(|c| *c == b'\n')
                    .map_or(data_start, |p| data_start + p + 1);
                if cut > data_start {
                    self.emit(Piece {
                        kind: PieceKind::ClientCommand,
                        span: data_start..cut,
                        text: text_of(&bytes[data_start..cut]),
                    });
                }
                if cut > 0 && bytes[cut - 1] == b'\n' {
                    self.resume_at(cut, true);
                }
                self.text.blank_to(bytes.len());
                self.i = bytes.len();
                return;
            }
        };
        self.emit(Piece {
            kind: PieceKind::ClientCommand,
            span: data_start..data_end,
            text: text_of(&bytes[data_start..data_end]),
        });
        self.text.blank_to(data_end);
        self.i = data_end;
    }

    /// One token of statement text at `i`.
    fn token(&mut self) {
        let (bytes, i) = (self.bytes, self.i);
        let b = bytes[i];
        if self.dialect == Dialect::Sqlite {
            let (end, token) = sqlite_token(bytes, i);
            match end {
                Ok(end) => {
                    self.complete = self.complete.next(token);
                    self.copy_to(end);
                }
                Err(_) => self.unterminated(quote_name(b), i, 1, true),
            }
            return;
        }
        let after_e = self.e_word_end == Some(i);
        if let Some(escape) = self.rules.quote(b, after_e) {
            match lexing::quoted_end(bytes, i, escape) {
                Ok(end) => self.copy_to(end),
                Err(_) => self.unterminated(quote_name(b), i, 1, true),
            }
            return;
        }
        if b == b'$' && self.rules.dollar_quotes {
            match lexing::dollar_quote(bytes, i) {
                Some(Ok(end)) => self.copy_to(end),
                Some(Err(_)) => {
                    let tag = bytes[i + 1..].iter().position(|c| *c == b'$').unwrap_or(0);
                    self.unterminated("dollar-quoted string", i, tag + 2, true);
                }
                // A `$1` parameter or an operator character.
                None => self.copy_to(i + 1),
            }
            return;
        }
        if self.block_end.is_some()
            && lexing::starts_word(b)
            && (i == 0 || !lexing::is_word_byte(bytes[i - 1]))
        {
            let end = lexing::word_end(bytes, i);
            self.compound_word(&bytes[i..end], end);
            self.copy_to(end);
            return;
        }
        if self.rules.whole_words {
            if lexing::starts_word(b) {
                let end = lexing::word_end(bytes, i);
                self.e_word_end = (end == i + 1 && (b == b'E' || b == b'e')).then_some(end);
                self.psql_block.word(&bytes[i..end], self.paren_depth == 0);
                self.copy_to(end);
                return;
            }
            if b.is_ascii_digit() {
                self.copy_to(lexing::number_end(bytes, i));
                return;
            }
        } else if lexing::is_word_byte(b)
            && !self
                .delimiter
                .first()
                .is_some_and(|&d| lexing::is_word_byte(d))
        {
            // A delimiter that starts with no word byte cannot begin inside a
            // word, nor can a quote or a comment: the word is copied at once
            // instead of a byte at a time.
            self.copy_to(lexing::word_end(bytes, i));
            return;
        }
        if self.dialect == Dialect::PostgreSql {
            match b {
                b'(' => {
                    if self.paren_depth == 0 {
                        self.paren_open = i;
                    }
                    self.paren_depth += 1;
                }
                b')' => self.paren_depth = self.paren_depth.saturating_sub(1),
                _ => {}
            }
        }
        self.copy_to(i + 1);
    }

    fn push_sql(&mut self, start: usize, end: usize) {
        let mut end = end;
        while end > start && self.bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        if end <= start {
            return;
        }
        let text = self.text.of(self.bytes, start..end.min(self.text.len));
        if text.trim().is_empty() {
            return;
        }
        self.emit(Piece {
            kind: PieceKind::Sql,
            span: start..end,
            text,
        });
    }
}

/// What an unterminated opening quote starts, for the diagnostic.
fn quote_name(quote: u8) -> &'static str {
    match quote {
        b'\'' => "quoted string",
        b'[' => "[bracketed] identifier",
        _ => "quoted identifier or string",
    }
}

/// A statement that is `COPY ... FROM stdin` (its data follows in the script).
fn is_copy_from_stdin(statement: &[u8]) -> bool {
    let statement = statement.trim_ascii();
    statement.len() > 4
        && statement[..4].eq_ignore_ascii_case(b"copy")
        && !lexing::is_word_byte(statement[4])
        && statement.len() >= 10
        && statement[statement.len() - 10..].eq_ignore_ascii_case(b"from stdin")
}

/// psql's guess at a SQL-standard function body: in a statement that starts
/// `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, `BEGIN` opens a block that
/// `END` closes (and `CASE` inside one opens another), and no `;` ends the
/// statement inside a block (`BEGIN ATOMIC ... ; ... END`).
#[derive(Debug, Default)]
struct PsqlBlock {
    /// The initials of the statement's first four words, where they are one
    /// of `create`, `or`, `replace`, `function`, `procedure` (psql's `identifiers`).
    initials: [u8; 4],
    words: usize,
    depth: usize,
}

impl PsqlBlock {
    /// The next word of the statement; `outside_parentheses` where a block
    /// word counts.
    fn word(&mut self, word: &[u8], outside_parentheses: bool) {
        let is = |w: &str| word.eq_ignore_ascii_case(w.as_bytes());
        if self.words < 4
            && ["create", "function", "procedure", "or", "replace"]
                .into_iter()
                .any(is)
        {
            self.initials[self.words] = word[0].to_ascii_lowercase();
        }
        self.words += 1;
        let routine = match self.initials {
            [b'c', b'f' | b'p', ..] => true,
            [b'c', b'o', b'r', third] => third == b'f' || third == b'p',
            _ => false,
        };
        if !routine || !outside_parentheses {
            return;
        }
        if is("begin") {
            self.depth += 1;
        } else if is("case") {
            if self.depth >= 1 {
                self.depth += 1;
            }
        } else if is("end") {
            self.depth = self.depth.saturating_sub(1);
        }
    }
}

/// The states of SQLite's `sqlite3_complete`, which the sqlite3 shell uses to
/// find where a statement ends: a `;` ends it, except inside `CREATE [TEMP]
/// TRIGGER ... BEGIN ... END`, which only `; END ;` ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Complete {
    Start,
    Normal,
    Explain,
    Create,
    Trigger,
    Semi,
    End,
}

/// The tokens `sqlite3_complete` tells apart (blanks and comments change nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CompleteToken {
    Semi,
    Other,
    Explain,
    Create,
    Temp,
    Trigger,
    End,
}

impl Complete {
    fn next(self, token: CompleteToken) -> Complete {
        use Complete as S;
        use CompleteToken as T;
        match (self, token) {
            (S::Trigger | S::Semi, T::Semi) => S::Semi,
            (_, T::Semi) => S::Start,
            (S::Start, T::Explain) | (S::Explain, T::Other) => S::Explain,
            (S::Start | S::Explain, T::Create) => S::Create,
            (S::Create, T::Temp) => S::Create,
            (S::Create, T::Trigger) => S::Trigger,
            (S::Semi, T::End) => S::End,
            (S::Trigger | S::Semi | S::End, _) => S::Trigger,
            _ => S::Normal,
        }
    }
}

/// One SQLite token at `i` (not a blank or comment): its end (`Err` when it
/// is a quote the input ends inside), and what `sqlite3_complete` makes of it.
fn sqlite_token(bytes: &[u8], i: usize) -> (lexing::Scan, CompleteToken) {
    let b = bytes[i];
    match b {
        b'\'' | b'"' | b'`' | b'[' => (
            lexing::quoted_end(bytes, i, Escape::Doubled),
            CompleteToken::Other,
        ),
        c if lexing::starts_word(c) => {
            let end = lexing::word_end(bytes, i);
            let word = &bytes[i..end];
            let is = |w: &str| word.eq_ignore_ascii_case(w.as_bytes());
            let token = if is("explain") {
                CompleteToken::Explain
            } else if is("create") {
                CompleteToken::Create
            } else if is("temp") || is("temporary") {
                CompleteToken::Temp
            } else if is("trigger") {
                CompleteToken::Trigger
            } else if is("end") {
                CompleteToken::End
            } else {
                CompleteToken::Other
            };
            (Ok(end), token)
        }
        c if c.is_ascii_digit() => (Ok(lexing::number_end(bytes, i)), CompleteToken::Other),
        _ => (Ok(i + 1), CompleteToken::Other),
    }
}

/// The `MYSQL_VERSION_ID` of the server whose lexer we follow (MariaDB 10.11.14,
/// Debian 12's).
const MARIADB_VERSION_ID: u64 = 101_114;

/// Where the SQL of the executable comment opening at `open` starts, or `None`
/// when the server skips it as a plain comment. MariaDB's lexer reads `/*!`,
/// `/*M!` (MariaDB only) and then a version of exactly five or six digits, if
/// any: the body runs when that version is not above the server's, except that
/// `/*!` comments for MySQL 5.7 and later (versions 50700 to 99999) never run,
/// since MariaDB may not know their syntax.
fn executable_comment_body(bytes: &[u8], open: usize) -> Option<usize> {
    let mariadb_only = bytes[open + 2] == b'M';
    let start = open + 3 + usize::from(mariadb_only);
    let digits = bytes[start.min(bytes.len())..]
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits < 5 {
        return Some(start);
    }
    let version: u64 = std::str::from_utf8(&bytes[start..start + digits])
        .ok()?
        .parse()
        .ok()?;
    let runs =
        version <= MARIADB_VERSION_ID && (mariadb_only || !(50_700..=99_999).contains(&version));
    runs.then_some(start + digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sql(src: &str, dialect: Dialect) -> Vec<String> {
        split_statements(src, dialect)
            .into_iter()
            .filter(|p| p.kind == PieceKind::Sql)
            .map(|p| p.text.into_owned())
            .collect()
    }

    #[test]
    fn multi_byte_text_at_a_line_start_is_no_delimiter_command() {
        for line in ["-- 表结构", "-- abcdefé x", "/* 表名称 = t */"] {
            let src = format!("{line}\nCREATE TABLE t (a int);\n");
            assert_eq!(
                sql(&src, Dialect::MySql),
                vec!["CREATE TABLE t (a int)"],
                "{line}"
            );
        }
        // Not a client command: statement text, as the client reads it.
        assert_eq!(sql("DELIMITEé x;\n", Dialect::MySql), vec!["DELIMITEé x"]);
    }

    #[test]
    fn a_postgresql_line_comment_ends_at_a_lone_carriage_return() {
        let src = "-- header\rCREATE TABLE a (id int);\r-- c\rCREATE TABLE b (id int); -- t\r";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["CREATE TABLE a (id int)", "CREATE TABLE b (id int)"]
        );
    }

    /// The pieces that are not SQL nor inert client commands: (kind, text).
    fn reported(src: &str, dialect: Dialect) -> Vec<(PieceKind, String)> {
        split_statements(src, dialect)
            .into_iter()
            .filter(|p| !matches!(p.kind, PieceKind::Sql | PieceKind::ClientCommand))
            .map(|p| (p.kind, src[p.span].to_string()))
            .collect()
    }

    #[test]
    fn an_empty_delimiter_command_is_reported_and_keeps_the_delimiter() {
        for command in ["DELIMITER ", "DELIMITER", "delimiter \t "] {
            let src = format!("{command}\nCREATE TABLE t (a int);\nCREATE TABLE u (a int);\n");
            assert_eq!(
                sql(&src, Dialect::MySql),
                vec!["CREATE TABLE t (a int)", "CREATE TABLE u (a int)"]
            );
            assert_eq!(
                reported(&src, Dialect::MySql),
                vec![(PieceKind::EmptyDelimiter, command.to_string())]
            );
        }
        // At the end of the input too.
        let src = "DELIMITER ;;\nSELECT 1;;\nDELIMITER ";
        assert_eq!(sql(src, Dialect::MySql), vec!["SELECT 1"]);
        assert_eq!(reported(src, Dialect::MySql).len(), 1);
    }

    #[test]
    fn block_comments_nest_in_postgresql_only() {
        let src = "/* a /* b */ c; */ CREATE TABLE t (a int);";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["CREATE TABLE t (a int)"]
        );
        let src = "/* a /* b */ CREATE TABLE t (a int);";
        for dialect in [Dialect::MySql, Dialect::Sqlite] {
            assert_eq!(sql(src, dialect), vec!["CREATE TABLE t (a int)"]);
        }
    }

    #[test]
    fn an_unterminated_opening_is_reported_where_it_starts() {
        let unterminated = |what, statement_skipped| PieceKind::Unterminated {
            what,
            statement_skipped,
        };
        // PostgreSQL rejects the statement; the ones before it stay.
        let src = "CREATE TABLE a (x int);\nCREATE TABLE b (x int) /* c;\nCREATE TABLE d (x int);";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["CREATE TABLE a (x int)"]
        );
        assert_eq!(
            reported(src, Dialect::PostgreSql),
            vec![(unterminated("/* comment", true), String::from("/*"))]
        );
        // The mariadb client and SQLite run the statement before the comment.
        for dialect in [Dialect::MySql, Dialect::Sqlite] {
            assert_eq!(
                sql(src, dialect),
                vec!["CREATE TABLE a (x int)", "CREATE TABLE b (x int)"]
            );
            assert_eq!(
                reported(src, dialect),
                vec![(unterminated("/* comment", false), String::from("/*"))]
            );
        }
        let pg = "/* a /* b */ CREATE TABLE t (x int);";
        assert!(sql(pg, Dialect::PostgreSql).is_empty());
        assert_eq!(
            reported(pg, Dialect::PostgreSql),
            vec![(unterminated("/* comment", false), String::from("/*"))]
        );
        for dialect in Dialect::ALL {
            let src = "CREATE TABLE a (x int);\nCREATE TABLE b (x text DEFAULT 'a;\nCREATE TABLE c (x int);";
            assert_eq!(sql(src, dialect), vec!["CREATE TABLE a (x int)"]);
            assert_eq!(
                reported(src, dialect),
                vec![(unterminated("quoted string", true), String::from("'"))]
            );
        }
        let src = "SELECT 1;\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $$;\nSELECT 2;";
        assert_eq!(sql(src, Dialect::PostgreSql), vec!["SELECT 1"]);
        assert_eq!(
            reported(src, Dialect::PostgreSql),
            vec![(
                unterminated("dollar-quoted string", true),
                String::from("$body$")
            )]
        );
        let src = "SELECT 1;\nCREATE TABLE t (a int;\nCREATE TABLE u (a int);";
        assert_eq!(sql(src, Dialect::PostgreSql), vec!["SELECT 1"]);
        assert_eq!(
            reported(src, Dialect::PostgreSql),
            vec![(unterminated("parenthesis", true), String::from("("))]
        );
        let src = "SELECT 1;\nCREATE TABLE [t (a int);";
        assert_eq!(
            reported(src, Dialect::Sqlite),
            vec![(
                unterminated("[bracketed] identifier", true),
                String::from("[")
            )]
        );
    }

    #[test]
    fn a_dollar_inside_a_postgresql_word_opens_no_quote() {
        let src = "CREATE TABLE sys$tab$hist (a$b int, c int DEFAULT 1);\n\
                   PREPARE p (int) AS SELECT $1 + $2;\nCREATE TABLE u (x text DEFAULT $q$;$q$);\n\
                   CREATE TABLE v (x text DEFAULT $é$;$é$);\nCREATE TABLE w (x int);";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec![
                "CREATE TABLE sys$tab$hist (a$b int, c int DEFAULT 1)",
                "PREPARE p (int) AS SELECT $1 + $2",
                "CREATE TABLE u (x text DEFAULT $q$;$q$)",
                "CREATE TABLE v (x text DEFAULT $é$;$é$)",
                "CREATE TABLE w (x int)",
            ]
        );
        assert!(reported(src, Dialect::PostgreSql).is_empty());
    }

    #[test]
    fn postgresql_escape_strings_only_after_a_lone_e() {
        let src = "SELECT E'a\\';' ; SELECT xe'a\\'; SELECT 2;";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["SELECT E'a\\';'", "SELECT xe'a\\'", "SELECT 2"]
        );
    }

    #[test]
    fn mysql_lexing() {
        // `--` without a blank after it is two minus signs, except where
        // a statement starts.
        let src = "----x;\nCREATE TABLE t (a int DEFAULT (2--1)); --y;\nCREATE TABLE u (a int);";
        assert_eq!(
            sql(src, Dialect::MySql),
            vec![
                "CREATE TABLE t (a int DEFAULT (2--1))",
                "CREATE TABLE u (a int)"
            ]
        );
        // A backquoted name takes no backslash escape.
        let src = "CREATE TABLE `a\\` (x int); CREATE TABLE b (x int);";
        assert_eq!(sql(src, Dialect::MySql).len(), 2);
        // `*/` only closes an executable comment.
        let src = "/*!40101 SET x = 1 */; SELECT 2 */ 1;";
        assert_eq!(sql(src, Dialect::MySql)[1], "SELECT 2 */ 1");
    }

    #[test]
    fn postgresql_function_bodies_in_begin_atomic() {
        let src = "CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql\n\
                   BEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN 1 END;\n  SELECT 2;\nEND;\n\
                   CREATE TABLE t (a int);\nCREATE PROCEDURE p() BEGIN ATOMIC SELECT 1; END;\n\
                   BEGIN; SELECT 1; END;";
        let got = sql(src, Dialect::PostgreSql);
        assert_eq!(got.len(), 6, "{got:?}");
        assert!(got[0].ends_with("SELECT 2;\nEND"));
        assert_eq!(got[1], "CREATE TABLE t (a int)");
        assert_eq!(got[2], "CREATE PROCEDURE p() BEGIN ATOMIC SELECT 1; END");
        assert_eq!(got[3..], ["BEGIN", "SELECT 1", "END"]);
    }

    #[test]
    fn include_and_other_client_commands_are_reported() {
        let src = "CREATE TABLE a (x int);\n\\i other.sql\n\\ir sub/x.sql\n\\restrict k\n\
                   \\connect db\nCREATE TABLE b (x int); \\set x 1\n\\q\nCREATE TABLE c (x int);";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["CREATE TABLE a (x int)", "CREATE TABLE b (x int)"]
        );
        assert_eq!(
            reported(src, Dialect::PostgreSql),
            vec![
                (PieceKind::Include, String::from("\\i other.sql")),
                (PieceKind::Include, String::from("\\ir sub/x.sql")),
                (PieceKind::Unfollowed, String::from("\\connect db")),
            ]
        );
        let src = "source a.sql\n\\. b.sql\r\nCREATE TABLE b (x int);";
        assert_eq!(sql(src, Dialect::MySql), vec!["CREATE TABLE b (x int)"]);
        assert_eq!(
            reported(src, Dialect::MySql),
            vec![
                (PieceKind::Include, String::from("source a.sql")),
                (PieceKind::Include, String::from("\\. b.sql")),
            ]
        );
        let src = ".read a.sql\n.open x.db\nCREATE TABLE b (x int);\n.exit\nCREATE TABLE c (x);";
        assert_eq!(sql(src, Dialect::Sqlite), vec!["CREATE TABLE b (x int)"]);
        assert_eq!(
            reported(src, Dialect::Sqlite),
            vec![
                (PieceKind::Include, String::from(".read a.sql")),
                (PieceKind::Unfollowed, String::from(".open x.db")),
            ]
        );
    }

    #[test]
    fn long_inputs_split_in_one_pass() {
        // Each of these took seconds or minutes when a byte looked back at its line.
        let spaces = format!("SELECT 1;\n{}\nSELECT 2;", " ".repeat(200_000));
        for dialect in Dialect::ALL {
            assert_eq!(sql(&spaces, dialect), vec!["SELECT 1", "SELECT 2"]);
        }
        let many = "SELECT 1; ".repeat(20_000);
        assert_eq!(sql(&many, Dialect::PostgreSql).len(), 20_000);
        let rule = format!(
            "CREATE RULE r AS ON INSERT TO t DO ({});",
            "SELECT 1; ".repeat(20_000)
        );
        assert_eq!(sql(&rule, Dialect::PostgreSql).len(), 1);
    }

    #[test]
    fn splits_on_terminators_outside_quotes_and_comments() {
        let got = sql(
            "CREATE TABLE a (x text DEFAULT ';'); -- c;\n/* ; */ SELECT 1;",
            Dialect::PostgreSql,
        );
        assert_eq!(got, vec!["CREATE TABLE a (x text DEFAULT ';')", "SELECT 1"]);
    }

    #[test]
    fn keeps_spans_aligned_with_text() {
        let src = "/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE `a;` (x int);";
        for piece in split_statements(src, Dialect::MySql) {
            assert_eq!(piece.text.len(), piece.span.len());
        }
        assert_eq!(sql(src, Dialect::MySql)[0].trim(), "SET NAMES utf8mb4");
    }

    #[test]
    fn executable_comments_run_by_version() {
        let src = "CREATE TABLE t (a int /*!50705 , b int*/ /*!50699 , c int*/ \
                   /*M!50705 , d int*/ /*!101200 , e int*/ /*!100000 , f int*/ /*!, g int*/);";
        let text = &sql(src, Dialect::MySql)[0];
        for kept in ["c int", "d int", "f int", "g int"] {
            assert!(text.contains(kept), "{kept} in {text}");
        }
        for skipped in ["/* 50705 , b int*/", "/* 101200 , e int*/"] {
            assert!(text.contains(skipped), "{skipped} in {text}");
        }
        let sandbox = "/*M!999999\\- enable the sandbox mode */\nSELECT 1;";
        assert_eq!(sql(sandbox, Dialect::MySql).len(), 1);
    }

    #[test]
    fn skips_psql_commands_and_copy_data() {
        let src = "\\restrict x\nCOPY t (a) FROM stdin;\n1;2\n\\.\nSELECT 1;";
        assert_eq!(
            sql(src, Dialect::PostgreSql),
            vec!["COPY t (a) FROM stdin", "SELECT 1"]
        );
    }

    #[test]
    fn sqlite_shell_lines_between_statements() {
        let src = "# comment\n.headers on\nCREATE TABLE a (x);\n  # indented: SQL\nSELECT 1;\nSELECT 2 -- c\n;\n# after\nSELECT 3;";
        assert_eq!(
            sql(src, Dialect::Sqlite),
            vec![
                "CREATE TABLE a (x)",
                "# indented: SQL\nSELECT 1",
                "SELECT 2 -- c",
                "SELECT 3"
            ]
        );
    }

    #[test]
    fn sqlite_triggers_end_at_end_semicolon() {
        let src = "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN y THEN 1 END;\n  \
                   INSERT INTO [b;c] VALUES ('d;e'); -- ;\nEND;\nSELECT 1; EXPLAIN QUERY PLAN CREATE TRIGGER u \
                   BEFORE DELETE ON a BEGIN SELECT 1; end /* c */ ; SELECT end FROM e; SELECT 2";
        let got = sql(src, Dialect::Sqlite);
        assert_eq!(got.len(), 5, "{got:?}");
        assert!(got[0].ends_with("VALUES ('d;e'); -- ;\nEND"), "{}", got[0]);
        assert_eq!(got[1], "SELECT 1");
        assert!(got[2].ends_with("SELECT 1; end /* c */"), "{}", got[2]);
        assert_eq!(got[3], "SELECT end FROM e");
    }

    #[test]
    fn postgresql_statements_do_not_end_inside_parentheses() {
        let pieces = sql(
            "CREATE RULE r AS ON DELETE TO t DO ( DELETE FROM a; DELETE FROM b; );\nSELECT 1;",
            Dialect::PostgreSql,
        );
        assert_eq!(pieces.len(), 2);
        assert!(pieces[0].ends_with("DELETE FROM b; )"));
    }

    /// MySQL words are read whole unless the delimiter starts with a byte a
    /// word may hold: then it ends a statement in the middle of one.
    #[test]
    fn a_delimiter_ends_a_statement_inside_a_word_only_when_it_can_start_one() {
        for (src, expected) in [
            (
                "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nSELECT a;SELECT b",
                vec!["CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT a", "SELECT b"],
            ),
            (
                "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT x; END//\nSELECT y//",
                vec!["CREATE PROCEDURE p() BEGIN SELECT x; END", "SELECT y"],
            ),
            (
                "DELIMITER go\nSELECT cargo_1 go\nSELECT ago_2go",
                vec!["SELECT car", "_1", "SELECT a", "_2"],
            ),
        ] {
            assert_eq!(sql(src, Dialect::MySql), expected, "{src:?}");
        }
    }

    #[test]
    fn dollar_quotes_and_delimiters() {
        let src = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;";
        assert_eq!(sql(src, Dialect::PostgreSql).len(), 1);
        let src = "DELIMITER ;;\nCREATE TRIGGER t BEGIN SET x = 1; END;;\nDELIMITER ;\nSELECT 1;";
        assert_eq!(sql(src, Dialect::MySql).len(), 2);
    }
}
