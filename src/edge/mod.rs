//! The edges, where the crate meets other code: serde, the conversions
//! with chrono, time and jiff, proptest strategies, and columns of dates.

pub mod columns;
#[cfg(any(feature = "chrono_0_4", feature = "time_0_3", feature = "jiff_0_2", feature = "jiff_1"))]
pub(crate) mod interop;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
