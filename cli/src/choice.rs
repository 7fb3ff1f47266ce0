//! The `--rule` names the examples take, shared by those that take one.

use shamsi::rule::RuleKind;

/// An arithmetic rule, or (with the `astro` feature, on by default) the
/// astronomical calendar computed from the equinox.
#[derive(Clone, Copy)]
pub enum Choice {
    Arithmetic(RuleKind),
    #[cfg(feature = "astro")]
    Astronomical(shamsi::astro::Astronomical),
}

impl std::str::FromStr for Choice {
    type Err = String;

    fn from_str(name: &str) -> Result<Choice, String> {
        if let Ok(kind) = name.parse::<RuleKind>() {
            return Ok(Choice::Arithmetic(kind));
        }
        #[cfg(feature = "astro")]
        if let Ok(rule) = name.parse::<shamsi::astro::Astronomical>() {
            return Ok(Choice::Astronomical(rule));
        }
        Err(format!(
            "unknown rule name {name:?} (expected official, rule33, borkowski, birashk{})",
            if cfg!(feature = "astro") { ", astronomical or astronomical-irst" } else { "" }
        ))
    }
}
