//! Several digits read at once from one integer (SWAR, "SIMD within a
//! register"): the readers of fixed-width numbers use these to check and
//! convert two or four digits with a few arithmetic instructions instead of
//! a branch per byte.
//!
//! A Latin digit is one byte, `0x30..=0x39`. A Persian or Arabic-Indic digit
//! is two: a lead byte (`0xDB` or `0xD9`) and `0xB0..=0xB9` or
//! `0xA0..=0xA9`, read here as one little-endian 16-bit lane whose value,
//! less the set's zero, is the digit times 256.

/// The 16-bit lane of a two-byte digit set's zero, told by a lead byte:
/// `0xDB` is Persian; anything else is taken for Arabic-Indic, whose lead
/// `0xD9` then has to match (any other lead fails the check).
#[inline(always)]
pub(crate) fn wide_zero(lead: u8) -> u16 {
    if lead == 0xDB { 0xB0DB } else { 0xA0D9 }
}

/// Four Latin digits as one number, or `None` if one byte is not a digit.
#[inline(always)]
pub(crate) fn latin4(bytes: [u8; 4]) -> Option<u32> {
    // Each byte less `'0'`: a digit is 0..=9, anything else is at least 10
    // or wraps past 0x7F; adding 0x76 sets bit 7 of every byte from 10 up.
    // (A borrow or a carry between bytes only comes from a byte that fails.)
    let w = u32::from_le_bytes(bytes).wrapping_sub(0x3030_3030);
    if (w | w.wrapping_add(0x7676_7676)) & 0x8080_8080 != 0 {
        return None;
    }
    // Bytes 0 and 2 become the two pairs: ten times a digit plus the next.
    let v = w * 10 + (w >> 8);
    Some((v & 0xFF) * 100 + ((v >> 16) & 0xFF))
}

/// Two Latin digits as one number.
#[inline(always)]
pub(crate) fn latin2(bytes: [u8; 2]) -> Option<u32> {
    let w = u16::from_le_bytes(bytes).wrapping_sub(0x3030);
    if (w | w.wrapping_add(0x7676)) & 0x8080 != 0 {
        return None;
    }
    Some(u32::from(w & 0xFF) * 10 + u32::from(w >> 8))
}

/// One Latin digit.
#[inline(always)]
pub(crate) fn latin1(byte: u8) -> Option<u32> {
    let d = byte.wrapping_sub(b'0');
    (d < 10).then_some(u32::from(d))
}

/// Four two-byte digits of the set whose zero is `zero` (from
/// [`wide_zero`]) as one number.
#[inline(always)]
pub(crate) fn wide4(bytes: [u8; 8], zero: u16) -> Option<u32> {
    // Each lane less the zero: a digit leaves its value times 256 (a low
    // byte of 0 says the lead matched), anything else a low byte that is
    // not 0 or a value from 0x0A00 up, which bit 15 shows after adding
    // 0x7600. A lane below the zero wraps to at least 0x4F25 and fails
    // itself, whatever its borrow does to the lane above.
    let w = u64::from_le_bytes(bytes).wrapping_sub(u64::from(zero) * 0x0001_0001_0001_0001);
    if (w | w.wrapping_add(0x7600_7600_7600_7600)) & 0x80FF_80FF_80FF_80FF != 0 {
        return None;
    }
    let z = w >> 8;
    let v = z * 10 + (z >> 16);
    // At most 99 in each: the casts are exact.
    Some((v & 0xFFFF) as u32 * 100 + ((v >> 32) & 0xFFFF) as u32)
}

/// Two two-byte digits of one set as one number.
#[inline(always)]
pub(crate) fn wide2(bytes: [u8; 4], zero: u16) -> Option<u32> {
    let w = u32::from_le_bytes(bytes).wrapping_sub(u32::from(zero) * 0x0001_0001);
    if (w | w.wrapping_add(0x7600_7600)) & 0x80FF_80FF != 0 {
        return None;
    }
    Some((w >> 8 & 0xFF) * 10 + (w >> 24))
}

