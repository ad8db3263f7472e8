//! PostgreSQL identity-column forms sqlparser does not take.
//!
//! Inside `GENERATED ... AS IDENTITY (...)` PostgreSQL accepts every sequence
//! option; those that change nothing reflection reports (`SEQUENCE NAME s`,
//! pg_dump's; `RESTART [WITH n]`, the next value and not the start;
//! `LOGGED`/`UNLOGGED`; `OWNED BY`) are dropped. The `ALTER TABLE` actions that
//! change an identity column (`ALTER [COLUMN] c SET GENERATED ...`, `SET
//! INCREMENT BY n`, `RESTART`, `DROP IDENTITY [IF EXISTS]`, in any sequence)
//! have no sqlparser form at all: each is carried as the column's generic
//! `OPTIONS (SET key 'value', ...)`, with keys that start with
//! [`IDENTITY_KEY`] (a NUL byte, which no SQL identifier holds), and read back
//! by [`identity_alteration`].

use sqlparser::ast::AlterGenericOption;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Word};

use super::{bare_word, word};

/// The start of every option key that stands for an identity change.
pub const IDENTITY_KEY: &str = "\u{0}identity ";

/// What one `ALTER [COLUMN] c <identity changes>` action asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdentityAlteration {
    /// `SET GENERATED ALWAYS` (`true`) / `BY DEFAULT` (`false`).
    pub always: Option<bool>,
    pub start: Option<i128>,
    pub increment: Option<i128>,
    /// `Some(None)`: `NO MINVALUE` (back to the default for the increment).
    pub minvalue: Option<Option<i128>>,
    pub maxvalue: Option<Option<i128>>,
    pub cycle: Option<bool>,
    pub cache: Option<i128>,
    /// `DROP IDENTITY`, with whether `IF EXISTS` was written.
    pub drop: Option<bool>,
}

/// The identity change an `ALTER COLUMN ... OPTIONS (...)` carries, if it is
/// one (see the module comment); `None` for real generic options.
pub fn identity_alteration(options: &[AlterGenericOption]) -> Option<IdentityAlteration> {
    let mut alteration = IdentityAlteration::default();
    let mut any = false;
    for option in options {
        let AlterGenericOption::Set(option) = option else {
            return None;
        };
        let key = option.key.value.strip_prefix(IDENTITY_KEY)?;
        let value = option.value.value.as_str();
        let number = || value.parse::<i128>().ok();
        any = true;
        match key {
            "generated" => alteration.always = Some(value == "always"),
            "start" => alteration.start = number(),
            "increment" => alteration.increment = number(),
            "minvalue" => alteration.minvalue = Some(number()),
            "maxvalue" => alteration.maxvalue = Some(number()),
            "cycle" => alteration.cycle = Some(value == "true"),
            "cache" => alteration.cache = number(),
            "drop" => alteration.drop = Some(value == "if exists"),
            _ => {}
        }
    }
    any.then_some(alteration)
}

/// A signed integer starting at `at`: its value and the index after it.
fn number(tokens: &[Token], at: usize) -> Option<(String, usize)> {
    let (sign, at) = match tokens.get(at) {
        Some(Token::Minus) => ("-", at + 1),
        Some(Token::Plus) => ("", at + 1),
        _ => ("", at),
    };
    match tokens.get(at) {
        Some(Token::Number(n, _)) => Some((format!("{sign}{n}"), at + 1)),
        _ => None,
    }
}

/// A possibly qualified name starting at `at`: the index after it.
fn name_end(tokens: &[Token], at: usize) -> Option<usize> {
    let mut end = at;
    loop {
        if !matches!(tokens.get(end), Some(Token::Word(_))) {
            return None;
        }
        end += 1;
        if matches!(tokens.get(end), Some(Token::Period)) {
            end += 1;
        } else {
            return Some(end);
        }
    }
}

