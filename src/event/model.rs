//! The event record.

use crate::{EventKind, HistDate, Partner, PolicyTask, Principle, Sources};

/// When an event happened: a date, or a span of dates for a meeting that
/// lasted several days.
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

    /// The last date the event covers.
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
    #[must_use]
    pub fn involves(&self, partner: impl Into<Partner>) -> bool {
        let partner = partner.into();
        self.partners.contains(&partner)
    }
}
