//! SQLite's structural ALTER TABLE forms: RENAME COLUMN, RENAME TO and DROP
//! COLUMN. SQLite keeps the text of every CREATE statement and edits that text
//! in place, which is what reflection reads back later:
//! - a renamed column is rewritten wherever the table's own statement, an index
//!   on it or another table's `REFERENCES` list names it; the new name is bare
//!   when both the old token and the new name were written bare, and
//!   double-quoted otherwise;
//! - a renamed table becomes `"new"` (always quoted) after `CREATE TABLE`, after
//!   every `REFERENCES` to it and after `ON` in its indexes;
//! - a dropped column's text is cut out (up to the next column, or for the last
//!   one from the comma before it up to the table constraints), after the same
//!   checks the server makes: not a key column, and named nowhere else.

use crate::catalog::rules::ApplyResult;
use crate::catalog::{Catalog, IndexElement, QualifiedName, Table, ViewsFollow};

use super::{ends_type, matching_close, starts_table_constraint, tokenize, unquote_name};
use super::{Token, TokenKind};

/// SQLite compares identifiers without regard to ASCII case.
fn same(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// `name` in double quotes, as SQLite writes a name it inserts.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Bare words that are never a column reference in a constraint or expression.
fn is_keyword(word: &str) -> bool {
    matches!(
        word.to_ascii_uppercase().as_str(),
        "NOT"
            | "NULL"
            | "AND"
            | "OR"
            | "IS"
            | "IN"
            | "LIKE"
            | "GLOB"
            | "REGEXP"
            | "BETWEEN"
            | "CASE"
            | "WHEN"
            | "THEN"
            | "ELSE"
            | "END"
            | "ESCAPE"
            | "EXISTS"
            | "CAST"
            | "AS"
            | "ISNULL"
            | "NOTNULL"
            | "PRIMARY"
            | "KEY"
            | "UNIQUE"
            | "CHECK"
            | "FOREIGN"
            | "ASC"
            | "DESC"
            | "AUTOINCREMENT"
            | "GENERATED"
            | "ALWAYS"
            | "STORED"
            | "VIRTUAL"
            | "ON"
            | "CONFLICT"
            | "REPLACE"
            | "ABORT"
            | "FAIL"
            | "IGNORE"
            | "ROLLBACK"
            | "TRUE"
            | "FALSE"
            | "WHERE"
            | "NULLS"
            | "FIRST"
            | "LAST"
    )
}

/// Words of a foreign key's tail after `REFERENCES t (cols)`.
fn is_foreign_key_clause(word: &str) -> bool {
    matches!(
        word.to_ascii_uppercase().as_str(),
        "ON" | "DELETE"
            | "UPDATE"
            | "SET"
            | "NULL"
            | "DEFAULT"
            | "CASCADE"
            | "RESTRICT"
            | "NO"
            | "ACTION"
            | "MATCH"
            | "NOT"
            | "DEFERRABLE"
            | "INITIALLY"
            | "DEFERRED"
            | "IMMEDIATE"
    )
}

/// Identifier tokens that may name a column, found in one piece of SQL.
#[derive(Default)]
struct References {
    /// Columns of the table the text belongs to (or that an index is on).
    own: Vec<usize>,
    /// Columns listed after `REFERENCES <table>`, with that table's name.
    referred: Vec<(String, usize)>,
    /// The table-name token after each `REFERENCES`.
    referred_tables: Vec<usize>,
}

fn is_identifier(text: &str, token: &Token) -> bool {
    match token.kind {
        TokenKind::QuotedName => true,
        TokenKind::Word => {
            let word = &text[token.start..token.end];
            !is_keyword(word) && !word.starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Scan `tokens[from..to]`: a constraint, a column definition's constraints or
/// an index's columns and predicate.
fn scan(text: &str, tokens: &[Token], from: usize, to: usize, found: &mut References) {
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| text[t.start..t.end].to_ascii_uppercase())
    };
    let mut i = from;
    while i < to {
        let token = tokens[i];
        match word(i).as_deref() {
            Some("REFERENCES") => {
                let Some(table) = tokens.get(i + 1).filter(|_| i + 1 < to) else {
                    return;
                };
                found.referred_tables.push(i + 1);
                let table = unquote_name(&text[table.start..table.end]);
                i += 2;
                if i < to && tokens[i].kind == TokenKind::Open {
                    let close = matching_close(tokens, i);
                    let listed = (i + 1..close).filter(|&j| is_identifier(text, &tokens[j]));
                    found.referred.extend(listed.map(|j| (table.clone(), j)));
                    i = close + 1;
                }
                while i < to && word(i).is_some_and(|w| is_foreign_key_clause(&w)) {
                    // `MATCH name`: the name is not a column.
                    i += if word(i).as_deref() == Some("MATCH") {
                        2
                    } else {
                        1
                    };
                }
                continue;
            }
            Some("COLLATE") | Some("CONSTRAINT") => {
                i += 2;
                continue;
            }
            Some("DEFAULT") => {
                // A default cannot name a column; skip it, parenthesized or not.
                i += 1;
                if i < to && tokens[i].kind == TokenKind::Open {
                    i = matching_close(tokens, i);
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        let is_call = tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Open);
        if is_identifier(text, &token) && !is_call {
            found.own.push(i);
        }
        i += 1;
    }
}

/// The top-level items (column definitions and table constraints) of a
/// stored CREATE TABLE, as token ranges, with the list's parentheses.
struct ColumnList {
    close: usize,
    items: Vec<(usize, usize)>,
}

fn column_list(tokens: &[Token]) -> Option<ColumnList> {
    // `CREATE TABLE name (`: the first parenthesis opens the list.
    let open = tokens.iter().position(|t| t.kind == TokenKind::Open)?;
    let close = matching_close(tokens, open);
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut start = open + 1;
    for (i, t) in tokens.iter().enumerate().take(close).skip(open + 1) {
        match t.kind {
            TokenKind::Open => depth += 1,
            TokenKind::Close => depth = depth.saturating_sub(1),
            TokenKind::Comma if depth == 0 => {
                items.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push((start, close));
    Some(ColumnList { close, items })
}

fn is_column_definition(text: &str, tokens: &[Token], item: (usize, usize)) -> bool {
    item.0 < item.1
        && !(tokens[item.0].kind == TokenKind::Word
            && starts_table_constraint(&text[tokens[item.0].start..tokens[item.0].end]))
}

/// The references in a stored CREATE TABLE.
fn table_references(text: &str) -> (Vec<Token>, References) {
    let tokens = tokenize(text);
    let mut found = References::default();
    if let Some(list) = column_list(&tokens) {
        for &(from, to) in &list.items {
            let mut i = from;
            if is_column_definition(text, &tokens, (from, to)) {
                found.own.push(from);
                i = after_type(text, &tokens, from + 1, to);
            }
            scan(text, &tokens, i, to, &mut found);
        }
    }
    (tokens, found)
}

/// The first token after a column's declared type.
fn after_type(text: &str, tokens: &[Token], mut i: usize, to: usize) -> usize {
    while i < to {
        let t = tokens[i];
        match t.kind {
            TokenKind::Word if !ends_type(&text[t.start..t.end]) => i += 1,
            TokenKind::QuotedName | TokenKind::Str => i += 1,
            TokenKind::Open => return matching_close(tokens, i) + 1,
            _ => break,
        }
    }
    i
}

/// The references in a stored CREATE INDEX: the table token after `ON`, then
/// the indexed columns and the predicate.
fn index_references(text: &str) -> (Vec<Token>, Option<usize>, References) {
    let tokens = tokenize(text);
    let mut found = References::default();
    let on = tokens
        .iter()
        .position(|t| t.kind == TokenKind::Word && text[t.start..t.end].eq_ignore_ascii_case("ON"));
    if let Some(on) = on {
        scan(text, &tokens, on + 2, tokens.len(), &mut found);
    }
    (tokens, on.map(|on| on + 1), found)
}

/// Replace the given tokens of `text`.
fn edit(text: &str, tokens: &[Token], mut replacements: Vec<(usize, String)>) -> String {
    replacements.sort_by_key(|(i, _)| *i);
    replacements.dedup_by_key(|(i, _)| *i);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (i, new) in replacements {
        out.push_str(&text[at..tokens[i].start]);
        out.push_str(&new);
        at = tokens[i].end;
    }
    out.push_str(&text[at..]);
    out
}

fn token_names(text: &str, token: &Token, name: &str) -> bool {
    same(&unquote_name(&text[token.start..token.end]), name)
}

/// `ALTER TABLE t RENAME [COLUMN] old TO new`; `new_quoted` says whether the
/// statement wrote the new name in quotes.
pub fn rename_column(
    catalog: &mut Catalog,
    table: &mut Table,
    old: &str,
    new: &str,
    new_quoted: bool,
) -> ApplyResult {
    let Some(column) = table.columns.iter_mut().find(|c| same(&c.name, old)) else {
        return Err(format!("no such column: \"{old}\"").into());
    };
    let old = column.name.clone();
    if !same(&old, new) && table.columns.iter().any(|c| same(&c.name, new)) {
        return Err(format!("duplicate column name: {new}").into());
    }
    table
        .columns
        .iter_mut()
        .filter(|c| c.name == old)
        .for_each(|c| c.name = new.to_string());
    table.follow_column_rename(&old, new, same);
    catalog.follow_column_rename(&table.name, &old, new, same, ViewsFollow::Renames);
    let spell = |token: &Token| {
        if !new_quoted && token.kind == TokenKind::Word {
            new.to_string()
        } else {
            quoted(new)
        }
    };
    let own_name = table.name.name.clone();
    let rename_in = |text: &str, own: bool, own_table: &str| -> String {
        let (tokens, found) = table_references(text);
        let mut replacements = Vec::new();
        if own {
            for &i in &found.own {
                if token_names(text, &tokens[i], &old) {
                    replacements.push((i, spell(&tokens[i])));
                }
            }
        }
        for (referred, i) in &found.referred {
            if same(referred, own_table) && token_names(text, &tokens[*i], &old) {
                replacements.push((*i, spell(&tokens[*i])));
            }
        }
        edit(text, &tokens, replacements)
    };
    if let Some(sql) = &table.stored_sql {
        table.stored_sql = Some(rename_in(sql, true, &own_name));
    }
    for other in catalog.tables.values_mut() {
        if let Some(sql) = &other.stored_sql {
            other.stored_sql = Some(rename_in(sql, false, &own_name));
        }
    }
    for index in &mut table.indexes {
        if let Some(sql) = index.dialect_options.get_mut("sql") {
            let (tokens, _, found) = index_references(sql);
            let replacements = found
                .own
                .iter()
                .filter(|&&i| token_names(sql, &tokens[i], &old))
                .map(|&i| (i, spell(&tokens[i])))
                .collect();
            *sql = edit(sql, &tokens, replacements);
        }
        for element in &mut index.elements {
            if let IndexElement::Expression(text) = element {
                let (tokens, found) = expression_references(text);
                let replacements = found
                    .iter()
                    .filter(|&&i| token_names(text, &tokens[i], &old))
                    .map(|&i| (i, spell(&tokens[i])))
                    .collect();
                *text = edit(text, &tokens, replacements);
            }
        }
    }
    Ok(())
}

/// Identifier tokens of a bare expression (an index element).
fn expression_references(text: &str) -> (Vec<Token>, Vec<usize>) {
    let tokens = tokenize(text);
    let mut found = References::default();
    scan(text, &tokens, 0, tokens.len(), &mut found);
    (tokens, found.own)
}

/// `ALTER TABLE old RENAME TO new`.
pub fn rename_table(catalog: &mut Catalog, table: &mut Table, renamed: QualifiedName) {
    catalog.register_name(&renamed, &super::folded_name_key(&renamed.name));
    let old = std::mem::replace(&mut table.name, renamed.clone());
    table.follow_table_rename(&old, &renamed, ViewsFollow::Renames);
    catalog.follow_table_rename(&old, &renamed, ViewsFollow::Renames);
    let new_name = quoted(&renamed.name);
    let retarget = |text: &str, own: bool| -> String {
        let (tokens, found) = table_references(text);
        let mut replacements: Vec<(usize, String)> = found
            .referred_tables
            .iter()
            .filter(|&&i| token_names(text, &tokens[i], &old.name))
            .map(|&i| (i, new_name.clone()))
            .collect();
        if own {
            // `CREATE TABLE name (`: the token before the list's parenthesis.
            if let Some(open) = tokens.iter().position(|t| t.kind == TokenKind::Open) {
                if open > 0 {
                    replacements.push((open - 1, new_name.clone()));
                }
            }
        }
        edit(text, &tokens, replacements)
    };
    if let Some(sql) = &table.stored_sql {
        table.stored_sql = Some(retarget(sql, true));
    }
    // A text that holds no spelling of the old name names no table by it,
    // and is left as it is without being tokenized: a migration that
    // rebuilds each table renames as often as there are tables, and every
    // table's text was read at each rename. (Only a name with a quote in it
    // may be spelt otherwise, its quotes doubled.)
    let may_name = |text: &str| old.name.contains(['"', '\'', '`']) || holds_name(text, &old.name);
    for other in catalog.tables.values_mut() {
        if let Some(sql) = other.stored_sql.as_deref().filter(|sql| may_name(sql)) {
            other.stored_sql = Some(retarget(sql, false));
        }
    }
    for index in &mut table.indexes {
        if let Some(sql) = index.dialect_options.get_mut("sql") {
            let (tokens, on_table, _) = index_references(sql);
            if let Some(i) = on_table.filter(|&i| i < tokens.len()) {
                *sql = edit(sql, &tokens, vec![(i, new_name.clone())]);
            }
        }
    }
    let names: Vec<String> = table.indexes.iter().map(|i| i.name.clone()).collect();
    for name in names {
        catalog.register_name(&renamed, &name);
    }
}

/// Whether `text` holds `name` (ASCII letters in any case) where a token
/// could spell it: not run on with letters, digits, `_`, `$` or non-ASCII
/// characters on either side, which would make it part of a longer name
/// (`user` in `user_id`).
fn holds_name(text: &str, name: &str) -> bool {
    let bytes = text.as_bytes();
    let in_identifier = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80)
    };
    let mut from = 0;
    while let Some(at) = crate::parse::find_ignore_ascii_case(bytes, name.as_bytes(), from) {
        let end = at + name.len();
        let starts = name.is_empty() || at == 0 || !in_identifier(at - 1);
        if starts && !in_identifier(end) {
            return true;
        }
        if at >= bytes.len() {
            return false;
        }
        from = at + 1;
    }
    false
}

/// `ALTER TABLE t DROP [COLUMN] c`.
pub fn drop_column(table: &mut Table, column: &str) -> ApplyResult {
    let position = table
        .columns
        .iter()
        .position(|c| same(&c.name, column))
        .ok_or_else(|| format!("no such column: \"{column}\""))?;
    let column = table.columns[position].name.clone();
    let in_key = |columns: &[String]| columns.iter().any(|c| same(c, &column));
    if table
        .primary_key
        .as_ref()
        .is_some_and(|pk| in_key(&pk.columns))
    {
        return Err(format!("cannot drop PRIMARY KEY column: \"{column}\"").into());
    }
    if table.uniques.iter().any(|u| in_key(&u.columns)) {
        return Err(format!("cannot drop UNIQUE column: \"{column}\"").into());
    }
    if table.columns.len() == 1 {
        return Err(format!("cannot drop column \"{column}\": no other columns exist").into());
    }
    for index in &table.indexes {
        let named = match index.dialect_options.get("sql") {
            Some(sql) => {
                let (tokens, _, found) = index_references(sql);
                found
                    .own
                    .iter()
                    .any(|&i| token_names(sql, &tokens[i], &column))
            }
            None => index.elements.iter().any(|e| match e {
                IndexElement::Column(name) => same(name, &column),
                IndexElement::Expression(_) => false,
            }),
        };
        if named {
            return Err(format!(
                "error in index {} after drop column: no such column: {column}",
                index.name
            )
            .into());
        }
    }
    let table_name = table.name.name.clone();
    if let Some(sql) = &table.stored_sql {
        let cut = cut_column(sql, &column).ok_or_else(|| {
            format!("cannot find the definition of column \"{column}\" in the stored CREATE TABLE")
        })?;
        // The server re-reads the edited statement: any other mention is an error.
        let (tokens, found) = table_references(&cut);
        let list_names_it = found
            .own
            .iter()
            .any(|&i| token_names(&cut, &tokens[i], &column))
            || found
                .referred
                .iter()
                .any(|(t, i)| same(t, &table_name) && token_names(&cut, &tokens[*i], &column));
        if list_names_it {
            return Err(format!(
                "error in table {table_name} after drop column: no such column: {column}"
            )
            .into());
        }
        table.stored_sql = Some(cut);
    }
    // What was declared on the column itself goes with its text.
    table
        .foreign_keys
        .retain(|fk| !fk.columns.iter().any(|c| same(c, &column)));
    table.checks.retain(|c| {
        let (tokens, found) = expression_references(&c.expression);
        !found
            .iter()
            .any(|&i| token_names(&c.expression, &tokens[i], &column))
    });
    table.columns.remove(position);
    Ok(())
}

/// The stored CREATE TABLE without `column`'s definition.
fn cut_column(sql: &str, column: &str) -> Option<String> {
    let tokens = tokenize(sql);
    let list = column_list(&tokens)?;
    let definitions: Vec<(usize, usize)> = list
        .items
        .iter()
        .copied()
        .filter(|&item| is_column_definition(sql, &tokens, item))
        .collect();
    let at = definitions
        .iter()
        .position(|&(from, _)| token_names(sql, &tokens[from], column))?;
    let start = tokens[definitions[at].0].start;
    match definitions.get(at + 1) {
        // Up to the next column's name.
        Some(&(next, _)) => Some(format!("{}{}", &sql[..start], &sql[tokens[next].start..])),
        // The last column: from the comma before it up to the table
        // constraints (or the closing parenthesis).
        None => {
            let end = add_column_offset_in(sql, &tokens, &list);
            let comma = sql[..start].rfind(',')?;
            Some(format!("{}{}", &sql[..comma], &sql[end..]))
        }
    }
}

/// Where SQLite adds a column's text to a stored CREATE TABLE (its
/// `addColOffset`): at the comma before the first table constraint, else at
/// the closing parenthesis of the column list.
pub fn add_column_offset(sql: &str) -> Option<usize> {
    let tokens = tokenize(sql);
    let list = column_list(&tokens)?;
    Some(add_column_offset_in(sql, &tokens, &list))
}

fn add_column_offset_in(sql: &str, tokens: &[Token], list: &ColumnList) -> usize {
    list.items
        .iter()
        .find(|&&item| !is_column_definition(sql, tokens, item) && item.0 < item.1)
        // The comma just before the constraint's first token.
        .map(|&(from, _)| tokens[from - 1].start)
        .unwrap_or(tokens[list.close].start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Column, SqlType, TableKind};

    fn table(sql: &str, columns: &[&str]) -> Table {
        let mut table = Table::new(QualifiedName::new(None, "t"), TableKind::Table);
        table.stored_sql = Some(sql.to_string());
        for c in columns {
            table.columns.push(Column::new(*c, SqlType::named("int")));
        }
        table
    }

    #[test]
    fn a_name_is_held_only_where_a_token_could_spell_it() {
        for (text, held) in [
            ("REFERENCES User(id)", true),
            ("REFERENCES \"USER\"(id)", true),
            ("REFERENCES [user]", true),
            ("REFERENCES `user`", true),
            ("user", true),
            ("REFERENCES user_id(id)", false),
            ("REFERENCES users(id)", false),
            ("REFERENCES app_user(id)", false),
            ("REFERENCES $user", false),
            ("REFERENCES éuser", false),
            ("user_x, user", true),
        ] {
            assert_eq!(holds_name(text, "user"), held, "{text}");
        }
        assert!(holds_name("REFERENCES \"é\"", "é"));
        assert!(!holds_name("REFERENCES éé", "é"));
    }

    #[test]
    fn a_renamed_table_is_renamed_in_every_text_naming_it_however_spelt() {
        for (old, spelt) in [
            ("parent", "PARENT"),
            ("parent", "[Parent]"),
            ("we\"ird", "\"WE\"\"IRD\""),
        ] {
            let mut catalog = Catalog::new(crate::dialect::Dialect::Sqlite);
            for (name, sql) in [
                (
                    "kid",
                    format!("CREATE TABLE kid (p int REFERENCES {spelt}(id))"),
                ),
                (
                    "other",
                    String::from("CREATE TABLE other (p int REFERENCES elsewhere(id))"),
                ),
            ] {
                let mut t = Table::new(QualifiedName::new(None, name), TableKind::Table);
                t.stored_sql = Some(sql);
                catalog.tables.insert(t.name.clone(), t);
            }
            let mut renamed = Table::new(QualifiedName::new(None, old), TableKind::Table);
            renamed.stored_sql = Some(format!("CREATE TABLE {spelt} (id int)"));
            rename_table(
                &mut catalog,
                &mut renamed,
                QualifiedName::new(None, "adult"),
            );
            let text = |name: &str| {
                let t = &catalog.tables[&QualifiedName::new(None, name)];
                t.stored_sql.clone().unwrap()
            };
            assert_eq!(
                text("kid"),
                "CREATE TABLE kid (p int REFERENCES \"adult\"(id))"
            );
            assert_eq!(
                text("other"),
                "CREATE TABLE other (p int REFERENCES elsewhere(id))"
            );
            assert_eq!(
                renamed.stored_sql.as_deref(),
                Some("CREATE TABLE \"adult\" (id int)")
            );
        }
    }

    #[test]
    fn renames_a_column_where_the_statement_names_it() {
        let mut catalog = Catalog::new(crate::dialect::Dialect::Sqlite);
        let mut t = table(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, \"Email\" TEXT NOT NULL DEFAULT 'email', \
             text text, CHECK (length(email) > 0), FOREIGN KEY (email) REFERENCES t(email))",
            &["id", "Email", "text"],
        );
        rename_column(&mut catalog, &mut t, "email", "mail", false).unwrap();
        assert_eq!(
            t.stored_sql.as_deref().unwrap(),
            "CREATE TABLE t (id INTEGER PRIMARY KEY, \"mail\" TEXT NOT NULL DEFAULT 'email', \
             text text, CHECK (length(mail) > 0), FOREIGN KEY (mail) REFERENCES t(mail))"
        );
        rename_column(&mut catalog, &mut t, "text", "body", false).unwrap();
        assert!(t.stored_sql.as_deref().unwrap().contains(" body text,"));
        assert_eq!(t.columns[2].name, "body");
        assert!(rename_column(&mut catalog, &mut t, "nope", "x", false).is_err());
        assert!(rename_column(&mut catalog, &mut t, "id", "BODY", false).is_err());
    }

    #[test]
    fn cuts_a_dropped_column_as_sqlite_does() {
        assert_eq!(
            cut_column("CREATE TABLE t (a int, b int CHECK (b>0), c int)", "b").unwrap(),
            "CREATE TABLE t (a int, c int)"
        );
        assert_eq!(
            cut_column("CREATE TABLE t (a int, f int, CHECK (a > 0))", "f").unwrap(),
            "CREATE TABLE t (a int, CHECK (a > 0))"
        );
        assert_eq!(
            cut_column("CREATE TABLE t (a int, c int references t(a) )", "c").unwrap(),
            "CREATE TABLE t (a int)"
        );
        assert_eq!(
            cut_column("CREATE TABLE t (a int , b int, c int)", "a").unwrap(),
            "CREATE TABLE t (b int, c int)"
        );
    }

    #[test]
    fn refuses_drops_the_server_refuses() {
        let mut t = table("CREATE TABLE t (a int, c int, CHECK (c > a))", &["a", "c"]);
        let err = drop_column(&mut t, "c").unwrap_err().0;
        assert!(err.contains("no such column: c"), "{err}");
        let mut t = table("CREATE TABLE t (a int)", &["a"]);
        assert!(drop_column(&mut t, "a").is_err());
        let mut t = table("CREATE TABLE t (a int, b int)", &["a", "b"]);
        drop_column(&mut t, "b").unwrap();
        assert_eq!(t.stored_sql.as_deref().unwrap(), "CREATE TABLE t (a int)");
        assert_eq!(t.columns.len(), 1);
    }

    #[test]
    fn finds_where_added_columns_go() {
        let sql = "CREATE TABLE t (a int , CHECK (a>0) )";
        assert_eq!(&sql[add_column_offset(sql).unwrap()..], ", CHECK (a>0) )");
        let sql = "CREATE TABLE t (a int )";
        assert_eq!(&sql[add_column_offset(sql).unwrap()..], ")");
    }
}
