//! PostgreSQL's `LIKE source [INCLUDING | EXCLUDING option ...]` elements of
//! `CREATE TABLE t (...)`.
//!
//! sqlparser takes only a list made of one `LIKE source [INCLUDING | EXCLUDING
//! DEFAULTS]`. PostgreSQL takes any number of LIKE elements, each anywhere
//! among the columns and constraints, with any of its options. The fallback
//! drops every LIKE element from the list ([`without_like_elements`]) so that
//! the rest parses; the catalog reads the LIKE elements back from the
//! statement text ([`like_clauses_written`]).

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::Token;

/// One `LIKE source [options]` element of a `CREATE TABLE` list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LikeClause {
    /// The source relation's name as written (`s`, `"S".t`).
    pub source: String,
    /// How many column definitions come before it in the list: its columns
    /// go there.
    pub position: usize,
    /// What it copies besides names, types and NOT NULL.
    pub options: LikeOptions,
}

/// The `INCLUDING` options in effect once every `INCLUDING x` / `EXCLUDING x`
/// of one LIKE element is applied in order (`ALL` is every one of them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LikeOptions {
    pub comments: bool,
    pub compression: bool,
    pub constraints: bool,
    pub defaults: bool,
    pub generated: bool,
    pub identity: bool,
    pub indexes: bool,
    pub statistics: bool,
    pub storage: bool,
}

impl LikeOptions {
    fn set(&mut self, option: &str, on: bool) -> bool {
        let field = match option {
            "COMMENTS" => &mut self.comments,
            "COMPRESSION" => &mut self.compression,
            "CONSTRAINTS" => &mut self.constraints,
            "DEFAULTS" => &mut self.defaults,
            "GENERATED" => &mut self.generated,
            "IDENTITY" => &mut self.identity,
            "INDEXES" => &mut self.indexes,
            "STATISTICS" => &mut self.statistics,
            "STORAGE" => &mut self.storage,
            "ALL" => {
                *self = LikeOptions {
                    comments: on,
                    compression: on,
                    constraints: on,
                    defaults: on,
                    generated: on,
                    identity: on,
                    indexes: on,
                    statistics: on,
                    storage: on,
                };
                return true;
            }
            _ => return false,
        };
        *field = on;
        true
    }
}

/// The words that open a table constraint rather than a column definition.
fn opens_constraint(word: &str) -> bool {
    matches!(
        word,
        "CONSTRAINT" | "CHECK" | "UNIQUE" | "PRIMARY" | "FOREIGN" | "EXCLUDE"
    )
}

/// The token range of the element list of `CREATE [...] TABLE [IF NOT EXISTS]
/// name (...)`: the positions of its parentheses.
fn element_list(tokens: &[Token], words: &[String]) -> Option<(usize, usize)> {
    if words.first().map(String::as_str) != Some("CREATE") {
        return None;
    }
    let table = words.iter().take(5).position(|w| w == "TABLE")?;
    if words[1..table].iter().any(|w| {
        !matches!(
            w.as_str(),
            "TEMP" | "TEMPORARY" | "UNLOGGED" | "GLOBAL" | "LOCAL"
        )
    }) {
        return None;
    }
    let mut i = table + 1;
    if words.get(i..i + 3) == Some(&["IF".into(), "NOT".into(), "EXISTS".into()]) {
        i += 3;
    }
    i += 1;
    while matches!(tokens.get(i), Some(Token::Period)) {
        i += 2;
    }
    if !matches!(tokens.get(i), Some(Token::LParen)) {
        return None;
    }
    let open = i;
    let mut depth = 0usize;
    for (at, token) in tokens.iter().enumerate().skip(open) {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some((open, at));
                }
            }
            _ => {}
        }
    }
    None
}

/// The elements of the list between `open` and `close`, as token ranges.
fn elements(tokens: &[Token], open: usize, close: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = open + 1;
    for (at, token) in tokens.iter().enumerate().take(close).skip(open + 1) {
        match token {
            Token::LParen | Token::LBracket => depth += 1,
            Token::RParen | Token::RBracket => depth = depth.saturating_sub(1),
            Token::Comma if depth == 0 => {
                out.push(start..at);
                start = at + 1;
            }
            _ => {}
        }
    }
    if start < close {
        out.push(start..close);
    }
    out
}

