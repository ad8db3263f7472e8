//! Every name that reaches Python source: sqlacodegen 4.0.4's rules for class,
//! table, attribute and enum member names (`find_free_name`, the enum member
//! rule of `render_enum_classes`), and what our default output adds so that
//! the module binds each name it means to (`--sqlacodegen-exact` keeps
//! sqlacodegen's bytes):
//!
//! * a name must be an identifier as Python's parser reads it (XID_Start /
//!   XID_Continue, [`pychar`]): where sqlacodegen's `\W` → `_` leaves one that
//!   is not (`area_m²`, `_①`), the name is made from its NFKC form (`area_m2`,
//!   `_1`) with what is still no identifier character replaced by `_`;
//! * names are compared as Python binds them, in NFKC (`ﬁle` and `file`, a
//!   fullwidth `Ｆｉｌｅ` and `File`, the Kelvin sign and `K`), so that two
//!   attributes or classes never bind the same name;
//! * in a class body, a name declarative mapping skips (`__tablename__`,
//!   `__debug__`, `__deleted`, which Python also mangles, `_sa_registry`:
//!   every name starting with `__` or `_sa_`) loses its leading underscores,
//!   and `registry`, which declarative warns must be left to it, gets a `_`
//!   as sqlacodegen gives `metadata` one;
//! * a name Python mangles where a class body reads it (two leading
//!   underscores): a module-level class (model or enum) keeps one leading
//!   underscore, and an association table's column `__x` in a relationship's
//!   lambda is read as `.c['__x']`;
//! * a name the module binds must not hide a name that code evaluated later
//!   reads: an attribute named `datetime`, `uuid`, `Optional` or `str` read by
//!   its own annotation or a later line of the class ([`Shadowing`]), a class
//!   named `Base` or `Optional` read by a later class, an enum class named
//!   like an import or like a table class read after it. Such a name gets
//!   sqlacodegen's `_` suffix, and only where the clash is.
//! * enum members: sqlacodegen's rule, then an identifier as above, not a
//!   `_sunder_`, dunder or private name `enum` treats specially, and unique.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::pychar;
use super::pyrepr::{is_identifier, is_keyword, is_word_char};

/// Names already taken in a scope, compared as Python binds them (NFKC) in
/// the default output and as written under `--sqlacodegen-exact`.
#[derive(Debug, Clone, Default)]
pub struct Taken {
    exact: bool,
    /// Only looked up, never listed: hashed.
    keys: HashSet<String>,
}

impl Taken {
    pub fn new(exact: bool) -> Self {
        Taken {
            exact,
            keys: HashSet::default(),
        }
    }

    /// The name as compared: borrowed unless NFKC changes it.
    fn key<'n>(&self, name: &'n str) -> Cow<'n, str> {
        if self.exact {
            Cow::Borrowed(name)
        } else {
            pychar::nfkc(name)
        }
    }

    /// Room for `names` names without growing.
    pub fn with_capacity(exact: bool, names: usize) -> Self {
        Taken {
            exact,
            keys: HashSet::with_capacity_and_hasher(names, Default::default()),
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.keys.contains(self.key(name).as_ref())
    }

    pub fn insert(&mut self, name: &str) {
        let key = self.key(name);
        if !self.keys.contains(key.as_ref()) {
            self.keys.insert(key.into_owned());
        }
    }

    pub fn extend<'a>(&mut self, names: impl IntoIterator<Item = &'a String>) {
        for name in names {
            self.insert(name);
        }
    }
}

/// Where a name is bound: at module level (classes, `t_` tables, enum
/// classes) or in a class body (attributes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Module,
    Class,
}

