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
            ("region", p.region),
            ("sub_region", p.sub_region),
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
        assert!(
            is_wikidata_id(p.wikidata),
            "{id}: wikidata {:?}",
            p.wikidata
        );
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
            p.wikidata.to_owned(),
        ] {
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
                    p.alpha3,
                    c.id(),
                ]
                .iter()
                .map(|s| (*s).to_owned())
                .collect();
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

/// Checks periods are in order, each ends no earlier than it starts, and
/// periods of one group never overlap (one may end when the next starts).
/// Each period: (group, start, end, ongoing).
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
            if a.0 != b.0 {
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

#[test]
fn events_are_sorted_unique_and_well_formed() {
    let all: Vec<_> = events().collect();
    let mut ids = BTreeSet::new();
    for w in all.windows(2) {
        assert!(
            w[0].date <= w[1].date,
            "events {} and {} out of order",
            w[0].id,
            w[1].id
        );
    }
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

/// A publisher's name reduced to what tells publishers apart: lower case,
/// without a leading "The ", a parenthesized suffix or punctuation.
fn publisher_key(publisher: &str) -> String {
    let mut p = publisher.trim().to_lowercase();
    if let Some(rest) = p.strip_prefix("the ") {
        p = rest.to_string();
    }
    while p.ends_with(')') {
        match p.rfind('(') {
            Some(open) => p.truncate(open),
            None => break,
        }
        p = p.trim_end().to_string();
    }
    p.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn publisher_key_ignores_case_the_punctuation_and_a_suffix() {
    let key = publisher_key;
    assert_eq!(key("The Phnom Penh Post"), key("Phnom Penh Post"));
    assert_eq!(key("Wikipedia (de)"), key("wikipedia"));
    assert_eq!(
        key("Vietnam News Agency (VietnamPlus)"),
        key("Vietnam News Agency")
    );
    assert_eq!(key("Khmer Times."), key("KHMER TIMES"));
    assert_ne!(key("Le Courrier"), key("Le Courrier du Vietnam"));
}

#[test]
fn each_publisher_is_spelled_one_way() {
    let mut spellings: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for s in sources() {
        spellings
            .entry(publisher_key(s.publisher))
            .or_default()
            .insert(s.publisher);
    }
    let clashes: Vec<_> = spellings.values().filter(|v| v.len() > 1).collect();
    assert!(
        clashes.is_empty(),
        "publishers spelled more than one way (differing only by case, a leading \"The \", punctuation or a parenthesized suffix): {clashes:?}"
    );
    for s in sources() {
        assert!(
            !s.publisher.starts_with("Wikipedia (") && !s.publisher.starts_with("Wikipédia"),
            "source {}: write the Wikipedia edition in `language`, not in the publisher",
            s.id
        );
    }
}

#[test]
fn copies_name_their_original_and_only_copies_do() {
    for s in sources() {
        if let Some(original) = s.copy_of {
            assert_eq!(
                s.kind,
                SourceKind::Copy,
                "source {}: copy_of is set but the kind is {}",
                s.id,
                s.kind
            );
            assert!(
                !original.trim().is_empty() && original != s.publisher,
                "source {}: copy_of {original:?} must name the original, not the copy",
                s.id
            );
        }
    }
    for kind in SourceKind::iter() {
        assert!(
            sources().any(|s| s.kind == kind),
            "no source of kind {kind}"
        );
    }
}
