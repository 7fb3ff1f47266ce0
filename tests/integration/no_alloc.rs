//! Formatting into a buffer, the strict and lenient parsers and extraction
//! allocate nothing: a counting allocator, armed only around the calls on
//! this thread, sees no allocation.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

use shamsi::JalaliDate;
use shamsi::format::{DateFormat, Locale};
use shamsi::parse::{Parsed, mentions, parse_lenient};

struct Counting;

thread_local! {
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if ARMED.with(Cell::get) {
                COUNT.with(|c| c.set(c.get() + 1));
            }
            System.alloc(layout)
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The number of allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    COUNT.with(|c| c.set(0));
    ARMED.with(|a| a.set(true));
    f();
    ARMED.with(|a| a.set(false));
    COUNT.with(Cell::get)
}

/// A fixed buffer that implements `fmt::Write`.
struct Buf {
    bytes: [u8; 128],
    len: usize,
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn nothing_is_allocated() {
    // The counter counts.
    assert!(allocations(|| drop(std::hint::black_box(vec![1u8; 8]))) > 0);
    let date = JalaliDate::new(1402, 11, 6).unwrap();
    let f = DateFormat::new("%A %-d %B %Y %E").unwrap().with_locale(Locale::Persian);
    let strict = DateFormat::new("%Y/%m/%d").unwrap();
    let mut buf = Buf { bytes: [0; 128], len: 0 };
    let n = allocations(|| {
        f.write(&mut buf, date).unwrap();
        assert_eq!(strict.parse("1402/11/06"), Ok(date));
        assert_eq!(parse_lenient("جمعه ۶ بهمن ماه ١۴٠٢"), Ok(Parsed::Jalali(date)));
        assert!(parse_lenient("१४०२/११/०६").is_err());
        let text = "تا ٢۶ ژانویه ٢٠٢۴ (۶ بهمن ماه ١۴٠٢) به محل کار خویش بازگردند";
        assert_eq!(mentions(text).count(), 2);
    });
    assert_eq!(
        std::str::from_utf8(&buf.bytes[..buf.len]).unwrap(),
        "جمعه ۶ بهمن ۱۴۰۲ ه\u{200d}.ش."
    );
    assert_eq!(n, 0, "allocations");
}
