//! Periods: the building block of relation and membership histories.
//!
//! A period starts on a sourced date and ends in one of three ways, which a
//! reader must be able to tell apart: on a sourced date, still ongoing as of a
//! stated review date, or at an unknown time.

use core::fmt;

use chrono::NaiveDate;

use crate::{Answer, DateRelation, HistDate, Question, Sources};

/// A date as one source or group of sources states it.
///
/// Where sources disagree, a record keeps every claim, marks one preferred
/// and says why in `note`.
///
/// ```
/// use cambodia_diplomacy::{HistDate, MembershipStatus, Organization};
///
/// let asean = Organization::Asean.membership();
/// let member = asean.periods.iter().find(|p| p.status == MembershipStatus::Member).unwrap();
/// assert_eq!(member.start.preferred().unwrap().date, HistDate::day(1999, 4, 30));
/// // The December 1998 claim is kept, with the reason it is not used.
/// let other = member.start.iter().find(|c| !c.preferred).unwrap();
/// assert_eq!(other.date, HistDate::month(1998, 12));
/// assert!(!other.note.is_empty() && !other.sources.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DateClaim {
    /// The date as stated.
    pub date: HistDate,
    /// Whether this is the claim the dataset uses.
    pub preferred: bool,
    /// Why this claim is preferred or not, where sources disagree; empty otherwise.
    pub note: &'static str,
    /// Who states it.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl DateClaim {
    /// A preferred claim (used by the data tables).
    #[must_use]
    pub const fn preferred(date: HistDate, sources: Sources) -> Self {
        Self {
            date,
            preferred: true,
            note: "",
            sources,
        }
    }

    /// The same claim with a note saying why it is or is not preferred.
    #[must_use]
    pub const fn with_note(self, note: &'static str) -> Self {
        Self { note, ..self }
    }

    /// A claim that the dataset keeps but does not use.
    #[must_use]
    pub const fn alternative(date: HistDate, sources: Sources, note: &'static str) -> Self {
        Self {
            date,
            preferred: false,
            note,
            sources,
        }
    }
}

/// The date a period starts: every sourced claim, one of them preferred.
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate, RelationStatus};
///
/// let russia = Country::Russia.relation();
/// let suspended = russia.periods.iter().find(|p| p.status == RelationStatus::Suspended).unwrap();
/// assert_eq!(suspended.start.preferred().unwrap().date, HistDate::month(1973, 11));
/// assert!(suspended.start.iter().any(|c| c.date == HistDate::year(1975) && !c.preferred));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Claims(pub &'static [DateClaim]);

impl Claims {
    /// The claim marked preferred, or the first claim if none is; `None` only
    /// if the record has no claim, which the data tests forbid.
    #[must_use]
    pub fn preferred(&self) -> Option<&'static DateClaim> {
        self.0.iter().find(|c| c.preferred).or(self.0.first())
    }

    /// Every claim, preferred first as stored.
    pub fn iter(&self) -> impl Iterator<Item = &'static DateClaim> + use<> {
        self.0.iter()
    }
}

/// How a period ends.
///
/// Serialized as `{"kind": "ended", "claims": [...]}`,
/// `{"kind": "ongoing_as_of", "as_of": "2026-11-25"}` or `{"kind": "unknown"}`.
///
/// ```
/// use cambodia_diplomacy::{Country, DATA_REVIEWED, HistDate, PeriodEnd};
///
/// let russia = Country::Russia.relation();
/// let PeriodEnd::Ended(end) = russia.periods[0].end else { panic!("the Soviet period ended") };
/// assert_eq!(end.preferred().unwrap().date, HistDate::month(1973, 11));
/// assert_eq!(russia.periods.last().unwrap().end, PeriodEnd::OngoingAsOf(DATA_REVIEWED));
/// // No source dates the end of Canada's first period of relations, from 1953.
/// assert_eq!(Country::Canada.relation().periods[0].end, PeriodEnd::Unknown);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodEnd {
    /// It ended on this date.
    Ended(Claims),
    /// It was still going on at the date its sources were last checked.
    OngoingAsOf(HistDate),
    /// It ended, or may have ended, at a time no source gives.
    Unknown,
}

