//! Text: the names of every locale, the ISO, RFC 3339 and RFC 9557 forms,
//! the strftime engine ([`format`](crate::format), patterns written and
//! read), and the lenient reader with extraction ([`parse`](crate::parse)).

pub mod format;
pub(crate) mod iso;
pub mod names;
pub mod parse;
