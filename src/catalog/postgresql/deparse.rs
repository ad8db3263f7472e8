//! PostgreSQL's view of an expression after parse analysis, printed back the way
//! `pg_get_expr` (defaults, generated columns) and `pg_get_constraintdef(oid, true)`
//! (CHECK constraints, pretty mode) print it: literals coerced to the type the
//! operator or column needs (`'x'::character varying`, `0::numeric`), `IN` lists as
//! `= ANY (ARRAY[...])`, `BETWEEN` expanded, `LIKE` as `~~`, and parentheses as
//! each mode places them.
//!
//! It covers the forms schemas use in defaults and checks; anything else is printed
//! as sqlparser writes it.

use sqlparser::ast::{
    self, BinaryOperator, Expr, FunctionArg, FunctionArgExpr, UnaryOperator, Value,
};

use std::cell::{Cell, RefCell};

use sqlparser::tokenizer::Span;

use super::super::{Catalog, Notice, SqlType, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `pg_get_expr`: every operator parenthesised, implicit casts shown inside
    /// operators, constants not folded.
    Expression,
    /// `pg_get_constraintdef(oid, true)`: minimal parentheses, constants folded.
    Pretty,
}

/// A type by its `format_type` name (`integer`, `character varying`, `text[]`).
type Ty = String;

#[derive(Debug, Clone)]
enum Node {
    /// A literal. `unknown` string literals have type "unknown" until coerced.
    Const {
        value: String,
        ty: Ty,
        quoted: bool,
    },
    /// A null constant of a type (`unknown` until coerced).
    Null {
        ty: Ty,
    },
    Column {
        name: String,
        ty: Ty,
    },
    Cast {
        arg: Box<Node>,
        ty: Ty,
        implicit: bool,
        /// The type as printed when it has modifiers (`character varying(5)`):
        /// a length coercion.
        typmod: Option<Ty>,
    },
    Op {
        op: String,
        left: Box<Node>,
        right: Box<Node>,
        ty: Ty,
    },
    Prefix {
        op: String,
        arg: Box<Node>,
        ty: Ty,
    },
    Bool {
        and: bool,
        args: Vec<Node>,
    },
    Not(Box<Node>),
    NullTest {
        arg: Box<Node>,
        not: bool,
    },
    /// `IS [NOT] TRUE|FALSE|UNKNOWN`.
    BoolTest {
        arg: Box<Node>,
        test: &'static str,
    },
    AnyAll {
        left: Box<Node>,
        op: String,
        all: bool,
        array: Box<Node>,
    },
    Array {
        elements: Vec<Node>,
        ty: Ty,
    },
    Func {
        name: String,
        args: Vec<Node>,
        ty: Ty,
    },
    /// SQL-standard value functions written without parentheses.
    Keyword {
        text: String,
        ty: Ty,
    },
    /// An argument printed between fixed text: `EXTRACT(year FROM d)`, `tags[1]`.
    Wrapped {
        prefix: String,
        arg: Box<Node>,
        suffix: String,
        ty: Ty,
    },
    /// A function printed in its SQL syntax, its arguments between fixed
    /// words: `POSITION((a) IN (b))`, `TRIM(BOTH x FROM y)`, `OVERLAY(...)`.
    Sql {
        pieces: Vec<(String, Node)>,
        suffix: String,
        ty: Ty,
    },
    /// `CASE [arg] WHEN ... THEN ... ELSE ... END`; for a CASE with an
    /// argument, each WHEN holds the value compared with it.
    Case {
        arg: Option<Box<Node>>,
        whens: Vec<(Node, Node)>,
        default: Box<Node>,
        ty: Ty,
    },
    /// `arg COLLATE name`, the collation's name as `generate_collation_name`
    /// prints it.
    Collate {
        arg: Box<Node>,
        collation: String,
    },
    Raw(String),
}

impl Node {
    fn ty(&self) -> Ty {
        match self {
            Node::Const { ty, .. }
            | Node::Column { ty, .. }
            | Node::Cast { ty, .. }
            | Node::Op { ty, .. }
            | Node::Prefix { ty, .. }
            | Node::Array { ty, .. }
            | Node::Func { ty, .. }
            | Node::Wrapped { ty, .. }
            | Node::Sql { ty, .. }
            | Node::Case { ty, .. }
            | Node::Keyword { ty, .. } => ty.clone(),
            Node::Collate { arg, .. } => arg.ty(),
            Node::Bool { .. }
            | Node::Not(_)
            | Node::NullTest { .. }
            | Node::BoolTest { .. }
            | Node::AnyAll { .. } => String::from("boolean"),
            Node::Null { ty } => ty.clone(),
            Node::Raw(_) => String::from("?"),
        }
    }
}

pub struct Deparser<'a> {
    catalog: &'a Catalog,
    table: &'a Table,
    mode: Mode,
    /// A domain constraint: the column `value` is the keyword `VALUE`.
    domain_value: bool,
    /// The string literals read so far, with where they are written.
    literals: RefCell<Vec<(String, Span)>>,
    /// Where a literal became a constant the server freezes to the time the
    /// statement runs (`'now'::date`).
    load_time: RefCell<Vec<(String, Span)>>,
    /// ruleutils' `indentLevel` while printing (`appendContextKeyword`).
    indent: Cell<i32>,
}

/// Marks where `appendContextKeyword` starts a new line: the spaces before it
/// are removed and it becomes a newline once the whole text is printed.
const NEWLINE: char = '\u{1}';
/// `PRETTYINDENT_STD`, `PRETTYINDENT_VAR` and `PRETTYINDENT_LIMIT`.
const INDENT_STD: i32 = 8;
const INDENT_VAR: i32 = 4;
const INDENT_LIMIT: i32 = 40;

/// The result of `+`, `-`, `*`, `/` when a date, time or interval is involved,
/// as PostgreSQL's operators define it (`None`: not such an operation).
fn datetime_arithmetic(op: &BinaryOperator, left: &str, right: &str) -> Option<Ty> {
    const TSTZ: &str = "timestamp with time zone";
    const TS: &str = "timestamp without time zone";
    let stamp = |t: &str| t == TSTZ || t == TS;
    let number =
        |t: &str| is_integer_type(t) || matches!(t, "numeric" | "double precision" | "real");
    let result = match (op, left, right) {
        (BinaryOperator::Minus, l, r) if stamp(l) && l == r => "interval",
        (BinaryOperator::Minus, "date", "date") => "integer",
        (BinaryOperator::Minus, "time without time zone", "time without time zone") => "interval",
        (BinaryOperator::Plus | BinaryOperator::Minus, l, "interval") if stamp(l) => l,
        (BinaryOperator::Plus, "interval", r) if stamp(r) => r,
        (BinaryOperator::Plus | BinaryOperator::Minus, "date", "interval") => TS,
        (BinaryOperator::Plus, "interval", "date") => TS,
        (BinaryOperator::Plus | BinaryOperator::Minus, "date", r) if is_integer_type(r) => "date",
        (BinaryOperator::Plus | BinaryOperator::Minus, "interval", "interval") => "interval",
        (BinaryOperator::Multiply | BinaryOperator::Divide, "interval", r) if number(r) => {
            "interval"
        }
        (BinaryOperator::Multiply, l, "interval") if number(l) => "interval",
        _ => return None,
    };
    Some(result.to_string())
}

/// Operator resolution where `character` (bpchar) meets a string: it has its
/// own comparison operators, which an untyped literal or a varchar operand
/// takes (`c = 'X'::bpchar`, `v::bpchar = c`), and pattern operators taking a
/// text pattern (`c ~ 'x'::text`). `None`: not such a case. (bpchar against
/// text compares as text, the preferred type.)
fn bpchar_operands(op: &str, left: &str, right: &str) -> Option<(&'static str, &'static str)> {
    let pattern = matches!(
        op,
        "~" | "~*" | "!~" | "!~*" | "~~" | "~~*" | "!~~" | "!~~*"
    );
    if pattern {
        return (left == "bpchar").then_some(("bpchar", "text"));
    }
    let comparison = matches!(
        op,
        "=" | "<>" | "<" | "<=" | ">" | ">=" | "IS DISTINCT FROM" | "IS NOT DISTINCT FROM"
    );
    let takes_bpchar = |t: &str| matches!(t, "bpchar" | "unknown" | "character varying");
    (comparison
        && (left == "bpchar" || right == "bpchar")
        && takes_bpchar(left)
        && takes_bpchar(right))
    .then_some(("bpchar", "bpchar"))
}

/// The `||` of bytea (`byteacat`), bit strings (`bitcat`) and text search
/// values for operands of these (base) types: the operand type and the
/// result. `None`: not one of them.
fn concat_type(left: &str, right: &str) -> Option<(&'static str, &'static str)> {
    let kind = |t: &str| match t {
        "bytea" => Some(("bytea", "bytea")),
        "bit" | "bit varying" => Some(("bit varying", "bit varying")),
        "tsvector" => Some(("tsvector", "tsvector")),
        "tsquery" => Some(("tsquery", "tsquery")),
        _ => None,
    };
    match (kind(left), kind(right)) {
        (Some(l), Some(r)) if l == r => Some(l),
        (Some(l), None) if right == "unknown" => Some(l),
        (None, Some(r)) if left == "unknown" => Some(r),
        _ => None,
    }
}

/// The operator sqlparser parses for a symbol written inside `OPERATOR(...)`.
fn operator_by_symbol(symbol: &str) -> Option<BinaryOperator> {
    Some(match symbol {
        "=" => BinaryOperator::Eq,
        "<>" | "!=" => BinaryOperator::NotEq,
        "<" => BinaryOperator::Lt,
        "<=" => BinaryOperator::LtEq,
        ">" => BinaryOperator::Gt,
        ">=" => BinaryOperator::GtEq,
        "+" => BinaryOperator::Plus,
        "-" => BinaryOperator::Minus,
        "*" => BinaryOperator::Multiply,
        "/" => BinaryOperator::Divide,
        "%" => BinaryOperator::Modulo,
        "||" => BinaryOperator::StringConcat,
        "~" => BinaryOperator::PGRegexMatch,
        "~*" => BinaryOperator::PGRegexIMatch,
        "!~" => BinaryOperator::PGRegexNotMatch,
        "!~*" => BinaryOperator::PGRegexNotIMatch,
        "~~" => BinaryOperator::PGLikeMatch,
        "~~*" => BinaryOperator::PGILikeMatch,
        "!~~" => BinaryOperator::PGNotLikeMatch,
        "!~~*" => BinaryOperator::PGNotILikeMatch,
        "->" => BinaryOperator::Arrow,
        "->>" => BinaryOperator::LongArrow,
        "#>" => BinaryOperator::HashArrow,
        "#>>" => BinaryOperator::HashLongArrow,
        "@>" => BinaryOperator::AtArrow,
        "<@" => BinaryOperator::ArrowAt,
        "?" => BinaryOperator::Question,
        "?&" => BinaryOperator::QuestionAnd,
        "?|" => BinaryOperator::QuestionPipe,
        "@@" => BinaryOperator::AtAt,
        _ => return None,
    })
}

fn is_integer_type(ty: &str) -> bool {
    matches!(ty, "integer" | "bigint" | "smallint")
}

/// The widest of some integer types (PostgreSQL's common type for them).
fn widest_integer<'t>(types: impl Iterator<Item = &'t str>) -> Ty {
    let mut widest = "smallint";
    for ty in types {
        widest = match (widest, ty) {
            (_, "bigint") | ("bigint", _) => "bigint",
            (_, "integer") | ("integer", _) => "integer",
            _ => widest,
        };
    }
    widest.to_string()
}

fn is_string_type(ty: &str) -> bool {
    matches!(ty, "character varying" | "character" | "bpchar" | "text")
}

