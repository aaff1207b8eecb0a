//! Cambodia and Brunei Darussalam: profile, relation history, missions,
//! agreements and events.

use crate::data::exchanges::{
    EX_V5_ALHAYAT_2012_ROYAL_WEDDING, EX_V5_BRUNEI_INFO_2012_ROYAL_WEDDING_FINALE,
};
use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static BRUNEI_WIKI_FOREIGN_RELATIONS_KH: Source = Source {
    id: "brunei_wikipedia_foreign_relations_of_cambodia",
    publisher: "Wikipedia",
    title: "Foreign relations of Cambodia",
    url: "https://en.wikipedia.org/wiki/Foreign_relations_of_Cambodia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static BRUNEI_WIKI_RELATIONS_JA: Source = Source {
    id: "brunei_jablog_relations_ja",
    publisher: "jablog.org",
    title: "ブルネイとカンボジアの関係 (Brunei–Cambodia relations)",
    url: "https://jablog.org/%E3%83%96%E3%83%AB%E3%83%8D%E3%82%A4%E3%81%A8%E3%82%AB%E3%83%B3%E3%83%9C%E3%82%B8%E3%82%A2%E3%81%AE%E9%96%A2%E4%BF%82/Brunei%E2%80%93Cambodia_relations",
    language: "ja",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Brunei–Cambodia relations\""),
};

