//! The tokens that hide a terminator, as each server's (and client's) lexer
//! reads them: comments, quoted strings and identifiers, PostgreSQL dollar
//! quotes and words. One [`Rules`] per dialect says which forms it has; the
//! scanners below only follow those rules, so that a dialect's lexing is read
//! in one place.
//!
//! Every scanner starts at a byte where its token opens and returns where the
//! token ends, scanning each byte once: the splitter stays linear whatever the
//! input.

use crate::dialect::Dialect;

/// How a quote character is escaped inside its own quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Escape {
    /// Only by doubling (`'it''s'`).
    Doubled,
    /// By doubling or by a backslash (`'it\'s'`): MySQL strings.
    DoubledOrBackslash,
}

/// A dialect's lexical rules for what can hide a terminator.
#[derive(Debug)]
pub(super) struct Rules {
    /// `/* a /* b */ c */` is one comment (PostgreSQL); elsewhere the first
    /// `*/` ends it.
    pub nested_block_comments: bool,
    /// `#` starts a comment to the end of the line (MySQL).
    pub hash_comments: bool,
    /// Inside a statement, `--` starts a comment only when a blank or a
    /// control character (or the end of the input) follows (MariaDB: `1--1`
    /// is one minus minus one); the mariadb client drops a `--` line that
    /// starts a statement whatever follows (a `-------` rule line).
    pub dash_comment_needs_blank: bool,
    /// A `--` comment also ends at a lone carriage return (PostgreSQL's lexer
    /// takes `\r` as a newline; MariaDB's and SQLite's do not).
    pub dash_comment_ends_at_cr: bool,
    /// The quote characters, each with its escape.
    pub quotes: &'static [(u8, Escape)],
    /// `[name]` identifiers (SQLite).
    pub brackets: bool,
    /// `$tag$ ... $tag$` strings (PostgreSQL).
    pub dollar_quotes: bool,
    /// `E'...'` strings take backslash escapes (PostgreSQL).
    pub escape_strings: bool,
    /// Identifiers are read whole, so that a `$` inside one opens no dollar
    /// quote and a lone `E` before a quote is told from `abcE` (PostgreSQL).
    /// Elsewhere the client looks for a custom delimiter at every byte
    /// (`DELIMITER $$` ends `END$$`).
    pub whole_words: bool,
    /// A `/*` never closed makes the rest of the input a comment and the
    /// statement before it still runs (the mariadb client drops the comment,
    /// SQLite's tokenizer ends it at the end of the input); PostgreSQL's lexer
    /// rejects the statement.
    pub unterminated_comment_runs: bool,
    /// The client cuts at every delimiter, even inside a trigger or routine
    /// body (the mariadb client, which is why dumps say `DELIMITER`): a block
    /// that a migration tool sends as one query must be kept whole. psql and
    /// sqlite3 already cut where their servers' grammar ends a statement.
    pub client_cuts_blocks: bool,
}

const POSTGRESQL: Rules = Rules {
    nested_block_comments: true,
    hash_comments: false,
    dash_comment_needs_blank: false,
    dash_comment_ends_at_cr: true,
    quotes: &[(b'\'', Escape::Doubled), (b'"', Escape::Doubled)],
    brackets: false,
    dollar_quotes: true,
    escape_strings: true,
    whole_words: true,
    unterminated_comment_runs: false,
    client_cuts_blocks: false,
};

const MYSQL: Rules = Rules {
    nested_block_comments: false,
    hash_comments: true,
    dash_comment_needs_blank: true,
    dash_comment_ends_at_cr: false,
    // Backquoted identifiers take no backslash escape (`` `a\` `` is `a\`).
    quotes: &[
        (b'\'', Escape::DoubledOrBackslash),
        (b'"', Escape::DoubledOrBackslash),
        (b'`', Escape::Doubled),
    ],
    brackets: false,
    dollar_quotes: false,
    escape_strings: false,
    whole_words: false,
    unterminated_comment_runs: true,
    client_cuts_blocks: true,
};

const SQLITE: Rules = Rules {
    nested_block_comments: false,
    hash_comments: false,
    dash_comment_needs_blank: false,
    dash_comment_ends_at_cr: false,
    quotes: &[
        (b'\'', Escape::Doubled),
        (b'"', Escape::Doubled),
        (b'`', Escape::Doubled),
    ],
    brackets: true,
    dollar_quotes: false,
    escape_strings: false,
    whole_words: false,
    unterminated_comment_runs: true,
    client_cuts_blocks: false,
};

