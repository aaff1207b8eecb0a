//! The timeline index and the composable event filter.

use chrono::NaiveDate;
use once_cell::sync::Lazy;

use super::{Direction, Event, EventType, Level};
use crate::date::day_key;
use crate::{Partner, PolicyTask, Principle, data};

/// Every event, sorted by date (start, then end, then id), with the keys
/// that range queries search on.
pub(crate) struct Timeline {
    /// The events in order.
    events: Vec<&'static Event>,
    /// Positions in `events`, sorted by event id.
    by_id: Vec<u16>,
    /// The first day each event may cover, packed (`date::day_key` order).
    first: Vec<i64>,
    /// The last day each event may cover, packed.
    last: Vec<i64>,
    /// The latest last day among this event and all before it: sorted, so a
    /// binary search finds the first event that can reach a given day.
    reach: Vec<i64>,
}

impl Timeline {
    /// How many events it holds.
    pub(crate) fn len(&self) -> usize {
        self.events.len()
    }

    /// The events in order.
    pub(crate) fn events(&self) -> &[&'static Event] {
        &self.events
    }
}

static TIMELINE: Lazy<Timeline> = Lazy::new(build_timeline);

pub(crate) fn build_timeline() -> Timeline {
    // Sort on packed keys in the order of (date, id): start, then end (none
    // first), then id, which only ties need.
    let mut keyed: Vec<(u64, u64, &'static Event)> = data::EVENT_TABLES
        .iter()
        .flat_map(|t| t.iter())
        .map(|e| {
            let end = e.date.end.map_or(0, |d| d.order_key() + 1);
            (e.date.start.order_key(), end, e)
        })
        .collect();
    keyed.sort_by(|a, b| (a.0, a.1, a.2.id).cmp(&(b.0, b.1, b.2.id)));
    let events: Vec<&'static Event> = keyed.into_iter().map(|(_, _, e)| e).collect();
    let first: Vec<i64> = events.iter().map(|e| e.date.start.first_key()).collect();
    let last: Vec<i64> = events.iter().map(|e| e.date.last().last_key()).collect();
    let reach = last
        .iter()
        .scan(i64::MIN, |max, &l| {
            *max = (*max).max(l);
            Some(*max)
        })
        .collect();
    // Ids sorted on their first 16 bytes as a number, the rest only on ties.
    let prefix = |id: &str| {
        let mut bytes = [0u8; 16];
        let n = id.len().min(16);
        bytes[..n].copy_from_slice(&id.as_bytes()[..n]);
        u128::from_be_bytes(bytes)
    };
    let mut keyed_ids: Vec<(u128, u16)> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (prefix(e.id), i as u16))
        .collect();
    keyed_ids.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| events[usize::from(a.1)].id.cmp(events[usize::from(b.1)].id))
    });
    let by_id: Vec<u16> = keyed_ids.into_iter().map(|(_, i)| i).collect();
    Timeline {
        events,
        by_id,
        first,
        last,
        reach,
    }
}

/// For each partner (countries then organizations), the positions in the
/// timeline of its events, in order: one flat list, with where each
/// partner's run starts (two allocations, whatever the number of partners).
pub(crate) struct PartnerIndex {
    /// `starts[slot]..starts[slot + 1]` is the partner's run in `positions`.
    starts: Vec<u16>,
    positions: Vec<u16>,
}

impl PartnerIndex {
    /// The positions of one partner's events.
    fn of(&self, slot: usize) -> &[u16] {
        let (from, to) = (self.starts[slot], self.starts[slot + 1]);
        &self.positions[usize::from(from)..usize::from(to)]
    }

    /// How many partner slots it covers.
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }
}

static BY_PARTNER: Lazy<PartnerIndex> = Lazy::new(|| build_partner_index(&TIMELINE.events));

