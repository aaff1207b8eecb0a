//! The countries of the research programme and their profiles.

use strum::{EnumCount, EnumIter, IntoStaticStr};

use crate::data;
use crate::{Figure, RelationType, Sources};

/// A country with which Cambodia's relations are documented.
///
/// The 22 countries of the IRIC research programme
/// ([`Country::is_programme_partner`]), and others the sources bring in. Going from a `Country` to
/// its facts is total: [`Country::profile`] never fails. Parsing text accepts
/// ISO codes, English and French names and common aliases (see
/// [`crate::Partner`] for the rules).
///
/// ```
/// use cambodia_diplomacy::Country;
///
/// let burma: Country = "Burma".parse()?;
/// assert_eq!(burma, Country::Myanmar);
/// assert_eq!(burma.profile().alpha3, "MMR");
/// assert_eq!(Country::iter().filter(|c| c.is_programme_partner()).count(), 22);
/// assert_eq!(Country::iter().next(), Some(Country::Australia));
/// # Ok::<(), cambodia_diplomacy::ParsePartnerError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, EnumCount, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Country {
    /// Commonwealth of Australia.
    Australia,
    /// People's Republic of Bangladesh.
    Bangladesh,
    /// Brunei Darussalam.
    Brunei,
    /// Canada.
    Canada,
    /// People's Republic of China.
    China,
    /// French Republic.
    France,
    /// Federal Republic of Germany.
    Germany,
    /// Republic of India.
    India,
    /// Republic of Indonesia.
    Indonesia,
    /// Japan.
    Japan,
    /// Lao People's Democratic Republic.
    Laos,
    /// Malaysia.
    Malaysia,
    /// Republic of the Union of Myanmar.
    Myanmar,
    /// Islamic Republic of Pakistan.
    Pakistan,
    /// Republic of the Philippines.
    Philippines,
    /// Russian Federation (continuator of the USSR).
    Russia,
    /// Republic of Singapore.
    Singapore,
    /// Republic of Korea.
    SouthKorea,
    /// Kingdom of Thailand.
    Thailand,
    /// United Kingdom of Great Britain and Northern Ireland.
    UnitedKingdom,
    /// United States of America.
    UnitedStates,
    /// Socialist Republic of Viet Nam.
    Vietnam,
    /// Ukraine: not one of the 22 countries of the research programme, kept
    /// because the seed documents record Cambodia's positions on the war.
    Ukraine,
}

