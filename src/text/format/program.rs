//! A pattern compiled once into a program: the steps that the one writer
//! ([`super::write`]) and the one reader ([`super::read`]) interpret, and
//! the properties of the program that let them take a shorter way (its
//! [`Shape`](super::shape)).
//!
//! A step is literal text, a number (its field, width and padding), a name,
//! the locale's pattern (`%x`, `%X`, `%c`, compiled when it is run, since the
//! locale is chosen after the pattern), or any other directive, which the
//! writer and the reader each handle by its own code. `%F`, `%R`, `%T`,
//! `%D`, `%r`, `%n` and `%t` are compiled into the steps they stand for.
//!
//! A program holds at most [`MAX`] steps. A longer pattern is compiled in
//! parts: the program says where the rest begins, and the writer and the
//! reader compile and run the next part when they come to it.

use super::directive::{Directive, Item, Items};
use super::plain::Plain;
use super::read::digit_value;
use super::shape::{Template, Ymd};

/// The most steps a program holds.
pub(crate) const MAX: usize = 24;

/// The field a number step writes or reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Field {
    Year,
    YearShort,
    Month,
    Day,
    DayOfYear,
    Hour,
    Minute,
    Second,
}

/// How a number is padded to its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Pad {
    /// With zeros; read with its padding optional where no number stands at
    /// once before or after it.
    Zero,
    /// With zeros, and read only at its full width: the numbers of `%F`,
    /// `%R` and `%T`.
    Fixed,
    /// With a space (`%e`, `%k`).
    Space,
    /// None (the `-` flag).
    None,
}

/// The names a step writes: `%A`, `%a`, `%B`, `%b` (and `%h`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Name {
    Weekday,
    WeekdayShort,
    Month,
    MonthShort,
}

/// What a step does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Op {
    /// Text of the pattern: `len` bytes from `start` (counted from the
    /// program's base).
    Text { start: u16, len: u16 },
    /// One ASCII byte of the pattern's text.
    Byte(u8),
    /// The `-` or `:` of `%F`, `%R` or `%T`, which an error names.
    Mark(u8),
    /// A number.
    Number { field: Field, width: u8, pad: Pad },
    /// A name of the locale.
    Name(Name),
    /// `%x`, `%X` or `%c`: the locale's pattern.
    Locale(Directive),
    /// Any other directive, with `unpadded` for the `-` flag.
    Directive { directive: Directive, unpadded: bool },
}

/// A step: what it does and what the reader must know of the steps around
/// it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Step {
    pub(crate) op: Op,
    /// The `NUMBER_*` and `ORDINAL_AFTER` bits.
    pub(crate) around: u8,
    /// With the `-` flag: the digits that the padded numbers glued after it
    /// need, which it leaves to them (`%-d%m%Y` reads `6111402` as 6, 11
    /// and 1402, as strptime does); and those before the first number padded
    /// with a space (`%e`, `%k`, `%l`), which is all it leaves when its digits
    /// end at a space (`%-y%e` reads `15 6` as 15 and 6).
    pub(crate) leave: u8,
    pub(crate) leave_to_space: u8,
}

/// A number (or text ending in a digit) stands at once before the step.
pub(crate) const NUMBER_BEFORE: u8 = 1;
/// A number (or text beginning with a digit) follows at once.
pub(crate) const NUMBER_AFTER: u8 = 2;
/// `%o` follows at once, which is a number in the locales that write
/// ordinals with digits.
pub(crate) const ORDINAL_AFTER: u8 = 4;

impl Step {
    /// Whether a number stands at once before or after the step in
    /// `locale`'s reading (`numeric_ordinals`: the locale writes `%o` with
    /// digits).
    #[inline]
    pub(crate) const fn glued(self, numeric_ordinals: bool) -> bool {
        self.around & (NUMBER_BEFORE | NUMBER_AFTER) != 0
            || (numeric_ordinals && self.around & ORDINAL_AFTER != 0)
    }

    /// Whether a number follows at once.
    #[inline]
    pub(crate) const fn number_follows(self, numeric_ordinals: bool) -> bool {
        self.around & NUMBER_AFTER != 0 || (numeric_ordinals && self.around & ORDINAL_AFTER != 0)
    }
}

