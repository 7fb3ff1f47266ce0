//! The JSON lines the subcommands write: compact, one object a line, through
//! serde_json, in the forms the tools have always written (scripts compare
//! them byte for byte).

use std::io::{self, Write};

use serde::{Serialize, Serializer};
use shamsi::Weekday;

/// A weekday's English name in lower case, as the lines and the vectors
/// write it.
pub const fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
    }
}

/// Writes `value` as one line of compact JSON. Control characters in strings
/// are written `\u00XX` (not `\t`, `\n`), and a [`Fixed`] number as its
/// text.
pub fn write_line(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut json = serde_json::Serializer::with_formatter(&mut *out, Lines);
    value.serialize(&mut json).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// A number with a fixed count of decimals (`10.250`), or `null` when it is
/// not finite. serde_json writes an `f64` in its shortest form (`10.25`);
/// the lines have always kept the decimals, so the text is kept and
/// [`write_line`] writes it as it is.
pub struct Fixed(String);

impl Fixed {
    /// `x` with `digits` decimals, or `null`.
    pub fn new(x: f64, digits: usize) -> Fixed {
        Fixed(if x.is_finite() { format!("{x:.digits$}") } else { "null".to_owned() })
    }
}

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Fixed {
    /// The text as bytes, which [`Lines`] writes as they are: the only bytes
    /// the lines hold. (Any other serializer writes an array.)
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0.as_bytes())
    }
}

/// serde_json's compact formatter, with every control character escaped as
/// `\u00XX` and bytes (the text of a [`Fixed`]) written as they are.
struct Lines;

impl serde_json::ser::Formatter for Lines {
    fn write_char_escape<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        escape: serde_json::ser::CharEscape,
    ) -> io::Result<()> {
        use serde_json::ser::CharEscape;
        let control = match escape {
            CharEscape::Quote => return out.write_all(b"\\\""),
            CharEscape::ReverseSolidus => return out.write_all(b"\\\\"),
            CharEscape::Solidus => return out.write_all(b"\\/"),
            CharEscape::Backspace => 0x08,
            CharEscape::Tab => 0x09,
            CharEscape::LineFeed => 0x0a,
            CharEscape::FormFeed => 0x0c,
            CharEscape::CarriageReturn => 0x0d,
            CharEscape::AsciiControl(byte) => byte,
        };
        write!(out, "\\u{control:04x}")
    }

    fn write_byte_array<W: ?Sized + Write>(&mut self, out: &mut W, text: &[u8]) -> io::Result<()> {
        out.write_all(text)
    }
}
