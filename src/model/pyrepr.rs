//! Python literals exactly as Python's `repr()` writes them, so that any name,
//! comment or default text lands in the output as valid Python.

/// `repr(s)` for a `str`: single quotes unless the text holds a single quote and
/// no double quote; backslash escapes for the quote, backslash, control and
/// non-printable characters.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_string(&mut out, s);
    out
}

/// [`string`] written to the end of `out`.
pub fn push_string(out: &mut String, s: &str) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    // Most text is printable ASCII with nothing to escape: copied as is.
    if s.bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'\\' && b != quote as u8)
    {
        out.push_str(s);
        out.push(quote);
        return;
    }
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let code = c as u32;
                let _ = if code < 0x100 {
                    write!(out, "\\x{code:02x}")
                } else if code < 0x10000 {
                    write!(out, "\\u{code:04x}")
                } else {
                    write!(out, "\\U{code:08x}")
                };
            }
        }
    }
    out.push(quote);
}

use super::pychar::is_printable;
pub use super::pychar::is_word_char;
use std::fmt::Write;

/// `pprint.pformat(d)` (width 80, sorted keys) of a dict whose values are strings,
/// as sqlacodegen prints `__table_args__` keyword arguments: one line when it
/// fits, else one item per line, with a string too long for its line cut after
/// whitespace into adjacent literals (which Python concatenates).
pub fn pformat_string_dict(items: &[(&str, &str)]) -> String {
    let values: Vec<(&str, DictValue)> =
        items.iter().map(|(k, v)| (*k, DictValue::Str(v))).collect();
    pformat_dict(&values)
}

/// A value in a dict printed by [`pformat_dict`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DictValue<'a> {
    /// A string, printed with `repr` (and cut like pprint when too long).
    Str(&'a str),
    /// A value already rendered as Python (`False`, `10`).
    Raw(&'a str),
}

impl DictValue<'_> {
    fn repr(&self) -> String {
        match self {
            DictValue::Str(s) => string(s),
            DictValue::Raw(r) => r.to_string(),
        }
    }
}

/// `pprint.pformat(dict)` with string keys, sorted, wrapped at 80 columns.
pub fn pformat_dict(items: &[(&str, DictValue<'_>)]) -> String {
    const WIDTH: usize = 80;
    let mut items: Vec<(&str, DictValue<'_>)> = items.to_vec();
    items.sort();
    let single: Vec<String> = items
        .iter()
        .map(|(k, v)| format!("{}: {}", string(k), v.repr()))
        .collect();
    let single = format!("{{{}}}", single.join(", "));
    if char_len(&single) <= WIDTH {
        return single;
    }
    let mut out = String::from("{");
    for (i, (key, value)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n ");
        }
        let key = string(key);
        out.push_str(&key);
        out.push_str(": ");
        // The value starts after `{` (or the item indent) and `key: `; one
        // character is kept free for the `,` or `}` that follows.
        let indent = 1 + char_len(&key) + 2;
        let allowance = 1;
        let rep = value.repr();
        let text = match value {
            DictValue::Str(text) => Some(*text),
            DictValue::Raw(_) => None,
        };
        if char_len(&rep) <= WIDTH.saturating_sub(indent + allowance) || text.is_none() {
            out.push_str(&rep);
        } else {
            let value = text.unwrap_or_default();
            let chunks = string_chunks(value, WIDTH.saturating_sub(indent), allowance);
            out.push_str(&chunks.join(&format!("\n{}", " ".repeat(indent))));
        }
    }
    out.push('}');
    out
}

/// The literals pprint cuts a long string into: each line on its own, and a
/// line still too wide cut after runs of whitespace.
fn string_chunks(value: &str, max_width: usize, allowance: usize) -> Vec<String> {
    if value.is_empty() {
        return vec![string(value)];
    }
    let lines = split_lines_keepends(value);
    let mut chunks = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let last_line = i + 1 == lines.len();
        let max_width1 = if last_line {
            max_width.saturating_sub(allowance)
        } else {
            max_width
        };
        let rep = string(line);
        if char_len(&rep) <= max_width1 {
            chunks.push(rep);
            continue;
        }
        let parts = word_parts(line);
        let mut current = String::new();
        for (j, part) in parts.iter().enumerate() {
            let max_width2 = if last_line && j + 1 == parts.len() {
                max_width.saturating_sub(allowance)
            } else {
                max_width
            };
            let candidate = format!("{current}{part}");
            if char_len(&string(&candidate)) > max_width2 {
                if !current.is_empty() {
                    chunks.push(string(&current));
                }
                current = part.to_string();
            } else {
                current = candidate;
            }
        }
        if !current.is_empty() {
            chunks.push(string(&current));
        }
    }
    chunks
}

/// `str.splitlines(keepends=True)`.
fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    end = j + 1;
                }
            }
            lines.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// `re.findall(r'\S*\s*', line)` without its final empty match: runs of
