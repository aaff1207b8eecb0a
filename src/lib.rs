#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod answer;
mod data;
mod date;
mod error;
mod event;
#[cfg(feature = "serde")]
mod export;
mod id;
mod membership;
mod partner;
mod period;
mod principle;
mod relation;
mod source;
mod state;

pub use answer::Answer;
pub use date::{Certainty, DateRelation, HistDate, MAX_YEAR, MIN_YEAR, Precision};
pub use error::{
    EdtfFeature, NotADayError, ParseDateError, ParseDateErrorKind, ParseIdError, ParsePartnerError,
};
pub use event::{
    Deployment, Direction, Event, EventDate, EventFilter, EventKind, EventType, Level, SummitRole,
    UnVote, Vote, VoteTotals, events, events_between, events_in_year, events_of, first_event_of,
    last_event_of,
};
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use export::Dataset;
pub use membership::{
    CountryMember, Membership, MembershipPeriod, MembershipStatus, Role, memberships,
    memberships_on, shared_memberships_on,
};
pub use partner::{Country, CountryProfile, Figure, Organization, OrganizationProfile, Partner};
pub use period::{Claims, DateClaim, Evidence, Period, PeriodEnd};
pub use principle::{
    Goal, LegalBasis, PolicyTask, PolicyTaskProfile, Principle, PrincipleProfile, RelationType,
};
pub use relation::{
    Agreement, AgreementKind, Framework, Mission, MissionDirection, MissionKind, Relation,
    RelationPeriod, RelationStatus, active_relations_on, relations,
};
pub use source::{Source, Sources};
pub use state::{
    CambodianState, UnSeatHolder, cambodian_state_on, cambodian_states, un_seat_holder_on,
    un_seat_holders,
};

/// The date the dataset was last reviewed against its sources.
///
/// Periods marked "ongoing" were ongoing as of this date. Like chrono-tz's
/// `IANA_TZDB_VERSION`, it tells users how current the data is.
pub const DATA_REVIEWED: HistDate = HistDate::day(2026, 11, 25);

/// Every source cited by the dataset.
///
/// ```
/// assert!(cambodia_diplomacy::sources().any(|s| s.publisher == "Wikipedia"));
/// ```
pub fn sources() -> impl Iterator<Item = &'static Source> + Clone {
    data::SOURCE_TABLES.iter().flat_map(|t| t.iter().copied())
}

/// The source with this id, if any.
///
/// ```
/// assert!(cambodia_diplomacy::source("iric_current_research").is_some());
/// assert!(cambodia_diplomacy::source("nope").is_none());
/// ```
#[must_use]
pub fn source(id: &str) -> Option<&'static Source> {
    sources().find(|s| s.id == id)
}

/// Hooks for the crate's own benches; not part of the API.
#[doc(hidden)]
pub mod __bench {
    /// Builds the timeline, the partner index and the name index from
    /// scratch, without caching them, and returns their sizes.
    #[must_use]
    pub fn build_indexes_uncached() -> (usize, usize, usize) {
        let timeline = crate::event::build_timeline();
        let by_partner = crate::event::build_partner_index(timeline.events());
        let names = crate::partner::build_name_index();
        (timeline.len(), by_partner.len(), names.len())
    }
}

/// Builds every lazily built index now: the event timeline, the per-partner
/// event index and the name index. Queries build them on first use anyway;
/// call this at start-up to keep that cost off a hot path.
///
/// ```
/// use cambodia_diplomacy::{Country, events_of, warm_up};
///
/// warm_up();
/// // Queries after it answer from the indexes already built.
/// assert!(events_of(Country::Russia).next().is_some());
/// ```
pub fn warm_up() {
    event::warm_up_indexes();
    once_cell::sync::Lazy::force(&partner::NAME_INDEX_HANDLE);
}
