//! Cambodia and the Organisation internationale de la Francophonie: profile,
//! membership history and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static OIF_DIOUF_HOR_NAMHONG: Source = Source {
    id: "francophonie_oif_diouf_hor_namhong_2011",
    publisher: "Organisation internationale de la Francophonie",
    title: "Abdou Diouf s'entretient avec Hor Namhong, Vice-Premier ministre et ministre des Affaires étrangères du Cambodge",
    url: "https://www.francophonie.org/node/7600",
    language: "fr",
    published: Some(HistDate::day(2012, 10, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static OIF_AKP_CMF_2025: Source = Source {
    id: "francophonie_akp_2025_cmf_presidency",
    publisher: "Agence Kampuchea Presse",
    title: "Le Cambodge, le prochain pays hôte de la Conférence ministérielle de la Francophonie",
    url: "https://www.akp.gov.kh/fr/post/detail/353835",
    language: "fr",
    published: Some(HistDate::day(2025, 11, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static OIF_LEPETITJOURNAL_CMF: Source = Source {
    id: "francophonie_lepetitjournal_cambodge_renes",
    publisher: "Lepetitjournal.com Cambodge",
    title: "Le Cambodge prend les rênes de la Francophonie",
    url: "https://lepetitjournal.com/cambodge/actualites/le-cambodge-prend-les-renes-de-la-francophonie-428266",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static OIF_LECOURRIER_2024: Source = Source {
    id: "francophonie_lecourrier_2024_pays_hote",
    publisher: "Le Courrier",
    title: "Cambodge, pays hôte du 20e Sommet de la Francophonie en 2026",
    url: "https://lecourrier.com/rubrique-le-carrefour-des-francophones/2024/10/24/cambodge-pays-hote-du-20e-sommet-de-la-francophonie-en-2026/",
    language: "fr",
    published: Some(HistDate::day(2024, 10, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static OIF_LEPETITJOURNAL_HOST: Source = Source {
    id: "francophonie_lepetitjournal_siem_reap_host",
    publisher: "Lepetitjournal.com Cambodge",
    title: "Siem Reap accueillera le XXe Sommet de la Francophonie en 2026",
    url: "https://lepetitjournal.com/cambodge/siem-reap-accueillera-le-xxe-sommet-de-la-francophonie-en-2026-394076",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static OIF_COURRIER_VN_2025: Source = Source {
    id: "francophonie_courrier_vietnam_2025_host_city_agreement",
    publisher: "Le Courrier du Vietnam",
    title: "XXe Sommet de la Francophonie : l'OIF et le Cambodge signent un accord",
    url: "https://lecourrier.vn/xxe-sommet-de-la-francophonie-loif-et-le-cambodge-signent-un-accord/1285250.html",
    language: "fr",
    published: Some(HistDate::month(2025, 6)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static OIF_WIKI_FR_MEMBERS: Source = Source {
    id: "francophonie_wikipedia_fr_etats_participants",
    publisher: "Wikipedia",
    title: "États et gouvernements participant à l'Organisation internationale de la francophonie",
    url: "https://fr.wikipedia.org/wiki/%C3%89tats_et_gouvernements_participant_%C3%A0_l%27Organisation_internationale_de_la_francophonie",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static OIF_WIKI_FR_ORG: Source = Source {
    id: "francophonie_wikipedia_fr_oif_2022",
    publisher: "colibris-outilslibres.org",
    title: "Organisation internationale de la francophonie",
    url: "https://kiwix.colibox.colibris-outilslibres.org/wikipedia_fr_all_mini_2022-10/A/Organisation_internationale_de_la_francophonie",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Organisation internationale de la francophonie\""),
};

pub(crate) static OIF_ELYSEE_MEMBERS: Source = Source {
    id: "francophonie_elysee_pays_membres",
    publisher: "Présidence de la République française",
    title: "Les pays membres de la Francophonie",
    url: "https://www.presidence-de-la-republique.fr/hist/01/pres/franco/paysmembr.html",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static OIF_CAMBODGEMAG_NIAMEY: Source = Source {
    id: "francophonie_cambodgemag_journee_francophonie",
    publisher: "Cambodge Mag",
    title: "S.E. Sok Chenda Sophea : la Francophonie incarne un espace de rencontres, de découvertes, de compréhensions",
    url: "https://cambodgemag.com/post/s-e-sok-chenda-sophea-la-francophonie-incarne-un-espace-de-rencontres-de-découvertes-de-compr",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static OIF_LEPETITJOURNAL_PHNOM_PENH: Source = Source {
    id: "francophonie_lepetitjournal_2026_summit_moved_phnom_penh",
    publisher: "Lepetitjournal.com Cambodge",
    title: "20e Sommet de la Francophonie : Bye bye Siem Reap ... Bonjour Phnom Penh !",
    url: "https://lepetitjournal.com/cambodge/actualites/20e-sommet-de-la-francophonie-bye-bye-siem-reap-bonjour-phnom-penh-435509",
    language: "fr",
    published: Some(HistDate::day(2026, 2, 19)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::Francophonie,
    acronym: "OIF",
    name_en: "Organisation internationale de la Francophonie",
    name_fr: "Organisation internationale de la Francophonie",
    // No Wikidata identifier could be confirmed from the material consulted.
    wikidata: None,
    // The Niamey Convention creating the Agence de coopération culturelle et
    // technique, forerunner of the OIF, was signed on this day.
    founded: Some(HistDate::day(1970, 3, 20)),
    headquarters: Some("Paris"),
    members: Some(Figure::new(56, 2024, src![OIF_WIKI_FR_MEMBERS])),
    website: Some("https://www.francophonie.org"),
    aliases: &["Francophonie", "La Francophonie"],
    sources: src![
        OIF_AKP_CMF_2025,
        OIF_CAMBODGEMAG_NIAMEY,
        OIF_WIKI_FR_ORG,
        OIF_WIKI_FR_MEMBERS,
        OIF_COURRIER_VN_2025
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_1993: &[&Source] = src![
    OIF_AKP_CMF_2025,
    OIF_LECOURRIER_2024,
    OIF_LEPETITJOURNAL_CMF
];
const SRC_1997: &[&Source] = src![OIF_DIOUF_HOR_NAMHONG];

/// When Cambodia became a full member: October 1993 in Cambodian and press
/// sources, 1997 in an OIF news item.
const FULL_MEMBERSHIP: Claims = Claims(&[
    DateClaim::preferred(month(1993, 10), SRC_1993)
        .with_note("The Cambodian state news agency ties full membership to the 5th Francophonie Summit at Grand-Baie, Mauritius, in October 1993, and two other press sources give 1993."),
    DateClaim::alternative(
        year(1997),
        SRC_1997,
        "An OIF news item on a 2011 meeting says Cambodia became a full member in 1997; it names no summit, and the other sources agree on 1993.",
    ),
]);

const SRC_ELYSEE: &[&Source] = src![OIF_ELYSEE_MEMBERS];

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::Francophonie,
    periods: &[
        MembershipPeriod {
            status: MembershipStatus::Observer,
            start: on!(
                month(1991, 11),
                [OIF_AKP_CMF_2025, OIF_DIOUF_HOR_NAMHONG, OIF_LECOURRIER_2024]
            ),
            end: PeriodEnd::Ended(FULL_MEMBERSHIP),
            note: "Cambodia was admitted as an observer at the 4th Francophonie Summit at Chaillot, Paris, in November 1991.",
            sources: src![OIF_AKP_CMF_2025, OIF_DIOUF_HOR_NAMHONG],
        },
        MembershipPeriod {
            status: MembershipStatus::Member,
            start: FULL_MEMBERSHIP,
            end: ONGOING,
            note: "Full member since the Mauritius summit; King Father Norodom Sihanouk is honoured as one of the founders of the Francophonie.",
            sources: src![OIF_AKP_CMF_2025, OIF_LECOURRIER_2024, OIF_COURRIER_VN_2025],
        },
    ],
    roles: &[Role {
        title: "Chair of the 47th Ministerial Conference of La Francophonie",
        start: day(2025, 11, 20),
        end: None,
        sources: src![OIF_AKP_CMF_2025, OIF_LEPETITJOURNAL_CMF],
    }],
    country_members: undated_members!(
        SRC_ELYSEE;
        Canada,
        France,
        Laos,
        Vietnam,
    ),
    country_members_complete: false,
    note: "Cambodia was designated host of the 20th Francophonie Summit, first planned for Siem Reap; in February 2026 the foreign ministry moved it to Phnom Penh, for November 2026. The summit is not recorded as an event because it had not been reported as held in the sources consulted. Only full members are listed among partner countries; observer states are not members.",
    sources: src![
        OIF_AKP_CMF_2025,
        OIF_LEPETITJOURNAL_HOST,
        OIF_COURRIER_VN_2025,
        OIF_LEPETITJOURNAL_PHNOM_PENH
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "francophonie_1991_observer_status",
        date: EventDate::on(month(1991, 11)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::Francophonie)],
        title: "Cambodia becomes an observer of the Francophonie",
        summary: "The Francophonie summit held at Chaillot in Paris admitted Cambodia as an observer.",
        place: Some("Paris"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![OIF_AKP_CMF_2025, OIF_DIOUF_HOR_NAMHONG],
    },
    Event {
        id: "francophonie_1993_full_membership",
        date: EventDate::on(month(1993, 10)),
        kind: EventKind::MembershipJoined,
        partners: &[o(Organization::Francophonie)],
        title: "Cambodia becomes a full member of the Francophonie",
        summary: "At the summit at Grand-Baie, Mauritius, Cambodia moved from observer to full member; one OIF item dates this to 1997 instead.",
        place: Some("Grand-Baie"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![OIF_AKP_CMF_2025, OIF_LECOURRIER_2024, OIF_DIOUF_HOR_NAMHONG],
    },
    Event {
        id: "francophonie_2024_designated_summit_host",
        date: EventDate::on(day(2024, 10, 5)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[o(Organization::Francophonie)],
        title: "Cambodia named host of the 20th Francophonie Summit",
        summary: "At the close of the 19th summit, attended by King Norodom Sihamoni, Cambodia, the only candidate, was chosen to host the next summit, then planned for Siem Reap in 2026.",
        place: Some("Paris"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![OIF_LEPETITJOURNAL_HOST, OIF_COURRIER_VN_2025],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &OIF_DIOUF_HOR_NAMHONG,
    &OIF_AKP_CMF_2025,
    &OIF_LEPETITJOURNAL_CMF,
    &OIF_LECOURRIER_2024,
    &OIF_LEPETITJOURNAL_HOST,
    &OIF_COURRIER_VN_2025,
    &OIF_WIKI_FR_MEMBERS,
    &OIF_WIKI_FR_ORG,
    &OIF_ELYSEE_MEMBERS,
    &OIF_CAMBODGEMAG_NIAMEY,
    &OIF_LEPETITJOURNAL_PHNOM_PENH,
];
