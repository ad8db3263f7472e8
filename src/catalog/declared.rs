//! A declared column type taken apart into words, arguments and array brackets,
//! for the dialect rules to canonicalise.

use sqlparser::ast::{DataType, EnumMember};

/// `CHARACTER VARYING(40)[]` as base `CHARACTER VARYING`, args `["40"]`, 1 array
/// dimension; `INT UNSIGNED ZEROFILL` as base `INT` with the flags set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeclaredType {
    /// Upper-cased words of the base type name, single-spaced.
    pub base: String,
    /// The base name as written (case kept), for user-defined types.
    pub raw_base: String,
    pub args: Vec<String>,
    pub array_dims: u32,
    pub unsigned: bool,
    pub zerofill: bool,
    /// `WITH TIME ZONE` (`Some(true)`) / `WITHOUT TIME ZONE` (`Some(false)`).
    pub time_zone: Option<bool>,
}

impl DeclaredType {
    pub fn from_ast(data_type: &DataType) -> DeclaredType {
        // sqlparser prints ENUM/SET values without escaping them; take them
        // from the AST, as MySQL string literals (the only dialect with them).
        let quoted = |v: &str| format!("'{}'", v.replace('\\', "\\\\").replace('\'', "''"));
        match data_type {
            DataType::Enum(members, _) => DeclaredType {
                args: members
                    .iter()
                    .map(|m| match m {
                        EnumMember::Name(name) | EnumMember::NamedValue(name, _) => quoted(name),
                    })
                    .collect(),
                ..Self::parse("ENUM")
            },
            DataType::Set(values) => DeclaredType {
                args: values.iter().map(|v| quoted(v)).collect(),
                ..Self::parse("SET")
            },
            _ => Self::parse(&data_type.to_string()),
        }
    }

    /// Take apart the text sqlparser prints for a type.
    pub fn parse(text: &str) -> DeclaredType {
        let mut declared = DeclaredType::default();
        let mut rest = text.trim();
        // SQL-standard `BOOLEAN ARRAY` / `INTEGER ARRAY[4]`.
        for suffix in [" ARRAY", " array"] {
            if let Some(stripped) = rest.strip_suffix(suffix) {
                declared.array_dims += 1;
                rest = stripped.trim_end();
            }
        }
        if let Some(open) = rest.rfind(" ARRAY[") {
            if rest.ends_with(']') {
                declared.array_dims += 1;
                rest = rest[..open].trim_end();
            }
        }
        while let Some(stripped) = rest.strip_suffix("[]") {
            declared.array_dims += 1;
            rest = stripped.trim_end();
        }
        // `INTEGER[3]` style dimensions.
        while rest.ends_with(']') {
            match rest.rfind('[') {
                Some(open) => {
                    declared.array_dims += 1;
                    rest = rest[..open].trim_end();
                }
                None => break,
            }
        }
        // Each word is a slice of `rest` (a quoted name with its doubled
        // quotes is one contiguous run): no String per word, since this runs
        // for every column, often more than once.
        let mut words: Vec<std::ops::Range<usize>> = Vec::new();
        let mut chars = rest.char_indices().peekable();
        let mut word_start: Option<usize> = None;
        let flush = |word_start: &mut Option<usize>, end: usize, words: &mut Vec<_>| {
            if let Some(start) = word_start.take() {
                words.push(start..end);
            }
        };
        while let Some((i, c)) = chars.next() {
            match c {
                '(' => {
                    flush(&mut word_start, i, &mut words);
                    let close = matching_paren(rest, i).unwrap_or(rest.len());
                    let inner = &rest[i + 1..close.min(rest.len())];
                    if declared.args.is_empty() {
                        declared.args = split_args(inner);
                    }
                    while let Some(&(j, _)) = chars.peek() {
                        if j > close {
                            break;
                        }
                        chars.next();
                    }
                }
                // A quoted name (`"my type"`) is one word, parentheses and all.
                '"' => {
                    word_start.get_or_insert(i);
                    while let Some((_, q)) = chars.next() {
                        if q == '"' {
                            if chars.peek().map(|&(_, n)| n) == Some('"') {
                                chars.next();
                            } else {
                                break;
                            }
                        }
                    }
                }
                c if c.is_whitespace() => flush(&mut word_start, i, &mut words),
                _ => {
                    word_start.get_or_insert(i);
                }
            }
        }
        flush(&mut word_start, rest.len(), &mut words);
        let words: Vec<&str> = words.into_iter().map(|w| &rest[w]).collect();
        let is = |i: usize, word: &str| words.get(i).is_some_and(|w| w.eq_ignore_ascii_case(word));
        let mut i = 0;
        while i < words.len() {
            let word = words[i];
            if is(i, "UNSIGNED") {
                declared.unsigned = true;
            } else if is(i, "SIGNED") || is(i, "ZONE") {
            } else if is(i, "ZEROFILL") {
                declared.zerofill = true;
            } else if (is(i, "WITH") || is(i, "WITHOUT")) && is(i + 1, "TIME") {
                declared.time_zone = Some(is(i, "WITH"));
                i += 2;
            } else {
                if !declared.base.is_empty() {
                    declared.base.push(' ');
                    declared.raw_base.push(' ');
                }
                declared.base.push_str(word);
                declared.raw_base.push_str(word);
            }
            i += 1;
        }
        declared.base.make_ascii_uppercase();
        declared
    }

