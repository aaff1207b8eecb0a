//! The whole dataset as one serializable document (behind the `serde` feature).
//!
//! The schema is documented in the README. `cargo run --example export`
//! writes it as JSON.

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::Sources;

/// Serializes a list of sources as the list of their ids.
pub(crate) fn source_ids<S: Serializer>(
    sources: &Sources,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(Some(sources.len()))?;
    for source in sources.iter() {
        seq.serialize_element(source.id)?;
    }
    seq.end()
}

/// Serializes a list of sources in full (id, publisher, title, URL, dates),
/// so that an answer carries its citations with it.
pub(crate) fn full_sources<S: Serializer>(
    sources: &Sources,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(sources.iter())
}

/// Serializes an iterator as a sequence without collecting it.
struct Seq<I>(I);

impl<I> Serialize for Seq<I>
where
    I: Iterator + Clone,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.clone())
    }
}

/// The whole dataset, ready to serialize: `format_version`,
/// `crate_version`, `data_reviewed`, and top-level arrays `countries`,
/// `organizations`, `principles`, `policy_tasks`, `cambodian_states`,
/// `un_seat`, `relations`, `memberships`, `events`, `mechanisms`,
/// `coverage`, `figures`, `khmer_names`, `instruments` and `sources`.
///
/// The JSON Schema (draft 2020-12) of the document is
/// `schema/dataset.schema.json` in the crate's source.
///
/// ```
/// use cambodia_diplomacy::Dataset;
///
/// let json = serde_json::to_value(Dataset).unwrap();
/// assert_eq!(json["format_version"], Dataset::FORMAT_VERSION);
/// assert_eq!(json["organizations"].as_array().unwrap().len(), 16);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Dataset;

impl Dataset {
    /// The version of the export's format, `MAJOR.MINOR.PATCH`, written as
    /// its `format_version` field. MAJOR changes when a field is removed,
    /// renamed or changes type; MINOR when a field is added or a closed set
    /// (a status, a kind) gains a value; PATCH for fixes to the schema
    /// alone. It is independent of the crate's version and of the data.
    pub const FORMAT_VERSION: &'static str = "1.5.0";
}

impl Serialize for Dataset {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut doc = serializer.serialize_struct("Dataset", 24)?;
        doc.serialize_field("format_version", Self::FORMAT_VERSION)?;
        doc.serialize_field("crate_version", env!("CARGO_PKG_VERSION"))?;
        doc.serialize_field("data_reviewed", &crate::DATA_REVIEWED)?;
        doc.serialize_field(
            "countries",
            &Seq(crate::Country::iter().map(crate::Country::profile)),
        )?;
        doc.serialize_field(
            "organizations",
            &Seq(crate::Organization::iter().map(crate::Organization::profile)),
        )?;
        doc.serialize_field(
            "principles",
            &Seq(crate::Principle::iter().map(crate::Principle::profile)),
        )?;
        doc.serialize_field(
            "policy_tasks",
            &Seq(crate::PolicyTask::iter().map(crate::PolicyTask::profile)),
        )?;
        doc.serialize_field("cambodian_states", &Seq(crate::cambodian_states()))?;
        doc.serialize_field("un_seat", &Seq(crate::un_seat_holders()))?;
        doc.serialize_field("relations", &Seq(crate::relations()))?;
        // No mission list is claimed complete: a count is a lower bound.
        doc.serialize_field(
            "missions_completeness",
            &crate::relation::MISSIONS_COMPLETENESS,
        )?;
        doc.serialize_field("memberships", &Seq(crate::memberships()))?;
        doc.serialize_field("events", &Seq(crate::events()))?;
        doc.serialize_field("mechanisms", &Seq(crate::mechanisms()))?;
        doc.serialize_field("coverage", &Seq(crate::coverage()))?;
        doc.serialize_field("figures", &Seq(crate::observations()))?;
        // No figure series is claimed complete: a count is a lower bound.
        doc.serialize_field("figures_completeness", &crate::figures::SERIES_COMPLETENESS)?;
        doc.serialize_field("khmer_names", &Seq(khmer_names()))?;
        doc.serialize_field("areas", &Seq(crate::areas()))?;
        doc.serialize_field("office_records", &Seq(crate::office_records()))?;
        doc.serialize_field("office_holders", &Seq(crate::office_holders()))?;
        doc.serialize_field("instruments", &Seq(crate::instruments()))?;
        doc.serialize_field(
            "reported_relation_counts",
            &Seq(crate::reported_relation_counts()),
        )?;
        doc.serialize_field("sources", &Seq(crate::sources()))?;
        doc.end()
    }
}

/// One entity's Khmer names in the export: `entity` is `country:<id>`,
/// `organization:<id>`, `state:<id>`, `seat:<holder>`, `principle:<id>` or
/// `task:<id>`.
#[derive(Serialize)]
struct KhmerEntry {
    entity: String,
    #[serde(flatten)]
    names: crate::KhmerName,
}

/// Every Khmer name the crate holds, entity by entity.
fn khmer_names() -> impl Iterator<Item = KhmerEntry> + Clone {
    let entry = |entity: String, names: crate::KhmerName| KhmerEntry { entity, names };
    let countries =
        crate::Country::iter().map(move |c| entry(format!("country:{}", c.id()), c.khmer()));
    let organizations = crate::Organization::iter()
        .filter_map(move |o| Some(entry(format!("organization:{}", o.id()), o.khmer()?)));
    let states = crate::cambodian_states()
        .filter_map(move |s| Some(entry(format!("state:{}", s.id), s.khmer()?)));
    let seats = crate::un_seat_holders()
        .filter_map(move |s| Some(entry(format!("seat:{}", s.holder), s.khmer()?)));
    let principles = crate::Principle::iter()
        .filter_map(move |p| Some(entry(format!("principle:{}", p.id()), p.khmer()?)));
    let tasks = crate::PolicyTask::iter()
        .filter_map(move |t| Some(entry(format!("task:{}", t.id()), t.khmer()?)));
    countries
        .chain(organizations)
        .chain(states)
        .chain(seats)
        .chain(principles)
        .chain(tasks)
}
