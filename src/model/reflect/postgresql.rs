//! PostgreSQL reflection: `format_type` names to SQLAlchemy types as sqlacodegen
//! adapts them (`character varying(50)` → `String(50)`, `double precision` →
//! `Double(53)`, `jsonb` → `postgresql.JSONB` ...), serial and identity columns.

use crate::catalog::{Catalog, Column, Index, QualifiedName, SqlType, Table};
use crate::model::metadata::{
    ArgumentImports, MetaColumn, MetaColumnDetails, PyType, SaType, ServerDefault, TypeKind,
};

use super::DialectReflection;

pub struct PostgreSqlReflection;

const PG: &str = "sqlalchemy.dialects.postgresql";

fn py(name: &'static str) -> PyType {
    PyType::builtin(name)
}

/// Render a Python string literal the way `repr(str)` does.
pub fn py_repr(s: &str) -> String {
    crate::model::pyrepr::string(s)
}

fn element_type(catalog: &Catalog, t: &SqlType) -> SaType {
    let args = &t.args;
    let collation = t.collation().map(py_repr);
    let string_args = |length: Option<&String>| {
        let mut out = Vec::new();
        match (length, &collation) {
            (Some(l), Some(c)) => {
                out.push(l.clone());
                out.push(c.clone());
            }
            (Some(l), None) => out.push(l.clone()),
            (None, Some(c)) => out.push(format!("collation={c}")),
            (None, None) => {}
        }
        out
    };
    match t.name.as_str() {
        "integer" => SaType::sqlalchemy("Integer", py("int")).with_kind(TypeKind::Integer),
        "bigint" => SaType::sqlalchemy("BigInteger", py("int")).with_kind(TypeKind::Integer),
        "smallint" => SaType::sqlalchemy("SmallInteger", py("int")).with_kind(TypeKind::Integer),
        "character varying" => SaType::sqlalchemy("String", py("str"))
            .with_args(string_args(args.first()))
            .with_kind(TypeKind::String),
        "character" | "bpchar" => SaType::sqlalchemy("CHAR", py("str"))
            .with_args(string_args(args.first()))
            .with_kind(TypeKind::String),
        "text" => SaType::sqlalchemy("Text", py("str"))
            .with_args(string_args(None))
            .with_kind(TypeKind::String),
        "boolean" => SaType::sqlalchemy("Boolean", py("bool")),
        "numeric" => SaType::sqlalchemy("Numeric", PyType::qualified("decimal.Decimal"))
            .with_args(args.clone()),
        "real" => SaType::sqlalchemy("REAL", py("float")),
        "double precision" => {
            SaType::sqlalchemy("Double", py("float")).with_args(vec![String::from("53")])
        }
        "date" => SaType::sqlalchemy("Date", PyType::qualified("datetime.date")),
        "time without time zone"
        | "time with time zone"
        | "timestamp without time zone"
        | "timestamp with time zone" => datetime_type(&t.name, args.first()),
        name if name == "interval" || name.starts_with("interval ") => {
            // INTERVAL(precision=None, fields=None): positional until the first
            // parameter left at its default.
            let fields = name.strip_prefix("interval ");
            let mut rendered = Vec::new();
            match (args.first(), fields) {
                (Some(p), Some(f)) => rendered.extend([p.clone(), py_repr(f)]),
                (Some(p), None) => rendered.push(p.clone()),
                (None, Some(f)) => rendered.push(format!("fields={}", py_repr(f))),
                (None, None) => {}
            }
            SaType::new("INTERVAL", PG, PyType::qualified("datetime.timedelta")).with_args(rendered)
        }
        "uuid" => SaType::sqlalchemy("Uuid", PyType::qualified("uuid.UUID")),
        "json" => SaType::sqlalchemy("JSON", py("object")),
        "jsonb" => SaType::new("JSONB", PG, py("object")),
        "bytea" => SaType::sqlalchemy("LargeBinary", py("bytes")),
        "inet" => SaType::new("INET", PG, py("object")),
        "cidr" => SaType::new("CIDR", PG, py("object")),
        "macaddr" => SaType::new("MACADDR", PG, py("object")),
        "macaddr8" => SaType::new("MACADDR8", PG, py("object")),
        "money" => SaType::new("MONEY", PG, py("object")),
        "tsvector" => SaType::new("TSVECTOR", PG, py("object")),
        "oid" => SaType::new("OID", PG, py("object")),
        "int4range" => SaType::new("INT4RANGE", PG, py("object")),
        "int8range" => SaType::new("INT8RANGE", PG, py("object")),
        "numrange" => SaType::new("NUMRANGE", PG, py("object")),
        "daterange" => SaType::new("DATERANGE", PG, py("object")),
        "tsrange" => SaType::new("TSRANGE", PG, py("object")),
        "tstzrange" => SaType::new("TSTZRANGE", PG, py("object")),
        "int4multirange" => SaType::new("INT4MULTIRANGE", PG, py("object")),
        "int8multirange" => SaType::new("INT8MULTIRANGE", PG, py("object")),
        "nummultirange" => SaType::new("NUMMULTIRANGE", PG, py("object")),
        "datemultirange" => SaType::new("DATEMULTIRANGE", PG, py("object")),
        "tsmultirange" => SaType::new("TSMULTIRANGE", PG, py("object")),
        "tstzmultirange" => SaType::new("TSTZMULTIRANGE", PG, py("object")),
        "tsquery" => SaType::new("TSQUERY", PG, py("object")),
        "regconfig" => SaType::new("REGCONFIG", PG, py("object")),
        "regclass" => SaType::new("REGCLASS", PG, py("object")),
        "char" | "name" => {
            // Reflected as the generic String already: nothing to unadapt.
            let string = SaType::sqlalchemy("String", py("str")).with_kind(TypeKind::String);
            SaType {
                reflected: Some(Box::new(string.clone())),
                ..string
            }
        }
        "citext" => SaType::new("CITEXT", PG, py("str")).with_kind(TypeKind::String),
        "hstore" => {
            let mut sa =
                SaType::new("HSTORE", PG, py("object")).with_args(vec![String::from("Text()")]);
            sa.argument_imports = Some(Box::new(ArgumentImports {
                imported: Vec::new(),
                forgotten: vec![("sqlalchemy", "Text")],
            }));
            sa
        }
        "bit varying" => SaType::new(
            "BIT",
            PG,
            PyType::qualified("sqlalchemy.dialects.postgresql.bitstring.BitString"),
        )
        .with_args(match args.first() {
            Some(length) => vec![length.clone(), String::from("True")],
            None => vec![String::from("varying=True")],
        }),
        "bit" => SaType::new(
            "BIT",
            PG,
            PyType::qualified("sqlalchemy.dialects.postgresql.bitstring.BitString"),
        )
        .with_args(args.clone()),
        name => {
            let key = QualifiedName::new(t.schema().map(str::to_string), name);
            if !named_type_is_recognised(t.schema(), name) {
                return SaType::new("NullType", "sqlalchemy.sql.sqltypes", py("object"));
            }
            if let Some(e) = catalog.enums.get(&key) {
                let mut args: Vec<String> = e.values.iter().map(|v| py_repr(v)).collect();
                args.push(format!("name={}", py_repr(name)));
                return SaType::sqlalchemy("Enum", py("str"))
                    .with_args(args)
                    .with_kind(TypeKind::enumeration(
                        e.values.clone(),
                        Some(name.to_string()),
                        t.schema().map(str::to_string),
                    ));
            }
            if let Some(domain) = catalog.domains.get(&key) {
                return domain_type(catalog, t, domain);
            }
            SaType::new("NullType", "sqlalchemy.sql.sqltypes", py("object"))
        }
    }
}

