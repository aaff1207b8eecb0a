//! Bilateral relation histories: periods, embassies, partnership frameworks
//! and agreements, with "as of" queries.

use chrono::NaiveDate;

use crate::period::{Claims, Evidence, Period, PeriodEnd, holds_on, period_covers, period_on};
use crate::{Answer, Asks, Completeness, Country, HistDate, Question, Sources, data};

/// The state of diplomatic relations during a period.
///
/// ```
/// use cambodia_diplomacy::{Country, RelationStatus};
/// use chrono::NaiveDate;
///
/// // Relations with the United States were broken off from May 1965 to July 1969.
/// let day = NaiveDate::from_ymd_opt(1967, 1, 1).unwrap();
/// let status = Country::UnitedStates.relation().status_on(day).status();
/// assert_eq!(status, Some(RelationStatus::Severed));
/// assert_eq!(RelationStatus::Severed.label(), "severed");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RelationStatus {
    /// Diplomatic relations in force.
    Active,
    /// Relations not broken but not working (missions withdrawn, personnel
    /// recalled, one side refusing contact).
    Suspended,
    /// Relations formally broken off.
    Severed,
}

/// One period of a bilateral relationship.
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate, RelationStatus};
///
/// let first = &Country::Russia.relation().periods[0];
/// assert_eq!(first.status, RelationStatus::Active);
/// assert_eq!(first.start.preferred().unwrap().date, HistDate::day(1956, 5, 13));
/// assert_eq!(first.counterpart, Some("Union of Soviet Socialist Republics"));
/// assert!(!first.note.is_empty() && !first.sources.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RelationPeriod {
    /// The state of relations in the period.
    pub status: RelationStatus,
    /// When the period started (relations established, suspended, severed or
    /// restored), with every sourced claim.
    pub start: Claims,
    /// How the period ended.
    pub end: PeriodEnd,
    /// The partner state in the period, where it differs from today's
    /// ("Union of Soviet Socialist Republics").
    pub counterpart: Option<&'static str>,
    /// The Cambodian government party to the relationship, where it is not
    /// the one governing from Phnom Penh at the time ("Coalition Government of
    /// Democratic Kampuchea" for a partner that recognized it in the 1980s).
    pub cambodian_side: Option<&'static str>,
    /// What happened, in the crate's own words.
    pub note: &'static str,
    /// Where the period is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl RelationPeriod {
    /// Whether the period covers a day: yes, no, or cannot tell at the
    /// precision of its dates.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, Country};
    /// # use chrono::NaiveDate;
    /// let day = |y| NaiveDate::from_ymd_opt(y, 6, 1).unwrap();
    /// let canada = &Country::Canada.relation().periods[0]; // from 1953
    /// assert_eq!(canada.covers(day(1952)), Answer::No);
    /// assert_eq!(canada.covers(day(1953)), Answer::CannotTell);
    /// ```
    #[must_use]
    pub fn covers(&self, day: NaiveDate) -> Answer {
        period_covers(&self.start, &self.end, day)
    }
}

/// Which way a diplomatic mission points.
///
/// ```
/// use cambodia_diplomacy::{Country, MissionDirection};
///
/// let russia = Country::Russia.relation();
/// let city = |d| russia.missions.iter().find(|m| m.direction == d).unwrap().city;
/// assert_eq!(city(MissionDirection::PartnerToCambodia), "Phnom Penh");
/// assert_eq!(city(MissionDirection::CambodiaToPartner), "Moscow");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MissionDirection {
    /// The partner's mission to Cambodia.
    PartnerToCambodia,
    /// Cambodia's mission to the partner.
    CambodiaToPartner,
}

/// What kind of mission it is.
///
/// ```
/// use cambodia_diplomacy::{Country, MissionKind};
///
/// // Bangladesh's ambassador to Cambodia sits in Bangkok.
/// let bangladesh = Country::Bangladesh.relation();
/// let accreditation = bangladesh.missions.iter()
///     .find(|m| m.kind == MissionKind::NonResidentAccreditation).unwrap();
/// assert_eq!(accreditation.city, "Bangkok");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MissionKind {
    /// A resident embassy.
    Embassy,
    /// A consulate-general.
    ConsulateGeneral,
    /// A consulate or honorary consulate.
    Consulate,
    /// A permanent mission to an organization.
    PermanentMission,
    /// No resident mission: the ambassador is accredited from an embassy in
    /// another country, whose city is given.
    NonResidentAccreditation,
}

