//! English noun inflection as the Python `inflect` package (7.6.0) does it with
//! its default settings, for sqlacodegen's `--options use_inflect`: class names
//! are singularised, collection relationships pluralised.
//!
//! Only single words are handled the way inflect handles them; inflect's
//! special cases for multi-word phrases ("mother-in-law", "attorney general",
//! "x per y") need spaces or dashes, which table names do not carry. The word
//! lists live in [`data`], extracted from the package.

mod data;

use data::*;

/// The characters of `s` without the last `n` (Python's `s[:-n]`).
fn drop_last(s: &str, n: usize) -> String {
    let count = s.chars().count();
    s.chars().take(count.saturating_sub(n)).collect()
}

/// The last `n` characters of `s` (Python's `s[-n:]`).
fn last_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    s.chars().skip(count.saturating_sub(n)).collect()
}

fn ends_with_any(s: &str, suffixes: &[&str]) -> bool {
    suffixes.iter().any(|suffix| s.ends_with(suffix))
}

fn lookup<'a>(pairs: &'a [(&str, &str)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Python's `c == c.upper()` for the first character (true for digits too).
fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.to_uppercase().eq(std::iter::once(c)))
}

/// The last whitespace-separated word.
fn last_word(s: &str) -> &str {
    s.split_whitespace().last().unwrap_or(s)
}

/// Python's `str.capitalize()`.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// inflect's `postprocess`: pick the first of `a|b` alternatives and give the
/// result the case pattern of the original (all upper, or Capitalised).
fn postprocess(original: &str, inflected: &str) -> String {
    let inflected = inflected.split('|').next().unwrap_or(inflected);
    let originals: Vec<&str> = original.split(' ').collect();
    let words: Vec<&str> = inflected.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let recased = match originals.get(i) {
            Some(&"I") => word.to_string(),
            Some(&orig) if orig == orig.to_uppercase() => word.to_uppercase(),
            Some(&orig) if orig == capitalize(orig) => capitalize(word),
            _ => word.to_string(),
        };
        out.push(recased);
    }
    out.join(" ")
}

/// Leading whitespace, the word, trailing whitespace.
fn partition(text: &str) -> (&str, &str, &str) {
    let trimmed_start = text.trim_start();
    let pre = &text[..text.len() - trimmed_start.len()];
    let word = trimmed_start.trim_end();
    let post = &trimmed_start[word.len()..];
    (pre, word, post)
}

/// `inflect.engine().singular_noun(text)`: `None` where inflect returns False
/// (the word is not a plural it knows how to singularise).
pub fn singular_noun(text: &str) -> Option<String> {
    let (pre, word, post) = partition(text);
    if word.is_empty() {
        return Some(text.to_string());
    }
    let singular = singular(word)?;
    Some(format!("{pre}{}{post}", postprocess(word, &singular)))
}

/// `inflect.engine().plural_noun(text)`.
pub fn plural_noun(text: &str) -> String {
    let (pre, word, post) = partition(text);
    if word.is_empty() {
        return text.to_string();
    }
    format!("{pre}{}{post}", postprocess(word, &plural(word)))
}

/// Words that are their own plural (`sheep`, `series`, `...fish`).
fn uninflected(word: &str, lowered: &str) -> bool {
    UNINFLECTED_COMPLETE.contains(&last_word(lowered))
        || UNINFLECTED_CAPS.contains(&word)
        || ends_with_any(lowered, UNINFLECTED_SUFFIXES)
}

