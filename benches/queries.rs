//! One criterion group per row of the README's performance table.
//!
//! Run with `cargo bench`; a single group with `cargo bench -- <group>`.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use cambodia_diplomacy::{
    Country, NaiveDate, Organization, Partner, Principle, events_between, events_of, find_partners,
};
use criterion::{Criterion, criterion_group, criterion_main};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid day")
}

/// The floor of a measurement: one opaque byte through the loop. Every other
/// figure is read against it (the VM's floor against a reference machine's).
fn baseline(c: &mut Criterion) {
    let mut g = c.benchmark_group("baseline");
    g.bench_function("loop_floor", |b| b.iter(|| black_box(1u8)));
    g.finish();
}

fn id_to_record(c: &mut Criterion) {
    let mut g = c.benchmark_group("id_to_record");
    g.bench_function("country_profile", |b| {
        b.iter(|| black_box(black_box(Country::Vietnam).profile()))
    });
    g.bench_function("organization_profile", |b| {
        b.iter(|| black_box(black_box(Organization::Asean).profile()))
    });
    g.bench_function("relation", |b| {
        b.iter(|| black_box(black_box(Country::Russia).relation()))
    });
    g.bench_function("membership", |b| {
        b.iter(|| black_box(black_box(Organization::UnitedNations).membership()))
    });
    g.bench_function("principle_profile", |b| {
        b.iter(|| black_box(black_box(Principle::NonAlignment).profile()))
    });
    g.finish();
}

fn parse_code(c: &mut Criterion) {
    cambodia_diplomacy::warm_up();
    let mut g = c.benchmark_group("parse_code");
    g.bench_function("alpha2_RU", |b| {
        b.iter(|| black_box(black_box("RU").parse::<Country>()))
    });
    g.bench_function("alpha3_KOR", |b| {
        b.iter(|| black_box(black_box("KOR").parse::<Country>()))
    });
    g.bench_function("acronym_ASEAN", |b| {
        b.iter(|| black_box(black_box("ASEAN").parse::<Organization>()))
    });
    g.bench_function("lowercase_us", |b| {
        b.iter(|| black_box(black_box("us").parse::<Partner>()))
    });
    g.finish();
}

/// The strict, exact-case constructors: array lookups, no hashing.
fn strict_code(c: &mut Criterion) {
    cambodia_diplomacy::warm_up();
    let mut g = c.benchmark_group("strict_code");
    g.bench_function("from_alpha2_RU", |b| {
        b.iter(|| black_box(Country::from_alpha2(black_box("RU"))))
    });
    g.bench_function("from_alpha3_KOR", |b| {
        b.iter(|| black_box(Country::from_alpha3(black_box("KOR"))))
    });
    g.bench_function("from_numeric_643", |b| {
        b.iter(|| black_box(Country::from_numeric(black_box(643))))
    });
    g.finish();
}

/// The same inputs through this crate and the ISO 3166 crates users would
/// otherwise pick, in the same run.
fn versus_crates(c: &mut Criterion) {
    cambodia_diplomacy::warm_up();
    let mut g = c.benchmark_group("versus_crates");
    g.bench_function("this_crate_fromstr_RU", |b| {
        b.iter(|| black_box(black_box("RU").parse::<Country>()))
    });
    g.bench_function("this_crate_fromstr_KOR", |b| {
        b.iter(|| black_box(black_box("KOR").parse::<Country>()))
    });
    g.bench_function("this_crate_fromstr_name", |b| {
        b.iter(|| black_box(black_box("Vietnam").parse::<Country>()))
    });
    g.bench_function("isocountry_alpha2_RU", |b| {
        b.iter(|| black_box(isocountry::CountryCode::for_alpha2(black_box("RU"))))
    });
    g.bench_function("isocountry_alpha3_KOR", |b| {
        b.iter(|| black_box(isocountry::CountryCode::for_alpha3(black_box("KOR"))))
    });
    g.bench_function("celes_alpha2_RU", |b| {
        b.iter(|| black_box(celes::Country::from_alpha2(black_box("RU"))))
    });
    g.bench_function("celes_alpha3_KOR", |b| {
        b.iter(|| black_box(celes::Country::from_alpha3(black_box("KOR"))))
    });
    g.bench_function("celes_fromstr_name", |b| {
        b.iter(|| black_box(black_box("Vietnam").parse::<celes::Country>()))
    });
    g.bench_function("keshvar_alpha2_RU", |b| {
        b.iter(|| black_box(keshvar::Alpha2::try_from(black_box("RU"))))
    });
    g.bench_function("keshvar_alpha3_KOR", |b| {
        b.iter(|| black_box(keshvar::Alpha3::try_from(black_box("KOR"))))
    });
    g.finish();
}