/// `format_type` spelling of a column type, with its modifiers dropped the way a
/// cast label prints it.
fn type_label(t: &SqlType) -> Ty {
    let base = match t.name.as_str() {
        "character" => String::from("bpchar"),
        // format_type quotes a user-defined type's name where needed and
        // qualifies it outside the default schema.
        other if !is_builtin_type(other) => match t.schema() {
            Some(schema) => format!("{}.{}", quote_ident(schema), quote_ident(other)),
            None => quote_ident(other),
        },
        other => other.to_string(),
    };
    let mut label = base;
    for _ in 0..t.array_dims {
        label.push_str("[]");
    }
    label
}

/// `format_type_with_typemod` for a type with modifiers: where the server
/// prints them (`character varying(5)`, `numeric(5,2)`,
/// `timestamp(3) without time zone`); `None` when there are none to print.
/// Interval modifiers are part of the constant itself, not a coercion.
fn typmod_label(t: &SqlType) -> Option<Ty> {
    if t.args.is_empty() || t.name.starts_with("interval") {
        return None;
    }
    let args = t.args.join(",");
    let base = match t.name.as_str() {
        "character varying" | "character" | "numeric" | "bit" | "bit varying" => {
            format!("{}({args})", t.name)
        }
        name => match name
            .strip_suffix(" with time zone")
            .map(|b| (b, " with time zone"))
            .or_else(|| {
                name.strip_suffix(" without time zone")
                    .map(|b| (b, " without time zone"))
            }) {
            Some((stem, zone)) => format!("{stem}({args}){zone}"),
            None => return None,
        },
    };
    let mut label = base;
    for _ in 0..t.array_dims {
        label.push_str("[]");
    }
    Some(label)
}

impl<'a> Deparser<'a> {
    pub fn new(catalog: &'a Catalog, table: &'a Table, mode: Mode) -> Self {
        Deparser {
            catalog,
            table,
            mode,
            domain_value: false,
            literals: RefCell::new(Vec::new()),
            load_time: RefCell::new(Vec::new()),
            indent: Cell::new(0),
        }
    }

    /// A domain's CHECK (pretty mode): `table` holds one column `value` of the
    /// domain's base type, which prints as `VALUE`.
    pub fn for_domain(catalog: &'a Catalog, table: &'a Table) -> Self {
        Deparser {
            domain_value: true,
            ..Deparser::new(catalog, table, Mode::Pretty)
        }
    }

    /// The default as stored, or `None` when PostgreSQL stores no default.
    ///
    /// The value is coerced to the column's type (a domain's base type, under
    /// the domain check); the server stores no default when what is left is a
    /// plain null constant: `DEFAULT NULL` (or NULL cast to the column's own
    /// type) on a type without modifiers. A `varchar(40)` applies its length to
    /// the null and stores `NULL::character varying`, a domain stores the null of
    /// its base type (`NULL::text`), interval keeps its modifiers in the constant.
    pub fn default_text(&self, expr: &Expr, column_type: &SqlType) -> Option<String> {
        let (base, domain) = self.base_type(column_type);
        let target = type_label(&base);
        let node = self.analyze(expr);
        if let Node::Null { ty } = &node {
            let no_modifiers = base.args.is_empty() || base.name.starts_with("interval");
            if !domain && no_modifiers && (ty == "unknown" || *ty == target) {
                return None;
            }
        }
        let node = self.coerce(node, &target, true);
        self.publish_load_time();
        Some(self.print_top(&node))
    }

    pub fn generated_text(&self, expr: &Expr, column_type: &SqlType) -> String {
        let (base, _) = self.base_type(column_type);
        let node = self.coerce(self.analyze(expr), &type_label(&base), true);
        self.publish_load_time();
        self.print_top(&node)
    }

    /// Text this deparser printed, parsed again and printed for the table as it
    /// is now; `None` when it does not parse or is not fully understood.
    pub fn reparse(&self, text: &str) -> Option<String> {
        let node = self.analyze(&parse_expression(text)?);
        (!has_raw(&node)).then(|| self.print_top(&node))
    }

    pub fn check_text(&self, expr: &Expr) -> String {
        let node = self.analyze(expr);
        self.publish_load_time();
        self.print_top(&node)
    }

    /// An index key expression as `pg_get_indexdef(oid, column, true)` prints
    /// it: pretty, in parentheses unless it reads as a function call.
    pub fn index_text(&self, expr: &Expr) -> String {
        let node = self.analyze(expr);
        self.publish_load_time();
        self.index_node_text(&node)
    }

    /// A string literal becomes a constant of `ty`: note it when the server
    /// stores the time the statement runs in its place.
    fn note_constant(&self, value: &str, ty: &str) {
        if super::literals::special(value, ty) != Some(super::literals::Special::LoadTime) {
            return;
        }
        let literals = self.literals.borrow();
        let mut load_time = self.load_time.borrow_mut();
        // The first literal of that text not noted yet.
        let found = literals.iter().find(|(text, span)| {
            text == value && !load_time.iter().any(|(_, noted)| noted == span)
        });
        if let Some((text, span)) = found {
            load_time.push((text.clone(), *span));
        }
    }

    /// Hand the load-time constants found so far to the catalog's notices.
    fn publish_load_time(&self) {
        let mut notices = self.catalog.notices.borrow_mut();
        for (text, span) in self.load_time.borrow_mut().drain(..) {
            if notices.iter().any(|n| n.span == Some(span)) {
                continue;
            }
            notices.push(Notice {
                span: Some(span),
                message: format!(
                    "'{text}' is stored as the time the statement runs: the output shows \
                     the word, the database holds the time it was loaded"
                ),
                label: String::from("the server replaces this by the load time"),
                note: String::from(
                    "sqlacodegen prints that time, which no DDL determines; write now(), \
                     CURRENT_DATE or ('now'::text)::date for a value taken at each insert",
                ),
            });
        }
    }

    /// [`Deparser::index_text`] of text this deparser printed, for the table
    /// as it is now; `None` when it does not parse or is not fully understood.
    pub fn reparse_index(&self, text: &str) -> Option<String> {
        let node = self.analyze(&parse_expression(text)?);
        (!has_raw(&node)).then(|| self.index_node_text(&node))
    }

    fn index_node_text(&self, node: &Node) -> String {
        let text = self.print_top(node);
        if looks_like_function(node) {
            text
        } else {
            format!("({text})")
        }
    }

