//! Cambodia's own states since independence, and its seat at the UN.
//!
//! Modelling choices:
//! - A state starts on the day its name took effect (independence, a
//!   proclamation, a capture of the capital or a constitution), and ends on
//!   the day the next one starts, except Democratic Kampuchea, which ends when
//!   it lost Phnom Penh on 7 January 1979 (the next record starts the day
//!   after).
//! - The Supreme National Council (1990/91-1993) was not a state: it was the
//!   body in which Cambodian sovereignty was vested during the transition and
//!   held the UN seat, while the State of Cambodia remained in place as one of
//!   the four parties and UNTAC ran the transition. The SNC therefore appears
//!   in `UN_SEAT`, and in `STATES` only in the note of the State of Cambodia.
//! - `UN_SEAT` agrees with the UN membership record in
//!   `organizations/united_nations.rs`: the coalition from its formation on
//!   22 June 1982, the SNC from General Assembly resolution 45/3 of
//!   15 October 1990, and no holder at all while the seat was left vacant
//!   (19 September 1997 to 7 December 1998).

use crate::data::prelude::*;
use crate::state::{CambodianState, UnSeatHolder};

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static STATES_KING_INDEPENDENCE: Source = Source {
    id: "states_norodomsihamoni_independence_2021",
    publisher: "Official website of King Norodom Sihamoni",
    title: "68th Anniversary of Independence of the Kingdom",
    url: "https://norodomsihamoni.org/en/news/2021-11-09_1",
    language: "en",
    published: Some(HistDate::day(2021, 11, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_MJP_1947: Source = Source {
    id: "states_mjp_perpignan_constitution_1947",
    publisher: "Digithèque MJP, Université de Perpignan",
    title: "Cambodge, Constitution du 6 mai 1947",
    url: "http://mjp.univ-perp.fr/constit/kh1947.htm",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_BROCKHAUS_KHMER_REPUBLIC: Source = Source {
    id: "states_brockhaus_khmer_republik",
    publisher: "Brockhaus",
    title: "Kambodscha, Geschichte: Khmer-Republik unter Lon Nol",
    url: "https://brockhaus.de/ecs/julex/article/kambodscha/geschichte/khmer-republik-unter-lon-nol",
    language: "de",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_WIKI_KHMER_REPUBLIC: Source = Source {
    id: "states_wikipedia_khmer_republic",
    publisher: "Wikipedia",
    title: "Khmer Republic",
    url: "https://en.wikipedia.org/wiki/Khmer_Republic",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_DCCAM_DK_CONSTITUTION: Source = Source {
    id: "states_dccam_dk_constitution",
    publisher: "Documentation Center of Cambodia",
    title: "The Cambodian Constitutions (1953-1993), collected and introduced by Raoul M. Jennar: Democratic Kampuchea (1975-1979)",
    url: "https://d.dccam.org/Archives/Documents/DK_Policy/DK_Policy_DK_Constitution.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_LOC_ESTABLISHING_DK: Source = Source {
    id: "states_loc_country_study_establishing_dk",
    publisher: "countrystudies.us",
    title: "Cambodia: Establishing Democratic Kampuchea",
    url: "http://countrystudies.us/cambodia/31.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Library of Congress, Federal Research Division, \"Cambodia: A Country Study\""),
};

pub(crate) static STATES_FRWIKI_DK: Source = Source {
    id: "states_wikipedia_fr_kampuchea_democratique",
    publisher: "sagapedia.com",
    title: "Kampuchéa démocratique",
    url: "https://sagapedia.com/fr/Kampuch%C3%A9a_d%C3%A9mocratique",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Kampuchéa démocratique\""),
};

pub(crate) static STATES_WIKI_PRK: Source = Source {
    id: "states_wikipedia_peoples_republic_of_kampuchea",
    publisher: "Wikipedia",
    title: "People's Republic of Kampuchea",
    url: "https://en.wikipedia.org/wiki/People%27s_Republic_of_Kampuchea",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_RDISCOVERY_DK_TO_PRK: Source = Source {
    id: "states_rdiscovery_dk_to_prk_abstract",
    publisher: "R Discovery",
    title: "Cambodia: From Democratic Kampuchea to People's Republic",
    url: "https://discovery.researcher.life/article/cambodia-from-democratic-kampuchea-to-people-s-republic/90f35df444893202a037315a03c07b9f",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static STATES_BROCKHAUS_PRK: Source = Source {
    id: "states_brockhaus_volksrepublik_kampuchea",
    publisher: "Brockhaus",
    title: "Kambodscha, Geschichte: Volksrepublik Kampuchea und Bürgerkrieg",
    url: "https://brockhaus.de/ecs/julex/adult/kambodscha/geschichte/volksrepublik-kampuchea-und-burgerkrieg",
    language: "de",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_FRWIKI_PRK: Source = Source {
    id: "states_wikipedia_fr_republique_populaire_kampuchea",
    publisher: "Academic Dictionaries and Encyclopedias",
    title: "République populaire du Kampuchéa",
    url: "https://frwiki.academic.ru/dic.nsf/frwiki/1857852",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"République populaire du Kampuchéa\""),
};

pub(crate) static STATES_SIMPLEWIKI_PRK: Source = Source {
    id: "states_simple_wikipedia_peoples_republic_of_kampuchea",
    publisher: "Wikipedia",
    title: "People's Republic of Kampuchea",
    url: "https://simple.wikipedia.org/wiki/People%27s_Republic_of_Kampuchea",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_COMMONS_PRK: Source = Source {
    id: "states_wikimedia_commons_prk_category",
    publisher: "Wikimedia Commons",
    title: "Category:People's Republic of Kampuchea",
    url: "https://commons.m.wikimedia.org/wiki/Category:People's_Republic_of_Kampuchea",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_PARLIAMENT_HISTORY: Source = Source {
    id: "states_cambodian_parliament_national_assembly_history",
    publisher: "Cambodian Parliament (cambodian-parliament.org)",
    title: "National Assembly of the Kingdom of Cambodia",
    url: "https://cambodian-parliament.org/national-assembly-of-the-kingdom-of-cambodia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_UNIVERSALIS_1993: Source = Source {
    id: "states_universalis_1993_restoration_monarchy",
    publisher: "Encyclopædia Universalis",
    title: "21-24 septembre 1993 : Cambodge. Rétablissement de la monarchie",
    url: "https://universalis.fr/evenement/21-24-septembre-1993-retablissement-de-la-monarchie",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_CCC_CONSTITUTION_FR: Source = Source {
    id: "states_constitutional_council_constitution_fr",
    publisher: "Constitutional Council of Cambodia",
    title: "La Constitution du Royaume du Cambodge : Préambule",
    url: "https://constitution.ccc.gov.kh/preface-fr.php",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_ASEAN_CAMBODIA_STRUCTURE: Source = Source {
    id: "states_asean_secretariat_cambodia_political_structure",
    publisher: "ASEAN Secretariat",
    title: "Cambodia: Political and Administrative Structure",
    url: "https://asean.or.id/clm/cam/c_org1.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_UN_YEARBOOK_1968_ROSTER: Source = Source {
    id: "states_un_yearbook_1968_roster",
    publisher: "Docslib",
    title: "Appendix I: Roster of the United Nations (as at 31 December 1968)",
    url: "https://docslib.org/doc/6662602/1968-appendices",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("United Nations, \"Yearbook of the United Nations 1968\""),
};

pub(crate) static STATES_UNSC_RES_109: Source = Source {
    id: "states_lawglobalhub_unsc_resolution_109",
    publisher: "LawGlobalHub",
    title: "United Nations Security Council Resolution 109 – Admission of new Members to the UN",
    url: "https://lawglobalhub.com/united-nations-security-council-resolution-109-admission-of-new-members-to-the-un",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static STATES_UN_YEARBOOK_1974_ROSTER: Source = Source {
    id: "states_un_yearbook_1974_roster",
    publisher: "Docslib",
    title: "Appendix I: Roster of the United Nations (as at 31 December 1974)",
    url: "https://docslib.org/download/11011037/1974-appendices",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("United Nations, \"Yearbook of the United Nations 1974\""),
};

pub(crate) static STATES_PEANG_METH_1974: Source = Source {
    id: "states_peang_meth_khmer_representation_1974",
    publisher: "Embassy of the Khmer Republic",
    title: "Khmer representation at the United Nations, 1974 (A. Gaffar Peang-Meth)",
    url: "http://archive.org/stream/KhmerRepresentationAtTheUnitedNations1974/UNcambodia2_djvu.txt",
    language: "en",
    published: Some(HistDate::month(1975, 2)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_STATE_CABLE_1974: Source = Source {
    id: "states_state_department_cable_1974_khmer_credentials",
    publisher: "U.S. Department of State",
    title: "Khmer credentials at 29th UNGA (1974STATE272021)",
    url: "https://theworldtomorrow.wikileaks.org/plusd/cables/1974STATE272021_b.html",
    language: "en",
    published: Some(HistDate::day(1974, 12, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_WIKI_DK_MIRROR: Source = Source {
    id: "states_wikipedia_democratic_kampuchea_owiki",
    publisher: "owiki.org",
    title: "Democratic Kampuchea",
    url: "https://owiki.org/wiki/Pol_Pot_regime",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Democratic Kampuchea\""),
};

pub(crate) static STATES_CSMONITOR_1980_CHALLENGE: Source = Source {
    id: "states_csmonitor_1980_soviet_bloc_challenge",
    publisher: "The Christian Science Monitor",
    title: "Soviet bloc challenges Khmer Rouge for UN seat",
    url: "https://www.csmonitor.com/1980/1007/100719.html",
    language: "en",
    published: Some(HistDate::day(1980, 10, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static STATES_UNGA_DK_SPEECH_1981: Source = Source {
    id: "states_ungdc_democratic_kampuchea_speech_1981",
    publisher: "UN General Debate Corpus (un.koenvangilst.nl)",
    title: "General Assembly general debate statement by Democratic Kampuchea",
    url: "https://un.koenvangilst.nl/speech/5659",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "United Nations General Assembly, \"General Assembly general debate statement by Democratic Kampuchea\"",
    ),
};

pub(crate) static STATES_LOC_TWO_REGIMES: Source = Source {
    id: "states_loc_country_study_two_regimes_1987",
    publisher: "countries6.tripod.com",
    title: "Cambodia: the two regimes and UN recognition (data as of December 1987)",
    url: "https://countries6.tripod.com/cCambodia146.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Library of Congress, Federal Research Division, \"Cambodia: A Country Study\""),
};

pub(crate) static STATES_UNGA_CGDK_SPEECH_1985: Source = Source {
    id: "states_ungdc_cgdk_speech_1985",
    publisher: "UN General Debate Corpus (un.koenvangilst.nl)",
    title: "General Assembly general debate statement on behalf of the Coalition Government of Democratic Kampuchea (fortieth session)",
    url: "https://un.koenvangilst.nl/speech/7781",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "United Nations General Assembly, \"General Assembly general debate statement on behalf of the Coalition Government of Democratic Kampuchea (fortieth session)\"",
    ),
};

pub(crate) static STATES_UN_PRESS_1997_SEAT: Source = Source {
    id: "states_un_press_1997_cambodia_seat_vacant",
    publisher: "United Nations",
    title: "Press conference by Permanent Representative of Cambodia",
    url: "https://press.un.org/en/1997/19970923.cambod3.html",
    language: "en",
    published: Some(HistDate::day(1997, 9, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static STATES_SCMP_1997_SEAT: Source = Source {
    id: "states_scmp_1997_cambodia_on_trial",
    publisher: "South China Morning Post",
    title: "Cambodia on trial",
    url: "http://www.scmp.com/article/212531/cambodia-trial",
    language: "en",
    published: Some(HistDate::day(1997, 9, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------

pub(crate) static STATES: &[CambodianState] = &[
    CambodianState {
        id: "kingdom_of_cambodia_1953",
        name_en: "Kingdom of Cambodia",
        name_fr: "Royaume du Cambodge",
        start: day(1953, 11, 9),
        end: Some(day(1970, 10, 9)),
        note: "Independence from the French protectorate was proclaimed under King Norodom Sihanouk on 9 November 1953 (still within the French Union, which Cambodia left a few months later, according to the Perpignan constitutional archive). The monarchy formally lasted until the republic was proclaimed in October 1970, although Lon Nol's government had deposed Sihanouk as head of state on 18 March 1970.",
        sources: src![
            STATES_KING_INDEPENDENCE,
            STATES_MJP_1947,
            STATES_BROCKHAUS_KHMER_REPUBLIC,
            STATES_CCC_CONSTITUTION_FR
        ],
    },
    CambodianState {
        id: "khmer_republic",
        name_en: "Khmer Republic",
        name_fr: "République khmère",
        start: day(1970, 10, 9),
        end: Some(day(1975, 4, 17)),
        note: "The republic was proclaimed on 9 October 1970, some seven months after the coup that removed Sihanouk, and ended when Khmer Rouge forces took Phnom Penh on 17 April 1975.",
        sources: src![
            STATES_BROCKHAUS_KHMER_REPUBLIC,
            STATES_MJP_1947,
            STATES_WIKI_KHMER_REPUBLIC,
            STATES_DCCAM_DK_CONSTITUTION
        ],
    },
    CambodianState {
        id: "democratic_kampuchea",
        name_en: "Democratic Kampuchea",
        name_fr: "Kampuchéa démocratique",
        start: day(1975, 4, 17),
        end: Some(day(1979, 1, 7)),
        note: "Dated from 17 April 1975, when the Khmer Rouge entered Phnom Penh and set up the regime; the name became official only with the constitution promulgated on 5 January 1976, and until then the Royal Government of National Union (GRUNK) was formally in charge. The earlier date is used so that the record covers the whole period of Khmer Rouge rule, which ended when Vietnamese forces captured Phnom Penh on 7 January 1979.",
        sources: src![
            STATES_DCCAM_DK_CONSTITUTION,
            STATES_LOC_ESTABLISHING_DK,
            STATES_FRWIKI_DK
        ],
    },
    CambodianState {
        id: "peoples_republic_of_kampuchea",
        name_en: "People's Republic of Kampuchea",
        name_fr: "République populaire du Kampuchéa",
        start: day(1979, 1, 8),
        end: Some(day(1989, 5, 1)),
        note: "Sources disagree on the founding day. English Wikipedia and a contemporary journal article give 8 January 1979, the day after Phnom Penh fell, when the Vietnamese-backed revolutionary council under Heng Samrin took power; Brockhaus dates the formal proclamation of the People's Republic to 10 January and French Wikipedia its creation to 11 January. The dataset uses 8 January, when the new authorities began to govern.",
        sources: src![
            STATES_WIKI_PRK,
            STATES_RDISCOVERY_DK_TO_PRK,
            STATES_BROCKHAUS_PRK,
            STATES_FRWIKI_PRK
        ],
    },
    CambodianState {
        id: "state_of_cambodia",
        name_en: "State of Cambodia",
        name_fr: "État du Cambodge",
        start: day(1989, 5, 1),
        end: Some(day(1993, 9, 24)),
        note: "A constitutional revision renamed the People's Republic the State of Cambodia from 1 May 1989. After the Paris Agreements of 23 October 1991 it remained one of the four Cambodian parties while UNTAC took on the transitional administration and sovereignty was vested in the Supreme National Council, a four-party body and not a state, which held the UN seat; the period ended when the Kingdom's constitution was promulgated on 24 September 1993.",
        sources: src![
            STATES_FRWIKI_PRK,
            STATES_SIMPLEWIKI_PRK,
            STATES_COMMONS_PRK,
            STATES_PARLIAMENT_HISTORY,
            STATES_ASEAN_CAMBODIA_STRUCTURE
        ],
    },
    CambodianState {
        id: "kingdom_of_cambodia_1993",
        name_en: "Kingdom of Cambodia",
        name_fr: "Royaume du Cambodge",
        start: day(1993, 9, 24),
        end: None,
        note: "The Constituent Assembly elected under UN supervision adopted the constitution on 21 September 1993; its promulgation on 24 September restored the monarchy with Norodom Sihanouk as king and marked the end of UNTAC's mandate.",
        sources: src![
            STATES_PARLIAMENT_HISTORY,
            STATES_UNIVERSALIS_1993,
            STATES_ASEAN_CAMBODIA_STRUCTURE,
            STATES_CCC_CONSTITUTION_FR
        ],
    },
];

// ---------------------------------------------------------------------------
// Cambodia's seat at the United Nations
// ---------------------------------------------------------------------------

pub(crate) static UN_SEAT: &[UnSeatHolder] = &[
    UnSeatHolder {
        holder: "Kingdom of Cambodia",
        start: day(1955, 12, 14),
        end: Some(day(1970, 10, 9)),
        note: "Cambodia was admitted on 14 December 1955, the day the Security Council recommended it together with fifteen other applicants. After the coup of 18 March 1970 the seat stayed with the government in Phnom Penh.",
        sources: src![
            STATES_UNSC_RES_109,
            STATES_UN_YEARBOOK_1968_ROSTER,
            STATES_BROCKHAUS_KHMER_REPUBLIC
        ],
    },
    UnSeatHolder {
        holder: "Khmer Republic",
        start: day(1970, 10, 9),
        end: Some(day(1975, 4, 17)),
        note: "The Lon Nol government kept the seat against Sihanouk's government in exile: in 1973 the General Assembly took up the question but did not unseat the republic, and in 1974 the Assembly adopted an ASEAN-sponsored resolution and the republic kept its seat. The republic was still listed as the member at the end of 1974 and fell in April 1975.",
        sources: src![
            STATES_PEANG_METH_1974,
            STATES_STATE_CABLE_1974,
            STATES_UN_YEARBOOK_1974_ROSTER,
            STATES_DCCAM_DK_CONSTITUTION
        ],
    },
    UnSeatHolder {
        holder: "Democratic Kampuchea",
        start: year(1975),
        end: Some(day(1982, 6, 22)),
        note: "The seat passed to the Khmer Rouge-led government after the Khmer Republic fell in 1975 (no source read gives the day), and Democratic Kampuchea kept it after losing Phnom Penh in January 1979. In October 1980 the Credentials Committee recommended accepting its delegation over a Soviet-bloc challenge, and in 1981 it still addressed the General Assembly as Democratic Kampuchea. Its tenure is closed on 22 June 1982, when the coalition government was formed.",
        sources: src![
            STATES_WIKI_DK_MIRROR,
            STATES_CSMONITOR_1980_CHALLENGE,
            STATES_UNGA_DK_SPEECH_1981,
            UN_WIKI_CGDK
        ],
    },
    UnSeatHolder {
        holder: "Coalition Government of Democratic Kampuchea",
        start: day(1982, 6, 22),
        end: Some(year(1990)),
        note: "Formed on 22 June 1982 by the Khmer Rouge with two non-communist factions. It had most of the international recognition as Cambodia's lawful representative although the People's Republic held the territory, and in July 1982 Phnom Penh said it would not for now try to reclaim the seat; under the coalition agreement the Democratic Kampuchea envoys in post stayed on, and the coalition's delegation spoke in the general debate of 1985.",
        sources: src![
            UN_WIKI_CGDK,
            STATES_WIKI_DK_MIRROR,
            STATES_LOC_TWO_REGIMES,
            STATES_UNGA_CGDK_SPEECH_1985
        ],
    },
    UnSeatHolder {
        holder: "National Government of Cambodia",
        start: year(1990),
        end: Some(day(1990, 10, 15)),
        note: "The coalition government in exile took this name in 1990, in the run-up to the Paris peace settlement; a US report says the coalition represented Cambodia at the UN until 1990. Closed on 15 October 1990, when the General Assembly recorded that the Supreme National Council would take the seat.",
        sources: src![
            STATES_WIKI_DK_MIRROR,
            UN_WIKI_CGDK,
            UN_US_PARTICIPATION_1991
        ],
    },
    UnSeatHolder {
        holder: "Supreme National Council",
        start: day(1990, 10, 15),
        end: Some(day(1993, 9, 24)),
        note: "General Assembly resolution 45/3 noted that the Supreme National Council, the four-party body embodying Cambodian sovereignty during the transition, would represent Cambodia abroad and occupy its UN seat. The UN's own record of the resolution dates it 15 October 1990; an ASEAN Secretariat page gives 16 October, and the UN date is used. The first council delegation the sources describe is the one Prince Sihanouk led to the 46th General Assembly in September 1991; the sources read do not say who, if anyone, sat for Cambodia in between. The SNC was not a state; its role ended with the 1993 constitution.",
        sources: src![
            UN_REFWORLD_RES_45_3,
            STATES_ASEAN_CAMBODIA_STRUCTURE,
            UN_US_PARTICIPATION_1991
        ],
    },
    UnSeatHolder {
        holder: "Kingdom of Cambodia",
        start: day(1993, 9, 24),
        end: Some(day(1997, 9, 19)),
        note: "Represented by the Royal Government from the promulgation of the 1993 constitution. After First Prime Minister Prince Ranariddh was ousted in July 1997, the Credentials Committee decided on 19 September 1997 to seat neither his delegation nor that of the Ung Huot-Hun Sen government, and the seat stayed vacant through the fifty-second session.",
        sources: src![
            STATES_ASEAN_CAMBODIA_STRUCTURE,
            UN_PPP_SEATLESS_1997,
            STATES_UN_PRESS_1997_SEAT,
            STATES_SCMP_1997_SEAT
        ],
    },
    UnSeatHolder {
        holder: "Kingdom of Cambodia",
        start: day(1998, 12, 7),
        end: None,
        note: "The seat was restored when the General Assembly approved by consensus the Credentials Committee's recommendation, and the delegation of the coalition government formed in November 1998 took it. Between 19 September 1997 and this date no delegation held the seat.",
        sources: src![UN_RMRB_1998, UN_PPP_SEATLESS_1997],
    },
];

pub(crate) static EVENTS: &[Event] = &[];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &STATES_KING_INDEPENDENCE,
    &STATES_MJP_1947,
    &STATES_BROCKHAUS_KHMER_REPUBLIC,
    &STATES_WIKI_KHMER_REPUBLIC,
    &STATES_DCCAM_DK_CONSTITUTION,
    &STATES_LOC_ESTABLISHING_DK,
    &STATES_FRWIKI_DK,
    &STATES_WIKI_PRK,
    &STATES_RDISCOVERY_DK_TO_PRK,
    &STATES_BROCKHAUS_PRK,
    &STATES_FRWIKI_PRK,
    &STATES_SIMPLEWIKI_PRK,
    &STATES_COMMONS_PRK,
    &STATES_PARLIAMENT_HISTORY,
    &STATES_UNIVERSALIS_1993,
    &STATES_CCC_CONSTITUTION_FR,
    &STATES_ASEAN_CAMBODIA_STRUCTURE,
    &STATES_UN_YEARBOOK_1968_ROSTER,
    &STATES_UNSC_RES_109,
    &STATES_UN_YEARBOOK_1974_ROSTER,
    &STATES_PEANG_METH_1974,
    &STATES_STATE_CABLE_1974,
    &STATES_WIKI_DK_MIRROR,
    &STATES_CSMONITOR_1980_CHALLENGE,
    &STATES_UNGA_DK_SPEECH_1981,
    &STATES_LOC_TWO_REGIMES,
    &STATES_UNGA_CGDK_SPEECH_1985,
    &STATES_UN_PRESS_1997_SEAT,
    &STATES_SCMP_1997_SEAT,
];
