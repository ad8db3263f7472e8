//! sqlacodegen's model decisions over reflected metadata.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap, FxHashSet};

use super::metadata::{MetaConstraint, MetaForeignKey, MetaTable, Metadata, SaType, TypeKind};
use super::names::{self, Reserved, Scope, Taken};
use super::pyrepr::is_word_char;
use super::{Generator, Settings};

/// `from package import name` lines, grouped by package.
pub type Imports = BTreeMap<String, BTreeSet<String>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationshipType {
    OneToOne,
    OneToMany,
    ManyToOne,
    ManyToMany,
}

/// `(model index, column or attribute name, model index, column name)` of a join.
pub type Join = (usize, String, usize, String);

#[derive(Debug, Clone)]
pub struct Relationship {
    pub kind: RelationshipType,
    pub source: usize,
    pub target: usize,
    /// Index of the foreign key among the constraint-owning table's constraints.
    pub constraint: Option<(usize, usize)>,
    pub association: Option<usize>,
    /// (model, relationship index) of the other side.
    pub backref: Option<(usize, usize)>,
    pub remote_side: Vec<(usize, String)>,
    pub foreign_keys: Vec<(usize, String)>,
    pub primaryjoin: Vec<Join>,
    pub secondaryjoin: Vec<Join>,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct ColumnAttribute {
    /// Index into the table's columns.
    pub column: usize,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub table: MetaTable,
    pub name: String,
    /// `None`: rendered as a plain `Table`.
    pub class: Option<ClassModel>,
}

impl Model {
    /// A class's column attributes in the order sqlacodegen prints them
    /// (non-nullable columns first), each with its position in the class.
    pub fn columns_in_print_order(&self) -> impl Iterator<Item = (usize, &ColumnAttribute)> {
        let columns = self.class.as_ref().map_or(&[][..], |c| &c.columns[..]);
        [false, true].into_iter().flat_map(move |nullable| {
            columns
                .iter()
                .enumerate()
                .filter(move |(_, a)| self.table.columns[a.column].nullable == nullable)
        })
    }
}

#[derive(Debug, Clone, Default)]
pub struct ClassModel {
    pub columns: Vec<ColumnAttribute>,
    pub relationships: Vec<Relationship>,
    pub parent: Option<usize>,
}

/// A Python enum class sqlacodegen renders.
#[derive(Debug, Clone)]
pub struct EnumClass {
    pub name: String,
    pub values: Vec<String>,
}

/// Everything the emitter needs to print the module.
#[derive(Debug, Clone)]
pub struct Module {
    pub generator: Generator,
    pub settings: Settings,
    pub models: Vec<Model>,
    pub enums: Vec<EnumClass>,
    /// Table name → column name → enum class name (nested, so that a lookup
    /// by `&str`s allocates nothing).
    pub enum_columns: FxHashMap<String, FxHashMap<String, String>>,
    pub imports: Imports,
    /// True when no table became a class (the base is `MetaData()`).
    pub tables_only: bool,
    /// Why sqlacodegen's exact bytes cannot be written (`--sqlacodegen-exact`
    /// only): where it pastes a name as code, and the name would then be code
    /// that runs when the module is used.
    pub refusals: Vec<String>,
    /// Names the default output must not bind (found by the emitter: see
    /// [`names::Shadowing`]).
    pub reserved: Reserved,
}

impl Module {
    pub fn enum_class_for(&self, table: &str, column: &str) -> Option<&str> {
        if self.enum_columns.is_empty() {
            return None;
        }
        self.enum_columns
            .get(table)?
            .get(column)
            .map(String::as_str)
    }
}

/// sqlacodegen's `get_constraint_sort_key`.
pub fn constraint_sort_key(constraint: &MetaConstraint) -> String {
    let mut key = String::new();
    match constraint {
        MetaConstraint::Check { sqltext, .. } => {
            key.push('C');
            key.push_str(sqltext);
        }
        MetaConstraint::ForeignKey(fk) => {
            key.push('F');
            super::pyrepr::push_string_list(&mut key, &fk.columns);
        }
        MetaConstraint::PrimaryKey { columns, .. } => {
            key.push('P');
            super::pyrepr::push_string_list(&mut key, columns);
        }
        MetaConstraint::Unique { columns, .. } => {
            key.push('U');
            super::pyrepr::push_string_list(&mut key, columns);
        }
    }
    key
}

/// Constraints in sqlacodegen's rendering order (Python's stable sort by key).
pub fn sorted_constraints(table: &MetaTable) -> Vec<&MetaConstraint> {
    let mut constraints: Vec<&MetaConstraint> = table.constraints.iter().collect();
    constraints.sort_by_cached_key(|c| constraint_sort_key(c));
    constraints
}

/// Whether the module still holds `fk` for SQLAlchemy to join along. Under
/// `noconstraints` only an unnamed one-column foreign key is written (as the
/// column's `ForeignKey`); sqlacodegen still writes the relationships of the
/// others, which stop `configure_mappers()` with NoForeignKeysError. Outside
/// exact mode those relationships are left out.
fn joins_without_constraints(table: &MetaTable, fk: &MetaForeignKey, settings: &Settings) -> bool {
    !table.constraints_hidden
        || settings.sqlacodegen_exact
        || (fk.columns.len() == 1 && fk.referred_columns.len() == 1 && fk.name.is_none())
}

/// Foreign keys sorted by `get_constraint_sort_key`, with their index in
/// `table.constraints`.
fn sorted_fks(table: &MetaTable) -> Vec<(usize, &MetaForeignKey)> {
    let mut fks: Vec<(usize, &MetaForeignKey)> = table
        .constraints
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            MetaConstraint::ForeignKey(fk) => Some((i, fk.as_ref())),
            _ => None,
        })
        .collect();
    fks.sort_by_cached_key(|(i, _)| constraint_sort_key(&table.constraints[*i]));
    fks
}

/// The model of the table `fk` refers to.
fn model_of_fk(index: &ModelIndex, fk: &MetaForeignKey) -> Option<usize> {
    match &fk.referred_schema {
        Some(s) => model_by_key(index, &format!("{s}.{}", fk.referred_table)),
        None => model_by_key(index, &fk.referred_table),
    }
}

/// Build the module description from the reflected metadata.
///
/// SQLModel supports inheritance between table models only in part: a
/// subclass whose parent has relationships does not import, and one that
/// declares an attribute of its parent again (its own primary key `id`) makes
/// pydantic warn that it shadows the parent's field. Outside exact mode such
/// a module is inferred again as under `nojoined`: each class on `SQLModel`,
/// with a relationship to the table it would have inherited from.
pub fn infer(metadata: Metadata, settings: Settings) -> Module {
    let may_fall_back = !settings.sqlacodegen_exact
        && !settings.generator.supports_joined_inheritance()
        && !settings.has("nojoined")
        && may_inherit(&metadata);
    if !may_fall_back {
        return infer_models(metadata, settings);
    }
    let module = infer_models(metadata.clone(), settings.clone());
    if !inheritance_breaks_sqlmodel(&module.models) {
        return module;
    }
    let mut settings = settings;
    settings.options.insert(String::from("nojoined"));
    infer_models(metadata, settings)
}

