//! The references the generated world tables are built from.

use crate::data::prelude::*;

pub(crate) static WORLD_CLDR: Source = Source {
    id: "unicode_cldr_48_2",
    publisher: "Unicode Consortium",
    title: "Unicode Common Locale Data Repository (CLDR) 48.2: territory names (English, French), territory containment (UN M49), official languages, currencies in use",
    url: "https://cldr.unicode.org/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WORLD_ISO_CODES: Source = Source {
    id: "debian_iso_codes_4_15",
    publisher: "Debian iso-codes project",
    title: "iso-codes 4.15.0: ISO 3166-1 codes, names and official names, with French translations",
    url: "https://salsa.debian.org/iso-codes-team/iso-codes",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WORLD_COUNTRIES_LIST: Source = Source {
    id: "annexare_countries_list_3_4_1",
    publisher: "annexare/Countries (GitHub)",
    title: "countries-list 3.4.1: capitals",
    url: "https://github.com/annexare/Countries",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WORLD_COUNTRY_CODER: Source = Source {
    id: "rapideditor_country_coder_5_6_1",
    publisher: "rapideditor/country-coder (GitHub)",
    title: "country-coder 5.6.1: the Wikidata item of each ISO 3166-1 entity (borders.json)",
    url: "https://github.com/rapideditor/country-coder",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static WORLD_UN_MEMBERS: Source = Source {
    id: "un_member_states",
    publisher: "United Nations",
    title: "Member States",
    url: "https://www.un.org/en/about-us/member-states",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static SOURCES: &[&Source] = &[
    &WORLD_CLDR,
    &WORLD_ISO_CODES,
    &WORLD_COUNTRIES_LIST,
    &WORLD_COUNTRY_CODER,
    &WORLD_UN_MEMBERS,
];
