//! SQLite 3.40 server rules: SQLite keeps what was written. A column's type is
//! its declared text, a default is the text after DEFAULT (outer parentheses
//! and surrounding blanks dropped), and the CREATE TABLE statement is stored
//! verbatim (ALTER TABLE ADD COLUMN splices the new column's text into it),
//! because SQLAlchemy's reflection re-reads that text. Nothing is named by the
//! server except the `sqlite_autoindex_*` indexes behind UNIQUE and non-rowid
//! primary keys, which reflection leaves out.

use sqlparser::ast::{self, AlterTableOperation, DataType};

use super::rules::{
    ApplyError, ApplyResult, ColumnDraft, ConstraintDraft, IndexColumnDraft, IndexDraft,
    ServerRules, VirtualTablePlan,
};
use super::{
    Catalog, CheckConstraint, Column, ForeignKey, Generated, Index, IndexElement, PrimaryKey,
    QualifiedName, SqlType, Table, TableKind, UniqueConstraint,
};
use crate::dialect::Dialect;

mod index_terms;
mod structure;
mod view_text;
mod virtual_table;

pub struct SqliteRules;

/// What the stored text says about one column definition.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnText {
    pub name: String,
    /// The declared type as written (empty: no type).
    pub declared_type: String,
    /// The DEFAULT text as `PRAGMA table_info` reports it.
    pub default: Option<String>,
    /// `PRIMARY KEY DESC` on the column: then it is no rowid alias.
    pub primary_key_desc: bool,
    /// The token where SQLite's grammar stops reading the type's arguments
    /// (`typetoken ::= typename LP signed [COMMA signed] RP`, a `signed`
    /// being one number with at most one sign): `VARCHAR()`, `ENUM('a')`.
    pub bad_type_argument: Option<String>,
}

/// Where the arguments of a declared type (the text between its parentheses)
/// stop being one or two signed numbers, as SQLite's parser reads them.
fn type_arguments_error(arguments: &str) -> Option<String> {
    static SIGNED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^[+-]?\s*(?:0[xX][0-9A-Fa-f]+|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$",
        )
        .expect("valid number pattern")
    });
    let parts = arguments.split(',').map(str::trim);
    let count = parts.clone().count();
    if count > 2 {
        return Some(String::from(","));
    }
    let bad = parts.clone().find(|p| !SIGNED.is_match(p))?;
    let token: String = if bad.is_empty() {
        String::from(if count == 2 { "," } else { ")" })
    } else {
        let first = bad.chars().next().unwrap_or(')');
        if first.is_alphanumeric() || first == '_' {
            bad.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        } else if matches!(first, '\'' | '"' | '`') {
            // The whole quoted token, as far as it goes.
            let rest = &bad[first.len_utf8()..];
            match rest.find(first) {
                Some(end) => format!("{first}{}{first}", &rest[..end]),
                None => bad.to_string(),
            }
        } else {
            first.to_string()
        }
    };
    Some(token)
}

/// A lexical token of SQLite's text with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Word,
    /// `"x"`, `` `x` ``, `[x]`.
    QuotedName,
    Str,
    Open,
    Close,
    Comma,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: TokenKind,
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Token> {
    // About one token per five bytes of a CREATE TABLE: room for most at once.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
    tokens.extend(Tokens::new(text));
    tokens
}

/// The tokens of a text one at a time, for the callers that need only the
/// first few (the head of a CREATE TABLE) of a long statement.
struct Tokens<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens {
            bytes: text.as_bytes(),
            at: 0,
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        scan_token(self.bytes, &mut self.at)
    }
}

/// The next token of `bytes` from `*at` on (skipping blanks and comments),
/// leaving `*at` just after it.
fn scan_token(bytes: &[u8], at: &mut usize) -> Option<Token> {
    let mut i = *at;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let kind = match b {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    i += 1;
                }
                i = (i + 2).min(bytes.len());
                continue;
            }
            // A blob literal, X'0a1b', is one token like a string.
            b'x' | b'X' if bytes.get(i + 1) == Some(&b'\'') => {
                i = end_of_quoted(bytes, i + 1);
                TokenKind::Str
            }
            b'\'' | b'"' | b'`' | b'[' => {
                i = end_of_quoted(bytes, i);
                if b == b'\'' {
                    TokenKind::Str
                } else {
                    TokenKind::QuotedName
                }
            }
            b'(' => {
                i += 1;
                TokenKind::Open
            }
            b')' => {
                i += 1;
                TokenKind::Close
            }
            b',' => {
                i += 1;
                TokenKind::Comma
            }
            // A number: `.5`, `1.`, `1e-5`, `2.5E+3` are one token each.
            c if c.is_ascii_digit()
                || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) =>
            {
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                    i += 1;
                }
                if i < bytes.len()
                    && matches!(bytes[i], b'e' | b'E')
                    && (bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                        || (matches!(bytes.get(i + 1), Some(b'+' | b'-'))
                            && bytes.get(i + 2).is_some_and(u8::is_ascii_digit)))
                {
                    i += 2;
                }
                while i < bytes.len()
                    && (bytes[i] == b'_'
                        || bytes[i] == b'$'
                        || bytes[i].is_ascii_alphanumeric()
                        || bytes[i] >= 0x80)
                {
                    i += 1;
                }
                TokenKind::Word
            }
            c if c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80 => {
                while i < bytes.len()
                    && (bytes[i] == b'_'
                        || bytes[i] == b'.'
                        || bytes[i] == b'$'
                        || bytes[i].is_ascii_alphanumeric()
                        || bytes[i] >= 0x80)
                {
                    i += 1;
                }
                TokenKind::Word
            }
            _ => {
                i += 1;
                TokenKind::Other
            }
        };
        *at = i;
        return Some(Token {
            kind,
            start,
            end: i,
        });
    }
    *at = i;
    None
}

