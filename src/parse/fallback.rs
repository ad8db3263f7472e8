//! What to do with a statement sqlparser cannot parse, before warning about it.
//!
//! Dumps are full of statements sqlparser does not know but that change nothing
//! a model shows (`ALTER TYPE ... OWNER TO`, `ALTER SEQUENCE ... OWNED BY`,
//! functions and triggers): those are recognised by their leading keywords and
//! ignored, like the ones sqlparser does parse. A few statements that do matter
//! fail only on a clause the models never show (pg_dump's `SEQUENCE NAME` inside
//! identity options); that clause is dropped from the tokens and the statement is
//! parsed again. Type spellings a server takes but sqlparser does not (MariaDB's
//! `NATIONAL VARCHAR` and `PERSISTENT`, SQLite's multi-word type names such as
//! `UNSIGNED BIG INT`, and MySQL's `ALTER TABLE t ENGINE=..., CONVERT TO CHARACTER
//! SET ...` as `SET TBLPROPERTIES (...)`) are respelled the way sqlparser knows and the statement is
//! parsed again; the catalog still sees the original text, which is where SQLite's
//! declared types are read from. SQLite's looser table-constraint grammar (no
//! comma between table constraints, a lone `CONSTRAINT name`, `ON CONFLICT` after
//! a table's key) is brought to the form sqlparser takes in the same way.

