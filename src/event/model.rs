//! The event record.

use crate::{EventKind, Exchange, HistDate, Partner, PolicyTask, Principle, Sources};

/// When an event happened: a date, or a span of dates for a meeting that
/// lasted several days.
///
/// ```
/// use cambodia_diplomacy::{EventDate, HistDate, events};
///
/// let visit = EventDate::span(HistDate::day(1966, 8, 30), HistDate::day(1966, 9, 2));
/// assert_eq!(visit.to_string(), "1966-08-30/1966-09-02");
/// let de_gaulle = events().find(|e| e.id == "france_1966_de_gaulle_state_visit").unwrap();
/// assert_eq!(de_gaulle.date, visit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EventDate {
    /// The day (or month, or year) it happened, or started.
    pub start: HistDate,
    /// The day it ended, for a span.
    pub end: Option<HistDate>,
}

impl EventDate {
    /// A single date.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Country, EventDate, HistDate, events_of};
    /// let established = events_of(Country::Russia).next().unwrap();
    /// assert_eq!(established.date, EventDate::on(HistDate::day(1956, 5, 13)));
    /// ```
    #[must_use]
    pub const fn on(date: HistDate) -> Self {
        Self {
            start: date,
            end: None,
        }
    }

    /// A span of dates, both included.
    #[must_use]
    pub const fn span(start: HistDate, end: HistDate) -> Self {
        Self {
            start,
            end: Some(end),
        }
    }

    /// The last date the event covers: the end of a span, or else the start.
    ///
    /// ```
    /// # use cambodia_diplomacy::{EventDate, HistDate};
    /// let day = HistDate::day(2022, 3, 2);
    /// assert_eq!(EventDate::on(day).last(), day);
    /// let span = EventDate::span(HistDate::day(2022, 11, 10), HistDate::day(2022, 11, 13));
    /// assert_eq!(span.last(), HistDate::day(2022, 11, 13));
    /// ```
    #[must_use]
    pub const fn last(&self) -> HistDate {
        match self.end {
            Some(end) => end,
            None => self.start,
        }
    }
}

impl core::fmt::Display for EventDate {
    /// EDTF: `2022-11-10` or the interval `2022-11-10/2022-11-13`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.end {
            Some(end) => write!(f, "{}/{}", self.start, end),
            None => write!(f, "{}", self.start),
        }
    }
}

/// A dated event in Cambodia's foreign relations.
///
/// ```
/// use cambodia_diplomacy::{events, EventType};
/// let first = events().next().unwrap();
/// assert!(!first.partners.is_empty());
/// assert!(!first.sources.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Event {
    /// A stable snake_case identifier, unique in the dataset.
    pub id: &'static str,
    /// When it happened, at the precision its sources allow.
    pub date: EventDate,
    /// What kind of event, with its details.
    pub kind: EventKind,
    /// The countries and organizations involved.
    pub partners: &'static [Partner],
    /// A short title, in the crate's own words.
    pub title: &'static str,
    /// One or two sentences, in the crate's own words.
    pub summary: &'static str,
    /// Where it happened, where known.
    pub place: Option<&'static str>,
    /// For a visit or meeting researched in detail: who went, in what
    /// capacity, under which mechanism, and what was signed.
    pub exchange: Option<&'static Exchange>,
    /// The principles it bears on, where a source supports the link.
    pub principles: &'static [Principle],
    /// The policy tasks it bears on, where a source supports the link.
    pub tasks: &'static [PolicyTask],
    /// Where it is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Event {
    /// Whether the event involves a partner.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Country, Organization, events};
    /// let id = "united_nations_2022_es_11_1_aggression_against_ukraine";
    /// let vote = events().find(|e| e.id == id).unwrap();
    /// assert!(vote.involves(Country::Ukraine) && vote.involves(Organization::UnitedNations));
    /// assert!(!vote.involves(Country::China));
    /// ```
    #[must_use]
    pub fn involves(&self, partner: impl Into<Partner>) -> bool {
        let partner = partner.into();
        self.partners.contains(&partner)
    }
}
