#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod answer;
mod coverage;
mod data;
mod date;
mod error;
mod event;
#[cfg(feature = "serde")]
mod export;
mod figures;
mod id;
mod instrument;
mod khmer;
mod lang;
mod membership;
mod office;
mod partner;
mod period;
mod principle;
mod relation;
mod reported_count;
mod source;
mod state;

pub use answer::{Answer, Asks, Question};
/// The chrono crate this one uses, for its traits (`Datelike`) and types,
/// without a chrono dependency of your own.
pub use chrono;
/// The calendar day type the queries take, re-exported from chrono so that
/// users need not depend on chrono themselves.
pub use chrono::NaiveDate;
pub use coverage::{Completeness, Coverage, Scope, coverage, coverage_of};
pub use date::{Certainty, DateRelation, HistDate, MAX_YEAR, MIN_YEAR, Precision};
pub use error::{
    ECHO_LIMIT, EdtfFeature, NotADayError, ParseDateError, ParseDateErrorKind, ParseIdError,
    ParsePartnerError, ParsePartnerErrorKind,
};
pub use event::{
    Deployment, Direction, Event, EventDate, EventFilter, EventKind, EventType, Exchange,
    FilteredEvents, Level, Mechanism, SignedAgreement, SummitRole, UnVote, VisitKind, Vote,
    VoteTotals, agreements_with, event, events, events_between, events_in_year, events_of,
    first_event_of, last_event_of, mechanisms, mechanisms_of,
};
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use export::Dataset;
pub use figures::{
    Amount, Indicator, Observation, Qualifier, Ranked, Ranking, Reporter, Scale, Series, Unit,
    latest, observations, observations_of, ranking, series,
};
pub use instrument::{
    DateKind, Instrument, InstrumentDate, InstrumentKind, instrument, instruments,
};
pub use khmer::KhmerName;
pub use lang::Lang;
pub use membership::{
    CountryMember, Membership, MembershipPeriod, MembershipStatus, Role, SharedMembership,
    memberships, memberships_on, shared_memberships_on,
};
pub use office::{
    Office, OfficeHolder, OfficeRecord, office_holder_on, office_holders, office_holders_of,
    office_records,
};
pub use partner::{
    Area, AreaExtent, Country, CountryProfile, Figure, IntermediateRegion, Mention, Mentions,
    Organization, OrganizationProfile, Partner, PartnerKind, Region, Standing, SubRegion, areas,
    find_partners,
};
pub use period::{Claims, DateClaim, Evidence, Period, PeriodEnd};
pub use principle::{
    Goal, LegalBasis, PolicyTask, PolicyTaskProfile, Principle, PrincipleProfile, RelationType,
};
pub use relation::{
    Agreement, AgreementKind, Framework, Mission, MissionDirection, MissionKind, Relation,
    RelationCount, RelationPeriod, RelationStatus, active_relations_on, relations,
    relations_by_establishment, relations_count_on,
};
pub use reported_count::{ReportedCount, reported_relation_counts};
pub use source::{Source, SourceKind, Sources};
pub use state::{
    CambodianState, UnSeatHolder, cambodian_state_on, cambodian_states, un_seat_holder_on,
    un_seat_holders,
};

/// The crate's version, as Cargo.toml states it.
///
/// ```
/// assert!(cambodia_diplomacy::VERSION.starts_with("0."));
/// ```
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

const REVIEWED: (i32, u8, u8) = (2026, 11, 25);

/// The date the dataset was last reviewed against its sources.
///
/// Periods marked "ongoing" were ongoing as of this date. Like chrono-tz's
/// `IANA_TZDB_VERSION`, it tells users how current the data is.
///
/// **The one rule for later days:** every "as of" query asked about a day
/// after this date answers that the data cannot tell: relations and
/// memberships answer [`Answer::CannotTell`] (keeping as evidence the period
/// in force on the review date), and [`cambodian_state_on`] and
/// [`un_seat_holder_on`] answer `None`. To ask "as of the review date", pass
/// [`DATA_REVIEWED_DAY`].
///
/// ```
/// use cambodia_diplomacy::{Answer, Country, DATA_REVIEWED_DAY, NaiveDate};
///
/// let russia = Country::Russia.relation();
/// assert_eq!(russia.is_active_on(DATA_REVIEWED_DAY).answer, Answer::Yes);
/// let later = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
/// assert_eq!(russia.is_active_on(later).answer, Answer::CannotTell);
/// ```
pub const DATA_REVIEWED: HistDate = HistDate::day(REVIEWED.0, REVIEWED.1, REVIEWED.2);

/// [`DATA_REVIEWED`] as a calendar day, to ask any query "as of the review
/// date" without date arithmetic.
pub const DATA_REVIEWED_DAY: NaiveDate =
    match NaiveDate::from_ymd_opt(REVIEWED.0, REVIEWED.1 as u32, REVIEWED.2 as u32) {
        Some(day) => day,
        None => panic!("the review date is a valid day"),
    };

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
    /// Builds the timeline and the partner index from scratch, without
    /// caching them, and returns their sizes. (The name index is a static
    /// table: nothing to build.)
    #[must_use]
    pub fn build_indexes_uncached() -> (usize, usize) {
        let timeline = crate::event::build_timeline();
        let by_partner = crate::event::build_partner_index(timeline.events());
        (timeline.len(), by_partner.len())
    }

    /// Builds the index of names for the text finder, uncached, and returns
    /// how many names it holds.
    #[must_use]
    pub fn build_mention_index_uncached() -> usize {
        crate::partner::build_mention_index_len()
    }
}

/// Builds every lazily built index now: the event timeline, the per-partner
/// event index and the text finder's index (the name index of `FromStr` is a
/// static table). Queries build them on first use anyway;
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
    partner::warm_up_mentions();
}
