//! Python emitters: print a [`Module`] as sqlacodegen 4.0.4 prints it, byte for
//! byte, with one of its four generators.
//!
//! sqlacodegen's generators are a class hierarchy (`TablesGenerator` →
//! `DeclarativeGenerator` → `DataclassGenerator`, `SQLModelGenerator`), each
//! overriding a few hooks. Here the hooks are the [`CodeGenerator`] trait; its
//! default methods are the declarative generator's (three of the four print
//! classes), and each generator's file holds only what it changes:
//! `tables.rs`, `declarative.rs`, `dataclasses.rs`, `sqlmodels.rs`. The loops
//! every generator shares (the module's sections, a class's sections, a
//! table's constraints and indexes, columns, types, relationship arguments)
//! are in `render.rs`; the class layout is an askama template.

mod dataclasses;
mod declarative;
mod render;
mod sqlmodels;
mod tables;
mod text;

use askama::Template;

use std::collections::BTreeSet;

use crate::model::infer::{self, ColumnAttribute, Imports, Model, Relationship};
use crate::model::{names, Generator, Module};

use render::Renderer;
pub use text::ModuleText;

/// What a generator declares before the enum classes and how a `Table`
/// names its MetaData (sqlacodegen's `Base`).
#[derive(Clone)]
pub struct Base {
    pub declarations: Vec<String>,
    /// `metadata`, `Base.metadata`, `SQLModel.metadata`.
    pub metadata_ref: &'static str,
    /// The module-level name the base binds (`metadata`, `Base`, `SQLModel`).
    pub name: &'static str,
}

/// The hooks a generator overrides. The defaults are the declarative
/// generator's (`declarative.rs`).
pub trait CodeGenerator: Sync {
    /// The module's base; `module.tables_only` when no table became a class.
    fn base(&self, module: &Module) -> Base;

    /// What separates two models.
    fn model_separator(&self) -> &'static str {
        declarative::MODEL_SEPARATOR
    }

    /// `class Name(Parent):`.
    fn class_declaration(&self, name: &str, parent: &str) -> String {
        declarative::class_declaration(name, parent)
    }

    /// `__tablename__`, `__table_args__`.
    fn class_variables(&self, r: &mut Renderer, model: &Model) -> Vec<String> {
        declarative::class_variables(r, model)
    }

    /// One column's attribute statement.
    fn column_attribute(&self, r: &mut Renderer, model: &Model, attr: &ColumnAttribute) -> String {
        declarative::column_attribute(r, model, attr)
    }

    /// One relationship's attribute statement.
    fn relationship(&self, r: &mut Renderer, relationship: &Relationship) -> String {
        declarative::relationship(r, relationship)
    }

    /// The callable a column is written with: `Column` in a `Table`,
    /// `mapped_column` in a class.
    fn column_callable(&self, is_table: bool) -> &'static str {
        declarative::column_callable(is_table)
    }

    /// Outside exact mode, how a class writes a column of a type SQLAlchemy
    /// does not know (`NullType`), which `mapped_column()` would resolve from
    /// its `Mapped[object]` annotation and cannot: as a `Column` (true), or
    /// as sqlacodegen writes it with the base mapping `object` to `NullType`
    /// (a dataclass field holding a `Column` would have a default).
    fn untyped_column_as_column(&self) -> bool {
        true
    }

    /// Whether an annotation may name a Python class of this module, or is
    /// `Any` instead (outside exact mode: pydantic has no schema for
    /// SQLAlchemy's own value classes, such as `BitString`).
    fn annotates_with(&self, _python_module: &str) -> bool {
        true
    }

    /// Whether `remote_side`/`foreign_keys` name every column by its class
    /// (`'[Node.parent_id]'`), the source's own too.
    fn explicit_foreign_keys(&self) -> bool {
        false
    }
}

/// The generator behind `--generator`.
fn code_generator(generator: Generator) -> &'static dyn CodeGenerator {
    match generator {
        Generator::Tables => &tables::Tables,
        Generator::Declarative => &declarative::Declarative,
        Generator::Dataclasses => &dataclasses::Dataclasses,
        Generator::SqlModels => &sqlmodels::SqlModels,
    }
}

/// A class: its declaration, then its sections (class variables, column
/// attributes, relationships) indented and separated by one blank line.
#[derive(Template)]
#[template(
    source = "{{ declaration }}\n{% for section in sections %}{% if !loop.first %}\n\n{% endif %}{{ section }}{% endfor %}",
    ext = "txt",
    escape = "none"
)]
struct ClassTemplate<'a> {
    declaration: &'a str,
    sections: &'a [render::Indented<'a>],
}

/// Print the module as Python source. The default output is printed once,
/// checked for names it binds over names read later ([`names::Shadowing`]),
/// and printed again with those renamed; `--sqlacodegen-exact` prints
/// sqlacodegen's names as they are.
pub fn emit(module: &Module) -> ModuleText {
    emit_split(module, render::PARALLEL_FROM_MODELS)
}

