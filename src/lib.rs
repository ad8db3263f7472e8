//! ddlcodegen: SQL DDL in, SQLAlchemy models out, offline.
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`input`] → [`parse`] → [`catalog`] → [`model`] → [`emit`] → [`cli`].

pub mod catalog;
pub mod dialect;
pub mod parse;
