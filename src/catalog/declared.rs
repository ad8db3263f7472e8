//! A declared column type taken apart into words, arguments and array brackets,
//! for the dialect rules to canonicalise.

use std::borrow::Cow;

use sqlparser::ast::{
    CharacterLength, DataType, EnumMember, ExactNumberInfo, ObjectNamePart, TimezoneInfo,
};

/// `CHARACTER VARYING(40)[]` as base `CHARACTER VARYING`, args `["40"]`, 1 array
/// dimension; `INT UNSIGNED ZEROFILL` as base `INT` with the flags set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeclaredType {
    /// Upper-cased words of the base type name, single-spaced. A static
    /// name for the common types, taken apart for every column.
    pub base: Cow<'static, str>,
    /// The base name as written (case kept), for user-defined types.
    pub raw_base: Cow<'static, str>,
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
            _ => Self::common(data_type).unwrap_or_else(|| Self::parse(&data_type.to_string())),
        }
    }

    /// The common types built straight from the AST, exactly as [`Self::parse`]
    /// takes apart what sqlparser prints for them: printing every column's
    /// type only to split the text again was a tenth of the catalog stage.
    /// `None` for anything else (the printed text is then the reference).
    fn common(data_type: &DataType) -> Option<DeclaredType> {
        let word = |base: &'static str, args: Vec<String>, unsigned: bool| DeclaredType {
            base: Cow::Borrowed(base),
            raw_base: Cow::Borrowed(base),
            args,
            unsigned,
            ..DeclaredType::default()
        };
        let length = |len: &Option<u64>| len.iter().map(u64::to_string).collect::<Vec<_>>();
        let chars = |size: &Option<CharacterLength>| match size {
            None => Some(Vec::new()),
            Some(CharacterLength::IntegerLength { length, unit: None }) => {
                Some(vec![length.to_string()])
            }
            Some(_) => None,
        };
        let exact = |info: &ExactNumberInfo| match info {
            ExactNumberInfo::None => Vec::new(),
            ExactNumberInfo::Precision(p) => vec![p.to_string()],
            ExactNumberInfo::PrecisionAndScale(p, s) => vec![p.to_string(), s.to_string()],
        };
        Some(match data_type {
            DataType::Int(len) => word("INT", length(len), false),
            DataType::IntUnsigned(len) => word("INT", length(len), true),
            DataType::Integer(len) => word("INTEGER", length(len), false),
            DataType::IntegerUnsigned(len) => word("INTEGER", length(len), true),
            DataType::BigInt(len) => word("BIGINT", length(len), false),
            DataType::BigIntUnsigned(len) => word("BIGINT", length(len), true),
            DataType::SmallInt(len) => word("SMALLINT", length(len), false),
            DataType::SmallIntUnsigned(len) => word("SMALLINT", length(len), true),
            DataType::TinyInt(len) => word("TINYINT", length(len), false),
            DataType::TinyIntUnsigned(len) => word("TINYINT", length(len), true),
            DataType::MediumInt(len) => word("MEDIUMINT", length(len), false),
            DataType::MediumIntUnsigned(len) => word("MEDIUMINT", length(len), true),
            DataType::Varchar(size) => word("VARCHAR", chars(size)?, false),
            DataType::CharacterVarying(size) => word("CHARACTER VARYING", chars(size)?, false),
            DataType::Char(size) => word("CHAR", chars(size)?, false),
            DataType::Character(size) => word("CHARACTER", chars(size)?, false),
            DataType::Numeric(info) => word("NUMERIC", exact(info), false),
            DataType::Decimal(info) => word("DECIMAL", exact(info), false),
            DataType::Text => word("TEXT", Vec::new(), false),
            DataType::Boolean => word("BOOLEAN", Vec::new(), false),
            DataType::Bool => word("BOOL", Vec::new(), false),
            DataType::Date => word("DATE", Vec::new(), false),
            DataType::Uuid => word("UUID", Vec::new(), false),
            DataType::Bytea => word("BYTEA", Vec::new(), false),
            DataType::Real => word("REAL", Vec::new(), false),
            DataType::DoublePrecision => word("DOUBLE PRECISION", Vec::new(), false),
            DataType::JSON => word("JSON", Vec::new(), false),
            DataType::JSONB => word("JSONB", Vec::new(), false),
            DataType::Datetime(len) => word("DATETIME", length(len), false),
            DataType::Timestamp(len, zone) | DataType::Time(len, zone) => {
                let base = match data_type {
                    DataType::Time(..) => "TIME",
                    _ => "TIMESTAMP",
                };
                DeclaredType {
                    time_zone: match zone {
                        TimezoneInfo::None => None,
                        TimezoneInfo::WithTimeZone => Some(true),
                        TimezoneInfo::WithoutTimeZone => Some(false),
                        TimezoneInfo::Tz => return None,
                    },
                    ..word(base, length(len), false)
                }
            }
            // `serial`, `bigserial`, a user-defined type: one plain name.
            DataType::Custom(name, modifiers) if modifiers.is_empty() => match &name.0[..] {
                [ObjectNamePart::Identifier(ident)] if ident.quote_style.is_none() => {
                    Self::parse(&ident.value)
                }
                _ => return None,
            },
            _ => return None,
        })
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
        let (mut base, mut raw_base) = (String::new(), String::new());
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
                if !base.is_empty() {
                    base.push(' ');
                    raw_base.push(' ');
                }
                base.push_str(word);
                raw_base.push_str(word);
            }
            i += 1;
        }
        base.make_ascii_uppercase();
        declared.base = Cow::Owned(base);
        declared.raw_base = Cow::Owned(raw_base);
        declared
    }

    pub fn arg_u64(&self, i: usize) -> Option<u64> {
        arg_u64(&self.args, i)
    }
}

