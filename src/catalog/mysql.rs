//! MySql server rules. TODO: being written.

use sqlparser::ast::DataType;

use super::rules::{ApplyResult, ColumnDraft, ConstraintDraft, IndexDraft, ServerRules};
use super::{Catalog, SqlType, Table};
use crate::dialect::Dialect;

pub struct MySqlRules;

impl ServerRules for MySqlRules {
    fn dialect(&self) -> Dialect {
        Dialect::MySql
    }

    fn schema_of(&self, schema: &str) -> Option<String> {
        Some(schema.to_string())
    }

    fn column_type(
        &self,
        _declared: Option<&DataType>,
        _catalog: &Catalog,
        _default_schema: Option<&str>,
    ) -> ApplyResult<SqlType> {
        Err("not yet".into())
    }

    fn add_to_table(
        &self,
        _catalog: &mut Catalog,
        _table: &mut Table,
        _columns: Vec<ColumnDraft<'_>>,
        _constraints: Vec<ConstraintDraft<'_>>,
        _statement_text: &str,
    ) -> ApplyResult {
        Err("not yet".into())
    }

    fn create_index(
        &self,
        _catalog: &mut Catalog,
        _index: IndexDraft<'_>,
        _statement_text: &str,
    ) -> ApplyResult {
        Err("not yet".into())
    }
}
