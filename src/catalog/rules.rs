//! What the catalog asks of a dialect: how the server stores names, types,
//! expressions and the constraint names it invents.
//!
//! [`apply`](super::apply) turns statements into drafts (AST pieces with the
//! user's own names, if any); a [`ServerRules`] implementation turns drafts into
//! what the server would report.

use sqlparser::ast::{AlterTableOperation, DataType, Expr, Ident, ObjectName, RenameTableNameKind};

use super::{Catalog, Column, IndexElement, QualifiedName, ReferentialAction, SqlType, Table};
use crate::dialect::Dialect;

/// The new name of `RENAME TO` / `RENAME AS`.
pub fn rename_target(kind: &RenameTableNameKind) -> &ObjectName {
    match kind {
        RenameTableNameKind::As(name) | RenameTableNameKind::To(name) => name,
    }
}

/// A change to a table that the views reading it may see.
#[derive(Debug, Clone)]
pub enum TableChange<'a> {
    /// `RENAME COLUMN old TO new`; `quoted`: the new name was written quoted.
    RenameColumn {
        table: &'a QualifiedName,
        old: String,
        new: String,
        quoted: bool,
    },
    /// `RENAME TO`.
    RenameTable {
        old: &'a QualifiedName,
        new: &'a QualifiedName,
    },
    /// Columns added or dropped.
    Columns { table: &'a QualifiedName },
}

impl TableChange<'_> {
    /// The table's name once the change is made.
    pub fn table(&self) -> &QualifiedName {
        match self {
            TableChange::RenameColumn { table, .. } | TableChange::Columns { table } => table,
            TableChange::RenameTable { new, .. } => new,
        }
    }
}

/// A column as written, before the server normalised it.
#[derive(Debug, Clone)]
pub struct ColumnDraft<'a> {
    pub column: Column,
    /// The declared type taken apart, where the server's rules read it so
    /// (`None`: SQLite, or a column without a type); taken apart once per
    /// column, as several rules ask about it.
    pub declared: Option<super::declared::DeclaredType>,
    pub default: Option<&'a Expr>,
    pub on_update: Option<&'a Expr>,
    /// Generation expression and `STORED` (true) / `VIRTUAL` (false) / unsaid.
    pub generated: Option<(&'a Expr, Option<bool>)>,
    /// Boxed: few columns have one, and drafts are moved about whole.
    pub identity: Option<Box<IdentityDraft>>,
    /// `NOT NULL` or `NULL` written explicitly (`Some(false)` = NOT NULL).
    pub explicit_nullable: Option<bool>,
}

impl ColumnDraft<'_> {
    /// A column that comes whole from elsewhere (a query's, a `LIKE`
    /// source's): nothing written for it in the statement.
    pub fn copied(column: Column) -> Self {
        ColumnDraft {
            column,
            declared: None,
            default: None,
            on_update: None,
            generated: None,
            identity: None,
            explicit_nullable: None,
        }
    }
}

/// `GENERATED ... AS IDENTITY (options)` as written.
#[derive(Debug, Clone, Default)]
pub struct IdentityDraft {
    pub always: bool,
    pub start: Option<i128>,
    pub increment: Option<i128>,
    pub minvalue: Option<i128>,
    pub maxvalue: Option<i128>,
    pub cycle: bool,
    pub cache: Option<i128>,
}

/// What a query's columns are worked out for: a view's columns, or the columns
/// of the table `CREATE TABLE ... AS SELECT` makes (which a server may build
/// otherwise, and which reflection reads otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryTarget {
    View,
    Table,
}

