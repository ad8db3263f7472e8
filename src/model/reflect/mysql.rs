//! MariaDB reflection: what SQLAlchemy's MySQL dialect makes of `SHOW CREATE
//! TABLE` (and of DESCRIBE for views), adapted as sqlacodegen adapts it. Integer
//! types keep their display widths and so stay `sqlalchemy.dialects.mysql`
//! classes; a type keeps its MySQL class whenever it carries something the
//! generic class cannot print (a character set, `unsigned`, a fractional-seconds
//! precision); defaults go through the same pattern SQLAlchemy matches column
//! lines with, so what it cannot read is lost the same way.

use crate::catalog::{Catalog, Column, Index, SqlType, Table, TableKind};
use crate::model::metadata::{
    MetaColumn, MetaColumnDetails, MetaConstraint, MetaForeignKey, MetaTable, PyType, SaType,
    ServerDefault, TypeKind,
};
use crate::model::pyrepr;

use super::DialectReflection;

pub struct MySqlReflection;

const MYSQL: &str = "sqlalchemy.dialects.mysql";

fn py(name: &'static str) -> PyType {
    PyType::builtin(name)
}

fn mysql(class: &'static str, python: PyType) -> SaType {
    SaType::new(class, MYSQL, python)
}

/// `charset='x', collation='y'` when the column has its own character set.
fn charset_args(t: &SqlType) -> Vec<String> {
    let mut args = Vec::new();
    if let Some(charset) = t.charset() {
        args.push(format!("charset={}", pyrepr::string(charset)));
    }
    if let Some(collation) = t.collation() {
        args.push(format!("collation={}", pyrepr::string(collation)));
    }
    args
}

/// `unsigned=True, zerofill=True` as the numeric MySQL classes take them.
fn numeric_flags(t: &SqlType) -> Vec<String> {
    let mut args = Vec::new();
    if t.unsigned {
        args.push(String::from("unsigned=True"));
    }
    if t.zerofill {
        args.push(String::from("zerofill=True"));
    }
    args
}

