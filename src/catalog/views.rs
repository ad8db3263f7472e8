//! What a view depends on: the tables and views its query reads (in any FROM
//! clause, subqueries and CTEs included), the columns of those it uses, and
//! the functions it calls. A server that records dependencies (PostgreSQL)
//! drops a view with what it depends on only under `CASCADE`.
//!
//! Subqueries inside expressions are found in the statement's tokens (every
//! parenthesised `SELECT` or `WITH`) and parsed on their own, so that only FROM
//! clauses need walking.

use std::collections::HashSet;

use sqlparser::ast::{Ident, Query, SetExpr, TableFactor};
use sqlparser::dialect::{Dialect as SqlDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer};

use super::rules::ServerRules;
use super::{Catalog, QualifiedName, ViewDefinition};
use crate::dialect::Dialect;

pub(super) fn parser_dialect(dialect: Dialect) -> Box<dyn SqlDialect> {
    match dialect {
        Dialect::PostgreSql => Box::new(PostgreSqlDialect {}),
        Dialect::MySql => Box::new(MySqlDialect {}),
        Dialect::Sqlite => Box::new(SQLiteDialect {}),
    }
}

/// The dependencies of a view defined by `query` (the statement is `text`).
pub fn view_definition(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    query: &Query,
    text: &str,
) -> ViewDefinition {
    let dialect = parser_dialect(rules.dialect());
    let tokens = Tokenizer::new(&*dialect, text)
        .tokenize()
        .unwrap_or_default();
    let significant: Vec<(usize, &Token)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| !matches!(t, Token::Whitespace(_)))
        .collect();

    // The query itself and every parenthesised subquery in it.
    let mut queries: Vec<Query> = Vec::new();
    for (at, window) in significant.windows(2).enumerate() {
        let (start, first) = window[0];
        let (_, second) = window[1];
        let opens_query = matches!(first, Token::LParen)
            && matches!(second, Token::Word(w) if w.quote_style.is_none()
                && matches!(w.keyword, Keyword::SELECT | Keyword::WITH));
        if !opens_query {
            continue;
        }
        let mut depth = 0usize;
        let mut end = None;
        for &(i, token) in &significant[at..] {
            match token {
                Token::LParen => depth += 1,
                Token::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else { continue };
        let inner: String = tokens[start + 1..end]
            .iter()
            .map(|t| t.to_string())
            .collect();
        if let Ok(parsed) = crate::parse::sql_parser(&*dialect)
            .try_with_sql(&inner)
            .and_then(|mut p| p.parse_query())
        {
            queries.push(*parsed);
        }
    }

    let mut walker = FromWalker {
        rules,
        catalog,
        relations: Vec::new(),
        ctes: HashSet::new(),
        aliases: Vec::new(),
        derived: Vec::new(),
    };
    walker.query(query);
    for q in &queries {
        walker.query(q);
    }
    let FromWalker {
        relations,
        mut ctes,
        aliases,
        derived,
        ..
    } = walker;
    let mut definition = ViewDefinition::default();
    for (written, name, function) in relations {
        let is_cte = written.schema.is_none() && ctes.contains(&written.name);
        if is_cte {
            continue;
        }
        if catalog.tables.contains_key(&name) {
            if !definition.relations.contains(&name) {
                definition.relations.push(name);
            }
        } else if !function
            && !catalog.sequences.contains_key(&name)
            && !definition.unresolved.contains(&written)
        {
            definition.unresolved.push(written);
        }
    }

    // Identifiers used, whether a `*` picks whole rows, and calls.
    let mut identifiers: HashSet<String> = HashSet::new();
    let mut star = false;
    for (at, &(_, token)) in significant.iter().enumerate() {
        match token {
            Token::Word(word) => {
                let ident = Ident {
                    value: word.value.clone(),
                    quote_style: word.quote_style,
                    span: sqlparser::tokenizer::Span::empty(),
                };
                let name = rules.fold_ident(&ident);
                let calls = matches!(significant.get(at + 1), Some((_, Token::LParen)));
                if calls
                    && catalog.functions.iter().any(|f| f.name.name == name)
                    && !definition.functions.contains(&name)
                {
                    definition.functions.push(name.clone());
                }
                identifiers.insert(name);
            }
            Token::Mul => {
                let previous = at.checked_sub(1).map(|i| significant[i].1);
                star |= match previous {
                    Some(Token::Period) | Some(Token::Comma) => true,
                    Some(Token::Word(w)) => {
                        w.quote_style.is_none()
                            && matches!(w.keyword, Keyword::SELECT | Keyword::DISTINCT)
                    }
                    _ => false,
                };
            }
            _ => {}
        }
    }
    for relation in &definition.relations {
        if let Some(table) = catalog.tables.get(relation) {
            for column in &table.columns {
                if star || identifiers.contains(&column.name) {
                    definition
                        .columns
                        .push((relation.clone(), column.name.clone()));
                }
            }
        }
    }
    ctes.extend(derived);
    definition.reads = certain_reads(
        rules,
        catalog,
        &definition.relations,
        &aliases,
        &ctes,
        &significant,
    );
    definition
}

/// The columns a view's text certainly reads (see [`ViewDefinition::reads`]):
/// `q.c` and `q.*` where `q` is one of its relations or an alias of one,
/// a bare `c` (not a name it gives: an alias, a CTE) that only one of its
/// relations has, and a bare `*` (every column of every relation then).
fn certain_reads(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    relations: &[QualifiedName],
    aliases: &[(String, QualifiedName)],
    ctes: &HashSet<String>,
    significant: &[(usize, &Token)],
) -> Vec<(QualifiedName, String)> {
    let ident = |token: &Token| match token {
        Token::Word(w) => Some(rules.fold_ident(&Ident {
            value: w.value.clone(),
            quote_style: w.quote_style,
            span: sqlparser::tokenizer::Span::empty(),
        })),
        _ => None,
    };
    let keyword = |token: Option<&Token>, keyword: Keyword| matches!(token, Some(Token::Word(w)) if w.quote_style.is_none() && w.keyword == keyword);
    let columns_of = |relation: &QualifiedName| -> Vec<String> {
        catalog
            .tables
            .get(relation)
            .map(|t| t.columns.iter().map(|c| c.name.clone()).collect())
            .unwrap_or_default()
    };
    let has = |relation: &QualifiedName, column: &str| {
        columns_of(relation)
            .iter()
            .any(|c| c.eq_ignore_ascii_case(column))
    };
    let relation_named = |q: &str| -> Option<&QualifiedName> {
        aliases
            .iter()
            .find(|(alias, _)| alias.eq_ignore_ascii_case(q))
            .map(|(_, r)| r)
            .or_else(|| relations.iter().find(|r| r.name == q))
    };
    // The query: from its first SELECT or WITH (the view's name and column
    // list come before).
    let start = significant
        .iter()
        .position(|(_, t)| keyword(Some(t), Keyword::SELECT) || keyword(Some(t), Keyword::WITH))
        .unwrap_or(significant.len());
    let significant = &significant[start..];
    // Names the view gives: aliases of relations and of result columns, CTEs.
    let mut given: Vec<String> = aliases.iter().map(|(a, _)| a.clone()).collect();
    given.extend(ctes.iter().cloned());
    for (at, &(_, token)) in significant.iter().enumerate() {
        if keyword(Some(token), Keyword::AS) {
            if let Some(name) = significant.get(at + 1).and_then(|(_, t)| ident(t)) {
                given.push(name);
            }
        }
    }
    let mut reads: Vec<(QualifiedName, String)> = Vec::new();
    let mut add = |relation: &QualifiedName, column: String| {
        if !reads
            .iter()
            .any(|(r, c)| r == relation && c.eq_ignore_ascii_case(&column))
        {
            reads.push((relation.clone(), column));
        }
    };
    for (at, &(_, token)) in significant.iter().enumerate() {
        let previous = at.checked_sub(1).map(|i| significant[i].1);
        let next = significant.get(at + 1).map(|(_, t)| *t);
        match token {
            Token::Period => {
                let (Some(q), Some(after)) = (previous.and_then(ident), next) else {
                    continue;
                };
                // `schema.table.column`: the middle word qualifies.
                if matches!(
                    significant.get(at + 3).map(|(_, t)| *t),
                    Some(Token::Period)
                ) && ident(after).is_some()
                {
                    continue;
                }
                let Some(relation) = relation_named(&q) else {
                    continue;
                };
                match after {
                    Token::Mul => {
                        for column in columns_of(relation) {
                            add(relation, column);
                        }
                    }
                    other => {
                        if let Some(column) = ident(other).filter(|c| has(relation, c)) {
                            add(relation, column);
                        }
                    }
                }
            }
            Token::Mul => {
                let bare = match previous {
                    Some(Token::Comma) => true,
                    Some(Token::Word(w)) => {
                        w.quote_style.is_none()
                            && matches!(w.keyword, Keyword::SELECT | Keyword::DISTINCT)
                    }
                    _ => false,
                };
                if bare {
                    for relation in relations {
                        for column in columns_of(relation) {
                            add(relation, column);
                        }
                    }
                }
            }
            Token::Word(_) => {
                let Some(name) = ident(token) else { continue };
                if matches!(previous, Some(Token::Period))
                    || keyword(previous, Keyword::AS)
                    || matches!(next, Some(Token::Period) | Some(Token::LParen))
                    || given.iter().any(|g| g.eq_ignore_ascii_case(&name))
                {
                    continue;
                }
                let mut owners = relations.iter().filter(|r| has(r, &name));
                if let (Some(owner), None) = (owners.next(), owners.next()) {
                    add(owner, name);
                }
            }
            _ => {}
        }
    }
    reads
}

/// Collects the names in FROM clauses and the names of CTEs.
struct FromWalker<'r> {
    rules: &'r dyn ServerRules,
    catalog: &'r Catalog,
    /// Each relation named, as written and as the session resolves it, and
    /// whether it is a table function's name (`FROM f(...)`).
    relations: Vec<(QualifiedName, QualifiedName, bool)>,
    ctes: HashSet<String>,
    /// Aliases of relations (`FROM t AS a`), with the relation resolved.
    aliases: Vec<(String, QualifiedName)>,
    /// Aliases of derived tables (`FROM (SELECT ...) AS d`).
    derived: Vec<String>,
}

