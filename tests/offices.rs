//! Office holders on real data: every list says what it covers, holders
//! follow one another without overlap, and "who led X on this day" answers
//! from the data.

use std::collections::BTreeSet;

use cambodia_diplomacy::{
    Answer, Country, DATA_REVIEWED, HistDate, NaiveDate, Office, OfficeHolder, OfficeRecord,
    Organization, Partner, office_holder_on, office_holders, office_holders_of, office_records,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

/// The titular holders of a list, in order: acting holders may serve while
/// the holder is suspended or abroad, the titular ones follow one another.
fn titular(r: &OfficeRecord) -> Vec<&'static OfficeHolder> {
    office_holders_of(r.partner)
        .filter(|h| h.office == r.office && !h.acting)
        .collect()
}

#[test]
fn every_holder_belongs_to_one_list_and_lists_are_unique() {
    let mut lists = BTreeSet::new();
    for r in office_records() {
        assert!(
            lists.insert((r.partner, r.office)),
            "{:?} {} listed twice",
            r.partner,
            r.office
        );
        assert!(!r.title.is_empty() && !r.sources.is_empty(), "{r:?}");
        assert!(
            r.as_of <= DATA_REVIEWED,
            "{r:?} is current to after the review date"
        );
        if let Some(from) = r.complete_from {
            assert!(from <= r.as_of, "{r:?}");
        }
    }
    for h in office_holders() {
        assert!(
            lists.contains(&(h.partner, h.office)),
            "{h} has no list saying what its list covers"
        );
        assert!(!h.name.is_empty() && !h.sources.is_empty(), "{h}");
    }
}

#[test]
fn every_programme_country_has_a_head_of_state_and_of_government_since_1993() {
    let mut missing = Vec::new();
    for c in Country::iter_programme() {
        for asked in [Office::HeadOfState, Office::HeadOfGovernment] {
            let complete = office_records().any(|r| {
                r.partner == Partner::Country(c)
                    && r.office.answers_for(asked)
                    && r.complete_from
                        .is_some_and(|f| f <= HistDate::day(1993, 1, 1))
            });
            if !complete {
                missing.push(format!("{} {asked}", c.id()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no complete list since 1993:\n{}",
        missing.join("\n")
    );
}

#[test]
fn holders_of_one_office_follow_one_another_without_overlap() {
    let mut problems = Vec::new();
    for r in office_records() {
        let titular = titular(r);
        for pair in titular.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            match a.end {
                None => problems.push(format!("{a} has no end but {b} follows")),
                Some(end) if end.first_day() > b.start.last_day() => {
                    problems.push(format!("{a} overlaps {b}"));
                }
                Some(_) => {}
            }
            if a.start > b.start {
                problems.push(format!("{a} is listed before {b}"));
            }
        }
        for h in office_holders_of(r.partner).filter(|h| h.office == r.office) {
            if let Some(end) = h.end {
                if end.last_day() < h.start.first_day() {
                    problems.push(format!("{h} ends before it starts"));
                }
                if end.first_day() > r.as_of.last_day() {
                    problems.push(format!("{h} ends after its list's as-of date"));
                }
            }
        }
        // A complete list starts with the holder in office on its first day.
        if let (Some(from), Some(first)) = (r.complete_from, titular.first()) {
            if first.start.first_day() > from.first_day() {
                problems.push(format!(
                    "{:?} {}: the list claims {from} but starts with {first}",
                    r.partner, r.office
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn who_held_office_on_a_day_answers_from_the_data() {
    let name = |p: Partner, o, d| office_holder_on(p, o, d).map(|h| h.name);
    let japan = Partner::Country(Country::Japan);
    assert_eq!(
        name(japan, Office::HeadOfGovernment, day(2015, 6, 1)),
        Some("Shinzo Abe")
    );
    assert_eq!(
        name(japan, Office::HeadOfState, day(2015, 6, 1)),
        Some("Akihito")
    );
    let us = Partner::Country(Country::UnitedStates);
    assert_eq!(
        name(us, Office::HeadOfState, day(2010, 1, 1)),
        Some("Barack Obama")
    );
    let un = Partner::Organization(Organization::UnitedNations);
    assert_eq!(
        name(un, Office::HeadOfSecretariat, day(2000, 1, 1)),
        Some("Kofi Annan")
    );
    // A country has no secretariat; an organization no head of state.
    assert_eq!(
        name(japan, Office::HeadOfSecretariat, day(2015, 6, 1)),
        None
    );
    assert_eq!(name(un, Office::HeadOfState, day(2000, 1, 1)), None);
    // Outside the span the lists claim, no answer.
    assert_eq!(name(japan, Office::HeadOfGovernment, day(1990, 1, 1)), None);
    assert_eq!(name(japan, Office::HeadOfGovernment, day(2100, 1, 1)), None);
}

#[test]
fn on_the_day_of_a_handover_the_successor_holds_office() {
    // Where one holder's end is the next one's start (to the day), both held
    // office that day, and the query names the successor.
    let mut checked = 0;
    for r in office_records() {
        let titular = titular(r);
        for pair in titular.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let Ok(handover) = NaiveDate::try_from(b.start) else {
                continue;
            };
            let day_before = handover.pred_opt().expect("a day before");
            if r.covers(day_before) && a.end == Some(b.start) {
                assert_eq!(b.held_on(day_before), Answer::No, "{b} on {day_before}");
            }
            // A holder still in office answers only up to the day the
            // sources are current to.
            let current_to = r.as_of.first_day();
            if a.end != Some(b.start)
                || !r.covers(handover)
                || (b.end.is_none() && current_to <= handover)
            {
                continue;
            }
            assert_eq!(a.held_on(handover), Answer::Yes, "{a} on {handover}");
            assert_eq!(b.held_on(handover), Answer::Yes, "{b} on {handover}");
            let acting_that_day = office_holders_of(r.partner)
                .any(|h| h.acting && h.office == r.office && h.held_on(handover) != Answer::No);
            if !acting_that_day {
                assert_eq!(
                    office_holder_on(r.partner, r.office, handover).map(|h| h.name),
                    Some(b.name),
                    "{handover}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} handovers to the day");
}

#[test]
fn offices_read_and_print_in_three_languages() {
    use cambodia_diplomacy::Lang;
    let mut seen = BTreeSet::new();
    for office in Office::iter() {
        assert_eq!(office.id().parse::<Office>().ok(), Some(office));
        for lang in [Lang::En, Lang::Fr, Lang::Km] {
            assert!(seen.insert(office.label_in(lang)), "{office:?} {lang:?}");
        }
    }
    assert_eq!(
        Office::HeadOfGovernment.label_in(Lang::Fr),
        "chef du gouvernement"
    );
    assert_eq!(Office::HeadOfState.label_in(Lang::Km), "ប្រមុខរដ្ឋ");
    assert!("prime minister".parse::<Office>().is_err());
}