/// [`emit`], printing the models on two threads when there are at least
/// `parallel_from` of them.
fn emit_split(module: &Module, parallel_from: usize) -> ModuleText {
    let generator = code_generator(module.generator);
    let (text, mut rendered) = emit_once(module, generator, parallel_from);
    if module.settings.sqlacodegen_exact {
        return text;
    }
    // Most modules have nothing to rename: the module is copied only when
    // the first rendering shows a clash.
    let Some((imports, clashes)) = clashes_of(module, &mut rendered) else {
        return text;
    };
    drop((text, rendered));
    let mut fixed = module.clone();
    infer::resolve_clashes(&mut fixed, &clashes, &imports);
    let (mut text, mut rendered) = emit_once(&fixed, generator, parallel_from);
    // Each round renames at least one name; a few rounds settle any module.
    for _ in 1..8 {
        let Some((imports, clashes)) = clashes_of(&fixed, &mut rendered) else {
            break;
        };
        drop(rendered);
        infer::resolve_clashes(&mut fixed, &clashes, &imports);
        (text, rendered) = emit_once(&fixed, generator, parallel_from);
    }
    text
}

/// The names a rendering binds wrongly ([`names::Shadowing`]) with every
/// name the module imports; `None` when there is nothing to rename.
fn clashes_of(
    module: &Module,
    rendered: &mut Renderer,
) -> Option<(BTreeSet<String>, names::Clashes)> {
    let imports: BTreeSet<String> = rendered
        .imports
        .values()
        .flatten()
        .chain(&rendered.module_imports)
        .cloned()
        .collect();
    let enum_names: Vec<&str> = module.enums.iter().map(|e| e.name.as_str()).collect();
    let clashes = rendered
        .shadowing
        .take()
        .expect("a rendering outside exact mode reads its statements")
        .finish(&enum_names, &imports, rendered.base.name);
    (!clashes.is_empty()).then_some((imports, clashes))
}

/// sqlacodegen's `generate`: module variables, enum classes, models, and the
/// imports they collected put first.
fn emit_once<'a>(
    module: &'a Module,
    generator: &'a dyn CodeGenerator,
    parallel_from: usize,
) -> (ModuleText, Renderer<'a>) {
    let mut renderer = Renderer::new(module, generator);
    let mut sections = Vec::new();
    let variables = renderer.base.declarations.join("\n");
    if !variables.is_empty() {
        sections.push(format!("{variables}\n"));
    }
    let enums = renderer.enum_classes();
    if !enums.is_empty() {
        sections.push(format!("{enums}\n"));
    }
    let models = renderer.models_split(parallel_from);
    let imports = group_imports(&renderer.imports, &renderer.module_imports);
    if !imports.is_empty() {
        sections.insert(0, imports);
    }
    // The sections, separated by one blank line, ending with a newline. The
    // models' text, most of the module, is never copied into one string with
    // the sections before it: it is written after them.
    let mut head = sections.join("\n\n");
    if !head.is_empty() && !models.is_empty() {
        head.push_str("\n\n");
    }
    (ModuleText::new(head, models), renderer)
}