impl FromWalker<'_> {
    fn query(&mut self, query: &Query) {
        if let Some(with) = &query.with {
            for cte in &with.cte_tables {
                self.ctes.insert(self.rules.fold_ident(&cte.alias.name));
                self.query(&cte.query);
            }
        }
        self.set_expr(&query.body);
    }

    fn set_expr(&mut self, body: &SetExpr) {
        match body {
            SetExpr::Select(select) => {
                for from in &select.from {
                    self.factor(&from.relation);
                    for join in &from.joins {
                        self.factor(&join.relation);
                    }
                }
            }
            SetExpr::Query(query) => self.query(query),
            SetExpr::SetOperation { left, right, .. } => {
                self.set_expr(left);
                self.set_expr(right);
            }
            _ => {}
        }
    }

    fn factor(&mut self, factor: &TableFactor) {
        match factor {
            TableFactor::Table {
                name, args, alias, ..
            } => {
                let resolved = self.rules.lookup_name(self.catalog, name);
                if let Some(alias) = alias {
                    self.aliases
                        .push((self.rules.fold_ident(&alias.name), resolved.clone()));
                }
                self.relations
                    .push((self.rules.qualified_name(name), resolved, args.is_some()));
            }
            TableFactor::Derived {
                subquery, alias, ..
            } => {
                // A derived table's alias is a name the view gives.
                if let Some(alias) = alias {
                    self.derived.push(self.rules.fold_ident(&alias.name));
                }
                self.query(subquery)
            }
            TableFactor::NestedJoin {
                table_with_joins, ..
            } => {
                self.factor(&table_with_joins.relation);
                for join in &table_with_joins.joins {
                    self.factor(&join.relation);
                }
            }
            _ => {}
        }
    }
}