/// inflect's `_sinoun` for one word with the default (non-classical) settings.
fn singular(word: &str) -> Option<String> {
    let lowered = word.to_lowercase();
    let last = last_word(word);
    let last_lower = last.to_lowercase();
    let keep = || Some(word.to_string());
    let cut = |n: usize, add: &str| Some(format!("{}{add}", drop_last(word, n)));

    if SI_OIS_OI_CASE.contains(&word) {
        return cut(1, "");
    }
    if uninflected(word, &lowered) {
        return keep();
    }
    if C_US_US.contains(&last_lower.as_str()) {
        return None;
    }
    if let Some(s) = lookup(SI_PRON_NOM, &lowered).or_else(|| lookup(SI_PRON_ACC, &lowered)) {
        return Some(s.to_string());
    }
    if let Some(s) = lookup(SI_IRREGULAR_CAPS, last) {
        return Some(format!("{}{s}", drop_last(word, last.chars().count())));
    }
    if let Some(s) = lookup(SI_IRREGULAR, &last_lower) {
        return Some(format!(
            "{}{s}",
            drop_last(word, last_lower.chars().count())
        ));
    }
    let ends = |suffix: &str| lowered.ends_with(suffix);
    if ends("quies") {
        return cut(3, "y");
    }
    if ends("persons") {
        return cut(1, "");
    }
    if ends("people") {
        return cut(4, "rson");
    }
    if ends("mans")
        && (ends_with_any(&lowered, SI_MAN_MANS) || ends_with_any(word, SI_MAN_MANS_CAPS))
    {
        return cut(1, "");
    }
    if ends("men") {
        return cut(3, "man");
    }
    if ends("mice") {
        return cut(4, "mouse");
    }
    if ends("lice") && SI_LOUSE_LICE.contains(&lowered.as_str()) {
        return cut(4, "louse");
    }
    if ends("geese") {
        return cut(5, "goose");
    }
    if ends("teeth") {
        return cut(5, "tooth");
    }
    if ends("feet") {
        return cut(4, "foot");
    }
    if lowered == "dice" {
        return Some(String::from("die"));
    }
    if ends("ceps") {
        return keep();
    }
    if ends("zoa") {
        return cut(1, "on");
    }
    let last_letter = lowered.chars().last();
    for (letter, list, drop, add) in [
        ('s', SI_CH_CHS, 1, ""),
        ('s', SI_EX_ICES, 4, "ex"),
        ('s', SI_IX_ICES, 4, "ix"),
        ('a', SI_UM_A, 1, "um"),
        ('i', SI_US_I, 1, "us"),
        ('a', SI_ON_A, 1, "on"),
        ('e', SI_A_AE, 1, ""),
    ] {
        if last_letter == Some(letter) && ends_with_any(&lowered, list) {
            return cut(drop, add);
        }
    }
    if ends("houses")
        || SI_USES_USE_CASE.contains(&word)
        || SI_USES_USE.contains(&last_lower.as_str())
    {
        return cut(1, "");
    }
    if SI_IES_IE_CASE.contains(&word) || SI_IES_IE.contains(&last_lower.as_str()) {
        return cut(1, "");
    }
    if ends("shoes") || SI_OES_OE_CASE.contains(&word) || SI_OES_OE.contains(&last_lower.as_str()) {
        return cut(1, "");
    }
    if SI_SSES_SSE_CASE.contains(&word) || SI_SSES_SSE.contains(&last_lower.as_str()) {
        return cut(1, "");
    }
    if SI_SINGULAR_S_COMPLETE.contains(&last_lower.as_str()) {
        return cut(2, "");
    }
    if ends_with_any(&lowered, SI_SINGULAR_S_SUFFIXES) {
        return cut(2, "");
    }
    if ends("eses") && starts_upper(word) {
        return cut(2, "");
    }
    if SI_Z_ZES.contains(&last_lower.as_str()) || SI_ZZES_ZZ.contains(&last_lower.as_str()) {
        return cut(2, "");
    }
    if ends("zzes") {
        return cut(3, "");
    }
    if SI_CHES_CHE_CASE.contains(&word) || SI_CHES_CHE.contains(&last_lower.as_str()) {
        return cut(1, "");
    }
    if ends("ches") || ends("shes") {
        return cut(2, "");
    }
    if SI_XES_XE.contains(&last_lower.as_str()) {
        return cut(1, "");
    }
    if ends("xes") {
        return cut(2, "");
    }
    if SI_VES_VE_CASE.contains(&word) || SI_VES_VE.contains(&last_lower.as_str()) {
        return cut(1, "");
    }
    if ends("ves") {
        let before = last_chars(&drop_last(&lowered, 3), 2);
        if matches!(before.as_str(), "el" | "al" | "ol") {
            return cut(3, "f");
        }
        if before == "ea" && last_chars(&drop_last(word, 5), 1) != "d" {
            return cut(3, "f");
        }
        if matches!(before.as_str(), "ni" | "li" | "wi") {
            return cut(3, "fe");
        }
        if before == "ar" {
            return cut(3, "f");
        }
    }
    if ends("ys") {
        let chars: Vec<char> = lowered.chars().collect();
        if chars.len() > 2 && "aeiou".contains(chars[chars.len() - 3]) {
            return cut(1, "");
        }
        // inflect's default "names" setting: a capitalised word keeps its y.
        if starts_upper(word) {
            return cut(1, "");
        }
    }
    if ends("ies") {
        return cut(3, "y");
    }
    if ends("os")
        && (SI_U_O_OS_COMPLETE.contains(&last_lower.as_str())
            || ends_with_any(&lowered, SI_O_OS_SUFFIXES)
            || ["aos", "eos", "ios", "oos", "uos"].iter().any(|s| ends(s)))
    {
        return cut(1, "");
    }
    if ends("oes") {
        return cut(2, "");
    }
    if SI_ES_IS.contains(&word) {
        return cut(2, "is");
    }
    if ends("ss") {
        return None;
    }
    if ends("s") {
        return cut(1, "");
    }
    None
}