const BLANK: Step = Step { op: Op::Byte(0), around: 0, leave: 0, leave_to_space: 0 };

/// A compiled pattern, or one part of a long one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Program {
    steps: [Step; MAX],
    len: u8,
    /// Where this part begins in the pattern: text steps count from here.
    base: usize,
    /// Where the next part begins, if the pattern goes on.
    rest: Option<usize>,
    /// Whether the number or text that ends this part ends with a digit,
    /// for the next part's first step.
    ends_with_number: bool,
    /// Whether writing needs more than the year, month, day and time: the
    /// weekday, the day of the year, the calendar or the instant.
    pub(crate) needs_fields: bool,
    /// Whether writing needs the days of the year (`%G`, `%V`).
    pub(crate) needs_year_days: bool,
    /// The shapes the writer and reader take a shorter way with.
    pub(crate) ymd: Option<Ymd>,
    pub(crate) template: Option<Template>,
    pub(crate) plain: Option<Plain>,
    /// Whether the pattern glues two numbers of varying width
    /// ([`glues_varying`]), which the reader refuses.
    pub(crate) glues_varying: bool,
}

/// The steps of one item of a pattern (at most seven: `%r`).
struct Compiled {
    steps: [Op; 8],
    len: usize,
}

impl Compiled {
    fn ops(&self) -> &[Op] {
        self.steps.get(..self.len).unwrap_or(&[])
    }
}

/// The steps an item compiles to (with `start` its offset from the base).
fn compile_item(item: Item<'_>, start: usize) -> Option<Compiled> {
    let mut c = Compiled { steps: [Op::Byte(0); 8], len: 0 };
    let mut full = false;
    let mut push = |op: Op| match c.steps.get_mut(c.len) {
        Some(slot) => {
            *slot = op;
            c.len += 1;
        }
        None => full = true,
    };
    match item {
        Item::Literal(text) => match *text.as_bytes() {
            [b] => push(Op::Byte(b)),
            _ => push(Op::Text {
                start: u16::try_from(start).ok()?,
                len: u16::try_from(text.len()).ok()?,
            }),
        },
        Item::Directive { directive, unpadded } => {
            let pad = |pad: Pad| if unpadded { Pad::None } else { pad };
            let number = |field, width, p| Op::Number { field, width, pad: pad(p) };
            let fixed = |field, width| Op::Number { field, width, pad: Pad::Fixed };
            match directive {
                Directive::Year => push(number(Field::Year, 4, Pad::Zero)),
                Directive::YearShort => push(number(Field::YearShort, 2, Pad::Zero)),
                Directive::Month => push(number(Field::Month, 2, Pad::Zero)),
                Directive::Day => push(number(Field::Day, 2, Pad::Zero)),
                Directive::DaySpace => push(number(Field::Day, 2, Pad::Space)),
                Directive::DayOfYear => push(number(Field::DayOfYear, 3, Pad::Zero)),
                Directive::Hour => push(number(Field::Hour, 2, Pad::Zero)),
                Directive::HourSpace => push(number(Field::Hour, 2, Pad::Space)),
                Directive::Minute => push(number(Field::Minute, 2, Pad::Zero)),
                Directive::Second => push(number(Field::Second, 2, Pad::Zero)),
                Directive::Weekday => push(Op::Name(Name::Weekday)),
                Directive::WeekdayShort => push(Op::Name(Name::WeekdayShort)),
                Directive::MonthName => push(Op::Name(Name::Month)),
                Directive::MonthShort => push(Op::Name(Name::MonthShort)),
                Directive::Iso => {
                    push(fixed(Field::Year, 4));
                    push(Op::Mark(b'-'));
                    push(fixed(Field::Month, 2));
                    push(Op::Mark(b'-'));
                    push(fixed(Field::Day, 2));
                }
                Directive::HourMinute | Directive::HourMinuteSecond => {
                    push(fixed(Field::Hour, 2));
                    push(Op::Mark(b':'));
                    push(fixed(Field::Minute, 2));
                    if directive == Directive::HourMinuteSecond {
                        push(Op::Mark(b':'));
                        push(fixed(Field::Second, 2));
                    }
                }
                Directive::LocaleDate | Directive::LocaleTime | Directive::LocaleDateTime => {
                    push(Op::Locale(directive));
                }
                // `%D`, `%r`, `%n`, `%t`: the same in every locale.
                d if d.is_composite() => {
                    let expansion = d.expansion(super::Locale::English)?;
                    for item in Items::new(expansion) {
                        for &op in compile_item(item.ok()?, 0)?.ops() {
                            // Text of these expansions is one byte (`/`,
                            // ` `, `\n`), kept in the step itself.
                            if let Op::Text { .. } = op {
                                return None;
                            }
                            push(op);
                        }
                    }
                }
                d => push(Op::Directive { directive: d, unpadded }),
            }
        }
    }
    // Never full: the longest item is seven steps.
    (!full).then_some(c)
}