/// sqlacodegen's cleaning in `find_free_name`: blanks trimmed, non-word
/// characters to `_`, a `_` before a leading digit, after a keyword or
/// `metadata`.
fn sqlacodegen_clean(name: &str) -> String {
    // A name of blanks only leaves nothing (sqlacodegen fails an assertion on
    // it); it becomes `_`.
    let name = match name.trim() {
        "" => "_",
        trimmed => trimmed,
    };
    let mut cleaned = String::with_capacity(name.len() + 1);
    if name.is_ascii() {
        // Byte by byte: an ASCII word character is alphanumeric or `_`.
        cleaned.extend(name.bytes().map(|b| {
            if b.is_ascii_alphanumeric() || b == b'_' {
                char::from(b)
            } else {
                '_'
            }
        }));
    } else {
        cleaned.extend(name.chars().map(|c| if is_word_char(c) { c } else { '_' }));
    }
    let mut name = cleaned;
    if name.starts_with(pychar::is_digit) {
        name.insert(0, '_');
    } else if is_keyword(&name) || name == "metadata" {
        name.push('_');
    }
    name
}

/// A name sqlacodegen's rules left invalid made an identifier: NFKC, what is
/// still no identifier character to `_`, a `_` before a character that cannot
/// start one, after a keyword.
pub fn repair_identifier(name: &str) -> String {
    if is_identifier(name) {
        return name.to_string();
    }
    repair_invalid_identifier(name)
}

/// [`repair_identifier`] of an owned name, given back as it is when it is
/// an identifier already.
fn repair_identifier_owned(name: String) -> String {
    if is_identifier(&name) {
        return name;
    }
    repair_invalid_identifier(&name)
}

fn repair_invalid_identifier(name: &str) -> String {
    let normal = pychar::nfkc(name);
    let mut valid: String = normal
        .chars()
        .map(|c| if pychar::is_id_continue(c) { c } else { '_' })
        .collect();
    if !valid.starts_with(pychar::is_id_start) {
        valid.insert(0, '_');
    }
    if is_keyword(&valid) {
        valid.push('_');
    }
    valid
}

/// A module-level name (a model or enum class) as the default output writes
/// it: Python mangles a name starting with two underscores wherever a class
/// body reads it (`Mapped[__E]`, `Enum(__E, ...)`, `lambda: __Model.id`
/// become `_Cls__E`, which nothing binds), so a leading run of underscores
/// becomes one.
pub fn unmangled_module_name(name: &str) -> String {
    if name.starts_with("__") {
        format!("_{}", name.trim_start_matches('_'))
    } else {
        name.to_string()
    }
}

/// Whether declarative mapping skips an attribute of this name (its
/// `^(?:_sa_|__)` pattern), or Python mangles or refuses it in a class body.
fn skipped_by_declarative(name: &str) -> bool {
    let bound = pychar::nfkc(name);
    bound.starts_with("__") || bound.starts_with("_sa_")
}

/// Attribute names declarative mapping wants left to itself (it warns: "should
/// be left reserved"); sqlacodegen already moves `metadata` aside.
fn reserved_by_declarative(name: &str) -> bool {
    pychar::nfkc(name) == "registry"
}

/// sqlacodegen's `find_free_name`, plus the default output's rules (see the
/// module documentation) unless `exact`.
/// A name that does not start with an underscore, for a SQLModel field
/// (outside exact mode): `_private` → `private_`, `_1` → `field_1`, `_` →
/// `field_`, `_١٢` → `field_١٢`. The column keeps its name
/// (`Column('_private', ...)`).
pub fn public_field_name(name: &str) -> String {
    let rest = name.trim_start_matches('_');
    // A digit (`١٢` too) or anything else that cannot start a name would get
    // its `_` back.
    let starts_name = |c: char| {
        !pychar::is_digit(c)
            && pychar::is_id_start(pychar::nfkc(&c.to_string()).chars().next().unwrap_or(c))
    };
    match rest.chars().next() {
        Some(first) if starts_name(first) => {
            format!("{rest}{}", &name[..name.len() - rest.len()])
        }
        _ => format!("field{name}"),
    }
}