fn sa_type(t: &SqlType) -> SaType {
    let args = &t.args;
    let has_charset = t.charset().is_some() || t.collation().is_some();
    let flagged = t.unsigned || t.zerofill;
    let decimal = || PyType::qualified("decimal.Decimal");
    match t.name.as_str() {
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint" => {
            let class = match t.name.as_str() {
                "int" => "INTEGER",
                other => match other {
                    "tinyint" => "TINYINT",
                    "smallint" => "SMALLINT",
                    "mediumint" => "MEDIUMINT",
                    _ => "BIGINT",
                },
            };
            let mut rendered = args.clone();
            rendered.extend(numeric_flags(t));
            mysql(class, py("int"))
                .with_args(rendered)
                .with_kind(TypeKind::Integer)
        }
        "decimal" => {
            let mut rendered = args.clone();
            if flagged {
                rendered.extend(numeric_flags(t));
                mysql("DECIMAL", decimal()).with_args(rendered)
            } else {
                SaType::sqlalchemy("DECIMAL", decimal()).with_args(rendered)
            }
        }
        "float" => {
            if args.is_empty() && !flagged {
                SaType::sqlalchemy("Float", py("float"))
            } else {
                let mut rendered = args.clone();
                rendered.extend(numeric_flags(t));
                mysql("FLOAT", py("float")).with_args(rendered)
            }
        }
        "double" => {
            if args.is_empty() && !flagged {
                SaType::sqlalchemy("Double", decimal())
                    .with_args(vec![String::from("asdecimal=True")])
            } else {
                let mut rendered = args.clone();
                rendered.extend(numeric_flags(t));
                mysql("DOUBLE", decimal()).with_args(rendered)
            }
        }
        "bit" => mysql("BIT", py("object")).with_args(args.clone()),
        "char" | "varchar" => {
            let (generic, class) = if t.name == "char" {
                ("CHAR", "CHAR")
            } else {
                ("String", "VARCHAR")
            };
            if has_charset {
                let mut rendered = args.clone();
                rendered.extend(charset_args(t));
                mysql(class, py("str"))
                    .with_args(rendered)
                    .with_kind(TypeKind::String)
            } else {
                SaType::sqlalchemy(generic, py("str"))
                    .with_args(args.clone())
                    .with_kind(TypeKind::String)
            }
        }
        "tinytext" | "text" | "mediumtext" | "longtext" => {
            let class = match t.name.as_str() {
                "tinytext" => "TINYTEXT",
                "text" => "TEXT",
                "mediumtext" => "MEDIUMTEXT",
                _ => "LONGTEXT",
            };
            if has_charset {
                mysql(class, py("str"))
                    .with_args(charset_args(t))
                    .with_kind(TypeKind::String)
            } else if t.name == "text" {
                SaType::sqlalchemy("Text", py("str")).with_kind(TypeKind::String)
            } else {
                mysql(class, py("str")).with_kind(TypeKind::String)
            }
        }
        "binary" => SaType::sqlalchemy("BINARY", py("bytes")).with_args(args.clone()),
        "varbinary" => SaType::sqlalchemy("VARBINARY", py("bytes")).with_args(args.clone()),
        "blob" => SaType::sqlalchemy("LargeBinary", py("bytes")),
        "tinyblob" => mysql("TINYBLOB", py("bytes")),
        "mediumblob" => mysql("MEDIUMBLOB", py("bytes")),
        "longblob" => mysql("LONGBLOB", py("bytes")),
        "date" => SaType::sqlalchemy("Date", PyType::qualified("datetime.date")),
        "datetime" | "timestamp" | "time" => {
            let (generic, class, python) = match t.name.as_str() {
                "datetime" => (
                    "DateTime",
                    "DATETIME",
                    PyType::qualified("datetime.datetime"),
                ),
                "timestamp" => (
                    "TIMESTAMP",
                    "TIMESTAMP",
                    PyType::qualified("datetime.datetime"),
                ),
                _ => ("Time", "TIME", PyType::qualified("datetime.time")),
            };
            match args.first() {
                Some(fsp) => mysql(class, python).with_args(vec![format!("fsp={fsp}")]),
                None => SaType::sqlalchemy(generic, python),
            }
        }
        "year" => mysql("YEAR", py("object")).with_args(args.clone()),
        "enum" => {
            let values = reflected_values(t.values());
            let rendered: Vec<String> = values.iter().map(|v| pyrepr::string(v)).collect();
            // A column character set does not survive adaptation to the generic
            // Enum; ENUM(*values, **kw) renders its values only.
            let enum_type = if has_charset {
                mysql("ENUM", py("str"))
            } else {
                SaType::sqlalchemy("Enum", py("str"))
            };
            enum_type
                .with_args(rendered)
                .with_kind(TypeKind::enumeration(values, None, None))
        }
        "set" => {
            // SET(*values, **kw) renders its values only.
            let rendered: Vec<String> = reflected_values(t.values())
                .iter()
                .map(|v| pyrepr::string(v))
                .collect();
            mysql("SET", py("str")).with_args(rendered)
        }
        "uuid" => SaType::sqlalchemy("Uuid", PyType::qualified("uuid.UUID")),
        _ => SaType::new("NullType", "sqlalchemy.sql.sqltypes", py("object")),
    }
}

/// ENUM/SET values as SQLAlchemy reads them out of `SHOW CREATE TABLE`: doubled
/// quotes are undone, backslashes stay escaped (sqlacodegen undoes them only in
/// enum classes).
fn reflected_values(values: &[String]) -> Vec<String> {
    values.iter().map(|v| v.replace('\\', "\\\\")).collect()
}

/// Whether `c` belongs to the character class `[-\w.()]` of SQLAlchemy's
/// default pattern.
fn default_word_char(c: char) -> bool {
    c == '-' || c == '.' || c == '(' || c == ')' || crate::model::pychar::is_word_char(c)
}

/// How SQLAlchemy's column-line pattern reads a DEFAULT clause.
#[derive(Debug, PartialEq, Eq)]
enum DefaultClause {
    /// Read as this text (`None`: `DEFAULT NULL`).
    Read(Option<String>),
    /// The pattern could not read it: the rest of the line, COMMENT included,
    /// falls into its catch-all group and is lost.
    Unreadable,
}

