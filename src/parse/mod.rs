//! Statements: cut each input into statements with their source spans, then parse each
//! one with sqlparser for the dialect.

pub mod detect;
pub mod split;