/// Finding the partners a 10 kB news article mentions.
fn find_in_text(c: &mut Criterion) {
    cambodia_diplomacy::warm_up();
    let article = include_str!("fixtures/article.txt");
    let mut g = c.benchmark_group("find_partners");
    g.throughput(criterion::Throughput::Bytes(article.len() as u64));
    g.bench_function("article_10kB", |b| {
        b.iter(|| black_box(find_partners(black_box(article)).count()))
    });
    g.finish();
}

fn parse_name(c: &mut Criterion) {
    cambodia_diplomacy::warm_up();
    let mut g = c.benchmark_group("parse_name");
    g.bench_function("english_lowercase", |b| {
        b.iter(|| black_box(black_box("vietnam").parse::<Country>()))
    });
    g.bench_function("alias_any_case", |b| {
        b.iter(|| black_box(black_box("Republic of Korea").parse::<Country>()))
    });
    g.bench_function("french_accented", |b| {
        b.iter(|| black_box(black_box("États-Unis").parse::<Country>()))
    });
    g.bench_function("organization_name", |b| {
        b.iter(|| black_box(black_box("Asian Infrastructure Investment Bank").parse::<Partner>()))
    });
    g.bench_function("unknown", |b| {
        b.iter(|| black_box(black_box("Atlantis").parse::<Partner>().is_err()))
    });
    g.bench_function("khmer", |b| {
        b.iter(|| black_box(black_box("ថៃ").parse::<Country>()))
    });
    g.bench_function("khmer_with_prefix_and_zero_width_spaces", |b| {
        b.iter(|| black_box(black_box("ប្រទេសកូរ៉េ\u{200b}ខាង\u{200b}ជើង").parse::<Country>()))
    });
    g.bench_function("khmer_official_long_form", |b| {
        b.iter(|| black_box(black_box("សាធារណរដ្ឋប្រជាមានិតចិន").parse::<Country>()))
    });
    g.finish();
}

fn status_on_date(c: &mut Criterion) {
    let mut g = c.benchmark_group("status_on_date");
    let russia = Country::Russia.relation();
    let asean = Organization::Asean.membership();
    let d = day(1985, 6, 1);
    g.bench_function("relation_is_active_on", |b| {
        b.iter(|| black_box(russia.is_active_on(black_box(d))))
    });
    g.bench_function("membership_is_member_on", |b| {
        b.iter(|| black_box(asean.is_member_on(black_box(day(1999, 5, 1)))))
    });
    g.bench_function("country_is_member_on", |b| {
        b.iter(|| black_box(asean.country_is_member_on(black_box(Country::Laos), black_box(d))))
    });
    g.finish();
}

fn events_range(c: &mut Criterion) {
    cambodia_diplomacy::warm_up();
    let mut g = c.benchmark_group("events_range_first_item");
    let (from, to) = (day(2022, 1, 1), day(2022, 12, 31));
    g.bench_function("2022", |b| {
        b.iter(|| black_box(events_between(black_box(from), black_box(to)).next()))
    });
    g.bench_function("1970s", |b| {
        b.iter(|| {
            black_box(
                events_between(black_box(day(1970, 1, 1)), black_box(day(1979, 12, 31))).next(),
            )
        })
    });
    g.finish();
}

fn events_partner(c: &mut Criterion) {
    cambodia_diplomacy::warm_up();
    let mut g = c.benchmark_group("events_of_partner_first_item");
    g.bench_function("russia", |b| {
        b.iter(|| black_box(events_of(black_box(Country::Russia)).next()))
    });
    g.bench_function("asean", |b| {
        b.iter(|| black_box(events_of(black_box(Organization::Asean)).next()))
    });
    g.finish();
}

fn index_build(c: &mut Criterion) {
    let mut g = c.benchmark_group("index_build_all");
    g.bench_function("timeline_and_partner_index", |b| {
        b.iter(|| black_box(cambodia_diplomacy::__bench::build_indexes_uncached()))
    });
    g.bench_function("text_finder_index", |b| {
        b.iter(|| black_box(cambodia_diplomacy::__bench::build_mention_index_uncached()))
    });
    g.finish();
}

#[cfg(feature = "serde")]
fn export(c: &mut Criterion) {
    let mut g = c.benchmark_group("export_json");
    g.bench_function("whole_dataset", |b| {
        b.iter(|| black_box(serde_json::to_vec(&cambodia_diplomacy::Dataset).map(|v| v.len())))
    });
    g.finish();
}

#[cfg(not(feature = "serde"))]
fn export(_: &mut Criterion) {}

criterion_group!(
    benches,
    baseline,
    id_to_record,
    parse_code,
    strict_code,
    versus_crates,
    parse_name,
    find_in_text,
    status_on_date,
    events_range,
    events_partner,
    index_build,
    export
);
criterion_main!(benches);
