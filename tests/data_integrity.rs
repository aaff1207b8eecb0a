//! Invariants of the embedded data. Each test names the offending record.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use cambodia_diplomacy::*;

#[test]
fn every_id_has_exactly_its_own_profile_relation_and_membership() {
    for c in Country::iter() {
        assert_eq!(
            c.profile().country,
            c,
            "profile table out of order at {c:?}"
        );
        assert_eq!(
            c.relation().country,
            c,
            "relation table out of order at {c:?}"
        );
    }
    for o in Organization::iter() {
        assert_eq!(
            o.profile().organization,
            o,
            "profile table out of order at {o:?}"
        );
        assert_eq!(
            o.membership().organization,
            o,
            "membership table out of order at {o:?}"
        );
    }
    for p in Principle::iter() {
        assert_eq!(
            p.profile().principle,
            p,
            "principle table out of order at {p:?}"
        );
    }
    for t in PolicyTask::iter() {
        assert_eq!(
            t.profile().task,
            t,
            "policy task table out of order at {t:?}"
        );
    }
}

#[test]
fn programme_has_22_countries_and_8_organizations() {
    assert_eq!(
        Country::iter().filter(|c| c.is_programme_partner()).count(),
        22
    );
    assert_eq!(
        Organization::iter()
            .filter(|o| o.is_programme_partner())
            .count(),
        8
    );
}

#[test]
fn country_profiles_are_complete_and_codes_well_formed() {
    for c in Country::iter() {
        let p = c.profile();
        let id = c.id();
        for (field, value) in [
            ("short_name_en", p.short_name_en),
            ("official_name_en", p.official_name_en),
            ("short_name_fr", p.short_name_fr),
            ("official_name_fr", p.official_name_fr),
            ("capital", p.capital),
        ] {
            assert!(!value.trim().is_empty(), "{id}: {field} is empty");
        }
        assert!(
            p.alpha2.len() == 2 && p.alpha2.bytes().all(|b| b.is_ascii_uppercase()),
            "{id}: alpha2 {:?}",
            p.alpha2
        );
        assert!(
            p.alpha3.len() == 3 && p.alpha3.bytes().all(|b| b.is_ascii_uppercase()),
            "{id}: alpha3 {:?}",
            p.alpha3
        );
        assert!(
            p.currency.len() == 3 && p.currency.bytes().all(|b| b.is_ascii_uppercase()),
            "{id}: currency {:?}",
            p.currency
        );
        assert!(
            (1..=999).contains(&p.numeric),
            "{id}: numeric {}",
            p.numeric
        );
        assert_eq!(
            p.sub_region.region(),
            p.region,
            "{id}: sub-region outside its region"
        );
        if let Some(intermediate) = p.intermediate_region {
            assert_eq!(
                intermediate.sub_region(),
                p.sub_region,
                "{id}: intermediate region"
            );
        }
        match p.wikidata {
            Some(q) => assert!(is_wikidata_id(q), "{id}: wikidata {q:?}"),
            None => assert!(
                !c.is_programme_partner(),
                "{id}: a programme country without its Wikidata id"
            ),
        }
        assert!(!p.languages.is_empty(), "{id}: no official language");
    }
}

#[test]
fn organization_profiles_are_complete() {
    for o in Organization::iter() {
        let p = o.profile();
        let id = o.id();
        assert!(
            !p.acronym.is_empty() && !p.name_en.is_empty() && !p.name_fr.is_empty(),
            "{id}: a name is empty"
        );
        if let Some(q) = p.wikidata {
            assert!(is_wikidata_id(q), "{id}: wikidata {q:?}");
        }
    }
}

