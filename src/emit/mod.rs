//! Python emitters: print a [`Module`] as sqlacodegen 4.0.4 prints it, byte for
//! byte. The module layout is an askama template; the Python expressions inside
//! (columns, constraints, relationships) are rendered here from the model.

mod render;

use askama::Template;

use std::collections::BTreeSet;

use crate::model::infer::{self, Imports};
use crate::model::{names, Generator, Module};

/// The module: sections separated by one blank line, ending with a newline.
#[derive(Template)]
#[template(
    source = "{% for section in sections %}{% if !loop.first %}\n\n{% endif %}{{ section }}{% endfor %}\n",
    ext = "txt",
    escape = "none"
)]
struct ModuleTemplate<'a> {
    sections: &'a [String],
}

/// A class with its table arguments, column and relationship attributes.
#[derive(Template)]
#[template(
    source = "class {{ name }}({{ parent }}):\n{% for section in sections %}{% if !loop.first %}\n\n{% endif %}{{ section }}{% endfor %}",
    ext = "txt",
    escape = "none"
)]
struct ClassTemplate<'a> {
    name: &'a str,
    parent: &'a str,
    sections: &'a [String],
}

/// Print the module as Python source. The default output is printed once,
/// checked for names it binds over names read later ([`names::shadowing`]),
/// and printed again with those renamed; `--sqlacodegen-exact` prints
/// sqlacodegen's names as they are.
pub fn emit(module: &Module) -> String {
    let (mut text, mut rendered) = emit_once(module);
    if module.settings.sqlacodegen_exact {
        return text;
    }
    let mut fixed = module.clone();
    // Each round renames at least one name; a few rounds settle any module.
    for _ in 0..8 {
        let imports: BTreeSet<String> = rendered
            .imports
            .values()
            .flatten()
            .chain(&rendered.module_imports)
            .cloned()
            .collect();
        let class_names: Vec<String> = fixed.models.iter().map(|m| m.name.clone()).collect();
        let enum_names: Vec<String> = fixed.enums.iter().map(|e| e.name.clone()).collect();
        let base = if fixed.tables_only {
            "metadata"
        } else {
            "Base"
        };
        let clashes = names::shadowing(
            &rendered.rendered,
            &class_names,
            &enum_names,
            &imports,
            base,
        );
        if clashes.is_empty() {
            break;
        }
        infer::resolve_clashes(&mut fixed, &clashes, &imports);
        (text, rendered) = emit_once(&fixed);
    }
    text
}

fn emit_once(module: &Module) -> (String, render::Renderer<'_>) {
    let mut renderer = render::Renderer::new(module);
    let mut sections = Vec::new();
    let variables = renderer.module_variables();
    if !variables.is_empty() {
        sections.push(format!("{variables}\n"));
    }
    let enums = renderer.enum_classes();
    if !enums.is_empty() {
        sections.push(format!("{enums}\n"));
    }
    let models = renderer.models();
    if !models.is_empty() {
        sections.push(models);
    }
    let imports = group_imports(&renderer.imports, &renderer.module_imports);
    if !imports.is_empty() {
        sections.insert(0, imports);
    }
    let text = ModuleTemplate {
        sections: &sections,
    }
    .render()
    .expect("rendering a template into a String cannot fail");
    (text, renderer)
}

fn class_text(name: &str, parent: &str, sections: &[String]) -> String {
    ClassTemplate {
        name,
        parent,
        sections,
    }
    .render()
    .expect("rendering a template into a String cannot fail")
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
fn group_imports(imports: &Imports, module_imports: &std::collections::BTreeSet<String>) -> String {
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

/// The generators the emitter can print today.
pub fn supported(generator: Generator) -> bool {
    generator == Generator::Declarative
}
