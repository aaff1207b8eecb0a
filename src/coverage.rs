//! Coverage as data: for each partner and kind of exchange, which span of
//! years the timeline claims to hold completely, on what sources, and which
//! span is only a selection.

use crate::data::COVERAGE;
use crate::{Direction, Event, EventFilter, Level, Partner, Sources};

/// No statement reaches outside these years; a filter that does is not
/// complete there.
const FIRST_STATED_YEAR: i32 = 1900;
const LAST_STATED_YEAR: i32 = 2100;

/// A kind of exchange whose coverage is stated.
///
/// ```
/// use cambodia_diplomacy::{Level, Scope};
///
/// assert_eq!(Scope::of_level(Level::HeadOfState), Some(Scope::TopLevelVisits));
/// assert_eq!(Scope::of_level(Level::Minister), None);
/// assert_eq!(Scope::TopLevelVisits.to_string(), "visits at head-of-state or head-of-government level");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Scope {
    /// Visits by a head of state or of government, either way.
    TopLevelVisits,
    /// Foreign ministers' visits and the meetings of consultation mechanisms.
    ForeignMinisterExchanges,
}

impl Scope {
    /// The scope a visit at this level belongs to, if its coverage is stated.
    #[must_use]
    pub const fn of_level(level: Level) -> Option<Self> {
        match level {
            Level::HeadOfState | Level::HeadOfGovernment => Some(Self::TopLevelVisits),
            Level::ForeignMinister => Some(Self::ForeignMinisterExchanges),
            _ => None,
        }
    }

    /// Whether an event belongs to this scope.
    ///
    /// ```
    /// use cambodia_diplomacy::{Scope, event};
    ///
    /// let xi = event("china_2025_xi_jinping_state_visit").unwrap();
    /// assert!(Scope::TopLevelVisits.includes(xi));
    /// assert!(!Scope::ForeignMinisterExchanges.includes(xi));
    /// ```
    #[must_use]
    pub fn includes(self, event: &Event) -> bool {
        event
            .kind
            .visit()
            .is_some_and(|(_, level)| Self::of_level(level) == Some(self))
    }
}

/// What the timeline claims about one partner, one scope and one direction
/// over a span of years.
///
/// A record with `complete` set says that every such exchange in the span is
/// in the timeline, on the sources named; without it, the events found are a
/// selection and any count over them is a lower bound.
///
/// ```
/// use cambodia_diplomacy::{Country, Scope, coverage_of};
///
/// let japan: Vec<_> = coverage_of(Country::Japan)
///     .filter(|c| c.scope == Scope::TopLevelVisits)
///     .collect();
/// assert_eq!(japan.len(), 2); // inbound and outbound
/// assert!(japan.iter().all(|c| c.from_year == 1993 && !c.basis.is_empty()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Coverage {
    /// The partner.
    pub partner: Partner,
    /// The kind of exchange.
    pub scope: Scope,
    /// Which way: inbound (to Cambodia) or outbound.
    pub direction: Direction,
    /// The first year of the span.
    pub from_year: i32,
    /// The last year of the span.
    pub to_year: i32,
    /// Whether the span is claimed complete.
    pub complete: bool,
    /// What the claim rests on, and what is known to be missing, in the
    /// crate's own words.
    pub basis: &'static str,
    /// The sources of the claim (a list of visits, or the statements that
    /// close the span, such as "the first visit since ...").
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Coverage {
    /// Whether the record speaks of an event: the same partner, scope and
    /// direction, in its span of years.
    #[must_use]
    pub fn covers(&self, event: &Event) -> bool {
        let year = event.date.start.year_number();
        event.involves(self.partner)
            && self.scope.includes(event)
            && event.kind.visit().is_some_and(|(d, _)| d == self.direction)
            && (self.from_year..=self.to_year).contains(&year)
    }
}

impl core::fmt::Display for Coverage {
    /// "visits at head-of-state or head-of-government level to Cambodia,
    /// 1993-2026: complete" or "...: a selection".
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let way = match self.direction {
            Direction::Inbound => "to Cambodia",
            Direction::Outbound => "from Cambodia",
        };
        let claim = if self.complete {
            "complete"
        } else {
            "a selection"
        };
        write!(
            f,
            "{} {way}, {}-{}: {claim}",
            self.scope, self.from_year, self.to_year
        )
    }
}

