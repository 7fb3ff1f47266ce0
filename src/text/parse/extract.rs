//! Finding the dates mentioned in running text.

use core::ops::Range;

use super::lenient::{
    Ctx, PartialDate, era_after, era_word, max_day_any_year, read_core, weekday_word,
};
use super::text::{
    Cursor, fold, fold_at, fold_fast, is_letter, longest_word, previous_two, word_end,
};
use crate::{Calendar, GregorianDate, JalaliDate, Weekday};

/// The dates mentioned in `text`, in order: an iterator of [`Mention`]s.
///
/// A mention is a full date (`۶ بهمن ماه ١۴٠٢`, `۱۴۰۴/۰۲/۲۵`,
/// `14 March 2022`) or a partial one: a day and month (`۳ سنبله`,
/// `۱۵ آگوست`), or a month and year marked as such (`آذرماه سال ۱۴۰۲`). Its
/// span is the date itself: a weekday before it and an era after it help
/// read it (`۱۴۰۰هجری شمسی` is Solar Hijri, `۲۰۲۲میلادی` Gregorian,
/// `۱۴۴۳هجری قمری` lunar Hijri) but are left out of the span. A weekday is
/// kept and checked against the date ([`Mention::weekday_agrees`]).
///
/// What is not taken for a date: times (`۱۴:۲۸`), fractions (`۳/۴`),
/// version numbers (`1.4.2`), news codes and file numbers (`۳۹۸۰۵۰`), a
/// year alone (`سال ۱۴۰۰`), and numbers glued to other words (`۳دقیقه`). A
/// numeric date needs three numbers with one separator (`/`, `-` or `.`) and
/// a four-digit year first or last, and must not continue a longer run of
/// numbers; a date with a month name needs a day or a year next to it. A
/// date that does not exist (`۳۱ بهمن ۱۴۰۲`) is not reported.
///
/// A Gregorian and a Solar Hijri date written side by side (separated only
/// by spaces, brackets, dashes, an era or words such as `مطابق`, `برابر
/// با`) are paired ([`Mention::pair`]), and the pair says whether they name
/// the same day.
///
/// Nothing is allocated; the work is linear in the length of `text`.
///
/// # Example
///
/// ```
/// use shamsi::parse::mentions;
/// use shamsi::{Calendar, JalaliDate};
///
/// let text = "تا ٢۶ ژانویه ٢٠٢۴ (۶ بهمن ماه ١۴٠٢) به محل کار خویش بازگردند";
/// let found: Vec<_> = mentions(text).collect();
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].as_str(), "٢۶ ژانویه ٢٠٢۴");
/// assert_eq!(found[0].calendar(), Calendar::Gregorian);
/// assert_eq!(found[1].as_str(), "۶ بهمن ماه ١۴٠٢");
/// assert_eq!(found[1].jalali(), Some(JalaliDate::new(1402, 11, 6)?));
/// let pair = found[0].pair().unwrap();
/// assert!(pair.agrees);
/// assert_eq!(pair.start..pair.end, found[1].span());
/// assert_eq!(mentions("ساعت ۱۰:۳۰، نسخه 1.4.2، نسبت ۳/۴").count(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn mentions(text: &str) -> Mentions<'_> {
    Mentions { text, pos: 0, ahead: None }
}

/// The iterator [`mentions`] returns.
///
/// # Example
///
/// ```
/// use shamsi::parse::mentions;
///
/// let mut found = mentions("۲۳ اسفند ۱۴۰۰ - 14 March 2022");
/// assert_eq!(found.next().map(|m| m.as_str()), Some("۲۳ اسفند ۱۴۰۰"));
/// assert_eq!(found.next().map(|m| m.as_str()), Some("14 March 2022"));
/// assert_eq!(found.next(), None);
/// ```
#[derive(Clone, Debug)]
pub struct Mentions<'a> {
    text: &'a str,
    pos: usize,
    ahead: Option<Mention<'a>>,
}

