//! The pack format as written: serde structs for `pack.toml` and scenario files.
//!
//! Every struct denies unknown fields, every string is a checked [`Text`], and every
//! name that refers to something else keeps its source span, so the validator can point
//! at it. Nothing here knows what the names mean; `validate.rs` does.

use super::text::Text;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// A string with its position in the file.
pub type Str = Spanned<Text>;
/// A map from names (actors, resources) to numbers, with positions.
pub type NameMap<T> = BTreeMap<Spanned<String>, Spanned<T>>;

/// `pack.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The pack's id: lowercase letters, digits, `-` and `_`.
    pub id: Str,
    /// The pack's version, for saves (`1.0.0`).
    pub version: Str,
    /// The pack-format version the pack targets.
    pub format: Spanned<u32>,
    #[serde(default)]
    pub authors: Vec<Text>,
    /// The languages the pack ships; `en-US` is required.
    pub locales: Vec<Str>,
    /// Packs this one extends or uses.
    #[serde(default)]
    pub depends: Vec<Str>,
    /// Scenario files, relative to the pack; by default every `.toml` under `scenarios/`.
    #[serde(default)]
    pub files: Option<Vec<Str>>,
}

/// One scenario file. A scenario may be split over several files, in one or more packs;
/// exactly one of them has the `[setup]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// The scenario this file belongs to.
    pub scenario: Str,
    pub setup: Option<Setup>,
    #[serde(default)]
    pub actor: Vec<Actor>,
    #[serde(default)]
    pub meter: Vec<Meter>,
    #[serde(default)]
    pub flag: Vec<Named>,
    #[serde(default)]
    pub counter: Vec<Counter>,
    #[serde(default)]
    pub issue: Vec<Issue>,
    #[serde(default)]
    pub role: Vec<Role>,
    #[serde(default)]
    pub event: Vec<Event>,
    #[serde(default)]
    pub action: Vec<Action>,
    #[serde(default)]
    pub ending: Vec<Ending>,
    #[serde(default)]
    pub difficulty: Vec<Difficulty>,
    /// Start points: weeks a lesson may begin from.
    #[serde(default)]
    pub start: Vec<Start>,
    #[serde(default)]
    pub question: Vec<Question>,
}

/// The calendar and the scenario-wide rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    /// The first turn's date, `YYYY-MM-DD`.
    pub start: Str,
    /// Days per turn.
    pub turn_days: Spanned<u16>,
    /// The last turn: the deadline.
    pub turns: Spanned<u16>,
    /// Per-turn budget resources, such as `time` and `capital`.
    pub resources: Vec<Str>,
    /// Random draws each turn.
    #[serde(default = "one")]
    pub draws: u8,
    /// The weight of "nothing happens" in a random draw.
    #[serde(default)]
    pub nothing: i32,
    #[serde(default)]
    pub nothing_mods: Vec<WeightMod>,
    /// Where it is written, for diagnostics; [`TrustRules::default`] when it is not.
    pub trust: Option<Spanned<TrustRules>>,
    /// Tags of this scenario besides the structural factors.
    #[serde(default)]
    pub tags: Vec<Str>,
    pub default_difficulty: Option<Str>,
}

fn one() -> u8 {
    1
}

/// Bounds and starting value of trust between actors.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustRules {
    #[serde(default)]
    pub min: i32,
    #[serde(default = "hundred")]
    pub max: i32,
    #[serde(default = "fifty")]
    pub start: i32,
}

impl Default for TrustRules {
    fn default() -> Self {
        TrustRules { min: 0, max: 100, start: 50 }
    }
}

fn hundred() -> i32 {
    100
}

