//! Python's own character and identifier rules, as the CPython 3.11 that runs
//! sqlacodegen applies them: which characters `repr()` prints as they are,
//! which ones `re`'s `\w` matches (sqlacodegen's `(?u)\W` replaces the
//! others), which ones `str.isdigit()` accepts, and what the parser takes as an
//! identifier (XID_Start/XID_Continue on the written characters, then NFKC for
//! the name it binds). The tables live in [`data`], generated from that Python
//! by `extract_data.py`; Rust's own `char` predicates answer differently for
//! format characters, unassigned code points, combining marks (`नाम`) and
//! numbers such as `²` or `①`.

mod data;

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `c.isprintable()`: what `repr()` writes as is rather than escaped.
pub fn is_printable(c: char) -> bool {
    in_table(data::PRINTABLE, c)
}

/// `\w` in a `str` pattern of `re`: `c.isalnum()` or `_`.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && in_table(data::WORD, c))
}

/// `c.isdigit()` (decimal digits of any script, superscripts, circled digits).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(data::DIGIT, c))
}

/// A character an identifier may start with (XID_Start or `_`).
pub fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && in_table(data::ID_START, c))
}

/// A character an identifier may continue with (XID_Continue).
pub fn is_id_continue(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && in_table(data::ID_CONTINUE, c))
}

/// `name.isidentifier()`: what Python's tokenizer accepts as a name (keywords
/// included).
pub fn is_identifier_text(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(is_id_start) && chars.all(is_id_continue)
}

/// The name Python binds for an identifier written as `name`: its NFKC form
/// (`ﬁle` binds `file`, `Ｋ` binds `K`).
pub fn nfkc(name: &str) -> Cow<'_, str> {
    if name.is_ascii() || is_nfkc_quick(name.chars()) == IsNormalized::Yes {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfkc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_disjoint_ranges() {
        for table in [
            data::PRINTABLE,
            data::WORD,
            data::DIGIT,
            data::ID_START,
            data::ID_CONTINUE,
        ] {
            assert!(!table.is_empty());
            for pair in table.windows(2) {
                assert!(
                    pair[0].0 <= pair[0].1 && pair[0].1 + 1 < pair[1].0,
                    "{pair:?}"
                );
            }
        }
    }

    /// Answers of CPython 3.11 for characters where Rust's `char` predicates
    /// differ (`c.isprintable(), c.isalnum(), c.isdigit(), c.isidentifier(),
    /// ('a' + c).isidentifier()`).
    #[test]
    fn agrees_with_python_311() {
        let cases: &[(char, [bool; 5])] = &[
            ('a', [true, true, false, true, true]),
            ('_', [true, true, false, true, true]),
            ('7', [true, true, true, false, true]),
            (' ', [true, false, false, false, false]),
            ('\u{900}', [true, false, false, false, true]),
            ('\u{93e}', [true, false, false, false, true]),
            ('\u{301}', [true, false, false, false, true]),
            ('\u{ad}', [false, false, false, false, false]),
            ('\u{2060}', [false, false, false, false, false]),
            ('\u{378}', [false, false, false, false, false]),
            ('²', [true, true, true, false, false]),
            ('①', [true, true, true, false, false]),
            ('١', [true, true, true, false, true]),
            ('１', [true, true, true, false, true]),
            ('½', [true, true, false, false, false]),
            ('\u{2212}', [true, false, false, false, false]),
            ('\u{1885}', [true, false, false, true, true]),
            ('℘', [true, false, false, true, true]),
            ('\u{309b}', [true, false, false, false, false]),
            ('·', [true, false, false, false, true]),
            ('\u{19da}', [true, true, true, false, true]),
        ];
        for (c, want) in cases {
            let got = [
                is_printable(*c),
                is_word_char(*c),
                is_digit(*c),
                is_id_start(*c),
                is_id_continue(*c),
            ];
            assert_eq!(&got, want, "U+{:04X}", *c as u32);
        }
        // 163 format characters (Cf) and every unassigned code point are not
        // printable; Rust's `is_control` knows none of them.
        assert!(!is_printable('\u{200b}') && !is_printable('\u{e0001}'));
    }

    #[test]
    fn identifiers_as_the_parser_reads_them() {
        assert!(is_identifier_text("नाम") && is_identifier_text("_١"));
        assert!(!is_identifier_text("area_m²") && !is_identifier_text("co₂"));
        assert!(!is_identifier_text("_①") && !is_identifier_text(""));
        assert_eq!(nfkc("ﬁle"), "file");
        assert_eq!(nfkc("Ｆｉｌｅ"), "File");
        assert_eq!(nfkc("\u{212a}"), "K");
        assert_eq!(nfkc("_１"), "_1");
        assert!(matches!(nfkc("plain"), Cow::Borrowed(_)));
    }
}