/// Whether any class could inherit from another: joined inheritance needs a
/// foreign key over exactly its table's primary key. Most schemas have none,
/// and then the metadata is not copied for a second inference.
fn may_inherit(metadata: &Metadata) -> bool {
    metadata.tables.iter().any(|table| {
        let pk = table.primary_key();
        !pk.is_empty() && table.foreign_keys().any(|fk| same_names(&fk.columns, &pk))
    })
}

/// Whether two lists name the same columns, in any order (as sets).
fn same_names(a: &[impl AsRef<str>], b: &[impl AsRef<str>]) -> bool {
    a.iter().all(|n| b.iter().any(|m| m.as_ref() == n.as_ref()))
        && b.iter().all(|m| a.iter().any(|n| n.as_ref() == m.as_ref()))
}

/// Whether a class inherits from a class (or further ancestor) that has
/// relationships, or binds an attribute name an ancestor binds.
fn inheritance_breaks_sqlmodel(models: &[Model]) -> bool {
    let attribute_names = |model: usize| -> BTreeSet<&str> {
        models[model]
            .class
            .as_ref()
            .map_or_else(BTreeSet::new, |class| {
                class
                    .columns
                    .iter()
                    .map(|a| a.name.as_str())
                    .chain(class.relationships.iter().map(|r| r.name.as_str()))
                    .collect()
            })
    };
    (0..models.len()).any(|i| {
        let own = attribute_names(i);
        inheritance_chain(models, i)
            .iter()
            .skip(1)
            .any(|&ancestor| {
                models[ancestor]
                    .class
                    .as_ref()
                    .is_some_and(|c| !c.relationships.is_empty())
                    || !attribute_names(ancestor).is_disjoint(&own)
            })
    })
}

fn infer_models(mut metadata: Metadata, settings: Settings) -> Module {
    // sqlacodegen never exposes the schema version tables.
    metadata.retain(|t| t.name != "alembic_version" && t.name != "migrate_version");
    for table in &mut metadata.tables {
        if settings.has("noindexes") {
            table.indexes.clear();
        }
        if settings.has("noconstraints") {
            table.constraints.retain(|c| {
                matches!(
                    c,
                    MetaConstraint::PrimaryKey { .. } | MetaConstraint::ForeignKey(_)
                )
            });
            table.constraints_hidden = true;
        }
        if settings.has("nocomments") {
            table.comment = None;
            for column in &mut table.columns {
                column.clear_comment();
            }
        }
    }
    let mut module = Module {
        generator: settings.generator,
        settings: settings.clone(),
        models: Vec::new(),
        enums: Vec::new(),
        enum_columns: FxHashMap::default(),
        imports: Imports::new(),
        tables_only: false,
        refusals: Vec::new(),
        reserved: Reserved::default(),
    };
    let order = metadata.sorted_indices();
    let mut tables: Vec<MetaTable> = Vec::with_capacity(order.len());
    {
        let mut slots: Vec<Option<MetaTable>> = metadata.tables.into_iter().map(Some).collect();
        for i in order {
            if let Some(t) = slots[i].take() {
                tables.push(t);
            }
        }
    }
    // fix_column_types runs over MetaData.tables (insertion order); the enum class
    // registry depends on that order only through name clashes, which we resolve
    // the same way in sorted order.
    let mut enum_classes = EnumClassIndex::default();
    for table in &mut tables {
        fix_column_types(table, &settings, &mut module, &mut enum_classes);
    }
    let class_based = settings.generator.class_based();
    let mut models: Vec<Model> = Vec::with_capacity(tables.len());
    let mut links: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for table in tables {
        let fks = sorted_fks(&table);
        let is_link = class_based
            && fks.len() == 2
            && table
                .columns
                .iter()
                .all(|c| table.foreign_keys().any(|fk| fk.columns.contains(&c.name)));
        if is_link {
            links
                .entry(fks[0].1.referred_table.clone())
                .or_default()
                .push(models.len());
            models.push(Model {
                table,
                name: String::new(),
                class: None,
            });
            continue;
        }
        let class = (class_based && !table.primary_key().is_empty()).then(|| ClassModel {
            columns: (0..table.columns.len())
                .map(|i| ColumnAttribute {
                    column: i,
                    name: String::new(),
                })
                .collect(),
            ..ClassModel::default()
        });
        models.push(Model {
            table,
            name: String::new(),
            class,
        });
    }
    let model_index: ModelIndex = models
        .iter()
        .enumerate()
        .map(|(i, m)| (m.table.key(), i))
        .collect();
    if class_based {
        for i in 0..models.len() {
            if models[i].class.is_some() {
                let association = links
                    .get(&models[i].table.name)
                    .cloned()
                    .unwrap_or_default();
                generate_relationships(&mut models, &model_index, i, &association, &settings);
            }
        }
        if !settings.has("nojoined") {
            for i in 0..models.len() {
                if models[i].class.is_none() {
                    continue;
                }
                let pk = models[i].table.primary_key();
                let mut parent = None;
                for fk in models[i].table.foreign_keys() {
                    // Joined inheritance joins along the foreign key too.
                    if !joins_without_constraints(&models[i].table, fk, &settings) {
                        continue;
                    }
                    if same_names(&fk.columns, &pk) {
                        if let Some(target) = model_of_fk(&model_index, fk).filter(|&t| {
                            inherit_condition_is_clear(
                                &models[i].table,
                                &models[t].table,
                                &settings,
                            )
                        }) {
                            // A key to its own columns would make the class
                            // its own base (`class Users(Users)`).
                            let own = target == i && !settings.sqlacodegen_exact;
                            if models[target].class.is_some() && !own {
                                parent = Some(target);
                            }
                        }
                    }
                }
                if let Some(parent) = parent {
                    if let Some(class) = models[i].class.as_mut() {
                        class.parent = Some(parent);
                    }
                }
            }
        }
    }
    if !settings.sqlacodegen_exact {
        name_join_columns_across_inheritance(&mut models, &model_index, &settings);
    }
    module.tables_only = !models.iter().any(|m| m.class.is_some());
    collect_imports(&models, &mut module);
    if !settings.sqlacodegen_exact {
        reserve_inherited_column_names(&models, &mut module.reserved);
        name_foreign_keys_across_inheritance(&mut models);
    }
    // Each model is held until the module is printed: its lists give back
    // what they grew past (a fifth of the relationships' memory).
    for class in models.iter_mut().filter_map(|m| m.class.as_mut()) {
        class.relationships.shrink_to_fit();
        class.columns.shrink_to_fit();
    }
    module.models = models;
    name_models(&mut module);
    if settings.sqlacodegen_exact {
        module.refusals = pasted_join_names(&module.models);
        module.refusals.extend(hidden_late_imports(&module));
    }
    module
}

/// A class and the classes it inherits from (joined inheritance maps the
/// join of their tables).
fn inheritance_chain(models: &[Model], model: usize) -> Vec<usize> {
    let mut chain = vec![model];
    let mut at = model;
    while let Some(parent) = models[at].class.as_ref().and_then(|c| c.parent) {
        if chain.contains(&parent) {
            break;
        }
        chain.push(parent);
        at = parent;
    }
    chain
}

