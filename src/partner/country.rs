//! The countries of the research programme and their profiles.

use crate::data;
use crate::{Figure, IntermediateRegion, Region, RelationType, Sources, SubRegion};
use crate::{KhmerName, Lang};

pub use super::country_list::Country;
use super::country_list::PROGRAMME_COUNTRIES;

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
        (self as usize) < PROGRAMME_COUNTRIES
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

    /// The UN M49 region.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Country, Region};
    /// assert_eq!(Country::Canada.region(), Region::Americas);
    /// ```
    #[must_use]
    pub fn region(self) -> Region {
        self.profile().region
    }

    /// The UN M49 sub-region.
    #[must_use]
    pub fn sub_region(self) -> SubRegion {
        self.profile().sub_region
    }

    /// The UN M49 intermediate region, where there is one.
    #[must_use]
    pub fn intermediate_region(self) -> Option<IntermediateRegion> {
        self.profile().intermediate_region
    }

    /// The official English name (`"Republic of Korea"`).
    #[must_use]
    pub fn official_name(self) -> &'static str {
        self.profile().official_name_en
    }

    /// The French short name (`"Corée du Sud"`).
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use `name_in(Lang::Fr)`; removed in 0.3")]
    pub fn name_fr(self) -> &'static str {
        self.name_in(Lang::Fr)
    }

    /// The official French name.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use `official_name_in(Lang::Fr)`; removed in 0.3"
    )]
    pub fn official_name_fr(self) -> &'static str {
        self.official_name_in(Lang::Fr)
    }

    /// The short name in a language: English, French, or the Khmer name
    /// Cambodian usage writes ([`Country::khmer`]).
    ///
    /// ```
    /// # use cambodia_diplomacy::{Country, Lang};
    /// assert_eq!(Country::SouthKorea.name_in(Lang::En), "South Korea");
    /// assert_eq!(Country::SouthKorea.name_in(Lang::Fr), "Corée du Sud");
    /// assert_eq!(Country::SouthKorea.name_in(Lang::Km), "កូរ៉េខាងត្បូង");
    /// ```
    #[must_use]
    pub fn name_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.profile().short_name_en,
            Lang::Fr => self.profile().short_name_fr,
            Lang::Km => self.khmer().name,
        }
    }

    /// The official name in a language; in Khmer, the long official form
    /// where a source gives one, else the Khmer name.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Country, Lang};
    /// assert_eq!(Country::China.official_name_in(Lang::Km), "សាធារណរដ្ឋប្រជាមានិតចិន");
    /// ```
    #[must_use]
    pub fn official_name_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.profile().official_name_en,
            Lang::Fr => self.profile().official_name_fr,
            Lang::Km => {
                let km = self.khmer();
                km.official.unwrap_or(km.name)
            }
        }
    }

    /// The official languages in a language: the profile's English names,
    /// or their French or Khmer names from Unicode CLDR (a name CLDR lacks
    /// stays in English).
    ///
    /// ```
    /// # use cambodia_diplomacy::{Country, Lang};
    /// assert_eq!(Country::Japan.languages_in(Lang::Fr).collect::<Vec<_>>(), ["japonais"]);
    /// assert_eq!(Country::Japan.languages_in(Lang::Km).collect::<Vec<_>>(), ["ជប៉ុន"]);
    /// ```
    pub fn languages_in(self, lang: Lang) -> impl Iterator<Item = &'static str> + Clone {
        self.profile()
            .languages
            .iter()
            .map(move |&l| crate::data::khmer::language_name(l, lang).unwrap_or(l))
    }

    /// The country's Khmer names, with their sources: every country has one
    /// (Unicode CLDR names them all; official usage is preferred where a
    /// source gives it).
    #[must_use]
    pub fn khmer(self) -> KhmerName {
        crate::data::khmer::country(self)
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
    /// Wikidata item id ("Q819"), where a source gives it; every country
    /// has one. It is the country's own item, the one Wikipedia's article
    /// on it is linked to: for Denmark and the Netherlands the European
    /// country (Q35, Q55), not the realm that also takes in Greenland or
    /// Aruba (Q756617, Q29999); for the Holy See, the Holy See (Q159583),
    /// not Vatican City.
    pub wikidata: Option<&'static str>,
    /// The capital city, in English.
    pub capital: &'static str,
    /// UN M49 region.
    pub region: Region,
    /// UN M49 sub-region.
    pub sub_region: SubRegion,
    /// UN M49 intermediate region, for the countries of Sub-Saharan Africa
    /// and of Latin America and the Caribbean.
    pub intermediate_region: Option<IntermediateRegion>,
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
