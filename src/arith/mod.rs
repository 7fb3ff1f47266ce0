//! Arithmetic on integers, without types: day numbers, the Gregorian
//! calendar (Neri–Schneider), the Solar Hijri rules' leap arithmetic and the
//! official rule's correction list. Every layer above builds on these.

pub(crate) mod calc;
pub(crate) mod corrections;