/// A date found in a text by [`mentions`]: where it is, its calendar and
/// fields, and the date it is paired with.
///
/// # Example
///
/// ```
/// use shamsi::parse::mentions;
/// use shamsi::{Calendar, GregorianDate};
///
/// let text = "۲۹اسفند ۱۴۰۰هجری شمسی، مطابق ۱۷شعبان ۱۴۴۳هجری قمری";
/// let found: Vec<_> = mentions(text).collect();
/// assert_eq!(found[0].gregorian(), Some(GregorianDate::new(2022, 3, 20)?));
/// assert_eq!(found[1].calendar(), Calendar::LunarHijri);
/// assert_eq!((found[1].year(), found[1].month(), found[1].day()), (Some(1443), 8, Some(17)));
/// assert_eq!(found[1].gregorian(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    calendar: Calendar,
    year: Option<i32>,
    month: u8,
    day: Option<u8>,
    pair: Option<Pair>,
    weekday: Option<(Weekday, usize)>,
}

/// The other half of a pair of mentions of one day in two calendars, as
/// [`Mention::pair`] gives it.
///
/// # Example
///
/// ```
/// use shamsi::parse::mentions;
///
/// let found: Vec<_> = mentions("۲۳ اسفند ۱۴۰۰ (15 March 2022)").collect();
/// let pair = found[0].pair().unwrap();
/// assert_eq!(pair.start..pair.end, found[1].span());
/// assert!(!pair.agrees); // ۲۳ اسفند ۱۴۰۰ is 14 March 2022
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pair {
    /// Where the other mention starts (a byte offset in the text).
    pub start: usize,
    /// Where the other mention ends.
    pub end: usize,
    /// Whether both name the same day.
    pub agrees: bool,
}

impl<'a> Mention<'a> {
    /// The byte offset where the mention starts.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// let m = mentions("تاریخ: 1402/11/06").next().unwrap();
    /// assert_eq!((m.start(), m.end()), (12, 22));
    /// ```
    pub const fn start(&self) -> usize {
        self.start
    }

    /// The byte offset where the mention ends.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// let m = mentions("1402/11/06 است").next().unwrap();
    /// assert_eq!(m.end(), 10);
    /// ```
    pub const fn end(&self) -> usize {
        self.end
    }

