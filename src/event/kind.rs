//! The closed taxonomy of event kinds, with CAMEO root codes.

/// Which way a visit went.
///
/// ```
/// use cambodia_diplomacy::{Direction, EventKind, events};
///
/// let xi = events().find(|e| e.id == "china_2025_xi_jinping_state_visit").unwrap();
/// assert!(matches!(xi.kind, EventKind::Visit { direction: Direction::Inbound, .. }));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Direction {
    /// A partner's delegation came to Cambodia.
    Inbound,
    /// A Cambodian delegation went abroad.
    Outbound,
}

/// The rank of the most senior visitor.
///
/// ```
/// use cambodia_diplomacy::{Country, EventKind, Level, events_of};
///
/// let lavrov = events_of(Country::Russia)
///     .find(|e| e.id == "russia_2022_lavrov_in_phnom_penh").unwrap();
/// assert!(matches!(lavrov.kind, EventKind::Visit { level: Level::ForeignMinister, .. }));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Level {
    /// A head of state (king, president).
    HeadOfState,
    /// A head of government (prime minister).
    HeadOfGovernment,
    /// A foreign minister.
    ForeignMinister,
    /// Another minister.
    Minister,
    /// A parliamentary leader (speaker, senate president).
    Parliamentary,
    /// Another official.
    Official,
}

/// What part Cambodia played at a summit or conference.
///
/// ```
/// use cambodia_diplomacy::{EventKind, SummitRole, events};
///
/// let summits = events().find(|e| e.id == "asean_2022_40th_41st_summits_phnom_penh").unwrap();
/// assert_eq!(summits.kind, EventKind::Summit { role: SummitRole::Hosted });
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SummitRole {
    /// Cambodia took part.
    Attended,
    /// Cambodia hosted (and usually chaired) it.
    Hosted,
    /// Cambodia chaired it elsewhere.
    Chaired,
}

/// How Cambodia voted.
///
/// ```
/// use cambodia_diplomacy::{EventKind, Vote, events_in_year};
///
/// // Cambodia voted for both 2022 General Assembly resolutions on Ukraine.
/// let vote_on = |res| events_in_year(2022).find_map(|e| match e.kind {
///     EventKind::UnVote(v) if v.resolution == res => Some(v.vote),
///     _ => None,
/// });
/// assert_eq!(vote_on("A/RES/ES-11/1"), Some(Vote::Yes));
/// assert_eq!(vote_on("A/RES/ES-11/4"), Some(Vote::Yes));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Vote {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstained.
    Abstain,
    /// Did not vote.
    Absent,
}

/// A vote at the United Nations, with its figures.
///
/// ```
/// use cambodia_diplomacy::{Country, EventKind, Vote, events_of};
///
/// let es_11_1 = events_of(Country::Ukraine).find_map(|e| match e.kind {
///     EventKind::UnVote(v) if v.resolution == "A/RES/ES-11/1" => Some(v),
///     _ => None,
/// }).unwrap();
/// assert_eq!(es_11_1.vote, Vote::Yes);
/// assert_eq!(es_11_1.cosponsor, Some(true));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UnVote {
    /// The resolution ("A/RES/ES-11/1").
    pub resolution: &'static str,
    /// Cambodia's vote.
    pub vote: Vote,
    /// Whether Cambodia co-sponsored the draft, where a source says.
    pub cosponsor: Option<bool>,
    /// Votes in favour, against and abstaining, where a source gives them.
    pub totals: Option<VoteTotals>,
}

/// The totals of a recorded vote.
///
/// ```
/// use cambodia_diplomacy::{EventKind, VoteTotals, events};
///
/// let totals = events().find_map(|e| match e.kind {
///     EventKind::UnVote(v) if v.resolution == "A/RES/ES-11/4" => v.totals,
///     _ => None,
/// });
/// assert_eq!(totals, Some(VoteTotals { yes: 143, no: 5, abstain: 35 }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct VoteTotals {
    /// Votes in favour.
    pub yes: u16,
    /// Votes against.
    pub no: u16,
    /// Abstentions.
    pub abstain: u16,
}

/// Figures of a peacekeeping deployment or of a cumulative total.
///
/// ```
/// use cambodia_diplomacy::{EventKind, Organization, events_of};
///
/// let total = events_of(Organization::UnitedNations)
///     .find(|e| e.id == "united_nations_2023_peacekeeping_total").unwrap();
/// let EventKind::Peacekeeping(deployed) = total.kind else { panic!("a peacekeeping total") };
/// assert_eq!(deployed.personnel, Some(9205)); // since 2006, by December 2023
/// assert_eq!((deployed.women, deployed.missions), (Some(726), Some(12)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Deployment {
    /// Personnel deployed.
    pub personnel: Option<u32>,
    /// Of whom women.
    pub women: Option<u32>,
    /// Number of missions.
    pub missions: Option<u16>,
    /// Number of host countries.
    pub countries: Option<u16>,
}

