//! `CREATE VIRTUAL TABLE name USING module(arguments)` in SQLite 3.40.
//!
//! SQLite stores `CREATE VIRTUAL TABLE ` followed by the statement's text from the
//! table name (its schema left out) to the end of its last token, and hands the
//! module each argument as written: the text from its first token to its last,
//! arguments being cut at the commas outside parentheses. The module declares
//! the virtual table's columns (hidden ones, which reflection skips, left out
//! here) and creates its shadow tables with `CREATE TABLE` statements of its own,
//! whose text SQLite stores like any other. The modules of a stock SQLite build
//! are reproduced here: `fts3`, `fts4`, `fts5`, `rtree` and `rtree_i32`.

use super::{tokenize, unquote_name, TokenKind};
use crate::catalog::rules::{ApplyResult, ShadowTable, VirtualTablePlan};
use crate::catalog::{Catalog, Column, QualifiedName, SqlType, Table, TableKind};

/// What SQLite keeps of the statement: its stored text and the module's arguments.
struct ModuleCall {
    stored_sql: String,
    module: String,
    args: Vec<String>,
}

fn read_statement(text: &str) -> Option<ModuleCall> {
    let text = text.trim().trim_end_matches(';').trim_end();
    let tokens = tokenize(text);
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| text[t.start..t.end].to_ascii_uppercase())
    };
    let table = (0..tokens.len()).find(|&i| word(i).as_deref() == Some("TABLE"))?;
    let mut first = table + 1;
    if word(first).as_deref() == Some("IF") {
        first += 3;
    }
    let using = (first..tokens.len()).find(|&i| word(i).as_deref() == Some("USING"))?;
    if using == first {
        return None;
    }
    // The stored text starts at the last part of the name (`main.t` is one word).
    let last = tokens[using - 1];
    let start = if tokens[using - 1].kind == TokenKind::Word {
        text[last.start..last.end]
            .rfind('.')
            .map_or(last.start, |dot| last.start + dot + 1)
    } else {
        last.start
    };
    let module = tokens.get(using + 1)?;
    let module = unquote_name(&text[module.start..module.end]);
    let end = tokens.last()?.end;
    let stored_sql = format!("CREATE VIRTUAL TABLE {}", &text[start..end]);
    let mut args = Vec::new();
    let open_at = using + 2;
    if tokens
        .get(open_at)
        .is_some_and(|t| t.kind == TokenKind::Open)
    {
        let mut depth = 0usize;
        let mut arg: Option<(usize, usize)> = None;
        for t in &tokens[open_at + 1..] {
            match t.kind {
                TokenKind::Close if depth == 0 => break,
                TokenKind::Comma if depth == 0 => {
                    if let Some((s, e)) = arg.take() {
                        args.push(text[s..e].to_string());
                    }
                    continue;
                }
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth -= 1,
                _ => {}
            }
            arg = Some((arg.map_or(t.start, |(s, _)| s), t.end));
        }
        if let Some((s, e)) = arg {
            args.push(text[s..e].to_string());
        }
    }
    Some(ModuleCall {
        stored_sql,
        module,
        args,
    })
}

/// The virtual table and the shadow tables `module` makes of the statement.
pub fn plan(
    catalog: &Catalog,
    name: &QualifiedName,
    module: &str,
    statement_text: &str,
) -> ApplyResult<VirtualTablePlan> {
    let call = read_statement(statement_text).ok_or("cannot read CREATE VIRTUAL TABLE")?;
    module_plan(catalog, name, module, call)
}

/// A virtual table whose row the sqlite3 shell's `.dump` writes straight into
/// `sqlite_schema` (under `PRAGMA writable_schema=ON`): the stored text is the
/// row's, and the module only connects to it, declaring its columns; the
/// shadow tables come from the dump's own `CREATE TABLE IF NOT EXISTS` lines
/// (the plan names them, for DROP TABLE).
pub fn connected(
    catalog: &Catalog,
    name: &QualifiedName,
    stored_sql: &str,
) -> ApplyResult<VirtualTablePlan> {
    let mut call = read_statement(stored_sql).ok_or("cannot read CREATE VIRTUAL TABLE")?;
    call.stored_sql = stored_sql.to_string();
    let module = call.module.clone();
    module_plan(catalog, name, &module, call)
}

