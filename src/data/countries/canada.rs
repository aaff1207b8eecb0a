//! Cambodia and Canada: profile, relation history, missions, agreements and events.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Canada,
    short_name_en: "Canada",
    official_name_en: "Canada",
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
    country: Country::Canada,
    periods: &[],
    missions: &[],
    frameworks: &[],
    agreements: &[],
    note: "",
    sources: src![SEED_IRIC],
};

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
