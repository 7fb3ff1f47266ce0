//! Runs by first character: a table, built at compile time, of where the
//! entries that begin with each character of ASCII or the Arabic block
//! stand in a list sorted by that character, so that a lookup finds them
//! without a search. The lenient reader's word tables and the strict
//! reader's name sets both use it.

/// The slots of the runs: ASCII, then the Arabic block.
pub(crate) const RUN_SLOTS: usize = 0x180;

/// Where each first character's run begins, and how long it is.
pub(crate) type Runs = [(u16, u16); RUN_SLOTS];

/// The slot of a first character `c` (a code point); `None` outside ASCII
/// and the Arabic block, where no entry begins.
#[inline]
pub(crate) const fn run_slot(c: u32) -> Option<usize> {
    match c {
        0..0x80 => Some(c as usize),
        0x0600..0x0700 => Some(0x80 + (c - 0x0600) as usize),
        _ => None,
    }
}

/// The runs of a list whose entries begin with the characters `firsts`
/// (code points, in the list's order), at compile time: every one must
/// have a slot, and the entries of one character must stand together.
#[allow(clippy::indexing_slicing)] // compile time
pub(crate) const fn runs_of(firsts: &[u32]) -> Runs {
    let mut runs = [(0u16, 0u16); RUN_SLOTS];
    let mut n = 0;
    while n < firsts.len() {
        let slot = run_slot(firsts[n]);
        assert!(slot.is_some(), "an entry begins outside ASCII and the Arabic block");
        let slot = match slot {
            Some(slot) => slot,
            None => 0,
        };
        if runs[slot].1 == 0 {
            runs[slot].0 = n as u16;
        }
        assert!(runs[slot].0 as usize + runs[slot].1 as usize == n, "a run out of order");
        runs[slot].1 += 1;
        n += 1;
    }
    runs
}
