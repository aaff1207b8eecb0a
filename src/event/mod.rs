//! Events: a cited timeline of Cambodia's foreign relations, and the queries
//! over it.

pub(crate) mod exchange;
pub(crate) mod kind;
pub(crate) mod model;
mod query;

pub use exchange::{
    Exchange, Mechanism, SignedAgreement, VisitKind, agreements_with, mechanisms, mechanisms_of,
};
pub use kind::{
    Deployment, Direction, EventKind, EventType, Level, SummitRole, UnVote, Vote, VoteTotals,
};
pub use model::{Event, EventDate};
pub use query::{
    EventFilter, FilteredEvents, event, events, events_between, events_in_year, events_of,
    first_event_of, last_event_of,
};
pub(crate) use query::{build_partner_index, build_timeline, warm_up_indexes};