/// One sequence option at `at` (PostgreSQL's `SeqOptElem`): the key and
/// value it sets (`None` for an option without effect) and the index after it.
#[allow(clippy::type_complexity)]
fn sequence_option(
    tokens: &[Token],
    words: &[String],
    at: usize,
) -> Option<(Option<(&'static str, String)>, usize)> {
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or_default();
    let with_number =
        |key: &'static str, from: usize| number(tokens, from).map(|(n, end)| (Some((key, n)), end));
    match w(at) {
        "START" => with_number("start", at + 1 + usize::from(w(at + 1) == "WITH")),
        "INCREMENT" => with_number("increment", at + 1 + usize::from(w(at + 1) == "BY")),
        "MINVALUE" => with_number("minvalue", at + 1),
        "MAXVALUE" => with_number("maxvalue", at + 1),
        "CACHE" => with_number("cache", at + 1),
        "CYCLE" => Some((Some(("cycle", String::from("true"))), at + 1)),
        "NO" => match w(at + 1) {
            "MINVALUE" => Some((Some(("minvalue", String::new())), at + 2)),
            "MAXVALUE" => Some((Some(("maxvalue", String::new())), at + 2)),
            "CYCLE" => Some((Some(("cycle", String::from("false"))), at + 2)),
            _ => None,
        },
        "RESTART" => {
            let from = at + 1 + usize::from(w(at + 1) == "WITH");
            match number(tokens, from) {
                Some((_, end)) => Some((None, end)),
                None if w(at + 1) == "WITH" => None,
                None => Some((None, at + 1)),
            }
        }
        "LOGGED" | "UNLOGGED" => Some((None, at + 1)),
        "SEQUENCE" if w(at + 1) == "NAME" => Some((None, name_end(tokens, at + 2)?)),
        "OWNED" if w(at + 1) == "BY" => Some((None, name_end(tokens, at + 2)?)),
        _ => None,
    }
}

/// The tokens with the identity forms sqlparser lacks rewritten (see the
/// module comment), if there were any.
pub fn rewrite(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let cleaned = without_no_effect_options(tokens, words);
    let (tokens, words) = match &cleaned {
        Some(cleaned) => (cleaned.as_slice(), cleaned.iter().map(word).collect()),
        None => (tokens, words.to_vec()),
    };
    alterations_as_options(tokens, &words).or(cleaned)
}

/// The options of every `AS IDENTITY (...)` list without those that change
/// nothing reflection reports.
fn without_no_effect_options(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut changed = false;
    let mut i = 0;
    while i < tokens.len() {
        out.push(tokens[i].clone());
        let opens = words[i] == "IDENTITY" && matches!(tokens.get(i + 1), Some(Token::LParen));
        i += 1;
        if !opens {
            continue;
        }
        out.push(Token::LParen);
        i += 1;
        while i < tokens.len() && !matches!(tokens[i], Token::RParen) {
            match sequence_option(tokens, words, i) {
                Some((None, end)) => {
                    changed = true;
                    i = end;
                }
                Some((Some(_), end)) => {
                    out.extend_from_slice(&tokens[i..end]);
                    i = end;
                }
                // Something else (sqlparser decides).
                None => {
                    out.push(tokens[i].clone());
                    i += 1;
                }
            }
        }
    }
    changed.then_some(out)
}

/// `ALTER TABLE t ALTER [COLUMN] c <identity changes>, ...`: each such action
/// as `ALTER COLUMN c OPTIONS (SET "<IDENTITY_KEY>key" 'value', ...)`.
fn alterations_as_options(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.first()? != "ALTER" || words.get(1)? != "TABLE" {
        return None;
    }
    // The actions start after `ALTER TABLE [IF EXISTS] [ONLY] name [*]`.
    let mut at = 2;
    if words.get(at)? == "IF" && words.get(at + 1)? == "EXISTS" {
        at += 2;
    }
    if words.get(at)? == "ONLY" && matches!(tokens.get(at + 1), Some(Token::Word(_))) {
        at += 1;
    }
    at = name_end(tokens, at)?;
    if matches!(tokens.get(at), Some(Token::Mul)) {
        at += 1;
    }
    let mut out = tokens[..at].to_vec();
    let mut changed = false;
    while at < tokens.len() {
        // One action: up to a comma outside parentheses.
        let mut end = at;
        let mut depth = 0usize;
        while end < tokens.len() {
            match tokens[end] {
                Token::LParen => depth += 1,
                Token::RParen => depth = depth.saturating_sub(1),
                Token::Comma | Token::SemiColon if depth == 0 => break,
                _ => {}
            }
            end += 1;
        }
        match identity_action(tokens, words, at, end) {
            Some(replacement) => {
                changed = true;
                out.extend(replacement);
            }
            None => out.extend_from_slice(&tokens[at..end]),
        }
        if end < tokens.len() {
            out.push(tokens[end].clone());
        }
        at = end + 1;
    }
    changed.then_some(out)
}

/// The action `tokens[at..end]` rewritten, if it changes an identity column.
fn identity_action(
    tokens: &[Token],
    words: &[String],
    at: usize,
    end: usize,
) -> Option<Vec<Token>> {
    let w = |i: usize| {
        if i < end {
            words[i].as_str()
        } else {
            ""
        }
    };
    if w(at) != "ALTER" {
        return None;
    }
    let mut i = at + 1;
    if w(i) == "COLUMN" && matches!(tokens.get(i + 1), Some(Token::Word(_))) && i + 2 < end {
        i += 1;
    }
    let column = match tokens.get(i) {
        Some(Token::Word(column)) if i < end => column.clone(),
        _ => return None,
    };
    i += 1;
    if i >= end {
        return None;
    }
    let mut set: Vec<(&'static str, String)> = Vec::new();
    while i < end {
        if w(i) == "DROP" && w(i + 1) == "IDENTITY" {
            let if_exists = w(i + 2) == "IF" && w(i + 3) == "EXISTS";
            set.push((
                "drop",
                String::from(if if_exists { "if exists" } else { "" }),
            ));
            i += if if_exists { 4 } else { 2 };
        } else if w(i) == "SET" && w(i + 1) == "GENERATED" {
            match (w(i + 2), w(i + 3)) {
                ("ALWAYS", _) => {
                    set.push(("generated", String::from("always")));
                    i += 3;
                }
                ("BY", "DEFAULT") => {
                    set.push(("generated", String::from("by default")));
                    i += 4;
                }
                _ => return None,
            }
        } else {
            let from = if w(i) == "SET" { i + 1 } else { i };
            // Without SET only RESTART is an identity change.
            if from == i && w(i) != "RESTART" {
                return None;
            }
            let (option, next) = sequence_option(tokens, words, from)?;
            set.push(option.unwrap_or(("restart", String::new())));
            i = next;
        }
    }
    if i != end {
        return None;
    }
    let mut out = vec![
        bare_word("ALTER"),
        bare_word("COLUMN"),
        Token::Word(column),
        bare_word("OPTIONS"),
        Token::LParen,
    ];
    for (n, (key, value)) in set.into_iter().enumerate() {
        if n > 0 {
            out.push(Token::Comma);
        }
        out.push(bare_word("SET"));
        out.push(Token::Word(Word {
            value: format!("{IDENTITY_KEY}{key}"),
            quote_style: Some('"'),
            keyword: Keyword::NoKeyword,
        }));
        out.push(Token::SingleQuotedString(value));
    }
    out.push(Token::RParen);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::{recover, Recovery};
    use super::*;
    use sqlparser::ast::{AlterColumnOperation, AlterTableOperation, Statement};
    use sqlparser::dialect::PostgreSqlDialect;

    fn alterations(text: &str) -> Vec<(String, IdentityAlteration)> {
        let Recovery::Parsed(statements) = recover(&PostgreSqlDialect {}, text) else {
            panic!("not recovered: {text}");
        };
        let Statement::AlterTable(alter) = &statements[0] else {
            panic!("not an ALTER TABLE: {text}");
        };
        alter
            .operations
            .iter()
            .filter_map(|op| match op {
                AlterTableOperation::AlterColumn {
                    column_name,
                    op: AlterColumnOperation::GenericOptions { options },
                } => Some((column_name.value.clone(), identity_alteration(options)?)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn identity_options_without_effect_are_dropped() {
        let text = "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY \
                    (SEQUENCE NAME public.t_id_seq START WITH 5 RESTART WITH 1000 UNLOGGED)";
        assert!(matches!(
            recover(&PostgreSqlDialect {}, text),
            Recovery::Parsed(_)
        ));
        let text = "CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY (START 3 RESTART 5))";
        assert!(matches!(
            recover(&PostgreSqlDialect {}, text),
            Recovery::Parsed(_)
        ));
    }

    #[test]
    fn identity_alterations_travel_as_options() {
        let found = alterations(
            "ALTER TABLE ONLY public.t ALTER d SET GENERATED ALWAYS, ALTER COLUMN d SET INCREMENT BY -4 \
             RESTART WITH 9 SET NO MINVALUE SET CYCLE, ADD COLUMN x int, ALTER e DROP IDENTITY IF EXISTS",
        );
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].1.always, Some(true));
        assert_eq!(found[1].1.increment, Some(-4));
        assert_eq!(found[1].1.minvalue, Some(None));
        assert_eq!(found[1].1.cycle, Some(true));
        assert_eq!(found[2].0, "e");
        assert_eq!(found[2].1.drop, Some(true));
        let found = alterations("ALTER TABLE t ALTER id RESTART");
        assert_eq!(
            found,
            vec![(String::from("id"), IdentityAlteration::default())]
        );
    }

    #[test]
    fn other_alter_column_forms_are_left_alone() {
        let text = "ALTER TABLE t ALTER c SET frobnicate";
        assert!(matches!(
            recover(&PostgreSqlDialect {}, text),
            Recovery::Unknown
        ));
    }
}