pub(crate) fn build_partner_index(timeline: &[&'static Event]) -> PartnerIndex {
    let slots = Partner::iter().len();
    // Count each partner's events, turn the counts into run starts, then
    // fill the runs in timeline order. The timeline holds far fewer than
    // 65 536 event mentions (a test checks).
    let mut starts = vec![0u16; slots + 1];
    for event in timeline {
        for partner in event.partners {
            starts[partner_slot(*partner) + 1] += 1;
        }
    }
    for slot in 0..slots {
        starts[slot + 1] += starts[slot];
    }
    let mut fill = starts.clone();
    let mut positions = vec![0u16; usize::from(starts[slots])];
    for (position, event) in timeline.iter().enumerate() {
        for partner in event.partners {
            let next = &mut fill[partner_slot(*partner)];
            positions[usize::from(*next)] = position as u16;
            *next += 1;
        }
    }
    PartnerIndex { starts, positions }
}

fn partner_slot(partner: Partner) -> usize {
    match partner {
        Partner::Country(c) => c as usize,
        Partner::Organization(o) => <crate::Country as strum::EnumCount>::COUNT + o as usize,
    }
}

/// Builds every lazy index now (the timeline and the partner index), so that
/// the first query on a hot path does not pay for it.
pub(crate) fn warm_up_indexes() {
    Lazy::force(&BY_PARTNER);
}

/// The event with this id, if any (a binary search over the ids).
///
/// ```
/// let first = cambodia_diplomacy::events().next().unwrap();
/// assert_eq!(cambodia_diplomacy::event(first.id), Some(first));
/// assert_eq!(cambodia_diplomacy::event("no_such_event"), None);
/// ```
#[must_use]
pub fn event(id: &str) -> Option<&'static Event> {
    let t: &'static Timeline = &TIMELINE;
    t.by_id
        .binary_search_by(|&i| t.events[usize::from(i)].id.cmp(id))
        .ok()
        .map(|found| t.events[usize::from(t.by_id[found])])
}

/// Every event in chronological order.
///
/// ```
/// let mut previous = None;
/// for event in cambodia_diplomacy::events() {
///     if let Some(p) = previous { assert!(p <= event.date); }
///     previous = Some(event.date);
/// }
/// ```
pub fn events() -> impl DoubleEndedIterator<Item = &'static Event> + ExactSizeIterator + Clone {
    TIMELINE.events.iter().copied()
}

/// The events of one partner, in chronological order (from an index built once).
///
/// ```
/// use cambodia_diplomacy::{events_of, Country};
/// let first = events_of(Country::Russia).next().unwrap();
/// assert_eq!(first.date.start.year_number(), 1956);
/// ```
pub fn events_of(
    partner: impl Into<Partner>,
) -> impl DoubleEndedIterator<Item = &'static Event> + ExactSizeIterator + Clone {
    let timeline: &'static [&'static Event] = &TIMELINE.events;
    BY_PARTNER
        .of(partner_slot(partner.into()))
        .iter()
        .map(move |&i| timeline[usize::from(i)])
}

/// The first event involving a partner.
///
/// ```
/// use cambodia_diplomacy::{Country, EventType, HistDate, first_event_of};
///
/// let first = first_event_of(Country::Russia).unwrap();
/// assert_eq!(first.date.start, HistDate::day(1956, 5, 13));
/// assert_eq!(first.kind.event_type(), EventType::RelationsEstablished);
/// ```
pub fn first_event_of(partner: impl Into<Partner>) -> Option<&'static Event> {
    events_of(partner).next()
}

/// The last event involving a partner.
///
/// ```
/// use cambodia_diplomacy::{Country, events_of, last_event_of};
///
/// let last = last_event_of(Country::Russia).unwrap();
/// assert!(events_of(Country::Russia).all(|e| e.date <= last.date));
/// ```
pub fn last_event_of(partner: impl Into<Partner>) -> Option<&'static Event> {
    events_of(partner).next_back()
}

