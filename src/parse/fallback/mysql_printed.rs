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
//!   follows it, which the parentheses keep;
//! - what no model shows: `WITH SYSTEM VERSIONING`, `PARTITION BY ...`, the
//!   column attributes `COMPRESSED` and `WITHOUT SYSTEM VERSIONING`, a
//!   view's `WITH CASCADED CHECK OPTION`, a key's `[NOT] IGNORED` (the
//!   catalog reads the ignored keys from the text, as reflection does not
//!   show them).

use sqlparser::tokenizer::Token;

use super::{bare_word, group_end, word};

/// The tokens with every such spelling respelled, if there was one.
pub(super) fn respelled(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let mut out = tokens.to_vec();
    let mut changed = false;
    let table = words.iter().take(6).any(|w| w == "TABLE");
    if table && words.first().is_some_and(|w| w == "CREATE" || w == "ALTER") {
        changed |= drop_key_options(&mut out);
    }
    if table && words.first().is_some_and(|w| w == "CREATE") {
        changed |= drop_ignored_keys(&mut out);
        changed |= drop_table_options(&mut out);
    }
    if table {
        changed |= drop_column_attributes(&mut out);
    }
    changed |= check_option_scope(&mut out);
    changed |= casts_with_charset(&mut out);
    changed |= bang_not(&mut out);
    changed.then_some(out)
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

/// The elements of a `CREATE TABLE`: the token ranges between the commas of
/// its element list (the parentheses excluded).
fn elements(tokens: &[Token]) -> Vec<(usize, usize)> {
    let Some(open) = tokens.iter().position(|t| matches!(t, Token::LParen)) else {
        return Vec::new();
    };
    let Some(close) = group_end(tokens, open) else {
        return Vec::new();
    };
    let mut bounds = vec![open];
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().take(close).skip(open) {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 1 => bounds.push(i),
            _ => {}
        }
    }
    bounds.push(close - 1);
    bounds.windows(2).map(|w| (w[0] + 1, w[1])).collect()
}

/// `IGNORED` and `NOT IGNORED` at the end of a key of a `CREATE TABLE`
/// (MariaDB 10.6) dropped; the catalog reads which keys are ignored from
/// the statement's text ([`ignored_keys_written`]).
fn drop_ignored_keys(tokens: &mut Vec<Token>) -> bool {
    let mut changed = false;
    // Last element first, so earlier ranges stay valid.
    for (_, end) in elements(tokens).into_iter().rev() {
        if end < 2 || upper(tokens, end - 1) != "IGNORED" {
            continue;
        }
        let from = if upper(tokens, end - 2) == "NOT" {
            end - 2
        } else {
            end - 1
        };
        tokens.drain(from..end);
        changed = true;
    }
    changed
}

/// The names of the keys a `CREATE TABLE` marks `IGNORED`.
pub fn ignored_keys_written(tokens: &[Token]) -> Vec<String> {
    let mut names = Vec::new();
    for (start, end) in elements(tokens) {
        if end < start + 2 || upper(tokens, end - 1) != "IGNORED" || upper(tokens, end - 2) == "NOT"
        {
            continue;
        }
        let mut name = None;
        let mut i = start;
        if upper(tokens, i) == "CONSTRAINT" {
            if let Some(Token::Word(w)) = tokens.get(i + 1) {
                name = Some(w.value.clone());
                i += 2;
            }
        }
        let mut keyword = false;
        while matches!(
            upper(tokens, i).as_str(),
            "UNIQUE" | "KEY" | "INDEX" | "FULLTEXT" | "SPATIAL"
        ) {
            keyword = true;
            i += 1;
        }
        if !keyword {
            continue;
        }
        if let Some(Token::Word(w)) = tokens.get(i) {
            if upper(tokens, i) != "USING" {
                name = Some(w.value.clone());
            }
        }
        names.extend(name);
    }
    names
}