    /// The column a CHECK is named after: the only column it references.
    /// `Ok(Some(column))` when the expression references exactly one column,
    /// `Ok(None)` when it references none or several, `Err(())` when part of it
    /// was not understood (its columns are not known).
    pub fn single_column(&self, expr: &Expr) -> Result<Option<String>, ()> {
        let node = self.analyze(expr);
        if has_raw(&node) {
            return Err(());
        }
        let mut names: Vec<String> = Vec::new();
        collect_columns(&node, &mut names);
        Ok(match names.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        })
    }

    fn column_type(&self, name: &str) -> Ty {
        self.table
            .column(name)
            .map(|c| type_label(&c.data_type))
            .unwrap_or_else(|| String::from("?"))
    }

    fn analyze(&self, expr: &Expr) -> Node {
        match expr {
            Expr::Nested(inner) => self.analyze(inner),
            Expr::Value(value) => match &value.value {
                Value::Number(n, _) => number_const(n),
                // `$tag$...$tag$` is another spelling of the same constant.
                Value::SingleQuotedString(s)
                | Value::EscapedStringLiteral(s)
                | Value::DollarQuotedString(sqlparser::ast::DollarQuotedString {
                    value: s, ..
                }) => {
                    self.literals.borrow_mut().push((s.clone(), value.span));
                    Node::Const {
                        value: s.clone(),
                        ty: String::from("unknown"),
                        quoted: true,
                    }
                }
                // B'0101': a bit string constant.
                Value::SingleQuotedByteStringLiteral(bits) => Node::Const {
                    value: bits.clone(),
                    ty: String::from("bit"),
                    quoted: true,
                },
                Value::Boolean(b) => Node::Const {
                    value: b.to_string(),
                    ty: String::from("boolean"),
                    quoted: false,
                },
                Value::Null => Node::Null {
                    ty: String::from("unknown"),
                },
                other => Node::Raw(other.to_string()),
            },
            Expr::Identifier(ident) => {
                let name = fold(ident);
                if let Some(keyword) = value_function(&name, ident.quote_style.is_some()) {
                    return keyword;
                }
                let ty = self.column_type(&name);
                Node::Column { name, ty }
            }
            Expr::CompoundIdentifier(parts) => {
                let name = parts.last().map(fold).unwrap_or_default();
                let ty = self.column_type(&name);
                Node::Column { name, ty }
            }
            Expr::UnaryOp {
                op: UnaryOperator::Minus,
                expr,
            } => match self.analyze(expr) {
                Node::Const { value, ty, quoted }
                    if ty != "boolean" && (!quoted || ty == "numeric") =>
                {
                    Node::Const {
                        value: format!("-{value}"),
                        ty,
                        quoted,
                    }
                }
                other => {
                    let ty = other.ty();
                    Node::Prefix {
                        op: String::from("-"),
                        arg: Box::new(other),
                        ty,
                    }
                }
            },
            Expr::UnaryOp {
                op: UnaryOperator::Plus,
                expr,
            } => self.analyze(expr),
            Expr::UnaryOp {
                op: UnaryOperator::Not,
                expr,
            } => Node::Not(Box::new(self.coerce(self.analyze(expr), "boolean", false))),
            Expr::BinaryOp { left, op, right } => self.binary(op, left, right),
            Expr::IsNull(inner) => Node::NullTest {
                arg: Box::new(self.analyze(inner)),
                not: false,
            },
            Expr::IsNotNull(inner) => Node::NullTest {
                arg: Box::new(self.analyze(inner)),
                not: true,
            },
            Expr::In {
                expr,
                target: ast::InTarget::List(list),
                negated,
                ..
            } => {
                let left = self.analyze(expr);
                let elements: Vec<Node> = list.iter().map(|e| self.analyze(e)).collect();
                self.in_list(left, elements, *negated)
            }
            Expr::AnyOp {
                left,
                compare_op,
                right,
                ..
            }
            | Expr::AllOp {
                left,
                compare_op,
                right,
            } => {
                let all = matches!(expr, Expr::AllOp { .. });
                let op = match compare_op {
                    BinaryOperator::NotEq => String::from("<>"),
                    other => other.to_string(),
                };
                let left = self.analyze(left);
                match self.analyze(right) {
                    Node::Array { elements, .. } => self.array_comparison(left, &op, elements, all),
                    array => Node::AnyAll {
                        left: Box::new(left),
                        op,
                        all,
                        array: Box::new(array),
                    },
                }
            }
            Expr::Between {
                expr,
                negated,
                low,
                high,
            } => {
                let lower = self.comparison(">=", self.analyze(expr), self.analyze(low));
                let upper = self.comparison("<=", self.analyze(expr), self.analyze(high));
                let both = Node::Bool {
                    and: true,
                    args: vec![lower, upper],
                };
                if *negated {
                    Node::Not(Box::new(both))
                } else {
                    both
                }
            }
            Expr::Like {
                negated,
                expr,
                pattern,
                ..
            } => {
                let op = if *negated { "!~~" } else { "~~" };
                self.comparison(op, self.analyze(expr), self.analyze(pattern))
            }
            Expr::ILike {
                negated,
                expr,
                pattern,
                ..
            } => {
                let op = if *negated { "!~~*" } else { "~~*" };
                self.comparison(op, self.analyze(expr), self.analyze(pattern))
            }
            Expr::Cast {
                expr: inner,
                data_type,
                ..
            } => {
                let target = self.cast_type(data_type);
                let mut unwrapped = &**inner;
                while let Expr::Nested(e) = unwrapped {
                    unwrapped = e;
                }
                let arg = match (unwrapped, &target) {
                    // `ARRAY[...]::T[]`: the elements are cast to T one by one.
                    (Expr::Array(array), Ok(t)) if t.array_dims > 0 => {
                        let element = SqlType {
                            array_dims: t.array_dims - 1,
                            ..t.clone()
                        };
                        let label = type_label(&element);
                        let typmod = typmod_label(&element);
                        let elements: Vec<Node> = array
                            .elem
                            .iter()
                            .map(|e| self.explicit_cast(self.analyze(e), &label, typmod.clone()))
                            .collect();
                        let empty = elements.is_empty();
                        let array = Node::Array {
                            elements,
                            ty: type_label(t),
                        };
                        // An empty array gets the element modifiers as a cast of its own.
                        return match typmod_label(t) {
                            Some(typmod) if empty => Node::Cast {
                                arg: Box::new(array),
                                ty: type_label(t),
                                implicit: false,
                                typmod: Some(typmod),
                            },
                            _ => array,
                        };
                    }
                    _ => self.analyze(inner),
                };
                match target {
                    Ok(t) => {
                        // A column already of the type, modifiers included.
                        if let Node::Column { name, .. } = &arg {
                            if self.table.column(name).is_some_and(|c| c.data_type == t) {
                                return arg;
                            }
                        }
                        let (base, domain) = self.base_type(&t);
                        if domain {
                            // The value becomes the base type, then the domain.
                            let arg = self.coerce(arg, &type_label(&base), false);
                            return Node::Cast {
                                arg: Box::new(arg),
                                ty: type_label(&t),
                                implicit: false,
                                typmod: None,
                            };
                        }
                        self.explicit_cast(arg, &type_label(&t), typmod_label(&t))
                    }
                    Err(label) => self.explicit_cast(arg, &label, None),
                }
            }
            Expr::Function(function) => self.function(function),
            // DATE '2000-01-01': a typed constant.
            Expr::TypedString(typed) => match &typed.value.value {
                Value::SingleQuotedString(s) => {
                    let ty = self.cast_target(&typed.data_type);
                    self.literals
                        .borrow_mut()
                        .push((s.clone(), typed.value.span));
                    self.note_constant(s, &ty);
                    Node::Const {
                        value: s.clone(),
                        ty,
                        quoted: true,
                    }
                }
                _ => Node::Raw(expr.to_string()),
            },
            Expr::Trim {
                expr: inner,
                trim_where,
                trim_what,
                trim_characters: None,
            } => {
                let (side, name) = match trim_where {
                    Some(ast::TrimWhereField::Leading) => ("LEADING", "ltrim"),
                    Some(ast::TrimWhereField::Trailing) => ("TRAILING", "rtrim"),
                    _ => ("BOTH", "btrim"),
                };
                let mut args = vec![self.analyze(inner)];
                args.extend(trim_what.iter().map(|w| self.analyze(w)));
                let (args, ty) = self.builtin_or_text(name, args);
                let mut args = args.into_iter();
                let source = args.next().unwrap_or(Node::Raw(String::new()));
                let pieces = match args.next() {
                    Some(characters) => vec![
                        (format!("TRIM({side} "), characters),
                        (String::from(" FROM "), source),
                    ],
                    None => vec![(format!("TRIM({side} FROM "), source)],
                };
                Node::Sql {
                    pieces,
                    suffix: String::from(")"),
                    ty,
                }
            }
            // POSITION(a IN b) is position(b, a).
            Expr::Position { expr: needle, r#in } => {
                let args = vec![self.analyze(r#in), self.analyze(needle)];
                let (args, _) = self.builtin_or_text("position", args);
                let mut args = args.into_iter();
                let haystack = args.next().unwrap_or(Node::Raw(String::new()));
                let needle = args.next().unwrap_or(Node::Raw(String::new()));
                Node::Sql {
                    pieces: vec![
                        (String::from("POSITION(("), needle),
                        (String::from(") IN ("), haystack),
                    ],
                    suffix: String::from("))"),
                    ty: String::from("integer"),
                }
            }
            Expr::Overlay {
                expr: inner,
                overlay_what,
                overlay_from,
                overlay_for,
            } => {
                let mut args = vec![
                    self.analyze(inner),
                    self.analyze(overlay_what),
                    self.analyze(overlay_from),
                ];
                args.extend(overlay_for.iter().map(|f| self.analyze(f)));
                let (args, ty) = self.builtin_or_text("overlay", args);
                let words = ["OVERLAY(", " PLACING ", " FROM ", " FOR "];
                Node::Sql {
                    pieces: words.iter().map(|w| w.to_string()).zip(args).collect(),
                    suffix: String::from(")"),
                    ty,
                }
            }
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => self.case(operand.as_deref(), conditions, else_result.as_deref()),
            Expr::Collate {
                expr: inner,
                collation,
            } => Node::Collate {
                arg: Box::new(self.coerce_unknown(self.analyze(inner))),
                collation: collation
                    .0
                    .last()
                    .and_then(|p| p.as_ident())
                    .map(|i| quote_ident(&fold(i)))
                    .unwrap_or_default(),
            },
            // `substr(s, i)` and `substring(s, i, n)` are plain calls (the
            // latter of a keyword-named function).
            Expr::Substring {
                expr: inner,
                substring_from: Some(from),
                substring_for,
                special,
                shorthand,
            } if *special || *shorthand => {
                let name = if *shorthand { "substr" } else { "substring" };
                let mut args = vec![self.analyze(inner), self.analyze(from)];
                args.extend(substring_for.iter().map(|f| self.analyze(f)));
                let (args, ty) = self.builtin_or_text(name, args);
                Node::Func {
                    name: name.to_string(),
                    args,
                    ty,
                }
            }
            Expr::Substring {
                expr: inner,
                substring_from: Some(from),
                substring_for,
                ..
            } => {
                let mut args = vec![self.analyze(inner), self.analyze(from)];
                args.extend(substring_for.iter().map(|f| self.analyze(f)));
                let (args, ty) = self.builtin_or_text("substring", args);
                // The regular expression form is printed as a call.
                if args.get(1).is_some_and(|a| a.ty() != "integer") {
                    return Node::Func {
                        name: String::from("substring"),
                        args,
                        ty,
                    };
                }
                let words = ["SUBSTRING(", " FROM ", " FOR "];
                Node::Sql {
                    pieces: words.iter().map(|w| w.to_string()).zip(args).collect(),
                    suffix: String::from(")"),
                    ty,
                }
            }
            // SIMILAR TO is a regular expression match on a translated pattern.
            Expr::SimilarTo {
                negated,
                expr: inner,
                pattern,
                escape_char: None,
            } => {
                let pattern = Node::Func {
                    name: String::from("similar_to_escape"),
                    args: vec![self.coerce(self.analyze(pattern), "text", false)],
                    ty: String::from("text"),
                };
                let op = if *negated { "!~" } else { "~" };
                self.comparison(op, self.analyze(inner), pattern)
            }
            // Against a bare NULL, parse analysis makes them null tests.
            Expr::IsDistinctFrom(l, r) | Expr::IsNotDistinctFrom(l, r) => {
                let distinct = matches!(expr, Expr::IsDistinctFrom(..));
                let (l, r) = (self.analyze(l), self.analyze(r));
                let bare_null = |n: &Node| matches!(n, Node::Null { ty } if ty == "unknown");
                if bare_null(&r) || bare_null(&l) {
                    let arg = if bare_null(&r) { l } else { r };
                    return Node::NullTest {
                        arg: Box::new(arg),
                        not: distinct,
                    };
                }
                let op = if distinct {
                    "IS DISTINCT FROM"
                } else {
                    "IS NOT DISTINCT FROM"
                };
                self.comparison(op, l, r)
            }
            Expr::IsTrue(inner)
            | Expr::IsNotTrue(inner)
            | Expr::IsFalse(inner)
            | Expr::IsNotFalse(inner)
            | Expr::IsUnknown(inner)
            | Expr::IsNotUnknown(inner) => {
                let test = match expr {
                    Expr::IsTrue(_) => " IS TRUE",
                    Expr::IsNotTrue(_) => " IS NOT TRUE",
                    Expr::IsFalse(_) => " IS FALSE",
                    Expr::IsNotFalse(_) => " IS NOT FALSE",
                    Expr::IsUnknown(_) => " IS UNKNOWN",
                    _ => " IS NOT UNKNOWN",
                };
                Node::BoolTest {
                    arg: Box::new(self.coerce(self.analyze(inner), "boolean", false)),
                    test,
                }
            }
            // timezone(zone, ts), printed in the SQL syntax; it swaps between
            // timestamp with and without time zone.
            Expr::AtTimeZone {
                timestamp,
                time_zone,
            } => {
                let value = self.coerce_unknown(self.analyze(timestamp));
                let ty = match value.ty().as_str() {
                    "timestamp with time zone" => "timestamp without time zone",
                    "timestamp without time zone" => "timestamp with time zone",
                    "time with time zone" | "time without time zone" => "time with time zone",
                    _ => "?",
                };
                Node::Op {
                    op: String::from("AT TIME ZONE"),
                    left: Box::new(value),
                    right: Box::new(self.coerce(self.analyze(time_zone), "text", false)),
                    ty: ty.to_string(),
                }
            }
            // EXTRACT returns numeric since PostgreSQL 14.
            Expr::Extract { field, expr, .. } => Node::Wrapped {
                prefix: format!("EXTRACT({} FROM ", field.to_string().to_ascii_lowercase()),
                arg: Box::new(self.analyze(expr)),
                suffix: String::from(")"),
                ty: String::from("numeric"),
            },
            Expr::Floor { expr, .. } => self.rounding("floor", vec![self.analyze(expr)]),
            Expr::Ceil { expr, .. } => self.rounding("ceil", vec![self.analyze(expr)]),
            Expr::Interval(interval) => match self.analyze(&interval.value) {
                Node::Const {
                    value,
                    quoted: true,
                    ..
                } if interval.leading_field.is_none() && interval.last_field.is_none() => {
                    Node::Const {
                        value,
                        ty: String::from("interval"),
                        quoted: true,
                    }
                }
                other => Node::Keyword {
                    text: format!("{}::interval", self.print(&other, false)),
                    ty: String::from("interval"),
                },
            },
            // `tags[1]` is an element; a slice `tags[1:2]` stays an array.
            Expr::CompoundFieldAccess { root, access_chain } => {
                let mut base = self.analyze(root);
                let mut chain = access_chain.as_slice();
                // `alias.column[1]`: the qualified column comes first.
                if let (Expr::Identifier(_), Some(ast::AccessExpr::Dot(Expr::Identifier(column)))) =
                    (root.as_ref(), chain.first())
                {
                    let name = fold(column);
                    let ty = self.column_type(&name);
                    base = Node::Column { name, ty };
                    chain = &chain[1..];
                }
                let mut ty = base.ty();
                let suffix: String = chain.iter().map(|a| a.to_string()).collect();
                for access in chain {
                    match access {
                        ast::AccessExpr::Subscript(ast::Subscript::Index { .. }) => {
                            ty = match ty.strip_suffix("[]") {
                                Some(element) => element.to_string(),
                                None => String::from("?"),
                            };
                        }
                        ast::AccessExpr::Subscript(ast::Subscript::Slice { .. }) => {}
                        _ => ty = String::from("?"),
                    }
                }
                match base {
                    column @ Node::Column { .. } => Node::Wrapped {
                        prefix: String::new(),
                        arg: Box::new(column),
                        suffix,
                        ty,
                    },
                    Node::Raw(_) => Node::Keyword {
                        text: expr.to_string(),
                        ty,
                    },
                    // Anything but a column is parenthesised before its subscripts.
                    other => Node::Wrapped {
                        prefix: String::from("("),
                        arg: Box::new(other),
                        suffix: format!("){suffix}"),
                        ty,
                    },
                }
            }
            Expr::Array(array) => {
                let elements: Vec<Node> = array.elem.iter().map(|e| self.analyze(e)).collect();
                let ty = elements.first().map(|e| e.ty()).unwrap_or_default();
                let ty = if ty == "unknown" {
                    String::from("text")
                } else {
                    ty
                };
                let elements = elements
                    .into_iter()
                    .map(|e| self.coerce(e, &ty, false))
                    .collect();
                Node::Array {
                    elements,
                    ty: format!("{ty}[]"),
                }
            }
            other => Node::Raw(other.to_string()),
        }
    }

    /// The type function and operator resolution sees for a value of type
    /// `label`: a domain's base type.
    fn resolution_type(&self, label: &str) -> Ty {
        for (key, domain) in &self.catalog.domains {
            let t = SqlType::named(key.name.clone()).with_schema(key.schema.clone());
            if type_label(&t) == label {
                let (base, _) = self.base_type(&domain.data_type);
                return type_label(&base);
            }
        }
        label.to_string()
    }

    /// A value of a domain as a built-in operator takes it: coerced to the
    /// domain's base type.
    fn to_base(&self, node: Node) -> Node {
        let ty = node.ty();
        let base = self.resolution_type(&ty);
        if base == ty {
            node
        } else {
            self.coerce(node, &base, false)
        }
    }

    /// A call of an overloaded built-in: the overload chosen by the arguments'
    /// types, the arguments coerced to its parameters, and its result type
    /// (`Err`: the arguments back when no overload is chosen).
    fn resolve_builtin(&self, name: &str, args: Vec<Node>) -> Result<(Vec<Node>, Ty), Vec<Node>> {
        let types: Vec<Ty> = args.iter().map(|a| self.resolution_type(&a.ty())).collect();
        match super::functions::resolve_overload(name, &types) {
            Some((params, result)) => Ok((
                args.into_iter()
                    .zip(params.iter())
                    .map(|(a, p)| self.coerce(a, p, false))
                    .collect(),
                result.to_string(),
            )),
            None => Err(args),
        }
    }

    /// [`Deparser::resolve_builtin`], or when no overload is chosen the
    /// arguments as they are with untyped ones made text, giving text.
    fn builtin_or_text(&self, name: &str, args: Vec<Node>) -> (Vec<Node>, Ty) {
        match self.resolve_builtin(name, args) {
            Ok(resolved) => resolved,
            Err(args) => (
                args.into_iter().map(|a| self.coerce_unknown(a)).collect(),
                String::from("text"),
            ),
        }
    }

    /// `transformCaseExpr`: conditions become boolean; with an argument, each
    /// WHEN value is compared with it by `=` (and keeps the coercion that
    /// comparison gives it); a missing ELSE is a null; the results take their
    /// common type, the ELSE considered first.
    fn case(
        &self,
        operand: Option<&Expr>,
        conditions: &[ast::CaseWhen],
        else_result: Option<&Expr>,
    ) -> Node {
        let arg = operand.map(|e| self.coerce_unknown(self.analyze(e)));
        let mut whens = Vec::new();
        let mut results = Vec::new();
        for c in conditions {
            let when = match &arg {
                Some(arg) => match self.comparison("=", arg.clone(), self.analyze(&c.condition)) {
                    Node::Op { right, .. } => *right,
                    other => other,
                },
                None => self.coerce(self.analyze(&c.condition), "boolean", false),
            };
            whens.push(when);
            results.push(self.analyze(&c.result));
        }
        let default = match else_result {
            Some(e) => self.analyze(e),
            None => Node::Null {
                ty: String::from("unknown"),
            },
        };
        let types: Vec<Ty> = std::iter::once(&default)
            .chain(results.iter())
            .map(|n| self.resolution_type(&n.ty()))
            .collect();
        let ty = super::functions::common_type(&types).unwrap_or_else(|| String::from("?"));
        let whens = whens
            .into_iter()
            .zip(results)
            .map(|(w, r)| (w, self.coerce(r, &ty, false)))
            .collect();
        Node::Case {
            arg: arg.map(Box::new),
            whens,
            default: Box::new(self.coerce(default, &ty, false)),
            ty,
        }
    }

    /// `appendContextKeyword` in PRETTY_INDENT mode (both printers the
    /// catalog imitates use it): a new line indented to the current level
    /// (past `INDENT_LIMIT`, narrower and wrapping), then the word; the level
    /// moves by `before` first and by `after` once the word is written.
    fn context_keyword(&self, word: &str, before: i32, after: i32) -> String {
        let level = self.indent.get() + before;
        let amount = if level < INDENT_LIMIT {
            level.max(0)
        } else {
            (INDENT_LIMIT + (level - INDENT_LIMIT) / (INDENT_STD / 2)) % INDENT_LIMIT
        };
        self.indent.set((level + after).max(0));
        format!("{NEWLINE}{}{word}", " ".repeat(amount as usize))
    }

    fn cast_target(&self, data_type: &ast::DataType) -> Ty {
        match self.cast_type(data_type) {
            Ok(t) => type_label(&t),
            Err(label) => label,
        }
    }

    /// The catalog type a cast names (`Err`: only its lower-cased name).
    fn cast_type(&self, data_type: &ast::DataType) -> Result<SqlType, Ty> {
        let declared = super::super::declared::DeclaredType::from_ast(data_type);
        super::PostgreSqlRules
            .canonical_type(&declared, self.catalog, None)
            .map_err(|_| declared.base.to_lowercase())
    }

    /// A domain's base type (a domain over a domain is followed), and whether
    /// `t` is a domain at all. An array of a domain is not a domain.
    fn base_type<'t>(&self, t: &'t SqlType) -> (std::borrow::Cow<'t, SqlType>, bool) {
        // No domain to follow: most columns, every one where none is
        // defined (this runs for every default).
        if t.array_dims > 0 || self.catalog.domains.is_empty() {
            return (std::borrow::Cow::Borrowed(t), false);
        }
        let mut current = t.clone();
        let mut domain = false;
        for _ in 0..16 {
            if current.array_dims > 0 {
                break;
            }
            let key = super::super::QualifiedName::new(
                current.schema().map(str::to_string),
                current.name.clone(),
            );
            match self.catalog.domains.get(&key) {
                Some(found) => {
                    current = found.data_type.clone();
                    domain = true;
                }
                None => break,
            }
        }
        (std::borrow::Cow::Owned(current), domain)
    }

    /// A literal read as `target`: a `regclass` one names a relation, which
    /// the server resolves through the session's search path when the
    /// statement runs (and prints qualified later when off the default path).
    fn resolved_constant(&self, value: String, target: &str) -> String {
        if target != "regclass" {
            return value;
        }
        match super::text_name_parts(&value).as_slice() {
            [name] => match super::search_path::lookup(self.catalog, name.clone()).schema {
                Some(schema) => format!("{}.{}", quote_ident(&schema), quote_ident(name)),
                None => value,
            },
            _ => value,
        }
    }

    /// `arg::target` written in the statement. An untyped literal (or NULL)
    /// becomes a constant of the type; a cast to the type an expression already
    /// has is no cast at all; type modifiers add a length coercion, which
    /// prints the modifiers (`'a'::character varying(5)`).
    fn explicit_cast(&self, arg: Node, target: &str, typmod: Option<Ty>) -> Node {
        let arg = match arg {
            Node::Const {
                value,
                ty,
                quoted: true,
            } if ty == "unknown" => {
                self.note_constant(&value, target);
                Node::Const {
                    value: self.resolved_constant(value, target),
                    ty: target.to_string(),
                    quoted: true,
                }
            }
            Node::Null { ty } if ty == "unknown" => Node::Null {
                ty: target.to_string(),
            },
            other => other,
        };
        let ty = arg.ty();
        match typmod {
            None if ty == target => arg,
            None => Node::Cast {
                arg: Box::new(arg),
                ty: target.to_string(),
                implicit: false,
                typmod: None,
            },
            Some(typmod) => {
                let arg = if ty == target || ty == "?" {
                    arg
                } else {
                    // The conversion to the type itself is hidden under the
                    // length coercion.
                    Node::Cast {
                        arg: Box::new(arg),
                        ty: target.to_string(),
                        implicit: true,
                        typmod: None,
                    }
                };
                Node::Cast {
                    arg: Box::new(arg),
                    ty: target.to_string(),
                    implicit: false,
                    typmod: Some(typmod),
                }
            }
        }
    }

    fn binary(&self, op: &BinaryOperator, left: &Expr, right: &Expr) -> Node {
        // `OPERATOR(schema.op)`: an operator of a schema on the search path
        // when the models are reflected (public, pg_catalog) prints bare.
        if let BinaryOperator::PGCustomBinaryOperator(parts) = op {
            if let [schema, name] | [name @ schema] = parts.as_slice() {
                let on_path = schema == name || schema == "public" || schema == "pg_catalog";
                if let Some(bare) = on_path.then(|| operator_by_symbol(name)).flatten() {
                    return self.binary(&bare, left, right);
                }
            }
        }
        let left = self.analyze(left);
        let right = self.analyze(right);
        // Date, time and interval arithmetic has its own result types.
        let datetime = datetime_arithmetic(op, &left.ty(), &right.ty());
        match op {
            BinaryOperator::And | BinaryOperator::Or => {
                let and = matches!(op, BinaryOperator::And);
                // A chain is a left-deep tree: growing the left side's list
                // keeps a long one linear.
                let mut args = match left {
                    Node::Bool { and: inner, args } if inner == and => args,
                    other => vec![other],
                };
                match right {
                    Node::Bool {
                        and: inner,
                        args: inner_args,
                    } if inner == and => args.extend(inner_args),
                    other => args.push(other),
                }
                Node::Bool { and, args }
            }
            // `||` on an array (anyarray || anyelement and back) or on jsonb
            // keeps that type; otherwise it is text concatenation.
            BinaryOperator::StringConcat
                if [left.ty(), right.ty()]
                    .iter()
                    .any(|t| t.ends_with("[]") || t == "jsonb") =>
            {
                let (lt, rt) = (left.ty(), right.ty());
                let ty = [&lt, &rt]
                    .into_iter()
                    .find(|t| t.ends_with("[]"))
                    .unwrap_or(if lt == "jsonb" { &lt } else { &rt })
                    .clone();
                Node::Op {
                    op: String::from("||"),
                    left: Box::new(left),
                    right: Box::new(right),
                    ty,
                }
            }
            // bytea, bit strings and text search values have `||` of their
            // own (an untyped literal takes the other side's type).
            BinaryOperator::StringConcat
                if concat_type(
                    &self.resolution_type(&left.ty()),
                    &self.resolution_type(&right.ty()),
                )
                .is_some() =>
            {
                let (lt, rt) = (
                    self.resolution_type(&left.ty()),
                    self.resolution_type(&right.ty()),
                );
                let (operand, ty) = concat_type(&lt, &rt).unwrap_or_default();
                Node::Op {
                    op: String::from("||"),
                    left: Box::new(self.coerce(left, operand, false)),
                    right: Box::new(self.coerce(right, operand, false)),
                    ty: ty.to_string(),
                }
            }
            BinaryOperator::StringConcat => {
                let left = self.coerce(left, "text", false);
                let right = self.coerce(right, "text", false);
                Node::Op {
                    op: String::from("||"),
                    left: Box::new(left),
                    right: Box::new(right),
                    ty: String::from("text"),
                }
            }
            BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq
            | BinaryOperator::PGRegexMatch
            | BinaryOperator::PGRegexIMatch
            | BinaryOperator::PGRegexNotMatch
            | BinaryOperator::PGRegexNotIMatch
            | BinaryOperator::PGLikeMatch
            | BinaryOperator::PGILikeMatch
            | BinaryOperator::PGNotLikeMatch
            | BinaryOperator::PGNotILikeMatch => {
                let symbol = match op {
                    BinaryOperator::NotEq => String::from("<>"),
                    other => other.to_string(),
                };
                self.comparison(&symbol, left, right)
            }
            BinaryOperator::Plus
            | BinaryOperator::Minus
            | BinaryOperator::Multiply
            | BinaryOperator::Divide
            | BinaryOperator::Modulo
                if datetime.is_some() =>
            {
                let ty = datetime.unwrap_or_default();
                let (left, right) = (self.coerce_unknown(left), self.coerce_unknown(right));
                // interval * and / take a double precision factor.
                let scalar = |n: Node| {
                    if is_integer_type(&n.ty()) || n.ty() == "numeric" || n.ty() == "real" {
                        self.coerce(n, "double precision", false)
                    } else {
                        n
                    }
                };
                let (left, right) = match op {
                    BinaryOperator::Multiply | BinaryOperator::Divide => {
                        (scalar(left), scalar(right))
                    }
                    _ => (left, right),
                };
                Node::Op {
                    op: op.to_string(),
                    left: Box::new(left),
                    right: Box::new(right),
                    ty,
                }
            }
            BinaryOperator::Arrow
            | BinaryOperator::LongArrow
            | BinaryOperator::HashArrow
            | BinaryOperator::HashLongArrow => {
                let long = matches!(
                    op,
                    BinaryOperator::LongArrow | BinaryOperator::HashLongArrow
                );
                let ty = match (long, left.ty().as_str()) {
                    (true, _) => String::from("text"),
                    (false, t @ ("json" | "jsonb")) => t.to_string(),
                    (false, _) => String::from("?"),
                };
                Node::Op {
                    op: op.to_string(),
                    left: Box::new(left),
                    right: Box::new(self.coerce_unknown(right)),
                    ty,
                }
            }
            BinaryOperator::AtArrow
            | BinaryOperator::ArrowAt
            | BinaryOperator::Question
            | BinaryOperator::QuestionAnd
            | BinaryOperator::QuestionPipe => {
                // `?` takes a text key; containment takes the left side's type.
                let right = match op {
                    BinaryOperator::Question => self.coerce(right, "text", false),
                    BinaryOperator::AtArrow | BinaryOperator::ArrowAt
                        if matches!(left.ty().as_str(), "jsonb" | "json") =>
                    {
                        let ty = left.ty();
                        self.coerce(right, &ty, false)
                    }
                    _ => right,
                };
                Node::Op {
                    op: op.to_string(),
                    left: Box::new(left),
                    right: Box::new(right),
                    ty: String::from("boolean"),
                }
            }
            BinaryOperator::Plus
            | BinaryOperator::Minus
            | BinaryOperator::Multiply
            | BinaryOperator::Divide
            | BinaryOperator::Modulo => {
                let (left, right, ty) = self.unify(left, right);
                Node::Op {
                    op: op.to_string(),
                    left: Box::new(left),
                    right: Box::new(right),
                    ty,
                }
            }
            other => Node::Op {
                op: other.to_string(),
                left: Box::new(left),
                right: Box::new(right),
                ty: String::from("?"),
            },
        }
    }

    fn comparison(&self, op: &str, left: Node, right: Node) -> Node {
        let (left, right) = (self.to_base(left), self.to_base(right));
        let (left, right) = match bpchar_operands(op, &left.ty(), &right.ty()) {
            Some((l, r)) => (self.coerce(left, l, false), self.coerce(right, r, false)),
            None => {
                let (left, right, _) = self.unify(left, right);
                (left, right)
            }
        };
        Node::Op {
            op: op.to_string(),
            left: Box::new(left),
            right: Box::new(right),
            ty: String::from("boolean"),
        }
    }

    /// Operand types of a binary operator after PostgreSQL's operator resolution.
    fn unify(&self, left: Node, right: Node) -> (Node, Node, Ty) {
        let (left, right) = (self.to_base(left), self.to_base(right));
        let (lt, rt) = (left.ty(), right.ty());
        let target = match (lt.as_str(), rt.as_str()) {
            (l, r) if l == r && l != "unknown" && is_string_type(l) && l != "text" => {
                String::from("text")
            }
            (l, r) if l == r && l != "unknown" => return (left, right, lt),
            ("unknown", "unknown") => String::from("text"),
            ("unknown", other) | (other, "unknown") => {
                if is_string_type(other) {
                    String::from("text")
                } else {
                    other.to_string()
                }
            }
            (l, r) if is_integer_type(l) && is_integer_type(r) => {
                // Cross-type integer operators exist: no coercion.
                let wider = if l == "bigint" || r == "bigint" {
                    "bigint"
                } else {
                    "integer"
                };
                return (left, right, wider.to_string());
            }
            // real meets an exact number through the real/double precision
            // operators: the other side becomes double precision.
            ("real", r) if is_integer_type(r) || r == "numeric" => {
                return (
                    left,
                    self.coerce(right, "double precision", false),
                    String::from("double precision"),
                );
            }
            (l, "real") if is_integer_type(l) || l == "numeric" => {
                return (
                    self.coerce(left, "double precision", false),
                    right,
                    String::from("double precision"),
                );
            }
            (l, r) if is_integer_type(l) && (r == "numeric") => String::from("numeric"),
            (l, r) if is_integer_type(r) && (l == "numeric") => String::from("numeric"),
            (l, r)
                if (l == "double precision" || l == "real")
                    && (is_integer_type(r) || r == "numeric") =>
            {
                l.to_string()
            }
            (l, r)
                if (r == "double precision" || r == "real")
                    && (is_integer_type(l) || l == "numeric") =>
            {
                r.to_string()
            }
            (l, r) if is_string_type(l) && is_string_type(r) => String::from("text"),
            _ => return (left, right, lt),
        };
        (
            self.coerce(left, &target, false),
            self.coerce(right, &target, false),
            target,
        )
    }

    /// `x IN (...)`: the list becomes an array of the common type of `x` and the
    /// elements, compared with `= ANY` (`<> ALL` for NOT IN).
    fn in_list(&self, left: Node, mut elements: Vec<Node>, negated: bool) -> Node {
        // A one-item list is a plain comparison.
        if elements.len() == 1 {
            let op = if negated { "<>" } else { "=" };
            return self.comparison(op, left, elements.remove(0));
        }
        let left_ty = left.ty();
        let (op, all) = if negated { ("<>", true) } else { ("=", false) };
        let target = if left_ty == "unknown" {
            String::from("text")
        } else if is_integer_type(&left_ty) {
            widest_integer(
                std::iter::once(left_ty.as_str()).chain(
                    elements
                        .iter()
                        .map(|e| {
                            let ty = e.ty();
                            if is_integer_type(&ty) {
                                ty
                            } else {
                                left_ty.clone()
                            }
                        })
                        .collect::<Vec<_>>()
                        .iter()
                        .map(String::as_str),
                ),
            )
        } else {
            left_ty.clone()
        };
        let elements = elements
            .into_iter()
            .map(|e| self.coerce(e, &target, false))
            .collect();
        self.any_all(left, op, target, elements, all)
    }

    /// `x op ANY (ARRAY[...])` written out: the array's type comes from its own
    /// elements (all unknown literals: text).
    fn array_comparison(&self, left: Node, op: &str, elements: Vec<Node>, all: bool) -> Node {
        let known = elements.iter().map(Node::ty).find(|t| t != "unknown");
        let target = match known {
            Some(t) => t,
            None if left.ty() == "unknown" || left.ty() == "character varying" => {
                String::from("text")
            }
            None => left.ty(),
        };
        let elements = elements
            .into_iter()
            .map(|e| self.coerce(e, &target, false))
            .collect();
        self.any_all(left, op, target, elements, all)
    }

    /// The operator resolution for `left op ANY (array of element_ty)`: varchar has
    /// no operators of its own, so it compares as text (the array cast to text[]);
    /// integer types have cross-type operators and keep their own type.
    fn any_all(
        &self,
        left: Node,
        op: &str,
        element_ty: Ty,
        elements: Vec<Node>,
        all: bool,
    ) -> Node {
        let left_ty = left.ty();
        let array = Node::Array {
            elements,
            ty: format!("{element_ty}[]"),
        };
        let (left, array) = if left_ty == "character varying" {
            let array = if element_ty == "text" {
                array
            } else {
                Node::Cast {
                    arg: Box::new(array),
                    ty: String::from("text[]"),
                    implicit: true,
                    typmod: None,
                }
            };
            (self.coerce(left, "text", false), array)
        } else if is_integer_type(&left_ty) && is_integer_type(&element_ty) {
            (left, array)
        } else {
            (self.coerce(left, &element_ty, false), array)
        };
        Node::AnyAll {
            left: Box::new(left),
            op: op.to_string(),
            all,
            array: Box::new(array),
        }
    }

    /// round/trunc/ceil/floor: numeric in, numeric out; anything else goes
    /// through double precision, except the two-argument forms (numeric only).
    fn rounding(&self, name: &str, args: Vec<Node>) -> Node {
        let first = args.first().map(Node::ty).unwrap_or_default();
        let ty = if args.len() == 2 || first == "numeric" {
            "numeric"
        } else {
            "double precision"
        };
        let mut args = args.into_iter();
        let mut coerced: Vec<Node> = args
            .next()
            .map(|a| self.coerce(a, ty, false))
            .into_iter()
            .collect();
        coerced.extend(args.map(|a| self.coerce(a, "integer", false)));
        Node::Func {
            name: name.to_string(),
            args: coerced,
            ty: ty.to_string(),
        }
    }

    fn function(&self, function: &ast::Function) -> Node {
        let name = function
            .name
            .0
            .iter()
            .filter_map(|p| p.as_ident())
            .map(fold)
            .collect::<Vec<_>>()
            .join(".");
        // Built-ins are found under their bare names.
        let name = match name.strip_prefix("pg_catalog.") {
            Some(bare) => bare.to_string(),
            None => name,
        };
        let args: Vec<Node> = match &function.args {
            ast::FunctionArguments::List(list) => list
                .args
                .iter()
                .map(|a| match a {
                    FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => self.analyze(e),
                    other => Node::Raw(other.to_string()),
                })
                .collect(),
            _ => Vec::new(),
        };
        let has_parens = !matches!(function.args, ast::FunctionArguments::None);
        if !has_parens {
            if let Some(keyword) = value_function(&name, false) {
                return keyword;
            }
        }
        if let Some(Node::Keyword { text, ty }) = value_function(&name, false) {
            // CURRENT_TIMESTAMP(3)
            let precision: Vec<String> = args.iter().map(|a| self.print(a, false)).collect();
            return Node::Keyword {
                text: format!("{text}({})", precision.join(", ")),
                ty,
            };
        }
        let args = if super::functions::has_overloads(&name) {
            match self.resolve_builtin(&name, args) {
                Ok((args, ty)) => return Node::Func { name, args, ty },
                Err(args) => args,
            }
        } else {
            args
        };
        let (arg_types, result): (Option<&[&str]>, &str) = match name.as_str() {
            "lower" | "upper" | "btrim" | "ltrim" | "rtrim" | "md5" | "initcap" | "reverse" => {
                (Some(&["text"]), "text")
            }
            // There are bpchar versions: a char(n) argument is not cast.
            "length" | "char_length" | "character_length" | "octet_length"
                if args.first().is_some_and(|a| a.ty() == "bpchar") =>
            {
                (None, "integer")
            }
            "length" | "char_length" | "character_length" | "octet_length" => {
                (Some(&["text"]), "integer")
            }
            "now" | "transaction_timestamp" | "statement_timestamp" | "clock_timestamp" => {
                (None, "timestamp with time zone")
            }
            "gen_random_uuid" | "uuid_generate_v4" => (None, "uuid"),
            // Text search: a leading configuration name resolves to regconfig.
            "to_tsvector" if args.len() == 2 => (Some(&["regconfig", "text"]), "tsvector"),
            "to_tsvector" => (Some(&["text"]), "tsvector"),
            "to_tsquery" | "plainto_tsquery" | "phraseto_tsquery" | "websearch_to_tsquery"
                if args.len() == 2 =>
            {
                (Some(&["regconfig", "text"]), "tsquery")
            }
            "to_tsquery" | "plainto_tsquery" | "phraseto_tsquery" | "websearch_to_tsquery" => {
                (Some(&["text"]), "tsquery")
            }
            // setweight(tsvector, "char" [, text[]]): the weight literal is a "char".
            "setweight" if args.len() == 3 => {
                (Some(&["tsvector", "\"char\"", "text[]"]), "tsvector")
            }
            "setweight" => (Some(&["tsvector", "\"char\""]), "tsvector"),
            "strip" => (Some(&["tsvector"]), "tsvector"),
            "nextval" => (Some(&["regclass"]), "bigint"),
            "abs" => {
                let ty = args
                    .first()
                    .map(Node::ty)
                    .filter(|t| t != "unknown" && t != "?");
                let ty = ty.unwrap_or_else(|| String::from("?"));
                let args = args.into_iter().map(|a| self.coerce_unknown(a)).collect();
                return Node::Func { name, args, ty };
            }
            "jsonb_typeof"
            | "json_typeof"
            | "array_to_string"
            | "jsonb_extract_path_text"
            | "json_extract_path_text"
            | "jsonb_pretty"
            | "host"
            | "text" => (None, "text"),
            "num_nonnulls" | "num_nulls" => (None, "integer"),
            "count" | "row_number" | "rank" | "dense_rank" => (None, "bigint"),
            "ntile" | "array_length" | "array_ndims" | "cardinality" | "array_position"
            | "jsonb_array_length" | "json_array_length" => (None, "integer"),
            "bool_and" | "bool_or" | "every" => (None, "boolean"),
            "percent_rank" | "cume_dist" | "date_part" | "random" => (None, "double precision"),
            "age" => (None, "interval"),
            "to_date" => (Some(&["text", "text"]), "date"),
            "to_timestamp" if args.len() == 2 => {
                (Some(&["text", "text"]), "timestamp with time zone")
            }
            "to_timestamp" => (Some(&["double precision"]), "timestamp with time zone"),
            "to_number" => (Some(&["text", "text"]), "numeric"),
            // Their parameters are text (and integer counts): a varchar
            // argument shows its cast.
            "replace" | "translate" | "regexp_replace" => {
                (Some(&["text", "text", "text", "text"]), "text")
            }
            "split_part" => (Some(&["text", "text", "integer"]), "text"),
            "left" | "right" | "repeat" => (Some(&["text", "integer"]), "text"),
            "lpad" | "rpad" => (Some(&["text", "integer", "text"]), "text"),
            "substr" => (Some(&["text", "integer", "integer"]), "text"),
            "quote_ident" => (Some(&["text"]), "text"),
            // quote_literal(anyelement) takes anything; strings go to text.
            "quote_literal" | "quote_nullable"
                if args.first().is_some_and(|a| is_string_type(&a.ty())) =>
            {
                (Some(&["text"]), "text")
            }
            "quote_literal" | "quote_nullable" => (None, "text"),
            "chr" => (Some(&["integer"]), "text"),
            "encode" => (Some(&["bytea", "text"]), "text"),
            "concat_ws" | "format" => (Some(&["text"]), "text"),
            "to_char" => (Some(&["?", "text"]), "text"),
            "strpos" => (Some(&["text", "text"]), "integer"),
            "ascii" => (Some(&["text"]), "integer"),
            "starts_with" => (Some(&["text", "text"]), "boolean"),
            "jsonb_build_object" | "jsonb_agg" | "to_jsonb" | "jsonb_build_array" => {
                (None, "jsonb")
            }
            "json_build_object" | "json_agg" | "to_json" | "json_build_array" => (None, "json"),
            "lag" | "lead" | "first_value" | "last_value" | "nth_value" | "date_trunc"
            | "array_agg" => {
                // The type of the value argument (the second one for date_trunc).
                let value = if name == "date_trunc" { 1 } else { 0 };
                let ty = args.get(value).map(Node::ty).unwrap_or_default();
                let ty = match (name.as_str(), ty.as_str()) {
                    (_, "" | "unknown") => String::from("?"),
                    ("array_agg", t) => format!("{t}[]"),
                    (_, t) => t.to_string(),
                };
                let args = args.into_iter().map(|a| self.coerce_unknown(a)).collect();
                return Node::Func { name, args, ty };
            }
            "round" | "trunc" | "ceil" | "ceiling" | "floor" => return self.rounding(&name, args),
            "concat" | "string_agg" | "substring" | "trim" => (None, "text"),
            "sum" | "avg" | "min" | "max" | "coalesce" | "nullif" | "greatest" | "least" => {
                let first = args.iter().map(Node::ty).find(|t| t != "unknown");
                // COALESCE, GREATEST and LEAST take the common type of their
                // arguments: the widest integer when all are integers.
                let typed: Vec<Ty> = args
                    .iter()
                    .map(Node::ty)
                    .filter(|t| t != "unknown")
                    .collect();
                let first = match name.as_str() {
                    "coalesce" | "greatest" | "least"
                        if typed.len() > 1 && typed.iter().all(|t| is_integer_type(t)) =>
                    {
                        Some(widest_integer(typed.iter().map(String::as_str)))
                    }
                    _ => first,
                };
                let ty = match (name.as_str(), first.as_deref()) {
                    (_, None) => String::from("text"),
                    ("sum", Some("smallint" | "integer")) => String::from("bigint"),
                    ("sum", Some("bigint")) => String::from("numeric"),
                    ("avg", Some("smallint" | "integer" | "bigint" | "numeric")) => {
                        String::from("numeric")
                    }
                    ("avg", Some("real")) => String::from("double precision"),
                    (_, Some(t)) => t.to_string(),
                };
                let args = args
                    .into_iter()
                    .map(|a| self.coerce(a, &ty, false))
                    .collect();
                return Node::Func { name, args, ty };
            }
            _ => {
                let types: Vec<Ty> = args.iter().map(Node::ty).collect();
                // generate_function_name: a function of a schema on the
                // search path when the models are reflected prints bare.
                let printed = name.strip_prefix("public.").unwrap_or(&name).to_string();
                let parameters = super::functions::call_parameters(self.catalog, &name, &types);
                let args: Vec<Node> = match parameters {
                    Some(parameters) => args
                        .into_iter()
                        .enumerate()
                        .map(|(i, a)| match parameters.get(i) {
                            Some(t) if !t.name.is_empty() => self.coerce(a, &type_label(t), false),
                            _ => self.coerce_unknown(a),
                        })
                        .collect(),
                    None => args,
                };
                if let Some(t) = super::functions::call_result(self.catalog, &name, &types) {
                    let ty = type_label(&t);
                    let args = args.into_iter().map(|a| self.coerce_unknown(a)).collect();
                    return Node::Func {
                        name: printed,
                        args,
                        ty,
                    };
                }
                return Node::Func {
                    name: printed,
                    args: args.into_iter().map(|a| self.coerce_unknown(a)).collect(),
                    ty: String::from("?"),
                };
            }
        };
        let args = match arg_types {
            Some(types) => args
                .into_iter()
                .enumerate()
                .map(|(i, a)| match types.get(i) {
                    Some(t) => self.coerce(a, t, false),
                    None => a,
                })
                .collect(),
            None => args.into_iter().map(|a| self.coerce_unknown(a)).collect(),
        };
        let result = if result == "abs" {
            String::from("?")
        } else {
            result.to_string()
        };
        Node::Func {
            name,
            args,
            ty: result,
        }
    }

    /// The type of an expression's result, as a catalog type (`None`: unknown).
    pub fn result_type(&self, expr: &Expr) -> Option<SqlType> {
        match expr {
            Expr::Nested(inner) => return self.result_type(inner),
            // An explicit cast keeps its type modifiers (`numeric(5,1)`).
            Expr::Cast { data_type, .. } => {
                let declared = super::super::declared::DeclaredType::from_ast(data_type);
                return super::PostgreSqlRules
                    .canonical_type(&declared, self.catalog, None)
                    .ok();
            }
            // The common type of the results; all untyped literals: text.
            Expr::Case {
                conditions,
                else_result,
                ..
            } => {
                let results = conditions
                    .iter()
                    .map(|c| &c.result)
                    .chain(else_result.as_deref());
                let mut found = None;
                for result in results {
                    match self.result_type(result) {
                        Some(t) if t.name == "text" && found.is_some() => {}
                        Some(t) => {
                            found = Some(t);
                            if found.as_ref().is_some_and(|t| t.name != "text") {
                                break;
                            }
                        }
                        None => return None,
                    }
                }
                return found;
            }
            _ => {}
        }
        let label = match self.analyze(expr).ty().as_str() {
            "?" => return None,
            // A view turns an untyped literal into text.
            "unknown" => String::from("text"),
            other => other.to_string(),
        };
        let mut name = label.as_str();
        let mut array_dims = 0;
        while let Some(element) = name.strip_suffix("[]") {
            name = element;
            array_dims += 1;
        }
        Some(SqlType {
            name: name.to_string(),
            array_dims,
            ..SqlType::default()
        })
    }

    fn coerce_unknown(&self, node: Node) -> Node {
        if node.ty() == "unknown" {
            self.coerce(node, "text", false)
        } else {
            node
        }
    }

    /// Coerce `node` to `target` as parse analysis would: unknown literals take the
    /// type directly; other constants are folded in pretty mode; anything else gets an
    /// implicit cast. `top` is the top level of a default, where a cast to the column
    /// type is a plain assignment.
    fn coerce(&self, node: Node, target: &str, top: bool) -> Node {
        let ty = node.ty();
        if ty == target || target == "?" || ty == "?" {
            return node;
        }
        match node {
            Node::Const {
                value,
                quoted: true,
                ..
            } if ty == "unknown" => {
                if target == "boolean" {
                    let b = matches!(
                        value.to_ascii_lowercase().as_str(),
                        "t" | "true" | "yes" | "on" | "1" | "y"
                    );
                    return Node::Const {
                        value: b.to_string(),
                        ty: String::from("boolean"),
                        quoted: false,
                    };
                }
                if is_integer_type(target) || target == "numeric" {
                    if let Some(n) = plain_number(&value) {
                        return if top {
                            Node::Const {
                                value: n,
                                ty: ty_for_number(target),
                                quoted: false,
                            }
                        } else {
                            fold_const(n, &ty_for_number(target), target)
                        };
                    }
                }
                self.note_constant(&value, target);
                Node::Const {
                    value: self.resolved_constant(value, target),
                    ty: target.to_string(),
                    quoted: true,
                }
            }
            Node::Null { .. } if ty == "unknown" => Node::Null {
                ty: target.to_string(),
            },
            node if top => node,
            node => Node::Cast {
                arg: Box::new(node),
                ty: target.to_string(),
                implicit: true,
                typmod: None,
            },
        }
    }

    fn print_top(&self, node: &Node) -> String {
        self.indent.set(0);
        let text = self.print(node, false);
        // removeStringInfoSpaces before each new line.
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == NEWLINE {
                out.truncate(out.trim_end_matches(' ').len());
                out.push('\n');
            } else {
                out.push(c);
            }
        }
        out
    }

    /// `get_rule_expr`: print `node`; `show_implicit` says whether an implicit
    /// cast on top is shown (operator and function arguments show theirs).
    /// Outside pretty mode every operator, test and boolean prints its own
    /// parentheses; in pretty mode a node's children are parenthesised by
    /// [`Deparser::child`] instead.
    fn print(&self, node: &Node, show_implicit: bool) -> String {
        let pretty = self.mode == Mode::Pretty;
        let own_parens = |text: String| {
            if pretty {
                text
            } else {
                format!("({text})")
            }
        };
        match node {
            Node::Const { value, ty, quoted } => print_const(value, ty, *quoted),
            Node::Null { ty } if ty == "unknown" => String::from("NULL"),
            Node::Null { ty } => format!("NULL::{}", cast_label(ty)),
            Node::Column { name, .. } if self.domain_value && name == "value" => {
                String::from("VALUE")
            }
            Node::Column { name, .. } => quote_ident(name),
            Node::Keyword { text, .. } => text.clone(),
            Node::Raw(text) => text.clone(),
            Node::Cast {
                arg,
                ty,
                implicit,
                typmod,
            } => {
                if *implicit && !show_implicit {
                    return self.child(arg, false, Parent::Coercion);
                }
                let label = typmod.as_deref().unwrap_or(cast_label(ty));
                // get_coercion_expr: a constant of the cast's own type is shown
                // without its own label (`'a'::character varying(5)`).
                match &**arg {
                    Node::Const {
                        value,
                        ty: const_ty,
                        quoted,
                    } if const_ty == ty => {
                        return format!("{}::{label}", const_literal(value, const_ty, *quoted).0)
                    }
                    Node::Null { ty: null_ty } if null_ty == ty => return format!("NULL::{label}"),
                    _ => {}
                }
                // The argument's own implicit casts are not shown.
                let inner = self.child(arg, false, Parent::Coercion);
                if pretty {
                    format!("{inner}::{label}")
                } else {
                    format!("({inner})::{label}")
                }
            }
            // `timezone(zone, value)` in its SQL syntax, always parenthesised.
            Node::Op {
                op, left, right, ..
            } if op == "AT TIME ZONE" => {
                let l = self.child(left, false, Parent::SqlSyntax);
                let r = self.child(right, false, Parent::SqlSyntax);
                format!("({l} AT TIME ZONE {r})")
            }
            Node::Op {
                op, left, right, ..
            } => {
                let l = self.child(left, true, Parent::Op { op, left: true });
                let r = self.child(right, true, Parent::Op { op, left: false });
                own_parens(format!("{l} {op} {r}"))
            }
            Node::Prefix { op, arg, .. } => {
                // A prefix operator has no binary operator name: any operator
                // under it is parenthesised.
                let parent = Parent::Op {
                    op: "",
                    left: false,
                };
                own_parens(format!("{op} {}", self.child(arg, true, parent)))
            }
            Node::Bool { and, args } => {
                let (joiner, parent) = if *and {
                    (" AND ", Parent::Bool(BoolKind::And))
                } else {
                    (" OR ", Parent::Bool(BoolKind::Or))
                };
                let parts: Vec<String> =
                    args.iter().map(|a| self.child(a, false, parent)).collect();
                own_parens(parts.join(joiner))
            }
            Node::Not(arg) => own_parens(format!(
                "NOT {}",
                self.child(arg, false, Parent::Bool(BoolKind::Not))
            )),
            Node::BoolTest { arg, test } => {
                own_parens(format!("{}{test}", self.child(arg, true, Parent::Other)))
            }
            Node::NullTest { arg, not } => {
                let inner = self.child(arg, true, Parent::Other);
                own_parens(format!("{inner} IS {}NULL", if *not { "NOT " } else { "" }))
            }
            Node::AnyAll {
                left,
                op,
                all,
                array,
            } => {
                let l = self.child(left, true, Parent::Other);
                let a = self.child(array, true, Parent::Other);
                let quantifier = if *all { "ALL" } else { "ANY" };
                own_parens(format!("{l} {op} {quantifier} ({a})"))
            }
            Node::Array { elements, ty } => {
                let items: Vec<String> = elements.iter().map(|e| self.print(e, true)).collect();
                // An empty array shows its type, which nothing else gives it.
                if items.is_empty() {
                    format!("ARRAY[]::{ty}")
                } else {
                    format!("ARRAY[{}]", items.join(", "))
                }
            }
            Node::Wrapped {
                prefix,
                arg,
                suffix,
                ..
            } => format!("{prefix}{}{suffix}", self.print(arg, false)),
            Node::Sql { pieces, suffix, .. } => {
                let mut out = String::new();
                for (text, arg) in pieces {
                    out.push_str(text);
                    out.push_str(&self.print(arg, false));
                }
                out.push_str(suffix);
                out
            }
            Node::Case {
                arg,
                whens,
                default,
                ..
            } => {
                let mut out = self.context_keyword("CASE", 0, INDENT_VAR);
                if let Some(arg) = arg {
                    out.push(' ');
                    out.push_str(&self.print(arg, true));
                }
                for (when, result) in whens {
                    out.push_str(&self.context_keyword("WHEN ", 0, 0));
                    out.push_str(&self.print(when, false));
                    out.push_str(" THEN ");
                    out.push_str(&self.print(result, true));
                }
                out.push_str(&self.context_keyword("ELSE ", 0, 0));
                out.push_str(&self.print(default, true));
                out.push_str(&self.context_keyword("END", -INDENT_VAR, 0));
                out
            }
            Node::Collate { arg, collation } => own_parens(format!(
                "{} COLLATE {collation}",
                self.child(arg, show_implicit, Parent::Other)
            )),
            Node::Func { name, args, .. } => {
                // Arguments show their implicit casts, as operands do.
                let items: Vec<String> = args.iter().map(|a| self.print(a, true)).collect();
                // These are SQL constructs, not functions: ruleutils prints them
                // as keywords.
                // A function's name is quoted where it is a keyword (`"left"`).
                let name = match name.as_str() {
                    "coalesce" | "nullif" | "greatest" | "least" => name.to_ascii_uppercase(),
                    _ => name
                        .split('.')
                        .map(quote_ident)
                        .collect::<Vec<_>>()
                        .join("."),
                };
                format!("{name}({})", items.join(", "))
            }
        }
    }

    /// `get_rule_expr_paren`: a child of `parent`, parenthesised in pretty
    /// mode unless it is simple there (`isSimpleNode`).
    fn child(&self, node: &Node, show_implicit: bool, parent: Parent) -> String {
        let text = self.print(node, show_implicit);
        if self.mode == Mode::Pretty && !is_simple(node, parent) {
            format!("({text})")
        } else {
            text
        }
    }
}

