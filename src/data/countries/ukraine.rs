//! Cambodia and Ukraine: profile, relation history, missions, agreements and events.
//!
//! Ukraine is not one of the 22 countries of the research programme; it is kept
//! because the seed documents record Cambodia's positions on the war.

use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Ukraine,
    short_name_en: "Ukraine",
    official_name_en: "Ukraine",
    short_name_fr: "Ukraine",
    official_name_fr: "Ukraine",
    alpha2: "UA",
    alpha3: "UKR",
    numeric: 804,
    wikidata: Some("Q212"),
    capital: "Kyiv",
    region: Region::Europe,
    sub_region: SubRegion::EasternEurope,
    intermediate_region: None,
    languages: &["Ukrainian"],
    currency: "UAH",
    // State Statistics Service estimate of the present population on 1 February 2022,
    // without the occupied Crimea and Sevastopol.
    population: Some(Figure::new(
        41_130_432,
        2022,
        src![UKRAINE_UKRSTAT_POPULATION_2022],
    )),
    relation_type: RelationType::WiderWorld,
    aliases: &["Ukrainian SSR", "Ukrainian Soviet Socialist Republic"],
    sources: src![UNSD_M49, UKRAINE_SALTO_COUNTRY_PROFILE, UKRAINE_WIKIDATA],
};

pub(crate) static RELATION: Relation = Relation {
    country: Country::Ukraine,
    periods_complete: false,
    periods: &[],
    missions: &[],
    frameworks: &[],
    agreements: &[],
    note: "The date on which Cambodia and Ukraine established diplomatic relations was searched for in English, Ukrainian and Russian sources (Wikipedia lists, embassy pages, news) and not found, so no period is recorded. Relations were in force by 2022: Hun Sen and President Zelenskyy agreed in November 2022 to exchange ambassadors, and a Ukrainian ambassador called on Hun Sen in Phnom Penh in December 2024. Where each side's mission sits was not found in the sources read.",
    sources: src![
        UKRAINE_UCANEWS_DEMINING_OFFER_2022,
        UKRAINE_CNV_AMBASSADOR_2024
    ],
};

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "ukraine_2023_hun_sen_cluster_munitions_appeal",
        date: EventDate::on(day(2023, 7, 9)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Ukraine), c(Country::UnitedStates)],
        title: "Hun Sen urges against cluster munitions in Ukraine",
        summary: "Two days after Washington said it would send cluster munitions to Kyiv, Hun Sen appealed on social media to the US and Ukrainian presidents not to use them, recalling the unexploded US bomblets that still kill Cambodians half a century on.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[Principle::Disarmament],
        tasks: &[],
        sources: src![UKRAINE_MB_CLUSTER_MUNITIONS_2023, SEED_OCCASIONAL_DIGEST],
    },
    Event {
        id: "ukraine_2022_hun_sen_zelenskyy_talks",
        date: EventDate::on(day(2022, 11, 1)),
        kind: EventKind::Talks,
        partners: &[c(Country::Ukraine)],
        title: "Hun Sen and Zelenskyy hold online talks",
        summary: "Speaking as ASEAN chair, Hun Sen agreed with President Zelenskyy to exchange ambassadors and, together with Japan, to send Cambodian deminers to help train Ukraine's; he accepted an invitation to visit Ukraine at a suitable time.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UKRAINE_UCANEWS_DEMINING_OFFER_2022],
    },
    Event {
        id: "ukraine_2022_kuleba_visit",
        date: EventDate::on(day(2022, 11, 9)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Ukraine)],
        title: "Foreign Minister Dmytro Kuleba received by Hun Sen",
        summary: "In Phnom Penh to sign Ukraine's accession to ASEAN's Treaty of Amity and Cooperation, Kuleba met Hun Sen, who restated that Cambodia follows the UN Charter and opposes invasion and the seizure of other states' territory.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[
            Principle::InternationalLawAndUnCharter,
            Principle::Sovereignty,
            Principle::TerritorialIntegrity,
        ],
        tasks: &[],
        sources: src![UKRAINE_GAVROCHE_KULEBA_2022],
    },
    Event {
        id: "ukraine_2023_cmac_training_in_cambodia",
        date: EventDate::on(day(2023, 1, 16)),
        kind: EventKind::Aid,
        partners: &[c(Country::Ukraine), c(Country::Japan)],
        title: "Cambodia starts training Ukrainian deminers",
        summary: "The Cambodian Mine Action Centre opened a course for officers of Ukraine's State Emergency Service on mine-clearance technology, including the Japanese-made ALIS detector, with support from Japan through JICA.",
        place: Some("Kampong Chhnang"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UKRAINE_PPP_TRAINING_2023, UKRAINE_REUTERS_TRAINING_2023],
    },
    Event {
        id: "ukraine_2023_cmac_training_in_poland",
        date: EventDate::span(day(2023, 7, 3), day(2023, 7, 7)),
        kind: EventKind::Aid,
        partners: &[c(Country::Ukraine), c(Country::Japan)],
        title: "Demining training for Ukraine continued in Poland",
        summary: "A Cambodian Mine Action Centre team trained Ukraine's State Emergency Service in Poland on Japanese-developed mine-detection equipment, following up the January course.",
        place: Some("Poland"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UKRAINE_PPP_TRAINING_POLAND_2023],
    },
    Event {
        id: "ukraine_2024_stefanchuk_video_call",
        date: EventDate::on(day(2024, 5, 28)),
        kind: EventKind::Talks,
        partners: &[c(Country::Ukraine)],
        title: "Senate President Hun Sen's video call with Ruslan Stefanchuk",
        summary: "The chairman of Ukraine's parliament asked Cambodia to back the ten-point Peace Formula, attend the peace summit in Switzerland and send deminers; Hun Sen said Cambodia would consider the formula, left attendance to the government, wanted all parties including Russia at the summit, and offered more Japan-backed training instead of sending deminers, which the constitution bars outside UN missions.",
        place: None,
        exchange: None,
        principles: &[Principle::PeacefulSettlementOfDisputes],
        tasks: &[],
        sources: src![
            SEED_OCCASIONAL_DIGEST,
            UKRAINE_PPP_STEFANCHUK_2024,
            UKRAINE_THANH_NIEN_STEFANCHUK_2024
        ],
    },
    Event {
        id: "ukraine_2024_cmac_training_in_siem_reap",
        date: EventDate::span(day(2024, 8, 7), day(2024, 8, 21)),
        kind: EventKind::Aid,
        partners: &[c(Country::Ukraine), c(Country::Japan)],
        title: "Demining-machine course for Ukrainian specialists",
        summary: "Fourteen specialists of Ukraine's State Emergency Service trained for two weeks at a Cambodian Mine Action Centre site in Siem Reap province on operating demining machines, with JICA support.",
        place: Some("Siem Reap"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UKRAINE_PPP_TRAINING_2024],
    },
    Event {
        id: "ukraine_2024_ambassador_calls_on_hun_sen",
        date: EventDate::on(day(2024, 12, 17)),
        kind: EventKind::Talks,
        partners: &[c(Country::Ukraine)],
        title: "Ukrainian ambassador calls on Senate President Hun Sen",
        summary: "Ukraine's ambassador Oleksandr Gaman paid a courtesy call on Hun Sen at the Senate, where Hun Sen voiced regret at the suffering caused by three years of war in Ukraine.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UKRAINE_CNV_AMBASSADOR_2024],
    },
];

