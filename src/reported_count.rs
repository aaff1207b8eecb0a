//! What Cambodia's government has said about the size of its diplomatic
//! network: a check on the counts the relation records can give.

use crate::{HistDate, Sources};

/// How many states Cambodia had diplomatic relations with, as a Cambodian
/// official stated it on a day.
///
/// The relation records give a range ([`crate::relations_count_on`]): most
/// histories outside the research programme have no dated establishment, so
/// the certain count is far below the real one. A stated total shows how far.
///
/// ```
/// use cambodia_diplomacy::{relations_count_on, reported_relation_counts};
///
/// let stated = reported_relation_counts().next().unwrap();
/// assert_eq!(stated.states, 174);
/// let day = stated.as_of.first_day();
/// let known = relations_count_on(day);
/// assert!(known.certain <= usize::from(stated.states));
/// assert!(usize::from(stated.states) <= known.at_most());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReportedCount {
    /// The day (or month, or year) the count was stated for.
    pub as_of: HistDate,
    /// The number of states stated.
    pub states: u16,
    /// Who stated it, and where.
    pub stated_by: &'static str,
    /// What a reader should know that the fields do not say; empty if nothing.
    pub note: &'static str,
    /// Where the statement is reported.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// Every stated count, oldest first.
///
/// ```
/// let counts: Vec<_> = cambodia_diplomacy::reported_relation_counts().collect();
/// assert!(counts.windows(2).all(|w| w[0].as_of.first_day() <= w[1].as_of.first_day()));
/// ```
pub fn reported_relation_counts() -> impl ExactSizeIterator<Item = &'static ReportedCount> + Clone {
    crate::data::reported_counts::COUNTS.iter()
}
