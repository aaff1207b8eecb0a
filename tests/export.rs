//! The JSON export: it parses, every source id it mentions is defined, and
//! its arrays hold as many records as the API's iterators.

#![cfg(feature = "serde")]

use std::collections::BTreeSet;

use cambodia_diplomacy::*;
use serde_json::Value;
use strum::EnumCount;

fn export() -> Value {
    let text = serde_json::to_string(&Dataset).expect("the dataset serializes");
    serde_json::from_str(&text).expect("the export is valid JSON")
}

/// Every string inside a `sources` array anywhere in the document.
fn cited_ids(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key == "sources" {
                    for id in v.as_array().expect("sources is an array") {
                        out.insert(id.as_str().expect("source ids are strings").to_owned());
                    }
                } else {
                    cited_ids(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| cited_ids(v, out)),
        _ => {}
    }
}

#[test]
fn export_has_every_array_with_the_api_counts() {
    let doc = export();
    let len = |key: &str| {
        doc[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key} is not an array"))
            .len()
    };
    assert_eq!(len("countries"), Country::COUNT);
    assert_eq!(len("organizations"), Organization::COUNT);
    assert_eq!(len("principles"), Principle::COUNT);
    assert_eq!(len("policy_tasks"), PolicyTask::COUNT);
    assert_eq!(len("relations"), relations().len());
    assert_eq!(len("memberships"), memberships().len());
    assert_eq!(len("events"), events().len());
    assert_eq!(len("sources"), sources().count());
    assert_eq!(len("cambodian_states"), cambodian_states().len());
    assert_eq!(len("un_seat"), un_seat_holders().len());
    assert_eq!(doc["data_reviewed"], DATA_REVIEWED.to_string());
}

#[test]
fn every_cited_source_id_is_defined_and_every_record_cites() {
    let doc = export();
    let defined: BTreeSet<String> = doc["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["id"].as_str().expect("id").to_owned())
        .collect();
    let mut cited = BTreeSet::new();
    for (key, value) in doc.as_object().expect("an object") {
        if key != "sources" {
            cited_ids(value, &mut cited);
        }
    }
    let undefined: Vec<_> = cited.difference(&defined).collect();
    assert!(undefined.is_empty(), "cited but not defined: {undefined:?}");
    for key in [
        "countries",
        "organizations",
        "principles",
        "policy_tasks",
        "relations",
        "memberships",
        "events",
    ] {
        for record in doc[key].as_array().expect(key) {
            let id = record["id"].as_str().expect("every record has an id");
            let sources = record["sources"].as_array().map_or(0, Vec::len);
            assert!(sources > 0, "{key} record {id} has no sources");
        }
    }
}

#[test]
fn sources_carry_their_kind_and_original() {
    let doc = export();
    let kinds: BTreeSet<&str> = ["official", "press", "scholarly", "reference", "copy"].into();
    for s in doc["sources"].as_array().expect("sources") {
        let id = s["id"].as_str().expect("id");
        let kind = s["kind"].as_str().expect("every source has a kind");
        assert!(kinds.contains(kind), "source {id}: kind {kind:?}");
        let copy_of = &s["copy_of"];
        assert!(
            copy_of.is_null() || (kind == "copy" && copy_of.is_string()),
            "source {id}: copy_of {copy_of} on a {kind}"
        );
    }
    let copy = doc["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .find(|s| s["id"] == "pakistan_kyodo_2005_embassy_plan")
        .expect("the Kyodo repost");
    assert_eq!(copy["kind"], "copy");
    assert_eq!(
        copy["copy_of"],
        "Kyodo News, \"Pakistan to open embassy in Cambodia\""
    );
}

#[test]
fn records_have_snake_case_ids_and_dates_in_edtf() {
    let doc = export();
    for key in [
        "countries",
        "organizations",
        "principles",
        "policy_tasks",
        "relations",
        "memberships",
        "events",
    ] {
        for record in doc[key].as_array().expect(key) {
            let id = record["id"].as_str().expect("id");
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{key}: id {id:?}"
            );
        }
    }
    for event in doc["events"].as_array().expect("events") {
        let start = event["date"]["start"].as_str().expect("a date string");
        assert!(
            start.parse::<HistDate>().is_ok(),
            "event date {start:?} is not EDTF"
        );
    }
    let russia = &doc["relations"].as_array().expect("relations")[Country::Russia as usize];
    assert_eq!(russia["id"], "russia");
    assert_eq!(russia["periods"][0]["start"][0]["date"], "1956-05-13");
    assert_eq!(russia["periods"][0]["end"]["kind"], "ended");
}

#[test]
fn ids_and_enums_round_trip_through_json() {
    for c in Country::iter() {
        let json = serde_json::to_string(&c).expect("serializes");
        assert_eq!(json, format!("\"{}\"", c.id()));
        assert_eq!(
            serde_json::from_str::<Country>(&json).expect("deserializes"),
            c
        );
        let p = Partner::Country(c);
        assert_eq!(
            serde_json::from_str::<Partner>(&serde_json::to_string(&p).expect("ser")).expect("de"),
            p
        );
    }
    for o in Organization::iter() {
        let p = Partner::Organization(o);
        assert_eq!(
            serde_json::from_str::<Partner>(&serde_json::to_string(&p).expect("ser")).expect("de"),
            p
        );
    }
    for p in Principle::iter() {
        assert_eq!(
            serde_json::from_str::<Principle>(&serde_json::to_string(&p).expect("ser"))
                .expect("de"),
            p
        );
    }
    for t in PolicyTask::iter() {
        assert_eq!(
            serde_json::from_str::<PolicyTask>(&serde_json::to_string(&t).expect("ser"))
                .expect("de"),
            t
        );
    }
    for t in EventType::iter() {
        assert_eq!(
            serde_json::from_str::<EventType>(&serde_json::to_string(&t).expect("ser"))
                .expect("de"),
            t
        );
    }
    for d in ["1950", "1999-04", "1956-05-13", "1950~", "1965?"] {
        let date: HistDate = d.parse().expect("parses");
        assert_eq!(
            serde_json::to_string(&date).expect("ser"),
            format!("\"{d}\"")
        );
        assert_eq!(
            serde_json::from_str::<HistDate>(&format!("\"{d}\"")).expect("de"),
            date
        );
    }
    assert!(serde_json::from_str::<HistDate>("\"1999-02-30\"").is_err());
}

#[test]
fn partners_deserialize_from_any_name_or_code() {
    assert_eq!(
        serde_json::from_str::<Country>("\"Burma\"").expect("alias"),
        Country::Myanmar
    );
    assert_eq!(
        serde_json::from_str::<Partner>("\"KH\"").ok(),
        None,
        "Cambodia itself is not a partner"
    );
    assert_eq!(
        serde_json::from_str::<Organization>("\"ASEAN\"").expect("acronym"),
        Organization::Asean
    );
    let err = serde_json::from_str::<Country>("\"ASEAN\"").expect_err("not a country");
    assert!(err.to_string().contains("names an organization"), "{err}");
}