/// Whether the word at `i` is a column attribute after a column's type
/// rather than a name (a table or column called `compressed`): what follows
/// is what may follow an attribute, and what comes before is no keyword
/// that a name follows.
fn is_attribute(tokens: &[Token], i: usize) -> bool {
    let before = matches!(
        tokens.get(i.wrapping_sub(1)),
        None | Some(Token::LParen | Token::Comma | Token::Period)
    ) || matches!(
        upper(tokens, i.wrapping_sub(1)).as_str(),
        "TABLE"
            | "ADD"
            | "COLUMN"
            | "MODIFY"
            | "CHANGE"
            | "DROP"
            | "AFTER"
            | "TO"
            | "RENAME"
            | "EXISTS"
            | "KEY"
            | "INDEX"
            | "ON"
            | "REFERENCES"
            | "LIKE"
            | "SELECT"
            | "FROM"
    );
    let after = match tokens.get(i + 1) {
        None | Some(Token::Eq | Token::Comma | Token::RParen | Token::SemiColon) => true,
        Some(Token::Word(_)) => matches!(
            upper(tokens, i + 1).as_str(),
            "NOT"
                | "NULL"
                | "DEFAULT"
                | "COMMENT"
                | "CHARACTER"
                | "CHARSET"
                | "COLLATE"
                | "INVISIBLE"
                | "PRIMARY"
                | "UNIQUE"
                | "KEY"
                | "AUTO_INCREMENT"
                | "AFTER"
                | "FIRST"
                | "WITHOUT"
                | "WITH"
                | "REFERENCES"
                | "CHECK"
                | "CONSTRAINT"
                | "GENERATED"
                | "AS"
                | "ON"
                | "COLUMN_FORMAT"
                | "STORAGE"
        ),
        _ => false,
    };
    !before && after
}