/// What kind of event it was, with the details that kind carries.
///
/// The taxonomy follows the one in the crate's domain notes, small enough to
/// learn and mapped to CAMEO root codes ([`EventType::cameo_root`]) so that
/// news-event data can be joined on it. Each kind, with an example:
///
/// | kind | example |
/// |---|---|
/// | `RelationsEstablished` | relations with the USSR, 13 May 1956 |
/// | `RelationsSuspended` | Soviet diplomats withdrawn, November 1973 |
/// | `RelationsSevered` | a break in relations with a partner |
/// | `RelationsRestored` | relations with the USSR re-established, 1979 |
/// | `RepresentationChanged` | a legation raised to an embassy |
/// | `MissionOpened` / `MissionClosed` | an embassy opened or closed |
/// | `MembershipJoined` | Cambodia joins ASEAN, 30 April 1999 |
/// | `MembershipChanged` | ASEAN entry postponed, July 1997 |
/// | `Visit` | a prime minister's official visit |
/// | `Summit` | the 40th and 41st ASEAN Summits hosted in Phnom Penh, 2022 |
/// | `Talks` | a video call with the chairman of Ukraine's parliament, 2024 |
/// | `AgreementSigned` | a free-trade agreement signed |
/// | `JointStatement` | a joint statement upgrading a partnership |
/// | `UnVote` | General Assembly resolution ES-11/1 on Ukraine, 2 March 2022 |
/// | `Peacekeeping` | Cambodian peacekeepers deployed since 2006 |
/// | `Aid` | a grant or loan pledged |
/// | `Dispute` | a border clash |
///
/// ```
/// use cambodia_diplomacy::{Country, EventKind, events_of};
///
/// let first = events_of(Country::Russia).next().unwrap(); // 13 May 1956
/// assert_eq!(first.kind, EventKind::RelationsEstablished);
/// assert_eq!(first.kind.event_type().cameo_root(), "05");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EventKind {
    /// Diplomatic relations established (or recognition granted).
    RelationsEstablished,
    /// Relations suspended: personnel withdrawn, contact refused.
    RelationsSuspended,
    /// Relations formally broken off.
    RelationsSevered,
    /// Relations restored.
    RelationsRestored,
    /// Level of representation changed (legation raised, ambassador recalled).
    RepresentationChanged,
    /// A diplomatic mission opened.
    MissionOpened,
    /// A diplomatic mission closed.
    MissionClosed,
    /// Cambodia joined an organization.
    MembershipJoined,
    /// Cambodia's standing in an organization changed (postponed, seat contested, observer).
    MembershipChanged,
    /// An official visit.
    Visit {
        /// Which way it went.
        direction: Direction,
        /// The rank of the most senior visitor.
        level: Level,
    },
    /// A summit or conference.
    Summit {
        /// Cambodia's part in it.
        role: SummitRole,
    },
    /// Talks, a meeting, a call.
    Talks,
    /// An agreement signed.
    AgreementSigned,
    /// A joint statement or declaration.
    JointStatement,
    /// A vote at the United Nations.
    UnVote(UnVote),
    /// A peacekeeping deployment or milestone.
    Peacekeeping(Deployment),
    /// Aid, a grant or a loan pledged or delivered.
    Aid,
    /// A dispute or incident.
    Dispute,
}

impl EventKind {
    /// The kind without its details.
    ///
    /// ```
    /// # use cambodia_diplomacy::{EventType, SummitRole, EventKind};
    /// let kind = EventKind::Summit { role: SummitRole::Hosted };
    /// assert_eq!(kind.event_type(), EventType::Summit);
    /// assert_eq!(kind.event_type().id(), "summit");
    /// ```
    #[must_use]
    pub const fn event_type(&self) -> EventType {
        match self {
            Self::RelationsEstablished => EventType::RelationsEstablished,
            Self::RelationsSuspended => EventType::RelationsSuspended,
            Self::RelationsSevered => EventType::RelationsSevered,
            Self::RelationsRestored => EventType::RelationsRestored,
            Self::RepresentationChanged => EventType::RepresentationChanged,
            Self::MissionOpened => EventType::MissionOpened,
            Self::MissionClosed => EventType::MissionClosed,
            Self::MembershipJoined => EventType::MembershipJoined,
            Self::MembershipChanged => EventType::MembershipChanged,
            Self::Visit { .. } => EventType::Visit,
            Self::Summit { .. } => EventType::Summit,
            Self::Talks => EventType::Talks,
            Self::AgreementSigned => EventType::AgreementSigned,
            Self::JointStatement => EventType::JointStatement,
            Self::UnVote(_) => EventType::UnVote,
            Self::Peacekeeping(_) => EventType::Peacekeeping,
            Self::Aid => EventType::Aid,
            Self::Dispute => EventType::Dispute,
        }
    }

