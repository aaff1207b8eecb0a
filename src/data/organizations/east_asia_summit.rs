//! Cambodia and the EastAsiaSummit: profile, membership history and events.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::EastAsiaSummit,
    acronym: "EAST_ASIA_SUMMIT",
    name_en: "EastAsiaSummit",
    name_fr: "",
    wikidata: "",
    founded: None,
    headquarters: None,
    members: None,
    website: None,
    aliases: &[],
    sources: src![SEED_IRIC],
};

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::EastAsiaSummit,
    periods: &[],
    roles: &[],
    country_members: &[],
    note: "",
    sources: src![SEED_IRIC],
};

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
