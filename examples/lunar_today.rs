//! Today's lunar Hijri date as Iran observes it, marked when it comes from
//! the crate's predicted months rather than Iran's announced ones.
//!
//! ```text
//! cargo run --example lunar_today
//! ```

use shamsi::JalaliDate;
use shamsi::format::{HijriFormat, Locale};
use shamsi::hijri::{HijriDate, Iran};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let today = JalaliDate::today_in_iran();
    let lunar = HijriDate::from_jalali_in(Iran::PREDICTED, today)?;
    let text = HijriFormat::new(Locale::Persian).display(lunar);
    let note = if lunar.source().is_estimated() { " (predicted)" } else { "" };
    println!("{today}  =  {lunar}  =  {text}{note}");
    Ok(())
}