#[cfg(feature = "serde")]
impl serde::Serialize for PeriodEnd {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("PeriodEnd", 2)?;
        match self {
            PeriodEnd::Ended(claims) => {
                s.serialize_field("kind", "ended")?;
                s.serialize_field("claims", claims)?;
            }
            PeriodEnd::OngoingAsOf(date) => {
                s.serialize_field("kind", "ongoing_as_of")?;
                s.serialize_field("as_of", date)?;
            }
            PeriodEnd::Unknown => s.serialize_field("kind", "unknown")?,
        }
        s.end()
    }
}

/// Whether a period covers a day, from its start and end.
///
/// Three-valued: `CannotTell` when the day falls inside the precision of the
/// start or the end, or after an unknown end or the "as of" date.
pub(crate) fn period_covers(start: &Claims, end: &PeriodEnd, day: NaiveDate) -> Answer {
    period_covers_key(start, end, crate::date::day_key(day))
}

/// [`period_covers`] for a day packed by `date::day_key`.
pub(crate) fn period_covers_key(start: &Claims, end: &PeriodEnd, day: i64) -> Answer {
    let Some(start) = start.preferred() else {
        return Answer::CannotTell;
    };
    let started = match start.date.compare_key(day) {
        DateRelation::Before | DateRelation::Same => Answer::Yes,
        DateRelation::After => return Answer::No,
        DateRelation::CannotTell => Answer::CannotTell,
    };
    let not_ended = match end {
        PeriodEnd::Ended(claims) => match claims.preferred() {
            // A period that ended on a day no longer covers that day.
            Some(end) => match end.date.compare_key(day) {
                DateRelation::After => Answer::Yes,
                DateRelation::Before | DateRelation::Same => return Answer::No,
                DateRelation::CannotTell => Answer::CannotTell,
            },
            None => Answer::CannotTell,
        },
        PeriodEnd::OngoingAsOf(as_of) => match as_of.compare_key(day) {
            DateRelation::After | DateRelation::Same => Answer::Yes,
            _ => Answer::CannotTell,
        },
        PeriodEnd::Unknown => Answer::CannotTell,
    };
    started.and(not_ended)
}

mod sealed {
    /// Keeps [`super::Period`] implemented only by the crate's period types.
    pub trait Sealed {}
    impl Sealed for crate::RelationPeriod {}
    impl Sealed for crate::MembershipPeriod {}
}

/// A period of a history (of relations, of a membership): its bounds and
/// sources. Implemented by [`crate::RelationPeriod`] and
/// [`crate::MembershipPeriod`] only (the trait is sealed), so that code can
/// be written once for both.
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate, Organization, Period};
///
/// fn began<P: Period>(period: &P) -> HistDate {
///     period.start().preferred().unwrap().date
/// }
/// assert_eq!(began(&Country::Russia.relation().periods[0]), HistDate::day(1956, 5, 13));
/// let asean = Organization::Asean.membership().periods.last().unwrap();
/// assert_eq!(began(asean), HistDate::day(1999, 4, 30));
/// assert_eq!(asean.status().to_string(), "member");
/// ```
pub trait Period: sealed::Sealed + 'static {
    /// When the period started, with every sourced claim.
    fn start(&self) -> &Claims;
    /// How it ended.
    fn end(&self) -> &PeriodEnd;
    /// Where it is documented.
    fn sources(&self) -> Sources;
    /// The kind of status the history records ([`crate::RelationStatus`],
    /// [`crate::MembershipStatus`]); its `Display` is the short label.
    type Status: Copy + fmt::Display;
    /// The status in the period.
    fn status(&self) -> Self::Status;
}

