//! Typed constants as PostgreSQL stores and prints them: a default or CHECK
//! constant of type `interval` or `jsonb` goes through the type's input and
//! output functions, so `'90 minutes'::interval` comes back as `'01:30:00'` and
//! a jsonb object with its keys sorted. Text that does not parse is left as
//! written (the server would have rejected it anyway).

/// `time_out(time_in(text))` for the ISO forms `H:MM[:SS[.f]]`.
pub fn time(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let number = |s: &str| {
        s.parse::<u32>()
            .ok()
            .filter(|_| s.chars().all(|c| c.is_ascii_digit()))
    };
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (number(h)?, number(m)?, "00"),
        [h, m, s] => (number(h)?, number(m)?, *s),
        _ => return None,
    };
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    let whole = number(whole)?;
    if h > 24 || m > 59 || whole > 60 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let fraction = fraction.trim_end_matches('0');
    let mut out = format!("{h:02}:{m:02}:{whole:02}");
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(&fraction[..fraction.len().min(6)]);
    }
    Some(out)
}

/// What a date/time type's input function makes of one of its special
/// strings (compared trimmed and case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Special {
    /// A fixed value, as the type's output function prints it (`epoch` is
    /// `1970-01-01 00:00:00` as a timestamp, `allballs` midnight as a time).
    Fixed(&'static str),
    /// `now`, `today`, `tomorrow`, `yesterday`: the time the statement ran,
    /// which the server stores in place of the word.
    LoadTime,
}

/// The special input strings of `date`, `time[tz]` and `timestamp[tz]`
/// (`ty` as format_type names it); `None`: not one of them.
pub fn special(value: &str, ty: &str) -> Option<Special> {
    let word = value.trim().to_ascii_lowercase();
    let stamp = matches!(
        ty,
        "timestamp without time zone" | "timestamp with time zone"
    );
    let zoned = ty == "timestamp with time zone";
    Some(match (word.as_str(), ty) {
        ("now", _) if stamp || ty == "date" || ty.starts_with("time ") => Special::LoadTime,
        ("today" | "tomorrow" | "yesterday", _) if stamp || ty == "date" => Special::LoadTime,
        ("epoch", "date") => Special::Fixed("1970-01-01"),
        ("epoch", _) if zoned => Special::Fixed("1970-01-01 00:00:00+00"),
        ("epoch", _) if stamp => Special::Fixed("1970-01-01 00:00:00"),
        ("infinity", _) if stamp || ty == "date" => Special::Fixed("infinity"),
        ("-infinity", _) if stamp || ty == "date" => Special::Fixed("-infinity"),
        ("allballs", "time without time zone") => Special::Fixed("00:00:00"),
        ("allballs", "time with time zone") => Special::Fixed("00:00:00+00"),
        _ => return None,
    })
}

