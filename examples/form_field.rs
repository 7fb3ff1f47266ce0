//! What a user typed into a date field, to a date or an error that says
//! what is wrong and where: any digit set, month names, a Gregorian date.
//!
//! ```text
//! cargo run --example form_field
//! ```

use shamsi::JalaliDate;

fn main() {
    let typed = [
        "۱۴۰۲/۱۱/۰۶",
        "6 بهمن 1402",
        "جمعه ۶ بهمن ماه ١۴٠٢",
        "2024-01-26",
        "۱۴۰۲/۱۲/۳۰", // 1402 is no leap year
        "۱۹ مهر",     // no year: nothing to guess
        "3/2/1377",   // day/month or month/day? refused, never guessed
    ];
    for text in typed {
        match JalaliDate::parse_lenient(text) {
            Ok(date) => println!("{text:>24}  ->  {date} ({})", date.to_gregorian()),
            Err(e) => println!("{text:>24}  ->  error: {e}"),
        }
    }
}