pub fn find_free_name(
    name: &str,
    global: &Taken,
    local: &Taken,
    scope: Scope,
    exact: bool,
) -> String {
    let mut name = sqlacodegen_clean(name);
    if !exact {
        name = repair_identifier_owned(name);
        if scope == Scope::Class && skipped_by_declarative(&name) {
            let stripped = pychar::nfkc(&name).trim_start_matches('_').to_string();
            let stripped = if stripped.is_empty() { "_" } else { &stripped };
            name = repair_identifier(&sqlacodegen_clean(stripped));
        }
        if scope == Scope::Class && reserved_by_declarative(&name) {
            name.push('_');
        }
        if scope == Scope::Module {
            name = unmangled_module_name(&name);
        }
    }
    // A `_` added to `_` would make a name declarative skips: the default
    // output goes on to the numbered names.
    let skipped = |name: &str| !exact && scope == Scope::Class && skipped_by_declarative(name);
    let free = |name: &str| !global.contains(name) && !local.contains(name) && !skipped(name);
    if free(&name) {
        return name;
    }
    let original = name;
    let mut i = 0;
    loop {
        let name = if i == 0 {
            format!("{original}_")
        } else {
            format!("{original}{i}")
        };
        if free(&name) {
            return name;
        }
        i += 1;
    }
}

/// The attribute name as Python binds it: the key `back_populates` and
/// `getattr` need.
pub fn bound_name(name: &str, exact: bool) -> Cow<'_, str> {
    if exact {
        Cow::Borrowed(name)
    } else {
        pychar::nfkc(name)
    }
}

/// Whether `mapped_column` must be given the column's name: sqlacodegen gives
/// it when the attribute is named otherwise; the default output also when
/// Python binds the attribute under another name (`ﬁle` binds `file`).
pub fn column_name_needed(attribute: &str, column: &str, exact: bool) -> bool {
    if exact {
        attribute != column
    } else {
        pychar::nfkc(attribute) != column
    }
}

/// Whether a column can be written as `.c.<name>`: an identifier that Python
/// binds as written and does not mangle.
pub fn column_key_is_attribute(column: &str) -> bool {
    // `.c.__x` is read in a class body (a lambda of a relationship), where
    // Python mangles it to `.c._Cls__x`.
    is_identifier(column) && pychar::nfkc(column) == column && !column.starts_with("__")
}

/// Member names of an enum class: sqlacodegen's rule (`\W` → `_`, upper case,
/// `EMPTY` for an empty value, a `_` before a digit or after a keyword); in
/// the default output also an identifier, not a name `enum` keeps from being
/// a member (`_sunder_`, `__dunder__`, private `__x`), and unique in NFKC.
pub fn enum_member_names(values: &[String], exact: bool) -> Vec<String> {
    let mut taken = Taken::new(exact);
    values
        .iter()
        .map(|value| {
            let unescaped = enum_member_value(value);
            let mut member: String = unescaped
                .chars()
                .map(|c| if is_word_char(c) { c } else { '_' })
                .collect::<String>()
                .to_uppercase();
            if member.is_empty() {
                member = String::from("EMPTY");
            } else if member.starts_with(pychar::is_digit) {
                member.insert(0, '_');
            } else if is_keyword(&member) {
                member.push('_');
            }
            if exact {
                return member;
            }
            member = repair_identifier(&member);
            if kept_from_members(&member) {
                let bound = pychar::nfkc(&member).into_owned();
                let stripped = bound.trim_matches('_');
                member = if stripped.is_empty() {
                    String::from("EMPTY")
                } else {
                    repair_identifier(stripped)
                };
            }
            let original = member.clone();
            let mut i = 0;
            while taken.contains(&member) || kept_from_members(&member) {
                member = if i == 0 {
                    format!("{original}_")
                } else {
                    format!("{original}{i}")
                };
                i += 1;
            }
            taken.insert(&member);
            member
        })
        .collect()
}

