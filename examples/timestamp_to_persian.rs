//! A Unix timestamp, as a database or an API gives it, to the Persian text a
//! page shows: «۱۴۰۲/۱۱/۰۶ ساعت ۱۴:۳۰» on Tehran's clock, with Iran's whole
//! daylight-saving history.
//!
//! ```text
//! cargo run --example timestamp_to_persian
//! ```

use shamsi::Zoned;
use shamsi::format::{Locale, ZonedFormat};
use shamsi::zone::TimeZone;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let unix = 1_706_266_800; // 2024-01-26T11:00:00Z
    let t = Zoned::from_unix_seconds_in_zone(unix, TimeZone::Iran)?;

    // The pattern is checked once; the locale brings Persian digits.
    let persian = ZonedFormat::new("%Y/%m/%d ساعت %H:%M")?.with_locale(Locale::Persian);
    println!("{}", persian.display(t));
    assert_eq!(persian.display(t).to_string(), "۱۴۰۲/۱۱/۰۶ ساعت ۱۴:۳۰");

    // In words, and as other systems read it (RFC 9557, Gregorian fields).
    let long = ZonedFormat::new("%A %-d %B %Y، ساعت %-H:%M")?.with_locale(Locale::Persian);
    println!("{}", long.display(t));
    println!("{t}");
    Ok(())
}