/// One two-byte digit.
#[inline(always)]
pub(crate) fn wide1(bytes: [u8; 2], zero: u16) -> Option<u32> {
    let w = u16::from_le_bytes(bytes).wrapping_sub(zero);
    (w & 0xFF == 0 && w < 0x0A00).then_some(u32::from(w >> 8))
}

/// Whether two texts of the same length are the same, eight bytes at a
/// time: for names and short texts, where a call to `memcmp` costs more
/// than this.
#[inline(always)]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    let (mut a, mut b) = (a, b);
    while let (Some((x, rest_a)), Some((y, rest_b))) =
        (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
    {
        if u64::from_ne_bytes(*x) != u64::from_ne_bytes(*y) {
            return false;
        }
        (a, b) = (rest_a, rest_b);
    }
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte reading these replace: the number in `text`, all
    /// Latin digits or all of one two-byte set.
    fn slow(text: &[u8]) -> Option<u32> {
        let s = core::str::from_utf8(text).ok()?;
        let mut n = 0;
        let mut set = None;
        for c in s.chars() {
            let (this, d) = match c {
                '0'..='9' => (0, c as u32 - '0' as u32),
                '۰'..='۹' => (1, c as u32 - '۰' as u32),
                '٠'..='٩' => (2, c as u32 - '٠' as u32),
                _ => return None,
            };
            if *set.get_or_insert(this) != this {
                return None;
            }
            n = n * 10 + d;
        }
        Some(n)
    }

    /// What the reader of `text`'s length and digit width reads in it.
    fn fast(text: &[u8], wide: bool) -> Option<u32> {
        let zero = wide_zero(text.first().copied().unwrap_or(0));
        match (wide, text.len()) {
            (false, 1) => latin1(text[0]),
            (false, 2) => latin2(*text.first_chunk()?),
            (false, 4) => latin4(*text.first_chunk()?),
            (true, 2) => wide1(*text.first_chunk()?, zero),
            (true, 4) => wide2(*text.first_chunk()?, zero),
            (true, 8) => wide4(*text.first_chunk()?, zero),
            _ => unreachable!(),
        }
    }

    /// `n` in `width` digits of the set whose zero is `zero`, into `out`.
    fn write(n: u32, width: u32, zero: char, out: &mut [u8; 8]) -> &[u8] {
        let mut len = 0;
        for place in (0..width).rev() {
            let digit = n / 10u32.pow(place) % 10;
            let c = char::from_u32(zero as u32 + digit).unwrap_or('?');
            len += c.encode_utf8(&mut out[len..]).len();
        }
        &out[..len]
    }

    #[test]
    fn every_byte_in_every_place() {
        // Each place of a valid group, replaced by every byte: the readers
        // agree with the slow one on all of them.
        let mut checked = 0;
        for (zero, wide) in [('0', false), ('۰', true), ('٠', true)] {
            for (n, width) in [(7, 1), (9, 2), (40, 2), (1409, 4), (372, 4)] {
                let mut buf = [0; 8];
                let group = write(n, width, zero, &mut buf);
                assert_eq!(fast(group, wide), Some(n));
                for place in 0..group.len() {
                    for byte in 0..=255u8 {
                        let mut text = [0u8; 8];
                        let text = &mut text[..group.len()];
                        text.copy_from_slice(group);
                        text[place] = byte;
                        assert_eq!(fast(text, wide), slow(text), "{text:x?}");
                        checked += 1;
                    }
                }
            }
        }
        // Thirteen places in Latin digits, twice as many in each two-byte set.
        assert_eq!(checked, 256 * (13 + 2 * 26));
    }

    #[test]
    fn every_value() {
        for (zero, wide) in [('0', false), ('۰', true), ('٠', true)] {
            for width in [1, 2, 4] {
                for n in 0..10u32.pow(width) {
                    let mut buf = [0; 8];
                    assert_eq!(fast(write(n, width, zero, &mut buf), wide), Some(n));
                }
            }
        }
    }

    #[test]
    fn a_mixed_group_is_refused() {
        let mixed = "۱٤".as_bytes();
        assert_eq!(fast(mixed, true), None);
        assert_eq!(fast("٤۱".as_bytes(), true), None);
        assert_eq!(fast("۱۲۳٤".as_bytes(), true), None);
    }
}
