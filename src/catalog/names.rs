//! Constraint and index names that servers invent, shared by the dialect rules.

/// PostgreSQL's `makeObjectName`: `name1[_name2]_label`, with name1 and name2
/// shortened (the longer one first, one byte at a time, never splitting a UTF-8
/// character) until the whole fits in `max_bytes` (NAMEDATALEN - 1 = 63).
pub fn make_object_name(name1: &str, name2: Option<&str>, label: &str, max_bytes: usize) -> String {
    let overhead = label.len() + 1 + name2.map_or(0, |_| 1);
    let avail = max_bytes.saturating_sub(overhead);
    let mut len1 = name1.len();
    let mut len2 = name2.map_or(0, str::len);
    while len1 + len2 > avail {
        if len1 > len2 {
            len1 -= 1;
        } else {
            len2 -= 1;
        }
    }
    let name1 = clip_to_char_boundary(name1, len1);
    let name2 = name2.map(|name2| clip_to_char_boundary(name2, len2));
    let mut out = String::with_capacity(name1.len() + name2.map_or(0, str::len) + overhead);
    out.push_str(name1);
    if let Some(name2) = name2 {
        out.push('_');
        out.push_str(name2);
    }
    out.push('_');
    out.push_str(label);
    out
}

/// The longest prefix of `s` of at most `len` bytes that ends on a char boundary.
pub fn clip_to_char_boundary(s: &str, len: usize) -> &str {
    let mut end = len.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// PostgreSQL's `ChooseRelationName` / `ChooseConstraintName`: the made name, or
/// the first of `name1_name2_label1`, `..._label2`, ... (the number appended to the
/// label, shortening the names again) that `taken` does not hold.
pub fn choose_unique_name(
    name1: &str,
    name2: Option<&str>,
    label: &str,
    max_bytes: usize,
    taken: impl Fn(&str) -> bool,
) -> String {
    let mut candidate = make_object_name(name1, name2, label, max_bytes);
    let mut pass = 0;
    while taken(&candidate) {
        pass += 1;
        let numbered = format!("{label}{pass}");
        candidate = make_object_name(name1, name2, &numbered, max_bytes);
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_joined() {
        assert_eq!(
            make_object_name("users", Some("email"), "key", 63),
            "users_email_key"
        );
        assert_eq!(make_object_name("users", None, "pkey", 63), "users_pkey");
    }

    #[test]
    fn long_names_are_shortened_longest_first() {
        let table = "a".repeat(60);
        let name = make_object_name(&table, Some("code"), "key", 63);
        assert_eq!(name.len(), 63);
        assert!(name.ends_with("_code_key"));
        let name = make_object_name(&"t".repeat(40), Some(&"c".repeat(40)), "fkey", 63);
        assert_eq!(name.len(), 63);
        assert_eq!(name, format!("{}_{}_fkey", "t".repeat(29), "c".repeat(28)));
    }

    #[test]
    fn shortening_never_splits_a_character() {
        let table = "é".repeat(40);
        let name = make_object_name(&table, None, "pkey", 63);
        assert!(name.len() <= 63);
        assert!(name.ends_with("_pkey"));
    }

    #[test]
    fn taken_names_get_a_number() {
        let name = choose_unique_name("t", Some("a"), "check", 63, |n| n == "t_a_check");
        assert_eq!(name, "t_a_check1");
    }
}