/// A diplomatic mission between Cambodia and a partner.
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate, MissionDirection, MissionKind};
///
/// let china = Country::China.relation();
/// let jinan = china.missions.iter().find(|m| m.city == "Jinan").unwrap();
/// assert_eq!(jinan.direction, MissionDirection::CambodiaToPartner);
/// assert_eq!(jinan.kind, MissionKind::ConsulateGeneral);
/// assert_eq!(jinan.opened, Some(HistDate::month(2021, 10)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Mission {
    /// Which way it points.
    pub direction: MissionDirection,
    /// What kind of mission.
    pub kind: MissionKind,
    /// The city where it sits (for an accreditation, the city it is accredited from).
    pub city: &'static str,
    /// When it opened, if known.
    pub opened: Option<HistDate>,
    /// When it closed, if it did.
    pub closed: Option<HistDate>,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// A framework a relationship was placed in ("Comprehensive Strategic Partnership").
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate};
///
/// let china = Country::China.relation();
/// let csp = china.frameworks.iter()
///     .find(|f| f.name == "Comprehensive Strategic Partnership of Cooperation").unwrap();
/// assert_eq!(csp.agreed, HistDate::day(2010, 12, 13));
/// assert!(china.frameworks.windows(2).all(|w| w[0].agreed <= w[1].agreed));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Framework {
    /// Its name as the parties state it.
    pub name: &'static str,
    /// When it was agreed.
    pub agreed: HistDate,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// What sort of agreement it is.
///
/// ```
/// use cambodia_diplomacy::{AgreementKind, Country};
///
/// let vietnam = Country::Vietnam.relation();
/// assert!(vietnam.agreements.iter().any(|a| a.kind == AgreementKind::Border));
/// assert_eq!(AgreementKind::FreeTrade.label(), "free-trade agreement");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum AgreementKind {
    /// A treaty of friendship, peace or cooperation.
    Treaty,
    /// A border or boundary treaty or agreement.
    Border,
    /// A free-trade or economic partnership agreement.
    FreeTrade,
    /// A trade, investment or tax agreement.
    Economic,
    /// A cooperation agreement or memorandum in another field.
    Cooperation,
    /// An agreement on defence or security.
    Defence,
}

/// An agreement between Cambodia and a partner.
///
/// ```
/// use cambodia_diplomacy::{AgreementKind, Country, HistDate};
///
/// let china = Country::China.relation();
/// let fta = china.agreements.iter().find(|a| a.kind == AgreementKind::FreeTrade).unwrap();
/// assert_eq!(fta.signed, Some(HistDate::day(2020, 10, 12)));
/// assert_eq!(fta.in_force, Some(HistDate::day(2022, 1, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Agreement {
    /// Its title, in English.
    pub title: &'static str,
    /// What sort of agreement.
    pub kind: AgreementKind,
    /// When it was signed, if known.
    pub signed: Option<HistDate>,
    /// When it entered into force, if known.
    pub in_force: Option<HistDate>,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// The history of Cambodia's relations with one country.
///
/// ```
/// use cambodia_diplomacy::{Answer, Country, RelationStatus};
/// use chrono::NaiveDate;
///
/// let russia = Country::Russia.relation();
/// let first = &russia.periods[0];
/// assert_eq!(first.start.preferred().unwrap().date.to_string(), "1956-05-13");
/// let day = NaiveDate::from_ymd_opt(1977, 1, 1).unwrap();
/// assert_eq!(russia.is_active_on(day).answer, Answer::No);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Relation {
    /// The partner country.
    #[cfg_attr(feature = "serde", serde(rename = "id"))]
    pub country: Country,
    /// The periods of the relationship, in order; empty when no date of
    /// establishment could be sourced (see `note`).
    pub periods: &'static [RelationPeriod],
    /// Whether `periods` is the whole history: then a day no period covers
    /// had no relations. Where it is not (a record not yet researched, or a
    /// history with gaps), such a day answers "cannot tell".
    pub periods_complete: bool,
    /// Missions both ways: the ones the research found, a selection (see
    /// [`Relation::missions_completeness`]).
    pub missions: &'static [Mission],
    /// Partnership frameworks over time, in order.
    pub frameworks: &'static [Framework],
    /// Agreements that matter.
    pub agreements: &'static [Agreement],
    /// What a reader should know that the fields do not say (for example
    /// what was searched when a date is unknown); empty if nothing.
    pub note: &'static str,
    /// Sources for the relationship as a whole.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Period for RelationPeriod {
    fn start(&self) -> &Claims {
        &self.start
    }

    fn end(&self) -> &PeriodEnd {
        &self.end
    }

    fn sources(&self) -> Sources {
        self.sources
    }

    type Status = RelationStatus;

    fn status(&self) -> RelationStatus {
        self.status
    }
}

