//! What every generator renders the same way: the module's models in order, a
//! class's sections, `Table(...)`, columns, types, constraints and indexes,
//! enum classes, Python annotations, and relationship arguments. The
//! generator's hooks ([`CodeGenerator`]) decide the rest.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::fmt::Write;

use rustc_hash::FxHashMap as HashMap;

use super::text::ModelsText;
use super::{Base, CodeGenerator};
use crate::model::infer::{
    self, index_uses_default_name, sorted_constraints, Imports, Join, Model, Module, Relationship,
    RelationshipType,
};
use crate::model::metadata::{
    MetaColumn, MetaConstraint, MetaForeignKey, MetaIndex, MetaTable, SaType, ServerDefault,
    TypeKind,
};
use crate::model::names::{self, Binding, Shadowing};
use crate::model::pyrepr;
use crate::model::pyrepr::DictValue;

pub const INDENT: &str = "    ";

/// (model, constraint) of a foreign key → (model, relationship index) of the
/// relationships along it.
type RelationshipsByKey = HashMap<(usize, usize), Vec<(usize, usize)>>;

pub struct Renderer<'a> {
    pub module: &'a Module,
    generator: &'a dyn CodeGenerator,
    /// The generator's base for this module, worked out once.
    pub base: Base,
    pub imports: Imports,
    pub module_imports: BTreeSet<String>,
    /// What the statements printed so far bind and read, outside exact mode
    /// (which prints sqlacodegen's names whatever they shadow).
    pub shadowing: Option<Shadowing<'a>>,
    /// The relationships along each foreign key ((model, constraint) → (model,
    /// relationship) in module order), made when a first key shares a column
    /// with another.
    relationships_by_key: OnceCell<RelationshipsByKey>,
}

/// About how long the models' text is (some 150 bytes a column and 100 a
/// relationship are written): where a long module is cut in two halves.
fn estimated_models_len(models: &[Model]) -> usize {
    models
        .iter()
        .map(|m| {
            let relationships = m.class.as_ref().map_or(0, |c| c.relationships.len());
            160 * m.table.columns.len() + 100 * relationships + 64
        })
        .sum()
}

/// Modules of this many models and more are printed on two threads.
pub(crate) const PARALLEL_FROM_MODELS: usize = 512;

/// sqlacodegen's `render_callable`.
pub fn callable(name: &str, args: &[String]) -> String {
    format!("{name}({})", args.join(", "))
}

fn callable_indented(name: &str, args: &[String], indentation: &str) -> String {
    if args.is_empty() {
        return format!("{name}()");
    }
    let delimiter = format!(",\n{indentation}");
    format!("{name}(\n{indentation}{}\n)", args.join(&delimiter))
}

/// A call written straight into its text: `name(arg, arg, ...)`.
pub struct Call {
    text: String,
    empty: bool,
}

impl Call {
    pub fn new(name: &str) -> Self {
        let mut text = String::with_capacity(64);
        text.push_str(name);
        text.push('(');
        Call { text, empty: true }
    }

    /// The buffer the next argument is written to (after a `, `).
    pub fn arg(&mut self) -> &mut String {
        if !self.empty {
            self.text.push_str(", ");
        }
        self.empty = false;
        &mut self.text
    }

    pub fn push(&mut self, arg: &str) {
        self.arg().push_str(arg);
    }

    /// `key='value'`, the value as Python's `repr` writes it.
    pub fn keyword_string(&mut self, key: &str, value: &str) {
        let arg = self.arg();
        arg.push_str(key);
        arg.push('=');
        pyrepr::push_string(arg, value);
    }

    pub fn finish(mut self) -> String {
        self.text.push(')');
        self.text
    }
}

/// A foreign key's target as Python: sqlacodegen's dotted string
/// (`'schema.table.column'`); outside exact mode, where a name holds a dot
/// the string cannot say which dots separate, SQLAlchemy 2.1's token tuple
/// (`('my.table', 'id')`).
fn fk_target(fk: &MetaForeignKey, column: &str, exact: bool) -> String {
    let tokens: Vec<&str> = fk
        .referred_schema
        .iter()
        .map(String::as_str)
        .chain([fk.referred_table.as_str(), column])
        .collect();
    if !exact && tokens.iter().any(|t| t.contains('.')) {
        let items: Vec<String> = tokens.iter().map(|t| pyrepr::string(t)).collect();
        return format!("({})", items.join(", "));
    }
    pyrepr::string(&tokens.join("."))
}

/// `uses_default_name` for constraints: only an unnamed constraint uses the default
/// naming convention (which names nothing but indexes).
fn constraint_default_name(constraint: &MetaConstraint) -> bool {
    match constraint {
        MetaConstraint::PrimaryKey { name, .. }
        | MetaConstraint::Unique { name, .. }
        | MetaConstraint::Check { name, .. } => name.is_none(),
        MetaConstraint::ForeignKey(fk) => fk.name.is_none(),
    }
}

