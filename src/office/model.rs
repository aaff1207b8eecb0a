//! The office types: which office, who held it and when, and what a list claims.

use core::fmt;

use chrono::NaiveDate;

use crate::{Answer, DateRelation, HistDate, Partner, Sources};

/// An office the crate lists holders of.
///
/// ```
/// use cambodia_diplomacy::Office;
///
/// // A president who heads both the state and the government answers for both.
/// assert!(Office::HeadOfStateAndGovernment.answers_for(Office::HeadOfGovernment));
/// assert!(!Office::HeadOfState.answers_for(Office::HeadOfGovernment));
/// assert_eq!("head_of_government".parse::<Office>().unwrap(), Office::HeadOfGovernment);
/// assert_eq!(Office::HeadOfSecretariat.to_string(), "head of the secretariat");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Office {
    /// The head of state (a monarch, a president).
    HeadOfState,
    /// The head of government (a prime minister, a premier, a chancellor).
    HeadOfGovernment,
    /// One person heads both the state and the government (the presidents
    /// of the United States, Indonesia and the Philippines; the Sultan of
    /// Brunei).
    HeadOfStateAndGovernment,
    /// The head of an organization's secretariat (a Secretary-General, a
    /// President, a Director-General).
    HeadOfSecretariat,
}

impl Office {
    /// Whether a holder of this office answers the question "who was the
    /// `asked`?": the office itself, and a combined head of state and
    /// government for either.
    #[must_use]
    pub const fn answers_for(self, asked: Office) -> bool {
        matches!(
            (self, asked),
            (Office::HeadOfState, Office::HeadOfState)
                | (Office::HeadOfGovernment, Office::HeadOfGovernment)
                | (Office::HeadOfSecretariat, Office::HeadOfSecretariat)
                | (
                    Office::HeadOfStateAndGovernment,
                    Office::HeadOfState
                        | Office::HeadOfGovernment
                        | Office::HeadOfStateAndGovernment
                )
        )
    }
}

/// One person's time in an office, with sources. Consecutive terms without
/// a break are one holder; a return after someone else held the office is
/// a new one.
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate, Office, office_holders_of};
///
/// let mut japan = office_holders_of(Country::Japan)
///     .filter(|h| h.office == Office::HeadOfGovernment);
/// let abe = japan.find(|h| h.name == "Shinzo Abe" && h.start > HistDate::year(2010)).unwrap();
/// assert_eq!(abe.start, HistDate::day(2012, 12, 26));
/// assert!(abe.end.is_some() && !abe.sources.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OfficeHolder {
    /// The country or organization.
    pub partner: Partner,
    /// The office held.
    pub office: Office,
    /// The person's name as English sources write it.
    pub name: &'static str,
    /// The day (or month, or year) they took office.
    pub start: HistDate,
    /// The day they left it (their last day, or the day of the handover);
    /// `None` if in office when the sources were last checked (the list's
    /// [`OfficeRecord::as_of`]).
    pub end: Option<HistDate>,
    /// An acting, interim or caretaker holder.
    pub acting: bool,
    /// Terms, disputed dates and their sources, in the crate's words.
    pub note: &'static str,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl OfficeHolder {
    /// Whether they held the office on a day, three-valued: `CannotTell`
    /// where the day falls inside the precision of a start or end given to
    /// the month or year, or after the list's "as of" date for a holder
    /// still in office. The first and the last day both count: on the day
    /// of a handover the outgoing and the incoming holder both answer
    /// `Yes`, and [`crate::office_holder_on`] names the incoming one.
    ///
    /// ```
    /// use cambodia_diplomacy::{Answer, Country, NaiveDate, office_holders_of};
    ///
    /// let abe = office_holders_of(Country::Japan).find(|h| h.name == "Shinzo Abe").unwrap();
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(abe.held_on(day(2006, 12, 1)), Answer::Yes);
    /// assert_eq!(abe.held_on(day(2010, 1, 1)), Answer::No);
    /// ```
    #[must_use]
    pub fn held_on(&self, day: NaiveDate) -> Answer {
        let started = match self.start.compare(day) {
            DateRelation::Before | DateRelation::Same => Answer::Yes,
            DateRelation::After => return Answer::No,
            DateRelation::CannotTell => Answer::CannotTell,
        };
        let not_ended = match self.end {
            Some(end) => match end.compare(day) {
                DateRelation::After | DateRelation::Same => Answer::Yes,
                DateRelation::Before => return Answer::No,
                DateRelation::CannotTell => Answer::CannotTell,
            },
            None => match self.record().map(|r| r.as_of.compare(day)) {
                Some(DateRelation::After | DateRelation::Same) => Answer::Yes,
                _ => Answer::CannotTell,
            },
        };
        started.and(not_ended)
    }

    /// The list this holder belongs to: what it covers, its title, its
    /// sources.
    #[must_use]
    pub fn record(&self) -> Option<&'static OfficeRecord> {
        super::query::office_records()
            .find(|r| r.partner == self.partner && r.office == self.office)
    }
}

impl fmt::Display for OfficeHolder {
    /// "Shinzo Abe (head of government, 2012-12-26 to 2020-09-16)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.name, self.office)?;
        if self.acting {
            f.write_str(", acting")?;
        }
        write!(f, ", {}", self.start)?;
        match self.end {
            Some(end) => write!(f, " to {end})"),
            None => f.write_str(" to date)"),
        }
    }
}

/// What a list of office holders claims: the office's title, the span over
/// which every holder is listed, and the date its sources are current to.
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate, Office, Partner, office_records};
///
/// let japan = office_records()
///     .find(|r| r.partner == Partner::Country(Country::Japan) && r.office == Office::HeadOfGovernment)
///     .unwrap();
/// assert_eq!(japan.title, "Prime Minister of Japan");
/// assert_eq!(japan.complete_from, Some(HistDate::day(1993, 1, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OfficeRecord {
    /// The country or organization.
    pub partner: Partner,
    /// The office.
    pub office: Office,
    /// The office's English title (at the `as_of` date, where it changed).
    pub title: &'static str,
    /// The day from which every holder is listed, up to `as_of`; `None`
    /// where the list is a selection.
    pub complete_from: Option<HistDate>,
    /// The date the sources are current to.
    pub as_of: HistDate,
    /// Title changes, how acting holders are treated, in the crate's words.
    pub note: &'static str,
    /// Where the list comes from.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl OfficeRecord {
    /// Whether the list claims every holder on that day.
    #[must_use]
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.complete_from
            .is_some_and(|from| from.first_day() <= day && day <= self.as_of.last_day())
    }
}
