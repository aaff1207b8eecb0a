//! Walks every record of the dataset through the public API.

#![allow(dead_code)]

use cambodia_diplomacy::*;

/// Every fact-bearing record, named, with its sources.
pub(crate) fn cited_records() -> Vec<(String, Sources)> {
    let mut out: Vec<(String, Sources)> = Vec::new();
    for c in Country::iter() {
        let p = c.profile();
        out.push((format!("country profile {}", c.id()), p.sources));
        if let Some(f) = p.population {
            out.push((format!("population of {}", c.id()), f.sources));
        }
        let r = c.relation();
        // A record that states nothing (not yet researched) needs no source.
        let states_nothing = r.periods.is_empty()
            && !r.periods_complete
            && r.missions.is_empty()
            && r.frameworks.is_empty()
            && r.agreements.is_empty();
        if !states_nothing {
            out.push((format!("relation {}", c.id()), r.sources));
        }
        for (i, period) in r.periods.iter().enumerate() {
            out.push((format!("relation {} period {i}", c.id()), period.sources));
            for claim in period.start.iter() {
                out.push((
                    format!("relation {} period {i} start claim {}", c.id(), claim.date),
                    claim.sources,
                ));
            }
            if let PeriodEnd::Ended(claims) = period.end {
                for claim in claims.iter() {
                    out.push((
                        format!("relation {} period {i} end claim {}", c.id(), claim.date),
                        claim.sources,
                    ));
                }
            }
        }
        for (i, m) in r.missions.iter().enumerate() {
            out.push((
                format!("relation {} mission {i} ({})", c.id(), m.city),
                m.sources,
            ));
        }
        for f in r.frameworks {
            out.push((
                format!("relation {} framework {}", c.id(), f.name),
                f.sources,
            ));
        }
        for a in r.agreements {
            out.push((
                format!("relation {} agreement {}", c.id(), a.title),
                a.sources,
            ));
        }
    }
    for o in Organization::iter() {
        let p = o.profile();
        out.push((format!("organization profile {}", o.id()), p.sources));
        if let Some(f) = p.members {
            out.push((format!("members of {}", o.id()), f.sources));
        }
        let m = o.membership();
        out.push((format!("membership {}", o.id()), m.sources));
        for (i, period) in m.periods.iter().enumerate() {
            out.push((format!("membership {} period {i}", o.id()), period.sources));
            for claim in period.start.iter() {
                out.push((
                    format!(
                        "membership {} period {i} start claim {}",
                        o.id(),
                        claim.date
                    ),
                    claim.sources,
                ));
            }
            if let PeriodEnd::Ended(claims) = period.end {
                for claim in claims.iter() {
                    out.push((
                        format!("membership {} period {i} end claim {}", o.id(), claim.date),
                        claim.sources,
                    ));
                }
            }
        }
        for r in m.roles {
            out.push((format!("membership {} role {}", o.id(), r.title), r.sources));
        }
        for cm in m.country_members {
            out.push((
                format!("membership {} member {}", o.id(), cm.country.id()),
                cm.sources,
            ));
        }
    }
    for p in Principle::iter() {
        let profile = p.profile();
        out.push((format!("principle {}", p.id()), profile.sources));
        for basis in profile.legal_basis {
            out.push((
                format!("principle {} article {}", p.id(), basis.article),
                basis.sources,
            ));
        }
    }
    for t in PolicyTask::iter() {
        out.push((format!("policy task {}", t.id()), t.profile().sources));
    }
    for s in cambodian_states() {
        out.push((format!("state {}", s.id), s.sources));
    }
    for s in un_seat_holders() {
        out.push((format!("UN seat holder {}", s.holder), s.sources));
    }
    for e in events() {
        out.push((format!("event {}", e.id), e.sources));
        if let Some(x) = e.exchange {
            out.push((format!("exchange {}", e.id), x.sources));
            for a in x.agreements {
                out.push((
                    format!("exchange {} agreement {}", e.id, a.title),
                    a.sources,
                ));
            }
        }
    }
    for o in cambodia_diplomacy::observations() {
        let partner = match o.partner {
            cambodia_diplomacy::Partner::Country(country) => country.profile().alpha3,
            cambodia_diplomacy::Partner::Organization(org) => org.id(),
        };
        out.push((
            format!(
                "figure {partner} {} {} {}",
                o.indicator.id(),
                o.period,
                o.reporter.id()
            ),
            o.sources,
        ));
    }
    // Khmer names, with their sources.
    for c in Country::iter() {
        out.push((format!("khmer name of {}", c.id()), c.khmer().sources));
    }
    for o in Organization::iter() {
        if let Some(k) = o.khmer() {
            out.push((format!("khmer name of {}", o.id()), k.sources));
        }
    }
    for s in cambodian_states() {
        if let Some(k) = s.khmer() {
            out.push((format!("khmer name of state {}", s.id), k.sources));
        }
    }
    for s in un_seat_holders() {
        if let Some(k) = s.khmer() {
            out.push((format!("khmer name of seat holder {}", s.holder), k.sources));
        }
    }
    for p in Principle::iter() {
        if let Some(k) = p.khmer() {
            out.push((format!("khmer name of principle {}", p.id()), k.sources));
        }
    }
    for t in PolicyTask::iter() {
        if let Some(k) = t.khmer() {
            out.push((format!("khmer name of task {}", t.id()), k.sources));
        }
    }
    for a in cambodia_diplomacy::areas() {
        out.push((
            format!(
                "area of {} {}",
                a.country.id(),
                a.square_km.to_string().replace(',', "")
            ),
            a.sources,
        ));
    }
    for r in cambodia_diplomacy::office_records() {
        out.push((
            format!("office record {} {}", r.partner.id(), r.office.id()),
            r.sources,
        ));
    }
    for h in cambodia_diplomacy::office_holders() {
        out.push((
            format!(
                "office holder {} {} {} {}",
                h.partner.id(),
                h.office.id(),
                h.name,
                h.start
            ),
            h.sources,
        ));
    }
    for m in cambodia_diplomacy::mechanisms() {
        out.push((format!("mechanism {}", m.id), m.sources));
    }
    // A statement that a span is only a selection states no fact; one that
    // claims completeness does, and needs its sources.
    for c in cambodia_diplomacy::coverage().filter(|c| !c.sources.is_empty()) {
        let partner = match c.partner {
            cambodia_diplomacy::Partner::Country(country) => country.profile().alpha3,
            cambodia_diplomacy::Partner::Organization(o) => o.id(),
        };
        let level = match c.scope {
            cambodia_diplomacy::Scope::TopLevelVisits => "head_of_state_or_government",
            _ => "foreign_minister",
        };
        out.push((
            format!("coverage {partner} {level} {}", c.direction.id()),
            c.sources,
        ));
    }
    for c in cambodia_diplomacy::reported_relation_counts() {
        out.push((format!("reported count {}", c.as_of), c.sources));
    }
    for i in instruments() {
        out.push((format!("instrument {}", i.id), i.sources));
        for d in i.dates {
            out.push((format!("instrument {} {}", i.id, d.kind.id()), d.sources));
        }
    }
    out
}

