//! sqlparser's tokens for the plain statements most of a schema is made of,
//! made without its general tokenizer.
//!
//! sqlparser's tokenizer builds every word a character at a time and tries
//! a dozen dialect-specific forms before it settles on a word: it took a
//! quarter of all the instructions of a run (about 270 per byte of SQL).
//! Most statements of a schema hold nothing but words, quoted identifiers,
//! plain numbers and strings, white space, `( ) , ; . = ::` and comparisons.
//! For those this module makes the very tokens sqlparser's tokenizer would
//! make, spans included, words with sqlparser's own keyword table; the first
//! character outside that set (a comment, another operator, an escape, a
//! prefixed string, anything not ASCII outside a quoted text, ...) gives up
//! on the whole statement, which sqlparser then tokenizes itself. Tests hold
//! the two tokenizers to the same tokens on every statement of the golden
//! cases and of the shared corpus.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use sqlparser::dialect::Dialect as SqlDialect;
use sqlparser::keywords::{Keyword, ALL_KEYWORDS, ALL_KEYWORDS_INDEX};
use sqlparser::tokenizer::{Location, Span, Token, TokenWithSpan, Whitespace, Word};

/// The tokens of `text`, as sqlparser's tokenizer makes them for `dialect`,
/// if `text` holds only the plain forms this module knows; `None` otherwise.
pub fn plain_tokens(dialect: &dyn SqlDialect, text: &str) -> Option<Vec<TokenWithSpan>> {
    let bytes = text.as_bytes();
    // `COPY ... FROM stdin` takes its data rows into a token of their own.
    let first_word = text.trim_start().as_bytes();
    if first_word.len() >= 4
        && first_word[..4].eq_ignore_ascii_case(b"COPY")
        && !first_word
            .get(4)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    {
        return None;
    }
    // Whether the byte at `i` would carry a name on (`$`, `@`, a non-ASCII
    // letter, ...), which makes what comes before it no plain word or number.
    let continues_name = |i: usize| {
        bytes.get(i).is_some_and(|&c| {
            !c.is_ascii()
                || c.is_ascii_alphanumeric()
                || c == b'_'
                || dialect.is_identifier_part(char::from(c))
        })
    };
    // Every blank is a token of its own, as in sqlparser: an indented column
    // list makes a token of about every other byte. Room for that means most
    // statements never grow (and copy) the vector.
    let mut tokens: Vec<TokenWithSpan> = Vec::with_capacity(bytes.len() / 2 + 8);
    let mut at = Place {
        line: 1,
        column: 1,
        byte: 0,
    };
    while at.byte < bytes.len() {
        let start = at;
        let b = bytes[at.byte];
        let next = bytes.get(at.byte + 1).copied();
        let token = match b {
            b' ' => at.ascii(1, Token::Whitespace(Whitespace::Space)),
            b'\t' => at.ascii(1, Token::Whitespace(Whitespace::Tab)),
            b'\n' => {
                at.byte += 1;
                at.line += 1;
                at.column = 1;
                Token::Whitespace(Whitespace::Newline)
            }
            b'(' => at.ascii(1, Token::LParen),
            b')' => at.ascii(1, Token::RParen),
            b',' => at.ascii(1, Token::Comma),
            b';' => at.ascii(1, Token::SemiColon),
            b'=' if !matches!(next, Some(b'>' | b'=')) => at.ascii(1, Token::Eq),
            b':' if next == Some(b':') => at.ascii(2, Token::DoubleColon),
            // `t.c`; a digit or `_` after the period (`.5`, `t.1`) is
            // another matter.
            b'.' if next.is_some_and(|n| !n.is_ascii_digit() && n != b'_') => {
                at.ascii(1, Token::Period)
            }
            b'0'..=b'9' => {
                // After a period a number may be a tuple index or a name.
                if tokens.last().is_some_and(|t| t.token == Token::Period) {
                    return None;
                }
                let mut end = run_end(bytes, at.byte, |c| c.is_ascii_digit());
                // A fraction (`0.00`), not a bare `1.`.
                if bytes.get(end) == Some(&b'.')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                {
                    end = run_end(bytes, end + 1, |c| c.is_ascii_digit());
                }
                // `0x..`, `1.`, `1.2.3`, `1e3`, `1_000`, `10L`, a MySQL name
                // `1st`: none of these.
                if bytes.get(end) == Some(&b'.') || continues_name(end) {
                    return None;
                }
                let digits = text[at.byte..end].to_string();
                at.ascii(end - at.byte, Token::Number(digits, false))
            }
            b'\'' => {
                let (content, end) = quoted(text, at.byte)?;
                // Where a backslash escapes (MySQL), left to sqlparser.
                if dialect.supports_string_literal_backslash_escape() && content.contains('\\') {
                    return None;
                }
                at.over(text, end);
                Token::SingleQuotedString(content)
            }
            // `a > 0`, `a < 0`: an operator sqlparser reads on from is
            // another matter.
            b'>' if next == Some(b' ') => at.ascii(1, Token::Gt),
            b'<' if next == Some(b' ') => at.ascii(1, Token::Lt),
            b'>' | b'<' if bytes.get(at.byte + 2) == Some(&b' ') => match (b, next) {
                (b'>', Some(b'=')) => at.ascii(2, Token::GtEq),
                (b'<', Some(b'=')) => at.ascii(2, Token::LtEq),
                (b'<', Some(b'>')) => at.ascii(2, Token::Neq),
                _ => return None,
            },
            b'"' | b'`' if dialect.is_delimited_identifier_start(char::from(b)) => {
                let close = at.byte + 1 + bytes[at.byte + 1..].iter().position(|&c| c == b)?;
                if bytes.get(close + 1) == Some(&b) {
                    return None;
                }
                let content = &text[at.byte + 1..close];
                at.over(text, close + 1);
                Token::make_word(content, Some(char::from(b)))
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let end = run_end(bytes, at.byte, |c| c.is_ascii_alphanumeric() || c == b'_');
                // A name going on with `$`, `@` or a non-ASCII letter, or a
                // prefixed literal (`E'..'`, `X'..'`, `N'..'`, `U&'..'`).
                if continues_name(end) || matches!(bytes.get(end), Some(b'\'' | b'"' | b'`' | b'&'))
                {
                    return None;
                }
                let word = &text[at.byte..end];
                at.ascii(end - at.byte, plain_word(word))
            }
            _ => return None,
        };
        tokens.push(TokenWithSpan {
            token,
            span: Span::new(start.location(), at.location()),
        });
    }
    Some(tokens)
}