/// What a node is printed under, as `isSimpleNode` tells parents apart.
#[derive(Debug, Clone, Copy)]
enum Parent<'n> {
    /// An operator (`op` empty for a prefix operator); `left`: the node is its
    /// first argument.
    Op {
        op: &'n str,
        left: bool,
    },
    Bool(BoolKind),
    /// A cast that does not show as a function call (binary-compatible,
    /// through text, to a domain) or one that does (`::bigint`): either way
    /// an operator under it is parenthesised.
    Coercion,
    /// A function printed in SQL syntax (`AT TIME ZONE`).
    SqlSyntax,
    /// A null or boolean test, `= ANY (...)`.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BoolKind {
    And,
    Or,
    Not,
}

/// The four arithmetic precedence levels ruleutils knows: `+ -` low, `* / %` high.
fn arithmetic_priority(op: &str) -> Option<u8> {
    match op {
        "+" | "-" => Some(1),
        "*" | "/" | "%" => Some(2),
        _ => None,
    }
}

/// `isSimpleNode`: whether `node` needs no parentheses under `parent` in
/// pretty mode. Words, constants and anything printed like a function call
/// are simple; a cast is as simple as its argument unless the cast is a
/// function (`::bigint` of an integer); an operator under another is simple
/// only by arithmetic precedence (`a * b + c`, `(a - b) - c` left-nested);
/// operators and tests are simple directly under AND/OR/NOT; an AND (or
/// NOT) is simple under AND or OR, an OR under OR; `= ANY (...)` never is.
fn is_simple(node: &Node, parent: Parent) -> bool {
    match node {
        Node::Const { .. }
        | Node::Null { .. }
        | Node::Column { .. }
        | Node::Keyword { .. }
        | Node::Wrapped { .. }
        | Node::Array { .. }
        | Node::Sql { .. }
        // CASE keywords act as parentheses.
        | Node::Case { .. }
        | Node::Func { .. } => true,
        Node::Collate { .. } => false,
        // Text we did not analyse: left alone, except under a cast.
        Node::Raw(_) => !matches!(parent, Parent::Coercion),
        Node::Cast {
            arg, ty, typmod, ..
        } => {
            // A length coercion is a function; so are the casts pg_cast
            // implements with one.
            typmod.is_some() || is_function_cast(&arg.ty(), ty) || is_simple(arg, Parent::Coercion)
        }
        // timezone() in SQL syntax: a function call.
        Node::Op { op, .. } if op == "AT TIME ZONE" => true,
        Node::Op { op, .. } => match parent {
            Parent::Op {
                op: parent_op,
                left,
            } => match (arithmetic_priority(op), arithmetic_priority(parent_op)) {
                (Some(child), Some(outer)) => child > outer || (child == outer && left),
                _ => false,
            },
            Parent::Bool(_) => true,
            _ => false,
        },
        Node::Prefix { .. } | Node::NullTest { .. } | Node::BoolTest { .. } => {
            matches!(parent, Parent::Bool(_))
        }
        Node::Bool { and, .. } => match parent {
            Parent::Bool(outer) => {
                if *and {
                    outer != BoolKind::Not
                } else {
                    outer == BoolKind::Or
                }
            }
            _ => false,
        },
        Node::Not(_) => matches!(parent, Parent::Bool(BoolKind::And | BoolKind::Or)),
        Node::AnyAll { .. } => false,
    }
}