pub(super) fn rules(dialect: Dialect) -> &'static Rules {
    match dialect {
        Dialect::PostgreSql => &POSTGRESQL,
        Dialect::MySql => &MYSQL,
        Dialect::Sqlite => &SQLITE,
    }
}

/// Where a token ends: `Ok(end)`, or `Err(len)` when the input ends first.
pub(super) type Scan = Result<usize, usize>;

impl Rules {
    /// The end of a line comment starting at `i`, if one starts there;
    /// `in_statement`: statement text comes before it.
    pub fn line_comment(&self, bytes: &[u8], i: usize, in_statement: bool) -> Option<usize> {
        let dashes = bytes[i] == b'-'
            && bytes.get(i + 1) == Some(&b'-')
            && (!(self.dash_comment_needs_blank && in_statement)
                || bytes
                    .get(i + 2)
                    .is_none_or(|c| c.is_ascii_whitespace() || c.is_ascii_control()));
        if !(dashes || (self.hash_comments && bytes[i] == b'#')) {
            return None;
        }
        let cr = self.dash_comment_ends_at_cr;
        Some(
            bytes[i..]
                .iter()
                .position(|c| *c == b'\n' || (cr && *c == b'\r'))
                .map_or(bytes.len(), |p| i + p),
        )
    }

    /// The end of the block comment opening at `i` (`/*`).
    pub fn block_comment(&self, bytes: &[u8], i: usize) -> Scan {
        let mut depth = 1usize;
        let mut j = i + 2;
        while j + 1 < bytes.len() {
            match (bytes[j], bytes[j + 1]) {
                (b'*', b'/') => {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        return Ok(j);
                    }
                }
                (b'/', b'*') if self.nested_block_comments => {
                    depth += 1;
                    j += 2;
                }
                _ => j += 1,
            }
        }
        Err(bytes.len())
    }

    /// The quote opening at `i`, if the byte there is one, and its escape;
    /// `after_e` says it directly follows a lone `E` word (a PostgreSQL escape string).
    pub fn quote(&self, byte: u8, after_e: bool) -> Option<Escape> {
        if self.brackets && byte == b'[' {
            return Some(Escape::Doubled);
        }
        let (_, escape) = self.quotes.iter().find(|(q, _)| *q == byte)?;
        Some(if self.escape_strings && after_e && byte == b'\'' {
            Escape::DoubledOrBackslash
        } else {
            *escape
        })
    }
}

/// The end (exclusive) of the quoted string or identifier opening at `open`.
pub(super) fn quoted_end(bytes: &[u8], open: usize, escape: Escape) -> Scan {
    let quote = match bytes[open] {
        b'[' => b']',
        q => q,
    };
    let mut i = open + 1;
    while i < bytes.len() {
        let b = bytes[i];
        if escape == Escape::DoubledOrBackslash && b == b'\\' {
            i += 2;
            continue;
        }
        if b == quote {
            if quote != b']' && bytes.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return Ok(i + 1);
        }
        i += 1;
    }
    Err(bytes.len())
}

/// A byte that continues an identifier: letters, digits, `_`, `$` and any
/// byte of a multi-byte character (PostgreSQL's `ident_cont`, MySQL's and
/// SQLite's identifier characters). Looked up in a table: the splitter and
/// dialect detection ask it of nearly every byte of a script.
pub(super) fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$' || byte >= 0x80;
        b += 1;
    }
    table
};

/// A byte that starts an identifier or keyword.
pub(super) fn starts_word(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// The end of the word (identifier, keyword) starting at `i`.
pub(crate) fn word_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|b| !is_word_byte(*b))
        .map_or(bytes.len(), |p| i + p)
}

/// The end of the number starting at `i`: digits, a point, an exponent, and
/// letters glued to them; never a `$` (`1$a$` is a number and a dollar quote).
pub(super) fn number_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.'))
        .map_or(bytes.len(), |p| i + p)
}