fn constraint_columns(constraint: &MetaConstraint) -> &[String] {
    match constraint {
        MetaConstraint::PrimaryKey { columns, .. } | MetaConstraint::Unique { columns, .. } => {
            columns
        }
        MetaConstraint::ForeignKey(fk) => &fk.columns,
        MetaConstraint::Check { .. } => &[],
    }
}

impl<'a> Renderer<'a> {
    pub fn new(module: &'a Module, generator: &'a dyn CodeGenerator) -> Self {
        Renderer {
            module,
            generator,
            base: generator.base(module),
            imports: module.imports.clone(),
            module_imports: BTreeSet::new(),
            shadowing: (!module.settings.sqlacodegen_exact)
                .then(|| Shadowing::new(module.models.iter().map(|m| m.name.as_str()).collect())),
            relationships_by_key: OnceCell::new(),
        }
    }

    pub fn add_import(&mut self, package: &str, name: &str) {
        infer::add_import(&mut self.imports, package, name);
    }

    pub fn enum_classes(&mut self) -> String {
        if self.module.enums.is_empty() {
            return String::new();
        }
        self.module_imports.insert(String::from("enum"));
        let mut enums: Vec<_> = self.module.enums.iter().collect();
        enums.sort_by(|a, b| a.name.cmp(&b.name));
        let mut out = Vec::new();
        for e in enums {
            let names = names::enum_member_names(&e.values, self.module.settings.sqlacodegen_exact);
            let members: Vec<String> = e
                .values
                .iter()
                .zip(names)
                .map(|(value, member)| {
                    format!(
                        "{INDENT}{member} = {}",
                        pyrepr::string(&names::enum_member_value(value))
                    )
                })
                .collect();
            out.push(format!(
                "class {}(str, enum.Enum):\n{}",
                e.name,
                members.join("\n")
            ));
        }
        out.join("\n\n\n")
    }

    /// sqlacodegen's `render_models`: each class or `name = Table(...)`,
    /// written into the models' text, which spools itself to a temporary
    /// file as it grows. A long module is printed in two halves on two
    /// threads (from `parallel_from` models on), each with a renderer and a
    /// text of its own, the second's text and records then taken in after
    /// the first's: the same text and records as printed in one go.
    pub(super) fn models_split(&mut self, parallel_from: usize) -> ModelsText {
        let module = self.module;
        let count = module.models.len();
        let mut text = ModelsText::default();
        if count < parallel_from.max(2) {
            self.models_into(0..count, &mut text);
            return text;
        }
        // Halves of about the same text.
        let total = estimated_models_len(&module.models);
        let mut sum = 0;
        let middle = module
            .models
            .iter()
            .position(|model| {
                sum += estimated_models_len(std::slice::from_ref(model));
                sum * 2 >= total
            })
            .map_or(count / 2, |k| k + 1)
            .clamp(1, count - 1);
        let mut later = self.fork_at(middle);
        let later = std::thread::scope(|scope| {
            let printing = std::thread::Builder::new()
                .name(String::from("ddlcodegen-emit"))
                .stack_size(crate::parse::PARSER_STACK_BYTES)
                .spawn_scoped(scope, move || {
                    let mut text = ModelsText::default();
                    later.models_into(middle..count, &mut text);
                    (text, later)
                });
            match printing {
                Ok(printing) => {
                    self.models_into(0..middle, &mut text);
                    Some(
                        printing
                            .join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                    )
                }
                Err(_) => None,
            }
        });
        match later {
            Some((later_text, later)) => {
                text.buffer.push_str(self.generator.model_separator());
                text.append(later_text);
                self.absorb(later);
            }
            // No thread to be had: all here.
            None => self.models_into(0..count, &mut text),
        }
        text
    }

    /// The models in `range`, each after the separator unless it is the
    /// first of the range.
    fn models_into(&mut self, range: std::ops::Range<usize>, text: &mut ModelsText) {
        let module = self.module;
        let separator = self.generator.model_separator();
        let first = range.start;
        for index in range {
            let model = &module.models[index];
            let out = &mut text.buffer;
            if index > first {
                out.push_str(separator);
            }
            if model.class.is_some() {
                self.class(index, model, out);
            } else {
                let table = self.table(&model.table);
                let statement = format!("{} = {table}", model.name);
                out.push_str(&statement);
                if let Some(shadowing) = &mut self.shadowing {
                    shadowing.model(index, None, &[(None, &statement)]);
                }
            }
            text.model_printed();
        }
    }