/// The events whose date may fall between two days, both included, found by
/// binary search on the sorted timeline. An event dated only to a month or a
/// year is included when its span overlaps the range.
///
/// ```
/// use cambodia_diplomacy::events_between;
/// use chrono::NaiveDate;
/// let from = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
/// let to = NaiveDate::from_ymd_opt(2022, 12, 31).unwrap();
/// assert!(events_between(from, to).all(|e| e.date.start.year_number() == 2022 || e.date.last().year_number() >= 2022));
/// ```
pub fn events_between(
    from: NaiveDate,
    to: NaiveDate,
) -> impl DoubleEndedIterator<Item = &'static Event> + Clone {
    let (from, to) = (day_key(from), day_key(to));
    let (begin, end) = candidates_between(from, to);
    let t: &'static Timeline = &TIMELINE;
    (begin..end)
        .filter(move |&i| t.last[i] >= from)
        .map(move |i| t.events[i])
}

/// The positions of the timeline that can hold events meeting `from..=to`
/// (packed days): from the first event whose reach gets to `from`, to the
/// last that starts by `to`. Two binary searches.
fn candidates_between(from: i64, to: i64) -> (usize, usize) {
    // Reversed bounds are an empty range: no event falls in it.
    if from > to {
        return (0, 0);
    }
    let t: &Timeline = &TIMELINE;
    let end = t.first.partition_point(|&first| first <= to);
    let begin = t.reach[..end].partition_point(|&reach| reach < from);
    (begin, end)
}

/// The events of one calendar year (those whose span meets the year).
///
/// ```
/// use cambodia_diplomacy::events_in_year;
/// assert!(events_in_year(2022).count() > 0);
/// ```
pub fn events_in_year(year: i32) -> impl DoubleEndedIterator<Item = &'static Event> + Clone {
    let (from, to) = year_bounds(year, year);
    events_between(from, to)
}

/// The first day of `from` and the last of `to`, clamped to chrono's range.
fn year_bounds(from: i32, to: i32) -> (NaiveDate, NaiveDate) {
    let clamp = |year: i32| {
        if year < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }
    };
    (
        NaiveDate::from_ymd_opt(from, 1, 1).unwrap_or(clamp(from)),
        NaiveDate::from_ymd_opt(to, 12, 31).unwrap_or(clamp(to)),
    )
}

/// A composable, allocation-free event filter.
///
/// Every criterion left unset matches everything. Partners and kinds are "any
/// of"; the criteria are combined with "and".
///
/// ```
/// use cambodia_diplomacy::{Country, EventFilter, EventType, Organization};
/// use chrono::NaiveDate;
///
/// let hosted_2022: Vec<_> = EventFilter::new()
///     .partner(Organization::Asean)
///     .kind(EventType::Summit)
///     .between(NaiveDate::from_ymd_opt(2022, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2022, 12, 31).unwrap())
///     .iter()
///     .collect();
/// assert!(!hosted_2022.is_empty());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct EventFilter<'a> {
    partners: &'a [Partner],
    single_partner: Option<Partner>,
    kinds: &'a [EventType],
    single_kind: Option<EventType>,
    range: Option<(NaiveDate, NaiveDate)>,
    principle: Option<Principle>,
    task: Option<PolicyTask>,
    title_contains: Option<&'a str>,
    level: Option<Level>,
    direction: Option<Direction>,
}

impl<'a> EventFilter<'a> {
    /// A filter that matches every event.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Events involving this partner.
    #[must_use]
    pub fn partner(mut self, partner: impl Into<Partner>) -> Self {
        self.single_partner = Some(partner.into());
        self
    }

    /// Events involving any of these partners.
    #[must_use]
    pub fn any_partner(mut self, partners: &'a [Partner]) -> Self {
        self.partners = partners;
        self
    }

    /// Events of this kind.
    #[must_use]
    pub fn kind(mut self, kind: EventType) -> Self {
        self.single_kind = Some(kind);
        self
    }

