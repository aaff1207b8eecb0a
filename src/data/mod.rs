//! The data tables. Everything here is static: no parsing at run time.
//!
//! Layout, for a researcher reviewing or extending the data:
//! - `sources.rs`: sources shared by several files (the seed documents);
//! - `countries/<country>.rs`: one file per country with its profile, the
//!   history of its relations with Cambodia, missions, partnership frameworks,
//!   agreements, events, and the sources only that file uses;
//! - `organizations/<organization>.rs`: the same for each organization, with
//!   Cambodia's membership history;
//! - `principles.rs`: principles of the foreign policy, the five policy tasks;
//! - `states.rs`: Cambodia's own states and its seat at the UN.
//!
//! Each file is read like a form; `prelude.rs` and `macros.rs` explain the
//! few short names used (`day(1956, 5, 13)`, `on!(..)`, `src![..]`).

#[macro_use]
mod macros;
pub(crate) mod prelude;
pub(crate) mod principles;
pub(crate) mod sources;
pub(crate) mod states;

use crate::{
    Country, CountryProfile, Event, Membership, Organization, OrganizationProfile, Relation, Source,
};
use strum::EnumCount;

/// One file per country, in [`Country`] order.
pub(crate) mod countries {
    pub(crate) mod australia;
    pub(crate) mod bangladesh;
    pub(crate) mod brunei;
    pub(crate) mod canada;
    pub(crate) mod china;
    pub(crate) mod france;
    pub(crate) mod germany;
    pub(crate) mod india;
    pub(crate) mod indonesia;
    pub(crate) mod japan;
    pub(crate) mod laos;
    pub(crate) mod malaysia;
    pub(crate) mod myanmar;
    pub(crate) mod pakistan;
    pub(crate) mod philippines;
    pub(crate) mod russia;
    pub(crate) mod singapore;
    pub(crate) mod south_korea;
    pub(crate) mod thailand;
    pub(crate) mod ukraine;
    pub(crate) mod united_kingdom;
    pub(crate) mod united_states;
    pub(crate) mod vietnam;
}

/// One file per organization, in [`Organization`] order.
pub(crate) mod organizations {
    pub(crate) mod asean;
    pub(crate) mod asia_europe_meeting;
    pub(crate) mod asian_development_bank;
    pub(crate) mod asian_infrastructure_investment_bank;
    pub(crate) mod centrist_democratic_international;
    pub(crate) mod east_asia_summit;
    pub(crate) mod european_union;
    pub(crate) mod francophonie;
    pub(crate) mod international_labour_organization;
    pub(crate) mod international_monetary_fund;
    pub(crate) mod mekong_lancang_cooperation;
    pub(crate) mod non_aligned_movement;
    pub(crate) mod regional_comprehensive_economic_partnership;
    pub(crate) mod united_nations;
    pub(crate) mod world_bank_group;
    pub(crate) mod world_trade_organization;
}

pub(crate) static COUNTRY_PROFILES: [&CountryProfile; Country::COUNT] = [
    &countries::australia::PROFILE,
    &countries::bangladesh::PROFILE,
    &countries::brunei::PROFILE,
    &countries::canada::PROFILE,
    &countries::china::PROFILE,
    &countries::france::PROFILE,
    &countries::germany::PROFILE,
    &countries::india::PROFILE,
    &countries::indonesia::PROFILE,
    &countries::japan::PROFILE,
    &countries::laos::PROFILE,
    &countries::malaysia::PROFILE,
    &countries::myanmar::PROFILE,
    &countries::pakistan::PROFILE,
    &countries::philippines::PROFILE,
    &countries::russia::PROFILE,
    &countries::singapore::PROFILE,
    &countries::south_korea::PROFILE,
    &countries::thailand::PROFILE,
    &countries::united_kingdom::PROFILE,
    &countries::united_states::PROFILE,
    &countries::vietnam::PROFILE,
    &countries::ukraine::PROFILE,
];

pub(crate) static RELATIONS: [&Relation; Country::COUNT] = [
    &countries::australia::RELATION,
    &countries::bangladesh::RELATION,
    &countries::brunei::RELATION,
    &countries::canada::RELATION,
    &countries::china::RELATION,
    &countries::france::RELATION,
    &countries::germany::RELATION,
    &countries::india::RELATION,
    &countries::indonesia::RELATION,
    &countries::japan::RELATION,
    &countries::laos::RELATION,
    &countries::malaysia::RELATION,
    &countries::myanmar::RELATION,
    &countries::pakistan::RELATION,
    &countries::philippines::RELATION,
    &countries::russia::RELATION,
    &countries::singapore::RELATION,
    &countries::south_korea::RELATION,
    &countries::thailand::RELATION,
    &countries::united_kingdom::RELATION,
    &countries::united_states::RELATION,
    &countries::vietnam::RELATION,
    &countries::ukraine::RELATION,
];

