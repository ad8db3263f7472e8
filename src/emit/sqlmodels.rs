//! sqlacodegen's `SQLModelGenerator`: classes `class Name(SQLModel,
//! table=True)` whose columns are `name: type = Field(sa_column=Column(...))`
//! and whose relationships are `Relationship(...)`, `SQLModel.metadata` for
//! the tables; views are never reflected (the CLI says so on stderr).

use super::render::{callable, Renderer};
use super::{declarative, Base, CodeGenerator};
use crate::model::infer::{ColumnAttribute, Model, Relationship};
use crate::model::{names, pyrepr, Module};

pub struct SqlModels;

/// The keyword arguments `Relationship()` takes itself; the others go in its
/// `sa_relationship_kwargs`.
const NATIVE_RELATIONSHIP_ARGUMENTS: [&str; 3] =
    ["back_populates", "cascade_delete", "passive_deletes"];

impl CodeGenerator for SqlModels {
    /// Nothing to declare: `SQLModel` is imported, and tables use its
    /// metadata.
    fn base(&self, _module: &Module) -> Base {
        Base {
            declarations: Vec::new(),
            metadata_ref: "SQLModel.metadata",
            name: "SQLModel",
        }
    }

    fn class_declaration(&self, name: &str, parent: &str) -> String {
        format!("class {name}({parent}, table=True):")
    }

    /// `__tablename__` only where SQLModel's default (the class name in
    /// lower case) is not the table's name. Outside exact mode the class name
    /// is the one Python binds (NFKC: `Ｆｉｌｅ` is `File`).
    fn class_variables(&self, r: &mut Renderer, model: &Model) -> Vec<String> {
        let exact = r.module.settings.sqlacodegen_exact;
        let default_name = names::bound_name(&model.name, exact).to_lowercase();
        declarative::class_variables_naming_table(r, model, model.table.name != default_name)
    }

    /// `name: annotation = Field(default=None, sa_column=Column('name', ...))`,
    /// `default=None` for a nullable column.
    fn column_attribute(&self, r: &mut Renderer, model: &Model, attr: &ColumnAttribute) -> String {
        let column = &model.table.columns[attr.column];
        let rendered = r.column(&model.table, column, true, false);
        let annotation = r.python_type(&model.table, column);
        let mut kwargs = Vec::new();
        if column.nullable {
            kwargs.push(String::from("default=None"));
        }
        kwargs.push(format!("sa_column={rendered}"));
        format!(
            "{}: {annotation} = {}",
            attr.name,
            callable("Field", &kwargs)
        )
    }

    fn relationship(&self, r: &mut Renderer, relationship: &Relationship) -> String {
        let kwargs = r.relationship_arguments(relationship);
        let annotation = r.relationship_annotation(relationship);
        let (native, other): (Vec<_>, Vec<_>) = kwargs
            .into_iter()
            .partition(|(key, _)| NATIVE_RELATIONSHIP_ARGUMENTS.contains(key));
        let mut args: Vec<String> = native
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !other.is_empty() {
            let entries: Vec<String> = other
                .into_iter()
                .map(|(k, v)| format!("{}: {v}", pyrepr::string(k)))
                .collect();
            args.push(format!("sa_relationship_kwargs={{{}}}", entries.join(", ")));
        }
        format!(
            "{}: {annotation} = {}",
            relationship.name,
            callable("Relationship", &args)
        )
    }

    fn column_callable(&self, _is_table: bool) -> &'static str {
        "Column"
    }

    fn annotates_with(&self, python_module: &str) -> bool {
        python_module != "sqlalchemy" && !python_module.starts_with("sqlalchemy.")
    }

    fn explicit_foreign_keys(&self) -> bool {
        true
    }
}