fn module_plan(
    catalog: &Catalog,
    name: &QualifiedName,
    module: &str,
    call: ModuleCall,
) -> ApplyResult<VirtualTablePlan> {
    let (columns, shadows) = match module.to_ascii_lowercase().as_str() {
        "fts3" => fts3(catalog, name, false, &call.args)?,
        "fts4" => fts3(catalog, name, true, &call.args)?,
        "fts5" => fts5(name, &call.args)?,
        "rtree" => rtree(name, "REAL", &call.args)?,
        "rtree_i32" => rtree(name, "INT", &call.args)?,
        other => {
            return Err(format!(
                "virtual table module {other} is not supported: the table and the \
                 tables its module creates are missing"
            )
            .into())
        }
    };
    let mut table = Table::new(name.clone(), TableKind::Table);
    table.stored_sql = Some(call.stored_sql);
    table.columns = columns
        .into_iter()
        .map(|(column, declared)| Column::new(column, SqlType::named(declared)))
        .collect();
    let shadow_tables = shadows
        .into_iter()
        .map(|(suffix, stored_sql, parse_sql)| ShadowTable {
            name: QualifiedName::new(name.schema.clone(), format!("{}_{suffix}", name.name)),
            parse_sql,
            stored_sql,
        })
        .collect();
    Ok(VirtualTablePlan {
        module: module.to_string(),
        table,
        shadow_tables,
    })
}

