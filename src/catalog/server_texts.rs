//! Expressions a live server printed, taken as they are. A replayed script
//! fills the catalog's structure, but PostgreSQL prints a parsed expression,
//! and parsing that print again may give another tree (`ARRAY['a'::varchar]
//! ::text[]` comes back with the cast pushed into each element), so the
//! texts reflection reads are the server's, not worked out again.

use super::{Catalog, CheckConstraint, IndexElement, QualifiedName};
use crate::input::live::{ServerText, ServerTextKind};

/// Put each text in place; one whose object the script did not make is
/// left out (the replay warned about that object already).
pub fn adopt(
    catalog: &mut Catalog,
    schema_of: impl Fn(&str) -> Option<String>,
    texts: &[ServerText],
) {
    for reported in texts {
        let name = QualifiedName::new(schema_of(&reported.schema), reported.relation.clone());
        let text = reported.text.clone();
        if let ServerTextKind::DomainDefault | ServerTextKind::DomainCheck { .. } = &reported.kind {
            let Some(domain) = catalog.domains.get_mut(&name) else {
                continue;
            };
            match &reported.kind {
                ServerTextKind::DomainDefault => domain.default = Some(text),
                ServerTextKind::DomainCheck { constraint } => {
                    set_check(&mut domain.checks, constraint, text)
                }
                _ => {}
            }
            continue;
        }
        let Some(table) = catalog.tables.get_mut(&name) else {
            continue;
        };
        match &reported.kind {
            ServerTextKind::ColumnDefault { column } => {
                if let Some(column) = table.column_mut(column) {
                    if column.default.is_some() {
                        column.default = Some(text);
                    }
                }
            }
            ServerTextKind::Generated { column } => {
                if let Some(generated) = table.column_mut(column).and_then(|c| c.generated_mut()) {
                    generated.expression = text;
                }
            }
            ServerTextKind::Check { constraint } => set_check(&mut table.checks, constraint, text),
            ServerTextKind::IndexExpression { index, position } => {
                let Some(index) = table.indexes.iter_mut().find(|i| &i.name == index) else {
                    continue;
                };
                let Some(element) = index
                    .elements
                    .iter_mut()
                    .filter(|e| matches!(e, IndexElement::Expression(_)))
                    .nth(*position)
                else {
                    continue;
                };
                let IndexElement::Expression(old) = element else {
                    continue;
                };
                // Operator classes are listed by the element's text.
                for (key, _) in &mut index.operator_classes {
                    if key == old {
                        *key = text.clone();
                    }
                }
                *element = IndexElement::Expression(text);
            }
            ServerTextKind::IndexPredicate { index } => {
                if let Some(index) = table.indexes.iter_mut().find(|i| &i.name == index) {
                    index.predicate = Some(text);
                }
            }
            ServerTextKind::DomainDefault | ServerTextKind::DomainCheck { .. } => {}
        }
    }
}

fn set_check(checks: &mut [CheckConstraint], name: &str, text: String) {
    if let Some(check) = checks.iter_mut().find(|c| c.name.as_deref() == Some(name)) {
        check.expression = text;
    }
}
