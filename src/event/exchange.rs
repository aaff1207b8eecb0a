//! The details of an official exchange: who went, in what capacity, under
//! which consultation mechanism, and what was signed.

use crate::{Agreement, Country, HistDate, Level, Sources};

/// What sort of visit or meeting an exchange was, as its sources call it.
///
/// ```
/// use cambodia_diplomacy::VisitKind;
///
/// assert_eq!("state_visit".parse::<VisitKind>()?, VisitKind::StateVisit);
/// assert_eq!(VisitKind::SummitAttendance.to_string(), "attendance at a summit or conference");
/// # Ok::<(), cambodia_diplomacy::ParseIdError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum VisitKind {
    /// A state visit, the highest protocol rank.
    StateVisit,
    /// An official visit.
    OfficialVisit,
    /// A working visit.
    WorkingVisit,
    /// A trip to attend a summit, conference, funeral or inauguration held
    /// in the other country.
    SummitAttendance,
    /// A stop on the way elsewhere.
    Transit,
    /// A meeting of a bilateral consultation mechanism, or formal talks
    /// between ministers.
    Consultation,
    /// Another kind of visit, or one its sources do not name.
    Other,
}

/// A standing bilateral consultation mechanism: a joint commission, a
/// strategic dialogue, regular foreign-ministry consultations.
///
/// ```
/// use cambodia_diplomacy::{Country, mechanisms_of};
///
/// for mechanism in mechanisms_of(Country::Indonesia) {
///     assert_eq!(mechanism.partner, Country::Indonesia);
///     assert!(!mechanism.sources.is_empty());
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Mechanism {
    /// A stable snake_case identifier, unique in the dataset.
    pub id: &'static str,
    /// The partner country.
    pub partner: Country,
    /// Its name, in English.
    pub name: &'static str,
    /// The rank of those who meet in it (foreign ministers, or officials).
    pub level: Level,
    /// When it was set up, where a source says.
    pub established: Option<HistDate>,
    /// What the sources say of it, in the crate's own words (how many
    /// meetings are known from their numbering, for example).
    pub note: &'static str,
    /// Where it is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// The details of a visit or meeting, attached to its [`Event`](crate::Event).
///
/// ```
/// use cambodia_diplomacy::{Country, EventFilter, Level};
///
/// // Every top-level visit with Japan that has details names who travelled.
/// for visit in EventFilter::new().partner(Country::Japan).level(Level::HeadOfGovernment) {
///     if let Some(exchange) = visit.exchange {
///         assert!(!exchange.who.is_empty());
///     }
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Exchange {
    /// Who led the travelling side, as the sources name them
    /// ("Prime Minister Hun Sen").
    pub who: &'static str,
    /// The sort of visit or meeting.
    pub visit_kind: VisitKind,
    /// The consultation mechanism the meeting belongs to, if any.
    #[cfg_attr(feature = "serde", serde(serialize_with = "mechanism_id"))]
    pub mechanism: Option<&'static Mechanism>,
    /// The agreements signed during it, where sources list them. Their
    /// `signed` date is the day of the visit, or, for a visit of several
    /// days whose sources do not say on which day, the month or year that
    /// holds the whole visit.
    pub agreements: &'static [Agreement],
    /// Every document the sources list for it, as they word it: the
    /// agreements above, joint statements and declarations, and documents
    /// only announced (said so in their wording).
    pub documents: &'static [&'static str],
    /// What the sources say, and what is uncertain, in the crate's own words.
    pub note: &'static str,
    /// Where these details are documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

#[cfg(feature = "serde")]
fn mechanism_id<S: serde::Serializer>(
    mechanism: &Option<&'static Mechanism>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match mechanism {
        Some(m) => serializer.serialize_some(m.id),
        None => serializer.serialize_none(),
    }
}

/// Every consultation mechanism, by partner.
///
/// ```
/// assert!(cambodia_diplomacy::mechanisms().all(|m| !m.name.is_empty()));
/// ```
pub fn mechanisms() -> impl ExactSizeIterator<Item = &'static Mechanism> + Clone {
    crate::data::MECHANISMS.iter().copied()
}

/// The consultation mechanisms with one country.
pub fn mechanisms_of(country: Country) -> impl Iterator<Item = &'static Mechanism> + Clone {
    mechanisms().filter(move |m| m.partner == country)
}

/// An agreement with a country, and the visit or meeting where it was
/// signed, if it was signed at one.
///
/// ```
/// use cambodia_diplomacy::{Country, agreements_with};
///
/// // The relation's own agreements, then those signed during exchanges.
/// let china: Vec<_> = agreements_with(Country::China).collect();
/// assert!(china.iter().any(|a| a.signed_at.is_none()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SignedAgreement {
    /// The agreement.
    pub agreement: &'static Agreement,
    /// The exchange it was signed during, if any.
    pub signed_at: Option<&'static crate::Event>,
}

/// Every agreement with a country the data holds: those of its relation
/// record ([`Relation::agreements`](crate::Relation::agreements)), then
/// those signed during its exchanges, in the timeline's order.
pub fn agreements_with(country: Country) -> impl Iterator<Item = SignedAgreement> + Clone {
    let own = country
        .relation()
        .agreements
        .iter()
        .map(|agreement| SignedAgreement {
            agreement,
            signed_at: None,
        });
    let at_exchanges = crate::events_of(country).flat_map(|event| {
        event
            .exchange
            .map_or(&[][..], |x| x.agreements)
            .iter()
            .map(move |agreement| SignedAgreement {
                agreement,
                signed_at: Some(event),
            })
    });
    own.chain(at_exchanges)
}