/// A class's text, written to the end of `out`.
fn write_class(out: &mut String, declaration: &str, sections: &[render::Indented<'_>]) {
    ClassTemplate {
        declaration,
        sections,
    }
    .render_into(out)
    .expect("rendering a template into a String cannot fail");
}

/// Packages Python's `sys.stdlib_module_names` holds, among those we import.
fn is_stdlib(package: &str) -> bool {
    matches!(
        package.split('.').next().unwrap_or(package),
        "typing" | "datetime" | "decimal" | "uuid" | "enum" | "__future__" | "ipaddress"
    ) && package != "__future__"
}

/// sqlacodegen's `group_imports`: `from` lines sorted by package then `import`
/// lines, in stdlib and third-party groups separated by a blank line.
fn group_imports(imports: &Imports, module_imports: &BTreeSet<String>) -> String {
    let mut future = Vec::new();
    let mut stdlib = Vec::new();
    let mut thirdparty = Vec::new();
    for (package, names) in imports {
        if names.is_empty() {
            continue;
        }
        let line = format!(
            "from {package} import {}",
            names
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        );
        match package.as_str() {
            "__future__" => future.push(line),
            p if is_stdlib(p) => stdlib.push(line),
            _ => thirdparty.push(line),
        }
    }
    for module in module_imports {
        let line = format!("import {module}");
        if is_stdlib(module) {
            stdlib.push(line);
        } else {
            thirdparty.push(line);
        }
    }
    [future, stdlib, thirdparty]
        .into_iter()
        .filter(|group| !group.is_empty())
        .map(|group| group.join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod printing_on_two_threads {
    use super::*;
    use crate::dialect::Dialect;
    use crate::model::reflect::{reflect, ReflectRequest};
    use crate::model::{infer, Generator, Settings};

    /// Enough tables to be printed in two halves, with what printing records
    /// along the way: foreign keys across the halves and to the table itself,
    /// enums, association tables, views, imports only the second half needs,
    /// and names that shadow imports (renamed after a first printing).
    fn long_schema() -> String {
        let mut sql = String::from(
            "CREATE TYPE mood AS ENUM ('sad', 'ok');\n\
             CREATE TABLE integer (id int PRIMARY KEY, note text);\n\
             CREATE TABLE \"String\" (id int PRIMARY KEY, integer_id int REFERENCES integer);\n",
        );
        for i in 0..1200 {
            let other = (i * 7919) % 1200;
            sql.push_str(&format!(
                "CREATE TABLE t{i} (id serial PRIMARY KEY, name varchar(40) NOT NULL, \
                 m mood, parent_id int REFERENCES t{i}, integer_id int REFERENCES integer, \
                 created timestamptz DEFAULT now());\n"
            ));
            if i % 3 == 0 {
                sql.push_str(&format!(
                    "CREATE TABLE t{i}_t{other} (a int REFERENCES t{i}, b int REFERENCES \
                     t{other}, PRIMARY KEY (a, b));\n"
                ));
            }
            if i % 5 == 0 {
                sql.push_str(&format!("CREATE VIEW v{i} AS SELECT id, name FROM t{i};\n"));
            }
            if i >= 1190 {
                sql.push_str(&format!(
                    "CREATE TABLE zz_late{i} (id int PRIMARY KEY, address inet, doc jsonb, \
                     amount numeric(10, 2), u uuid);\n"
                ));
            }
        }
        // A model printed in the second half (it refers to tables printed
        // late): its attribute `datetime` would hide the module `datetime`
        // that the column after it reads.
        sql.push_str(
            "CREATE TABLE text (id int PRIMARY KEY, body text);\n\
             CREATE TABLE zz_shadow (id int PRIMARY KEY, \"Integer\" int, x int, \
             a int, b int, FOREIGN KEY (a, b) REFERENCES t1197_t{}, note text, \
             \"datetime\" int, made timestamp);\n",
        );
        sql.replace("t1197_t{}", &format!("t1197_t{}", (1197 * 7919) % 1200))
    }

    /// One printing, with what it recorded.
    fn printed_and_recorded(module: &Module, parallel_from: usize) -> String {
        let generator = code_generator(module.generator);
        let (text, mut renderer) = emit_once(module, generator, parallel_from);
        let text = text.into_string().expect("the module read back");
        let clashes = renderer.shadowing.take().map(|shadowing| {
            let enums: Vec<&str> = module.enums.iter().map(|e| e.name.as_str()).collect();
            shadowing.finish(&enums, &BTreeSet::new(), renderer.base.name)
        });
        format!(
            "{text}\n{:?}\n{:?}\n{clashes:?}",
            renderer.imports, renderer.module_imports
        )
    }

    #[test]
    fn a_long_module_prints_the_same_on_one_thread_and_on_two() {
        let sql = long_schema();
        let (statements, diagnostics) = crate::parse::parse_script(0, &sql, Dialect::PostgreSql);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        for generator in [
            Generator::Tables,
            Generator::Declarative,
            Generator::Dataclasses,
            Generator::SqlModels,
        ] {
            for exact in [false, true] {
                let (catalog, _) =
                    crate::catalog::apply::build_catalog(Dialect::PostgreSql, &statements, &[&sql]);
                let request = ReflectRequest {
                    schemas: Vec::new(),
                    tables: None,
                    views: generator.views_supported(),
                };
                let settings = Settings {
                    generator,
                    options: Default::default(),
                    sqlacodegen_exact: exact,
                };
                let metadata = reflect(catalog, &request, &settings).expect("reflected");
                let module = infer(metadata, settings);
                assert!(module.models.len() > 2 * render::PARALLEL_FROM_MODELS);
                let late = module
                    .models
                    .iter()
                    .position(|m| m.table.name == "zz_shadow");
                assert!(
                    late > Some(module.models.len() / 2 + 10),
                    "{generator:?}: zz_shadow at {late:?} of {}",
                    module.models.len()
                );
                let alone = emit_split(&module, usize::MAX).into_string().unwrap();
                let halves = emit_split(&module, 2).into_string().unwrap();
                assert!(
                    alone == halves,
                    "{generator:?}, exact {exact}: another module"
                );
                assert!(
                    printed_and_recorded(&module, usize::MAX) == printed_and_recorded(&module, 2),
                    "{generator:?}, exact {exact}: recorded otherwise"
                );
                assert!(alone.contains("INET"), "{generator:?}: {alone:.400}");
                if !exact && generator != Generator::Tables {
                    // Renamed in the first half, read in the second.
                    assert!(alone.contains("class Integer_("), "{alone:.1000}");
                    assert!(alone.contains("    datetime_: "), "{alone:.1000}");
                    for shadowing in ["class Text(", "    Integer: ", "    datetime: "] {
                        let at = alone.find(shadowing);
                        assert!(at.is_none(), "{}", &alone[at.unwrap_or(0)..][..400]);
                    }
                }
            }
        }
    }
}
