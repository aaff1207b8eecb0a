//! The international organizations and frameworks, and their profiles.

use crate::{KhmerName, Lang};
use strum::{EnumCount, EnumIter, IntoStaticStr};

use crate::data;
use crate::{Figure, HistDate, Sources};

/// An international organization or multilateral framework.
///
/// The first eight are the organizations of the IRIC research programme
/// ([`Organization::is_programme_partner`]); the others are groupings that
/// Cambodia belongs to or works with, kept so that memberships can be
/// queried.
///
/// ```
/// use cambodia_diplomacy::Organization;
///
/// let asean: Organization = "asean".parse()?;
/// assert_eq!(asean, Organization::Asean);
/// assert_eq!(asean.profile().name_en, "Association of Southeast Asian Nations");
/// assert!(asean.is_programme_partner());
/// # Ok::<(), cambodia_diplomacy::ParsePartnerError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, EnumCount, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Organization {
    /// United Nations (UN).
    UnitedNations,
    /// Association of Southeast Asian Nations (ASEAN).
    Asean,
    /// European Union (EU).
    EuropeanUnion,
    /// World Trade Organization (WTO).
    WorldTradeOrganization,
    /// Asian Development Bank (ADB).
    AsianDevelopmentBank,
    /// International Monetary Fund (IMF).
    InternationalMonetaryFund,
    /// International Labour Organization (ILO).
    InternationalLabourOrganization,
    /// Asian Infrastructure Investment Bank (AIIB).
    AsianInfrastructureInvestmentBank,
    /// World Bank Group (WBG).
    WorldBankGroup,
    /// Asia–Europe Meeting (ASEM).
    AsiaEuropeMeeting,
    /// East Asia Summit (EAS).
    EastAsiaSummit,
    /// Non-Aligned Movement (NAM).
    NonAlignedMovement,
    /// Organisation internationale de la Francophonie (OIF).
    Francophonie,
    /// Mekong–Lancang Cooperation (MLC).
    MekongLancangCooperation,
    /// Regional Comprehensive Economic Partnership (RCEP).
    RegionalComprehensiveEconomicPartnership,
    /// Centrist Democratic International (CDI), a grouping of political parties.
    CentristDemocraticInternational,
}

