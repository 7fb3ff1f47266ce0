//! UTC offsets: [`Offset`], to the second, within ±25:59:59.

use core::fmt;

use crate::iso::{self, Cursor};
use crate::{DateError, Field, ParseError, ParseErrorKind};

/// The largest offset, ±25:59:59, as jiff and RFC 9557 allow.
const MAX_OFFSET: i32 = 25 * 3600 + 59 * 60 + 59;

/// A UTC offset: how far a clock is ahead of UTC (behind it when
/// negative), to the second, within ±25:59:59.
///
/// Seconds are kept: Tehran's mean solar time, the civil time of Iran until
/// 1935, was +03:25:44.
///
/// # Example
///
/// ```
/// use shamsi::Offset;
///
/// assert_eq!(Offset::IRAN_STANDARD.to_string(), "+03:30");
/// assert_eq!(Offset::TEHRAN_MEAN_TIME.to_string(), "+03:25:44");
/// assert_eq!("-05:00".parse::<Offset>()?.seconds(), -18_000);
/// assert!(Offset::from_seconds(26 * 3600).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Offset(i32);

impl Offset {
    /// UTC itself, +00:00.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::UTC.seconds(), 0);
    /// ```
    pub const UTC: Offset = Offset(0);

    /// Iran Standard Time, +03:30.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::IRAN_STANDARD.seconds(), 12_600);
    /// ```
    pub const IRAN_STANDARD: Offset = Offset(12_600);

    /// Iran's daylight saving time of 1977 and 1979–2022, +04:30.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::IRAN_DAYLIGHT.seconds(), 16_200);
    /// ```
    pub const IRAN_DAYLIGHT: Offset = Offset(16_200);

    /// Tehran's local mean solar time, +03:25:44, Iran's civil time until
    /// 1935 (in the IANA database).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::TEHRAN_MEAN_TIME.seconds(), 12_344);
    /// ```
    pub const TEHRAN_MEAN_TIME: Offset = Offset(12_344);

    /// Afghanistan Time, +04:30 (since 1945; +04:00 before).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::AFGHANISTAN.seconds(), 16_200);
    /// ```
    pub const AFGHANISTAN: Offset = Offset(16_200);

    /// The smallest offset, -25:59:59.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::MIN.to_string(), "-25:59:59");
    /// ```
    pub const MIN: Offset = Offset(-MAX_OFFSET);

    /// The largest offset, +25:59:59.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::MAX.to_string(), "+25:59:59");
    /// ```
    pub const MAX: Offset = Offset(MAX_OFFSET);

    /// The offset `seconds` seconds east of UTC.
    ///
    /// # Errors
    ///
    /// [`DateError::FieldOutOfRange`] beyond ±25:59:59 (±93,599 s).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Offset;
    ///
    /// assert_eq!(Offset::from_seconds(16_200)?, Offset::AFGHANISTAN);
    /// assert!(Offset::from_seconds(-100_000).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_seconds(seconds: i32) -> Result<Offset, DateError> {
        if seconds < -MAX_OFFSET || seconds > MAX_OFFSET {
            return Err(DateError::FieldOutOfRange {
                field: Field::UtcOffset,
                value: seconds as i64,
                min: -MAX_OFFSET as i64,
                max: MAX_OFFSET as i64,
            });
        }
        Ok(Offset(seconds))
    }

    /// The offset in seconds east of UTC.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Offset::IRAN_STANDARD.seconds(), 3 * 3600 + 30 * 60);
    /// ```
    pub const fn seconds(self) -> i32 {
        self.0
    }
}

impl fmt::Display for Offset {
    /// Writes `+HH:MM`, or `+HH:MM:SS` when the offset has seconds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        iso::write_offset(f, self.0)
    }
}

impl fmt::Debug for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Offset({self})")
    }
}

pub(crate) fn offset_at(seconds: i32, at: usize) -> Result<Offset, ParseError> {
    Offset::from_seconds(seconds).map_err(|e| ParseError::new(ParseErrorKind::InvalidDate(e), at))
}

impl core::str::FromStr for Offset {
    type Err = ParseError;

    /// Reads `Z`, `±HH:MM`, `±HHMM` or `±HH:MM:SS`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ParseError::check_len(s)?;
        let mut c = Cursor::new(s);
        let seconds = c.offset()?;
        c.end()?;
        offset_at(seconds, 0)
    }
}
