//! The schema IR: a catalog built by applying each statement in order, as the
//! database itself would, holding what that database would report back when
//! reflected (its invented constraint names, canonical types, normalised default and
//! CHECK text).
//!
//! The catalog knows nothing of Python or SQLAlchemy. What differs per server lives
//! in one file per dialect ([`postgresql`], [`mysql`], [`sqlite`]) behind the
//! [`rules::ServerRules`] trait; [`apply`] is the dialect-neutral part.

pub mod apply;
pub mod declared;
pub mod mysql;
pub mod names;
pub mod postgresql;
pub mod routines;
pub mod rules;
pub mod server_texts;
pub mod sqlite;
pub mod views;

use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::dialect::Dialect;

/// The relations by name, in creation order. Keys are hashed with Fx: the
/// catalog looks names up several times per statement, and SipHash's
/// resistance to chosen keys buys nothing for a schema the user wrote.
pub type Tables = IndexMap<QualifiedName, Table, FxBuildHasher>;

/// A table or view name with its schema as the server reports it (`None`: the
/// default schema of the connection, i.e. `public`, the current database, `main`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QualifiedName {
    pub schema: Option<String>,
    pub name: String,
}

impl QualifiedName {
    pub fn new(schema: Option<String>, name: impl Into<String>) -> Self {
        QualifiedName {
            schema,
            name: name.into(),
        }
    }
}

impl std::fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.schema {
            Some(s) => write!(f, "{s}.{}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// Everything the statements created, in creation order.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub dialect: Dialect,
    pub tables: Tables,
    /// PostgreSQL `CREATE TYPE ... AS ENUM`.
    pub enums: IndexMap<QualifiedName, EnumType>,
    /// PostgreSQL `CREATE DOMAIN`.
    pub domains: IndexMap<QualifiedName, Domain>,
    /// PostgreSQL composite, range (with their multirange) and base types.
    pub other_types: IndexMap<QualifiedName, OtherType>,
    /// PostgreSQL sequences, explicit or implied by serial/identity columns.
    pub sequences: IndexMap<QualifiedName, Sequence>,
    /// Schemas created by `CREATE SCHEMA` (the default one always exists).
    pub schemas: Vec<String>,
    /// Functions and aggregates, in creation order.
    pub functions: Vec<Function>,
    /// PostgreSQL extensions by name, with the relations each created.
    pub extensions: IndexMap<String, Extension>,
    /// Which tables hold an index or key of a given name, per schema: lets a
    /// server's name chooser ask "is this name taken?" without scanning every
    /// table. Entries may be stale (the table or index was dropped since), so
    /// callers confirm against the owner; only lookups, never iterated.
    /// Keyed by schema, then name, so that a lookup borrows both.
    pub name_owners: FxHashMap<Option<String>, FxHashMap<String, Vec<QualifiedName>>>,
    /// What the session holds between statements (MySQL user variables and
    /// prepared statements).
    pub session: Session,
    /// MySQL stored procedures by lower-case name: what a `CALL` runs.
    pub procedures: std::collections::HashMap<String, StoredProcedure>,
    /// Temporary tables, which live in `tables` while the session lasts (later
    /// statements see them) but are gone when a new connection reflects the
    /// schema; each with the table of the same name it hides, if any, and
    /// that table's position.
    pub temporary: Vec<(QualifiedName, Option<(usize, Table)>)>,
    /// What the server did with the statement being applied that the output
    /// cannot show as it did (a constant frozen to the time of loading), and
    /// caveats that do not stop it (a MySQL 8 collation MariaDB does not
    /// know): the builder turns them into warnings once the statement is
    /// applied.
    /// A cell, so that expression printers holding the catalog can add to it.
    pub notices: std::cell::RefCell<Vec<Notice>>,
}

/// A remark on part of the statement being applied (see [`Catalog::notices`]).
#[derive(Debug, Clone)]
pub struct Notice {
    /// Where, in the text the statement was parsed from; `None`: the
    /// statement as a whole.
    pub span: Option<sqlparser::tokenizer::Span>,
    pub message: String,
    /// What the label at `span` says.
    pub label: String,
    pub note: String,
}

/// A stored procedure and where it was defined (for warnings about its body).
#[derive(Debug, Clone)]
pub struct StoredProcedure {
    pub definition: std::sync::Arc<crate::parse::mysql_routine::Procedure>,
    /// The file and byte range of its `CREATE PROCEDURE`, and that statement's text.
    pub file: usize,
    pub span: std::ops::Range<usize>,
    pub text: std::sync::Arc<str>,
}

/// A server session's state that later statements read: user variables and
/// prepared statements by (lower-case) name, each with its value or the
/// reason it cannot be known from the DDL; the schema search path.
#[derive(Debug, Clone, Default)]
pub struct Session {
    pub variables: std::collections::HashMap<String, Result<SessionValue, String>>,
    pub prepared: std::collections::HashMap<String, Result<String, String>>,
    /// The schema names a `SET search_path` listed (PostgreSQL), as stored;
    /// `None`: the server's default.
    pub search_path: Option<Vec<String>>,
}

/// The value of a user variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionValue {
    Null,
    Int(i128),
    Text(String),
}