/// A constraint or key as written, with the user's name if any.
#[derive(Debug, Clone)]
pub enum ConstraintDraft<'a> {
    PrimaryKey {
        name: Option<String>,
        columns: Vec<String>,
        /// The columns written with a key prefix length (MySQL `col(10)`).
        prefix_lengths: Vec<(String, u64)>,
        /// A column's own `PRIMARY KEY`.
        inline: bool,
    },
    Unique {
        name: Option<String>,
        columns: Vec<String>,
        /// The columns written with a key prefix length (MySQL `col(10)`).
        prefix_lengths: Vec<(String, u64)>,
        /// `Some(column)` for an inline `col ... UNIQUE`.
        inline: Option<String>,
    },
    ForeignKey {
        name: Option<String>,
        columns: Vec<String>,
        referred_table: QualifiedName,
        /// Empty: the referred table's primary key.
        referred_columns: Vec<String>,
        on_delete: Option<ReferentialAction>,
        on_update: Option<ReferentialAction>,
        deferrable: Option<bool>,
        initially: Option<String>,
        /// `FULL`, `PARTIAL` or `SIMPLE`, when written.
        match_kind: Option<String>,
        inline: bool,
    },
    Check {
        name: Option<String>,
        expr: &'a Expr,
        /// `Some(column)` for a column-level CHECK.
        inline: Option<String>,
    },
    /// MySQL `KEY`/`INDEX`/`FULLTEXT` inside CREATE TABLE.
    Index {
        name: Option<String>,
        elements: Vec<IndexElement>,
        /// The columns written with a key prefix length (MySQL `col(10)`).
        prefix_lengths: Vec<(String, u64)>,
        unique: bool,
        prefix: Option<String>,
    },
}

/// A `CREATE [UNIQUE] INDEX` as written.
#[derive(Debug, Clone)]
pub struct IndexDraft<'a> {
    pub name: Option<String>,
    pub table: QualifiedName,
    pub columns: Vec<IndexColumnDraft<'a>>,
    pub unique: bool,
    pub predicate: Option<&'a Expr>,
    pub prefix: Option<String>,
    /// `USING method` (lower-cased), when written.
    pub method: Option<String>,
    /// The operator class written after each of `columns`, if any (empty
    /// when none is written).
    pub operator_classes: Vec<Option<String>>,
    /// `INCLUDE (...)` columns.
    pub include: Vec<String>,
    /// `WITH (name = value, ...)` storage parameters, names folded, values as text.
    pub with: Vec<(String, String)>,
    /// `NULLS [NOT] DISTINCT`, when written.
    pub nulls_distinct: Option<bool>,
    /// PostgreSQL `ON ONLY`: the index is not created on the table's partitions.
    pub only: bool,
}

#[derive(Debug, Clone)]
pub enum IndexColumnDraft<'a> {
    Column(String),
    Expression(&'a Expr),
}

/// One `ALTER TABLE ... ALTER COLUMN` change.
#[derive(Debug, Clone)]
pub enum ColumnChange<'a> {
    SetDefault(&'a Expr),
    DropDefault,
    SetNotNull,
    DropNotNull,
    SetType(&'a DataType),
    AddIdentity(IdentityDraft),
    /// PostgreSQL `SET GENERATED ...`, `SET <sequence option>`, `RESTART`,
    /// `DROP IDENTITY [IF EXISTS]` on an identity column.
    AlterIdentity(crate::parse::fallback::IdentityAlteration),
}

/// A failure to apply a statement the way the server would: the server would
/// have rejected it, or we do not know how it would report it.
#[derive(Debug, Clone)]
pub struct ApplyError(pub String);

impl<T: Into<String>> From<T> for ApplyError {
    fn from(message: T) -> Self {
        ApplyError(message.into())
    }
}

pub type ApplyResult<T = ()> = Result<T, ApplyError>;

/// What a session statement (a user variable, a prepared statement) did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionEffect {
    /// The session changed; the schema did not.
    Kept,
    /// Run this SQL text as the next statement (`EXECUTE` of a prepared one).
    Execute(String),
}

/// What a `CREATE VIRTUAL TABLE` makes: the virtual table itself (its columns
/// as the module declares them) and the ordinary tables the module creates to
/// hold its data.
#[derive(Debug, Clone)]
pub struct VirtualTablePlan {
    /// The module's name as written.
    pub module: String,
    pub table: Table,
    pub shadow_tables: Vec<ShadowTable>,
}

/// A table a virtual table module creates with a `CREATE TABLE` of its own.
#[derive(Debug, Clone)]
pub struct ShadowTable {
    pub name: QualifiedName,
    /// The statement in a form our parser takes (names in double quotes).
    pub parse_sql: String,
    /// The statement text the server stores (and reflection re-reads).
    pub stored_sql: String,
}

/// What `CREATE EXTENSION` does: the extensions it needs installed first
/// and the relations it creates.
#[derive(Debug, Clone, Default)]
pub struct ExtensionPlan {
    pub requires: Vec<String>,
    pub relations: Vec<Table>,
}

/// Dialect knowledge the catalog needs. One implementation per server.
pub trait ServerRules {
    fn dialect(&self) -> Dialect;