/// Names `enum` does not make members of: `_sunder_` names (refused),
/// `__dunder__` and private `__x` names (left as plain attributes).
fn kept_from_members(name: &str) -> bool {
    let bound = pychar::nfkc(name);
    let sunder = bound.len() > 2
        && bound.starts_with('_')
        && !bound.starts_with("__")
        && bound.ends_with('_')
        && !bound.ends_with("__");
    sunder || bound.starts_with("__")
}

/// The value an enum member holds: sqlacodegen undoes the SQL escapes of a
/// CHECK constraint's items (`\'` and `\\`).
pub fn enum_member_value(value: &str) -> String {
    value.replace("\\'", "'").replace("\\\\", "\\")
}

/// What a statement of a rendered class body binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// `class.columns[i]`
    Column(usize),
    /// `class.relationships[i]`
    Relationship(usize),
}

/// Names the default output must not bind, found in a first rendering.
#[derive(Debug, Clone, Default)]
pub struct Reserved {
    /// Module-level names classes must not take.
    pub global: BTreeSet<String>,
    /// Per model: names its attributes must not take.
    pub attributes: BTreeMap<usize, BTreeSet<String>>,
}

/// What a rendering shows must be renamed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clashes {
    /// Names a class must not take (read later as something else).
    pub classes: BTreeSet<String>,
    /// (model, attribute name): an attribute that hides a name its own line or
    /// a later line of its class reads.
    pub attributes: BTreeSet<(usize, String)>,
    /// Enum classes to rename.
    pub enums: BTreeSet<String>,
}

impl Clashes {
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty() && self.attributes.is_empty() && self.enums.is_empty()
    }
}

/// The names a module would bind wrongly, found as the emitter prints it:
/// each model's statements are read once, as soon as it is printed
/// ([`Shadowing::model`]), and what later code reads is answered from "last
/// place each name is read" maps, so the check is linear in the module's text
/// and keeps none of it.
pub struct Shadowing<'n> {
    /// `class_names[i]` is model i's class or table name.
    class_names: Vec<&'n str>,
    /// Those names as Python binds them (NFKC): only a name among them can be
    /// read later as something else ([`Shadowing::finish`]).
    class_keys: HashSet<Cow<'n, str>>,
    /// Per position in printing order, from `first_position`: the model printed.
    printed: Vec<usize>,
    /// The position of `printed[0]`: 0, but for a fork that reads the
    /// models printed after another's ([`Shadowing::fork_at`]).
    first_position: usize,
    /// The last position whose body reads each class name, and each class
    /// name read as a parent with the positions and models that name it.
    last_body_read: HashMap<Cow<'n, str>, usize>,
    parents: HashMap<Cow<'n, str>, Vec<(usize, Option<usize>)>>,
    attributes: BTreeSet<(usize, String)>,
}

impl<'n> Shadowing<'n> {
    pub fn new(class_names: Vec<&'n str>) -> Self {
        Shadowing {
            class_keys: class_names.iter().map(|n| pychar::nfkc(n)).collect(),
            class_names,
            printed: Vec::new(),
            first_position: 0,
            last_body_read: HashMap::default(),
            parents: HashMap::default(),
            attributes: BTreeSet::new(),
        }
    }

    /// The next model as printed: for a class, its parent as written and the
    /// model it means (`None`: the base) and its body's statements in order
    /// with what each binds; for a table, its one statement.
    pub fn model(
        &mut self,
        model: usize,
        parent: Option<(&str, Option<usize>)>,
        statements: &[(Option<Binding>, &str)],
    ) {
        // Names compared as Python binds them; NFKC borrows an ASCII name.
        let key = pychar::nfkc;
        let position = self.first_position + self.printed.len();
        self.printed.push(model);
        // The last statement that reads each name.
        let mut last_statement_read: HashMap<Cow<'_, str>, usize> = HashMap::default();
        let mut targets: Vec<Option<&str>> = Vec::with_capacity(statements.len());
        let mut tokens = Vec::new();
        let mut reads = Vec::new();
        for (i, (binding, text)) in statements.iter().enumerate() {
            let target = statement_names(text, &mut tokens, &mut reads);
            targets.push(binding.and(target));
            for name in reads.drain(..) {
                let name = key(name);
                if let Some(class) = self.class_keys.get(name.as_ref()) {
                    self.last_body_read.insert(class.clone(), position);
                }
                last_statement_read.insert(name, i);
            }
        }
        // Class bodies: an attribute must not hide what its own statement
        // (the value is bound before the annotation is evaluated) or a later
        // one reads.
        for (i, target) in targets.iter().enumerate() {
            if let Some(target) = target {
                if last_statement_read
                    .get(&key(target))
                    .is_some_and(|&last| last >= i)
                {
                    self.attributes.insert((model, target.to_string()));
                }
            }
        }
        if let Some((parent, meant)) = parent {
            if let Some(class) = self.class_keys.get(key(parent).as_ref()) {
                self.parents
                    .entry(class.clone())
                    .or_default()
                    .push((position, meant));
            }
        }
    }

