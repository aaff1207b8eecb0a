//! Cambodia and the Non-Aligned Movement: profile, membership history and
//! events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static NAM_GSIAS_OVERVIEW: Source = Source {
    id: "non_aligned_movement_gsias_overview_belgrade",
    publisher: "GS IAS",
    title: "A brief overview of the Non Aligned Movement",
    url: "https://practice.gs-ias.com/internationalrelations/index/part11.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static NAM_VENEZUELA_HISTORY: Source = Source {
    id: "non_aligned_movement_venezuela_chair_history",
    publisher: "Non-Aligned Movement",
    title: "History of the Non-Aligned Movement",
    url: "https://namvenezuela.org/?us_portfolio=project-image",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static NAM_WIKIPEDIA: Source = Source {
    id: "non_aligned_movement_wikipedia",
    publisher: "Wikipedia",
    title: "Non-Aligned Movement",
    url: "https://en.wikipedia.org/wiki/Non-Aligned_Movement",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static NAM_PLO_BULLETIN_1979: Source = Source {
    id: "non_aligned_movement_plo_bulletin_1979_havana",
    publisher: "New Jersey Solidarity",
    title: "Non-aligned Summit in Cuba",
    url: "http://newjerseysolidarity.net/plobulletin/vol5no16sep1979/non-aligned_summit_cuba.shtml",
    language: "en",
    published: Some(HistDate::month(1979, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("PLO Bulletin, \"Non-aligned Summit in Cuba\""),
};

pub(crate) static NAM_PRESS_1983: Source = Source {
    id: "non_aligned_movement_the_press_1983_ghost_banquet",
    publisher: "The Press (Christchurch)",
    title: "The ghost at the Non-Aligned banquet",
    url: "https://paperspast.natlib.govt.nz/newspapers/CHP19830209.2.104",
    language: "en",
    published: Some(HistDate::day(1983, 2, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static NAM_PPP_KAMPALA: Source = Source {
    id: "non_aligned_movement_ppp_kampala_summit",
    publisher: "The Phnom Penh Post",
    title: "Cambodia focuses on int'l peace at summit",
    url: "https://phnompenhpost.com/national/cambodia-focuses-on-int-l-peace-at-summit",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static NAM_AKP_BELGRADE_2021: Source = Source {
    id: "non_aligned_movement_akp_2021_belgrade_anniversary",
    publisher: "Cambodia News Gazette",
    title: "Cambodia to join a high-level meeting in Serbia next week",
    url: "https://cambodianewsgazette.com/cambodia-to-join-a-high-level-meeting-in-serbia-next-week/",
    language: "en",
    published: Some(HistDate::day(2021, 10, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Cambodia to join a high-level meeting in Serbia next week\"",
    ),
};

pub(crate) static NAM_PEARLDIGEST: Source = Source {
    id: "non_aligned_movement_pearldigest_explainer",
    publisher: "Pearl Digest",
    title: "What you need to know about Non-Aligned Movement (NAM) summit and members",
    url: "https://pearldigest.com/what-you-need-to-know-about-non-aligned-movement-nam-summit-and-members",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static NAM_VOI_FR: Source = Source {
    id: "non_aligned_movement_voi_fr_ilo",
    publisher: "Voice of Indonesia",
    title: "L'Indonésie invite les pays non alignés à jouer un rôle accru au sein de l'OIT",
    url: "https://voinews.id/french/index.php/component/k2/item/2327-l-indonesie-invite-les-pays-non-alignes-a-jouer-un-role-accru-au-sein-de-l-oit",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static NAM_WIKI_10TH_SUMMIT: Source = Source {
    id: "non_aligned_movement_wikipedia_10th_summit_jakarta",
    publisher: "alem.dynip.sapo.pt",
    title: "10th Summit of the Non-Aligned Movement",
    url: "https://alem.dynip.sapo.pt/wiki/content/wikipedia/A/10th_Summit_of_the_Non-Aligned_Movement",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"10th Summit of the Non-Aligned Movement\""),
};

pub(crate) static NAM_THAI_MFA_2011: Source = Source {
    id: "non_aligned_movement_thai_mfa_2011_bali_ministerial",
    publisher: "RYT9",
    title: "Foreign Minister to attend the 16th NAM Ministerial Conference in Bali",
    url: "https://ryt9.com/en/mfa/109670",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Ministry of Foreign Affairs of Thailand, \"Foreign Minister to attend the 16th NAM Ministerial Conference in Bali\"",
    ),
};

pub(crate) static NAM_NATION_DULL_GIANT: Source = Source {
    id: "non_aligned_movement_nation_dull_giant_thailand",
    publisher: "ASEAN NOW",
    title: "A dull giant, NAM has little value for Thailand",
    url: "https://aseannow.com/topic/580448-a-dull-giant-nam-has-little-value-for-thailand",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Nation (Thailand), \"A dull giant, NAM has little value for Thailand\""),
};

pub(crate) static NAM_WIKIDATA: Source = Source {
    id: "non_aligned_movement_wikidata_q83201",
    publisher: "Wikidata",
    title: "Non-Aligned Movement (Q83201)",
    url: "https://www.wikidata.org/wiki/Q83201",
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
    organization: Organization::NonAlignedMovement,
    acronym: "NAM",
    name_en: "Non-Aligned Movement",
    name_fr: "Mouvement des non-alignés",
    wikidata: Some("Q83201"),
    // Opening day of the first summit conference in Belgrade.
    founded: Some(HistDate::day(1961, 9, 1)),
    // The movement has no permanent secretariat; a coordinating bureau sits
    // at the UN in New York.
    headquarters: None,
    members: Some(Figure::new(120, 2024, src![NAM_WIKIPEDIA])),
    website: None,
    aliases: &["Mouvement des pays non alignés"],
    sources: src![
        NAM_WIKIPEDIA,
        NAM_VENEZUELA_HISTORY,
        NAM_PEARLDIGEST,
        NAM_VOI_FR,
        NAM_WIKIDATA
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_BELGRADE: &[&Source] = src![NAM_GSIAS_OVERVIEW];
const SRC_1983: &[&Source] = src![NAM_PRESS_1983];
const SRC_JAKARTA: &[&Source] = src![NAM_WIKI_10TH_SUMMIT];
const SRC_NATION: &[&Source] = src![NAM_NATION_DULL_GIANT];

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::NonAlignedMovement,
    periods: &[
        MembershipPeriod {
            status: MembershipStatus::FoundingMember,
            start: on!(day(1961, 9, 1), [NAM_GSIAS_OVERVIEW, NAM_VENEZUELA_HISTORY]),
            end: ended!(month(1979, 9), [NAM_PLO_BULLETIN_1979]),
            note: "Cambodia was one of the 25 countries at the founding Belgrade conference, Prince Sihanouk being counted among the movement's founding figures.",
            sources: src![NAM_GSIAS_OVERVIEW, NAM_VENEZUELA_HISTORY, SEED_WIKI_RUSSIA],
        },
        MembershipPeriod {
            status: MembershipStatus::SeatContested,
            start: on!(month(1979, 9), [NAM_PLO_BULLETIN_1979]),
            end: ended!(month(1992, 9), [NAM_WIKI_10TH_SUMMIT]),
            note: "With Democratic Kampuchea and the Vietnamese-backed People's Republic of Kampuchea both claiming it, the Havana summit left Cambodia's seat vacant; before the 1983 New Delhi summit India planned to invite neither side.",
            sources: src![NAM_PLO_BULLETIN_1979, NAM_PRESS_1983],
        },
        MembershipPeriod {
            status: MembershipStatus::Member,
            start: on!(month(1992, 9), [NAM_WIKI_10TH_SUMMIT]),
            end: ONGOING,
            note: "Cambodia took its place again at the 10th summit in Jakarta (1-6 September 1992), the country then being under the UN Transitional Authority; it has taken part since, most recently at the 19th summit in Kampala in 2024.",
            sources: src![NAM_WIKI_10TH_SUMMIT, NAM_PPP_KAMPALA, NAM_AKP_BELGRADE_2021],
        },
    ],
    roles: &[],
    country_members: &[
        // Present at the 1992 Jakarta summit as a member state.
        CountryMember {
            country: Country::Bangladesh,
            since: None,
            sources: SRC_JAKARTA,
        },
        CountryMember {
            country: Country::Brunei,
            since: Some(HistDate::month(1992, 9)),
            sources: SRC_JAKARTA,
        },
        CountryMember {
            country: Country::India,
            since: Some(HistDate::day(1961, 9, 1)),
            sources: SRC_BELGRADE,
        },
        CountryMember {
            country: Country::Indonesia,
            since: Some(HistDate::day(1961, 9, 1)),
            sources: SRC_BELGRADE,
        },
        CountryMember {
            country: Country::Laos,
            since: None,
            sources: SRC_NATION,
        },
        CountryMember {
            country: Country::Malaysia,
            since: None,
            sources: SRC_1983,
        },
        // A founding member in 1961 that left in 1979 and rejoined at the
        // Jakarta summit in 1992: a single joining date cannot express the
        // gap, so none is given.
        CountryMember {
            country: Country::Myanmar,
            since: None,
            sources: src![NAM_GSIAS_OVERVIEW, NAM_WIKI_10TH_SUMMIT],
        },
        CountryMember {
            country: Country::Philippines,
            since: Some(HistDate::month(1992, 9)),
            sources: SRC_JAKARTA,
        },
        CountryMember {
            country: Country::Singapore,
            since: None,
            sources: SRC_1983,
        },
        CountryMember {
            country: Country::Thailand,
            since: Some(HistDate::day(1993, 10, 4)),
            sources: src![NAM_THAI_MFA_2011],
        },
        CountryMember {
            country: Country::Vietnam,
            since: None,
            sources: SRC_NATION,
        },
    ],
    country_members_complete: false,
    note: "Cambodia's seat was vacant from the 1979 Havana summit until the 1992 Jakarta summit. Cambodia takes part as a member today: a minister attended the 60th-anniversary meeting in Belgrade in 2021, and at the 19th summit in Kampala its delegation described Cambodia as a member since 1961. Only partner countries named as members by the sources consulted are listed (Pakistan's membership was not checked).",
    sources: src![
        NAM_PLO_BULLETIN_1979,
        NAM_PPP_KAMPALA,
        NAM_AKP_BELGRADE_2021,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "non_aligned_movement_1961_belgrade_conference",
        date: EventDate::span(day(1961, 9, 1), day(1961, 9, 6)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[o(Organization::NonAlignedMovement)],
        title: "Founding conference of the Non-Aligned Movement",
        summary: "Cambodia was among the 25 states at the first conference of non-aligned heads of state or government, which founded the movement; non-alignment remains a stated principle of Cambodian foreign policy.",
        place: Some("Belgrade"),
        exchange: None,
        principles: &[Principle::NonAlignment],
        tasks: &[],
        sources: src![NAM_GSIAS_OVERVIEW, NAM_VENEZUELA_HISTORY, SEED_IRIC],
    },
    Event {
        id: "non_aligned_movement_1979_havana_seat_vacant",
        date: EventDate::on(month(1979, 9)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::NonAlignedMovement)],
        title: "Cambodia's seat left vacant at the Havana summit",
        summary: "Faced with rival delegations from the ousted Khmer Rouge government and the new government in Phnom Penh, the sixth summit agreed to keep the Kampuchean seat empty.",
        place: Some("Havana"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![NAM_PLO_BULLETIN_1979],
    },
    Event {
        id: "non_aligned_movement_1992_jakarta_seat_restored",
        date: EventDate::span(day(1992, 9, 1), day(1992, 9, 6)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::NonAlignedMovement)],
        title: "Cambodia back in its seat at the Jakarta summit",
        summary: "At the tenth summit, held in Jakarta, Cambodia, then under the UN Transitional Authority, was represented again after thirteen years of an empty seat.",
        place: Some("Jakarta"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![NAM_WIKI_10TH_SUMMIT],
    },
    Event {
        id: "non_aligned_movement_2024_kampala_summit",
        date: EventDate::on(day(2024, 1, 20)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[o(Organization::NonAlignedMovement)],
        title: "Cambodia at the 19th NAM summit in Kampala",
        summary: "Education Minister Hang Chuon Naron told the summit that Cambodia, a member since 1961, would keep an independent foreign policy and opposed the use or threat of force.",
        place: Some("Kampala"),
        exchange: None,
        principles: &[
            Principle::Independence,
            Principle::PeacefulSettlementOfDisputes,
        ],
        tasks: &[PolicyTask::Multilateralism],
        sources: src![NAM_PPP_KAMPALA, NAM_WIKIPEDIA],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &NAM_GSIAS_OVERVIEW,
    &NAM_VENEZUELA_HISTORY,
    &NAM_WIKIPEDIA,
    &NAM_PLO_BULLETIN_1979,
    &NAM_PRESS_1983,
    &NAM_PPP_KAMPALA,
    &NAM_AKP_BELGRADE_2021,
    &NAM_PEARLDIGEST,
    &NAM_VOI_FR,
    &NAM_WIKIDATA,
    &NAM_WIKI_10TH_SUMMIT,
    &NAM_THAI_MFA_2011,
    &NAM_NATION_DULL_GIANT,
];
