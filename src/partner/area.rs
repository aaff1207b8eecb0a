//! A country's area, as a source prints it.

use crate::{Amount, Country, Sources, data};

/// What an area figure measures.
///
/// ```
/// use cambodia_diplomacy::AreaExtent;
/// assert_eq!("land".parse::<AreaExtent>().unwrap(), AreaExtent::Land);
/// assert_eq!(AreaExtent::Total.to_string(), "total area (land and water)");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AreaExtent {
    /// Land and inland water.
    Total,
    /// Land only.
    Land,
}

/// A country's area in square kilometres, the number as its source prints
/// it. Where sources give different figures, each is kept and one is
/// preferred; the note says why.
///
/// ```
/// use cambodia_diplomacy::{AreaExtent, Country};
///
/// let japan = Country::Japan.area().unwrap();
/// assert_eq!(japan.square_km.to_string(), "377,975");
/// assert_eq!(japan.extent, AreaExtent::Total);
/// assert!(!japan.sources.is_empty());
/// // Sources disagree on Pakistan's area (what counts); both are kept.
/// assert_eq!(Country::Pakistan.areas().count(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Area {
    /// The country.
    pub country: Country,
    /// The area in square kilometres, as printed.
    pub square_km: Amount,
    /// Total, or land only.
    pub extent: AreaExtent,
    /// Whether this is the figure the crate uses where sources differ.
    pub preferred: bool,
    /// What the figure includes, and why one figure is preferred.
    pub note: &'static str,
    /// Where it is printed.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Country {
    /// The country's area, the preferred figure; `None` where no source
    /// was found (every programme country has one).
    #[must_use]
    pub fn area(self) -> Option<&'static Area> {
        self.areas().find(|a| a.preferred)
    }

    /// Every sourced area figure for the country, the preferred one first.
    pub fn areas(self) -> impl Iterator<Item = &'static Area> + Clone {
        data::areas::AREAS.iter().filter(move |a| a.country == self)
    }
}

/// Every sourced area figure, grouped by country (in the order of their
/// ids), the preferred figure first.
///
/// ```
/// assert!(cambodia_diplomacy::areas().all(|a| a.square_km.as_f64() > 0.0));
/// ```
pub fn areas() -> impl ExactSizeIterator<Item = &'static Area> + Clone {
    data::areas::AREAS.iter()
}