/// What every mission list claims of itself: the missions the research
/// found, none claimed complete (also written in the JSON export).
pub(crate) const MISSIONS_COMPLETENESS: Completeness = Completeness::NotClaimed;

impl Relation {
    /// Whether `missions` is every mission both ways: no list is claimed
    /// complete (each holds the missions the research found and sourced),
    /// so a count of embassies is a lower bound.
    ///
    /// ```
    /// use cambodia_diplomacy::{Completeness, Country};
    /// let china = Country::China.relation();
    /// assert_eq!(china.missions_completeness(), Completeness::NotClaimed);
    /// ```
    #[must_use]
    pub const fn missions_completeness(&self) -> Completeness {
        MISSIONS_COMPLETENESS
    }

    /// The period covering `day`, or the one whose imprecise bounds make the
    /// day uncertain, with how sure the cover is.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, Country};
    /// # use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(1985, 1, 1).unwrap();
    /// let evidence = Country::Russia.relation().period_on(day);
    /// assert_eq!(evidence.answer, Answer::Yes);
    /// assert_eq!(evidence.period.unwrap().counterpart, Some("Union of Soviet Socialist Republics"));
    /// ```
    #[must_use]
    pub fn period_on(&self, day: NaiveDate) -> Evidence<RelationPeriod> {
        period_on(
            self.periods,
            self.periods_complete,
            self.sources,
            Question::new(self.country, day, Asks::RelationPeriod),
        )
    }

    /// The status of relations on a day, with its evidence: the same answer
    /// as [`Relation::period_on`], read through [`Evidence::status`]. The
    /// status is `None` when no period covers the day (never established,
    /// or not yet); the answer is `CannotTell` where the dates are too
    /// coarse, the history is not known to be complete, or the day is after
    /// the review date.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, Country, NaiveDate, RelationStatus};
    /// let day = NaiveDate::from_ymd_opt(1960, 1, 1).unwrap();
    /// let russia = Country::Russia.relation().status_on(day);
    /// assert_eq!((russia.status(), russia.answer), (Some(RelationStatus::Active), Answer::Yes));
    /// // No relations with Singapore before 1965; its history is complete.
    /// let singapore = Country::Singapore.relation().status_on(day);
    /// assert_eq!((singapore.status(), singapore.answer), (None, Answer::No));
    /// // A "no" from the absence of any period still carries its sources.
    /// assert!(!singapore.sources.is_empty());
    /// // Ukraine's history is incomplete: no period known is not "no relations".
    /// assert_eq!(Country::Ukraine.relation().status_on(day).answer, Answer::CannotTell);
    /// ```
    #[must_use]
    pub fn status_on(&self, day: NaiveDate) -> Evidence<RelationPeriod> {
        self.period_on(day)
    }

    /// Whether relations were active on a day, with the deciding period.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, Country};
    /// # use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(1960, 6, 1).unwrap();
    /// let answer = Country::Russia.relation().is_active_on(day);
    /// assert_eq!(answer.answer, Answer::Yes);
    /// assert!(!answer.sources().is_empty());
    /// ```
    #[must_use]
    pub fn is_active_on(&self, day: NaiveDate) -> Evidence<RelationPeriod> {
        holds_on(
            self.periods,
            self.periods_complete,
            self.sources,
            Question::new(self.country, day, Asks::RelationsActive),
            |p| p.status == RelationStatus::Active,
        )
    }

