//! The type MariaDB gives a column of a UNION/INTERSECT/EXCEPT from the same
//! column of its branches (its type aggregation for results, then the
//! attributes of the temporary field that holds the rows), as DESCRIBE and
//! `SHOW CREATE TABLE` report it:
//!
//! * a bare `NULL` takes the other side's type (an ENUM or SET stays one;
//!   an unsigned integer meets it as a signed value, so as a DECIMAL);
//! * integers of one signedness: the larger type, the wider display width
//!   (a copied column counts at its type's full width); of mixed signedness
//!   (YEAR counts as unsigned): DECIMAL of the most integer digits;
//! * with a DECIMAL: the most integer digits plus the largest scale,
//!   unsigned only when every side is;
//! * with a FLOAT/DOUBLE: FLOAT while the others are small integers, else
//!   DOUBLE; `(M,D)` kept while every side has a fixed scale;
//! * BIT with BIT: the wider BIT; dates and times: DATE, TIME or TIMESTAMP
//!   with their own kind, else DATETIME, with the largest fraction;
//! * anything else is a string as long (in characters) as the longest side's
//!   text form: binary when a side is binary (BINARY, VARBINARY, BLOB, BIT),
//!   its length then counted in bytes; TEXT/BLOB when a side is one, sized by
//!   the bytes of that length; CHAR/BINARY when a side is fixed and none is
//!   variable (a literal string is VARCHAR; numbers, dates and ENUM/SET
//!   leave the choice to the others), else VARCHAR/VARBINARY.
//!
//! Not followed: a computed integer that is not a literal counts its sign as
//! a digit (a literal's width is its digits); a copied integer counts at its
//! full width where the server takes its declared width for a binary result.

use crate::catalog::SqlType;

/// Integer ranks; YEAR is below TINYINT.
const INTS: [&str; 6] = ["year", "tinyint", "smallint", "mediumint", "int", "bigint"];
const TEXTS: [&str; 4] = ["tinytext", "text", "mediumtext", "longtext"];
const BLOBS: [&str; 4] = ["tinyblob", "blob", "mediumblob", "longblob"];
const LOB_SIZES: [u64; 4] = [255, 65_535, 16_777_215, 4_294_967_295];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Temporal {
    Date,
    Time,
    DateTime,
    Timestamp,
}

/// Whether a string side makes the result fixed-length, variable-length, or
/// leaves it to the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Length {
    Fixed,
    Variable,
    Neutral,
}

#[derive(Debug, Clone)]
enum Operand {
    Null,
    Int {
        rank: usize,
        unsigned: bool,
        /// Display width (with the sign character of a signed column).
        width: u32,
        /// Integer digits, as a DECIMAL counts them.
        digits: u32,
    },
    Decimal {
        precision: u32,
        scale: u32,
        unsigned: bool,
    },
    Real {
        double: bool,
        /// `(M,D)`; `None`: no fixed scale.
        fixed: Option<(u32, u32)>,
    },
    Bit(u32),
    Temporal(Temporal, u32),
    Str {
        length: Length,
        binary: bool,
        /// TEXT/BLOB.
        lob: bool,
        chars: u64,
        bytes_per_char: u64,
        charset: Option<String>,
        collation: Option<String>,
    },
}

fn arg(t: &SqlType, i: usize) -> Option<u64> {
    t.args.get(i).and_then(|a| a.parse::<u64>().ok())
}