impl Catalog {
    /// Note a caveat on the statement being applied as a whole (once).
    pub fn note_caveat(&self, message: String) {
        let mut notices = self.notices.borrow_mut();
        if !notices.iter().any(|n| n.message == message) {
            notices.push(Notice {
                span: None,
                message,
                label: String::from("this statement was applied with a caveat"),
                note: String::from("pass --strict to make this an error"),
            });
        }
    }

    pub fn new(dialect: Dialect) -> Self {
        Catalog {
            dialect,
            tables: Tables::default(),
            enums: IndexMap::new(),
            domains: IndexMap::new(),
            other_types: IndexMap::new(),
            sequences: IndexMap::new(),
            schemas: Vec::new(),
            functions: Vec::new(),
            extensions: IndexMap::new(),
            name_owners: FxHashMap::default(),
            session: Session::default(),
            procedures: std::collections::HashMap::new(),
            temporary: Vec::new(),
            notices: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Note that `owner` holds an index or key named `name`.
    pub fn register_name(&mut self, owner: &QualifiedName, name: &str) {
        register_name_in(&mut self.name_owners, owner, name);
    }

    /// Foreign keys of every table that point at `table`'s column `old` name
    /// `new` instead; `same` is the server's identifier comparison.
    pub fn follow_column_rename(
        &mut self,
        table: &QualifiedName,
        old: &str,
        new: &str,
        same: fn(&str, &str) -> bool,
        views: ViewsFollow,
    ) {
        for other in self.tables.values_mut() {
            for fk in &mut other.foreign_keys {
                if &fk.referred_table == table {
                    rename_in_list(&mut fk.referred_columns, old, new, same);
                }
            }
            if views == ViewsFollow::ByName {
                continue;
            }
            if let Some(view) = other.view_mut() {
                let mut followed = false;
                for (relation, column) in view.columns.iter_mut().chain(view.reads.iter_mut()) {
                    if relation == table && same(column, old) {
                        *column = new.to_string();
                        followed = true;
                    }
                }
                // Its query as written reads the old name no longer.
                if followed {
                    view.stored_query = None;
                }
            }
        }
    }

    /// Foreign keys of every table that point at `old` point at `new`
    /// instead, and views too unless they read by name.
    pub fn follow_table_rename(
        &mut self,
        old: &QualifiedName,
        new: &QualifiedName,
        views: ViewsFollow,
    ) {
        for other in self.tables.values_mut() {
            other.follow_table_rename(old, new, views);
        }
    }

    /// Sequences owned by `table` (by its column `column` only, when given) go
    /// with it: PostgreSQL drops a serial or identity column's sequence with
    /// the column or table, which frees its name for the next one.
    pub fn drop_owned_sequences(&mut self, table: &QualifiedName, column: Option<&str>) {
        let owned = |sequence: &Sequence| {
            sequence
                .owned_by
                .as_ref()
                .is_some_and(|(owner, owner_column)| {
                    owner == table && column.is_none_or(|c| c == owner_column)
                })
        };
        // Removed one by one, in place: a `retain` that removes anything
        // rebuilds the whole hash index of the sequences.
        let dropped: Vec<QualifiedName> = self
            .sequences
            .iter()
            .filter(|(_, sequence)| owned(sequence))
            .map(|(name, _)| name.clone())
            .collect();
        for name in dropped {
            self.sequences.shift_remove(&name);
        }
    }

    /// Drop the temporary table `name`, if there is one, bringing back the
    /// table it hid. Whether there was one.
    pub fn drop_temporary(&mut self, name: &QualifiedName) -> bool {
        let Some(at) = self.temporary.iter().rposition(|(n, _)| n == name) else {
            return false;
        };
        let (name, hidden) = self.temporary.remove(at);
        self.tables.shift_remove(&name);
        if let Some((index, table)) = hidden {
            let index = index.min(self.tables.len());
            self.tables.shift_insert(index, name, table);
        }
        true
    }

    /// End of the session: every temporary table goes.
    pub fn drop_all_temporary(&mut self) {
        while let Some((name, _)) = self.temporary.last().cloned() {
            self.drop_temporary(&name);
        }
    }

    /// The tables that may hold an index or key named `name` in `schema`.
    pub fn name_owners(&self, schema: &Option<String>, name: &str) -> &[QualifiedName] {
        self.name_owners
            .get(schema)
            .and_then(|names| names.get(name))
            .map_or(&[], Vec::as_slice)
    }
}

/// Push onto a list that mostly stays short (a table's keys and indexes, the
/// tables holding a name): room for one item at first, then half as much
/// again each time. `Vec` starts at four, hundreds of bytes per table that
/// the catalog keeps, and every later stage reads past.
pub(crate) fn push_compact<T>(list: &mut Vec<T>, item: T) {
    if list.len() == list.capacity() {
        list.reserve_exact((list.len() / 2).max(1));
    }
    list.push(item);
}

/// [`Catalog::register_name`] on the registry alone, for a caller that
/// reads the name from the catalog's tables meanwhile.
pub(crate) fn register_name_in(
    name_owners: &mut FxHashMap<Option<String>, FxHashMap<String, Vec<QualifiedName>>>,
    owner: &QualifiedName,
    name: &str,
) {
    // Keys are copied only the first time they come.
    if !name_owners.contains_key(&owner.schema) {
        name_owners.insert(owner.schema.clone(), FxHashMap::default());
    }
    let names = name_owners.get_mut(&owner.schema).expect("inserted above");
    if !names.contains_key(name) {
        names.insert(name.to_string(), Vec::new());
    }
    let owners = names.get_mut(name).expect("inserted above");
    if !owners.contains(owner) {
        push_compact(owners, owner.clone());
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    Table,
    View,
    /// PostgreSQL `CREATE MATERIALIZED VIEW`: reflected like a view, but it has
    /// its own DROP statement and can carry indexes.
    MaterializedView,
    /// PostgreSQL `CREATE FOREIGN TABLE`: SQLAlchemy lists neither it among the
    /// tables nor among the views, but views read it like a table.
    ForeignTable,
}

impl TableKind {
    /// Whether reflection lists it among the views.
    pub fn is_view(self) -> bool {
        matches!(self, TableKind::View | TableKind::MaterializedView)
    }

    /// Whether `MetaData.reflect()` lists it at all.
    pub fn is_reflected(self) -> bool {
        self != TableKind::ForeignTable
    }
}

/// What a view's query reads and calls: the dependencies the server records,
/// which decide what `DROP ... CASCADE` takes along.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewDefinition {
    /// Tables and views in its FROM clauses (subqueries included).
    pub relations: Vec<QualifiedName>,
    /// The columns of those it uses (by name; every column for `*`).
    pub columns: Vec<(QualifiedName, String)>,
    /// Names of the functions it calls.
    pub functions: Vec<String>,
    /// Relations its FROM clauses name (as written) that did not exist when
    /// it was created; table functions (`FROM f(...)`) and CTEs are not
    /// among them.
    pub unresolved: Vec<QualifiedName>,
    /// The columns it reads as the server resolved them when it stored the
    /// view (MariaDB stores every reference qualified), as far as the text
    /// tells for certain: references qualified by a relation or its alias,
    /// unqualified names only one of its relations has a column of, and the
    /// columns a `*` stood for then.
    pub reads: Vec<(QualifiedName, String)>,
    /// Where the server works out a view's columns each time it is used
    /// (MariaDB): its query, the statement's text, and the column names
    /// its column list gives.
    pub stored_query: Option<StoredQuery>,
}

/// A view's query as the server keeps it, to work out its columns again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredQuery {
    pub query: Box<sqlparser::ast::Query>,
    pub text: std::sync::Arc<str>,
    pub column_names: Vec<String>,
}

/// A PostgreSQL function or aggregate: what an expression calling it yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    pub name: QualifiedName,
    /// Types of the input arguments, as the server stores them.
    pub args: Vec<SqlType>,
    /// How many trailing arguments have defaults (may be left out of a call).
    pub defaults: usize,
    /// The result type; `None` for a set of rows, a trigger, `void` and the
    /// like, which no view column takes.
    pub returns: Option<SqlType>,
    /// The code a call runs, when it may change the schema (a PostgreSQL
    /// `plpgsql` or `sql` function called with `SELECT f()`).
    pub code: Option<FunctionCode>,
}