/// Whether `_reflect_type` finds an enum or domain by the name `format_type`
/// prints for it: it first cuts the type's arguments, from the first `(` to
/// the last `)` of the whole text, quotes or not, so a name holding `(` and
/// then `)` (`"a(b)"`, a schema `"s(" ` with a type `"x)"`) is no longer the
/// type's name and the column is a NullType ("Did not recognize type").
fn named_type_is_recognised(schema: Option<&str>, name: &str) -> bool {
    let formatted = match schema {
        Some(schema) if schema != "public" => format!("{schema}.{name}"),
        _ => name.to_string(),
    };
    match (formatted.find('('), formatted.rfind(')')) {
        (Some(open), Some(close)) => close < open,
        _ => true,
    }
}

/// Time and timestamp types: the generic `Time`/`DateTime` unless a precision
/// is given, which only the PostgreSQL classes carry (`TIMESTAMP(True, 6)`,
/// `TIME(precision=2)`: positional until the first parameter at its default).
fn datetime_type(name: &str, precision: Option<&String>) -> SaType {
    let (generic, dialect, python) = if name.starts_with("timestamp") {
        (
            "DateTime",
            "TIMESTAMP",
            PyType::qualified("datetime.datetime"),
        )
    } else {
        ("Time", "TIME", PyType::qualified("datetime.time"))
    };
    let with_zone = name.ends_with("with time zone") && !name.ends_with("without time zone");
    match (precision, with_zone) {
        (None, false) => SaType::sqlalchemy(generic, python),
        (None, true) => SaType::sqlalchemy(generic, python).with_args(vec![String::from("True")]),
        (Some(p), false) => {
            SaType::new(dialect, PG, python).with_args(vec![format!("precision={p}")])
        }
        (Some(p), true) => {
            SaType::new(dialect, PG, python).with_args(vec![String::from("True"), p.clone()])
        }
    }
}

