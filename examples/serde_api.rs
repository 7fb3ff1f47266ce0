//! Dates in an API's JSON with serde (feature `serde`): the default form is
//! the one other systems read right (`2024-01-26[u-ca=persian]`, as
//! Temporal writes it), and `shamsi::serde::jalali` keeps `"1402-11-06"`
//! where the API has always spoken Jalali.
//!
//! ```text
//! cargo run --example serde_api --features serde
//! ```

use serde::{Deserialize, Serialize};
use shamsi::JalaliDate;

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Invoice {
    number: u32,
    /// Written with ISO fields and the calendar named: no system reads it as
    /// another day.
    issued: JalaliDate,
    /// Written as Jalali text, by choice.
    #[serde(with = "shamsi::serde::jalali")]
    due: JalaliDate,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let invoice = Invoice {
        number: 7,
        issued: JalaliDate::new(1402, 11, 6)?,
        due: JalaliDate::new(1402, 12, 6)?,
    };
    let json = serde_json::to_string(&invoice)?;
    println!("{json}");
    assert_eq!(json, r#"{"number":7,"issued":"2024-01-26[u-ca=persian]","due":"1402-12-06"}"#);
    assert_eq!(serde_json::from_str::<Invoice>(&json)?, invoice);

    // A bare date says no calendar: refused, never read as the year 2024 AP.
    let bare = r#"{"number":8,"issued":"2024-01-26","due":"1402-12-06"}"#;
    let e = serde_json::from_str::<Invoice>(bare).unwrap_err();
    println!("{e}");
    Ok(())
}