/// A function's body as a call runs it.
#[derive(Debug, Clone)]
pub struct FunctionCode(pub std::sync::Arc<FunctionCodeData>);

/// Two definitions are the same code only when they are one definition.
impl PartialEq for FunctionCode {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for FunctionCode {}

#[derive(Debug)]
pub struct FunctionCodeData {
    /// The input parameters in order: names as the body spells them (lower
    /// case unless quoted; empty for an unnamed one) and their defaults.
    pub params: Vec<(String, Option<sqlparser::ast::Expr>)>,
    /// The steps, or why they cannot be read (reported at a call).
    pub body: Result<crate::parse::plpgsql::Block, String>,
    /// The file and byte range of its `CREATE FUNCTION`, and that
    /// statement's text (step spans are in it).
    pub file: usize,
    pub span: std::ops::Range<usize>,
    pub text: std::sync::Arc<str>,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub name: QualifiedName,
    pub kind: TableKind,
    /// PostgreSQL `PARTITION BY`: the table is partitioned (only such a table
    /// has partitions).
    pub partitioned: bool,
    pub columns: Vec<Column>,
    pub primary_key: Option<PrimaryKey>,
    pub foreign_keys: Vec<ForeignKey>,
    pub uniques: Vec<UniqueConstraint>,
    pub checks: Vec<CheckConstraint>,
    pub indexes: Vec<Index>,
    pub comment: Option<String>,
    /// The `CREATE TABLE` text as the server stores it (SQLite keeps it verbatim and
    /// its reflection re-reads it).
    pub stored_sql: Option<String>,
    /// Table-level options the server reports (MySQL engine, charset,
    /// collation), in the order given; a key given again keeps its place
    /// ([`Table::set_option`]). A list rather than a map: a handful of
    /// entries, only ever read by scanning them.
    pub options: Vec<(String, String)>,
    /// What few tables have, read and set through the methods below, which
    /// keep it `None` when empty. Boxed: inline, these fields were 312 of a
    /// table's 680 bytes, and at 20,000 tables every one is held at once.
    details: Option<Box<TableDetails>>,
}

/// The parts of a [`Table`] that most tables lack.
#[derive(Debug, Clone, Default)]
pub struct TableDetails {
    /// PostgreSQL: the partitioned table this table is a partition of.
    pub partition_of: Option<QualifiedName>,
    /// A view's dependencies.
    pub view: Option<ViewDefinition>,
    /// What could not be known from the statements (column types of a view or
    /// of a table made from a query): a warning if the table is still there
    /// at the end.
    pub unresolved: Vec<String>,
    /// Column names the server picked at random (SQLite's sixth column of one
    /// name in a view): a warning if the table is still there at the end.
    pub random_names: Vec<String>,
    /// A virtual table (SQLite `CREATE VIRTUAL TABLE`): its module and the
    /// shadow tables the module created, which go with it when it is dropped.
    pub virtual_table: Option<VirtualTable>,
}

impl TableDetails {
    fn is_empty(&self) -> bool {
        self.partition_of.is_none()
            && self.view.is_none()
            && self.unresolved.is_empty()
            && self.random_names.is_empty()
            && self.virtual_table.is_none()
    }
}

/// What a table without details reads as.
static NO_TABLE_DETAILS: TableDetails = TableDetails {
    partition_of: None,
    view: None,
    unresolved: Vec::new(),
    random_names: Vec::new(),
    virtual_table: None,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VirtualTable {
    pub module: String,
    pub shadow_tables: Vec<QualifiedName>,
}

impl Table {
    pub fn new(name: QualifiedName, kind: TableKind) -> Self {
        Table {
            name,
            kind,
            partitioned: false,
            columns: Vec::new(),
            primary_key: None,
            foreign_keys: Vec::new(),
            uniques: Vec::new(),
            checks: Vec::new(),
            indexes: Vec::new(),
            comment: None,
            stored_sql: None,
            options: Vec::new(),
            details: None,
        }
    }

    /// Set the option `key` to `value`, in place if it is set already.
    pub fn set_option(&mut self, key: String, value: String) {
        match self.options.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.options.push((key, value)),
        }
    }

    /// The rare parts, empty ones when there are none.
    pub fn details(&self) -> &TableDetails {
        self.details.as_deref().unwrap_or(&NO_TABLE_DETAILS)
    }

    pub fn partition_of(&self) -> Option<&QualifiedName> {
        self.details().partition_of.as_ref()
    }

    pub fn view(&self) -> Option<&ViewDefinition> {
        self.details().view.as_ref()
    }

    pub fn view_mut(&mut self) -> Option<&mut ViewDefinition> {
        self.details.as_mut()?.view.as_mut()
    }

    pub fn unresolved(&self) -> &[String] {
        &self.details().unresolved
    }

    pub fn random_names(&self) -> &[String] {
        &self.details().random_names
    }

    pub fn virtual_table(&self) -> Option<&VirtualTable> {
        self.details().virtual_table.as_ref()
    }

    pub fn set_partition_of(&mut self, parent: Option<QualifiedName>) {
        if parent.is_some() || self.details.is_some() {
            self.edit_details(|d| d.partition_of = parent);
        }
    }

    pub fn set_view(&mut self, view: Option<ViewDefinition>) {
        if view.is_some() || self.details.is_some() {
            self.edit_details(|d| d.view = view);
        }
    }

    pub fn set_unresolved(&mut self, unresolved: Vec<String>) {
        if !unresolved.is_empty() || self.details.is_some() {
            self.edit_details(|d| d.unresolved = unresolved);
        }
    }

    pub fn set_random_names(&mut self, random_names: Vec<String>) {
        if !random_names.is_empty() || self.details.is_some() {
            self.edit_details(|d| d.random_names = random_names);
        }
    }

    pub fn set_virtual_table(&mut self, virtual_table: Option<VirtualTable>) {
        if virtual_table.is_some() || self.details.is_some() {
            self.edit_details(|d| d.virtual_table = virtual_table);
        }
    }

    /// Change the rare parts, dropping the box when they end up empty.
    fn edit_details(&mut self, edit: impl FnOnce(&mut TableDetails)) {
        let details = self.details.get_or_insert_default();
        edit(details);
        if details.is_empty() {
            self.details = None;
        }
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    pub fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns.iter_mut().find(|c| c.name == name)
    }

    /// Follow a column rename in the table's keys, foreign keys and plain index
    /// columns. Expression text is left to the dialect, which prints it its own way.
    pub fn follow_column_rename(&mut self, old: &str, new: &str, same: fn(&str, &str) -> bool) {
        if let Some(pk) = &mut self.primary_key {
            rename_in_list(&mut pk.columns, old, new, same);
            for (column, _) in &mut pk.prefix_lengths {
                if same(column, old) {
                    *column = new.to_string();
                }
            }
        }
        for unique in &mut self.uniques {
            rename_in_list(&mut unique.columns, old, new, same);
        }
        for fk in &mut self.foreign_keys {
            rename_in_list(&mut fk.columns, old, new, same);
            if fk.referred_table == self.name {
                rename_in_list(&mut fk.referred_columns, old, new, same);
            }
        }
        for index in &mut self.indexes {
            for element in &mut index.elements {
                if let IndexElement::Column(name) = element {
                    if same(name, old) {
                        *name = new.to_string();
                    }
                }
            }
        }
    }

    /// Foreign keys of this table that point at `old` point at `new` instead
    /// (and, if this is a view that follows renames, what it reads).
    pub fn follow_table_rename(
        &mut self,
        old: &QualifiedName,
        new: &QualifiedName,
        views: ViewsFollow,
    ) {
        for fk in &mut self.foreign_keys {
            if &fk.referred_table == old {
                fk.referred_table = new.clone();
            }
        }
        if self.partition_of() == Some(old) {
            self.set_partition_of(Some(new.clone()));
        }
        if views == ViewsFollow::ByName {
            return;
        }
        if let Some(view) = self.view_mut() {
            if view.relations.contains(old) {
                // Its query as written reads the old name no longer.
                view.stored_query = None;
            }
            for relation in &mut view.relations {
                if relation == old {
                    *relation = new.clone();
                }
            }
            for (relation, _) in view.columns.iter_mut().chain(view.reads.iter_mut()) {
                if relation == old {
                    *relation = new.clone();
                }
            }
        }
    }
}

/// Whether views follow a table or column rename.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewsFollow {
    /// They refer to what they read by identity (PostgreSQL), or the server
    /// edits their text (SQLite): they read the renamed one.
    Renames,
    /// They name what they read, resolved when used (MariaDB): they still
    /// read the old name, which no longer exists.
    ByName,
}

