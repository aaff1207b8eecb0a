//! Cambodia and Singapore: profile, relation history, missions, agreements and events.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Singapore,
    short_name_en: "Singapore",
    official_name_en: "Singapore",
    short_name_fr: "",
    official_name_fr: "",
    alpha2: "",
    alpha3: "",
    numeric: 0,
    wikidata: "",
    capital: "",
    region: "",
    sub_region: "",
    languages: &[],
    currency: "",
    population: None,
    relation_type: RelationType::WiderWorld,
    aliases: &[],
    sources: src![SEED_IRIC],
};

pub(crate) static RELATION: Relation = Relation {
    country: Country::Singapore,
    periods: &[],
    missions: &[],
    frameworks: &[],
    agreements: &[],
    note: "",
    sources: src![SEED_IRIC],
};

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
