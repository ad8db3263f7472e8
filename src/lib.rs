//! ddlcodegen: SQL DDL in, SQLAlchemy models out, offline.
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`input`] → [`parse`] → [`catalog`] → [`model`] → [`emit`] → [`cli`].

pub mod catalog;
pub mod cli;
pub mod dialect;
pub mod emit;
pub mod input;
pub mod model;
pub mod parse;
pub mod pipeline;
