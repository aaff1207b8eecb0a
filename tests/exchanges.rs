//! Official exchanges since 1993 on real data: visits unique and in order,
//! coverage stated for every programme partner, agreements inside their
//! visits, and completeness answered from the statements.

use cambodia_diplomacy::{
    Completeness, Country, Direction, Event, EventFilter, EventType, Level, Partner, Scope,
    agreements_with, coverage, coverage_of, events, events_of, mechanisms,
};

fn top_level_visits(country: Country) -> impl Iterator<Item = &'static Event> {
    events_of(country).filter(|e| Scope::TopLevelVisits.includes(e))
}

fn overlap(a: &Event, b: &Event) -> bool {
    a.date.start.first_day() <= b.date.last().last_day()
        && b.date.start.first_day() <= a.date.last().last_day()
}

#[test]
fn visits_since_1993_are_sorted_and_unique() {
    let mut checked = 0;
    let mut twice = Vec::new();
    for country in Country::iter_programme() {
        let visits: Vec<_> = top_level_visits(country)
            .filter(|e| e.date.start.year_number() >= 1993)
            .collect();
        for pair in visits.windows(2) {
            assert!(
                pair[0].date.start.first_day() <= pair[1].date.start.first_day(),
                "{country:?}: {} after {}",
                pair[0].id,
                pair[1].id
            );
        }
        for (i, a) in visits.iter().enumerate() {
            for b in &visits[i + 1..] {
                // The same way and level, on overlapping dates known at
                // least to the month (a year-only date may be another trip).
                let known = |e: &Event| e.date.start.month_number().is_some();
                if a.kind.visit() == b.kind.visit() && known(a) && known(b) && overlap(a, b) {
                    twice.push(format!(
                        "{country:?}: {} ({}) / {} ({})",
                        a.id, a.date, b.id, b.date
                    ));
                }
            }
        }
        checked += visits.len();
    }
    assert!(
        twice.is_empty(),
        "visits that look recorded twice:\n{}",
        twice.join("\n")
    );
    assert!(checked > 250, "only {checked} top-level visits since 1993");
}

#[test]
fn every_programme_partner_states_its_coverage() {
    for country in Country::iter_programme() {
        for direction in Direction::iter() {
            let stated = coverage_of(country)
                .filter(|c| c.scope == Scope::TopLevelVisits && c.direction == direction)
                .collect::<Vec<_>>();
            for year in 1993..=2025 {
                assert!(
                    stated
                        .iter()
                        .any(|c| (c.from_year..=c.to_year).contains(&year)),
                    "{country:?}: no coverage statement for {direction:?} top-level visits in {year}"
                );
            }
        }
    }
}

#[test]
fn coverage_statements_are_well_formed() {
    let reviewed = cambodia_diplomacy::DATA_REVIEWED.year_number();
    for c in coverage() {
        assert!(!c.basis.trim().is_empty(), "{c}: no basis");
        assert!(
            1953 <= c.from_year && c.from_year <= c.to_year && c.to_year <= reviewed,
            "{c}: span outside 1953-{reviewed}"
        );
        if c.complete {
            assert!(!c.sources.is_empty(), "{c}: claimed complete on no source");
        }
    }
    // No two statements overlap for one partner, scope and direction.
    let all: Vec<_> = coverage().collect();
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            let same = a.partner == b.partner && a.scope == b.scope && a.direction == b.direction;
            assert!(
                !(same && a.from_year <= b.to_year && b.from_year <= a.to_year),
                "overlapping statements: {a} / {b}"
            );
        }
    }
}

#[test]
fn a_visit_lies_within_one_year_and_ends_after_it_starts() {
    for e in events().filter(|e| e.exchange.is_some()) {
        if let Some(end) = e.date.end {
            assert_eq!(
                end.year_number(),
                e.date.start.year_number(),
                "{}: spans two years",
                e.id
            );
            assert!(
                e.date.start.first_day() <= end.last_day(),
                "{}: ends before it starts",
                e.id
            );
        }
    }
}