/// sqlacodegen decides `foreign_keys=` from the foreign keys between two
/// tables; under joined inheritance SQLAlchemy joins the whole chains of
/// tables, where a second foreign key (a parent's) makes the join ambiguous
/// (AmbiguousForeignKeysError). Outside exact mode such a relationship names
/// its foreign key columns.
fn name_foreign_keys_across_inheritance(models: &mut [Model]) {
    let mut named = Vec::new();
    for (m, model) in models.iter().enumerate() {
        let Some(class) = &model.class else { continue };
        for (r, relationship) in class.relationships.iter().enumerate() {
            let Some((owner, constraint)) = relationship.constraint else {
                continue;
            };
            if relationship.association.is_some() || !relationship.foreign_keys.is_empty() {
                continue;
            }
            let source = inheritance_chain(models, relationship.source);
            let target = inheritance_chain(models, relationship.target);
            if source.len() == 1 && target.len() == 1 {
                continue;
            }
            if source.iter().any(|t| target.contains(t)) {
                continue;
            }
            let refers = |from: &[usize], to: &[usize]| {
                from.iter()
                    .flat_map(|&f| models[f].table.foreign_keys())
                    .filter(|fk| {
                        to.iter().any(|&t| {
                            fk.referred_table == models[t].table.name
                                && fk.referred_schema == models[t].table.schema
                        })
                    })
                    .count()
            };
            if refers(&source, &target) + refers(&target, &source) > 1 {
                if let MetaConstraint::ForeignKey(fk) = &models[owner].table.constraints[constraint]
                {
                    let columns = fk.columns.iter().map(|c| (owner, c.clone())).collect();
                    named.push((m, r, columns));
                }
            }
        }
    }
    for (m, r, columns) in named {
        if let Some(class) = models[m].class.as_mut() {
            class.relationships[r].foreign_keys = columns;
        }
    }
}

/// Under joined inheritance, a subclass column named like a column of a class
/// it inherits from (other than the primary key columns that join them)
/// would be mapped to the same attribute: SQLAlchemy warns "Implicitly
/// combining column ..." and writes one value to both columns. Outside exact
/// mode, the subclass's attribute takes another name (`published_`, mapped
/// to the column `published`).
fn reserve_inherited_column_names(models: &[Model], reserved: &mut names::Reserved) {
    for (i, model) in models.iter().enumerate() {
        let Some(mut parent) = model.class.as_ref().and_then(|c| c.parent) else {
            continue;
        };
        let joining: BTreeSet<&str> = model.table.primary_key().into_iter().collect();
        let mut inherited = BTreeSet::new();
        loop {
            inherited.extend(models[parent].table.columns.iter().map(|c| c.name.as_str()));
            match models[parent].class.as_ref().and_then(|c| c.parent) {
                Some(next) if next != parent && next != i => parent = next,
                _ => break,
            }
        }
        for column in &model.table.columns {
            if inherited.contains(column.name.as_str()) && !joining.contains(column.name.as_str()) {
                reserved
                    .attributes
                    .entry(i)
                    .or_default()
                    .insert(column.name.clone());
            }
        }
    }
}

/// sqlacodegen's `generate_model_name` over every model, in order: the
/// module's names start as the imports collected so far, each class or table
/// name joins them once it is chosen. Re-run by [`resolve_clashes`] with the
/// names a first rendering showed must not be bound.
pub fn name_models(module: &mut Module) {
    let exact = module.settings.sqlacodegen_exact;
    let capacity = module.imports.values().map(BTreeSet::len).sum::<usize>()
        + module.reserved.global.len()
        + module.models.len();
    let mut global = Taken::with_capacity(exact, capacity);
    for names in module.imports.values() {
        global.extend(names);
    }
    global.extend(&module.reserved.global);
    let settings = module.settings.clone();
    for i in 0..module.models.len() {
        let reserved = module
            .reserved
            .attributes
            .get(&i)
            .cloned()
            .unwrap_or_default();
        name_model(&mut module.models, i, &mut global, &settings, &reserved);
    }
}

/// The default output's answer to what [`names::Shadowing`] found: enum
/// classes renamed (they come first, the classes keep sqlacodegen's names),
/// classes and attributes named again with the clashing names reserved.
pub fn resolve_clashes(module: &mut Module, clashes: &names::Clashes, imports: &BTreeSet<String>) {
    for old in &clashes.enums {
        let mut taken = Taken::new(false);
        taken.extend(imports);
        taken.insert(&String::from("Base"));
        for e in &module.enums {
            taken.insert(&e.name);
        }
        for m in &module.models {
            taken.insert(&m.name);
        }
        let new = names::find_free_name(old, &taken, &Taken::new(false), Scope::Module, false);
        for e in &mut module.enums {
            if &e.name == old {
                e.name = new.clone();
            }
        }
        for class in module
            .enum_columns
            .values_mut()
            .flat_map(|c| c.values_mut())
        {
            if class == old {
                *class = new.clone();
            }
        }
    }
    module
        .reserved
        .global
        .extend(clashes.classes.iter().cloned());
    for (model, name) in &clashes.attributes {
        module
            .reserved
            .attributes
            .entry(*model)
            .or_default()
            .insert(name.clone());
    }
    if !clashes.classes.is_empty() || !clashes.attributes.is_empty() {
        name_models(module);
    }
}

/// sqlacodegen writes an explicit join's column names into a lambda as they
/// are (`t_followers.c.<name>`): a name that is no Python identifier is then
/// code, run when the mappers are configured.
fn pasted_join_names(models: &[Model]) -> Vec<String> {
    let mut refusals = Vec::new();
    for model in models {
        let Some(class) = &model.class else { continue };
        for relationship in &class.relationships {
            for (source, source_col, target, target_col) in relationship
                .primaryjoin
                .iter()
                .chain(&relationship.secondaryjoin)
            {
                for (table, column) in [(*source, source_col), (*target, target_col)] {
                    if !crate::model::pyrepr::is_identifier(column) {
                        let message = format!(
                            "column {:?} of table {:?} would be pasted as code into a \
                             relationship's join (sqlacodegen 4.0.4 writes it unquoted); \
                             without --sqlacodegen-exact it is written as .c[...]",
                            column, models[table].table.name
                        );
                        if !refusals.contains(&message) {
                            refusals.push(message);
                        }
                    }
                }
            }
        }
    }
    refusals
}

/// sqlacodegen collects some names a class body calls only while printing,
/// after the attributes are named (SQLModel's `Column`): an attribute of that
/// name hides it from the column lines after it, which then call the field
/// instead, code the module runs when imported.
fn hidden_late_imports(module: &Module) -> Vec<String> {
    let late = module.generator.imports_collected_after_naming();
    let mut refusals = Vec::new();
    for model in &module.models {
        let printed: Vec<&ColumnAttribute> =
            model.columns_in_print_order().map(|(_, a)| a).collect();
        for (at, attr) in printed.iter().enumerate() {
            if late.contains(&attr.name.as_str()) && at + 1 < printed.len() {
                refusals.push(format!(
                    "the attribute {:?} of class {} would hide the {} that the column lines after it call \
                     (sqlacodegen 4.0.4 imports it only after naming the attributes); \
                     without --sqlacodegen-exact it is named otherwise",
                    attr.name, model.name, attr.name
                ));
            }
        }
    }
    refusals
}

/// Models by their table's key (`schema.name`), built once.
type ModelIndex = rustc_hash::FxHashMap<String, usize>;

fn model_by_key(index: &ModelIndex, key: &str) -> Option<usize> {
    index.get(key).copied()
}

