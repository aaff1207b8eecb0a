//! Historical dates that carry their precision and certainty.
//!
//! A source that says "relations were established in 1950" does not say
//! 1950-01-01. [`HistDate`] keeps the year, and the month and day only when the
//! source gives them, plus whether the date is exact, approximate (`~`) or
//! uncertain (`?`). Its text form is a part of the Library of Congress
//! Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1: `1950`,
//! `1999-04`, `1956-05-13`, `-0044`, `Y10000`, `1950~`, `1965?`. The table
//! on [`HistDate`] lists exactly what is read and written.
//!
//! Comparing such a date with a calendar day is three-valued: the day may be
//! before the date, after it, or inside it, where nothing can be told at this
//! precision. See [`HistDate::compare`].

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;
use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use crate::error::{EdtfFeature, NotADayError, ParseDateError, ParseDateErrorKind};

/// How much of a date is known.
///
/// ```
/// use cambodia_diplomacy::{Country, Precision};
///
/// // Relations with Russia are dated to the day, with Canada only to the year.
/// let russia = Country::Russia.relation().established().unwrap();
/// assert_eq!(russia.precision(), Precision::Day);
/// let canada = Country::Canada.relation().established().unwrap();
/// assert_eq!(canada.precision(), Precision::Year);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Precision {
    /// Only the year is known (`1950`).
    Year,
    /// The year and month are known (`1999-04`).
    Month,
    /// The exact day is known (`1956-05-13`).
    Day,
}

/// How sure the source is of a date.
///
/// ```
/// use cambodia_diplomacy::{Certainty, Country, HistDate};
///
/// let circa: HistDate = "1950~".parse()?;
/// assert_eq!(circa.certainty(), Certainty::Approximate);
/// assert_eq!(HistDate::year(1965).uncertain().to_string(), "1965?");
/// let russia = Country::Russia.relation().established().unwrap();
/// assert_eq!(russia.certainty(), Certainty::Exact);
/// # Ok::<(), cambodia_diplomacy::ParseDateError>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Certainty {
    /// The source states the date plainly.
    #[default]
    Exact,
    /// The source gives the date as approximate ("circa"); EDTF suffix `~`.
    Approximate,
    /// The source doubts the date; EDTF suffix `?`.
    Uncertain,
}

/// Where a calendar day stands relative to a [`HistDate`], at the date's precision.
///
/// Returned by [`HistDate::compare`].
///
/// ```
/// use cambodia_diplomacy::{DateRelation, Organization};
/// use chrono::NaiveDate;
///
/// let joined = Organization::Asean.membership().joined().unwrap(); // 1999-04-30
/// let day = |m, d| NaiveDate::from_ymd_opt(1999, m, d).unwrap();
/// assert_eq!(joined.compare(day(4, 30)), DateRelation::Same);
/// assert_eq!(joined.compare(day(5, 1)), DateRelation::Before);
/// assert_eq!(joined.compare(day(1, 1)), DateRelation::After);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DateRelation {
    /// The whole historical date lies before the day.
    Before,
    /// The historical date is exact to the day and is that day.
    Same,
    /// The whole historical date lies after the day.
    After,
    /// The day falls inside the span the date covers (for example 1999-04-15
    /// against `1999-04`): nothing can be told at this precision.
    CannotTell,
}

/// The earliest year a [`HistDate`] may carry (chrono's lower bound).
pub const MIN_YEAR: i32 = -262_143;
/// The latest year a [`HistDate`] may carry (chrono's upper bound).
pub const MAX_YEAR: i32 = 262_142;

