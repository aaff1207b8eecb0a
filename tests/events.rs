//! The event timeline and its queries, on real data.

use cambodia_diplomacy::*;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid day")
}

fn is_asean_summit_2022(e: &Event) -> bool {
    e.involves(Organization::Asean)
        && e.kind.event_type() == EventType::Summit
        && e.date.start.year_number() == 2022
}

#[test]
fn asean_chairmanship_2022_is_found_by_year_partner_and_kind() {
    let by_year: Vec<&str> = events_in_year(2022)
        .filter(|e| is_asean_summit_2022(e))
        .map(|e| e.id)
        .collect();
    let by_partner: Vec<&str> = events_of(Organization::Asean)
        .filter(|e| is_asean_summit_2022(e))
        .map(|e| e.id)
        .collect();
    let by_kind: Vec<&str> = EventFilter::new()
        .kind(EventType::Summit)
        .iter()
        .filter(|e| is_asean_summit_2022(e))
        .map(|e| e.id)
        .collect();
    assert!(!by_year.is_empty(), "no 2022 ASEAN summit found by year");
    assert_eq!(by_year, by_partner);
    assert_eq!(by_year, by_kind);
    let hosted = by_year
        .iter()
        .filter_map(|id| events().find(|e| e.id == *id))
        .any(|e| {
            matches!(
                e.kind,
                EventKind::Summit {
                    role: SummitRole::Hosted
                }
            ) && e
                .sources
                .iter()
                .any(|s| s.id == "occasional_digest_2024_cambodia_peace")
        });
    assert!(
        hosted,
        "the 40th and 41st summits hosted in 2022 cite the seed article"
    );
}

#[test]
fn filter_combining_partner_kind_and_range_finds_the_2022_ukraine_votes() {
    let votes: Vec<&Event> = EventFilter::new()
        .partner(Organization::UnitedNations)
        .kind(EventType::UnVote)
        .between(day(2022, 1, 1), day(2022, 12, 31))
        .iter()
        .collect();
    let resolutions: Vec<&str> = votes
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::UnVote(v) => Some(v.resolution),
            _ => None,
        })
        .collect();
    assert!(resolutions.contains(&"A/RES/ES-11/1"), "{resolutions:?}");
    assert!(resolutions.contains(&"A/RES/ES-11/4"), "{resolutions:?}");
    for e in &votes {
        let EventKind::UnVote(v) = e.kind else {
            unreachable!()
        };
        assert_eq!(v.vote, Vote::Yes, "{}: Cambodia voted in favour", e.id);
        assert!(
            e.involves(Country::Ukraine) && e.involves(Country::Russia),
            "{}",
            e.id
        );
    }
}

#[test]
fn filter_agrees_with_a_plain_scan() {
    let partners = [
        Partner::Country(Country::Thailand),
        Partner::Country(Country::Vietnam),
        Partner::Organization(Organization::Asean),
    ];
    let kinds = [
        EventType::Visit,
        EventType::Summit,
        EventType::Dispute,
        EventType::AgreementSigned,
    ];
    let ranges = [
        (day(1953, 1, 1), day(2025, 12, 31)),
        (day(1990, 1, 1), day(1999, 12, 31)),
        (day(2022, 11, 11), day(2022, 11, 11)),
    ];
    for partner in partners {
        for kind in kinds {
            for (from, to) in ranges {
                let filter = EventFilter::new()
                    .partner(partner)
                    .kind(kind)
                    .between(from, to);
                let fast: Vec<&str> = filter.iter().map(|e| e.id).collect();
                let slow: Vec<&str> = events()
                    .filter(|e| e.involves(partner) && e.kind.event_type() == kind)
                    .filter(|e| e.date.start.first_day() <= to && e.date.last().last_day() >= from)
                    .map(|e| e.id)
                    .collect();
                assert_eq!(fast, slow, "{partner:?} {kind:?} {from}..={to}");
                let range_only: Vec<&str> = EventFilter::new()
                    .any_partner(&[partner])
                    .any_kind(&[kind])
                    .between(from, to)
                    .iter()
                    .map(|e| e.id)
                    .collect();
                assert_eq!(range_only, slow, "range path {partner:?} {kind:?}");
            }
        }
    }
}

#[test]
fn events_between_is_precision_aware() {
    // An event dated only to a month or a year is found by a range that
    // meets its span, and never by one that does not.
    for e in events() {
        let first = e.date.start.first_day();
        let last = e.date.last().last_day();
        assert!(
            events_between(first, first).any(|x| x.id == e.id),
            "{} not found on its first day",
            e.id
        );
        assert!(
            events_between(last, last).any(|x| x.id == e.id),
            "{} not found on its last day",
            e.id
        );
        if let Some(before) = first.pred_opt() {
            assert!(
                !events_between(before, before).any(|x| x.id == e.id),
                "{} found the day before it",
                e.id
            );
        }
    }
}

#[test]
fn first_last_and_year_queries() {
    let first = first_event_of(Country::Russia).expect("Russia has events");
    assert_eq!(first.id, "russia_1956_relations_established");
    let last = last_event_of(Country::Russia).expect("Russia has events");
    assert!(last.date >= first.date);
    assert!(events_in_year(1956).any(|e| e.id == "russia_1956_relations_established"));
    assert_eq!(events_in_year(1800).count(), 0);
}

#[test]
fn seed_events_are_present_with_typed_figures() {
    let ids: Vec<&str> = events().map(|e| e.id).collect();
    for id in [
        "russia_1956_relations_established",
        "russia_1973_personnel_withdrawn",
        "russia_1979_relations_restored",
    ] {
        assert!(ids.contains(&id), "missing seed event {id}");
    }
    let peacekeeping = events().find_map(|e| match e.kind {
        EventKind::Peacekeeping(d) if d.personnel == Some(9205) => Some(d),
        _ => None,
    });
    let d = peacekeeping.expect("the December 2023 peacekeeping totals");
    assert_eq!(
        (d.women, d.missions, d.countries),
        (Some(726), Some(12), Some(9))
    );
    assert!(
        events_of(Country::Ukraine)
            .any(|e| e.kind.event_type() == EventType::Talks && e.date.start.year_number() == 2024),
        "the 2024 call with the chairman of Ukraine's parliament"
    );
}

#[test]
fn principle_links_are_queryable() {
    let linked = EventFilter::new()
        .principle(Principle::TerritorialIntegrity)
        .iter()
        .count();
    assert!(linked > 0, "some event bears on territorial integrity");
    for e in EventFilter::new()
        .principle(Principle::TerritorialIntegrity)
        .iter()
    {
        assert!(e.principles.contains(&Principle::TerritorialIntegrity));
    }
}

#[test]
fn title_search_ignores_case() {
    let upper = EventFilter::new().title_contains("ASEAN").iter().count();
    let lower = EventFilter::new().title_contains("asean").iter().count();
    assert_eq!(upper, lower);
    assert!(upper > 0);
}
