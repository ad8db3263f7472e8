//! What SQLite's `ALTER TABLE ... RENAME` does to the text of the views that
//! read the table. SQLite keeps a view as its `CREATE VIEW` text and works its
//! columns out again whenever it is read, so a view follows its tables: the
//! rename edits every reference in the view's text (`renameColumnFunc`,
//! `renameTableFunc`), and the view's columns come from the edited text (an
//! unaliased reference to a renamed column takes the new name; an expression
//! column is named by its edited text).
//!
//! - A renamed column is rewritten where the text names it as a column of the
//!   renamed table: qualified by the table's name or alias, or unqualified
//!   where no other relation the view reads has a column of that name. The new
//!   name is bare when both the old token and the new name were written bare,
//!   and double-quoted otherwise (as in the table's own text).
//! - A renamed table becomes `"new"` (always quoted) where the text names it as
//!   a relation (after `FROM`, `JOIN` or a comma of a FROM list) or as the
//!   qualifier of a column.
//!
//! References are found in the tokens, as SQLite's resolver would bind them in
//! ordinary views; aliases (`AS x`, or a name right after an expression) and
//! function names are never references.

use sqlparser::dialect::SQLiteDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

use crate::catalog::rules::TableChange;
use crate::catalog::Catalog;

/// The view's `text` once `change` is made to a table it reads.
pub fn after(catalog: &Catalog, text: &str, change: &TableChange<'_>) -> String {
    let Some(tokens) = tokens(text) else {
        return text.to_string();
    };
    let relations = relations(&tokens);
    let mut edits: Vec<(usize, String)> = Vec::new();
    match change {
        TableChange::RenameColumn {
            table,
            old,
            new,
            quoted,
        } => {
            let renamed_is = |r: &Relation| same(&r.name, &table.name);
            if !relations.iter().any(renamed_is) {
                return text.to_string();
            }
            // An unqualified name binds to the renamed table only where no
            // other relation has a column of that name.
            let others_have_it = relations.iter().filter(|r| !renamed_is(r)).any(|r| {
                catalog.tables.iter().any(|(name, t)| {
                    same(&name.name, &r.name) && t.columns.iter().any(|c| same(&c.name, old))
                })
            });
            for (i, token) in tokens.iter().enumerate() {
                let Some(word) = token.word() else { continue };
                if !same(word, old) || relations.iter().any(|r| r.tokens.contains(&i)) {
                    continue;
                }
                let before = i.checked_sub(1).map(|j| &tokens[j]);
                let after = tokens.get(i + 1);
                if matches!(after.map(|t| &t.token), Some(Token::Period | Token::LParen)) {
                    continue;
                }
                let binds = if matches!(before.map(|t| &t.token), Some(Token::Period)) {
                    // `q.old`: q is the renamed table's alias, or its name
                    // when it has none.
                    i.checked_sub(2)
                        .and_then(|j| tokens[j].word())
                        .is_some_and(|q| {
                            relations
                                .iter()
                                .filter(|r| renamed_is(r))
                                .any(|r| same(q, r.alias.as_deref().unwrap_or(&r.name)))
                        })
                } else {
                    !others_have_it && before.is_none_or(starts_a_reference)
                };
                if binds {
                    let bare = !quoted && token.bare();
                    edits.push((i, if bare { new.clone() } else { quote(new) }));
                }
            }
        }
        TableChange::RenameTable { old, new } => {
            for r in relations.iter().filter(|r| same(&r.name, &old.name)) {
                edits.push((r.name_token, quote(&new.name)));
            }
            let aliased = relations
                .iter()
                .any(|r| r.alias.as_deref().is_some_and(|a| same(a, &old.name)));
            for (i, token) in tokens.iter().enumerate() {
                let qualifies = matches!(tokens.get(i + 1).map(|t| &t.token), Some(Token::Period))
                    && !matches!(
                        i.checked_sub(1).map(|j| &tokens[j].token),
                        Some(Token::Period)
                    );
                if qualifies && !aliased && token.word().is_some_and(|w| same(w, &old.name)) {
                    // `main.old` is the relation, handled above.
                    let schema = matches!(
                        tokens.get(i + 2).and_then(|t| t.word()),
                        Some(w) if same(w, &old.name)
                    );
                    if !schema {
                        edits.push((i, quote(&new.name)));
                    }
                }
            }
        }
        TableChange::Columns { .. } => {}
    }
    if edits.is_empty() {
        return text.to_string();
    }
    edits.sort_by_key(|(i, _)| *i);
    edits.dedup_by_key(|(i, _)| *i);
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for (i, replacement) in edits {
        let token = &tokens[i];
        out.push_str(&text[at..token.start]);
        out.push_str(&replacement);
        at = token.end;
    }
    out.push_str(&text[at..]);
    out
}

