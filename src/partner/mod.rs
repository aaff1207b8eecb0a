//! Partners: the countries and organizations whose relations with Cambodia
//! are documented, their profiles, and parsing their names.

mod area;
mod country;
mod country_list;
mod figure;
mod mention;
#[rustfmt::skip]
mod name_table;
mod organization;
mod parse;
mod region;
mod standing;
pub use mention::{Mention, Mentions, find_partners};
pub(crate) use mention::{build_mention_index_len, warm_up_mentions};
pub use standing::Standing;

pub use area::{Area, AreaExtent, areas};
pub use country::{Country, CountryProfile};
pub use figure::Figure;
pub use organization::{Organization, OrganizationProfile};
pub use region::{IntermediateRegion, Region, SubRegion};

use crate::{KhmerName, Lang};
use chrono::NaiveDate;

use crate::Sources;

/// A partner of Cambodia: a country or an organization.
///
/// Parsing accepts, ignoring case and surrounding whitespace: ISO 3166-1
/// alpha-2 and alpha-3 codes, acronyms, short and official names in English
/// and French, the snake_case ids of the JSON export, and common aliases,
/// including former names ("Burma") and predecessor states that the partner
/// continues ("Soviet Union" for Russia).
///
/// ```
/// use cambodia_diplomacy::{Country, Organization, Partner};
///
/// assert_eq!("USA".parse::<Partner>()?, Partner::Country(Country::UnitedStates));
/// assert_eq!(" lao pdr ".parse::<Partner>()?, Partner::Country(Country::Laos));
/// assert_eq!("Republic of Korea".parse::<Partner>()?, Partner::Country(Country::SouthKorea));
/// assert_eq!("Soviet Union".parse::<Partner>()?, Partner::Country(Country::Russia));
/// assert_eq!("Allemagne".parse::<Partner>()?, Partner::Country(Country::Germany));
/// assert_eq!("AIIB".parse::<Partner>()?, Partner::Organization(Organization::AsianInfrastructureInvestmentBank));
/// assert!("Atlantis".parse::<Partner>().is_err());
/// # Ok::<(), cambodia_diplomacy::ParsePartnerError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
pub enum Partner {
    /// A country.
    Country(Country),
    /// An organization.
    Organization(Organization),
}

impl Partner {
    /// Every partner: the countries, then the organizations.
    pub fn iter() -> impl ExactSizeIterator<Item = Partner> + Clone {
        const TOTAL: usize =
            <Country as strum::EnumCount>::COUNT + <Organization as strum::EnumCount>::COUNT;
        // Chaining two ExactSizeIterators loses the trait; count them up front.
        let mut all = [Partner::Country(Country::Australia); TOTAL];
        for (slot, p) in all.iter_mut().zip(
            Country::iter()
                .map(Partner::Country)
                .chain(Organization::iter().map(Partner::Organization)),
        ) {
            *slot = p;
        }
        all.into_iter()
    }