use sqlparser::ast::{AlterTableOperation, Statement};
use sqlparser::dialect::{Dialect as SqlDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::tokenizer::{Token, Tokenizer, Whitespace};

mod identity;
mod mysql_printed;
mod table_like;

pub use identity::{identity_alteration, IdentityAlteration};
pub use table_like::{like_clauses_written, LikeClause, LikeOptions};

/// The outcome of a second look at a statement sqlparser rejected.
#[derive(Debug)]
pub enum Recovery {
    /// Parsed after dropping a clause that has no effect on the models.
    Parsed(Vec<Statement>),
    /// The statement has no effect on the models: skip it silently.
    NoEffect,
    /// Nothing we know: the caller warns.
    Unknown,
}

/// A statement's tokens without whitespace and comments, with each one's
/// upper-case word (`None` when it does not tokenize): what every reader of
/// this module matches on.
pub(super) fn significant_tokens(
    dialect: &dyn SqlDialect,
    text: &str,
) -> Option<(Vec<Token>, Vec<String>)> {
    let tokens: Vec<Token> = Tokenizer::new(dialect, text)
        .tokenize()
        .ok()?
        .into_iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let words = tokens.iter().map(word).collect();
    Some((tokens, words))
}

pub fn recover(dialect: &dyn SqlDialect, text: &str) -> Recovery {
    let Some((tokens, words)) = significant_tokens(dialect, text) else {
        return Recovery::Unknown;
    };
    let reparse = |tokens: Vec<Token>| {
        crate::parse::sql_parser(dialect)
            .with_tokens(with_spaces(tokens))
            .parse_statements()
            .ok()
    };
    // Session statements first: a SET or SELECT that feeds a user variable
    // matters to a later EXECUTE, so it is not one of the ignored ones.
    if dialect.is::<MySqlDialect>() {
        let session = mysql_session_statement(&tokens, &words)
            .and_then(reparse)
            .or_else(|| unreadable_user_variables(&tokens, &words).and_then(reparse));
        if let Some(statements) = session {
            return Recovery::Parsed(statements);
        }
        // `DO expr` evaluates and discards (the no-op branch of dynamic SQL);
        // PostgreSQL's DO runs a code block, which is another matter.
        if words.first().is_some_and(|w| w == "DO") {
            return Recovery::NoEffect;
        }
    }
    if has_no_effect(&words) {
        return Recovery::NoEffect;
    }
    if dialect.is::<MySqlDialect>() {
        if let Some(statements) = mysql_rename_keys(dialect, &tokens, &words) {
            return Recovery::Parsed(statements);
        }
    }
    // MariaDB's printed spellings first; what else the statement needs is
    // looked for in the respelled tokens.
    let respelled = dialect
        .is::<MySqlDialect>()
        .then(|| mysql_printed::respelled(&tokens, &words))
        .flatten();
    let (tokens, words) = match respelled {
        Some(respelled) => {
            if let Some(statements) = reparse(respelled.clone()) {
                return Recovery::Parsed(statements);
            }
            let words = respelled.iter().map(word).collect();
            (respelled, words)
        }
        None => (tokens, words),
    };
    let rewritten = dialect
        .is::<PostgreSqlDialect>()
        .then(|| {
            identity::rewrite(&tokens, &words)
                .or_else(|| table_like::without_like_elements(&tokens, &words))
        })
        .flatten()
        .or_else(|| {
            dialect
                .is::<SQLiteDialect>()
                .then(|| virtual_table_without_arguments(&tokens, &words))
                .flatten()
        })
        .or_else(|| respelled_types(dialect, &tokens, &words))
        .or_else(|| {
            dialect
                .is::<MySqlDialect>()
                .then(|| mysql_table_options(&tokens, &words))
                .flatten()
        })
        .or_else(|| {
            dialect
                .is::<MySqlDialect>()
                .then(|| mysql_index_kind(&tokens, &words))
                .flatten()
        })
        .or_else(|| sequence_rename(&tokens, &words))
        .or_else(|| unlogged_sequence(&tokens, &words))
        .or_else(|| index_storage_parameters(&tokens, &words))
        .or_else(|| key_index_parameters(&tokens, &words))
        .or_else(|| domain_clauses(&tokens, &words))
        .or_else(|| index_on_only(&tokens, &words))
        .or_else(|| view_storage_clauses(&tokens, &words))
        .or_else(|| alter_constraint(&tokens, &words))
        .or_else(|| table_as_with_column_names(&tokens, &words))
        .or_else(|| domain_without_null_clauses(&tokens, &words))
        .or_else(|| drop_index_concurrently(&tokens, &words))
        .or_else(|| sequence_owned_by(&tokens, &words))
        .or_else(|| table_set_schema(&tokens, &words))
        .or_else(|| alter_domain(&tokens, &words))
        .or_else(|| alter_index_if_exists(&tokens, &words));
    if let Some(tokens) = rewritten {
        if let Ok(statements) = crate::parse::sql_parser(dialect)
            .with_tokens(with_spaces(tokens))
            .parse_statements()
        {
            return Recovery::Parsed(statements);
        }
    }
    Recovery::Unknown
}

/// A connection setting that changes what later statements do to the schema,
/// which we do not follow: SQLite's `PRAGMA legacy_alter_table=ON` (RENAME
/// without rewriting references in other tables, views and triggers).
pub fn unfollowed_setting(dialect: crate::dialect::Dialect, text: &str) -> Option<String> {
    if dialect != crate::dialect::Dialect::Sqlite || !crate::parse::starts_with_word(text, "PRAGMA")
    {
        return None;
    }
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let rest = compact.strip_prefix("pragma")?;
    let rest = rest.split_once('.').map_or(
        rest,
        |(schema, name)| {
            if schema.contains('=') {
                rest
            } else {
                name
            }
        },
    );
    let value = rest.strip_prefix("legacy_alter_table")?;
    let value = value
        .strip_prefix('=')
        .or_else(|| value.strip_prefix('(').and_then(|v| v.strip_suffix(')')))?;
    let value = value.trim_matches(|c| c == '\'' || c == '"');
    let on = matches!(value, "on" | "yes" | "true" | "full" | "extra")
        || value.parse::<i64>().is_ok_and(|n| n != 0);
    on.then(|| String::from("PRAGMA legacy_alter_table=ON (the pre-3.26 ALTER TABLE ... RENAME)"))
}

/// SQLite's `CREATE VIRTUAL TABLE t USING module(arguments)`: the module reads
/// its arguments as text (`content=''`, `a UNINDEXED`, `+aux`), which sqlparser
/// does not take; without them the statement parses, and the catalog reads the
/// arguments from the statement text.
fn virtual_table_without_arguments(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 5 || words[0] != "CREATE" || words[1] != "VIRTUAL" || words[2] != "TABLE" {
        return None;
    }
    let using = words.iter().position(|w| w == "USING")?;
    tokens.get(using + 1)?;
    Some(tokens[..using + 2].to_vec())
}

/// `ALTER SEQUENCE s RENAME TO t`, which sqlparser does not take, as the
/// `ALTER TABLE s RENAME TO t` PostgreSQL also accepts for a sequence.
fn sequence_rename(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let rename = words
        .windows(2)
        .position(|w| w[0] == "RENAME" && w[1] == "TO")?;
    if words.len() < 4 || words[0] != "ALTER" || words[1] != "SEQUENCE" || rename < 3 {
        return None;
    }
    let mut out = tokens.to_vec();
    out[1] = bare_word("TABLE");
    Some(out)
}

/// `ALTER INDEX [IF EXISTS] i SET (...)` / `RESET (...)`, which sqlparser does
/// not take, as the `ALTER TABLE i SET (...)` PostgreSQL also accepts for an
/// index (its storage parameters show as `postgresql_with`).
fn index_storage_parameters(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 5 || words[0] != "ALTER" || words[1] != "INDEX" {
        return None;
    }
    let mut at = 2;
    if words[2] == "IF" && words.get(3).is_some_and(|w| w == "EXISTS") {
        at = 4;
    }
    // The name: words separated by periods.
    loop {
        if !matches!(tokens.get(at), Some(Token::Word(_))) {
            return None;
        }
        at += 1;
        if matches!(tokens.get(at), Some(Token::Period)) {
            at += 1;
        } else {
            break;
        }
    }
    let sets = matches!(words.get(at).map(String::as_str), Some("SET" | "RESET"))
        && matches!(tokens.get(at + 1), Some(Token::LParen));
    if !sets {
        return None;
    }
    let mut out = tokens.to_vec();
    out[1] = bare_word("TABLE");
    Some(out)
}

/// `PRIMARY KEY` / `UNIQUE` constraints with their index's parameters (`WITH
/// (fillfactor = 80)`, `USING INDEX TABLESPACE t`), as pg_dump writes them:
/// reflection shows neither for a key, and sqlparser takes neither. Returns
/// the tokens without them, if there were any.
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

fn key_index_parameters(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if !matches!(words.first().map(String::as_str), Some("CREATE" | "ALTER")) {
        return None;
    }
    let group_end = |at: usize| group_end(tokens, at);
    let mut out = Vec::with_capacity(tokens.len());
    let mut changed = false;
    let mut i = 0;
    while i < tokens.len() {
        let key = (words[i] == "PRIMARY" && words.get(i + 1).is_some_and(|w| w == "KEY"))
            || words[i] == "UNIQUE";
        if !key {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        // Up to the end of the key's own clauses.
        let mut end = i + if words[i] == "PRIMARY" { 2 } else { 1 };
        if words.get(end).is_some_and(|w| w == "NULLS") {
            end += if words.get(end + 1).is_some_and(|w| w == "NOT") {
                3
            } else {
                2
            };
        }
        if let Some(after) = group_end(end) {
            end = after;
        }
        if words.get(end).is_some_and(|w| w == "INCLUDE") {
            end = group_end(end + 1).unwrap_or(end);
        }
        // A statement cut short (`CREATE UNIQUE NULLS`) ends before its clauses do.
        let end = end.min(tokens.len());
        out.extend_from_slice(&tokens[i..end]);
        i = end;
        loop {
            if words.get(i).is_some_and(|w| w == "WITH") {
                if let Some(after) = group_end(i + 1) {
                    changed = true;
                    i = after;
                    continue;
                }
            }
            let tablespace = words.get(i).is_some_and(|w| w == "USING")
                && words.get(i + 1).is_some_and(|w| w == "INDEX")
                && words.get(i + 2).is_some_and(|w| w == "TABLESPACE")
                && matches!(tokens.get(i + 3), Some(Token::Word(_)));
            if tablespace {
                changed = true;
                i += 4;
                continue;
            }
            break;
        }
    }
    changed.then_some(out)
}

/// `CREATE UNLOGGED SEQUENCE` (PostgreSQL 15), which sqlparser does not take:
/// a sequence like any other for the models.
fn unlogged_sequence(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 3 || words[0] != "CREATE" || words[1] != "UNLOGGED" || words[2] != "SEQUENCE" {
        return None;
    }
    let mut out = tokens.to_vec();
    out.remove(1);
    Some(out)
}

/// `CREATE DOMAIN d AS type` with its clauses in any order, as PostgreSQL
/// takes them, rewritten in the order sqlparser takes (COLLATE, DEFAULT, then
/// the CHECK constraints). `[CONSTRAINT n] NOT NULL` and `NULL` are left out:
/// the catalog reads them from the statement's text.
fn domain_clauses(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 4 || words[0] != "CREATE" || words[1] != "DOMAIN" {
        return None;
    }
    let clause_word = |w: &str| {
        matches!(
            w,
            "COLLATE" | "DEFAULT" | "CONSTRAINT" | "CHECK" | "NOT" | "NULL"
        )
    };
    // The clauses start at the first clause keyword outside parentheses.
    let mut depth = 0usize;
    let mut start = None;
    for (i, token) in tokens.iter().enumerate().skip(3) {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0 && clause_word(&words[i]) => {
                start = Some(i);
                break;
            }
            _ => {}
        }
    }
    let start = start?;
    let mut collate = Vec::new();
    let mut default = Vec::new();
    let mut checks = Vec::new();
    let mut i = start;
    // The end of a clause: the next clause keyword outside parentheses.
    let clause_end = |from: usize| {
        let mut depth = 0usize;
        let mut k = from;
        while k < tokens.len() {
            match tokens[k] {
                Token::LParen => depth += 1,
                Token::RParen => depth = depth.saturating_sub(1),
                Token::SemiColon if depth == 0 => break,
                _ if depth == 0 && clause_word(&words[k]) => break,
                _ => {}
            }
            k += 1;
        }
        k
    };
    while i < tokens.len() {
        match words[i].as_str() {
            "COLLATE" => {
                // `COLLATE [schema.]name`: the name alone (sqlparser takes one).
                let mut end = (i + 2).min(tokens.len());
                while matches!(tokens.get(end), Some(Token::Period)) && end + 1 < tokens.len() {
                    end += 2;
                }
                collate.push(tokens[i].clone());
                collate.push(tokens[end - 1].clone());
                i = end;
            }
            "DEFAULT" => {
                // The expression takes at least one token (`DEFAULT NULL`).
                let end = clause_end(i + 2).max(i + 2).min(tokens.len());
                default.extend_from_slice(&tokens[i..end]);
                i = end;
            }
            "CONSTRAINT" if words.get(i + 2).is_some_and(|w| w == "CHECK") => {
                let end = clause_end(i + 3);
                checks.extend_from_slice(&tokens[i..end]);
                i = end;
            }
            "CONSTRAINT" if words.get(i + 2).is_some_and(|w| w == "NOT") => i += 4,
            "CONSTRAINT" if words.get(i + 2).is_some_and(|w| w == "NULL") => i += 3,
            "CHECK" => {
                let end = clause_end(i + 1);
                checks.extend_from_slice(&tokens[i..end]);
                i = end;
            }
            "NOT" if words.get(i + 1).is_some_and(|w| w == "NULL") => i += 2,
            "NULL" => i += 1,
            _ if matches!(tokens[i], Token::SemiColon) => break,
            _ => return None,
        }
    }
    let mut out = tokens[..start].to_vec();
    out.extend(collate);
    out.extend(default);
    out.extend(checks);
    Some(out)
}

/// pg_dump's `CREATE INDEX i ON ONLY parent ...` (the partitioned table's own
/// index, which sqlparser does not take) without the ONLY.
fn index_on_only(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.first().map(String::as_str) != Some("CREATE") || !words.iter().any(|w| w == "INDEX") {
        return None;
    }
    let at = words
        .windows(2)
        .position(|w| w[0] == "ON" && w[1] == "ONLY")?;
    let mut out = tokens.to_vec();
    out.remove(at + 1);
    Some(out)
}

/// PostgreSQL's `ALTER TABLE [ONLY] t ALTER CONSTRAINT c [[NOT] DEFERRABLE]
/// [INITIALLY DEFERRED | IMMEDIATE], ...`, which sqlparser does not know, as
/// `SET TBLPROPERTIES (ALTER_CONSTRAINT = 'c', CONSTRAINT_DEFERRABLE = 'true',
/// ...)`, one triple per constraint in order. As the server reads it, what is
/// not said is reset: INITIALLY DEFERRED alone makes the constraint
/// deferrable, nothing at all makes it neither.
fn alter_constraint(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 6 || words[0] != "ALTER" || words[1] != "TABLE" {
        return None;
    }
    let mut i = 2;
    if words[i] == "ONLY" {
        i += 1;
    }
    let name_start = i;
    i += 1;
    while matches!(tokens.get(i), Some(Token::Period)) {
        i += 2;
    }
    let name = tokens.get(name_start..i)?;
    let mut properties: Vec<(&str, String)> = Vec::new();
    let word = |k: usize| words.get(k).map(String::as_str).unwrap_or_default();
    loop {
        if word(i) != "ALTER" || word(i + 1) != "CONSTRAINT" {
            return None;
        }
        let constraint = match tokens.get(i + 2)? {
            Token::Word(w) if w.quote_style == Some('"') => format!("\"{}\"", w.value),
            Token::Word(w) => w.value.clone(),
            _ => return None,
        };
        i += 3;
        let (mut deferrable, mut deferred) = (false, false);
        loop {
            match (word(i), word(i + 1)) {
                ("DEFERRABLE", _) => {
                    deferrable = true;
                    i += 1;
                }
                ("NOT", "DEFERRABLE") => {
                    deferrable = false;
                    i += 2;
                }
                ("INITIALLY", "DEFERRED") => {
                    deferred = true;
                    deferrable = true;
                    i += 2;
                }
                ("INITIALLY", "IMMEDIATE") => {
                    deferred = false;
                    i += 2;
                }
                _ => break,
            }
        }
        properties.push((ALTER_CONSTRAINT, constraint));
        properties.push((CONSTRAINT_DEFERRABLE, deferrable.to_string()));
        properties.push((CONSTRAINT_INITIALLY_DEFERRED, deferred.to_string()));
        match tokens.get(i) {
            Some(Token::Comma) => i += 1,
            None | Some(Token::SemiColon) => break,
            _ => return None,
        }
    }
    let mut out = vec![bare_word("ALTER"), bare_word("TABLE")];
    out.extend_from_slice(name);
    out.extend([bare_word("SET"), bare_word("TBLPROPERTIES"), Token::LParen]);
    for (n, (key, value)) in properties.iter().enumerate() {
        if n > 0 {
            out.push(Token::Comma);
        }
        out.extend([
            bare_word(key),
            Token::Eq,
            Token::SingleQuotedString(value.clone()),
        ]);
    }
    out.push(Token::RParen);
    Some(out)
}

/// `CREATE TABLE t (a, b) AS query [WITH [NO] DATA]`: sqlparser wants types
/// in that list. The names rename the query's columns in order, which a
/// subquery alias does too: `CREATE TABLE t AS SELECT * FROM (query) AS
/// query_columns (a, b)`.
fn table_as_with_column_names(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.first().map(String::as_str) != Some("CREATE") {
        return None;
    }
    let table = words.iter().take(5).position(|w| w == "TABLE")?;
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
    let head = &tokens[..i];
    let mut names = Vec::new();
    i += 1;
    loop {
        match tokens.get(i)? {
            Token::Word(_) => names.push(tokens[i].clone()),
            _ => return None,
        }
        match tokens.get(i + 1)? {
            Token::Comma => i += 2,
            Token::RParen => {
                i += 2;
                break;
            }
            _ => return None,
        }
    }
    if words.get(i).map(String::as_str) != Some("AS")
        || !matches!(
            words.get(i + 1).map(String::as_str),
            Some("SELECT" | "WITH")
        )
    {
        return None;
    }
    let mut end = tokens.len();
    while end > i && matches!(tokens[end - 1], Token::SemiColon) {
        end -= 1;
    }
    match &words[..end] {
        [.., with, no, data] if with == "WITH" && no == "NO" && data == "DATA" => end -= 3,
        [.., with, data] if with == "WITH" && data == "DATA" => end -= 2,
        _ => {}
    }
    let mut out = head.to_vec();
    out.extend([
        bare_word("AS"),
        bare_word("SELECT"),
        Token::Mul,
        bare_word("FROM"),
        Token::LParen,
    ]);
    out.extend(tokens[i + 1..end].iter().cloned());
    out.extend([
        Token::RParen,
        bare_word("AS"),
        bare_word("query_columns"),
        Token::LParen,
    ]);
    for (n, name) in names.into_iter().enumerate() {
        if n > 0 {
            out.push(Token::Comma);
        }
        out.push(name);
    }
    out.push(Token::RParen);
    Some(out)
}

/// `CREATE [MATERIALIZED] VIEW` without the clauses that say how the view is
/// stored, filled or checked, never what it holds: a materialized view's
/// `USING method` and `TABLESPACE name` before AS and its trailing `WITH [NO]
/// DATA`; a view's trailing `WITH [CASCADED | LOCAL] CHECK OPTION`.
fn view_storage_clauses(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let view = words.iter().take(6).position(|w| w == "VIEW")?;
    if words.first().map(String::as_str) != Some("CREATE") {
        return None;
    }
    let materialized = view > 0 && words[view - 1] == "MATERIALIZED";
    let mut end = words.len();
    while end > 0 && matches!(tokens[end - 1], Token::SemiColon) {
        end -= 1;
    }
    let trailing = match &words[..end] {
        [.., with, no, data] if materialized && with == "WITH" && no == "NO" && data == "DATA" => 3,
        [.., with, data] if materialized && with == "WITH" && data == "DATA" => 2,
        [.., with, kind, check, option]
            if !materialized
                && with == "WITH"
                && (kind == "CASCADED" || kind == "LOCAL")
                && check == "CHECK"
                && option == "OPTION" =>
        {
            4
        }
        [.., with, check, option]
            if !materialized && with == "WITH" && check == "CHECK" && option == "OPTION" =>
        {
            3
        }
        _ => 0,
    };
    // `USING method` / `TABLESPACE name` between the name and AS.
    let as_at = words.iter().position(|w| w == "AS")?;
    let mut skipped: Vec<usize> = Vec::new();
    if materialized {
        for (i, word) in words.iter().enumerate().take(as_at).skip(view + 1) {
            if matches!(word.as_str(), "USING" | "TABLESPACE") && i + 1 < as_at {
                skipped.extend([i, i + 1]);
            }
        }
    }
    if trailing == 0 && skipped.is_empty() {
        return None;
    }
    let mut out: Vec<Token> = tokens[..end - trailing]
        .iter()
        .enumerate()
        .filter(|(i, _)| !skipped.contains(i))
        .map(|(_, t)| t.clone())
        .collect();
    out.extend(tokens[end..].iter().cloned());
    Some(out)
}

/// The positions of a `CREATE DOMAIN`'s `NOT NULL` / `NULL` clauses (outside
/// parentheses), which sqlparser takes only as part of a DEFAULT expression.
fn domain_null_clauses(tokens: &[Token], words: &[String]) -> Vec<std::ops::Range<usize>> {
    if words.len() < 3 || words[0] != "CREATE" || words[1] != "DOMAIN" {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0
                && words[i] == "NOT"
                && words.get(i + 1).is_some_and(|w| w == "NULL") =>
            {
                out.push(i..i + 2);
                i += 2;
                continue;
            }
            _ if depth == 0 && words[i] == "NULL" && i > 0 && words[i - 1] != "DEFAULT" => {
                out.push(i..i + 1);
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// `CREATE DOMAIN d AS t NOT NULL DEFAULT x ...` (a NOT NULL or NULL clause
/// before the default or a CHECK) without those clauses; the catalog reads
/// them from the text (see [`domain_not_null_written`]).
fn domain_without_null_clauses(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let clauses = domain_null_clauses(tokens, words);
    if clauses.is_empty() {
        return None;
    }
    Some(
        tokens
            .iter()
            .enumerate()
            .filter(|(i, _)| !clauses.iter().any(|c| c.contains(i)))
            .map(|(_, t)| t.clone())
            .collect(),
    )
}

/// Whether a `CREATE DOMAIN` statement says `NOT NULL` (outside its CHECK
/// expressions).
pub fn domain_not_null_written(text: &str) -> bool {
    let Some((tokens, words)) = significant_tokens(&PostgreSqlDialect {}, text) else {
        return false;
    };
    domain_null_clauses(&tokens, &words)
        .iter()
        .any(|c| c.len() == 2)
}

/// MySQL's `CREATE [OR REPLACE] {FULLTEXT | SPATIAL} INDEX ...`, which
/// sqlparser does not take, without the kind word; the catalog reads the kind
/// from the statement's text (see [`mysql_index_kind_written`]).
fn mysql_index_kind(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let at = index_kind_position(words)?;
    let mut out = tokens.to_vec();
    out.remove(at);
    Some(out)
}

/// Where `CREATE [OR REPLACE] {FULLTEXT | SPATIAL} INDEX` names its kind.
fn index_kind_position(words: &[String]) -> Option<usize> {
    let at = match words {
        [create, _, index, ..] if create == "CREATE" && index == "INDEX" => 1,
        [create, or, replace, _, index, ..]
            if create == "CREATE" && or == "OR" && replace == "REPLACE" && index == "INDEX" =>
        {
            3
        }
        _ => return None,
    };
    matches!(words[at].as_str(), "FULLTEXT" | "SPATIAL").then_some(at)
}

/// The kind a MySQL `CREATE {FULLTEXT | SPATIAL} INDEX` statement names
/// (`FULLTEXT` or `SPATIAL`), which the parse does not keep.
pub fn mysql_index_kind_written(text: &str) -> Option<String> {
    let (_, words) = significant_tokens(&MySqlDialect {}, text)?;
    index_kind_position(&words).map(|at| words[at].clone())
}

/// The names of the keys a MySQL `CREATE TABLE` marks `IGNORED`, which the
/// parse does not keep.
pub fn mysql_ignored_keys_written(text: &str) -> Vec<String> {
    // Most statements do not say it: no tokenizing for them.
    if !crate::parse::contains_ignore_ascii_case(text, "IGNORED") {
        return Vec::new();
    }
    significant_tokens(&MySqlDialect {}, text)
        .map(|(tokens, _)| mysql_printed::ignored_keys_written(&tokens))
        .unwrap_or_default()
}

/// The names of the columns a MySQL `CREATE TABLE` declares `COMPRESSED`,
/// which the parse does not keep.
pub fn mysql_compressed_columns_written(text: &str) -> Vec<String> {
    if !crate::parse::contains_ignore_ascii_case(text, "COMPRESSED") {
        return Vec::new();
    }
    significant_tokens(&MySqlDialect {}, text)
        .map(|(tokens, _)| mysql_printed::compressed_columns_written(&tokens))
        .unwrap_or_default()
}

/// Whether a `CREATE INDEX` statement says `ON ONLY` (the index is not created
/// on the table's partitions); sqlparser's AST does not keep it.
pub fn index_on_only_written(text: &str) -> bool {
    let Some((_, words)) = significant_tokens(&PostgreSqlDialect {}, text) else {
        return false;
    };
    words.first().map(String::as_str) == Some("CREATE")
        && words.windows(2).any(|w| w[0] == "ON" && w[1] == "ONLY")
}

/// `DROP INDEX CONCURRENTLY ...` without CONCURRENTLY, which changes how the
/// server takes its locks, not what it drops.
fn drop_index_concurrently(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 4 || words[0] != "DROP" || words[1] != "INDEX" || words[2] != "CONCURRENTLY" {
        return None;
    }
    let mut out = tokens.to_vec();
    out.remove(2);
    Some(out)
}

/// `ALTER DOMAIN d ...`, which sqlparser does not know, as the ALTER TABLE
/// operations that say the same of a column `value` (the catalog knows it
/// from the text, see [`alter_domain_written`]): SET/DROP DEFAULT and SET/DROP
/// NOT NULL as `ALTER COLUMN value ...`; ADD ... CHECK, DROP CONSTRAINT and
/// RENAME CONSTRAINT as they are.
fn alter_domain(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 4 || words[0] != "ALTER" || words[1] != "DOMAIN" {
        return None;
    }
    let mut i = 3;
    while matches!(tokens.get(i), Some(Token::Period)) {
        i += 2;
    }
    let name = tokens.get(2..i)?;
    let word = |k: usize| words.get(k).map(String::as_str).unwrap_or_default();
    let column = [bare_word("ALTER"), bare_word("COLUMN"), bare_word("value")];
    let mut out = vec![bare_word("ALTER"), bare_word("TABLE")];
    out.extend_from_slice(name);
    match (word(i), word(i + 1)) {
        ("SET" | "DROP", "DEFAULT") | ("SET" | "DROP", "NOT") => {
            out.extend(column);
            out.extend_from_slice(&tokens[i..]);
        }
        // PostgreSQL 15 adds CHECK constraints only (NOT NULL is SET NOT NULL).
        ("ADD", _) | ("DROP", "CONSTRAINT") | ("RENAME", "CONSTRAINT") => {
            out.extend_from_slice(&tokens[i..]);
        }
        _ => return None,
    }
    Some(out)
}

/// Whether a statement is an `ALTER DOMAIN` (which the fallback writes as an
/// ALTER TABLE of the domain).
pub fn alter_domain_written(text: &str) -> bool {
    if !text
        .get(..64)
        .unwrap_or(text)
        .to_ascii_lowercase()
        .contains("domain")
    {
        return false;
    }
    significant_tokens(&PostgreSqlDialect {}, text).is_some_and(|(_, words)| {
        words.starts_with(&[String::from("ALTER"), String::from("DOMAIN")])
    })
}

/// The property key that carries `ALTER TABLE t SET SCHEMA s`: the schema's
/// name as written.
pub const SET_SCHEMA: &str = "SET_SCHEMA";

/// `ALTER TABLE [IF EXISTS] [ONLY] t SET SCHEMA s` (also said of a
/// materialized view), which sqlparser does not take, as `ALTER TABLE [IF
/// EXISTS] t SET TBLPROPERTIES (SET_SCHEMA = 's')`.
fn table_set_schema(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let mut i = match words {
        [a, t, ..] if a == "ALTER" && t == "TABLE" => 2,
        [a, m, v, ..] if a == "ALTER" && m == "MATERIALIZED" && v == "VIEW" => 3,
        _ => return None,
    };
    let if_exists =
        words.get(i).is_some_and(|w| w == "IF") && words.get(i + 1).is_some_and(|w| w == "EXISTS");
    if if_exists {
        i += 2;
    }
    if words.get(i).is_some_and(|w| w == "ONLY") {
        i += 1;
    }
    let name_start = i;
    i += 1;
    while matches!(tokens.get(i), Some(Token::Period)) {
        i += 2;
    }
    let name = tokens.get(name_start..i)?;
    if words.get(i)? != "SET" || words.get(i + 1)? != "SCHEMA" {
        return None;
    }
    let schema = tokens.get(i + 2)?.to_string();
    if !matches!(tokens.get(i + 3), None | Some(Token::SemiColon)) {
        return None;
    }
    let mut out = vec![bare_word("ALTER"), bare_word("TABLE")];
    if if_exists {
        out.extend([bare_word("IF"), bare_word("EXISTS")]);
    }
    out.extend_from_slice(name);
    out.extend([
        bare_word("SET"),
        bare_word("TBLPROPERTIES"),
        Token::LParen,
        bare_word(SET_SCHEMA),
        Token::Eq,
        Token::SingleQuotedString(schema),
        Token::RParen,
    ]);
    Some(out)
}

/// The property key that carries `ALTER SEQUENCE s OWNED BY t.c`: the
/// column's name as written (`t.c`, `s."T".c`), or `NONE`.
pub const SEQUENCE_OWNED_BY: &str = "SEQUENCE_OWNED_BY";

/// `ALTER SEQUENCE [IF EXISTS] s ... OWNED BY t.c ...`, which sqlparser does
/// not take, as `ALTER TABLE [IF EXISTS] s SET TBLPROPERTIES
/// (SEQUENCE_OWNED_BY = 't.c')`; the sequence's other options never show.
fn sequence_owned_by(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 6 || words[0] != "ALTER" || words[1] != "SEQUENCE" {
        return None;
    }
    let mut i = 2;
    if words[2] == "IF" && words[3] == "EXISTS" {
        i = 4;
    }
    let name_start = i;
    i += 1;
    while matches!(tokens.get(i), Some(Token::Period)) {
        i += 2;
    }
    let name = tokens.get(name_start..i)?;
    let at = words
        .windows(2)
        .position(|w| w[0] == "OWNED" && w[1] == "BY")?
        + 2;
    let mut end = at + 1;
    while matches!(tokens.get(end), Some(Token::Period)) {
        end += 2;
    }
    let owner: String = tokens.get(at..end)?.iter().map(|t| t.to_string()).collect();
    let mut out = vec![bare_word("ALTER"), bare_word("TABLE")];
    if name_start == 4 {
        out.extend([bare_word("IF"), bare_word("EXISTS")]);
    }
    out.extend_from_slice(name);
    out.extend([
        bare_word("SET"),
        bare_word("TBLPROPERTIES"),
        Token::LParen,
        bare_word(SEQUENCE_OWNED_BY),
        Token::Eq,
        Token::SingleQuotedString(owner),
        Token::RParen,
    ]);
    Some(out)
}

/// `ALTER INDEX IF EXISTS i RENAME TO j` without the IF EXISTS, which
/// sqlparser does not take (the catalog reads it from the text, see
/// [`alter_index_if_exists_written`]).
fn alter_index_if_exists(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 6 || words[..4] != ["ALTER", "INDEX", "IF", "EXISTS"] {
        return None;
    }
    let mut out = tokens.to_vec();
    out.drain(2..4);
    Some(out)
}

/// Whether an `ALTER INDEX` statement says `IF EXISTS`: a missing index is
/// then no error but a no-op.
pub fn alter_index_if_exists_written(text: &str) -> bool {
    significant_tokens(&PostgreSqlDialect {}, text).is_some_and(|(_, words)| {
        words.get(..4) == Some(&["ALTER", "INDEX", "IF", "EXISTS"].map(String::from)[..])
    })
}

fn bare_word(value: &str) -> Token {
    Token::make_word(value, None)
}

/// The tokens with type spellings sqlparser does not know respelled, if any.
fn respelled_types(
    dialect: &dyn SqlDialect,
    tokens: &[Token],
    words: &[String],
) -> Option<Vec<Token>> {
    if dialect.is::<MySqlDialect>() {
        mysql_respelled(tokens, words)
    } else if dialect.is::<SQLiteDialect>() {
        // Clauses first (commas put in, conflict clauses dropped), so that
        // the type respelling finds every column definition after a comma.
        let rewritten = match sqlite_table_clauses(tokens, words) {
            Some(clauses) => {
                let words: Vec<String> = clauses.iter().map(word).collect();
                sqlite_respelled(&clauses, &words).or(Some(clauses))
            }
            None => sqlite_respelled(tokens, words),
        };
        // `x ISNULL` is SQLite's `x IS NULL` (sqlparser takes `x NOTNULL`).
        let current = rewritten.as_deref().unwrap_or(tokens);
        if current.iter().any(|t| word(t) == "ISNULL") {
            let mut out = Vec::with_capacity(current.len() + 1);
            for token in current {
                if word(token) == "ISNULL" {
                    out.push(bare_word("IS"));
                    out.push(bare_word("NULL"));
                } else {
                    out.push(token.clone());
                }
            }
            return Some(out);
        }
        rewritten
    } else {
        None
    }
}

/// Keys of the table properties `mysql_table_options` writes: `CONVERT TO
/// CHARACTER SET` becomes these two, the other options keep their own names
/// (`ENGINE`, `COMMENT`, `CHARSET`, `COLLATE`).
pub const CONVERT_CHARSET: &str = "CONVERT_CHARSET";
/// The property keys that carry PostgreSQL's `ALTER CONSTRAINT name
/// [[NOT] DEFERRABLE] [INITIALLY DEFERRED | IMMEDIATE]`: the name as written
/// (quoted or not), then `true`/`false` for each.
pub const ALTER_CONSTRAINT: &str = "ALTER_CONSTRAINT";
pub const CONSTRAINT_DEFERRABLE: &str = "CONSTRAINT_DEFERRABLE";
pub const CONSTRAINT_INITIALLY_DEFERRED: &str = "CONSTRAINT_INITIALLY_DEFERRED";
pub const CONVERT_COLLATE: &str = "CONVERT_COLLATE";

/// MySQL's `ALTER TABLE t ENGINE=InnoDB, COMMENT='x', [DEFAULT] CHARSET=x,
/// COLLATE=x, CONVERT TO CHARACTER SET x [COLLATE y], AUTO_INCREMENT=n ...`
/// (table options sqlparser does not take there) as `ALTER TABLE t SET
/// TBLPROPERTIES (...)`, which it does: the table's properties, by name.
fn mysql_table_options(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    if words.len() < 4 || words[0] != "ALTER" || words[1] != "TABLE" {
        return None;
    }
    // The table name: words joined by periods.
    let mut i = 3;
    while matches!(tokens.get(i), Some(Token::Period)) {
        i += 2;
    }
    let name = &tokens[2..i];
    let mut properties: Vec<(String, String)> = Vec::new();
    let value_at = |k: usize| -> Option<String> {
        match tokens.get(k)? {
            Token::Word(w) => Some(w.value.clone()),
            Token::SingleQuotedString(s) | Token::DoubleQuotedString(s) => Some(s.clone()),
            Token::Number(n, _) => Some(n.clone()),
            _ => None,
        }
    };
    let skip_eq = |k: usize| {
        if matches!(tokens.get(k), Some(Token::Eq)) {
            k + 1
        } else {
            k
        }
    };
    while i < tokens.len() {
        let word = |k: usize| words.get(k).map(String::as_str).unwrap_or_default();
        if matches!(tokens[i], Token::Comma | Token::SemiColon) {
            i += 1;
            continue;
        }
        if word(i) == "DEFAULT" {
            i += 1;
        }
        let (key, next) = match (word(i), word(i + 1)) {
            ("CONVERT", "TO") => {
                let at = if word(i + 2) == "CHARACTER" && word(i + 3) == "SET" {
                    i + 4
                } else if word(i + 2) == "CHARSET" {
                    i + 3
                } else {
                    return None;
                };
                properties.push((CONVERT_CHARSET.to_string(), value_at(at)?));
                i = at + 1;
                if word(i) == "COLLATE" {
                    properties.push((CONVERT_COLLATE.to_string(), value_at(i + 1)?));
                    i += 2;
                }
                continue;
            }
            ("CHARACTER", "SET") => ("CHARSET", i + 2),
            ("CHARSET", _) => ("CHARSET", i + 1),
            ("COLLATE", _) => ("COLLATE", i + 1),
            ("ENGINE", _) => ("ENGINE", i + 1),
            ("COMMENT", _) => ("COMMENT", i + 1),
            // Options that never show in a model.
            (
                "AUTO_INCREMENT" | "ROW_FORMAT" | "KEY_BLOCK_SIZE" | "AVG_ROW_LENGTH" | "MAX_ROWS"
                | "MIN_ROWS" | "PACK_KEYS" | "STATS_PERSISTENT" | "STATS_AUTO_RECALC"
                | "STATS_SAMPLE_PAGES" | "CHECKSUM" | "DELAY_KEY_WRITE" | "ALGORITHM" | "LOCK",
                _,
            ) => ("", i + 1),
            _ => return None,
        };
        let at = skip_eq(next);
        let value = value_at(at)?;
        if !key.is_empty() {
            properties.push((key.to_string(), value));
        }
        i = at + 1;
    }
    let mut out = vec![bare_word("ALTER"), bare_word("TABLE")];
    out.extend_from_slice(name);
    out.extend([bare_word("SET"), bare_word("TBLPROPERTIES"), Token::LParen]);
    for (n, (key, value)) in properties.iter().enumerate() {
        if n > 0 {
            out.push(Token::Comma);
        }
        out.extend([
            bare_word(key),
            Token::Eq,
            Token::SingleQuotedString(value.clone()),
        ]);
    }
    out.push(Token::RParen);
    Some(out)
}

/// MySQL's `ALTER TABLE t ..., RENAME {INDEX | KEY} a TO b, ...`, which
/// sqlparser does not take, read as `RENAME CONSTRAINT a TO b` (the AST it
/// gives PostgreSQL's renaming of a key; MySQL has no RENAME CONSTRAINT of its
/// own): each such operation is spelled `RENAME COLUMN a TO b` for the parse,
/// then turned into the rename of a key.
fn mysql_rename_keys(
    dialect: &dyn SqlDialect,
    tokens: &[Token],
    words: &[String],
) -> Option<Vec<Statement>> {
    if words.len() < 4 || words[0] != "ALTER" || words[1] != "TABLE" {
        return None;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut renamed_keys = Vec::new();
    let mut operation = 0;
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::Comma if depth == 0 => operation += 1,
            _ => {}
        }
        let at = |k: usize| words.get(k).map(String::as_str).unwrap_or_default();
        if depth == 0 && at(i) == "RENAME" && matches!(at(i + 1), "INDEX" | "KEY") {
            out.extend([bare_word("RENAME"), bare_word("COLUMN")]);
            renamed_keys.push(operation);
            i += 2;
            continue;
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    if renamed_keys.is_empty() {
        return None;
    }
    let mut statements = crate::parse::sql_parser(dialect)
        .with_tokens(with_spaces(out))
        .parse_statements()
        .ok()?;
    let [Statement::AlterTable(alter)] = statements.as_mut_slice() else {
        return None;
    };
    for at in renamed_keys {
        let operation = alter.operations.get_mut(at)?;
        let AlterTableOperation::RenameColumn {
            old_column_name,
            new_column_name,
        } = operation
        else {
            return None;
        };
        *operation = AlterTableOperation::RenameConstraint {
            old_name: old_column_name.clone(),
            new_name: new_column_name.clone(),
        };
    }
    Some(statements)
}

/// MySQL session statements in the spellings sqlparser knows: `PREPARE s FROM
/// <text>` as `PREPARE s AS SELECT <text>` (the catalog reads a MySQL
/// `PREPARE` that way, as MySQL has no `PREPARE ... AS`), `DROP PREPARE s` as
/// `DEALLOCATE PREPARE s`, `SET @v := x` as `SET @v = x`, and `SELECT ... FROM
/// ... INTO @v` as `SELECT ... INTO @v FROM ...`.
fn mysql_session_statement(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let word = |k: usize| words.get(k).map(String::as_str).unwrap_or_default();
    match (word(0), word(1)) {
        ("SELECT", _) => {
            let mut depth = 0usize;
            let mut from = None;
            let mut into = None;
            for (i, token) in tokens.iter().enumerate() {
                match token {
                    Token::LParen => depth += 1,
                    Token::RParen => depth = depth.saturating_sub(1),
                    _ if depth == 0 && words[i] == "FROM" && from.is_none() => from = Some(i),
                    _ if depth == 0 && words[i] == "INTO" => into = Some(i),
                    _ => {}
                }
            }
            let (from, into) = (from?, into?);
            let end = tokens
                .iter()
                .rposition(|t| !matches!(t, Token::SemiColon | Token::EOF))?
                + 1;
            if into < from {
                return None;
            }
            let mut out = tokens[..from].to_vec();
            out.extend_from_slice(&tokens[into..end]);
            out.extend_from_slice(&tokens[from..into]);
            out.extend_from_slice(&tokens[end..]);
            Some(out)
        }
        ("PREPARE", _) if word(2) == "FROM" => {
            let mut out = tokens[..2].to_vec();
            out.extend([bare_word("AS"), bare_word("SELECT")]);
            out.extend_from_slice(&tokens[3..]);
            Some(out)
        }
        ("DROP", "PREPARE") => {
            let mut out = vec![bare_word("DEALLOCATE")];
            out.extend_from_slice(&tokens[1..]);
            Some(out)
        }
        ("SET", _) => {
            let mut depth = 0usize;
            let mut changed = false;
            let out = tokens
                .iter()
                .map(|t| match t {
                    Token::LParen => {
                        depth += 1;
                        t.clone()
                    }
                    Token::RParen => {
                        depth = depth.saturating_sub(1);
                        t.clone()
                    }
                    Token::Assignment if depth == 0 => {
                        changed = true;
                        Token::Eq
                    }
                    other => other.clone(),
                })
                .collect();
            changed.then_some(out)
        }
        _ => None,
    }
}

/// The value the statements stage gives the user variables that a `SET` or
/// `SELECT ... INTO` it cannot parse assigns: a system variable of this name,
/// which the catalog knows for "set by a statement that was not understood".
pub const UNREAD_VALUE: &str = "@@ddlcodegen_unread_statement";

/// A MySQL `SET @v ...` or `SELECT ... INTO @v ...` that does not parse, as
/// `SET @v = <UNREAD_VALUE>` for each user variable it assigns, so that a later
/// EXECUTE that reads one is reported instead of running on a stale value.
fn unreadable_user_variables(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let is_user_variable = |t: &Token| matches!(t, Token::Word(w) if w.value.starts_with('@') && !w.value.starts_with("@@"));
    let mut targets: Vec<Token> = Vec::new();
    let mut depth = 0usize;
    let mut after_into = false;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        let starts_item = i == 1 || matches!(tokens.get(i.wrapping_sub(1)), Some(Token::Comma));
        let assigned = matches!(tokens.get(i + 1), Some(Token::Eq | Token::Assignment));
        let target = match words.first().map(String::as_str) {
            Some("SET") => starts_item && assigned,
            Some("SELECT") => {
                if words[i] == "INTO" {
                    after_into = true;
                    continue;
                }
                after_into
            }
            _ => return None,
        };
        if target && is_user_variable(token) {
            targets.push(token.clone());
        } else if after_into && !matches!(token, Token::Comma) {
            after_into = false;
        }
    }
    if targets.is_empty() {
        return None;
    }
    let mut out = vec![bare_word("SET")];
    for (n, target) in targets.into_iter().enumerate() {
        if n > 0 {
            out.push(Token::Comma);
        }
        out.extend([target, Token::Eq, bare_word(UNREAD_VALUE)]);
    }
    Some(out)
}

/// MariaDB: `NATIONAL CHAR[ACTER] [VARYING]`, `NATIONAL VARCHAR`, `NCHAR
/// VARCHAR|VARYING` are `NCHAR`/`NVARCHAR`; `PERSISTENT` is `STORED`; the
/// operator `MOD` is `%`; a column's `CHARSET x` is `CHARACTER SET x`.
fn mysql_respelled(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut changed = false;
    let mut i = 0;
    let mut depth = 0usize;
    while i < tokens.len() {
        match tokens[i] {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ => {}
        }
        let at = |k: usize| words.get(k).map(String::as_str).unwrap_or_default();
        match (at(i), at(i + 1), at(i + 2)) {
            ("NATIONAL", "CHAR" | "CHARACTER", "VARYING") => {
                out.push(bare_word("NVARCHAR"));
                i += 3;
            }
            ("NATIONAL", "VARCHAR", _) | ("NCHAR", "VARCHAR" | "VARYING", _) => {
                out.push(bare_word("NVARCHAR"));
                i += 2;
            }
            ("NATIONAL", "CHAR" | "CHARACTER", _) => {
                out.push(bare_word("NCHAR"));
                i += 2;
            }
            // `a MOD b` is `a % b` (the function form `MOD(a, b)` parses).
            ("MOD", _, _)
                if !matches!(tokens.get(i + 1), Some(Token::LParen))
                    && !matches!(out.last(), None | Some(Token::LParen | Token::Comma)) =>
            {
                out.push(Token::Mod);
                i += 1;
            }
            // A column's `CHARSET x` is `CHARACTER SET x` (the table option
            // `CHARSET=x` parses as it is).
            ("CHARSET", _, _) if depth > 0 && !matches!(tokens.get(i + 1), Some(Token::Eq)) => {
                out.push(bare_word("CHARACTER"));
                out.push(bare_word("SET"));
                i += 1;
            }
            // `REAL(M,D)` and `DOUBLE PRECISION(M,D)` are `DOUBLE(M,D)`
            // (sqlparser takes neither with arguments).
            ("REAL", _, _) if depth > 0 && matches!(tokens.get(i + 1), Some(Token::LParen)) => {
                out.push(bare_word("DOUBLE"));
                i += 1;
            }
            ("DOUBLE", "PRECISION", _)
                if depth > 0 && matches!(tokens.get(i + 2), Some(Token::LParen)) =>
            {
                out.push(bare_word("DOUBLE"));
                i += 2;
            }
            ("PERSISTENT", _, _) if matches!(out.last(), Some(Token::RParen)) => {
                out.push(bare_word("STORED"));
                i += 1;
            }
            ("BINARY", _, _)
                if !matches!(tokens.get(i + 1), Some(Token::LParen))
                    && is_string_type_end(&out, tokens, words, i) =>
            {
                out.push(bare_word("COLLATE"));
                out.push(bare_word(crate::dialect::MYSQL_BINARY_COLLATION));
                i += 1;
            }
            _ => {
                out.push(tokens[i].clone());
                i += 1;
                continue;
            }
        }
        changed = true;
    }
    changed.then_some(out)
}

/// Whether the tokens before `i` end a string type, so that a `BINARY` there
/// is the attribute (`VARCHAR(10) BINARY`, `TEXT CHARACTER SET x BINARY`) rather
/// than the type itself (`id BINARY(16)`, which follows a column name).
fn is_string_type_end(out: &[Token], tokens: &[Token], words: &[String], i: usize) -> bool {
    let word = |k: usize| words.get(k).map(String::as_str).unwrap_or_default();
    if i < 2 {
        return false;
    }
    // A word right after `(` or `,` is a column name, not a type.
    let after_name = !matches!(tokens[i - 2], Token::LParen | Token::Comma);
    match out.last() {
        Some(Token::RParen) => true,
        _ => {
            after_name
                && (matches!(
                    word(i - 1),
                    "CHAR"
                        | "CHARACTER"
                        | "NCHAR"
                        | "TEXT"
                        | "TINYTEXT"
                        | "MEDIUMTEXT"
                        | "LONGTEXT"
                ) || matches!(word(i - 2), "SET" | "CHARSET"))
        }
    }
}

/// SQLite takes any run of names as a column's type (`UNSIGNED BIG INT`,
/// `VARYING CHARACTER(255)`); sqlparser takes one. The run becomes one name.
fn sqlite_respelled(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    let mut starts = Vec::new();
    match words.first().map(String::as_str) {
        Some("CREATE") => {
            let mut depth = 0usize;
            for (i, token) in tokens.iter().enumerate() {
                match token {
                    Token::LParen => {
                        depth += 1;
                        if depth == 1 {
                            starts.push(i + 1);
                        }
                    }
                    Token::RParen => depth = depth.saturating_sub(1),
                    Token::Comma if depth == 1 => starts.push(i + 1),
                    _ => {}
                }
            }
        }
        Some("ALTER") => {
            let add = words.iter().position(|w| w == "ADD")?;
            starts.push(if words.get(add + 1).is_some_and(|w| w == "COLUMN") {
                add + 2
            } else {
                add + 1
            });
        }
        _ => return None,
    }
    let mut merges: Vec<(usize, usize, Token)> = Vec::new();
    for start in starts {
        // A definition starts with its column's name; an empty one (`a int,,
        // b int`, `(,`), a trailing comma or a table constraint has no type to
        // respell. Ranges never overlap: a start inside the previous type is
        // no definition's.
        let is_name = matches!(
            tokens.get(start),
            Some(Token::Word(_) | Token::SingleQuotedString(_))
        );
        let inside_previous = merges.last().is_some_and(|(_, end, _)| start < *end);
        if !is_name
            || inside_previous
            || matches!(
                words.get(start).map(String::as_str),
                Some("CONSTRAINT" | "PRIMARY" | "UNIQUE" | "CHECK" | "FOREIGN")
            )
        {
            continue;
        }
        let first = start + 1;
        let mut end = first;
        // A type is a run of names, quoted ones included (`"varchar"(12)`,
        // `[x y]`, `'x' z`), ended by a column constraint or punctuation.
        let quoted = |t: &Token| match t {
            Token::Word(w) => w.quote_style.is_some(),
            Token::SingleQuotedString(_) => true,
            _ => false,
        };
        while end < tokens.len()
            && (quoted(&tokens[end]) || (!words[end].is_empty() && !ends_sqlite_type(&words[end])))
        {
            end += 1;
        }
        let any_quoted = tokens[first..end].iter().any(quoted);
        if end - first >= 2 && !any_quoted {
            merges.push((first, end, bare_word(&words[first..end].join("_"))));
        } else if end - first >= 2
            || (end - first == 1 && (any_quoted || matches!(tokens.get(end), Some(Token::LParen))))
        {
            // One name with arguments, which sqlparser may not take for that
            // name (`mediumtext(16777215)`), or quoted names: as one quoted
            // name, a custom type (the catalog reads the type from the text).
            merges.push((first, end, Token::make_word("t", Some('"'))));
        }
    }
    if merges.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    for (first, end, token) in merges {
        out.extend_from_slice(&tokens[i..first]);
        out.push(token);
        i = end;
    }
    out.extend_from_slice(&tokens[i..]);
    Some(out)
}

/// Words that open a table constraint in SQLite's CREATE TABLE.
fn opens_table_constraint(word: &str) -> bool {
    matches!(
        word,
        "CONSTRAINT" | "PRIMARY" | "UNIQUE" | "CHECK" | "FOREIGN"
    )
}

/// SQLite's table constraints as sqlparser takes them. SQLite's grammar
/// separates table constraints by an optional comma (`PRIMARY KEY (a)
/// FOREIGN KEY (b) REFERENCES p`, as drizzle-kit writes them), reads
/// `CONSTRAINT name` as a clause of its own (so a name may stand alone, or
/// before another name, in a column or among the table constraints), and
/// takes a conflict clause (`ON CONFLICT REPLACE`) after a table's PRIMARY
/// KEY or UNIQUE. None of these changes what the catalog reads (names, FK
/// options and UNIQUE come from the stored text, which keeps what was
/// written): commas go in, lone names and table conflict clauses go out.
fn sqlite_table_clauses(tokens: &[Token], words: &[String]) -> Option<Vec<Token>> {
    // The definitions: inside the first parenthesis of CREATE TABLE name (...),
    // or after ALTER TABLE ... ADD [COLUMN].
    let (start, end, alter) = match words.first().map(String::as_str) {
        Some("CREATE") => {
            let table = words.iter().position(|w| w == "TABLE")?;
            let open = tokens.iter().position(|t| matches!(t, Token::LParen))?;
            if open < table || words[table..open].iter().any(|w| w == "AS") {
                return None;
            }
            let mut depth = 0usize;
            let close = tokens.iter().enumerate().skip(open).find_map(|(i, t)| {
                match t {
                    Token::LParen => depth += 1,
                    Token::RParen => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i);
                        }
                    }
                    _ => {}
                }
                None
            })?;
            (open + 1, close, false)
        }
        Some("ALTER") if words.get(1).is_some_and(|w| w == "TABLE") => {
            let add = words.iter().position(|w| w == "ADD")?;
            (add + 1, tokens.len(), true)
        }
        _ => return None,
    };
    let mut out: Vec<Token> = tokens[..start].to_vec();
    let mut changed = false;
    let mut depth = 0usize;
    let mut in_constraints = false;
    let mut i = start;
    while i < end {
        let token = &tokens[i];
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 || matches!(token, Token::LParen) {
            out.push(token.clone());
            i += 1;
            continue;
        }
        let item_start = matches!(out.last(), Some(Token::Comma | Token::LParen)) || i == start;
        let w = words[i].as_str();
        if !alter && item_start && opens_table_constraint(w) {
            in_constraints = true;
        }
        // A name that names nothing: `CONSTRAINT n` before a separator or
        // another `CONSTRAINT`.
        if w == "CONSTRAINT"
            && matches!(tokens.get(i + 1), Some(Token::Word(_)))
            && (i + 2 >= end
                || matches!(tokens.get(i + 2), Some(Token::Comma | Token::SemiColon))
                || words[i + 2] == "CONSTRAINT")
        {
            changed = true;
            i += 2;
            // A name that was a whole item takes its separator with it.
            if matches!(out.last(), Some(Token::Comma | Token::LParen))
                && (i >= end || matches!(tokens.get(i), Some(Token::Comma)))
            {
                if i < end {
                    i += 1;
                } else if matches!(out.last(), Some(Token::Comma)) {
                    out.pop();
                }
            }
            continue;
        }
        if in_constraints {
            // `ON CONFLICT x` after a table's PRIMARY KEY or UNIQUE.
            if w == "ON" && words.get(i + 1).is_some_and(|w| w == "CONFLICT") && i + 2 < end {
                changed = true;
                i += 3;
                continue;
            }
            let after_name = i >= 2 && words[i - 2] == "CONSTRAINT";
            if opens_table_constraint(w)
                && !item_start
                && !after_name
                && !matches!(out.last(), Some(Token::Comma))
            {
                out.push(Token::Comma);
                changed = true;
            }
        }
        out.push(token.clone());
        i += 1;
    }
    out.extend_from_slice(&tokens[end.min(tokens.len())..]);
    changed.then_some(out)
}

/// Words that end a column's type in SQLite: the start of a column constraint.
fn ends_sqlite_type(word: &str) -> bool {
    matches!(
        word,
        "CONSTRAINT"
            | "PRIMARY"
            | "NOT"
            | "NULL"
            | "UNIQUE"
            | "CHECK"
            | "DEFAULT"
            | "COLLATE"
            | "REFERENCES"
            | "GENERATED"
            | "AS"
    )
}

/// An unquoted word in upper case; anything else as an empty string, so that
/// keyword tests never match quoted identifiers or punctuation.
fn word(token: &Token) -> String {
    match token {
        Token::Word(w) if w.quote_style.is_none() => w.value.to_ascii_uppercase(),
        _ => String::new(),
    }
}

/// Whether a statement of which only the start is known (the constant start
/// of a string built at run time, `format('CREATE TRIGGER t ... ON %s', x)`)
/// has no effect on the models whatever follows: only where the leading words
/// alone decide, i.e. they name an object no model shows (`CREATE [OR
/// REPLACE] TRIGGER|FUNCTION|...`, `DROP|ALTER TRIGGER|FUNCTION|...`) or a
/// privilege (`GRANT`, `REVOKE`).
pub fn start_has_no_effect(dialect: &dyn SqlDialect, start: &str) -> bool {
    let Some((_, words)) = significant_tokens(dialect, start) else {
        return false;
    };
    match words.first().map(String::as_str) {
        Some("GRANT") | Some("REVOKE") => true,
        Some("CREATE") => has_no_effect(&words),
        Some("DROP") | Some("ALTER") => {
            words.len() >= 2
                && !matches!(words[1].as_str(), "TABLE" | "SEQUENCE" | "EXTENSION")
                && has_no_effect(&words[..2])
        }
        _ => false,
    }
}

/// Statements that only touch objects the models never show, or that change
/// ownership and privileges.
fn has_no_effect(words: &[String]) -> bool {
    let starts = |prefix: &[&str]| {
        words.len() >= prefix.len() && prefix.iter().zip(words).all(|(p, w)| p == w)
    };
    let contains_pair = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
    // Ownership never shows in a model, whatever the object.
    if starts(&["ALTER"]) && contains_pair("OWNER", "TO") {
        return true;
    }
    // A sequence's options never show; only its name does (in nextval defaults),
    // so a rename is not in this list, nor OWNED BY (an owned sequence goes
    // with its column, which frees its name).
    if starts(&["ALTER", "SEQUENCE"])
        && !words.iter().any(|w| w == "RENAME")
        && !contains_pair("OWNED", "BY")
    {
        return true;
    }
    if starts(&["ALTER", "DEFAULT", "PRIVILEGES"]) || starts(&["GRANT"]) || starts(&["REVOKE"]) {
        return true;
    }
    let routine = |w: &str| {
        matches!(
            w,
            "FUNCTION"
                | "PROCEDURE"
                | "TRIGGER"
                | "AGGREGATE"
                | "OPERATOR"
                | "RULE"
                | "POLICY"
                | "PUBLICATION"
                | "SUBSCRIPTION"
                | "EVENT"
                | "CAST"
                | "LANGUAGE"
                | "CONVERSION"
                // Objects of their own that no model shows: extended
                // statistics, text search configurations, collations (a
                // column keeps the name it was given), access methods, foreign
                // data wrappers and servers, user mappings, transforms,
                // tablespaces.
                | "STATISTICS"
                | "TEXT"
                | "COLLATION"
                | "ACCESS"
                | "WRAPPER"
                | "SERVER"
                | "MAPPING"
                | "TRANSFORM"
                | "TABLESPACE"
                // Accounts and roles (`CREATE USER 'u'@'%' IDENTIFIED BY ...`,
                // `DROP USER`): privileges never show either.
                | "USER"
                | "ROLE"
                | "GROUP"
        )
    };
    match words.first().map(String::as_str) {
        Some("CREATE") => {
            // CREATE [OR REPLACE] [DEFINER = x] [CONSTRAINT] FUNCTION|TRIGGER|...
            let mut rest = &words[1..];
            if rest.starts_with(&["OR".into(), "REPLACE".into()]) {
                rest = &rest[2..];
            }
            if rest.first().is_some_and(|w| w == "CONSTRAINT") {
                rest = &rest[1..];
            }
            // The first object word decides (MySQL puts DEFINER = user@host and
            // ALGORITHM = x before it).
            rest.iter()
                .find(|w| {
                    routine(w) || matches!(w.as_str(), "TABLE" | "VIEW" | "INDEX" | "TYPE" | "AS")
                })
                .is_some_and(|w| routine(w))
        }
        // Per-column statistics and storage, clustering and tablespaces are
        // physical settings that no model shows.
        Some("ALTER")
            if words.get(1).is_some_and(|w| w == "TABLE")
                && (contains_pair("SET", "STATISTICS")
                    // `ALTER [COLUMN] c SET (n_distinct = ...)` / `RESET (...)`:
                    // per-column planner options (the parenthesis is no word).
                    || words.windows(4).any(|w| {
                        (w[0] == "ALTER" || w[0] == "COLUMN")
                            && matches!(w[2].as_str(), "SET" | "RESET")
                            && w[3].is_empty()
                    })
                    || contains_pair("SET", "STORAGE")
                    || contains_pair("SET", "COMPRESSION")
                    || contains_pair("CLUSTER", "ON")
                    || contains_pair("WITHOUT", "CLUSTER")
                    || contains_pair("SET", "TABLESPACE")
                    || contains_pair("WITHOUT", "OIDS")
                    || (contains_pair("SET", "ACCESS") && contains_pair("ACCESS", "METHOD")))
                && !words.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "ADD" | "DROP" | "RENAME" | "TYPE" | "DEFAULT" | "MODIFY" | "CHANGE"
                    )
                }) =>
        {
            true
        }
        // A composite type's attributes never show: a column of the type
        // reflects as NullType.
        Some("ALTER")
            if words.get(1).is_some_and(|w| w == "TYPE")
                && words.iter().any(|w| w == "ATTRIBUTE") =>
        {
            true
        }
        // An extension's update (to the version whose objects the catalog
        // already holds) and its member list; SET SCHEMA moves its objects.
        Some("ALTER")
            if words.get(1).is_some_and(|w| w == "EXTENSION")
                && !contains_pair("SET", "SCHEMA") =>
        {
            true
        }
        // Checking the rows against a constraint changes no definition.
        Some("ALTER")
            if words.get(1).is_some_and(|w| w == "DOMAIN")
                && contains_pair("VALIDATE", "CONSTRAINT") =>
        {
            true
        }
        // pg_dump attaches partition indexes to their parent's index; an
        // index's storage parameters, tablespace, per-column statistics and
        // extension dependencies are physical settings.
        Some("ALTER")
            if words.get(1).is_some_and(|w| w == "INDEX")
                && (contains_pair("ATTACH", "PARTITION")
                    || contains_pair("SET", "STATISTICS")
                    || contains_pair("SET", "TABLESPACE")
                    || contains_pair("DEPENDS", "ON"))
                && !words.iter().any(|w| w == "RENAME") =>
        {
            true
        }
        // mysqldump brackets its INSERTs with `ALTER TABLE t DISABLE/ENABLE KEYS`.
        Some("ALTER")
            if words.get(1).is_some_and(|w| w == "TABLE")
                && words.len() >= 2
                && words[words.len() - 1] == "KEYS"
                && matches!(words[words.len() - 2].as_str(), "DISABLE" | "ENABLE") =>
        {
            true
        }
        Some("ALTER") | Some("DROP") => {
            words.get(1).is_some_and(|w| routine(w))
                || starts(&["ALTER", "DATABASE"])
                || starts(&[words[0].as_str(), "USER", "MAPPING"])
                || starts(&[words[0].as_str(), "FOREIGN", "DATA"])
                || starts(&[words[0].as_str(), "LARGE", "OBJECT"])
        }
        // Labels for a security provider, and foreign tables brought from a
        // remote server (foreign tables are not reflected).
        Some("SECURITY") => words.get(1).is_some_and(|w| w == "LABEL"),
        Some("IMPORT") => starts(&["IMPORT", "FOREIGN", "SCHEMA"]),
        Some("COMMENT") => {
            starts(&["COMMENT", "ON"])
                && words.get(2).is_some_and(|w| {
                    routine(w)
                        || matches!(
                            w.as_str(),
                            "EXTENSION"
                                | "SCHEMA"
                                | "DATABASE"
                                | "ROLE"
                                | "SEQUENCE"
                                | "TYPE"
                                | "CONSTRAINT"
                                | "LARGE"
                                | "FOREIGN"
                        )
                })
        }
        Some("SELECT") | Some("LOCK") | Some("UNLOCK") | Some("SET") | Some("RESET") => true,
        // Physical maintenance, a database's settings for later sessions
        // (which, like SET, are not followed), and a change of owners.
        Some("CLUSTER") | Some("REINDEX") => true,
        Some("REASSIGN") => starts(&["REASSIGN", "OWNED", "BY"]),
        // SQLite connection settings, maintenance, and attaching other
        // database files (whose tables are no part of the one reflected).
        Some("PRAGMA") | Some("VACUUM") | Some("ANALYZE") | Some("DETACH") => true,
        // MySQL table maintenance.
        Some("OPTIMIZE") | Some("REPAIR") | Some("CHECKSUM") | Some("FLUSH") => true,
        Some("CHECK") if words.get(1).is_some_and(|w| w == "TABLE") => true,
        _ => false,
    }
}

