//! Figures: numbers that hold for a given year.

use crate::Sources;

/// A number that holds for a stated year, with its sources (a population, a
/// member count).
///
/// ```
/// use cambodia_diplomacy::Country;
/// let population = Country::Singapore.profile().population.unwrap();
/// assert!(population.value > 1_000_000);
/// assert!(!population.sources.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Figure {
    /// The number.
    pub value: u64,
    /// The year it refers to.
    pub year: i32,
    /// Where it comes from.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Figure {
    /// A figure for a year (used by the data tables).
    #[must_use]
    pub const fn new(value: u64, year: i32, sources: Sources) -> Self {
        Self {
            value,
            year,
            sources,
        }
    }
}
