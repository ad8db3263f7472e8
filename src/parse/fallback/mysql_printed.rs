//! MariaDB's own spellings, as `SHOW CREATE TABLE` and `SHOW CREATE VIEW`
//! print them (and as anyone may write them), that sqlparser does not take,
//! brought to forms it does take that say the same:
//! - index options after a `FULLTEXT`/`SPATIAL` key of a `CREATE TABLE`
//!   (`COMMENT 'x'`, `KEY_BLOCK_SIZE=n`, `WITH PARSER p`), which reflection
//!   does not show, dropped;
//! - Aria's and MariaDB's table options sqlparser lacks (`PAGE_CHECKSUM=1`,
//!   `TRANSACTIONAL=1`, `PAGE_COMPRESSED`...), dropped;
//! - `cast(x as char(n) charset cs)` as `CONVERT(x, CHAR(n) CHARACTER SET
//!   cs)`, the same cast, which the expression printer writes back as
//!   MariaDB does;
//! - `!x` as `(NOT x)`: MariaDB reads `!` and `NOT` alike (both push the
//!   negation into what they negate), `!` binding to the one operand that
//!   follows it, which the parentheses keep.

use sqlparser::tokenizer::Token;

use super::{bare_word, word};

/// The tokens with every such spelling respelled, if there was one.
pub(super) fn respelled(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let mut out = tokens.to_vec();
    let mut changed = false;
    let table = words.iter().take(6).any(|w| w == "TABLE");
    if table && words.first().is_some_and(|w| w == "CREATE" || w == "ALTER") {
        changed |= drop_key_options(&mut out);
    }
    if table && words.first().is_some_and(|w| w == "CREATE") {
        changed |= drop_table_options(&mut out);
    }
    changed |= casts_with_charset(&mut out);
    changed |= bang_not(&mut out);
    changed.then_some(out)
}