/// Emulate `DEFAULT +(NULL|'...'|\(.+?\)|[-\w.()]+( +ON UPDATE [-\w.()]+)?)`
/// followed by either a space or the end of the column line.
fn read_default(text: &str) -> DefaultClause {
    let ends_clause = |rest: &str| rest.is_empty() || rest.starts_with(' ');
    if text
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("NULL"))
        && ends_clause(&text[4..])
    {
        return DefaultClause::Read(None);
    }
    if let Some(body) = text.strip_prefix('\'') {
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '\'' {
                if chars.peek().map(|(_, n)| *n) == Some('\'') {
                    chars.next();
                    continue;
                }
                let end = i + 2;
                return if ends_clause(&text[end..]) {
                    DefaultClause::Read(Some(text[..end].to_string()))
                } else {
                    DefaultClause::Unreadable
                };
            }
        }
        return DefaultClause::Unreadable;
    }
    if text.starts_with('(') {
        // Lazy `\(.+?\)`: the first `)` after at least one character that ends
        // the clause.
        for (i, c) in text.char_indices().skip(2) {
            if c == ')' && ends_clause(&text[i + 1..]) {
                return DefaultClause::Read(Some(text[..=i].to_string()));
            }
        }
    }
    let word_end = text
        .char_indices()
        .find(|(_, c)| !default_word_char(*c))
        .map_or(text.len(), |(i, _)| i);
    if word_end == 0 || !ends_clause(&text[word_end..]) {
        return DefaultClause::Unreadable;
    }
    let mut read = text[..word_end].to_string();
    if let Some(update) = text[word_end..].strip_prefix(" ON UPDATE ") {
        let end = update
            .char_indices()
            .find(|(_, c)| !default_word_char(*c))
            .map_or(update.len(), |(i, _)| i);
        if end > 0 && ends_clause(&update[end..]) {
            read.push_str(" ON UPDATE ");
            read.push_str(&update[..end]);
        }
    }
    DefaultClause::Read(Some(read))
}

impl DialectReflection for MySqlReflection {
    /// SQLAlchemy reads column, key and CHECK names out of `SHOW CREATE TABLE`
    /// without undoing its doubled backquotes (only the table name is undone).
    /// MariaDB prints a foreign key's names there without doubling them, which
    /// SQLAlchemy's pattern then cannot read: such a key is not reflected. Nor
    /// is one whose own columns hold a `)`, which ends the pattern's
    /// `\((?P<local>[^\)]+?)\) REFERENCES`.
    fn finish_table(&self, meta: &mut MetaTable) {
        let doubled = |name: &mut String| {
            if name.contains('`') {
                *name = name.replace('`', "``");
            }
        };
        let unreadable = |fk: &MetaForeignKey| {
            fk.name.as_deref().is_some_and(|n| n.contains('`'))
                || fk.referred_table.contains('`')
                || fk
                    .columns
                    .iter()
                    .chain(&fk.referred_columns)
                    .any(|c| c.contains('`'))
                || fk.columns.iter().any(|c| c.contains(')'))
        };
        meta.constraints.retain(|c| match c {
            MetaConstraint::ForeignKey(fk) => !unreadable(fk),
            _ => true,
        });
        for column in &mut meta.columns {
            doubled(&mut column.name);
        }
        for constraint in &mut meta.constraints {
            match constraint {
                MetaConstraint::PrimaryKey { columns, .. } => columns.iter_mut().for_each(doubled),
                MetaConstraint::Unique { name, columns } => {
                    name.iter_mut().for_each(doubled);
                    columns.iter_mut().for_each(doubled);
                }
                MetaConstraint::Check { name, .. } => name.iter_mut().for_each(doubled),
                MetaConstraint::ForeignKey(_) => {}
            }
        }
        for index in &mut meta.indexes {
            doubled(&mut index.name);
            index.columns.iter_mut().for_each(doubled);
        }
    }

    fn column_type(&self, _catalog: &Catalog, column: &Column) -> SaType {
        sa_type(&column.data_type)
    }