    /// A renderer for the same module that has recorded nothing yet, to
    /// print the models from `position` on.
    fn fork_at(&self, position: usize) -> Renderer<'a> {
        Renderer {
            module: self.module,
            generator: self.generator,
            base: self.base.clone(),
            imports: Imports::new(),
            module_imports: BTreeSet::new(),
            shadowing: self.shadowing.as_ref().map(|s| s.fork_at(position)),
            relationships_by_key: OnceCell::new(),
        }
    }

    /// Take in what a fork that printed the models after ours recorded.
    fn absorb(&mut self, later: Renderer<'a>) {
        for (package, names) in later.imports {
            self.imports.entry(package).or_default().extend(names);
        }
        self.module_imports.extend(later.module_imports);
        if let (Some(shadowing), Some(later)) = (&mut self.shadowing, later.shadowing) {
            shadowing.absorb(later);
        }
    }

    /// The constraints and indexes a table or `__table_args__` lists: those a
    /// column's own arguments (`primary_key`, `unique`, `index`, a one-column
    /// `ForeignKey`) do not already say.
    fn constraints_and_indexes(&self, table: &MetaTable) -> Vec<String> {
        let mut args = Vec::new();
        if !table.constraints_hidden {
            for constraint in sorted_constraints(table) {
                if constraint_default_name(constraint) {
                    match constraint {
                        MetaConstraint::PrimaryKey { .. } => continue,
                        MetaConstraint::ForeignKey(_) | MetaConstraint::Unique { .. }
                            if constraint_columns(constraint).len() == 1 =>
                        {
                            continue
                        }
                        _ => {}
                    }
                }
                args.push(self.constraint(constraint));
            }
        }
        for index in sorted_indexes(table) {
            if index.columns.len() > 1 || !index_uses_default_name(index) {
                args.push(self.index(index));
            }
        }
        args
    }

    fn table(&mut self, table: &MetaTable) -> String {
        let mut args = vec![format!(
            "{}, {}",
            pyrepr::string(&table.name),
            self.base.metadata_ref
        )];
        for column in &table.columns {
            args.push(self.column(table, column, true, true));
        }
        args.extend(self.constraints_and_indexes(table));
        if let Some(schema) = &table.schema {
            args.push(format!("schema={}", pyrepr::string(schema)));
        }
        if let Some(comment) = &table.comment {
            args.push(format!("comment={}", pyrepr::string(comment)));
        }
        let mut dialect_kwargs: Vec<&(String, String)> = table.dialect_kwargs.iter().collect();
        dialect_kwargs.sort();
        let exact = self.module.settings.sqlacodegen_exact;
        let (plain, odd): (Vec<_>, Vec<_>) = dialect_kwargs
            .into_iter()
            .partition(|(k, _)| exact || pyrepr::is_identifier(k));
        args.extend(plain.iter().map(|(k, v)| format!("{k}={v}")));
        if !odd.is_empty() {
            // A key that is no Python name (`mysql_default charset`) goes in a
            // `**{...}` instead of being pasted as a keyword.
            let entries: Vec<String> = odd
                .iter()
                .map(|(k, v)| format!("{}: {v}", pyrepr::string(k)))
                .collect();
            args.push(format!("**{{{}}}", entries.join(", ")));
        }
        callable_indented("Table", &args, INDENT)
    }

    fn index(&self, index: &MetaIndex) -> String {
        let mut args = vec![pyrepr::string(&index.name)];
        args.extend(index.columns.iter().map(|c| pyrepr::string(c)));
        let mut kwargs: Vec<&(String, String)> = index.kwargs.iter().collect();
        kwargs.sort();
        let exact = self.module.settings.sqlacodegen_exact;
        args.extend(kwargs.into_iter().map(|(k, v)| {
            if !exact && index.sql_text_kwargs.contains(k) {
                // sqlacodegen prints the TextClause bare, which is rarely Python.
                format!("{k}=text({})", pyrepr::string(v))
            } else {
                format!("{k}={v}")
            }
        }));
        if index.unique {
            args.push(String::from("unique=True"));
        }
        callable("Index", &args)
    }

    fn fk_options(fk: &MetaForeignKey, call: &mut Call) {
        if let Some(v) = &fk.ondelete {
            call.keyword_string("ondelete", v);
        }
        if let Some(v) = &fk.onupdate {
            call.keyword_string("onupdate", v);
        }
        if fk.deferrable == Some(true) {
            call.push("deferrable=True");
        }
        if let Some(v) = &fk.initially {
            call.keyword_string("initially", v);
        }
        if let Some(v) = &fk.match_kind {
            call.keyword_string("match", v);
        }
    }

    fn constraint(&self, constraint: &MetaConstraint) -> String {
        let (class, name) = match constraint {
            MetaConstraint::ForeignKey(fk) => ("ForeignKeyConstraint", &fk.name),
            MetaConstraint::Check { name, .. } => ("CheckConstraint", name),
            MetaConstraint::Unique { name, .. } => ("UniqueConstraint", name),
            MetaConstraint::PrimaryKey { name, .. } => ("PrimaryKeyConstraint", name),
        };
        let mut call = Call::new(class);
        match constraint {
            MetaConstraint::ForeignKey(fk) => {
                call.push(&pyrepr::string_list(&fk.columns));
                let exact = self.module.settings.sqlacodegen_exact;
                let remote = call.arg();
                remote.push('[');
                for (i, c) in fk.referred_columns.iter().enumerate() {
                    if i > 0 {
                        remote.push_str(", ");
                    }
                    remote.push_str(&fk_target(fk, c, exact));
                }
                remote.push(']');
                Self::fk_options(fk, &mut call);
            }
            MetaConstraint::Check { sqltext, .. } => {
                pyrepr::push_string(call.arg(), sqltext);
            }
            MetaConstraint::Unique { columns, .. } | MetaConstraint::PrimaryKey { columns, .. } => {
                for c in columns {
                    pyrepr::push_string(call.arg(), c);
                }
            }
        }
        if let Some(name) = name {
            call.keyword_string("name", name);
        }
        call.finish()
    }

    /// sqlacodegen's `render_column`, written into one buffer.
    pub fn column(
        &mut self,
        table: &MetaTable,
        column: &MetaColumn,
        show_name: bool,
        is_table: bool,
    ) -> String {
        let exact = self.module.settings.sqlacodegen_exact;
        let composite_pk = column.primary_key && table.primary_key().len() > 1;
        let dedicated_fks = dedicated_foreign_keys(table, column);
        let is_unique = table.constraints.iter().any(|c| {
            matches!(c, MetaConstraint::Unique { name: None, columns } if columns.len() == 1 && columns[0] == column.name)
        }) || table.indexes.iter().any(|i| {
            i.unique && i.columns.len() == 1 && i.columns[0] == column.name && index_uses_default_name(i)
        });
        let is_primary = column.primary_key;
        let has_index = table.indexes.iter().any(|i| {
            i.columns.len() == 1 && i.columns[0] == column.name && index_uses_default_name(i)
        });
        // mapped_column() takes a NullType column's type from its Mapped[]
        // annotation, and none maps `object`: outside exact mode such an
        // attribute is a Column, which keeps the NullType.
        let untyped = is_untyped(column, &dedicated_fks)
            && !exact
            && self.generator.untyped_column_as_column();
        let callable_name = if untyped {
            "Column"
        } else {
            self.generator.column_callable(is_table)
        };
        if callable_name == "Column" {
            self.add_import("sqlalchemy", "Column");
        }
        let mut call = Call::new(callable_name);
        if show_name {
            pyrepr::push_string(call.arg(), &column.name);
        }
        let self_referencing = dedicated_fks.iter().any(|fk| {
            fk.referred_table == table.name
                && fk.referred_schema == table.schema
                && fk.referred_columns.first() == Some(&column.name)
        });
        if dedicated_fks.is_empty() || self_referencing {
            call.push(&self.column_type(table, column));
        }
        if !dedicated_fks.is_empty() && !exact {
            // Collected from the constraints, which `noconstraints` hides from
            // sqlacodegen's import pass.
            self.add_import("sqlalchemy", "ForeignKey");
        }
        for fk in &dedicated_fks {
            let mut fk_call = Call::new("ForeignKey");
            fk_call.push(&fk_target(fk, &fk.referred_columns[0], exact));
            Self::fk_options(fk, &mut fk_call);
            call.push(&fk_call.finish());
        }
        if let Some((sequence, schema)) = column.sequence() {
            let mut seq_call = Call::new("Sequence");
            pyrepr::push_string(seq_call.arg(), sequence);
            if let Some(schema) = schema {
                seq_call.keyword_string("schema", schema);
            }
            call.push(&seq_call.finish());
        }
        match column.server_default() {
            Some(ServerDefault::Computed(generated)) => {
                let mut computed = Call::new("Computed");
                pyrepr::push_string(computed.arg(), &generated.expression);
                if let Some(p) = &generated.persisted {
                    computed.push(if *p {
                        "persisted=True"
                    } else {
                        "persisted=False"
                    });
                }
                call.push(&computed.finish());
            }
            Some(ServerDefault::Identity(identity)) => {
                let mut id = Call::new("Identity");
                if identity.always {
                    id.push("always=True");
                }
                let _ = write!(id.arg(), "start={}", identity.start);
                let _ = write!(id.arg(), "increment={}", identity.increment);
                let _ = write!(id.arg(), "minvalue={}", identity.minvalue);
                let _ = write!(id.arg(), "maxvalue={}", identity.maxvalue);
                id.push(if identity.cycle {
                    "cycle=True"
                } else {
                    "cycle=False"
                });
                let _ = write!(id.arg(), "cache={}", identity.cache);
                call.push(&id.finish());
            }
            Some(ServerDefault::Text(_)) | None => {}
        }
        // The keyword arguments, after every positional one.
        if is_primary {
            call.push("primary_key=True");
        }
        if column.autoincrement == Some(true) && is_primary {
            call.push("autoincrement=True");
        }
        if !column.nullable && !column.primary_key {
            call.push("nullable=False");
        }
        if column.nullable && composite_pk {
            call.push("nullable=True");
        }
        if is_unique {
            call.push("unique=True");
        }
        if has_index {
            call.push("index=True");
        }
        if let Some(ServerDefault::Text(text)) = column.server_default() {
            let arg = call.arg();
            arg.push_str("server_default=text(");
            pyrepr::push_string(arg, text);
            arg.push(')');
        }
        if let Some(comment) = column.comment() {
            call.keyword_string("comment", comment);
        }
        call.finish()
    }

    /// sqlacodegen's `render_column_type`.
    fn column_type(&mut self, table: &MetaTable, column: &MetaColumn) -> String {
        let sa = &column.sa_type;
        if let Some(class) = self.module.enum_class_for(&table.name, &column.name) {
            let enum_type = match &sa.kind {
                TypeKind::Array { item, .. } => &item.kind,
                other => other,
            };
            let mut extra = String::new();
            if let TypeKind::Enum(enumeration) = enum_type {
                if let Some(name) = &enumeration.name {
                    extra.push_str(&format!(", name={}", pyrepr::string(name)));
                }
                if let Some(schema) = &enumeration.schema {
                    extra.push_str(&format!(", schema={}", pyrepr::string(schema)));
                }
            }
            let rendered = format!(
                "Enum({class}, values_callable=lambda cls: [member.value for member in cls]{extra})"
            );
            if matches!(sa.kind, TypeKind::Array { .. }) {
                return format!("ARRAY({rendered})");
            }
            return rendered;
        }
        if !self.module.settings.sqlacodegen_exact {
            if let Some(importable) = importable_type(sa) {
                return render_type(&importable);
            }
        }
        render_type(sa)
    }

    /// sqlacodegen's `render_class`: class variables, column attributes
    /// (non-nullable first), relationships, each section indented; written
    /// to `out`, its statements read for [`names::Shadowing`].
    fn class(&mut self, index: usize, model: &Model, out: &mut String) {
        let generator = self.generator;
        let class = model.class.as_ref().expect("a class model");
        let variables = generator.class_variables(self, model);
        let mut statements = Vec::with_capacity(class.columns.len() + class.relationships.len());
        for (position, attr) in model.columns_in_print_order() {
            let statement = generator.column_attribute(self, model, attr);
            statements.push((Some(Binding::Column(position)), statement));
        }
        let column_count = statements.len();
        for (position, relationship) in class.relationships.iter().enumerate() {
            let statement = generator.relationship(self, relationship);
            statements.push((Some(Binding::Relationship(position)), statement));
        }
        let (columns, relationships) = statements.split_at(column_count);
        let sections: Vec<Indented<'_>> = [
            variables.iter().map(String::as_str).collect::<Vec<_>>(),
            columns.iter().map(|(_, s)| s.as_str()).collect(),
            relationships.iter().map(|(_, s)| s.as_str()).collect(),
        ]
        .into_iter()
        .filter(|lines| !lines.is_empty())
        .map(Indented)
        .collect();
        let parent = class
            .parent
            .map(|p| self.module.models[p].name.clone())
            .unwrap_or_else(|| self.base.name.to_string());
        super::write_class(
            out,
            &generator.class_declaration(&model.name, &parent),
            &sections,
        );
        if let Some(shadowing) = &mut self.shadowing {
            let statements: Vec<(Option<Binding>, &str)> =
                statements.iter().map(|(b, s)| (*b, s.as_str())).collect();
            shadowing.model(index, Some((&parent, class.parent)), &statements);
        }
    }

    /// sqlacodegen's `render_table_args`: the constraints and indexes, then
    /// the keyword arguments as one `pformat`ted dict.
    pub fn table_args(&mut self, table: &MetaTable) -> String {
        let mut args = self.constraints_and_indexes(table);
        let mut kwargs: Vec<(&str, DictValue<'_>)> = Vec::new();
        if let Some(comment) = &table.comment {
            kwargs.push(("comment", DictValue::Str(comment)));
        }
        if let Some(schema) = &table.schema {
            kwargs.push(("schema", DictValue::Str(schema)));
        }
        for (key, value) in &table.dialect_kwargs {
            kwargs.push((key, DictValue::Raw(value)));
        }
        if !kwargs.is_empty() {
            let formatted = pyrepr::pformat_dict(&kwargs);
            if args.is_empty() {
                return formatted;
            }
            args.push(formatted);
        }
        if args.is_empty() {
            return String::new();
        }
        let mut rendered = args.join(&format!(",\n{INDENT}"));
        if args.len() == 1 {
            rendered.push(',');
        }
        format!("(\n{INDENT}{rendered}\n)")
    }

    /// sqlacodegen's `render_column_python_type`: `Optional[...]` when
    /// nullable, `list[...]` per array dimension, the enum class or the
    /// type's Python class.
    pub fn python_type(&mut self, table: &MetaTable, column: &MetaColumn) -> String {
        let mut out = String::with_capacity(32);
        // The brackets opened, closed after the inner type.
        let mut open = 0;
        if column.nullable {
            self.add_import("typing", "Optional");
            out.push_str("Optional[");
            open += 1;
        }
        let mut sa = &column.sa_type;
        if let TypeKind::Array { item, dimensions } = &sa.kind {
            let dims = dimensions.unwrap_or(1).max(1);
            for _ in 0..dims {
                out.push_str("list[");
                open += 1;
            }
            sa = item;
        }
        if let Some(class) = self.module.enum_class_for(&table.name, &column.name) {
            out.push_str(class);
        } else {
            match sa.python.module() {
                Some(module)
                    if !self.module.settings.sqlacodegen_exact
                        && !self.generator.annotates_with(module) =>
                {
                    self.add_import("typing", "Any");
                    out.push_str("Any");
                }
                Some(module) => {
                    if !self.module_imports.contains(module) {
                        self.module_imports.insert(module.to_string());
                    }
                    out.push_str(sa.python.path());
                }
                None => out.push_str(sa.python.path()),
            }
        }
        out.extend(std::iter::repeat_n(']', open));
        out
    }

    /// sqlacodegen's `render_relationship_arguments`, in its order: `uselist`,
    /// `secondary`, `remote_side`, `foreign_keys`, `primaryjoin`,
    /// `secondaryjoin`, `back_populates`.
    pub fn relationship_arguments(
        &mut self,
        relationship: &Relationship,
    ) -> Vec<(&'static str, String)> {
        let models = &self.module.models;
        let mut kwargs = Vec::new();
        if relationship.kind == RelationshipType::OneToOne {
            if let Some((m, c)) = relationship.constraint {
                if let MetaConstraint::ForeignKey(fk) = &models[m].table.constraints[c] {
                    let source = &models[relationship.source].table;
                    if fk.referred_table == source.name && fk.referred_schema == source.schema {
                        kwargs.push(("uselist", String::from("False")));
                    }
                }
            }
        }
        if let Some(association) = relationship.association {
            let table = &models[association].table;
            let reference = match &table.schema {
                Some(schema) => format!("{schema}.{}", table.name),
                None => table.name.clone(),
            };
            kwargs.push(("secondary", pyrepr::string(&reference)));
        }
        if !relationship.remote_side.is_empty() {
            kwargs.push((
                "remote_side",
                self.column_attrs(relationship, &relationship.remote_side),
            ));
        }
        if !relationship.foreign_keys.is_empty() {
            kwargs.push((
                "foreign_keys",
                self.column_attrs(relationship, &relationship.foreign_keys),
            ));
        }
        if !relationship.primaryjoin.is_empty() {
            kwargs.push(("primaryjoin", self.join(&relationship.primaryjoin)));
        }
        if !relationship.secondaryjoin.is_empty() {
            kwargs.push(("secondaryjoin", self.join(&relationship.secondaryjoin)));
        }
        if let Some((m, r)) = relationship.backref {
            if let Some(class) = &models[m].class {
                kwargs.push((
                    "back_populates",
                    pyrepr::string(&names::bound_name(
                        &class.relationships[r].name,
                        self.module.settings.sqlacodegen_exact,
                    )),
                ));
            }
        }
        if !self.module.settings.sqlacodegen_exact {
            let overlaps = self.overlapping_relationships(relationship);
            if !overlaps.is_empty() {
                kwargs.push(("overlaps", pyrepr::string(&overlaps.join(","))));
            }
        }
        kwargs
    }

    /// The relationships that write a column this one writes too: those of
    /// another foreign key of the same table that shares a column with this
    /// one's (a composite key and a one-column key both holding `shelf_id`).
    /// SQLAlchemy warns about each such pair unless one names the other in
    /// `overlaps`, which sqlacodegen never writes.
    fn overlapping_relationships(&self, relationship: &Relationship) -> Vec<String> {
        let models = &self.module.models;
        let (Some((m, c)), None) = (relationship.constraint, relationship.association) else {
            return Vec::new();
        };
        let table = &models[m].table;
        let MetaConstraint::ForeignKey(fk) = &table.constraints[c] else {
            return Vec::new();
        };
        // The table's other keys that share a column with this one; most
        // tables have none, and then no relationship is looked at.
        let sharing: Vec<usize> = table
            .constraints
            .iter()
            .enumerate()
            .filter(|&(oc, other)| {
                oc != c
                    && matches!(other, MetaConstraint::ForeignKey(ofk)
                        if ofk.columns.iter().any(|col| fk.columns.contains(col)))
            })
            .map(|(oc, _)| oc)
            .collect();
        let mut names = Vec::new();
        if sharing.is_empty() {
            return names;
        }
        let by_key = self.relationships_by_key.get_or_init(|| {
            let mut by_key = RelationshipsByKey::default();
            for (mi, model) in models.iter().enumerate() {
                let Some(class) = &model.class else { continue };
                for (ri, other) in class.relationships.iter().enumerate() {
                    if let (Some(key), None) = (other.constraint, other.association) {
                        by_key.entry(key).or_default().push((mi, ri));
                    }
                }
            }
            by_key
        });
        // In the module's order, as the classes list them.
        let mut found: Vec<(usize, usize)> = sharing
            .iter()
            .filter_map(|&oc| by_key.get(&(m, oc)))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        for (mi, ri) in found {
            let Some(class) = &models[mi].class else {
                continue;
            };
            let name = names::bound_name(&class.relationships[ri].name, false);
            if !names.iter().any(|n| *n == name) {
                names.push(name.into_owned());
            }
        }
        names
    }

    /// The name the registry knows the relationship's target class by (the
    /// name Python bound, NFKC): a string naming it is looked up as is.
    pub fn relationship_target(&self, relationship: &Relationship) -> Cow<'a, str> {
        let module: &'a Module = self.module;
        names::bound_name(
            &module.models[relationship.target].name,
            module.settings.sqlacodegen_exact,
        )
    }

    /// sqlacodegen's `render_relationship_annotation`: `list['Target']`,
    /// `Optional['Target']` when a column of the foreign key is nullable,
    /// `'Target'`.
    pub fn relationship_annotation(&mut self, relationship: &Relationship) -> String {
        let models = &self.module.models;
        let target = self.relationship_target(relationship);
        match relationship.kind {
            RelationshipType::OneToMany | RelationshipType::ManyToMany => {
                format!("list[{}]", pyrepr::string(&target))
            }
            RelationshipType::OneToOne | RelationshipType::ManyToOne => {
                let nullable = relationship.constraint.is_some_and(|(m, c)| {
                    match &models[m].table.constraints[c] {
                        MetaConstraint::ForeignKey(fk) => fk
                            .columns
                            .iter()
                            .any(|col| models[m].table.column(col).is_some_and(|c| c.nullable)),
                        _ => false,
                    }
                });
                if nullable {
                    self.add_import("typing", "Optional");
                    format!("Optional[{}]", pyrepr::string(&target))
                } else {
                    format!("'{target}'")
                }
            }
        }
    }

    /// Column attributes of `relationship.source` by attribute name.
    fn column_attrs(&self, relationship: &Relationship, columns: &[(usize, String)]) -> String {
        let exact = self.module.settings.sqlacodegen_exact;
        let qualified = |model: usize, attr: &str| {
            format!(
                "{}.{}",
                names::bound_name(&self.module.models[model].name, exact),
                names::bound_name(attr, exact)
            )
        };
        let mut rendered = Vec::new();
        let mut as_string = false;
        // The registry evaluates the string with a stand-in for each class
        // whose own attribute `cls` hides a mapped attribute of that name:
        // such a list is a lambda over the classes themselves instead.
        let mut as_lambda = false;
        for (model, column) in columns {
            let attr = self.attribute_name(*model, column);
            if *model == relationship.source && !self.generator.explicit_foreign_keys() {
                rendered.push(attr);
            } else {
                as_lambda |= !exact && names::bound_name(&attr, exact) == "cls";
                rendered.push(qualified(*model, &attr));
                as_string = true;
            }
        }
        if as_lambda {
            let qualified_all: Vec<String> = columns
                .iter()
                .map(|(model, column)| qualified(*model, &self.attribute_name(*model, column)))
                .collect();
            return format!("lambda: [{}]", qualified_all.join(", "));
        }
        let joined = format!("[{}]", rendered.join(", "));
        if as_string {
            pyrepr::string(&joined)
        } else {
            joined
        }
    }

    fn attribute_name(&self, model: usize, column: &str) -> String {
        let m = &self.module.models[model];
        m.class
            .as_ref()
            .and_then(|c| {
                c.columns
                    .iter()
                    .find(|a| m.table.columns[a.column].name == column)
            })
            .map(|a| a.name.clone())
            .unwrap_or_else(|| column.to_string())
    }

    fn join(&self, terms: &[Join]) -> String {
        let rendered: Vec<String> = terms
            .iter()
            .map(|(source, source_col, target, target_col)| {
                let models = &self.module.models;
                let source_attr = self.attribute_name(*source, source_col);
                // A table's column by attribute when its name is an
                // identifier, else by key: a name is never pasted as code.
                let target_ref = if models[*target].class.is_some() {
                    format!(".{}", self.attribute_name(*target, target_col))
                } else if if self.module.settings.sqlacodegen_exact {
                    pyrepr::is_identifier(target_col)
                } else {
                    names::column_key_is_attribute(target_col)
                } {
                    format!(".c.{target_col}")
                } else {
                    format!(".c[{}]", pyrepr::string(target_col))
                };
                format!(
                    "lambda: {}.{source_attr} == {}{target_ref}",
                    models[*source].name, models[*target].name
                )
            })
            .collect();
        if rendered.len() > 1 {
            format!("and_({})", rendered.join(", "))
        } else {
            rendered.into_iter().next().unwrap_or_default()
        }
    }
}