/// A domain as SQLAlchemy reflects it and sqlacodegen renders it:
/// `DOMAIN(name, BASE(), [collation], default=..., constraint_name=...,
/// not_null=..., check=text(...), create_type=False, schema=..., metadata=MetaData())`.
/// Arguments are positional until the first one left at its default (so a
/// collation, set for collatable base types, is the third positional one);
/// only the first CHECK by name is kept.
fn domain_type(catalog: &Catalog, t: &SqlType, domain: &crate::catalog::Domain) -> SaType {
    let base = &domain.data_type;
    let collation = domain.collation.clone().or_else(|| {
        match base.name.as_str() {
            "text" | "character varying" | "character" | "bpchar" | "citext" => Some("default"),
            "name" => Some("C"),
            _ => None,
        }
        .map(String::from)
    });
    let (inner, python, mut imports) = domain_base_type(catalog, base, collation.as_deref());
    let mut args = vec![py_repr(&domain.name.name), inner];
    if let Some(collation) = &collation {
        args.push(py_repr(collation));
    }
    if let Some(default) = &domain.default {
        args.push(format!("default={}", py_repr(default)));
    }
    let mut checks: Vec<&crate::catalog::CheckConstraint> = domain.checks.iter().collect();
    checks.sort_by(|a, b| a.name.cmp(&b.name));
    let check = checks.first();
    if let Some(name) = check.and_then(|c| c.name.as_ref()) {
        args.push(format!("constraint_name={}", py_repr(name)));
    }
    args.push(format!(
        "not_null={}",
        if domain.not_null { "True" } else { "False" }
    ));
    if let Some(check) = check {
        args.push(format!("check=text({})", py_repr(&check.expression)));
        imports.push(("sqlalchemy", "text"));
    }
    args.push(String::from("create_type=False"));
    args.push(match t.schema() {
        Some(schema) => format!("schema={}", py_repr(schema)),
        None => String::from("schema=None"),
    });
    args.push(String::from("metadata=MetaData()"));
    let mut sa = SaType::new("DOMAIN", PG, python).with_args(args);
    sa.argument_imports = Some(Box::new(ArgumentImports {
        imported: imports,
        forgotten: vec![("sqlalchemy", "MetaData")],
    }));
    sa
}