    /// The visit's direction and level, if the event is a visit.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Direction, EventKind, Level};
    /// let visit = EventKind::Visit { direction: Direction::Inbound, level: Level::HeadOfState };
    /// assert_eq!(visit.visit(), Some((Direction::Inbound, Level::HeadOfState)));
    /// assert_eq!(EventKind::Talks.visit(), None);
    /// ```
    #[must_use]
    pub const fn visit(&self) -> Option<(Direction, Level)> {
        match self {
            Self::Visit { direction, level } => Some((*direction, *level)),
            _ => None,
        }
    }
}

impl From<&EventKind> for EventType {
    fn from(kind: &EventKind) -> Self {
        kind.event_type()
    }
}

/// The kind of an event without its details: what a filter or a count asks
/// for. One value per variant of [`EventKind`], with the same snake_case id.
///
/// New kinds may be added in a minor release, so a `match` on it needs a
/// wildcard arm.
///
/// ```
/// use cambodia_diplomacy::EventType;
///
/// assert_eq!("visit".parse::<EventType>()?, EventType::Visit);
/// assert_eq!(EventType::UnVote.id(), "un_vote");
/// assert_eq!(EventType::UnVote.to_string(), "UN vote");
/// assert_eq!(EventType::iter().count(), 18);
/// # Ok::<(), cambodia_diplomacy::ParseIdError>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumCount,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EventType {
    /// Two states open diplomatic relations, or one recognizes the other.
    RelationsEstablished,
    /// Relations stay formally in place but stop working: envoys leave, contact stops.
    RelationsSuspended,
    /// One side formally breaks relations off.
    RelationsSevered,
    /// Relations broken or suspended are taken up again.
    RelationsRestored,
    /// The rank of representation changes, up or down.
    RepresentationChanged,
    /// An embassy, consulate or office opens.
    MissionOpened,
    /// An embassy, consulate or office closes.
    MissionClosed,
    /// Cambodia becomes a member of an organization.
    MembershipJoined,
    /// Cambodia's place in an organization changes short of joining.
    MembershipChanged,
    /// A leader, minister or official travels to the other side.
    Visit,
    /// A summit or multilateral conference.
    Summit,
    /// A meeting, call or negotiation round that is not a visit.
    Talks,
    /// The signing of an agreement, treaty or memorandum.
    AgreementSigned,
    /// A joint statement, communiqué or declaration.
    JointStatement,
    /// Cambodia's vote on a United Nations resolution.
    UnVote,
    /// A peacekeeping deployment or a milestone in one.
    Peacekeeping,
    /// A grant, loan or other assistance.
    Aid,
    /// A dispute, clash or formal protest.
    Dispute,
}

impl EventType {
    /// The CAMEO root code (two digits) that news-event datasets such as GDELT
    /// and ICEWS use for this kind of event.
    ///
    /// ```
    /// use cambodia_diplomacy::EventType;
    /// assert_eq!(EventType::Visit.cameo_root(), "04");
    /// assert_eq!(EventType::RelationsSevered.cameo_root(), "16");
    /// ```
    #[must_use]
    pub const fn cameo_root(self) -> &'static str {
        match self {
            // 05: engage in diplomatic cooperation (incl. 051 praise, 054 grant recognition,
            // 057 sign formal agreement)
            Self::RelationsEstablished | Self::RelationsRestored | Self::MembershipJoined => "05",
            Self::AgreementSigned => "05",
            // 16: reduce relations (161 reduce or break diplomatic relations)
            Self::RelationsSuspended | Self::RelationsSevered | Self::MissionClosed => "16",
            Self::RepresentationChanged | Self::MissionOpened | Self::MembershipChanged => "05",
            // 04: consult (042 make a visit, 043 host a visit, 046 engage in negotiation)
            Self::Visit | Self::Summit | Self::Talks => "04",
            // 01: make public statement; 03: express intent to cooperate
            Self::JointStatement => "03",
            // 01: make public statement (a vote is a stated position)
            Self::UnVote => "01",
            // 07: provide aid (074 provide military protection or peacekeeping)
            Self::Peacekeeping | Self::Aid => "07",
            // 11: disapprove (criticize, accuse, complain)
            Self::Dispute => "11",
        }
    }
}