    pub fn arg_u64(&self, i: usize) -> Option<u64> {
        self.args.get(i).and_then(|a| a.trim().parse().ok())
    }
}

fn matching_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text[open..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Split `10, 2` or `'a', 'b,c'` at top-level commas.
pub fn split_args(inner: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut depth = 0usize;
    for c in inner.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                current.push(c);
            }
            (Some(_), _) => current.push(c),
            (None, '\'' | '"' | '`') => {
                quote = Some(c);
                current.push(c);
            }
            (None, '(') => {
                depth += 1;
                current.push(c);
            }
            (None, ')') => {
                depth = depth.saturating_sub(1);
                current.push(c);
            }
            (None, ',') if depth == 0 => args.push(std::mem::take(&mut current).trim().to_string()),
            _ => current.push(c),
        }
    }
    if !current.trim().is_empty() || !args.is_empty() {
        args.push(current.trim().to_string());
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_types_apart() {
        let t = DeclaredType::parse("CHARACTER VARYING(40)[]");
        assert_eq!(
            (t.base.as_str(), t.args.clone(), t.array_dims),
            ("CHARACTER VARYING", vec![String::from("40")], 1)
        );
        let t = DeclaredType::parse("INT(10) UNSIGNED ZEROFILL");
        assert!(t.unsigned && t.zerofill);
        assert_eq!(t.base, "INT");
        let t = DeclaredType::parse("TIMESTAMP(3) WITH TIME ZONE");
        assert_eq!((t.base.as_str(), t.time_zone), ("TIMESTAMP", Some(true)));
        let t = DeclaredType::parse("ENUM('a', 'b,c')");
        assert_eq!(t.args, vec!["'a'", "'b,c'"]);
        let t = DeclaredType::parse("INTEGER[][]");
        assert_eq!(t.array_dims, 2);
        let t = DeclaredType::parse("BOOLEAN ARRAY");
        assert_eq!((t.base.as_str(), t.array_dims), ("BOOLEAN", 1));
        // A quoted name keeps its parentheses and blanks.
        let t = DeclaredType::parse("\"a(b\"\"c\" d\"[]");
        assert_eq!(t.raw_base, "\"a(b\"\"c\" d\"");
        assert!(t.args.is_empty());
        assert_eq!(t.array_dims, 1);
    }

    #[test]
    fn enum_values_come_from_the_ast() {
        use sqlparser::ast::{DataType, EnumMember};
        let t = DeclaredType::from_ast(&DataType::Enum(
            vec![
                EnumMember::Name(String::from("it's")),
                EnumMember::Name(String::from("a,b)")),
            ],
            None,
        ));
        assert_eq!(t.base, "ENUM");
        assert_eq!(t.args, vec!["'it''s'", "'a,b)'"]);
    }
}