fn rename_in_list(names: &mut [String], old: &str, new: &str, same: fn(&str, &str) -> bool) {
    for name in names.iter_mut() {
        if same(name, old) {
            *name = new.to_string();
        }
    }
}

/// A column type as the server reports it. `name` is the server's canonical
/// spelling (PostgreSQL `format_type`, MySQL `SHOW CREATE TABLE`, SQLite the
/// declared text), lower-case where the server lower-cases it.
#[derive(Debug, Clone, Default)]
pub struct SqlType {
    pub name: String,
    /// Type modifiers as written by the server: `["10", "2"]` for `numeric(10,2)`.
    pub args: Vec<String>,
    /// PostgreSQL array dimensions (the catalog keeps them; reflection loses them).
    pub array_dims: u32,
    /// MySQL `UNSIGNED`.
    pub unsigned: bool,
    /// MySQL `ZEROFILL`.
    pub zerofill: bool,
    /// What few types carry. Boxed: every column holds a type, ~190k columns
    /// are held at 20,000 tables, and inline these fields were more than
    /// half of a type's 152 bytes. Read and set through the methods below,
    /// which keep it `None` when empty; public only so that struct update
    /// syntax (`SqlType { name, ..other }`) works outside this module.
    pub details: Option<Box<TypeDetails>>,
}

