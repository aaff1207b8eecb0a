//! Cambodia and France: profile, relation history, missions, agreements and events.
//!
//! France was the protecting power until independence in 1953; the two
//! governments never fixed a formal date for opening diplomatic relations.
//! France kept an embassy until the Khmer Rouge took Phnom Penh in April 1975,
//! recognized neither side in the 1980s, co-chaired the Paris Conference on
//! Cambodia (1989, 1991) and restored relations in 1991.

use crate::data::prelude::*;

const RETRIEVED: Option<HistDate> = Some(HistDate::year(2026));

// ---------------------------------------------------------------- sources

pub(crate) static FRANCE_WIKIPEDIA_RELATIONS: Source = Source {
    id: "france_wikipedia_relations",
    publisher: "Wikipedia",
    title: "Cambodia–France relations",
    url: "https://en.wikipedia.org/wiki/Cambodia%E2%80%93France_relations",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_WIKIPEDIA_FR_RELATIONS: Source = Source {
    id: "france_wikipedia_fr_relations",
    publisher: "Wikipedia",
    title: "Relations entre le Cambodge et la France",
    url: "https://fr.wikipedia.org/wiki/Relations_entre_le_Cambodge_et_la_France",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_MFA_COUNTRY_FILE_2013: Source = Source {
    id: "france_mfa_country_file_2013",
    publisher: "Ministry of Foreign Affairs of France",
    title: "Cambodia (country file: political relations)",
    url: "http://www.diplomatie.gouv.fr/en/country-files/cambodia",
    language: "en",
    published: Some(HistDate::day(2013, 4, 9)),
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static FRANCE_MFA_FRANCE_ET_CAMBODGE: Source = Source {
    id: "france_mfa_la_france_et_le_cambodge",
    publisher: "Ministry of Foreign Affairs of France",
    title: "La France et le Cambodge",
    url: "https://www.diplomatie.gouv.fr/fr/dossiers-pays/cambodge/la-france-et-le-cambodge",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static FRANCE_CAMBODIANESS_PELLET: Source = Source {
    id: "france_cambodianess_pellet_interview",
    publisher: "Cambodianess",
    title: "France Remains Close Despite Cambodian Independence: Envoy",
    url: "https://cambodianess.com/article/france-remains-close-despite-cambodian-independence-envoy",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_US_CABLE_1974_FRENCH_ATTITUDE: Source = Source {
    id: "france_us_cable_1974_french_attitude_cambodia",
    publisher: "Embassy of the United States in France",
    title: "French attitude toward Cambodia (cable 1974PARIS31000)",
    url: "https://theworldtomorrow.wikileaks.org/plusd/cables/1974PARIS31000_b.html",
    language: "en",
    published: Some(HistDate::day(1974, 12, 27)),
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static FRANCE_WIKIPEDIA_EMBASSY: Source = Source {
    id: "france_wikipedia_embassy_phnom_penh",
    publisher: "Wikipedia",
    title: "Embassy of France, Phnom Penh",
    url: "https://en.wikipedia.org/wiki/Embassy_of_France,_Phnom_Penh",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_PPP_EMBASSY_MISSION: Source = Source {
    id: "france_ppp_new_life_awaits_celebrated_mission",
    publisher: "The Phnom Penh Post",
    title: "New Life Awaits Celebrated Mission",
    url: "https://www.phnompenhpost.com/national/new-life-awaits-celebrated-mission",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_VIE_PUBLIQUE_1988: Source = Source {
    id: "france_vie_publique_1988_relations_cambodge",
    publisher: "vie-publique.fr",
    title: "Déclaration du ministère des affaires étrangères, le 11 août 1988, sur les relations avec le Cambodge",
    url: "https://www.vie-publique.fr/discours/127758-affaires-etrangeres-11081988-sur-les-relations-avec-le-cambodge",
    language: "fr",
    published: Some(HistDate::day(1988, 8, 11)),
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static FRANCE_WIKIPEDIA_PHNOM_PENH_SPEECH: Source = Source {
    id: "france_wikipedia_phnom_penh_speech",
    publisher: "Wikipedia",
    title: "Phnom Penh speech",
    url: "https://en.wikipedia.org/wiki/Phnom_Penh_speech",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_INA_DE_GAULLE_1966: Source = Source {
    id: "france_ina_de_gaulle_discours_sihanouk_1966",
    publisher: "Institut national de l'audiovisuel",
    title: "Discours adressé à Norodom Sihanouk",
    url: "https://fresques.ina.fr/de-gaulle/fiche-media/Gaulle00259/discours-adresse-a-norodom-sihanouk.html",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_PPP_DE_GAULLE_REMEMBERED: Source = Source {
    id: "france_ppp_de_gaulle_speech_remembered",
    publisher: "The Phnom Penh Post",
    title: "De Gaulle's famous 1966 speech remembered",
    url: "https://www.phnompenhpost.com/national/de-gaulles-famous-1966-speech-remembered",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_VIE_PUBLIQUE_1989_FINAL_DECLARATION: Source = Source {
    id: "france_vie_publique_1989_paris_conference_declaration",
    publisher: "vie-publique.fr",
    title: "Déclaration finale de la Conférence internationale sur le Cambodge",
    url: "https://www.vie-publique.fr/discours/129780-declaration-finale-de-la-conference-internationale-sur-le-cambodge-deux",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static FRANCE_UNIVERSALIS_1991_ACCORDS: Source = Source {
    id: "france_universalis_1991_accord_de_paix",
    publisher: "Encyclopædia Universalis",
    title: "23 octobre 1991 – Cambodge. Signature d'un accord de paix à Paris",
    url: "https://universalis.fr/evenement/23-octobre-1991-signature-d-un-accord-de-paix-a-paris",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_WIKIPEDIA_PARIS_AGREEMENTS: Source = Source {
    id: "france_wikipedia_1991_paris_peace_agreements",
    publisher: "Wikipedia",
    title: "1991 Paris Peace Agreements",
    url: "https://en.wikipedia.org/wiki/1991_Paris_Peace_Accords",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_UNIVERSALIS_1993_MITTERRAND: Source = Source {
    id: "france_universalis_1993_mitterrand_visite",
    publisher: "Encyclopædia Universalis",
    title: "9-16 février 1993 – France - Asie. Visite du président François Mitterrand au Vietnam et au Cambodge",
    url: "https://universalis.fr/evenement/9-16-fevrier-1993-france-asie-visite-du-president-francois-mitterrand-au-vietnam-et-au-cambodge",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_INDEPENDENT_1993_MITTERRAND: Source = Source {
    id: "france_independent_1993_mitterrand_treaty",
    publisher: "The Independent",
    title: "Mitterrand tells Cambodians to respect treaty",
    url: "https://www.independent.co.uk/news/world/mitterrand-tells-cambodians-to-respect-treaty-1472478.html",
    language: "en",
    published: Some(HistDate::day(1993, 2, 12)),
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_CHIRAC_1996_STATE_DINNER: Source = Source {
    id: "france_chirac_1996_state_dinner_sihanouk",
    publisher: "jacqueschirac-asso.fr",
    title: "Allocution de M. Jacques Chirac à l'occasion du dîner d'État offert en l'honneur de Leurs Majestés le Roi Norodom Sihanouk du Cambodge et la Reine Monique",
    url: "http://jacqueschirac-asso.fr/archives-elysee.fr/elysee/root/bank/print/2903.htm",
    language: "fr",
    published: Some(HistDate::day(1996, 4, 22)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Présidence de la République française, \"Allocution de M. Jacques Chirac à l'occasion du dîner d'État offert en l'honneur de Leurs Majestés le Roi Norodom Sihanouk du Cambodge et la Reine Monique\"",
    ),
};

pub(crate) static FRANCE_CAMBODGEMAG_2022_HUN_SEN_MACRON: Source = Source {
    id: "france_cambodgemag_2022_hun_sen_macron",
    publisher: "Cambodge Mag",
    title: "Diplomatie : le PM Hun Sen et le président Macron demandent l'arrêt des attaques russes en Ukraine",
    url: "https://cambodgemag.com/post/diplomatie-le-pm-hun-sen-et-le-président-macron-demandent-l-arrêt-des-attaques-russes-en-ukraine",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_GAVROCHE_2024_JOINT_DECLARATION: Source = Source {
    id: "france_gavroche_2024_declaration_conjointe",
    publisher: "Gavroche Thaïlande",
    title: "Cambodge-France : la déclaration Emmanuel Macron – Hun Manet en intégralité",
    url: "https://gavroche-thailande.com/cambodge-france-la-declaration-emmanuel-macron-hun-manet-en-integralite",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_PPP_2023_KING_DEPARTS: Source = Source {
    id: "france_ppp_2023_king_departs_paris",
    publisher: "The Phnom Penh Post",
    title: "King departs on official Paris visit, UNESCO Angkor forum",
    url: "https://phnompenhpost.com/national/king-departs-on-official-paris-visit-unesco-angkor-forum",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_PPP_2023_KING_MEETS_MACRON: Source = Source {
    id: "france_ppp_2023_king_meets_macron",
    publisher: "The Phnom Penh Post",
    title: "King meets with Macron; France assures future support for Kingdom",
    url: "https://www.phnompenhpost.com/national/king-meets-with-macron-france-assures-future-support-for-kingdom",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_PPP_2024_MANET_INVITED: Source = Source {
    id: "france_ppp_2024_manet_first_leader_macron",
    publisher: "The Phnom Penh Post",
    title: "Manet will be first leader to meet with Macron in 2024",
    url: "https://m.phnompenhpost.com/national/manet-will-be-first-leader-to-meet-with-macron-in-2024-",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_ELYSEE_2024_HUN_MANET: Source = Source {
    id: "france_elysee_2024_entretien_hun_manet",
    publisher: "Présidence de la République française",
    title: "Entretien avec Hun Manet, Premier ministre du Royaume du Cambodge",
    url: "https://www.elysee.fr/emmanuel-macron/2024/01/17/entretien-avec-hun-manet-premier-ministre-du-royaume-du-cambodge",
    language: "fr",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static FRANCE_PPP_2024_MACRON_AID: Source = Source {
    id: "france_ppp_2024_macron_offers_aid",
    publisher: "The Phnom Penh Post",
    title: "Macron lauds Kingdom's UN contributions, offers $217M in aid",
    url: "https://phnompenhpost.com/national/macron-lauds-kingdom-s-un-contributions-offers-217m-in-aid",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static FRANCE_RTL_INSEE_2024: Source = Source {
    id: "france_rtl_insee_population_2024",
    publisher: "RTL Belgique",
    title: "La population française augmente encore mais le nombre de bébés au plus bas",
    url: "https://www.rtl.be/actu/monde/international/la-population-francaise-augmente-encore-mais-le-nombre-de-bebes-au-plus-bas/2024-01-16/article/627179",
    language: "fr",
    published: Some(HistDate::day(2024, 1, 16)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence France-Presse, \"La population française augmente encore mais le nombre de bébés au plus bas\"",
    ),
};

pub(crate) static FRANCE_CITIZENDIUM: Source = Source {
    id: "france_citizendium_france",
    publisher: "Citizendium",
    title: "France",
    url: "http://citizendium.com/wiki/index.php?direction=prev&oldid=219149&title=France",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_WIKIDATA: Source = Source {
    id: "france_wikidata_q142",
    publisher: "Wikidata",
    title: "France (Q142)",
    url: "https://www.wikidata.org/wiki/Q142",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_FONDATION_DE_GAULLE_1966: Source = Source {
    id: "france_fondation_de_gaulle_2016_voyage_1966",
    publisher: "Fondation Charles de Gaulle",
    title: "Le voyage du général de Gaulle autour du monde d'août-septembre 1966",
    url: "http://decouvrir.charles-de-gaulle.org/voyage-general-de-gaulle-autour-monde-daout-septembre-1966/?dossier_id=3704",
    language: "fr",
    published: Some(HistDate::month(2016, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static FRANCE_ANGKOR_DATABASE_1966: Source = Source {
    id: "france_angkor_database_de_gaulle_visit_film",
    publisher: "Angkor Database",
    title: "General De Gaulle's visit to Cambodia, September 1966",
    url: "https://angkordatabase.asia/films/general-de-gaulle-visit-to-cambodia-september-1966",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

// ---------------------------------------------------------------- profile

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::France,
    short_name_en: "France",
    official_name_en: "French Republic",
    short_name_fr: "France",
    official_name_fr: "République française",
    alpha2: "FR",
    alpha3: "FRA",
    numeric: 250,
    wikidata: Some("Q142"),
    capital: "Paris",
    region: Region::Europe,
    sub_region: SubRegion::WesternEurope,
    intermediate_region: None,
    languages: &["French"],
    currency: "EUR",
    population: Some(Figure::new(68_373_000, 2024, src![FRANCE_RTL_INSEE_2024])),
    relation_type: RelationType::WiderWorld,
    aliases: &["French Republic", "République française"],
    sources: src![
        FRANCE_CITIZENDIUM,
        FRANCE_WIKIPEDIA_FR_RELATIONS,
        REFTABLES_ISO_3166_CODES,
        WIKIPEDIA_UN_M49,
        WIKIPEDIA_ISO_4217,
        FRANCE_WIKIDATA,
    ],
};

// ---------------------------------------------------------------- relation

pub(crate) static RELATION: Relation = Relation {
    country: Country::France,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: Claims(&[DateClaim::preferred(
                year(1953),
                src![FRANCE_WIKIPEDIA_RELATIONS, FRANCE_CAMBODIANESS_PELLET],
            )
            .with_note(
                "Relations between the two states date from independence: the protectorate ended on 9 November 1953. The French ambassador explained in 2023 that no official establishment date exists, sovereignty having passed step by step between 1949 and 1953, so only the year is given.",
            )]),
            end: ended!(month(1975, 4), [FRANCE_WIKIPEDIA_EMBASSY, FRANCE_PPP_EMBASSY_MISSION]),
            counterpart: None,
            cambodian_side: None,
            note: "Independence did not break the link: the first French envoy kept the title of résident supérieur for some years, and France went on building Sihanoukville port and sending teachers. After the 1970 coup France kept contacts both with Lon Nol's government and with Sihanouk's government in exile.",
            sources: src![
                FRANCE_WIKIPEDIA_RELATIONS,
                FRANCE_CAMBODIANESS_PELLET,
                FRANCE_US_CABLE_1974_FRENCH_ATTITUDE,
            ],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(month(1975, 4), [FRANCE_WIKIPEDIA_EMBASSY, FRANCE_PPP_EMBASSY_MISSION]),
            end: ended!(year(1991), [FRANCE_PPP_EMBASSY_MISSION]),
            counterpart: None,
            cambodian_side: None,
            note: "After the Khmer Rouge took Phnom Penh on 17 April 1975 the embassy, already run by a lone vice-consul, was besieged by refugees and its foreigners were expelled by the end of the month. In August 1988 Paris stated that it recognized neither the Khmer Rouge-dominated coalition (CGDK) nor the People's Republic of Kampuchea, and would open official relations only with an independent, representative government.",
            sources: src![
                FRANCE_WIKIPEDIA_EMBASSY,
                FRANCE_PPP_EMBASSY_MISSION,
                FRANCE_VIE_PUBLIQUE_1988,
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1991), [FRANCE_PPP_EMBASSY_MISSION]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "France restored relations in 1991, after the Paris Peace Agreements, and took back its embassy compound in Phnom Penh; Bastille Day was celebrated there again on 14 July 1992.",
            sources: src![FRANCE_PPP_EMBASSY_MISSION, FRANCE_MFA_FRANCE_ET_CAMBODGE],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: Some(HistDate::year(1975)),
            sources: src![FRANCE_WIKIPEDIA_EMBASSY, FRANCE_PPP_EMBASSY_MISSION],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(HistDate::year(1991)),
            closed: None,
            sources: src![FRANCE_PPP_EMBASSY_MISSION, FRANCE_WIKIPEDIA_FR_RELATIONS],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Consulate,
            city: "Siem Reap",
            opened: None,
            closed: None,
            sources: src![FRANCE_WIKIPEDIA_FR_RELATIONS],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Consulate,
            city: "Sihanoukville",
            opened: None,
            closed: None,
            sources: src![FRANCE_WIKIPEDIA_FR_RELATIONS],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Paris",
            opened: None,
            closed: None,
            sources: src![FRANCE_WIKIPEDIA_FR_RELATIONS],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Consulate,
            city: "Lyon",
            opened: None,
            closed: None,
            sources: src![FRANCE_WIKIPEDIA_FR_RELATIONS],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Consulate,
            city: "Toulouse",
            opened: None,
            closed: None,
            sources: src![FRANCE_WIKIPEDIA_FR_RELATIONS],
        },
    ],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Agreement transferring the former high commissioner's hotel to Cambodia in exchange for the embassy site",
            kind: AgreementKind::Cooperation,
            signed: Some(HistDate::year(1955)),
            in_force: None,
            sources: src![FRANCE_WIKIPEDIA_EMBASSY],
        },
        Agreement {
            title: "Paris Peace Agreements (Agreements on a Comprehensive Political Settlement of the Cambodia Conflict)",
            kind: AgreementKind::Treaty,
            signed: Some(HistDate::day(1991, 10, 23)),
            in_force: None,
            sources: src![FRANCE_WIKIPEDIA_PARIS_AGREEMENTS, FRANCE_UNIVERSALIS_1991_ACCORDS],
        },
        Agreement {
            title: "Orientation and Cooperation Document (Document d'orientation et de coopération)",
            kind: AgreementKind::Cooperation,
            signed: Some(HistDate::year(2010)),
            in_force: None,
            sources: src![FRANCE_MFA_COUNTRY_FILE_2013, FRANCE_WIKIPEDIA_RELATIONS],
        },
    ],
    note: "The two governments never fixed a formal date for opening diplomatic relations (French ambassador, 2023). The embassy's opening date is not given by the sources seen; the present compound was built between 1958 and 1961 on land obtained under a 1955 agreement. The Francophonie membership is recorded in the organization's own file.",
    sources: src![
        FRANCE_WIKIPEDIA_RELATIONS,
        FRANCE_MFA_FRANCE_ET_CAMBODGE,
        FRANCE_CAMBODIANESS_PELLET,
    ],
};

// ---------------------------------------------------------------- events

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "france_1953_independence",
        date: EventDate::on(day(1953, 11, 9)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::France)],
        title: "Independence ends the French protectorate",
        summary: "The protectorate, in place since 1863, ended with independence on 9 November 1953; relations between the two sovereign states grew out of this transfer rather than from a dated act of establishment.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![FRANCE_WIKIPEDIA_RELATIONS, FRANCE_CAMBODIANESS_PELLET],
    },
    Event {
        id: "france_1966_de_gaulle_state_visit",
        date: EventDate::span(day(1966, 8, 30), day(1966, 9, 2)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::France)],
        title: "De Gaulle's official visit and Phnom Penh speech",
        summary: "President de Gaulle was in Cambodia from 30 August to 2 September 1966, the dates of INA's notice and of the Fondation Charles de Gaulle's day-by-day itinerary, which starts the New Caledonia leg on the 3rd (a film notice of the Angkor Database gives 3 September as the last day). On 1 September, before more than 100,000 people at the Olympic Stadium, he said the Vietnam war had no military solution and backed Sihanouk's neutrality.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[Principle::PermanentNeutrality, Principle::NonAlignment],
        tasks: &[],
        sources: src![
            FRANCE_INA_DE_GAULLE_1966,
            FRANCE_FONDATION_DE_GAULLE_1966,
            FRANCE_WIKIPEDIA_PHNOM_PENH_SPEECH,
            FRANCE_PPP_DE_GAULLE_REMEMBERED,
            FRANCE_ANGKOR_DATABASE_1966,
        ],
    },
    Event {
        id: "france_1975_embassy_siege_and_closure",
        date: EventDate::on(month(1975, 4)),
        kind: EventKind::RelationsSuspended,
        partners: &[c(Country::France)],
        title: "French embassy overrun after the fall of Phnom Penh",
        summary: "When the Khmer Rouge entered Phnom Penh on 17 April 1975 hundreds of foreigners and Cambodians sought refuge in the French embassy; the new regime refused diplomatic immunity, forced the Cambodians out and sent the foreigners to Thailand, ending French representation.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![FRANCE_WIKIPEDIA_EMBASSY, FRANCE_PPP_EMBASSY_MISSION],
    },
    Event {
        id: "france_1989_paris_conference_on_cambodia",
        date: EventDate::span(day(1989, 7, 30), day(1989, 8, 30)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[c(Country::France), c(Country::Indonesia)],
        title: "First session of the Paris Conference on Cambodia",
        summary: "Convened by France and co-chaired by the French and Indonesian foreign ministers, the conference brought together the four Cambodian parties and eighteen states; it made progress but suspended its work on 30 August without a comprehensive settlement.",
        place: Some("Paris"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![FRANCE_VIE_PUBLIQUE_1989_FINAL_DECLARATION],
    },
    Event {
        id: "france_1991_paris_peace_agreements",
        date: EventDate::on(day(1991, 10, 23)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::France), c(Country::Indonesia)],
        title: "Paris Peace Agreements signed",
        summary: "The reconvened Paris Conference, co-chaired by France and Indonesia, ended with the signature of the peace agreements in the presence of President Mitterrand; they included an agreement on Cambodia's sovereignty, territorial integrity, neutrality and national unity.",
        place: Some("Paris"),
        exchange: None,
        principles: &[
            Principle::Sovereignty,
            Principle::TerritorialIntegrity,
            Principle::PermanentNeutrality,
        ],
        tasks: &[],
        sources: src![
            FRANCE_UNIVERSALIS_1991_ACCORDS,
            FRANCE_WIKIPEDIA_PARIS_AGREEMENTS
        ],
    },
    Event {
        id: "france_1991_relations_restored",
        date: EventDate::on(year(1991)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::France)],
        title: "France restores relations and reclaims its embassy",
        summary: "After the peace agreements France restored diplomatic relations with Cambodia and took back its 7.5-hectare embassy compound, which had been left derelict since 1975.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![FRANCE_PPP_EMBASSY_MISSION],
    },
    Event {
        id: "france_1993_mitterrand_visit",
        date: EventDate::on(day(1993, 2, 11)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::France)],
        title: "President Mitterrand visits Phnom Penh",
        summary: "The first Western head of state in Cambodia since de Gaulle, Mitterrand met Prince Sihanouk and the leaders of the four factions at the Royal Palace and urged them to honour the Paris agreements.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::FRANCE_1993_MITTERRAND_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            FRANCE_UNIVERSALIS_1993_MITTERRAND,
            FRANCE_INDEPENDENT_1993_MITTERRAND
        ],
    },
    Event {
        id: "france_1996_king_sihanouk_state_dinner",
        date: EventDate::on(day(1996, 4, 22)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::France)],
        title: "King Sihanouk honoured at an Élysée state dinner",
        summary: "President Chirac gave a state dinner for King Norodom Sihanouk and Queen Monique, recalling de Gaulle's 1966 speech and the lowering of the French flag at the embassy in 1975.",
        place: Some("Paris"),
        exchange: Some(&crate::data::exchanges::FRANCE_1996_KING_SIHANOUK_STATE_DINNER),
        principles: &[],
        tasks: &[],
        sources: src![FRANCE_CHIRAC_1996_STATE_DINNER],
    },
    Event {
        id: "france_2022_hun_sen_meets_macron",
        date: EventDate::on(day(2022, 12, 13)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::France)],
        title: "Hun Sen meets Macron in Paris",
        summary: "Prime Minister Hun Sen met President Macron in Paris; the two called for an immediate end to Russian air and drone strikes on Ukrainian civilians, and the later joint declaration credits the visit with giving the relationship new momentum.",
        place: Some("Paris"),
        exchange: Some(&crate::data::exchanges::FRANCE_2022_HUN_SEN_MEETS_MACRON),
        principles: &[],
        tasks: &[],
        sources: src![
            FRANCE_CAMBODGEMAG_2022_HUN_SEN_MACRON,
            FRANCE_GAVROCHE_2024_JOINT_DECLARATION,
        ],
    },
    Event {
        id: "france_2023_king_sihamoni_official_visit",
        date: EventDate::span(day(2023, 11, 12), day(2023, 11, 18)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::France)],
        title: "King Sihamoni's official visit to France",
        summary: "At President Macron's invitation the King visited France after the 70th anniversary of independence, holding talks at the Élysée on 13 November and attending the fourth intergovernmental conference on Angkor at UNESCO on 15 November.",
        place: Some("Paris"),
        exchange: Some(&crate::data::exchanges::FRANCE_2023_KING_SIHAMONI_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            FRANCE_PPP_2023_KING_DEPARTS,
            FRANCE_PPP_2023_KING_MEETS_MACRON
        ],
    },
    Event {
        id: "france_2024_hun_manet_official_visit",
        date: EventDate::span(day(2024, 1, 18), day(2024, 1, 19)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::France)],
        title: "Hun Manet's first official visit to France",
        summary: "On his first trip to Europe as prime minister, Hun Manet lunched with President Macron at the Élysée on 18 January and the two issued a joint declaration on heritage, trade, development and the 2024 Francophonie summit.",
        place: Some("Paris"),
        exchange: Some(&crate::data::exchanges::FRANCE_2024_HUN_MANET_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            FRANCE_PPP_2024_MANET_INVITED,
            FRANCE_ELYSEE_2024_HUN_MANET,
            FRANCE_GAVROCHE_2024_JOINT_DECLARATION,
        ],
    },
    Event {
        id: "france_2024_afd_200_million_euros",
        date: EventDate::on(day(2024, 1, 18)),
        kind: EventKind::Aid,
        partners: &[c(Country::France)],
        title: "€200 million from the French Development Agency announced",
        summary: "At the press conference with Hun Manet, Macron announced that the French Development Agency had committed €200 million for vocational training, energy and clean water in Cambodia.",
        place: Some("Paris"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![FRANCE_PPP_2024_MACRON_AID],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &FRANCE_FONDATION_DE_GAULLE_1966,
    &FRANCE_ANGKOR_DATABASE_1966,
    &FRANCE_WIKIPEDIA_RELATIONS,
    &FRANCE_WIKIPEDIA_FR_RELATIONS,
    &FRANCE_MFA_COUNTRY_FILE_2013,
    &FRANCE_MFA_FRANCE_ET_CAMBODGE,
    &FRANCE_CAMBODIANESS_PELLET,
    &FRANCE_US_CABLE_1974_FRENCH_ATTITUDE,
    &FRANCE_WIKIPEDIA_EMBASSY,
    &FRANCE_PPP_EMBASSY_MISSION,
    &FRANCE_VIE_PUBLIQUE_1988,
    &FRANCE_WIKIPEDIA_PHNOM_PENH_SPEECH,
    &FRANCE_INA_DE_GAULLE_1966,
    &FRANCE_PPP_DE_GAULLE_REMEMBERED,
    &FRANCE_VIE_PUBLIQUE_1989_FINAL_DECLARATION,
    &FRANCE_UNIVERSALIS_1991_ACCORDS,
    &FRANCE_WIKIPEDIA_PARIS_AGREEMENTS,
    &FRANCE_UNIVERSALIS_1993_MITTERRAND,
    &FRANCE_INDEPENDENT_1993_MITTERRAND,
    &FRANCE_CHIRAC_1996_STATE_DINNER,
    &FRANCE_CAMBODGEMAG_2022_HUN_SEN_MACRON,
    &FRANCE_GAVROCHE_2024_JOINT_DECLARATION,
    &FRANCE_PPP_2023_KING_DEPARTS,
    &FRANCE_PPP_2023_KING_MEETS_MACRON,
    &FRANCE_PPP_2024_MANET_INVITED,
    &FRANCE_ELYSEE_2024_HUN_MANET,
    &FRANCE_PPP_2024_MACRON_AID,
    &FRANCE_RTL_INSEE_2024,
    &FRANCE_CITIZENDIUM,
    &FRANCE_WIKIDATA,
];
