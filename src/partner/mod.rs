//! Partners: the countries and organizations whose relations with Cambodia
//! are documented, their profiles, and parsing their names.

mod country;
mod figure;
mod organization;
mod parse;
pub(crate) use parse::{NAME_INDEX as NAME_INDEX_HANDLE, build_name_index};

pub use country::{Country, CountryProfile};
pub use figure::Figure;
pub use organization::{Organization, OrganizationProfile};

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
        use strum::IntoEnumIterator;
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

    /// The English name (short name for a country, full name for an organization).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Country(c) => c.profile().short_name_en,
            Self::Organization(o) => o.profile().name_en,
        }
    }

    /// The French name, where the data has it.
    #[must_use]
    pub fn name_fr(self) -> &'static str {
        match self {
            Self::Country(c) => c.profile().short_name_fr,
            Self::Organization(o) => o.profile().name_fr,
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