    /// The name an identifier is stored under (PostgreSQL folds unquoted names to
    /// lower case).
    fn fold_ident(&self, ident: &Ident) -> String {
        ident.value.clone()
    }

    /// The column a key or index element names, if it names one (else it is
    /// an expression), as stored: a bare name everywhere; SQLite also reads
    /// through a `COLLATE` and parentheses, and takes a string for a name
    /// (`('a' COLLATE NOCASE)` is column `a`).
    fn key_column(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Identifier(ident) => Some(self.fold_ident(ident)),
            _ => None,
        }
    }

    /// The key under which the server matches a written column name to a
    /// table's columns: the stored name itself (PostgreSQL, after folding);
    /// SQLite folds ASCII letters, MariaDB compares case-insensitively.
    /// Borrowed where folding changes nothing: keys are compared for every
    /// column of every key and index.
    fn column_name_key<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        std::borrow::Cow::Borrowed(name)
    }

    /// Whether a new table, view or index may take this name (SQLite keeps
    /// `sqlite_*` for itself).
    fn check_new_name(&self, _name: &str) -> ApplyResult {
        Ok(())
    }

    /// Why the server refuses a view whose query reads `written` (a relation
    /// the catalog does not hold), or `None` where it accepts it: a relation
    /// of its own system catalogs, or a server (SQLite) that looks the
    /// relations up only when the view is used.
    fn missing_view_source(&self, _written: &QualifiedName) -> Option<String> {
        None
    }

    /// Whether a `CREATE TABLE` of this name describes a table the server
    /// makes itself and reflection never lists, as a schema dump prints it
    /// (SQLite's `.schema` shows `CREATE TABLE sqlite_sequence(name,seq);`):
    /// accepted without effect.
    fn made_by_the_server(&self, _name: &str) -> bool {
        false
    }

    /// The schema a name is reported under: `None` for the default one.
    fn schema_of(&self, schema: &str) -> Option<String>;

    fn qualified_name(&self, name: &ObjectName) -> QualifiedName {
        // The last two identifiers: a schema and a name, or a name alone.
        let (mut schema, mut last) = (None, None);
        for ident in name.0.iter().filter_map(|p| p.as_ident()) {
            schema = last.replace(ident);
        }
        match (schema, last) {
            (_, None) => QualifiedName::new(None, ""),
            (None, Some(name)) => QualifiedName::new(None, self.fold_ident(name)),
            (Some(schema), Some(name)) => QualifiedName::new(
                self.schema_of(&self.fold_ident(schema)),
                self.fold_ident(name),
            ),
        }
    }

    /// The object a name refers to where the statement looks one up (a table
    /// to alter or index, a foreign key's target, a view's source): an
    /// unqualified name resolves through the session's search path (PostgreSQL).
    fn lookup_name(&self, _catalog: &Catalog, name: &ObjectName) -> QualifiedName {
        self.qualified_name(name)
    }

    /// A table or view a statement created (SQLite registers its folded name
    /// for [`ServerRules::lookup_name`]).
    fn relation_created(&self, _catalog: &mut Catalog, _name: &QualifiedName) {}

    /// The name an object being created gets: an unqualified one goes where
    /// the session creates objects (PostgreSQL: the first schema of the
    /// search path that exists).
    fn creation_name(&self, _catalog: &Catalog, name: &ObjectName) -> ApplyResult<QualifiedName> {
        Ok(self.qualified_name(name))
    }

    /// The type the server reports for a declared type. SQLite keeps the declared
    /// text, so it also gets the statement text.
    fn column_type(
        &self,
        declared: Option<&DataType>,
        catalog: &Catalog,
        default_schema: Option<&str>,
    ) -> ApplyResult<SqlType>;

    /// Whether [`Self::column_type_of`] reads a declared type taken apart
    /// (SQLite keeps the text as written).
    fn takes_types_apart(&self) -> bool {
        true
    }

    /// [`Self::column_type`] of a column definition, whose declared type is
    /// also given taken apart when [`Self::takes_types_apart`]; its modifiers
    /// (`args`) may be taken, as nothing reads them afterwards.
    fn column_type_of(
        &self,
        declared: Option<&DataType>,
        _taken_apart: Option<&mut super::declared::DeclaredType>,
        catalog: &Catalog,
        default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        self.column_type(declared, catalog, default_schema)
    }

    /// Fill in a new table (or new columns and constraints of an existing one,
    /// from ALTER TABLE) the way the server would report them. `first_new_column`
    /// is the index of the first column the statement adds.
    fn add_to_table(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        columns: Vec<ColumnDraft<'_>>,
        constraints: Vec<ConstraintDraft<'_>>,
        statement_text: &str,
    ) -> ApplyResult;

    /// A `CREATE INDEX`: the name the server gives it, and what it reports.
    fn create_index(
        &self,
        catalog: &mut Catalog,
        index: IndexDraft<'_>,
        statement_text: &str,
    ) -> ApplyResult;

    /// `ALTER TABLE [ONLY] t ADD constraint`. A dialect where keys recurse to
    /// partitions or child tables overrides this.
    fn add_constraint(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        constraint: ConstraintDraft<'_>,
        _only: bool,
    ) -> ApplyResult {
        self.add_to_table(catalog, table, Vec::new(), vec![constraint], "")
    }

    /// `partition` becomes a partition of `parent` (PostgreSQL `PARTITION OF`,
    /// `ATTACH PARTITION`): what it gets from the parent.
    fn attach_partition(
        &self,
        _catalog: &mut Catalog,
        _parent: &Table,
        _partition: &mut Table,
    ) -> ApplyResult {
        Err(format!("partitions are not supported for {}", self.dialect()).into())
    }

    /// `partition` stopped being a partition of `parent` (DETACH PARTITION, or
    /// dropped): what goes with that.
    fn partition_removed(
        &self,
        _catalog: &mut Catalog,
        _parent: &QualifiedName,
        _partition: &QualifiedName,
    ) {
    }

    /// `ALTER TABLE ... ALTER COLUMN`. The changes every server reports the same
    /// way are done here; a dialect that supports the others overrides this.
    fn alter_column(
        &self,
        catalog: &mut Catalog,
        table: &mut Table,
        column: &str,
        change: ColumnChange<'_>,
    ) -> ApplyResult {
        default_alter_column(self, catalog, table, column, change)
    }

    /// Whether this dialect applies an ALTER TABLE operation that changes the
    /// table's structure (RENAME/DROP COLUMN, DROP/RENAME CONSTRAINT, RENAME
    /// TO) through [`Self::alter_structure`]; the others are reported as
    /// unsupported.
    fn alters_structure(&self, _operation: &AlterTableOperation) -> bool {
        false
    }

    /// Apply such an operation the way the server would.
    fn alter_structure(
        &self,
        _catalog: &mut Catalog,
        _table: &mut Table,
        operation: &AlterTableOperation,
    ) -> ApplyResult {
        Err(format!(
            "ALTER TABLE ... {operation} is not supported for {}",
            self.dialect()
        )
        .into())
    }

    /// MySQL `CHANGE`/`MODIFY COLUMN`: replace the column `old` by a new
    /// definition in place (its keys follow a new name).
    fn replace_column(
        &self,
        _catalog: &mut Catalog,
        _table: &mut Table,
        _old: &str,
        _column: ColumnDraft<'_>,
        _constraints: Vec<ConstraintDraft<'_>>,
    ) -> ApplyResult {
        Err(format!(
            "CHANGE/MODIFY COLUMN is not supported for {}",
            self.dialect()
        )
        .into())
    }

    /// Apply a statement that only changes the session (MySQL user variables
    /// and prepared statements); `None` when `statement` is not one.
    fn session_statement(
        &self,
        _catalog: &mut Catalog,
        _statement: &sqlparser::ast::Statement,
    ) -> ApplyResult<Option<SessionEffect>> {
        Ok(None)
    }

    /// Whether a column of this declared type is also UNIQUE (MariaDB's
    /// `SERIAL`), as if the column said so.
    fn implies_unique(&self, _declared: Option<&super::declared::DeclaredType>) -> bool {
        false
    }

    /// The SQL text a server keeps for a table (SQLite re-reads it on reflection).
    fn stored_table_sql(&self, _statement_text: &str) -> Option<String> {
        None
    }

    /// The type a view column gets when it is a plain column reference.
    fn view_column_type(&self, source: &Column) -> SqlType {
        source.data_type.clone()
    }

    /// The type the server gives a view column computed by an expression, with
    /// the FROM tables in scope. Unknown: no type (reflected as NullType).
    fn view_expression_type(&self, _catalog: &Catalog, _scope: &[&Table], _expr: &Expr) -> SqlType {
        SqlType::default()
    }

    /// The default the server reports for a view column computed by an
    /// expression (MariaDB's DESCRIBE shows 0 for a NOT NULL number).
    fn view_expression_default(&self, _scope: &[&Table], _expr: &Expr) -> Option<String> {
        None
    }

    /// The name the server gives an unaliased view column computed by an
    /// expression (`count(*)` is `count` in PostgreSQL); `None`: it needs an alias.
    fn view_expression_name(&self, _expr: &Expr) -> Option<String> {
        None
    }

    /// Whether an unaliased view column computed by an expression is named by
    /// the expression's text as written (SQLite: `n  +  1` keeps its blanks).
    fn names_expressions_as_written(&self) -> bool {
        false
    }

    /// Whether an unqualified `*` leaves out the right side's columns a USING
    /// or NATURAL join matched, keeping the left side's in place (SQLite).
    fn wildcard_omits_join_columns(&self) -> bool {
        false
    }

    /// The column `name` of a table or view a query reads (what a reference
    /// to it resolves to), if there is one.
    fn view_source_column<'t>(
        &self,
        table: &'t Table,
        name: &str,
    ) -> Option<std::borrow::Cow<'t, Column>> {
        table.column(name).map(std::borrow::Cow::Borrowed)
    }

    /// The name of an unaliased view column that copies `source`, written
    /// `written` in the query: as written, or as the source names it (SQLite).
    fn view_reference_name(&self, written: String, _source: &Column) -> String {
        written
    }

    /// The name of an unaliased column computed by an expression, from its
    /// text as written (MariaDB names a string literal by its value).
    fn written_expression_name(&self, written: String, _expr: &Expr) -> String {
        written
    }

    /// The error the server gives for a SELECT that defines a view or a table
    /// with two columns of one name after [`Self::settle_select_names`]
    /// (PostgreSQL: `column "a" specified more than once`); `None` where the
    /// server accepts the names.
    fn repeated_select_name(&self, _columns: &[Column]) -> Option<String> {
        None
    }

    /// A SELECT's column names once all are known, as the server settles them
    /// (SQLite makes them unique; MariaDB renames a view's clashing or invalid
    /// generated names); `generated[i]`: column `i` is named by its
    /// expression's text (no alias, not a column reference); `view`: the
    /// SELECT defines a view. Returns the names the server picks at random,
    /// if any.
    fn settle_select_names(
        &self,
        _columns: &mut [Column],
        _generated: &[bool],
        _view: bool,
    ) -> Vec<String> {
        Vec::new()
    }

    /// Whether ROLLBACK undoes DDL, and a session that ends inside a
    /// transaction loses it (SQLite; followed for SQLite only so far).
    fn transactional_ddl(&self) -> bool {
        false
    }

    /// Whether a view names what it reads, the names resolved each time the
    /// view is used (MariaDB): a view reading a relation or column that was
    /// renamed or dropped since is invalid (error 1356 on `DESCRIBE`), and
    /// SQLAlchemy's reflection skips it.
    fn views_read_by_name(&self) -> bool {
        false
    }

    /// When the server works out a view's columns: once, when it is created
    /// (PostgreSQL), or each time it is used (MariaDB, SQLite), so that
    /// reflection sees the types of what it reads as it is at the end.
    fn view_columns_worked_out(&self) -> ViewColumnsWorkedOut {
        ViewColumnsWorkedOut::AtCreation
    }

    /// Where the server keeps a view as its text and edits that text when a
    /// table it reads is renamed (SQLite's `renameColumnFunc`,
    /// `renameTableFunc`): the text once `change` is made. `None`: the server
    /// edits no view text (it settles columns at creation, or resolves the
    /// names at use).
    fn view_text_after(
        &self,
        _catalog: &Catalog,
        _text: &str,
        _change: &TableChange<'_>,
    ) -> Option<String> {
        None
    }

    /// Whether the server records what depends on what (PostgreSQL): a view
    /// then blocks dropping what it reads unless CASCADE takes it along, and
    /// CASCADE also drops foreign keys to a dropped table.
    fn tracks_dependencies(&self) -> bool {
        false
    }

    /// `DROP FUNCTION name [CASCADE]`, the function already out of the
    /// catalog: what goes with it.
    fn drop_function(&self, _catalog: &mut Catalog, _name: &QualifiedName, _cascade: bool) {}

    /// Whether the server reports a type for every view column (a column we
    /// cannot type is then a guess worth a warning).
    fn types_every_view_column(&self) -> bool {
        false
    }

    /// A view column once its query is complete: PostgreSQL types an untyped
    /// literal (`NULL`, `'x'`) as text only then, after UNION branches had
    /// their say.
    fn view_column_resolved(&self, column: Column) -> Column {
        column
    }

    /// A view column as the server reports it once the view is made (MySQL:
    /// DESCRIBE shows no character set, which the UNION branches needed).
    fn view_column_shown(&self, column: Column) -> Column {
        column
    }

    /// Whether a view column that copies a table column also reports its default.
    fn view_column_default(&self, _source: &Column) -> Option<String> {
        None
    }

    /// Whether a view column computed by `expr` can be NULL.
    /// Whether `CALL p(...)` runs a stored procedure the script created, and
    /// `DROP PROCEDURE` of one that does not exist is an error (MySQL); where
    /// not, procedures change no model.
    fn runs_stored_procedures(&self) -> bool {
        false
    }

    /// Whether `ALTER VIEW v [(columns)] AS query` replaces an existing view's
    /// query, as `CREATE OR REPLACE VIEW` does (MySQL); elsewhere the server
    /// refuses it.
    fn alter_view_replaces_query(&self) -> bool {
        false
    }

    /// Whether a function of this (lower-case) name is an aggregate: SQL's
    /// own, and a dialect's.
    fn aggregate_function(&self, name: &str) -> bool {
        matches!(name, "count" | "sum" | "avg" | "min" | "max")
    }

    fn view_expression_nullable(&self, _scope: &[&Table], _expr: &Expr) -> bool {
        true
    }

    /// Whether a view column that copies a table column reports it as nullable.
    fn view_column_nullable(&self, _source: &Column) -> bool {
        true
    }

    /// Table options changed by ALTER TABLE (MySQL `ENGINE=`, `COMMENT=`,
    /// `CHARSET=`, `COLLATE=`, `CONVERT TO CHARACTER SET`), by upper-case name
    /// (the statements stage writes the last one as `CONVERT_CHARSET` and
    /// `CONVERT_COLLATE`).
    fn set_table_options(
        &self,
        _table: &mut Table,
        properties: &[(String, String)],
    ) -> ApplyResult {
        let names: Vec<&str> = properties.iter().map(|(k, _)| k.as_str()).collect();
        Err(format!(
            "ALTER TABLE ... SET {} is not supported yet",
            names.join(", ")
        )
        .into())
    }

    /// `CREATE DOMAIN`: the domain as the server keeps it.
    fn create_domain(
        &self,
        _catalog: &mut Catalog,
        _domain: &sqlparser::ast::CreateDomain,
        _statement_text: &str,
    ) -> ApplyResult {
        Err(format!("CREATE DOMAIN is not supported for {}", self.dialect()).into())
    }

    /// `ALTER DOMAIN`, read as the ALTER TABLE operations the fallback
    /// writes for it (see `parse::fallback::alter_domain`).
    fn alter_domain(
        &self,
        _catalog: &mut Catalog,
        _domain: &QualifiedName,
        _operations: &[AlterTableOperation],
    ) -> ApplyResult {
        Err(format!("ALTER DOMAIN is not supported for {}", self.dialect()).into())
    }

    /// `ALTER INDEX old RENAME TO new` in `schema`.
    fn rename_index(
        &self,
        _catalog: &mut Catalog,
        _schema: &Option<String>,
        _old: &str,
        _new: &str,
    ) -> ApplyResult {
        Err("ALTER INDEX ... RENAME is not supported for this dialect yet".into())
    }

    /// `ADD [CONSTRAINT name] UNIQUE|PRIMARY KEY USING INDEX index`: the unique
    /// index becomes the constraint.
    fn constraint_using_index(
        &self,
        _table: &mut Table,
        _name: Option<String>,
        _index: &str,
        _primary: bool,
    ) -> ApplyResult {
        Err("a constraint USING INDEX is not supported for this dialect yet".into())
    }

    /// `ALTER SEQUENCE old RENAME TO new` (or ALTER TABLE on a sequence).
    fn rename_sequence(
        &self,
        _catalog: &mut Catalog,
        _old: &QualifiedName,
        _new: QualifiedName,
    ) -> ApplyResult {
        Err("renaming a sequence is not supported for this dialect yet".into())
    }

    /// PostgreSQL's `LIKE source [options]` elements of `CREATE TABLE t
    /// (...)`, in order; empty where the dialect has none (MySQL's `CREATE
    /// TABLE t LIKE s` copies a whole table, see [`ServerRules::table_like`]).
    fn like_elements(
        &self,
        _create: &sqlparser::ast::CreateTable,
        _text: &str,
    ) -> Vec<crate::parse::fallback::LikeClause> {
        Vec::new()
    }

    /// A column of a LIKE element's source as the new table gets it.
    fn like_column(
        &self,
        source: &Column,
        _options: &crate::parse::fallback::LikeOptions,
    ) -> Column {
        source.clone()
    }

    /// What a LIKE element copies once the new table has its columns and its
    /// own constraints (CHECK constraints, keys and indexes, per `options`).
    fn expand_like(
        &self,
        _catalog: &mut Catalog,
        _table: &mut Table,
        _source: &Table,
        _options: &crate::parse::fallback::LikeOptions,
    ) -> ApplyResult {
        Ok(())
    }

    /// `CREATE TABLE name LIKE source`: what the server copies. `None`: not
    /// known for this dialect.
    fn table_like(&self, _source: &Table, _name: QualifiedName) -> Option<Table> {
        None
    }

    /// Stored expression text after the enum `enum_type`'s label `old` was
    /// renamed `new`.
    fn rename_enum_value_in_text(
        &self,
        text: &str,
        _enum_type: &QualifiedName,
        _old: &str,
        _new: &str,
    ) -> String {
        text.to_string()
    }

    /// Stored expression text after a type it names was renamed.
    fn rename_type_in_text(&self, text: &str, _old: &str, _new: &str) -> String {
        text.to_string()
    }

    /// An `INSERT`: rows only, unless it writes the server's own schema table
    /// (SQLite's `sqlite_schema` under `PRAGMA writable_schema`). `true`: it
    /// changed the catalog.
    fn insert_rows(
        &self,
        _catalog: &mut Catalog,
        _insert: &sqlparser::ast::Insert,
    ) -> ApplyResult<bool> {
        Ok(false)
    }

    /// `CREATE EXTENSION name [VERSION version]` with its objects in
    /// `schema`; `None` for an extension the server does not ship (it may exist
    /// where the schema is loaded, but nothing is known of its objects).
    fn extension(
        &self,
        _name: &str,
        _version: Option<&str>,
        _schema: &Option<String>,
    ) -> ApplyResult<Option<ExtensionPlan>> {
        Ok(None)
    }

    /// `CREATE VIRTUAL TABLE name USING module(...)`, whose arguments are read
    /// from the statement text. `None`: the dialect has no virtual tables.
    fn virtual_table(
        &self,
        _catalog: &Catalog,
        _name: &QualifiedName,
        _module: &str,
        _statement_text: &str,
    ) -> ApplyResult<Option<VirtualTablePlan>> {
        Ok(None)
    }

    /// A key part that names a column with a prefix length (MySQL's `col(10)`,
    /// which sqlparser reads as a call): the column and the length. `None`
    /// for any other expression, and in dialects without prefix keys.
    fn key_part_prefix(&self, _expr: &Expr) -> Option<(String, u64)> {
        None
    }

    /// The value of a condition on the server's own catalogs (a `DO` block's
    /// `IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'x')`) in
    /// the catalog as it is now. `None`: it cannot be decided offline.
    fn evaluate_condition(&self, _catalog: &Catalog, _condition: &Expr) -> Option<bool> {
        None
    }

    /// The value of an expression procedural code assigns to a variable
    /// (`SELECT count(*) INTO n FROM information_schema.tables ...`), as SQL
    /// text of a constant. `None`: it cannot be known offline.
    fn evaluate_value(&self, catalog: &Catalog, value: &Expr) -> Option<String> {
        self.evaluate_condition(catalog, value)
            .map(|b| b.to_string())
    }

    /// The body a call of the function `create` (statement text `text`)
    /// runs, when a call can change the schema: `Some(Err)` when it may but
    /// cannot be read. `None`: calls change no schema (a server whose
    /// functions cannot run DDL, a trigger function, C code).
    fn function_body(
        &self,
        _create: &sqlparser::ast::CreateFunction,
        _text: &str,
    ) -> Option<Result<crate::parse::plpgsql::Block, String>> {
        None
    }

    /// The table `CREATE TABLE name AS SELECT` makes from the query's columns (as
    /// a view would report them). `None`: not known for this dialect.
    fn table_from_query(&self, _name: &QualifiedName, _columns: Vec<Column>) -> Option<Table> {
        None
    }

    /// `CREATE TABLE t (definitions) [AS] SELECT ...`: whether the query's
    /// columns are added after the written column definitions, as columns of
    /// their own (MySQL; a definition of the same name stands in for the query's
    /// column, and keys may name the query's columns). `false`: the query alone
    /// makes the table, its columns renamed by the names written.
    fn query_columns_follow_definitions(&self) -> bool {
        false
    }

    /// A column of the table `CREATE TABLE ... AS SELECT` makes that copies
    /// the column `source` of `table`. `None`: as a view column copying it.
    fn table_column_copying(&self, _table: &Table, _source: &Column) -> Option<Column> {
        None
    }

    /// A column of the table `CREATE TABLE ... AS SELECT` makes from an
    /// expression (its name is set by the caller). `None`: as a view column.
    fn table_column_computed(&self, _scope: &[&Table], _expr: &Expr) -> Option<Column> {
        None
    }

    /// A column of the table `CREATE TABLE ... AS SELECT` makes from the same
    /// column of the branches of a UNION/INTERSECT/EXCEPT (`distinct`: without
    /// ALL). `None`: as a view's.
    fn table_set_operation_column(
        &self,
        _left: Column,
        _right: &Column,
        _distinct: bool,
    ) -> Option<Column> {
        None
    }

    /// A column of a UNION/INTERSECT/EXCEPT branch that copies the column
    /// `source` of `table`, as the set operation takes it (MySQL: an integer
    /// as wide as its type, a string in its character set).
    fn set_operation_operand(&self, _table: &Table, _source: &Column, column: Column) -> Column {
        column
    }

    /// A view column of a UNION/INTERSECT/EXCEPT from the same column of both
    /// branches (named after the left one). `None`: not known for this dialect.
    fn set_operation_column(&self, _left: Column, _right: &Column) -> Option<Column> {
        None
    }

    /// A column of a UNION/INTERSECT/EXCEPT chain from the same column of
    /// every branch, in order (named after the first); `table`: of the table
    /// `CREATE TABLE ... AS SELECT` makes, else of a view; `distinct`: the
    /// last operation is without ALL. By default the branches meet two by
    /// two, left to right. `None`: not known for this dialect.
    fn set_operation_branches(
        &self,
        branches: Vec<Column>,
        table: bool,
        distinct: bool,
    ) -> Option<Column> {
        let mut branches = branches.into_iter();
        let mut result = branches.next()?;
        for right in branches {
            let as_table = if table {
                self.table_set_operation_column(result.clone(), &right, distinct)
            } else {
                None
            };
            result = match as_table {
                Some(column) => column,
                None => self.set_operation_column(result, &right)?,
            };
        }
        Some(result)
    }
}