/// The index just past the parenthesised group opening at `at`.
fn group_end(tokens: &[Token], at: usize) -> Option<usize> {
    if !matches!(tokens.get(at), Some(Token::LParen)) {
        return None;
    }
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(at) {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

fn upper(tokens: &[Token], i: usize) -> String {
    tokens.get(i).map(word).unwrap_or_default()
}

/// `FULLTEXT|SPATIAL [KEY|INDEX] [name] (parts) options...` without the
/// options.
fn drop_key_options(tokens: &mut Vec<Token>) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < tokens.len() {
        if !matches!(upper(tokens, i).as_str(), "FULLTEXT" | "SPATIAL") {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if matches!(upper(tokens, j).as_str(), "KEY" | "INDEX") {
            j += 1;
        }
        if matches!(tokens.get(j), Some(Token::Word(_))) {
            j += 1;
        }
        let Some(end) = group_end(tokens, j) else {
            i += 1;
            continue;
        };
        loop {
            let option = match upper(tokens, end).as_str() {
                "COMMENT"
                    if matches!(
                        tokens.get(end + 1),
                        Some(Token::SingleQuotedString(_) | Token::DoubleQuotedString(_))
                    ) =>
                {
                    2
                }
                "KEY_BLOCK_SIZE" => {
                    let at = end + 1 + usize::from(matches!(tokens.get(end + 1), Some(Token::Eq)));
                    if !matches!(tokens.get(at), Some(Token::Number(..))) {
                        break;
                    }
                    at + 1 - end
                }
                "WITH" if upper(tokens, end + 1) == "PARSER" => 3,
                _ => break,
            };
            let option = option.min(tokens.len() - end);
            tokens.drain(end..end + option);
            changed = true;
        }
        i = end;
    }
    changed
}

/// MariaDB table options sqlparser does not know, after the element list of
/// a `CREATE TABLE` (`word [=] value`), left out: no model shows them.
fn drop_table_options(tokens: &mut Vec<Token>) -> bool {
    let Some(open) = tokens.iter().position(|t| matches!(t, Token::LParen)) else {
        return false;
    };
    let Some(mut i) = group_end(tokens, open) else {
        return false;
    };
    let mut changed = false;
    while i < tokens.len() {
        // An engine's own options, which SHOW CREATE TABLE prints backquoted
        // (`PAGE_COMPRESSED`=1, `IETF_QUOTES`=YES).
        let engine_defined = matches!(&tokens[i], Token::Word(w) if w.quote_style == Some('`'))
            && matches!(tokens.get(i + 1), Some(Token::Eq));
        let known = engine_defined
            || matches!(
                upper(tokens, i).as_str(),
                "PAGE_CHECKSUM"
                    | "TRANSACTIONAL"
                    | "PAGE_COMPRESSED"
                    | "PAGE_COMPRESSION_LEVEL"
                    | "IETF_QUOTES"
                    | "ENCRYPTED"
                    | "ENCRYPTION_KEY_ID"
            );
        if !known {
            i += 1;
            continue;
        }
        let value = i + 1 + usize::from(matches!(tokens.get(i + 1), Some(Token::Eq)));
        if value >= tokens.len() {
            break;
        }
        tokens.drain(i..=value);
        changed = true;
    }
    changed
}

/// `CAST(x AS CHAR[(n)] CHARSET cs)` (also `CHARACTER SET cs`) as
/// `CONVERT(x, CHAR[(n)] CHARACTER SET cs)`.
fn casts_with_charset(tokens: &mut Vec<Token>) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < tokens.len() {
        let charset = match upper(tokens, i).as_str() {
            "CHARSET" => 1,
            "CHARACTER" if upper(tokens, i + 1) == "SET" => 2,
            _ => {
                i += 1;
                continue;
            }
        };
        // CHAR or CHAR(n) just before.
        let char_at = match tokens.get(i.wrapping_sub(1)) {
            Some(Token::RParen) if i >= 4 && matches!(tokens[i - 3], Token::LParen) => i - 4,
            _ => i.wrapping_sub(1),
        };
        let as_at = char_at.wrapping_sub(1);
        if upper(tokens, char_at) != "CHAR" || upper(tokens, as_at) != "AS" {
            i += 1;
            continue;
        }
        // The parenthesis the AS is directly inside, after CAST.
        let mut depth = 0usize;
        let mut open = None;
        for k in (0..as_at).rev() {
            match tokens[k] {
                Token::RParen => depth += 1,
                Token::LParen if depth == 0 => {
                    open = Some(k);
                    break;
                }
                Token::LParen => depth -= 1,
                _ => {}
            }
        }
        let Some(open) = open.filter(|&o| o > 0 && upper(tokens, o - 1) == "CAST") else {
            i += 1;
            continue;
        };
        tokens[open - 1] = bare_word("CONVERT");
        tokens[as_at] = Token::Comma;
        tokens.splice(i..i + charset, [bare_word("CHARACTER"), bare_word("SET")]);
        changed = true;
        i += 2;
    }
    changed
}

/// `! operand` as `(NOT operand)`, where the operand is a parenthesised
/// group, a call (`exists(...)`, `isnull(x)`), a name (`t`.`c`), a literal
/// or another such negation; innermost first.
fn bang_not(tokens: &mut Vec<Token>) -> bool {
    let mut changed = false;
    // `!!x` tokenizes as one (PostgreSQL's) operator.
    while let Some(i) = tokens
        .iter()
        .position(|t| matches!(t, Token::DoubleExclamationMark))
    {
        tokens.splice(i..=i, [Token::ExclamationMark, Token::ExclamationMark]);
        changed = true;
    }
    for i in (0..tokens.len()).rev() {
        if !matches!(tokens[i], Token::ExclamationMark) {
            continue;
        }
        let Some(end) = operand_end(tokens, i + 1) else {
            continue;
        };
        tokens.insert(end, Token::RParen);
        tokens[i] = bare_word("NOT");
        tokens.insert(i, Token::LParen);
        changed = true;
    }
    changed
}

/// The index just past the operand starting at `at`.
fn operand_end(tokens: &[Token], at: usize) -> Option<usize> {
    match tokens.get(at)? {
        Token::LParen => group_end(tokens, at),
        Token::Number(..)
        | Token::SingleQuotedString(_)
        | Token::DoubleQuotedString(_)
        | Token::HexStringLiteral(_) => Some(at + 1),
        Token::Word(_) => {
            if matches!(tokens.get(at + 1), Some(Token::LParen)) {
                return group_end(tokens, at + 1);
            }
            // A name, qualified or not.
            let mut end = at + 1;
            while matches!(tokens.get(end), Some(Token::Period))
                && matches!(tokens.get(end + 1), Some(Token::Word(_)))
            {
                end += 2;
            }
            Some(end)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::MySqlDialect;

    fn respell(sql: &str) -> Option<String> {
        let (tokens, words) = super::super::significant_tokens(&MySqlDialect {}, sql)?;
        respelled(&tokens, &words).map(|tokens| {
            tokens
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn printed_forms_are_respelled() {
        assert_eq!(
            respell(
                "CREATE TABLE `p` (`t` text, FULLTEXT KEY `k` (`t`) COMMENT 'both', \
                 SPATIAL KEY (`g`) KEY_BLOCK_SIZE=8 WITH PARSER ngram, KEY `x` (`t`(10)) \
                 COMMENT 'kept') ENGINE=Aria PAGE_CHECKSUM=1 TRANSACTIONAL = 0 `IETF_QUOTES`=YES"
            )
            .as_deref(),
            Some(
                "CREATE TABLE `p` ( `t` text , FULLTEXT KEY `k` ( `t` ) , SPATIAL KEY ( `g` ) , \
                 KEY `x` ( `t` ( 10 ) ) COMMENT 'kept' ) ENGINE = Aria"
            )
        );
        assert_eq!(
            respell("CREATE VIEW v AS select cast(`a` as char(4) charset utf8mb4) AS `x`, cast(1 as char charset binary)")
                .as_deref(),
            Some(
                "CREATE VIEW v AS select CONVERT ( `a` , char ( 4 ) CHARACTER SET utf8mb4 ) AS `x` , \
                 CONVERT ( 1 , char CHARACTER SET binary )"
            )
        );
        assert_eq!(
            respell("select !exists(select 1) and !!`t`.`c` or !(a in (select 1)) = 1").as_deref(),
            Some(
                "select ( NOT exists ( select 1 ) ) and ( NOT ( NOT `t` . `c` ) ) or \
                 ( NOT ( a in ( select 1 ) ) ) = 1"
            )
        );
        assert_eq!(respell("select a != b, convert(x using latin1)"), None);
        // Cut short: nothing to take, nothing panics.
        for cut in [
            "CREATE TABLE t (FULLTEXT KEY k (a) KEY_BLOCK_SIZE",
            "CREATE TABLE t (a int) PAGE_CHECKSUM",
            "select cast(charset",
            "select !",
            "select ! (",
        ] {
            let _ = respell(cut);
        }
    }
}