/// Whether pg_cast converts `from` to `to` with a function (a `FuncExpr`,
/// simple in pretty mode) rather than binary-compatibly or through text.
fn is_function_cast(from: &str, to: &str) -> bool {
    let integer = |t: &str| matches!(t, "smallint" | "integer" | "bigint");
    let number = |t: &str| integer(t) || matches!(t, "numeric" | "real" | "double precision");
    let stamp = |t: &str| {
        matches!(
            t,
            "timestamp with time zone" | "timestamp without time zone"
        )
    };
    let time = |t: &str| matches!(t, "time with time zone" | "time without time zone");
    let string = |t: &str| matches!(t, "text" | "character varying" | "bpchar");
    if from == to {
        return false;
    }
    match (from, to) {
        (f, t) if number(f) && number(t) => true,
        (f, "money") | ("money", f) if number(f) => true,
        ("bigint" | "integer", "bit") | ("bit", "bigint" | "integer") => true,
        ("integer", "boolean") | ("boolean", "integer") => true,
        ("\"char\"", t) | (t, "\"char\"") => string(t) || t == "integer",
        ("boolean" | "inet" | "cidr" | "name", t) => string(t) || (from == "inet" && t == "cidr"),
        ("bpchar", t) => string(t) || t == "name" || t == "xml",
        ("character varying" | "text", "name" | "regclass") => true,
        ("character varying" | "text", "xml") => true,
        ("jsonb", t) => number(t) || t == "boolean",
        ("date", t) => stamp(t),
        (f, t) if stamp(f) => stamp(t) || time(t) || t == "date",
        (f, t) if time(f) => time(t) || t == "interval",
        ("interval", t) => t == "time without time zone",
        ("macaddr", "macaddr8") | ("macaddr8", "macaddr") => true,
        (f, "oid" | "regclass" | "regtype" | "regproc" | "regconfig") => {
            f == "bigint" || f == "smallint"
        }
        ("oid", "bigint") => true,
        (f, t) => t.ends_with("multirange") && f.ends_with("range"),
    }
}

