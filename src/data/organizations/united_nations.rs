//! Cambodia and the United Nations: profile, membership history (including
//! the years when the seat was held by a rival government or left vacant),
//! the Paris Peace Agreements and UNTAC, peacekeeping, and votes.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static UN_KT_62_YEARS: Source = Source {
    id: "united_nations_khmertimes_62_years_membership",
    publisher: "Khmer Times",
    title: "Cambodia's 62 years of membership at the UN",
    url: "https://www.khmertimeskh.com/106882/cambodias-62-years-membership-un/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_PPP_66TH: Source = Source {
    id: "united_nations_phnompenhpost_66th_anniversary",
    publisher: "The Phnom Penh Post",
    title: "Cambodia marks 66th anniversary of UN ties",
    url: "https://www.phnompenhpost.com/national/cambodia-marks-66th-anniversary-un-ties",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_SCR_109: Source = Source {
    id: "united_nations_unscr_109_admission_1955",
    publisher: "UNSCR",
    title: "Resolution 109 (1955): Admission of new Members to the UN",
    url: "http://unscr.com/en/resolutions/109",
    language: "en",
    published: Some(HistDate::day(1955, 12, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "United Nations Security Council, \"Resolution 109 (1955): Admission of new Members to the UN\"",
    ),
};

pub(crate) static UN_WIKISUMMARIES_1955: Source = Source {
    id: "united_nations_wikisummaries_sixteen_members_1955",
    publisher: "WikiSummaries",
    title: "United Nations Admits Sixteen New Members",
    url: "https://wikisummaries.org/united-nations-admits-sixteen-new-members/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static UN_ARCHIVE_KHMER_REPUBLIC_1974: Source = Source {
    id: "united_nations_archive_khmer_republic_credentials_1974",
    publisher: "Embassy of the Khmer Republic",
    title: "The question of the credentials of the Khmer Republic at the twenty-ninth session of the General Assembly (A. Gaffar Peang-Meth)",
    url: "http://archive.org/stream/TheQuestionOfTheCredentialsOfTheKhmerRepublicAtTheTwenty-ninth/UNcambodia_djvu.txt",
    language: "en",
    published: Some(HistDate::year(1974)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static UN_CSM_1980: Source = Source {
    id: "united_nations_csmonitor_1980_pol_pot_delegation_seated",
    publisher: "The Christian Science Monitor",
    title: "Pol Pot's delegation seated again by UN",
    url: "https://www.csmonitor.com/1980/1015/101524.html",
    language: "en",
    published: Some(HistDate::day(1980, 10, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_SCR_668_TEXT: Source = Source {
    id: "united_nations_unscr_668_1990_text",
    publisher: "nicolasklotz.de",
    title: "The situation in Cambodia: resolution 668 (1990) and related decisions",
    url: "https://nicolasklotz.de/ma-thesis/LLM/data/figure1/RES-txt/00683.txt",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("United Nations, \"Resolutions and Decisions of the Security Council 1990\""),
};

pub(crate) static UN_PKO_UNTAC: Source = Source {
    id: "united_nations_peacekeeping_untac_background",
    publisher: "United Nations",
    title: "Cambodia – UNTAC Background (full text)",
    url: "https://peacekeeping.un.org/mission/past/untacbackgr2.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static UN_CAMBODIANCORNER_PPA: Source = Source {
    id: "united_nations_cambodiancorner_paris_peace_agreement",
    publisher: "Cambodian Corner",
    title: "Paris Peace Agreement",
    url: "https://cambodiancorner.com/paris-peace-agreement/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UN_WIKI_SCR_745: Source = Source {
    id: "united_nations_wikipedia_unscr_745",
    publisher: "Wikipedia",
    title: "United Nations Security Council Resolution 745",
    url: "https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_745",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UN_CHRONICLE_UNTAC_END: Source = Source {
    id: "united_nations_chronicle_untac_mandate_ends",
    publisher: "vLex",
    title: "UNTAC mandate ends; new constitution, government welcomed",
    url: "https://international.vlex.com/vid/mandate-ends-constitution-welcomed-53360414",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("UN Chronicle, \"UNTAC mandate ends; new constitution, government welcomed\""),
};

pub(crate) static UN_CAMBODIA_DAILY_1998: Source = Source {
    id: "united_nations_cambodiadaily_1998_un_seat_support",
    publisher: "The Cambodia Daily",
    title: "Gov't Gets Support from US, Boost from King Sihanouk",
    url: "https://english.cambodiadaily.com/news/govt-gets-support-from-us-boost-from-king-sihanouk-12150/?amp=1",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_SUDAN_TRIBUNE_2005: Source = Source {
    id: "united_nations_sudantribune_2005_first_peacekeepers",
    publisher: "Sudan Tribune",
    title: "Cambodia readies first peacekeepers to be cease-fire observers in Sudan",
    url: "https://sudantribune.com/article9392",
    language: "en",
    published: Some(HistDate::day(2005, 3, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Associated Press, \"Cambodia readies first peacekeepers to be cease-fire observers in Sudan\"",
    ),
};

pub(crate) static UN_SUDAN_TRIBUNE_2009: Source = Source {
    id: "united_nations_sudantribune_2009_deminers",
    publisher: "Sudan Tribune",
    title: "Cambodia to send fresh soldiers for de-mining operation",
    url: "https://sudantribune.com/article31114",
    language: "en",
    published: Some(HistDate::day(2009, 5, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_XINHUA_2008_DEMINERS: Source = Source {
    id: "united_nations_xinhua_2008_deminers_return",
    publisher: "Khmer NZ",
    title: "2nd batch of Cambodian deminers return from UN peacekeeping missions in Sudan",
    url: "http://khmernz.blogspot.com/2008/06/2nd-batch-of-cambodian-deminers-return.html",
    language: "en",
    published: Some(HistDate::day(2008, 6, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"2nd batch of Cambodian deminers return from UN peacekeeping missions in Sudan\"",
    ),
};

pub(crate) static UN_WIKI_ES11_1: Source = Source {
    id: "united_nations_wikipedia_ga_resolution_es_11_1",
    publisher: "Wikipedia",
    title: "United Nations General Assembly Resolution ES-11/1",
    url: "https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/1",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UN_VOA_2022: Source = Source {
    id: "united_nations_voa_2022_hun_sen_defends_vote",
    publisher: "Voice of America",
    title: "Cambodian Leader Defends UN Vote on Ukraine Invasion",
    url: "https://voanews.com/amp/cambodian-leader-defends-un-vote-on-ukraine-invasion-/6469158.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_PRESS_GA12458: Source = Source {
    id: "united_nations_press_ga12458_es_11_4",
    publisher: "United Nations",
    title: "With 143 Votes in Favour, 5 Against, General Assembly Adopts Resolution Condemning Russian Federation's Annexation of Four Eastern Ukraine Regions (GA/12458)",
    url: "https://press.un.org/en/2022/ga12458.doc.htm",
    language: "en",
    published: Some(HistDate::day(2022, 10, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static UN_PPP_ES11_4: Source = Source {
    id: "united_nations_phnompenhpost_2022_joins_resolution",
    publisher: "The Phnom Penh Post",
    title: "Cambodia joins UN resolution against Russia",
    url: "https://phnompenhpost.com/national-politics/cambodia-joins-un-resolution-russia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UN_PEARLTREES_ONU: Source = Source {
    id: "united_nations_wikipedia_fr_onu",
    publisher: "Pearltrees",
    title: "Organisation des Nations unies",
    url: "http://pearltrees.com/u/15673889-organisation-des-nations-unies",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Organisation des Nations unies\""),
};

pub(crate) static UN_SCRIBD_UN: Source = Source {
    id: "united_nations_scribd_wikipedia_un",
    publisher: "Scribd",
    title: "UN",
    url: "https://fr.scribd.com/document/387822898/UN",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"United Nations\""),
};

pub(crate) static UN_GREENFACTS_ONU: Source = Source {
    id: "united_nations_greenfacts_glossaire_onu",
    publisher: "GreenFacts",
    title: "Organisation des Nations Unies (glossaire)",
    url: "http://greenfacts.org/fr/glossaire/mno/onu.htm",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UN_WIKIMILI_ENLARGEMENT: Source = Source {
    id: "united_nations_wikimili_enlargement",
    publisher: "WikiMili",
    title: "Enlargement of the United Nations",
    url: "https://wikimili.com/en/Enlargement_of_the_United_Nations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Enlargement of the United Nations\""),
};

pub(crate) static UN_WORLDOMETERS_MEMBERS: Source = Source {
    id: "united_nations_worldometers_member_states",
    publisher: "Worldometer",
    title: "United Nations Member States",
    url: "https://worldometers.info/united-nations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UN_WIKISOURCE_MEMBERS: Source = Source {
    id: "united_nations_wikisource_member_states_page6",
    publisher: "Wikisource",
    title: "Page:UNITED NATIONS MEMBER STATES.djvu/6",
    url: "https://en.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/6",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("United Nations, \"United Nations Member States\""),
};

pub(crate) static UN_ENCYCLOPEDIA_MEMBERSHIP: Source = Source {
    id: "united_nations_encyclopedia_com_membership",
    publisher: "Encyclopedia.com",
    title: "United Nations: Membership (Worldmark Encyclopedia of the Nations)",
    url: "http://www.encyclopedia.com/social-sciences-and-law/political-science-and-government/united-nations/membership",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UN_BRITANNICA_MEMBERS: Source = Source {
    id: "united_nations_britannica_members",
    publisher: "Encyclopædia Britannica",
    title: "Members of the United Nations",
    url: "https://www.britannica.com/topic/Members-of-the-United-Nations-1788877",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UN_KEIA_KOREAS: Source = Source {
    id: "united_nations_keia_two_koreas_30_years",
    publisher: "Korea Economic Institute of America",
    title: "The Two Koreas Mark 30 Years of UN Membership: The Road to Membership",
    url: "https://keia.org/the-peninsula/the-two-koreas-mark-30-years-of-un-membership-the-road-to-membership/",
    language: "en",
    published: Some(HistDate::day(2021, 9, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::UnitedNations,
    acronym: "UN",
    name_en: "United Nations",
    name_fr: "Organisation des Nations unies",
    // Wikidata item of the United Nations.
    wikidata: Some("Q1065"),
    // The Charter was signed in San Francisco on 26 June 1945; it entered
    // into force, and the organization came into being, on 24 October 1945.
    founded: Some(day(1945, 10, 24)),
    headquarters: Some("New York"),
    members: Some(Figure::new(193, 2024, src![UN_WIKIMILI_ENLARGEMENT])),
    website: Some("https://www.un.org"),
    aliases: &["UN", "ONU", "Nations unies"],
    sources: src![
        UN_PEARLTREES_ONU,
        UN_SCRIBD_UN,
        UN_GREENFACTS_ONU,
        UN_WIKIMILI_ENLARGEMENT
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::UnitedNations,
    periods: &[
        MembershipPeriod {
            status: MembershipStatus::Member,
            start: on!(
                day(1955, 12, 14),
                [UN_KT_62_YEARS, UN_PPP_66TH, UN_WIKISUMMARIES_1955]
            ),
            end: ended!(year(1979), [UN_CSM_1980]),
            note: "Admitted together with fifteen other states on 14 December 1955, on the recommendation of Security Council resolution 109 and by General Assembly resolution 995 (X). The Khmer Republic kept the seat after 1970, though its credentials were challenged, for instance at the 29th session in 1974.",
            sources: src![
                UN_KT_62_YEARS,
                UN_SCR_109,
                UN_WIKISUMMARIES_1955,
                UN_ARCHIVE_KHMER_REPUBLIC_1974
            ],
        },
        MembershipPeriod {
            status: MembershipStatus::SeatContested,
            start: on!(year(1979), [UN_CSM_1980]),
            end: ended!(day(1982, 6, 22), [UN_WIKI_CGDK]),
            note: "Democratic Kampuchea, overthrown early in 1979, kept Cambodia's seat: the General Assembly went on accepting its delegation's credentials against the claim, pressed by Vietnam and the Soviet bloc, of the Heng Samrin government installed in Phnom Penh with Vietnamese backing.",
            sources: src![UN_CSM_1980],
        },
        MembershipPeriod {
            status: MembershipStatus::SeatContested,
            start: on!(day(1982, 6, 22), [UN_WIKI_CGDK]),
            end: ended!(day(1990, 10, 15), [UN_REFWORLD_RES_45_3]),
            note: "From its formation on 22 June 1982 the Coalition Government of Democratic Kampuchea (renamed National Government of Cambodia in 1990), a coalition of resistance groups, held the seat while the Phnom Penh government ruled the country; a US report says it represented Cambodia until 1990. Security Council resolution 668 of 20 September 1990 noted that the new Supreme National Council would designate Cambodia's representatives, and General Assembly resolution 45/3 of 15 October 1990 recorded that the council would occupy the seat; the period is closed on that date.",
            sources: src![UN_WIKI_CGDK, UN_US_PARTICIPATION_1991, UN_SCR_668_TEXT, UN_REFWORLD_RES_45_3],
        },
        MembershipPeriod {
            status: MembershipStatus::Member,
            start: Claims(&[
                DateClaim::preferred(day(1990, 10, 15), src![UN_REFWORLD_RES_45_3, UN_SCR_668_TEXT])
                    .with_note("General Assembly resolution 45/3, adopted on 15 October 1990 (the date in the UN's own record of the resolution; an ASEAN Secretariat page gives 16 October), noted that the Supreme National Council would represent Cambodia abroad and occupy its UN seat."),
                DateClaim::alternative(
                    month(1991, 9),
                    src![UN_US_PARTICIPATION_1991],
                    "The first council delegation the sources describe is the one Prince Sihanouk led to the 46th General Assembly, where he spoke on 25 September 1991; not preferred because it dates the first documented sitting, not the change of holder. The sources read do not say who, if anyone, sat for Cambodia between October 1990 and September 1991.",
                ),
            ]),
            end: ended!(day(1993, 9, 24), [UN_CHRONICLE_UNTAC_END]),
            note: "The Supreme National Council, which Security Council resolution 668 (1990) welcomed as the unique legitimate body and source of authority in Cambodia, held the seat: Prince Sihanouk led its delegation to the 46th General Assembly and spoke on 25 September 1991. Modelled as membership, not a contested seat, because the council brought the Cambodian parties together rather than rivalling the government in Phnom Penh.",
            sources: src![UN_REFWORLD_RES_45_3, UN_US_PARTICIPATION_1991, UN_SCR_668_TEXT, UN_PKO_UNTAC],
        },
        MembershipPeriod {
            status: MembershipStatus::Member,
            start: on!(day(1993, 9, 24), [UN_CHRONICLE_UNTAC_END]),
            end: ended!(day(1997, 9, 19), [UN_PPP_SEATLESS_1997]),
            note: "Starts on the day UNTAC's mandate ended and Norodom Sihanouk was elected King under the newly promulgated constitution, after the UN-run election of May 1993; the royal government then represented the Kingdom.",
            sources: src![UN_CHRONICLE_UNTAC_END],
        },
        MembershipPeriod {
            status: MembershipStatus::SeatContested,
            start: on!(day(1997, 9, 19), [UN_PPP_SEATLESS_1997]),
            end: ended!(day(1998, 12, 7), [UN_RMRB_1998]),
            note: "After the July 1997 fighting in Phnom Penh, two rival delegations (Prince Ranariddh's and the Ung Huot–Hun Sen government's) claimed the seat; the Credentials Committee gave it to neither on 19 September 1997 and it stayed vacant until the coalition government formed in November 1998 was seated.",
            sources: src![UN_PPP_SEATLESS_1997, UN_CAMBODIA_DAILY_1998, UN_RMRB_1998],
        },
        MembershipPeriod {
            status: MembershipStatus::Member,
            start: on!(day(1998, 12, 7), [UN_RMRB_1998]),
            end: ONGOING,
            note: "The General Assembly approved by consensus the Credentials Committee's recommendation to restore Cambodia's seat, and the delegation of the government sworn in on 30 November 1998 took it.",
            sources: src![UN_RMRB_1998, UN_CAMBODIA_DAILY_1998],
        },
    ],
    roles: &[],
    country_members: &[
        CountryMember {
            country: Country::Australia,
            since: Some(day(1945, 11, 1)),
            sources: src![UN_WORLDOMETERS_MEMBERS],
        },
        CountryMember {
            country: Country::Bangladesh,
            since: Some(day(1974, 9, 17)),
            sources: src![UN_WORLDOMETERS_MEMBERS],
        },
        CountryMember {
            country: Country::Brunei,
            since: Some(day(1984, 9, 21)),
            sources: src![UN_WORLDOMETERS_MEMBERS],
        },
        CountryMember {
            country: Country::Canada,
            since: Some(day(1945, 11, 9)),
            sources: src![UN_WORLDOMETERS_MEMBERS],
        },
        CountryMember {
            country: Country::China,
            since: Some(day(1945, 10, 24)),
            sources: src![UN_WORLDOMETERS_MEMBERS, UN_WIKIMILI_ENLARGEMENT],
        },
        CountryMember {
            country: Country::France,
            since: Some(day(1945, 10, 24)),
            sources: src![UN_WORLDOMETERS_MEMBERS],
        },
        CountryMember {
            country: Country::Germany,
            since: Some(day(1973, 9, 18)),
            sources: src![UN_ENCYCLOPEDIA_MEMBERSHIP],
        },
        CountryMember {
            country: Country::India,
            since: Some(year(1945)),
            sources: src![UN_BRITANNICA_MEMBERS],
        },
        CountryMember {
            country: Country::Indonesia,
            since: Some(year(1950)),
            sources: src![UN_BRITANNICA_MEMBERS],
        },
        CountryMember {
            country: Country::Japan,
            since: Some(year(1956)),
            sources: src![UN_BRITANNICA_MEMBERS],
        },
        CountryMember {
            country: Country::Laos,
            since: Some(day(1955, 12, 14)),
            sources: src![UN_WIKISUMMARIES_1955, UN_SCR_109],
        },
        CountryMember {
            country: Country::Malaysia,
            since: Some(day(1957, 9, 17)),
            sources: src![UN_ENCYCLOPEDIA_MEMBERSHIP],
        },
        CountryMember {
            country: Country::Myanmar,
            since: Some(year(1948)),
            sources: src![UN_BRITANNICA_MEMBERS],
        },
        CountryMember {
            country: Country::Pakistan,
            since: Some(year(1947)),
            sources: src![UN_BRITANNICA_MEMBERS],
        },
        CountryMember {
            country: Country::Philippines,
            since: Some(year(1945)),
            sources: src![UN_BRITANNICA_MEMBERS],
        },
        CountryMember {
            country: Country::Russia,
            since: Some(year(1945)),
            sources: src![UN_BRITANNICA_MEMBERS, UN_WIKIMILI_ENLARGEMENT],
        },
        CountryMember {
            country: Country::Singapore,
            since: Some(day(1965, 9, 21)),
            sources: src![UN_ENCYCLOPEDIA_MEMBERSHIP],
        },
        CountryMember {
            country: Country::SouthKorea,
            since: Some(day(1991, 9, 17)),
            sources: src![UN_KEIA_KOREAS],
        },
        CountryMember {
            country: Country::Thailand,
            since: Some(day(1946, 12, 16)),
            sources: src![UN_WIKISOURCE_MEMBERS],
        },
        CountryMember {
            country: Country::UnitedKingdom,
            since: Some(day(1945, 10, 24)),
            sources: src![UN_WIKISOURCE_MEMBERS],
        },
        CountryMember {
            country: Country::UnitedStates,
            since: Some(day(1945, 10, 24)),
            sources: src![UN_WIKISOURCE_MEMBERS],
        },
        CountryMember {
            country: Country::Vietnam,
            since: Some(day(1977, 9, 20)),
            sources: src![UN_WIKISOURCE_MEMBERS],
        },
        CountryMember {
            country: Country::Ukraine,
            since: Some(day(1945, 10, 24)),
            sources: src![UN_WIKISOURCE_MEMBERS],
        },
    ],
    country_members_complete: false,
    note: "Who held Cambodia's seat differed from who governed in Phnom Penh from 1979 to 1991, and the seat was vacant from September 1997 to December 1998. Member dates given only to the year come from Britannica's list, which gives years alone. China's seat, an original one, was held by the Republic of China until 1971; the USSR's membership is continued by Russia; Germany's date is that of the two German states, united in 1990; Malaysia's is that of the Federation of Malaya.",
    sources: src![
        UN_KT_62_YEARS,
        UN_CSM_1980,
        UN_PPP_SEATLESS_1997,
        UN_RMRB_1998,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

const UN: Partner = o(Organization::UnitedNations);

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "united_nations_1955_admission",
        date: EventDate::on(day(1955, 12, 14)),
        kind: EventKind::MembershipJoined,
        partners: &[UN],
        title: "Cambodia admitted to the United Nations",
        summary: "In a package deal ending years of Cold War deadlock, the General Assembly admitted Cambodia, Laos and fourteen other states on the Security Council's recommendation. Cambodia had first applied in 1952.",
        place: Some("New York"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_KT_62_YEARS, UN_SCR_109, UN_WIKISUMMARIES_1955],
    },
    Event {
        id: "united_nations_1980_democratic_kampuchea_credentials",
        date: EventDate::on(month(1980, 10)),
        kind: EventKind::MembershipChanged,
        partners: &[UN],
        title: "Assembly keeps Democratic Kampuchea in Cambodia's seat",
        summary: "For the second year running the General Assembly confirmed the Khmer Rouge delegation as Cambodia's representatives, by 74 votes to 35 with 32 abstentions, defeating a move led by Vietnam and the Soviet bloc to reject that delegation's credentials.",
        place: Some("New York"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_CSM_1980],
    },
    Event {
        id: "united_nations_1991_paris_peace_agreements",
        date: EventDate::on(day(1991, 10, 23)),
        kind: EventKind::AgreementSigned,
        partners: &[UN, c(Country::France), c(Country::Indonesia)],
        title: "Paris Peace Agreements signed",
        summary: "At the close of the Paris Conference on Cambodia, co-chaired by France and Indonesia, the Supreme National Council and the other states at the conference signed the agreements on a comprehensive settlement, which asked the Security Council to set up a UN transitional authority. One instrument guarantees Cambodia's sovereignty, independence, territorial integrity, neutrality and national unity.",
        place: Some("Paris"),
        exchange: None,
        principles: &[
            Principle::Sovereignty,
            Principle::Independence,
            Principle::TerritorialIntegrity,
            Principle::PermanentNeutrality,
        ],
        tasks: &[],
        sources: src![
            UN_PKO_UNTAC,
            UN_CAMBODIANCORNER_PPA,
            UN_US_PARTICIPATION_1991
        ],
    },
    Event {
        id: "united_nations_1992_untac_established",
        date: EventDate::on(day(1992, 2, 28)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: None,
            countries: None,
        }),
        partners: &[UN],
        title: "Security Council sets up UNTAC",
        summary: "Resolution 745, adopted unanimously, created the UN Transitional Authority in Cambodia for at most eighteen months, with elections due by May 1993: the first time the UN took over the administration of a state.",
        place: Some("New York"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_WIKI_SCR_745],
    },
    Event {
        id: "united_nations_1993_untac_election",
        date: EventDate::span(day(1993, 5, 23), day(1993, 5, 28)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: None,
            countries: None,
        }),
        partners: &[UN],
        title: "UN-organized general election",
        summary: "UNTAC organized six days of voting for a constituent assembly, in which FUNCINPEC won 58 of the 120 seats and the Cambodian People's Party 51.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_CHRONICLE_UNTAC_END],
    },
    Event {
        id: "united_nations_1993_untac_mandate_ends",
        date: EventDate::on(day(1993, 9, 24)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: None,
            countries: None,
        }),
        partners: &[UN],
        title: "UNTAC's mandate ends as the Kingdom is restored",
        summary: "UNTAC ended its functions on the day Norodom Sihanouk was elected King under the newly promulgated constitution; the Secretary-General hailed the new constitution and government as a historic achievement.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_CHRONICLE_UNTAC_END],
    },
    Event {
        id: "united_nations_1997_seat_left_vacant",
        date: EventDate::on(day(1997, 9, 19)),
        kind: EventKind::MembershipChanged,
        partners: &[UN, c(Country::UnitedStates)],
        title: "Cambodia's UN seat left vacant",
        summary: "The Credentials Committee, with the United States leading, seated neither Prince Ranariddh's delegation nor that of the government formed after the July fighting, leaving Cambodia unrepresented at the 52nd General Assembly.",
        place: Some("New York"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_PPP_SEATLESS_1997, UN_CAMBODIA_DAILY_1998],
    },
    Event {
        id: "united_nations_1998_seat_restored",
        date: EventDate::on(day(1998, 12, 7)),
        kind: EventKind::MembershipChanged,
        partners: &[UN],
        title: "Cambodia's UN seat restored",
        summary: "The General Assembly adopted by consensus the Credentials Committee's recommendation of 4 December, and the delegation of the new coalition government took Cambodia's seat.",
        place: Some("New York"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_RMRB_1998],
    },
    Event {
        id: "united_nations_2006_first_peacekeepers_sudan",
        date: EventDate::on(year(2006)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: Some(1),
            countries: Some(1),
        }),
        partners: &[UN],
        title: "First Cambodian peacekeepers deployed, to Sudan",
        summary: "Cambodia's first UN peacekeeping contingent, a demining company of about 135, joined the UN Mission in Sudan (UNMIS) at Malakal; one source has a first team arriving in February 2006, another the first batch leaving in April.",
        place: Some("Malakal, Sudan"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            UN_SUDAN_TRIBUNE_2009,
            UN_XINHUA_2008_DEMINERS,
            UN_SUDAN_TRIBUNE_2005,
            SEED_OCCASIONAL_DIGEST
        ],
    },
    Event {
        id: "united_nations_2022_es_11_1_aggression_against_ukraine",
        date: EventDate::on(day(2022, 3, 2)),
        kind: EventKind::UnVote(UnVote {
            resolution: "A/RES/ES-11/1",
            vote: Vote::Yes,
            cosponsor: Some(true),
            totals: Some(VoteTotals {
                yes: 141,
                no: 5,
                abstain: 35,
            }),
        }),
        partners: &[UN, c(Country::Russia), c(Country::Ukraine)],
        title: "Yes and co-sponsor on 'Aggression against Ukraine'",
        summary: "Cambodia co-sponsored and voted for the emergency-session resolution deploring Russia's invasion and demanding its withdrawal, while Vietnam and Laos abstained; Hun Sen told his party Cambodia opposes the use or threat of force.",
        place: Some("New York"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UN_WIKI_ES11_1, UN_VOA_2022, SEED_WIKI_RUSSIA],
    },
    Event {
        id: "united_nations_2022_es_11_4_territorial_integrity_of_ukraine",
        date: EventDate::on(day(2022, 10, 12)),
        kind: EventKind::UnVote(UnVote {
            resolution: "A/RES/ES-11/4",
            vote: Vote::Yes,
            cosponsor: Some(true),
            totals: Some(VoteTotals {
                yes: 143,
                no: 5,
                abstain: 35,
            }),
        }),
        partners: &[UN, c(Country::Russia), c(Country::Ukraine)],
        title: "Yes and co-sponsor on Russia's annexations",
        summary: "Cambodia co-sponsored and backed the resolution declaring Russia's attempted annexation of four Ukrainian regions invalid, while its neighbours Laos, Thailand and Vietnam abstained.",
        place: Some("New York"),
        exchange: None,
        principles: &[
            Principle::InternationalLawAndUnCharter,
            Principle::TerritorialIntegrity,
        ],
        tasks: &[],
        sources: src![UN_PRESS_GA12458, UN_PPP_ES11_4, SEED_OCCASIONAL_DIGEST],
    },
    Event {
        id: "united_nations_2023_peacekeeping_total",
        date: EventDate::on(month(2023, 12)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: Some(9205),
            women: Some(726),
            missions: Some(12),
            countries: Some(9),
        }),
        partners: &[UN],
        title: "Peacekeeping total: 9,205 deployed since 2006",
        summary: "By December 2023 Cambodia had sent 9,205 peacekeepers, 726 of them women, to twelve UN missions in nine countries since its first deployment in 2006.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_OCCASIONAL_DIGEST],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &UN_KT_62_YEARS,
    &UN_PPP_66TH,
    &UN_SCR_109,
    &UN_WIKISUMMARIES_1955,
    &UN_ARCHIVE_KHMER_REPUBLIC_1974,
    &UN_CSM_1980,
    &UN_SCR_668_TEXT,
    &UN_PKO_UNTAC,
    &UN_CAMBODIANCORNER_PPA,
    &UN_WIKI_SCR_745,
    &UN_CHRONICLE_UNTAC_END,
    &UN_CAMBODIA_DAILY_1998,
    &UN_SUDAN_TRIBUNE_2005,
    &UN_SUDAN_TRIBUNE_2009,
    &UN_XINHUA_2008_DEMINERS,
    &UN_WIKI_ES11_1,
    &UN_VOA_2022,
    &UN_PRESS_GA12458,
    &UN_PPP_ES11_4,
    &UN_PEARLTREES_ONU,
    &UN_SCRIBD_UN,
    &UN_GREENFACTS_ONU,
    &UN_WIKIMILI_ENLARGEMENT,
    &UN_WORLDOMETERS_MEMBERS,
    &UN_WIKISOURCE_MEMBERS,
    &UN_ENCYCLOPEDIA_MEMBERSHIP,
    &UN_BRITANNICA_MEMBERS,
    &UN_KEIA_KOREAS,
];
