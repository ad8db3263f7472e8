//! What SQLAlchemy's `MetaData.reflect()` holds after reflecting the catalog, as
//! sqlacodegen sees it: SQLAlchemy types, server defaults, constraints and indexes.
//! The per-dialect mapping lives in [`super::reflect`].

/// A SQLAlchemy type, already adapted the way sqlacodegen adapts it.
///
/// One is held per reflected column until the module is printed, so it is
/// kept small: class, package and Python type are names from fixed lists
/// (`&'static str`), and what few types have (an enum's values, the
/// imports a domain's arguments need) is boxed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaType {
    /// Class name as rendered (`String`, `INTEGER`).
    pub class: &'static str,
    /// The package it is imported from (`sqlalchemy`, `sqlalchemy.dialects.mysql`).
    pub package: &'static str,
    /// Rendered constructor arguments, positional first, then `key=value`.
    pub args: Vec<String>,
    /// The Python type of its values (the `Mapped[...]` annotation).
    pub python: PyType,
    pub kind: TypeKind,
    /// The type as reflection produced it, when a dialect's mapping knows it
    /// is not what unadapting the class would give (PostgreSQL's `"char"` and
    /// `name` are reflected as the generic `String` already). Only read while
    /// reflecting: [`super::reflect::reflect`] puts it in place of the column's
    /// type under `--options keep_dialect_types` and drops it otherwise.
    pub reflected: Option<Box<SaType>>,
    /// Classes its rendered arguments name, when they name any.
    pub argument_imports: Option<Box<ArgumentImports>>,
}

/// Classes a type's rendered arguments name, as (package, class).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArgumentImports {
    /// Imported with the type (a domain's base type).
    pub imported: Vec<(&'static str, &'static str)>,
    /// Not imported by sqlacodegen (HSTORE's `Text()`, a domain's
    /// `MetaData()`): imported outside exact mode only.
    pub forgotten: Vec<(&'static str, &'static str)>,
}

impl SaType {
    pub fn new(class: &'static str, package: &'static str, python: PyType) -> Self {
        SaType {
            class,
            package,
            args: Vec::new(),
            python,
            kind: TypeKind::Plain,
            reflected: None,
            argument_imports: None,
        }
    }

    /// The same type under another class (same arguments, Python type, kind).
    pub fn as_class(&self, class: &'static str, package: &'static str) -> SaType {
        SaType {
            class,
            package,
            reflected: None,
            ..self.clone()
        }
    }

    pub fn sqlalchemy(class: &'static str, python: PyType) -> Self {
        SaType::new(class, "sqlalchemy", python)
    }

    pub fn with_args(mut self, args: Vec<String>) -> Self {
        self.args = args;
        self
    }

    pub fn with_kind(mut self, kind: TypeKind) -> Self {
        self.kind = kind;
        self
    }

    /// Classes its rendered arguments name that sqlacodegen imports.
    pub fn extra_imports(&self) -> &[(&'static str, &'static str)] {
        self.argument_imports
            .as_deref()
            .map_or(&[], |i| i.imported.as_slice())
    }

    /// Classes its rendered arguments name that sqlacodegen does not import.
    pub fn forgotten_imports(&self) -> &[(&'static str, &'static str)] {
        self.argument_imports
            .as_deref()
            .map_or(&[], |i| i.forgotten.as_slice())
    }
}

/// What sqlacodegen's type-driven rules need to know about a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeKind {
    Plain,
    /// A `String` subclass (a CHECK `IN (...)` can turn it into a synthetic enum).
    String,
    /// An `Integer` subclass (a CHECK `IN (0, 1)` can turn it into a Boolean).
    Integer,
    /// A native enum, or one sqlacodegen synthesised (boxed: most types are not).
    Enum(Box<EnumKind>),
    /// `ARRAY(item)`.
    Array {
        item: Box<SaType>,
        dimensions: Option<u32>,
    },
}

impl TypeKind {
    pub fn enumeration(values: Vec<String>, name: Option<String>, schema: Option<String>) -> Self {
        TypeKind::Enum(Box::new(EnumKind {
            values,
            name,
            schema,
        }))
    }
}

/// An enum type's values and, for a named (PostgreSQL) one, its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumKind {
    pub values: Vec<String>,
    pub name: Option<String>,
    pub schema: Option<String>,
}

/// The Python type named in a `Mapped[...]` annotation: a builtin (`int`,
/// `str`, `bytes`, `object` ...) or `module.name`, which needs `import
/// module`. One string, as a builtin's name has no dot: one is held per
/// reflected column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PyType(&'static str);

