//! Writing JSON strings, shared by the examples that print JSON lines.

use std::io::{self, Write};

/// Writes `s` as a JSON string: quoted, with `"`, `\` and control
/// characters escaped.
pub fn write_string(out: &mut impl Write, s: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    for c in s.chars() {
        match c {
            '"' => out.write_all(b"\\\"")?,
            '\\' => out.write_all(b"\\\\")?,
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32)?,
            c => write!(out, "{c}")?,
        }
    }
    out.write_all(b"\"")
}
