//! The principles of Cambodia's foreign policy, the five main tasks of that
//! policy, and the three types of foreign relations.

use crate::{KhmerName, Lang};
use strum::{EnumCount, EnumIter, IntoStaticStr};

use crate::{Sources, data};

/// A principle of Cambodia's foreign policy, as the seed documents name them.
///
/// ```
/// use cambodia_diplomacy::Principle;
/// let p: Principle = "permanent_neutrality".parse()?;
/// let profile = p.profile();
/// assert!(!profile.description.is_empty());
/// assert!(profile.legal_basis.iter().any(|a| a.article == 53));
/// # Ok::<(), cambodia_diplomacy::ParseIdError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, EnumCount, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Principle {
    /// Independence, including independent decision-making.
    Independence,
    /// Sovereignty.
    Sovereignty,
    /// Territorial integrity.
    TerritorialIntegrity,
    /// Permanent neutrality.
    PermanentNeutrality,
    /// Non-alignment.
    NonAlignment,
    /// Peaceful coexistence.
    PeacefulCoexistence,
    /// Non-interference in internal affairs.
    NonInterference,
    /// Equality among states.
    Equality,
    /// Mutual respect.
    MutualRespect,
    /// Mutual benefit.
    MutualBenefit,
    /// Peaceful settlement of disputes.
    PeacefulSettlementOfDisputes,
    /// International law and the Charter of the United Nations.
    InternationalLawAndUnCharter,
    /// Disarmament, non-proliferation and the ban on landmines.
    Disarmament,
    /// Consensus in decision-making (within ASEAN).
    Consensus,
    /// Multilateralism and a rules-based international order.
    Multilateralism,
}

/// A principle's description, legal basis and sources.
///
/// ```
/// use cambodia_diplomacy::Principle;
///
/// let profile = Principle::NonAlignment.profile();
/// assert_eq!(profile.principle, Principle::NonAlignment);
/// assert_eq!(profile.name, "Non-alignment");
/// assert!(!profile.description.is_empty() && !profile.sources.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PrincipleProfile {
    /// The principle described.
    #[cfg_attr(feature = "serde", serde(rename = "id"))]
    pub principle: Principle,
    /// Its name in English.
    pub name: &'static str,
    /// What it means in Cambodia's foreign policy, in the crate's own words.
    pub description: &'static str,
    /// Articles of law that state it, where any does.
    pub legal_basis: &'static [LegalBasis],
    /// Where the principle is named.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// An article of a legal instrument that states a principle.
///
/// ```
/// use cambodia_diplomacy::Principle;
///
/// let basis = Principle::PermanentNeutrality.profile().legal_basis;
/// let article_53 = basis.iter().find(|a| a.article == 53).unwrap();
/// assert_eq!(article_53.instrument, "Constitution of the Kingdom of Cambodia, 1993");
/// assert!(article_53.summary.contains("permanent neutrality"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LegalBasis {
    /// The instrument ("Constitution of the Kingdom of Cambodia, 1993").
    pub instrument: &'static str,
    /// The article number.
    pub article: u16,
    /// What the article says on the matter, in the crate's own words.
    pub summary: &'static str,
    /// Where the article's text was read.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Principle {
    /// The principle's description, legal basis and sources. Total.
    ///
    /// ```
    /// # use cambodia_diplomacy::Principle;
    /// assert_eq!(Principle::PermanentNeutrality.profile().name, "Permanent neutrality");
    /// ```
    #[must_use]
    pub fn profile(self) -> &'static PrincipleProfile {
        &data::principles::PRINCIPLES[self as usize]
    }

    /// The principle's name in a language. French names follow the
    /// foreign ministry's French text where it names the principle; in
    /// Khmer, the term Cambodian usage writes where a source gives it
    /// ([`Principle::khmer`]), else the English name.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Lang, Principle};
    /// assert_eq!(Principle::PermanentNeutrality.name_in(Lang::Fr), "neutralité permanente");
    /// assert_eq!(Principle::Sovereignty.name_in(Lang::Km), "អធិបតេយ្យ");
    /// ```
    #[must_use]
    pub fn name_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.profile().name,
            Lang::Fr => match self {
                Self::Independence => "indépendance",
                Self::Sovereignty => "souveraineté",
                Self::TerritorialIntegrity => "intégrité territoriale",
                Self::PermanentNeutrality => "neutralité permanente",
                Self::NonAlignment => "non-alignement",
                Self::PeacefulCoexistence => "coexistence pacifique",
                Self::NonInterference => "non-ingérence dans les affaires intérieures",
                Self::Equality => "égalité entre les États",
                Self::MutualRespect => "respect mutuel",
                Self::MutualBenefit => "intérêt mutuel",
                Self::PeacefulSettlementOfDisputes => "règlement pacifique des différends",
                Self::InternationalLawAndUnCharter => {
                    "droit international et Charte des Nations unies"
                }
                Self::Disarmament => "désarmement et non-prolifération",
                Self::Consensus => "consensus dans la prise de décision",
                Self::Multilateralism => "multilatéralisme et ordre fondé sur des règles",
            },
            Lang::Km => self.khmer().map_or(self.profile().name, |k| k.name),
        }
    }

    /// The Khmer term for the principle, with its sources, where a source
    /// gives one.
    #[must_use]
    pub fn khmer(self) -> Option<KhmerName> {
        data::khmer::principle(self.id())
    }
}