/// The names of the columns a `CREATE TABLE` declares `COMPRESSED`.
pub fn compressed_columns_written(tokens: &[Token]) -> Vec<String> {
    if upper(tokens, 0) != "CREATE" {
        return Vec::new();
    }
    elements(tokens)
        .into_iter()
        .filter_map(|(start, end)| {
            let Some(Token::Word(name)) = tokens.get(start) else {
                return None;
            };
            let definition = name.quote_style.is_some()
                || !matches!(
                    upper(tokens, start).as_str(),
                    "KEY"
                        | "INDEX"
                        | "UNIQUE"
                        | "PRIMARY"
                        | "CONSTRAINT"
                        | "FULLTEXT"
                        | "SPATIAL"
                        | "CHECK"
                        | "FOREIGN"
                        | "PERIOD"
                        | "LIKE"
                );
            let mut depth = 0usize;
            let compressed = (start + 2..end).any(|i| {
                match tokens[i] {
                    Token::LParen => depth += 1,
                    Token::RParen => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0 && upper(tokens, i) == "COMPRESSED" && is_attribute(tokens, i)
            });
            (definition && compressed).then(|| name.value.clone())
        })
        .collect()
}

/// Column attributes sqlparser does not know and no model shows:
/// `COMPRESSED[=zlib]` (printed `/*M!100301 COMPRESSED*/`) and `WITHOUT
/// SYSTEM VERSIONING`.
fn drop_column_attributes(tokens: &mut Vec<Token>) -> bool {
    let mut changed = false;
    let mut i = 1;
    while i < tokens.len() {
        let length = match upper(tokens, i).as_str() {
            "COMPRESSED" if is_attribute(tokens, i) => {
                if matches!(tokens.get(i + 1), Some(Token::Eq)) {
                    3
                } else {
                    1
                }
            }
            "WITHOUT"
                if upper(tokens, i + 1) == "SYSTEM" && upper(tokens, i + 2) == "VERSIONING" =>
            {
                3
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let length = length.min(tokens.len() - i);
        tokens.drain(i..i + length);
        changed = true;
    }
    changed
}

/// A view's `WITH [CASCADED | LOCAL] CHECK OPTION` at the end of the
/// statement, left out: MariaDB prints it `WITH CASCADED CHECK OPTION`, which
/// sqlparser does not take (nor any check option after a `DEFINER`), and
/// the models do not show it.
fn check_option_scope(tokens: &mut Vec<Token>) -> bool {
    let mut end = tokens.len();
    while end > 0 && matches!(tokens[end - 1], Token::SemiColon) {
        end -= 1;
    }
    if end < 4 || upper(tokens, end - 2) != "CHECK" || upper(tokens, end - 1) != "OPTION" {
        return false;
    }
    let with = match upper(tokens, end - 3).as_str() {
        "WITH" => end - 3,
        "CASCADED" | "LOCAL" if upper(tokens, end - 4) == "WITH" => end - 4,
        _ => return false,
    };
    tokens.drain(with..end);
    true
}

/// MariaDB table options sqlparser does not know, after the element list of
/// a `CREATE TABLE` (`word [=] value`), left out: no model shows them; so
/// are `WITH SYSTEM VERSIONING` (the history columns it adds are invisible
/// and do not print) and the partitioning, which comes last.
fn drop_table_options(tokens: &mut Vec<Token>) -> bool {
    let Some(open) = tokens.iter().position(|t| matches!(t, Token::LParen)) else {
        return false;
    };
    let Some(mut i) = group_end(tokens, open) else {
        return false;
    };
    let mut changed = false;
    while i < tokens.len() {
        if upper(tokens, i) == "PARTITION" && upper(tokens, i + 1) == "BY" {
            tokens.truncate(i);
            return true;
        }
        if upper(tokens, i) == "WITH"
            && upper(tokens, i + 1) == "SYSTEM"
            && upper(tokens, i + 2) == "VERSIONING"
        {
            tokens.drain(i..i + 3);
            changed = true;
            continue;
        }
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
        assert_eq!(
            respell(
                "CREATE TABLE t (`a` int, `n` text /*M!100301 COMPRESSED*/ DEFAULT NULL, \
                 `z` blob COMPRESSED=zlib WITHOUT SYSTEM VERSIONING, compressed int, KEY `k` (`a`) IGNORED, \
                 UNIQUE KEY `u` (`n`(3)) NOT IGNORED) ENGINE=InnoDB WITH SYSTEM VERSIONING \
                 PARTITION BY HASH (`a`) PARTITIONS 4"
            )
            .as_deref(),
            Some(
                "CREATE TABLE t ( `a` int , `n` text DEFAULT NULL , `z` blob , compressed int , \
                 KEY `k` ( `a` ) , UNIQUE KEY `u` ( `n` ( 3 ) ) ) ENGINE = InnoDB"
            )
        );
        let (tokens, _) = super::super::significant_tokens(
            &MySqlDialect {},
            "CREATE TABLE t (a int, KEY `k` (`a`) IGNORED, CONSTRAINT c UNIQUE (a) IGNORED, \
             UNIQUE INDEX u USING BTREE (a) IGNORED, INDEX (a) IGNORED, KEY n (a) NOT IGNORED)",
        )
        .unwrap();
        assert_eq!(ignored_keys_written(&tokens), ["k", "c", "u"]);
        assert_eq!(
            respell("CREATE TABLE compressed (a int) PAGE_COMPRESSED=1").as_deref(),
            Some("CREATE TABLE compressed ( a int )")
        );
        assert_eq!(
            respell("ALTER TABLE compressed CHANGE a compressed text COMPRESSED").as_deref(),
            Some("ALTER TABLE compressed CHANGE a compressed text")
        );
        let (tokens, _) = super::super::significant_tokens(
            &MySqlDialect {},
            "CREATE TABLE compressed (`a` text COMPRESSED, b blob COMPRESSED=zlib NOT NULL, \
             compressed int, c int DEFAULT (compressed), KEY compressed (b))",
        )
        .unwrap();
        assert_eq!(compressed_columns_written(&tokens), ["a", "b"]);
        assert_eq!(
            respell("CREATE VIEW v AS select 1 AS `a` WITH CASCADED CHECK OPTION").as_deref(),
            Some("CREATE VIEW v AS select 1 AS `a`")
        );
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