/// Whether an op writes a digit first (`Some(true)`), may (`%o`: `None`), or
/// not.
fn starts_with_number(op: Op, pattern: &str, base: usize) -> Option<bool> {
    Some(match op {
        Op::Number { .. } => true,
        Op::Text { start, len } => {
            text_of(pattern, base, start, len).chars().next().is_some_and(char::is_numeric)
        }
        Op::Byte(b) => b.is_ascii_digit(),
        Op::Mark(_) | Op::Name(_) => false,
        // `%x` and `%X` begin with a number, `%c` with a name.
        Op::Locale(d) => d != Directive::LocaleDateTime,
        Op::Directive { directive: Directive::Ordinal, .. } => return None,
        Op::Directive { directive, .. } => directive.writes_number(),
    })
}

/// Whether an op writes a digit last.
fn ends_with_number(op: Op, pattern: &str, base: usize) -> bool {
    match op {
        Op::Number { .. } | Op::Locale(_) => true,
        Op::Text { start, len } => {
            text_of(pattern, base, start, len).chars().next_back().is_some_and(char::is_numeric)
        }
        Op::Byte(b) => b.is_ascii_digit(),
        Op::Mark(_) | Op::Name(_) => false,
        Op::Directive { directive, .. } => directive.writes_number(),
    }
}

/// The text of a text step.
#[inline]
pub(crate) fn text_of(pattern: &str, base: usize, start: u16, len: u16) -> &str {
    let start = base + usize::from(start);
    pattern.get(start..start + usize::from(len)).unwrap_or("")
}

/// Whether `pattern` has two numbers of varying width (with the `-` flag)
/// in one run of numbers and digits with nothing else between them: the
/// reader could not tell where one ends (`%-d%-m%Y` writes `1111402` for
/// both 11 January and 1 November 1402). Padded numbers in the run have
/// their width, and an unpadded one leaves them their digits; text of
/// anything but digits, a name, or a directive that stands for others
/// (whose text has separators) ends the run.
fn glues_varying(pattern: &str) -> bool {
    let mut varying_in_run = false;
    for item in Items::new(pattern) {
        match item {
            Ok(Item::Directive { directive, unpadded }) if directive.width().is_some() => {
                if unpadded {
                    if varying_in_run {
                        return true;
                    }
                    varying_in_run = true;
                }
            }
            Ok(Item::Literal(text)) if text.chars().all(|c| digit_value(c).is_some()) => {}
            _ => varying_in_run = false,
        }
    }
    false
}

/// The digits the padded numbers at the start of `rest` (of a pattern)
/// need, for an unpadded number before them: each padded number's width,
/// until anything else; a directive that stands for others counts the
/// number it begins with, and text the digits it begins with.
fn widths_ahead(rest: &str) -> (u8, u8) {
    let mut leave = 0u8;
    // The digits before the first number padded with a space.
    let mut to_space = None;
    for item in Items::new(rest) {
        if let Ok(Item::Literal(text)) = item {
            // The digits the reader counts: of the three sets.
            let digits = text.chars().take_while(|&c| digit_value(c).is_some()).count();
            leave = leave.saturating_add(u8::try_from(digits).unwrap_or(u8::MAX));
            // Text of digits alone glues what follows it too.
            if digits < text.chars().count() {
                break;
            }
            continue;
        }
        let Ok(Item::Directive { directive, unpadded: false }) = item else { break };
        if let Some(width) = directive.width() {
            if matches!(
                directive,
                Directive::DaySpace | Directive::HourSpace | Directive::Hour12Space
            ) {
                to_space.get_or_insert(leave);
            }
            leave = leave.saturating_add(width);
            continue;
        }
        if directive.is_composite() {
            if let Some(Ok(Item::Directive { directive: first, .. })) =
                directive.expansion(super::Locale::English).and_then(|e| Items::new(e).next())
            {
                leave = leave.saturating_add(first.width().unwrap_or(0));
            }
        }
        break;
    }
    (leave, to_space.unwrap_or(leave))
}

