//! Cambodia and the World Bank Group: profile, membership history and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static WB_PARTNERSHIP_UPDATE_2013: Source = Source {
    id: "world_bank_group_2013_cambodia_partnership_update",
    publisher: "World Bank",
    title: "World Bank Group—Cambodia Partnership—an Update",
    url: "https://www.worldbank.org/en/news/press-release/2013/11/25/world-bank-group-cambodia-partnership-an-update",
    language: "en",
    published: Some(HistDate::day(2013, 11, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static WB_ENGAGEMENT_2014: Source = Source {
    id: "world_bank_group_2014_statement_engagement_cambodia",
    publisher: "World Bank",
    title: "Statement: World Bank Group Engagement in Cambodia",
    url: "http://www.worldbank.org/en/news/speech/2014/02/24/statement-world-bank-group-engagement-in-cambodia",
    language: "en",
    published: Some(HistDate::day(2014, 2, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static WB_RNZ_2011: Source = Source {
    id: "world_bank_group_rnz_2011_stops_loans",
    publisher: "RNZ",
    title: "World Bank stops loans to Cambodia",
    url: "http://www.radionz.co.nz/news/world/82182/world-bank-stops-loans-to-cambodia",
    language: "en",
    published: Some(HistDate::day(2011, 8, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WB_ODC_FREEZE: Source = Source {
    id: "world_bank_group_odc_freeze_remains",
    publisher: "Open Development Cambodia",
    title: "World Bank Says Freeze on Lending Remains",
    url: "https://opendevelopmentcambodia.net/news/world-bank-says-freeze-on-lending-remains/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Cambodia Daily, \"World Bank Says Freeze on Lending Remains\""),
};

pub(crate) static WB_VNA_2016: Source = Source {
    id: "world_bank_group_vna_2016_loans_resumed",
    publisher: "Vietnam News Agency",
    title: "WB resumes loans to Cambodia after 5-year freeze",
    url: "https://betaen.vietnamplus.vn/wb-resumes-loans-to-cambodia-after-5-year-freeze-post93563.vnp",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WB_XINHUA_2016: Source = Source {
    id: "world_bank_group_xinhua_2016_loan_signed",
    publisher: "Xinhua",
    title: "World Bank signs up to provide new loan of 130 million U.S. dollars to Cambodia",
    url: "http://www.xinhuanet.com//english/2016-06/09/c_135424895.htm",
    language: "en",
    published: Some(HistDate::day(2016, 6, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WB_PPP_LEADING_CHARGE: Source = Source {
    id: "world_bank_group_ppp_leading_the_charge",
    publisher: "The Phnom Penh Post",
    title: "World Bank is leading the charge",
    url: "https://www.phnompenhpost.com/business/world-bank-leading-charge",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Agence France-Presse, \"World Bank is leading the charge\""),
};

pub(crate) static WB_IEG_CAE: Source = Source {
    id: "world_bank_group_ieg_country_assistance_evaluation",
    publisher: "World Bank",
    title: "Cambodia: An IEG Country Assistance Evaluation, 1999-2006",
    url: "https://openknowledge.worldbank.org/bitstreams/d6783052-069c-5f13-a6ea-3fd71b3ee2a6/download",
    language: "en",
    published: Some(HistDate::year(2010)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static WB_PEOPLE_FR_2015: Source = Source {
    id: "world_bank_group_people_fr_2015_hun_sen_aiib",
    publisher: "People's Daily",
    title: "Hun Sen : la BAII est très attrayante pour les pays développés",
    url: "http://french.people.com.cn/Economie/n/2015/0319/c31355-8865425.html",
    language: "fr",
    published: Some(HistDate::day(2015, 3, 19)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WB_WIKIDATA: Source = Source {
    id: "world_bank_group_wikidata_q320863",
    publisher: "Wikidata",
    title: "World Bank Group (Q320863)",
    url: "https://www.wikidata.org/wiki/Q320863",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::WorldBankGroup,
    acronym: "WBG",
    name_en: "World Bank Group",
    name_fr: "Groupe de la Banque mondiale",
    wikidata: Some("Q320863"),
    // The bank (IBRD) was created at the Bretton Woods conference; the group
    // grew around it later.
    founded: Some(HistDate::day(1945, 12, 27)),
    headquarters: Some("Washington, D.C."),
    members: Some(Figure::new(189, 2019, src![WB_PPP_LEADING_CHARGE])),
    website: Some("https://www.worldbank.org"),
    aliases: &["World Bank", "Banque mondiale", "IBRD", "IDA"],
    sources: src![
        WB_PPP_LEADING_CHARGE,
        WB_IEG_CAE,
        WB_PEOPLE_FR_2015,
        WB_WIKIDATA
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_MEMBERS: &[&Source] = src![IMF_MEMBER_COUNTRIES_WIKI];

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::WorldBankGroup,
    periods: &[MembershipPeriod {
        status: MembershipStatus::Member,
        start: on!(year(1970), [WB_PARTNERSHIP_UPDATE_2013]),
        end: ONGOING,
        note: "The World Bank dates its partnership with Cambodia to 1970. Support resumed in 1992-1993 after the peace settlement, with a first credit in 1993.",
        sources: src![WB_PARTNERSHIP_UPDATE_2013, WB_ENGAGEMENT_2014, WB_IEG_CAE],
    }],
    roles: &[],
    // The source states that IMF and IBRD membership coincide and that every
    // UN member outside a short named list belongs to the IMF; no partner is
    // on that list. Joining dates are not given there.
    country_members: undated_members!(
        SRC_MEMBERS;
        Australia,
        Bangladesh,
        Brunei,
        Canada,
        China,
        France,
        Germany,
        India,
        Indonesia,
        Japan,
        Laos,
        Malaysia,
        Myanmar,
        Pakistan,
        Philippines,
        Russia,
        Singapore,
        SouthKorea,
        Thailand,
        UnitedKingdom,
        UnitedStates,
        Vietnam,
        Ukraine,
    ),
    country_members_complete: false,
    note: "Membership is recorded for the group through its core bank (IBRD). The World Bank's 1970 date is given as the start of its partnership with Cambodia; no source consulted gives the exact day Cambodia joined the IBRD. Country members are listed through the IMF-IBRD membership rule, without joining dates.",
    sources: src![WB_PARTNERSHIP_UPDATE_2013, IMF_MEMBER_COUNTRIES_WIKI],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "world_bank_group_1993_first_credit",
        date: EventDate::on(year(1993)),
        kind: EventKind::Aid,
        partners: &[o(Organization::WorldBankGroup)],
        title: "First World Bank credit to Cambodia",
        summary: "Cambodia received its first World Bank credit, opening the bank's post-conflict lending for reconstruction.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![WB_ENGAGEMENT_2014, WB_IEG_CAE],
    },
    Event {
        id: "world_bank_group_2011_new_lending_frozen",
        date: EventDate::on(month(2011, 8)),
        kind: EventKind::Dispute,
        partners: &[o(Organization::WorldBankGroup)],
        title: "World Bank freezes new lending over Boeung Kak evictions",
        summary: "The bank confirmed it would make no new loans to Cambodia, its last having been approved in December 2010, until the dispute over families evicted from Phnom Penh's Boeung Kak lake was settled.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![WB_RNZ_2011, WB_ODC_FREEZE, WB_PARTNERSHIP_UPDATE_2013],
    },
    Event {
        id: "world_bank_group_2016_lending_resumed",
        date: EventDate::on(day(2016, 5, 20)),
        kind: EventKind::Aid,
        partners: &[o(Organization::WorldBankGroup)],
        title: "World Bank resumes lending after five years",
        summary: "The Board approved $130 million in IDA credits for four projects on roads, water, farming and health care; the agreements were signed in Phnom Penh on 9 June 2016.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![WB_VNA_2016, WB_XINHUA_2016],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &WB_PARTNERSHIP_UPDATE_2013,
    &WB_ENGAGEMENT_2014,
    &WB_RNZ_2011,
    &WB_ODC_FREEZE,
    &WB_VNA_2016,
    &WB_XINHUA_2016,
    &WB_PPP_LEADING_CHARGE,
    &WB_IEG_CAE,
    &WB_PEOPLE_FR_2015,
    &WB_WIKIDATA,
];