    /// When relations were first established, if sourced.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Country, HistDate};
    /// assert_eq!(Country::Russia.relation().established(), Some(HistDate::day(1956, 5, 13)));
    /// // No source found gives the date for Ukraine (see the relation's note).
    /// assert_eq!(Country::Ukraine.relation().established(), None);
    /// ```
    #[must_use]
    pub fn established(&self) -> Option<HistDate> {
        self.periods
            .first()
            .and_then(|p| p.start.preferred())
            .map(|c| c.date)
    }
}

impl Country {
    /// The history of Cambodia's relations with this country. Total.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!(Country::Laos.relation().country, Country::Laos);
    /// ```
    #[must_use]
    pub fn relation(self) -> &'static Relation {
        data::RELATIONS[self as usize]
    }
}

/// Every relation, in [`Country`] order.
///
/// ```
/// use cambodia_diplomacy::{Country, relations};
/// use strum::EnumCount;
///
/// assert_eq!(relations().len(), Country::COUNT);
/// let earliest = relations().filter_map(|r| Some((r.established()?, r.country))).min().unwrap();
/// assert_eq!(earliest.1, Country::UnitedStates); // 11 July 1950
/// ```
pub fn relations() -> impl ExactSizeIterator<Item = &'static Relation> + Clone {
    data::RELATIONS.iter().copied()
}

/// The countries with which relations were active on a day, each with the
/// answer (`Yes` or `CannotTell`) and the deciding period.
///
/// ```
/// use cambodia_diplomacy::{active_relations_on, Country};
/// use chrono::NaiveDate;
/// let day = NaiveDate::from_ymd_opt(1977, 1, 1).unwrap();
/// assert!(active_relations_on(day).all(|(c, _)| c != Country::Russia));
/// ```
pub fn active_relations_on(
    day: NaiveDate,
) -> impl Iterator<Item = (Country, Evidence<RelationPeriod>)> {
    relations().filter_map(move |r| {
        let e = r.is_active_on(day);
        (e.answer != Answer::No).then_some((r.country, e))
    })
}

/// How many states Cambodia had diplomatic relations with on a day, as far
/// as the data can tell: at least `certain`, at most `certain + possible`.
/// Where histories are incomplete (most states outside the research
/// programme), the true number lies in that range, and the data says so
/// rather than give one number.
///
/// ```
/// use cambodia_diplomacy::{NaiveDate, relations_count_on};
///
/// let count = relations_count_on(NaiveDate::from_ymd_opt(2010, 1, 1).unwrap());
/// assert!(count.certain >= 20);
/// assert!(count.at_most() <= 196);
/// assert!(!count.is_exact());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RelationCount {
    /// States with which relations were certainly active.
    pub certain: usize,
    /// States for which the data cannot tell.
    pub possible: usize,
}

impl RelationCount {
    /// The upper bound: certain and possible together.
    #[must_use]
    pub const fn at_most(&self) -> usize {
        self.certain + self.possible
    }

    /// Whether the data gives one number (nothing is uncertain).
    #[must_use]
    pub const fn is_exact(&self) -> bool {
        self.possible == 0
    }
}

/// Counts the states with relations on a day: see [`RelationCount`].
#[must_use]
pub fn relations_count_on(day: NaiveDate) -> RelationCount {
    let mut count = RelationCount {
        certain: 0,
        possible: 0,
    };
    for (_, evidence) in active_relations_on(day) {
        match evidence.answer {
            Answer::Yes => count.certain += 1,
            _ => count.possible += 1,
        }
    }
    count
}

/// The relations with a sourced establishment date, earliest first (ties
/// in [`Country`] order): the first and the latest states to establish
/// relations with Cambodia, as far as the data records.
///
/// ```
/// use cambodia_diplomacy::{Country, relations_by_establishment};
///
/// let first = relations_by_establishment().next().unwrap();
/// assert!(first.1.year_number() <= 1950);
/// let latest = relations_by_establishment().last().unwrap();
/// assert!(latest.1.year_number() >= 2019);
/// ```
pub fn relations_by_establishment() -> impl DoubleEndedIterator<Item = (Country, HistDate)> {
    let mut dated: Vec<(Country, HistDate)> = relations()
        .filter_map(|r| r.established().map(|d| (r.country, d)))
        .collect();
    dated.sort_by_key(|(c, d)| (d.first_day(), *c));
    dated.into_iter()
}