/// SQLite compares names without regard to ASCII case.
fn same(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A token of the view's text, with its byte range.
struct Piece {
    token: Token,
    start: usize,
    end: usize,
}

impl Piece {
    /// The name a word token spells (quotes taken off).
    fn word(&self) -> Option<&str> {
        match &self.token {
            Token::Word(w) => Some(&w.value),
            _ => None,
        }
    }

    fn bare(&self) -> bool {
        matches!(&self.token, Token::Word(w) if w.quote_style.is_none())
    }

    /// An unquoted word, upper-cased.
    fn keyword(&self) -> Option<String> {
        match &self.token {
            Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
            _ => None,
        }
    }
}

/// The significant tokens of `text` (no blanks or comments) with byte ranges.
fn tokens(text: &str) -> Option<Vec<Piece>> {
    let spanned = Tokenizer::new(&SQLiteDialect {}, text)
        .tokenize_with_location()
        .ok()?;
    // Byte offset of each line's start; columns count characters from 1.
    let mut line_starts = vec![0usize];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let offset = |line: u64, column: u64| -> Option<usize> {
        let start = *line_starts.get(usize::try_from(line).ok()?.checked_sub(1)?)?;
        let skip = usize::try_from(column).ok()?.checked_sub(1)?;
        let rest = text.get(start..)?;
        Some(match rest.char_indices().nth(skip) {
            Some((i, _)) => start + i,
            None => text.len(),
        })
    };
    let mut pieces = Vec::new();
    for t in spanned {
        if matches!(t.token, Token::Whitespace(_) | Token::EOF) {
            continue;
        }
        let start = offset(t.span.start.line, t.span.start.column)?;
        let end = offset(t.span.end.line, t.span.end.column)?;
        if start > end || end > text.len() {
            return None;
        }
        pieces.push(Piece {
            token: t.token,
            start,
            end,
        });
    }
    Some(pieces)
}

/// A relation a FROM clause names: its name's token (the last part of a
/// qualified name), and the alias it gets.
struct Relation {
    name: String,
    name_token: usize,
    alias: Option<String>,
    /// Tokens of the reference (schema, name, alias): never column names.
    tokens: Vec<usize>,
}

/// Words that cannot be a table's alias (what may follow a FROM item).
fn ends_from_item(word: &str) -> bool {
    matches!(
        word,
        "WHERE"
            | "JOIN"
            | "LEFT"
            | "RIGHT"
            | "FULL"
            | "INNER"
            | "OUTER"
            | "CROSS"
            | "NATURAL"
            | "ON"
            | "USING"
            | "GROUP"
            | "ORDER"
            | "LIMIT"
            | "HAVING"
            | "WINDOW"
            | "UNION"
            | "EXCEPT"
            | "INTERSECT"
            | "INDEXED"
            | "NOT"
    )
}

/// Words that end a FROM list.
fn ends_from(word: &str) -> bool {
    matches!(
        word,
        "WHERE"
            | "ON"
            | "USING"
            | "GROUP"
            | "ORDER"
            | "LIMIT"
            | "HAVING"
            | "WINDOW"
            | "UNION"
            | "EXCEPT"
            | "INTERSECT"
            | "SELECT"
            | "VALUES"
    )
}

/// The relations named in the text's FROM clauses (subqueries included).
fn relations(tokens: &[Piece]) -> Vec<Relation> {
    let mut found = Vec::new();
    // Whether a FROM list is open, per parenthesis level.
    let mut in_from = vec![false];
    for (i, token) in tokens.iter().enumerate() {
        match &token.token {
            Token::LParen => in_from.push(false),
            Token::RParen if in_from.len() > 1 => {
                in_from.pop();
            }
            _ => {}
        }
        let level = in_from.len() - 1;
        if let Some(word) = token.keyword() {
            if word == "FROM" {
                in_from[level] = true;
            } else if ends_from(&word) {
                in_from[level] = false;
            }
        }
        let Some(previous) = i.checked_sub(1).map(|j| &tokens[j]) else {
            continue;
        };
        let opens = match &previous.token {
            Token::Comma => in_from[level],
            _ => matches!(previous.keyword().as_deref(), Some("FROM" | "JOIN")),
        };
        if !opens || token.word().is_none() {
            continue;
        }
        if matches!(tokens.get(i + 1).map(|t| &t.token), Some(Token::LParen)) {
            continue; // a table-valued function
        }
        let mut parts = vec![i];
        let mut last = i;
        if matches!(tokens.get(i + 1).map(|t| &t.token), Some(Token::Period))
            && tokens.get(i + 2).and_then(Piece::word).is_some()
        {
            last = i + 2;
            parts.push(last);
        }
        let mut alias = None;
        let mut next = last + 1;
        if tokens.get(next).and_then(Piece::keyword).as_deref() == Some("AS") {
            next += 1;
        }
        if let Some(candidate) = tokens.get(next).filter(|t| t.word().is_some()) {
            let is_alias = match candidate.keyword() {
                Some(word) => !ends_from_item(&word),
                None => true,
            };
            if is_alias {
                alias = candidate.word().map(str::to_string);
                parts.push(next);
            }
        }
        found.push(Relation {
            name: tokens[last].word().unwrap_or_default().to_string(),
            name_token: last,
            alias,
            tokens: parts,
        });
    }
    found
}

/// Whether a name right after `previous` is a column reference rather than
/// an alias (`x AS name`, `x name`) or a collation.
fn starts_a_reference(previous: &Piece) -> bool {
    match &previous.token {
        Token::Word(_) => matches!(
            previous.keyword().as_deref(),
            Some(
                "SELECT"
                    | "DISTINCT"
                    | "ALL"
                    | "WHERE"
                    | "AND"
                    | "OR"
                    | "NOT"
                    | "ON"
                    | "BY"
                    | "HAVING"
                    | "WHEN"
                    | "THEN"
                    | "ELSE"
                    | "CASE"
                    | "IS"
                    | "IN"
                    | "LIKE"
                    | "GLOB"
                    | "REGEXP"
                    | "MATCH"
                    | "BETWEEN"
                    | "ESCAPE"
            )
        ),
        Token::RParen
        | Token::Number(..)
        | Token::SingleQuotedString(_)
        | Token::DoubleQuotedString(_)
        | Token::Period => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::QualifiedName;

    fn renamed_column(text: &str, old: &str, new: &str) -> String {
        let table = QualifiedName::new(None, String::from("t"));
        let change = TableChange::RenameColumn {
            table: &table,
            old: old.to_string(),
            new: new.to_string(),
            quoted: false,
        };
        after(
            &Catalog::new(crate::dialect::Dialect::Sqlite),
            text,
            &change,
        )
    }

    #[test]
    fn a_renamed_column_is_renamed_where_the_view_names_it() {
        assert_eq!(
            renamed_column(
                "CREATE VIEW v AS SELECT id, a, a * 2, t.a AS x FROM t",
                "a",
                "b"
            ),
            "CREATE VIEW v AS SELECT id, b, b * 2, t.b AS x FROM t"
        );
        assert_eq!(
            renamed_column(
                "CREATE VIEW v AS SELECT s.\"a\" FROM t s WHERE a = 1",
                "a",
                "b"
            ),
            "CREATE VIEW v AS SELECT s.\"b\" FROM t s WHERE b = 1"
        );
    }

    #[test]
    fn aliases_and_functions_are_no_references() {
        assert_eq!(
            renamed_column("CREATE VIEW v AS SELECT x AS a, y a, a(x) FROM t", "a", "b"),
            "CREATE VIEW v AS SELECT x AS a, y a, a(x) FROM t"
        );
        assert_eq!(
            renamed_column(
                "CREATE VIEW v AS SELECT u.a FROM t JOIN u ON u.id = t.id",
                "a",
                "b"
            ),
            "CREATE VIEW v AS SELECT u.a FROM t JOIN u ON u.id = t.id"
        );
    }

    #[test]
    fn a_renamed_table_is_quoted_where_the_view_names_it() {
        let old = QualifiedName::new(None, String::from("t"));
        let new = QualifiedName::new(None, String::from("n"));
        let change = TableChange::RenameTable {
            old: &old,
            new: &new,
        };
        assert_eq!(
            after(
                &Catalog::new(crate::dialect::Dialect::Sqlite),
                "CREATE VIEW v AS SELECT t.a, u.b FROM t, u WHERE t.id = u.id",
                &change
            ),
            "CREATE VIEW v AS SELECT \"n\".a, u.b FROM \"n\", u WHERE \"n\".id = u.id"
        );
    }
}