fn parse_expression(text: &str) -> Option<Expr> {
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    crate::parse::sql_parser(&dialect)
        .try_with_sql(text)
        .ok()?
        .parse_expr()
        .ok()
}

/// `looks_like_function`: an index expression printed without parentheses of
/// its own (a function call, COALESCE and kin, a value function, a function
/// in SQL syntax such as EXTRACT or AT TIME ZONE; not a cast).
fn looks_like_function(node: &Node) -> bool {
    match node {
        Node::Func { .. } | Node::Sql { .. } => true,
        Node::Keyword { text, .. } => {
            let word = text.split('(').next().unwrap_or_default();
            value_function(word, false).is_some()
        }
        Node::Wrapped { prefix, .. } => prefix.ends_with(['(', ' ']) && prefix.len() > 1,
        Node::Op { op, .. } => op == "AT TIME ZONE",
        _ => false,
    }
}

/// Whether part of the tree was kept as text we did not analyse.
fn has_raw(node: &Node) -> bool {
    match node {
        Node::Raw(_) => true,
        Node::Cast { arg, .. }
        | Node::Prefix { arg, .. }
        | Node::Wrapped { arg, .. }
        | Node::Not(arg)
        | Node::BoolTest { arg, .. }
        | Node::NullTest { arg, .. }
        | Node::Collate { arg, .. } => has_raw(arg),
        Node::Sql { pieces, .. } => pieces.iter().any(|(_, a)| has_raw(a)),
        Node::Case {
            arg,
            whens,
            default,
            ..
        } => {
            arg.as_deref().is_some_and(has_raw)
                || whens.iter().any(|(w, r)| has_raw(w) || has_raw(r))
                || has_raw(default)
        }
        Node::Op { left, right, .. } => has_raw(left) || has_raw(right),
        Node::AnyAll { left, array, .. } => has_raw(left) || has_raw(array),
        Node::Bool { args, .. } | Node::Func { args, .. } => args.iter().any(has_raw),
        Node::Array { elements, .. } => elements.iter().any(has_raw),
        _ => false,
    }
}