impl Organization {
    /// The organization's facts and figures. Total: every organization has one.
    ///
    /// ```
    /// # use cambodia_diplomacy::Organization;
    /// assert_eq!(Organization::WorldTradeOrganization.profile().acronym, "WTO");
    /// ```
    #[must_use]
    pub fn profile(self) -> &'static OrganizationProfile {
        data::ORGANIZATION_PROFILES[self as usize]
    }

    /// The stable snake_case identifier (`"asean"`), as used in the JSON export.
    ///
    /// ```
    /// # use cambodia_diplomacy::Organization;
    /// assert_eq!(Organization::EastAsiaSummit.id(), "east_asia_summit");
    /// ```
    #[must_use]
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// Every organization, in declaration order (the 8 programme
    /// organizations first). No trait import needed.
    ///
    /// ```
    /// # use cambodia_diplomacy::Organization;
    /// assert_eq!(Organization::iter().filter(|o| o.is_programme_partner()).count(), 8);
    /// ```
    pub fn iter() -> impl ExactSizeIterator<Item = Organization> + DoubleEndedIterator + Clone {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// The English name (`"Association of Southeast Asian Nations"`), as
    /// [`crate::Country::name`] gives a country's.
    ///
    /// ```
    /// # use cambodia_diplomacy::Organization;
    /// assert_eq!(Organization::Asean.name(), "Association of Southeast Asian Nations");
    /// assert_eq!(Organization::Asean.to_string(), Organization::Asean.name());
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        self.profile().name_en
    }

    /// The official English name: for an organization, its full name.
    #[must_use]
    pub fn official_name(self) -> &'static str {
        self.profile().name_en
    }

    /// The French name (`"Association des nations de l'Asie du Sud-Est"`).
    #[must_use]
    #[deprecated(since = "0.2.0", note = "use `name_in(Lang::Fr)`; removed in 0.3")]
    pub fn name_fr(self) -> &'static str {
        self.name_in(Lang::Fr)
    }

    /// The official French name: for an organization, its full name.
    #[must_use]
    #[deprecated(
        since = "0.2.0",
        note = "use `official_name_in(Lang::Fr)`; removed in 0.3"
    )]
    pub fn official_name_fr(self) -> &'static str {
        self.official_name_in(Lang::Fr)
    }

    /// The full name in a language. In Khmer, the name Cambodian usage
    /// writes; where no source gives one, the English name stands in (see
    /// [`Organization::khmer`]).
    ///
    /// ```
    /// # use cambodia_diplomacy::{Lang, Organization};
    /// assert_eq!(Organization::Asean.name_in(Lang::Km), "សមាគមប្រជាជាតិអាស៊ីអាគ្នេយ៍");
    /// assert_eq!(Organization::Asean.khmer().unwrap().acronym, Some("អាស៊ាន"));
    /// ```
    #[must_use]
    pub fn name_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.profile().name_en,
            Lang::Fr => self.profile().name_fr,
            Lang::Km => self.khmer().map_or(self.profile().name_en, |k| k.name),
        }
    }

    /// The official name in a language: for an organization, its full name.
    #[must_use]
    pub fn official_name_in(self, lang: Lang) -> &'static str {
        self.name_in(lang)
    }

    /// The organization's Khmer names, with their sources, where a source
    /// gives them.
    #[must_use]
    pub fn khmer(self) -> Option<KhmerName> {
        crate::data::khmer::organization(self.id())
    }

    /// The usual acronym (`"ASEAN"`).
    ///
    /// ```
    /// # use cambodia_diplomacy::Organization;
    /// assert_eq!(Organization::Asean.acronym(), "ASEAN");
    /// ```
    #[must_use]
    pub fn acronym(self) -> &'static str {
        self.profile().acronym
    }

    /// Whether the organization is one of the eight of the IRIC research programme.
    ///
    /// ```
    /// # use cambodia_diplomacy::Organization;
    /// assert!(Organization::UnitedNations.is_programme_partner());
    /// assert!(!Organization::EastAsiaSummit.is_programme_partner());
    /// ```
    #[must_use]
    pub const fn is_programme_partner(self) -> bool {
        (self as usize) < 8
    }
}

impl core::fmt::Display for Organization {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// An organization's facts and figures.
///
/// ```
/// use cambodia_diplomacy::{HistDate, Organization};
///
/// let asean = Organization::Asean.profile();
/// assert_eq!(asean.founded, Some(HistDate::day(1967, 8, 8)));
/// assert_eq!(asean.headquarters, Some("Jakarta"));
/// assert_eq!(asean.wikidata, Some("Q7768"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OrganizationProfile {
    /// The organization this profile describes.
    #[cfg_attr(feature = "serde", serde(rename = "id"))]
    pub organization: Organization,
    /// The usual acronym ("ASEAN").
    pub acronym: &'static str,
    /// Full name in English.
    pub name_en: &'static str,
    /// Full name in French.
    pub name_fr: &'static str,
    /// Wikidata item id ("Q7768"), where a source gives it.
    pub wikidata: Option<&'static str>,
    /// When it was founded: its founding instrument's entry into force, or,
    /// for a grouping founded by a declaration or a first meeting that put
    /// nothing into force, the day it counts from. The instrument, with its
    /// signing date and the sources of each date, is
    /// [`Organization::founding_instrument`].
    pub founded: Option<HistDate>,
    /// Where its headquarters or secretariat is, `None` where it has none.
    pub headquarters: Option<&'static str>,
    /// How many members it has, with the year and its source.
    pub members: Option<Figure>,
    /// Its official website.
    pub website: Option<&'static str>,
    /// Other names and acronyms people use, in English or French.
    pub aliases: &'static [&'static str],
    /// The sources of the profile's facts.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}
