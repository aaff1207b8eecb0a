//! Cambodia and the Mekong-Lancang Cooperation: profile, membership history
//! and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static MLC_CRI_FM_MEETING_2015: Source = Source {
    id: "mekong_lancang_cooperation_cri_2015_foreign_ministers",
    publisher: "China Radio International",
    title: "First Lancang-Mekong Foreign Ministers' Meeting held in Yunnan",
    url: "http://filipino.cri.cn/301/2015/11/13/2s140147.htm",
    language: "fil",
    published: Some(HistDate::day(2015, 11, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MLC_EMBASSY_SANYA_OUTCOMES: Source = Source {
    id: "mekong_lancang_cooperation_chinese_embassy_sanya_outcomes",
    publisher: "Embassy of China in Barbados",
    title: "Li Keqiang and Leaders of the Five Countries along the Mekong River Meet Press Together, Introducing Outcomes of the 1st Lancang-Mekong Cooperation Leaders' Meeting",
    url: "http://bb.chineseembassy.org/eng/zgyw/t1350729.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static MLC_CHINADAILY_SANYA: Source = Source {
    id: "mekong_lancang_cooperation_chinadaily_2016_sanya",
    publisher: "China Daily",
    title: "Leaders of Lancang-Mekong countries convene",
    url: "http://europe.chinadaily.com.cn/world/2016-03/23/content_24045829.htm",
    language: "en",
    published: Some(HistDate::day(2016, 3, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"Leaders of Lancang-Mekong countries convene\""),
};

pub(crate) static MLC_CNV_2018: Source = Source {
    id: "mekong_lancang_cooperation_cnv_2018_hosting_pride",
    publisher: "Cambodia New Vision",
    title: "PM Hun Sen: Hosting Mekong-Lancang Cooperation Meeting is Pride",
    url: "http://cnv.org.kh/pm-hun-sen-hosting-mekong-lancang-cooperation-meeting-pride/",
    language: "en",
    published: Some(HistDate::day(2018, 1, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Fresh News, \"PM Hun Sen: Hosting Mekong-Lancang Cooperation Meeting is Pride\"",
    ),
};

pub(crate) static MLC_CHINADAILY_2018: Source = Source {
    id: "mekong_lancang_cooperation_chinadaily_2018_li_arrives",
    publisher: "China Daily",
    title: "Premier Li arrives in Cambodia for second LMC leaders' meeting, official visit",
    url: "https://global.chinadaily.com.cn/a/201801/10/WS5a55dea4a3102e5b17374035.html",
    language: "en",
    published: Some(HistDate::day(2018, 1, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"Premier Li arrives in Cambodia for second LMC leaders' meeting, official visit\"",
    ),
};

pub(crate) static MLC_PEOPLE_FR_2020: Source = Source {
    id: "mekong_lancang_cooperation_people_fr_2020_foreign_ministers",
    publisher: "sn-sn.com",
    title: "Coopération Lancang-Mékong : les ministres des Affaires étrangères s'engagent à renforcer la coopération",
    url: "http://sn-sn.com/International/n3/2020/0223/c31356-9661044.html",
    language: "fr",
    published: Some(HistDate::day(2020, 2, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "People's Daily, \"Coopération Lancang-Mékong : les ministres des Affaires étrangères s'engagent à renforcer la coopération\"",
    ),
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::MekongLancangCooperation,
    acronym: "MLC",
    name_en: "Mekong-Lancang Cooperation",
    name_fr: "Coopération Lancang-Mékong",
    // No Wikidata identifier could be confirmed from the material consulted.
    wikidata: None,
    // The first leaders' meeting, which the Chinese government describes as
    // declaring the mechanism established.
    founded: Some(HistDate::day(2016, 3, 23)),
    headquarters: None,
    members: Some(Figure::new(6, 2016, src![MLC_CHINADAILY_SANYA])),
    website: None,
    aliases: &["Lancang-Mekong Cooperation", "LMC"],
    sources: src![
        MLC_EMBASSY_SANYA_OUTCOMES,
        MLC_CHINADAILY_SANYA,
        MLC_CNV_2018,
        MLC_PEOPLE_FR_2020
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_2016: &[&Source] = src![MLC_EMBASSY_SANYA_OUTCOMES, MLC_CHINADAILY_SANYA];
const SRC_2015: &[&Source] = src![MLC_CRI_FM_MEETING_2015];
const SANYA: Option<HistDate> = Some(HistDate::day(2016, 3, 23));

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::MekongLancangCooperation,
    periods: &[MembershipPeriod {
        status: MembershipStatus::FoundingMember,
        start: Claims(&[
            DateClaim::preferred(day(2016, 3, 23), SRC_2016).with_note(
                "The Chinese government presents the first leaders' meeting at Sanya as declaring the mechanism established; Prime Minister Hun Sen attended.",
            ),
            DateClaim::alternative(
                day(2015, 11, 12),
                SRC_2015,
                "A Chinese state radio report says the first foreign ministers' meeting at Jinghong announced the setting up of the mechanism; kept as the launch at ministerial level.",
            ),
        ]),
        end: ONGOING,
        note: "Cambodia is one of the six riparian countries of the Lancang-Mekong, all founding participants.",
        sources: src![MLC_EMBASSY_SANYA_OUTCOMES, MLC_CHINADAILY_SANYA, MLC_CRI_FM_MEETING_2015],
    }],
    roles: &[Role {
        title: "Host and co-chair of the 2nd Mekong-Lancang Cooperation Leaders' Meeting",
        start: day(2018, 1, 10),
        end: None,
        sources: src![MLC_CNV_2018, MLC_CHINADAILY_2018],
    }],
    country_members: &[
        CountryMember { country: Country::China, since: SANYA, sources: SRC_2016 },
        CountryMember { country: Country::Laos, since: SANYA, sources: SRC_2016 },
        CountryMember { country: Country::Myanmar, since: SANYA, sources: SRC_2016 },
        CountryMember { country: Country::Thailand, since: SANYA, sources: SRC_2016 },
        CountryMember { country: Country::Vietnam, since: SANYA, sources: SRC_2016 },
    ],
    country_members_complete: true,
    note: "The mechanism is a China-initiated framework of the six Lancang-Mekong countries rather than a treaty organization, and has no headquarters in the sources consulted. Chinese state media describe it as initiated by China in 2014.",
    sources: src![MLC_CHINADAILY_2018, MLC_EMBASSY_SANYA_OUTCOMES],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "mekong_lancang_cooperation_2016_sanya_leaders_meeting",
        date: EventDate::on(day(2016, 3, 23)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[o(Organization::MekongLancangCooperation), c(Country::China)],
        title: "First Lancang-Mekong leaders' meeting at Sanya",
        summary: "Prime Minister Hun Sen joined leaders and senior envoys of China, Laos, Myanmar, Thailand and Vietnam at the meeting, co-chaired by China and Thailand, that launched the cooperation mechanism.",
        place: Some("Sanya"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![MLC_CHINADAILY_SANYA, MLC_EMBASSY_SANYA_OUTCOMES],
    },
    Event {
        id: "mekong_lancang_cooperation_2017_first_phase_projects",
        date: EventDate::on(month(2017, 12)),
        kind: EventKind::Aid,
        partners: &[o(Organization::MekongLancangCooperation), c(Country::China)],
        title: "China funds first Mekong-Lancang projects in Cambodia",
        summary: "Through the cooperation framework China granted $7.3 million for 16 first-phase projects in Cambodia.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![MLC_CNV_2018],
    },
    Event {
        id: "mekong_lancang_cooperation_2018_phnom_penh_leaders_meeting",
        date: EventDate::on(day(2018, 1, 10)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[o(Organization::MekongLancangCooperation), c(Country::China)],
        title: "Cambodia hosts the second leaders' meeting",
        summary: "Hun Sen and Chinese Premier Li Keqiang co-chaired the meeting at the Peace Palace, which was set to adopt a Phnom Penh Declaration and a five-year action plan for 2018-2022; the foreign ministry names the Mekong sub-regional mechanisms among the initiatives Cambodia supports.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[PolicyTask::Multilateralism],
        sources: src![MLC_CNV_2018, MLC_CHINADAILY_2018, SEED_MFAIC_EN],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &MLC_CRI_FM_MEETING_2015,
    &MLC_EMBASSY_SANYA_OUTCOMES,
    &MLC_CHINADAILY_SANYA,
    &MLC_CNV_2018,
    &MLC_CHINADAILY_2018,
    &MLC_PEOPLE_FR_2020,
];