fn narrow(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn bytes_per_char(t: &SqlType) -> u64 {
    // A string without a character set of its own is in the connection's
    // (utf8mb4), as literals and the default tables are.
    t.charset()
        .map_or(4, |c| u64::from(super::bytes_per_char(c)))
}

fn classify(t: &SqlType) -> Option<Operand> {
    let name = t.name.as_str();
    if let Some(rank) = INTS.iter().position(|n| *n == name) {
        if rank == 0 {
            return Some(Operand::Int {
                rank,
                unsigned: true,
                width: 4,
                digits: 4,
            });
        }
        let unsigned = t.unsigned || t.zerofill;
        let full = super::display_width(name, unsigned);
        let width = arg(t, 0).map_or(full, narrow);
        // A signed integer narrower than its type is a literal, whose width
        // has no sign character.
        let digits = if unsigned || width < full {
            width
        } else {
            width.saturating_sub(1)
        };
        return Some(Operand::Int {
            rank,
            unsigned,
            width,
            digits,
        });
    }
    let string = |length, binary, lob, chars: u64, bytes_per_char| Operand::Str {
        length,
        binary,
        lob,
        chars,
        bytes_per_char,
        charset: t.charset().map(str::to_string),
        collation: t.collation().map(str::to_string),
    };
    Some(match name {
        "decimal" => Operand::Decimal {
            precision: narrow(arg(t, 0).unwrap_or(10)),
            scale: narrow(arg(t, 1).unwrap_or(0)),
            unsigned: t.unsigned || t.zerofill,
        },
        "float" | "double" => Operand::Real {
            double: name == "double",
            fixed: match (arg(t, 0), arg(t, 1)) {
                (Some(m), Some(d)) => Some((narrow(m), narrow(d))),
                _ => None,
            },
        },
        "bit" => Operand::Bit(narrow(arg(t, 0).unwrap_or(1))),
        "date" => Operand::Temporal(Temporal::Date, 0),
        "time" => Operand::Temporal(Temporal::Time, narrow(arg(t, 0).unwrap_or(0))),
        "datetime" => Operand::Temporal(Temporal::DateTime, narrow(arg(t, 0).unwrap_or(0))),
        "timestamp" => Operand::Temporal(Temporal::Timestamp, narrow(arg(t, 0).unwrap_or(0))),
        // A bare NULL is typed binary(0).
        "binary" if arg(t, 0) == Some(0) => Operand::Null,
        "char" => string(Length::Fixed, false, false, arg(t, 0)?, bytes_per_char(t)),
        "varchar" => string(
            Length::Variable,
            false,
            false,
            arg(t, 0)?,
            bytes_per_char(t),
        ),
        "binary" => string(Length::Fixed, true, false, arg(t, 0)?, 1),
        "varbinary" => string(Length::Variable, true, false, arg(t, 0)?, 1),
        "enum" | "set" => {
            let lengths = t.values().iter().map(|v| v.chars().count() as u64);
            let chars = if name == "enum" {
                lengths.max().unwrap_or(0)
            } else {
                lengths.sum::<u64>() + (t.values().len() as u64).saturating_sub(1)
            };
            string(Length::Neutral, false, false, chars, bytes_per_char(t))
        }
        _ => {
            // A TEXT counts its size in bytes as characters.
            if let Some(i) = TEXTS.iter().position(|n| *n == name) {
                string(
                    Length::Variable,
                    false,
                    true,
                    LOB_SIZES[i],
                    bytes_per_char(t),
                )
            } else if let Some(i) = BLOBS.iter().position(|n| *n == name) {
                string(Length::Variable, true, true, LOB_SIZES[i], 1)
            } else {
                return None;
            }
        }
    })
}

impl Operand {
    /// The length of the side's text form, in characters.
    fn chars(&self) -> u64 {
        match self {
            Operand::Null => 0,
            Operand::Int { width, .. } => u64::from(*width),
            Operand::Decimal {
                precision,
                scale,
                unsigned,
            } => u64::from(*precision) + u64::from(*scale > 0) + u64::from(!*unsigned),
            Operand::Real {
                fixed: Some((m, _)),
                ..
            } => u64::from(*m),
            Operand::Real { double: false, .. } => 12,
            Operand::Real { double: true, .. } => 22,
            Operand::Bit(n) => u64::from(*n),
            Operand::Temporal(kind, fsp) => {
                let fraction = if *fsp > 0 { u64::from(*fsp) + 1 } else { 0 };
                match kind {
                    Temporal::Date => 10,
                    Temporal::Time => 10 + fraction,
                    Temporal::DateTime | Temporal::Timestamp => 19 + fraction,
                }
            }
            Operand::Str { chars, .. } => *chars,
        }
    }

    /// The length of the side's text form, in bytes.
    fn bytes(&self) -> u64 {
        match self {
            Operand::Str {
                chars,
                bytes_per_char,
                lob: false,
                ..
            } => chars.saturating_mul(*bytes_per_char),
            other => other.chars(),
        }
    }

    /// Scale of a number (`None`: not fixed).
    fn scale(&self) -> Option<u32> {
        match self {
            Operand::Null | Operand::Int { .. } => Some(0),
            Operand::Decimal { scale, .. } => Some(*scale),
            Operand::Real { fixed, .. } => fixed.map(|(_, d)| d),
            _ => None,
        }
    }

    fn is_unsigned(&self) -> bool {
        match self {
            Operand::Int { unsigned, .. } | Operand::Decimal { unsigned, .. } => *unsigned,
            _ => false,
        }
    }

    fn int_digits(&self) -> Option<u32> {
        match self {
            Operand::Null => Some(0),
            Operand::Int { digits, .. } => Some(*digits),
            Operand::Decimal {
                precision, scale, ..
            } => Some(precision.saturating_sub(*scale)),
            _ => None,
        }
    }

    fn is_number(&self) -> bool {
        matches!(
            self,
            Operand::Int { .. } | Operand::Decimal { .. } | Operand::Real { .. }
        )
    }
}

/// The type of a UNION column from the types of the left side (the branches
/// so far) and the next branch (`None`: a type not known).
pub fn union(l: &SqlType, r: &SqlType) -> Option<SqlType> {
    let (lo, ro) = (classify(l)?, classify(r)?);
    Some(match (&lo, &ro) {
        (Operand::Null, Operand::Null) => l.clone(),
        // NULL first, then a signed MEDIUMINT: a BIGINT of its width.
        (
            Operand::Null,
            Operand::Int {
                rank: 3,
                unsigned: false,
                width,
                ..
            },
        ) => SqlType::with_args("bigint", vec![width.to_string()]),
        (Operand::Null, Operand::Int { .. } | Operand::Decimal { .. })
        | (Operand::Int { .. } | Operand::Decimal { .. }, Operand::Null) => {
            let other = if matches!(lo, Operand::Null) { r } else { l };
            numbers(&lo, &ro, other)?
        }
        // An ENUM or SET with NULL stays one; other strings are sized again
        // (a TINYTEXT with NULL is a TEXT).
        (Operand::Null, side @ Operand::Str { length, .. })
        | (side @ Operand::Str { length, .. }, Operand::Null)
            if *length != Length::Neutral =>
        {
            string(&[side])
        }
        (Operand::Null, _) => r.clone(),
        (_, Operand::Null) => l.clone(),
        (Operand::Bit(a), Operand::Bit(b)) => {
            SqlType::with_args("bit", vec![(*a).max(*b).to_string()])
        }
        (Operand::Temporal(a, af), Operand::Temporal(b, bf)) => {
            let kind = if a == b { *a } else { Temporal::DateTime };
            let name = match kind {
                Temporal::Date => "date",
                Temporal::Time => "time",
                Temporal::DateTime => "datetime",
                Temporal::Timestamp => "timestamp",
            };
            let fsp = (*af).max(*bf);
            if fsp > 0 && kind != Temporal::Date {
                SqlType::with_args(name, vec![fsp.to_string()])
            } else {
                SqlType::named(name)
            }
        }
        _ if lo.is_number() && ro.is_number() => numbers(&lo, &ro, l)?,
        _ => string(&[&lo, &ro]),
    })
}

/// The type of a UNION column from the types of all its branches: their
/// kinds meet two by two, left to right; a string's length is then the
/// longest of all the branches (a TINYTEXT, TEXT and NULL make a MEDIUMTEXT,
/// not the LONGTEXT a MEDIUMTEXT and NULL make).
pub fn union_all(types: &[&SqlType]) -> Option<SqlType> {
    let (first, rest) = types.split_first()?;
    let mut result = (*first).clone();
    for next in rest {
        result = union(&result, next)?;
    }
    let is_string = matches!(
        result.name.as_str(),
        "char" | "varchar" | "binary" | "varbinary"
    ) || TEXTS.contains(&result.name.as_str())
        || BLOBS.contains(&result.name.as_str());
    if is_string && types.len() > 2 {
        let sides = types
            .iter()
            .map(|t| classify(t))
            .collect::<Option<Vec<_>>>()?;
        let sides: Vec<&Operand> = sides
            .iter()
            .filter(|s| !matches!(s, Operand::Null))
            .collect();
        if !sides.is_empty() {
            return Some(string(&sides));
        }
    }
    Some(result)
}

/// Two numeric sides (or one and a NULL); `single`: the type of the one side
/// when the other is NULL.
fn numbers(l: &Operand, r: &Operand, single: &SqlType) -> Option<SqlType> {
    let sides = [l, r];
    let unsigned = sides.iter().all(|s| s.is_unsigned());
    let any_null = sides.iter().any(|s| matches!(s, Operand::Null));
    let int_type = |rank: usize, width: u32, unsigned: bool| SqlType {
        name: INTS[rank].to_string(),
        args: vec![width.to_string()],
        unsigned,
        ..SqlType::default()
    };
    let decimal = |unsigned: bool| -> Option<SqlType> {
        let scale = sides.iter().map(|s| s.scale()).max()??;
        let digits = sides
            .iter()
            .map(|s| s.int_digits())
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .max()?;
        Some(SqlType {
            name: String::from("decimal"),
            args: vec![(digits + scale).min(65).to_string(), scale.to_string()],
            unsigned,
            ..SqlType::default()
        })
    };
    if sides.iter().any(|s| matches!(s, Operand::Real { .. })) {
        // FLOAT while the other side fits a float (a small integer, a
        // FLOAT, a NULL), else DOUBLE.
        let fits_float = |s: &Operand| match s {
            Operand::Null => true,
            Operand::Real { double, .. } => !double,
            Operand::Int { rank, .. } => *rank <= 3,
            _ => false,
        };
        let name = if sides.iter().all(|s| fits_float(s)) {
            "float"
        } else {
            "double"
        };
        let scales: Option<Vec<u32>> = sides.iter().map(|s| s.scale()).collect();
        return Some(match scales {
            Some(scales) => {
                let scale = scales.into_iter().max().unwrap_or(0);
                let whole = sides
                    .iter()
                    .map(|s| narrow(s.chars()).saturating_sub(s.scale().unwrap_or(0)))
                    .max()
                    .unwrap_or(0);
                SqlType::with_args(name, vec![(whole + scale).to_string(), scale.to_string()])
            }
            None => SqlType::named(name),
        });
    }
    if sides.iter().any(|s| matches!(s, Operand::Decimal { .. })) {
        return decimal(unsigned);
    }
    if any_null {
        // A NULL is signed: an unsigned integer with it is a DECIMAL.
        return match single.name.as_str() {
            "year" => Some(single.clone()),
            _ if single.unsigned || single.zerofill => decimal(false),
            _ => Some(SqlType {
                zerofill: false,
                ..single.clone()
            }),
        };
    }
    match (l, r) {
        (Operand::Int { rank: 0, .. }, Operand::Int { rank: 0, .. }) => {
            Some(SqlType::with_args("year", vec![String::from("4")]))
        }
        (
            Operand::Int {
                rank: lr,
                unsigned: lu,
                width: lw,
                ..
            },
            Operand::Int {
                rank: rr,
                unsigned: ru,
                width: rw,
                ..
            },
        ) if lu == ru => Some(int_type((*lr).max(*rr).max(1), (*lw).max(*rw), *lu)),
        _ => decimal(false),
    }
}

/// Sides that meet as strings.
fn string(sides: &[&Operand]) -> SqlType {
    let binary = sides
        .iter()
        .any(|s| matches!(s, Operand::Bit(_)) || matches!(s, Operand::Str { binary: true, .. }));
    let lob = sides
        .iter()
        .any(|s| matches!(s, Operand::Str { lob: true, .. }));
    let lengths = || {
        sides.iter().filter_map(|s| match s {
            Operand::Str { length, .. } => Some(*length),
            _ => None,
        })
    };
    let fixed = lengths().any(|l| l == Length::Fixed) && !lengths().any(|l| l == Length::Variable);
    let sized = |kinds: &[&str; 4], bytes: u64| {
        let i = LOB_SIZES.iter().position(|s| bytes <= *s).unwrap_or(3);
        SqlType::named(kinds[i])
    };
    if binary {
        let bytes = sides.iter().map(|s| s.bytes()).max().unwrap_or(0);
        return if lob {
            sized(&BLOBS, bytes)
        } else {
            SqlType::with_args(
                if fixed { "binary" } else { "varbinary" },
                vec![bytes.to_string()],
            )
        };
    }
    let chars = sides.iter().map(|s| s.chars()).max().unwrap_or(0);
    // The character set of the side that needs the most bytes per character.
    let (bytes_per_char, charset, collation) = sides
        .iter()
        .filter_map(|s| match s {
            Operand::Str {
                bytes_per_char,
                charset,
                collation,
                ..
            } => Some((*bytes_per_char, charset.clone(), collation.clone())),
            _ => None,
        })
        .fold(
            (0, None, None),
            |best, next| {
                if next.0 > best.0 {
                    next
                } else {
                    best
                }
            },
        );
    let bytes_per_char = if bytes_per_char == 0 {
        4
    } else {
        bytes_per_char
    };
    let mut result = if lob {
        sized(&TEXTS, chars.saturating_mul(bytes_per_char))
    } else {
        SqlType::with_args(
            if fixed { "char" } else { "varchar" },
            vec![chars.to_string()],
        )
    };
    result.set_charset(charset);
    result.set_collation(collation);
    result
}

/// The default reflection reads from DESCRIBE for a NOT NULL column of this
/// type in a UNION view: its zero, nothing for a string but BINARY, and
/// nothing for TIME/DATETIME/TIMESTAMP (a UNION makes them in MariaDB 5.3's
/// format, which DESCRIBE marks with a comment, `datetime /* mariadb-5.3 */`,
/// after which SQLAlchemy's pattern reads no default).
pub fn zero(t: &SqlType) -> Option<String> {
    let fraction = |digits: Option<u64>| match digits {
        Some(d) if d > 0 => format!(".{}", "0".repeat(d as usize)),
        _ => String::new(),
    };
    Some(match t.name.as_str() {
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint" => String::from("0"),
        "decimal" | "float" | "double" => format!("0{}", fraction(arg(t, 1))),
        "year" => String::from("0000"),
        "date" => String::from("0000-00-00"),
        "bit" => String::from("b'0'"),
        "binary" => "\0".repeat(arg(t, 0).unwrap_or(1) as usize),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(name: &str, args: &[&str]) -> SqlType {
        SqlType::with_args(name, args.iter().map(|a| a.to_string()).collect())
    }

    fn show(t: &SqlType) -> String {
        let mut s = t.name.clone();
        if !t.args.is_empty() {
            s += &format!("({})", t.args.join(","));
        }
        if t.unsigned {
            s += " unsigned";
        }
        s
    }

    fn u(name: &str, args: &[&str]) -> SqlType {
        SqlType {
            unsigned: true,
            ..t(name, args)
        }
    }

    #[test]
    fn numbers_as_mariadb_aggregates_them() {
        let cases = [
            (t("tinyint", &["4"]), u("tinyint", &["3"]), "decimal(3,0)"),
            (t("tinyint", &["4"]), t("int", &["1"]), "int(4)"),
            (
                u("tinyint", &["3"]),
                t("year", &["4"]),
                "tinyint(4) unsigned",
            ),
            (
                t("decimal", &["5", "2"]),
                t("bigint", &["12"]),
                "decimal(14,2)",
            ),
            (t("float", &["7", "3"]), t("int", &["11"]), "double(14,3)"),
            (t("float", &[]), t("smallint", &["6"]), "float"),
            (t("binary", &["0"]), u("int", &["10"]), "decimal(10,0)"),
            (t("binary", &["0"]), t("mediumint", &["9"]), "bigint(9)"),
            (t("mediumint", &["9"]), t("binary", &["0"]), "mediumint(9)"),
        ];
        for (l, r, expected) in cases {
            assert_eq!(show(&union(&l, &r).unwrap()), expected, "{l:?} {r:?}");
        }
    }

    #[test]
    fn strings_as_mariadb_aggregates_them() {
        let cases = [
            (t("char", &["5"]), t("bigint", &["20"]), "char(20)"),
            (t("char", &["5"]), t("binary", &["4"]), "binary(20)"),
            (t("varchar", &["10"]), t("tinytext", &[]), "text"),
            (t("tinytext", &[]), t("binary", &["4"]), "tinyblob"),
            (t("bit", &["1"]), t("date", &[]), "varbinary(10)"),
            (t("date", &[]), t("time", &["3"]), "datetime(3)"),
            (t("year", &["4"]), t("date", &[]), "varchar(10)"),
        ];
        for (l, r, expected) in cases {
            assert_eq!(show(&union(&l, &r).unwrap()), expected, "{l:?} {r:?}");
        }
    }
}
