//! sqlacodegen's four generators, and what each one decides before anything
//! is printed: the options it accepts, whether tables become classes, whether
//! views are reflected, and the names it imports (imports are collected
//! before classes are named, and a class never takes an imported name). How
//! each one prints is the emitter's (`src/emit/`).

/// sqlacodegen's generators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generator {
    Tables,
    Declarative,
    Dataclasses,
    SqlModels,
}

/// `(package, name)` of a `from package import name`.
pub type Import = (&'static str, &'static str);

impl Generator {
    pub const NAMES: [&'static str; 4] = ["tables", "declarative", "dataclasses", "sqlmodels"];

    pub fn from_name(name: &str) -> Option<Generator> {
        match name {
            "tables" => Some(Generator::Tables),
            "declarative" => Some(Generator::Declarative),
            "dataclasses" => Some(Generator::Dataclasses),
            "sqlmodels" => Some(Generator::SqlModels),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Generator::Tables => "tables",
            Generator::Declarative => "declarative",
            Generator::Dataclasses => "dataclasses",
            Generator::SqlModels => "sqlmodels",
        }
    }

    /// The generator's class name in sqlacodegen (its messages name it).
    pub fn class_name(self) -> &'static str {
        match self {
            Generator::Tables => "TablesGenerator",
            Generator::Declarative => "DeclarativeGenerator",
            Generator::Dataclasses => "DataclassGenerator",
            Generator::SqlModels => "SQLModelGenerator",
        }
    }

    /// The `--options` this generator accepts: the tables generator's, and
    /// for the class generators those about classes and relationships too.
    pub fn valid_options(self) -> Vec<&'static str> {
        const TABLES: &[&str] = &[
            "noindexes",
            "noconstraints",
            "nocomments",
            "nonativeenums",
            "nosyntheticenums",
            "include_dialect_options",
            "keep_dialect_types",
        ];
        const CLASSES: &[&str] = &[
            "use_inflect",
            "nojoined",
            "nobidi",
            "noidsuffix",
            "nofknames",
        ];
        let mut options = TABLES.to_vec();
        if self.class_based() {
            options.extend(CLASSES);
        }
        options
    }

    /// Whether a table with a primary key becomes a class (and association
    /// tables, relationships and inheritance are worked out).
    pub fn class_based(self) -> bool {
        self != Generator::Tables
    }

    /// Whether views are reflected at all (SQLModel's never are).
    pub fn views_supported(self) -> bool {
        self != Generator::SqlModels
    }

    /// What the base needs: `MetaData` when no table became a class.
    pub fn base_imports(self, tables_only: bool) -> &'static [Import] {
        if tables_only || self == Generator::Tables {
            return &[("sqlalchemy", "MetaData")];
        }
        match self {
            Generator::Dataclasses => &[
                ("sqlalchemy.orm", "DeclarativeBase"),
                ("sqlalchemy.orm", "MappedAsDataclass"),
            ],
            Generator::SqlModels => &[],
            _ => &[("sqlalchemy.orm", "DeclarativeBase")],
        }
    }

    /// What a class with relationships needs.
    pub fn relationship_import(self) -> Import {
        match self {
            Generator::SqlModels => ("sqlmodel", "Relationship"),
            _ => ("sqlalchemy.orm", "relationship"),
        }
    }

    /// What a module with at least one class needs.
    pub fn class_imports(self) -> &'static [Import] {
        match self {
            Generator::Tables => &[],
            Generator::SqlModels => &[("sqlmodel", "Field")],
            _ => &[
                ("sqlalchemy.orm", "Mapped"),
                ("sqlalchemy.orm", "mapped_column"),
            ],
        }
    }

    /// A class whose nullable columns are annotated `Optional[...]` imports
    /// it while imports are collected (before naming) in SQLModel; the other
    /// generators add it only when they print the annotation.
    pub fn optional_collected_with_class(self) -> bool {
        self == Generator::SqlModels
    }

    /// SQLModel replaces the base's `MetaData` by `SQLModel` in any module
    /// with a model: its tables use `SQLModel.metadata`.
    pub fn replaces_metadata_import(self) -> Option<Import> {
        (self == Generator::SqlModels).then_some(("sqlmodel", "SQLModel"))
    }

    /// Whether a class attribute may start with an underscore (pydantic,
    /// under SQLModel, refuses such fields).
    pub fn allows_private_attribute_names(self) -> bool {
        self != Generator::SqlModels
    }

    /// Whether a table class may inherit from another table class without
    /// restriction (SQLModel's may not inherit relationships, nor declare a
    /// parent's field again).
    pub fn supports_joined_inheritance(self) -> bool {
        self != Generator::SqlModels
    }

    /// Names a class attribute must not take outside exact mode, beyond
    /// Python's and SQLAlchemy's: under SQLModel, every public attribute of
    /// the `SQLModel` class (and its metaclass), which a field of that name
    /// would shadow (pydantic warns, and the model loses the method).
    pub fn reserved_attribute_names(self) -> &'static [&'static str] {
        match self {
            Generator::SqlModels => SQLMODEL_ATTRIBUTES,
            _ => &[],
        }
    }

    /// Names a class body calls that sqlacodegen imports only while
    /// printing, after the attributes are named (so an attribute may take
    /// them): SQLModel's `Column`.
    pub fn imports_collected_after_naming(self) -> &'static [&'static str] {
        match self {
            Generator::SqlModels => &["Column"],
            _ => &[],
        }
    }
}

/// `hasattr(sqlmodel.SQLModel, name)` for public names, with sqlmodel 0.0.50
/// and pydantic 2.14.4 (the oracle's pins): `dir(SQLModel)` and
/// `dir(type(SQLModel))`.
const SQLMODEL_ATTRIBUTES: &[&str] = &[
    "construct",
    "copy",
    "dict",
    "from_orm",
    "json",
    "metadata",
    "model_computed_fields",
    "model_config",
    "model_construct",
    "model_copy",
    "model_dump",
    "model_dump_json",
    "model_extra",
    "model_fields",
    "model_fields_set",
    "model_json_schema",
    "model_parametrized_name",
    "model_post_init",
    "model_rebuild",
    "model_validate",
    "model_validate_json",
    "model_validate_strings",
    "mro",
    "parse_file",
    "parse_obj",
    "parse_raw",
    "register",
    "schema",
    "schema_json",
    "sqlmodel_update",
    "update_forward_refs",
    "validate",
];