impl Program {
    /// `%F`, written out for the constant [`DateFormat::ISO`]
    /// (super::DateFormat::ISO); a test checks that it is what the pattern
    /// compiles to.
    pub(crate) const ISO: Program = {
        const fn fixed(field: Field, width: u8) -> Op {
            Op::Number { field, width, pad: Pad::Fixed }
        }
        const fn step(op: Op, around: u8) -> Step {
            Step { op, around, leave: 0, leave_to_space: 0 }
        }
        let dash = step(Op::Mark(b'-'), NUMBER_BEFORE | NUMBER_AFTER);
        let mut steps = [BLANK; MAX];
        steps[0] = step(fixed(Field::Year, 4), 0);
        steps[1] = dash;
        steps[2] = step(fixed(Field::Month, 2), 0);
        steps[3] = dash;
        steps[4] = step(fixed(Field::Day, 2), 0);
        Program {
            steps,
            len: 5,
            base: 0,
            rest: None,
            ends_with_number: true,
            needs_fields: false,
            needs_year_days: false,
            ymd: Some(Ymd::ISO),
            template: None,
            plain: None,
            glues_varying: false,
        }
    };

    /// Compiles a checked pattern (its first part, if it is long), with
    /// its shapes.
    pub(crate) fn new(pattern: &str) -> Program {
        let mut program = Program::part(pattern, 0, false, false);
        program.glues_varying = glues_varying(pattern);
        if program.glues_varying {
            // No shape: the steps refuse to read, and write.
            return program;
        }
        if program.rest.is_some() {
            // The parts after the first are compiled as they are run: what
            // they need is not known here.
            program.needs_fields = true;
            program.needs_year_days = true;
        } else {
            program.ymd = Ymd::new(program.steps());
            // A pattern of the year, month and day shape takes that way
            // whenever the template would.
            if program.ymd.is_none() {
                program.template = Template::new(program.steps(), pattern);
                program.plain = Plain::new(program.steps());
            }
        }
        program
    }