/// A PostgreSQL dollar quote opening at `i` (a `$` that does not continue an
/// identifier): `Some(Ok(end))` past its closing tag, `Some(Err(len))` when
/// it never closes, `None` when the `$` opens no quote (a `$1` parameter, a
/// `$` in an operator). The tag is an identifier without `$`
/// (`[A-Za-z\x80-\xff_][A-Za-z\x80-\xff_0-9]*`) or empty.
pub(super) fn dollar_quote(bytes: &[u8], i: usize) -> Option<Scan> {
    let tag_start = i + 1;
    let tag_len = bytes[tag_start..]
        .iter()
        .position(|b| !(is_word_byte(*b) && *b != b'$'))
        .unwrap_or(bytes.len() - tag_start);
    let close = tag_start + tag_len;
    if bytes.get(close) != Some(&b'$') || bytes.get(tag_start).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let tag = &bytes[i..=close];
    Some(
        find(bytes, close + 1, tag)
            .map(|p| p + tag.len())
            .ok_or(bytes.len()),
    )
}

/// The first `needle` at or after `from`.
pub(super) fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from > haystack.len() || needle.is_empty() {
        return None;
    }
    let first = needle[0];
    let mut at = from;
    while let Some(p) = haystack[at..].iter().position(|b| *b == first) {
        let candidate = at + p;
        if haystack[candidate..].starts_with(needle) {
            return Some(candidate);
        }
        at = candidate + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_comments_nest_only_in_postgresql() {
        let src = b"/* a /* b */ c */ x";
        assert_eq!(rules(Dialect::PostgreSql).block_comment(src, 0), Ok(17));
        assert_eq!(rules(Dialect::MySql).block_comment(src, 0), Ok(12));
        assert_eq!(rules(Dialect::Sqlite).block_comment(src, 0), Ok(12));
        assert_eq!(
            rules(Dialect::PostgreSql).block_comment(b"/* a /* b */", 0),
            Err(12)
        );
        assert_eq!(rules(Dialect::MySql).block_comment(b"/*/", 0), Err(3));
    }

    #[test]
    fn mysql_dash_comments_need_a_blank() {
        let mysql = rules(Dialect::MySql);
        assert_eq!(mysql.line_comment(b"--1\n", 0, true), None);
        assert_eq!(mysql.line_comment(b"--1\n", 0, false), Some(3));
        assert_eq!(mysql.line_comment(b"-- 1\n", 0, true), Some(4));
        assert_eq!(mysql.line_comment(b"--", 0, true), Some(2));
        assert_eq!(mysql.line_comment(b"--\t1", 0, true), Some(4));
        let pg = rules(Dialect::PostgreSql);
        assert_eq!(pg.line_comment(b"--1\r", 0, true), Some(3));
        assert_eq!(
            rules(Dialect::Sqlite).line_comment(b"--1\r", 0, true),
            Some(4)
        );
    }

    #[test]
    fn dollar_quotes_and_parameters() {
        assert_eq!(dollar_quote(b"$$ a $$ b", 0), Some(Ok(7)));
        assert_eq!(dollar_quote(b"$t$ $ $t$", 0), Some(Ok(9)));
        assert_eq!(dollar_quote("$é$ x $é$".as_bytes(), 0), Some(Ok(11)));
        assert_eq!(dollar_quote(b"$1 + $2", 0), None);
        assert_eq!(dollar_quote(b"$1$", 0), None);
        assert_eq!(dollar_quote(b"$a b", 0), None);
        assert_eq!(dollar_quote(b"$", 0), None);
        assert_eq!(dollar_quote(b"$x$ never", 0), Some(Err(9)));
    }

    #[test]
    fn quotes_by_dialect() {
        let mysql = rules(Dialect::MySql);
        let bt = mysql.quote(b'`', false).unwrap();
        assert_eq!(quoted_end(b"`a\\` x", 0, bt), Ok(4));
        let s = mysql.quote(b'\'', false).unwrap();
        assert_eq!(quoted_end(b"'a\\'b' x", 0, s), Ok(6));
        let pg = rules(Dialect::PostgreSql);
        let plain = pg.quote(b'\'', false).unwrap();
        assert_eq!(quoted_end(b"'a\\' x", 0, plain), Ok(4));
        let e = pg.quote(b'\'', true).unwrap();
        assert_eq!(quoted_end(b"'a\\' x'", 0, e), Ok(7));
        let sqlite = rules(Dialect::Sqlite);
        let bracket = sqlite.quote(b'[', false).unwrap();
        assert_eq!(quoted_end(b"[a]] x", 0, bracket), Ok(3));
        assert_eq!(quoted_end(b"'never", 0, Escape::Doubled), Err(6));
        assert_eq!(quoted_end(b"'\\", 0, Escape::DoubledOrBackslash), Err(2));
        assert!(pg.quote(b'[', false).is_none());
    }
}
