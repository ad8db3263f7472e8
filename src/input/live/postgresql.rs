//! `postgresql://user:password@host:port/database` (also `postgres://` and
//! any `+driver`): the schema rebuilt as SQL from pg_catalog, as `pg_dump
//! --schema-only` rebuilds it, with the server's own printers: `format_type`
//! for column types, `pg_get_expr` for defaults, generation expressions and
//! partition bounds, `pg_get_constraintdef`, `pg_get_indexdef`,
//! `pg_get_viewdef` and `pg_get_functiondef`. These are the texts
//! SQLAlchemy's reflection reads, so replaying them through the offline
//! path fills the catalog the server reports.
//!
//! One read-only, repeatable-read transaction (one snapshot, as pg_dump's)
//! with a statement timeout. Objects that belong to an extension are left to
//! its `CREATE EXTENSION`, as pg_dump leaves them.

use std::collections::HashMap;

use postgres::{Client, Config, NoTls, SimpleQueryMessage};

use super::{DatabaseUrl, Server, ServerEnv, ServerText, ServerTextKind};
use crate::input::Source;

/// libpq's environment variables (psycopg, which SQLAlchemy uses, reads them
/// through libpq).
const ENV: ServerEnv = ServerEnv {
    host: Some("PGHOST"),
    port: Some("PGPORT"),
    socket: None,
    user: Some("PGUSER"),
    password: Some("PGPASSWORD"),
    database: Some("PGDATABASE"),
    sslmode: Some("PGSSLMODE"),
    connect_timeout: Some("PGCONNECT_TIMEOUT"),
    default_port: 5432,
    socket_params: &[],
};

pub fn read(url: &DatabaseUrl) -> Result<Source, String> {
    let mut server = url.server(&ENV)?;
    if server.database.is_none() {
        // libpq: the database defaults to the user's name.
        server.database = Some(server.user.clone());
    }
    let connecting = server.clone();
    let mut client = super::within(
        &server,
        server.connect_timeout,
        "cannot connect",
        move || connect(&connecting),
    )?;
    let dump = Dump::new(&mut client, &server)?;
    let script = dump.script();
    let mut source = Source::plain(format!("{} (schema)", server.shown_url), script);
    source.server_texts = dump.server_texts();
    Ok(source)
}

fn connect(server: &Server) -> Result<Client, String> {
    match server.sslmode.as_deref().unwrap_or("prefer") {
        "disable" | "allow" | "prefer" => {}
        mode => {
            return Err(server.failure(
                "cannot connect",
                format!(
                    "sslmode={mode} asks for TLS, which this ddlcodegen does not include; \
                     connect through an SSH tunnel or a local socket, or give the schema as \
                     SQL (pg_dump --schema-only DATABASE | ddlcodegen -)"
                ),
            ))
        }
    }
    let mut config = Config::new();
    config
        .user(&server.user)
        .port(server.port)
        .connect_timeout(server.connect_timeout)
        .application_name("ddlcodegen")
        .options(&format!(
            "-c statement_timeout={}s -c default_transaction_read_only=on",
            server.statement_timeout.as_secs()
        ));
    if let Some(database) = &server.database {
        config.dbname(database);
    }
    if let Some(password) = &server.password {
        config.password(password);
    }
    match (&server.socket, &server.host) {
        (Some(socket), _) => config.host_path(socket),
        (None, Some(host)) => config.host(host),
        (None, None) => config.host("localhost"),
    };
    let mut client = config
        .connect(NoTls)
        .map_err(|e| server.failure("cannot connect", describe(&e)))?;
    client
        .batch_execute(
            "BEGIN; SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; \
             SET LOCAL check_function_bodies = off",
        )
        .map_err(|e| server.failure("cannot start a read-only transaction", describe(&e)))?;
    Ok(client)
}

/// The server's own message when it sent one (its `DbError` holds the
/// useful part; the outer error only says "db error").
fn describe(error: &postgres::Error) -> String {
    if let Some(db) = error.as_db_error() {
        return format!("{} (SQLSTATE {})", db.message(), db.code().code());
    }
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        let inner_text = inner.to_string();
        if !text.contains(&inner_text) {
            text = format!("{text}: {inner_text}");
        }
        source = inner.source();
    }
    if text.contains("bytes remaining on stream") {
        return String::from(
            "the connection was closed before the server answered (is a PostgreSQL server \
             listening there?)",
        );
    }
    text
}

/// The rows of a query, every value as the server's text (or NULL).
type Rows = Vec<Vec<Option<String>>>;