/// The base type of a domain as `_reflect_type` makes it from `format_type`
/// with the modifiers cut off (`character varying(10)` is `VARCHAR()`): the
/// rendered class, its Python type and the imports it needs.
fn domain_base_type(
    catalog: &Catalog,
    base: &SqlType,
    collation: Option<&str>,
) -> (String, PyType, Vec<(&'static str, &'static str)>) {
    let sa = "sqlalchemy";
    let collation_arg = collation.map(|c| format!("collation={}", py_repr(c)));
    let other_known = element_type(
        catalog,
        &SqlType {
            args: Vec::new(),
            array_dims: 0,
            ..base.clone()
        }
        .with_collation(None),
    );
    let (class, package, python, mut args): (&'static str, &'static str, PyType, Vec<String>) =
        match base.name.as_str() {
            "integer" => ("INTEGER", sa, py("int"), vec![]),
            "bigint" => ("BIGINT", sa, py("int"), vec![]),
            "smallint" => ("SMALLINT", sa, py("int"), vec![]),
            "character varying" => ("VARCHAR", sa, py("str"), vec![]),
            "character" | "bpchar" => ("CHAR", sa, py("str"), vec![]),
            "text" => ("TEXT", sa, py("str"), vec![]),
            "boolean" => ("BOOLEAN", sa, py("bool"), vec![]),
            "numeric" => ("NUMERIC", sa, PyType::qualified("decimal.Decimal"), vec![]),
            "real" => ("REAL", sa, py("float"), vec![]),
            "double precision" => (
                "DOUBLE_PRECISION",
                sa,
                py("float"),
                vec![String::from("precision=53")],
            ),
            "date" => ("DATE", sa, PyType::qualified("datetime.date"), vec![]),
            "uuid" => ("UUID", sa, PyType::qualified("uuid.UUID"), vec![]),
            "timestamp with time zone" | "time with time zone" if base.args.is_empty() => (
                if base.name.starts_with("timestamp") {
                    "TIMESTAMP"
                } else {
                    "TIME"
                },
                PG,
                PyType::qualified(if base.name.starts_with("timestamp") {
                    "datetime.datetime"
                } else {
                    "datetime.time"
                }),
                vec![String::from("timezone=True")],
            ),
            name if name.starts_with("timestamp") => (
                "TIMESTAMP",
                PG,
                PyType::qualified("datetime.datetime"),
                vec![],
            ),
            name if name.starts_with("time") => {
                ("TIME", PG, PyType::qualified("datetime.time"), vec![])
            }
            "jsonb" => ("JSONB", PG, py("object"), vec![]),
            "json" => ("JSON", PG, py("object"), vec![]),
            "bytea" => ("BYTEA", PG, py("bytes"), vec![]),
            "inet" => ("INET", PG, py("object"), vec![]),
            "cidr" => ("CIDR", PG, py("object"), vec![]),
            "citext" => ("CITEXT", PG, py("str"), vec![]),
            "money" => ("MONEY", PG, py("object"), vec![]),
            "interval" => (
                "INTERVAL",
                PG,
                PyType::qualified("datetime.timedelta"),
                vec![],
            ),
            name => {
                let key = QualifiedName::new(base.schema().map(str::to_string), name);
                match catalog.enums.get(&key) {
                    Some(e) => {
                        let mut values: Vec<String> = e.values.iter().map(|v| py_repr(v)).collect();
                        values.push(format!("name={}", py_repr(name)));
                        if let Some(schema) = base.schema() {
                            values.push(format!("schema={}", py_repr(schema)));
                        }
                        ("ENUM", PG, py("str"), values)
                    }
                    // Another type `ischema_names` knows (tsquery, macaddr,
                    // ranges, name): its class as reflected, without modifiers.
                    None => match other_known.reflected.as_deref().unwrap_or(&other_known) {
                        // BIT's repr: length 1 unless varying.
                        known if known.class == "BIT" => {
                            let arg = if base.name == "bit varying" {
                                "varying=True"
                            } else {
                                "length=1"
                            };
                            ("BIT", PG, known.python, vec![String::from(arg)])
                        }
                        known if known.class != "NullType" && known.args.is_empty() => {
                            (known.class, known.package, known.python, vec![])
                        }
                        _ => ("NullType", "sqlalchemy.sql.sqltypes", py("object"), vec![]),
                    },
                }
            }
        };
    // NullType() takes no arguments (a domain over a type SQLAlchemy does not
    // know keeps its collation on the DOMAIN only).
    if let Some(collation) = collation_arg.filter(|_| class != "NullType") {
        args.push(collation);
    }
    let mut imports = vec![(package, class)];
    let mut rendered = format!("{class}({})", args.join(", "));
    let mut python = python;
    // `text[]` keeps its brackets (a length would have cut them off).
    if base.array_dims > 0 && base.args.is_empty() {
        for _ in 0..base.array_dims {
            rendered = format!("ARRAY({rendered})");
        }
        imports.push((PG, "ARRAY"));
        python = py("list");
    }
    (rendered, python, imports)
}

