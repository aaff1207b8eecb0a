//! Sources used by more than one table: the five seed documents of the
//! research programme, and general references.
//!
//! A source used by one partner's file only lives in that file.

use crate::{HistDate, Source, SourceKind};

/// IRIC, "Current Researches" (seed 000).
pub(crate) static SEED_IRIC: Source = Source {
    id: "iric_current_research",
    publisher: "International Relations Institute of Cambodia",
    title: "Current Researches: Bilateral and Multilateral Diplomatic Relations of Cambodia with Major Countries in the Region and in the World and with Major International and Global Organizations",
    url: "https://iric.gov.kh/current-research/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

/// MFAIC, "Cambodia's Foreign Policy Direction" (seed 001).
pub(crate) static SEED_MFAIC_EN: Source = Source {
    id: "mfaic_foreign_policy_direction",
    publisher: "Ministry of Foreign Affairs and International Cooperation of Cambodia",
    title: "Cambodia's Foreign Policy Direction",
    url: "https://www.mfaic.gov.kh/",
    language: "en",
    published: Some(HistDate::year(2024)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

/// Occasional Digest opinion article on Cambodia's role in promoting peace (seed 002).
pub(crate) static SEED_OCCASIONAL_DIGEST: Source = Source {
    id: "occasional_digest_2024_cambodia_peace",
    publisher: "Occasional Digest",
    title: "From past conflicts to global diplomacy: Cambodia's role in promoting peace and cooperation",
    url: "https://occasionaldigest.com/2024/06/05/from-past-conflicts-to-global-diplomacy-cambodias-role-in-promoting-peace-and-cooperation",
    language: "en",
    published: Some(HistDate::day(2024, 6, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

/// MFAIC, "Politique étrangère du Cambodge" (seed 003).
pub(crate) static SEED_MFAIC_FR: Source = Source {
    id: "mfaic_politique_etrangere",
    publisher: "Ministry of Foreign Affairs and International Cooperation of Cambodia",
    title: "Politique étrangère du Cambodge",
    url: "https://www.mfaic.gov.kh/",
    language: "fr",
    published: Some(HistDate::year(2024)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

/// Wikipedia, "Cambodia–Russia relations" (seed 004).
pub(crate) static SEED_WIKI_RUSSIA: Source = Source {
    id: "wikipedia_cambodia_russia_relations",
    publisher: "Wikipedia",
    title: "Cambodia–Russia relations",
    url: "https://en.wikipedia.org/wiki/Cambodia%E2%80%93Russia_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

/// Shared with the United States, India, Pakistan and Bangladesh files (one
/// source per URL in the registry).
pub(crate) static AU_ISO_M49: Source = Source {
    id: "iso3166_m49_lukes",
    publisher: "GitHub, lukes/ISO-3166-Countries-with-Regional-Codes",
    title: "ISO 3166-1 country codes with UN M49 regional codes (all/all.csv)",
    url: "https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes/blob/master/all/all.csv",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static REFTABLES_ISO_3166_CODES: Source = Source {
    id: "reftables_iso_3166_codes",
    publisher: "RefTables",
    title: "ISO 3166-1 Country Codes Reference",
    url: "https://reftables.net/iso-country-codes.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WIKIPEDIA_UN_M49: Source = Source {
    id: "wikipedia_un_m49",
    publisher: "Wikipedia",
    title: "UN M49",
    url: "https://en.wikipedia.org/wiki/UN_M49",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WIKIPEDIA_ISO_4217: Source = Source {
    id: "wikipedia_iso_4217",
    publisher: "Wikipedia",
    title: "ISO 4217",
    url: "https://en.wikipedia.org/wiki/ISO_4217",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static LOC_COUNTRY_STUDY_CGDK: Source = Source {
    id: "loc_country_study_cgdk",
    publisher: "countries6.tripod.com",
    title: "Cambodia: foreign relations of the Coalition Government of Democratic Kampuchea",
    url: "https://countries6.tripod.com/cCambodia147.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Library of Congress, Federal Research Division, \"Cambodia: A Country Study\""),
};

pub(crate) static JORF_2008_NOMS_ETATS: Source = Source {
    id: "jorf_2008_noms_etats",
    publisher: "vdoc.pub",
    title: "Recommandation concernant les noms d'États, d'habitants, de capitales, de sièges diplomatiques ou consulaires (24 septembre 2008)",
    url: "https://vdoc.pub/documents/terminologie-pays-habitants-villes-4fpnvp2a3000",
    language: "fr",
    published: Some(HistDate::day(2008, 9, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Journal officiel de la République française, \"Recommandation concernant les noms d'États, d'habitants, de capitales, de sièges diplomatiques ou consulaires (24 septembre 2008)\"",
    ),
};

/// Cited by all five files of the other ASEAN members (Brunei, Indonesia,
/// Malaysia, the Philippines, Singapore), defined once here.
pub(crate) static UNSD_M49: Source = Source {
    id: "unsd_m49",
    publisher: "United Nations",
    title: "Standard country or area codes for statistical use (M49)",
    url: "https://unstats.un.org/unsd/methodology/m49/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

/// Also cited by the Australia file.
pub(crate) static US_LAT_1991: Source = Source {
    id: "latimes_1991_mission_revived",
    publisher: "Los Angeles Times",
    title: "U.S. Revives Diplomatic Role in Cambodia: Southeast Asia: American envoy to coalition predicts a 'new era' in nation's history",
    url: "https://latimes.com/archives/la-xpm-1991-11-12-mn-1466-story.html",
    language: "en",
    published: Some(HistDate::day(1991, 11, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

/// Shared with the Laos, Thailand and Myanmar files (one source per page).
pub(crate) static COUNTRIES_DB: Source = Source {
    id: "dr5hn_countries_states_cities_database",
    publisher: "GitHub, dr5hn/countries-states-cities-database",
    title: "countries table: ISO codes, capitals, currencies, UN regions and Wikidata ids",
    url: "https://github.com/dr5hn/countries-states-cities-database",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

/// Shared with the Laos, Thailand and Myanmar files (one source per page).
pub(crate) static ISO_CODES: Source = Source {
    id: "statoids_iso_3166_1_country_codes",
    publisher: "Statoids",
    title: "Countries of the world: ISO 3166-1 codes",
    url: "http://www.statoids.com/wab.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static ASEAN_XINHUA_2012_21ST: Source = Source {
    id: "xinhua_2012_cambodia_to_lead_21st_summit",
    publisher: "khamerlogue.wordpress.com",
    title: "Cambodia to lead forthcoming ASEAN Summit with responsibilities: PM Hun Sen",
    url: "https://khamerlogue.wordpress.com/2012/11/12/cambodia-to-lead-forthcoming-asean-summit-with-responsibilities-pm-hun-sen/",
    language: "en",
    published: Some(HistDate::day(2012, 11, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"Cambodia to lead forthcoming ASEAN Summit with responsibilities: PM Hun Sen\"",
    ),
};

pub(crate) static ASEAN_PPP_2022_WRAP: Source = Source {
    id: "phnompenhpost_2022_smooth_summit",
    publisher: "PressReader",
    title: "Smooth summit caps Kingdom's widely praised year as chair",
    url: "https://www.pressreader.com/cambodia/the-phnom-penh-post/20221114/281517935105604",
    language: "en",
    published: Some(HistDate::day(2022, 11, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "The Phnom Penh Post, \"Smooth summit caps Kingdom's widely praised year as chair\"",
    ),
};

pub(crate) static ADB_WIKI_FR: Source = Source {
    id: "wikiland_fr",
    publisher: "Wikiland",
    title: "Banque asiatique de développement",
    url: "https://wikiland.org/fr/ADB_Avenue",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Banque asiatique de développement\""),
};

pub(crate) static IMF_MEMBER_COUNTRIES_WIKI: Source = Source {
    id: "member_countries_wikipedia_text",
    publisher: "LiquiSearch",
    title: "International Monetary Fund - Member Countries",
    url: "https://liquisearch.com/international_monetary_fund/member_countries",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"International Monetary Fund\""),
};

pub(crate) static UN_WIKI_CGDK: Source = Source {
    id: "wikipedia_cgdk",
    publisher: "cydlabs.com",
    title: "Coalition Government of Democratic Kampuchea",
    url: "https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/Coalition_Government_of_Democratic_Kampuchea",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Coalition Government of Democratic Kampuchea\""),
};

/// The text of General Assembly resolution 45/3 with its date, as recorded by
/// UNHCR's Refworld (archived copy).
pub(crate) static UN_REFWORLD_RES_45_3: Source = Source {
    id: "refworld_ga_resolution_45_3",
    publisher: "UNHCR Refworld",
    title: "The situation in Cambodia: resolution adopted by the General Assembly (A/RES/45/3), 15 October 1990",
    url: "https://webarchive.archive.unhcr.org/20191101011946mp_/https://www.refworld.org/cgi-bin/texis/vtx/rwmain?docid=3b00efe53c",
    language: "en",
    published: Some(HistDate::day(1990, 10, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static UN_US_PARTICIPATION_1991: Source = Source {
    id: "us_participation_in_un_1991_cambodia",
    publisher: "U.S. Department of State",
    title: "United States Participation in the UN, report for 1991: section on Cambodia (untitled in the copy read)",
    url: "https://books.google.ro/books?id=3IqPAAAAMAAJ&pg=PA24&vq=June&dq=editions:ISBN0852442904&hl=ro&output=html_text&source=gbs_search_r&cad=1",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static UN_PPP_SEATLESS_1997: Source = Source {
    id: "phnompenhpost_1997_seatless",
    publisher: "The Phnom Penh Post",
    title: "Hun Sen left seatless at UN",
    url: "https://www.phnompenhpost.com/national/hun-sen-left-seatless-un",
    language: "en",
    published: Some(HistDate::day(1997, 9, 26)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_RMRB_1998: Source = Source {
    id: "peoplesdaily_1998_seat_restored",
    publisher: "rmrb.online",
    title: "全权证书委建议获通过 联大同意恢复柬席位",
    url: "https://rmrb.online/read-htm-tid-1157359-fpage-10.html",
    language: "zh",
    published: Some(HistDate::day(1998, 12, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("People's Daily, \"全权证书委建议获通过 联大同意恢复柬席位\""),
};

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &SEED_IRIC,
    &SEED_MFAIC_EN,
    &SEED_OCCASIONAL_DIGEST,
    &SEED_MFAIC_FR,
    &SEED_WIKI_RUSSIA,
    &AU_ISO_M49,
    &REFTABLES_ISO_3166_CODES,
    &WIKIPEDIA_UN_M49,
    &WIKIPEDIA_ISO_4217,
    &LOC_COUNTRY_STUDY_CGDK,
    &JORF_2008_NOMS_ETATS,
    &UNSD_M49,
    &US_LAT_1991,
    &COUNTRIES_DB,
    &ISO_CODES,
    &ASEAN_XINHUA_2012_21ST,
    &ASEAN_PPP_2022_WRAP,
    &ADB_WIKI_FR,
    &IMF_MEMBER_COUNTRIES_WIKI,
    &UN_WIKI_CGDK,
    &UN_REFWORLD_RES_45_3,
    &UN_US_PARTICIPATION_1991,
    &UN_PPP_SEATLESS_1997,
    &UN_RMRB_1998,
];