    /// Events of any of these kinds.
    #[must_use]
    pub fn any_kind(mut self, kinds: &'a [EventType]) -> Self {
        self.kinds = kinds;
        self
    }

    /// Events whose date may fall between two days, both included.
    #[must_use]
    pub fn between(mut self, from: NaiveDate, to: NaiveDate) -> Self {
        self.range = Some((from, to));
        self
    }

    /// Events that bear on a principle.
    #[must_use]
    pub fn principle(mut self, principle: Principle) -> Self {
        self.principle = Some(principle);
        self
    }

    /// Events that bear on a policy task.
    #[must_use]
    pub fn task(mut self, task: PolicyTask) -> Self {
        self.task = Some(task);
        self
    }

    /// Events whose title contains this text, ignoring ASCII case.
    #[must_use]
    pub fn title_contains(mut self, text: &'a str) -> Self {
        self.title_contains = Some(text);
        self
    }

    /// Only visits at this level (the rank of the most senior visitor).
    ///
    /// ```
    /// use cambodia_diplomacy::{Country, EventFilter, Level};
    /// let top = EventFilter::new().partner(Country::Japan).level(Level::HeadOfGovernment);
    /// assert!(top.into_iter().all(|e| e.kind.visit().map(|(_, l)| l) == Some(Level::HeadOfGovernment)));
    /// ```
    #[must_use]
    pub fn level(mut self, level: Level) -> Self {
        self.level = Some(level);
        self
    }

    /// Only visits in this direction (inbound: to Cambodia).
    ///
    /// ```
    /// use cambodia_diplomacy::{Direction, EventFilter};
    /// let inbound = EventFilter::new().direction(Direction::Inbound);
    /// assert!(inbound.into_iter().count() > 0);
    /// ```
    #[must_use]
    pub fn direction(mut self, direction: Direction) -> Self {
        self.direction = Some(direction);
        self
    }

    /// Only events that overlap the years `from` to `to`, both included
    /// (reversed years match nothing; years outside chrono's range are
    /// clamped to it).
    ///
    /// ```
    /// use cambodia_diplomacy::{Country, EventFilter};
    /// let nineties = EventFilter::new().partner(Country::China).years(1990, 1999);
    /// assert!(nineties.into_iter().all(|e| e.date.start.year_number() <= 1999));
    /// ```
    #[must_use]
    pub fn years(self, from: i32, to: i32) -> Self {
        let (first, last) = year_bounds(from, to);
        self.between(first, last)
    }

    /// The one partner asked for, if exactly one is.
    pub(crate) fn single_partner(&self) -> Option<Partner> {
        match (self.single_partner, self.partners) {
            (Some(p), []) => Some(p),
            (None, [p]) => Some(*p),
            (Some(p), ps) if ps.contains(&p) => Some(p),
            _ => None,
        }
    }

    /// The visit level asked for.
    pub(crate) const fn level_asked(&self) -> Option<Level> {
        self.level
    }

    /// The visit direction asked for.
    pub(crate) const fn direction_asked(&self) -> Option<Direction> {
        self.direction
    }

    /// The years of the date range asked for, both included.
    pub(crate) fn year_span(&self) -> Option<(i32, i32)> {
        use chrono::Datelike;
        self.range
            .filter(|(from, to)| from <= to)
            .map(|(from, to)| (from.year(), to.year()))
    }

    /// Whether the filter asks for visits only (a level or direction asks
    /// for visits by itself).
    pub(crate) fn asks_only_visits(&self) -> bool {
        let visit = EventType::Visit;
        let kinds_ok = self.kinds.iter().all(|&k| k == visit);
        let single_ok = self.single_kind.is_none_or(|k| k == visit);
        let empty_kinds_ok =
            !self.kinds.is_empty() || self.single_kind.is_some() || self.level.is_some();
        kinds_ok && single_ok && empty_kinds_ok
    }