fn rows(client: &mut Client, server: &Server, what: &str, sql: &str) -> Result<Rows, String> {
    let messages = client
        .simple_query(sql)
        .map_err(|e| server.failure(&format!("cannot read the {what}"), describe(&e)))?;
    Ok(messages
        .into_iter()
        .filter_map(|message| match message {
            SimpleQueryMessage::Row(row) => Some(
                (0..row.len())
                    .map(|i| row.get(i).map(String::from))
                    .collect(),
            ),
            _ => None,
        })
        .collect())
}

/// Schemas whose objects are the server's own.
const USER_NAMESPACE: &str = "n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'";

/// A column's type as SQL that reads back as the same type: `format_type`,
/// except that a user-defined type without modifiers is schema-qualified
/// and quoted (`format_type` leaves `enum` or `json2` bare where they are
/// visible, and a bare `enum` does not read as a type name).
fn type_sql(oid: &str, typmod: &str) -> String {
    format!(
        "(SELECT CASE WHEN tn.nspname = 'pg_catalog' OR {typmod} >= 0            THEN format_type(ty.oid, {typmod})          WHEN ty.typtype = 'b' AND ty.typelem <> 0 THEN (SELECT format('\"%s\".\"%s\"[]',            replace(en.nspname, '\"', '\"\"'), replace(e.typname, '\"', '\"\"'))            FROM pg_type e JOIN pg_namespace en ON en.oid = e.typnamespace            WHERE e.oid = ty.typelem)          ELSE format('\"%s\".\"%s\"', replace(tn.nspname, '\"', '\"\"'),            replace(ty.typname, '\"', '\"\"')) END          FROM pg_type ty JOIN pg_namespace tn ON tn.oid = ty.typnamespace WHERE ty.oid = {oid})"
    )
}

/// The object `oid` of catalog `class` was created by an extension.
fn extension_member(class: &str, oid: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '{class}'::regclass \
         AND e.objid = {oid} AND e.deptype = 'e')"
    )
}

/// What a database holds, read in one snapshot (the column numbers below
/// are those of each query's select list).
struct Dump {
    schemas: Rows,
    extensions: Rows,
    servers: Rows,
    types: Rows,
    enum_labels: HashMap<String, Vec<String>>,
    domain_checks: Rows,
    functions: Rows,
    aggregates: Rows,
    sequences: Rows,
    tables: Rows,
    columns: HashMap<String, Rows>,
    constraints: HashMap<String, Rows>,
    indexes: Rows,
    index_expressions: Rows,
    views: Rows,
    view_dependencies: Rows,
    comments: Rows,
    sequence_owners: Rows,
}

fn text(row: &[Option<String>], i: usize) -> &str {
    row.get(i).and_then(|v| v.as_deref()).unwrap_or_default()
}

fn flag(row: &[Option<String>], i: usize) -> bool {
    text(row, i) == "t"
}

/// A string constant, as pg_dump writes one (`standard_conforming_strings`
/// on, the server's default: a backslash is itself).
fn literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// `CHECK (expression)` as `pg_get_constraintdef` prints it: the expression
/// (SQLAlchemy's reflection takes the same part).
fn check_expression(definition: &str) -> &str {
    let mut inner = definition.trim();
    for suffix in [" NOT VALID", " NO INHERIT"] {
        inner = inner.strip_suffix(suffix).unwrap_or(inner);
    }
    inner
        .strip_prefix("CHECK")
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix('('))
        .and_then(|rest| rest.strip_suffix(')'))
        .unwrap_or(inner)
}

