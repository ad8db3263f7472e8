//! XML, YAML and JSON changelogs read into their entries, in document order:
//! includes and change sets (other entries, `preConditions`, `property`...,
//! load nothing). XML with roxmltree (the top-level elements; a change set's
//! `comment`, `preConditions`, `rollback` and `validCheckSum` children left
//! out; a `sql` change's text without its `<comment>`), JSON with serde_json,
//! YAML with yaml-rust2's event parser, every scalar kept as written (the
//! oracle reads them as strings: `id: 001` is `001`).

use std::path::Path;

/// A value of a changelog, as the oracle's Python sees it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Value {
    Null,
    Bool(bool),
    /// A JSON number, as serde_json prints it.
    Number(String),
    Str(String),
    List(Vec<Value>),
    /// Keys in document order; a key given twice: the last one counts.
    Map(Vec<(String, Value)>),
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The one key of a map with one entry (`{"sql": {...}}`).
    pub fn single_entry(&self) -> Option<(&str, &Value)> {
        match self {
            Value::Map(entries) if entries.len() == 1 => {
                Some((entries[0].0.as_str(), &entries[0].1))
            }
            _ => None,
        }
    }

    /// Python's truth of the value.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => n.parse::<f64>() != Ok(0.0),
            Value::Str(s) => !s.is_empty(),
            Value::List(items) => !items.is_empty(),
            Value::Map(entries) => !entries.is_empty(),
        }
    }

    /// Python's `str()` of the value.
    pub fn py_str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            other => other.repr(),
        }
    }

    /// Whether `str(value).lower() == "true"`.
    pub fn is_true(&self) -> bool {
        self.py_str().to_lowercase() == "true"
    }

    /// Python's `repr()` of the value.
    fn repr(&self) -> String {
        match self {
            Value::Null => String::from("None"),
            Value::Bool(true) => String::from("True"),
            Value::Bool(false) => String::from("False"),
            Value::Number(n) => n.clone(),
            Value::Str(s) => {
                let quote = if s.contains('\'') && !s.contains('"') {
                    '"'
                } else {
                    '\''
                };
                let mut out = String::from(quote);
                for c in s.chars() {
                    match c {
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        '\r' => out.push_str("\\r"),
                        '\t' => out.push_str("\\t"),
                        c if c == quote => {
                            out.push('\\');
                            out.push(c);
                        }
                        c => out.push(c),
                    }
                }
                out.push(quote);
                out
            }
            Value::List(items) => {
                let items: Vec<String> = items.iter().map(Value::repr).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Map(entries) => {
                let entries: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{}: {}", Value::Str(k.clone()).repr(), v.repr()))
                    .collect();
                format!("{{{}}}", entries.join(", "))
            }
        }
    }

    /// The value in a message, shortened.
    pub fn shown(&self) -> String {
        let text = self.repr();
        match text.char_indices().nth(60) {
            Some((at, _)) => format!("{}...", &text[..at]),
            None => text,
        }
    }
}

/// One entry of a changelog.
#[derive(Debug)]
pub(super) enum Entry {
    /// `include file=` (`all`: `includeAll path=`).
    Include {
        all: bool,
        reference: Option<String>,
        relative: bool,
    },
    /// A change set: its attributes and `changes`, a list of
    /// `{change type: attributes}`.
    ChangeSet(Value),
}

/// The entries of the changelog at `path` (by its extension).
pub(super) fn entries(path: &Path, text: &str) -> Result<Vec<Entry>, String> {
    let cannot = |why: String| format!("liquibase: cannot parse {}: {why}", path.display());
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let items = match extension.as_str() {
        "xml" => xml_items(text).map_err(cannot)?,
        _ => {
            let document = match extension.as_str() {
                "json" => json(text).map_err(cannot)?,
                _ => yaml(text).map_err(cannot)?,
            };
            match document.get("databaseChangeLog") {
                Some(Value::List(items)) => items.clone(),
                _ => return Err(cannot(String::from("no databaseChangeLog list"))),
            }
        }
    };
    let mut entries = Vec::new();
    for item in items {
        let Some((kind, body)) = item.single_entry() else {
            return Err(format!(
                "liquibase: {}: unexpected databaseChangeLog entry {}",
                path.display(),
                item.shown()
            ));
        };
        let body = match body {
            Value::Map(_) => body.clone(),
            _ => Value::Map(Vec::new()),
        };
        match kind {
            "include" | "includeAll" => {
                let all = kind == "includeAll";
                let reference = body
                    .get(if all { "path" } else { "file" })
                    .filter(|r| !matches!(r, Value::Null))
                    .map(Value::py_str);
                let relative = body
                    .get("relativeToChangelogFile")
                    .is_some_and(Value::is_true);
                entries.push(Entry::Include {
                    all,
                    reference,
                    relative,
                });
            }
            "changeSet" => entries.push(Entry::ChangeSet(body)),
            _ => {}
        }
    }
    Ok(entries)
}