impl PyType {
    pub const fn builtin(name: &'static str) -> Self {
        PyType(name)
    }

    /// `path`: `module.name`.
    pub const fn qualified(path: &'static str) -> Self {
        PyType(path)
    }

    /// As written in an annotation.
    pub fn path(self) -> &'static str {
        self.0
    }

    /// The module a qualified type is imported from; `None` for a builtin.
    pub fn module(self) -> Option<&'static str> {
        self.0.rsplit_once('.').map(|(module, _)| module)
    }
}

/// A reflected server default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerDefault {
    /// `server_default=text(...)`.
    Text(String),
    /// Boxed, as few columns are generated.
    Computed(Box<Computed>),
    /// Boxed, as in the catalog: a column's default is rarely one.
    Identity(Box<crate::catalog::Identity>),
}

/// `Computed(expression, persisted=...)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computed {
    pub expression: String,
    pub persisted: Option<bool>,
}

impl ServerDefault {
    pub fn computed(expression: String, persisted: Option<bool>) -> Self {
        ServerDefault::Computed(Box::new(Computed {
            expression,
            persisted,
        }))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaColumn {
    pub name: String,
    pub sa_type: SaType,
    pub nullable: bool,
    pub primary_key: bool,
    /// SQLAlchemy's `autoincrement` as reflected: `Some(true)` only when the
    /// dialect reports it explicitly.
    pub autoincrement: Option<bool>,
    /// What few columns have ([`MetaColumnDetails::boxed`]), read through the
    /// methods below. Boxed: a column is held from reflection until it is
    /// printed, and inline these took 48 of its 184 bytes.
    pub details: Option<Box<MetaColumnDetails>>,
}

/// The parts of a [`MetaColumn`] that most columns lack.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetaColumnDetails {
    pub server_default: Option<ServerDefault>,
    /// A client-side `Sequence('name', schema=...)` default (PostgreSQL;
    /// boxed in turn, as it is rarer still).
    pub sequence: Option<Box<(String, Option<String>)>>,
    /// A boxed `str`: held until printed, and never grown.
    pub comment: Option<Box<str>>,
}

impl MetaColumnDetails {
    /// `None` when there is nothing to hold, so that a column without
    /// details allocates none.
    pub fn boxed(self) -> Option<Box<MetaColumnDetails>> {
        (self != MetaColumnDetails::default()).then(|| Box::new(self))
    }
}

impl MetaColumn {
    pub fn server_default(&self) -> Option<&ServerDefault> {
        self.details.as_ref()?.server_default.as_ref()
    }

    /// The sequence's name and schema.
    pub fn sequence(&self) -> Option<&(String, Option<String>)> {
        self.details.as_ref()?.sequence.as_deref()
    }

    pub fn comment(&self) -> Option<&str> {
        self.details.as_ref()?.comment.as_deref()
    }