impl DialectReflection for PostgreSqlReflection {
    fn column_type(&self, catalog: &Catalog, column: &Column) -> SaType {
        let t = &column.data_type;
        let element = element_type(
            catalog,
            &SqlType {
                array_dims: 0,
                ..t.clone()
            },
        );
        // `_reflect_type` warns about a type it does not know and returns
        // NullType before it would wrap it in an ARRAY.
        if t.array_dims == 0 || element.class == "NullType" {
            return element;
        }
        let python = element.python;
        let mut element = element;
        if element.class == "Boolean" {
            // The item type ARRAY copies is made without its schema events, and
            // its repr says so.
            element.args = vec![String::from("_create_events=False")];
        }
        if element.class == "DOMAIN" {
            // The copy ARRAY makes of a domain keeps its name and base type only.
            element.args.truncate(2);
            if let Some(imports) = &mut element.argument_imports {
                imports.forgotten.clear();
            }
        }
        SaType::new("ARRAY", PG, python).with_kind(TypeKind::Array {
            item: Box::new(element),
            dimensions: None,
        })
    }

    fn column(&self, catalog: &Catalog, table: &Table, column: &Column) -> MetaColumn {
        let in_pk = table
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.contains(&column.name));
        let sa_type = self.column_type(catalog, column);
        // A domain column without a default of its own takes the domain's, and
        // a NOT NULL domain makes it NOT NULL.
        let domain = (column.data_type.array_dims == 0 && !catalog.domains.is_empty())
            .then(|| {
                catalog.domains.get(&QualifiedName::new(
                    column.data_type.schema().map(str::to_string),
                    column.data_type.name.clone(),
                ))
            })
            .flatten();
        let default = column
            .default
            .clone()
            .or_else(|| domain.and_then(|d| d.default.clone()));
        let nullable = column.nullable && !domain.is_some_and(|d| d.not_null);
        let mut server_default = default.clone().map(ServerDefault::Text);
        let mut autoincrement = None;
        let mut sequence = None;
        if let Some(default) = &default {
            if let Some((schema, name)) = decode_nextval(default) {
                if matches!(sa_type.kind, TypeKind::Integer) {
                    autoincrement = Some(true);
                }
                // sqlacodegen drops the implied sequence of a serial column and keeps any other.
                if name != format!("{}_{}_seq", table.name.name, column.name) {
                    sequence = Some(Box::new((name, schema)));
                }
                server_default = None;
            }
        }
        if let Some(identity) = column.identity() {
            autoincrement = Some(true);
            server_default = Some(ServerDefault::Identity(Box::new(identity.clone())));
        }
        if let Some(generated) = column.generated() {
            server_default = Some(ServerDefault::computed(
                generated.expression.clone(),
                generated.persisted,
            ));
        }
        MetaColumn {
            name: column.name.clone(),
            sa_type,
            nullable,
            primary_key: in_pk,
            autoincrement,
            details: MetaColumnDetails {
                server_default,
                sequence,
                comment: column.comment().map(Box::from),
            }
            .boxed(),
        }
    }

    fn default_schema(&self) -> Option<&'static str> {
        Some("public")
    }

    fn reflected_type(&self, adapted: &SaType) -> Option<SaType> {
        super::reflected_with(adapted, &|t: &SaType| {
            let (class, package) = match t.class {
                "Integer" => ("INTEGER", "sqlalchemy"),
                "BigInteger" => ("BIGINT", "sqlalchemy"),
                "SmallInteger" => ("SMALLINT", "sqlalchemy"),
                "String" => ("VARCHAR", "sqlalchemy"),
                "Text" => ("TEXT", "sqlalchemy"),
                "Boolean" => ("BOOLEAN", "sqlalchemy"),
                "Numeric" => ("NUMERIC", "sqlalchemy"),
                "Double" => ("DOUBLE_PRECISION", "sqlalchemy"),
                "Date" => ("DATE", "sqlalchemy"),
                "DateTime" => ("TIMESTAMP", PG),
                "Time" => ("TIME", PG),
                "Uuid" => ("UUID", "sqlalchemy"),
                "JSON" => ("JSON", PG),
                "Enum" => ("ENUM", PG),
                "LargeBinary" => ("BYTEA", PG),
                _ => return None,
            };
            Some(t.as_class(class, package))
        })
    }

    /// pg_class is scanned without ORDER BY; creation order is the closest
    /// offline approximation (rows rewritten later, e.g. when a foreign key
    /// first references a table, actually move; see the issue notes).
    fn listing_order(&self, catalog: &Catalog) -> Vec<usize> {
        (0..catalog.tables.len()).collect()
    }

    fn referred_table_kwargs(&self) -> Vec<(String, String)> {
        vec![(
            String::from("postgresql_ignore_search_path"),
            String::from("False"),
        )]
    }

    fn check_text(&self, sqltext: &str) -> String {
        // psycopg's "pyformat" paramstyle: the compiled text escapes percent signs.
        sqltext.replace('%', "%%")
    }

    fn index_kwargs(&self, index: &Index) -> Vec<(String, String)> {
        let mut kwargs = Vec::new();
        if !index.included_columns.is_empty() {
            let listed: Vec<String> = index.included_columns.iter().map(|c| py_repr(c)).collect();
            kwargs.push((
                String::from("postgresql_include"),
                format!("[{}]", listed.join(", ")),
            ));
        }
        if !index.operator_classes.is_empty() {
            let listed: Vec<String> = index
                .operator_classes
                .iter()
                .map(|(k, v)| format!("{}: {}", py_repr(k), py_repr(v)))
                .collect();
            kwargs.push((
                String::from("postgresql_ops"),
                format!("{{{}}}", listed.join(", ")),
            ));
        }
        if index.nulls_not_distinct {
            kwargs.push((
                String::from("postgresql_nulls_not_distinct"),
                String::from("True"),
            ));
        }
        if !index.storage_parameters.is_empty() {
            let listed: Vec<String> = index
                .storage_parameters
                .iter()
                .map(|(k, v)| format!("{}: {}", py_repr(k), py_repr(v)))
                .collect();
            kwargs.push((
                String::from("postgresql_with"),
                format!("{{{}}}", listed.join(", ")),
            ));
        }
        if let Some(method) = index.dialect_options.get("using") {
            kwargs.push((String::from("postgresql_using"), py_repr(method)));
        }
        if let Some(predicate) = &index.predicate {
            kwargs.push((String::from("postgresql_where"), py_repr(predicate)));
        }
        kwargs
    }
}

/// sqlacodegen's `decode_postgresql_sequence`: the schema and name in
/// `nextval('schema.name'::regclass)`.
fn decode_nextval(default: &str) -> Option<(Option<String>, String)> {
    let inner = default.strip_prefix("nextval('")?;
    let end = inner.find("'::regclass)")?;
    let inner = &inner[..end];
    let mut schema = None;
    let mut sequence = String::new();
    let mut in_quotes = false;
    for c in inner.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '.' if !in_quotes => schema = Some(std::mem::take(&mut sequence)),
            c => sequence.push(c),
        }
    }
    Some((schema, sequence))
}
