//! sqlacodegen's `DataclassGenerator`: the declarative output on a base that
//! is also `MappedAsDataclass`. sqlacodegen 4.0.4 adds no `init=False` and no
//! dataclass defaults: every column and relationship is an `__init__`
//! argument without a default, so their order (non-nullable columns first)
//! never breaks the dataclass. Outside exact mode, a base whose classes map
//! a column of unknown type maps `object` to `NullType`, so that
//! `mapped_column(NullType)` under `Mapped[object]` resolves (a `Column`
//! there, as the declarative output writes it, would be a field default).

use super::render::{self, INDENT};
use super::{tables, Base, CodeGenerator};
use crate::model::Module;

pub struct Dataclasses;

impl CodeGenerator for Dataclasses {
    fn base(&self, module: &Module) -> Base {
        if module.tables_only {
            return tables::base();
        }
        let body = if !module.settings.sqlacodegen_exact && render::maps_untyped_column(module) {
            "type_annotation_map = {object: NullType}"
        } else {
            "pass"
        };
        Base {
            declarations: vec![
                String::from("class Base(MappedAsDataclass, DeclarativeBase):"),
                format!("{INDENT}{body}"),
            ],
            metadata_ref: "Base.metadata",
            name: "Base",
        }
    }

    fn untyped_column_as_column(&self) -> bool {
        false
    }
}