/// The unnamed one-column foreign keys of a column, which sqlacodegen writes
/// as the column's own `ForeignKey(...)` arguments.
fn dedicated_foreign_keys<'t>(
    table: &'t MetaTable,
    column: &MetaColumn,
) -> Vec<&'t MetaForeignKey> {
    table
        .foreign_keys()
        .filter(|fk| {
            fk.columns.len() == 1
                && fk.referred_columns.len() == 1
                && fk.columns[0] == column.name
                && fk.name.is_none()
        })
        .collect()
}

/// A column of a type SQLAlchemy does not know, not typed by a foreign key.
fn is_untyped(column: &MetaColumn, dedicated_fks: &[&MetaForeignKey]) -> bool {
    column.sa_type.class == "NullType" && dedicated_fks.is_empty()
}

/// Whether a class of the module maps a column [`is_untyped`].
pub fn maps_untyped_column(module: &Module) -> bool {
    module.models.iter().any(|model| {
        model.class.is_some()
            && model
                .table
                .columns
                .iter()
                .any(|column| is_untyped(column, &dedicated_foreign_keys(&model.table, column)))
    })
}

fn sorted_indexes(table: &MetaTable) -> Vec<&MetaIndex> {
    let mut indexes: Vec<&MetaIndex> = table.indexes.iter().collect();
    indexes.sort_by(|a, b| a.name.cmp(&b.name));
    indexes
}

