//! Month, weekday, era and ordinal names, as [`format`](crate::format)
//! writes them and [`parse`](crate::parse) reads them.
//!
//! Every table is in calendar order: months from the first (Farvardin,
//! January, Muharram), weekdays from Saturday, the first day of the Iranian
//! week, so `WEEKDAYS_FA[w.to_saturday_zero_offset() as usize]` names `w`.
//!
//! The spellings are the canonical ones of the project's reference data
//! (`tests/data/names.json`, checked by `tests/integration/names.rs`): the forms of ICU
//! 78 / CLDR 48, Python jdatetime 6.1 and persiantools 6.2, with the
//! standard zero-width non-joiner (U+200C) in `سه‌شنبه` and `پنج‌شنبه`.
//! Where the data has no table (Pashto weekdays and Gregorian months,
//! Sorani Gregorian months), the CLDR 48 spelling is used. The variants met
//! in running text (`بهمنماه`, `سه شنبه`, `Amordad`, `جولای` …) are not
//! here: the lenient parser knows them.
//!
//! # Example
//!
//! ```
//! use shamsi::names;
//! use shamsi::{JalaliDate, Weekday};
//!
//! let date = JalaliDate::new(1402, 11, 6)?;
//! assert_eq!(names::JALALI_MONTHS_FA[usize::from(date.month_number() - 1)], "بهمن");
//! assert_eq!(names::JALALI_MONTHS_DARI[10], "دلو");
//! assert_eq!(names::WEEKDAYS_FA[usize::from(Weekday::Tuesday.to_saturday_zero_offset())], "سه\u{200c}شنبه");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// Solar Hijri months in Persian (Iran): `فروردین` … `اسفند`.
///
/// None of them contains a zero-width non-joiner; with `ماه` ("month") the
/// standard compound takes one: `بهمن‌ماه`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::JALALI_MONTHS_FA[0], "فروردین");
/// ```
pub const JALALI_MONTHS_FA: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// Solar Hijri months in Dari (Afghanistan), named after the zodiac:
/// `حمل` … `حوت`.
///
/// Month 6 is spelled `سنبلهٔ` (with U+0654 hamza above) as ICU `fa-AF`
/// writes it; the plain `سنبله` is read as well.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::JALALI_MONTHS_DARI[0], "حمل");
/// ```
pub const JALALI_MONTHS_DARI: [&str; 12] = [
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله\u{654}",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
];

/// Solar Hijri months in Pashto: `وری` … `کب`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::JALALI_MONTHS_PASHTO[11], "کب");
/// ```
pub const JALALI_MONTHS_PASHTO: [&str; 12] = [
    "وری",
    "غویی",
    "غبرگولی",
    "چنگاښ",
    "زمری",
    "وږی",
    "تله",
    "لړم",
    "لیندۍ",
    "مرغومی",
    "سلواغه",
    "کب",
];

/// Solar Hijri months in Kurdish (Sorani), as CLDR `ckb-IR` spells them:
/// `خاکەلێوە` … `ڕەشەمە`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::JALALI_MONTHS_SORANI[10], "ڕێبەندان");
/// ```
pub const JALALI_MONTHS_SORANI: [&str; 12] = [
    "خاکەلێوە",
    "گوڵان",
    "جۆزەردان",
    "پووشپەڕ",
    "گەلاوێژ",
    "خەرمانان",
    "ڕەزبەر",
    "گەڵاڕێزان",
    "سەرماوەز",
    "بەفرانبار",
    "ڕێبەندان",
    "ڕەشەمە",
];

/// Solar Hijri months transliterated into English, as Iran's official
/// documents and jdatetime write them: `Farvardin` … `Esfand`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::JALALI_MONTHS_EN[4], "Mordad");
/// ```
pub const JALALI_MONTHS_EN: [&str; 12] = [
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
];

/// Three-letter abbreviations of [`JALALI_MONTHS_EN`], as jdatetime's `%b`
/// writes them: `Far` … `Esf`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::JALALI_MONTHS_EN_ABBR[10], "Bah");
/// ```
pub const JALALI_MONTHS_EN_ABBR: [&str; 12] =
    ["Far", "Ord", "Kho", "Tir", "Mor", "Sha", "Meh", "Aba", "Aza", "Dey", "Bah", "Esf"];