/// A date for a historical fact, known to the year, the month or the day.
///
/// Build one in const context with [`HistDate::year`], [`HistDate::month`] or
/// [`HistDate::day`]; an impossible date then fails to compile. Parse one from
/// EDTF text with [`str::parse`], convert one from and to a
/// [`chrono::NaiveDate`] with [`From`] and [`TryFrom`].
///
/// # Text form
///
/// [`Display`](fmt::Display) writes, and [`str::parse`] reads, exactly these
/// forms; parsing what a date displays gives the same date back. White space
/// around the text is ignored. Years run from [`MIN_YEAR`] to [`MAX_YEAR`];
/// year `0000` is 1 BCE, as in ISO 8601.
///
/// | form | examples | precision | EDTF |
/// |---|---|---|---|
/// | `YYYY` | `1950`, `0000` | year | level 0 |
/// | `YYYY-MM` | `1999-04` | month | level 0 |
/// | `YYYY-MM-DD` | `1956-05-13` | day | level 0 |
/// | `-YYYY`, `-YYYY-MM`, `-YYYY-MM-DD`, years `-0001` to `-9999` | `-0044`, `-0044-03-15` | year, month, day | level 1, negative calendar year |
/// | `Y` then a year of five digits or more, no leading zero, maybe negative | `Y10000`, `Y-100000` | year | level 1, letter-prefixed calendar year |
/// | the same then `-MM` or `-MM-DD` | `Y10000-01`, `Y-100000-12-31` | month, day | none: EDTF cannot write a month or day in such a year; this crate's own form |
/// | any of the above then `~` | `1950~`, `1999-04-30~` | (the same) | level 1, approximate ([`Certainty::Approximate`]) |
/// | any of the above then `?` | `1965?` | (the same) | level 1, uncertain ([`Certainty::Uncertain`]) |
///
/// Everything else is rejected with a [`ParseDateError`] whose
/// [`kind`](ParseDateError::kind) says why:
///
/// | rejected text | [`ParseDateErrorKind`] |
/// |---|---|
/// | `Y1950`, `Y0`, `Y-0044` (`Y` is only for more than four digits), `Y010000` (leading zero), `10000` (five digits need `Y`), `-0000` (year zero is `0000`) | `NonCanonical` |
/// | `Y300000` (beyond chrono's range) | `BadYear` |
/// | `1999-13`, `1999-00`, `1977-13-01` | `BadMonth` |
/// | `1999-02-30`, `1999-04-31`, `1999-04-00` | `BadDay` |
/// | `195`, `1999-4`, `1999-04-1`, `19a9`, `+1950`, `1999-`, `1999-04-01-02`, `1999~?`, `~`, `1950 ~` | `Syntax` |
/// | empty or white space only | `Empty` |
/// | `1985-04-12T23:20:30` (date and time, EDTF level 0) | `Unsupported(DateTime)` |
/// | `1964/2008`, `1985-04/..`, `../1985` (intervals, levels 0 and 1; see [`EventDate`](crate::EventDate) for spans) | `Unsupported(Interval)` |
/// | `2001-21` to `2001-24` (seasons, level 1; `25` to `41` at level 2) | `Unsupported(Season)` |
/// | `201X`, `19XX`, `1985-04-XX` (unspecified digits, level 1) | `Unsupported(UnspecifiedDigits)` |
/// | `1950%` (approximate and uncertain, level 1) | `Unsupported(ApproximateAndUncertain)` |
/// | `2004-06~-11`, `?2004-06` (qualified parts, level 2) | `Unsupported(QualifiedPart)` |
/// | `Y-17E7`, `1950S2` (level 2) | `Unsupported(ExponentOrSignificantDigits)` |
/// | `[1667,1668]`, `{1960,1961}` (sets, level 2) | `Unsupported(Set)` |
///
/// The ordering sorts by the start of the span, and a coarser date before a
/// finer one with the same start: `1999` < `1999-01` < `1999-01-01` < `1999-02`.
///
/// ```
/// use cambodia_diplomacy::{HistDate, Precision, DateRelation};
/// use chrono::NaiveDate;
///
/// let established: HistDate = "1956-05-13".parse()?;
/// assert_eq!(established.precision(), Precision::Day);
///
/// let joined = HistDate::month(1999, 4);
/// assert_eq!(joined.to_string(), "1999-04");
/// let mid_april = NaiveDate::from_ymd_opt(1999, 4, 15).unwrap();
/// assert_eq!(joined.compare(mid_april), DateRelation::CannotTell);
/// # Ok::<(), cambodia_diplomacy::ParseDateError>(())
/// ```
///
/// An impossible date does not compile:
///
/// ```compile_fail
/// use cambodia_diplomacy::HistDate;
/// const BAD: HistDate = HistDate::day(1999, 2, 30);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct HistDate {
    year: i32,
    /// 0 when unknown.
    month: u8,
    /// 0 when unknown.
    day: u8,
    certainty: Certainty,
}

const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

const fn year_in_range(year: i32) -> bool {
    year >= MIN_YEAR && year <= MAX_YEAR
}

impl HistDate {
    /// A date known to the year, or `None` outside chrono's year range.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// assert!(HistDate::try_year(1950).is_some());
    /// assert!(HistDate::try_year(i32::MAX).is_none());
    /// ```
    #[must_use]
    pub const fn try_year(year: i32) -> Option<Self> {
        if !year_in_range(year) {
            return None;
        }
        Some(Self {
            year,
            month: 0,
            day: 0,
            certainty: Certainty::Exact,
        })
    }

    /// A date known to the month, or `None` if the month is not 1 to 12.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// assert_eq!(HistDate::try_month(1999, 4), Some(HistDate::month(1999, 4)));
    /// assert!(HistDate::try_month(1999, 13).is_none());
    /// ```
    #[must_use]
    pub const fn try_month(year: i32, month: u8) -> Option<Self> {
        if !year_in_range(year) || month == 0 || month > 12 {
            return None;
        }
        Some(Self {
            year,
            month,
            day: 0,
            certainty: Certainty::Exact,
        })
    }

    /// A date known to the day, or `None` if that day does not exist.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// assert!(HistDate::try_day(2000, 2, 29).is_some());
    /// assert!(HistDate::try_day(1999, 2, 29).is_none());
    /// ```
    #[must_use]
    pub const fn try_day(year: i32, month: u8, day: u8) -> Option<Self> {
        if !year_in_range(year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self {
            year,
            month,
            day,
            certainty: Certainty::Exact,
        })
    }