    /// A check of the same module that reads the models printed from
    /// `position` on (on another thread), to be [`Shadowing::absorb`]ed
    /// once the models before are read.
    pub fn fork_at(&self, position: usize) -> Shadowing<'n> {
        Shadowing {
            class_names: self.class_names.clone(),
            class_keys: self.class_keys.clone(),
            printed: Vec::new(),
            first_position: position,
            last_body_read: HashMap::default(),
            parents: HashMap::default(),
            attributes: BTreeSet::new(),
        }
    }

    /// Take in what a fork read of the models printed after these: as if
    /// this check had read them itself.
    pub fn absorb(&mut self, later: Shadowing<'n>) {
        debug_assert_eq!(
            later.first_position,
            self.first_position + self.printed.len()
        );
        self.printed.extend(later.printed);
        // Later positions are greater: the last read is the fork's.
        self.last_body_read.extend(later.last_body_read);
        for (name, naming) in later.parents {
            self.parents.entry(name).or_default().extend(naming);
        }
        self.attributes.extend(later.attributes);
    }

    /// The clashes, once every model is printed: `enum_names` are the enum
    /// classes (bound before every model), `imports` every name the module
    /// imports (`from ... import` names, `import` modules) and `base` the
    /// base's name (`Base` or `metadata`).
    pub fn finish(self, enum_names: &[&str], imports: &BTreeSet<String>, base: &str) -> Clashes {
        let key = pychar::nfkc;
        let mut clashes = Clashes {
            attributes: self.attributes,
            ..Clashes::default()
        };
        let mut module_taken: HashSet<Cow<'_, str>> = imports.iter().map(|n| key(n)).collect();
        module_taken.insert(key(base));
        for &name in enum_names {
            if module_taken.contains(&key(name)) {
                clashes.enums.insert(name.to_string());
            }
        }
        let enum_keys: HashSet<Cow<'_, str>> = enum_names.iter().map(|n| key(n)).collect();
        // The class and table names bound otherwise too (by an import, the base
        // or an enum class): only their reads in later bodies matter, and most
        // modules have none.
        let bound_otherwise: HashSet<&str> = self
            .class_keys
            .iter()
            .filter(|n| module_taken.contains(n.as_ref()) || enum_keys.contains(n.as_ref()))
            .map(|n| n.as_ref())
            .collect();
        for (position, &model) in self.printed.iter().enumerate() {
            let name = key(self.class_names[model]);
            // Read by a later model as something else: in its body (a class or
            // table name is never read there), or as a parent that is not this
            // model.
            let read_later = bound_otherwise.contains(name.as_ref())
                && (self
                    .last_body_read
                    .get(&name)
                    .is_some_and(|&last| last > position)
                    || self.parents.get(&name).is_some_and(|naming| {
                        naming
                            .iter()
                            .any(|&(later, meant)| later > position && meant != Some(model))
                    }));
            if read_later {
                if enum_keys.contains(&name) && !module_taken.contains(&name) {
                    // The enum class is renamed: the class keeps sqlacodegen's name.
                    for &e in enum_names {
                        if key(e) == name {
                            clashes.enums.insert(e.to_string());
                        }
                    }
                } else {
                    clashes.classes.insert(self.class_names[model].to_string());
                }
            }
        }
        clashes
    }
}

