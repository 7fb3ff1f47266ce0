//! Iran's public holidays in a year, and the business day ten working days
//! after a date (Fridays and the official holidays off).
//!
//! ```text
//! cargo run --example business_days
//! ```

use shamsi::JalaliDate;
use shamsi::holidays::{Country, WorkCalendar};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let year = Country::Iran.holidays(1404)?;
    for h in year.iter().take(5) {
        let note = if h.estimated { " (lunar, estimated)" } else { "" };
        println!("{} {} {}{note}", h.date, h.date.to_gregorian(), h.name_fa);
    }

    let work = WorkCalendar::new(Country::Iran);
    let signed = JalaliDate::new(1403, 12, 25)?;
    let due = work.add(signed, 10)?;
    println!("signed {signed}, due ten business days later: {due}");
    println!("business days between: {}", work.count(signed, due)?);
    Ok(())
}