/// Visible columns (name, declared type) and shadow tables (suffix, stored
/// text, text for our parser).
type Made = (Vec<(String, &'static str)>, Vec<(String, String, String)>);

fn double_quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A shadow table `<table>_<suffix>`: `quote` is how the module writes its name
/// (`'` for FTS, `"` for R*Tree, which also writes no space after its commas);
/// `columns` are (plain name, rest of the definition), then the table
/// constraints and the options after the column list.
fn shadow(
    table: &str,
    suffix: &str,
    quote: char,
    columns: &[(String, &str)],
    constraints: &str,
    options: &str,
) -> (String, String, String) {
    let full = format!("{table}_{suffix}");
    let q = quote.to_string();
    let stored_name = format!("{q}{}{q}", full.replace(quote, &format!("{q}{q}")));
    let stored_columns: Vec<String> = columns
        .iter()
        .map(|(c, rest)| format!("{c}{rest}"))
        .collect();
    let parse_columns: Vec<String> = columns
        .iter()
        .map(|(c, rest)| format!("{}{rest}", double_quoted(c)))
        .collect();
    let separator = if quote == '"' { "," } else { ", " };
    let stored = format!(
        "CREATE TABLE {stored_name}({}{constraints}){options}",
        stored_columns.join(separator)
    );
    let parse = format!(
        "CREATE TABLE {}({}{constraints}){options}",
        double_quoted(&full),
        parse_columns.join(", ")
    );
    (suffix.to_string(), stored, parse)
}

/// FTS3's identifier characters (`sqlite3Fts3IsIdChar`).
fn is_fts3_id_char(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// `sqlite3Fts3Dequote`: strip one level of SQL quotes, if the text starts with one.
fn fts3_dequote(text: &str) -> String {
    let close = match text.chars().next() {
        Some('[') => ']',
        Some(q @ ('\'' | '"' | '`')) => q,
        _ => return text.to_string(),
    };
    let mut out = String::new();
    let mut chars = text[1..].chars().peekable();
    while let Some(c) = chars.next() {
        if c == close {
            if chars.peek() == Some(&close) && close != ']' {
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

/// The first token of an FTS3 column argument (`sqlite3Fts3NextToken`), dequoted.
fn fts3_column_name(arg: &str) -> String {
    let bytes = arg.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end = match b {
            b'\'' | b'"' | b'`' => {
                let mut j = i + 1;
                loop {
                    match bytes.get(j) {
                        None => break j,
                        Some(&c) if c == b => {
                            if bytes.get(j + 1) == Some(&b) {
                                j += 2;
                            } else {
                                break j + 1;
                            }
                        }
                        Some(_) => j += 1,
                    }
                }
            }
            b'[' => bytes[i..]
                .iter()
                .position(|&c| c == b']')
                .map_or(bytes.len(), |p| i + p + 1),
            b if is_fts3_id_char(b) => {
                let mut j = i + 1;
                while j < bytes.len() && is_fts3_id_char(bytes[j]) {
                    j += 1;
                }
                j
            }
            _ => {
                i += 1;
                continue;
            }
        };
        return fts3_dequote(&arg[i..end]);
    }
    String::new()
}

/// FTS3 and FTS4 (`fts3InitVtab`, `fts3CreateTables`).
fn fts3(catalog: &Catalog, name: &QualifiedName, fts4: bool, args: &[String]) -> ApplyResult<Made> {
    let mut columns: Vec<String> = Vec::new();
    let mut tokenizer = false;
    let mut no_docsize = false;
    let mut compress = None;
    let mut uncompress = None;
    let mut content: Option<String> = None;
    let mut languageid: Option<String> = None;
    let mut notindexed: Vec<String> = Vec::new();
    for arg in args {
        let bytes = arg.as_bytes();
        if !tokenizer
            && bytes.len() > 8
            && bytes[..8].eq_ignore_ascii_case(b"tokenize")
            && !is_fts3_id_char(bytes[8])
        {
            tokenizer = true;
        } else if let (true, Some(eq)) = (fts4, arg.find('=')) {
            let key = &arg[..eq];
            let value = fts3_dequote(&arg[eq + 1..]);
            match key.to_ascii_lowercase().as_str() {
                "matchinfo" => {
                    if !value.eq_ignore_ascii_case("fts3") {
                        return Err(format!("unrecognized matchinfo: {value}").into());
                    }
                    no_docsize = true;
                }
                "prefix" => {}
                "compress" => compress = Some(value),
                "uncompress" => uncompress = Some(value),
                "order" => {
                    if !value.eq_ignore_ascii_case("asc") && !value.eq_ignore_ascii_case("desc") {
                        return Err(format!("unrecognized order: {value}").into());
                    }
                }
                "content" => content = Some(value),
                "languageid" => languageid = Some(value),
                "notindexed" => notindexed.push(value),
                _ => return Err(format!("unrecognized parameter: {arg}").into()),
            }
        } else {
            columns.push(fts3_column_name(arg));
        }
    }
    if let Some(source) = &content {
        compress = None;
        uncompress = None;
        if columns.is_empty() {
            // The columns of the content table, as `SELECT *` names them.
            let table = catalog
                .tables
                .values()
                .find(|t| t.name.schema == name.schema && t.name.name.eq_ignore_ascii_case(source))
                .ok_or_else(|| format!("no such table: main.{source}"))?;
            columns = table.columns.iter().map(|c| c.name.clone()).collect();
            if let Some(languageid) = &languageid {
                if let Some(at) = columns
                    .iter()
                    .position(|c| c.eq_ignore_ascii_case(languageid))
                {
                    columns.remove(at);
                }
            }
        }
    }
    if columns.is_empty() {
        columns.push(String::from("content"));
    }
    for column in &notindexed {
        if !columns.iter().any(|c| c.eq_ignore_ascii_case(column)) {
            return Err(format!("no such column: {column}").into());
        }
    }
    if compress.is_some() != uncompress.is_some() {
        let missing = if compress.is_none() {
            "compress"
        } else {
            "uncompress"
        };
        return Err(format!("missing {missing} parameter in fts4 constructor").into());
    }
    let table = name.name.as_str();
    let mut shadows = Vec::new();
    if content.is_none() {
        shadows.push(fts_content_shadow(table, &columns, languageid.is_some()));
    }
    let blockid = [
        (String::from("blockid"), " INTEGER PRIMARY KEY"),
        (String::from("block"), " BLOB"),
    ];
    shadows.push(shadow(table, "segments", '\'', &blockid, "", ""));
    let segdir: Vec<(String, &str)> = [
        ("level", " INTEGER"),
        ("idx", " INTEGER"),
        ("start_block", " INTEGER"),
        ("leaves_end_block", " INTEGER"),
        ("end_block", " INTEGER"),
        ("root", " BLOB"),
    ]
    .into_iter()
    .map(|(c, t)| (c.to_string(), t))
    .collect();
    shadows.push(segdir_shadow(table, &segdir));
    if fts4 && !no_docsize {
        let docsize = [
            (String::from("docid"), " INTEGER PRIMARY KEY"),
            (String::from("size"), " BLOB"),
        ];
        shadows.push(shadow(table, "docsize", '\'', &docsize, "", ""));
    }
    if fts4 {
        let stat = [
            (String::from("id"), " INTEGER PRIMARY KEY"),
            (String::from("value"), " BLOB"),
        ];
        shadows.push(shadow(table, "stat", '\'', &stat, "", ""));
    }
    Ok((columns.into_iter().map(|c| (c, "")).collect(), shadows))
}

/// `%_content`: `docid`, each user column quoted with its position in front
/// (`'c0title'`), and `langid` with a `languageid=` option.
fn fts_content_shadow(table: &str, columns: &[String], langid: bool) -> (String, String, String) {
    let mut stored = vec![String::from("docid INTEGER PRIMARY KEY")];
    let mut parse = vec![String::from("\"docid\" INTEGER PRIMARY KEY")];
    for (i, column) in columns.iter().enumerate() {
        let name = format!("c{i}{column}");
        stored.push(format!("'{}'", name.replace('\'', "''")));
        parse.push(double_quoted(&name));
    }
    if langid {
        stored.push(String::from("langid"));
        parse.push(String::from("\"langid\""));
    }
    let full = format!("{table}_content");
    (
        String::from("content"),
        format!(
            "CREATE TABLE '{}'({})",
            full.replace('\'', "''"),
            stored.join(", ")
        ),
        format!(
            "CREATE TABLE {}({})",
            double_quoted(&full),
            parse.join(", ")
        ),
    )
}

/// `%_segdir`: its columns without spaces after the commas, and a composite key.
fn segdir_shadow(table: &str, columns: &[(String, &str)]) -> (String, String, String) {
    let (suffix, _, parse) = shadow(
        table,
        "segdir",
        '\'',
        columns,
        ", PRIMARY KEY(\"level\", \"idx\")",
        "",
    );
    let stored_columns: Vec<String> = columns.iter().map(|(c, t)| format!("{c}{t}")).collect();
    let stored = format!(
        "CREATE TABLE '{}_segdir'({},PRIMARY KEY(level, idx))",
        table.replace('\'', "''"),
        stored_columns.join(",")
    );
    (suffix, stored, parse)
}

/// FTS5's bareword characters (`sqlite3Fts5IsBareword`).
fn is_fts5_bareword(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_alphanumeric() || b == b'_' || b == 0x1a
}

/// `fts5ConfigGobbleWord`: a quoted word (dequoted) or a bareword, and the
/// rest of the text after it; `None` if neither is there.
fn fts5_word(text: &str) -> Option<(String, bool, &str)> {
    let bytes = text.as_bytes();
    match bytes.first()? {
        b'"' | b'\'' | b'[' | b'`' => {
            let open = bytes[0];
            let close = if open == b'[' { b']' } else { open };
            let mut out = Vec::new();
            let mut i = 1;
            while i < bytes.len() {
                if bytes[i] == close {
                    if bytes.get(i + 1) == Some(&close) {
                        out.push(close);
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                out.push(bytes[i]);
                i += 1;
            }
            Some((String::from_utf8_lossy(&out).into_owned(), true, &text[i..]))
        }
        _ => {
            let end = bytes
                .iter()
                .position(|&b| !is_fts5_bareword(b))
                .unwrap_or(bytes.len());
            (end > 0).then(|| (text[..end].to_string(), false, &text[end..]))
        }
    }
}

/// FTS5 (`sqlite3Fts5ConfigParse`, `sqlite3Fts5StorageOpen`, `sqlite3Fts5IndexOpen`).
fn fts5(name: &QualifiedName, args: &[String]) -> ApplyResult<Made> {
    let mut columns: Vec<String> = Vec::new();
    // None: content in `%_content`; Some(true): external; Some(false): none.
    let mut content: Option<bool> = None;
    let mut columnsize = true;
    for arg in args {
        let parse_error = || format!("parse error in \"{arg}\"");
        let (one, quoted, rest) = fts5_word(arg).ok_or_else(parse_error)?;
        let rest = rest.trim_start_matches(' ');
        let (option, rest) = match rest.strip_prefix('=') {
            Some(_) if quoted => return Err(parse_error().into()),
            Some(after) => (true, after.trim_start_matches(' ')),
            None => (false, rest),
        };
        let two = if rest.is_empty() {
            None
        } else {
            let (two, _, after) = fts5_word(rest).ok_or_else(parse_error)?;
            if !after.is_empty() {
                return Err(parse_error().into());
            }
            Some(two)
        };
        if option {
            let value = two.unwrap_or_default();
            let key = one.to_ascii_lowercase();
            let is = |option: &str| option.starts_with(&key);
            if is("prefix") || is("tokenize") {
            } else if is("content") {
                if content.is_some() {
                    return Err("multiple content=... directives".into());
                }
                content = Some(!value.is_empty());
            } else if is("content_rowid") {
            } else if is("columnsize") {
                columnsize = match value.as_str() {
                    "0" => false,
                    "1" => true,
                    _ => return Err("malformed columnsize=... directive".into()),
                };
            } else if is("detail") {
                let lower = value.to_ascii_lowercase();
                let matches = ["none", "full", "columns"]
                    .iter()
                    .filter(|d| d.starts_with(&lower))
                    .count();
                if matches != 1 {
                    return Err("malformed detail=... directive".into());
                }
            } else {
                return Err(format!("unrecognized option: \"{one}\"").into());
            }
        } else {
            if one.eq_ignore_ascii_case("rank") || one.eq_ignore_ascii_case("rowid") {
                return Err(format!("reserved fts5 column name: {one}").into());
            }
            if let Some(two) = two.filter(|t| !t.eq_ignore_ascii_case("unindexed")) {
                return Err(format!("unrecognized column option: {two}").into());
            }
            columns.push(one);
        }
    }
    if columns.is_empty() {
        return Err("vtable constructor failed: an fts5 table needs a column".into());
    }
    let table = name.name.as_str();
    let key = |c: &str, rest: &'static str| (c.to_string(), rest);
    let mut shadows = vec![
        shadow(
            table,
            "data",
            '\'',
            &[key("id", " INTEGER PRIMARY KEY"), key("block", " BLOB")],
            "",
            "",
        ),
        fts5_idx_shadow(table),
    ];
    if content.is_none() {
        let mut content_columns = vec![key("id", " INTEGER PRIMARY KEY")];
        content_columns.extend((0..columns.len()).map(|i| (format!("c{i}"), "")));
        shadows.push(shadow(table, "content", '\'', &content_columns, "", ""));
    }
    if columnsize {
        shadows.push(shadow(
            table,
            "docsize",
            '\'',
            &[key("id", " INTEGER PRIMARY KEY"), key("sz", " BLOB")],
            "",
            "",
        ));
    }
    shadows.push(shadow(
        table,
        "config",
        '\'',
        &[key("k", " PRIMARY KEY"), key("v", "")],
        "",
        " WITHOUT ROWID",
    ));
    Ok((columns.into_iter().map(|c| (c, "")).collect(), shadows))
}

/// `%_idx`: a composite key in a WITHOUT ROWID table.
fn fts5_idx_shadow(table: &str) -> (String, String, String) {
    let columns = [
        (String::from("segid"), ""),
        (String::from("term"), ""),
        (String::from("pgno"), ""),
    ];
    let (suffix, _, parse) = shadow(
        table,
        "idx",
        '\'',
        &columns,
        ", PRIMARY KEY(\"segid\", \"term\")",
        " WITHOUT ROWID",
    );
    let stored = format!(
        "CREATE TABLE '{}_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID",
        table.replace('\'', "''")
    );
    (suffix, stored, parse)
}

/// R*Tree (`rtreeInit`, `rtreeSqlInit`): an integer id, coordinate pairs typed
/// `coordinate`, then `+auxiliary` columns; each named by its first token.
fn rtree(name: &QualifiedName, coordinate: &'static str, args: &[String]) -> ApplyResult<Made> {
    if args.len() < 3 {
        return Err("Too few columns for an rtree table".into());
    }
    if args.len() > 100 {
        return Err("Too many columns for an rtree table".into());
    }
    let first_token = |arg: &str| {
        tokenize(arg)
            .first()
            .map(|t| unquote_name(&arg[t.start..t.end]))
            .unwrap_or_default()
    };
    let mut columns = vec![(first_token(&args[0]), "INT")];
    let mut coordinates = 0;
    let mut auxiliary = 0;
    for arg in &args[1..] {
        if let Some(aux) = arg.strip_prefix('+') {
            auxiliary += 1;
            columns.push((first_token(aux), ""));
        } else if auxiliary > 0 {
            return Err("Auxiliary rtree columns must be last".into());
        } else {
            coordinates += 1;
            columns.push((first_token(arg), coordinate));
        }
    }
    if coordinates < 2 {
        return Err("Too few columns for an rtree table".into());
    }
    if coordinates > 10 {
        return Err("Too many columns for an rtree table".into());
    }
    if coordinates % 2 == 1 {
        return Err("Wrong number of columns for an rtree table".into());
    }
    let table = name.name.as_str();
    let key = |c: &str, rest: &'static str| (c.to_string(), rest);
    let mut rowid = vec![key("rowid", " INTEGER PRIMARY KEY"), key("nodeno", "")];
    rowid.extend((0..auxiliary).map(|i| (format!("a{i}"), "")));
    let shadows = vec![
        shadow(table, "rowid", '"', &rowid, "", ""),
        shadow(
            table,
            "node",
            '"',
            &[key("nodeno", " INTEGER PRIMARY KEY"), key("data", "")],
            "",
            "",
        ),
        shadow(
            table,
            "parent",
            '"',
            &[key("nodeno", " INTEGER PRIMARY KEY"), key("parentnode", "")],
            "",
            "",
        ),
    ];
    Ok((columns, shadows))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_of(sql: &str, module: &str) -> VirtualTablePlan {
        let catalog = Catalog::new(crate::dialect::Dialect::Sqlite);
        plan(&catalog, &QualifiedName::new(None, "s"), module, sql).expect("plan")
    }

    #[test]
    fn stores_the_statement_from_the_table_name() {
        let call = read_statement(
            "create virtual table if not exists main.s /*c*/ USING fts4 ( a /* x */ TEXT, 'b' , [c d]) /* t */ ;",
        )
        .expect("read");
        assert_eq!(
            call.stored_sql,
            "CREATE VIRTUAL TABLE s /*c*/ USING fts4 ( a /* x */ TEXT, 'b' , [c d])"
        );
        assert_eq!(call.args, vec!["a /* x */ TEXT", "'b'", "[c d]"]);
    }

    #[test]
    fn fts4_shadow_tables_as_sqlite_stores_them() {
        let plan = plan_of(
            "CREATE VIRTUAL TABLE s USING fts4(a, \"it's\" x, languageid=lid)",
            "fts4",
        );
        let stored: Vec<&str> = plan
            .shadow_tables
            .iter()
            .map(|s| s.stored_sql.as_str())
            .collect();
        assert_eq!(
            stored,
            vec![
                "CREATE TABLE 's_content'(docid INTEGER PRIMARY KEY, 'c0a', 'c1it''s', langid)",
                "CREATE TABLE 's_segments'(blockid INTEGER PRIMARY KEY, block BLOB)",
                "CREATE TABLE 's_segdir'(level INTEGER,idx INTEGER,start_block INTEGER,leaves_end_block INTEGER,end_block INTEGER,root BLOB,PRIMARY KEY(level, idx))",
                "CREATE TABLE 's_docsize'(docid INTEGER PRIMARY KEY, size BLOB)",
                "CREATE TABLE 's_stat'(id INTEGER PRIMARY KEY, value BLOB)",
            ]
        );
        let columns: Vec<&str> = plan.table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(columns, vec!["a", "it's"]);
        // Arguments are cut by bytes, never inside a character.
        let plan = plan_of("CREATE VIRTUAL TABLE s USING fts4(aéééé, tokenizé)", "fts4");
        assert_eq!(plan.table.columns.len(), 2);
    }

    #[test]
    fn fts5_and_rtree_shadow_tables() {
        let plan = plan_of(
            "CREATE VIRTUAL TABLE s USING fts5(a, b UNINDEXED, columnsize=0)",
            "fts5",
        );
        let stored: Vec<&str> = plan
            .shadow_tables
            .iter()
            .map(|s| s.stored_sql.as_str())
            .collect();
        assert_eq!(
            stored,
            vec![
                "CREATE TABLE 's_data'(id INTEGER PRIMARY KEY, block BLOB)",
                "CREATE TABLE 's_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID",
                "CREATE TABLE 's_content'(id INTEGER PRIMARY KEY, c0, c1)",
                "CREATE TABLE 's_config'(k PRIMARY KEY, v) WITHOUT ROWID",
            ]
        );
        let plan = plan_of(
            "CREATE VIRTUAL TABLE s USING rtree(id, x0, x1, +\"a b\" TEXT)",
            "rtree",
        );
        assert_eq!(
            plan.shadow_tables[0].stored_sql,
            "CREATE TABLE \"s_rowid\"(rowid INTEGER PRIMARY KEY,nodeno,a0)"
        );
        let columns: Vec<(&str, &str)> = plan
            .table
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.data_type.name.as_str()))
            .collect();
        assert_eq!(
            columns,
            vec![("id", "INT"), ("x0", "REAL"), ("x1", "REAL"), ("a b", "")]
        );
    }
}
