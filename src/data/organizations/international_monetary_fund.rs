//! Cambodia and the InternationalMonetaryFund: profile, membership history and events.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::InternationalMonetaryFund,
    acronym: "INTERNATIONAL_MONETARY_FUND",
    name_en: "InternationalMonetaryFund",
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
    organization: Organization::InternationalMonetaryFund,
    periods: &[],
    roles: &[],
    country_members: &[],
    note: "",
    sources: src![SEED_IRIC],
};

pub(crate) static EVENTS: &[Event] = &[];

pub(crate) static SOURCES: &[&Source] = &[];
