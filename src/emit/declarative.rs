//! sqlacodegen's `DeclarativeGenerator`: a class per table with a primary
//! key on `class Base(DeclarativeBase)`, `Mapped[...]` annotations and
//! `mapped_column(...)`, `relationship(...)`; other tables stay `Table`s.
//! Its hooks are the [`CodeGenerator`] defaults, which the dataclass and
//! SQLModel generators build on.

use super::render::{Call, Renderer, INDENT};
use super::{tables, Base, CodeGenerator};
use crate::model::infer::{ColumnAttribute, Model, Relationship};
use crate::model::{names, pyrepr, Module};

pub struct Declarative;

/// Two blank lines between models (PEP 8 around classes).
pub const MODEL_SEPARATOR: &str = "\n\n\n";

impl CodeGenerator for Declarative {
    fn base(&self, module: &Module) -> Base {
        if module.tables_only {
            return tables::base();
        }
        Base {
            declarations: vec![
                String::from("class Base(DeclarativeBase):"),
                format!("{INDENT}pass"),
            ],
            metadata_ref: "Base.metadata",
            name: "Base",
        }
    }
}

pub fn class_declaration(name: &str, parent: &str) -> String {
    format!("class {name}({parent}):")
}

pub fn class_variables(r: &mut Renderer, model: &Model) -> Vec<String> {
    class_variables_naming_table(r, model, true)
}

/// `__tablename__` (where `name_table`) and `__table_args__` (where the
/// table has any).
pub fn class_variables_naming_table(
    r: &mut Renderer,
    model: &Model,
    name_table: bool,
) -> Vec<String> {
    let mut variables = Vec::new();
    if name_table {
        variables.push(format!(
            "__tablename__ = {}",
            pyrepr::string(&model.table.name)
        ));
    }
    let table_args = r.table_args(&model.table);
    if !table_args.is_empty() {
        variables.push(format!("__table_args__ = {table_args}"));
    }
    variables
}

/// `name: Mapped[annotation] = mapped_column(...)`, the column's name
/// written only where the attribute's differs.
pub fn column_attribute(r: &mut Renderer, model: &Model, attr: &ColumnAttribute) -> String {
    let column = &model.table.columns[attr.column];
    let exact = r.module.settings.sqlacodegen_exact;
    let show_name = names::column_name_needed(&attr.name, &column.name, exact);
    let rendered = r.column(&model.table, column, show_name, false);
    let annotation = r.python_type(&model.table, column);
    typed_attribute(&attr.name, &annotation, &rendered)
}

/// `name: Mapped[annotation] = value`, built at its final size (`format!`
/// grows its string from nothing, one copy at a time, and this is written
/// for every column and relationship).
fn typed_attribute(name: &str, annotation: &str, value: &str) -> String {
    const OPEN: &str = ": Mapped[";
    const CLOSE: &str = "] = ";
    let mut line = String::with_capacity(
        name.len() + OPEN.len() + annotation.len() + CLOSE.len() + value.len(),
    );
    for part in [name, OPEN, annotation, CLOSE, value] {
        line.push_str(part);
    }
    line
}

/// `name: Mapped[annotation] = relationship('Target', ...)`.
pub fn relationship(r: &mut Renderer, relationship: &Relationship) -> String {
    let kwargs = r.relationship_arguments(relationship);
    let annotation = r.relationship_annotation(relationship);
    let mut call = Call::new("relationship");
    pyrepr::push_string(call.arg(), &r.relationship_target(relationship));
    for (key, value) in kwargs {
        let arg = call.arg();
        arg.push_str(key);
        arg.push('=');
        arg.push_str(&value);
    }
    typed_attribute(&relationship.name, &annotation, &call.finish())
}

pub fn column_callable(is_table: bool) -> &'static str {
    if is_table {
        "Column"
    } else {
        "mapped_column"
    }
}
