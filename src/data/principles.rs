//! The principles of Cambodia's foreign policy and the five main tasks.
//!
//! Which seed names which principle was checked against the seed texts
//! (IRIC "Current Researches", MFAIC "Foreign Policy Direction" in English and
//! French, and the Occasional Digest article). Articles of the 1993
//! Constitution are cited only where a copy of their text was read; Article 55
//! is cited on IRIC's word alone, as its text was not found (see its summary).

use crate::data::prelude::*;
use crate::principle::{Goal, LegalBasis, PolicyTaskProfile, PrincipleProfile};
use strum::EnumCount;

// ---------------------------------------------------------------------------
// Sources: copies of the 1993 Constitution
// ---------------------------------------------------------------------------

/// Chapter I (Articles 1 and 2), Constitute Project text as republished by ConText.
pub(crate) static PRINCIPLES_CONTEXT_CONSTITUTION: Source = Source {
    id: "principles_context_constitution_cambodia_1993",
    publisher: "ConText (Montpelier)",
    title: "Constitution of Cambodia (1993, rev. 1999)",
    url: "http://context.montpelier.org/document/966",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

/// Article 1 quoted by the International Commission of Jurists.
pub(crate) static PRINCIPLES_ICJ_CONSTITUTION: Source = Source {
    id: "principles_icj_constitution_1993",
    publisher: "International Commission of Jurists",
    title: "Cambodia: Constitution 1993",
    url: "https://www.icj.org/se-asia-security-law/constitution-1993/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

/// Chapter III (Article 31).
pub(crate) static PRINCIPLES_HELPLINELAW_CH3: Source = Source {
    id: "principles_helplinelaw_constitution_chapter_3",
    publisher: "Helplinelaw",
    title: "Constitution of Cambodia, Chapter III: The Rights and Obligations of Khmer Citizens",
    url: "https://www.helplinelaw.com/law/cambodia/constitution/constitution03.php",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Kingdom of Cambodia, \"Constitution of the Kingdom of Cambodia\""),
};

/// Chapter IV (Articles 51 to 53, and the heading of Article 54).
pub(crate) static PRINCIPLES_HELPLINELAW_CH4: Source = Source {
    id: "principles_helplinelaw_constitution_chapter_4",
    publisher: "Helplinelaw",
    title: "Constitution of Cambodia, Chapter IV: On Policy",
    url: "https://www.helplinelaw.com/law/cambodia/constitution/constitution04.php",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Kingdom of Cambodia, \"Constitution of the Kingdom of Cambodia\""),
};