/// `timestamp_out(timestamp_in(text))` for `YYYY-MM-DD[( |T)time]`; a time
/// zone written after the time is read and ignored.
pub fn timestamp(text: &str) -> Option<String> {
    let text = text.trim();
    let text = match split_offset(text) {
        Some((stamp, _)) => stamp,
        None => text,
    };
    let (date, clock) = match text.split_once([' ', 'T']) {
        Some((d, t)) => (d, time(t)?),
        None => (text, String::from("00:00:00")),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || !(1..=2).contains(&m.len()) || !(1..=2).contains(&d.len()) {
        return None;
    }
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    Some(format!("{y}-{m:02}-{d:02} {clock}"))
}

/// `date_out(date_in(text))` for `YYYY-MM-DD`.
pub fn date(text: &str) -> Option<String> {
    let stamp = timestamp(text.trim())?;
    let (date, clock) = stamp.split_once(' ')?;
    (clock == "00:00:00").then(|| date.to_string())
}

/// `timestamptz_out(timestamptz_in(text))` on a server whose TimeZone is UTC
/// (the oracle's): `YYYY-MM-DD[( |T)time][offset]`, the offset (`+02`,
/// `-05:30`, `Z`, `UTC`; none is UTC) applied, printed with `+00`.
pub fn timestamptz(text: &str) -> Option<String> {
    let text = text.trim();
    let (stamp, offset_minutes) = split_offset(text)?;
    let local = timestamp(stamp)?;
    if offset_minutes == 0 {
        return Some(format!("{local}+00"));
    }
    let (date, clock) = local.split_once(' ')?;
    let mut parts = date.splitn(3, '-');
    let (y, m, d): (i64, i64, i64) = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    let (hh, rest) = clock.split_once(':')?;
    let (mm, seconds) = rest.split_once(':')?;
    let minutes =
        days_from_civil(y, m, d) * 1440 + hh.parse::<i64>().ok()? * 60 + mm.parse::<i64>().ok()?
            - offset_minutes;
    let (days, minute_of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let (y, m, d) = civil_from_days(days);
    Some(format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{seconds}+00",
        minute_of_day / 60,
        minute_of_day % 60
    ))
}

/// A timestamp's text and its UTC offset in minutes (none written: 0).
fn split_offset(text: &str) -> Option<(&str, i64)> {
    for zone in ["UTC", "GMT", "Z", "z"] {
        if let Some(stamp) = text.strip_suffix(zone) {
            return Some((stamp.trim_end(), 0));
        }
    }
    // A sign after the time of day starts the offset.
    let time_start = text.find([' ', 'T']).map_or(text.len(), |i| i + 1);
    let Some(at) = text[time_start..].find(['+', '-']).map(|i| time_start + i) else {
        return Some((text, 0));
    };
    let (stamp, offset) = text.split_at(at);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let digits = offset[1..].trim();
    let (hours, minutes) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    let minutes = hours.parse::<i64>().ok()? * 60 + minutes.parse::<i64>().ok()?;
    Some((stamp.trim_end(), sign * minutes))
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// `interval_out` (IntervalStyle `postgres`) of `interval_in(text)`.
pub fn interval(text: &str) -> Option<String> {
    let (months, days, micros) = parse_interval(text)?;
    Some(format_interval(months, days, micros))
}

const MICROS_PER_SECOND: f64 = 1_000_000.0;
const MICROS_PER_DAY: f64 = 86_400.0 * MICROS_PER_SECOND;

fn parse_interval(text: &str) -> Option<(i64, i64, i64)> {
    let lower = text.trim().to_ascii_lowercase();
    let body = lower.strip_prefix('@').unwrap_or(&lower);
    let tokens: Vec<&str> = body.split_whitespace().collect();
    if tokens.is_empty() {
        return None;
    }
    let (mut months, mut days, mut micros) = (0f64, 0f64, 0f64);
    let mut ago = false;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        if token == "ago" {
            ago = true;
            i += 1;
            continue;
        }
        if token.contains(':') {
            micros += parse_time(token)?;
            i += 1;
            continue;
        }
        // A number, its unit either attached (`3h`) or in the next token.
        let split = token
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(token.len());
        let value: f64 = token[..split].parse().ok()?;
        let unit = if split < token.len() {
            &token[split..]
        } else if let Some(next) = tokens
            .get(i + 1)
            .filter(|t| t.starts_with(|c: char| c.is_ascii_alphabetic()) && **t != "ago")
        {
            i += 1;
            next
        } else {
            "second"
        };
        match unit_of(unit)? {
            Unit::Months(n) => {
                let total = value * n;
                months += total.trunc();
                days += (total.fract() * 30.0 * 1e6).round() / 1e6;
            }
            Unit::Days(n) => days += value * n,
            Unit::Micros(n) => micros += value * n,
        }
        i += 1;
    }
    // Fractional days spill into the time part.
    let whole_days = days.trunc();
    micros += (days - whole_days) * MICROS_PER_DAY;
    let sign = if ago { -1.0 } else { 1.0 };
    Some((
        (months * sign) as i64,
        (whole_days * sign) as i64,
        (micros * sign).round() as i64,
    ))
}

enum Unit {
    Months(f64),
    Days(f64),
    Micros(f64),
}

fn unit_of(unit: &str) -> Option<Unit> {
    Some(match unit {
        "microsecond" | "microseconds" | "us" | "usec" | "usecs" => Unit::Micros(1.0),
        "millisecond" | "milliseconds" | "ms" | "msec" | "msecs" => Unit::Micros(1_000.0),
        "second" | "seconds" | "s" | "sec" | "secs" => Unit::Micros(MICROS_PER_SECOND),
        "minute" | "minutes" | "m" | "min" | "mins" => Unit::Micros(60.0 * MICROS_PER_SECOND),
        "hour" | "hours" | "h" | "hr" | "hrs" => Unit::Micros(3_600.0 * MICROS_PER_SECOND),
        "day" | "days" | "d" => Unit::Days(1.0),
        "week" | "weeks" | "w" => Unit::Days(7.0),
        "month" | "months" | "mon" | "mons" => Unit::Months(1.0),
        "year" | "years" | "y" | "yr" | "yrs" => Unit::Months(12.0),
        "decade" | "decades" => Unit::Months(120.0),
        "century" | "centuries" => Unit::Months(1_200.0),
        "millennium" | "millennia" | "millenniums" => Unit::Months(12_000.0),
        _ => return None,
    })
}

/// `[-]h:m[:s[.f]]` in microseconds.
fn parse_time(token: &str) -> Option<f64> {
    let (negative, body) = match token.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, token.strip_prefix('+').unwrap_or(token)),
    };
    let parts: Vec<&str> = body.split(':').collect();
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (h.parse::<f64>().ok()?, m.parse::<f64>().ok()?, 0.0),
        [h, m, s] => (
            h.parse::<f64>().ok()?,
            m.parse::<f64>().ok()?,
            s.parse::<f64>().ok()?,
        ),
        _ => return None,
    };
    let total = ((h * 60.0 + m) * 60.0 + s) * MICROS_PER_SECOND;
    Some(if negative { -total } else { total })
}

