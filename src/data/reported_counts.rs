//! Totals of Cambodia's diplomatic relations as Cambodian officials stated
//! them, oldest first. Each is a statement, not a count the crate makes.

use crate::data::prelude::*;
use crate::reported_count::ReportedCount;

pub(crate) static CC_TIMES_2020_174_STATES: Source = Source {
    id: "cc_times_2020_embassies_brazil_south_africa",
    publisher: "Cambodia China Times",
    title: "柬埔寨将在巴西和南非开设使馆 (Cambodia will open embassies in Brazil and South Africa)",
    url: "https://cc-times.com/posts/8021",
    language: "zh",
    published: Some(HistDate::day(2020, 1, 31)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static COUNTS: &[ReportedCount] = &[ReportedCount {
    as_of: day(2020, 1, 31),
    states: 174,
    stated_by: "Prak Sokhonn, Minister of Foreign Affairs and International Cooperation, at the close of the ministry's annual conference",
    note: "The same report has him say that Cambodia kept embassies or consulates in 63 countries. The New Straits Times, quoting Khmer Times on the same speech, gives the same 174.",
    sources: src![CC_TIMES_2020_174_STATES],
}];

pub(crate) static SOURCES: &[&Source] = &[&CC_TIMES_2020_174_STATES];