    /// `start..end`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// let text = "روز ۱۹ مهر";
    /// let m = mentions(text).next().unwrap();
    /// assert_eq!(&text[m.span()], "۱۹ مهر");
    /// ```
    pub const fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text of the mention.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// let m = mentions("در ۱۵ اگوست طالبان").next().unwrap();
    /// assert_eq!(m.as_str(), "۱۵ اگوست");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text.get(self.start..self.end).unwrap_or("")
    }

    /// The calendar the mention is written in.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    /// use shamsi::Calendar;
    ///
    /// assert_eq!(mentions("۱۵ اگوست").next().unwrap().calendar(), Calendar::Gregorian);
    /// ```
    pub const fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// The year, if written.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// assert_eq!(mentions("۳ سنبله").next().unwrap().year(), None);
    /// ```
    pub const fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1..=12 (always written).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// assert_eq!(mentions("۳ سنبله").next().unwrap().month(), 6);
    /// ```
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day, if written.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// assert_eq!(mentions("آذرماه سال ۱۴۰۲").next().unwrap().day(), None);
    /// ```
    pub const fn day(&self) -> Option<u8> {
        self.day
    }

    /// Whether the mention has a year, a month and a day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// assert!(mentions("۹ مهر ۱۳۹۸").next().unwrap().is_full());
    /// assert!(!mentions("۹ مهر").next().unwrap().is_full());
    /// ```
    pub const fn is_full(&self) -> bool {
        self.year.is_some() && self.day.is_some()
    }

    /// The fields of a mention that is not full, as a [`PartialDate`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// let m = mentions("۲۴ مرداد ماه").next().unwrap();
    /// assert_eq!(m.partial().map(|p| p.day()), Some(Some(24)));
    /// ```
    pub const fn partial(&self) -> Option<PartialDate> {
        if self.is_full() {
            None
        } else {
            Some(PartialDate::new(self.calendar, self.year, self.month, self.day))
        }
    }

    /// The date in the Solar Hijri calendar, for a full Solar Hijri or
    /// Gregorian mention.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    /// use shamsi::JalaliDate;
    ///
    /// let m = mentions("14 March 2022").next().unwrap();
    /// assert_eq!(m.jalali(), Some(JalaliDate::new(1400, 12, 23)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn jalali(&self) -> Option<JalaliDate> {
        let (year, day) = (self.year?, self.day?);
        match self.calendar {
            Calendar::Jalali => JalaliDate::new(year, self.month, day).ok(),
            Calendar::Gregorian => {
                GregorianDate::new(year, self.month, day).ok().map(JalaliDate::from_gregorian)
            }
            _ => None,
        }
    }

    /// The date in the Gregorian calendar, for a full Solar Hijri or
    /// Gregorian mention.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    /// use shamsi::GregorianDate;
    ///
    /// let m = mentions("۲۳-۰۵-۱۴۰۱").next().unwrap();
    /// assert_eq!(m.gregorian(), Some(GregorianDate::new(2022, 8, 14)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn gregorian(&self) -> Option<GregorianDate> {
        match self.calendar {
            Calendar::Gregorian => GregorianDate::new(self.year?, self.month, self.day?).ok(),
            _ => self.jalali().map(|d| d.to_gregorian()),
        }
    }

    /// The date of a full lunar Hijri mention in `calendar`, or `None` for
    /// another calendar, a partial mention, or a date the calendar does not
    /// have.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::Iran;
    /// use shamsi::parse::mentions;
    ///
    /// let m = mentions("۱۷ شعبان ۱۴۴۳ ه.ق").next().unwrap();
    /// let date = m.hijri_in(Iran::OBSERVED).unwrap();
    /// // The day the text this comes from pairs with ۲۹ اسفند ۱۴۰۰.
    /// assert_eq!(date.to_gregorian().to_string(), "2022-03-20");
    /// ```
    pub fn hijri_in<C: crate::hijri::LunarCalendar>(
        &self,
        calendar: C,
    ) -> Option<crate::hijri::HijriDate<C>> {
        if self.calendar != Calendar::LunarHijri {
            return None;
        }
        crate::hijri::HijriDate::new_in(calendar, self.year?, self.month, self.day?).ok()
    }

    /// The mention of the same day in the other calendar written next to
    /// this one, if any, and whether the two agree.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// let m = mentions("۲۳ اسفند ۱۴۰۰ - 14 March 2022").next().unwrap();
    /// assert!(m.pair().is_some_and(|p| p.agrees));
    /// ```
    pub const fn pair(&self) -> Option<Pair> {
        self.pair
    }

    /// The weekday written with the date, if any: just before it
    /// (`جمعه ۶ بهمن ۱۴۰۲`, `Friday, 26 January 2024`), outside the span,
    /// or after the year of a dateline (`۱۴۰۲ جمعه ۶ بهمن`), inside it.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    /// use shamsi::Weekday;
    ///
    /// let m = mentions("روز سه‌شنبه، ۱۵ آبان ۱۴۰۳").next().unwrap();
    /// assert_eq!(m.weekday(), Some(Weekday::Tuesday));
    /// assert_eq!(m.as_str(), "۱۵ آبان ۱۴۰۳");
    /// ```
    pub const fn weekday(&self) -> Option<Weekday> {
        match self.weekday {
            Some((w, _)) => Some(w),
            None => None,
        }
    }

    /// The byte offset where the weekday starts: before the mention, or,
    /// in a dateline with the year first (`۱۴۰۲ جمعه ۶ بهمن`), inside its
    /// span, after the year. Always a character boundary.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// let text = "جمعه ۶ بهمن ۱۴۰۲";
    /// let m = mentions(text).next().unwrap();
    /// assert_eq!(m.weekday_start(), Some(0));
    /// let text = "تهران، ۱۴۰۲ جمعه ۶ بهمن";
    /// let m = mentions(text).next().unwrap();
    /// assert_eq!(m.as_str(), "۱۴۰۲ جمعه ۶ بهمن");
    /// assert_eq!(&text[m.weekday_start().unwrap()..][..8], "جمعه");
    /// ```
    pub const fn weekday_start(&self) -> Option<usize> {
        match self.weekday {
            Some((_, start)) => Some(start),
            None => None,
        }
    }

    /// The time of day written right after the date (`۶ بهمن ۱۴۰۲ ساعت ۱۴:۳۰`,
    /// `۶ بهمن ۱۴۰۲، ۹ شب`, `26 January 2024 at 2:30 PM`), as
    /// [`Lenient::parse_datetime`](super::Lenient::parse_datetime) reads it,
    /// and the byte range it takes; `None` when no time follows at once.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    /// use shamsi::Time;
    ///
    /// let text = "جلسه ۶ بهمن ۱۴۰۲ ساعت ۱۴:۳۰ برگزار شد";
    /// let m = mentions(text).next().unwrap();
    /// let (time, span) = m.time().unwrap();
    /// assert_eq!(time, Time::new(14, 30, 0)?);
    /// assert_eq!(&text[span], "ساعت ۱۴:۳۰");
    /// assert!(mentions("۶ بهمن ۱۴۰۲ برگزار شد").next().unwrap().time().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn time(&self) -> Option<(crate::Time, Range<usize>)> {
        let rest = self.text.get(self.end..)?;
        // A window of the next few words, cut at a character boundary.
        let mut cut = rest.len().min(64);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = rest.get(..cut)?;
        let found = super::clock::find_time(window).ok()??;
        let gap = window.get(..found.start)?;
        if !gap.chars().all(|c| c.is_whitespace() || c == '\u{200c}') || found.hour > 23 {
            return None;
        }
        let time = crate::Time::new_with_nanos(found.hour, found.minute, found.second, found.nanos)
            .ok()?;
        Some((time, self.end + found.start..self.end + found.end))
    }

    /// Whether the weekday written before a full Solar Hijri or Gregorian
    /// date is that date's: `None` when there is no weekday or no date to
    /// check it against.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::mentions;
    ///
    /// // 6 Bahman 1402 was a Friday.
    /// assert_eq!(mentions("جمعه ۶ بهمن ۱۴۰۲").next().unwrap().weekday_agrees(), Some(true));
    /// assert_eq!(mentions("پنجشنبه ۶ بهمن ۱۴۰۲").next().unwrap().weekday_agrees(), Some(false));
    /// assert_eq!(mentions("جمعه ۶ بهمن").next().unwrap().weekday_agrees(), None);
    /// ```
    pub fn weekday_agrees(&self) -> Option<bool> {
        let (written, _) = self.weekday?;
        Some(self.jalali()?.weekday() == written)
    }

    fn day_number(&self) -> Option<i32> {
        self.gregorian().map(GregorianDate::to_day_number)
    }

    fn pairable(&self) -> bool {
        self.is_full() && matches!(self.calendar, Calendar::Jalali | Calendar::Gregorian)
    }
}