fn format_interval(months: i64, days: i64, micros: i64) -> String {
    let mut out = String::new();
    let mut is_before = false;
    let mut is_zero = true;
    let mut part = |value: i64, unit: &str, out: &mut String| {
        if value == 0 {
            return;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let plus = if is_before && value > 0 { "+" } else { "" };
        let plural = if value != 1 { "s" } else { "" };
        out.push_str(&format!("{plus}{value} {unit}{plural}"));
        is_before = value < 0;
        is_zero = false;
    };
    part(months / 12, "year", &mut out);
    part(months % 12, "mon", &mut out);
    part(days, "day", &mut out);
    if micros != 0 || is_zero {
        let minus = micros < 0;
        let abs = micros.unsigned_abs();
        let seconds = abs / 1_000_000;
        let fraction = abs % 1_000_000;
        let (h, m, s) = (seconds / 3600, (seconds / 60) % 60, seconds % 60);
        let sign = if minus {
            "-"
        } else if is_before {
            "+"
        } else {
            ""
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{sign}{h:02}:{m:02}:{s:02}"));
        if fraction != 0 {
            let digits = format!("{fraction:06}");
            out.push('.');
            out.push_str(digits.trim_end_matches('0'));
        }
    }
    out
}

/// `jsonb_out(jsonb_in(text))`: object keys sorted by length then bytes, the last
/// of duplicate keys kept, `", "` and `": "` separators, numbers as `numeric`
/// prints them.
pub fn jsonb(text: &str) -> Option<String> {
    let mut parser = JsonParser {
        bytes: text.as_bytes(),
        text,
        at: 0,
    };
    let value = parser.value()?;
    parser.blanks();
    if parser.at != text.len() {
        return None;
    }
    let mut out = String::new();
    write_json(&value, &mut out);
    Some(out)
}

enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

struct JsonParser<'t> {
    bytes: &'t [u8],
    text: &'t str,
    at: usize,
}

impl JsonParser<'_> {
    fn blanks(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.blanks();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Json> {
        self.blanks();
        match *self.bytes.get(self.at)? {
            b'{' => {
                self.at += 1;
                let mut members: Vec<(String, Json)> = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.blanks();
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return None;
                        }
                        let value = self.value()?;
                        members.retain(|(k, _)| *k != key);
                        members.push((key, value));
                        if self.eat(b',') {
                            continue;
                        }
                        if self.eat(b'}') {
                            break;
                        }
                        return None;
                    }
                }
                members
                    .sort_by(|a, b| (a.0.len(), a.0.as_bytes()).cmp(&(b.0.len(), b.0.as_bytes())));
                Some(Json::Object(members))
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value()?);
                        if self.eat(b',') {
                            continue;
                        }
                        if self.eat(b']') {
                            break;
                        }
                        return None;
                    }
                }
                Some(Json::Array(items))
            }
            b'"' => self.string().map(Json::String),
            b't' => self.word("true").map(|_| Json::Bool(true)),
            b'f' => self.word("false").map(|_| Json::Bool(false)),
            b'n' => self.word("null").map(|_| Json::Null),
            _ => {
                let start = self.at;
                while self.bytes.get(self.at).is_some_and(|b| {
                    b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
                }) {
                    self.at += 1;
                }
                let number = &self.text[start..self.at];
                number.parse::<f64>().ok()?;
                let text = super::deparse::numeric_text(number);
                // numeric has no negative zero.
                let text = match text.strip_prefix('-') {
                    Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
                    _ => text,
                };
                Some(Json::Number(text))
            }
        }
    }

    fn word(&mut self, word: &str) -> Option<()> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Some(())
        } else {
            None
        }
    }

    fn string(&mut self) -> Option<String> {
        if self.bytes.get(self.at) != Some(&b'"') {
            return None;
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let c = self.text[self.at..].chars().next()?;
            self.at += c.len_utf8();
            match c {
                '"' => return Some(out),
                '\\' => {
                    let e = self.text[self.at..].chars().next()?;
                    self.at += 1;
                    out.push(match e {
                        '"' => '"',
                        '\\' => '\\',
                        '/' => '/',
                        'b' => '\u{8}',
                        'f' => '\u{c}',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'u' => {
                            let hex = self.text.get(self.at..self.at + 4)?;
                            self.at += 4;
                            let code = u32::from_str_radix(hex, 16).ok()?;
                            // A surrogate pair.
                            if (0xD800..0xDC00).contains(&code) {
                                let low = self.text.get(self.at..self.at + 6)?;
                                let low = u32::from_str_radix(low.strip_prefix("\\u")?, 16).ok()?;
                                self.at += 6;
                                char::from_u32(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))?
                            } else {
                                char::from_u32(code).filter(|c| *c != '\0')?
                            }
                        }
                        _ => return None,
                    });
                }
                c if (c as u32) < 0x20 => return None,
                c => out.push(c),
            }
        }
    }
}