/// The parts of a [`SqlType`] that most types lack.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TypeDetails {
    /// MySQL column charset when it differs from the table's.
    pub charset: Option<String>,
    /// Column collation when the server reports one.
    pub collation: Option<String>,
    /// Values of MySQL `ENUM(...)` / `SET(...)`.
    pub values: Vec<String>,
    /// The schema of a user-defined type (PostgreSQL enum or domain) when it is not
    /// the default one.
    pub schema: Option<String>,
}

/// What a type without details reads as.
static NO_TYPE_DETAILS: TypeDetails = TypeDetails {
    charset: None,
    collation: None,
    values: Vec::new(),
    schema: None,
};

/// By value: no details and empty details are the same type.
impl PartialEq for SqlType {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.args == other.args
            && self.array_dims == other.array_dims
            && self.unsigned == other.unsigned
            && self.zerofill == other.zerofill
            && self.details() == other.details()
    }
}

impl Eq for SqlType {}

impl SqlType {
    pub fn named(name: impl Into<String>) -> Self {
        SqlType {
            name: name.into(),
            ..SqlType::default()
        }
    }

    pub fn with_args(name: impl Into<String>, args: Vec<String>) -> Self {
        SqlType {
            name: name.into(),
            args,
            ..SqlType::default()
        }
    }