impl<'a> Iterator for Mentions<'a> {
    type Item = Mention<'a>;

    fn next(&mut self) -> Option<Mention<'a>> {
        let mut current = match self.ahead.take() {
            Some(m) => m,
            None => {
                let m = find(self.text, self.pos)?;
                self.pos = m.end;
                m
            }
        };
        if current.pair.is_none() && current.pairable() {
            if let Some(mut following) = find(self.text, self.pos) {
                self.pos = following.end;
                if following.pairable()
                    && following.calendar != current.calendar
                    && side_by_side(self.text, current.end, following.start)
                {
                    let agrees = current.day_number() == following.day_number();
                    current.pair =
                        Some(Pair { start: following.start, end: following.end, agrees });
                    following.pair = Some(Pair { start: current.start, end: current.end, agrees });
                }
                self.ahead = Some(following);
            }
        }
        Some(current)
    }
}

impl core::iter::FusedIterator for Mentions<'_> {}

/// The first mention at or after byte `from`.
fn find(text: &str, from: usize) -> Option<Mention<'_>> {
    let (mut prev, mut prev2) = previous_two(text, from);
    let bytes = text.as_bytes();
    let mut skip_to = from;
    let mut i = from;
    while i < bytes.len() {
        let here = i;
        // ASCII and the Arabic block fold without decoding; a ligature
        // folds to two characters, and some characters to none.
        let (first, second) = match fold_fast(bytes, i) {
            Some((c, len)) => {
                i += len;
                (c, None)
            }
            None => {
                let (folded, len) = fold_at(text, i)?;
                i += len;
                let Some(first) = folded.get(0) else { continue };
                (first, folded.get(1))
            }
        };
        let candidate = if first.is_ascii_digit() {
            let after_number = prev.is_some_and(char::is_numeric)
                || (prev.is_some_and(|p| matches!(p, '/' | '-' | '.' | ':' | ','))
                    && prev2.is_some_and(char::is_numeric));
            !after_number
        } else {
            // At a letter, a date begins with a day word or a month name
            // (`mention_at`): a word that begins as none of them is skipped.
            is_letter(first)
                && !prev.is_some_and(is_letter)
                && super::lenient::may_start_day_or_month(Cursor::new(text, here))
        };
        if candidate && here >= skip_to {
            match mention_at(text, here) {
                Found::Date(m) => return Some(m),
                // Nothing inside a date that does not exist is one either
                // (`سی و یکم مهر` is not `یکم مهر`).
                Found::Invalid(end) => skip_to = end,
                Found::Nothing => {}
            }
        }
        prev2 = prev;
        prev = Some(first);
        if second.is_some() {
            prev2 = prev;
            prev = second;
        } else if is_letter(first) {
            // No date begins inside a word: past its letters, the last
            // two characters seen are letters still.
            let end = word_end(bytes, i);
            if end > i {
                prev2 = prev;
                i = end;
            }
        }
    }
    None
}

