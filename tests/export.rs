//! The JSON export: it parses, it is valid against its JSON Schema
//! (`schema/dataset.schema.json`), every source id it mentions is defined,
//! and its arrays hold as many records as the API's iterators.

#![cfg(feature = "serde")]

use std::collections::BTreeSet;

use cambodia_diplomacy::*;
use serde_json::Value;
use strum::{EnumCount, IntoEnumIterator};

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
            // A relation not yet researched states nothing, so cites nothing.
            let states_nothing = key == "relations"
                && record["periods_complete"] == false
                && ["periods", "missions", "frameworks", "agreements"]
                    .iter()
                    .all(|k| record[*k].as_array().is_some_and(Vec::is_empty));
            assert!(
                sources > 0 || states_nothing,
                "{key} record {id} has no sources"
            );
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

// ---------------------------------------------------------------------------
// The JSON Schema of the export
// ---------------------------------------------------------------------------

fn schema() -> Value {
    serde_json::from_str(include_str!("../schema/dataset.schema.json")).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    let schema = schema();
    if let Err(err) = jsonschema::meta::validate(&schema) {
        panic!("the schema is not a valid JSON Schema: {err}");
    }
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|err| panic!("the schema does not compile: {err}"))
}

/// The first few ways a document breaks the schema, one a line.
fn violations(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .take(20)
        .map(|err| format!("at {}: {err}", err.instance_path()))
        .collect()
}

