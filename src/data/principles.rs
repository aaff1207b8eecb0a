//! The principles of Cambodia's foreign policy and the five main tasks.
//! STUB: to be replaced by researched data.

use crate::data::prelude::*;
use crate::principle::{Goal, LegalBasis, PolicyTaskProfile, PrincipleProfile};
use strum::EnumCount;

macro_rules! stub_principle {
    ($p:ident) => {
        PrincipleProfile {
            principle: Principle::$p,
            name: stringify!($p),
            description: "",
            legal_basis: &[],
            sources: src![SEED_IRIC],
        }
    };
}

pub(crate) static PRINCIPLES: [PrincipleProfile; Principle::COUNT] = [
    stub_principle!(Independence),
    stub_principle!(Sovereignty),
    stub_principle!(TerritorialIntegrity),
    stub_principle!(PermanentNeutrality),
    stub_principle!(NonAlignment),
    stub_principle!(PeacefulCoexistence),
    stub_principle!(NonInterference),
    stub_principle!(Equality),
    stub_principle!(MutualRespect),
    stub_principle!(MutualBenefit),
    stub_principle!(PeacefulSettlementOfDisputes),
    stub_principle!(InternationalLawAndUnCharter),
    stub_principle!(Disarmament),
    stub_principle!(Consensus),
    stub_principle!(Multilateralism),
];

macro_rules! stub_task {
    ($t:ident, $n:expr) => {
        PolicyTaskProfile {
            task: PolicyTask::$t,
            number: $n,
            title: stringify!($t),
            title_fr: "",
            description: "",
            goals: &[Goal { text: "", target_year: None }],
            sources: src![SEED_MFAIC_EN],
        }
    };
}

pub(crate) static POLICY_TASKS: [PolicyTaskProfile; PolicyTask::COUNT] = [
    stub_task!(ProtectSovereigntyAndPeace, 1),
    stub_task!(FosterFriendship, 2),
    stub_task!(EconomicDiplomacy, 3),
    stub_task!(Multilateralism, 4),
    stub_task!(DiplomaticCapacity, 5),
];

#[allow(dead_code)]
static UNUSED: Option<LegalBasis> = None;

pub(crate) static SOURCES: &[&Source] = &[];