/// The top-level elements of an XML changelog as `{tag: attributes}`; a
/// change set's with its `changes`.
fn xml_items(text: &str) -> Result<Vec<Value>, String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let document =
        roxmltree::Document::parse_with_options(text, options).map_err(|e| e.to_string())?;
    let attributes = |node: roxmltree::Node| -> Vec<(String, Value)> {
        node.attributes()
            .filter(|a| a.namespace().is_none())
            .map(|a| (a.name().to_string(), Value::Str(a.value().to_string())))
            .collect()
    };
    let mut items = Vec::new();
    for element in document
        .root_element()
        .children()
        .filter(|n| n.is_element())
    {
        let tag = element.tag_name().name();
        let mut body = attributes(element);
        if tag == "changeSet" {
            let mut changes = Vec::new();
            for change in element.children().filter(|n| n.is_element()) {
                let kind = change.tag_name().name();
                if ["comment", "preConditions", "rollback", "validCheckSum"].contains(&kind) {
                    continue;
                }
                let mut change_attributes = attributes(change);
                if kind == "sql" {
                    let sql: String = change
                        .children()
                        .filter(|n| n.is_text())
                        .filter_map(|n| n.text())
                        .collect();
                    change_attributes.push((String::from("sql"), Value::Str(sql)));
                }
                changes.push(Value::Map(vec![(
                    kind.to_string(),
                    Value::Map(change_attributes),
                )]));
            }
            body.push((String::from("changes"), Value::List(changes)));
        }
        items.push(Value::Map(vec![(tag.to_string(), Value::Map(body))]));
    }
    Ok(items)
}

fn json(text: &str) -> Result<Value, String> {
    fn convert(value: serde_json::Value) -> Value {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(n.to_string()),
            serde_json::Value::String(s) => Value::Str(s),
            serde_json::Value::Array(items) => {
                Value::List(items.into_iter().map(convert).collect())
            }
            serde_json::Value::Object(entries) => {
                Value::Map(entries.into_iter().map(|(k, v)| (k, convert(v))).collect())
            }
        }
    }
    serde_json::from_str(text)
        .map(convert)
        .map_err(|e| e.to_string())
}

/// How deep YAML collections may nest (a changelog needs five levels).
const MAX_YAML_DEPTH: usize = 1000;

