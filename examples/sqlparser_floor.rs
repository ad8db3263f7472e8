//! The floor `.ci/bench` compares ddlcodegen with: the same script cut by our
//! splitter and parsed by sqlparser alone, one statement at a time, each tree
//! dropped at once, on this thread only. Everything ddlcodegen adds (catalog,
//! reflection, inference, printing) is above it.
//!
//!     cargo run --release --example sqlparser_floor -- DIALECT FILE

use std::time::Instant;

use ddlcodegen::dialect::Dialect;
use ddlcodegen::parse::split::{split_statements, PieceKind};
use sqlparser::dialect::{Dialect as SqlDialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::parser::Parser;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dialect, file] = args.as_slice() else {
        eprintln!("usage: sqlparser_floor DIALECT FILE");
        std::process::exit(2);
    };
    let dialect: Dialect = dialect.parse().unwrap_or_else(|e: String| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(2)
    });
    let parser_dialect: Box<dyn SqlDialect> = match dialect {
        Dialect::PostgreSql => Box::new(PostgreSqlDialect {}),
        Dialect::MySql => Box::new(MySqlDialect {}),
        Dialect::Sqlite => Box::new(SQLiteDialect {}),
    };
    let started = Instant::now();
    let pieces = split_statements(&text, dialect);
    let split = started.elapsed();
    let (mut parsed, mut failed) = (0usize, 0usize);
    for piece in pieces.iter().filter(|p| p.kind == PieceKind::Sql) {
        match Parser::parse_sql(&*parser_dialect, &piece.text) {
            Ok(statements) => parsed += statements.len(),
            Err(_) => failed += 1,
        }
    }
    eprintln!(
        "sqlparser_floor: timings (ms): split {:.1}, parse {:.1}; {parsed} statements, {failed} not parsed",
        split.as_secs_f64() * 1000.0,
        (started.elapsed() - split).as_secs_f64() * 1000.0
    );
}
