//! sqlacodegen's `TablesGenerator`: every table and view a `Table(...)` on a
//! module-level `metadata = MetaData()`, one blank line between them. The
//! class generators fall back to this base when no table became a class.

use super::{Base, CodeGenerator};
use crate::model::Module;

pub struct Tables;

/// `metadata = MetaData()`.
pub fn base() -> Base {
    Base {
        declarations: vec![String::from("metadata = MetaData()")],
        metadata_ref: "metadata",
        name: "metadata",
    }
}

impl CodeGenerator for Tables {
    fn base(&self, _module: &Module) -> Base {
        base()
    }

    fn model_separator(&self) -> &'static str {
        "\n\n"
    }
}