/// What [`mention_at`] found.
enum Found<'a> {
    Date(Mention<'a>),
    /// A date that does not exist, ending at this byte.
    Invalid(usize),
    Nothing,
}

/// The mention starting at byte `at`, if one does.
fn mention_at(text: &str, at: usize) -> Found<'_> {
    let ctx = Ctx::EXTRACT;
    let cur = Cursor::new(text, at);
    // A dateline with the year first and the weekday between
    // (`۱۴۰۱ سه شنبه ۱۱ بهمن`), else a date.
    let (core, weekday) = match super::lenient::year_weekday_first(cur, ctx) {
        Some((core, weekday)) => (core, Some(weekday)),
        None => match read_core(cur, ctx, false) {
            Ok(core) => (core, None),
            Err(_) => return Found::Nothing,
        },
    };
    if core.numeric {
        // Not part of a longer run of numbers: `1402/11/06/2`, `1.4.2.5`.
        match core.end.next() {
            Some((c, _)) if c.is_numeric() => return Found::Nothing,
            Some(('/' | '-' | '.' | ':', after)) if after.peek().is_some_and(char::is_numeric) => {
                return Found::Nothing;
            }
            _ => {}
        }
    }
    let era = era_after(&core, ctx).map(|(calendar, _, _)| calendar);
    let year = core.year.map(|n| n.value as i32);
    // A month name says more than an era, which pages get wrong
    // (`۲۶ شهریور ماه سال ۱۳۶۷ میلادی`).
    let calendar = match (core.calendar, era) {
        (Some(c), _) | (None, Some(c)) => c,
        (None, None) => match year {
            Some(y) if y >= super::Lenient::GREGORIAN_FROM => Calendar::Gregorian,
            _ => Calendar::Jalali,
        },
    };
    let (month, _) = core.month;
    let day = core.day.map(|(d, _)| d);
    let valid = match (year, day) {
        (Some(y), Some(d)) => match calendar {
            Calendar::Jalali => JalaliDate::new(y, month, d).is_ok(),
            Calendar::Gregorian => GregorianDate::new(y, month, d).is_ok(),
            _ => (1..=30).contains(&d) && (1..=12).contains(&month),
        },
        (_, Some(d)) => d >= 1 && d <= max_day_any_year(calendar, month),
        (Some(_), None) => true,
        // A month alone is not a date at all.
        (None, None) => return Found::Nothing,
    };
    if !valid {
        return Found::Invalid(core.end.end());
    }
    Found::Date(Mention {
        text,
        start: core.start,
        end: core.end.end(),
        calendar,
        year,
        month,
        day,
        pair: None,
        weekday: weekday.or_else(|| weekday_before(text, core.start)),
    })
}

