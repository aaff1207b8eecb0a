//! Legal instruments, each date with its kind: a treaty is adopted or
//! signed, ratified (each party deposits its instrument), and enters into
//! force; a state's membership takes effect on a day of its own.
//!
//! The crate defines an organization's `founded` date
//! ([`crate::OrganizationProfile::founded`]) as its founding instrument's
//! entry into force. A grouping founded by a declaration or a first meeting,
//! which puts nothing into force, is founded on the day it counts as its
//! founding. The start of a membership period is the day Cambodia's
//! membership took effect.

use crate::{HistDate, Organization, Partner, Sources, data};

/// What an instrument does.
///
/// ```
/// use cambodia_diplomacy::{InstrumentKind, Organization};
/// let charter = Organization::UnitedNations.founding_instrument().unwrap();
/// assert_eq!(charter.kind, InstrumentKind::Founding);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum InstrumentKind {
    /// It founds an organization (a charter, articles of agreement, a
    /// founding declaration or meeting).
    Founding,
    /// Cambodia joins an organization by it.
    Accession,
    /// A constitution (Cambodia's, or an organization's later charter).
    Constitution,
    /// A peace agreement.
    PeaceAgreement,
    /// A treaty between Cambodia and one partner.
    Bilateral,
}

/// Which step of an instrument's life a date marks.
///
/// ```
/// use cambodia_diplomacy::{DateKind, HistDate, Organization};
/// let charter = Organization::UnitedNations.founding_instrument().unwrap();
/// assert_eq!(charter.date(DateKind::Signed), Some(HistDate::day(1945, 6, 26)));
/// assert_eq!(charter.date(DateKind::InForce), Some(HistDate::day(1945, 10, 24)));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DateKind {
    /// The text was adopted (by a conference, an assembly, a vote).
    Adopted,
    /// It was signed.
    Signed,
    /// It was ratified, or the instrument of ratification or accession was
    /// deposited.
    RatifiedOrDeposited,
    /// It entered into force.
    InForce,
    /// Cambodia's membership took effect.
    MembershipEffective,
    /// The organization counts its founding from this day (where that is not
    /// the entry into force, or nothing entered into force).
    CountedAsFounding,
}

/// One dated step of an instrument, with its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InstrumentDate {
    /// Which step.
    pub kind: DateKind,
    /// When.
    pub date: HistDate,
    /// Who says so.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// A legal instrument (a treaty, a charter, a declaration, an accession)
/// with each of its dates.
///
/// ```
/// use cambodia_diplomacy::{DateKind, HistDate, Organization};
///
/// let wto = Organization::WorldTradeOrganization.accession_instrument().unwrap();
/// assert_eq!(wto.date(DateKind::MembershipEffective), Some(HistDate::day(2004, 10, 13)));
/// assert_eq!(
///     Organization::WorldTradeOrganization.membership().joined(),
///     wto.date(DateKind::MembershipEffective)
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Instrument {
    /// A stable snake_case id.
    pub id: &'static str,
    /// Its name.
    pub name: &'static str,
    /// What it does.
    pub kind: InstrumentKind,
    /// The organization it founds, or that Cambodia joins by it.
    pub subject: Option<Partner>,
    /// Its dated steps, each with its sources.
    pub dates: &'static [InstrumentDate],
    /// What the dates mean, disagreements, what was not found.
    pub note: &'static str,
    /// Every source of its record.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Instrument {
    /// The date of one step, if the record has it.
    #[must_use]
    pub fn date(&self, kind: DateKind) -> Option<HistDate> {
        self.dated(kind).map(|d| d.date)
    }

    /// One step with its sources, if the record has it.
    #[must_use]
    pub fn dated(&self, kind: DateKind) -> Option<&'static InstrumentDate> {
        self.dates.iter().find(|d| d.kind == kind)
    }

    /// The day it founded its organization, by the crate's definition: the
    /// entry into force, or for a declaration or first meeting that put
    /// nothing into force, the day the organization counts from.
    #[must_use]
    pub fn founding_date(&self) -> Option<HistDate> {
        self.date(DateKind::InForce)
            .or_else(|| self.date(DateKind::CountedAsFounding))
    }
}

/// Every instrument of the dataset.
///
/// ```
/// use cambodia_diplomacy::{InstrumentKind, instruments};
/// assert!(instruments().any(|i| i.kind == InstrumentKind::PeaceAgreement));
/// ```
pub fn instruments() -> impl ExactSizeIterator<Item = &'static Instrument> + Clone {
    data::instruments::INSTRUMENTS.iter()
}

/// The instrument with this id, if any.
///
/// ```
/// use cambodia_diplomacy::{DateKind, HistDate, instrument};
/// let constitution = instrument("cambodia_constitution_1993").unwrap();
/// assert_eq!(constitution.date(DateKind::InForce), Some(HistDate::day(1993, 9, 24)));
/// ```
#[must_use]
pub fn instrument(id: &str) -> Option<&'static Instrument> {
    instruments().find(|i| i.id == id)
}

impl Organization {
    /// The instrument that founded the organization (or the declaration or
    /// meeting it counts from), if recorded.
    ///
    /// ```
    /// use cambodia_diplomacy::{DateKind, HistDate, Organization};
    /// let eu = Organization::EuropeanUnion.founding_instrument().unwrap();
    /// assert_eq!(eu.date(DateKind::Signed), Some(HistDate::day(1992, 2, 7)));
    /// assert_eq!(Organization::EuropeanUnion.profile().founded, eu.founding_date());
    /// ```
    #[must_use]
    pub fn founding_instrument(self) -> Option<&'static Instrument> {
        let me = Some(Partner::Organization(self));
        instruments().find(|i| i.kind == InstrumentKind::Founding && i.subject == me)
    }

    /// The instrument by which Cambodia joined the organization, if recorded.
    #[must_use]
    pub fn accession_instrument(self) -> Option<&'static Instrument> {
        let me = Some(Partner::Organization(self));
        instruments().find(|i| i.kind == InstrumentKind::Accession && i.subject == me)
    }
}
