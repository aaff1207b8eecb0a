//! Historical dates that carry their precision and certainty.
//!
//! A source that says "relations were established in 1950" does not say
//! 1950-01-01. [`HistDate`] keeps the year, and the month and day only when the
//! source gives them, plus whether the date is exact, approximate (`~`) or
//! uncertain (`?`). Its text form is the Library of Congress Extended
//! Date/Time Format (EDTF, ISO 8601-2) at levels 0 and 1: `1950`, `1999-04`,
//! `1956-05-13`, `1950~`, `1965?`.
//!
//! Comparing such a date with a calendar day is three-valued: the day may be
//! before the date, after it, or inside it, where nothing can be told at this
//! precision. See [`HistDate::compare`].

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::error::ParseDateError;

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
/// EDTF text with [`str::parse`].
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

fn parse_number(text: &str, min_len: usize, max_len: usize) -> Option<u32> {
    if text.len() < min_len || text.len() > max_len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl FromStr for HistDate {
    type Err = ParseDateError;

    /// Parses EDTF level 0/1 text: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally
    /// with a `~` (approximate) or `?` (uncertain) suffix, a leading `-` for
    /// years before year 0, or `Y` for years beyond four digits.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let err = |reason| ParseDateError::new(input, reason);
        let text = input.trim();
        if text.is_empty() {
            return Err(err("empty input"));
        }
        let (body, certainty) = if let Some(rest) = text.strip_suffix('~') {
            (rest, Certainty::Approximate)
        } else if let Some(rest) = text.strip_suffix('?') {
            (rest, Certainty::Uncertain)
        } else {
            (text, Certainty::Exact)
        };
        let (year, rest) = if let Some(long) = body.strip_prefix('Y') {
            let (negative, digits) = match long.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, long),
            };
            // Display writes a month and day after a long year too ("Y10000-01").
            let (year_text, rest) = digits.split_at(digits.find('-').unwrap_or(digits.len()));
            let magnitude = parse_number(year_text, 1, 6).ok_or_else(|| err("bad long year"))?;
            let year = i32::try_from(magnitude).map_err(|_| err("bad long year"))?;
            (if negative { -year } else { year }, rest)
        } else {
            let (negative, unsigned) = match body.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, body),
            };
            let (year_text, rest) = unsigned.split_at(unsigned.find('-').unwrap_or(unsigned.len()));
            let magnitude = parse_number(year_text, 4, 4)
                .ok_or_else(|| err("the year must have four digits"))?;
            let year = magnitude as i32;
            (if negative { -year } else { year }, rest)
        };
        let date = if rest.is_empty() {
            HistDate::try_year(year).ok_or_else(|| err("year out of range"))?
        } else {
            let rest = &rest[1..];
            let mut parts = rest.split('-');
            let month_text = parts.next().unwrap_or("");
            let month = parse_number(month_text, 2, 2)
                .ok_or_else(|| err("the month must have two digits"))?;
            match parts.next() {
                None => {
                    HistDate::try_month(year, month as u8).ok_or_else(|| err("no such month"))?
                }
                Some(day_text) => {
                    if parts.next().is_some() {
                        return Err(err("too many parts"));
                    }
                    let day = parse_number(day_text, 2, 2)
                        .ok_or_else(|| err("the day must have two digits"))?;
                    HistDate::try_day(year, month as u8, day as u8)
                        .ok_or_else(|| err("no such day"))?
                }
            }
        };
        Ok(Self { certainty, ..date })
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

    #[test]
    fn parses_and_prints_every_edtf_form() {
        for text in [
            "1950",
            "1999-04",
            "1956-05-13",
            "1950~",
            "1965?",
            "2000-02-29",
            "-0044",
            "Y-100000",
            "Y200000",
        ] {
            let date: HistDate = text.parse().unwrap();
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for text in [
            "",
            "195",
            "1999-02-30",
            "1999-13",
            "1999-4",
            "1999-04-1",
            "19a9",
            "1999-04-01-02",
            "1999-",
            "~",
            "1999~?",
            "Y",
            "Y9999999",
        ] {
            assert!(text.parse::<HistDate>().is_err(), "{text} should not parse");
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