/// The name a statement `name: ... = ...` or `name = ...` binds.
#[cfg(test)]
fn statement_target(text: &str) -> Option<&str> {
    statement_names(text, &mut Vec::new(), &mut Vec::new())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Name(&'a str),
    Str,
    Number,
    Punct(Punct),
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close(u8),
}

/// The punctuation the reader tells apart; any other character (a blank
/// included) is [`Punct::Other`], one token per character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Punct {
    Assign,
    Colon,
    Comma,
    Dot,
    Star,
    /// `==`
    Equal,
    /// `!=`, `<=`, `>=`
    Compare,
    Other,
}

/// The ASCII bytes a Python name goes on with: letters, digits and `_`.
const NAME_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// Tokens of the Python the emitter prints: names, string literals (repr's
/// quoting), numbers, brackets and punctuation, into `out` (cleared first).
/// Names borrow the text. The text is read byte by byte, and a character
/// decoded only where a byte is not ASCII: every statement of the module
/// passes through here.
fn tokenize<'a>(text: &'a str, out: &mut Vec<Token<'a>>) {
    out.clear();
    let bytes = text.as_bytes();
    // The character at a byte offset (always a character boundary here).
    let char_at = |i: usize| text[i..].chars().next().unwrap_or('\0');
    let next_is = |i: usize, b: u8| bytes.get(i + 1) == Some(&b);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts_name = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => true,
            _ if b.is_ascii() => false,
            _ => pychar::is_id_start(char_at(i)),
        };
        if starts_name {
            let start = i;
            loop {
                // ASCII, most of the time, without decoding a character.
                i += bytes[i..]
                    .iter()
                    .position(|&b| !NAME_BYTES[usize::from(b)])
                    .unwrap_or(bytes.len() - i);
                if i == bytes.len() || bytes[i].is_ascii() {
                    break;
                }
                let c = char_at(i);
                if !pychar::is_id_continue(c) {
                    break;
                }
                i += c.len_utf8();
            }
            // A string prefix (b'', r'') belongs to the literal.
            if i < bytes.len() && (bytes[i] == b'\'' || bytes[i] == b'"') && i - start <= 2 {
                continue;
            }
            out.push(Token::Name(&text[start..i]));
            continue;
        }
        let (token, width) = match b {
            b'\'' | b'"' => {
                // Byte by byte: a quote or backslash byte never occurs inside a
                // multi-byte character, and skipping one byte after a backslash
                // lands inside the escaped character at worst, never past it.
                i += 1;
                while i < bytes.len() && bytes[i] != b {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                (Token::Str, 1)
            }
            b'0'..=b'9' => {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'.' || bytes[i] == b'_')
                {
                    i += 1;
                }
                out.push(Token::Number);
                continue;
            }
            b'(' | b'[' | b'{' => (Token::Open(b), 1),
            b')' | b']' | b'}' => (Token::Close(b), 1),
            b'=' if next_is(i, b'=') => (Token::Punct(Punct::Equal), 2),
            b'!' | b'<' | b'>' if next_is(i, b'=') => (Token::Punct(Punct::Compare), 2),
            b'=' => (Token::Punct(Punct::Assign), 1),
            b':' => (Token::Punct(Punct::Colon), 1),
            b',' => (Token::Punct(Punct::Comma), 1),
            b'.' => (Token::Punct(Punct::Dot), 1),
            b'*' => (Token::Punct(Punct::Star), 1),
            _ if b.is_ascii() => (Token::Punct(Punct::Other), 1),
            _ => (Token::Punct(Punct::Other), char_at(i).len_utf8()),
        };
        out.push(token);
        i += width;
    }
}