/// The parser expects whitespace between words, as the tokenizer produced it.
fn with_spaces(tokens: Vec<Token>) -> Vec<Token> {
    let mut spaced = Vec::with_capacity(tokens.len() * 2);
    for token in tokens {
        spaced.push(token);
        spaced.push(Token::Whitespace(Whitespace::Space));
    }
    spaced
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;

    /// Malformed shapes of the statements the rewrites read: none may
    /// panic, whatever the dialect.
    #[test]
    fn malformed_statements_never_panic() {
        let shapes = [
            "CREATE TABLE t (id integer,, name varying character(10))",
            "CREATE TABLE t (id integer, name varying character(10),)",
            "CREATE TABLE t (, a unsigned big int)",
            "CREATE TABLE t ()",
            "CREATE TABLE t (",
            "CREATE TABLE t (a long text",
            "CREATE TABLE t (a long text))",
            "CREATE TABLE t a long text)",
            "CREATE TABLE t (a double precision(10, 2) (x)",
            "CREATE TABLE t (a b c, d e f,, g h i,)",
            "CREATE TABLE t ((a b c))",
            "CREATE TABLE t (a 'x' y z, \"q\" r s)",
            "ALTER TABLE t ADD",
            "ALTER TABLE t ADD COLUMN",
            "ALTER TABLE t ADD COLUMN a long text,",
            "CREATE VIRTUAL TABLE t USING fts5(",
            "CREATE TABLE t (a int CONSTRAINT",
            "CREATE TABLE t (a int, CONSTRAINT)",
            "CREATE TABLE t (a int PRIMARY KEY ON CONFLICT",
            "CREATE INDEX i ON t (a) WITH (",
            "ALTER TABLE t ALTER CONSTRAINT",
            "CREATE DOMAIN d AS",
            "CREATE TABLE t (LIKE",
            "ALTER TABLE t ADD FULLTEXT",
            "CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY (",
            // Found by the fuzzer: key clauses that run past the end.
            "CREATE UNIQUE NULLS NOT DISTINCT INCLUDE (a) WITH (fillfactor = 70)",
            "CREATE TABLE t (a int, UNIQUE NULLS NOT DISTINCT (a) INCLUDE (b) WITH (x = 1))",
            "CREATE TABLE t (a int, PRIMARY KEY (a) USING INDEX TABLESPACE s)",
        ];
        let dialects: [&dyn SqlDialect; 3] =
            [&PostgreSqlDialect {}, &MySqlDialect {}, &SQLiteDialect {}];
        for shape in shapes {
            // Every prefix, too: an input may end anywhere.
            for end in (0..=shape.len()).filter(|e| shape.is_char_boundary(*e)) {
                for dialect in dialects {
                    let _ = recover(dialect, &shape[..end]);
                }
            }
        }
    }

    fn recover_pg(text: &str) -> Recovery {
        recover(&PostgreSqlDialect {}, text)
    }

    #[test]
    fn alter_constraint_becomes_table_properties() {
        let Recovery::Parsed(statements) = recover_pg(
            "ALTER TABLE ONLY s.t ALTER CONSTRAINT t_a_fkey INITIALLY DEFERRED, \
             ALTER CONSTRAINT \"T_b\" NOT DEFERRABLE;",
        ) else {
            panic!("not recovered");
        };
        let printed = statements[0].to_string();
        assert!(
            printed.contains(
                "ALTER_CONSTRAINT = 't_a_fkey', CONSTRAINT_DEFERRABLE = 'true', \
                 CONSTRAINT_INITIALLY_DEFERRED = 'true', ALTER_CONSTRAINT = '\"T_b\"', \
                 CONSTRAINT_DEFERRABLE = 'false', CONSTRAINT_INITIALLY_DEFERRED = 'false'"
            ),
            "{printed}"
        );
        assert!(printed.starts_with("ALTER TABLE s.t "), "{printed}");
    }

    #[test]
    fn view_storage_clauses_are_dropped() {
        let Recovery::Parsed(statements) =
            recover_pg("CREATE MATERIALIZED VIEW v AS SELECT 1 AS x WITH NO DATA;")
        else {
            panic!("not recovered");
        };
        assert!(matches!(&statements[0], Statement::CreateView(v) if v.materialized));
        for text in [
            "CREATE VIEW v AS SELECT 1 AS x WITH CASCADED CHECK OPTION",
            "CREATE MATERIALIZED VIEW v USING heap TABLESPACE t AS SELECT 1 AS x WITH DATA",
        ] {
            assert!(matches!(recover_pg(text), Recovery::Parsed(_)), "{text}");
        }
        assert!(index_on_only_written("CREATE INDEX i ON ONLY t (a)"));
        assert!(!index_on_only_written("CREATE INDEX i ON t (a)"));
    }

    #[test]
    fn ownership_and_sequence_options_have_no_effect() {
        for text in [
            "ALTER TYPE public.post_status OWNER TO blog_owner",
            "ALTER SEQUENCE public.tags_id_seq INCREMENT BY 2",
            "CREATE OR REPLACE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN END $$",
            "COMMENT ON EXTENSION plpgsql IS 'x'",
            "PRAGMA foreign_keys = ON",
        ] {
            assert!(matches!(recover_pg(text), Recovery::NoEffect), "{text}");
        }
        let mysql = sqlparser::dialect::MySqlDialect {};
        for text in [
            "ALTER TABLE `post_tags` DISABLE KEYS",
            "ALTER TABLE `post_tags` ENABLE KEYS",
        ] {
            assert!(
                matches!(recover(&mysql, text), Recovery::NoEffect),
                "{text}"
            );
        }
    }

    #[test]
    fn accounts_have_no_effect() {
        for text in [
            "CREATE USER IF NOT EXISTS 'u'@'%' IDENTIFIED BY 'x'",
            "DROP USER 'u'@'%'",
            "ALTER USER 'u'@'%' IDENTIFIED BY 'y'",
            "CREATE ROLE r WITH LOGIN PASSWORD 'p' VALID UNTIL 'infinity'",
        ] {
            for dialect in [&MySqlDialect {} as &dyn SqlDialect, &PostgreSqlDialect {}] {
                assert!(
                    matches!(recover(dialect, text), Recovery::NoEffect),
                    "{text}"
                );
            }
        }
        assert!(!matches!(
            recover(&MySqlDialect {}, "CREATE TABLE user (id int frob)"),
            Recovery::NoEffect
        ));
    }

    #[test]
    fn a_known_start_decides_only_where_its_words_do() {
        let pg = PostgreSqlDialect {};
        for start in [
            "CREATE TRIGGER set_updated_at BEFORE UPDATE ON ",
            "CREATE OR REPLACE FUNCTION ",
            "DROP TRIGGER IF EXISTS ",
            "GRANT SELECT ON ",
        ] {
            assert!(start_has_no_effect(&pg, start), "{start}");
        }
        for start in [
            "CREATE TABLE ",
            "CREATE ",
            "CREATE OR REPLACE ",
            "ALTER TABLE ",
            "ALTER SEQUENCE ",
            "ALTER EXTENSION ",
            "DROP INDEX ",
            "SELECT ",
            "",
        ] {
            assert!(!start_has_no_effect(&pg, start), "{start}");
        }
    }

    #[test]
    fn renames_and_tables_still_warn() {
        // A sequence rename matters (nextval defaults print the name): it is
        // read as the ALTER TABLE form PostgreSQL also takes.
        let Recovery::Parsed(statements) = recover_pg("ALTER SEQUENCE s RENAME TO t") else {
            panic!("not recovered");
        };
        assert_eq!(statements[0].to_string(), "ALTER TABLE s RENAME TO t");
        for text in [
            "CREATE TABLE t (a int,,)",
            "ALTER TABLE \"OWNER\" FROBNICATE",
        ] {
            assert!(matches!(recover_pg(text), Recovery::Unknown), "{text}");
        }
    }

    #[test]
    fn server_spellings_sqlparser_lacks_are_respelled() {
        let mysql = MySqlDialect {};
        let Recovery::Parsed(statements) = recover(
            &mysql,
            "CREATE TABLE t (a NATIONAL VARCHAR(20), b NATIONAL CHAR(3), \
             c INT AS (a + 1) PERSISTENT)",
        ) else {
            panic!("not recovered");
        };
        let printed = statements[0].to_string();
        assert!(printed.contains("a NVARCHAR(20)"), "{printed}");
        assert!(printed.contains("b NCHAR(3)"), "{printed}");
        assert!(printed.contains("STORED"), "{printed}");
        let Recovery::Parsed(statements) = recover(
            &mysql,
            "CREATE TABLE t (a CHAR(10) BINARY, text BINARY(16), b TEXT BINARY, \
             c VARCHAR(5) CHARACTER SET latin1 BINARY, d NATIONAL CHAR(1))",
        ) else {
            panic!("not recovered");
        };
        let printed = statements[0].to_string();
        assert!(printed.contains("a CHAR(10) COLLATE _bin"), "{printed}");
        assert!(printed.contains("text BINARY(16)"), "{printed}");
        assert!(printed.contains("b TEXT COLLATE _bin"), "{printed}");
        assert!(printed.contains("latin1 COLLATE _bin"), "{printed}");
        let sqlite = SQLiteDialect {};
        for text in [
            "CREATE TABLE t (a UNSIGNED BIG INT NOT NULL, b VARYING CHARACTER(255), c int)",
            "ALTER TABLE t ADD COLUMN d NATIVE CHARACTER(70) DEFAULT 'x'",
            "CREATE TABLE t (a mediumtext(16777215) NOT NULL, b INTEGER UNSIGNED)",
        ] {
            assert!(
                matches!(recover(&sqlite, text), Recovery::Parsed(_)),
                "{text}"
            );
        }
        assert!(matches!(
            recover(&sqlite, "CREATE TABLE t (a int,,)"),
            Recovery::Unknown
        ));
    }

    #[test]
    fn sqlite_table_constraint_clauses_are_read_as_sqlite_reads_them() {
        let sqlite = SQLiteDialect {};
        let Recovery::Parsed(statements) = recover(
            &sqlite,
            "CREATE TABLE t (a INT CONSTRAINT n1 CONSTRAINT n2 NOT NULL, b INT CONSTRAINT n3, \
             c VARYING CHARACTER(5), PRIMARY KEY (a) ON CONFLICT IGNORE \
             CONSTRAINT fk FOREIGN KEY (b) REFERENCES p (id) ON DELETE CASCADE \
             CONSTRAINT lone, UNIQUE (c) CHECK (c <> '') CONSTRAINT tail)",
        ) else {
            panic!("not recovered");
        };
        let printed = statements[0].to_string();
        assert!(
            printed.contains("a INT CONSTRAINT n2 NOT NULL, b INT, "),
            "{printed}"
        );
        assert!(
            printed.contains(
                "PRIMARY KEY (a), CONSTRAINT fk FOREIGN KEY (b) REFERENCES p(id) ON DELETE CASCADE, \
                 UNIQUE (c), CHECK (c <> ''))"
            ),
            "{printed}"
        );
        let Recovery::Parsed(_) = recover(&sqlite, "CREATE TABLE u (a INT, CONSTRAINT only_name)")
        else {
            panic!("not recovered");
        };
        let Recovery::Parsed(_) =
            recover(&sqlite, "ALTER TABLE t ADD COLUMN d INT CONSTRAINT unused;")
        else {
            panic!("not recovered");
        };
    }

    #[test]
    fn sqlite_maintenance_has_no_effect() {
        let sqlite = SQLiteDialect {};
        for text in [
            "REINDEX",
            "REINDEX main.t_index",
            "VACUUM INTO 'backup.db'",
            "DETACH DATABASE aux",
            "DETACH aux",
        ] {
            assert!(
                matches!(recover(&sqlite, text), Recovery::NoEffect),
                "{text}"
            );
        }
    }

    #[test]
    fn legacy_alter_table_is_reported() {
        use crate::dialect::Dialect;
        for on in [
            "PRAGMA legacy_alter_table=ON",
            "pragma main.legacy_alter_table = 'yes'",
            "PRAGMA legacy_alter_table(1)",
        ] {
            assert!(unfollowed_setting(Dialect::Sqlite, on).is_some(), "{on}");
        }
        for off in [
            "PRAGMA legacy_alter_table=OFF",
            "PRAGMA legacy_alter_table = 0",
            "PRAGMA foreign_keys = ON",
        ] {
            assert!(unfollowed_setting(Dialect::Sqlite, off).is_none(), "{off}");
        }
        assert!(unfollowed_setting(Dialect::PostgreSql, "PRAGMA legacy_alter_table=ON").is_none());
    }

    #[test]
    fn mysql_table_options_become_table_properties() {
        let mysql = MySqlDialect {};
        let Recovery::Parsed(statements) = recover(
            &mysql,
            "ALTER TABLE `db`.`t` ENGINE=InnoDB, COMMENT = 'it''s', ROW_FORMAT=DYNAMIC \
             CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
        ) else {
            panic!("not recovered");
        };
        let printed = statements[0].to_string();
        assert!(printed.contains("SET TBLPROPERTIES(ENGINE = 'InnoDB', COMMENT = 'it''s', CONVERT_CHARSET = 'utf8mb4', CONVERT_COLLATE = 'utf8mb4_bin')"), "{printed}");
        assert!(printed.starts_with("ALTER TABLE `db`.`t`"), "{printed}");
        assert!(matches!(
            recover(&mysql, "ALTER TABLE t FROBNICATE = 1"),
            Recovery::Unknown
        ));
    }

    #[test]
    fn mysql_key_renames_become_constraint_renames() {
        let mysql = MySqlDialect {};
        let Recovery::Parsed(statements) = recover(
            &mysql,
            "ALTER TABLE t ADD KEY k (a, b), RENAME INDEX `old` TO `new`, RENAME KEY x TO y, \
             RENAME COLUMN c TO d",
        ) else {
            panic!("not recovered");
        };
        let Statement::AlterTable(alter) = &statements[0] else {
            panic!("not an ALTER TABLE");
        };
        let renamed: Vec<String> = alter
            .operations
            .iter()
            .map(|op| match op {
                AlterTableOperation::RenameConstraint { old_name, new_name } => {
                    format!("key {} {}", old_name.value, new_name.value)
                }
                AlterTableOperation::RenameColumn {
                    old_column_name, ..
                } => format!("column {}", old_column_name.value),
                _ => String::from("other"),
            })
            .collect();
        assert_eq!(renamed, ["other", "key old new", "key x y", "column c"]);
    }

    #[test]
    fn alter_index_forms() {
        let Recovery::Parsed(statements) =
            recover_pg("ALTER INDEX IF EXISTS s.i SET (fillfactor = 70, \"Odd\" = 'x')")
        else {
            panic!("not recovered");
        };
        assert_eq!(
            statements[0].to_string(),
            "ALTER TABLE IF EXISTS s.i SET (fillfactor = 70, \"Odd\" = 'x')"
        );
        let Recovery::Parsed(statements) = recover_pg("ALTER INDEX IF EXISTS i RENAME TO j") else {
            panic!("not recovered");
        };
        assert_eq!(statements[0].to_string(), "ALTER INDEX i RENAME TO j");
        let Recovery::Parsed(statements) =
            recover_pg("ALTER SEQUENCE public.tags_id_seq OWNED BY public.tags.id")
        else {
            panic!("not recovered");
        };
        assert_eq!(
            statements[0].to_string(),
            "ALTER TABLE public.tags_id_seq SET TBLPROPERTIES(SEQUENCE_OWNED_BY = 'public.tags.id')"
        );
        assert!(alter_index_if_exists_written(
            "alter index if exists i rename to j"
        ));
        assert!(!alter_index_if_exists_written("ALTER INDEX i RENAME TO j"));
        for text in [
            "ALTER INDEX i ALTER COLUMN 1 SET STATISTICS 3000",
            "ALTER INDEX IF EXISTS i SET TABLESPACE fast",
            "ALTER INDEX i DEPENDS ON EXTENSION e",
        ] {
            assert!(matches!(recover_pg(text), Recovery::NoEffect), "{text}");
        }
    }

    #[test]
    fn identity_sequence_name_is_dropped() {
        let text = "ALTER TABLE public.posts ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (\n    SEQUENCE NAME public.posts_id_seq\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1\n)";
        let Recovery::Parsed(statements) = recover_pg(text) else {
            panic!("not recovered");
        };
        assert_eq!(statements.len(), 1);
        let printed = statements[0].to_string();
        assert!(
            printed.contains("ADD GENERATED BY DEFAULT AS IDENTITY"),
            "{printed}"
        );
        assert!(!printed.contains("posts_id_seq"), "{printed}");
    }
}