fn is_wikidata_id(id: &str) -> bool {
    id.strip_prefix('Q')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[test]
fn codes_are_unique_across_countries() {
    let mut seen = BTreeMap::new();
    for c in Country::iter() {
        let p = c.profile();
        for code in [
            p.alpha2.to_owned(),
            p.alpha3.to_owned(),
            p.numeric.to_string(),
        ]
        .into_iter()
        .chain(p.wikidata.map(str::to_owned))
        {
            if let Some(other) = seen.insert(code.clone(), c) {
                panic!("code {code} is used by both {other:?} and {c:?}");
            }
        }
    }
    let mut wikidata = BTreeMap::new();
    for o in Organization::iter() {
        if let Some(q) = o.profile().wikidata {
            if let Some(other) = wikidata.insert(q, o) {
                panic!("wikidata {q} used by both {other:?} and {o:?}");
            }
        }
    }
}

#[test]
fn every_name_code_and_alias_parses_back_to_its_partner() {
    for partner in Partner::iter() {
        let names: Vec<String> = match partner {
            Partner::Country(c) => {
                let p = c.profile();
                let mut v: Vec<String> = [
                    p.short_name_en,
                    p.official_name_en,
                    p.short_name_fr,
                    p.official_name_fr,
                    p.alpha2,
                    c.id(),
                ]
                .iter()
                .map(|s| (*s).to_owned())
                .collect();
                // An alpha-3 code spelled like an organization's acronym
                // ("NAM") is left to `Country::from_alpha3`.
                let acronym = Organization::iter()
                    .any(|o| o.profile().acronym.eq_ignore_ascii_case(p.alpha3));
                if acronym {
                    assert_eq!(Country::from_alpha3(p.alpha3), Some(c));
                } else {
                    v.push(p.alpha3.to_owned());
                }
                v.extend(p.aliases.iter().map(|s| (*s).to_owned()));
                v.push(format!("{:03}", p.numeric));
                v
            }
            Partner::Organization(o) => {
                let p = o.profile();
                let mut v: Vec<String> = [p.acronym, p.name_en, p.name_fr, o.id()]
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect();
                v.extend(p.aliases.iter().map(|s| (*s).to_owned()));
                v
            }
        };
        for name in names {
            for variant in [
                name.clone(),
                name.to_uppercase(),
                name.to_lowercase(),
                format!("  {name}\t"),
            ] {
                assert_eq!(
                    variant.parse::<Partner>().ok(),
                    Some(partner),
                    "{variant:?} should parse as {partner:?}"
                );
            }
        }
        assert_eq!(
            partner.to_string().parse::<Partner>().ok(),
            Some(partner),
            "Display of {partner:?} does not parse back"
        );
    }
}

#[test]
fn every_record_cites_a_source() {
    for (record, sources) in common::cited_records() {
        assert!(!sources.is_empty(), "{record} cites no source");
    }
}

#[test]
fn sources_are_unique_well_formed_and_all_used() {
    let mut ids = BTreeSet::new();
    let mut urls = BTreeMap::new();
    for s in sources() {
        assert!(ids.insert(s.id), "source id {} defined twice", s.id);
        assert!(
            !s.id.is_empty()
                && s.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "source id {:?} is not snake_case",
            s.id
        );
        assert!(
            s.url.starts_with("https://") || s.url.starts_with("http://"),
            "source {}: url {:?} is not absolute http(s)",
            s.id,
            s.url
        );
        assert!(
            !s.url.contains(char::is_whitespace),
            "source {}: url has white space",
            s.id
        );
        assert!(
            s.url.len() > "https://x.y".len()
                && s.url[s.url.find("://").unwrap_or(0) + 3..].contains('.'),
            "source {}: url {:?} has no host",
            s.id,
            s.url
        );
        assert!(
            !s.publisher.is_empty() && !s.title.is_empty(),
            "source {}: publisher or title empty",
            s.id
        );
        assert!(!s.language.is_empty(), "source {}: no language", s.id);
        if let Some(other) = urls.insert(s.url, s.id) {
            // Two sources for one page are allowed only for the MFAIC site, whose pages share a root URL.
            assert!(
                s.url == "https://www.mfaic.gov.kh/",
                "sources {other} and {} have the same url {}",
                s.id,
                s.url
            );
        }
    }
    let used: HashSet<&str> = common::cited_records()
        .iter()
        .flat_map(|(_, s)| s.iter().map(|s| s.id))
        .collect();
    for s in sources() {
        assert!(used.contains(s.id), "source {} is never cited", s.id);
    }
    for id in &used {
        assert!(
            ids.contains(id),
            "cited source {id} is not in the registry (add it to its file's SOURCES)"
        );
    }
}

#[test]
fn no_date_is_in_the_future() {
    for (record, date) in common::all_dates() {
        assert!(
            date <= DATA_REVIEWED || date.first_day() <= DATA_REVIEWED.first_day(),
            "{record}: {date} is after the review date {DATA_REVIEWED}"
        );
    }
}

/// Every date of the data (periods, claims, missions, agreements, roles,
/// states, events) prints in a form that parses back to the same date, and
/// an event's span prints as an EDTF interval of two such dates.
#[test]
fn every_date_in_the_data_round_trips_through_its_text() {
    let dates = common::all_dates();
    assert!(dates.len() > 500, "only {} dates found", dates.len());
    for (record, date) in dates {
        let text = date.to_string();
        assert_eq!(
            text.parse::<HistDate>(),
            Ok(date),
            "{record}: {date:?} prints as {text:?}, which does not parse back"
        );
    }
    for e in events() {
        let text = e.date.to_string();
        let parts: Vec<HistDate> = text
            .split('/')
            .map(|part| part.parse().expect("each end parses"))
            .collect();
        let expected: Vec<HistDate> = [Some(e.date.start), e.date.end]
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(parts, expected, "event {}: {text}", e.id);
    }
}

#[test]
fn every_claim_list_has_exactly_one_preferred_claim() {
    let check = |record: String, claims: &Claims| {
        let preferred = claims.iter().filter(|c| c.preferred).count();
        assert_eq!(preferred, 1, "{record}: {preferred} preferred claims");
        if claims.0.len() > 1 {
            assert!(
                claims.iter().all(|c| !c.note.is_empty()),
                "{record}: disagreeing claims must each say why"
            );
        }
    };
    for r in relations() {
        for (i, p) in r.periods.iter().enumerate() {
            check(
                format!("relation {} period {i} start", r.country.id()),
                &p.start,
            );
            if let PeriodEnd::Ended(c) = &p.end {
                check(format!("relation {} period {i} end", r.country.id()), c);
            }
        }
    }
    for m in memberships() {
        for (i, p) in m.periods.iter().enumerate() {
            check(
                format!("membership {} period {i} start", m.organization.id()),
                &p.start,
            );
            if let PeriodEnd::Ended(c) = &p.end {
                check(
                    format!("membership {} period {i} end", m.organization.id()),
                    c,
                );
            }
        }
    }
}

fn start_of(claims: &Claims) -> HistDate {
    claims.preferred().map(|c| c.date).expect("a claim")
}

fn end_of(end: &PeriodEnd) -> Option<HistDate> {
    match end {
        PeriodEnd::Ended(c) => c.preferred().map(|c| c.date),
        PeriodEnd::OngoingAsOf(_) | PeriodEnd::Unknown => None,
    }
}

/// Checks periods are in order, each ends no earlier than it starts, and no
/// two periods overlap (one may end when the next starts), whatever their
/// distance in the list. The one documented exception: two periods with
/// different counterpart states may overlap (relations with the FRG and the
/// GDR, both now Germany's record, ran side by side). A period without a
/// counterpart overlaps nothing, not even a counterpart's period.
/// Each period: (counterpart, start, end, ongoing).
fn check_periods(record: &str, periods: &[(Option<&str>, HistDate, Option<HistDate>, bool)]) {
    for (i, (_, start, end, _)) in periods.iter().enumerate() {
        if let Some(end) = end {
            assert!(
                end.last_day() >= start.first_day(),
                "{record} period {i}: ends {end} before it starts {start}"
            );
        }
    }
    for w in periods.windows(2) {
        assert!(
            w[0].1 <= w[1].1,
            "{record}: periods out of order ({} then {})",
            w[0].1,
            w[1].1
        );
    }
    for (i, a) in periods.iter().enumerate() {
        for b in &periods[i + 1..] {
            if matches!((a.0, b.0), (Some(x), Some(y)) if x != y) {
                continue;
            }
            match a.2 {
                Some(end) => assert!(
                    end.first_day() <= b.1.last_day(),
                    "{record}: period from {} (ending {end}) overlaps the one from {}",
                    a.1,
                    b.1
                ),
                None => assert!(
                    !a.3,
                    "{record}: period from {} is ongoing but another starts {}",
                    a.1, b.1
                ),
            }
        }
    }
}

/// The earliest date a relation or membership of Cambodia may carry: the
/// Franco-Khmer treaty of 8 November 1949, which made Cambodia an associated
/// state of the French Union able to conduct some foreign relations of its
/// own. From the protectorate treaty of 11 August 1863 until then France
/// conducted them, so an earlier date is a typo. Full independence (9
/// November 1953) would be too late a bound: the first recognitions in the
/// data (the United States in June-July 1950, Thailand in December 1950,
/// Australia in January 1952) come between the two.
const FIRST_FOREIGN_RELATIONS: HistDate = HistDate::day(1949, 11, 8);

/// Every date of Cambodia's own relations and memberships, named: period
/// starts and ends (every claim, preferred or not, and "ongoing as of"
/// dates), missions, frameworks, agreements and roles. Not the dates other
/// countries joined an organization, nor founding dates, which may be older.
fn relation_and_membership_dates() -> Vec<(String, HistDate)> {
    fn period_dates(
        record: &str,
        start: &Claims,
        end: &PeriodEnd,
        out: &mut Vec<(String, HistDate)>,
    ) {
        out.extend(start.iter().map(|c| (format!("{record} start"), c.date)));
        match end {
            PeriodEnd::Ended(claims) => {
                out.extend(claims.iter().map(|c| (format!("{record} end"), c.date)));
            }
            PeriodEnd::OngoingAsOf(date) => out.push((format!("{record} ongoing as of"), *date)),
            PeriodEnd::Unknown => {}
        }
    }
    let mut out = Vec::new();
    for r in relations() {
        let id = r.country.id();
        for (i, p) in r.periods.iter().enumerate() {
            period_dates(
                &format!("relation {id} period {i}"),
                &p.start,
                &p.end,
                &mut out,
            );
        }
        for m in r.missions {
            for (what, date) in [("opened", m.opened), ("closed", m.closed)] {
                out.extend(
                    date.map(|d| (format!("relation {id} mission in {} {what}", m.city), d)),
                );
            }
        }
        for f in r.frameworks {
            out.push((format!("relation {id} framework {}", f.name), f.agreed));
        }
        for a in r.agreements {
            for (what, date) in [("signed", a.signed), ("in force", a.in_force)] {
                out.extend(
                    date.map(|d| (format!("relation {id} agreement {} {what}", a.title), d)),
                );
            }
        }
    }
    for m in memberships() {
        let id = m.organization.id();
        for (i, p) in m.periods.iter().enumerate() {
            period_dates(
                &format!("membership {id} period {i}"),
                &p.start,
                &p.end,
                &mut out,
            );
        }
        for role in m.roles {
            out.push((
                format!("membership {id} role {} start", role.title),
                role.start,
            ));
            out.extend(
                role.end
                    .map(|d| (format!("membership {id} role {} end", role.title), d)),
            );
        }
    }
    out
}

#[test]
fn relation_and_membership_dates_fall_between_1949_and_the_review() {
    let dates = relation_and_membership_dates();
    assert!(dates.len() > 100, "only {} dates found", dates.len());
    for (record, date) in dates {
        // A coarse date passes if some day of it may lie within the bounds.
        assert!(
            date.last_day() >= FIRST_FOREIGN_RELATIONS.first_day(),
            "{record}: {date} is before Cambodia conducted foreign relations ({FIRST_FOREIGN_RELATIONS})"
        );
        assert!(
            date.first_day() <= DATA_REVIEWED.first_day(),
            "{record}: {date} is after the review date {DATA_REVIEWED}"
        );
    }
}

#[test]
fn relation_periods_are_ordered_and_disjoint() {
    for r in relations() {
        let periods: Vec<_> = r
            .periods
            .iter()
            .map(|p| {
                (
                    p.counterpart,
                    start_of(&p.start),
                    end_of(&p.end),
                    matches!(p.end, PeriodEnd::OngoingAsOf(_)),
                )
            })
            .collect();
        check_periods(&format!("relation {}", r.country.id()), &periods);
    }
}

#[test]
fn membership_periods_are_ordered_disjoint_and_after_founding() {
    for m in memberships() {
        let periods: Vec<_> = m
            .periods
            .iter()
            .map(|p| {
                (
                    None,
                    start_of(&p.start),
                    end_of(&p.end),
                    matches!(p.end, PeriodEnd::OngoingAsOf(_)),
                )
            })
            .collect();
        check_periods(&format!("membership {}", m.organization.id()), &periods);
        if let (Some(founded), Some(first)) = (m.organization.profile().founded, m.periods.first())
        {
            let start = start_of(&first.start);
            assert!(
                start.last_day() >= founded.first_day(),
                "membership {}: starts {start}, before the organization was founded {founded}",
                m.organization.id()
            );
        }
        for cm in m.country_members {
            if let (Some(founded), Some(since)) = (m.organization.profile().founded, cm.since) {
                assert!(
                    since.last_day() >= founded.first_day(),
                    "membership {}: {} joins {since} before founding {founded}",
                    m.organization.id(),
                    cm.country.id()
                );
            }
        }
        let mut seen = BTreeSet::new();
        for cm in m.country_members {
            assert!(
                seen.insert(cm.country),
                "membership {}: {} listed twice",
                m.organization.id(),
                cm.country.id()
            );
        }
    }
}

#[test]
fn cambodian_states_follow_each_other() {
    let states: Vec<_> = cambodian_states().collect();
    assert!(
        states.len() >= 6,
        "expected at least six Cambodian states, found {}",
        states.len()
    );
    for w in states.windows(2) {
        assert!(
            w[0].start < w[1].start,
            "state {} does not start before {}",
            w[0].id,
            w[1].id
        );
        let end = w[0].end.unwrap_or_else(|| {
            panic!(
                "state {} has no end but is followed by {}",
                w[0].id, w[1].id
            )
        });
        assert!(
            end <= w[1].start || end.first_day() <= w[1].start.last_day(),
            "state {} ends {end} after {} starts {}",
            w[0].id,
            w[1].id,
            w[1].start
        );
    }
    assert!(
        states.last().is_some_and(|s| s.end.is_none()),
        "the last state should be ongoing"
    );
}

/// What is promised about the order of events, and tested here. The data
/// files are not required to list their events in date order (some do not:
/// France's lists 1991-10-23 before an event dated 1991), and no public API
/// shows the order they are written in: the timeline sorts them once. So
/// the promise is about the timeline: `events()` runs in chronological
/// order by the documented key (start, then end, then id), which ids make
/// strict; `events_of(partner)` is exactly the timeline's events with that
/// partner, in timeline order; `first_event_of` and `last_event_of` are its
/// ends. (A test that sorted the data itself and then checked the order would
/// only test the sort.)
#[test]
fn timeline_follows_its_documented_order() {
    let all: Vec<_> = events().collect();
    for w in all.windows(2) {
        let key = |e: &Event| (e.date.start, e.date.end, e.id);
        assert!(
            key(w[0]) < key(w[1]),
            "events {} ({}) and {} ({}) are not in (start, end, id) order",
            w[0].id,
            w[0].date,
            w[1].id,
            w[1].date
        );
    }
    for partner in Partner::iter() {
        let indexed: Vec<&str> = events_of(partner).map(|e| e.id).collect();
        let scanned: Vec<&str> = all
            .iter()
            .filter(|e| e.partners.contains(&partner))
            .map(|e| e.id)
            .collect();
        assert_eq!(
            indexed, scanned,
            "events_of({partner}) disagrees with the timeline"
        );
        assert_eq!(
            first_event_of(partner).map(|e| e.id),
            scanned.first().copied()
        );
        assert_eq!(
            last_event_of(partner).map(|e| e.id),
            scanned.last().copied()
        );
    }
}

#[test]
fn events_are_unique_and_well_formed() {
    let all: Vec<_> = events().collect();
    let mut ids = BTreeSet::new();
    for e in &all {
        assert!(ids.insert(e.id), "event id {} used twice", e.id);
        assert!(!e.partners.is_empty(), "event {} has no partner", e.id);
        let unique: BTreeSet<_> = e.partners.iter().collect();
        assert_eq!(
            unique.len(),
            e.partners.len(),
            "event {} lists a partner twice",
            e.id
        );
        assert!(
            !e.title.is_empty() && !e.summary.is_empty(),
            "event {} lacks a title or summary",
            e.id
        );
        assert!(
            e.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "event id {:?} is not snake_case",
            e.id
        );
        if let Some(end) = e.date.end {
            assert!(
                end.last_day() >= e.date.start.first_day(),
                "event {} ends before it starts",
                e.id
            );
            assert!(
                (end.last_day() - e.date.start.first_day()).num_days() <= 366,
                "event {} spans more than a year",
                e.id
            );
        }
        assert!(
            e.date.start.year_number() >= 1945,
            "event {} dated {} is before the period covered",
            e.id,
            e.date
        );
    }
    assert!(
        all.len() < usize::from(u16::MAX),
        "the partner index stores positions as u16"
    );
}

#[test]
fn events_fall_inside_the_life_of_the_organizations_involved() {
    for e in events() {
        for partner in e.partners {
            let Partner::Organization(o) = partner else {
                continue;
            };
            let Some(founded) = o.profile().founded else {
                continue;
            };
            // Negotiations, applications and founding meetings come before
            // an organization exists (RCEP talks opened in Phnom Penh in
            // 2012; Cambodia applied to the GATT in December 1994, weeks
            // before the WTO took it over). Nothing else may.
            let preparatory = matches!(
                e.kind.event_type(),
                EventType::Talks
                    | EventType::Summit
                    | EventType::AgreementSigned
                    | EventType::JointStatement
                    | EventType::MembershipChanged
            );
            assert!(
                preparatory || e.date.last().last_day() >= founded.first_day(),
                "event {} ({}) involves {} before it was founded ({founded})",
                e.id,
                e.date,
                o.id()
            );
        }
    }
    let independence = cambodian_states().next().expect("a first state").start;
    for e in events() {
        assert!(
            e.date.last().year_number() >= independence.year_number() - 5,
            "event {} ({}) is long before Cambodia's independence ({independence})",
            e.id,
            e.date
        );
    }
}

#[test]
fn events_do_not_duplicate_each_other() {
    let mut seen = BTreeMap::new();
    for e in events() {
        let key = (
            e.date.to_string(),
            e.kind.event_type(),
            e.partners
                .iter()
                .map(|p| p.id())
                .collect::<Vec<_>>()
                .join(","),
        );
        if let Some(other) = seen.insert(key, e.id) {
            panic!(
                "events {other} and {} have the same date, kind and partners",
                e.id
            );
        }
    }
}

#[test]
fn dataset_has_the_promised_coverage() {
    let total = events().count();
    assert!(
        total >= 150,
        "only {total} events; the dataset promises at least 150"
    );
    for partner in Partner::iter() {
        let programme = match partner {
            Partner::Country(c) => c.is_programme_partner(),
            Partner::Organization(o) => o.is_programme_partner(),
        };
        if programme {
            let n = events_of(partner).count();
            assert!(
                n >= 4,
                "{partner} has only {n} events; every programme partner needs at least 4"
            );
        }
    }
    for c in Country::iter().filter(|c| c.is_programme_partner()) {
        let r = c.relation();
        assert!(
            !r.periods.is_empty() || !r.note.is_empty(),
            "{}: no relation period and no note saying what was searched",
            c.id()
        );
    }
    for o in Organization::iter().filter(|o| o.is_programme_partner()) {
        assert!(
            !o.membership().periods.is_empty(),
            "{}: no membership or partnership period",
            o.id()
        );
    }
}

#[test]
fn record_sizes_stay_small() {
    // Like unicode-ident, watch the size of what the tables are made of: a
    // change here grows every table and the binary (see README, Performance).
    use std::mem::size_of;
    assert_eq!(size_of::<HistDate>(), 8, "HistDate");
    assert!(
        size_of::<Partner>() <= 2,
        "Partner is {} bytes",
        size_of::<Partner>()
    );
    assert!(size_of::<Country>() == 1 && size_of::<Organization>() == 1);
    assert!(
        size_of::<Event>() <= 192,
        "Event is {} bytes",
        size_of::<Event>()
    );
    let events = events().count();
    let sources = sources().count();
    assert!(
        events < 2_000 && sources < 5_000,
        "{events} events, {sources} sources: review the binary size before growing further"
    );
}
