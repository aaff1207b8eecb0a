//! The languages the crate names things in.

/// A language the crate writes names and labels in: English, French, or
/// Khmer.
///
/// Every named thing answers `name_in(lang)` (partners, states, principles;
/// `title_in` for policy tasks) and the closed sets the examples print
/// `label_in(lang)` (statuses, kinds, levels, directions, indicators,
/// reporters, regions). Where no source gives a Khmer name the English one
/// stands in, and the type's `khmer()` answers `None`.
///
/// ```
/// use cambodia_diplomacy::{Country, Lang, RelationStatus};
///
/// assert_eq!(Country::Germany.name_in(Lang::Fr), "Allemagne");
/// assert_eq!(Country::Germany.name_in(Lang::Km), "អាល្លឺម៉ង់");
/// assert_eq!(RelationStatus::Active.label_in(Lang::Fr), "actives");
/// assert_eq!("km".parse::<Lang>()?, Lang::Km);
/// # Ok::<(), cambodia_diplomacy::ParseIdError>(())
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
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Khmer.
    Km,
}

impl Lang {
    /// Picks the text for this language from the three.
    #[must_use]
    pub const fn pick(self, en: &'static str, fr: &'static str, km: &'static str) -> &'static str {
        match self {
            Self::En => en,
            Self::Fr => fr,
            Self::Km => km,
        }
    }
}