fn fifty() -> i32 {
    50
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Str,
    /// Trust from this actor toward others, where it differs from the default.
    #[serde(default)]
    pub trust: NameMap<i32>,
    /// Makes the actor a signatory: when it accepts a proposal (a red line is always no).
    pub accept: Option<Str>,
    #[serde(default)]
    pub reaction: Vec<Reaction>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum On {
    Turn,
    Proposal,
    Signed,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    pub id: Str,
    pub on: On,
    pub when: Option<Str>,
    /// Percent chance when the condition holds.
    #[serde(default = "always")]
    pub chance: Spanned<u8>,
    #[serde(default)]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub once: bool,
    #[serde(default)]
    pub cooldown: u16,
    /// Also when the player plays this actor.
    #[serde(default)]
    pub always: bool,
    #[serde(default)]
    pub tags: Vec<Str>,
}

fn always() -> Spanned<u8> {
    Spanned::new(0..0, 100)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meter {
    pub id: Str,
    #[serde(default)]
    pub min: i32,
    #[serde(default = "hundred")]
    pub max: i32,
    pub start: Option<Spanned<i32>>,
    /// A count that only grows (casualties, units announced).
    #[serde(default)]
    pub grow_only: bool,
    #[serde(default)]
    pub hidden: bool,
    /// Makes it an actor meter, shown for these actors.
    pub actors: Option<Vec<Str>>,
    /// Per-actor starting values of an actor meter.
    #[serde(default)]
    pub start_by_actor: NameMap<i32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: Str,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counter {
    pub id: Str,
    #[serde(default)]
    pub start: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: Str,
    /// How much each actor cares about this issue (default 1).
    #[serde(default)]
    pub weight: NameMap<i32>,
    pub option: Vec<IssueOption>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueOption {
    pub id: Str,
    /// Acceptability per actor, −100 to 100 (default 0).
    #[serde(default)]
    pub accept: NameMap<i32>,
    #[serde(default)]
    pub red_line: Vec<Str>,
    pub ambiguous: Option<Ambiguous>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ambiguous {
    pub bonus: Spanned<i32>,
    pub risk: Spanned<i32>,
    /// The vague wording's own red lines, when they differ from the option's.
    pub red_line: Option<Vec<Str>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: Str,
    pub actor: Str,
    pub budget: NameMap<i32>,
    pub actions: Vec<Str>,
    pub score: Option<Str>,
    #[serde(default)]
    pub objective: Vec<Objective>,
    #[serde(default)]
    pub view: View,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: Str,
    pub condition: Str,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Meters the role sees; by default every meter that is not hidden.
    pub meters: Option<Vec<Str>>,
    /// Actors whose red lines the role sees (always its own); `"*"` for all.
    #[serde(default)]
    pub red_lines: Vec<Str>,
    #[serde(default)]
    pub support: SupportView,
}

#[derive(Debug, Deserialize, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum SupportView {
    Exact,
    #[default]
    Estimate,
    Own,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Trigger {
    Scripted,
    Triggered,
    Random,
    Followup,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Str,
    pub trigger: Spanned<Trigger>,
    /// Scripted: the turn it fires on (1-based) …
    pub turn: Option<Spanned<u16>>,
    /// … or the date it falls in.
    pub date: Option<Str>,
    pub condition: Option<Str>,
    /// Random: the draw weight.
    pub weight: Option<Spanned<i32>>,
    #[serde(default)]
    pub weight_mods: Vec<WeightMod>,
    #[serde(default)]
    pub once: bool,
    #[serde(default)]
    pub cooldown: u16,
    #[serde(default)]
    pub priority: i32,
    #[serde(default)]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub followups: Vec<Followup>,
    /// Roles offered the choice; for other roles the options are resolved by weight.
    #[serde(default)]
    pub choice: Vec<Str>,
    /// The actor who decides when the player does not.
    pub resolver: Option<Str>,
    #[serde(default)]
    pub tags: Vec<Str>,
    /// Where the facts come from; an event with a source needs a `.history` note.
    pub source: Option<Str>,
    #[serde(default)]
    pub option: Vec<EventOption>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventOption {
    pub id: Str,
    pub condition: Option<Str>,
    #[serde(default)]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub followups: Vec<Followup>,
    #[serde(default = "weight_one")]
    pub weight: Spanned<i32>,
    #[serde(default)]
    pub weight_mods: Vec<WeightMod>,
    #[serde(default)]
    pub tags: Vec<Str>,
}

fn weight_one() -> Spanned<i32> {
    Spanned::new(0..0, 1)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeightMod {
    pub when: Str,
    #[serde(default = "percent")]
    pub percent: i32,
    #[serde(default)]
    pub add: i32,
}

fn percent() -> i32 {
    100
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Followup {
    pub event: Str,
    #[serde(default)]
    pub delay: u16,
    #[serde(default = "always")]
    pub chance: Spanned<u8>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ActionKind {
    #[default]
    Plain,
    Draft,
    Propose,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    #[default]
    None,
    Actor,
    Issue,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Str,
    pub kind: Option<Spanned<ActionKind>>,
    pub target: Option<Spanned<TargetKind>>,
    /// Allowed actor targets; by default every actor but the role's own.
    pub targets: Option<Vec<Str>>,
    #[serde(default)]
    pub cost: NameMap<i32>,
    pub condition: Option<Str>,
    #[serde(default)]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub followups: Vec<Followup>,
    #[serde(default)]
    pub per_turn: u8,
    #[serde(default)]
    pub cooldown: u16,
    #[serde(default)]
    pub tags: Vec<Str>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Success,
    Partial,
    Failure,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub id: Str,
    pub tier: Tier,
    pub condition: Option<Str>,
    #[serde(default)]
    pub at_deadline: bool,
    #[serde(default)]
    pub score: i32,
    #[serde(default)]
    pub priority: i32,
    #[serde(default)]
    pub tags: Vec<Str>,
    /// Accounts of the ending, chosen by what happened in the game: the first whose
    /// condition holds is told.
    #[serde(default)]
    pub variant: Vec<EndingVariant>,
}

/// One account of an ending, told when its condition holds (the last may have none).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndingVariant {
    pub id: Str,
    pub condition: Option<Str>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Difficulty {
    pub id: Str,
    #[serde(default)]
    pub effects: Vec<Str>,
}

/// A start point: a week a lesson may begin from, with the choices that steer the weeks the
/// computer plays before it (`event = "option"`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    pub id: Str,
    pub week: Spanned<u16>,
    #[serde(default)]
    pub choose: NameMap<Text>,
}

/// A discussion question for the debrief (`[[question]]`): its words are the message
/// `question-<id>`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Str,
    /// The structural factor it is about (one of the factor tags).
    pub factor: Str,
    /// Asked only of games that end in this ending.
    pub ending: Option<Str>,
    /// Asked only of this chair's games.
    pub role: Option<Str>,
}
