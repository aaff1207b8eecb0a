//! Facts and figures: trade, investment, aid, tourism and people, as cited
//! observations, each with its period, unit, and who counted it.
//!
//! An [`Observation`] is one figure as one document states it: two
//! reporters' figures for the same year are two observations, never
//! averaged, and no figure is computed from others.

mod observation;
mod query;

pub use observation::{Amount, Indicator, Observation, Qualifier, Reporter, Scale, Unit};
#[cfg(feature = "serde")]
pub(crate) use query::SERIES_COMPLETENESS;
pub use query::{Ranked, Ranking, Series, latest, observations, observations_of, ranking, series};
