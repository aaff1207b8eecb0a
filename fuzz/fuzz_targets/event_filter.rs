//! `EventFilter` with random criteria: never panics, returns events in
//! chronological order, and returns exactly the events `matches` accepts,
//! whichever index (partner, date range, whole timeline) it draws from.
#![no_main]

use cambodia_diplomacy::{EventFilter, EventType, Partner, PolicyTask, Principle, events};
use cambodia_diplomacy::chrono::{Datelike, NaiveDate};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

fn pick<T: Copy>(u: &mut Unstructured<'_>, all: &[T]) -> Result<T> {
    Ok(*u.choose(all)?)
}

fn maybe<T: Copy>(u: &mut Unstructured<'_>, all: &[T]) -> Result<Option<T>> {
    Ok(if u.arbitrary()? {
        Some(pick(u, all)?)
    } else {
        None
    })
}

fn day(u: &mut Unstructured<'_>) -> Result<NaiveDate> {
    let (min, max) = (
        NaiveDate::MIN.num_days_from_ce(),
        NaiveDate::MAX.num_days_from_ce(),
    );
    let n = if u.arbitrary()? {
        u.int_in_range(min..=max)?
    } else {
        // 1940 to 2040, where the data is.
        u.int_in_range(708_205..=745_095)?
    };
    Ok(NaiveDate::from_num_days_from_ce_opt(n).expect("inside chrono's range"))
}

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let all_partners: Vec<Partner> = Partner::iter().collect();
    let all_kinds: Vec<EventType> = EventType::iter().collect();
    let all_principles: Vec<Principle> = Principle::iter().collect();
    let all_tasks: Vec<PolicyTask> = PolicyTask::iter().collect();

    let partner = maybe(u, &all_partners)?;
    let partners: Vec<Partner> = (0..u.int_in_range(0u8..=3)?)
        .map(|_| pick(u, &all_partners))
        .collect::<Result<_>>()?;
    let kind = maybe(u, &all_kinds)?;
    let kinds: Vec<EventType> = (0..u.int_in_range(0u8..=3)?)
        .map(|_| pick(u, &all_kinds))
        .collect::<Result<_>>()?;
    let range = if u.arbitrary()? {
        Some((day(u)?, day(u)?))
    } else {
        None
    };
    let principle = maybe(u, &all_principles)?;
    let task = maybe(u, &all_tasks)?;
    let title: Option<String> = u.arbitrary()?;

    let mut filter = EventFilter::new().any_partner(&partners).any_kind(&kinds);
    if let Some(p) = partner {
        filter = filter.partner(p);
    }
    if let Some(k) = kind {
        filter = filter.kind(k);
    }
    if let Some((from, to)) = range {
        filter = filter.between(from, to);
    }
    if let Some(p) = principle {
        filter = filter.principle(p);
    }
    if let Some(t) = task {
        filter = filter.task(t);
    }
    if let Some(t) = title.as_deref() {
        filter = filter.title_contains(t);
    }

    let found: Vec<_> = filter.iter().collect();
    assert!(
        found.windows(2).all(|w| w[0].date <= w[1].date),
        "not chronological"
    );
    let expected: Vec<&str> = events()
        .filter(|e| filter.matches(e))
        .map(|e| e.id)
        .collect();
    assert_eq!(found.iter().map(|e| e.id).collect::<Vec<_>>(), expected);
    for event in &found {
        if let Some((from, to)) = range {
            assert!(
                from <= to
                    && event.date.start.first_day() <= to
                    && event.date.last().last_day() >= from
            );
        }
        if let Some(p) = partner {
            assert!(event.involves(p));
        }
        if let Some(k) = kind {
            assert_eq!(event.kind.event_type(), k);
        }
        if !partners.is_empty() {
            assert!(partners.iter().any(|p| event.involves(*p)));
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