    pub fn clear_comment(&mut self) {
        if let Some(details) = self.details.take() {
            self.details = MetaColumnDetails {
                comment: None,
                ..*details
            }
            .boxed();
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaForeignKey {
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub referred_schema: Option<String>,
    pub referred_table: String,
    pub referred_columns: Vec<String>,
    pub ondelete: Option<String>,
    pub onupdate: Option<String>,
    pub deferrable: Option<bool>,
    pub initially: Option<String>,
    pub match_kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaConstraint {
    PrimaryKey {
        name: Option<String>,
        columns: Vec<String>,
    },
    Unique {
        name: Option<String>,
        columns: Vec<String>,
    },
    /// Boxed: a foreign key is four times the size of the other constraints.
    ForeignKey(Box<MetaForeignKey>),
    Check {
        name: Option<String>,
        sqltext: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaIndex {
    pub name: String,
    /// Column names; expression elements are not reflected as columns.
    pub columns: Vec<String>,
    pub unique: bool,
    /// Dialect keyword arguments, already rendered (`postgresql_where='flag'`).
    pub kwargs: Vec<(String, String)>,
    /// Keys of `kwargs` whose value is SQL text reflection hands over as a
    /// `TextClause` (`sqlite_where`), which sqlacodegen prints bare.
    pub sql_text_kwargs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaTable {
    pub schema: Option<String>,
    pub name: String,
    pub columns: Vec<MetaColumn>,
    pub constraints: Vec<MetaConstraint>,
    pub indexes: Vec<MetaIndex>,
    pub comment: Option<String>,
    /// `--options noconstraints`: sqlacodegen clears `table.constraints`, but the
    /// primary key and foreign keys live on in `table.primary_key` and the
    /// columns, so they still shape the models; they are only not rendered.
    pub constraints_hidden: bool,
    /// Dialect keyword arguments reflection attaches to the table
    /// (`mysql_engine`, `postgresql_ignore_search_path`), with their Python
    /// values rendered; printed only under `--options include_dialect_options`.
    pub dialect_kwargs: Vec<(String, String)>,
}

impl MetaTable {
    /// SQLAlchemy's `Table.key` / `fullname`.
    pub fn key(&self) -> String {
        match &self.schema {
            Some(schema) => format!("{schema}.{}", self.name),
            None => self.name.clone(),
        }
    }

    pub fn column(&self, name: &str) -> Option<&MetaColumn> {
        self.columns.iter().find(|c| c.name == name)
    }

    pub fn primary_key(&self) -> Vec<&str> {
        self.constraints
            .iter()
            .find_map(|c| match c {
                MetaConstraint::PrimaryKey { columns, .. } => {
                    Some(columns.iter().map(String::as_str).collect())
                }
                _ => None,
            })
            .unwrap_or_default()
    }

    pub fn foreign_keys(&self) -> impl Iterator<Item = &MetaForeignKey> {
        self.constraints.iter().filter_map(|c| match c {
            MetaConstraint::ForeignKey(fk) => Some(fk.as_ref()),
            _ => None,
        })
    }
}

/// The reflected tables, keyed and ordered as `MetaData.tables`.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub tables: Vec<MetaTable>,
    /// Position of each table in `tables` by schema, then name (so that a
    /// lookup borrows both), kept by [`Self::add`].
    positions: rustc_hash::FxHashMap<Option<String>, rustc_hash::FxHashMap<String, usize>>,
}

impl Metadata {
    /// Add a table, as `MetaData` does when a table is reflected.
    pub fn add(&mut self, table: MetaTable) {
        self.positions
            .entry(table.schema.clone())
            .or_default()
            .insert(table.name.clone(), self.tables.len());
        self.tables.push(table);
    }

    /// Keep only the tables `keep` accepts (positions follow).
    pub fn retain(&mut self, keep: impl Fn(&MetaTable) -> bool) {
        let before = self.tables.len();
        self.tables.retain(|t| keep(t));
        if self.tables.len() == before {
            return;
        }
        self.positions.clear();
        for (i, t) in self.tables.iter().enumerate() {
            self.positions
                .entry(t.schema.clone())
                .or_default()
                .insert(t.name.clone(), i);
        }
    }

    fn position(&self, schema: Option<&str>, name: &str) -> Option<usize> {
        let names = match schema {
            // The default schema's tables are found without copying a key.
            None => self.positions.get(&None),
            Some(schema) => self.positions.get(&Some(schema.to_string())),
        };
        names.and_then(|names| names.get(name)).copied()
    }

    pub fn table(&self, schema: Option<&str>, name: &str) -> Option<&MetaTable> {
        self.position(schema, name).map(|i| &self.tables[i])
    }

    /// `MetaData.sorted_tables`: SQLAlchemy's layered topological sort by
    /// foreign-key dependency over the tables sorted by key. When foreign keys
    /// form a cycle, SQLAlchemy sorts again without any foreign key of a table
    /// that is on a cycle (all of them, not only the ones that close it): those
    /// tables then depend on nothing and come as early as their name allows.
    pub fn sorted_indices(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.tables.len()).collect();
        // Stable, as `sort_by`, on the key `schema.name` as SQLAlchemy makes
        // it, compared without being made.
        order.sort_by(|&a, &b| compare_keys(&self.tables[a], &self.tables[b]));
        let mut edges: Vec<(usize, usize)> = Vec::new();
        let mut seen = rustc_hash::FxHashSet::default();
        for (child, table) in self.tables.iter().enumerate() {
            for fk in table.foreign_keys() {
                if let Some(parent) =
                    self.position(fk.referred_schema.as_deref(), &fk.referred_table)
                {
                    if parent != child && seen.insert((parent, child)) {
                        edges.push((parent, child));
                    }
                }
            }
        }
        if let Ok(sorted) = layered_sort(&order, &edges) {
            return sorted;
        }
        let on_cycles = nodes_on_cycles(&edges);
        edges.retain(|(_, child)| !on_cycles.contains(child));
        loop {
            match layered_sort(&order, &edges) {
                Ok(sorted) => return sorted,
                // Not reached: a table left with no dependencies closes no cycle.
                Err(stuck) => {
                    edges.retain(|(p, c)| !(stuck.contains(p) && stuck.contains(c)));
                }
            }
        }
    }
}

/// Two tables compared by their keys, the strings `schema.name` (or
/// `name`) they stand for, without making those strings.
pub fn compare_keys(a: &MetaTable, b: &MetaTable) -> std::cmp::Ordering {
    fn bytes(table: &MetaTable) -> impl Iterator<Item = u8> + '_ {
        table
            .schema
            .iter()
            .flat_map(|schema| schema.bytes().chain(std::iter::once(b'.')))
            .chain(table.name.bytes())
    }
    match (&a.schema, &b.schema) {
        (None, None) => a.name.cmp(&b.name),
        _ => bytes(a).cmp(bytes(b)),
    }
}

/// The nodes that lie on a dependency cycle: what SQLAlchemy's `find_cycles`
/// returns (a node is on one when it can reach itself). Those are the nodes
/// of the strongly connected components with more than one node, or with an
/// edge to itself, found in one walk over the edges (Tarjan's). A search
/// from every node instead made one cycle anywhere in a 20,000-table schema
/// cost 1.4 s.
fn nodes_on_cycles(edges: &[(usize, usize)]) -> std::collections::HashSet<usize> {
    let size = edges.iter().map(|&(p, c)| p.max(c) + 1).max().unwrap_or(0);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); size];
    for &(parent, child) in edges {
        children[parent].push(child);
    }
    const UNSEEN: usize = usize::MAX;
    // Per node: when the walk reached it, and the earliest node on the stack
    // it reaches back to.
    let mut reached = vec![UNSEEN; size];
    let mut back_to = vec![0usize; size];
    let mut on_stack = vec![false; size];
    let mut stack: Vec<usize> = Vec::new();
    let mut time = 0usize;
    let mut on_cycles = std::collections::HashSet::new();
    // The walk's own stack (no recursion: a chain may be as long as the
    // schema): each node with the next of its children to follow.
    let mut walk: Vec<(usize, usize)> = Vec::new();
    for root in 0..size {
        if reached[root] != UNSEEN {
            continue;
        }
        walk.push((root, 0));
        reached[root] = time;
        back_to[root] = time;
        time += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&(node, next)) = walk.last() {
            if let Some(&child) = children[node].get(next) {
                if let Some(top) = walk.last_mut() {
                    top.1 += 1;
                }
                if reached[child] == UNSEEN {
                    reached[child] = time;
                    back_to[child] = time;
                    time += 1;
                    stack.push(child);
                    on_stack[child] = true;
                    walk.push((child, 0));
                } else if on_stack[child] {
                    back_to[node] = back_to[node].min(reached[child]);
                }
                continue;
            }
            walk.pop();
            if let Some(&(parent, _)) = walk.last() {
                back_to[parent] = back_to[parent].min(back_to[node]);
            }
            if back_to[node] != reached[node] {
                continue;
            }
            // `node` heads a component: the nodes above it on the stack.
            let first = stack.iter().rposition(|&n| n == node).unwrap_or(0);
            let component = stack.split_off(first);
            for &n in &component {
                on_stack[n] = false;
            }
            if component.len() > 1 || children[node].contains(&node) {
                on_cycles.extend(component);
            }
        }
    }
    on_cycles
}

/// One pass of SQLAlchemy's `sort_as_subsets`: repeatedly take, in order, every
/// node whose parents are all taken. `Err` holds the nodes left in a cycle.
///
/// Each node's pass is one more than its latest parent's, so the passes are
/// found in one walk over the edges (Kahn's order) rather than one scan of
/// the rest per pass, which a 10,000-table foreign key chain made quadratic.
fn layered_sort(order: &[usize], edges: &[(usize, usize)]) -> Result<Vec<usize>, Vec<usize>> {
    let size = order.iter().max().map_or(0, |m| m + 1);
    let mut listed = vec![false; size];
    for n in order {
        listed[*n] = true;
    }
    // Only parents among the nodes sorted hold a node back.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); size];
    let mut waiting = vec![0usize; size];
    for &(parent, child) in edges {
        if parent < size && child < size && listed[parent] && listed[child] {
            children[parent].push(child);
            waiting[child] += 1;
        }
    }
    let mut pass = vec![usize::MAX; size];
    let mut earliest = vec![0usize; size];
    let mut ready: std::collections::VecDeque<usize> =
        order.iter().copied().filter(|n| waiting[*n] == 0).collect();
    while let Some(node) = ready.pop_front() {
        pass[node] = earliest[node];
        for &child in &children[node] {
            earliest[child] = earliest[child].max(pass[node] + 1);
            waiting[child] -= 1;
            if waiting[child] == 0 {
                ready.push_back(child);
            }
        }
    }
    let left: Vec<usize> = order
        .iter()
        .copied()
        .filter(|n| pass[*n] == usize::MAX)
        .collect();
    if !left.is_empty() {
        return Err(left);
    }
    let mut out = order.to_vec();
    // Stable: within a pass, the nodes keep their order.
    out.sort_by_key(|n| pass[*n]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{compare_keys, layered_sort, nodes_on_cycles, MetaTable};

    #[test]
    fn tables_compare_as_their_keys_would() {
        let keys = [
            (None, "a"),
            (None, "a.b"),
            (Some("a"), "b"),
            (Some("a"), ""),
            (None, "a-"),
            (Some("a"), "a"),
            (Some("ab"), "c"),
            (None, "ab"),
            (Some("é"), "x"),
            (None, "z"),
            (None, "Z"),
            (Some("a.b"), "c"),
            (None, "é"),
        ];
        let tables: Vec<MetaTable> = keys
            .iter()
            .map(|(schema, name)| MetaTable {
                schema: schema.map(str::to_string),
                name: name.to_string(),
                columns: Vec::new(),
                constraints: Vec::new(),
                indexes: Vec::new(),
                comment: None,
                constraints_hidden: false,
                dialect_kwargs: Vec::new(),
            })
            .collect();
        for a in &tables {
            for b in &tables {
                assert_eq!(
                    compare_keys(a, b),
                    a.key().cmp(&b.key()),
                    "{} against {}",
                    a.key(),
                    b.key()
                );
            }
        }
    }

    /// What `find_cycles` means, searched the slow way: the nodes that can
    /// reach themselves.
    fn reaching_themselves(edges: &[(usize, usize)]) -> std::collections::HashSet<usize> {
        let nodes: std::collections::BTreeSet<usize> =
            edges.iter().flat_map(|&(p, c)| [p, c]).collect();
        nodes
            .into_iter()
            .filter(|&start| {
                let mut seen = std::collections::HashSet::new();
                let mut stack = vec![start];
                while let Some(node) = stack.pop() {
                    for &(p, c) in edges {
                        if p == node {
                            if c == start {
                                return true;
                            }
                            if seen.insert(c) {
                                stack.push(c);
                            }
                        }
                    }
                }
                false
            })
            .collect()
    }

    #[test]
    fn the_nodes_on_cycles_are_those_that_reach_themselves() {
        let graphs: [&[(usize, usize)]; 6] = [
            &[],
            &[(0, 1), (1, 2), (2, 3)],
            &[(0, 1), (1, 0), (1, 2), (3, 3)],
            // Two cycles joined by an edge, with a tail hanging from each.
            &[
                (0, 1),
                (1, 2),
                (2, 0),
                (2, 3),
                (3, 4),
                (4, 3),
                (4, 5),
                (6, 0),
            ],
            // One cycle through a long way round, and a shortcut beside it.
            &[(5, 4), (4, 3), (3, 2), (2, 1), (1, 5), (5, 1), (0, 5)],
            &[(7, 7), (7, 8), (8, 9), (9, 8), (1, 0)],
        ];
        for edges in graphs {
            assert_eq!(
                nodes_on_cycles(edges),
                reaching_themselves(edges),
                "{edges:?}"
            );
        }
        // A 100,000-deep chain closed at its end: every node is on the cycle.
        let mut ring: Vec<(usize, usize)> = (1..100_000).map(|i| (i - 1, i)).collect();
        ring.push((99_999, 0));
        assert_eq!(nodes_on_cycles(&ring).len(), 100_000);
    }

    #[test]
    fn passes_take_every_node_whose_parents_are_taken() {
        // 3 -> 1 -> 0, 2 free, 4 -> 1 twice: passes [2, 3, 4], [1], [0].
        let edges = [(3, 1), (1, 0), (4, 1), (4, 1)];
        assert_eq!(
            layered_sort(&[0, 1, 2, 3, 4], &edges),
            Ok(vec![2, 3, 4, 1, 0])
        );
        // Parents outside the sorted nodes do not hold a node back.
        assert_eq!(layered_sort(&[0, 1], &[(7, 0), (0, 1)]), Ok(vec![0, 1]));
        // A cycle (and what hangs from it) is left, in order.
        let cyclic = [(0, 1), (1, 0), (1, 2), (3, 3)];
        assert_eq!(
            layered_sort(&[0, 1, 2, 3, 4], &cyclic),
            Err(vec![0, 1, 2, 3])
        );
        // A 10,000-deep chain, deepest first in the input order.
        let order: Vec<usize> = (0..10_000).rev().collect();
        let chain: Vec<(usize, usize)> = (1..10_000).map(|i| (i - 1, i)).collect();
        assert_eq!(layered_sort(&order, &chain), Ok((0..10_000).collect()));
    }
}