    /// A date known to the year.
    ///
    /// # Panics
    /// If the year is outside chrono's range; in a `const` or `static` this is
    /// a compile error. Use [`HistDate::try_year`] at run time.
    #[must_use]
    pub const fn year(year: i32) -> Self {
        match Self::try_year(year) {
            Some(d) => d,
            None => panic!("year outside the supported range"),
        }
    }

    /// A date known to the month.
    ///
    /// # Panics
    /// If the month is not 1 to 12; in a `const` or `static` this is a compile
    /// error. Use [`HistDate::try_month`] at run time.
    #[must_use]
    pub const fn month(year: i32, month: u8) -> Self {
        match Self::try_month(year, month) {
            Some(d) => d,
            None => panic!("invalid month"),
        }
    }

    /// A date known to the day.
    ///
    /// # Panics
    /// If the day does not exist; in a `const` or `static` this is a compile
    /// error. Use [`HistDate::try_day`] at run time.
    ///
    /// ```
    /// use cambodia_diplomacy::{Country, HistDate};
    ///
    /// const NOTES_EXCHANGED: HistDate = HistDate::day(1956, 5, 13);
    /// assert_eq!(Country::Russia.relation().established(), Some(NOTES_EXCHANGED));
    /// ```
    #[must_use]
    pub const fn day(year: i32, month: u8, day: u8) -> Self {
        match Self::try_day(year, month, day) {
            Some(d) => d,
            None => panic!("invalid date"),
        }
    }

    /// The same date marked approximate (EDTF `~`).
    ///
    /// ```
    /// # use cambodia_diplomacy::{Certainty, HistDate};
    /// let circa = HistDate::year(1950).approximate();
    /// assert_eq!(circa.certainty(), Certainty::Approximate);
    /// assert_eq!(circa.to_string(), "1950~");
    /// ```
    #[must_use]
    pub const fn approximate(self) -> Self {
        Self {
            certainty: Certainty::Approximate,
            ..self
        }
    }

    /// The same date marked uncertain (EDTF `?`).
    #[must_use]
    pub const fn uncertain(self) -> Self {
        Self {
            certainty: Certainty::Uncertain,
            ..self
        }
    }

    /// The year.
    #[must_use]
    pub const fn year_number(&self) -> i32 {
        self.year
    }

    /// The month (1 to 12), if known.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// assert_eq!(HistDate::month(1999, 4).month_number(), Some(4));
    /// assert_eq!(HistDate::year(1950).month_number(), None);
    /// ```
    #[must_use]
    pub const fn month_number(&self) -> Option<u8> {
        if self.month == 0 {
            None
        } else {
            Some(self.month)
        }
    }

    /// The day of the month, if known.
    #[must_use]
    pub const fn day_number(&self) -> Option<u8> {
        if self.day == 0 { None } else { Some(self.day) }
    }

    /// How much of the date is known.
    #[must_use]
    pub const fn precision(&self) -> Precision {
        if self.day != 0 {
            Precision::Day
        } else if self.month != 0 {
            Precision::Month
        } else {
            Precision::Year
        }
    }

    /// Whether the date is exact, approximate or uncertain.
    #[must_use]
    pub const fn certainty(&self) -> Certainty {
        self.certainty
    }

    /// The first calendar day the date covers.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// # use chrono::NaiveDate;
    /// assert_eq!(HistDate::month(1999, 4).first_day(), NaiveDate::from_ymd_opt(1999, 4, 1).unwrap());
    /// ```
    #[must_use]
    pub fn first_day(&self) -> NaiveDate {
        let month = if self.month == 0 { 1 } else { self.month };
        let day = if self.day == 0 { 1 } else { self.day };
        ymd(self.year, month, day)
    }

    /// The last calendar day the date covers.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// # use chrono::NaiveDate;
    /// assert_eq!(HistDate::month(2000, 2).last_day(), NaiveDate::from_ymd_opt(2000, 2, 29).unwrap());
    /// ```
    #[must_use]
    pub fn last_day(&self) -> NaiveDate {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        ymd(self.year, month, day)
    }

    /// The span of calendar days the date covers, both ends included.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// # use chrono::NaiveDate;
    /// let days = HistDate::year(1950).range();
    /// assert_eq!(*days.start(), NaiveDate::from_ymd_opt(1950, 1, 1).unwrap());
    /// assert_eq!(*days.end(), NaiveDate::from_ymd_opt(1950, 12, 31).unwrap());
    /// ```
    #[must_use]
    pub fn range(&self) -> core::ops::RangeInclusive<NaiveDate> {
        self.first_day()..=self.last_day()
    }

    /// Whether `day` falls within the span of calendar days the date covers.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// # use chrono::NaiveDate;
    /// let april = HistDate::month(1999, 4);
    /// assert!(april.contains(NaiveDate::from_ymd_opt(1999, 4, 15).unwrap()));
    /// assert!(!april.contains(NaiveDate::from_ymd_opt(1999, 5, 1).unwrap()));
    /// ```
    #[must_use]
    pub fn contains(&self, day: NaiveDate) -> bool {
        let day = day_key(day);
        self.first_key() <= day && day <= self.last_key()
    }