pub(crate) static ORGANIZATION_PROFILES: [&OrganizationProfile; Organization::COUNT] = [
    &organizations::united_nations::PROFILE,
    &organizations::asean::PROFILE,
    &organizations::european_union::PROFILE,
    &organizations::world_trade_organization::PROFILE,
    &organizations::asian_development_bank::PROFILE,
    &organizations::international_monetary_fund::PROFILE,
    &organizations::international_labour_organization::PROFILE,
    &organizations::asian_infrastructure_investment_bank::PROFILE,
    &organizations::world_bank_group::PROFILE,
    &organizations::asia_europe_meeting::PROFILE,
    &organizations::east_asia_summit::PROFILE,
    &organizations::non_aligned_movement::PROFILE,
    &organizations::francophonie::PROFILE,
    &organizations::mekong_lancang_cooperation::PROFILE,
    &organizations::regional_comprehensive_economic_partnership::PROFILE,
    &organizations::centrist_democratic_international::PROFILE,
];

pub(crate) static MEMBERSHIPS: [&Membership; Organization::COUNT] = [
    &organizations::united_nations::MEMBERSHIP,
    &organizations::asean::MEMBERSHIP,
    &organizations::european_union::MEMBERSHIP,
    &organizations::world_trade_organization::MEMBERSHIP,
    &organizations::asian_development_bank::MEMBERSHIP,
    &organizations::international_monetary_fund::MEMBERSHIP,
    &organizations::international_labour_organization::MEMBERSHIP,
    &organizations::asian_infrastructure_investment_bank::MEMBERSHIP,
    &organizations::world_bank_group::MEMBERSHIP,
    &organizations::asia_europe_meeting::MEMBERSHIP,
    &organizations::east_asia_summit::MEMBERSHIP,
    &organizations::non_aligned_movement::MEMBERSHIP,
    &organizations::francophonie::MEMBERSHIP,
    &organizations::mekong_lancang_cooperation::MEMBERSHIP,
    &organizations::regional_comprehensive_economic_partnership::MEMBERSHIP,
    &organizations::centrist_democratic_international::MEMBERSHIP,
];

/// Every event table.
pub(crate) static EVENT_TABLES: &[&[Event]] = &[
    countries::australia::EVENTS,
    countries::bangladesh::EVENTS,
    countries::brunei::EVENTS,
    countries::canada::EVENTS,
    countries::china::EVENTS,
    countries::france::EVENTS,
    countries::germany::EVENTS,
    countries::india::EVENTS,
    countries::indonesia::EVENTS,
    countries::japan::EVENTS,
    countries::laos::EVENTS,
    countries::malaysia::EVENTS,
    countries::myanmar::EVENTS,
    countries::pakistan::EVENTS,
    countries::philippines::EVENTS,
    countries::russia::EVENTS,
    countries::singapore::EVENTS,
    countries::south_korea::EVENTS,
    countries::thailand::EVENTS,
    countries::united_kingdom::EVENTS,
    countries::united_states::EVENTS,
    countries::vietnam::EVENTS,
    countries::ukraine::EVENTS,
    organizations::united_nations::EVENTS,
    organizations::asean::EVENTS,
    organizations::european_union::EVENTS,
    organizations::world_trade_organization::EVENTS,
    organizations::asian_development_bank::EVENTS,
    organizations::international_monetary_fund::EVENTS,
    organizations::international_labour_organization::EVENTS,
    organizations::asian_infrastructure_investment_bank::EVENTS,
    organizations::world_bank_group::EVENTS,
    organizations::asia_europe_meeting::EVENTS,
    organizations::east_asia_summit::EVENTS,
    organizations::non_aligned_movement::EVENTS,
    organizations::francophonie::EVENTS,
    organizations::mekong_lancang_cooperation::EVENTS,
    organizations::regional_comprehensive_economic_partnership::EVENTS,
    organizations::centrist_democratic_international::EVENTS,
    states::EVENTS,
];

/// Every source table: the shared one, then one per file.
pub(crate) static SOURCE_TABLES: &[&[&Source]] = &[
    sources::SOURCES,
    principles::SOURCES,
    states::SOURCES,
    countries::australia::SOURCES,
    countries::bangladesh::SOURCES,
    countries::brunei::SOURCES,
    countries::canada::SOURCES,
    countries::china::SOURCES,
    countries::france::SOURCES,
    countries::germany::SOURCES,
    countries::india::SOURCES,
    countries::indonesia::SOURCES,
    countries::japan::SOURCES,
    countries::laos::SOURCES,
    countries::malaysia::SOURCES,
    countries::myanmar::SOURCES,
    countries::pakistan::SOURCES,
    countries::philippines::SOURCES,
    countries::russia::SOURCES,
    countries::singapore::SOURCES,
    countries::south_korea::SOURCES,
    countries::thailand::SOURCES,
    countries::united_kingdom::SOURCES,
    countries::united_states::SOURCES,
    countries::vietnam::SOURCES,
    countries::ukraine::SOURCES,
    organizations::united_nations::SOURCES,
    organizations::asean::SOURCES,
    organizations::european_union::SOURCES,
    organizations::world_trade_organization::SOURCES,
    organizations::asian_development_bank::SOURCES,
    organizations::international_monetary_fund::SOURCES,
    organizations::international_labour_organization::SOURCES,
    organizations::asian_infrastructure_investment_bank::SOURCES,
    organizations::world_bank_group::SOURCES,
    organizations::asia_europe_meeting::SOURCES,
    organizations::east_asia_summit::SOURCES,
    organizations::non_aligned_movement::SOURCES,
    organizations::francophonie::SOURCES,
    organizations::mekong_lancang_cooperation::SOURCES,
    organizations::regional_comprehensive_economic_partnership::SOURCES,
    organizations::centrist_democratic_international::SOURCES,
];