/// The `qualifier.column` references in an expression, in order.
pub fn qualified_references(
    rules: &dyn ServerRules,
    expr: &sqlparser::ast::Expr,
) -> Vec<(String, String)> {
    let dialect = parser_dialect(rules.dialect());
    let text = expr.to_string();
    let tokens: Vec<Token> = Tokenizer::new(&*dialect, &text)
        .tokenize()
        .unwrap_or_default()
        .into_iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let ident = |token: &Token| match token {
        Token::Word(w) => Some(rules.fold_ident(&Ident {
            value: w.value.clone(),
            quote_style: w.quote_style,
            span: sqlparser::tokenizer::Span::empty(),
        })),
        _ => None,
    };
    let mut out = Vec::new();
    for window in tokens.windows(3) {
        if !matches!(window[1], Token::Period) {
            continue;
        }
        if let (Some(qualifier), Some(column)) = (ident(&window[0]), ident(&window[2])) {
            if !out.contains(&(qualifier.clone(), column.clone())) {
                out.push((qualifier, column));
            }
        }
    }
    out
}

/// The views that depend on any of `names`, directly or through other views,
/// in creation order.
pub fn dependent_views(catalog: &Catalog, names: &[QualifiedName]) -> Vec<QualifiedName> {
    let mut found: Vec<QualifiedName> = Vec::new();
    loop {
        let before = found.len();
        for table in catalog.tables.values() {
            let Some(view) = table.view() else { continue };
            if found.contains(&table.name) || names.contains(&table.name) {
                continue;
            }
            if view
                .relations
                .iter()
                .any(|r| names.contains(r) || found.contains(r))
            {
                found.push(table.name.clone());
            }
        }
        if found.len() == before {
            return found;
        }
    }
}