/// The Solar Hijri months cut to three letters, as date-fns-jalali's `fa-IR`,
/// jdatetime's and persiantools' `%b` write them (`خرد`, `اسف`); four are
/// whole names already (`تیر`, `مهر`, `آذر`, `دی`).
///
/// ```
/// assert_eq!(shamsi::names::JALALI_MONTHS_FA_ABBR[2], "خرد");
/// ```
pub const JALALI_MONTHS_FA_ABBR: [&str; 12] =
    ["فرو", "ارد", "خرد", "تیر", "مرد", "شهر", "مهر", "آبا", "آذر", "دی", "بهم", "اسف"];

/// Weekdays in Persian (and Dari), Saturday first, with the standard
/// zero-width non-joiner in `سه‌شنبه` and `پنج‌شنبه`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_FA[6], "جمعه");
/// assert_eq!(shamsi::names::WEEKDAYS_FA[5], "پنج\u{200c}شنبه");
/// ```
pub const WEEKDAYS_FA: [&str; 7] =
    ["شنبه", "یکشنبه", "دوشنبه", "سه\u{200c}شنبه", "چهارشنبه", "پنج\u{200c}شنبه", "جمعه"];

/// The seasons in Persian, spring first: بهار، تابستان، پاییز، زمستان.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::SEASONS_FA[3], "زمستان");
/// ```
pub const SEASONS_FA: [&str; 4] = ["بهار", "تابستان", "پاییز", "زمستان"];

/// The seasons in Dari, spring first: autumn is `خزان`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::SEASONS_DARI[2], "خزان");
/// ```
pub const SEASONS_DARI: [&str; 4] = ["بهار", "تابستان", "خزان", "زمستان"];

/// The seasons in Pashto, spring first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::SEASONS_PASHTO[0], "پسرلی");
/// ```
pub const SEASONS_PASHTO: [&str; 4] = ["پسرلی", "اوړی", "منی", "ژمی"];

/// The seasons in Sorani, spring first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::SEASONS_SORANI[1], "هاوین");
/// ```
pub const SEASONS_SORANI: [&str; 4] = ["بەهار", "هاوین", "پاییز", "زستان"];

/// The seasons in English, spring first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::SEASONS_EN[2], "Autumn");
/// ```
pub const SEASONS_EN: [&str; 4] = ["Spring", "Summer", "Autumn", "Winter"];

/// The seasons in Persian in Latin letters, spring first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::SEASONS_FA_LATN[0], "Bahar");
/// ```
pub const SEASONS_FA_LATN: [&str; 4] = ["Bahar", "Tabestan", "Paeez", "Zemestan"];

/// One-letter weekday abbreviations in Persian (CLDR `fa` narrow), Saturday
/// first: `ش ی د س چ پ ج`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_FA_NARROW[0], "ش");
/// ```
pub const WEEKDAYS_FA_NARROW: [&str; 7] = ["ش", "ی", "د", "س", "چ", "پ", "ج"];

/// Weekdays in Pashto (CLDR `ps`), Saturday first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_PASHTO[6], "جمعه");
/// ```
pub const WEEKDAYS_PASHTO: [&str; 7] = ["اونۍ", "يونۍ", "دونۍ", "درېنۍ", "څلرنۍ", "پينځنۍ", "جمعه"];

/// Weekdays in Kurdish (Sorani, CLDR `ckb-IR`), Saturday first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_SORANI[0], "شەممە");
/// ```
pub const WEEKDAYS_SORANI: [&str; 7] =
    ["شەممە", "یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "ھەینی"];

/// Weekdays in English, Saturday first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_EN[0], "Saturday");
/// ```
pub const WEEKDAYS_EN: [&str; 7] =
    ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// Three-letter English weekday abbreviations, Saturday first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_EN_ABBR[6], "Fri");
/// ```
pub const WEEKDAYS_EN_ABBR: [&str; 7] = ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"];

/// The Persian weekday names in Latin letters, as persiantools writes them
/// (`Shanbeh` … `Jomeh`), Saturday first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_FA_LATN[6], "Jomeh");
/// ```
pub const WEEKDAYS_FA_LATN: [&str; 7] =
    ["Shanbeh", "Yekshanbeh", "Doshanbeh", "Seshanbeh", "Chaharshanbeh", "Panjshanbeh", "Jomeh"];

/// Three-letter abbreviations of [`WEEKDAYS_FA_LATN`], Saturday first.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::WEEKDAYS_FA_LATN_ABBR[1], "Yek");
/// ```
pub const WEEKDAYS_FA_LATN_ABBR: [&str; 7] = ["Sha", "Yek", "Dos", "Ses", "Cha", "Pan", "Jom"];

/// Gregorian months as written in Iran (CLDR `fa`): `ژانویه` … `دسامبر`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::GREGORIAN_MONTHS_FA[4], "مه");
/// ```
pub const GREGORIAN_MONTHS_FA: [&str; 12] = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];