/// Adds `from package import name`; allocates only for a name not yet
/// imported.
pub fn add_import(imports: &mut Imports, package: &str, name: &str) {
    match imports.get_mut(package) {
        Some(names) => {
            if !names.contains(name) {
                names.insert(name.to_string());
            }
        }
        None => {
            imports.insert(package.to_string(), BTreeSet::from([name.to_string()]));
        }
    }
}

/// Imports collected as borrowed pairs: hashing a pair costs less than a
/// walk down the sorted maps per column, which are filled once at the end.
#[derive(Default)]
struct ImportSet<'a>(FxHashSet<(&'a str, &'a str)>);

impl<'a> ImportSet<'a> {
    fn add(&mut self, package: &'a str, name: &'a str) {
        self.0.insert((package, name));
    }

    fn into_imports(self) -> Imports {
        let mut imports = Imports::new();
        for (package, name) in self.0 {
            add_import(&mut imports, package, name);
        }
        imports
    }
}

/// sqlacodegen's `collect_imports`: everything the models need before naming.
fn collect_imports<'a>(models: &'a [Model], module: &'a mut Module) {
    collect_imports_split(models, module, PARALLEL_FROM_MODELS);
}

/// [`collect_imports`], on two threads from `parallel_from` models on.
fn collect_imports_split<'a>(models: &'a [Model], module: &'a mut Module, parallel_from: usize) {
    let mut imports = ImportSet::default();
    let generator = module.generator;
    // SQLModel's tables use `SQLModel.metadata`: the base's `MetaData` is
    // left out of a module with models (and a DOMAIN's repr, which calls
    // `MetaData()`, still gets it outside exact mode).
    let replaced = generator
        .replaces_metadata_import()
        .filter(|_| !models.is_empty());
    if replaced.is_none() {
        for (package, name) in generator.base_imports(module.tables_only) {
            imports.add(package, name);
        }
    }
    let module_read: &Module = module;
    let models_imports = |models: &'a [Model]| {
        let mut imports = ImportSet::default();
        for model in models {
            model_imports(model, module_read, &mut imports);
        }
        imports
    };
    // Every column of every model is read: a long module on two threads.
    let later = match models.len() >= parallel_from.max(2) {
        true => {
            let (first, second) = models.split_at(models.len() / 2);
            std::thread::scope(|scope| {
                let later = std::thread::Builder::new()
                    .name(String::from("ddlcodegen-imports"))
                    .spawn_scoped(scope, || models_imports(second));
                imports.0.extend(models_imports(first).0);
                match later {
                    Ok(later) => later
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                    Err(_) => models_imports(second),
                }
            })
        }
        false => models_imports(models),
    };
    imports.0.extend(later.0);
    if models.iter().any(|m| m.class.is_some()) {
        for (package, name) in generator.class_imports() {
            imports.add(package, name);
        }
    }
    if let Some((package, name)) = replaced {
        imports.add(package, name);
    }
    module.imports = imports.into_imports();
}

/// Modules of this many models and more collect their imports on two
/// threads.
const PARALLEL_FROM_MODELS: usize = 512;

/// What one model imports (sqlacodegen's `collect_imports` per model).
fn model_imports<'a>(model: &'a Model, module: &'a Module, imports: &mut ImportSet<'a>) {
    let generator = module.generator;
    if model.class.is_none() {
        imports.add("sqlalchemy", "Table");
    }
    for column in &model.table.columns {
        add_type_import(
            imports,
            &column.sa_type,
            module
                .enum_class_for(&model.table.name, &column.name)
                .is_some(),
            module.settings.sqlacodegen_exact,
        );
        if column.sequence().is_some() {
            imports.add("sqlalchemy", "Sequence");
        }
        match column.server_default() {
            Some(super::metadata::ServerDefault::Text(_)) => imports.add("sqlalchemy", "text"),
            Some(super::metadata::ServerDefault::Computed(_)) => {
                imports.add("sqlalchemy", "Computed")
            }
            Some(super::metadata::ServerDefault::Identity(_)) => {
                imports.add("sqlalchemy", "Identity")
            }
            None => {}
        }
    }
    for constraint in visible_constraints(&model.table) {
        match constraint {
            MetaConstraint::PrimaryKey { name, .. } => {
                if name.is_some() {
                    imports.add("sqlalchemy", "PrimaryKeyConstraint");
                }
            }
            MetaConstraint::Unique { name, columns } => {
                if columns.len() > 1 || name.is_some() {
                    imports.add("sqlalchemy", "UniqueConstraint");
                }
            }
            MetaConstraint::ForeignKey(fk) => {
                if fk.columns.len() > 1 || fk.name.is_some() {
                    imports.add("sqlalchemy", "ForeignKeyConstraint");
                } else {
                    imports.add("sqlalchemy", "ForeignKey");
                }
            }
            MetaConstraint::Check { .. } => imports.add("sqlalchemy", "CheckConstraint"),
        }
    }
    for index in &model.table.indexes {
        if index.columns.len() > 1 || !index_uses_default_name(index) {
            imports.add("sqlalchemy", "Index");
            let sql_text = index
                .kwargs
                .iter()
                .any(|(k, _)| index.sql_text_kwargs.contains(k));
            if sql_text && !module.settings.sqlacodegen_exact {
                // Written as `text('...')` (see the emitter).
                imports.add("sqlalchemy", "text");
            }
        }
    }
    if let Some(class) = &model.class {
        if generator.optional_collected_with_class()
            && class
                .columns
                .iter()
                .any(|a| model.table.columns[a.column].nullable)
        {
            imports.add("typing", "Optional");
        }
        if !class.relationships.is_empty() {
            let (package, name) = generator.relationship_import();
            imports.add(package, name);
        }
    }
}

/// sqlacodegen imports a type's class, an array's item class and a domain's
/// base class; outside exact mode also what an array item's arguments name
/// and the `MetaData` a domain's repr calls, which it leaves out (the module
/// would stop with a NameError).
fn add_type_import<'a>(
    imports: &mut ImportSet<'a>,
    sa_type: &'a SaType,
    is_enum_class: bool,
    exact: bool,
) {
    if is_enum_class {
        imports.add("sqlalchemy", "Enum");
        if !matches!(sa_type.kind, TypeKind::Array { .. }) {
            // The column's own class was collected before it became an enum
            // class (`ENUM` under keep_dialect_types; `Enum` otherwise).
            imports.add(sa_type.package, sa_type.class);
        }
        if matches!(sa_type.kind, TypeKind::Array { .. }) {
            // The column's own ARRAY class is collected, and rendering an array
            // of a Python enum adds the generic `sqlalchemy.ARRAY` as well.
            imports.add(sa_type.package, sa_type.class);
            imports.add("sqlalchemy", "ARRAY");
        }
        return;
    }
    imports.add(sa_type.package, sa_type.class);
    if let TypeKind::Array { item, .. } = &sa_type.kind {
        imports.add(item.package, item.class);
        if !exact {
            for (package, class) in item.extra_imports() {
                imports.add(package, class);
            }
        }
    }
    // Classes its arguments name (a domain's base type).
    for (package, class) in sa_type.extra_imports() {
        imports.add(package, class);
    }
    if !exact {
        let item = match &sa_type.kind {
            TypeKind::Array { item, .. } => Some(item.as_ref()),
            _ => None,
        };
        for (package, class) in [Some(sa_type), item]
            .into_iter()
            .flatten()
            .flat_map(|t| t.forgotten_imports())
        {
            imports.add(package, class);
        }
    }
}