/// The names a statement of the generated module reads while it runs, in its
/// own scope: not the name it binds, attribute names after `.`, keyword
/// argument names, string contents, keywords, the bodies of `lambda`s (run
/// later, in module scope) or the attribute lists of `foreign_keys=[...]` and
/// `remote_side=[...]` (meant to read the class's own attributes).
pub fn statement_reads(text: &str) -> Vec<&str> {
    let mut reads = Vec::new();
    statement_names(text, &mut Vec::new(), &mut reads);
    reads
}

/// The name a statement binds (`name: ... = ...` or `name = ...`), the
/// names it reads ([`statement_reads`]) added to `reads`, from one
/// tokenization into `tokens` (a buffer, cleared first).
fn statement_names<'a>(
    text: &'a str,
    tokens: &mut Vec<Token<'a>>,
    reads: &mut Vec<&'a str>,
) -> Option<&'a str> {
    tokenize(text, tokens);
    let (target, start) = match tokens.as_slice() {
        [Token::Name(name), Token::Punct(Punct::Colon | Punct::Assign), ..] => (Some(*name), 2),
        _ => (None, 0),
    };
    let mut depth: usize = 0;
    // A skipped region: a lambda body ends at a `,` or a closing bracket at its
    // depth, a local list at its closing bracket. (depth, is a lambda)
    let mut skip_until: Option<(usize, bool)> = None;
    let mut i = start;
    while i < tokens.len() {
        let token = &tokens[i];
        match token {
            Token::Open(_) => {
                depth += 1;
            }
            Token::Close(_) => {
                depth = depth.saturating_sub(1);
                if skip_until.is_some_and(|(d, _)| depth < d) {
                    skip_until = None;
                }
            }
            Token::Punct(Punct::Comma)
                if skip_until.is_some_and(|(d, lambda)| lambda && depth <= d) =>
            {
                skip_until = None;
            }
            Token::Name(name) if skip_until.is_none() => {
                let after_dot = i > 0 && tokens[i - 1] == Token::Punct(Punct::Dot);
                let keyword_argument =
                    depth > 0 && tokens.get(i + 1) == Some(&Token::Punct(Punct::Assign));
                if *name == "lambda" {
                    skip_until = Some((depth, true));
                } else if keyword_argument
                    && (*name == "foreign_keys" || *name == "remote_side")
                    && matches!(tokens.get(i + 2), Some(Token::Open(b'[')))
                {
                    // The list: skipped up to its closing bracket.
                    skip_until = Some((depth + 1, false));
                    depth += 1;
                    i += 3;
                    continue;
                } else if !after_dot && !keyword_argument && !is_keyword(name) {
                    reads.push(*name);
                }
            }
            _ => {}
        }
        i += 1;
    }
    target
}

#[cfg(test)]
mod tests {

    #[test]
    fn public_field_names_never_start_with_an_underscore() {
        assert_eq!(public_field_name("_private"), "private_");
        assert_eq!(public_field_name("__x"), "x__");
        assert_eq!(public_field_name("_1"), "field_1");
        assert_eq!(public_field_name("_١٢"), "field_١٢");
        assert_eq!(public_field_name("_"), "field_");
        assert_eq!(public_field_name("__"), "field__");
    }

    use super::*;

    fn free(name: &str, exact: bool, scope: Scope) -> String {
        find_free_name(name, &Taken::new(exact), &Taken::new(exact), scope, exact)
    }

