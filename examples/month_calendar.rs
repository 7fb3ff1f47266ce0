//! A month of the Solar Hijri calendar as a grid, weeks from Saturday to
//! Friday, each day with its Gregorian and lunar Hijri day, Iran's holidays
//! marked `*` (and `~` where the date is an estimate); `shamsi cal` is the
//! full tool.
//!
//! ```text
//! cargo run --example month_calendar
//! ```

use shamsi::Month;
use shamsi::format::{DateFormat, Locale};
use shamsi::holidays::{Country, MonthGrid};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let grid = MonthGrid::for_country(Country::Iran, 1404, Month::Farvardin)?;
    let title = DateFormat::new("%B %Y")?.with_locale(Locale::Persian);
    let first = grid.day(1).ok_or("no first day")?;
    println!("{:^62}", title.display(first.date));
    println!("{}", ["ش", "ی", "د", "س", "چ", "پ", "ج"].map(|d| format!("{d:^8}")).join(" "));
    for week in grid.weeks() {
        let cells = week.map(|cell| match cell {
            // Jalali day, Gregorian day, lunar day; a mark for a holiday.
            Some(day) => {
                let lunar = day.lunar.map_or(0, |l| l.day());
                let mark = match day.holidays().next() {
                    Some(h) if h.estimated => '~',
                    Some(_) => '*',
                    None => ' ',
                };
                format!("{:>2}{mark}{:>2}/{:<2}", day.date.day(), day.gregorian.day(), lunar)
            }
            None => " ".repeat(8),
        });
        println!("{}", cells.join(" "));
    }
    Ok(())
}