/// The end of the quoted text opening at `open` (a doubled quote stays inside).
fn end_of_quoted(bytes: &[u8], open: usize) -> usize {
    let close = if bytes[open] == b'[' {
        b']'
    } else {
        bytes[open]
    };
    let mut i = open + 1;
    loop {
        match bytes.get(i) {
            None => return i,
            Some(&c) if c == close => {
                if close != b']' && bytes.get(i + 1) == Some(&close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            Some(_) => i += 1,
        }
    }
}

/// The index of the token closing the group opened at `open`.
fn matching_close(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t.kind {
            TokenKind::Open => depth += 1,
            TokenKind::Close => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    tokens.len().saturating_sub(1)
}

/// Words that end a column's type: the start of a column constraint.
fn ends_type(word: &str) -> bool {
    [
        "CONSTRAINT",
        "PRIMARY",
        "NOT",
        "NULL",
        "UNIQUE",
        "CHECK",
        "DEFAULT",
        "COLLATE",
        "REFERENCES",
        "GENERATED",
        "AS",
    ]
    .iter()
    .any(|keyword| word.eq_ignore_ascii_case(keyword))
}

/// Words that open a table constraint rather than a column definition.
fn starts_table_constraint(word: &str) -> bool {
    ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"]
        .iter()
        .any(|keyword| word.eq_ignore_ascii_case(keyword))
}

fn unquote_name(text: &str) -> String {
    // The closing quote is stripped only when it is there: a token that the
    // text ends inside has no closing quote (and may end in any character).
    let inner = |open: char, close: char| {
        let rest = text.strip_prefix(open)?;
        Some(rest.strip_suffix(close).unwrap_or(rest))
    };
    match text.chars().next() {
        Some(q @ ('"' | '`' | '\'')) if text.len() >= 2 => inner(q, q)
            .unwrap_or(text)
            .replace(&format!("{q}{q}"), &q.to_string()),
        Some('[') if text.len() >= 2 => inner('[', ']').unwrap_or(text).to_string(),
        _ => text.to_string(),
    }
}

/// The declared type as `PRAGMA table_info` reports it: SQLite strips the
/// first and last characters when the text starts with a quote (`"`, `'`, `` ` ``,
/// `[`) and holds no other one before its last character (`[x] y` gives `x] `),
/// then dequotes what still starts with a quote, up to its closing quote
/// (`"x y"(3)` gives `x y`).
fn reported_type(declared: &str) -> String {
    let is_quote = |b: u8| matches!(b, b'"' | b'\'' | b'`' | b'[');
    let bytes = declared.as_bytes();
    let mut text = declared;
    if bytes.len() >= 2
        && is_quote(bytes[0])
        && !bytes[1..bytes.len() - 1].iter().any(|&b| is_quote(b))
    {
        // SQLite drops the last byte; a last character that is not ASCII goes whole.
        let last = declared.chars().next_back().map_or(1, char::len_utf8);
        text = &declared[1..(declared.len() - last).max(1)];
    }
    let Some(&open) = text.as_bytes().first().filter(|&&b| is_quote(b)) else {
        return text.to_string();
    };
    let close = if open == b'[' { ']' } else { open as char };
    let mut out = String::new();
    let mut chars = text[1..].chars().peekable();
    while let Some(c) = chars.next() {
        if c == close {
            if chars.peek() == Some(&close) {
                out.push(c);
                chars.next();
                continue;
            }
            break;
        }
        out.push(c);
    }
    out
}

/// Read one column definition (`name type constraints...`) as SQLite records it.
fn column_text(text: &str, tokens: &[Token]) -> Option<ColumnText> {
    let first = tokens.first()?;
    let mut column = ColumnText {
        name: unquote_name(&text[first.start..first.end]),
        ..ColumnText::default()
    };
    let mut i = 1;
    let type_start = tokens.get(i).map(|t| t.start);
    let mut type_end = None;
    while let Some(t) = tokens.get(i) {
        match t.kind {
            TokenKind::Word if !ends_type(&text[t.start..t.end]) => {
                type_end = Some(t.end);
                i += 1;
            }
            TokenKind::QuotedName | TokenKind::Str => {
                type_end = Some(t.end);
                i += 1;
            }
            TokenKind::Open if type_end.is_some() => {
                let close = matching_close(tokens, i);
                column.bad_type_argument =
                    type_arguments_error(text.get(t.end..tokens[close].start).unwrap_or_default());
                type_end = Some(tokens[close].end);
                i = close + 1;
                break;
            }
            _ => break,
        }
    }
    if let (Some(start), Some(end)) = (type_start, type_end) {
        column.declared_type = reported_type(&text[start..end]);
    }
    let is_word = |t: Option<&Token>, word: &str| {
        t.is_some_and(|t| {
            t.kind == TokenKind::Word && text[t.start..t.end].eq_ignore_ascii_case(word)
        })
    };
    while i < tokens.len() {
        let t = tokens[i];
        if is_word(Some(&t), "PRIMARY")
            && is_word(tokens.get(i + 1), "KEY")
            && is_word(tokens.get(i + 2), "DESC")
        {
            column.primary_key_desc = true;
        }
        if t.kind == TokenKind::Word && text[t.start..t.end].eq_ignore_ascii_case("DEFAULT") {
            let value = tokens.get(i + 1)?;
            match value.kind {
                TokenKind::Open => {
                    let close = matching_close(tokens, i + 1);
                    column.default = Some(text[value.end..tokens[close].start].trim().to_string());
                    i = close + 1;
                }
                TokenKind::Other
                    if matches!(&text[value.start..value.end], "-" | "+")
                        && tokens.get(i + 2).is_some() =>
                {
                    let number = tokens[i + 2];
                    column.default = Some(text[value.start..number.end].to_string());
                    i += 3;
                }
                _ => {
                    column.default = Some(text[value.start..value.end].to_string());
                    i += 2;
                }
            }
            continue;
        }
        i += 1;
    }
    Some(column)
}

/// The column definitions of a CREATE TABLE text, in order.
pub fn column_texts(create_sql: &str) -> Vec<ColumnText> {
    let tokens = tokenize(create_sql);
    let Some(open) = tokens.iter().position(|t| t.kind == TokenKind::Open) else {
        return Vec::new();
    };
    let close = matching_close(&tokens, open);
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut item_start = open + 1;
    for i in open + 1..close {
        match tokens[i].kind {
            TokenKind::Open => depth += 1,
            TokenKind::Close => depth = depth.saturating_sub(1),
            TokenKind::Comma if depth == 0 => {
                items.push(&tokens[item_start..i]);
                item_start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&tokens[item_start..close]);
    items
        .into_iter()
        .filter(|item| {
            item.first().is_some_and(|t| {
                !(t.kind == TokenKind::Word && starts_table_constraint(&create_sql[t.start..t.end]))
            })
        })
        .filter_map(|item| column_text(create_sql, item))
        .collect()
}

/// The column definition an `ALTER TABLE ... ADD [COLUMN]` statement carries.
fn added_column_text(alter_sql: &str) -> Option<&str> {
    let tokens = tokenize(alter_sql);
    let add = tokens
        .iter()
        .position(|t| alter_sql[t.start..t.end].eq_ignore_ascii_case("ADD"))?;
    let mut first = add + 1;
    if tokens
        .get(first)
        .is_some_and(|t| alter_sql[t.start..t.end].eq_ignore_ascii_case("COLUMN"))
    {
        first += 1;
    }
    let start = tokens.get(first)?.start;
    Some(
        alter_sql[start..]
            .trim_end()
            .trim_end_matches(';')
            .trim_end(),
    )
}

/// The text SQLite stores for a CREATE TABLE: the statement without its
/// terminator, `CREATE [TEMP] TABLE [IF NOT EXISTS]` written as `CREATE TABLE`.
fn stored_create_sql(statement: &str) -> String {
    let trimmed = statement.trim().trim_end_matches(';').trim_end();
    // The table name is the first token after TABLE and any IF NOT EXISTS;
    // only the head is tokenized, not the column list.
    let mut tokens = Tokens::new(trimmed);
    let text = |t: &Token| &trimmed[t.start..t.end];
    let mut name = tokens
        .by_ref()
        .find(|t| text(t).eq_ignore_ascii_case("TABLE"))
        .and_then(|_| tokens.next());
    if name.is_some_and(|t| text(&t).eq_ignore_ascii_case("IF")) {
        name = tokens.nth(2);
    }
    match name {
        Some(name) => format!("CREATE TABLE {}", &trimmed[name.start..]),
        None => trimmed.to_string(),
    }
}

/// Whether the table uses `WITHOUT ROWID` (among the table options after
/// the column list, in any spacing, comments between).
pub fn without_rowid(create_sql: &str) -> bool {
    // Most tables do not say it: no tokenizing for them.
    if !contains_ci(create_sql, "ROWID") {
        return false;
    }
    let tokens = tokenize(create_sql);
    let Some(open) = tokens.iter().position(|t| t.kind == TokenKind::Open) else {
        return false;
    };
    let close = matching_close(&tokens, open);
    tokens[close + 1..].windows(2).any(|pair| {
        pair.iter().all(|t| t.kind == TokenKind::Word)
            && create_sql[pair[0].start..pair[0].end].eq_ignore_ascii_case("WITHOUT")
            && create_sql[pair[1].start..pair[1].end].eq_ignore_ascii_case("ROWID")
    })
}

/// Whether the table is `STRICT`.
fn strict(create_sql: &str) -> bool {
    if !contains_ci(create_sql, "STRICT") {
        return false;
    }
    let tokens = tokenize(create_sql);
    let Some(open) = tokens.iter().position(|t| t.kind == TokenKind::Open) else {
        return false;
    };
    let close = matching_close(&tokens, open);
    tokens[close + 1..].iter().any(|t| {
        t.kind == TokenKind::Word && create_sql[t.start..t.end].eq_ignore_ascii_case("STRICT")
    })
}

/// The rowid alias of a table, if it has one: a primary key of one column
/// declared `INTEGER` (exactly, in any case), unless the table is WITHOUT
/// ROWID or the column says `PRIMARY KEY DESC` (SQLite's `iPKey`).
pub fn rowid_alias(table: &Table) -> Option<&str> {
    let pk = table.primary_key.as_ref()?;
    let [name] = pk.columns.as_slice() else {
        return None;
    };
    let column = table.column(name)?;
    if !column.data_type.name.eq_ignore_ascii_case("INTEGER") {
        return None;
    }
    let sql = table.stored_sql.as_deref().unwrap_or_default();
    // Reading the column definitions again is needed only when `DESC` is
    // written somewhere (this runs for every table reflected).
    let desc = contains_ci(sql, "DESC")
        && column_texts(sql)
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(name) && c.primary_key_desc);
    (!without_rowid(sql) && !desc).then_some(column.name.as_str())
}

/// Whether `text` may hold the keyword `word` (ASCII letters in any case) as
/// a word of its own: a cheap test before tokenizing the text to look for it.
/// A word token is never preceded or followed by a byte [`tokenize`] would
/// have made part of it (`description` holds no `DESC`).
pub fn contains_ci(text: &str, word: &str) -> bool {
    let in_word =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.') || *b >= 0x80;
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = crate::parse::find_ignore_ascii_case(bytes, word.as_bytes(), from) {
        if !at
            .checked_sub(1)
            .is_some_and(|before| in_word(&bytes[before]))
            && !bytes.get(at + word.len()).is_some_and(in_word)
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// The type name SQLite gives a column of `CREATE TABLE ... AS`: its affinity
/// (`sqlite3AffinityType` on the declared type, then the names
/// `createTableStmt` uses).
fn affinity_type(declared: &str) -> &'static str {
    let upper = declared.to_ascii_uppercase();
    if upper.contains("INT") {
        "INT"
    } else if upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT") {
        "TEXT"
    } else if upper.is_empty() || upper.contains("BLOB") {
        ""
    } else if upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB") {
        "REAL"
    } else {
        "NUM"
    }
}

/// SQLite's keywords: a name that is one is quoted in generated statements.
const SQLITE_KEYWORDS: &[&str] = &[
    "ABORT",
    "ACTION",
    "ADD",
    "AFTER",
    "ALL",
    "ALTER",
    "ALWAYS",
    "ANALYZE",
    "AND",
    "AS",
    "ASC",
    "ATTACH",
    "AUTOINCREMENT",
    "BEFORE",
    "BEGIN",
    "BETWEEN",
    "BY",
    "CASCADE",
    "CASE",
    "CAST",
    "CHECK",
    "COLLATE",
    "COLUMN",
    "COMMIT",
    "CONFLICT",
    "CONSTRAINT",
    "CREATE",
    "CROSS",
    "CURRENT",
    "CURRENT_DATE",
    "CURRENT_TIME",
    "CURRENT_TIMESTAMP",
    "DATABASE",
    "DEFAULT",
    "DEFERRABLE",
    "DEFERRED",
    "DELETE",
    "DESC",
    "DETACH",
    "DISTINCT",
    "DO",
    "DROP",
    "EACH",
    "ELSE",
    "END",
    "ESCAPE",
    "EXCEPT",
    "EXCLUDE",
    "EXCLUSIVE",
    "EXISTS",
    "EXPLAIN",
    "FAIL",
    "FILTER",
    "FIRST",
    "FOLLOWING",
    "FOR",
    "FOREIGN",
    "FROM",
    "FULL",
    "GENERATED",
    "GLOB",
    "GROUP",
    "GROUPS",
    "HAVING",
    "IF",
    "IGNORE",
    "IMMEDIATE",
    "IN",
    "INDEX",
    "INDEXED",
    "INITIALLY",
    "INNER",
    "INSERT",
    "INSTEAD",
    "INTERSECT",
    "INTO",
    "IS",
    "ISNULL",
    "JOIN",
    "KEY",
    "LAST",
    "LEFT",
    "LIKE",
    "LIMIT",
    "MATCH",
    "MATERIALIZED",
    "NATURAL",
    "NO",
    "NOT",
    "NOTHING",
    "NOTNULL",
    "NULL",
    "NULLS",
    "OF",
    "OFFSET",
    "ON",
    "OR",
    "ORDER",
    "OTHERS",
    "OUTER",
    "OVER",
    "PARTITION",
    "PLAN",
    "PRAGMA",
    "PRECEDING",
    "PRIMARY",
    "QUERY",
    "RAISE",
    "RANGE",
    "RECURSIVE",
    "REFERENCES",
    "REGEXP",
    "REINDEX",
    "RELEASE",
    "RENAME",
    "REPLACE",
    "RESTRICT",
    "RETURNING",
    "RIGHT",
    "ROLLBACK",
    "ROW",
    "ROWS",
    "SAVEPOINT",
    "SELECT",
    "SET",
    "TABLE",
    "TEMP",
    "TEMPORARY",
    "THEN",
    "TIES",
    "TO",
    "TRANSACTION",
    "TRIGGER",
    "UNBOUNDED",
    "UNION",
    "UNIQUE",
    "UPDATE",
    "USING",
    "VACUUM",
    "VALUES",
    "VIEW",
    "VIRTUAL",
    "WHEN",
    "WHERE",
    "WINDOW",
    "WITH",
    "WITHOUT",
];

/// `identPut`: a name as SQLite writes it into a statement it generates.
fn ident_put(name: &str) -> String {
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80)
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && !SQLITE_KEYWORDS.contains(&name.to_ascii_uppercase().as_str());
    if plain {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// `createTableStmt`: the statement SQLite stores for `CREATE TABLE ... AS`,
/// on one line when short, one column per line otherwise.
fn generated_create_table(name: &str, columns: &[(String, &str)]) -> String {
    let ident_length = |s: &str| s.chars().count() + s.matches('"').count() + 2;
    let total: usize = columns
        .iter()
        .map(|(c, _)| ident_length(c) + 5)
        .sum::<usize>()
        + ident_length(name);
    let (open, separator, close) = if total < 50 {
        ("", ",", ")")
    } else {
        ("\n  ", ",\n  ", "\n)")
    };
    let items: Vec<String> = columns
        .iter()
        .map(|(column, declared)| {
            if declared.is_empty() {
                ident_put(column)
            } else {
                format!("{} {declared}", ident_put(column))
            }
        })
        .collect();
    format!(
        "CREATE TABLE {}({open}{}{close}",
        ident_put(name),
        items.join(separator)
    )
}

/// The registry key under which a table is found by its folded name (the NUL
/// keeps it apart from index and constraint names).
pub(crate) fn folded_name_key(name: &str) -> String {
    format!("\0table:{}", name.to_ascii_lowercase())
}

impl ServerRules for SqliteRules {
    /// SQLite prepares a view's query when it is used: its columns are
    /// those of what it reads then, a `*` included.
    fn view_columns_worked_out(&self) -> super::rules::ViewColumnsWorkedOut {
        super::rules::ViewColumnsWorkedOut::AtUse {
            star_at_creation: false,
        }
    }

    /// Renames edit the text of the views that read the table (see
    /// `view_text`).
    fn view_text_after(
        &self,
        catalog: &Catalog,
        text: &str,
        change: &super::rules::TableChange<'_>,
    ) -> Option<String> {
        Some(view_text::after(catalog, text, change))
    }

    fn column_name_key<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        match name.bytes().any(|b| b.is_ascii_uppercase()) {
            true => std::borrow::Cow::Owned(name.to_ascii_lowercase()),
            false => std::borrow::Cow::Borrowed(name),
        }
    }

    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    /// SQLite finds a table by its name with ASCII letters folded (through
    /// the catalog's name registry: a scan of every table per statement was
    /// quadratic in the schema).
    fn lookup_name(&self, catalog: &Catalog, name: &ast::ObjectName) -> QualifiedName {
        let wanted = self.qualified_name(name);
        if catalog.tables.contains_key(&wanted) {
            return wanted;
        }
        catalog
            .name_owners(&wanted.schema, &folded_name_key(&wanted.name))
            .iter()
            .find(|t| t.name.eq_ignore_ascii_case(&wanted.name) && catalog.tables.contains_key(*t))
            .cloned()
            .unwrap_or(wanted)
    }

    fn relation_created(&self, catalog: &mut Catalog, name: &QualifiedName) {
        catalog.register_name(name, &folded_name_key(&name.name));
    }

    /// A new table whose name differs from an existing one's only in case
    /// is that table, as far as `already exists` goes.
    fn creation_name(
        &self,
        catalog: &Catalog,
        name: &ast::ObjectName,
    ) -> ApplyResult<QualifiedName> {
        Ok(self.lookup_name(catalog, name))
    }

    /// SQLite skips a `COLLATE` (its parser keeps no parentheses) before it
    /// asks whether an element is a column (`sqlite3ExprSkipCollate`), and
    /// reads a string there as a name (`sqlite3StringToId`).
    fn key_column(&self, expr: &ast::Expr) -> Option<String> {
        match expr {
            ast::Expr::Identifier(ident) => Some(self.fold_ident(ident)),
            ast::Expr::Value(value) => match &value.value {
                ast::Value::SingleQuotedString(name) => Some(name.clone()),
                _ => None,
            },
            ast::Expr::Nested(inner) | ast::Expr::Collate { expr: inner, .. } => {
                self.key_column(inner)
            }
            _ => None,
        }
    }

    /// `sqlite3CheckObjectName`: names that start with `sqlite_` (any case)
    /// are SQLite's own (`CREATE TABLE sqlite_sequence(name,seq)`, which
    /// `.schema` prints, fails).
    fn check_new_name(&self, name: &str) -> ApplyResult {
        if name
            .get(..7)
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case("sqlite_"))
        {
            return Err(format!("object name reserved for internal use: {name}").into());
        }
        Ok(())
    }

    /// `.schema` prints the tables SQLite makes itself: `sqlite_sequence`
    /// (made by the first AUTOINCREMENT table) and the `sqlite_stat*` tables
    /// (made by ANALYZE). Creating them fails on the server, but the dump
    /// only describes them, and SQLAlchemy never lists `sqlite_%` names.
    fn made_by_the_server(&self, name: &str) -> bool {
        [
            "sqlite_sequence",
            "sqlite_stat1",
            "sqlite_stat2",
            "sqlite_stat3",
            "sqlite_stat4",
        ]
        .iter()
        .any(|internal| name.eq_ignore_ascii_case(internal))
    }

    /// ROLLBACK [TO] undoes DDL; the sqlite3 shell quits a file inside an
    /// open transaction without committing it.
    fn transactional_ddl(&self) -> bool {
        true
    }

    /// SQLite names an unaliased result column computed by an expression by
    /// the expression's text (`sqlite3ColumnsFromExprList`).
    fn names_expressions_as_written(&self) -> bool {
        true
    }

    /// Names match whatever their case; a table's `rowid` (`oid`,
    /// `_rowid_`), unless a column takes the name, is its INTEGER PRIMARY
    /// KEY column, or an INTEGER column named `rowid`.
    fn view_source_column<'t>(
        &self,
        table: &'t Table,
        name: &str,
    ) -> Option<std::borrow::Cow<'t, Column>> {
        if let Some(column) = table
            .columns
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
        {
            return Some(std::borrow::Cow::Borrowed(column));
        }
        let rowid = ["rowid", "oid", "_rowid_"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(name));
        let has_rowid = table.kind == TableKind::Table
            && table.virtual_table().is_none()
            && !table.stored_sql.as_deref().is_some_and(without_rowid);
        if !rowid || !has_rowid {
            return None;
        }
        let alias = rowid_alias(table).and_then(|name| table.column(name));
        Some(match alias {
            Some(column) => std::borrow::Cow::Borrowed(column),
            None => std::borrow::Cow::Owned(Column::new(
                String::from("rowid"),
                SqlType::named("INTEGER"),
            )),
        })
    }

    /// `selectExpand`: `*` leaves out the right side's USING columns (a
    /// NATURAL join is a USING of the names both sides have).
    fn wildcard_omits_join_columns(&self) -> bool {
        true
    }

    /// An unaliased column reference is named as its table names the column.
    fn view_reference_name(&self, _written: String, source: &Column) -> String {
        source.name.clone()
    }

    /// `sqlite3ColumnsFromExprList`: a column named `true` or `false` is
    /// `column<N>` (its position); a name already taken (whatever its case)
    /// gets `:1`, `:2`... after it (a `:digits` ending replaced), with a random
    /// number once four were tried.
    fn settle_select_names(
        &self,
        columns: &mut [Column],
        _generated: &[bool],
        _view: bool,
    ) -> Vec<String> {
        let mut taken: Vec<String> = Vec::new();
        let mut random = Vec::new();
        for (i, column) in columns.iter_mut().enumerate() {
            let mut name = column.name.clone();
            if name.eq_ignore_ascii_case("true") || name.eq_ignore_ascii_case("false") {
                name = format!("column{}", i + 1);
            }
            let mut count = 0u32;
            while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
                // Past four, our guess: the next numbers in turn.
                let guessed = count >= 4;
                let base = match name.rfind(':') {
                    Some(colon) if name[colon + 1..].bytes().all(|b| b.is_ascii_digit()) => {
                        &name[..colon]
                    }
                    _ => name.as_str(),
                };
                count += 1;
                name = format!("{base}:{count}");
                if guessed && !taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
                    random.push(format!("{} (printed as {name})", column.name));
                }
            }
            taken.push(name.clone());
            column.name = name;
        }
        random
    }

    /// `main` is the default database; attached ones keep their names.
    fn schema_of(&self, schema: &str) -> Option<String> {
        (!schema.eq_ignore_ascii_case("main")).then(|| schema.to_string())
    }

    fn column_type(
        &self,
        declared: Option<&DataType>,
        _catalog: &Catalog,
        _default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        // Replaced by the declared text in `add_to_table`; this is only a fallback.
        Ok(SqlType::named(
            declared.map(|d| d.to_string()).unwrap_or_default(),
        ))
    }

    /// A column definition's type is the text SQLite keeps, which
    /// `add_to_table` reads from the statement (printing the parsed type
    /// here, only for it to be replaced, took a tenth of the stage).
    fn column_type_of(
        &self,
        _declared: Option<&DataType>,
        _taken_apart: Option<&mut super::declared::DeclaredType>,
        _catalog: &Catalog,
        _default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        Ok(SqlType::default())
    }

    fn takes_types_apart(&self) -> bool {
        false
    }

    fn stored_table_sql(&self, statement_text: &str) -> Option<String> {
        Some(stored_create_sql(statement_text))
    }

    fn add_to_table(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        columns: Vec<ColumnDraft<'_>>,
        constraints: Vec<ConstraintDraft<'_>>,
        statement_text: &str,
    ) -> ApplyResult {
        // SQLITE_MAX_COLUMN as the sqlite3 library is built by default.
        if table.columns.len() + columns.len() > 2000 {
            return Err(format!("too many columns on {}", table.name.name).into());
        }
        let creating = table.columns.is_empty();
        let texts = if creating {
            column_texts(statement_text)
        } else {
            let added = added_column_text(statement_text).unwrap_or_default();
            if !added.is_empty() {
                // SQLite splices the new column's text in after the last column.
                if let Some(sql) = table.stored_sql.as_mut() {
                    if let Some(at) = structure::add_column_offset(sql) {
                        *sql = format!("{}, {added}{}", &sql[..at], &sql[at..]);
                    }
                }
            }
            column_texts(&format!("x ({added})"))
        };
        let mut texts = texts;
        let rowidless = table.stored_sql.as_deref().is_some_and(without_rowid);
        // Each column's text; a text is moved into the last column it serves
        // (each serves one, but for names repeated in another case).
        let chosen: Vec<Option<usize>> = columns
            .iter()
            .enumerate()
            .map(|(i, draft)| {
                texts
                    .iter()
                    .position(|t| t.name.eq_ignore_ascii_case(&draft.column.name))
                    .or_else(|| (i < texts.len()).then_some(i))
            })
            .collect();
        let mut uses = vec![0usize; texts.len()];
        for at in chosen.iter().flatten() {
            uses[*at] += 1;
        }
        table.columns.reserve(columns.len());
        for (draft, at) in columns.into_iter().zip(chosen) {
            let mut column = draft.column;
            if table.column(&column.name).is_some() {
                return Err(format!("duplicate column name: {}", column.name).into());
            }
            if let Some(token) = at.and_then(|at| texts[at].bad_type_argument.as_ref()) {
                return Err(format!("near \"{token}\": syntax error").into());
            }
            let (declared_type, default) = match at {
                Some(at) => {
                    uses[at] -= 1;
                    let text = &mut texts[at];
                    match uses[at] {
                        0 => (std::mem::take(&mut text.declared_type), text.default.take()),
                        _ => (text.declared_type.clone(), text.default.clone()),
                    }
                }
                None => (String::new(), None),
            };
            column.data_type = SqlType::named(declared_type);
            column.nullable = draft.explicit_nullable != Some(false);
            column.default = default;
            if let Some((expr, persisted)) = draft.generated {
                column.set_generated(Some(Generated {
                    expression: expr.to_string(),
                    persisted: Some(persisted.unwrap_or(false)),
                }));
            }
            // AUTOINCREMENT leaves no trace in what reflection reads.
            column.autoincrement = false;
            table.columns.push(column);
        }
        for constraint in constraints {
            match constraint {
                ConstraintDraft::PrimaryKey { name, columns, .. } => {
                    if table.primary_key.is_some() {
                        return Err(format!(
                            "table \"{}\" has more than one primary key",
                            table.name.name
                        )
                        .into());
                    }
                    if rowidless {
                        for c in &columns {
                            if let Some(column) = table.column_mut(c) {
                                column.nullable = false;
                            }
                        }
                    }
                    table.primary_key = Some(PrimaryKey {
                        name,
                        columns,
                        ..Default::default()
                    });
                }
                ConstraintDraft::Unique { name, columns, .. } => {
                    if !table.uniques.iter().any(|u| u.columns == columns) {
                        super::push_compact(&mut table.uniques, UniqueConstraint { name, columns });
                    }
                }
                ConstraintDraft::ForeignKey {
                    name,
                    columns,
                    referred_table,
                    referred_columns,
                    on_delete,
                    on_update,
                    deferrable,
                    initially,
                    ..
                } => super::push_compact(
                    &mut table.foreign_keys,
                    ForeignKey {
                        name,
                        columns,
                        referred_table,
                        referred_columns,
                        on_delete,
                        on_update,
                        deferrable,
                        initially,
                        match_kind: None,
                    },
                ),
                ConstraintDraft::Check { name, expr, .. } => super::push_compact(
                    &mut table.checks,
                    CheckConstraint {
                        name,
                        expression: expr.to_string(),
                    },
                ),
                ConstraintDraft::Index { .. } => {
                    return Err("KEY/INDEX inside CREATE TABLE is MySQL syntax".into())
                }
            }
        }
        // A STRICT table's primary key columns are NOT NULL, but for the
        // rowid alias (`sqlite3EndTable`).
        if creating && table.stored_sql.as_deref().is_some_and(strict) {
            let alias = rowid_alias(table).map(str::to_string);
            let keys = table
                .primary_key
                .as_ref()
                .map(|pk| pk.columns.clone())
                .unwrap_or_default();
            for key in keys {
                if Some(&key) != alias.as_ref() {
                    if let Some(column) = table.column_mut(&key) {
                        column.nullable = false;
                    }
                }
            }
        }
        let _ = catalog;
        Ok(())
    }

    /// SQLite writes the new table's statement itself: each column with the
    /// name of its expression's affinity as its type, and no constraints.
    fn table_from_query(&self, name: &QualifiedName, columns: Vec<Column>) -> Option<Table> {
        let mut table = Table::new(name.clone(), TableKind::Table);
        let typed: Vec<(String, &'static str)> = columns
            .iter()
            .map(|c| (c.name.clone(), affinity_type(&c.data_type.name)))
            .collect();
        table.stored_sql = Some(generated_create_table(&name.name, &typed));
        table.columns = typed
            .into_iter()
            .map(|(column, declared)| Column::new(column, SqlType::named(declared)))
            .collect();
        Some(table)
    }

    /// The sqlite3 shell's `.dump` writes each virtual table as a row of
    /// `sqlite_schema`; any other row written there is not followed.
    fn insert_rows(&self, catalog: &mut Catalog, insert: &ast::Insert) -> ApplyResult<bool> {
        let ast::TableObject::TableName(target) = &insert.table else {
            return Ok(false);
        };
        let target = self.qualified_name(target);
        if !matches!(
            target.name.to_ascii_lowercase().as_str(),
            "sqlite_schema" | "sqlite_master"
        ) {
            return Ok(false);
        }
        let unsupported = || {
            ApplyError::from(
                "a row written into sqlite_schema is not followed (only the virtual \
                 tables the sqlite3 shell's .dump writes there are)",
            )
        };
        let columns: Vec<String> = if insert.columns.is_empty() {
            ["type", "name", "tbl_name", "rootpage", "sql"]
                .map(String::from)
                .to_vec()
        } else {
            insert
                .columns
                .iter()
                .map(|c| c.to_string().to_ascii_lowercase())
                .collect()
        };
        let Some(ast::SetExpr::Values(values)) = insert.source.as_deref().map(|q| &*q.body) else {
            return Err(unsupported());
        };
        for row in &values.rows {
            let text = |column: &str| {
                let at = columns.iter().position(|c| c == column)?;
                match row.content.get(at)? {
                    ast::Expr::Value(v) => match &v.value {
                        ast::Value::SingleQuotedString(s) => Some(s.clone()),
                        _ => None,
                    },
                    _ => None,
                }
            };
            let (Some(kind), Some(name), Some(sql)) = (text("type"), text("name"), text("sql"))
            else {
                return Err(unsupported());
            };
            let is_virtual = sql
                .split_whitespace()
                .take(3)
                .map(str::to_ascii_uppercase)
                .eq(["CREATE", "VIRTUAL", "TABLE"].map(String::from));
            if kind != "table" || !is_virtual {
                return Err(unsupported());
            }
            let name = QualifiedName::new(target.schema.clone(), name);
            if catalog
                .tables
                .keys()
                .any(|t| t.schema == name.schema && t.name.eq_ignore_ascii_case(&name.name))
            {
                return Err(format!("table {} already exists", name.name).into());
            }
            let plan = virtual_table::connected(catalog, &name, &sql)?;
            let mut table = plan.table;
            table.set_virtual_table(Some(super::VirtualTable {
                module: plan.module,
                shadow_tables: plan.shadow_tables.into_iter().map(|s| s.name).collect(),
            }));
            catalog.tables.insert(name, table);
        }
        Ok(true)
    }

    fn virtual_table(
        &self,
        catalog: &Catalog,
        name: &QualifiedName,
        module: &str,
        statement_text: &str,
    ) -> ApplyResult<Option<VirtualTablePlan>> {
        virtual_table::plan(catalog, name, module, statement_text).map(Some)
    }

    /// A compound SELECT's columns take the declared types of its first SELECT.
    fn set_operation_column(&self, left: Column, _right: &Column) -> Option<Column> {
        Some(left)
    }

    fn alters_structure(&self, operation: &AlterTableOperation) -> bool {
        matches!(
            operation,
            AlterTableOperation::RenameColumn { .. }
                | AlterTableOperation::DropColumn { .. }
                | AlterTableOperation::RenameTable { .. }
        )
    }

    fn alter_structure(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        operation: &AlterTableOperation,
    ) -> ApplyResult {
        match operation {
            AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => structure::rename_column(
                catalog,
                table,
                &self.fold_ident(old_column_name),
                &self.fold_ident(new_column_name),
                new_column_name.quote_style.is_some(),
            ),
            AlterTableOperation::DropColumn { column_names, .. } => {
                for column in column_names {
                    structure::drop_column(table, &self.fold_ident(column))?;
                }
                Ok(())
            }
            AlterTableOperation::RenameTable { table_name } => {
                let new_name = super::rules::rename_target(table_name);
                let renamed = QualifiedName::new(table.name.schema.clone(), {
                    self.qualified_name(new_name).name
                });
                let taken = catalog.tables.keys().any(|t| {
                    t.schema == renamed.schema && t.name.eq_ignore_ascii_case(&renamed.name)
                });
                self.check_new_name(&renamed.name)?;
                if taken {
                    return Err(format!(
                        "there is already another table or index with this name: {}",
                        renamed.name
                    )
                    .into());
                }
                structure::rename_table(catalog, table, renamed);
                Ok(())
            }
            other => Err(format!("ALTER TABLE ... {other} is not supported for sqlite").into()),
        }
    }

    fn create_index(
        &self,
        catalog: &mut Catalog,
        index: IndexDraft<'_>,
        statement_text: &str,
    ) -> ApplyResult {
        let name = index.name.ok_or("an index needs a name in SQLite")?;
        // sqlite_master keeps the statement text, which reflection re-reads for
        // a partial index's predicate.
        let mut dialect_options = indexmap::IndexMap::new();
        let stored = statement_text.trim().trim_end_matches(';').trim_end();
        dialect_options.insert(String::from("sql"), stored.to_string());
        let table = catalog
            .tables
            .get_mut(&index.table)
            .ok_or_else(|| format!("no such table: {}", index.table))?;
        for term in index
            .columns
            .iter()
            .filter_map(|c| match c {
                IndexColumnDraft::Expression(e) => Some(*e),
                IndexColumnDraft::Column(_) => None,
            })
            .chain(index.predicate)
        {
            index_terms::check(table, term)?;
        }
        let elements = index
            .columns
            .iter()
            .map(|c| match c {
                IndexColumnDraft::Column(name) => IndexElement::Column(name.clone()),
                IndexColumnDraft::Expression(e) => IndexElement::Expression(e.to_string()),
            })
            .collect();
        super::push_compact(
            &mut table.indexes,
            Index {
                name,
                elements,
                unique: index.unique,
                predicate: index.predicate.map(|p| p.to_string()),
                prefix: None,
                dialect_options,
                ..Default::default()
            },
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unquote_name_never_cuts_a_character() {
        assert_eq!(unquote_name("\"a\"\"b\""), "a\"b");
        assert_eq!(unquote_name("[x y]"), "x y");
        assert_eq!(unquote_name("\"é"), "é");
        assert_eq!(unquote_name("[表"), "表");
        assert_eq!(unquote_name("'"), "'");
        assert_eq!(unquote_name("é"), "é");
    }

    #[test]
    fn type_arguments_are_one_or_two_signed_numbers() {
        use super::type_arguments_error as error;
        for fine in ["10", " 10 , 2 ", "+5", "-1.5e3", "0x1F", ".5", "1.", "- 3"] {
            assert_eq!(error(fine), None, "{fine}");
        }
        for (bad, near) in [
            ("", ")"),
            ("'x','y'", "'x'"),
            ("x", "x"),
            ("1,2,3", ","),
            ("1,", ","),
            ("١", "١"),
            ("--1", "-"),
        ] {
            assert_eq!(error(bad).as_deref(), Some(near), "{bad}");
        }
    }

    #[test]
    fn reads_declared_types_and_defaults_as_written() {
        let columns = column_texts(
            "CREATE TABLE t (a NUMERIC( 10 ,  2 ), b DOUBLE   PRECISION NOT NULL, \
             c varchar(5) default ( datetime('now') ), d default -1, e int default 'x''y', \
             f text DEFAULT CURRENT_TIMESTAMP, \"g h\" bool default true, i, j blob DEFAULT X'00', \
             CONSTRAINT pk PRIMARY KEY (a), UNIQUE (b))",
        );
        let got: Vec<(&str, &str, Option<&str>)> = columns
            .iter()
            .map(|c| {
                (
                    c.name.as_str(),
                    c.declared_type.as_str(),
                    c.default.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("a", "NUMERIC( 10 ,  2 )", None),
                ("b", "DOUBLE   PRECISION", None),
                ("c", "varchar(5)", Some("datetime('now')")),
                ("d", "", Some("-1")),
                ("e", "int", Some("'x''y'")),
                ("f", "text", Some("CURRENT_TIMESTAMP")),
                ("g h", "bool", Some("true")),
                ("i", "", None),
                ("j", "blob", Some("X'00'")),
            ]
        );
        let numbers = column_texts(
            "CREATE TABLE t (a DEFAULT .5, b DEFAULT -.5, c DEFAULT 1e-5, d DEFAULT -2.5E+3)",
        );
        let defaults: Vec<Option<&str>> = numbers.iter().map(|c| c.default.as_deref()).collect();
        assert_eq!(
            defaults,
            [Some(".5"), Some("-.5"), Some("1e-5"), Some("-2.5E+3")]
        );
    }

    #[test]
    fn sqlite_names_are_reserved() {
        use crate::catalog::apply::build_catalog;
        use crate::parse::parse_script;
        let sql = "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);\n\
                   CREATE TABLE sqlite_sequence(name,seq);\n\
                   CREATE TABLE IF NOT EXISTS SQLITE_x (a);\n\
                   CREATE VIEW sqlite_v AS SELECT 1 AS one;\n\
                   CREATE INDEX sqlite_i ON t (id);\n\
                   ALTER TABLE t RENAME TO sqlite_t;\n";
        let (statements, _) = parse_script(0, sql, Dialect::Sqlite);
        let (catalog, warnings) = build_catalog(Dialect::Sqlite, &statements, &[sql]);
        // The sqlite_sequence line of a `.schema` dump describes the table
        // AUTOINCREMENT made: accepted silently; the others are refused.
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(warnings
            .iter()
            .all(|w| w.message.contains("reserved for internal use")));
        let names: Vec<&str> = catalog.tables.keys().map(|k| k.name.as_str()).collect();
        assert_eq!(names, ["t"]);
        assert!(catalog.tables[0].indexes.is_empty());
    }

    #[test]
    fn result_column_names_are_settled_as_sqlite_does() {
        let mut columns: Vec<Column> = ["id", "ID", "id", "x:3", "x:", "x", "true", ":7", ":7"]
            .iter()
            .map(|n| Column::new(n.to_string(), SqlType::default()))
            .collect();
        assert!(SqliteRules
            .settle_select_names(&mut columns, &[], true)
            .is_empty());
        let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            ["id", "ID:1", "id:2", "x:3", "x:", "x", "column7", ":7", ":1"]
        );
        let mut six: Vec<Column> = (0..6)
            .map(|_| Column::new(String::from("a"), SqlType::default()))
            .collect();
        assert_eq!(
            SqliteRules.settle_select_names(&mut six, &[], true),
            vec![String::from("a (printed as a:5)")]
        );
    }

    #[test]
    fn generates_create_table_as_statements_as_sqlite_does() {
        // Checked against SQLite 3.40's sqlite_master.
        assert_eq!(
            generated_create_table(
                "select",
                &[(String::from("group"), "TEXT"), (String::from("n"), "")]
            ),
            "CREATE TABLE \"select\"(\"group\" TEXT,n)"
        );
        assert_eq!(
            generated_create_table(
                "long_table_name_for_layout",
                &[
                    (String::from("identifier_one"), "INT"),
                    (String::from("identifier_two"), "TEXT")
                ]
            ),
            "CREATE TABLE long_table_name_for_layout(\n  identifier_one INT,\n  identifier_two TEXT\n)"
        );
        assert_eq!(affinity_type("POINT"), "INT");
        assert_eq!(affinity_type("DATETIME"), "NUM");
        assert_eq!(affinity_type("FLOAT"), "REAL");
        assert_eq!(affinity_type(""), "");
    }

    #[test]
    fn stores_the_create_statement_as_sqlite_does() {
        assert_eq!(
            stored_create_sql("create table if not exists t (x int);"),
            "CREATE TABLE t (x int)"
        );
        assert!(without_rowid(
            "CREATE TABLE t (k TEXT PRIMARY KEY) WITHOUT ROWID"
        ));
        assert!(!without_rowid("CREATE TABLE t (k TEXT PRIMARY KEY)"));
        assert!(without_rowid(
            "CREATE TABLE t(k INT PRIMARY KEY)WITHOUT\n  ROWID"
        ));
        assert!(without_rowid(
            "CREATE TABLE t(k INT PRIMARY KEY) STRICT, WITHOUT ROWID"
        ));
        assert!(without_rowid(
            "CREATE TABLE t(k INT PRIMARY KEY) WITHOUT /* c */ RowId"
        ));
        assert!(!without_rowid(
            "CREATE TABLE t(k INT PRIMARY KEY, c INT CHECK (c < 2)) STRICT"
        ));
        assert_eq!(
            added_column_text("ALTER TABLE a ADD COLUMN age INTEGER NOT NULL DEFAULT 0;"),
            Some("age INTEGER NOT NULL DEFAULT 0")
        );
    }
}