fn collect_columns(node: &Node, out: &mut Vec<String>) {
    match node {
        Node::Column { name, .. } if !out.contains(name) => out.push(name.clone()),
        Node::Cast { arg, .. }
        | Node::Prefix { arg, .. }
        | Node::Wrapped { arg, .. }
        | Node::Not(arg)
        | Node::BoolTest { arg, .. }
        | Node::NullTest { arg, .. }
        | Node::Collate { arg, .. } => collect_columns(arg, out),
        Node::Sql { pieces, .. } => pieces.iter().for_each(|(_, a)| collect_columns(a, out)),
        Node::Case {
            arg,
            whens,
            default,
            ..
        } => {
            if let Some(arg) = arg {
                collect_columns(arg, out);
            }
            for (w, r) in whens {
                collect_columns(w, out);
                collect_columns(r, out);
            }
            collect_columns(default, out);
        }
        Node::Op { left, right, .. } => {
            collect_columns(left, out);
            collect_columns(right, out);
        }
        Node::AnyAll { left, array, .. } => {
            collect_columns(left, out);
            collect_columns(array, out);
        }
        Node::Bool { args, .. } | Node::Func { args, .. } => {
            args.iter().for_each(|a| collect_columns(a, out))
        }
        Node::Array { elements, .. } => elements.iter().for_each(|a| collect_columns(a, out)),
        _ => {}
    }
}