    /// Where this date stands relative to a calendar day: before it, after it,
    /// the same day, or "cannot tell" when the day falls inside the span this
    /// date covers.
    ///
    /// ```
    /// # use cambodia_diplomacy::{HistDate, DateRelation};
    /// # use chrono::NaiveDate;
    /// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    /// let y1950 = HistDate::year(1950);
    /// assert_eq!(y1950.compare(d(1951, 1, 1)), DateRelation::Before);
    /// assert_eq!(y1950.compare(d(1949, 12, 31)), DateRelation::After);
    /// assert_eq!(y1950.compare(d(1950, 3, 1)), DateRelation::CannotTell);
    /// assert_eq!(HistDate::day(1950, 3, 1).compare(d(1950, 3, 1)), DateRelation::Same);
    /// ```
    #[must_use]
    pub fn compare(&self, day: NaiveDate) -> DateRelation {
        self.compare_key(day_key(day))
    }

    /// [`HistDate::compare`] against a day packed by [`day_key`].
    pub(crate) const fn compare_key(&self, day: i64) -> DateRelation {
        if self.last_key() < day {
            DateRelation::Before
        } else if self.first_key() > day {
            DateRelation::After
        } else if self.day != 0 {
            DateRelation::Same
        } else {
            DateRelation::CannotTell
        }
    }

    /// The first day covered, as a sortable integer (no calendar arithmetic).
    pub(crate) const fn first_key(&self) -> i64 {
        let month = if self.month == 0 { 1 } else { self.month };
        let day = if self.day == 0 { 1 } else { self.day };
        pack(self.year, month, day)
    }

    /// The last day covered, as a sortable integer. For a date known only
    /// to the month or year it packs day 31: no real day lies between the
    /// month's true last day and that key, so comparisons with real days come
    /// out the same, without calendar arithmetic.
    pub(crate) const fn last_key(&self) -> i64 {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 { 31 } else { self.day };
        pack(self.year, month, day)
    }
}

/// Packs a calendar day into an integer that sorts like the day.
const fn pack(year: i32, month: u8, day: u8) -> i64 {
    ((year as i64) << 9) | ((month as i64) << 5) | day as i64
}

/// A chrono day packed like [`pack`].
pub(crate) fn day_key(day: NaiveDate) -> i64 {
    // chrono months (1..=12) and days (1..=31) fit in u8.
    pack(day.year(), day.month() as u8, day.day() as u8)
}

/// Builds a chrono date from parts already checked by the constructors.
fn ymd(year: i32, month: u8, day: u8) -> NaiveDate {
    // The constructors only admit days that exist within chrono's year range,
    // so this cannot fail; fall back to chrono's bounds rather than panic.
    NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)).unwrap_or(if year < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// A calendar day as a date known exactly to that day. Every [`NaiveDate`]
/// converts, and converts back with [`TryFrom`].
///
/// ```
/// use cambodia_diplomacy::{Certainty, HistDate, Precision};
/// use chrono::NaiveDate;
///
/// let day = NaiveDate::from_ymd_opt(1956, 5, 13).unwrap();
/// let date = HistDate::from(day);
/// assert_eq!(date, HistDate::day(1956, 5, 13));
/// assert_eq!((date.precision(), date.certainty()), (Precision::Day, Certainty::Exact));
/// assert_eq!(NaiveDate::try_from(date), Ok(day));
/// assert_eq!(NaiveDate::try_from(HistDate::from(NaiveDate::MIN)), Ok(NaiveDate::MIN));
/// ```
impl From<NaiveDate> for HistDate {
    fn from(d: NaiveDate) -> Self {
        // chrono months and days always fit in u8.
        Self {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
            certainty: Certainty::Exact,
        }
    }
}

/// The calendar day of a date known exactly to the day; a date known only to
/// the month or year, or marked approximate or uncertain, is an error.
///
/// ```
/// use cambodia_diplomacy::HistDate;
/// use chrono::NaiveDate;
///
/// let day = NaiveDate::try_from(HistDate::day(1999, 4, 30))?;
/// assert_eq!(day, NaiveDate::from_ymd_opt(1999, 4, 30).unwrap());
/// assert!(NaiveDate::try_from(HistDate::year(1950)).is_err());
/// assert!(NaiveDate::try_from(HistDate::day(1950, 1, 1).uncertain()).is_err());
/// # Ok::<(), cambodia_diplomacy::NotADayError>(())
/// ```
impl TryFrom<HistDate> for NaiveDate {
    type Error = NotADayError;

    fn try_from(date: HistDate) -> Result<Self, Self::Error> {
        if date.day != 0 && date.certainty == Certainty::Exact {
            Ok(ymd(date.year, date.month, date.day))
        } else {
            Err(NotADayError::new(date))
        }
    }
}

impl HistDate {
    /// A number in the same order as [`Ord`] on dates (year, month, day,
    /// certainty), for sorting without comparing field by field.
    pub(crate) const fn order_key(&self) -> u64 {
        // Years fit in 32 bits; shift them to be non-negative.
        let year = (self.year as i64 - i32::MIN as i64) as u64;
        (year << 24)
            | ((self.month as u64) << 16)
            | ((self.day as u64) << 8)
            | self.certainty as u64
    }
}

impl Ord for HistDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month, self.day, self.certainty).cmp(&(
            other.year,
            other.month,
            other.day,
            other.certainty,
        ))
    }
}