    fn column(&self, catalog: &Catalog, table: &Table, column: &Column) -> MetaColumn {
        let in_pk = table
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.contains(&column.name));
        // SQLAlchemy's pattern for a column line reads no further than an
        // `INVISIBLE` (printed after the NULL or NOT NULL) or a
        // `/*M!100301 COMPRESSED*/` (printed right after the type): the rest
        // of the line is left unread.
        let view = table.kind == TableKind::View;
        if column.compressed && !view {
            let mut bare = column.data_type.clone();
            bare.set_charset(None);
            bare.set_collation(None);
            return MetaColumn {
                name: column.name.clone(),
                sa_type: sa_type(&bare),
                nullable: true,
                primary_key: in_pk,
                autoincrement: None,
                details: None,
            };
        }
        if column.invisible && !view {
            return MetaColumn {
                name: column.name.clone(),
                sa_type: self.column_type(catalog, column),
                nullable: column.nullable,
                primary_key: in_pk,
                autoincrement: None,
                details: MetaColumnDetails {
                    server_default: column.generated().map(|generated| {
                        ServerDefault::computed(generated.expression.clone(), generated.persisted)
                    }),
                    ..MetaColumnDetails::default()
                }
                .boxed(),
            };
        }
        let sa_type = self.column_type(catalog, column);
        let mut comment = column.comment().map(str::to_string);
        let server_default = if let Some(generated) = column.generated() {
            Some(ServerDefault::computed(
                generated.expression.clone(),
                generated.persisted,
            ))
        } else if table.kind == TableKind::View {
            // Views are read through DESCRIBE, whose defaults SQLAlchemy quotes
            // (an empty one, being false, it leaves out).
            column
                .default
                .as_ref()
                .filter(|d| !d.is_empty())
                .map(|d| ServerDefault::Text(format!("'{}'", d.replace('\'', "''"))))
        } else {
            let clause = match (&column.default, column.on_update()) {
                (Some(default), Some(on_update)) => {
                    format!("{default} ON UPDATE {on_update}")
                }
                (Some(default), None) => default.clone(),
                (None, _) => String::from("NULL"),
            };
            match read_default(&clause) {
                DefaultClause::Read(text) => text.map(ServerDefault::Text),
                DefaultClause::Unreadable => {
                    comment = None;
                    None
                }
            }
        };
        MetaColumn {
            name: column.name.clone(),
            sa_type,
            // SQLAlchemy rebuilds a view's columns from DESCRIBE and tests its
            // `Null` text ("YES"/"NO") for truth, so every view column is nullable.
            nullable: column.nullable || table.kind == TableKind::View,
            primary_key: in_pk,
            autoincrement: column.autoincrement.then_some(true),
            details: MetaColumnDetails {
                server_default,
                sequence: None,
                comment: comment.map(String::into_boxed_str),
            }
            .boxed(),
        }
    }

    fn reflects_index(&self, index: &Index) -> bool {
        // `KEY k (a) IGNORED` does not match SQLAlchemy's pattern for a key
        // line, which it skips with a warning.
        !index
            .dialect_options
            .contains_key(crate::catalog::mysql::IGNORED_KEY)
    }

    fn index_kwargs(&self, index: &Index) -> Vec<(String, String)> {
        let mut kwargs = Vec::new();
        if let Some(lengths) = index.dialect_options.get("length") {
            let entries: Vec<String> = lengths
                .split(',')
                .filter_map(|entry| entry.rsplit_once('='))
                .map(|(column, length)| format!("{}: {length}", pyrepr::string(column)))
                .collect();
            kwargs.push((
                String::from("mysql_length"),
                format!("{{{}}}", entries.join(", ")),
            ));
        }
        if let Some(prefix) = &index.prefix {
            kwargs.push((String::from("mysql_prefix"), pyrepr::string(prefix)));
        }
        kwargs
    }

    fn reflected_type(&self, adapted: &SaType) -> Option<SaType> {
        let (class, package) = match adapted.class {
            "String" => ("VARCHAR", MYSQL),
            "CHAR" if adapted.package == "sqlalchemy" => ("CHAR", MYSQL),
            "Text" => ("TEXT", MYSQL),
            "DECIMAL" if adapted.package == "sqlalchemy" => ("DECIMAL", MYSQL),
            "Float" => ("FLOAT", MYSQL),
            "Double" => {
                // DOUBLE's asdecimal=True is its default.
                let mut t = adapted.as_class("DOUBLE", MYSQL);
                t.args.clear();
                return Some(t);
            }
            "Date" => ("DATE", "sqlalchemy"),
            "DateTime" => ("DATETIME", MYSQL),
            "TIMESTAMP" if adapted.package == "sqlalchemy" => ("TIMESTAMP", MYSQL),
            "Time" => ("TIME", MYSQL),
            "LargeBinary" => ("BLOB", "sqlalchemy"),
            "Uuid" => ("UUID", "sqlalchemy"),
            "Enum" => ("ENUM", MYSQL),
            _ => return None,
        };
        Some(adapted.as_class(class, package))
    }

    /// The table options SHOW CREATE TABLE prints, as SQLAlchemy keys them
    /// (`mysql_default charset`, with its space, is what it produces).
    fn table_kwargs(&self, table: &Table) -> Vec<(String, String)> {
        if table.kind == TableKind::View {
            return Vec::new();
        }
        let (charset, collation) = crate::catalog::mysql::table_charset(table);
        let engine = table
            .options
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("engine"))
            .map_or("InnoDB", |(_, v)| v.as_str());
        let mut kwargs = vec![
            (String::from("mysql_collate"), pyrepr::string(&collation)),
            (
                String::from("mysql_default charset"),
                pyrepr::string(&charset),
            ),
            (
                String::from("mysql_engine"),
                pyrepr::string(&engine_name(engine)),
            ),
        ];
        if let Some(comment) = &table.comment {
            kwargs.push((String::from("mysql_comment"), pyrepr::string(comment)));
        }
        kwargs
    }

    fn check_text(&self, sqltext: &str) -> String {
        // PyMySQL's "format" paramstyle: the compiled text escapes percent signs.
        sqltext.replace('%', "%%")
    }
}