/// Every coverage statement, by partner.
///
/// ```
/// use cambodia_diplomacy::{Country, Scope, coverage};
///
/// // Every programme country has a statement on its top-level visits.
/// for country in Country::iter_programme() {
///     assert!(coverage().any(|c| c.partner == country.into() && c.scope == Scope::TopLevelVisits));
/// }
/// ```
pub fn coverage() -> impl ExactSizeIterator<Item = &'static Coverage> + Clone {
    COVERAGE.iter()
}

/// The coverage statements about one partner.
pub fn coverage_of(partner: impl Into<Partner>) -> impl Iterator<Item = &'static Coverage> + Clone {
    let partner = partner.into();
    COVERAGE.iter().filter(move |c| c.partner == partner)
}

/// Whether the events a filter returns are the whole record.
///
/// ```
/// use cambodia_diplomacy::{Completeness, Country, EventFilter, EventType};
///
/// // Nothing is claimed about every aid event with every partner.
/// let aid = EventFilter::new().kind(EventType::Aid);
/// assert_eq!(aid.completeness(), Completeness::NotClaimed);
/// assert!(!aid.completeness().is_complete());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Completeness {
    /// Every event the filter asks for is in the timeline: coverage
    /// statements claim the whole of what it asks complete.
    Complete,
    /// Coverage statements exist for what the filter asks, but some part
    /// of it is only a selection: a count is a lower bound.
    Partial,
    /// Nothing is claimed about what the filter asks (no partner, a kind of
    /// event whose coverage is not stated): the results are a selection.
    NotClaimed,
}

impl Completeness {
    /// Whether the results are the whole record.
    #[must_use]
    pub const fn is_complete(self) -> bool {
        matches!(self, Self::Complete)
    }
}

impl core::fmt::Display for Completeness {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Self::Complete => "complete",
            Self::Partial => "partly a selection (a count is a lower bound)",
            Self::NotClaimed => "a selection (a count is a lower bound)",
        })
    }
}

impl EventFilter<'_> {
    /// Whether the events this filter returns are the whole record, by the
    /// crate's coverage statements ([`coverage`]).
    ///
    /// A filter can be complete only if it asks for visits (no kind, or
    /// `kind(EventType::Visit)`) of one partner at one level whose scope is
    /// stated ([`Scope`]), over a span of years (`years` or `between`): then
    /// every direction it asks for must be claimed complete over every year
    /// of the span. Any other
    /// criterion (a principle, a title) keeps the answer, since it only
    /// narrows a complete set.
    ///
    /// ```
    /// use cambodia_diplomacy::{Completeness, Country, EventFilter, EventType, Level};
    ///
    /// let visits = EventFilter::new()
    ///     .partner(Country::Japan)
    ///     .kind(EventType::Visit)
    ///     .level(Level::HeadOfGovernment)
    ///     .years(1993, 2025);
    /// assert_ne!(visits.completeness(), Completeness::NotClaimed);
    /// // Before 1993 nothing is claimed.
    /// let early = visits.years(1960, 1970);
    /// assert_eq!(early.completeness(), Completeness::NotClaimed);
    /// ```
    #[must_use]
    pub fn completeness(&self) -> Completeness {
        let (Some(partner), Some(scope), Some((from, to))) = (
            self.single_partner(),
            self.level_asked().and_then(Scope::of_level),
            self.year_span(),
        ) else {
            return Completeness::NotClaimed;
        };
        if !self.asks_only_visits() {
            return Completeness::NotClaimed;
        }
        // Years outside the data's range have no statement: not complete.
        let mut complete = from >= FIRST_STATED_YEAR && to <= LAST_STATED_YEAR;
        let (from, to) = (from.max(FIRST_STATED_YEAR), to.min(LAST_STATED_YEAR));
        let directions: &[Direction] = match self.direction_asked() {
            Some(Direction::Inbound) => &[Direction::Inbound],
            Some(Direction::Outbound) => &[Direction::Outbound],
            None => &[Direction::Inbound, Direction::Outbound],
        };
        let mut stated = false;
        for &direction in directions {
            for year in from..=to {
                let record = coverage_of(partner).find(|c| {
                    c.scope == scope
                        && c.direction == direction
                        && (c.from_year..=c.to_year).contains(&year)
                });
                match record {
                    Some(c) => {
                        stated = true;
                        complete &= c.complete;
                    }
                    None => complete = false,
                }
            }
        }
        match (stated, complete) {
            (false, _) => Completeness::NotClaimed,
            (true, true) => Completeness::Complete,
            (true, false) => Completeness::Partial,
        }
    }
}