/// Gregorian months as written in Afghanistan (CLDR `fa-AF`): `جنوری` …
/// `دسمبر`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::GREGORIAN_MONTHS_AF[0], "جنوری");
/// ```
pub const GREGORIAN_MONTHS_AF: [&str; 12] = [
    "جنوری",
    "فبروری",
    "مارچ",
    "اپریل",
    "می",
    "جون",
    "جولای",
    "اگست",
    "سپتمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];

/// Gregorian months in Pashto (CLDR `ps`).
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::GREGORIAN_MONTHS_PASHTO[0], "جنوري");
/// ```
pub const GREGORIAN_MONTHS_PASHTO: [&str; 12] = [
    "جنوري",
    "فبروري",
    "مارچ",
    "اپریل",
    "مۍ",
    "جون",
    "جولای",
    "اګست",
    "سپتمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];

/// Gregorian months in Kurdish (Sorani, CLDR `ckb`).
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::GREGORIAN_MONTHS_SORANI[2], "ئازار");
/// ```
pub const GREGORIAN_MONTHS_SORANI: [&str; 12] = [
    "کانوونی دووەم",
    "شوبات",
    "ئازار",
    "نیسان",
    "ئایار",
    "حوزەیران",
    "تەمووز",
    "ئاب",
    "ئەیلوول",
    "تشرینی یەکەم",
    "تشرینی دووەم",
    "کانوونی یەکەم",
];

/// Gregorian months in English.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::GREGORIAN_MONTHS_EN[0], "January");
/// ```
pub const GREGORIAN_MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Three-letter English Gregorian month abbreviations.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::GREGORIAN_MONTHS_EN_ABBR[8], "Sep");
/// ```
pub const GREGORIAN_MONTHS_EN_ABBR: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Lunar Hijri months in Persian (ICU `fa`): `محرم` … `ذیحجه`, as written
/// in Iran and Afghanistan (see [`crate::hijri`]).
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::LUNAR_HIJRI_MONTHS_FA[6], "رجب");
/// ```
pub const LUNAR_HIJRI_MONTHS_FA: [&str; 12] = [
    "محرم",
    "صفر",
    "ربیع\u{200c}الاول",
    "ربیع\u{200c}الثانی",
    "جمادی\u{200c}الاول",
    "جمادی\u{200c}الثانی",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذیقعده",
    "ذیحجه",
];

/// Lunar Hijri months in Arabic: `محرم` … `ذو الحجة`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::LUNAR_HIJRI_MONTHS_AR[11], "ذو الحجة");
/// ```
pub const LUNAR_HIJRI_MONTHS_AR: [&str; 12] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

/// Lunar Hijri months in English transliteration: `Muharram` … `Dhu al-Hijjah`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::LUNAR_HIJRI_MONTHS_EN[2], "Rabi' al-Awwal");
/// ```
pub const LUNAR_HIJRI_MONTHS_EN: [&str; 12] = [
    "Muharram",
    "Safar",
    "Rabi' al-Awwal",
    "Rabi' al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Rajab",
    "Sha'ban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qa'dah",
    "Dhu al-Hijjah",
];

/// The lunar Hijri era in Persian: `ه‍.ق.` (heh, zero-width joiner, dot,
/// qaf, dot), short for هجری قمری.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::ERA_LUNAR_HIJRI_FA, "ه\u{200d}.ق.");
/// ```
pub const ERA_LUNAR_HIJRI_FA: &str = "ه\u{200d}.ق.";

/// The lunar Hijri era in English: `AH` (Anno Hegirae).
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::ERA_LUNAR_HIJRI_EN, "AH");
/// ```
pub const ERA_LUNAR_HIJRI_EN: &str = "AH";