impl Dump {
    fn new(client: &mut Client, server: &Server) -> Result<Dump, String> {
        let mut read = |what: &str, sql: String| rows(client, server, what, &sql);
        let not_extension =
            |class: &str, oid: &str| format!("NOT {}", extension_member(class, oid));
        let relations = |kinds: &str| {
            format!(
                "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE c.relkind IN ({kinds}) AND {USER_NAMESPACE} AND {}",
                not_extension("pg_class", "c.oid")
            )
        };
        let schemas = read(
            "schemas",
            format!(
                "SELECT quote_ident(n.nspname) FROM pg_namespace n WHERE {USER_NAMESPACE} \
                 AND n.nspname <> 'public' AND {} ORDER BY n.oid",
                not_extension("pg_namespace", "n.oid")
            ),
        )?;
        let extensions = read(
            "extensions",
            String::from(
                "SELECT quote_ident(x.extname), quote_ident(n.nspname) FROM pg_extension x \
                 JOIN pg_namespace n ON n.oid = x.extnamespace \
                 WHERE x.extname <> 'plpgsql' ORDER BY x.oid",
            ),
        )?;
        let servers = read(
            "foreign servers",
            String::from(
                "SELECT quote_ident(s.srvname), quote_ident(w.fdwname) FROM pg_foreign_server s \
                 JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw ORDER BY s.oid",
            ),
        )?;
        // 0 oid, 1 typtype, 2 name, 3 base type, 4 COLLATE, 5 default,
        // 6 NOT NULL, 7 constraints, 8 composite attributes, 9 range subtype,
        // 10 schema, 11 type name.
        let types = read(
            "types",
            format!(
                "SELECT t.oid, t.typtype, format('%I.%I', n.nspname, t.typname), \
                 {}, \
                 (SELECT format(' COLLATE %I.%I', cn.nspname, co.collname) FROM pg_collation co \
                    JOIN pg_namespace cn ON cn.oid = co.collnamespace \
                    WHERE co.oid = t.typcollation AND t.typcollation <> \
                      (SELECT b.typcollation FROM pg_type b WHERE b.oid = t.typbasetype)), \
                 t.typdefault, t.typnotnull, \
                 (SELECT string_agg(format(' CONSTRAINT %I %s', c.conname, \
                    pg_get_constraintdef(c.oid)), '' ORDER BY c.oid) \
                    FROM pg_constraint c WHERE c.contypid = t.oid), \
                 (SELECT string_agg(format('%I %s', a.attname, {}), ', ' ORDER BY a.attnum) \
                    FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 \
                    AND NOT a.attisdropped), \
                 (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r \
                    WHERE r.rngtypid = t.oid), \
                 n.nspname, t.typname \
                 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
                 WHERE {USER_NAMESPACE} AND {} \
                 AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND \
                   (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')) \
                 ORDER BY t.oid",
                type_sql("t.typbasetype", "t.typtypmod"),
                type_sql("a.atttypid", "a.atttypmod"),
                not_extension("pg_type", "t.oid")
            ),
        )?;
        let mut enum_labels: HashMap<String, Vec<String>> = HashMap::new();
        for row in read(
            "enum labels",
            String::from(
                "SELECT enumtypid, enumlabel FROM pg_enum ORDER BY enumtypid, enumsortorder",
            ),
        )? {
            enum_labels
                .entry(text(&row, 0).to_string())
                .or_default()
                .push(text(&row, 1).to_string());
        }
        // 0 schema, 1 domain, 2 constraint, 3 pg_get_constraintdef(oid, true).
        let domain_checks = read(
            "domain constraints",
            String::from(
                "SELECT n.nspname, t.typname, c.conname, pg_get_constraintdef(c.oid, true) \
                 FROM pg_constraint c JOIN pg_type t ON t.oid = c.contypid \
                 JOIN pg_namespace n ON n.oid = t.typnamespace WHERE c.contype = 'c'",
            ),
        )?;
        // Functions and procedures: a view's column may be typed by one, a
        // default or CHECK may call one. 0 definition, 1 whether its
        // signature names a table's row type (it then comes after the tables).
        let functions = read(
            "functions",
            format!(
                "SELECT pg_get_functiondef(p.oid), EXISTS (SELECT 1 FROM pg_depend d \
                    JOIN pg_type ty ON ty.oid = d.refobjid \
                    JOIN pg_class r ON r.oid = ty.typrelid \
                    WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid \
                    AND d.refclassid = 'pg_type'::regclass AND r.relkind <> 'c') \
                 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
                 WHERE {USER_NAMESPACE} AND p.prokind IN ('f', 'p') AND {} \
                 ORDER BY p.oid",
                not_extension("pg_proc", "p.oid")
            ),
        )?;
        // Plain aggregates: what a view's column calling one is typed by.
        let aggregates = read(
            "aggregates",
            format!(
                "SELECT format('CREATE AGGREGATE %I.%I(%s) (SFUNC = %s, STYPE = %s%s%s)', \
                   n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), \
                   a.aggtransfn::regproc, format_type(a.aggtranstype, NULL), \
                   CASE WHEN a.aggfinalfn <> 0 \
                     THEN format(', FINALFUNC = %s', a.aggfinalfn::regproc) ELSE '' END, \
                   CASE WHEN a.agginitval IS NOT NULL \
                     THEN format(', INITCOND = %L', a.agginitval) ELSE '' END) \
                 FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid \
                 JOIN pg_namespace n ON n.oid = p.pronamespace \
                 WHERE {USER_NAMESPACE} AND a.aggkind = 'n' AND {} ORDER BY p.oid",
                not_extension("pg_proc", "p.oid")
            ),
        )?;
        // Sequences other than identity columns' (those come with their column).
        let sequences = read(
            "sequences",
            format!(
                "SELECT format('CREATE SEQUENCE %I.%I AS %s START WITH %s INCREMENT BY %s \
                   MINVALUE %s MAXVALUE %s CACHE %s%s', n.nspname, c.relname, \
                   format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, \
                   s.seqmax, s.seqcache, CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END) \
                 FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid \
                 JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE {USER_NAMESPACE} AND {} AND NOT EXISTS (SELECT 1 FROM pg_depend d \
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid \
                   AND d.deptype = 'i') \
                 ORDER BY c.oid",
                not_extension("pg_class", "c.oid")
            ),
        )?;
        // 0 oid, 1 name, 2 relkind, 3 is a partition, 4 partition bound,
        // 5 partition key, 6 parents, 7 persistence, 8 schema, 9 table name,
        // 10 foreign server, 11 the parents' oids.
        let tables = read(
            "tables",
            format!(
                "SELECT c.oid, format('%I.%I', n.nspname, c.relname), c.relkind, \
                 c.relispartition, pg_get_expr(c.relpartbound, c.oid), \
                 CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, \
                 (SELECT string_agg(format('%I.%I', pn.nspname, pc.relname), ', ' \
                    ORDER BY i.inhseqno) FROM pg_inherits i \
                    JOIN pg_class pc ON pc.oid = i.inhparent \
                    JOIN pg_namespace pn ON pn.oid = pc.relnamespace \
                    WHERE i.inhrelid = c.oid), \
                 c.relpersistence, n.nspname, c.relname, \
                 (SELECT quote_ident(s.srvname) FROM pg_foreign_table ft \
                    JOIN pg_foreign_server s ON s.oid = ft.ftserver WHERE ft.ftrelid = c.oid), \
                 (SELECT string_agg(i.inhparent::text, ',') FROM pg_inherits i \
                    WHERE i.inhrelid = c.oid) \
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE c.oid IN ({}) ORDER BY c.oid",
                relations("'r', 'p', 'f'")
            ),
        )?;
        // 0 table, 1 name, 2 type, 3 NOT NULL, 4 declared by the table
        // itself, 5 identity, 6 generated, 7 default or generation
        // expression, 8 COLLATE, 9 identity sequence options, 10 raw name.
        let mut columns: HashMap<String, Rows> = HashMap::new();
        for row in read(
            "columns",
            format!(
                "SELECT a.attrelid, quote_ident(a.attname), {}, a.attnotnull, a.attislocal, \
                 a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid), \
                 (SELECT format(' COLLATE %I.%I', cn.nspname, co.collname) \
                    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace \
                    WHERE co.oid = a.attcollation AND a.attcollation <> t.typcollation), \
                 (SELECT format('SEQUENCE NAME %I.%I START WITH %s INCREMENT BY %s \
                    MINVALUE %s MAXVALUE %s CACHE %s%s', sn.nspname, sc.relname, s.seqstart, \
                    s.seqincrement, s.seqmin, s.seqmax, s.seqcache, \
                    CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END) \
                    FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid \
                    JOIN pg_class sc ON sc.oid = s.seqrelid \
                    JOIN pg_namespace sn ON sn.oid = sc.relnamespace \
                    WHERE dep.refclassid = 'pg_class'::regclass AND dep.refobjid = a.attrelid \
                    AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_class'::regclass \
                    AND dep.deptype = 'i'), \
                 a.attname \
                 FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid \
                 LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
                 WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid IN ({}) \
                 ORDER BY a.attrelid, a.attnum",
                type_sql("a.atttypid", "a.atttypmod"),
                relations("'r', 'p', 'f', 'v'")
            ),
        )? {
            columns
                .entry(text(&row, 0).to_string())
                .or_default()
                .push(row);
        }
        // 0 table, 1 name, 2 type, 3 definition, 4 declared by the table
        // itself, 5 cloned from a partitioned parent's, 6 validated,
        // 7 raw name, 8 definition as reflection reads it (pretty).
        let mut constraints: HashMap<String, Rows> = HashMap::new();
        for row in read(
            "constraints",
            format!(
                "SELECT co.conrelid, quote_ident(co.conname), co.contype, \
                 pg_get_constraintdef(co.oid), co.conislocal, co.conparentid <> 0, \
                 co.convalidated, co.conname, pg_get_constraintdef(co.oid, true) \
                 FROM pg_constraint co WHERE co.conrelid IN ({}) ORDER BY co.conrelid, co.oid",
                relations("'r', 'p', 'f', 'v'")
            ),
        )? {
            constraints
                .entry(text(&row, 0).to_string())
                .or_default()
                .push(row);
        }
        // Indexes other than a key's: 0 table, 1 definition, 2 schema,
        // 3 table name, 4 index name, 5 predicate as reflection reads it,
        // 6 the table's relkind.
        let indexes = read(
            "indexes",
            format!(
                "SELECT i.indrelid, pg_get_indexdef(i.indexrelid), n.nspname, t.relname, \
                 ic.relname, pg_get_expr(i.indpred, i.indrelid), t.relkind \
                 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid \
                 JOIN pg_class t ON t.oid = i.indrelid \
                 JOIN pg_namespace n ON n.oid = t.relnamespace \
                 WHERE i.indrelid IN ({}) \
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint co \
                   WHERE co.conindid = i.indexrelid AND co.conrelid = i.indrelid \
                   AND co.contype IN ('p', 'u', 'x')) \
                 ORDER BY i.indexrelid",
                relations("'r', 'p', 'm'")
            ),
        )?;
        // Key expressions as reflection reads them: 0 schema, 1 table,
        // 2 index, 3 pg_get_indexdef(index, column, true).
        let index_expressions = read(
            "index expressions",
            format!(
                "SELECT n.nspname, t.relname, ic.relname, pg_get_indexdef(i.indexrelid, k, true) \
                 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid \
                 JOIN pg_class t ON t.oid = i.indrelid \
                 JOIN pg_namespace n ON n.oid = t.relnamespace \
                 CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) k \
                 WHERE i.indrelid IN ({}) AND i.indkey[k - 1] = 0 \
                 ORDER BY i.indexrelid, k",
                relations("'r', 'p', 'm'")
            ),
        )?;
        // 0 oid, 1 name, 2 relkind, 3 query, 4 whether it has what only a
        // table turned into a view has (NOT NULL, defaults, constraints),
        // 5 schema, 6 view name.
        let views = read(
            "views",
            format!(
                "SELECT c.oid, format('%I.%I', n.nspname, c.relname), c.relkind, \
                 pg_get_viewdef(c.oid), c.relkind = 'v' AND (EXISTS (SELECT 1 \
                   FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 \
                   AND (a.attnotnull OR a.atthasdef)) \
                   OR EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conrelid = c.oid)), \
                 n.nspname, c.relname \
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE c.oid IN ({}) ORDER BY c.oid",
                relations("'v', 'm'")
            ),
        )?;
        let view_dependencies = read(
            "views' dependencies",
            String::from(
                "SELECT DISTINCT r.ev_class, d.refobjid FROM pg_rewrite r \
                 JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid \
                 AND d.refclassid = 'pg_class'::regclass WHERE d.refobjid <> r.ev_class",
            ),
        )?;
        // 0 object kind, 1 name, 2 column (NULL for the relation), 3 comment.
        let comments = read(
            "comments",
            format!(
                "SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' \
                   WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, \
                 format('%I.%I', n.nspname, c.relname), quote_ident(a.attname), d.description \
                 FROM pg_description d JOIN pg_class c ON c.oid = d.objoid \
                 JOIN pg_namespace n ON n.oid = c.relnamespace \
                 LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid \
                 WHERE d.classoid = 'pg_class'::regclass AND c.oid IN ({}) \
                 AND (d.objsubid = 0 OR NOT a.attisdropped) \
                 ORDER BY c.oid, d.objsubid",
                relations("'r', 'p', 'f', 'v', 'm'")
            ),
        )?;
        let sequence_owners = read(
            "sequences' owners",
            format!(
                "SELECT format('ALTER SEQUENCE %I.%I OWNED BY %I.%I.%I', sn.nspname, s.relname, \
                   tn.nspname, t.relname, a.attname) \
                 FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' \
                 JOIN pg_namespace sn ON sn.oid = s.relnamespace \
                 JOIN pg_class t ON t.oid = d.refobjid \
                 JOIN pg_namespace tn ON tn.oid = t.relnamespace \
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid \
                 WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass \
                 AND d.deptype = 'a' AND t.oid IN ({}) ORDER BY s.oid",
                relations("'r', 'p'")
            ),
        )?;
        Ok(Dump {
            schemas,
            extensions,
            servers,
            types,
            enum_labels,
            domain_checks,
            functions,
            aggregates,
            sequences,
            tables,
            columns,
            constraints,
            indexes,
            index_expressions,
            views,
            view_dependencies,
            comments,
            sequence_owners,
        })
    }

    /// The script, in an order every dependency allows, as pg_dump orders
    /// it: schemas, extensions, types, functions, sequences; tables (parents
    /// first; a partition made as a table of its own, attached, then given
    /// its own keys and indexes under their own names); keys, indexes,
    /// foreign keys; the functions that name a table's row type;
    /// views (those they read first); comments.
    fn script(&self) -> String {
        let mut out = String::new();
        if !self.functions.is_empty() {
            // Bodies may read tables made later.
            out += "SET check_function_bodies = false;\n";
        }
        for row in &self.schemas {
            out += &format!("CREATE SCHEMA {};\n", text(row, 0));
        }
        for row in &self.extensions {
            out += &format!(
                "CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {};\n",
                text(row, 0),
                text(row, 1)
            );
        }
        for row in &self.servers {
            out += &format!(
                "CREATE SERVER {} FOREIGN DATA WRAPPER {};\n",
                text(row, 0),
                text(row, 1)
            );
        }
        for row in &self.types {
            out += &self.type_definition(row);
        }
        for row in self.functions.iter().filter(|row| !flag(row, 1)) {
            out += &format!("{};\n", text(row, 0).trim_end());
        }
        for row in &self.aggregates {
            out += &format!("{};\n", text(row, 0));
        }
        for row in &self.sequences {
            out += &format!("{};\n", text(row, 0));
        }
        let tables = self.tables_parents_first();
        let (mut keys, mut attachments, mut later) = (String::new(), String::new(), String::new());
        for table in &tables {
            out += &self.table_definition(table, &mut keys, &mut later);
            if flag(table, 3) {
                attachments += &format!(
                    "ALTER TABLE {} ATTACH PARTITION {} {};\n",
                    text(table, 6),
                    text(table, 1),
                    text(table, 4)
                );
            }
        }
        // Attached before any key, so that a key added to the parent alone
        // (`ALTER TABLE ONLY`) stays off the partitions that lack it.
        out += &attachments;
        out += &keys;
        for row in self.indexes.iter().filter(|row| text(row, 6) != "m") {
            out += &format!("{};\n", text(row, 1));
        }
        out += &later;
        for row in &self.sequence_owners {
            out += &format!("{};\n", text(row, 0));
        }
        for row in self.functions.iter().filter(|row| flag(row, 1)) {
            out += &format!("{};\n", text(row, 0).trim_end());
        }
        for view in self.views_in_dependency_order() {
            let query = text(view, 3).trim().trim_end_matches(';');
            if flag(view, 4) {
                // A table turned into a view by its `_RETURN` rule keeps its
                // columns' NOT NULL and defaults and its CHECKs, which no
                // CREATE VIEW gives: made the same way again.
                let as_table: Vec<Option<String>> = [
                    text(view, 0),
                    text(view, 1),
                    "r",
                    "f",
                    "",
                    "",
                    "",
                    "p",
                    text(view, 5),
                    text(view, 6),
                    "",
                ]
                .iter()
                .map(|v| Some(v.to_string()))
                .collect();
                let (mut keys, mut later) = (String::new(), String::new());
                out += &self.table_definition(&as_table, &mut keys, &mut later);
                out += &format!(
                    "CREATE RULE \"_RETURN\" AS ON SELECT TO {} DO INSTEAD\n{query};\n",
                    text(view, 1)
                );
                continue;
            }
            out += &match text(view, 2) {
                "m" => format!(
                    "CREATE MATERIALIZED VIEW {} AS\n{query}\nWITH NO DATA;\n",
                    text(view, 1)
                ),
                _ => format!("CREATE VIEW {} AS\n{query};\n", text(view, 1)),
            };
        }
        for row in self.indexes.iter().filter(|row| text(row, 6) == "m") {
            out += &format!("{};\n", text(row, 1));
        }
        for row in &self.comments {
            let target = match row.get(2).and_then(|c| c.as_deref()) {
                Some(column) => format!("COLUMN {}.{column}", text(row, 1)),
                None => format!("{} {}", text(row, 0), text(row, 1)),
            };
            out += &format!("COMMENT ON {target} IS {};\n", literal(text(row, 3)));
        }
        out
    }

    /// The expressions reflection reads, as the server printed them.
    fn server_texts(&self) -> Vec<ServerText> {
        let mut texts = Vec::new();
        let table_names: HashMap<&str, (&str, &str)> = self
            .tables
            .iter()
            .map(|row| (text(row, 0), (text(row, 8), text(row, 9))))
            .chain(
                self.views
                    .iter()
                    .map(|row| (text(row, 0), (text(row, 5), text(row, 6)))),
            )
            .collect();
        let reported = |schema: &str, relation: &str, kind, text: &str| ServerText {
            schema: schema.to_string(),
            relation: relation.to_string(),
            kind,
            text: text.to_string(),
        };
        for (oid, columns) in &self.columns {
            let Some(&(schema, table)) = table_names.get(oid.as_str()) else {
                continue;
            };
            for column in columns {
                let expression = text(column, 7);
                if expression.is_empty() {
                    continue;
                }
                let name = text(column, 10).to_string();
                let kind = if text(column, 6) == "s" {
                    ServerTextKind::Generated { column: name }
                } else {
                    ServerTextKind::ColumnDefault { column: name }
                };
                texts.push(reported(schema, table, kind, expression));
            }
        }
        for (oid, constraints) in &self.constraints {
            let Some(&(schema, table)) = table_names.get(oid.as_str()) else {
                continue;
            };
            for constraint in constraints.iter().filter(|c| text(c, 2) == "c") {
                let kind = ServerTextKind::Check {
                    constraint: text(constraint, 7).to_string(),
                };
                texts.push(reported(
                    schema,
                    table,
                    kind,
                    check_expression(text(constraint, 8)),
                ));
            }
        }
        for row in self
            .indexes
            .iter()
            .filter(|row| row.get(5).is_some_and(Option::is_some))
        {
            let kind = ServerTextKind::IndexPredicate {
                index: text(row, 4).to_string(),
            };
            texts.push(reported(text(row, 2), text(row, 3), kind, text(row, 5)));
        }
        let mut position = 0;
        for (i, row) in self.index_expressions.iter().enumerate() {
            let same_index =
                |other: &Vec<Option<String>>| (0..3).all(|c| text(other, c) == text(row, c));
            if i > 0 && same_index(&self.index_expressions[i - 1]) {
                position += 1;
            } else {
                position = 0;
            }
            let kind = ServerTextKind::IndexExpression {
                index: text(row, 2).to_string(),
                position,
            };
            texts.push(reported(text(row, 0), text(row, 1), kind, text(row, 3)));
        }
        for row in self.types.iter().filter(|row| text(row, 1) == "d") {
            if row.get(5).is_some_and(Option::is_some) {
                texts.push(reported(
                    text(row, 10),
                    text(row, 11),
                    ServerTextKind::DomainDefault,
                    text(row, 5),
                ));
            }
        }
        for row in &self.domain_checks {
            let kind = ServerTextKind::DomainCheck {
                constraint: text(row, 2).to_string(),
            };
            texts.push(reported(
                text(row, 0),
                text(row, 1),
                kind,
                check_expression(text(row, 3)),
            ));
        }
        texts
    }

    fn type_definition(&self, row: &[Option<String>]) -> String {
        let name = text(row, 2);
        match text(row, 1) {
            "e" => {
                let labels: Vec<String> = self
                    .enum_labels
                    .get(text(row, 0))
                    .into_iter()
                    .flatten()
                    .map(|label| literal(label))
                    .collect();
                format!("CREATE TYPE {name} AS ENUM ({});\n", labels.join(", "))
            }
            "d" => {
                let mut definition =
                    format!("CREATE DOMAIN {name} AS {}{}", text(row, 3), text(row, 4));
                if row.get(5).is_some_and(Option::is_some) {
                    definition += &format!(" DEFAULT {}", text(row, 5));
                }
                if flag(row, 6) {
                    definition += " NOT NULL";
                }
                definition + text(row, 7) + ";\n"
            }
            "c" => format!("CREATE TYPE {name} AS ({});\n", text(row, 8)),
            "r" => format!(
                "CREATE TYPE {name} AS RANGE (subtype = {});\n",
                text(row, 9)
            ),
            _ => String::new(),
        }
    }

    /// Tables in creation order, except that a parent (INHERITS, PARTITION
    /// OF) always comes before its children.
    fn tables_parents_first(&self) -> Vec<&Vec<Option<String>>> {
        let by_oid: HashMap<&str, usize> = self
            .tables
            .iter()
            .enumerate()
            .map(|(i, row)| (text(row, 0), i))
            .collect();
        let parents = |i: usize| -> Vec<usize> {
            text(&self.tables[i], 11)
                .split(',')
                .filter_map(|oid| by_oid.get(oid).copied())
                .collect()
        };
        super::dependency_order(self.tables.len(), parents)
            .into_iter()
            .map(|i| &self.tables[i])
            .collect()
    }

    fn views_in_dependency_order(&self) -> Vec<&Vec<Option<String>>> {
        let by_oid: HashMap<&str, usize> = self
            .views
            .iter()
            .enumerate()
            .map(|(i, row)| (text(row, 0), i))
            .collect();
        let mut reads: HashMap<usize, Vec<usize>> = HashMap::new();
        for row in &self.view_dependencies {
            if let (Some(&view), Some(&read)) = (by_oid.get(text(row, 0)), by_oid.get(text(row, 1)))
            {
                reads.entry(view).or_default().push(read);
            }
        }
        super::dependency_order(self.views.len(), |i| {
            reads.get(&i).cloned().unwrap_or_default()
        })
        .into_iter()
        .map(|i| &self.views[i])
        .collect()
    }

    /// `CREATE TABLE` with its columns and CHECKs: a partition with all of
    /// them (it is made as a table of its own and attached later), an
    /// INHERITS child with those it declares itself. Its keys go to `keys`
    /// (`ALTER TABLE ONLY`, as pg_dump adds them: two keys of one statement
    /// on the same columns would be one); foreign keys and CHECKs not
    /// validated go to `later` (a key may point at a table made later).
    fn table_definition(
        &self,
        table: &[Option<String>],
        keys: &mut String,
        later: &mut String,
    ) -> String {
        let oid = text(table, 0);
        let name = text(table, 1);
        let partition = flag(table, 3);
        let mut elements = Vec::new();
        for column in self.columns.get(oid).into_iter().flatten() {
            if !partition && !flag(column, 4) {
                continue;
            }
            let mut element = format!("{} {}{}", text(column, 1), text(column, 2), text(column, 8));
            let default = text(column, 7);
            match (text(column, 5), text(column, 6)) {
                (identity @ ("a" | "d"), _) => {
                    let kind = if identity == "a" {
                        "ALWAYS"
                    } else {
                        "BY DEFAULT"
                    };
                    element += &format!(" GENERATED {kind} AS IDENTITY ({})", text(column, 9));
                }
                (_, "s") => element += &format!(" GENERATED ALWAYS AS ({default}) STORED"),
                _ if !default.is_empty() => element += &format!(" DEFAULT {default}"),
                _ => {}
            }
            if flag(column, 3) {
                element += " NOT NULL";
            }
            elements.push(element);
        }
        for constraint in self.constraints.get(oid).into_iter().flatten() {
            let (kind, local, cloned, valid) = (
                text(constraint, 2),
                flag(constraint, 4),
                flag(constraint, 5),
                flag(constraint, 6),
            );
            let definition = format!("CONSTRAINT {} {}", text(constraint, 1), text(constraint, 3));
            match kind {
                "c" if !valid => *later += &format!("ALTER TABLE {name} ADD {definition};\n"),
                "c" if local || partition => elements.push(definition),
                "p" | "u" | "x" => *keys += &format!("ALTER TABLE ONLY {name} ADD {definition};\n"),
                "f" if !cloned => *later += &format!("ALTER TABLE {name} ADD {definition};\n"),
                _ => {}
            }
        }
        let unlogged = if text(table, 7) == "u" {
            "UNLOGGED "
        } else {
            ""
        };
        let foreign = if text(table, 2) == "f" {
            "FOREIGN "
        } else {
            ""
        };
        let mut statement = format!(
            "CREATE {unlogged}{foreign}TABLE {name} (\n    {}\n)",
            elements.join(",\n    ")
        );
        let parents = text(table, 6);
        if !partition && !parents.is_empty() {
            statement += &format!(" INHERITS ({parents})");
        }
        let partition_key = text(table, 5);
        if !partition_key.is_empty() {
            statement += &format!(" PARTITION BY {partition_key}");
        }
        let server = text(table, 10);
        if !server.is_empty() {
            statement += &format!(" SERVER {server}");
        }
        statement + ";\n"
    }
}