/// Writes a period as "active from 1956-05-13 to 1973-11".
pub(crate) fn write_period<P: Period>(period: &P, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(f, "{}", period.status())?;
    if let Some(start) = period.start().preferred() {
        write!(f, " from {}", start.date)?;
    }
    match period.end() {
        PeriodEnd::Ended(claims) => match claims.preferred() {
            Some(end) => write!(f, " to {}", end.date),
            None => f.write_str(" to an unknown date"),
        },
        PeriodEnd::OngoingAsOf(as_of) => write!(f, ", ongoing as of {as_of}"),
        PeriodEnd::Unknown => f.write_str(" to an unknown date"),
    }
}

/// A three-valued answer with the question it answers, the period that
/// decided it, and the sources it rests on.
///
/// Every answer carries sources: the deciding period's, or, when no period
/// decides (relations never established), the sources of the whole history
/// that the answer reads as complete. The one exception is "cannot tell" on
/// a record not yet researched, which states nothing and so cites nothing.
/// It prints as a sentence with its citations, and serializes with the
/// sources in full.
///
/// ```
/// use cambodia_diplomacy::{Answer, Country, NaiveDate};
///
/// let day = NaiveDate::from_ymd_opt(1960, 6, 1).unwrap();
/// let evidence = Country::Russia.relation().is_active_on(day);
/// assert_eq!(evidence.answer, Answer::Yes);
/// assert!(evidence.period.is_some() && !evidence.sources.is_empty());
/// let sentence = evidence.to_string();
/// assert!(sentence.starts_with("Did Cambodia have diplomatic relations with Russia on 1960-06-01? Yes"));
/// assert!(sentence.contains("active from 1956-05-13"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(bound = "P: serde::Serialize"))]
#[non_exhaustive]
pub struct Evidence<P: 'static> {
    /// What was asked.
    pub question: Question,
    /// Yes, no or cannot tell.
    pub answer: Answer,
    /// The period that decided the answer, if any (none when no period
    /// covers the day, as for relations never established).
    pub period: Option<&'static P>,
    /// What the answer rests on: the deciding period's sources, or the
    /// history's own sources when no period decided.
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::export::full_sources")
    )]
    pub sources: Sources,
}

impl<P: Period> Evidence<P> {
    /// The status in the deciding period, if a period decided.
    ///
    /// ```
    /// use cambodia_diplomacy::{Country, MembershipStatus, NaiveDate, Organization, RelationStatus};
    ///
    /// let day = NaiveDate::from_ymd_opt(1977, 1, 1).unwrap();
    /// assert_eq!(Country::Russia.relation().status_on(day).status(), Some(RelationStatus::Suspended));
    /// let day = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    /// let asean = Organization::Asean.membership().period_on(day);
    /// assert_eq!(asean.status(), Some(MembershipStatus::Member));
    /// ```
    #[must_use]
    pub fn status(&self) -> Option<P::Status> {
        self.period.map(Period::status)
    }

    /// The sources the answer rests on (the same as the `sources` field).
    #[must_use]
    pub fn sources(&self) -> Sources {
        self.sources
    }
}

impl<P: Period> fmt::Display for Evidence<P> {
    /// Writes the question, the answer, the deciding period and the
    /// citations: "Did Cambodia have diplomatic relations with Russia on
    /// 1960-06-01? Yes: active from 1956-05-13 to 1973-11. Sources: ...".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.question, capitalized(self.answer))?;
        match (self.period, self.answer) {
            (Some(period), answer) => {
                f.write_str(": ")?;
                write_period(period, f)?;
                let uncertain =
                    answer == Answer::CannotTell && self.question.day <= crate::DATA_REVIEWED_DAY;
                f.write_str(match (uncertain, period.end()) {
                    (false, _) => ".",
                    (true, PeriodEnd::Unknown) => ", whose end is not known.",
                    (true, _) => ", whose dates are too coarse to tell.",
                })?;
            }
            (None, Answer::No) => {
                f.write_str(": no period covers that day, and the record is complete.")?;
            }
            (None, _) => f.write_str(
                ": no period covers that day, and the record is not known to be complete.",
            )?,
        }
        if self.question.day > crate::DATA_REVIEWED_DAY {
            write!(
                f,
                " The day is after the data was last reviewed ({}), so the data cannot tell.",
                crate::DATA_REVIEWED
            )?;
        }
        crate::source::write_citations([self.sources], f)
    }
}