/// The token of an unquoted ASCII word: [`Token::make_word`]'s, its
/// keyword found in a hash map of sqlparser's keyword table instead of by a
/// binary search over it (a third of the cost of a word).
fn plain_word(word: &str) -> Token {
    /// sqlparser's keywords by their (upper-case) bytes.
    fn keywords() -> &'static FxHashMap<&'static [u8], Keyword> {
        static KEYWORDS: OnceLock<FxHashMap<&'static [u8], Keyword>> = OnceLock::new();
        KEYWORDS.get_or_init(|| {
            ALL_KEYWORDS
                .iter()
                .zip(ALL_KEYWORDS_INDEX)
                .map(|(name, keyword)| (name.as_bytes(), *keyword))
                .collect()
        })
    }
    let mut upper = [0u8; 64];
    let keyword = match upper.get_mut(..word.len()) {
        Some(upper) => {
            for (to, from) in upper.iter_mut().zip(word.bytes()) {
                *to = from.to_ascii_uppercase();
            }
            keywords()
                .get(&*upper)
                .copied()
                .unwrap_or(Keyword::NoKeyword)
        }
        // Longer than any keyword.
        None => Keyword::NoKeyword,
    };
    Token::Word(Word {
        value: word.to_string(),
        quote_style: None,
        keyword,
    })
}

/// Where the tokenizer stands: sqlparser's line and column (characters,
/// from 1), and the byte offset.
#[derive(Debug, Clone, Copy)]
struct Place {
    line: u64,
    column: u64,
    byte: usize,
}