#[test]
fn export_is_valid_against_its_schema() {
    let validator = validator();
    let doc = export();
    let errors = violations(&validator, &doc);
    assert!(
        errors.is_empty(),
        "the export breaks the schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn format_version_is_written_and_pinned_by_the_schema() {
    let doc = export();
    assert_eq!(doc["format_version"], Dataset::FORMAT_VERSION);
    assert_eq!(
        schema()["properties"]["format_version"]["const"],
        Dataset::FORMAT_VERSION,
        "bump the schema's format_version with Dataset::FORMAT_VERSION"
    );
    let version: Vec<u32> = Dataset::FORMAT_VERSION
        .split('.')
        .map(|n| n.parse().expect("a number"))
        .collect();
    assert_eq!(version.len(), 3, "MAJOR.MINOR.PATCH");
}

/// The schema has teeth: each change below to a valid export breaks it.
#[test]
fn schema_rejects_documents_that_break_the_format() {
    let validator = validator();
    let valid = export();
    type Edit = fn(&mut Value);
    let edits: [(&str, Edit); 12] = [
        ("unknown top-level key", |d| {
            d["extra"] = Value::Bool(true);
        }),
        ("missing format_version", |d| {
            d.as_object_mut().expect("object").remove("format_version");
        }),
        ("other format_version", |d| {
            d["format_version"] = "2.0.0".into()
        }),
        ("non-canonical date Y1950", |d| {
            d["data_reviewed"] = "Y1950".into()
        }),
        ("non-canonical date -0000", |d| {
            d["relations"][0]["periods"][0]["start"][0]["date"] = "-0000".into();
        }),
        ("unsupported EDTF interval", |d| {
            d["events"][0]["date"]["start"] = "1964/2008".into();
        }),
        ("unknown field in a relation", |d| {
            d["relations"][0]["extra"] = Value::Null;
        }),
        ("missing field in a source", |d| {
            d["sources"][0]
                .as_object_mut()
                .expect("object")
                .remove("url");
        }),
        ("unknown relation status", |d| {
            d["relations"][0]["periods"][0]["status"] = "frozen".into();
        }),
        ("unknown event kind", |d| {
            d["events"][0]["kind"]["type"] = "party".into()
        }),
        ("visit without a level", |d| {
            let visit = d["events"]
                .as_array_mut()
                .expect("events")
                .iter_mut()
                .find(|e| e["kind"]["type"] == "visit")
                .expect("a visit");
            visit["kind"]
                .as_object_mut()
                .expect("object")
                .remove("level");
        }),
        ("unknown partner", |d| {
            d["events"][0]["partners"][0] = "atlantis".into()
        }),
    ];
    for (what, edit) in edits {
        let mut doc = valid.clone();
        edit(&mut doc);
        assert!(
            !validator.is_valid(&doc),
            "the schema accepts a document with {what}"
        );
    }
}

/// The schema's pattern for dates accepts exactly the forms `HistDate`
/// reads (leaving to the parser only the calendar: no 1999-02-30).
#[test]
fn schema_date_pattern_matches_the_hist_date_parser() {
    let pattern = schema()["$defs"]["date"]["pattern"].clone();
    let date_only = serde_json::json!({ "type": "string", "pattern": pattern });
    let validator = jsonschema::draft202012::new(&date_only).expect("compiles");
    for text in [
        "1950",
        "0000",
        "1999-04",
        "1956-05-13",
        "-0044",
        "-0044-03-15",
        "Y10000",
        "Y-100000",
        "Y10000-01",
        "Y-100000-12-31",
        "1950~",
        "1965?",
        "1999-04-30~",
    ] {
        assert!(text.parse::<HistDate>().is_ok(), "{text}");
        assert!(
            validator.is_valid(&text.into()),
            "the schema rejects {text}"
        );
    }
    for text in [
        "Y1950",
        "Y0",
        "-0000",
        "Y010000",
        "10000",
        "1999-13",
        "1999-00",
        "1999-04-32",
        "195",
        "1999-4",
        "1950%",
        "201X",
        "2001-21",
        "1964/2008",
        "1985-04-12T23:20:30",
        "1999~?",
        " 1950",
        "",
    ] {
        // The parser ignores white space around a date; the export never has any.
        assert!(
            text.trim() != text || text.parse::<HistDate>().is_err(),
            "{text}"
        );
        assert!(
            !validator.is_valid(&text.into()),
            "the schema accepts {text:?}"
        );
    }
}

/// The schema's closed sets list exactly the crate's values.
#[test]
fn schema_closed_sets_match_the_crate() {
    let schema = schema();
    let set = |pointer: &str| -> BTreeSet<String> {
        schema
            .pointer(pointer)
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("no enum at {pointer}"))
            .iter()
            .map(|v| v.as_str().expect("a string").to_owned())
            .collect()
    };
    fn ids<T: IntoEnumIterator + serde::Serialize>() -> BTreeSet<String> {
        T::iter()
            .map(|v| {
                serde_json::to_value(v)
                    .expect("ser")
                    .as_str()
                    .expect("a string")
                    .to_owned()
            })
            .collect()
    }
    assert_eq!(set("/$defs/countryId/enum"), ids::<Country>());
    assert_eq!(set("/$defs/organizationId/enum"), ids::<Organization>());
    assert_eq!(set("/$defs/principleId/enum"), ids::<Principle>());
    assert_eq!(set("/$defs/policyTaskId/enum"), ids::<PolicyTask>());
    assert_eq!(
        set("/properties/countries/items/properties/relation_type/enum"),
        ids::<RelationType>()
    );
    let mut event_types =
        set("/properties/events/items/properties/kind/oneOf/0/properties/type/enum");
    for i in 1..=4 {
        let pointer =
            format!("/properties/events/items/properties/kind/oneOf/{i}/properties/type/const");
        let value = schema.pointer(&pointer).and_then(Value::as_str);
        event_types.insert(
            value
                .unwrap_or_else(|| panic!("no const at {pointer}"))
                .to_owned(),
        );
    }
    assert_eq!(event_types, ids::<EventType>());

    // Sets the crate cannot list: every value the schema allows is one the
    // crate reads back.
    fn all_read<T: serde::de::DeserializeOwned>(values: BTreeSet<String>, what: &str) {
        for v in values {
            assert!(
                serde_json::from_value::<T>(Value::String(v.clone())).is_ok(),
                "{what} {v:?}"
            );
        }
    }
    let relation = "/properties/relations/items/properties";
    all_read::<RelationStatus>(
        set(&format!("{relation}/periods/items/properties/status/enum")),
        "status",
    );
    all_read::<MissionDirection>(
        set(&format!(
            "{relation}/missions/items/properties/direction/enum"
        )),
        "direction",
    );
    all_read::<MissionKind>(
        set(&format!("{relation}/missions/items/properties/kind/enum")),
        "mission kind",
    );
    all_read::<AgreementKind>(
        set("/$defs/agreement/properties/kind/enum"),
        "agreement kind",
    );
    all_read::<VisitKind>(
        set("/properties/events/items/properties/exchange/oneOf/1/properties/visit_kind/enum"),
        "visit kind",
    );
    all_read::<Indicator>(
        set("/properties/figures/items/properties/indicator/enum"),
        "indicator",
    );
    all_read::<Reporter>(
        set("/properties/figures/items/properties/reporter/enum"),
        "reporter",
    );
    all_read::<Qualifier>(
        set("/properties/figures/items/properties/qualifier/enum"),
        "qualifier",
    );
    all_read::<Scale>(
        set("/properties/figures/items/properties/value/properties/scale/enum"),
        "scale",
    );
    all_read::<Scope>(
        set("/properties/coverage/items/properties/scope/enum"),
        "coverage scope",
    );
    all_read::<Level>(
        set("/properties/mechanisms/items/properties/level/enum"),
        "mechanism level",
    );
    all_read::<MembershipStatus>(
        set("/properties/memberships/items/properties/periods/items/properties/status/enum"),
        "membership status",
    );
    let kind = "/properties/events/items/properties/kind/oneOf";
    all_read::<Direction>(
        set(&format!("{kind}/1/properties/direction/enum")),
        "direction",
    );
    all_read::<Level>(set(&format!("{kind}/1/properties/level/enum")), "level");
    all_read::<SummitRole>(
        set(&format!("{kind}/2/properties/role/enum")),
        "summit role",
    );
    all_read::<Vote>(set(&format!("{kind}/3/properties/vote/enum")), "vote");
}