/// A section of a class body: its statements one per line, each line
/// indented as `textwrap.indent(text, "    ")` does (every non-blank line
/// gets the prefix), written where it is displayed.
pub struct Indented<'a>(pub Vec<&'a str>);

impl std::fmt::Display for Indented<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, statement) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            for line in statement.split_inclusive('\n') {
                if !line.trim().is_empty() {
                    f.write_str(INDENT)?;
                }
                f.write_str(line)?;
            }
        }
        Ok(())
    }
}

/// A type's constructor call, or its bare class name without arguments.
pub fn render_type(sa: &SaType) -> String {
    if let TypeKind::Array { item, .. } = &sa.kind {
        let mut args = vec![item_repr(item)];
        args.extend(sa.args.iter().cloned());
        return callable(sa.class, &args);
    }
    if sa.args.is_empty() {
        sa.class.to_string()
    } else {
        callable(sa.class, &sa.args)
    }
}

/// A type as written outside exact mode where sqlacodegen's arguments stop
/// the module at import: a domain's collation passed third and positionally
/// (DOMAIN() takes it by keyword only); a MySQL SET with the blank member,
/// which SQLAlchemy accepts only with `retrieve_as_bitwise=True`.
fn importable_type(sa: &SaType) -> Option<SaType> {
    match sa.class {
        "DOMAIN" if sa.args.len() > 2 && !is_keyword_argument(&sa.args[2]) => {
            let mut fixed = sa.clone();
            fixed.args[2] = format!("collation={}", sa.args[2]);
            Some(fixed)
        }
        "SET" if sa.args.iter().any(|a| a == "''") => {
            let mut fixed = sa.clone();
            fixed.args.push(String::from("retrieve_as_bitwise=True"));
            Some(fixed)
        }
        _ => None,
    }
}

