//! Text: the names of every locale, the strftime engine ([`format`](crate::format), patterns written and
//! read), and the lenient reader with extraction ([`parse`](crate::parse)).

pub mod format;
pub(crate) mod name_set;
pub mod names;
pub mod parse;
pub mod relative;
pub(crate) mod runs;
#[rustfmt::skip]
mod relative_data;
pub mod words;
