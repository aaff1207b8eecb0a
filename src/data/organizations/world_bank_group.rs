//! Cambodia and the WorldBankGroup: profile, membership history and events.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::WorldBankGroup,
    acronym: "WORLD_BANK_GROUP",
    name_en: "WorldBankGroup",
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
    organization: Organization::WorldBankGroup,
    periods: &[],
    roles: &[],
    country_members: &[],
    note: "",
    sources: src![SEED_IRIC],
};

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