pub(crate) static UKRAINE_SALTO_COUNTRY_PROFILE: Source = Source {
    id: "ukraine_salto_country_profile",
    publisher: "SALTO-YOUTH Eastern Europe and Caucasus Resource Centre",
    title: "EECA manual: Ukraine (country facts)",
    url: "http://salto-youth.net/eecamanualukraine",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UKRAINE_UKRSTAT_POPULATION_2022: Source = Source {
    id: "ukraine_ukrstat_population_2022",
    publisher: "Finance.ua forum",
    title: "Population by region (by estimate) as of February 1, 2022",
    url: "https://forum.finance.ua/topic247991.html?p=5857046",
    language: "uk",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "State Statistics Service of Ukraine, \"Population by region (by estimate) as of February 1, 2022\"",
    ),
};

pub(crate) static UKRAINE_UCANEWS_DEMINING_OFFER_2022: Source = Source {
    id: "ukraine_ucanews_demining_offer_2022",
    publisher: "World Catholic News",
    title: "Cambodia offers demining assistance to Ukraine",
    url: "https://worldcatholicnews.com/cambodia-offers-demining-assistance-to-ukraine",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("UCA News, \"Cambodia offers demining assistance to Ukraine\""),
};

pub(crate) static UKRAINE_GAVROCHE_KULEBA_2022: Source = Source {
    id: "ukraine_gavroche_kuleba_hun_sen_2022",
    publisher: "Gavroche Thaïlande",
    title: "Hun Sen réaffirme la position du Cambodge sur la guerre en Ukraine en recevant Dmytro Kuleba",
    url: "https://gavroche-thailande.com/?p=34968",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UKRAINE_PPP_TRAINING_2023: Source = Source {
    id: "ukraine_ppp_training_novel_tech_2023",
    publisher: "The Phnom Penh Post",
    title: "Cambodia trains Ukraine officers using novel demining tech",
    url: "https://www.phnompenhpost.com/national/cambodia-trains-ukraine-officers-using-novel-demining-tech",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UKRAINE_REUTERS_TRAINING_2023: Source = Source {
    id: "ukraine_reuters_demining_techniques_2023",
    publisher: "Reuters",
    title: "Ukrainians learn demining techniques from Cambodian experts",
    url: "https://www.reuters.com/world/europe/ukrainians-learn-demining-techniques-cambodian-experts-2023-01-19/",
    language: "en",
    published: Some(HistDate::day(2023, 1, 19)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UKRAINE_PPP_TRAINING_POLAND_2023: Source = Source {
    id: "ukraine_ppp_training_poland_2023",
    publisher: "The Phnom Penh Post",
    title: "Cambodia continues demining training for Ukraine officers",
    url: "https://m.phnompenhpost.com/national/cambodia-continues-demining-training-ukraine-officers",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UKRAINE_PPP_STEFANCHUK_2024: Source = Source {
    id: "ukraine_ppp_stefanchuk_peace_process_2024",
    publisher: "The Phnom Penh Post",
    title: "Ukraine invites Kingdom to play role in peace process",
    url: "https://www.phnompenhpost.com/national/ukraine-invite-kingdom-to-play-role-in-peace-process",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UKRAINE_THANH_NIEN_STEFANCHUK_2024: Source = Source {
    id: "ukraine_thanh_nien_stefanchuk_2024",
    publisher: "British Columbia Times",
    title: "Mr. Hun Sen stated the reason for refusing Ukraine's new request",
    url: "https://www.britishcolumbiatimes.com/news/mr-hun-sen-stated-the-reason-for-refusing-ukraines-new-request202405301226540011",
    language: "en",
    published: Some(HistDate::day(2024, 5, 30)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Thanh Nien, \"Mr. Hun Sen stated the reason for refusing Ukraine's new request\"",
    ),
};

pub(crate) static UKRAINE_PPP_TRAINING_2024: Source = Source {
    id: "ukraine_ppp_training_starts_2024",
    publisher: "The Phnom Penh Post",
    title: "Training starts for Ukrainian demining specialists in Cambodia",
    url: "https://phnompenhpost.com/national/training-starts-for-ukrainian-demining-specialists-in-cambodia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UKRAINE_CNV_AMBASSADOR_2024: Source = Source {
    id: "ukraine_cnv_ambassador_courtesy_call_2024",
    publisher: "Cambodia New Vision",
    title: "Samdech Techo Hun Sen receives a courtesy call by Oleksandr Gaman, Ambassador of Ukraine (in Khmer)",
    url: "http://kh.cnv.org.kh/?author=3&page=1217&paged=6",
    language: "km",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static UKRAINE_WIKIDATA: Source = Source {
    id: "ukraine_wikidata_q212",
    publisher: "Wikidata",
    title: "Ukraine (Q212)",
    url: "https://www.wikidata.org/wiki/Q212",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

/// Manila Bulletin (AFP), Hun Sen's appeal on cluster munitions, 9 July 2023.
pub(crate) static UKRAINE_MB_CLUSTER_MUNITIONS_2023: Source = Source {
    id: "ukraine_manila_bulletin_2023_cluster_bombs",
    publisher: "Manila Bulletin",
    title: "Cambodian PM Hun Sen urges Ukraine not to use US cluster bombs",
    url: "https://mb.com.ph/2023/7/9/cambodian-pm-hun-sen-urges-ukraine-not-to-use-us-cluster-bombs",
    language: "en",
    published: Some(HistDate::day(2023, 7, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence France-Presse, \"Cambodian PM Hun Sen urges Ukraine not to use US cluster bombs\"",
    ),
};

pub(crate) static SOURCES: &[&Source] = &[
    &UKRAINE_MB_CLUSTER_MUNITIONS_2023,
    &UKRAINE_WIKIDATA,
    &UKRAINE_SALTO_COUNTRY_PROFILE,
    &UKRAINE_UKRSTAT_POPULATION_2022,
    &UKRAINE_UCANEWS_DEMINING_OFFER_2022,
    &UKRAINE_GAVROCHE_KULEBA_2022,
    &UKRAINE_PPP_TRAINING_2023,
    &UKRAINE_REUTERS_TRAINING_2023,
    &UKRAINE_PPP_TRAINING_POLAND_2023,
    &UKRAINE_PPP_STEFANCHUK_2024,
    &UKRAINE_THANH_NIEN_STEFANCHUK_2024,
    &UKRAINE_PPP_TRAINING_2024,
    &UKRAINE_CNV_AMBASSADOR_2024,
];