    /// Compiles the part of a checked pattern from byte `from`; `before`
    /// says whether a number stands at once before it, `after` whether
    /// one follows the pattern (for the locale's patterns, run inside
    /// another).
    pub(crate) fn part(pattern: &str, from: usize, before: bool, after: bool) -> Program {
        let mut p = Program {
            steps: [BLANK; MAX],
            len: 0,
            base: from,
            rest: None,
            ends_with_number: false,
            needs_fields: false,
            needs_year_days: false,
            ymd: None,
            template: None,
            plain: None,
            glues_varying: false,
        };
        let rest = pattern.get(from..).unwrap_or("");
        let mut items = Items::new(rest);
        // The offset of the item after each step, for the widths ahead of
        // an unpadded number.
        let mut next_item = [0usize; MAX];
        loop {
            let start = rest.len() - items.remaining().len();
            let Some(Ok(item)) = items.next() else { break };
            let end = rest.len() - items.remaining().len();
            // Text too long for a step's counts: a part of its own, split
            // at a character boundary.
            if let Item::Literal(text) = item {
                let limit = usize::from(u16::MAX);
                if start > 0 && (start > limit || text.len() > limit) {
                    p.rest = Some(from + start);
                    break;
                }
                if text.len() > limit {
                    let cut = floor_boundary(text, limit);
                    // `cut` and `start` (0) fit.
                    p.push(Op::Text { start: 0, len: cut as u16 });
                    p.rest = Some(from + cut);
                    break;
                }
            }
            let Some(compiled) = compile_item(item, start) else {
                p.rest = Some(from + start);
                break;
            };
            if usize::from(p.len) + compiled.len > MAX {
                // The next part starts with this item.
                p.rest = Some(from + start);
                break;
            }
            for &op in compiled.ops() {
                if !matches!(op, Op::Text { .. } | Op::Byte(_) | Op::Mark(_) | Op::Number { .. })
                    || matches!(op, Op::Number { field: Field::DayOfYear, .. })
                {
                    p.needs_fields = true;
                }
                if let Op::Directive {
                    directive: Directive::WeekYear | Directive::YearWeek, ..
                } = op
                {
                    p.needs_year_days = true;
                }
                if let Some(slot) = next_item.get_mut(usize::from(p.len)) {
                    *slot = end;
                }
                p.push(op);
            }
        }
        // What stands around each step.
        let len = usize::from(p.len);
        let next_op = match p.rest {
            Some(at) => Program::first_op(pattern, at),
            None => None,
        };
        for i in 0..len {
            let number_before = match i.checked_sub(1).and_then(|j| p.steps.get(j)) {
                Some(s) => ends_with_number(s.op, pattern, from),
                None => before,
            };
            let following = match p.steps.get(i + 1).filter(|_| i + 1 < len) {
                Some(s) => Some(starts_with_number(s.op, pattern, from)),
                None => next_op.map(|op| starts_with_number(op, pattern, p.rest.unwrap_or(0))),
            };
            let (number_after, ordinal_after) = match following {
                Some(Some(n)) => (n, false),
                Some(None) => (false, true),
                None => (after, false),
            };
            let at = next_item.get(i).copied().unwrap_or(0);
            if let Some(step) = p.steps.get_mut(i) {
                let bit = |on: bool, bit: u8| if on { bit } else { 0 };
                step.around = bit(number_before, NUMBER_BEFORE)
                    | bit(number_after, NUMBER_AFTER)
                    | bit(ordinal_after, ORDINAL_AFTER);
                if let Op::Number { pad: Pad::None, .. } | Op::Directive { unpadded: true, .. } =
                    step.op
                {
                    (step.leave, step.leave_to_space) = widths_ahead(rest.get(at..).unwrap_or(""));
                }
            }
        }
        p.ends_with_number = match len.checked_sub(1).and_then(|j| p.steps.get(j)) {
            Some(s) => ends_with_number(s.op, pattern, from),
            None => before,
        };
        p
    }

    /// The first op of the pattern's part from `at`.
    fn first_op(pattern: &str, at: usize) -> Option<Op> {
        let rest = pattern.get(at..)?;
        let item = Items::new(rest).next()?.ok()?;
        compile_item(item, 0)?.ops().first().copied()
    }

    fn push(&mut self, op: Op) {
        if let Some(slot) = self.steps.get_mut(usize::from(self.len)) {
            *slot = Step { op, around: 0, leave: 0, leave_to_space: 0 };
            self.len += 1;
        }
    }

    /// The steps.
    #[inline]
    pub(crate) fn steps(&self) -> &[Step] {
        self.steps.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The part after this one, compiled, if the pattern goes on.
    pub(crate) fn next(&self, pattern: &str) -> Option<Program> {
        let at = self.rest?;
        Some(Program::part(pattern, at, self.ends_with_number, false))
    }

    /// Where this part's text steps count from.
    #[inline]
    pub(crate) const fn base(&self) -> usize {
        self.base
    }

    /// The same program with a pivot for two-digit years.
    pub(crate) const fn with_pivot(self, pivot: i32) -> Program {
        let ymd = match self.ymd {
            Some(y) => Some(y.with_pivot(pivot)),
            None => None,
        };
        Program { ymd, ..self }
    }

    /// The same program without its shapes, so that every write and read
    /// runs the steps: for the tests and fuzzing that check the shapes
    /// against the steps.
    #[cfg(any(test, fuzzing))]
    pub(crate) const fn without_shapes(self) -> Program {
        Program { ymd: None, template: None, plain: None, ..self }
    }
}

/// The largest character boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The locale's pattern for `%x`, `%X` or `%c`, compiled to run inside
/// another with its neighbors' numbers.
pub(crate) fn locale_part(pattern: &'static str, step: Step) -> Program {
    let before = step.around & NUMBER_BEFORE != 0;
    let after = step.around & NUMBER_AFTER != 0;
    Program::part(pattern, 0, before, after)
}