/// French text of Articles 53 and 54 (Wikisource scan of the 2004 edition).
pub(crate) static PRINCIPLES_WIKISOURCE_FR: Source = Source {
    id: "principles_wikisource_constitution_fr_page_21",
    publisher: "Wikisource",
    title: "La Constitution du Royaume du Cambodge, du 21 septembre 1993, augmentée de la loi constitutionnelle additive du 13 juillet 2004, page 21",
    url: "https://fr.wikisource.org/wiki/Page:La_Constitution_du_Royaume_du_Cambodge,_du_21_septembre_1993,_augment%C3%A9e_de_la_loi_constitutionnelle_additive_du_13_juillet_2004.djvu/21",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

const CONSTITUTION: &str = "Constitution of the Kingdom of Cambodia, 1993";

// ---------------------------------------------------------------------------
// Articles of the Constitution
// ---------------------------------------------------------------------------

const ART_1: LegalBasis = LegalBasis {
    instrument: CONSTITUTION,
    article: 1,
    summary: "Defines the Kingdom as a country that is independent, sovereign, peaceful, permanently neutral and non-aligned, under a king who rules by the Constitution.",
    sources: src![PRINCIPLES_CONTEXT_CONSTITUTION, PRINCIPLES_ICJ_CONSTITUTION],
};

const ART_2: LegalBasis = LegalBasis {
    instrument: CONSTITUTION,
    article: 2,
    summary: "Declares the Kingdom's territorial integrity inviolable within the borders drawn on the 1:100,000 maps made between 1933 and 1953 and recognised internationally between 1963 and 1969.",
    sources: src![PRINCIPLES_CONTEXT_CONSTITUTION],
};

const ART_31: LegalBasis = LegalBasis {
    instrument: CONSTITUTION,
    article: 31,
    summary: "Commits the Kingdom to recognise and respect human rights as set out in the Charter of the United Nations, the Universal Declaration of Human Rights and the human-rights covenants and conventions.",
    sources: src![PRINCIPLES_HELPLINELAW_CH3],
};

const ART_52: LegalBasis = LegalBasis {
    instrument: CONSTITUTION,
    article: 52,
    summary: "Charges the Royal Government with protecting the Kingdom's independence, sovereignty and territorial integrity, alongside national reconciliation and public order.",
    sources: src![PRINCIPLES_HELPLINELAW_CH4],
};

const ART_53: LegalBasis = LegalBasis {
    instrument: CONSTITUTION,
    article: 53,
    summary: "Sets a policy of permanent neutrality and non-alignment and of peaceful coexistence with neighbours and all countries; forbids aggression and interference in others' affairs, requires problems to be solved peacefully with regard for mutual interests, bars military alliances incompatible with neutrality and foreign military bases (save at the UN's request), and keeps the right to receive military aid for self-defence and public order.",
    sources: src![PRINCIPLES_HELPLINELAW_CH4, PRINCIPLES_WIKISOURCE_FR],
};

const ART_54: LegalBasis = LegalBasis {
    instrument: CONSTITUTION,
    article: 54,
    summary: "Strictly forbids producing, using or stockpiling nuclear, chemical or biological weapons.",
    sources: src![PRINCIPLES_WIKISOURCE_FR, PRINCIPLES_HELPLINELAW_CH4],
};

const ART_55: LegalBasis = LegalBasis {
    instrument: CONSTITUTION,
    article: 55,
    summary: "Named by IRIC as the constitutional ground on which the Royal Government protects the Kingdom's independence, sovereignty, territorial integrity and neutrality; the article's own wording was not found in the copies of the Constitution searched, so its content is not restated here.",
    sources: src![SEED_IRIC],
};

// ---------------------------------------------------------------------------
// Principles, in the order of `Principle`
// ---------------------------------------------------------------------------

pub(crate) static PRINCIPLES: [PrincipleProfile; Principle::COUNT] = [
    PrincipleProfile {
        principle: Principle::Independence,
        name: "Independence",
        description: "Cambodia decides its own course at home and abroad, in politics, the economy, trade, investment and above all security and defence. Its friendships abroad are to be widened in the spirit of national independence, and protecting that independence is the first of the ministry's five tasks.",
        legal_basis: &[ART_1, ART_52, ART_55],
        sources: src![
            SEED_IRIC,
            SEED_MFAIC_EN,
            SEED_MFAIC_FR,
            SEED_OCCASIONAL_DIGEST
        ],
    },
    PrincipleProfile {
        principle: Principle::Sovereignty,
        name: "Sovereignty",
        description: "Cambodia exercises its sovereign rights and chooses the course it judges best for its core interests, in line with the Constitution. It asks other states to respect its sovereignty as it respects theirs, and values ASEAN as a shield for it.",
        legal_basis: &[ART_1, ART_52, ART_55],
        sources: src![
            SEED_IRIC,
            SEED_MFAIC_EN,
            SEED_MFAIC_FR,
            SEED_OCCASIONAL_DIGEST
        ],
    },
    PrincipleProfile {
        principle: Principle::TerritorialIntegrity,
        name: "Territorial integrity",
        description: "The government undertakes to defend the Kingdom's territory and to settle border questions with its neighbours by negotiation rather than force. Cambodia expects its own borders to be respected and upholds the same rule for others, as in its UN vote of October 2022 against the annexation of four Ukrainian regions.",
        legal_basis: &[ART_2, ART_52, ART_55],
        sources: src![
            SEED_IRIC,
            SEED_MFAIC_EN,
            SEED_MFAIC_FR,
            SEED_OCCASIONAL_DIGEST
        ],
    },
    PrincipleProfile {
        principle: Principle::PermanentNeutrality,
        name: "Permanent neutrality",
        description: "Cambodia keeps a neutrality that is meant to be permanent: it joins no military alliance at odds with that status and hosts no foreign bases. Neutrality is among the things the government has pledged to protect together with independence and sovereignty.",
        legal_basis: &[ART_1, ART_53, ART_55],
        sources: src![SEED_IRIC, SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PrincipleProfile {
        principle: Principle::NonAlignment,
        name: "Non-alignment",
        description: "Cambodia does not line up with any power bloc and seeks good relations with all countries whatever their political system. Its ties with the wider world are to follow the principles of the Non-Aligned Movement.",
        legal_basis: &[ART_1, ART_53],
        sources: src![SEED_IRIC, SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PrincipleProfile {
        principle: Principle::PeacefulCoexistence,
        name: "Peaceful coexistence",
        description: "Cambodia seeks to live in peace with its neighbours and with every other country. The government treats peaceful coexistence as the foundation of peace, stability and security in the region and the world.",
        legal_basis: &[ART_53],
        sources: src![SEED_IRIC, SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PrincipleProfile {
        principle: Principle::NonInterference,
        name: "Non-interference in internal affairs",
        description: "Cambodia does not meddle in other states' internal affairs and expects the same restraint from them. Within ASEAN it is one of the two basic rules, with consensus, that Cambodia upholds.",
        legal_basis: &[ART_53],
        sources: src![
            SEED_IRIC,
            SEED_MFAIC_EN,
            SEED_MFAIC_FR,
            SEED_OCCASIONAL_DIGEST
        ],
    },
    PrincipleProfile {
        principle: Principle::Equality,
        name: "Equality among states",
        description: "Cambodia deals with other countries as equals, whatever their political ideology, and builds cooperation on that basis. The equality of states is also a value of the ASEAN Treaty of Amity and Cooperation that it supports.",
        legal_basis: &[],
        sources: src![SEED_IRIC, SEED_OCCASIONAL_DIGEST],
    },
    PrincipleProfile {
        principle: Principle::MutualRespect,
        name: "Mutual respect",
        description: "Cambodia's relations rest on each side respecting the other's independence, sovereignty and territorial integrity. The same mutual respect is written into the ASEAN Treaty of Amity and Cooperation.",
        legal_basis: &[],
        sources: src![SEED_IRIC, SEED_OCCASIONAL_DIGEST],
    },
    PrincipleProfile {
        principle: Principle::MutualBenefit,
        name: "Mutual benefit",
        description: "Cooperation is meant to serve both partners, advancing each country's economy, technology and science. Cambodia welcomes regional initiatives that are mutually beneficial and complementary.",
        legal_basis: &[],
        sources: src![SEED_IRIC, SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PrincipleProfile {
        principle: Principle::PeacefulSettlementOfDisputes,
        name: "Peaceful settlement of disputes",
        description: "Disputes, in the region or within a country, are to be resolved by peaceful means, and the use of force to settle problems is ruled out. This applies above all to border questions with neighbours, which are to be negotiated.",
        legal_basis: &[ART_53],
        sources: src![SEED_IRIC, SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PrincipleProfile {
        principle: Principle::InternationalLawAndUnCharter,
        name: "International law and the Charter of the United Nations",
        description: "Cambodia acts in accordance with the UN Charter and international law, which it presents as the basis of a rules-based order. It cites this commitment in its votes at the UN and in the conduct of its peacekeepers.",
        legal_basis: &[ART_31],
        sources: src![SEED_IRIC, SEED_OCCASIONAL_DIGEST, SEED_MFAIC_EN],
    },
    PrincipleProfile {
        principle: Principle::Disarmament,
        name: "Disarmament and non-proliferation",
        description: "The government opposes arms races and military uses of outer space and supports the reduction of all weapons. It backs non-proliferation of nuclear, chemical and biological weapons and an end to making, trading and using landmines.",
        legal_basis: &[ART_54],
        sources: src![SEED_IRIC],
    },
    PrincipleProfile {
        principle: Principle::Consensus,
        name: "Consensus in decision-making",
        description: "Within ASEAN, Cambodia holds that every decision should be reached by consensus. It names this, with non-interference, as one of the two basic rules guiding its work through ASEAN with outside partners.",
        legal_basis: &[],
        sources: src![SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PrincipleProfile {
        principle: Principle::Multilateralism,
        name: "Multilateralism and a rules-based order",
        description: "Cambodia supports multilateral institutions in running world affairs and joins global efforts against threats to peace, security and sustainable development. It contributes troops to UN peacekeeping and seeks to make regional initiatives work together.",
        legal_basis: &[],
        sources: src![SEED_MFAIC_EN, SEED_MFAIC_FR, SEED_OCCASIONAL_DIGEST],
    },
];

// ---------------------------------------------------------------------------
// The five main tasks (MFAIC), in the order of `PolicyTask`
// ---------------------------------------------------------------------------

pub(crate) static POLICY_TASKS: [PolicyTaskProfile; PolicyTask::COUNT] = [
    PolicyTaskProfile {
        task: PolicyTask::ProtectSovereigntyAndPeace,
        number: 1,
        title: "Protect independence, sovereignty, territorial integrity and neutrality; keep peace, security and social unity",
        title_fr: "Protéger l'indépendance nationale, la souveraineté, l'intégrité territoriale et la neutralité ; maintenir la paix, la sécurité, la stabilité, l'ordre et l'unité sociale",
        description: "Cambodia decides for itself in every field, from politics and trade to security and defence, guided by its permanent neutrality and non-alignment, by coexisting peacefully with all, by settling disputes without force and by seeking benefit for both sides. The task also covers defending territory and core interests under the Constitution and looking after Cambodians abroad.",
        goals: &[
            Goal {
                text: "Keep decision-making independent in domestic and foreign policy, including security and defence.",
                target_year: None,
            },
            Goal {
                text: "Safeguard territorial integrity and core national interests as the Constitution provides.",
                target_year: None,
            },
            Goal {
                text: "Protect the rights of Cambodians overseas and work with host authorities to support Cambodian migrant workers.",
                target_year: None,
            },
        ],
        sources: src![SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PolicyTaskProfile {
        task: PolicyTask::FosterFriendship,
        number: 2,
        title: "Widen friendship abroad in the spirit of national independence",
        title_fr: "Se faire plus d'amis à l'étranger dans l'esprit de l'indépendance nationale",
        description: "Cambodia deepens its existing friendships and partnerships, revives ties with old friends and makes new ones in regions where it has been less present. Through a united, people-centred ASEAN it also builds relations with outside partners, under consensus and non-interference.",
        goals: &[
            Goal {
                text: "Strengthen existing friendly relations, cooperation and partnerships.",
                target_year: None,
            },
            Goal {
                text: "Restore cooperation with old friends and build new relations, notably in Eastern and Central Europe, Central Asia, Africa, the Middle East and Latin America.",
                target_year: None,
            },
            Goal {
                text: "Help build a people-centred ASEAN Community and keep ASEAN united and central.",
                target_year: None,
            },
        ],
        sources: src![SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PolicyTaskProfile {
        task: PolicyTask::EconomicDiplomacy,
        number: 3,
        title: "Promote economic diplomacy",
        title_fr: "Promouvoir la diplomatie économique",
        description: "Diplomacy shifts its focus to the economy, culture and tourism in support of the government's income targets: drawing in and diversifying investment, opening export markets, attracting visitors and promoting Cambodian culture. Cambodia keeps to open trade through the WTO, took part in concluding RCEP and pursues further free trade agreements.",
        goals: &[
            Goal {
                text: "Help Cambodia become an upper-middle-income country (the English page says high-middle income).",
                target_year: Some(2030),
            },
            Goal {
                text: "Help Cambodia become a high-income country.",
                target_year: Some(2050),
            },
            Goal {
                text: "Attract and diversify foreign investment, widen export markets for Cambodian products and draw more tourists.",
                target_year: None,
            },
            Goal {
                text: "Conclude more free-trade deals; South Korea and the Eurasian Economic Union are the partners named.",
                target_year: None,
            },
        ],
        sources: src![SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PolicyTaskProfile {
        task: PolicyTask::Multilateralism,
        number: 4,
        title: "Support and strengthen multilateralism",
        title_fr: "Continuer d'appuyer et de renforcer le multilatéralisme",
        description: "Cambodia takes part in global efforts against threats to peace, security, the rules-based order and sustainable development, notably by sending troops to UN peacekeeping missions. It welcomes regional initiatives that are mutually beneficial and wants them to complement one another.",
        goals: &[
            Goal {
                text: "Keep contributing forces to UN peacekeeping missions, acting professionally and within international law.",
                target_year: None,
            },
            Goal {
                text: "Make regional schemes work together rather than compete: China's Belt and Road, the Indo-Pacific strategies and the Mekong frameworks.",
                target_year: None,
            },
        ],
        sources: src![SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
    PolicyTaskProfile {
        task: PolicyTask::DiplomaticCapacity,
        number: 5,
        title: "Build the quality, efficiency and capacity of Cambodian diplomats",
        title_fr: "Améliorer la qualité, l'efficacité et les capacités des diplomates cambodgiens",
        description: "The ministry overhauls its facilities and its ways of working so that Cambodia's diplomats are skilled, committed and effective. It invests in training through the National Institute of Diplomacy and International Relations and welcomes foreign help with scholarships, study tours and courses.",
        goals: &[
            Goal {
                text: "Prepare a professional, patriotic, active and capable diplomatic corps through internal reform.",
                target_year: None,
            },
            Goal {
                text: "Give the National Institute of Diplomacy and International Relations (NIDIR) a larger part in training diplomats.",
                target_year: None,
            },
            Goal {
                text: "Develop human resources with foreign partners through scholarships, study tours, exchanges and training courses.",
                target_year: None,
            },
        ],
        sources: src![SEED_MFAIC_EN, SEED_MFAIC_FR],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &PRINCIPLES_CONTEXT_CONSTITUTION,
    &PRINCIPLES_ICJ_CONSTITUTION,
    &PRINCIPLES_HELPLINELAW_CH3,
    &PRINCIPLES_HELPLINELAW_CH4,
    &PRINCIPLES_WIKISOURCE_FR,
];