    /// The rare parts, empty ones when there are none.
    pub fn details(&self) -> &TypeDetails {
        self.details.as_deref().unwrap_or(&NO_TYPE_DETAILS)
    }

    pub fn charset(&self) -> Option<&str> {
        self.details().charset.as_deref()
    }

    pub fn collation(&self) -> Option<&str> {
        self.details().collation.as_deref()
    }

    pub fn values(&self) -> &[String] {
        &self.details().values
    }

    pub fn schema(&self) -> Option<&str> {
        self.details().schema.as_deref()
    }

    pub fn set_charset(&mut self, charset: Option<String>) {
        if charset.is_some() || self.details.is_some() {
            self.edit_details(|d| d.charset = charset);
        }
    }

    pub fn set_collation(&mut self, collation: Option<String>) {
        if collation.is_some() || self.details.is_some() {
            self.edit_details(|d| d.collation = collation);
        }
    }

    pub fn set_values(&mut self, values: Vec<String>) {
        if !values.is_empty() || self.details.is_some() {
            self.edit_details(|d| d.values = values);
        }
    }

    pub fn set_schema(&mut self, schema: Option<String>) {
        if schema.is_some() || self.details.is_some() {
            self.edit_details(|d| d.schema = schema);
        }
    }

    pub fn with_charset(mut self, charset: Option<String>) -> Self {
        self.set_charset(charset);
        self
    }

    pub fn with_collation(mut self, collation: Option<String>) -> Self {
        self.set_collation(collation);
        self
    }

    pub fn with_values(mut self, values: Vec<String>) -> Self {
        self.set_values(values);
        self
    }

    pub fn with_schema(mut self, schema: Option<String>) -> Self {
        self.set_schema(schema);
        self
    }