/// Every date the dataset states, named.
pub(crate) fn all_dates() -> Vec<(String, HistDate)> {
    let mut out = Vec::new();
    for c in Country::iter() {
        let r = c.relation();
        for (i, p) in r.periods.iter().enumerate() {
            for claim in p.start.iter() {
                out.push((format!("relation {} period {i} start", c.id()), claim.date));
            }
            match p.end {
                PeriodEnd::Ended(claims) => {
                    for claim in claims.iter() {
                        out.push((format!("relation {} period {i} end", c.id()), claim.date));
                    }
                }
                PeriodEnd::OngoingAsOf(d) => {
                    out.push((format!("relation {} period {i} as of", c.id()), d))
                }
                PeriodEnd::Unknown => {}
            }
        }
        for m in r.missions {
            out.extend(
                m.opened
                    .map(|d| (format!("relation {} mission {} opened", c.id(), m.city), d)),
            );
            out.extend(
                m.closed
                    .map(|d| (format!("relation {} mission {} closed", c.id(), m.city), d)),
            );
        }
        for f in r.frameworks {
            out.push((
                format!("relation {} framework {}", c.id(), f.name),
                f.agreed,
            ));
        }
        for a in r.agreements {
            out.extend(
                a.signed
                    .map(|d| (format!("agreement {} signed", a.title), d)),
            );
            out.extend(
                a.in_force
                    .map(|d| (format!("agreement {} in force", a.title), d)),
            );
        }
    }
    for o in Organization::iter() {
        out.extend(
            o.profile()
                .founded
                .map(|d| (format!("{} founded", o.id()), d)),
        );
        let m = o.membership();
        for (i, p) in m.periods.iter().enumerate() {
            for claim in p.start.iter() {
                out.push((
                    format!("membership {} period {i} start", o.id()),
                    claim.date,
                ));
            }
            if let PeriodEnd::Ended(claims) = p.end {
                for claim in claims.iter() {
                    out.push((format!("membership {} period {i} end", o.id()), claim.date));
                }
            }
        }
        for r in m.roles {
            out.push((format!("membership {} role {}", o.id(), r.title), r.start));
            out.extend(
                r.end
                    .map(|d| (format!("membership {} role {} end", o.id(), r.title), d)),
            );
        }
        for cm in m.country_members {
            out.extend(cm.since.map(|d| {
                (
                    format!("membership {} member {}", o.id(), cm.country.id()),
                    d,
                )
            }));
        }
    }
    for s in cambodian_states() {
        out.push((format!("state {} start", s.id), s.start));
        out.extend(s.end.map(|d| (format!("state {} end", s.id), d)));
    }
    for e in events() {
        out.push((format!("event {}", e.id), e.date.start));
        out.extend(e.date.end.map(|d| (format!("event {} end", e.id), d)));
    }
    for c in cambodia_diplomacy::reported_relation_counts() {
        out.push((format!("reported count of {} states", c.states), c.as_of));
    }
    out
}