#[test]
fn agreements_signed_at_a_visit_fall_inside_it() {
    let mut linked = 0;
    for country in Country::iter() {
        for signed in agreements_with(country) {
            let (Some(event), Some(day)) = (signed.signed_at, signed.agreement.signed) else {
                continue;
            };
            let (first, last) = (event.date.start.first_day(), event.date.last().last_day());
            // A day inside the visit, or a month or year that holds it all.
            let inside = first <= day.first_day() && day.last_day() <= last;
            let holds = day.first_day() <= first && last <= day.last_day();
            assert!(
                inside || (holds && day.day_number().is_none()),
                "{}: '{}' signed {day}, outside the visit {}",
                event.id,
                signed.agreement.title,
                event.date
            );
            linked += 1;
        }
    }
    assert!(linked >= 20, "only {linked} agreements linked to visits");
}

#[test]
fn exchanges_name_who_went_and_cite_sources() {
    for e in events() {
        let Some(x) = e.exchange else { continue };
        assert!(!x.who.trim().is_empty(), "{}: nobody named", e.id);
        assert!(e.kind.visit().is_some(), "{}: details on a non-visit", e.id);
        assert!(!e.sources.is_empty(), "{}: no source", e.id);
        for a in x.agreements {
            assert!(
                x.documents.contains(&a.title),
                "{}: agreement not among the documents",
                e.id
            );
        }
        if let Some(m) = x.mechanism {
            assert!(
                e.involves(m.partner),
                "{}: mechanism of another partner",
                e.id
            );
        }
    }
    for m in mechanisms() {
        assert!(!m.sources.is_empty(), "{}: no source", m.id);
    }
}

#[test]
fn completeness_follows_the_statements() {
    // Aid with every partner: nothing is claimed.
    assert_eq!(
        EventFilter::new().kind(EventType::Aid).completeness(),
        Completeness::NotClaimed
    );
    // Top-level visits with a programme partner since 1993: stated.
    for country in Country::iter_programme() {
        let filter = EventFilter::new()
            .partner(country)
            .level(Level::HeadOfState)
            .years(1993, 2025);
        assert_ne!(
            filter.completeness(),
            Completeness::NotClaimed,
            "{country:?}"
        );
        // The answer is Complete exactly when both directions are claimed
        // complete in every year of the span.
        let complete = Direction::iter().all(|d| {
            (1993..=2025).all(|year| {
                coverage_of(country).any(|c| {
                    c.scope == Scope::TopLevelVisits
                        && c.direction == d
                        && c.complete
                        && (c.from_year..=c.to_year).contains(&year)
                })
            })
        });
        assert_eq!(filter.completeness().is_complete(), complete, "{country:?}");
    }
    // A kind other than visits, or no date range, is not claimed.
    let japan = EventFilter::new().partner(Country::Japan);
    assert_eq!(
        japan.level(Level::HeadOfGovernment).completeness(),
        Completeness::NotClaimed
    );
    assert_eq!(
        japan.kind(EventType::Aid).years(1993, 2025).completeness(),
        Completeness::NotClaimed
    );
    // A year before any statement is not claimed.
    assert_eq!(
        japan
            .level(Level::HeadOfGovernment)
            .years(1960, 1961)
            .completeness(),
        Completeness::NotClaimed
    );
    // A span claimed complete: Germany's inbound top-level visits before
    // 2023 (no German president or chancellor had come before February 2023).
    let germany = EventFilter::new()
        .partner(Country::Germany)
        .direction(Direction::Inbound)
        .level(Level::HeadOfState);
    assert_eq!(
        germany.years(1993, 2022).completeness(),
        Completeness::Complete
    );
    assert_eq!(germany.years(1993, 2022).iter().count(), 0);
    assert_eq!(
        germany.years(1993, 2024).completeness(),
        Completeness::Partial
    );
    // Two partners: not claimed.
    let two = [Partner::from(Country::Japan), Partner::from(Country::China)];
    assert_eq!(
        EventFilter::new()
            .any_partner(&two)
            .level(Level::HeadOfState)
            .years(2000, 2001)
            .completeness(),
        Completeness::NotClaimed
    );
}