pub(crate) static BRUNEI_DIPLOMAT_2019: Source = Source {
    id: "brunei_diplomat_hun_manet_2019",
    publisher: "The Diplomat",
    title: "Cambodia-Brunei Military Ties in the Headlines with Hun Manet Introductory Visit",
    url: "https://thediplomat.com/2019/07/cambodia-brunei-military-ties-in-the-headlines-with-hun-manet-introductory-visit",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BRUNEI_AFP_2006: Source = Source {
    id: "brunei_afp_2006_sultan_expected",
    publisher: "KI-Media",
    title: "Brunei's sultan expected to visit Cambodia later this year",
    url: "http://ki-media.blogspot.com/2006/05/bruneis-sultan-expected-to-visit.html",
    language: "en",
    published: Some(HistDate::day(2006, 5, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence France-Presse, \"Brunei's sultan expected to visit Cambodia later this year\"",
    ),
};

pub(crate) static BRUNEI_PPP_SULTAN_PERSONAL_VISIT: Source = Source {
    id: "brunei_ppp_sultan_personal_visit",
    publisher: "The Phnom Penh Post",
    title: "Sultan's visit purely personal, say commentators",
    url: "https://phnompenhpost.com/national/sultan-s-visit-purely-personal-say-commentators",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BRUNEI_PPP_ASEAN_2022_RECAP: Source = Source {
    id: "brunei_ppp_asean_2022_bilateral_recap",
    publisher: "The Phnom Penh Post",
    title: "Recap of bilateral meetings on sidelines of ASEAN Summit hosted by Cambodia",
    url: "https://www.phnompenhpost.com/national-politics/recap-bilateral-meetings-sidelines-asean-summit-hosted-cambodia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BRUNEI_FRESH_NEWS_2022: Source = Source {
    id: "brunei_fresh_news_state_visit_2022",
    publisher: "Fresh News",
    title: "文莱苏丹哈桑纳尔会见洪森总理 (Sultan Hassanal Bolkiah meets Prime Minister Hun Sen)",
    url: "https://cn.freshnewsasia.com/index.php/en/18493-2022-11-14-07-38-17.html",
    language: "zh",
    published: Some(HistDate::day(2022, 11, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BRUNEI_JORF_STATE_NAMES: Source = Source {
    id: "brunei_jorf_2019_state_names",
    publisher: "Juriblio",
    title: "JORF n°0095 du 21 avril 2019 – Avis divers (noms d'États, d'habitants, de capitales)",
    url: "https://juriblio.fr/docs/avis-divers/172614904",
    language: "fr",
    published: Some(HistDate::day(2019, 4, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Journal officiel de la République française, \"JORF n°0095 du 21 avril 2019 – Avis divers (noms d'États, d'habitants, de capitales)\"",
    ),
};

pub(crate) static BRUNEI_FRANCO_WIKI_COUNTRY: Source = Source {
    id: "brunei_franco_wiki_country",
    publisher: "franco.wiki",
    title: "Brunei",
    url: "https://franco.wiki/fr/Brunei.html",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Brunei\""),
};

pub(crate) static BRUNEI_FACTBOOK_CODES: Source = Source {
    id: "brunei_cia_factbook_2004_codes",
    publisher: "bitlit.ru",
    title: "Appendix: cross-reference list of country data codes",
    url: "https://bitlit.ru/page/en/united-states-central-intelligence-agency/the-2004-cia-world-factbook/6416",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Central Intelligence Agency, \"The World Factbook 2004\""),
};

pub(crate) static BRUNEI_DEPS_POPULATION: Source = Source {
    id: "brunei_deps_population",
    publisher: "Department of Economic Planning and Statistics, Ministry of Finance and Economy, Brunei Darussalam",
    title: "Population",
    url: "https://deps.mofe.gov.bn/SitePages/Population.aspx",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static BRUNEI_STAR_CENSUS_2021: Source = Source {
    id: "brunei_the_star_census_2021",
    publisher: "The Star (Malaysia)",
    title: "Brunei population tops 440,000",
    url: "https://www.thestar.com.my/aseanplus/aseanplus-news/2022/11/09/brunei-population-tops-440000",
    language: "en",
    published: Some(HistDate::day(2022, 11, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Borneo Bulletin, \"Brunei population tops 440,000\""),
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Brunei,
    short_name_en: "Brunei",
    official_name_en: "Brunei Darussalam",
    short_name_fr: "Brunei",
    official_name_fr: "Brunei Darussalam",
    alpha2: "BN",
    alpha3: "BRN",
    numeric: 96,
    wikidata: Some("Q921"),
    capital: "Bandar Seri Begawan",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Malay"],
    currency: "BND",
    population: Some(Figure::new(
        440_715,
        2021,
        src![BRUNEI_DEPS_POPULATION, BRUNEI_STAR_CENSUS_2021],
    )),
    relation_type: RelationType::RegionAndAsean,
    aliases: &["Brunéi", "Brunéi Darussalam", "Negara Brunei Darussalam"],
    sources: src![
        BRUNEI_JORF_STATE_NAMES,
        BRUNEI_FRANCO_WIKI_COUNTRY,
        BRUNEI_FACTBOOK_CODES,
        UNSD_M49
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Brunei,
    periods_complete: true,
    periods: &[RelationPeriod {
        status: RelationStatus::Active,
        start: on!(
            day(1992, 6, 9),
            [BRUNEI_WIKI_FOREIGN_RELATIONS_KH, BRUNEI_WIKI_RELATIONS_JA]
        ),
        end: ONGOING,
        counterpart: None,
        cambodian_side: None,
        note: "Relations were established on 9 June 1992; the two countries marked their 30th anniversary in 2022. Cooperation covers trade, education and defence.",
        sources: src![
            BRUNEI_WIKI_FOREIGN_RELATIONS_KH,
            BRUNEI_DIPLOMAT_2019,
            BRUNEI_PPP_ASEAN_2022_RECAP
        ],
    }],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![BRUNEI_WIKI_FOREIGN_RELATIONS_KH, BRUNEI_WIKI_RELATIONS_JA],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Bandar Seri Begawan",
            opened: None,
            closed: None,
            sources: src![BRUNEI_WIKI_FOREIGN_RELATIONS_KH, BRUNEI_WIKI_RELATIONS_JA],
        },
    ],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Agreement on civil aviation",
            kind: AgreementKind::Economic,
            signed: None,
            in_force: None,
            sources: src![BRUNEI_AFP_2006],
        },
        Agreement {
            title: "Memorandum of understanding establishing a framework for bilateral cooperation",
            kind: AgreementKind::Cooperation,
            signed: Some(day(2022, 11, 14)),
            in_force: None,
            sources: src![BRUNEI_PPP_ASEAN_2022_RECAP, BRUNEI_FRESH_NEWS_2022],
        },
    ],
    note: "The civil aviation agreement was already signed by May 2006; its date was not found. Searched for the opening dates of the two embassies; none found. A private visit by the Sultan to Hun Sen on 29-30 April was left out because the source seen does not state the year.",
    sources: src![BRUNEI_WIKI_FOREIGN_RELATIONS_KH, BRUNEI_DIPLOMAT_2019],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "brunei_1992_relations_established",
        date: EventDate::on(day(1992, 6, 9)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Brunei)],
        title: "Diplomatic relations established",
        summary: "Cambodia and Brunei Darussalam opened diplomatic relations, eight years after Brunei's independence.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            BRUNEI_WIKI_FOREIGN_RELATIONS_KH,
            BRUNEI_WIKI_RELATIONS_JA,
            BRUNEI_DIPLOMAT_2019,
            BRUNEI_FRANCO_WIKI_COUNTRY
        ],
    },
    Event {
        id: "brunei_2006_new_ambassador_direct_flights",
        date: EventDate::on(day(2006, 5, 22)),
        kind: EventKind::Talks,
        partners: &[c(Country::Brunei)],
        title: "Hun Sen asks Brunei for direct flights",
        summary: "Meeting Brunei's new ambassador, Hun Sen proposed direct flights to Phnom Penh or Siem Reap under the civil aviation agreement already signed; the ambassador raised the lifting of visas for Cambodian visitors.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![BRUNEI_AFP_2006],
    },
    Event {
        id: "brunei_2011_hun_sen_visit",
        date: EventDate::on(year(2011)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Brunei)],
        title: "Hun Sen received in Brunei by the Sultan",
        summary: "On a visit to Brunei, Prime Minister Hun Sen was received at the airport by Sultan Hassanal Bolkiah in person, who escorted him to his hotel.",
        place: Some("Bandar Seri Begawan"),
        exchange: Some(&crate::data::exchanges::BRUNEI_2011_HUN_SEN_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![BRUNEI_PPP_SULTAN_PERSONAL_VISIT],
    },
    Event {
        id: "brunei_2012_hun_sen_royal_wedding",
        date: EventDate::on(day(2012, 9, 23)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Brunei)],
        title: "Hun Sen attends the wedding of Princess Hafizah",
        summary: "Hun Sen travelled to Brunei for the wedding of the Sultan's daughter, Princess Hajah Hafizah Sururul Bolkiah.",
        place: Some("Bandar Seri Begawan"),
        exchange: Some(&crate::data::exchanges::BRUNEI_2012_HUN_SEN_ROYAL_WEDDING),
        principles: &[],
        tasks: &[],
        sources: src![
            BRUNEI_WIKI_RELATIONS_JA,
            EX_V5_BRUNEI_INFO_2012_ROYAL_WEDDING_FINALE,
            EX_V5_ALHAYAT_2012_ROYAL_WEDDING
        ],
    },
    Event {
        id: "brunei_2019_hun_manet_army_visit",
        date: EventDate::span(day(2019, 7, 23), day(2019, 7, 26)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::Official,
        },
        partners: &[c(Country::Brunei)],
        title: "Army chief Hun Manet's introductory visit to Brunei",
        summary: "Hun Manet, then deputy commander-in-chief of the armed forces and army commander, made an introductory visit highlighting defence ties, which include exchanges and training offered by Brunei.",
        place: Some("Brunei"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![BRUNEI_DIPLOMAT_2019],
    },
    Event {
        id: "brunei_2022_sultan_state_visit",
        date: EventDate::on(day(2022, 11, 14)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Brunei)],
        title: "Sultan's state visit in the 30th anniversary year",
        summary: "After the ASEAN summits in Phnom Penh, Sultan Hassanal Bolkiah paid a one-day state visit; he and Hun Sen witnessed a memorandum setting a framework for wider cooperation, and he asked for agricultural cooperation including imports of Cambodian fragrant rice.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::BRUNEI_2022_SULTAN_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![BRUNEI_FRESH_NEWS_2022, BRUNEI_PPP_ASEAN_2022_RECAP],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &BRUNEI_WIKI_FOREIGN_RELATIONS_KH,
    &BRUNEI_WIKI_RELATIONS_JA,
    &BRUNEI_DIPLOMAT_2019,
    &BRUNEI_AFP_2006,
    &BRUNEI_PPP_SULTAN_PERSONAL_VISIT,
    &BRUNEI_PPP_ASEAN_2022_RECAP,
    &BRUNEI_FRESH_NEWS_2022,
    &BRUNEI_JORF_STATE_NAMES,
    &BRUNEI_FRANCO_WIKI_COUNTRY,
    &BRUNEI_FACTBOOK_CODES,
    &BRUNEI_DEPS_POPULATION,
    &BRUNEI_STAR_CENSUS_2021,
];