/// The `ALTER COLUMN` changes every server reports alike (nullability, dropping a
/// default); the others are refused with a message naming the dialect.
pub fn default_alter_column<R: ServerRules + ?Sized>(
    rules: &R,
    _catalog: &mut Catalog,
    table: &mut Table,
    column: &str,
    change: ColumnChange<'_>,
) -> ApplyResult {
    let in_primary_key = table
        .primary_key
        .as_ref()
        .is_some_and(|pk| pk.columns.iter().any(|c| c == column));
    let target = table
        .column_mut(column)
        .ok_or_else(|| ApplyError(format!("column {column} does not exist")))?;
    match change {
        ColumnChange::DropDefault => target.default = None,
        ColumnChange::SetNotNull => target.nullable = false,
        ColumnChange::DropNotNull if in_primary_key => {
            return Err(format!("column {column} is in a primary key").into())
        }
        ColumnChange::DropNotNull => target.nullable = true,
        ColumnChange::SetDefault(_)
        | ColumnChange::SetType(_)
        | ColumnChange::AddIdentity(_)
        | ColumnChange::AlterIdentity(_) => {
            return Err(format!(
                "this ALTER COLUMN form is not supported for {} yet",
                rules.dialect()
            )
            .into())
        }
    }
    Ok(())
}

/// See [`ServerRules::view_columns_worked_out`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewColumnsWorkedOut {
    AtCreation,
    /// Each time the view is used; `star_at_creation`: a `*` stands for the
    /// columns of when the view was created (MariaDB stores it expanded),
    /// else for those of when it is used (SQLite keeps the text).
    AtUse {
        star_at_creation: bool,
    },
}