/// inflect's `_plnoun` for one word with the default (non-classical) settings.
fn plural(word: &str) -> String {
    let lowered = word.to_lowercase();
    let last = last_word(word);
    let last_lower = last.to_lowercase();
    let cut = |n: usize, add: &str| format!("{}{add}", drop_last(word, n));
    let add = |suffix: &str| format!("{word}{suffix}");

    if uninflected(word, &lowered) {
        return word.to_string();
    }
    if let Some(p) = lookup(PL_PRON_NOM, &lowered).or_else(|| lookup(PL_PRON_ACC, &lowered)) {
        return p.to_string();
    }
    if let Some(p) = lookup(PL_IRREGULAR_CAPS, last) {
        return format!("{}{p}", drop_last(word, last.chars().count()));
    }
    if let Some(p) = lookup(PL_IRREGULAR, &last_lower) {
        return format!("{}{p}", drop_last(word, last_lower.chars().count()));
    }
    let ends = |suffix: &str| lowered.ends_with(suffix);
    if ends("quy") {
        return cut(1, "ies");
    }
    if ends("person") {
        return cut(4, "ople");
    }
    if ends("man") {
        if ends_with_any(&lowered, PL_MAN_MANS) || ends_with_any(word, PL_MAN_MANS_CAPS) {
            return add("s");
        }
        return cut(3, "men");
    }
    if ends("mouse") {
        return cut(5, "mice");
    }
    if ends("louse") {
        if PL_LOUSE_LICE.contains(&lowered.as_str()) {
            return cut(5, "lice");
        }
        return add("s");
    }
    if ends("goose") {
        return cut(5, "geese");
    }
    if ends("tooth") {
        return cut(5, "teeth");
    }
    if ends("foot") {
        return cut(4, "feet");
    }
    if ends("taco") {
        return cut(5, "tacos");
    }
    if lowered == "die" {
        return String::from("dice");
    }
    if ends("ceps") {
        return word.to_string();
    }
    if ends("zoon") {
        return cut(2, "a");
    }
    if ends("cis") || ends("sis") || ends("xis") {
        return cut(2, "es");
    }
    let last_letter = lowered.chars().last();
    for (letter, list, drop, suffix) in [
        ('h', PL_CH_CHS, 0, "s"),
        ('x', PL_EX_ICES, 2, "ices"),
        ('x', PL_IX_ICES, 2, "ices"),
        ('m', PL_UM_A, 2, "a"),
        ('s', PL_US_I, 2, "i"),
        ('n', PL_ON_A, 2, "a"),
        ('a', PL_A_AE, 0, "e"),
    ] {
        if last_letter == Some(letter) && ends_with_any(&lowered, list) {
            return cut(drop, suffix);
        }
    }
    if PL_SINGULAR_S_COMPLETE.contains(&last_lower.as_str())
        || ends_with_any(&lowered, PL_SINGULAR_S_SUFFIXES)
    {
        return add("es");
    }
    if ends("es") && starts_upper(word) {
        return add("es");
    }
    if ends("z") {
        if ends_with_any(&lowered, PL_Z_ZES_SUFFIXES) {
            return add("es");
        }
        if !ends("zz") {
            return add("zes");
        }
    }
    if ends("ze") && ends_with_any(&lowered, PL_ZE_ZES_SUFFIXES) {
        return add("s");
    }
    if ends("ch") || ends("sh") || ends("zz") || ends("ss") || ends("x") {
        return add("es");
    }
    if ends("elf") || ends("alf") || ends("olf") {
        return cut(1, "ves");
    }
    if ends("eaf") && !ends("deaf") {
        return cut(1, "ves");
    }
    if ends("nife") || ends("life") || ends("wife") {
        return cut(2, "ves");
    }
    if ends("arf") {
        return cut(1, "ves");
    }
    if ends("y") {
        let chars: Vec<char> = lowered.chars().collect();
        let before_y = chars.len().checked_sub(2).map(|i| chars[i]);
        if before_y.is_none_or(|c| "aeiou".contains(c)) {
            return add("s");
        }
        // inflect's default "names" setting: a capitalised word keeps its y.
        if starts_upper(last) {
            return add("s");
        }
        return cut(1, "ies");
    }
    if PL_O_OS_COMPLETE.contains(&last_lower.as_str()) || ends_with_any(&lowered, PL_O_OS_SUFFIXES)
    {
        return add("s");
    }
    if ["ao", "eo", "io", "oo", "uo"].iter().any(|s| ends(s)) {
        return add("s");
    }
    if ends("o") {
        return add("es");
    }
    add("s")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `word<TAB>singular_noun(word) or -<TAB>plural_noun(word)`, as inflect
    /// 7.6.0 computes them for every word in its own lists plus common table
    /// names (made by `extract_cases.py`).
    const CASES: &str = include_str!("cases.tsv");

    #[test]
    fn matches_inflect_on_its_reference_words() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for line in CASES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let parts: Vec<&str> = line.split('\t').collect();
            let [word, singular, plural] = parts[..] else {
                continue;
            };
            checked += 1;
            let expected_singular = (singular != "-").then(|| singular.to_string());
            let got_singular = singular_noun(word);
            if got_singular != expected_singular {
                failures.push(format!(
                    "singular({word}) = {got_singular:?}, inflect: {singular}"
                ));
            }
            let got_plural = plural_noun(word);
            if got_plural != plural {
                failures.push(format!("plural({word}) = {got_plural}, inflect: {plural}"));
            }
        }
        assert!(checked > 500, "only {checked} reference words");
        assert!(
            failures.is_empty(),
            "{} differences:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
