//! The UN M49 geographic regions: a typed filter, not a string compare.
//!
//! M49 (the UN Statistics Division's standard country or area codes for
//! statistical use) groups countries into five regions and seventeen
//! sub-regions; two sub-regions (Sub-Saharan Africa; Latin America and the
//! Caribbean) are divided again into seven intermediate regions. (M49's
//! eighth intermediate region, the Channel Islands, holds no state.)

/// One of the five M49 regions.
///
/// ```
/// use cambodia_diplomacy::{Country, Region};
///
/// assert_eq!(Country::Laos.region(), Region::Asia);
/// assert_eq!(Region::Africa.m49(), 2);
/// assert_eq!(Region::Africa.to_string(), "Africa");
/// assert!(Region::Europe.countries().any(|c| c == Country::France));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Region {
    /// Africa (M49 002).
    Africa,
    /// The Americas (M49 019).
    Americas,
    /// Asia (M49 142).
    Asia,
    /// Europe (M49 150).
    Europe,
    /// Oceania (M49 009).
    Oceania,
}

/// One of the seventeen M49 sub-regions.
///
/// ```
/// use cambodia_diplomacy::{Country, Region, SubRegion};
///
/// assert_eq!(Country::Laos.sub_region(), SubRegion::SouthEasternAsia);
/// assert_eq!(SubRegion::SouthEasternAsia.region(), Region::Asia);
/// assert_eq!(SubRegion::SouthEasternAsia.to_string(), "South-eastern Asia");
/// assert_eq!(SubRegion::SouthEasternAsia.m49(), 35);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SubRegion {
    /// Northern Africa (015).
    NorthernAfrica,
    /// Sub-Saharan Africa (202).
    SubSaharanAfrica,
    /// Latin America and the Caribbean (419).
    LatinAmericaAndTheCaribbean,
    /// Northern America (021).
    NorthernAmerica,
    /// Central Asia (143).
    CentralAsia,
    /// Eastern Asia (030).
    EasternAsia,
    /// South-eastern Asia (035).
    SouthEasternAsia,
    /// Southern Asia (034).
    SouthernAsia,
    /// Western Asia (145).
    WesternAsia,
    /// Eastern Europe (151).
    EasternEurope,
    /// Northern Europe (154).
    NorthernEurope,
    /// Southern Europe (039).
    SouthernEurope,
    /// Western Europe (155).
    WesternEurope,
    /// Australia and New Zealand (053).
    AustraliaAndNewZealand,
    /// Melanesia (054).
    Melanesia,
    /// Micronesia (057).
    Micronesia,
    /// Polynesia (061).
    Polynesia,
}

/// One of the seven M49 intermediate regions that hold states, which divide
/// Sub-Saharan Africa and Latin America and the Caribbean.
///
/// ```
/// use cambodia_diplomacy::{IntermediateRegion, SubRegion};
///
/// assert_eq!(IntermediateRegion::WesternAfrica.sub_region(), SubRegion::SubSaharanAfrica);
/// assert_eq!(IntermediateRegion::Caribbean.m49(), 29);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum IntermediateRegion {
    /// Eastern Africa (014).
    EasternAfrica,
    /// Middle Africa (017).
    MiddleAfrica,
    /// Southern Africa (018).
    SouthernAfrica,
    /// Western Africa (011).
    WesternAfrica,
    /// Caribbean (029).
    Caribbean,
    /// Central America (013).
    CentralAmerica,
    /// South America (005).
    SouthAmerica,
}

impl Region {
    /// The M49 code.
    #[must_use]
    pub const fn m49(self) -> u16 {
        match self {
            Self::Africa => 2,
            Self::Americas => 19,
            Self::Asia => 142,
            Self::Europe => 150,
            Self::Oceania => 9,
        }
    }

    /// The countries in the region, in [`crate::Country`] order.
    pub fn countries(self) -> impl Iterator<Item = crate::Country> + Clone {
        crate::Country::iter().filter(move |c| c.region() == self)
    }
}

impl SubRegion {
    /// The M49 code.
    #[must_use]
    pub const fn m49(self) -> u16 {
        match self {
            Self::NorthernAfrica => 15,
            Self::SubSaharanAfrica => 202,
            Self::LatinAmericaAndTheCaribbean => 419,
            Self::NorthernAmerica => 21,
            Self::CentralAsia => 143,
            Self::EasternAsia => 30,
            Self::SouthEasternAsia => 35,
            Self::SouthernAsia => 34,
            Self::WesternAsia => 145,
            Self::EasternEurope => 151,
            Self::NorthernEurope => 154,
            Self::SouthernEurope => 39,
            Self::WesternEurope => 155,
            Self::AustraliaAndNewZealand => 53,
            Self::Melanesia => 54,
            Self::Micronesia => 57,
            Self::Polynesia => 61,
        }
    }

    /// The region it belongs to.
    #[must_use]
    pub const fn region(self) -> Region {
        match self {
            Self::NorthernAfrica | Self::SubSaharanAfrica => Region::Africa,
            Self::LatinAmericaAndTheCaribbean | Self::NorthernAmerica => Region::Americas,
            Self::CentralAsia
            | Self::EasternAsia
            | Self::SouthEasternAsia
            | Self::SouthernAsia
            | Self::WesternAsia => Region::Asia,
            Self::EasternEurope
            | Self::NorthernEurope
            | Self::SouthernEurope
            | Self::WesternEurope => Region::Europe,
            Self::AustraliaAndNewZealand | Self::Melanesia | Self::Micronesia | Self::Polynesia => {
                Region::Oceania
            }
        }
    }

    /// The countries in the sub-region, in [`crate::Country`] order.
    pub fn countries(self) -> impl Iterator<Item = crate::Country> + Clone {
        crate::Country::iter().filter(move |c| c.sub_region() == self)
    }
}

impl IntermediateRegion {
    /// The M49 code.
    #[must_use]
    pub const fn m49(self) -> u16 {
        match self {
            Self::EasternAfrica => 14,
            Self::MiddleAfrica => 17,
            Self::SouthernAfrica => 18,
            Self::WesternAfrica => 11,
            Self::Caribbean => 29,
            Self::CentralAmerica => 13,
            Self::SouthAmerica => 5,
        }
    }

    /// The sub-region it divides.
    #[must_use]
    pub const fn sub_region(self) -> SubRegion {
        match self {
            Self::EasternAfrica
            | Self::MiddleAfrica
            | Self::SouthernAfrica
            | Self::WesternAfrica => SubRegion::SubSaharanAfrica,
            Self::Caribbean | Self::CentralAmerica | Self::SouthAmerica => {
                SubRegion::LatinAmericaAndTheCaribbean
            }
        }
    }
}

/// `label_in(lang)` for the UN M49 sets: French and Khmer names from CLDR,
/// by M49 code; English (or a code CLDR lacks) as `Display` writes it.
macro_rules! m49_label_in {
    ($($ty:ident),*) => {$(
        impl $ty {
            /// The name in a language (French and Khmer from Unicode CLDR).
            ///
            /// ```
            /// use cambodia_diplomacy::{Lang, Region};
            /// assert_eq!(Region::Africa.label_in(Lang::Fr), "Afrique");
            /// assert_eq!(Region::Africa.label_in(Lang::Km), "អាហ្វ្រិក");
            /// ```
            #[must_use]
            pub fn label_in(self, lang: crate::Lang) -> &'static str {
                crate::data::khmer::m49_name(self.m49(), lang).unwrap_or(self.label())
            }
        }
    )*};
}

m49_label_in!(Region, SubRegion, IntermediateRegion);