/// The engine name as the server spells it.
fn engine_name(engine: &str) -> String {
    match engine.to_ascii_lowercase().as_str() {
        "innodb" => String::from("InnoDB"),
        "myisam" => String::from("MyISAM"),
        "memory" | "heap" => String::from("MEMORY"),
        "aria" => String::from("Aria"),
        "csv" => String::from("CSV"),
        "archive" => String::from("ARCHIVE"),
        _ => engine.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> DefaultClause {
        read_default(text)
    }

    #[test]
    fn defaults_read_as_sqlalchemy_reads_them() {
        assert_eq!(read("NULL"), DefaultClause::Read(None));
        assert_eq!(
            read("'x''y'"),
            DefaultClause::Read(Some(String::from("'x''y'")))
        );
        assert_eq!(
            read("(1 + 2)"),
            DefaultClause::Read(Some(String::from("(1 + 2)")))
        );
        assert_eq!(
            read("current_timestamp(6) ON UPDATE current_timestamp(6)"),
            DefaultClause::Read(Some(String::from(
                "current_timestamp(6) ON UPDATE current_timestamp(6)"
            )))
        );
        assert_eq!(
            read("-1.50"),
            DefaultClause::Read(Some(String::from("-1.50")))
        );
        // A function with string arguments and a bit literal are beyond the pattern.
        assert_eq!(read("concat('a','b')"), DefaultClause::Unreadable);
        assert_eq!(read("b'101'"), DefaultClause::Unreadable);
    }

    #[test]
    fn types_keep_their_mysql_class_only_when_needed() {
        let mut t = SqlType::with_args("varchar", vec![String::from("10")]);
        assert_eq!(sa_type(&t).class, "String");
        t.set_charset(Some(String::from("latin1")));
        t.set_collation(Some(String::from("latin1_swedish_ci")));
        let typed = sa_type(&t);
        assert_eq!((typed.class, typed.package), ("VARCHAR", MYSQL));
        assert_eq!(
            typed.args,
            vec!["10", "charset='latin1'", "collation='latin1_swedish_ci'"]
        );
        let int = SqlType::with_args("int", vec![String::from("11")]);
        assert_eq!(sa_type(&int).args, vec!["11"]);
        let double = SqlType::named("double");
        assert_eq!(sa_type(&double).args, vec!["asdecimal=True"]);
    }
}