/// `repr()` of a type nested in another (an ARRAY's item): sqlacodegen renders
/// the outer type's arguments with `repr`, and SQLAlchemy's generic repr names
/// every constructor parameter that has a default (`HSTORE(text_type=Text())`,
/// `BIT(length=5, varying=True)`), where sqlacodegen's own rendering of a
/// column type is positional up to the first parameter left at its default.
fn item_repr(sa: &SaType) -> String {
    let params = init_parameters(sa.class);
    let args: Vec<String> = sa
        .args
        .iter()
        .enumerate()
        .map(|(i, arg)| match params.get(i) {
            // Positional arguments come first, so position i is parameter i.
            Some(name) if !is_keyword_argument(arg) => format!("{name}={arg}"),
            _ => arg.clone(),
        })
        .collect();
    callable(sa.class, &args)
}

/// Whether a rendered argument is `name=value` (not a positional value that
/// holds an `=` inside a string or call).
fn is_keyword_argument(arg: &str) -> bool {
    let name_len = arg
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(arg.len());
    name_len > 0 && arg[name_len..].starts_with('=') && !arg[name_len..].starts_with("==")
}

/// The parameters of a type class's `__init__` that have defaults, in order
/// (SQLAlchemy 2.1): the ones the generic repr prints as keywords. Classes
/// not listed take none, or print positional values (Enum, DOMAIN).
fn init_parameters(class: &str) -> &'static [&'static str] {
    match class {
        "String" | "CHAR" | "VARCHAR" | "NCHAR" | "NVARCHAR" | "Text" | "TEXT" | "CITEXT"
        | "Unicode" | "UnicodeText" => &["length", "collation", "collation_schema"],
        "Numeric" | "NUMERIC" | "DECIMAL" => {
            &["precision", "scale", "decimal_return_scale", "asdecimal"]
        }
        "Double" | "DOUBLE" | "DOUBLE_PRECISION" | "Float" | "FLOAT" | "REAL" => {
            &["precision", "asdecimal", "decimal_return_scale"]
        }
        "DateTime" | "Time" => &["timezone"],
        "TIMESTAMP" | "TIME" => &["timezone", "precision"],
        "INTERVAL" => &["precision", "fields"],
        "Interval" => &["native", "second_precision", "day_precision"],
        "BIT" => &["length", "varying"],
        "HSTORE" => &["text_type"],
        "JSON" | "JSONB" => &["none_as_null", "astext_type"],
        "LargeBinary" | "BYTEA" => &["length"],
        "Uuid" => &["as_uuid", "native_uuid"],
        "UUID" => &["as_uuid"],
        "Boolean" | "BOOLEAN" => &["create_constraint", "name", "_create_events"],
        _ => &[],
    }
}