/// A weekday name written just before byte `start`, with only spaces and a
/// comma between (`جمعه ۶ بهمن`, `Friday, 26 January`): the weekday and
/// the byte where its name starts.
fn weekday_before(text: &str, start: usize) -> Option<(Weekday, usize)> {
    let spaces = |c: char| c.is_whitespace() || c == '\u{200c}';
    let head = text.get(..start)?.trim_end_matches(spaces);
    let head = head.strip_suffix([',', '،']).map_or(head, |h| h.trim_end_matches(spaces));
    let end = head.len();
    // Most words end as no weekday name does.
    let last = head.chars().next_back().map(fold)?;
    if let Some(c) = last.len().checked_sub(1).and_then(|k| last.get(k)) {
        if !super::lenient::may_end_weekday(c) {
            return None;
        }
    }
    // The longest names (`چهارشنبه` with a joiner, `Wednesday`) are well
    // under 40 bytes; the leftmost name that ends at `end` wins, so that
    // `سه شنبه` is read whole and not as `شنبه`.
    let mut from = end.saturating_sub(40);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    // The last visible folded character before each place, carried along.
    let mut prev = previous_two(text, from).0;
    for (i, raw) in head.get(from..)?.char_indices() {
        let at = from + i;
        let inside_word = prev.is_some_and(is_letter);
        let folded = fold(raw);
        if let Some(last) = folded.len().checked_sub(1).and_then(|k| folded.get(k)) {
            prev = Some(last);
        }
        // Every weekday name begins with a letter, at a word's start (a
        // character that folds to nothing is tried, as the name after it
        // starts there).
        if inside_word || folded.get(0).is_some_and(|c| !is_letter(c)) {
            continue;
        }
        if let Some((weekday, after)) = weekday_word(Cursor::new(text, at)) {
            if after.offset() == end {
                return Some((weekday, at));
            }
        }
    }
    None
}

/// Words that may stand between two mentions of one day.
const CONNECTORS: [(&str, ()); 11] = [
    ("مطابق", ()),
    ("برابر", ()),
    ("با", ()),
    ("معادل", ()),
    ("یعنی", ()),
    ("یا", ()),
    ("و", ()),
    ("روز", ()),
    ("تاریخ", ()),
    ("ماه", ()),
    ("سال", ()),
];

/// Whether the text between two mentions is only spaces, punctuation,
/// eras, weekdays and [`CONNECTORS`].
fn side_by_side(text: &str, from: usize, to: usize) -> bool {
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    if gap.len() > 80 {
        return false;
    }
    let mut cur = Cursor::new(gap, 0);
    loop {
        let (c, _) = cur.skip_spaces(usize::MAX);
        let Some((ch, after)) = c.next() else {
            return true;
        };
        if matches!(
            ch,
            '(' | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '-'
                | '/'
                | ','
                | ';'
                | ':'
                | '|'
                | '='
                | '«'
                | '»'
                | '"'
                | '\''
                | '.'
        ) {
            cur = after;
        } else if let Some(((), after)) = longest_word(c, CONNECTORS.iter().copied()) {
            cur = after;
        } else if let Some((_, after)) = era_word(c) {
            cur = after;
        } else if let Some((_, after)) = weekday_word(c) {
            cur = after;
        } else {
            return false;
        }
    }
}