/// `uses_default_name` for an index: SQLAlchemy's default convention names
/// indexes `ix_<first column>`.
pub fn index_uses_default_name(index: &super::metadata::MetaIndex) -> bool {
    match index.columns.first() {
        Some(first) => index.name == format!("ix_{first}"),
        None => false,
    }
}

/// sqlacodegen's `fix_column_types`: CHECK `IN (0, 1)` makes a Boolean, CHECK
/// `IN ('a', 'b')` on a string a synthetic enum, native enums get classes.
fn fix_column_types(
    table: &mut MetaTable,
    settings: &Settings,
    module: &mut Module,
    enum_classes: &mut EnumClassIndex,
) {
    let mut remove = Vec::new();
    for (i, constraint) in table.constraints.iter().enumerate() {
        let MetaConstraint::Check { sqltext, .. } = constraint else {
            continue;
        };
        if let Some(column) = boolean_check_column(sqltext) {
            if let Some(c) = table.columns.iter_mut().find(|c| c.name == column) {
                c.sa_type = SaType::sqlalchemy("Boolean", super::metadata::PyType::builtin("bool"));
                remove.push(i);
                continue;
            }
        }
        if settings.has("nosyntheticenums") {
            continue;
        }
        if let Some((column, values)) = enum_check(sqltext) {
            let table_name = table.name.clone();
            if let Some(c) = table.columns.iter_mut().find(|c| c.name == column) {
                if matches!(c.sa_type.kind, TypeKind::String) {
                    let class =
                        create_enum_class(module, enum_classes, &table_name, &column, &values);
                    module
                        .enum_columns
                        .entry(table_name)
                        .or_default()
                        .insert(column.clone(), class);
                    c.sa_type = SaType::sqlalchemy("Enum", super::metadata::PyType::builtin("str"))
                        .with_kind(TypeKind::enumeration(values, None, None));
                }
            }
        }
    }
    for i in remove.into_iter().rev() {
        table.constraints.remove(i);
    }
    if settings.has("nonativeenums") {
        return;
    }
    let table_name = table.name.clone();
    for column in &table.columns {
        let enum_type = match &column.sa_type.kind {
            TypeKind::Enum(e) if !e.values.is_empty() => Some((&e.values, &e.name)),
            TypeKind::Array { item, .. } => match &item.kind {
                TypeKind::Enum(e) if !e.values.is_empty() => Some((&e.values, &e.name)),
                _ => None,
            },
            _ => None,
        };
        let Some((values, name)) = enum_type else {
            continue;
        };
        if module.enum_class_for(&table_name, &column.name).is_some() {
            continue;
        }
        let class = match name {
            Some(name) => {
                let mut class = enum_name_to_class_name(name);
                if !settings.sqlacodegen_exact {
                    // sqlacodegen pastes a type name like `weird enum` as is.
                    class = names::unmangled_module_name(&super::pyrepr::identifier(&class));
                }
                if enum_classes.position(&class).is_none() {
                    enum_classes.push(
                        module,
                        EnumClass {
                            name: class.clone(),
                            values: values.clone(),
                        },
                    );
                }
                class
            }
            None => create_enum_class(module, enum_classes, &table_name, &column.name, values),
        };
        module
            .enum_columns
            .entry(table_name.clone())
            .or_default()
            .insert(column.name.clone(), class);
    }
}

fn enum_name_to_class_name(name: &str) -> String {
    name.split('_')
        .filter(|p| !p.is_empty())
        .map(capitalize)
        .collect()
}

/// Python's `str.capitalize`: first character upper, the rest lower.
fn capitalize(part: &str) -> String {
    let mut chars = part.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(|c| c.to_lowercase()))
            .collect(),
        None => String::new(),
    }
}

/// Where each enum class is in [`Module::enums`], by name, while inference
/// adds them: a schema may have thousands, and each enum column looks its
/// class up.
#[derive(Default)]
struct EnumClassIndex(FxHashMap<String, usize>);

impl EnumClassIndex {
    fn position(&self, name: &str) -> Option<usize> {
        self.0.get(name).copied()
    }

    fn push(&mut self, module: &mut Module, class: EnumClass) {
        self.0.insert(class.name.clone(), module.enums.len());
        module.enums.push(class);
    }
}

fn create_enum_class(
    module: &mut Module,
    enum_classes: &mut EnumClassIndex,
    table: &str,
    column: &str,
    values: &[String],
) -> String {
    let base: String = table
        .split('_')
        .chain(column.split('_'))
        .filter(|p| !p.is_empty())
        .map(capitalize)
        .collect();
    let base = if module.settings.sqlacodegen_exact {
        base
    } else {
        // sqlacodegen pastes table and column names as they are.
        names::unmangled_module_name(&super::pyrepr::identifier(&base))
    };
    let mut name = base.clone();
    let mut counter = 1;
    while let Some(existing) = enum_classes.position(&name) {
        if module.enums[existing].values == values {
            return name;
        }
        name = format!("{base}{counter}");
        counter += 1;
    }
    enum_classes.push(
        module,
        EnumClass {
            name: name.clone(),
            values: values.to_vec(),
        },
    );
    name
}

/// `(?:.*?\.)?(.*?) IN \(0, 1\)` matched from the start of the text.
fn boolean_check_column(sqltext: &str) -> Option<String> {
    let before = sqltext.strip_suffix(" IN (0, 1)").or_else(|| {
        let at = sqltext.find(" IN (0, 1)")?;
        Some(&sqltext[..at])
    })?;
    Some(column_name_of(strip_qualifier(before)))
}

/// `(?:.*?\.)?(.*?) IN \((.+)\)` and the quoted items in it.
fn enum_check(sqltext: &str) -> Option<(String, Vec<String>)> {
    let at = sqltext.find(" IN (")?;
    let column = column_name_of(strip_qualifier(&sqltext[..at]));
    let rest = &sqltext[at + 5..];
    let close = rest.rfind(')')?;
    let items = &rest[..close];
    let mut values = Vec::new();
    let bytes = items.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && !(bytes[j] == b'\'' && bytes[j - 1] != b'\\') {
                j += 1;
            }
            if j >= bytes.len() {
                break;
            }
            values.push(items[start..j].to_string());
            i = j + 1;
        } else {
            i += 1;
        }
    }
    Some((column, values))
}

fn strip_qualifier(text: &str) -> &str {
    match text.find('.') {
        Some(dot) => &text[dot + 1..],
        None => text,
    }
}

/// `(?:(["`]?).*\1\.)?(["`]?)(.*)\2`: an optionally quoted column name.
fn column_name_of(text: &str) -> String {
    for quote in ['"', '`'] {
        if let Some(inner) = text.strip_prefix(quote).and_then(|t| t.strip_suffix(quote)) {
            return inner.to_string();
        }
    }
    text.to_string()
}

