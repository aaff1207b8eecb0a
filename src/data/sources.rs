//! Sources used by more than one table: the five seed documents of the
//! research programme, and general references.
//!
//! A source used by one partner's file only lives in that file.

use crate::{HistDate, Source};

/// IRIC, "Current Researches" (seed 000).
pub(crate) static SEED_IRIC: Source = Source {
    id: "iric_current_research",
    publisher: "International Relations Institute of Cambodia",
    title: "Current Researches: Bilateral and Multilateral Diplomatic Relations of Cambodia with Major Countries in the Region and in the World and with Major International and Global Organizations",
    url: "https://iric.gov.kh/current-research/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
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
};

/// MFAIC, "Politique étrangère du Cambodge" (seed 003).
pub(crate) static SEED_MFAIC_FR: Source = Source {
    id: "mfaic_politique_etrangere",
    publisher: "Ministère des Affaires étrangères et de la Coopération internationale du Cambodge",
    title: "Politique étrangère du Cambodge",
    url: "https://www.mfaic.gov.kh/",
    language: "fr",
    published: Some(HistDate::year(2024)),
    retrieved: Some(HistDate::year(2026)),
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
};

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &SEED_IRIC,
    &SEED_MFAIC_EN,
    &SEED_OCCASIONAL_DIGEST,
    &SEED_MFAIC_FR,
    &SEED_WIKI_RUSSIA,
];
