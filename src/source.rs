//! Sources: the documents every fact in the crate is taken from.

use crate::HistDate;

/// A document that supports one or more facts.
///
/// Every fact-bearing record in the crate holds a list of `&'static Source`,
/// so a citation can never dangle. List them all with [`crate::sources`], or
/// find one by id with [`crate::source`].
///
/// ```
/// let iric = cambodia_diplomacy::source("iric_current_research").unwrap();
/// assert_eq!(iric.publisher, "International Relations Institute of Cambodia");
/// assert!(iric.url.starts_with("https://"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Source {
    /// A stable snake_case identifier, unique in the dataset.
    pub id: &'static str,
    /// Who published the document (a ministry, a newspaper, Wikipedia, ...).
    pub publisher: &'static str,
    /// The document's title.
    pub title: &'static str,
    /// Where the document can be read.
    pub url: &'static str,
    /// The document's language, as a BCP 47 tag (`en`, `fr`, `km`, ...).
    pub language: &'static str,
    /// When the document was published, where it says.
    pub published: Option<HistDate>,
    /// When the document was read for this dataset.
    pub retrieved: Option<HistDate>,
}

/// A list of sources, as every record holds one.
///
/// ```
/// use cambodia_diplomacy::{Country, Sources};
///
/// let cited: Sources = Country::Russia.relation().sources;
/// assert!(cited.iter().any(|s| s.publisher == "Wikipedia"));
/// assert!(cited.iter().all(|s| cambodia_diplomacy::source(s.id) == Some(*s)));
/// ```
pub type Sources = &'static [&'static Source];