fn generate_relationships(
    models: &mut [Model],
    index: &ModelIndex,
    source: usize,
    associations: &[usize],
    settings: &Settings,
) {
    // Constraint indexes only: the keys are read in place, and the models
    // are changed only once a key's relationships are made.
    let fks: Vec<usize> = sorted_fks(&models[source].table)
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    for constraint_index in fks {
        let Some((relationship, reverse)) =
            fk_relationships(models, index, source, constraint_index, settings)
        else {
            continue;
        };
        push_relationship(models, source, relationship);
        if let Some(reverse) = reverse {
            push_relationship(models, reverse.source, reverse);
        }
    }
    for &association in associations {
        let fks: Vec<(usize, MetaForeignKey)> = sorted_fks(&models[association].table)
            .into_iter()
            .map(|(i, fk)| (i, fk.clone()))
            .collect();
        if !fks
            .iter()
            .all(|(_, fk)| joins_without_constraints(&models[association].table, fk, settings))
        {
            continue;
        }
        let Some(target) = model_of_fk(index, &fks[1].1) else {
            continue;
        };
        if models[target].class.is_none() {
            continue;
        }
        let forward_index = models[source]
            .class
            .as_ref()
            .map_or(0, |c| c.relationships.len());
        let mut relationship = Relationship {
            kind: RelationshipType::ManyToMany,
            source,
            target,
            constraint: Some((association, fks[1].0)),
            association: Some(association),
            backref: None,
            remote_side: Vec::new(),
            foreign_keys: Vec::new(),
            primaryjoin: Vec::new(),
            secondaryjoin: Vec::new(),
            name: String::new(),
        };
        let mut reverse = None;
        if !settings.has("nobidi") {
            let reverse_index = models[target]
                .class
                .as_ref()
                .map_or(0, |c| c.relationships.len())
                + usize::from(source == target);
            reverse = Some(Relationship {
                kind: RelationshipType::ManyToMany,
                source: target,
                target: source,
                constraint: Some((association, fks[0].0)),
                association: Some(association),
                backref: Some((source, forward_index)),
                remote_side: Vec::new(),
                foreign_keys: Vec::new(),
                primaryjoin: Vec::new(),
                secondaryjoin: Vec::new(),
                name: String::new(),
            });
            relationship.backref = Some((target, reverse_index));
        }
        if source == target {
            // Self-referential many-to-many: explicit joins, the reverse side swapped.
            let (first, second) = (&fks[0].1, &fks[1].1);
            let joins = |a: &MetaForeignKey| -> Vec<Join> {
                a.columns
                    .iter()
                    .zip(&a.referred_columns)
                    .map(|(col, referred)| (source, referred.clone(), association, col.clone()))
                    .collect()
            };
            relationship.primaryjoin = joins(first);
            relationship.secondaryjoin = joins(second);
            if let Some(reverse) = reverse.as_mut() {
                reverse.primaryjoin = joins(second);
                reverse.secondaryjoin = joins(first);
            }
        }
        push_relationship(models, source, relationship);
        if let Some(reverse) = reverse {
            push_relationship(models, target, reverse);
        }
    }
}

/// The relationship a source model's foreign key (`constraint_index` of its
/// table's constraints) makes, and its other side unless `nobidi`; `None`
/// where the key makes none.
fn fk_relationships(
    models: &[Model],
    index: &ModelIndex,
    source: usize,
    constraint_index: usize,
    settings: &Settings,
) -> Option<(Relationship, Option<Relationship>)> {
    let table = &models[source].table;
    let MetaConstraint::ForeignKey(fk) = &table.constraints[constraint_index] else {
        return None;
    };
    if !joins_without_constraints(table, fk, settings) {
        return None;
    }
    // A key that refers to its own columns (`id REFERENCES t (id)`) joins
    // a row to itself: both sides of its relationship would point the
    // same way, which SQLAlchemy refuses. Outside exact mode, none.
    let own_table = fk.referred_table == table.name && fk.referred_schema == table.schema;
    if own_table && fk.columns == fk.referred_columns && !settings.sqlacodegen_exact {
        return None;
    }
    let target = model_of_fk(index, fk)?;
    models[target].class.as_ref()?;
    if !settings.has("nojoined")
        && same_names(&fk.columns, &table.primary_key())
        && inherit_condition_is_clear(table, &models[target].table, settings)
    {
        // Joined-table inheritance: no relationship.
        return None;
    }
    let one_to_one = visible_constraints(table).any(|c| match c {
        MetaConstraint::PrimaryKey { columns: cols, .. }
        | MetaConstraint::Unique { columns: cols, .. } => same_names(cols, &fk.columns),
        _ => false,
    });
    let kind = if one_to_one {
        RelationshipType::OneToOne
    } else {
        RelationshipType::ManyToOne
    };
    let mut relationship = Relationship {
        kind,
        source,
        target,
        constraint: Some((source, constraint_index)),
        association: None,
        backref: None,
        remote_side: Vec::new(),
        foreign_keys: Vec::new(),
        primaryjoin: Vec::new(),
        secondaryjoin: Vec::new(),
        name: String::new(),
    };
    if source == target {
        relationship.remote_side = models[target]
            .table
            .primary_key()
            .into_iter()
            .map(|c| (source, c.to_string()))
            .collect();
    }
    if common_fk_count(table, &models[target].table, settings) > 1 {
        relationship.foreign_keys = fk.columns.iter().map(|c| (source, c.clone())).collect();
    }
    if settings.has("nobidi") {
        return Some((relationship, None));
    }
    let forward_index = models[source]
        .class
        .as_ref()
        .map_or(0, |c| c.relationships.len());
    let reverse_kind = if kind == RelationshipType::ManyToOne {
        RelationshipType::OneToMany
    } else {
        kind
    };
    let reverse_index = models[target]
        .class
        .as_ref()
        .map_or(0, |c| c.relationships.len())
        + usize::from(source == target);
    let mut reverse = Relationship {
        kind: reverse_kind,
        source: target,
        target: source,
        constraint: Some((source, constraint_index)),
        association: None,
        backref: Some((source, forward_index)),
        remote_side: Vec::new(),
        foreign_keys: relationship.foreign_keys.clone(),
        primaryjoin: Vec::new(),
        secondaryjoin: Vec::new(),
        name: String::new(),
    };
    if source == target {
        reverse.remote_side = fk.columns.iter().map(|c| (source, c.clone())).collect();
    }
    relationship.backref = Some((target, reverse_index));
    Some((relationship, Some(reverse)))
}

fn push_relationship(models: &mut [Model], model: usize, relationship: Relationship) {
    if let Some(class) = models[model].class.as_mut() {
        class.relationships.push(relationship);
    }
}

/// `table.constraints` as sqlacodegen sees it: empty under `noconstraints`,
/// although the primary and foreign keys still drive the models.
fn visible_constraints(table: &MetaTable) -> impl Iterator<Item = &MetaConstraint> {
    let shown = if table.constraints_hidden {
        &[][..]
    } else {
        &table.constraints[..]
    };
    shown.iter()
}

