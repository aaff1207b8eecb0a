//! Cambodia and the World Trade Organization: profile, membership history and
//! events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static WTO_ACCESSIONS_KHM: Source = Source {
    id: "world_trade_organization_accessions_cambodia",
    publisher: "World Trade Organization",
    title: "Cambodia: accession status (WTO accessions gateway)",
    url: "https://accessions.wto.org/acc/khm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static WTO_SCOOP_148: Source = Source {
    id: "world_trade_organization_scoop_cambodia_148th_member",
    publisher: "Scoop",
    title: "Cambodia raises WTO membership to 148",
    url: "https://m.scoop.co.nz/stories/WO0410/S00169/cambodia-raises-wto-membership-to-148.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("World Trade Organization, \"Cambodia raises WTO membership to 148\""),
};

pub(crate) static WTO_TRADELAWNEWS_2004: Source = Source {
    id: "world_trade_organization_tradelawnews_cambodia_joins",
    publisher: "Trade Law News",
    title: "Cambodia Joins WTO",
    url: "http://tradelawnews.blogspot.com/2004/10/cambodia-joins-wto.html",
    language: "en",
    published: Some(HistDate::day(2004, 10, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static WTO_GC_DEADLINE_2004: Source = Source {
    id: "world_trade_organization_gc_ratification_deadline_2004",
    publisher: "2n2y.com",
    title: "WTO members extend Cambodia's ratification deadline (General Council, 11 February 2004)",
    url: "http://www.2n2y.com/English/news_e/news04_e/gc_cambodia_11feb04_e.htm",
    language: "en",
    published: Some(HistDate::day(2004, 2, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "World Trade Organization, \"WTO members extend Cambodia's ratification deadline (General Council, 11 February 2004)\"",
    ),
};

pub(crate) static WTO_CAMBODIA_DAILY_2003: Source = Source {
    id: "world_trade_organization_cambodia_daily_2003_membership",
    publisher: "The Cambodia Daily",
    title: "WTO Group Puts Cambodia In Line for 2003 Membership",
    url: "https://english.cambodiadaily.com/news/wto-group-puts-cambodia-in-line-for-2003-membership-36068/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WTO_AMPEID_MARRAKESH: Source = Source {
    id: "world_trade_organization_ampeid_marrakesh_agreement",
    publisher: "AMPEID",
    title: "Marrakesh Agreement Establishing the World Trade Organization (WTO)",
    url: "https://ampeid.org/treaties/world-trade-organization/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WTO_ECNET_166: Source = Source {
    id: "world_trade_organization_ecnet_timor_leste_166th",
    publisher: "EC Net News",
    title: "Timor-Leste joins WTO as 166th member",
    url: "https://ecnetnews.com/timor-leste-joins-wto-as-166th-member",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WTO_POLGEONOW_2013: Source = Source {
    id: "world_trade_organization_polgeonow_laos_tajikistan",
    publisher: "Political Geography Now",
    title: "Map: Laos and Tajikistan Join WTO",
    url: "https://www.polgeonow.com/2013/03/laos-and-tajikistan-join-wto.html",
    language: "en",
    published: Some(HistDate::day(2013, 3, 6)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WTO_LAWIN_HISTORY: Source = Source {
    id: "world_trade_organization_lawin_membership_dates",
    publisher: "Lawin",
    title: "History of the World Trade Organization (country and date of membership)",
    url: "https://lawin.org/history-of-the-world-trade-organization/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WTO_EUWTO_MEMBERS: Source = Source {
    id: "world_trade_organization_euwto_members_by_date",
    publisher: "The EU and the WTO (study site)",
    title: "WTO members and observers",
    url: "https://patidvl.wixsite.com/euwto/members",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WTO_ILIBRARY_2012: Source = Source {
    id: "world_trade_organization_ilibrary_joining_2012",
    publisher: "World Trade Organization",
    title: "Joining the WTO (new members in 2012)",
    url: "https://www.wto-ilibrary.org/content/books/9789287042187s001-c005",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static WTO_SGGP_VIETNAM: Source = Source {
    id: "world_trade_organization_sggp_vietnam_150th",
    publisher: "Saigon Giai Phong",
    title: "Viet Nam Officially Becomes WTO's 150th Member",
    url: "https://sggpnews.org.vn/national/viet-nam-officially-becomes-wtos-150th-member-9179.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WTO_WP_REPORT_2003: Source = Source {
    id: "world_trade_organization_working_party_report_cambodia_2003",
    publisher: "vdocuments.mx",
    title: "Report of the Working Party on the Accession of Cambodia (WT/ACC/KHM/21, 15 August 2003)",
    url: "https://vdocuments.mx/world-trade-documents-online-home-viewthe-government-of-the-kingdom-of-cambodia.html",
    language: "en",
    published: Some(HistDate::day(2003, 8, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "World Trade Organization, \"Report of the Working Party on the Accession of Cambodia\" (WT/ACC/KHM/21)",
    ),
};

pub(crate) static WTO_VCCI_VIETNAM_2006: Source = Source {
    id: "world_trade_organization_vcci_vietnam_joins_2007",
    publisher: "VCCI News",
    title: "Vietnam to Officially Join WTO in Early 2007",
    url: "https://vccinews.com/news/8506/.html",
    language: "en",
    published: Some(HistDate::day(2006, 12, 18)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static WTO_VN_EMBASSY_2007: Source = Source {
    id: "world_trade_organization_vietnam_embassy_full_member_2007",
    publisher: "Embassy of Vietnam in the United States",
    title: "Today: Vietnam Becomes Full Member of the WTO",
    url: "https://vietnamembassy-usa.org/activities/today-vietnam-becomes-full-member-wto",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static WTO_ALLUKRAINE_2008: Source = Source {
    id: "world_trade_organization_allukraine_2008_lamy_congratulates",
    publisher: "All Ukraine",
    title: "WTO director-general congratulates Ukraine on joining organization",
    url: "http://allukraine.blogspot.com/2008/05/wto-director-general-congratulates.html",
    language: "en",
    published: Some(HistDate::day(2008, 5, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static WTO_UAGATE_UKRAINE: Source = Source {
    id: "world_trade_organization_uagate_ukraine_and_wto",
    publisher: "UAGate",
    title: "Ukraine and World Trade Organization",
    url: "https://uagate.com/content/ukraine-and-world-trade-organization",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WTO_WIKIDATA: Source = Source {
    id: "world_trade_organization_wikidata_q7825",
    publisher: "Wikidata",
    title: "World Trade Organization (Q7825)",
    url: "https://www.wikidata.org/wiki/Q7825",
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
    organization: Organization::WorldTradeOrganization,
    acronym: "WTO",
    name_en: "World Trade Organization",
    name_fr: "Organisation mondiale du commerce",
    wikidata: Some("Q7825"),
    // The Marrakesh Agreement entered into force on this day; it had been
    // signed in April 1994.
    founded: Some(HistDate::day(1995, 1, 1)),
    headquarters: Some("Geneva"),
    members: Some(Figure::new(166, 2024, src![WTO_ECNET_166])),
    website: Some("https://www.wto.org"),
    aliases: &["OMC", "Organisation mondiale du Commerce"],
    sources: src![
        WTO_AMPEID_MARRAKESH,
        WTO_POLGEONOW_2013,
        WTO_ECNET_166,
        SEED_MFAIC_FR,
        WTO_WIKIDATA
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const JAN_1995: Option<HistDate> = Some(HistDate::day(1995, 1, 1));

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::WorldTradeOrganization,
    periods: &[MembershipPeriod {
        status: MembershipStatus::Member,
        start: on!(
            day(2004, 10, 13),
            [WTO_ACCESSIONS_KHM, WTO_SCOOP_148, WTO_TRADELAWNEWS_2004]
        ),
        end: ONGOING,
        note: "Cambodia became the WTO's 148th member a month after notifying ratification of its accession package; it had applied in 1994 and its terms were approved at the Cancún Ministerial Conference in September 2003.",
        sources: src![WTO_ACCESSIONS_KHM, WTO_SCOOP_148, WTO_TRADELAWNEWS_2004],
    }],
    roles: &[],
    country_members: &[
        CountryMember {
            country: Country::Australia,
            since: JAN_1995,
            sources: src![WTO_LAWIN_HISTORY, WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Bangladesh,
            since: JAN_1995,
            sources: src![WTO_LAWIN_HISTORY, WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Brunei,
            since: JAN_1995,
            sources: src![WTO_LAWIN_HISTORY, WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Canada,
            since: JAN_1995,
            sources: src![WTO_LAWIN_HISTORY, WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::China,
            since: Some(HistDate::day(2001, 12, 11)),
            sources: src![WTO_LAWIN_HISTORY],
        },
        CountryMember {
            country: Country::France,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Germany,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::India,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Indonesia,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Japan,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Laos,
            since: Some(HistDate::day(2013, 2, 2)),
            sources: src![WTO_POLGEONOW_2013],
        },
        CountryMember {
            country: Country::Malaysia,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Myanmar,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Pakistan,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Philippines,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Russia,
            since: Some(HistDate::year(2012)),
            sources: src![WTO_ILIBRARY_2012],
        },
        CountryMember {
            country: Country::Singapore,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::SouthKorea,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::Thailand,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::UnitedKingdom,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        CountryMember {
            country: Country::UnitedStates,
            since: JAN_1995,
            sources: src![WTO_EUWTO_MEMBERS],
        },
        // Approved by the General Council in November 2006; membership took
        // effect 30 days after Viet Nam notified its ratification.
        CountryMember {
            country: Country::Vietnam,
            since: Some(HistDate::day(2007, 1, 11)),
            sources: src![WTO_VCCI_VIETNAM_2006, WTO_VN_EMBASSY_2007, WTO_SGGP_VIETNAM],
        },
        CountryMember {
            country: Country::Ukraine,
            since: Some(HistDate::day(2008, 5, 16)),
            sources: src![WTO_ALLUKRAINE_2008, WTO_UAGATE_UKRAINE],
        },
    ],
    country_members_complete: false,
    note: "The WTO counts Cambodia as the second least-developed country, after Nepal, to join through the full working-party process; press reports in 2003 had expected it to be the first. Russia's joining is known here only to the year.",
    sources: src![WTO_ACCESSIONS_KHM, WTO_SCOOP_148, WTO_CAMBODIA_DAILY_2003],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "world_trade_organization_1994_application",
        // The working-party report dates the application to October 1994 and
        // the working party's creation to 21 December 1994; WTO news items
        // say Cambodia applied in December 1994. Only the year is kept.
        date: EventDate::on(year(1994)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::WorldTradeOrganization)],
        title: "Cambodia applies to join the WTO",
        summary: "Cambodia lodged its request for membership (October 1994 in the working-party report, December in WTO news items), and a working party to examine it was set up on 21 December 1994.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![WTO_WP_REPORT_2003, WTO_SCOOP_148, WTO_TRADELAWNEWS_2004],
    },
    Event {
        id: "world_trade_organization_2003_cancun_package_approved",
        date: EventDate::on(day(2003, 9, 11)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::WorldTradeOrganization)],
        title: "Accession package approved at Cancún",
        summary: "Trade ministers at the Fifth WTO Ministerial Conference approved the terms negotiated for Cambodia's entry and invited it to ratify them.",
        place: Some("Cancún"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![WTO_SCOOP_148, WTO_GC_DEADLINE_2004],
    },
    Event {
        id: "world_trade_organization_2004_ratification_deadline_extended",
        date: EventDate::on(day(2004, 2, 11)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::WorldTradeOrganization)],
        title: "Deadline for ratification extended",
        summary: "Because forming a new government after the July 2003 election had held up ratification, the General Council gave Cambodia until 30 September 2004 instead of 31 March.",
        place: Some("Geneva"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![WTO_GC_DEADLINE_2004, WTO_SCOOP_148],
    },
    Event {
        id: "world_trade_organization_2004_parliament_ratifies",
        date: EventDate::on(month(2004, 9)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::WorldTradeOrganization)],
        title: "Parliament ratifies the accession package",
        summary: "The Cambodian parliament ratified the membership agreement; under WTO practice membership followed one month after the WTO was notified.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![WTO_SCOOP_148, WTO_TRADELAWNEWS_2004],
    },
    Event {
        id: "world_trade_organization_2004_membership",
        date: EventDate::on(day(2004, 10, 13)),
        kind: EventKind::MembershipJoined,
        partners: &[o(Organization::WorldTradeOrganization)],
        title: "Cambodia becomes the WTO's 148th member",
        summary: "Cambodia entered the WTO as its 148th member, the second least-developed country to accede through a full working-party negotiation; the foreign ministry now lists support for multilateral trade through the WTO under economic diplomacy.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[PolicyTask::EconomicDiplomacy],
        sources: src![WTO_ACCESSIONS_KHM, WTO_SCOOP_148, SEED_MFAIC_EN],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &WTO_ACCESSIONS_KHM,
    &WTO_SCOOP_148,
    &WTO_TRADELAWNEWS_2004,
    &WTO_GC_DEADLINE_2004,
    &WTO_CAMBODIA_DAILY_2003,
    &WTO_AMPEID_MARRAKESH,
    &WTO_ECNET_166,
    &WTO_POLGEONOW_2013,
    &WTO_LAWIN_HISTORY,
    &WTO_EUWTO_MEMBERS,
    &WTO_ILIBRARY_2012,
    &WTO_SGGP_VIETNAM,
    &WTO_WP_REPORT_2003,
    &WTO_VCCI_VIETNAM_2006,
    &WTO_VN_EMBASSY_2007,
    &WTO_ALLUKRAINE_2008,
    &WTO_UAGATE_UKRAINE,
    &WTO_WIKIDATA,
];
