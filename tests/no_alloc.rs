//! Proves that lookups and query iterators allocate nothing, with a counting
//! global allocator. The lazy indexes are built first (`warm_up`): building
//! them allocates once, by design.

// A global allocator cannot be written without `unsafe`; the library itself
// forbids it (`#![forbid(unsafe_code)]` in src/lib.rs).
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use cambodia_diplomacy::*;
use chrono::NaiveDate;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwards to the system allocator with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the pointer came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns how many allocations it made on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid day")
}

#[test]
fn lookups_and_queries_allocate_nothing() {
    warm_up();
    type Check = (&'static str, Box<dyn Fn()>);
    let checks: Vec<Check> = vec![
        (
            "Country::profile",
            Box::new(|| {
                black_box(Country::Vietnam.profile());
            }),
        ),
        (
            "Organization::profile",
            Box::new(|| {
                black_box(Organization::Asean.profile());
            }),
        ),
        (
            "Country::relation",
            Box::new(|| {
                black_box(Country::Russia.relation());
            }),
        ),
        (
            "Organization::membership",
            Box::new(|| {
                black_box(Organization::UnitedNations.membership());
            }),
        ),
        (
            "parse alpha-2",
            Box::new(|| {
                black_box("RU".parse::<Country>().ok());
            }),
        ),
        (
            "parse French name",
            Box::new(|| {
                black_box("  États-Unis ".parse::<Partner>().ok());
            }),
        ),
        (
            "parse alias",
            Box::new(|| {
                black_box("Republic of Korea".parse::<Country>().ok());
            }),
        ),
        (
            "parse acronym",
            Box::new(|| {
                black_box("AIIB".parse::<Organization>().ok());
            }),
        ),
        (
            "parse date",
            Box::new(|| {
                black_box("1956-05-13".parse::<HistDate>().ok());
            }),
        ),
        (
            "parse principle",
            Box::new(|| {
                black_box("non_alignment".parse::<Principle>().ok());
            }),
        ),
        (
            "relation on a date",
            Box::new(|| {
                black_box(Country::Russia.relation().is_active_on(day(1985, 1, 1)));
            }),
        ),
        (
            "membership on a date",
            Box::new(|| {
                black_box(
                    Organization::Asean
                        .membership()
                        .is_member_on(day(1999, 5, 1)),
                );
            }),
        ),
        (
            "active relations on a date",
            Box::new(|| {
                black_box(active_relations_on(day(1985, 1, 1)).count());
            }),
        ),
        (
            "memberships on a date",
            Box::new(|| {
                black_box(memberships_on(day(2000, 1, 1)).count());
            }),
        ),
        (
            "shared memberships",
            Box::new(|| {
                black_box(shared_memberships_on(Country::Laos, day(2010, 1, 1)).count());
            }),
        ),
        (
            "state on a date",
            Box::new(|| {
                black_box(cambodian_state_on(day(1977, 1, 1)));
                black_box(un_seat_holder_on(day(1985, 1, 1)));
            }),
        ),
        (
            "all events",
            Box::new(|| {
                black_box(events().count());
            }),
        ),
        (
            "events between",
            Box::new(|| {
                black_box(events_between(day(2022, 1, 1), day(2022, 12, 31)).count());
            }),
        ),
        (
            "events in a year",
            Box::new(|| {
                black_box(events_in_year(2022).count());
            }),
        ),
        (
            "events of a partner",
            Box::new(|| {
                black_box(events_of(Country::China).count());
                black_box(first_event_of(Organization::Asean));
                black_box(last_event_of(Country::Russia));
            }),
        ),
        (
            "event filter",
            Box::new(|| {
                let partners = [
                    Partner::Country(Country::Thailand),
                    Partner::Country(Country::Vietnam),
                ];
                let kinds = [EventType::Visit, EventType::Summit];
                let filter = EventFilter::new()
                    .any_partner(&partners)
                    .any_kind(&kinds)
                    .between(day(1990, 1, 1), day(2025, 12, 31))
                    .title_contains("visit");
                black_box(filter.iter().count());
                black_box(
                    EventFilter::new()
                        .partner(Organization::Asean)
                        .kind(EventType::Summit)
                        .iter()
                        .count(),
                );
                black_box(
                    EventFilter::new()
                        .principle(Principle::TerritorialIntegrity)
                        .iter()
                        .count(),
                );
            }),
        ),
        (
            "sources",
            Box::new(|| {
                black_box(sources().count());
                black_box(source("iric_current_research"));
            }),
        ),
        (
            "official exchanges and coverage",
            Box::new(|| {
                black_box(coverage_of(Country::Japan).count());
                black_box(mechanisms_of(Country::Vietnam).count());
                black_box(agreements_with(Country::China).count());
                let visits = EventFilter::new()
                    .partner(Country::Germany)
                    .level(Level::HeadOfState)
                    .years(1993, 2022);
                black_box(visits.completeness());
            }),
        ),
        (
            "figures",
            Box::new(|| {
                black_box(series(Country::Vietnam, Indicator::TradeTotal).count());
                black_box(latest(Country::Japan, Indicator::TradeTotal));
                black_box(observations_of(Organization::InternationalMonetaryFund).count());
            }),
        ),
        (
            "office holders and areas",
            Box::new(|| {
                let on = day(2015, 6, 1);
                black_box(office_holder_on(
                    Country::Japan,
                    Office::HeadOfGovernment,
                    on,
                ));
                black_box(office_holders_of(Organization::UnitedNations).count());
                black_box(Country::Japan.area());
                black_box(Country::Pakistan.areas().count());
            }),
        ),
        (
            "Khmer names and parsing",
            Box::new(|| {
                black_box(Country::Myanmar.name_in(Lang::Km));
                black_box(Organization::Asean.khmer());
                black_box("ប្រទេសកូរ៉េ\u{200b}ខាង\u{200b}ជើង".parse::<Country>().ok());
                black_box(find_partners("ជាមួយប្រទេសថៃ និងវៀតណាម").count());
            }),
        ),
    ];
    for (name, check) in &checks {
        check(); // a first run, in case anything lazy remains
        let n = allocations(check);
        assert_eq!(n, 0, "{name} allocated {n} times");
    }
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the test above: a counter that never counts would pass it.
    let n = allocations(|| {
        black_box(vec![1u8; 16]);
    });
    assert!(n >= 1);
}