/// `get_common_fk_constraints`: FKs between the two tables, either direction
/// (read from `table.constraints`).
///
/// Outside exact mode, under `noconstraints`, the foreign keys the module
/// still writes count: sqlacodegen sees none there and leaves out the
/// `foreign_keys=` two such keys to one table need (AmbiguousForeignKeysError).
fn common_fk_count(a: &MetaTable, b: &MetaTable, settings: &Settings) -> usize {
    let refers = |from: &MetaTable, to: &MetaTable| {
        let written = if from.constraints_hidden && !settings.sqlacodegen_exact {
            &from.constraints[..]
        } else {
            &[]
        };
        visible_constraints(from)
            .chain(written)
            .filter_map(|c| match c {
                MetaConstraint::ForeignKey(fk) => Some(fk),
                _ => None,
            })
            .filter(|fk| joins_without_constraints(from, fk, settings))
            .filter(|fk| fk.referred_table == to.name && fk.referred_schema == to.schema)
            .count()
    };
    // The same key (`schema.name`), as sqlacodegen compares tables; made
    // only to be compared, so compared without being made.
    if super::metadata::compare_keys(a, b).is_eq() {
        refers(a, b)
    } else {
        refers(a, b) + refers(b, a)
    }
}

/// Whether SQLAlchemy can tell how a subclass's table joins its parent's: one
/// foreign key between the two tables. With another one (a `mentor_id`
/// beside the inherited `id`), the mapper stops with AmbiguousForeignKeysError
/// ("Can't determine the inherit condition"), which sqlacodegen's output
/// meets; outside exact mode such a key makes no subclass, and gets the
/// relationship it would get under `nojoined`.
fn inherit_condition_is_clear(child: &MetaTable, parent: &MetaTable, settings: &Settings) -> bool {
    settings.sqlacodegen_exact || common_fk_count(child, parent, settings) == 1
}

/// A relationship between classes of joined-table inheritance joins the
/// tables of both chains: foreign keys that sqlacodegen does not count (its
/// count is between the two tables alone) can make the join ambiguous, and
/// SQLAlchemy then stops with AmbiguousForeignKeysError (a self-referential
/// key in a subclass, a key between two subclasses of one parent). Outside
/// exact mode such a relationship names its `foreign_keys`, as sqlacodegen
/// does when two keys link the same two tables.
fn name_join_columns_across_inheritance(
    models: &mut [Model],
    index: &ModelIndex,
    settings: &Settings,
) {
    let chains: Vec<Vec<usize>> = (0..models.len())
        .map(|i| inheritance_chain(models, i))
        .collect();
    // Every foreign key the module joins along, as (model, referred model).
    let edges: Vec<(usize, usize)> = models
        .iter()
        .enumerate()
        .flat_map(|(from, owner)| {
            owner
                .table
                .foreign_keys()
                .filter(|fk| joins_without_constraints(&owner.table, fk, settings))
                .filter_map(move |fk| Some((from, model_of_fk(index, fk)?)))
        })
        .collect();
    let links = |a: usize, b: usize| -> usize {
        edges
            .iter()
            .filter(|(from, to)| {
                (chains[a].contains(from) && chains[b].contains(to))
                    || (chains[b].contains(from) && chains[a].contains(to))
            })
            .count()
    };
    let inherited = |m: usize| chains[m].len() > 1;
    let mut named = Vec::new();
    for (i, model) in models.iter().enumerate() {
        let Some(class) = &model.class else { continue };
        for (r, relationship) in class.relationships.iter().enumerate() {
            let Some((owner, c)) = relationship.constraint else {
                continue;
            };
            if relationship.association.is_some() || !relationship.foreign_keys.is_empty() {
                continue;
            }
            if !inherited(relationship.source) && !inherited(relationship.target) {
                continue;
            }
            if links(relationship.source, relationship.target) > 1 {
                if let MetaConstraint::ForeignKey(fk) = &models[owner].table.constraints[c] {
                    let columns = fk.columns.iter().map(|col| (owner, col.clone())).collect();
                    named.push((i, r, columns));
                }
            }
        }
    }
    for (i, r, columns) in named {
        if let Some(class) = models[i].class.as_mut() {
            class.relationships[r].foreign_keys = columns;
        }
    }
}

fn name_model(
    models: &mut [Model],
    i: usize,
    global: &mut Taken,
    settings: &Settings,
    reserved: &BTreeSet<String>,
) {
    let exact = settings.sqlacodegen_exact;
    if models[i].class.is_none() {
        let name = names::find_free_name(
            &format!("t_{}", models[i].table.name),
            global,
            &Taken::new(exact),
            Scope::Module,
            exact,
        );
        global.insert(&name);
        models[i].name = name;
        return;
    }
    let cleaned: String = models[i]
        .table
        .name
        .chars()
        .map(|c| if is_word_char(c) { c } else { '_' })
        .collect();
    let preferred: String = cleaned
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect();
    // use_inflect: the class is named after one row.
    let preferred = if settings.has("use_inflect") {
        match super::inflect::singular_noun(&preferred) {
            Some(singular) if !singular.is_empty() => singular,
            _ => preferred,
        }
    } else {
        preferred
    };
    // A name of underscores only leaves nothing (sqlacodegen fails an assertion
    // on it); the class keeps the underscores.
    let preferred = if preferred.is_empty() {
        cleaned
    } else {
        preferred
    };
    let name = names::find_free_name(&preferred, global, &Taken::new(exact), Scope::Module, exact);
    models[i].name = name.clone();
    let attributes = models[i]
        .class
        .as_ref()
        .map_or(0, |c| c.columns.len() + c.relationships.len());
    let mut local = Taken::with_capacity(exact, reserved.len() + attributes);
    local.extend(reserved);
    // pydantic refuses a SQLModel field whose name starts with an underscore.
    let public_fields = !exact && !settings.generator.allows_private_attribute_names();
    if !exact {
        for name in settings.generator.reserved_attribute_names() {
            local.insert(name);
        }
    }
    let column_count = models[i].class.as_ref().map_or(0, |c| c.columns.len());
    for c in 0..column_count {
        let column_index = models[i]
            .class
            .as_ref()
            .map_or(0, |class| class.columns[c].column);
        let column_name = &models[i].table.columns[column_index].name;
        let attr = attribute_name(column_name, global, &local, public_fields, exact);
        local.insert(&attr);
        if let Some(class) = models[i].class.as_mut() {
            class.columns[c].name = attr;
        }
    }
    let relationship_count = models[i]
        .class
        .as_ref()
        .map_or(0, |c| c.relationships.len());
    for r in 0..relationship_count {
        let preferred = relationship_preferred_name(models, i, r, settings);
        let name = attribute_name(&preferred, global, &local, public_fields, exact);
        local.insert(&name);
        if let Some(class) = models[i].class.as_mut() {
            class.relationships[r].name = name;
        }
    }
    // The class's own name is taken only once its attributes are named: an
    // attribute may share it (a self-referential `Employee.Employee`).
    global.insert(&name);
}

/// A class attribute's name: sqlacodegen's free name, which under
/// `public_fields` (SQLModel outside exact mode) never starts with `_`.
fn attribute_name(
    preferred: &str,
    global: &Taken,
    local: &Taken,
    public_fields: bool,
    exact: bool,
) -> String {
    let name = names::find_free_name(preferred, global, local, Scope::Class, exact);
    if public_fields && name.starts_with('_') {
        return names::find_free_name(
            &names::public_field_name(&name),
            global,
            local,
            Scope::Class,
            exact,
        );
    }
    name
}