    #[test]
    fn sqlacodegen_rules_then_identifiers() {
        for exact in [true, false] {
            assert_eq!(free("order id", exact, Scope::Class), "order_id");
            assert_eq!(free("class", exact, Scope::Class), "class_");
            assert_eq!(free("metadata", exact, Scope::Class), "metadata_");
            assert_eq!(free("1st", exact, Scope::Class), "_1st");
            assert_eq!(free("١x", exact, Scope::Class), "_١x");
            assert_eq!(free("नाम", exact, Scope::Class), "न_म");
        }
        assert_eq!(free("area_m²", true, Scope::Class), "area_m²");
        assert_eq!(free("area_m²", false, Scope::Class), "area_m2");
        assert_eq!(free("co₂", false, Scope::Class), "co2");
        assert_eq!(free("①", true, Scope::Class), "_①");
        assert_eq!(free("①", false, Scope::Class), "_1");
        assert_eq!(free("__debug__", false, Scope::Class), "debug__");
        assert_eq!(free("__tablename__", false, Scope::Class), "tablename__");
        assert_eq!(free("__deleted", false, Scope::Class), "deleted");
        assert_eq!(free("_sa_registry", false, Scope::Class), "sa_registry");
        assert_eq!(free("__", false, Scope::Class), "_");
        assert_eq!(free("__class", false, Scope::Class), "class_");
        assert_eq!(free("__deleted", true, Scope::Class), "__deleted");
        assert_eq!(free("_private", false, Scope::Class), "_private");
        let mut local = Taken::new(false);
        local.insert("_");
        assert_eq!(
            find_free_name("🍕🍕", &Taken::new(false), &local, Scope::Class, false),
            "_1"
        );
    }

    #[test]
    fn names_clash_as_python_binds_them() {
        let mut local = Taken::new(false);
        local.insert("ﬁle");
        let global = Taken::new(false);
        assert_eq!(
            find_free_name("file", &global, &local, Scope::Class, false),
            "file_"
        );
        local.insert("\u{212a}");
        assert_eq!(
            find_free_name("K", &global, &local, Scope::Class, false),
            "K_"
        );
        let mut exact = Taken::new(true);
        exact.insert("ﬁle");
        assert_eq!(
            find_free_name("file", &Taken::new(true), &exact, Scope::Class, true),
            "file"
        );
    }

    #[test]
    fn enum_members() {
        let values: Vec<String> = ["١", "１", "a b", "a_b", "-a-", "", "if", "__x__", "1"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            enum_member_names(&values, true),
            ["_١", "_１", "A_B", "A_B", "_A_", "EMPTY", "IF", "__X__", "_1"]
        );
        assert_eq!(
            enum_member_names(&values, false),
            ["_١", "_１", "A_B", "A_B_", "A", "EMPTY", "IF", "X", "_11"]
        );
    }

    #[test]
    fn reads_of_generated_statements() {
        assert_eq!(
            statement_reads("datetime: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text('now()'))"),
            ["Mapped", "Optional", "datetime", "mapped_column", "DateTime", "text"]
        );
        assert_eq!(
            statement_reads("parent: Mapped[Optional['Node']] = relationship('Node', remote_side=[id, str], foreign_keys=[parent_id], back_populates='children')"),
            ["Mapped", "Optional", "relationship"]
        );
        assert_eq!(
            statement_reads("a: Mapped[list['B']] = relationship('B', secondary='ab', primaryjoin=lambda: A.id == t_ab.c.a_id, secondaryjoin=lambda: B.id == t_ab.c.b_id, back_populates='x')"),
            ["Mapped", "list", "relationship"]
        );
        assert_eq!(
            statement_reads("s: Mapped[Status] = mapped_column(Enum(Status, values_callable=lambda cls: [member.value for member in cls], name='status'))"),
            ["Mapped", "Status", "mapped_column", "Enum", "Status"]
        );
        assert_eq!(
            statement_target("uuid: Mapped[uuid.UUID] = mapped_column(Uuid)"),
            Some("uuid")
        );
        // Names in and out of ASCII, a character of three bytes ending a
        // name, one that no name holds between two names, a prefixed string.
        assert_eq!(
            statement_reads("été_1: Mapped[Ünï] = mapped_column(naïve→x, ﬁle٣, a日本, b'x', é)"),
            [
                "Mapped",
                "Ünï",
                "mapped_column",
                "naïve",
                "x",
                "ﬁle٣",
                "a日本",
                "é"
            ]
        );
        assert_eq!(statement_target("été_1: Mapped[Ünï] = x"), Some("été_1"));
    }
}