/// "Yes", "No" or "Cannot tell".
pub(crate) fn capitalized(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "Yes",
        Answer::No => "No",
        Answer::CannotTell => "Cannot tell",
    }
}

/// Applies the crate's one rule for days after the review date: the data
/// cannot tell. The evidence keeps the period in force at the review date.
fn past_review<P>(question: Question, mut evidence: Evidence<P>) -> Evidence<P> {
    if question.day > crate::DATA_REVIEWED_DAY {
        evidence.answer = Answer::CannotTell;
    }
    evidence.question = question;
    evidence
}

/// The period covering a day, or the first whose imprecise bounds make the
/// day uncertain, with how sure the cover is.
pub(crate) fn period_on<P: Period>(
    periods: &'static [P],
    complete: bool,
    record_sources: Sources,
    question: Question,
) -> Evidence<P> {
    let day = crate::date::day_key(question.day.min(crate::DATA_REVIEWED_DAY));
    let mut uncertain = None;
    let mut evidence = Evidence {
        question,
        answer: Answer::No,
        period: None,
        sources: record_sources,
    };
    for period in periods {
        match period_covers_key(period.start(), period.end(), day) {
            Answer::Yes => {
                evidence.answer = Answer::Yes;
                evidence.period = Some(period);
                evidence.sources = period.sources();
                return past_review(question, evidence);
            }
            Answer::CannotTell if uncertain.is_none() => uncertain = Some(period),
            _ => {}
        }
    }
    if let Some(period) = uncertain {
        evidence.answer = Answer::CannotTell;
        evidence.period = Some(period);
        evidence.sources = period.sources();
    } else if !complete {
        // No period covers the day, but the history may have gaps.
        evidence.answer = Answer::CannotTell;
    }
    past_review(question, evidence)
}

/// Whether a period with a property (relations active, membership proper)
/// covers a day. Periods with different counterparts may overlap (the two
/// German states), so every period is weighed: yes if one that has the
/// property certainly covers the day; otherwise cannot tell if one that has
/// it may cover it; otherwise no, with the covering period that lacks it as
/// evidence, or cannot tell if that cover is itself uncertain.
pub(crate) fn holds_on<P: Period>(
    periods: &'static [P],
    complete: bool,
    record_sources: Sources,
    question: Question,
    holds: impl Fn(&P) -> bool,
) -> Evidence<P> {
    let day = crate::date::day_key(question.day.min(crate::DATA_REVIEWED_DAY));
    let mut best: Option<(u8, Answer, &'static P)> = None;
    for period in periods {
        let cover = period_covers_key(period.start(), period.end(), day);
        // Rank the candidates: lower wins.
        let (rank, answer) = match (cover, holds(period)) {
            (Answer::Yes, true) => {
                best = Some((0, Answer::Yes, period));
                break;
            }
            (Answer::CannotTell, true) => (1, Answer::CannotTell),
            (Answer::Yes, false) => (2, Answer::No),
            (Answer::CannotTell, false) => (3, Answer::CannotTell),
            (Answer::No, _) => continue,
        };
        if best.is_none_or(|(r, _, _)| rank < r) {
            best = Some((rank, answer, period));
        }
    }
    let evidence = match best {
        Some((_, answer, period)) => Evidence {
            question,
            answer,
            period: Some(period),
            sources: period.sources(),
        },
        // No period covers the day: no relations if the history is
        // complete, cannot tell if it may have gaps.
        None => Evidence {
            question,
            answer: if complete {
                Answer::No
            } else {
                Answer::CannotTell
            },
            period: None,
            sources: record_sources,
        },
    };
    past_review(question, evidence)
}
