//! Cambodia and ASEAN: profile, the road to membership (guest, observer,
//! postponed admission, membership in 1999), the three chairmanships and the
//! summits hosted in Phnom Penh, and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static ASEAN_VNS_2025_TIMOR_LESTE: Source = Source {
    id: "asean_viet_nam_news_2025_timor_leste_11th_member",
    publisher: "Viet Nam News",
    title: "ASEAN Summit 47: Timor-Leste officially becomes ASEAN's 11th member",
    url: "https://vietnamnews.vn/world/1728144/asean-summit-47-timor-leste-officially-becomes-asean-s-11th-member.html",
    language: "en",
    published: Some(HistDate::day(2025, 10, 26)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_ASIAONE_2025_TIMOR_LESTE: Source = Source {
    id: "asean_asiaone_2025_timor_leste_admitted",
    publisher: "AsiaOne",
    title: "Timor-Leste officially admitted into Asean, becoming its 11th member",
    url: "https://www.asiaone.com/asia/timor-leste-officially-admitted-asean-becoming-its-11th-member",
    language: "en",
    published: Some(HistDate::day(2025, 10, 26)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_JAPAN_CENTRE_OUTLINE: Source = Source {
    id: "asean_japan_centre_outline_of_asean",
    publisher: "ASEAN-Japan Centre",
    title: "Outline of ASEAN",
    url: "https://www.asean.or.jp/en/asean/base/outline/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEAN_WIKI_MEMBER_STATES: Source = Source {
    id: "asean_wikipedia_member_states",
    publisher: "defzone.net",
    title: "Member states of ASEAN",
    url: "https://app.defzone.net/wiki/Member_states_of_ASEAN",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Member states of ASEAN\""),
};

pub(crate) static ASEAN_LEGRANDCONTINENT_2021: Source = Source {
    id: "asean_legrandcontinent_2021_sommet_brunei",
    publisher: "Le Grand Continent",
    title: "Le sommet des affaires et de l'investissement de l'ASEAN s'ouvre aujourd'hui à Brunei",
    url: "https://legrandcontinent.eu/fr/2021/10/24/le-sommet-des-affaires-et-de-linvestissement-de-lasean-souvre-aujourdhui-a-brunei/",
    language: "fr",
    published: Some(HistDate::day(2021, 10, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_SEC_CAMBODIA_JOINS: Source = Source {
    id: "asean_secretariat_press_release_cambodia_joins",
    publisher: "ASEAN Secretariat",
    title: "Kingdom of Cambodia joins ASEAN (press release)",
    url: "https://asean.or.id/news/accam_pr.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEAN_MALAYSIA_FM_1999: Source = Source {
    id: "asean_malaysia_fm_statement_admission_ceremony_1999",
    publisher: "ASEAN Secretariat",
    title: "Statement by H.E. Datuk Seri Syed Hamid Albar, Minister of Foreign Affairs of Malaysia, at the special ceremony of the admission of the Kingdom of Cambodia into ASEAN",
    url: "https://asean.or.id/news/accam_ml.htm",
    language: "en",
    published: Some(HistDate::day(1999, 4, 30)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEAN_JP_1999_ENTERS: Source = Source {
    id: "asean_jakartapost_1999_cambodia_enters",
    publisher: "jawawa.id",
    title: "Cambodia ends isolation, enters ASEAN",
    url: "https://jawawa.id/newsitem/cambodia-ends-isolation-enters-asean-1447893297",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence France-Presse (in The Jakarta Post), \"Cambodia ends isolation, enters ASEAN\"",
    ),
};

pub(crate) static ASEAN_JP_1997_UNLIKELY: Source = Source {
    id: "asean_jakartapost_1997_unlikely_to_join",
    publisher: "jawawa.id",
    title: "Cambodia unlikely to join ASEAN this week: Alatas",
    url: "https://jawawa.id/newsitem/cambodia-unlikely-to-join-asean-this-week-alatas-1447893297",
    language: "en",
    published: Some(HistDate::day(1997, 7, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Jakarta Post, \"Cambodia unlikely to join ASEAN this week: Alatas\""),
};

pub(crate) static ASEAN_JP_1997_FIRM: Source = Source {
    id: "asean_jakartapost_1997_ministers_firm",
    publisher: "jawawa.id",
    title: "ASEAN ministers firm on keeping Cambodia out",
    url: "https://jawawa.id/newsitem/asean-ministers-firm-on-keeping-cambodia-out-1447893297",
    language: "en",
    published: Some(HistDate::day(1997, 7, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Jakarta Post, \"ASEAN ministers firm on keeping Cambodia out\""),
};

pub(crate) static ASEAN_CNN_1997: Source = Source {
    id: "asean_cnn_1997_rejects_cambodian_membership",
    publisher: "CNN",
    title: "ASEAN rejects Cambodian membership",
    url: "http://www.cnn.com/WORLD/9707/23/asean/index.html?_s=PM:WORLD",
    language: "en",
    published: Some(HistDate::day(1997, 7, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_JP_1998_NEW_MEMBER: Source = Source {
    id: "asean_jakartapost_1998_new_member",
    publisher: "jawawa.id",
    title: "ASEAN's new member",
    url: "https://jawawa.id/newsitem/aseans-new-member-1447893297",
    language: "en",
    published: Some(HistDate::day(1998, 12, 17)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Jakarta Post, \"ASEAN's new member\""),
};

pub(crate) static ASEAN_JP_1998_UNCEREMONIOUSLY: Source = Source {
    id: "asean_jakartapost_1998_cambodia_in_unceremoniously",
    publisher: "jawawa.id",
    title: "Cambodia in unceremoniously",
    url: "https://jawawa.id/newsitem/cambodia-in-unceremoniously-1447893297",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Jakarta Post, \"Cambodia in unceremoniously\""),
};

pub(crate) static ASEAN_PPP_SLOW_BOAT: Source = Source {
    id: "asean_phnompenhpost_history_slow_boat",
    publisher: "The Phnom Penh Post",
    title: "History: slow boat to ASEAN",
    url: "https://www.phnompenhpost.com/national/history-slow-boat-asean",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_ASIANVISION_2019: Source = Source {
    id: "asean_asianvision_2019_what_membership_means",
    publisher: "Asian Vision Institute",
    title: "What it means for Cambodia to be an Asean member state",
    url: "https://www.asianvision.org/news/2019/4/30/what-it-means-for-cambodia-to-be-an-asean-member-state",
    language: "en",
    published: Some(HistDate::day(2019, 4, 30)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Khmer Times, \"What it means for Cambodia to be an Asean member state\""),
};

pub(crate) static ASEAN_VIETNAMPLUS_DOC: Source = Source {
    id: "asean_vietnamplus_25_years_joining_asean",
    publisher: "Vietnam News Agency",
    title: "25 years of joining ASEAN: Vietnam is on the path of integration",
    url: "https://en.vietnamplus.vn/25-years-of-joining-asean-vietnam-is-on-the-path-of-integration/178915.vnp",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_FMPRC_DOC_20: Source = Source {
    id: "asean_fmprc_2022_doc_20th_anniversary_statement",
    publisher: "Ministry of Foreign Affairs of China",
    title: "ASEAN–China statement on the 20th anniversary of the Declaration on the Conduct of Parties in the South China Sea, Phnom Penh, 11 November 2022 (untitled in the copy read)",
    url: "https://www.fmprc.gov.cn/nanhai/eng/zcfg_1/202211/t20221114_10974284.htm",
    language: "en",
    published: Some(HistDate::day(2022, 11, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEAN_WIKISOURCE_DOC: Source = Source {
    id: "asean_wikisource_doc_south_china_sea_text",
    publisher: "Wikisource",
    title: "Declaration on the Conduct of Parties in the South China Sea",
    url: "https://en.wikisource.org/wiki/Declaration_on_the_Conduct_of_Parties_in_the_South_China_Sea",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "ASEAN Secretariat, \"Declaration on the Conduct of Parties in the South China Sea\"",
    ),
};

pub(crate) static ASEAN_JP_2002_SUMMIT: Source = Source {
    id: "asean_jakartapost_2002_cambodia_scores_win",
    publisher: "jawawa.id",
    title: "Cambodia scores win with successful summit",
    url: "https://jawawa.id/newsitem/cambodia-scores-win-with-successful-summit-1447893297",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence France-Presse (in The Jakarta Post), \"Cambodia scores win with successful summit\"",
    ),
};

pub(crate) static ASEAN_EACNEWS_GAVEL: Source = Source {
    id: "asean_eacnews_2021_chairmanship_gavel",
    publisher: "EAC News",
    title: "PM Attending ASEAN Summit Activities Prior to Receiving Chairmanship Gavel",
    url: "https://eacnews.asia/home/details/4909",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_THAYER_2012: Source = Source {
    id: "asean_thayer_2012_code_of_conduct_litmus_test",
    publisher: "Docslib",
    title: "ASEAN's Code of Conduct in the South China Sea: A Litmus Test for Community-Building?",
    url: "https://docslib.org/doc/7734239/aseans-code-of-conduct-in-the-south-china",
    language: "en",
    published: Some(HistDate::day(2012, 8, 19)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "The Asia-Pacific Journal: Japan Focus, \"ASEAN's Code of Conduct in the South China Sea: A Litmus Test for Community-Building?\"",
    ),
};

pub(crate) static ASEAN_ALJAZEERA_2012: Source = Source {
    id: "asean_aljazeera_2012_talks_fail",
    publisher: "Al Jazeera",
    title: "ASEAN talks fail over South China Sea dispute",
    url: "https://www.aljazeera.com/news/2012/7/13/asean-talks-fail-over-south-china-sea-dispute",
    language: "en",
    published: Some(HistDate::day(2012, 7, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_JAPANTIMES_2012: Source = Source {
    id: "asean_japantimes_2012_divisions_weaken",
    publisher: "The Japan Times",
    title: "Divisions serve to weaken ASEAN",
    url: "https://www.japantimes.co.jp/opinion/2012/07/21/editorials/divisions-serve-to-weaken-asean/",
    language: "en",
    published: Some(HistDate::day(2012, 7, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_CAMBODIA_NEWS_2012: Source = Source {
    id: "asean_cambodia_news_2012_no_joint_communique",
    publisher: "Cambodia News (thisiscn.com)",
    title: "ASEAN firstly fails to issue its joint statement in history",
    url: "https://thisiscn.com/2324",
    language: "en",
    published: Some(HistDate::day(2012, 7, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_HUNSEN_BRIEFING_2012: Source = Source {
    id: "asean_hun_sen_press_briefing_21st_summit",
    publisher: "baomoi12.wordpress.com",
    title: "Press Briefing by Samdech Hun Sen on Results of the 21st ASEAN Summit and Related Summits",
    url: "https://baomoi12.wordpress.com/2012/12/11/hun-sen-press-briefing-after-asean-21/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Cambodia New Vision, \"Press Briefing by Samdech Hun Sen on Results of the 21st ASEAN Summit and Related Summits\"",
    ),
};

pub(crate) static ASEAN_CNA_2022: Source = Source {
    id: "asean_cna_2022_pm_lee_to_attend_summits",
    publisher: "CNA",
    title: "Report on PM Lee Hsien Loong's attendance at the 40th and 41st ASEAN Summits (untitled in the copy read)",
    url: "https://www.channelnewsasia.com/asean-summit-2022-cambodia-lee-hsien-loong-myanmar-3052206?cid=cna_flip_070214",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_CAMBOJA_2022: Source = Source {
    id: "asean_camboja_2022_world_leaders_convene",
    publisher: "CamboJA News (Cambodian Journalists Alliance Association)",
    title: "World Leaders Convene in Phnom Penh for Asean Summit",
    url: "https://cambojanews.com/world-leaders-convene-in-phnom-penh-for-asean-summit/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_CHAIRMANS_STATEMENT_2022: Source = Source {
    id: "asean_chairmans_statement_40th_41st_2022",
    publisher: "Scribd",
    title: "Chairman's Statement of the 40th and 41st ASEAN Summits, Phnom Penh, Cambodia, 11 November 2022",
    url: "https://scribd.com/document/650118519/01-Chairmans-Statement-of-the-40th-and-41st-ASEAN-Summits-rev",
    language: "en",
    published: Some(HistDate::day(2022, 11, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("ASEAN Secretariat, \"Chairman's Statement of the 40th and 41st ASEAN Summits\""),
};

pub(crate) static ASEAN_VNA_2022_KICK_OFF: Source = Source {
    id: "asean_vietnamplus_2022_summits_kick_off",
    publisher: "Vietnam News Agency",
    title: "ASEAN officially kicks off 40th, 41st summits in Phnom Penh",
    url: "https://en.vietnamplus.vn/asean-officially-kicks-off-40th-41st-summits-in-phnom-penh/243681.vnp",
    language: "en",
    published: Some(HistDate::day(2022, 11, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEAN_VNA_2022_HANDOVER: Source = Source {
    id: "asean_vietnamplus_2022_indonesia_takes_over",
    publisher: "Vietnam News Agency",
    title: "Indonesia takes over ASEAN Chairmanship from Cambodia",
    url: "https://en.vietnamplus.vn/indonesia-takes-over-asean-chairmanship-from-cambodia/243781.vnp",
    language: "en",
    published: Some(HistDate::day(2022, 11, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::Asean,
    acronym: "ASEAN",
    name_en: "Association of Southeast Asian Nations",
    name_fr: "Association des nations de l'Asie du Sud-Est",
    // Wikidata item of ASEAN.
    wikidata: Some("Q7768"),
    // The Bangkok Declaration was adopted on 8 August 1967.
    founded: Some(day(1967, 8, 8)),
    headquarters: Some("Jakarta"),
    // Timor-Leste became the eleventh member in 2025.
    members: Some(Figure::new(11, 2025, src![ASEAN_WIKI_MEMBER_STATES])),
    website: Some("https://asean.org"),
    aliases: &["Association of South East Asian Nations"],
    sources: src![
        ASEAN_JAPAN_CENTRE_OUTLINE,
        ASEAN_WIKI_MEMBER_STATES,
        ASEAN_LEGRANDCONTINENT_2021,
        ASEAN_CNN_1997
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const FOUNDERS: Option<HistDate> = Some(HistDate::day(1967, 8, 8));

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::Asean,
    periods: &[
        MembershipPeriod {
            status: MembershipStatus::Observer,
            start: on!(year(1995), [ASEAN_ASIANVISION_2019]),
            end: ended!(day(1997, 7, 10), [ASEAN_JP_1997_FIRM]),
            note: "After attending as a guest from 1993, Cambodia became an observer in 1995, the year it acceded to the Treaty of Amity and Cooperation, a prerequisite for membership. It was due to join with Laos and Myanmar in July 1997.",
            sources: src![ASEAN_ASIANVISION_2019, ASEAN_PPP_SLOW_BOAT, ASEAN_JP_1997_UNLIKELY, ASEAN_JP_1998_UNCEREMONIOUSLY],
        },
        MembershipPeriod {
            status: MembershipStatus::AdmissionPostponed,
            start: on!(day(1997, 7, 10), [ASEAN_JP_1997_FIRM]),
            end: ended!(day(1999, 4, 30), [ASEAN_SEC_CAMBODIA_JOINS]),
            note: "After Hun Sen ousted First Prime Minister Prince Ranariddh in two days of fighting that began on 5 July 1997, ASEAN foreign ministers decided on 10 July to put off Cambodia's entry indefinitely, and held to it on 23 July when Laos and Myanmar joined. Cambodia kept its observer status meanwhile. ASEAN leaders agreed at their Hanoi summit in December 1998 to admit it.",
            sources: src![ASEAN_JP_1997_FIRM, ASEAN_CNN_1997, ASEAN_JP_1997_UNLIKELY, ASEAN_JP_1998_NEW_MEMBER],
        },
        MembershipPeriod {
            status: MembershipStatus::Member,
            start: Claims(&[
                DateClaim::preferred(day(1999, 4, 30), src![ASEAN_SEC_CAMBODIA_JOINS, ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES])
                    .with_note("The admission declaration signed in Hanoi states that Cambodia is a member from 30 April 1999; ASEAN's own lists use this date."),
                DateClaim::alternative(
                    month(1998, 12),
                    src![ASEAN_JP_1998_NEW_MEMBER, ASEAN_JP_1998_UNCEREMONIOUSLY],
                    "At the December 1998 Hanoi summit Vietnam's foreign minister said the leaders had decided to admit Cambodia and that it was a member 'right now', with only the ceremony left; not preferred because the formal admission came only with the April 1999 declaration.",
                ),
            ]),
            end: ONGOING,
            note: "The tenth member. On joining, Cambodia acceded to 27 ASEAN agreements and undertook to extend most-favoured-nation and national treatment to the other members.",
            sources: src![ASEAN_SEC_CAMBODIA_JOINS, ASEAN_JP_1999_ENTERS],
        },
    ],
    roles: &[
        Role { title: "ASEAN Chair", start: year(2002), end: None, sources: src![ASEAN_EACNEWS_GAVEL] },
        Role { title: "Host of the 8th ASEAN Summit", start: day(2002, 11, 4), end: Some(day(2002, 11, 5)), sources: src![ASEAN_VIETNAMPLUS_DOC, ASEAN_JP_2002_SUMMIT] },
        Role { title: "ASEAN Chair", start: year(2012), end: None, sources: src![ASEAN_EACNEWS_GAVEL] },
        Role { title: "Host of the 20th ASEAN Summit", start: day(2012, 4, 3), end: None, sources: src![ASEAN_THAYER_2012] },
        Role { title: "Host of the 21st ASEAN Summit", start: day(2012, 11, 18), end: Some(day(2012, 11, 20)), sources: src![ASEAN_XINHUA_2012_21ST, ASEAN_HUNSEN_BRIEFING_2012] },
        Role { title: "ASEAN Chair", start: year(2022), end: None, sources: src![ASEAN_EACNEWS_GAVEL, ASEAN_PPP_2022_WRAP] },
        Role { title: "Host of the 40th and 41st ASEAN Summits", start: day(2022, 11, 11), end: Some(day(2022, 11, 11)), sources: src![ASEAN_CHAIRMANS_STATEMENT_2022, ASEAN_VNA_2022_KICK_OFF, ASEAN_CNA_2022, SEED_OCCASIONAL_DIGEST] },
    ],
    country_members: &[
        CountryMember { country: Country::Indonesia, since: FOUNDERS, sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES] },
        CountryMember { country: Country::Malaysia, since: FOUNDERS, sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES] },
        CountryMember { country: Country::Philippines, since: FOUNDERS, sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES] },
        CountryMember { country: Country::Singapore, since: FOUNDERS, sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES] },
        CountryMember { country: Country::Thailand, since: FOUNDERS, sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES] },
        CountryMember { country: Country::Brunei, since: Some(month(1984, 1)), sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES] },
        CountryMember { country: Country::Vietnam, since: Some(day(1995, 7, 28)), sources: src![ASEAN_JAPAN_CENTRE_OUTLINE] },
        CountryMember { country: Country::Laos, since: Some(day(1997, 7, 23)), sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES, ASEAN_CNN_1997] },
        CountryMember { country: Country::Myanmar, since: Some(day(1997, 7, 23)), sources: src![ASEAN_JAPAN_CENTRE_OUTLINE, ASEAN_WIKI_MEMBER_STATES, ASEAN_CNN_1997] },
        CountryMember { country: Country::TimorLeste, since: Some(day(2025, 10, 26)), sources: src![ASEAN_VNS_2025_TIMOR_LESTE, ASEAN_ASIAONE_2025_TIMOR_LESTE] },
    ],
    country_members_complete: true,
    note: "Brunei's joining date is given to the month only: Wikipedia's list has 7 January 1984, the ASEAN-Japan Centre 8 January 1984. Cambodia chaired ASEAN in 2002, 2012 and 2022. Timor-Leste became the eleventh member when the leaders signed the declaration admitting it at the opening of the 47th summit in Kuala Lumpur.",
    sources: src![ASEAN_SEC_CAMBODIA_JOINS, ASEAN_JP_1997_FIRM, ASEAN_EACNEWS_GAVEL, SEED_IRIC],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

const ASEAN: Partner = o(Organization::Asean);

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "asean_1995_tac_accession",
        date: EventDate::on(month(1995, 1)),
        kind: EventKind::AgreementSigned,
        partners: &[ASEAN],
        title: "Accession to the Treaty of Amity and Cooperation",
        summary: "Foreign Minister Ung Huot handed over Cambodia's instrument of accession to the Treaty of Amity and Cooperation in Southeast Asia, a prerequisite for ASEAN membership. The treaty rests on mutual respect for the independence, sovereignty, equality and territorial integrity of all states.",
        place: None,
        exchange: None,
        principles: &[
            Principle::Independence,
            Principle::Sovereignty,
            Principle::Equality,
            Principle::TerritorialIntegrity,
            Principle::MutualRespect,
        ],
        tasks: &[],
        sources: src![ASEAN_PPP_SLOW_BOAT, SEED_OCCASIONAL_DIGEST],
    },
    Event {
        id: "asean_1995_observer_status",
        date: EventDate::on(year(1995)),
        kind: EventKind::MembershipChanged,
        partners: &[ASEAN],
        title: "Cambodia becomes an ASEAN observer",
        summary: "After two years of attending ASEAN meetings as a guest, Cambodia was given observer status on the way to full membership.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEAN_ASIANVISION_2019],
    },
    Event {
        id: "asean_1997_admission_postponed",
        date: EventDate::on(day(1997, 7, 10)),
        kind: EventKind::MembershipChanged,
        partners: &[ASEAN],
        title: "ASEAN puts off Cambodia's admission",
        summary: "After the July 1997 fighting in Phnom Penh, ASEAN foreign ministers deferred Cambodia's entry indefinitely; on 23 July they confirmed the decision as Laos and Myanmar were admitted without it.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEAN_JP_1997_FIRM, ASEAN_CNN_1997],
    },
    Event {
        id: "asean_1998_hanoi_summit_agrees_admission",
        date: EventDate::on(month(1998, 12)),
        kind: EventKind::MembershipChanged,
        partners: &[ASEAN, c(Country::Vietnam)],
        title: "Hanoi summit agrees to admit Cambodia",
        summary: "At the sixth ASEAN summit in Hanoi, leaders settled on a compromise: Cambodia would become the tenth member, with the formal ceremony put off. Vietnam and Indonesia had pressed for early entry, while Singapore, Thailand and the Philippines wanted to wait.",
        place: Some("Hanoi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEAN_JP_1998_NEW_MEMBER, ASEAN_JP_1998_UNCEREMONIOUSLY],
    },
    Event {
        id: "asean_1999_admission",
        date: EventDate::on(day(1999, 4, 30)),
        kind: EventKind::MembershipJoined,
        partners: &[ASEAN, c(Country::Vietnam)],
        title: "Cambodia joins ASEAN as its tenth member",
        summary: "Foreign Minister Hor Namhong and his nine ASEAN counterparts signed the declaration admitting Cambodia at a ceremony hosted by Vietnam, and Cambodia acceded to 27 ASEAN agreements.",
        place: Some("Hanoi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            ASEAN_SEC_CAMBODIA_JOINS,
            ASEAN_MALAYSIA_FM_1999,
            ASEAN_JP_1999_ENTERS
        ],
    },
    Event {
        id: "asean_2002_8th_summit_phnom_penh",
        date: EventDate::span(day(2002, 11, 4), day(2002, 11, 5)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[ASEAN],
        title: "Cambodia hosts its first ASEAN Summit",
        summary: "In its first chairmanship, Cambodia hosted the 8th ASEAN Summit and meetings with partners from China, India, Japan, South Korea and South Africa under tight security after the Bali bombings.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            ASEAN_VIETNAMPLUS_DOC,
            ASEAN_JP_2002_SUMMIT,
            ASEAN_EACNEWS_GAVEL
        ],
    },
    Event {
        id: "asean_2002_declaration_on_conduct_south_china_sea",
        date: EventDate::on(day(2002, 11, 4)),
        kind: EventKind::AgreementSigned,
        partners: &[ASEAN, c(Country::China)],
        title: "Declaration on the Conduct of Parties in the South China Sea",
        summary: "ASEAN and China signed in Phnom Penh a declaration committing the parties to the UN Charter, the law of the sea and the Treaty of Amity and Cooperation, and to settling their territorial disputes by peaceful means.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[
            Principle::InternationalLawAndUnCharter,
            Principle::PeacefulSettlementOfDisputes,
        ],
        tasks: &[],
        sources: src![
            ASEAN_FMPRC_DOC_20,
            ASEAN_WIKISOURCE_DOC,
            ASEAN_VIETNAMPLUS_DOC
        ],
    },
    Event {
        id: "asean_2012_20th_summit_phnom_penh",
        date: EventDate::on(day(2012, 4, 3)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[ASEAN],
        title: "20th ASEAN Summit in Phnom Penh",
        summary: "Chairing ASEAN for the second time, in a year whose motto was 'ASEAN: One Community, One Destiny', Cambodia hosted the 20th ASEAN Summit.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEAN_THAYER_2012, ASEAN_EACNEWS_GAVEL],
    },
    Event {
        id: "asean_2012_amm_no_joint_communique",
        date: EventDate::on(day(2012, 7, 13)),
        kind: EventKind::Dispute,
        partners: &[ASEAN, c(Country::Philippines)],
        title: "Foreign ministers' meeting ends without a communiqué",
        summary: "For the first time in ASEAN's 45 years, the 45th ministerial meeting chaired by Cambodia closed without a joint communiqué, after the Philippines insisted on naming the Scarborough Shoal stand-off with China and Cambodia refused. Hor Namhong said the communiqué could not be held hostage to a bilateral dispute.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            ASEAN_ALJAZEERA_2012,
            ASEAN_JAPANTIMES_2012,
            ASEAN_CAMBODIA_NEWS_2012,
            ASEAN_THAYER_2012
        ],
    },
    Event {
        id: "asean_2012_21st_summit_phnom_penh",
        date: EventDate::span(day(2012, 11, 18), day(2012, 11, 20)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[ASEAN],
        title: "21st ASEAN Summit and related summits in Phnom Penh",
        summary: "Cambodia hosted and chaired the 21st ASEAN Summit with the ASEAN Plus Three, ASEAN Plus One and East Asia summits at the Peace Palace, marking ASEAN's 45th anniversary.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEAN_XINHUA_2012_21ST, ASEAN_HUNSEN_BRIEFING_2012],
    },
    Event {
        id: "asean_2022_40th_41st_summits_phnom_penh",
        date: EventDate::on(day(2022, 11, 11)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[ASEAN],
        title: "40th and 41st ASEAN Summits in Phnom Penh",
        summary: "In its third chairmanship, under the theme 'ASEAN A.C.T.: Addressing Challenges Together', Cambodia hosted both of the year's summits, the bloc's first in person since the pandemic: on 11 November the 40th met in plenary and the 41st as a retreat. The related summits and meetings ran from 10 to 13 November, when Hun Sen handed the chair to Indonesia at the closing ceremony.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            ASEAN_CHAIRMANS_STATEMENT_2022,
            ASEAN_VNA_2022_KICK_OFF,
            ASEAN_VNA_2022_HANDOVER,
            ASEAN_CNA_2022,
            ASEAN_PPP_2022_WRAP,
            SEED_OCCASIONAL_DIGEST
        ],
    },
    Event {
        id: "asean_2022_ukraine_accedes_tac",
        date: EventDate::on(day(2022, 11, 10)),
        kind: EventKind::AgreementSigned,
        partners: &[ASEAN, c(Country::Ukraine)],
        title: "Ukraine accedes to the Treaty of Amity and Cooperation",
        summary: "On the first day of the Phnom Penh summits, Ukraine's Foreign Minister Dmytro Kuleba and Cambodia's Prak Sokhonn exchanged the documents of Ukraine's accession to the treaty.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEAN_CAMBOJA_2022],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &ASEAN_CHAIRMANS_STATEMENT_2022,
    &ASEAN_VNA_2022_KICK_OFF,
    &ASEAN_VNA_2022_HANDOVER,
    &ASEAN_JAPAN_CENTRE_OUTLINE,
    &ASEAN_VNS_2025_TIMOR_LESTE,
    &ASEAN_ASIAONE_2025_TIMOR_LESTE,
    &ASEAN_WIKI_MEMBER_STATES,
    &ASEAN_LEGRANDCONTINENT_2021,
    &ASEAN_SEC_CAMBODIA_JOINS,
    &ASEAN_MALAYSIA_FM_1999,
    &ASEAN_JP_1999_ENTERS,
    &ASEAN_JP_1997_UNLIKELY,
    &ASEAN_JP_1997_FIRM,
    &ASEAN_CNN_1997,
    &ASEAN_JP_1998_NEW_MEMBER,
    &ASEAN_JP_1998_UNCEREMONIOUSLY,
    &ASEAN_PPP_SLOW_BOAT,
    &ASEAN_ASIANVISION_2019,
    &ASEAN_VIETNAMPLUS_DOC,
    &ASEAN_FMPRC_DOC_20,
    &ASEAN_WIKISOURCE_DOC,
    &ASEAN_JP_2002_SUMMIT,
    &ASEAN_EACNEWS_GAVEL,
    &ASEAN_THAYER_2012,
    &ASEAN_ALJAZEERA_2012,
    &ASEAN_JAPANTIMES_2012,
    &ASEAN_CAMBODIA_NEWS_2012,
    &ASEAN_HUNSEN_BRIEFING_2012,
    &ASEAN_CNA_2022,
    &ASEAN_CAMBOJA_2022,
];