    /// Change the rare parts, dropping the box when they end up empty.
    fn edit_details(&mut self, edit: impl FnOnce(&mut TypeDetails)) {
        let details = self.details.get_or_insert_default();
        edit(details);
        if **details == NO_TYPE_DETAILS {
            self.details = None;
        }
    }
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub data_type: SqlType,
    pub nullable: bool,
    /// Server default as the server reports it (already normalised).
    pub default: Option<String>,
    /// MySQL `AUTO_INCREMENT`, PostgreSQL serial: the server's own autoincrement.
    pub autoincrement: bool,
    /// MySQL: the default is the automatic `CURRENT_TIMESTAMP` that the
    /// column's definition gave a DATETIME or TIMESTAMP column, which MariaDB
    /// keeps apart from default values: `ALTER COLUMN ... SET DEFAULT` and
    /// `DROP DEFAULT` leave it in place.
    pub automatic_default: bool,
    /// MariaDB `INVISIBLE`: left out of `SELECT *`; `SHOW CREATE TABLE`
    /// prints the word after the column's NULL or NOT NULL.
    pub invisible: bool,
    /// MariaDB `COMPRESSED`: `SHOW CREATE TABLE` prints
    /// `/*M!100301 COMPRESSED*/` right after the column's type.
    pub compressed: bool,
    /// What few columns have, read and set through the methods below, which
    /// keep it `None` when empty. Boxed: ~190k columns are held at 20,000
    /// tables, and inline these fields took 88 of a column's 208 bytes.
    details: Option<Box<ColumnDetails>>,
}

/// The parts of a [`Column`] that most columns lack.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ColumnDetails {
    /// Boxed in turn: an `Identity` is 96 bytes, and comments, far more
    /// common, would pay for it.
    pub identity: Option<Box<Identity>>,
    pub generated: Option<Generated>,
    /// MySQL `ON UPDATE` expression as the server reports it.
    pub on_update: Option<String>,
    pub comment: Option<String>,
}

/// What a column without details reads as.
static NO_COLUMN_DETAILS: ColumnDetails = ColumnDetails {
    identity: None,
    generated: None,
    on_update: None,
    comment: None,
};

/// By value: no details and empty details are the same column.
impl PartialEq for Column {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.data_type == other.data_type
            && self.nullable == other.nullable
            && self.default == other.default
            && self.autoincrement == other.autoincrement
            && self.automatic_default == other.automatic_default
            && self.invisible == other.invisible
            && self.compressed == other.compressed
            && self.details() == other.details()
    }
}

impl Eq for Column {}

impl Column {
    pub fn new(name: impl Into<String>, data_type: SqlType) -> Self {
        Column {
            name: name.into(),
            data_type,
            nullable: true,
            default: None,
            autoincrement: false,
            automatic_default: false,
            invisible: false,
            compressed: false,
            details: None,
        }
    }

    /// The rare parts, empty ones when there are none.
    pub fn details(&self) -> &ColumnDetails {
        self.details.as_deref().unwrap_or(&NO_COLUMN_DETAILS)
    }

    pub fn identity(&self) -> Option<&Identity> {
        self.details().identity.as_deref()
    }

    pub fn generated(&self) -> Option<&Generated> {
        self.details().generated.as_ref()
    }

    pub fn on_update(&self) -> Option<&str> {
        self.details().on_update.as_deref()
    }

    pub fn comment(&self) -> Option<&str> {
        self.details().comment.as_deref()
    }

    pub fn generated_mut(&mut self) -> Option<&mut Generated> {
        self.details.as_mut()?.generated.as_mut()
    }

    pub fn set_identity(&mut self, identity: Option<Identity>) {
        if identity.is_some() || self.details.is_some() {
            self.edit_details(|d| d.identity = identity.map(Box::new));
        }
    }

    pub fn set_generated(&mut self, generated: Option<Generated>) {
        if generated.is_some() || self.details.is_some() {
            self.edit_details(|d| d.generated = generated);
        }
    }

    pub fn set_on_update(&mut self, on_update: Option<String>) {
        if on_update.is_some() || self.details.is_some() {
            self.edit_details(|d| d.on_update = on_update);
        }
    }

    pub fn set_comment(&mut self, comment: Option<String>) {
        if comment.is_some() || self.details.is_some() {
            self.edit_details(|d| d.comment = comment);
        }
    }

    /// Change the rare parts, dropping the box when they end up empty.
    fn edit_details(&mut self, edit: impl FnOnce(&mut ColumnDetails)) {
        let details = self.details.get_or_insert_default();
        edit(details);
        if **details == NO_COLUMN_DETAILS {
            self.details = None;
        }
    }
}

/// `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY` with every sequence parameter
/// resolved as the server reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub always: bool,
    pub start: i128,
    pub increment: i128,
    pub minvalue: i128,
    pub maxvalue: i128,
    pub cycle: bool,
    pub cache: i128,
}