/// The items of the SELECT list whose `SELECT` keyword starts at `select`
/// (line and character column, 1-based, as sqlparser reports them) in the
/// statement `text`, each as written: from its first token to the token that
/// ends it (a comma, or what follows the list), blanks around it trimmed, as
/// SQLite names an unaliased result column (`sqlite3DbSpanDup`). `None` when
/// the position is unknown (a statement rewritten before parsing) or the list
/// cannot be found.
pub fn projection_texts(
    dialect: Dialect,
    text: &str,
    select: sqlparser::tokenizer::Location,
) -> Option<Vec<String>> {
    if select.line == 0 {
        return None;
    }
    let tokens = Tokenizer::new(&*parser_dialect(dialect), text)
        .tokenize_with_location()
        .ok()?;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |at: sqlparser::tokenizer::Location| -> Option<usize> {
        let start = *line_starts.get(usize::try_from(at.line).ok()?.checked_sub(1)?)?;
        let column = usize::try_from(at.column).ok()?.checked_sub(1)?;
        let line = &text[start..];
        Some(
            start
                + line
                    .char_indices()
                    .nth(column)
                    .map_or(line.len(), |(i, _)| i),
        )
    };
    let keyword = |token: &Token, keyword: Keyword| matches!(token, Token::Word(w) if w.keyword == keyword && w.quote_style.is_none());
    let first = tokens
        .iter()
        .position(|t| t.span.start == select && keyword(&t.token, Keyword::SELECT))?;
    let mut i = first + 1;
    let significant = |t: &Token| !matches!(t, Token::Whitespace(_));
    // DISTINCT / ALL before the list.
    while tokens.get(i).is_some_and(|t| {
        !significant(&t.token)
            || keyword(&t.token, Keyword::DISTINCT)
            || keyword(&t.token, Keyword::ALL)
    }) {
        i += 1;
    }
    let mut items = Vec::new();
    let mut item_start: Option<usize> = None;
    let mut depth = 0usize;
    let mut previous: Option<&Token> = None;
    let end = loop {
        let Some(t) = tokens.get(i) else {
            break text.len();
        };
        let token = &t.token;
        if !significant(token) {
            i += 1;
            continue;
        }
        let at = offset(t.span.start)?;
        if depth == 0 {
            let stops = [
                Keyword::FROM,
                Keyword::WHERE,
                Keyword::GROUP,
                Keyword::HAVING,
                Keyword::WINDOW,
                Keyword::ORDER,
                Keyword::LIMIT,
                Keyword::UNION,
                Keyword::EXCEPT,
                Keyword::INTERSECT,
                Keyword::INTO,
            ];
            // `a IS [NOT] DISTINCT FROM b` is an expression.
            let distinct_from = keyword(token, Keyword::FROM)
                && previous.is_some_and(|p| keyword(p, Keyword::DISTINCT));
            if matches!(token, Token::RParen | Token::SemiColon | Token::EOF)
                || (stops.iter().any(|k| keyword(token, *k)) && !distinct_from)
            {
                break at;
            }
            if matches!(token, Token::Comma) {
                items.push(text[item_start?..at].to_string());
                item_start = None;
                previous = Some(token);
                i += 1;
                continue;
            }
        }
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            _ => {}
        }
        item_start.get_or_insert(at);
        previous = Some(token);
        i += 1;
    };
    items.push(text[item_start?..end].to_string());
    // SQLite's blanks: space, tab, newline, vertical tab, form feed, return.
    let blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r');
    Some(
        items
            .into_iter()
            .map(|item| item.trim_matches(blank).to_string())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::tokenizer::Location;

    #[test]
    fn projection_items_are_cut_as_written() {
        let text = "CREATE VIEW v AS\nSELECT DISTINCT a  +  1 /* c */, f(x, (y)), b IS DISTINCT FROM c AS d,\n  'é' FROM t WHERE (SELECT 1) = 1";
        let items = projection_texts(Dialect::Sqlite, text, Location::new(2, 1)).unwrap();
        assert_eq!(
            items,
            vec![
                "a  +  1 /* c */",
                "f(x, (y))",
                "b IS DISTINCT FROM c AS d",
                "'é'"
            ]
        );
        // The inner SELECT of a subquery ends at its parenthesis.
        let text = "SELECT * FROM (SELECT x, y+1 FROM t) s";
        let items = projection_texts(Dialect::Sqlite, text, Location::new(1, 16)).unwrap();
        assert_eq!(items, vec!["x", "y+1"]);
        assert!(projection_texts(Dialect::Sqlite, text, Location::new(0, 0)).is_none());
    }

    #[test]
    fn reads_are_the_columns_the_text_names_for_certain() {
        let sql = "CREATE TABLE a (id INT, x INT, y INT, z INT);\n\
                   CREATE TABLE b (id INT, x INT, w INT);\n\
                   CREATE TABLE c (k INT, v INT);\n\
                   CREATE VIEW v AS SELECT q.x, y AS z, w total, c.* FROM a AS q \
                   JOIN b ON b.id = q.id JOIN c ON c.k = q.id ORDER BY z;\n";
        let mut builder = crate::catalog::apply::CatalogBuilder::new(Dialect::MySql);
        let (statements, _) = crate::parse::parse_script(0, sql, Dialect::MySql);
        for statement in &statements {
            builder.apply(statement, &sql);
        }
        let (catalog, _) = builder.finish(&[&sql]);
        let view = catalog.tables[&QualifiedName::new(None, String::from("v"))]
            .view()
            .cloned()
            .unwrap();
        let shown: Vec<String> = view
            .reads
            .iter()
            .map(|(r, c)| format!("{}.{c}", r.name))
            .collect();
        // `z` is a name the view gives (a's `z` is not read), `total` an
        // alias without AS that no relation has, `c.*` every column of c.
        assert_eq!(shown, ["a.x", "a.y", "b.w", "c.k", "c.v", "b.id", "a.id"]);
    }
}