/// `re.sub(r"_id(?=_|$)", "", name)`.
fn strip_id_suffix(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(at) = rest.find("_id") {
        let after = &rest[at + 3..];
        out.push_str(&rest[..at]);
        if after.is_empty() || after.starts_with('_') {
            // dropped
        } else {
            out.push_str("_id");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn constraint_columns(models: &[Model], constraint: Option<(usize, usize)>) -> &[String] {
    match constraint {
        Some((model, index)) => match &models[model].table.constraints[index] {
            MetaConstraint::ForeignKey(fk) => &fk.columns,
            _ => &[],
        },
        None => &[],
    }
}

fn relationship_preferred_name(
    models: &[Model],
    model: usize,
    index: usize,
    settings: &Settings,
) -> String {
    let class = models[model].class.as_ref().expect("a class model");
    let relationship = &class.relationships[index];
    let kind = relationship.kind;
    if matches!(
        kind,
        RelationshipType::OneToMany | RelationshipType::OneToOne
    ) && relationship.source == relationship.target
    {
        if let Some((m, r)) = relationship.backref {
            let name = models[m]
                .class
                .as_ref()
                .map(|c| c.relationships[r].name.clone())
                .unwrap_or_default();
            if !name.is_empty() {
                return format!("{name}_reverse");
            }
        }
    }
    let target_name = &models[relationship.target].table.name;
    let mut resolved = target_name.clone();
    let columns = constraint_columns(models, relationship.constraint);
    let use_fk_naming = !settings.has("nofknames")
        && ((relationship.constraint.is_some()
            && matches!(
                kind,
                RelationshipType::OneToMany | RelationshipType::OneToOne
            )
            && !relationship.foreign_keys.is_empty())
            || (kind == RelationshipType::ManyToMany && relationship.association.is_some()));
    if use_fk_naming {
        if kind == RelationshipType::ManyToMany {
            let same_target = class
                .relationships
                .iter()
                .filter(|r| {
                    r.target == relationship.target && r.kind == RelationshipType::ManyToMany
                })
                .count();
            if same_target > 1 {
                if relationship.source == relationship.target {
                    if relationship.constraint.is_some() {
                        resolved = columns
                            .iter()
                            .map(|c| strip_id_suffix(c))
                            .collect::<Vec<_>>()
                            .join("_");
                    }
                } else if let Some(association) = relationship.association {
                    let junction = strip_id_suffix(&models[association].table.name);
                    resolved = format!("{target_name}_{junction}");
                }
            } else if relationship.constraint.is_some()
                && !settings.has("noidsuffix")
                && columns.len() == 1
            {
                let stripped = strip_id_suffix(&columns[0]);
                if stripped != columns[0] {
                    resolved = stripped;
                }
            }
        } else if relationship.constraint.is_some() {
            let qualifier = columns
                .iter()
                .map(|c| strip_id_suffix(c))
                .collect::<Vec<_>>()
                .join("_");
            resolved = if relationship.source == relationship.target {
                qualifier
            } else {
                format!("{target_name}_{qualifier}")
            };
        }
    } else if relationship.constraint.is_some() && !settings.has("noidsuffix") {
        let (constraint_model, _) = relationship.constraint.unwrap_or((0, 0));
        let is_source = constraint_model == relationship.source;
        if is_source
            || !matches!(
                kind,
                RelationshipType::OneToOne | RelationshipType::OneToMany
            )
        {
            if columns.len() == 1 {
                let stripped = strip_id_suffix(&columns[0]);
                if stripped != columns[0] {
                    resolved = stripped;
                }
            } else {
                let same = class
                    .relationships
                    .iter()
                    .filter(|r| r.target == relationship.target && r.kind == kind)
                    .count();
                if same > 1 {
                    resolved = columns
                        .iter()
                        .map(|c| strip_id_suffix(c))
                        .collect::<Vec<_>>()
                        .join("_");
                }
            }
        }
    }
    if settings.has("use_inflect") {
        // Collections get a plural (unless the name already is one); single
        // references a singular.
        if matches!(
            kind,
            RelationshipType::OneToMany | RelationshipType::ManyToMany
        ) {
            if super::inflect::singular_noun(&resolved).is_none_or(|s| s.is_empty()) {
                resolved = super::inflect::plural_noun(&resolved);
            }
        } else if let Some(singular) = super::inflect::singular_noun(&resolved) {
            if !singular.is_empty() {
                resolved = singular;
            }
        }
    }
    resolved
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::Dialect;
    use crate::model::reflect::{reflect, ReflectRequest};
    use crate::model::Generator;

    #[test]
    fn a_long_module_collects_the_same_imports_on_one_thread_and_on_two() {
        let mut sql = String::from("CREATE TYPE mood AS ENUM ('sad', 'ok');\n");
        let kinds = [
            "int DEFAULT 0",
            "numeric(10, 2)",
            "timestamptz DEFAULT now()",
            "jsonb",
            "mood",
            "text[]",
            "inet",
            "int GENERATED ALWAYS AS IDENTITY",
            "serial",
            "bytea",
        ];
        for i in 0..700 {
            let kind = kinds[i % kinds.len()];
            // Every third table has no primary key: a plain table.
            let key = if i % 3 == 0 { "" } else { " PRIMARY KEY" };
            sql.push_str(&format!("CREATE TABLE t{i} (id int{key}, v {kind}"));
            if i > 0 && i % 5 == 0 {
                sql.push_str(&format!(", up int REFERENCES t{} (id)", i - 4));
            }
            if i % 7 == 0 {
                sql.push_str(&format!(", CONSTRAINT c{i} CHECK (v IS NOT NULL)"));
            }
            sql.push_str(");\n");
            if i % 11 == 0 {
                sql.push_str(&format!("CREATE INDEX ix{i} ON t{i} (id, v);\n"));
            }
        }
        let (statements, diagnostics) = crate::parse::parse_script(0, &sql, Dialect::PostgreSql);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        for generator in [
            Generator::Tables,
            Generator::Declarative,
            Generator::SqlModels,
        ] {
            let (catalog, _) =
                crate::catalog::apply::build_catalog(Dialect::PostgreSql, &statements, &[&sql]);
            let settings = Settings {
                generator,
                options: Default::default(),
                sqlacodegen_exact: false,
            };
            let request = ReflectRequest::default();
            let metadata = reflect(catalog, &request, &settings).expect("reflected");
            let mut module = infer(metadata, settings);
            assert!(module.models.len() > PARALLEL_FROM_MODELS);
            let models = std::mem::take(&mut module.models);
            collect_imports_split(&models, &mut module, usize::MAX);
            let alone = module.imports.clone();
            collect_imports_split(&models, &mut module, 2);
            assert_eq!(module.imports, alone, "{generator:?}");
            let named: Vec<&str> = alone.values().flatten().map(String::as_str).collect();
            for name in ["Table", "Enum", "ARRAY", "Identity", "text", "Index"] {
                assert!(named.contains(&name), "{generator:?}: {name} in {alone:?}");
            }
        }
    }

    #[test]
    fn column_lists_compare_as_sets() {
        // What the Python sets sqlacodegen compares would say.
        assert!(same_names(&["a", "b"], &["b", "a"]));
        assert!(same_names(&["a", "a"], &["a"]));
        assert!(same_names(&[] as &[&str], &[] as &[&str]));
        assert!(!same_names(&["a"], &["a", "b"]));
        assert!(!same_names(&["a", "b"], &["a"]));
        assert!(!same_names(&["a"], &[] as &[&str]));
        assert!(same_names(&[String::from("id")], &["id"]));
    }
}