/// non-whitespace, each with the whitespace after it.
fn word_parts(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in line.char_indices() {
        let space = is_python_space(c);
        if in_space && !space {
            parts.push(&line[start..i]);
            start = i;
        }
        in_space = space;
    }
    if start < line.len() {
        parts.push(&line[start..]);
    }
    parts
}

/// Python's `str.isspace()` (what `\s` matches in a `str` pattern).
fn is_python_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// `repr()` of a list of strings: `['a', 'b']`.
pub fn string_list(items: &[String]) -> String {
    let mut out = String::new();
    push_string_list(&mut out, items);
    out
}

/// [`string_list`] written to the end of `out`.
pub fn push_string_list(out: &mut String, items: &[String]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_string(out, item);
    }
    out.push(']');
}

/// Whether `name` is a Python keyword (`keyword.iskeyword`).
pub fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

/// Whether `name` can be written as a Python name (a keyword argument, a class):
/// `name.isidentifier()` and not a keyword.
pub fn is_identifier(name: &str) -> bool {
    super::pychar::is_identifier_text(name) && !is_keyword(name)
}

/// `name` made a Python name the way sqlacodegen makes attribute names (other
/// characters become `_`, a leading digit gets a `_` before it, a keyword one
/// after), then, where that is still no identifier (`area_m²`, `½x`), made
/// one from its NFKC form (`area_m2`) with what is left replaced by `_`.
pub fn identifier(name: &str) -> String {
    let mut cleaned: String = name
        .chars()
        .map(|c| if is_word_char(c) { c } else { '_' })
        .collect();
    if cleaned.is_empty() {
        cleaned.push('_');
    }
    if cleaned.starts_with(super::pychar::is_digit) {
        cleaned.insert(0, '_');
    } else if is_keyword(&cleaned) {
        cleaned.push('_');
    }
    if is_identifier(&cleaned) {
        return cleaned;
    }
    let normal = super::pychar::nfkc(&cleaned);
    let mut valid: String = normal
        .chars()
        .map(|c| {
            if super::pychar::is_id_continue(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !valid.starts_with(super::pychar::is_id_start) {
        valid.insert(0, '_');
    }
    if is_keyword(&valid) {
        valid.push('_');
    }
    valid
}

#[cfg(test)]
mod tests {
    #[test]
    fn identifiers_are_made_from_any_name() {
        use super::{identifier, is_identifier};
        assert!(is_identifier("mysql_engine") && is_identifier("ñandú"));
        assert!(!is_identifier("mysql_default charset"));
        assert!(!is_identifier("class") && !is_identifier("1st") && !is_identifier(""));
        assert_eq!(identifier("Weird enum"), "Weird_enum");
        assert_eq!(identifier("Tab'leDef"), "Tab_leDef");
        assert_eq!(identifier("2024Sales"), "_2024Sales");
        assert_eq!(identifier("class"), "class_");
        assert_eq!(identifier(""), "_");
        assert_eq!(identifier("area_m²"), "area_m2");
        assert_eq!(identifier("①"), "_1");
        assert_eq!(identifier("½x"), "_1_2x");
        assert_eq!(identifier("नाम"), "न_म");
        assert!(!is_identifier("co₂") && is_identifier("नाम"));
    }

    #[test]
    fn pformat_cuts_long_strings_like_pprint() {
        // Checked against Python 3.11: pprint.pformat({...}).
        assert_eq!(
            super::pformat_string_dict(&[("comment", "short"), ("schema", "audit")]),
            "{'comment': 'short', 'schema': 'audit'}"
        );
        let long = "word ".repeat(20);
        assert_eq!(
            super::pformat_string_dict(&[("comment", long.trim_end()), ("schema", "audit")]),
            "{'comment': 'word word word word word word word word word word word word word '\n            'word word word word word word word',\n 'schema': 'audit'}"
        );
    }

    use super::*;

    #[test]
    fn quotes_like_python() {
        assert_eq!(string("abc"), "'abc'");
        assert_eq!(string("it's"), "\"it's\"");
        assert_eq!(string("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(string("a\\b\nc"), "'a\\\\b\\nc'");
        assert_eq!(string("é"), "'é'");
        assert_eq!(string("\u{7}"), "'\\x07'");
    }
}