fn write_json(value: &Json, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::String(s) => write_json_string(s, out),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (key, value)) in members.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_json_string(key, out);
                out.push_str(": ");
                write_json(value, out);
            }
            out.push('}');
        }
    }
}

/// PostgreSQL's `escape_json`.
fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A bytea constant as `byteain` reads it and `byteaout` prints it (hex
/// format): `\x` and hex digit pairs (white space between pairs allowed), or
/// the escape format (`\\` a backslash, `\nnn` an octal byte, any other
/// character its UTF-8 bytes). `None`: not valid input.
pub(super) fn bytea(value: &str) -> Option<String> {
    let mut bytes: Vec<u8> = Vec::new();
    if let Some(hex) = value.strip_prefix("\\x") {
        let digits: Vec<char> = hex.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        if !digits.len().is_multiple_of(2) {
            return None;
        }
        for pair in digits.chunks(2) {
            let text: String = pair.iter().collect();
            bytes.push(u8::from_str_radix(&text, 16).ok()?);
        }
    } else {
        let raw = value.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            if raw[i] != b'\\' {
                bytes.push(raw[i]);
                i += 1;
            } else if raw.get(i + 1) == Some(&b'\\') {
                bytes.push(b'\\');
                i += 2;
            } else {
                let octal = raw.get(i + 1..i + 4)?;
                let valid = matches!(octal[0], b'0'..=b'3')
                    && octal[1..].iter().all(|d| matches!(d, b'0'..=b'7'));
                if !valid {
                    return None;
                }
                bytes.push(octal.iter().fold(0u8, |n, d| n * 8 + (d - b'0')));
                i += 4;
            }
        }
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Some(format!("\\x{hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamptz_constants_print_in_utc() {
        assert_eq!(
            timestamptz("2000-01-01").as_deref(),
            Some("2000-01-01 00:00:00+00")
        );
        assert_eq!(
            timestamptz("2000-01-01 01:30:00+02").as_deref(),
            Some("1999-12-31 23:30:00+00")
        );
        assert_eq!(
            timestamptz("2020-02-28T23:00:00.5-05:30").as_deref(),
            Some("2020-02-29 04:30:00.5+00")
        );
        assert_eq!(date("2000-1-2").as_deref(), Some("2000-01-02"));
    }

    #[test]
    fn intervals_print_as_the_server_prints_them() {
        for (input, output) in [
            ("90 minutes", "01:30:00"),
            ("1 week 2 days 3 hours", "9 days 03:00:00"),
            ("2 months", "2 mons"),
            ("1 year", "1 year"),
            ("-1 day", "-1 days"),
            ("00:30:00", "00:30:00"),
            ("1 hour", "01:00:00"),
            ("30 days", "30 days"),
            ("1.5 days", "1 day 12:00:00"),
            (
                "1 year 2 months 3 days 04:05:06.5",
                "1 year 2 mons 3 days 04:05:06.5",
            ),
            ("1 day ago", "-1 days"),
            ("0", "00:00:00"),
        ] {
            assert_eq!(interval(input).as_deref(), Some(output), "{input}");
        }
        assert_eq!(interval("soon"), None);
    }

    #[test]
    fn times_and_timestamps_print_in_iso_form() {
        assert_eq!(time("9:05").as_deref(), Some("09:05:00"));
        assert_eq!(time("10:11:12.500").as_deref(), Some("10:11:12.5"));
        assert_eq!(time("noon"), None);
        assert_eq!(
            timestamp("2020-1-2 3:04").as_deref(),
            Some("2020-01-02 03:04:00")
        );
        assert_eq!(
            timestamp("2020-01-02").as_deref(),
            Some("2020-01-02 00:00:00")
        );
        assert_eq!(timestamp("now"), None);
    }

    #[test]
    fn jsonb_is_normalised() {
        assert_eq!(
            jsonb(r#"{"b":1,"a":[1,2,{"zz":true,"y":null}],"cc":"x\"y"}"#).as_deref(),
            Some(r#"{"a": [1, 2, {"y": null, "zz": true}], "b": 1, "cc": "x\"y"}"#)
        );
        assert_eq!(jsonb(r#"{"a":1,"a":2}"#).as_deref(), Some(r#"{"a": 2}"#));
        assert_eq!(jsonb("[]").as_deref(), Some("[]"));
        assert_eq!(jsonb("[-0, 1e2, 1.50]").as_deref(), Some("[0, 100, 1.50]"));
        assert_eq!(jsonb(r#""\u00e9""#).as_deref(), Some("\"é\""));
        assert_eq!(jsonb("{"), None);
    }

    #[test]
    fn bytea_prints_in_hex() {
        assert_eq!(bytea("").as_deref(), Some("\\x"));
        assert_eq!(bytea("ab\\000").as_deref(), Some("\\x616200"));
        assert_eq!(bytea("a\\\\b").as_deref(), Some("\\x615c62"));
        assert_eq!(bytea("\\xDE AD").as_deref(), Some("\\xdead"));
        assert_eq!(bytea("\\x0"), None);
        assert_eq!(bytea("\\9"), None);
    }
}
