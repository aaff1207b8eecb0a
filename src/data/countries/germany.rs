//! Cambodia and Germany: profile, relation history, missions, agreements and events.
//!
//! Two German states: the Federal Republic (full relations 15 November 1967,
//! broken off by Cambodia on 11 June 1969 after it recognized East Germany)
//! and the German Democratic Republic (relations from 8 May 1969 until German
//! unification on 3 October 1990). United Germany dealt with the Supreme
//! National Council from 1992 and reopened its embassy on 3 October 1993.

use crate::data::prelude::*;

const RETRIEVED: Option<HistDate> = Some(HistDate::year(2026));

const FRG: Option<&str> = Some("Federal Republic of Germany");
const GDR: Option<&str> = Some("German Democratic Republic");

// ---------------------------------------------------------------- sources

pub(crate) static GERMANY_EMBASSY_HISTORY: Source = Source {
    id: "germany_embassy_phnom_penh_history",
    publisher: "Embassy of Germany in Cambodia",
    title: "Kurze Geschichte der deutschen Botschaft Phnom Penh",
    url: "http://www.phnom-penh.diplo.de/Vertretung/phnompenh/de/02/GeschichteBotschaftPhnomPenh__Seite.html",
    language: "de",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static GERMANY_WIKIPEDIA_DE_RELATIONS: Source = Source {
    id: "germany_wikipedia_de_relations",
    publisher: "Wikipedia",
    title: "Deutsch-kambodschanische Beziehungen",
    url: "https://de.wikipedia.org/wiki/Deutsch-kambodschanische_Beziehungen",
    language: "de",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN: Source = Source {
    id: "germany_wikipedia_de_cambodian_embassy_berlin",
    publisher: "Wikipedia",
    title: "Kambodschanische Botschaft in Berlin",
    url: "https://de.wikipedia.org/wiki/Kambodschanische_Botschaft_in_Berlin",
    language: "de",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static GERMANY_WIKIPEDIA_DE_GERMAN_EMBASSY: Source = Source {
    id: "germany_wikipedia_de_german_embassy_phnom_penh",
    publisher: "Wikipedia",
    title: "Deutsche Botschaft Phnom Penh",
    url: "https://de.wikipedia.org/wiki/Deutsche_Botschaft_Phnom_Penh",
    language: "de",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static GERMANY_PANGLOSS_CHRONOLOGY: Source = Source {
    id: "germany_pangloss_chronology",
    publisher: "pangloss.de",
    title: "Deutsch-kambodschanische Beziehungen (chronology)",
    url: "https://www.pangloss.de/cms/index.php?page=kambodscha",
    language: "de",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static GERMANY_BUNDESARCHIV_1970: Source = Source {
    id: "germany_bundesarchiv_cabinet_1970_kambodscha",
    publisher: "Bundesarchiv",
    title: "Kabinettsprotokolle 1970: [M.] Kambodscha",
    url: "https://www.bundesarchiv.de/cocoon/barch/k01/k/k1970k/kap1_2/kap2_21/para3_13.html",
    language: "de",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static GERMANY_ZEIT_1961: Source = Source {
    id: "germany_zeit_1961_sihanuk_hallstein",
    publisher: "Die Zeit",
    title: "Sihanuks umgekehrte Hallstein-Doktrin",
    url: "https://www.zeit.de/1961/09/sihanuks-umgekehrte-hallstein-doktrin",
    language: "de",
    published: Some(HistDate::year(1961)),
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_KAS_THREE_DECADES: Source = Source {
    id: "germany_kas_three_decades_relations",
    publisher: "Konrad-Adenauer-Stiftung",
    title: "Three Decades of Cambodian-German Diplomatic Relations: New Historical Height, Progresses, and Ways Forward",
    url: "https://www.kas.de/en/web/die-politische-meinung/artikel/detail/-/content/three-decades-of-cambodian-german-diplomatic-relations-new-historical-height-progresses-and-ways-for",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static GERMANY_PPP_LERKE: Source = Source {
    id: "germany_ppp_former_envoy_lerke",
    publisher: "The Phnom Penh Post",
    title: "Germany's former envoy to Cambodia recounts long, twisty path to diplomatic ties",
    url: "http://www.phnompenhpost.com/post-plus/germanys-former-envoy-cambodia-recounts-long-twisty-path-diplomatic-ties",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_PPP_TALE_OF_TWO_NATIONS: Source = Source {
    id: "germany_ppp_tale_of_two_nations",
    publisher: "The Phnom Penh Post",
    title: "Partnership in progress: A tale of two nations",
    url: "https://www.phnompenhpost.com/post-plus/partnership-progress-tale-two-nations",
    language: "en",
    published: Some(HistDate::day(2017, 10, 3)),
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_AA_COUNTRY_INFO_2010: Source = Source {
    id: "germany_aa_country_information_2010",
    publisher: "kruegle.de",
    title: "Beziehungen zwischen Kambodscha und Deutschland (Stand: November 2010)",
    url: "https://kruegle.de/?p=5188",
    language: "de",
    published: Some(HistDate::month(2010, 11)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Ministry of Foreign Affairs of Germany, \"Beziehungen zwischen Kambodscha und Deutschland (Stand: November 2010)\"",
    ),
};

pub(crate) static GERMANY_CAMBODIA_TO_KAMPUCHEA_DK: Source = Source {
    id: "germany_cambodiatokampuchea_two_responses_to_dk",
    publisher: "Cambodia to Kampuchea",
    title: "67. Germany: Two responses to DK",
    url: "https://cambodiatokampuchea.wordpress.com/2019/09/08/67-germany-two-responses-to-dk/",
    language: "en",
    published: Some(HistDate::day(2019, 9, 8)),
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_COURTING_CHINA_ARTICLE: Source = Source {
    id: "germany_courting_china_condemning_china_abstract",
    publisher: "R Discovery",
    title: "Courting China, Condemning China: East and West German Cold War Diplomacy in the Shadow of the Cambodian Genocide",
    url: "https://discovery.researcher.life/article/courting-china-condemning-china-east-and-west-german-cold-war-diplomacy-in-the-shadow-of-the-cambodian-genocide/fd9bbe8cff503eeca839ae714406d2bd",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static GERMANY_CNG_2022_SCHOLZ: Source = Source {
    id: "germany_cambodia_news_gazette_2022_scholz",
    publisher: "Cambodia News Gazette",
    title: "Cambodia satisfied with bilateral relations with Germany",
    url: "https://cambodianewsgazette.com/cambodia-satisfied-with-bilateral-relations-with-germany/",
    language: "en",
    published: Some(HistDate::day(2022, 12, 17)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Cambodia satisfied with bilateral relations with Germany\"",
    ),
};

pub(crate) static GERMANY_VNA_2023_STEINMEIER: Source = Source {
    id: "germany_vietnamplus_2023_steinmeier_visit",
    publisher: "Vietnam News Agency",
    title: "Germany aims to boost ties with Cambodia: German President",
    url: "https://en.vietnamplus.vn/germany-aims-to-boost-ties-with-cambodia-german-president-post248451.vnp",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_PPP_2023_STEINMEIER: Source = Source {
    id: "germany_ppp_2023_steinmeier_praises",
    publisher: "The Phnom Penh Post",
    title: "Steinmeier sings Cambodia's praises",
    url: "https://www.phnompenhpost.com/national-politics/steinmeier-sings-cambodias-praises",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_SCMP_2023_STEINMEIER: Source = Source {
    id: "germany_scmp_2023_steinmeier_boost_ties",
    publisher: "South China Morning Post",
    title: "German president aims to boost ties with Cambodia despite concerns",
    url: "https://www.scmp.com/news/asia/southeast-asia/article/3210300/german-president-aims-boost-ties-cambodia-despite-concerns",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_DLF_CENSUS_2022: Source = Source {
    id: "germany_deutschlandfunk_census_2022",
    publisher: "Deutschlandfunk",
    title: "Bevölkerungszahl gestiegen, aber geringer als angenommen",
    url: "https://www.deutschlandfunk.de/bevoelkerungszahl-gestiegen-aber-geringer-als-angenommen-100.html",
    language: "de",
    published: Some(HistDate::day(2024, 6, 25)),
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static GERMANY_WIKIPEDIA_COUNTRY: Source = Source {
    id: "germany_wikipedia_germany",
    publisher: "Wikipedia",
    title: "Germany",
    url: "https://en.wikipedia.org/wiki/Germany",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static GERMANY_WIKIDATA: Source = Source {
    id: "germany_wikidata_q183",
    publisher: "Wikidata",
    title: "Germany (Q183)",
    url: "https://www.wikidata.org/wiki/Q183",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static GERMANY_AA_2018: Source = Source {
    id: "germany_aa_2018_bilateral_relations_en",
    publisher: "Ministry of Foreign Affairs of Germany",
    title: "Germany and Cambodia: bilateral relations (last updated March 2018)",
    url: "https://www.auswaertiges-amt.de/en/aussenpolitik/laenderinformationen/kambodscha-node/cambodia/233102",
    language: "en",
    published: Some(HistDate::month(2018, 3)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static GERMANY_EMBASSY_2018: Source = Source {
    id: "germany_embassy_2018_beziehungen_zu_deutschland",
    publisher: "Embassy of Germany in Cambodia",
    title: "Beziehungen zu Deutschland (Stand: Oktober 2018)",
    url: "https://phnom-penh.diplo.de/kh-de/themen/politik/bilaterales",
    language: "de",
    published: Some(HistDate::day(2018, 5, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static GERMANY_EMBASSY_2024: Source = Source {
    id: "germany_embassy_2024_bilaterale_beziehungen",
    publisher: "Embassy of Germany in Cambodia",
    title: "Deutschland und Kambodscha: Bilaterale Beziehungen",
    url: "https://phnom-penh.diplo.de/kh-de/willkommen/laenderinfos/bilaterale-beziehungen",
    language: "de",
    published: Some(HistDate::day(2024, 2, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

// ---------------------------------------------------------------- profile

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Germany,
    short_name_en: "Germany",
    official_name_en: "Federal Republic of Germany",
    short_name_fr: "Allemagne",
    official_name_fr: "République fédérale d'Allemagne",
    alpha2: "DE",
    alpha3: "DEU",
    numeric: 276,
    wikidata: Some("Q183"),
    capital: "Berlin",
    region: Region::Europe,
    sub_region: SubRegion::WesternEurope,
    intermediate_region: None,
    languages: &["German"],
    currency: "EUR",
    population: Some(Figure::new(
        82_719_540,
        2022,
        src![GERMANY_WIKIPEDIA_COUNTRY, GERMANY_DLF_CENSUS_2022],
    )),
    relation_type: RelationType::WiderWorld,
    aliases: &[
        "West Germany",
        "East Germany",
        "German Democratic Republic",
        "FRG",
        "GDR",
        "Bundesrepublik Deutschland",
        "Deutschland",
        "République démocratique allemande",
        "RFA",
        "RDA",
    ],
    sources: src![
        GERMANY_WIKIPEDIA_COUNTRY,
        JORF_2008_NOMS_ETATS,
        REFTABLES_ISO_3166_CODES,
        WIKIPEDIA_UN_M49,
        GERMANY_WIKIDATA,
    ],
};

// ---------------------------------------------------------------- relation

pub(crate) static RELATION: Relation = Relation {
    country: Country::Germany,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: Claims(&[
                DateClaim::preferred(
                    day(1967, 11, 15),
                    src![GERMANY_EMBASSY_HISTORY, GERMANY_WIKIPEDIA_DE_RELATIONS, GERMANY_PANGLOSS_CHRONOLOGY],
                )
                .with_note(
                    "The German embassy's own history, the German Wikipedia article on the relations and a dated chronology all put full, ambassador-level relations on 15 November 1967, when Bonn's representation became an embassy; Bonn had only a consulate general, then a 'représentation' (1964), before.",
                ),
                DateClaim::alternative(
                    day(1964, 2, 19),
                    src![GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN],
                    "The German Wikipedia article on Cambodia's embassy in Berlin dates the opening of relations to 19 February 1964, the year the Federal Republic's mission became a 'représentation'; the other sources treat that as a lower level of representation, not full relations.",
                ),
            ]),
            end: ended!(day(1969, 6, 11), [GERMANY_EMBASSY_HISTORY, GERMANY_PANGLOSS_CHRONOLOGY]),
            counterpart: FRG,
            cambodian_side: None,
            note: "Bonn recognized the Kingdom in November 1956 but Sihanouk's even-handed neutrality kept it to a consulate general, then a 'représentation' in 1964; an embassy followed once Chancellor Kiesinger recognized the inviolability of Cambodia's borders on 29 September 1967.",
            sources: src![
                GERMANY_EMBASSY_HISTORY,
                GERMANY_WIKIPEDIA_DE_RELATIONS,
                GERMANY_PANGLOSS_CHRONOLOGY,
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1969, 5, 8), [GERMANY_EMBASSY_HISTORY, GERMANY_WIKIPEDIA_DE_RELATIONS, GERMANY_PANGLOSS_CHRONOLOGY, GERMANY_CAMBODIA_TO_KAMPUCHEA_DK]),
            end: ended!(day(1990, 10, 3), [GERMANY_WIKIPEDIA_DE_GERMAN_EMBASSY]),
            counterpart: GDR,
            cambodian_side: None,
            note: "East Germany had a consulate general in Phnom Penh from 1962 and an embassy from 1969. After the 1970 coup it recognized Sihanouk's government in exile (GRUNK), whose envoy returned to East Berlin in January 1974; Democratic Kampuchea kept an embassy in East Berlin, and in 1979 the GDR at once recognized the new government in Phnom Penh, keeping the only German embassy there in the 1980s. The German Foreign Office describes GDR relations as lasting 1969-1975 and 1979 to unification; the sources seen give no date for a break or a resumption, so one period is kept. The embassy buildings passed to the Federal Republic on unification.",
            sources: src![
                GERMANY_EMBASSY_HISTORY,
                GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN,
                GERMANY_CAMBODIA_TO_KAMPUCHEA_DK,
                GERMANY_COURTING_CHINA_ARTICLE,
                GERMANY_AA_2018,
                GERMANY_WIKIPEDIA_DE_GERMAN_EMBASSY,
            ],
        },
        RelationPeriod {
            status: RelationStatus::Severed,
            start: on!(day(1969, 6, 11), [GERMANY_EMBASSY_HISTORY, GERMANY_PANGLOSS_CHRONOLOGY, GERMANY_BUNDESARCHIV_1970]),
            end: PeriodEnd::Ended(Claims(&[
                DateClaim::preferred(year(1992), src![GERMANY_AA_2018, GERMANY_EMBASSY_2018])
                    .with_note("Preferred: the German Foreign Office (its Cambodia page, 2018) and the embassy both say Germany set up its representation to the Supreme National Council in 1992, and Wolfgang Lerke served as Germany's representative to the Council from 1992 to 1993; the Foreign Office treats relations with the Federal Republic as suspended from 1969 to 1993."),
                DateClaim::alternative(
                    year(1991),
                    src![GERMANY_KAS_THREE_DECADES],
                    "A 2023 Konrad-Adenauer-Stiftung article says united Germany resumed relations with the Supreme National Council in 1991.",
                ),
            ])),
            counterpart: FRG,
            cambodian_side: None,
            note: "After Cambodia recognized East Germany (8 May 1969), Bonn recalled its ambassador (decided 4 June) and Phnom Penh broke off relations on 11 June 1969. France became the protecting power, three German diplomats working inside the French embassy until the last left on 15 March 1975. After 1979 West Germany supported the ousted Khmer Rouge government's claim to represent Cambodia internationally.",
            sources: src![
                GERMANY_EMBASSY_HISTORY,
                GERMANY_PANGLOSS_CHRONOLOGY,
                GERMANY_BUNDESARCHIV_1970,
                GERMANY_PPP_LERKE,
                GERMANY_COURTING_CHINA_ARTICLE,
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: Claims(&[
                DateClaim::preferred(year(1992), src![GERMANY_AA_2018, GERMANY_EMBASSY_2018])
                    .with_note("Preferred: the German Foreign Office (its Cambodia page, 2018) and the embassy both date the German representation to the Supreme National Council to 1992, an official source over a later think-tank article."),
                DateClaim::alternative(
                    year(1991),
                    src![GERMANY_KAS_THREE_DECADES],
                    "A 2023 Konrad-Adenauer-Stiftung article says united Germany resumed relations with the Supreme National Council in 1991.",
                ),
            ]),
            end: ended!(day(1993, 10, 3), [GERMANY_KAS_THREE_DECADES, GERMANY_WIKIPEDIA_DE_RELATIONS]),
            counterpart: None,
            cambodian_side: Some("Supreme National Council"),
            note: "United Germany kept a representation to the Supreme National Council, the body that held Cambodian sovereignty during the UN transition; Wolfgang Lerke was its permanent representative from 1992 to 1993.",
            sources: src![
                GERMANY_AA_2018,
                GERMANY_EMBASSY_2018,
                GERMANY_KAS_THREE_DECADES,
                GERMANY_PPP_LERKE
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1993, 10, 3), [GERMANY_KAS_THREE_DECADES, GERMANY_WIKIPEDIA_DE_RELATIONS, GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Full diplomatic relations were re-established and the German embassy in Phnom Penh reopened on 3 October 1993, German Unity Day, after the elections; the two countries marked the 30th anniversary on 3 October 2023.",
            sources: src![
                GERMANY_KAS_THREE_DECADES,
                GERMANY_AA_2018,
                GERMANY_EMBASSY_2024,
                GERMANY_PPP_LERKE
            ],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(HistDate::day(1967, 11, 15)),
            closed: Some(HistDate::day(1969, 6, 11)),
            sources: src![GERMANY_EMBASSY_HISTORY, GERMANY_WIKIPEDIA_DE_RELATIONS],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(HistDate::day(1993, 10, 3)),
            closed: None,
            sources: src![GERMANY_KAS_THREE_DECADES, GERMANY_WIKIPEDIA_DE_GERMAN_EMBASSY],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Berlin",
            opened: Some(HistDate::year(1993)),
            closed: None,
            sources: src![GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Consulate,
            city: "Mörfelden-Walldorf",
            opened: None,
            closed: None,
            sources: src![GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN],
        },
    ],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Trade agreement between the Federal Republic of Germany and Cambodia",
            kind: AgreementKind::Economic,
            signed: Some(HistDate::month(1960, 8)),
            in_force: None,
            sources: src![GERMANY_ZEIT_1961],
        },
        Agreement {
            title: "Trade and financial agreement between the German Democratic Republic and Cambodia",
            kind: AgreementKind::Economic,
            signed: Some(HistDate::year(1960)),
            in_force: None,
            sources: src![GERMANY_PPP_TALE_OF_TWO_NATIONS],
        },
        Agreement {
            title: "Agreement on the promotion and reciprocal protection of investments",
            kind: AgreementKind::Economic,
            signed: Some(HistDate::day(1999, 2, 15)),
            in_force: Some(HistDate::day(2002, 4, 14)),
            sources: src![GERMANY_AA_COUNTRY_INFO_2010],
        },
    ],
    note: "Missions of the German Democratic Republic (consulate general in Phnom Penh from 1962, representation from 1967, embassy from 1969 to 1990) and Cambodia's embassy in East Berlin (first ambassador accredited 12 February 1970) are described here rather than listed, since a mission record does not name the German state. The present German embassy occupies the former East German embassy buildings in Street 214.",
    sources: src![
        GERMANY_EMBASSY_HISTORY,
        GERMANY_EMBASSY_2024,
        GERMANY_WIKIPEDIA_DE_RELATIONS,
        GERMANY_KAS_THREE_DECADES,
        GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN,
        GERMANY_WIKIPEDIA_DE_GERMAN_EMBASSY,
    ],
};

// ---------------------------------------------------------------- events

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "germany_1964_frg_representation",
        date: EventDate::on(year(1964)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::Germany)],
        title: "West German consulate general becomes a 'représentation'",
        summary: "Phnom Penh allowed the Federal Republic's consulate general to become a 'représentation', a step short of an embassy, in keeping with Sihanouk's policy of treating both German states alike.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            GERMANY_WIKIPEDIA_DE_RELATIONS,
            GERMANY_PANGLOSS_CHRONOLOGY,
            GERMANY_EMBASSY_HISTORY
        ],
    },
    Event {
        id: "germany_1967_frg_relations_established",
        date: EventDate::on(day(1967, 11, 15)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Germany)],
        title: "Full relations with the Federal Republic of Germany",
        summary: "Weeks after Chancellor Kiesinger recognized the inviolability of Cambodia's borders, Bonn turned its representation into an embassy, opening ambassador-level relations.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[Principle::TerritorialIntegrity],
        tasks: &[],
        sources: src![
            GERMANY_EMBASSY_HISTORY,
            GERMANY_WIKIPEDIA_DE_RELATIONS,
            GERMANY_PANGLOSS_CHRONOLOGY
        ],
    },
    Event {
        id: "germany_1969_gdr_relations_established",
        date: EventDate::on(day(1969, 5, 8)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Germany)],
        title: "Cambodia recognizes the German Democratic Republic",
        summary: "Cambodia recognized East Germany under international law and opened diplomatic relations with it, a Cold War success for East Berlin.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            GERMANY_EMBASSY_HISTORY,
            GERMANY_PANGLOSS_CHRONOLOGY,
            GERMANY_CAMBODIA_TO_KAMPUCHEA_DK
        ],
    },
    Event {
        id: "germany_1969_frg_relations_severed",
        date: EventDate::on(day(1969, 6, 11)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::Germany)],
        title: "Cambodia breaks off relations with West Germany",
        summary: "After Bonn decided on 4 June to recall its ambassador under the Hallstein doctrine, Cambodia broke off relations with the Federal Republic; France took over as protecting power.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            GERMANY_PANGLOSS_CHRONOLOGY,
            GERMANY_EMBASSY_HISTORY,
            GERMANY_BUNDESARCHIV_1970
        ],
    },
    Event {
        id: "germany_1992_supreme_national_council",
        date: EventDate::on(year(1992)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Germany)],
        title: "Germany opens official relations with the Supreme National Council",
        summary: "United Germany set up a representation to the Supreme National Council, which became a diplomatic mission after the 1993 elections, and posted a permanent representative to it; the German Foreign Office dates this to 1992, a Konrad-Adenauer-Stiftung article to 1991.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            GERMANY_AA_2018,
            GERMANY_EMBASSY_2018,
            GERMANY_PPP_LERKE,
            GERMANY_KAS_THREE_DECADES
        ],
    },
    Event {
        id: "germany_1993_embassy_reopened",
        date: EventDate::on(day(1993, 10, 3)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::Germany)],
        title: "Full diplomatic relations and a German embassy again",
        summary: "After the 1993 elections the representation to the Supreme National Council became an embassy and full relations were re-established on German Unity Day, 3 October 1993.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            GERMANY_KAS_THREE_DECADES,
            GERMANY_AA_2018,
            GERMANY_PPP_LERKE
        ],
    },
    Event {
        id: "germany_1999_investment_agreement_signed",
        date: EventDate::on(day(1999, 2, 15)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Germany)],
        title: "Investment promotion and protection agreement signed",
        summary: "The two countries signed a bilateral agreement on promoting and protecting investments, which entered into force on 14 April 2002.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![GERMANY_AA_COUNTRY_INFO_2010],
    },
    Event {
        id: "germany_2022_hun_sen_scholz_talks",
        date: EventDate::on(day(2022, 12, 14)),
        kind: EventKind::Talks,
        partners: &[c(Country::Germany)],
        title: "Hun Sen and Chancellor Scholz meet in Brussels",
        summary: "On the sidelines of the ASEAN-EU commemorative summit, Hun Sen and Olaf Scholz discussed trade, investment and clean energy, and Scholz briefed him on Germany's efforts over the war in Ukraine.",
        place: Some("Brussels"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![GERMANY_CNG_2022_SCHOLZ],
    },
    Event {
        id: "germany_2023_steinmeier_state_visit",
        date: EventDate::span(day(2023, 2, 14), day(2023, 2, 16)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Germany)],
        title: "First visit by a German president",
        summary: "Frank-Walter Steinmeier saw demining work in Siem Reap and met Hun Sen in Phnom Penh on 15 February, praising Cambodia's stand on the side of international law over Russia's invasion of Ukraine.",
        place: Some("Siem Reap and Phnom Penh"),
        exchange: Some(&crate::data::exchanges::GERMANY_2023_STEINMEIER_STATE_VISIT),
        principles: &[Principle::InternationalLawAndUnCharter],
        tasks: &[],
        sources: src![
            GERMANY_VNA_2023_STEINMEIER,
            GERMANY_PPP_2023_STEINMEIER,
            GERMANY_SCMP_2023_STEINMEIER
        ],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &GERMANY_AA_2018,
    &GERMANY_EMBASSY_2018,
    &GERMANY_EMBASSY_2024,
    &GERMANY_EMBASSY_HISTORY,
    &GERMANY_WIKIPEDIA_DE_RELATIONS,
    &GERMANY_WIKIPEDIA_DE_CAMBODIAN_EMBASSY_BERLIN,
    &GERMANY_WIKIPEDIA_DE_GERMAN_EMBASSY,
    &GERMANY_PANGLOSS_CHRONOLOGY,
    &GERMANY_BUNDESARCHIV_1970,
    &GERMANY_ZEIT_1961,
    &GERMANY_KAS_THREE_DECADES,
    &GERMANY_PPP_LERKE,
    &GERMANY_PPP_TALE_OF_TWO_NATIONS,
    &GERMANY_AA_COUNTRY_INFO_2010,
    &GERMANY_CAMBODIA_TO_KAMPUCHEA_DK,
    &GERMANY_COURTING_CHINA_ARTICLE,
    &GERMANY_CNG_2022_SCHOLZ,
    &GERMANY_VNA_2023_STEINMEIER,
    &GERMANY_PPP_2023_STEINMEIER,
    &GERMANY_SCMP_2023_STEINMEIER,
    &GERMANY_DLF_CENSUS_2022,
    &GERMANY_WIKIPEDIA_COUNTRY,
    &GERMANY_WIKIDATA,
];
