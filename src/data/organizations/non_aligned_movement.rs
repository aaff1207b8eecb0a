//! Cambodia and the NonAlignedMovement: profile, membership history and events.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::NonAlignedMovement,
    acronym: "NON_ALIGNED_MOVEMENT",
    name_en: "NonAlignedMovement",
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
    organization: Organization::NonAlignedMovement,
    periods: &[],
    roles: &[],
    country_members: &[],
    note: "",
    sources: src![SEED_IRIC],
};

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
