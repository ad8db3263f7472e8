//! Functions and aggregates: a model never shows them, but a view column that
//! calls one has its result type, and dropping one with CASCADE takes along
//! what uses it.

use sqlparser::ast::{
    self, AlterFunction, AlterFunctionOperation, ArgMode, CreateAggregate, CreateAggregateArgs,
    CreateAggregateOption, CreateFunction, DataType, DropFunction, FunctionReturnType,
    OperateFunctionArg,
};

use super::rules::{ApplyResult, ServerRules};
use super::{Catalog, Function, FunctionCode, FunctionCodeData, QualifiedName, SqlType};

/// The types a server stores for the input arguments (OUT ones are results).
fn input_arguments(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    args: &[OperateFunctionArg],
) -> (Vec<SqlType>, usize) {
    let inputs: Vec<&OperateFunctionArg> = args
        .iter()
        .filter(|a| !matches!(a.mode, Some(ArgMode::Out)))
        .collect();
    let defaults = inputs
        .iter()
        .rev()
        .take_while(|a| a.default_expr.is_some())
        .count();
    let types = inputs
        .iter()
        .map(|a| {
            rules
                .column_type(Some(&a.data_type), catalog, None)
                .unwrap_or_default()
        })
        .collect();
    (types, defaults)
}

/// A result type a column can have: not a set of rows, a trigger or nothing.
fn result_type(
    rules: &dyn ServerRules,
    catalog: &Catalog,
    data_type: &DataType,
) -> Option<SqlType> {
    if matches!(data_type, DataType::Table(_)) {
        return None;
    }
    let text = data_type.to_string().to_ascii_lowercase();
    if matches!(
        text.as_str(),
        "trigger" | "event_trigger" | "void" | "record" | "internal"
    ) {
        return None;
    }
    rules.column_type(Some(data_type), catalog, None).ok()
}

/// Add `function`, replacing one of the same name and argument types.
fn define(catalog: &mut Catalog, function: Function) {
    match catalog
        .functions
        .iter_mut()
        .find(|f| f.name == function.name && f.args == function.args)
    {
        Some(existing) => *existing = function,
        None => catalog.functions.push(function),
    }
}

pub fn create_function(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    create: &CreateFunction,
    statement: &crate::parse::ParsedStatement,
) {
    let name = rules
        .creation_name(catalog, &create.name)
        .unwrap_or_else(|_| rules.qualified_name(&create.name));
    let code = rules.function_body(create, &statement.text).map(|body| {
        let params = create
            .args
            .iter()
            .flatten()
            .filter(|a| !matches!(a.mode, Some(ArgMode::Out)))
            .map(|a| {
                let name = a
                    .name
                    .as_ref()
                    .map_or_else(String::new, |n| rules.fold_ident(n));
                (name, a.default_expr.clone())
            })
            .collect();
        FunctionCode(std::sync::Arc::new(FunctionCodeData {
            params,
            body,
            file: statement.file,
            span: statement.span.clone(),
            text: statement.text.as_str().into(),
        }))
    });
    let (args, defaults) = input_arguments(rules, catalog, create.args.as_deref().unwrap_or(&[]));
    let returns = match &create.return_type {
        Some(FunctionReturnType::DataType(data_type)) => result_type(rules, catalog, data_type),
        // A set-returning function in a select list yields one row per value.
        Some(FunctionReturnType::SetOf(data_type)) => result_type(rules, catalog, data_type),
        None => None,
    };
    define(
        catalog,
        Function {
            name,
            args,
            defaults,
            returns,
            code,
        },
    );
}

/// An aggregate returns what its final function returns, or else its state.
pub fn create_aggregate(rules: &dyn ServerRules, catalog: &mut Catalog, create: &CreateAggregate) {
    let name = rules
        .creation_name(catalog, &create.name)
        .unwrap_or_else(|_| rules.qualified_name(&create.name));
    let (args, defaults) = match &create.args {
        CreateAggregateArgs::List(args) => input_arguments(rules, catalog, args),
        CreateAggregateArgs::OrderedSet { direct, aggregated } => {
            let all: Vec<OperateFunctionArg> = direct.iter().chain(aggregated).cloned().collect();
            input_arguments(rules, catalog, &all)
        }
        CreateAggregateArgs::Star | CreateAggregateArgs::Legacy => (Vec::new(), 0),
    };
    let mut returns = None;
    let mut final_function = None;
    for option in &create.options {
        match option {
            CreateAggregateOption::StateDataType(data_type) => {
                returns = result_type(rules, catalog, data_type)
            }
            CreateAggregateOption::FinalFunction(function) => {
                final_function = Some(rules.lookup_name(catalog, function))
            }
            _ => {}
        }
    }
    if let Some(final_function) = final_function {
        let same_name: Vec<&Function> = catalog
            .functions
            .iter()
            .filter(|f| f.name == final_function)
            .collect();
        returns = match same_name.as_slice() {
            [only] => only.returns.clone(),
            _ => None,
        };
    }
    define(
        catalog,
        Function {
            name,
            args,
            defaults,
            returns,
            code: None,
        },
    );
}

/// `DROP FUNCTION a, b(int) [CASCADE]`. A function we never saw created (its
/// definition may be one we could not read) is dropped silently.
pub fn drop_function(rules: &dyn ServerRules, catalog: &mut Catalog, drop: &DropFunction) {
    let cascade = matches!(drop.drop_behavior, Some(ast::DropBehavior::Cascade));
    for desc in &drop.func_desc {
        let name = rules.lookup_name(catalog, &desc.name);
        let args = desc
            .args
            .as_ref()
            .map(|args| input_arguments(rules, catalog, args).0);
        catalog
            .functions
            .retain(|f| !(f.name == name && args.as_ref().is_none_or(|a| *a == f.args)));
        rules.drop_function(catalog, &name, cascade);
    }
}

/// `ALTER FUNCTION | AGGREGATE ... RENAME TO | SET SCHEMA`; the other forms
/// (owner, volatility, settings) change nothing a model or a type shows.
pub fn alter_function(
    rules: &dyn ServerRules,
    catalog: &mut Catalog,
    alter: &AlterFunction,
) -> ApplyResult {
    let name = rules.lookup_name(catalog, &alter.function.name);
    let args = alter
        .function
        .args
        .as_ref()
        .map(|args| input_arguments(rules, catalog, args).0);
    let renamed = match &alter.operation {
        AlterFunctionOperation::RenameTo { new_name } => {
            QualifiedName::new(name.schema.clone(), rules.fold_ident(new_name))
        }
        AlterFunctionOperation::SetSchema { schema_name } => {
            let schema = rules.qualified_name(schema_name).name;
            QualifiedName::new(rules.schema_of(&schema), name.name.clone())
        }
        _ => return Ok(()),
    };
    for function in &mut catalog.functions {
        if function.name == name && args.as_ref().is_none_or(|a| *a == function.args) {
            function.name = renamed.clone();
        }
    }
    Ok(())
}

/// The function a call of `name` with `argument_count` arguments resolves to,
/// when the statements created exactly one that fits.
pub fn find_function<'c>(
    catalog: &'c Catalog,
    name: &QualifiedName,
    argument_count: usize,
) -> Option<&'c Function> {
    let mut fitting = catalog.functions.iter().filter(|f| {
        f.name == *name
            && argument_count <= f.args.len()
            && argument_count + f.defaults >= f.args.len()
    });
    let first = fitting.next()?;
    fitting
        .all(|other| other.returns == first.returns)
        .then_some(first)
}