/// The first YAML document, scalars as written (an empty one is null).
/// Aliases are refused, as the oracle refuses them (and as nested ones
/// could stand for more than memory holds).
fn yaml(text: &str) -> Result<Value, String> {
    use yaml_rust2::parser::{Event, Parser};
    use yaml_rust2::scanner::{Marker, TScalarStyle};

    enum Open {
        List(Vec<Value>),
        Map(Vec<(String, Value)>, Option<String>),
    }
    #[derive(Default)]
    struct Builder {
        stack: Vec<Open>,
        document: Option<Value>,
        done: bool,
        refused: Option<String>,
    }
    impl Builder {
        fn add(&mut self, value: Value) {
            match self.stack.last_mut() {
                Some(Open::List(items)) => items.push(value),
                Some(Open::Map(entries, key)) => match key.take() {
                    Some(key) => entries.push((key, value)),
                    None => *key = Some(value.py_str()),
                },
                None => {
                    if !self.done {
                        self.document = Some(value);
                        self.done = true;
                    }
                }
            }
        }
    }
    impl Builder {
        fn on_event(&mut self, event: Event, mark: Marker) {
            let line = mark.line();
            match event {
                Event::Scalar(text, style, _, _) => {
                    let value = match style {
                        TScalarStyle::Plain if text == "~" || text.is_empty() => Value::Null,
                        _ => Value::Str(text),
                    };
                    self.add(value);
                }
                Event::Alias(_) => {
                    self.refused = Some(format!("line {line}: aliases (*name) are not read"));
                }
                Event::SequenceStart(..) | Event::MappingStart(..)
                    if self.stack.len() >= MAX_YAML_DEPTH =>
                {
                    self.refused = Some(format!(
                        "line {line}: collections nested more than {MAX_YAML_DEPTH} deep"
                    ));
                }
                Event::SequenceStart(..) => self.stack.push(Open::List(Vec::new())),
                Event::MappingStart(..) => self.stack.push(Open::Map(Vec::new(), None)),
                Event::SequenceEnd | Event::MappingEnd => match self.stack.pop() {
                    Some(Open::List(items)) => self.add(Value::List(items)),
                    Some(Open::Map(entries, _)) => self.add(Value::Map(entries)),
                    None => {}
                },
                _ => {}
            }
        }
    }
    // Event by event (the parser's own loader recurses once per level).
    let mut builder = Builder::default();
    let mut parser = Parser::new_from_str(text.trim_start_matches('\u{feff}'));
    loop {
        let (event, mark) = parser.next_token().map_err(|e| e.to_string())?;
        if matches!(event, Event::StreamEnd | Event::DocumentEnd) {
            break;
        }
        builder.on_event(event, mark);
        if let Some(refused) = builder.refused.take() {
            return Err(refused);
        }
        if builder.done {
            break;
        }
    }
    Ok(builder.document.unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(entries: &[Entry]) -> Vec<String> {
        entries
            .iter()
            .map(|e| match e {
                Entry::Include {
                    all,
                    reference,
                    relative,
                } => format!(
                    "{}:{}:{relative}",
                    if *all { "all" } else { "file" },
                    reference.clone().unwrap_or_default()
                ),
                Entry::ChangeSet(cs) => format!("cs:{}", cs.get("id").unwrap().py_str()),
            })
            .collect()
    }

    #[test]
    fn the_three_formats_give_the_same_entries() {
        let xml = r#"<?xml version="1.0"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <!-- <include file="commented.sql"/> -->
  <property name="x" value="y"/>
  <include file="a.sql" relativeToChangelogFile="TRUE"/>
  <includeAll path="more/"/>
  <changeSet id="007" author="me">
    <comment>not a change</comment>
    <sql>SELECT 1;<comment>no</comment> SELECT 2;</sql>
    <rollback>DROP TABLE x;</rollback>
  </changeSet>
</databaseChangeLog>"#;
        let yaml_text = "databaseChangeLog:\n  # a comment\n  - property: {name: x}\n  \
                         - include:\n      file: a.sql\n      relativeToChangelogFile: True\n  \
                         - includeAll: {path: more/}\n  - changeSet:\n      id: 007\n      \
                         author: me\n      changes:\n        - sql: |\n            SELECT 1;\n";
        let json_text = r#"{"databaseChangeLog": [{"include": {"file": "a.sql",
            "relativeToChangelogFile": true}}, {"includeAll": {"path": "more/"}},
            {"changeSet": {"id": "007", "author": "me", "changes": [{"sql": "SELECT 1;"}]}}]}"#;
        let want = vec!["file:a.sql:true", "all:more/:false", "cs:007"];
        for (name, text) in [("c.xml", xml), ("c.yaml", yaml_text), ("c.json", json_text)] {
            let entries = entries(Path::new(name), text).unwrap();
            assert_eq!(kinds(&entries), want, "{name}");
        }
        let entries = entries(Path::new("c.xml"), xml).unwrap();
        let Entry::ChangeSet(cs) = &entries[2] else {
            panic!("a change set")
        };
        let Some(Value::List(changes)) = cs.get("changes") else {
            panic!("changes")
        };
        assert_eq!(changes.len(), 1, "comment and rollback are not changes");
        let (kind, attributes) = changes[0].single_entry().unwrap();
        assert_eq!(kind, "sql");
        assert_eq!(
            attributes.get("sql").unwrap().py_str(),
            "SELECT 1; SELECT 2;"
        );
    }

    #[test]
    fn values_as_python_sees_them() {
        assert_eq!(Value::Bool(true).py_str(), "True");
        assert!(Value::Bool(true).is_true() && Value::Str("TRUE".into()).is_true());
        assert!(!Value::Number("0".into()).truthy() && Value::Number("2".into()).truthy());
        let list = Value::List(vec![
            Value::Str("postgresql".into()),
            Value::Str("h2".into()),
        ]);
        assert_eq!(list.py_str(), "['postgresql', 'h2']");
        assert!(!Value::List(Vec::new()).truthy());
    }

    #[test]
    fn bad_documents_are_reported() {
        let message = entries(
            Path::new("c.yaml"),
            "databaseChangeLog:\n  - &a {include: {file: a.sql}}\n  - *a\n",
        )
        .unwrap_err();
        assert!(message.contains("line 3: aliases"), "{message}");
        let deep: String = (0..MAX_YAML_DEPTH + 1)
            .map(|n| format!("{}k{n}:\n", " ".repeat(n)))
            .collect();
        let message = entries(Path::new("c.yaml"), &deep).unwrap_err();
        assert!(message.contains("nested more than"), "{message}");
        let message = entries(Path::new("c.yaml"), "databaseChangeLog: {}\n").unwrap_err();
        assert!(message.contains("no databaseChangeLog list"), "{message}");
        let message = entries(Path::new("c.json"), "{").unwrap_err();
        assert!(message.contains("cannot parse c.json"), "{message}");
        let message = entries(
            Path::new("c.yaml"),
            "databaseChangeLog:\n  - a: 1\n    b: 2\n",
        )
        .unwrap_err();
        assert!(
            message.contains("unexpected databaseChangeLog entry"),
            "{message}"
        );
        assert!(entries(Path::new("c.xml"), "<a><b></a>").is_err());
    }
}