/// Persian ordinal words for the days of a month, 1 to 31: `یکم` … `سی‌ویکم`.
///
/// The compound ordinals take the standard zero-width non-joiner after the
/// tens (`بیست‌ویکم`, `سی‌ام`). The first day is also called `اول`, which
/// the parser reads too.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::ORDINALS_FA[5], "ششم");
/// assert_eq!(shamsi::names::ORDINALS_FA[20], "بیست\u{200c}ویکم");
/// ```
pub const ORDINALS_FA: [&str; 31] = [
    "یکم",
    "دوم",
    "سوم",
    "چهارم",
    "پنجم",
    "ششم",
    "هفتم",
    "هشتم",
    "نهم",
    "دهم",
    "یازدهم",
    "دوازدهم",
    "سیزدهم",
    "چهاردهم",
    "پانزدهم",
    "شانزدهم",
    "هفدهم",
    "هجدهم",
    "نوزدهم",
    "بیستم",
    "بیست\u{200c}ویکم",
    "بیست\u{200c}ودوم",
    "بیست\u{200c}وسوم",
    "بیست\u{200c}وچهارم",
    "بیست\u{200c}وپنجم",
    "بیست\u{200c}وششم",
    "بیست\u{200c}وهفتم",
    "بیست\u{200c}وهشتم",
    "بیست\u{200c}ونهم",
    "سی\u{200c}ام",
    "سی\u{200c}ویکم",
];

/// The Solar Hijri era in Persian, Dari, Pashto and Sorani, as ICU writes
/// it: `ه‍.ش.` (heh, zero-width joiner, dot, sheen, dot), short for
/// هجری شمسی.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::ERA_SOLAR_HIJRI_FA, "ه\u{200d}.ش.");
/// ```
pub const ERA_SOLAR_HIJRI_FA: &str = "ه\u{200d}.ش.";

/// The Solar Hijri era in English: `AP` (Anno Persico), as ICU writes it.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::ERA_SOLAR_HIJRI_EN, "AP");
/// ```
pub const ERA_SOLAR_HIJRI_EN: &str = "AP";

/// The Gregorian era in Persian: `م.` (short for میلادی), as ICU `fa`
/// writes it.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::ERA_GREGORIAN_FA, "م.");
/// ```
pub const ERA_GREGORIAN_FA: &str = "م.";

/// The Gregorian era in English: `AD`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::ERA_GREGORIAN_EN, "AD");
/// ```
pub const ERA_GREGORIAN_EN: &str = "AD";

/// Before and after noon in Persian (CLDR `fa`, as `%p` writes them):
/// `ق.ظ.` (قبل از ظهر) and `ب.ظ.` (بعد از ظهر). Dari uses the same.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::AM_PM_FA, ["ق.ظ.", "ب.ظ."]);
/// ```
pub const AM_PM_FA: [&str; 2] = ["ق.ظ.", "ب.ظ."];

/// Before and after noon in Pashto (CLDR `ps`): `غ.م.` and `غ.و.`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::AM_PM_PASHTO[1], "غ.و.");
/// ```
pub const AM_PM_PASHTO: [&str; 2] = ["غ.م.", "غ.و."];

/// Before and after noon in Sorani (CLDR `ckb`): `ب.ن` and `د.ن`.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::AM_PM_SORANI[0], "ب.ن");
/// ```
pub const AM_PM_SORANI: [&str; 2] = ["ب.ن", "د.ن"];

/// The periods of the day in Persian, as CLDR `fa` has them, with the hour
/// each begins at: نیمه‌شب (midnight, 00–01), بامداد (small hours, 01–04),
/// صبح (morning, 04–12), ظهر (noon, 12–13), عصر (afternoon, 13–19), شب
/// (night, 19–24).
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::DAY_PERIODS_FA[1], (1, "بامداد"));
/// ```
pub const DAY_PERIODS_FA: [(u8, &str); 6] =
    [(0, "نیمه\u{200c}شب"), (1, "بامداد"), (4, "صبح"), (12, "ظهر"), (13, "عصر"), (19, "شب")];

/// The periods of the day in Dari, as CLDR `fa-AF` has them: شب (night,
/// 19–04), صبح (morning, 04–12), بعدازچاشت (afternoon, 12–17), شام
/// (evening, 17–19).
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::DAY_PERIODS_DARI[2], (12, "بعدازچاشت"));
/// ```
pub const DAY_PERIODS_DARI: [(u8, &str); 5] =
    [(0, "شب"), (4, "صبح"), (12, "بعدازچاشت"), (17, "شام"), (19, "شب")];

/// The periods of the day in English, as CLDR `en` has them: `at night`
/// (21–06), `in the morning` (06–12), `in the afternoon` (12–18), `in the
/// evening` (18–21).
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::names::DAY_PERIODS_EN[1], (6, "in the morning"));
/// ```
pub const DAY_PERIODS_EN: [(u8, &str); 5] = [
    (0, "at night"),
    (6, "in the morning"),
    (12, "in the afternoon"),
    (18, "in the evening"),
    (21, "at night"),
];
