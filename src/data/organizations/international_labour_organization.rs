//! Cambodia and the InternationalLabourOrganization: profile, membership history and events.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::InternationalLabourOrganization,
    acronym: "INTERNATIONAL_LABOUR_ORGANIZATION",
    name_en: "InternationalLabourOrganization",
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
    organization: Organization::InternationalLabourOrganization,
    periods: &[],
    roles: &[],
    country_members: &[],
    note: "",
    sources: src![SEED_IRIC],
};

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