/// The LIKE elements of a `CREATE TABLE` list, in order; `None` when one of
/// them is not something PostgreSQL takes.
fn like_elements(
    tokens: &[Token],
    words: &[String],
) -> Option<Vec<(std::ops::Range<usize>, LikeClause)>> {
    let (open, close) = element_list(tokens, words)?;
    let mut out = Vec::new();
    let mut columns = 0;
    for element in elements(tokens, open, close) {
        let first = words[element.start].as_str();
        if first != "LIKE" {
            if !opens_constraint(first) {
                columns += 1;
            }
            continue;
        }
        // The source: words separated by periods.
        let mut i = element.start + 1;
        let name_start = i;
        loop {
            if !matches!(tokens.get(i), Some(Token::Word(_))) || i >= element.end {
                return None;
            }
            i += 1;
            if i < element.end && matches!(tokens[i], Token::Period) {
                i += 1;
            } else {
                break;
            }
        }
        let source: String = tokens[name_start..i]
            .iter()
            .map(|t| t.to_string())
            .collect();
        let mut options = LikeOptions::default();
        while i < element.end {
            let on = match words[i].as_str() {
                "INCLUDING" => true,
                "EXCLUDING" => false,
                _ => return None,
            };
            if i + 1 >= element.end || !options.set(&words[i + 1], on) {
                return None;
            }
            i += 2;
        }
        out.push((
            element,
            LikeClause {
                source,
                position: columns,
                options,
            },
        ));
    }
    Some(out)
}

/// `CREATE TABLE t (..., LIKE s [options], ...)` without its LIKE elements
/// (and the commas that separate them), for sqlparser to parse the rest.
pub fn without_like_elements(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let likes = like_elements(tokens, words)?;
    if likes.is_empty() {
        return None;
    }
    let (open, close) = element_list(tokens, words)?;
    let kept: Vec<std::ops::Range<usize>> = elements(tokens, open, close)
        .into_iter()
        .filter(|e| !likes.iter().any(|(l, _)| l == e))
        .collect();
    let mut out = tokens[..=open].to_vec();
    for (n, element) in kept.iter().enumerate() {
        if n > 0 {
            out.push(Token::Comma);
        }
        out.extend(tokens[element.clone()].iter().cloned());
    }
    out.extend(tokens[close..].iter().cloned());
    Some(out)
}

/// The LIKE elements of a PostgreSQL `CREATE TABLE` statement, in order
/// (empty when it has none, or is not a `CREATE TABLE` with a list).
pub fn like_clauses_written(text: &str) -> Vec<LikeClause> {
    let Some((tokens, words)) = super::significant_tokens(&PostgreSqlDialect {}, text) else {
        return Vec::new();
    };
    like_elements(&tokens, &words)
        .unwrap_or_default()
        .into_iter()
        .map(|(_, clause)| clause)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_elements_are_read_with_their_position_and_options() {
        let clauses = like_clauses_written(
            "CREATE TABLE t (a int, CHECK (a > 0), LIKE s.\"T\" INCLUDING ALL EXCLUDING \
             INDEXES, b int, like u)",
        );
        assert_eq!(clauses.len(), 2);
        assert_eq!(clauses[0].source, "s.\"T\"");
        assert_eq!(clauses[0].position, 1);
        assert!(clauses[0].options.defaults && !clauses[0].options.indexes);
        assert_eq!(clauses[1].source, "u");
        assert_eq!(clauses[1].position, 2);
        assert_eq!(clauses[1].options, LikeOptions::default());
    }

    #[test]
    fn statements_with_like_options_parse_without_their_like_elements() {
        use crate::parse::fallback::{recover, Recovery};
        for (text, columns) in [
            ("CREATE TABLE t (LIKE s INCLUDING ALL)", 0),
            (
                "CREATE TABLE t (a int, LIKE s INCLUDING INDEXES, b text, CHECK (a > 0))",
                2,
            ),
        ] {
            let Recovery::Parsed(statements) = recover(&PostgreSqlDialect {}, text) else {
                panic!("not recovered: {text}");
            };
            let sqlparser::ast::Statement::CreateTable(create) = &statements[0] else {
                panic!("not a CREATE TABLE: {text}");
            };
            assert_eq!(create.columns.len(), columns);
        }
    }

    #[test]
    fn a_check_using_like_is_no_like_element() {
        assert!(like_clauses_written("CREATE TABLE t (a text CHECK (a LIKE 'x%'))").is_empty());
    }
}