/// One of the five main tasks of Cambodia's foreign policy (MFAIC).
///
/// ```
/// use cambodia_diplomacy::PolicyTask;
/// let task = PolicyTask::EconomicDiplomacy.profile();
/// assert!(task.goals.iter().any(|g| g.target_year == Some(2050)));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, EnumCount, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PolicyTask {
    /// 1. Protect independence, sovereignty, territorial integrity and
    ///    neutrality; keep peace, security, stability and social unity.
    ProtectSovereigntyAndPeace,
    /// 2. Widen friendship abroad in the spirit of national independence.
    FosterFriendship,
    /// 3. Promote economic diplomacy.
    EconomicDiplomacy,
    /// 4. Support and strengthen multilateralism.
    Multilateralism,
    /// 5. Build the quality and capacity of Cambodian diplomats.
    DiplomaticCapacity,
}

/// A policy task's statement, goals and sources.
///
/// ```
/// use cambodia_diplomacy::PolicyTask;
///
/// let task = PolicyTask::EconomicDiplomacy.profile();
/// assert_eq!(task.number, 3);
/// assert_eq!(task.title, "Promote economic diplomacy");
/// assert_eq!(task.title_fr, "Promouvoir la diplomatie économique");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PolicyTaskProfile {
    /// The task described.
    #[cfg_attr(feature = "serde", serde(rename = "id"))]
    pub task: PolicyTask,
    /// Its number in the ministry's list (1 to 5).
    pub number: u8,
    /// A short title in English.
    pub title: &'static str,
    /// A short title in French.
    pub title_fr: &'static str,
    /// What the task covers, in the crate's own words.
    pub description: &'static str,
    /// Its stated goals.
    pub goals: &'static [Goal],
    /// Where the task is stated.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// A goal of a policy task, with its target year where one is set.
///
/// ```
/// use cambodia_diplomacy::PolicyTask;
///
/// let goals = PolicyTask::EconomicDiplomacy.profile().goals;
/// let high_income = goals.iter().find(|g| g.target_year == Some(2050)).unwrap();
/// assert!(high_income.text.contains("high-income"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Goal {
    /// The goal, in the crate's own words.
    pub text: &'static str,
    /// The year by which it should be reached.
    pub target_year: Option<i32>,
}

impl PolicyTask {
    /// The task's statement, goals and sources. Total.
    ///
    /// ```
    /// # use cambodia_diplomacy::PolicyTask;
    /// assert_eq!(PolicyTask::Multilateralism.profile().number, 4);
    /// ```
    #[must_use]
    pub fn profile(self) -> &'static PolicyTaskProfile {
        &data::principles::POLICY_TASKS[self as usize]
    }

    /// The task's title in a language (in Khmer, where a source gives it,
    /// else in English).
    ///
    /// ```
    /// # use cambodia_diplomacy::{Lang, PolicyTask};
    /// assert_eq!(PolicyTask::EconomicDiplomacy.title_in(Lang::Km), "ការទូតសេដ្ឋកិច្ច");
    /// ```
    #[must_use]
    pub fn title_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.profile().title,
            Lang::Fr => self.profile().title_fr,
            Lang::Km => self.khmer().map_or(self.profile().title, |k| k.name),
        }
    }

    /// The Khmer title, with its sources, where a source gives it.
    #[must_use]
    pub fn khmer(self) -> Option<KhmerName> {
        data::khmer::task(self.id())
    }
}

/// The three types of foreign relations that IRIC describes.
///
/// ```
/// use cambodia_diplomacy::{Country, RelationType};
/// assert_eq!(Country::Thailand.profile().relation_type, RelationType::Neighbour);
/// assert_eq!(Country::Canada.profile().relation_type, RelationType::WiderWorld);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, EnumCount, IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RelationType {
    /// Bilateral relations with the neighbouring countries (Thailand, Laos,
    /// Vietnam): friendship, and border questions settled by peaceful means.
    Neighbour,
    /// Bilateral and multilateral relations with the other countries of the
    /// region, above all within ASEAN.
    RegionAndAsean,
    /// Relations with the rest of the world, under non-alignment and
    /// international law.
    WiderWorld,
}

impl RelationType {
    /// What this type of relations covers, in the crate's own words.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Self::Neighbour => {
                "Relations with the countries that share a border with Cambodia, built on friendship and close cooperation, with border questions settled by negotiation and never by force."
            }
            Self::RegionAndAsean => {
                "Relations with the other countries of Southeast Asia, chiefly through ASEAN, aiming at a peaceful, stable and neutral region while keeping the bilateral principles."
            }
            Self::WiderWorld => {
                "Relations with countries beyond the region, guided by non-alignment and international law, with embassies opened as the economy and staff allow."
            }
        }
    }
}