/// A type modifier as a number.
pub fn arg_u64(args: &[String], i: usize) -> Option<u64> {
    args.get(i).and_then(|a| a.trim().parse().ok())
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
    fn common_types_match_their_printed_text() {
        use sqlparser::dialect::{GenericDialect, MySqlDialect, PostgreSqlDialect};
        use sqlparser::parser::Parser;
        let types = [
            "int",
            "int(11)",
            "int(10) unsigned",
            "integer",
            "integer unsigned",
            "bigint",
            "bigint(20)",
            "bigint unsigned",
            "smallint",
            "smallint(5) unsigned",
            "tinyint(1)",
            "tinyint unsigned",
            "mediumint(8)",
            "mediumint unsigned",
            "varchar(20)",
            "varchar",
            "character varying(120)",
            "character varying",
            "char(36)",
            "char",
            "character(2)",
            "numeric",
            "numeric(8)",
            "numeric(12,2)",
            "decimal(8, 3)",
            "decimal",
            "text",
            "boolean",
            "bool",
            "date",
            "uuid",
            "bytea",
            "real",
            "double precision",
            "json",
            "jsonb",
            "datetime",
            "datetime(6)",
            "timestamp",
            "timestamp(3)",
            "timestamp with time zone",
            "timestamp(6) without time zone",
            "time",
            "time(2) with time zone",
            "time without time zone",
            "serial",
            "bigserial",
            "my_type",
            "zone",
            "signed",
            "unsigned",
            "citext",
            "varchar(10 characters)",
        ];
        let dialects: [&dyn sqlparser::dialect::Dialect; 3] =
            [&PostgreSqlDialect {}, &MySqlDialect {}, &GenericDialect {}];
        let mut built = 0;
        for dialect in dialects {
            for text in types {
                let sql = format!("CREATE TABLE t (c {text})");
                let Ok(statements) = Parser::parse_sql(dialect, &sql) else {
                    continue;
                };
                let sqlparser::ast::Statement::CreateTable(create) = &statements[0] else {
                    panic!("{sql}")
                };
                let data_type = &create.columns[0].data_type;
                if let Some(fast) = DeclaredType::common(data_type) {
                    assert_eq!(fast, DeclaredType::parse(&data_type.to_string()), "{text}");
                    built += 1;
                }
            }
        }
        assert!(
            built > 100,
            "the fast path should cover the common types: {built}"
        );
    }

    #[test]
    fn takes_types_apart() {
        let t = DeclaredType::parse("CHARACTER VARYING(40)[]");
        assert_eq!(
            (&*t.base, t.args.clone(), t.array_dims),
            ("CHARACTER VARYING", vec![String::from("40")], 1)
        );
        let t = DeclaredType::parse("INT(10) UNSIGNED ZEROFILL");
        assert!(t.unsigned && t.zerofill);
        assert_eq!(t.base, "INT");
        let t = DeclaredType::parse("TIMESTAMP(3) WITH TIME ZONE");
        assert_eq!((&*t.base, t.time_zone), ("TIMESTAMP", Some(true)));
        let t = DeclaredType::parse("ENUM('a', 'b,c')");
        assert_eq!(t.args, vec!["'a'", "'b,c'"]);
        let t = DeclaredType::parse("INTEGER[][]");
        assert_eq!(t.array_dims, 2);
        let t = DeclaredType::parse("BOOLEAN ARRAY");
        assert_eq!((&*t.base, t.array_dims), ("BOOLEAN", 1));
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
