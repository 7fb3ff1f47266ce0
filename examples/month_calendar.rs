//! A month of the Solar Hijri calendar as a grid, weeks from Saturday to
//! Friday, with Iran's holidays marked (`shamsi cal` is the full tool).
//!
//! ```text
//! cargo run --example month_calendar
//! ```

use shamsi::JalaliDate;
use shamsi::format::{DateFormat, Locale};
use shamsi::holidays::Country;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let first = JalaliDate::new(1404, 1, 1)?;
    let holidays = Country::Iran.holidays(first.year())?;
    println!("{:^27}", DateFormat::new("%B %Y")?.with_locale(Locale::Persian).display(first));
    println!(" ش  ی  د  س  چ  پ  ج");
    let mut line = "   ".repeat(usize::from(first.weekday().to_saturday_zero_offset()));
    for day in 1..=first.days_in_month() {
        let date = first.with_day(day)?;
        let mark = if holidays.on(date).next().is_some() { '*' } else { ' ' };
        line.push_str(&format!("{day:>2}{mark}"));
        if date.weekday().to_saturday_zero_offset() == 6 {
            println!("{}", line.trim_end());
            line.clear();
        }
    }
    if !line.is_empty() {
        println!("{}", line.trim_end());
    }
    Ok(())
}