/// A generated (computed) column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The expression as the server reports it.
    pub expression: String,
    /// `STORED` (`true`) or `VIRTUAL` (`false`); `None` when the server doesn't say.
    pub persisted: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrimaryKey {
    pub name: Option<String>,
    pub columns: Vec<String>,
    /// MySQL: the columns the key holds only a prefix of, with its length.
    pub prefix_lengths: Vec<(String, u64)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferentialAction {
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

impl ReferentialAction {
    pub fn sql(self) -> &'static str {
        match self {
            ReferentialAction::NoAction => "NO ACTION",
            ReferentialAction::Restrict => "RESTRICT",
            ReferentialAction::Cascade => "CASCADE",
            ReferentialAction::SetNull => "SET NULL",
            ReferentialAction::SetDefault => "SET DEFAULT",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub referred_table: QualifiedName,
    pub referred_columns: Vec<String>,
    /// Actions as the server reports them (`None` where it reports nothing).
    pub on_delete: Option<ReferentialAction>,
    pub on_update: Option<ReferentialAction>,
    pub deferrable: Option<bool>,
    pub initially: Option<String>,
    /// `MATCH FULL` / `MATCH PARTIAL`, where the server reports it.
    pub match_kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UniqueConstraint {
    pub name: Option<String>,
    pub columns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckConstraint {
    pub name: Option<String>,
    /// The expression as the server reports it.
    pub expression: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexElement {
    Column(String),
    /// An expression the server reports as such (no column).
    Expression(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    pub name: String,
    pub elements: Vec<IndexElement>,
    pub unique: bool,
    /// PostgreSQL partial index predicate, as reported.
    pub predicate: Option<String>,
    /// MySQL `FULLTEXT` / `SPATIAL`.
    pub prefix: Option<String>,
    /// Dialect options the server reports for the index (e.g. MySQL key lengths).
    pub dialect_options: IndexMap<String, String>,
    /// PostgreSQL operator classes that are not the default for their column,
    /// by index element (column name or expression text).
    pub operator_classes: Vec<(String, String)>,
    /// PostgreSQL `INCLUDE (...)` columns, which are not part of the key.
    pub included_columns: Vec<String>,
    /// PostgreSQL storage parameters (`WITH (fillfactor=70)`), as `reloptions` holds them.
    pub storage_parameters: Vec<(String, String)>,
    /// PostgreSQL `NULLS NOT DISTINCT`.
    pub nulls_not_distinct: bool,
    /// MySQL/MariaDB: created by the server for a foreign key that had no index
    /// to use; the server drops it when a later index can serve instead.
    pub implicit_for_foreign_key: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumType {
    pub name: QualifiedName,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Domain {
    pub name: QualifiedName,
    pub data_type: SqlType,
    pub not_null: bool,
    /// The default as the server prints it.
    pub default: Option<String>,
    /// CHECK constraints with the names the server gives them.
    pub checks: Vec<CheckConstraint>,
    /// `COLLATE` written on the domain.
    pub collation: Option<String>,
}

/// A PostgreSQL type SQLAlchemy does not know (a column of one reflects as
/// NullType, an array of one too): only its name matters, for name clashes
/// and for what `DROP TYPE` takes along.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherType {
    pub name: QualifiedName,
    pub kind: OtherTypeKind,
    /// A composite type's attributes (what `CREATE TABLE t (LIKE type)`
    /// copies); empty for the other kinds.
    pub columns: Vec<Column>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OtherTypeKind {
    /// `CREATE TYPE t AS (...)`: also a relation (relkind `c`), whose name no
    /// table may take.
    Composite,
    /// `CREATE TYPE t AS RANGE (...)`, with the multirange type it makes.
    Range { multirange: String },
    /// The multirange type of a range type.
    Multirange,
    /// `CREATE TYPE t (INPUT = ..., ...)` or the shell `CREATE TYPE t`.
    Base { shell: bool },
}

/// A PostgreSQL extension (`CREATE EXTENSION`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    pub name: String,
    /// The schema its objects went to.
    pub schema: Option<String>,
    /// The extensions it needs.
    pub requires: Vec<String>,
    /// The tables and views it created, which go with it.
    pub relations: Vec<QualifiedName>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sequence {
    pub name: QualifiedName,
    /// `Some` when the sequence belongs to a serial or identity column.
    pub owned_by: Option<(QualifiedName, String)>,
}