    /// The stable snake_case identifier used in the JSON export.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Country(c) => c.id(),
            Self::Organization(o) => o.id(),
        }
    }

    /// Whether the partner is a country or an organization.
    ///
    /// ```
    /// use cambodia_diplomacy::{Partner, PartnerKind};
    /// let asean: Partner = "ASEAN".parse()?;
    /// assert_eq!(asean.kind(), PartnerKind::Organization);
    /// # Ok::<(), cambodia_diplomacy::ParsePartnerError>(())
    /// ```
    #[must_use]
    pub const fn kind(self) -> PartnerKind {
        match self {
            Self::Country(_) => PartnerKind::Country,
            Self::Organization(_) => PartnerKind::Organization,
        }
    }

    /// Whether the partner is one of the 22 countries or 8 organizations of
    /// the IRIC research programme.
    ///
    /// ```
    /// use cambodia_diplomacy::Partner;
    /// assert_eq!(Partner::iter().filter(|p| p.is_programme_partner()).count(), 30);
    /// ```
    #[must_use]
    pub const fn is_programme_partner(self) -> bool {
        match self {
            Self::Country(c) => c.is_programme_partner(),
            Self::Organization(o) => o.is_programme_partner(),
        }
    }

    /// The English name: a country's short name, an organization's full name.
    ///
    /// ```
    /// use cambodia_diplomacy::{Country, Organization, Partner};
    /// assert_eq!(Partner::from(Country::SouthKorea).name(), "South Korea");
    /// assert_eq!(Partner::from(Organization::Asean).name(), "Association of Southeast Asian Nations");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Country(c) => c.name(),
            Self::Organization(o) => o.name(),
        }
    }

    /// The official English name ("Republic of Korea"); for an
    /// organization, its full name.
    #[must_use]
    pub fn official_name(self) -> &'static str {
        match self {
            Self::Country(c) => c.official_name(),
            Self::Organization(o) => o.official_name(),
        }
    }

    /// The French name: a country's short name, an organization's full name.
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use `name_in(Lang::Fr)`; removed in 0.3")]
    pub fn name_fr(self) -> &'static str {
        self.name_in(Lang::Fr)
    }

    /// The official French name; for an organization, its full name.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use `official_name_in(Lang::Fr)`; removed in 0.3"
    )]
    pub fn official_name_fr(self) -> &'static str {
        self.official_name_in(Lang::Fr)
    }

    /// The name in a language: a country's short name, an organization's
    /// full name (in Khmer, where no source gives one, the English name).
    ///
    /// ```
    /// use cambodia_diplomacy::{Country, Lang, Partner};
    /// assert_eq!(Partner::from(Country::Germany).name_in(Lang::Fr), "Allemagne");
    /// assert_eq!(Partner::from(Country::Thailand).name_in(Lang::Km), "ថៃ");
    /// ```
    #[must_use]
    pub fn name_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Country(c) => c.name_in(lang),
            Self::Organization(o) => o.name_in(lang),
        }
    }

    /// The official name in a language.
    #[must_use]
    pub fn official_name_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Country(c) => c.official_name_in(lang),
            Self::Organization(o) => o.official_name_in(lang),
        }
    }

    /// The partner's Khmer names with their sources, where a source gives
    /// them (every country has them).
    #[must_use]
    pub fn khmer(self) -> Option<KhmerName> {
        match self {
            Self::Country(c) => Some(c.khmer()),
            Self::Organization(o) => o.khmer(),
        }
    }

    /// A short name for labels and tables: a country's short name, an
    /// organization's acronym ("ASEAN").
    ///
    /// ```
    /// use cambodia_diplomacy::{Organization, Partner};
    /// assert_eq!(Partner::from(Organization::Asean).short_name(), "ASEAN");
    /// ```
    #[must_use]
    pub fn short_name(self) -> &'static str {
        match self {
            Self::Country(c) => c.name(),
            Self::Organization(o) => o.acronym(),
        }
    }

    /// The name as it reads inside an English sentence, with "the" where
    /// English uses it: "the United States", "the Philippines", "the
    /// Dominican Republic", and every organization ("the Association of
    /// Southeast Asian Nations").
    pub(crate) fn name_in_sentence(self) -> NameInSentence {
        NameInSentence(self)
    }

    /// Other names and codes people use for the partner.
    #[must_use]
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Country(c) => c.profile().aliases,
            Self::Organization(o) => o.profile().aliases,
        }
    }

    /// The Wikidata item id, where known.
    #[must_use]
    pub fn wikidata(self) -> Option<&'static str> {
        match self {
            Self::Country(c) => c.profile().wikidata,
            Self::Organization(o) => o.profile().wikidata,
        }
    }

    /// Where Cambodia stood with the partner on a day, with its evidence:
    /// diplomatic relations for a country, membership for an organization.
    /// One call for both kinds; the answer prints as a sentence with its
    /// citations.
    ///
    /// ```
    /// use cambodia_diplomacy::{Answer, NaiveDate, Partner};
    ///
    /// let day = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    /// for name in ["Russia", "ASEAN"] {
    ///     let standing = name.parse::<Partner>()?.standing_on(day);
    ///     assert_eq!(standing.answer(), Answer::Yes);
    ///     assert!(!standing.sources().is_empty());
    ///     println!("{standing}");
    /// }
    /// # Ok::<(), cambodia_diplomacy::ParsePartnerError>(())
    /// ```
    #[must_use]
    pub fn standing_on(self, day: NaiveDate) -> Standing {
        match self {
            Self::Country(c) => Standing::Relations(c.relation().is_active_on(day)),
            Self::Organization(o) => Standing::Membership(o.membership().is_member_on(day)),
        }
    }

    /// The sources of the partner's profile.
    #[must_use]
    pub fn profile_sources(self) -> Sources {
        match self {
            Self::Country(c) => c.profile().sources,
            Self::Organization(o) => o.profile().sources,
        }
    }

    /// The country, if the partner is one.
    #[must_use]
    pub const fn as_country(self) -> Option<Country> {
        match self {
            Self::Country(c) => Some(c),
            Self::Organization(_) => None,
        }
    }

    /// The organization, if the partner is one.
    #[must_use]
    pub const fn as_organization(self) -> Option<Organization> {
        match self {
            Self::Organization(o) => Some(o),
            Self::Country(_) => None,
        }
    }
}

/// Whether a partner is a country or an organization.
///
/// ```
/// use cambodia_diplomacy::PartnerKind;
/// assert_eq!(PartnerKind::iter().count(), 2);
/// assert_eq!(PartnerKind::Country.to_string(), "country");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PartnerKind {
    /// A sovereign state.
    Country,
    /// An international organization or framework.
    Organization,
}

/// Writes a partner's name as it reads in an English sentence.
pub(crate) struct NameInSentence(Partner);

impl core::fmt::Display for NameInSentence {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.0 {
            Partner::Country(c) => {
                let name = c.name();
                let article = name.starts_with("United ")
                    || name.ends_with("Islands")
                    || name.contains("Republic")
                    || matches!(
                        name,
                        "Philippines"
                            | "Netherlands"
                            | "Bahamas"
                            | "Gambia"
                            | "Maldives"
                            | "Comoros"
                            | "Holy See"
                    );
                if article {
                    f.write_str("the ")?;
                }
                f.write_str(name)
            }
            Partner::Organization(o) => write!(f, "the {}", o.name()),
        }
    }
}

impl From<Country> for Partner {
    fn from(c: Country) -> Self {
        Self::Country(c)
    }
}

impl From<Organization> for Partner {
    fn from(o: Organization) -> Self {
        Self::Organization(o)
    }
}

impl core::fmt::Display for Partner {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}