impl PartialOrd for HistDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for HistDate {
    /// Writes the date in the forms of the table on [`HistDate`]: four digits
    /// with a `-` before years before year 0, `Y` before years of more than
    /// four digits, then `-MM` and `-DD` as known, then `~` or `?`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if (0..=9999).contains(&self.year) {
            write!(f, "{:04}", self.year)?;
        } else if self.year < 0 && self.year > -10000 {
            write!(f, "-{:04}", -self.year)?;
        } else {
            // EDTF writes years beyond four digits with a leading "Y".
            write!(f, "Y{}", self.year)?;
        }
        if self.month != 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day != 0 {
            write!(f, "-{:02}", self.day)?;
        }
        match self.certainty {
            Certainty::Exact => Ok(()),
            Certainty::Approximate => f.write_str("~"),
            Certainty::Uncertain => f.write_str("?"),
        }
    }
}

impl fmt::Debug for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HistDate({self})")
    }
}

/// Why text is not a date: the kind, and the reason in words.
type Failure = (ParseDateErrorKind, Cow<'static, str>);

fn fail(kind: ParseDateErrorKind, reason: impl Into<Cow<'static, str>>) -> Failure {
    (kind, reason.into())
}

fn syntax(reason: &'static str) -> Failure {
    fail(ParseDateErrorKind::Syntax, reason)
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// A run of ASCII digits as a number, or `None` if it would not fit in a
/// year (more than nine digits).
fn digits_value(digits: &str) -> Option<i32> {
    if digits.len() > 9 {
        None
    } else {
        digits.parse().ok()
    }
}

/// The EDTF feature that text written in EDTF's characters uses, if it is
/// one this crate does not read. Text with other characters is left to the
/// parser, which rejects it as bad syntax.
fn unsupported_feature(text: &str) -> Option<EdtfFeature> {
    let edtf_char = |b: u8| b.is_ascii_digit() || b"-YXES~?%/.T:Z+[]{}, ".contains(&b);
    if !text.bytes().all(edtf_char) {
        return None;
    }
    let feature = if text.contains(['[', '{']) {
        EdtfFeature::Set
    } else if text.contains('/') {
        EdtfFeature::Interval
    } else if text.contains('T') {
        EdtfFeature::DateTime
    } else if text.contains(['E', 'S']) {
        EdtfFeature::ExponentOrSignificantDigits
    } else if text.contains('X') {
        EdtfFeature::UnspecifiedDigits
    } else {
        // All ASCII here, so the last byte is the last character.
        let body = &text[..text.len() - 1];
        let qualifier = |c: char| matches!(c, '~' | '?' | '%');
        let before_last = body.trim_end_matches(qualifier);
        if before_last.contains(qualifier) {
            // A qualifier before the end (`2004-06~-11`, `?2004`); two at
            // the end (`1999~?`) are merely bad syntax.
            EdtfFeature::QualifiedPart
        } else if text.ends_with('%') && !body.is_empty() && body == before_last {
            EdtfFeature::ApproximateAndUncertain
        } else {
            return None;
        }
    };
    Some(feature)
}

/// Reads the year at the start of `body`, returning it and the rest.
fn parse_year(body: &str) -> Result<(i32, &str), Failure> {
    let (long, text) = match body.strip_prefix('Y') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, rest) = unsigned.split_at(unsigned.find('-').unwrap_or(unsigned.len()));
    if !all_digits(digits) {
        return Err(syntax(if long {
            "Y must be followed by the digits of the year"
        } else {
            "the year must be four digits"
        }));
    }
    if !long && digits.len() < 4 {
        return Err(syntax("the year must be four digits"));
    }
    let sign = if negative { -1 } else { 1 };
    let Some(year) = digits_value(digits)
        .map(|v| sign * v)
        .filter(|&y| year_in_range(y))
    else {
        return Err(fail(
            ParseDateErrorKind::BadYear,
            format!("the year is outside {MIN_YEAR} to {MAX_YEAR}"),
        ));
    };
    let canonical = || HistDate::year(year).to_string();
    if long && (-9999..=9999).contains(&year) {
        return Err(fail(
            ParseDateErrorKind::NonCanonical,
            format!(
                "the Y prefix is only for years of more than four digits: write {}",
                canonical()
            ),
        ));
    }
    if long && digits.starts_with('0') {
        return Err(fail(
            ParseDateErrorKind::NonCanonical,
            format!("a year after Y has no leading zero: write {}", canonical()),
        ));
    }
    if !long && digits.len() > 4 {
        return Err(fail(
            ParseDateErrorKind::NonCanonical,
            format!(
                "a year is written with four digits, or with Y when it has more: write {}",
                canonical()
            ),
        ));
    }
    if negative && year == 0 {
        return Err(fail(
            ParseDateErrorKind::NonCanonical,
            "year zero is written 0000, not -0000",
        ));
    }
    Ok((year, rest))
}

/// Reads text in the forms of the table on [`HistDate`].
fn parse(input: &str) -> Result<HistDate, Failure> {
    let text = input.trim();
    if text.is_empty() {
        return Err(fail(ParseDateErrorKind::Empty, "no date given"));
    }
    if let Some(feature) = unsupported_feature(text) {
        return Err(fail(
            ParseDateErrorKind::Unsupported(feature),
            feature.unsupported(),
        ));
    }
    let (body, certainty) = if let Some(rest) = text.strip_suffix('~') {
        (rest, Certainty::Approximate)
    } else if let Some(rest) = text.strip_suffix('?') {
        (rest, Certainty::Uncertain)
    } else {
        (text, Certainty::Exact)
    };
    if body.ends_with(['~', '?', '%']) {
        return Err(syntax("a date takes one qualifier, ~ or ?"));
    }
    let (year, rest) = parse_year(body)?;
    let date = match rest.strip_prefix('-') {
        None => HistDate::year(year),
        Some(rest) => {
            let mut parts = rest.split('-');
            let month_text = parts.next().unwrap_or_default();
            let day_text = parts.next();
            if parts.next().is_some() {
                return Err(syntax(
                    "too many parts: a date is a year, a month and a day",
                ));
            }
            if month_text.len() != 2 || !all_digits(month_text) {
                return Err(syntax("the month must be two digits"));
            }
            let month: u8 = month_text.parse().unwrap_or_default();
            if day_text.is_none() && (21..=41).contains(&month) {
                return Err(fail(
                    ParseDateErrorKind::Unsupported(EdtfFeature::Season),
                    EdtfFeature::Season.unsupported(),
                ));
            }
            if !(1..=12).contains(&month) {
                return Err(fail(
                    ParseDateErrorKind::BadMonth,
                    format!("month {month_text} is not 01 to 12"),
                ));
            }
            match day_text {
                None => HistDate::month(year, month),
                Some(day_text) => {
                    if day_text.len() != 2 || !all_digits(day_text) {
                        return Err(syntax("the day must be two digits"));
                    }
                    let day: u8 = day_text.parse().unwrap_or_default();
                    HistDate::try_day(year, month, day).ok_or_else(|| {
                        fail(
                            ParseDateErrorKind::BadDay,
                            format!(
                                "there is no day {day_text} in {}, which has {} days",
                                HistDate::month(year, month),
                                days_in_month(year, month)
                            ),
                        )
                    })?
                }
            }
        }
    };
    Ok(HistDate { certainty, ..date })
}

impl FromStr for HistDate {
    type Err = ParseDateError;

    /// Reads exactly the forms in the table on [`HistDate`] (`1950`,
    /// `1999-04`, `1956-05-13`, `-0044`, `Y10000`, each with an optional `~`
    /// or `?`), ignoring white space around them, and rejects everything
    /// else, including EDTF forms this crate does not read, with an error
    /// whose [`kind`](ParseDateError::kind) says why.
    ///
    /// ```
    /// use cambodia_diplomacy::{HistDate, ParseDateErrorKind};
    ///
    /// assert_eq!("1950~".parse::<HistDate>()?, HistDate::year(1950).approximate());
    /// assert_eq!("Y1950".parse::<HistDate>().unwrap_err().kind(), ParseDateErrorKind::NonCanonical);
    /// # Ok::<(), cambodia_diplomacy::ParseDateError>(())
    /// ```
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        parse(input).map_err(|(kind, reason)| ParseDateError::new(input, kind, reason))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for HistDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for HistDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    /// Every form the table on `HistDate` accepts: the text, the date it
    /// reads as, and the text the date writes (the same but for white space).
    #[test]
    fn reads_and_writes_every_accepted_form() {
        let table = [
            ("1950", HistDate::year(1950), "1950"),
            ("0000", HistDate::year(0), "0000"),
            ("9999", HistDate::year(9999), "9999"),
            ("1999-04", HistDate::month(1999, 4), "1999-04"),
            ("1956-05-13", HistDate::day(1956, 5, 13), "1956-05-13"),
            ("2000-02-29", HistDate::day(2000, 2, 29), "2000-02-29"),
            ("-0044", HistDate::year(-44), "-0044"),
            ("-9999", HistDate::year(-9999), "-9999"),
            ("-0044-03-15", HistDate::day(-44, 3, 15), "-0044-03-15"),
            ("-0001-12", HistDate::month(-1, 12), "-0001-12"),
            ("Y10000", HistDate::year(10_000), "Y10000"),
            ("Y-10000", HistDate::year(-10_000), "Y-10000"),
            ("Y-100000", HistDate::year(-100_000), "Y-100000"),
            ("Y200000", HistDate::year(200_000), "Y200000"),
            ("Y262142", HistDate::year(MAX_YEAR), "Y262142"),
            ("Y-262143", HistDate::year(MIN_YEAR), "Y-262143"),
            ("Y10000-01", HistDate::month(10_000, 1), "Y10000-01"),
            (
                "Y-100000-12-31",
                HistDate::day(-100_000, 12, 31),
                "Y-100000-12-31",
            ),
            ("1950~", HistDate::year(1950).approximate(), "1950~"),
            (
                "1999-04-30~",
                HistDate::day(1999, 4, 30).approximate(),
                "1999-04-30~",
            ),
            ("1965?", HistDate::year(1965).uncertain(), "1965?"),
            ("-0044?", HistDate::year(-44).uncertain(), "-0044?"),
            ("Y10000~", HistDate::year(10_000).approximate(), "Y10000~"),
            (" 1950\t", HistDate::year(1950), "1950"),
            (
                "\n1999-04~ ",
                HistDate::month(1999, 4).approximate(),
                "1999-04~",
            ),
        ];
        for (text, date, written) in table {
            assert_eq!(text.parse::<HistDate>(), Ok(date), "{text:?}");
            assert_eq!(date.to_string(), written, "{text:?}");
            assert_eq!(written.parse::<HistDate>(), Ok(date), "{written:?}");
        }
    }

    /// Every form the table on `HistDate` rejects, with the kind of error.
    #[test]
    fn rejects_every_other_form_with_its_kind() {
        use ParseDateErrorKind::*;
        let table = [
            // Non-canonical: the three of issue 10, and their relatives.
            ("Y1950", NonCanonical),
            ("Y0", NonCanonical),
            ("-0000", NonCanonical),
            ("Y-0044", NonCanonical),
            ("Y9999", NonCanonical),
            ("Y-0", NonCanonical),
            ("Y010000", NonCanonical),
            ("10000", NonCanonical),
            ("-10000", NonCanonical),
            ("01950", NonCanonical),
            ("-0000-01-01", NonCanonical),
            ("Y1950-04", NonCanonical),
            // Years chrono cannot hold.
            ("Y300000", BadYear),
            ("Y-262144", BadYear),
            ("Y9999999", BadYear),
            ("Y99999999999999999999", BadYear),
            // Months.
            ("1999-13", BadMonth),
            ("1999-00", BadMonth),
            ("1977-13-01", BadMonth),
            ("1999-42", BadMonth),
            ("2001-21-01", BadMonth),
            ("1999-99-99", BadMonth),
            // Days.
            ("1999-02-30", BadDay),
            ("1999-02-29", BadDay),
            ("1999-04-31", BadDay),
            ("1999-04-00", BadDay),
            ("1999-01-32", BadDay),
            // Syntax.
            ("195", Syntax),
            ("19500-", NonCanonical),
            ("1999-4", Syntax),
            ("1999-04-1", Syntax),
            ("1999-004", Syntax),
            ("19a9", Syntax),
            ("+1950", Syntax),
            ("1999-", Syntax),
            ("1999--04", Syntax),
            ("1999-04-", Syntax),
            ("1999-04-01-02", Syntax),
            ("~", Syntax),
            ("?", Syntax),
            ("1999~?", Syntax),
            ("1999?~", Syntax),
            ("1999%~", Syntax),
            ("1950 ~", Syntax),
            ("Y", Syntax),
            ("Y-", Syntax),
            ("-", Syntax),
            ("--1950", Syntax),
            ("1950.", Syntax),
            ("1950-01-01Z", Syntax),
            ("nineteen fifty", Syntax),
            ("၁၉၅၀", Syntax),
            ("១៩៥០", Syntax),
            ("201x", Syntax),
            ("", Empty),
            (" \t\n", Empty),
            // EDTF this crate does not read.
            ("1985-04-12T23:20:30", Unsupported(EdtfFeature::DateTime)),
            ("1985-04-12T23:20:30Z", Unsupported(EdtfFeature::DateTime)),
            ("1964/2008", Unsupported(EdtfFeature::Interval)),
            ("1985-04/..", Unsupported(EdtfFeature::Interval)),
            ("../1985", Unsupported(EdtfFeature::Interval)),
            ("1985/", Unsupported(EdtfFeature::Interval)),
            ("2001-21", Unsupported(EdtfFeature::Season)),
            ("2001-24", Unsupported(EdtfFeature::Season)),
            ("2001-41", Unsupported(EdtfFeature::Season)),
            ("201X", Unsupported(EdtfFeature::UnspecifiedDigits)),
            ("19XX", Unsupported(EdtfFeature::UnspecifiedDigits)),
            ("1985-04-XX", Unsupported(EdtfFeature::UnspecifiedDigits)),
            ("1950%", Unsupported(EdtfFeature::ApproximateAndUncertain)),
            (
                "1999-04-30%",
                Unsupported(EdtfFeature::ApproximateAndUncertain),
            ),
            ("2004-06~-11", Unsupported(EdtfFeature::QualifiedPart)),
            ("?2004-06", Unsupported(EdtfFeature::QualifiedPart)),
            ("2004?-06-11", Unsupported(EdtfFeature::QualifiedPart)),
            (
                "Y-17E7",
                Unsupported(EdtfFeature::ExponentOrSignificantDigits),
            ),
            (
                "1950S2",
                Unsupported(EdtfFeature::ExponentOrSignificantDigits),
            ),
            ("[1667,1668]", Unsupported(EdtfFeature::Set)),
            ("{1960,1961}", Unsupported(EdtfFeature::Set)),
            ("[..1760-12-03]", Unsupported(EdtfFeature::Set)),
        ];
        for (text, kind) in table {
            match text.parse::<HistDate>() {
                Ok(date) => panic!("{text:?} parsed as {date}"),
                Err(err) => {
                    assert_eq!(err.kind(), kind, "{text:?}: {err}");
                    assert_eq!(err.input(), text);
                    assert!(err.to_string().starts_with("invalid date "), "{err}");
                }
            }
        }
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let message = |text: &str| text.parse::<HistDate>().unwrap_err().to_string();
        assert_eq!(
            message("1977-13-01"),
            r#"invalid date "1977-13-01": month 13 is not 01 to 12"#
        );
        assert_eq!(
            message("1999-02-30"),
            r#"invalid date "1999-02-30": there is no day 30 in 1999-02, which has 28 days"#
        );
        assert_eq!(
            message("Y1950"),
            r#"invalid date "Y1950": the Y prefix is only for years of more than four digits: write 1950"#
        );
        assert_eq!(
            message("Y0"),
            r#"invalid date "Y0": the Y prefix is only for years of more than four digits: write 0000"#
        );
        assert_eq!(
            message("-0000"),
            r#"invalid date "-0000": year zero is written 0000, not -0000"#
        );
        assert_eq!(
            message("10000"),
            r#"invalid date "10000": a year is written with four digits, or with Y when it has more: write Y10000"#
        );
        assert_eq!(
            message("1964/2008"),
            r#"invalid date "1964/2008": an interval (EDTF levels 0 and 1) is not supported"#
        );
    }

    #[test]
    fn errors_keep_at_most_64_characters_of_the_input() {
        let at_limit = "ក".repeat(64);
        assert_eq!(at_limit.parse::<HistDate>().unwrap_err().input(), at_limit);
        for long in [
            "9".repeat(1_000_000),
            "ក".repeat(65),
            format!("1950{}", " x".repeat(500_000)),
        ] {
            let err = long.parse::<HistDate>().unwrap_err();
            let kept: String = long.chars().take(64).collect();
            assert_eq!(err.input(), format!("{kept}…"));
            assert!(err.to_string().len() < 400, "{err}");
        }
    }

    #[test]
    fn converts_to_and_from_chrono_days() {
        for day in [
            NaiveDate::MIN,
            d(1956, 5, 13),
            d(2000, 2, 29),
            NaiveDate::MAX,
        ] {
            let date = HistDate::from(day);
            assert_eq!(date.precision(), Precision::Day);
            assert_eq!(date.certainty(), Certainty::Exact);
            assert_eq!(date.range(), day..=day);
            assert_eq!(NaiveDate::try_from(date), Ok(day));
            assert_eq!(date.to_string().parse::<HistDate>(), Ok(date));
        }
        for date in [
            HistDate::year(1950),
            HistDate::month(1999, 4),
            HistDate::day(1999, 4, 30).approximate(),
            HistDate::day(1999, 4, 30).uncertain(),
        ] {
            let err = NaiveDate::try_from(date).unwrap_err();
            assert_eq!(err.date(), date);
            assert!(err.to_string().contains("is not one exact calendar day"));
        }
    }

    #[test]
    fn year_only_date_cannot_tell_within_its_year() {
        let y = HistDate::year(1950);
        assert_eq!(y.compare(d(1950, 3, 1)), DateRelation::CannotTell);
        assert_eq!(y.compare(d(1951, 1, 1)), DateRelation::Before);
        assert_eq!(y.compare(d(1949, 12, 31)), DateRelation::After);
    }

    #[test]
    fn ordering_puts_coarse_dates_first() {
        let mut dates = [
            HistDate::day(1999, 1, 1),
            HistDate::month(1999, 2),
            HistDate::year(1999),
            HistDate::month(1999, 1),
        ];
        dates.sort();
        let text: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["1999", "1999-01", "1999-01-01", "1999-02"]);
    }

    #[test]
    fn range_covers_leap_february() {
        let feb = HistDate::month(2000, 2);
        assert_eq!(feb.range(), d(2000, 2, 1)..=d(2000, 2, 29));
    }

    #[test]
    fn extreme_years_do_not_panic() {
        for year in [MIN_YEAR, MAX_YEAR] {
            let date = HistDate::year(year);
            let _ = date.range();
            assert_eq!(date.to_string().parse::<HistDate>().unwrap(), date);
        }
    }
}