fn fold(ident: &ast::Ident) -> String {
    super::stored_identifier(&ident.value, ident.quote_style.is_some())
}

/// SQL value functions: `CURRENT_TIMESTAMP` and friends, printed in upper case.
fn value_function(name: &str, quoted: bool) -> Option<Node> {
    if quoted {
        return None;
    }
    let (text, ty) = match name.to_ascii_lowercase().as_str() {
        "current_timestamp" => ("CURRENT_TIMESTAMP", "timestamp with time zone"),
        "current_date" => ("CURRENT_DATE", "date"),
        "current_time" => ("CURRENT_TIME", "time with time zone"),
        "localtimestamp" => ("LOCALTIMESTAMP", "timestamp without time zone"),
        "localtime" => ("LOCALTIME", "time without time zone"),
        "current_user" => ("CURRENT_USER", "name"),
        "session_user" => ("SESSION_USER", "name"),
        "current_role" => ("CURRENT_ROLE", "name"),
        "user" => ("CURRENT_USER", "name"),
        "current_catalog" => ("CURRENT_CATALOG", "name"),
        "current_schema" => ("CURRENT_SCHEMA", "name"),
        _ => return None,
    };
    Some(Node::Keyword {
        text: text.to_string(),
        ty: ty.to_string(),
    })
}

/// The type of a numeric literal: integer, bigint or numeric.
/// numeric_in's canonical text: exponents expanded (`1.5e10` → `15000000000`,
/// `2.5e-3` → `0.0025`), the scale kept otherwise.
pub(super) fn numeric_text(text: &str) -> String {
    let Some((mantissa, exponent)) = text.split_once(['e', 'E']) else {
        return text.to_string();
    };
    let Ok(exponent) = exponent.parse::<i64>() else {
        return text.to_string();
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{frac}");
    let point = whole.len() as i64 + exponent;
    let (int_part, frac_part) = if point <= 0 {
        (
            String::from("0"),
            format!("{}{digits}", "0".repeat((-point) as usize)),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{digits}{}", "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        (
            digits[..point as usize].to_string(),
            digits[point as usize..].to_string(),
        )
    };
    let int_part = int_part.trim_start_matches('0');
    let int_part = if int_part.is_empty() { "0" } else { int_part };
    if frac_part.is_empty() {
        int_part.to_string()
    } else {
        format!("{int_part}.{frac_part}")
    }
}

fn number_const(text: &str) -> Node {
    // The type comes from how the literal is written; the value is stored in
    // numeric's canonical form.
    let written = text;
    let text = &numeric_text(text);
    let ty = if written.contains(['.', 'e', 'E']) {
        "numeric"
    } else if text.parse::<i32>().is_ok() {
        "integer"
    } else if text.parse::<i64>().is_ok() {
        "bigint"
    } else {
        "numeric"
    };
    // ruleutils prints a numeric constant bare only when it shows a point or
    // an exponent; `1e9` comes back as '1000000000'::numeric.
    let quoted = ty == "numeric" && !text.contains(['.', 'e', 'E']);
    Node::Const {
        value: text.to_string(),
        ty: ty.to_string(),
        quoted,
    }
}

fn plain_number(text: &str) -> Option<String> {
    let t = text.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .then(|| t.to_string())
}

fn ty_for_number(target: &str) -> Ty {
    target.to_string()
}

/// A constant converted to `target` at parse time (pretty mode folds it).
fn fold_const(value: String, _from: &str, target: &str) -> Node {
    Node::Const {
        value,
        ty: target.to_string(),
        quoted: false,
    }
}

/// A type name as a cast prints it when no modifiers are given: `bit` alone
/// would mean `bit(1)`, so it is quoted.
fn cast_label(ty: &str) -> &str {
    match ty {
        "bit" => "\"bit\"",
        other => other,
    }
}

/// `get_const_expr`: how a constant of a type prints, with its `::type` label.
fn print_const(value: &str, ty: &str, quoted: bool) -> String {
    let (literal, label) = const_literal(value, ty, quoted);
    if label {
        format!("{literal}::{}", cast_label(ty))
    } else {
        literal
    }
}

/// A constant's literal as `get_const_expr` prints it, and whether it needs
/// its `::type` label to read back as the same constant.
fn const_literal(value: &str, ty: &str, quoted: bool) -> (String, bool) {
    // The constant went through the type's input and output functions.
    let special = quoted
        .then(|| super::literals::special(value, ty))
        .flatten();
    let normalised = match ty {
        _ if special.is_some() => match special {
            Some(super::literals::Special::Fixed(text)) => Some(text.to_string()),
            // The load time is not known: the word stays (with a warning).
            _ => None,
        },
        "interval" if quoted => super::literals::interval(value),
        "time without time zone" if quoted => super::literals::time(value),
        "timestamp without time zone" if quoted => super::literals::timestamp(value),
        "timestamp with time zone" if quoted => super::literals::timestamptz(value),
        "date" if quoted => super::literals::date(value),
        "jsonb" if quoted => super::literals::jsonb(value),
        "bytea" if quoted => super::literals::bytea(value),
        _ => None,
    };
    let value = normalised.as_deref().unwrap_or(value);
    let escaped = || format!("'{}'", value.replace('\'', "''"));
    match ty {
        "integer" if !quoted => {
            if value.starts_with('-') {
                (format!("'{value}'"), true)
            } else {
                (value.to_string(), false)
            }
        }
        "numeric" if !quoted => {
            if value.starts_with('-') {
                (format!("'{value}'"), true)
            } else if value.contains(['.', 'e', 'E']) {
                (value.to_string(), false)
            } else {
                (value.to_string(), true)
            }
        }
        "boolean" => (value.to_string(), false),
        "regclass" if quoted => (
            format!("'{}'", regclass_text(value).replace('\'', "''")),
            true,
        ),
        "unknown" => (escaped(), false),
        _ => (escaped(), true),
    }
}

/// How `regclass` output prints a relation name given as text: unquoted parts
/// fold to lower case, and the schema is left out when it is on the search path
/// (`public`).
fn regclass_text(value: &str) -> String {
    let mut parts = super::text_name_parts(value);
    if parts.len() == 2 && parts[0] == "public" {
        parts.remove(0);
    }
    parts
        .iter()
        .map(|p| quote_ident(p))
        .collect::<Vec<_>>()
        .join(".")
}

/// Whether `name` is one of the built-in type names the catalog stores (as
/// format_type spells them), as opposed to a user-defined enum or domain.
pub(super) fn is_builtin_type(name: &str) -> bool {
    const BUILTIN: &[&str] = &[
        "integer",
        "bigint",
        "smallint",
        "character varying",
        "character",
        "bpchar",
        "text",
        "boolean",
        "numeric",
        "real",
        "double precision",
        "date",
        "uuid",
        "json",
        "jsonb",
        "bytea",
        "inet",
        "cidr",
        "macaddr",
        "macaddr8",
        "money",
        "xml",
        "tsvector",
        "tsquery",
        "oid",
        "point",
        "line",
        "lseg",
        "box",
        "path",
        "polygon",
        "circle",
        "bit",
        "bit varying",
        "regclass",
        "regconfig",
        "regtype",
        "regproc",
        "\"char\"",
        "char",
        "name",
        "citext",
        "hstore",
        "unknown",
        "int4range",
        "int8range",
        "numrange",
        "daterange",
        "tsrange",
        "tstzrange",
        "int4multirange",
        "int8multirange",
        "nummultirange",
        "datemultirange",
        "tsmultirange",
        "tstzmultirange",
        "record",
        "anyelement",
        "void",
        "int2vector",
        "oidvector",
        "txid_snapshot",
        "pg_lsn",
        "pg_snapshot",
        "xid",
        "cid",
        "tid",
    ];
    BUILTIN.contains(&name)
        || name.starts_with("time")
        || name.starts_with("interval")
        || name.ends_with("[]")
}

/// Quote an identifier the way `quote_identifier` does.
pub fn quote_ident(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain && !is_reserved(name) {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// Keywords `quote_identifier` quotes: all but the unreserved ones (PostgreSQL
/// 15's reserved, type/function-name and column-name keywords), from the
/// server's own `pg_get_keywords()` (`keywords.rs`).
fn is_reserved(name: &str) -> bool {
    super::keywords::QUOTED_KEYWORDS
        .binary_search(&name)
        .is_ok()
}

/// `FigureColname` for an index expression: a function's name, a column's name.
pub fn figure_colname(expr: &Expr) -> String {
    match expr {
        Expr::Function(f) => f
            .name
            .0
            .last()
            .and_then(|p| p.as_ident())
            .map(fold)
            .unwrap_or_else(|| String::from("expr")),
        Expr::Identifier(ident) => fold(ident),
        Expr::CompoundIdentifier(parts) => parts.last().map(fold).unwrap_or_default(),
        Expr::Nested(inner) => figure_colname(inner),
        Expr::Cast { expr, .. } => figure_colname(expr),
        _ => String::from("expr"),
    }
}