impl Place {
    fn location(self) -> Location {
        Location {
            line: self.line,
            column: self.column,
        }
    }

    /// Step over `len` ASCII characters, none a newline; `token` back.
    fn ascii(&mut self, len: usize, token: Token) -> Token {
        self.byte += len;
        self.column += len as u64;
        token
    }

    /// Step over the text up to byte `end`, counting its lines and
    /// characters.
    fn over(&mut self, text: &str, end: usize) {
        for c in text[self.byte..end].chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.byte = end;
    }
}

/// The text of the string literal opening at byte `open` (a doubled quote
/// standing for one), and the byte after its closing quote; `None` if it
/// never closes.
fn quoted(text: &str, open: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let mut content = String::new();
    let mut from = open + 1;
    loop {
        let close = from + bytes[from..].iter().position(|&c| c == b'\'')?;
        if bytes.get(close + 1) == Some(&b'\'') {
            content.push_str(&text[from..=close]);
            from = close + 2;
        } else {
            content.push_str(&text[from..close]);
            return Some((content, close + 1));
        }
    }
}

/// Where the run of bytes from `start` on that `keep` accepts ends.
fn run_end(bytes: &[u8], start: usize, keep: impl Fn(u8) -> bool) -> usize {
    bytes[start..]
        .iter()
        .position(|&c| !keep(c))
        .map_or(bytes.len(), |n| start + n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::Dialect;
    use sqlparser::tokenizer::Tokenizer;

    /// What sqlparser's own tokenizer makes of `text`, spans compared too
    /// (`TokenWithSpan`'s equality leaves them out).
    fn tokenized(dialect: &dyn SqlDialect, text: &str) -> Option<Vec<(Token, Span)>> {
        let tokens = Tokenizer::new(dialect, text)
            .with_unescape(true)
            .tokenize_with_location()
            .ok()?;
        Some(tokens.into_iter().map(|t| (t.token, t.span)).collect())
    }

    fn plain(dialect: &dyn SqlDialect, text: &str) -> Option<Vec<(Token, Span)>> {
        plain_tokens(dialect, text).map(|t| t.into_iter().map(|t| (t.token, t.span)).collect())
    }

    #[test]
    fn every_keyword_is_found_as_sqlparser_finds_it() {
        assert!(ALL_KEYWORDS.iter().all(|k| k.len() <= 64));
        for name in ALL_KEYWORDS
            .iter()
            .chain(&["not_a_keyword", "x", "Select", "cReAtE"])
        {
            for word in [name.to_string(), name.to_ascii_lowercase()] {
                assert_eq!(plain_word(&word), Token::make_word(&word, None), "{word}");
            }
        }
        let long = "a".repeat(40);
        assert_eq!(plain_word(&long), Token::make_word(&long, None));
    }

    #[test]
    fn plain_statements_get_sqlparsers_very_tokens() {
        let cases = [
            "CREATE TABLE t (id int PRIMARY KEY, name varchar(255) NOT NULL DEFAULT 'x');",
            "CREATE TABLE \"Odd Name\" (\"é\" text DEFAULT 'ünï\ncode', n numeric(10, 2))",
            "ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)",
            "CREATE INDEX ix ON s.t USING btree (a, b)",
            "CREATE TABLE `t` (`id` int(11) NOT NULL AUTO_INCREMENT, e enum('a','b'))",
            "COMMENT ON COLUMN t.a IS 'it is ''quoted'''",
            "x DEFAULT nextval('s'::regclass)\n\t;",
            "a = b",
            "CHECK (a > 0 AND b < 1.50 AND c = 'it''s' AND d = '''')",
            "CHECK (a >= 0 AND b <= 1 AND c <> 2)",
            "SELECT 'a\\b', 'x''\n''y', 0.25",
            "",
        ];
        for text in cases {
            let mut compared = 0;
            for dialect in [Dialect::PostgreSql, Dialect::MySql, Dialect::Sqlite] {
                let sql_dialect = super::super::sqlparser_dialect(dialect);
                if let Some(plain) = plain(&*sql_dialect, text) {
                    assert_eq!(
                        Some(plain),
                        tokenized(&*sql_dialect, text),
                        "{dialect}: {text}"
                    );
                    compared += 1;
                }
            }
            // Plain to one dialect at least (backquotes are MySQL's).
            assert!(compared > 0, "{text}");
        }
        let pg = sqlparser::dialect::PostgreSqlDialect {};
        // Left to sqlparser: an escaped quote, a comment, an operator, a
        // prefixed string, a decimal, a COPY, a name with `$`.
        for text in [
            "CREATE TABLE t (a int) -- note",
            "SELECT a->>'b'",
            "SELECT E'\\n'",
            "SELECT 1.",
            "SELECT 1.5e3",
            "SELECT a >=1",
            "SELECT a >>= 1",
            "COPY t (a) FROM stdin",
            "CREATE TABLE a$b (x int)",
            "SELECT x'00'",
            "SELECT t.1",
        ] {
            assert_eq!(plain(&pg, text), None, "{text}");
        }
    }

    /// The statements of `sql`: (plain ones, all); where this module makes
    /// tokens, they must be sqlparser's.
    fn compare_statements(sql: &str, dialect: Dialect, source: &std::path::Path) -> (usize, usize) {
        let sql_dialect = super::super::sqlparser_dialect(dialect);
        let (mut plain_count, mut all) = (0, 0);
        for piece in super::super::split::split_statements(sql, dialect) {
            all += 1;
            if let Some(plain) = plain(&*sql_dialect, &piece.text) {
                plain_count += 1;
                assert_eq!(
                    Some(plain),
                    tokenized(&*sql_dialect, &piece.text),
                    "{dialect}, {}: {}",
                    source.display(),
                    piece.text
                );
            }
        }
        (plain_count, all)
    }

    /// Every statement of every golden case, in its dialect: where this
    /// module makes tokens, they are sqlparser's.
    #[test]
    fn the_golden_statements_get_sqlparsers_very_tokens() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar_tests");
        let (mut plain_count, mut all) = (0, 0);
        for dialect in [Dialect::PostgreSql, Dialect::MySql, Dialect::Sqlite] {
            for dir in std::fs::read_dir(root.join(dialect.to_string())).unwrap() {
                let path = dir.unwrap().path().join("schema.sql");
                let Ok(sql) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let (plain, statements) = compare_statements(&sql, dialect, &path);
                plain_count += plain;
                all += statements;
            }
        }
        // Most statements are plain: the test compares something.
        assert!(plain_count * 2 > all, "{plain_count} of {all}");
    }

    /// The same over the real schemas of ../shared/corpus, when it is there.
    #[test]
    fn the_corpus_statements_get_sqlparsers_very_tokens() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        if !root.is_dir() {
            eprintln!("skipped: no {} (the shared corpus)", root.display());
            return;
        }
        let mut plain_count = 0;
        let cases = [Dialect::PostgreSql, Dialect::MySql, Dialect::Sqlite]
            .into_iter()
            .flat_map(|dialect| std::fs::read_dir(root.join(dialect.to_string())).ok())
            .flatten();
        for case in cases.flatten() {
            let Ok(manifest) = std::fs::read_to_string(case.path().join("case.toml")) else {
                continue;
            };
            let Some(dialect) = [Dialect::PostgreSql, Dialect::MySql, Dialect::Sqlite]
                .into_iter()
                .find(|d| manifest.contains(&format!("dialect = \"{}\"", d.name())))
            else {
                continue;
            };
            let mut folders = vec![case.path()];
            while let Some(folder) = folders.pop() {
                for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
                    let path = entry.path();
                    if path.is_dir() {
                        folders.push(path);
                    } else if path.extension().is_some_and(|e| e == "sql") {
                        if let Ok(sql) = std::fs::read_to_string(&path) {
                            plain_count += compare_statements(&sql, dialect, &path).0;
                        }
                    }
                }
            }
        }
        assert!(plain_count > 0);
    }
}