impl Country {
    /// The country's facts and figures. Total: every country has one.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::Laos.profile().capital, "Vientiane");
    /// ```
    #[must_use]
    pub fn profile(self) -> &'static CountryProfile {
        data::COUNTRY_PROFILES[self as usize]
    }

    /// The stable snake_case identifier (`"south_korea"`), as used in the JSON export.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::SouthKorea.id(), "south_korea");
    /// ```
    #[must_use]
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Every country, in declaration order (the 22 programme countries
    /// first). No trait import needed.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::iter().len(), Country::iter().count());
    /// ```
    pub fn iter() -> impl ExactSizeIterator<Item = Country> + DoubleEndedIterator + Clone {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// The country with this ISO 3166-1 alpha-2 code, in exact upper case
    /// (`"US"`, not `"us"`): a strict lookup for data that holds codes. Use
    /// `FromStr` (`"us".parse()`) for people's input, which also takes names
    /// and aliases in any case.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::from_alpha2("LA"), Some(Country::Laos));
    /// assert_eq!(Country::from_alpha2("la"), None); // exact case
    /// assert_eq!(Country::from_alpha2("KH"), None); // Cambodia is not its own partner
    /// ```
    #[must_use]
    pub fn from_alpha2(code: &str) -> Option<Country> {
        super::parse::from_letters(code, 2)
    }

    /// The country with this ISO 3166-1 alpha-3 code, in exact upper case.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::from_alpha3("VNM"), Some(Country::Vietnam));
    /// assert_eq!(Country::from_alpha3("Vnm"), None);
    /// ```
    #[must_use]
    pub fn from_alpha3(code: &str) -> Option<Country> {
        super::parse::from_letters(code, 3)
    }

    /// The country with this ISO 3166-1 numeric code (the UN M49 code).
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::from_numeric(418), Some(Country::Laos));
    /// assert_eq!(Country::from_numeric(116), None); // Cambodia
    /// ```
    #[must_use]
    pub fn from_numeric(code: u16) -> Option<Country> {
        super::parse::from_numeric(code)
    }

    /// The 22 countries of the IRIC research programme.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::iter_programme().count(), 22);
    /// ```
    pub fn iter_programme() -> impl Iterator<Item = Country> + Clone {
        Country::iter().filter(|c| c.is_programme_partner())
    }

    /// Whether the country is one of the 22 of the IRIC research programme.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert!(Country::Thailand.is_programme_partner());
    /// assert!(!Country::Ukraine.is_programme_partner());
    /// ```
    #[must_use]
    pub const fn is_programme_partner(self) -> bool {
        (self as usize) < 22
    }

    /// The English short name (`"South Korea"`).
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::SouthKorea.name(), "South Korea");
    /// assert_eq!(Country::Vietnam.to_string(), Country::Vietnam.name());
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        self.profile().short_name_en
    }

    /// The official English name (`"Republic of Korea"`).
    #[must_use]
    pub fn official_name(self) -> &'static str {
        self.profile().official_name_en
    }

    /// The French short name (`"Corée du Sud"`).
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::Germany.name_fr(), "Allemagne");
    /// ```
    #[must_use]
    pub fn name_fr(self) -> &'static str {
        self.profile().short_name_fr
    }

    /// The official French name.
    #[must_use]
    pub fn official_name_fr(self) -> &'static str {
        self.profile().official_name_fr
    }
}

impl core::fmt::Display for Country {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// A country's facts and figures.
///
/// Fields that the sources do not give are `None`. The record's `sources`
/// support the names, codes, capital, region and languages; the population
/// carries its own.
///
/// ```
/// use cambodia_diplomacy::{Country, RelationType};
///
/// let laos = Country::Laos.profile();
/// assert_eq!(laos.official_name_en, "Lao People's Democratic Republic");
/// assert_eq!((laos.alpha2, laos.alpha3, laos.numeric), ("LA", "LAO", 418));
/// assert_eq!(laos.currency, "LAK");
/// assert_eq!(laos.relation_type, RelationType::Neighbour);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CountryProfile {
    /// The country this profile describes.
    #[cfg_attr(feature = "serde", serde(rename = "id"))]
    pub country: Country,
    /// Short name in English ("Laos").
    pub short_name_en: &'static str,
    /// Official name in English ("Lao People's Democratic Republic").
    pub official_name_en: &'static str,
    /// Short name in French ("Laos").
    pub short_name_fr: &'static str,
    /// Official name in French ("République démocratique populaire lao").
    pub official_name_fr: &'static str,
    /// ISO 3166-1 alpha-2 code ("LA").
    pub alpha2: &'static str,
    /// ISO 3166-1 alpha-3 code ("LAO").
    pub alpha3: &'static str,
    /// ISO 3166-1 numeric code (418), the same as the UN M49 country code.
    pub numeric: u16,
    /// Wikidata item id ("Q819").
    pub wikidata: &'static str,
    /// The capital city, in English.
    pub capital: &'static str,
    /// UN M49 region ("Asia").
    pub region: &'static str,
    /// UN M49 sub-region ("South-eastern Asia").
    pub sub_region: &'static str,
    /// Official languages, in English.
    pub languages: &'static [&'static str],
    /// ISO 4217 code of the currency ("LAK").
    pub currency: &'static str,
    /// Population, with the year it refers to and its source.
    pub population: Option<Figure>,
    /// Which of the three types of foreign relations (IRIC) the country falls in.
    pub relation_type: RelationType,
    /// Other names people use ("Lao PDR"), in English or French, former names included.
    pub aliases: &'static [&'static str],
    /// The sources of the profile's facts.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}