    /// Whether an event passes every criterion.
    #[must_use]
    pub fn matches(&self, event: &Event) -> bool {
        let partner_ok = (self.partners.is_empty()
            || self.partners.iter().any(|p| event.partners.contains(p)))
            && self
                .single_partner
                .is_none_or(|p| event.partners.contains(&p));
        let kind = event.kind.event_type();
        let kind_ok = (self.kinds.is_empty() || self.kinds.contains(&kind))
            && self.single_kind.is_none_or(|k| k == kind);
        let range_ok = self.range.is_none_or(|(from, to)| {
            from <= to
                && event.date.start.first_key() <= day_key(to)
                && event.date.last().last_key() >= day_key(from)
        });
        let principle_ok = self.principle.is_none_or(|p| event.principles.contains(&p));
        let task_ok = self.task.is_none_or(|t| event.tasks.contains(&t));
        let title_ok = self
            .title_contains
            .is_none_or(|needle| contains_ignore_ascii_case(event.title, needle));
        let visit = event.kind.visit();
        let level_ok = self
            .level
            .is_none_or(|l| visit.is_some_and(|(_, level)| level == l));
        let direction_ok = self
            .direction
            .is_none_or(|d| visit.is_some_and(|(direction, _)| direction == d));
        partner_ok
            && kind_ok
            && range_ok
            && principle_ok
            && task_ok
            && title_ok
            && level_ok
            && direction_ok
    }

    /// The matching events, in chronological order. Uses the partner index
    /// when one partner is set, the binary-searched range when a date range
    /// is set, and the whole timeline otherwise. Allocates nothing.
    #[must_use]
    pub fn iter(self) -> FilteredEvents<'a> {
        let timeline: &'static [&'static Event] = &TIMELINE.events;
        let candidates = if let Some(p) = self.single_partner {
            Candidates::Positions(BY_PARTNER.of(partner_slot(p)).iter())
        } else if let Some((from, to)) = self.range {
            let (begin, end) = candidates_between(day_key(from), day_key(to));
            Candidates::Events(timeline[begin..end].iter())
        } else {
            Candidates::Events(timeline.iter())
        };
        FilteredEvents {
            candidates,
            filter: self,
        }
    }
}

impl<'a> IntoIterator for EventFilter<'a> {
    type Item = &'static Event;
    type IntoIter = FilteredEvents<'a>;

    /// The same as [`EventFilter::iter`], so a filter can stand in a `for` loop.
    fn into_iter(self) -> FilteredEvents<'a> {
        self.iter()
    }
}

/// The events an [`EventFilter`] matches, in chronological order.
///
/// ```
/// use cambodia_diplomacy::{Country, EventFilter};
/// for event in EventFilter::new().partner(Country::Laos) {
///     assert!(event.involves(Country::Laos));
/// }
/// ```
#[derive(Debug, Clone)]
pub struct FilteredEvents<'a> {
    candidates: Candidates,
    filter: EventFilter<'a>,
}

impl Iterator for FilteredEvents<'_> {
    type Item = &'static Event;

    fn next(&mut self) -> Option<&'static Event> {
        let filter = &self.filter;
        self.candidates.find(|e| filter.matches(e))
    }
}

/// Where a filter draws its candidates from.
#[derive(Debug, Clone)]
enum Candidates {
    /// Positions in the timeline (a partner's index).
    Positions(core::slice::Iter<'static, u16>),
    /// A slice of the timeline.
    Events(core::slice::Iter<'static, &'static Event>),
}

impl Iterator for Candidates {
    type Item = &'static Event;

    fn next(&mut self) -> Option<&'static Event> {
        match self {
            Self::Positions(positions) => {
                positions.next().map(|&i| TIMELINE.events[usize::from(i)])
            }
            Self::Events(events) => events.next().copied(),
        }
    }
}

fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    haystack
        .as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}
