//! The pack format as written: serde structs for `pack.toml` and scenario files.
//!
//! Every struct denies unknown fields, every string is a checked [`Text`], and every
//! name that refers to something else keeps its source span, so the validator can point
//! at it. Nothing here knows what the names mean; `validate.rs` does.

use super::text::Text;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// A string with its position in the file.
pub type Str = Spanned<Text>;
/// A map from names (actors, resources) to numbers, with positions.
pub type NameMap<T> = BTreeMap<Spanned<String>, Spanned<T>>;

/// `pack.toml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The pack's id: lowercase letters, digits, `-` and `_`.
    #[schemars(with = "String")]
    pub id: Str,
    /// The pack's version, for saves (`1.0.0`).
    #[schemars(with = "String")]
    pub version: Str,
    /// The pack-format version the pack targets.
    #[schemars(with = "u32")]
    pub format: Spanned<u32>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub authors: Vec<Text>,
    /// The languages the pack ships; `en-US` is required.
    #[schemars(with = "Vec<String>")]
    pub locales: Vec<Str>,
    /// Packs this one extends or uses.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub depends: Vec<Str>,
    /// Scenario files, relative to the pack; by default every `.toml` under `scenarios/`.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub files: Option<Vec<Str>>,
}

/// One scenario file. A scenario may be split over several files, in one or more packs;
/// exactly one of them has the `[setup]` table.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// The scenario this file belongs to.
    #[schemars(with = "String")]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    /// The first turn's date, `YYYY-MM-DD`.
    #[schemars(with = "String")]
    pub start: Str,
    /// Days per turn.
    #[schemars(with = "u16")]
    pub turn_days: Spanned<u16>,
    /// The last turn: the deadline.
    #[schemars(with = "u16")]
    pub turns: Spanned<u16>,
    /// Per-turn budget resources, such as `time` and `capital`.
    #[schemars(with = "Vec<String>")]
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
    #[schemars(with = "Option<TrustRules>")]
    pub trust: Option<Spanned<TrustRules>>,
    /// Tags of this scenario besides the structural factors.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
    #[schemars(with = "Option<String>")]
    pub default_difficulty: Option<Str>,
}

fn one() -> u8 {
    1
}

/// Bounds and starting value of trust between actors.
#[derive(Debug, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    #[schemars(with = "String")]
    pub id: Str,
    /// Trust from this actor toward others, where it differs from the default.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub trust: NameMap<i32>,
    /// Makes the actor a signatory: when it accepts a proposal (a red line is always no).
    #[schemars(with = "Option<String>")]
    pub accept: Option<Str>,
    #[serde(default)]
    pub reaction: Vec<Reaction>,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum On {
    Turn,
    Proposal,
    Signed,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    #[schemars(with = "String")]
    pub id: Str,
    pub on: On,
    #[schemars(with = "Option<String>")]
    pub when: Option<Str>,
    /// Percent chance when the condition holds.
    #[serde(default = "always")]
    #[schemars(with = "u8")]
    pub chance: Spanned<u8>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub once: bool,
    #[serde(default)]
    pub cooldown: u16,
    /// Also when the player plays this actor.
    #[serde(default)]
    pub always: bool,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
}

fn always() -> Spanned<u8> {
    Spanned::new(0..0, 100)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meter {
    #[schemars(with = "String")]
    pub id: Str,
    #[serde(default)]
    pub min: i32,
    #[serde(default = "hundred")]
    pub max: i32,
    #[schemars(with = "Option<i32>")]
    pub start: Option<Spanned<i32>>,
    /// A count that only grows (casualties, units announced).
    #[serde(default)]
    pub grow_only: bool,
    #[serde(default)]
    pub hidden: bool,
    /// Makes it an actor meter, shown for these actors.
    #[schemars(with = "Option<Vec<String>>")]
    pub actors: Option<Vec<Str>>,
    /// Per-actor starting values of an actor meter.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub start_by_actor: NameMap<i32>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Named {
    #[schemars(with = "String")]
    pub id: Str,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counter {
    #[schemars(with = "String")]
    pub id: Str,
    #[serde(default)]
    pub start: i32,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    #[schemars(with = "String")]
    pub id: Str,
    /// How much each actor cares about this issue (default 1).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub weight: NameMap<i32>,
    pub option: Vec<IssueOption>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueOption {
    #[schemars(with = "String")]
    pub id: Str,
    /// Acceptability per actor, −100 to 100 (default 0).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub accept: NameMap<i32>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub red_line: Vec<Str>,
    pub ambiguous: Option<Ambiguous>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ambiguous {
    #[schemars(with = "i32")]
    pub bonus: Spanned<i32>,
    #[schemars(with = "i32")]
    pub risk: Spanned<i32>,
    /// The vague wording's own red lines, when they differ from the option's.
    #[schemars(with = "Option<Vec<String>>")]
    pub red_line: Option<Vec<Str>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    #[schemars(with = "String")]
    pub id: Str,
    #[schemars(with = "String")]
    pub actor: Str,
    #[schemars(with = "BTreeMap<String, i32>")]
    pub budget: NameMap<i32>,
    #[schemars(with = "Vec<String>")]
    pub actions: Vec<Str>,
    #[schemars(with = "Option<String>")]
    pub score: Option<Str>,
    #[serde(default)]
    pub objective: Vec<Objective>,
    #[serde(default)]
    pub view: View,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    #[schemars(with = "String")]
    pub id: Str,
    #[schemars(with = "String")]
    pub condition: Str,
}

#[derive(Debug, Deserialize, JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Meters the role sees; by default every meter that is not hidden.
    #[schemars(with = "Option<Vec<String>>")]
    pub meters: Option<Vec<Str>>,
    /// Actors whose red lines the role sees (always its own); `"*"` for all.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub red_lines: Vec<Str>,
    #[serde(default)]
    pub support: SupportView,
}

#[derive(Debug, Deserialize, JsonSchema, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum SupportView {
    Exact,
    #[default]
    Estimate,
    Own,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Trigger {
    Scripted,
    Triggered,
    Random,
    Followup,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    #[schemars(with = "String")]
    pub id: Str,
    #[schemars(with = "Trigger")]
    pub trigger: Spanned<Trigger>,
    /// Scripted: the turn it fires on (1-based) …
    #[schemars(with = "Option<u16>")]
    pub turn: Option<Spanned<u16>>,
    /// … or the date it falls in.
    #[schemars(with = "Option<String>")]
    pub date: Option<Str>,
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    /// Random: the draw weight.
    #[schemars(with = "Option<i32>")]
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
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub followups: Vec<Followup>,
    /// Roles offered the choice; for other roles the options are resolved by weight.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub choice: Vec<Str>,
    /// The actor who decides when the player does not.
    #[schemars(with = "Option<String>")]
    pub resolver: Option<Str>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
    /// Where the facts come from; an event with a source needs a `.history` note.
    #[schemars(with = "Option<String>")]
    pub source: Option<Str>,
    #[serde(default)]
    pub option: Vec<EventOption>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventOption {
    #[schemars(with = "String")]
    pub id: Str,
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub followups: Vec<Followup>,
    #[serde(default = "weight_one")]
    #[schemars(with = "i32")]
    pub weight: Spanned<i32>,
    #[serde(default)]
    pub weight_mods: Vec<WeightMod>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
}

fn weight_one() -> Spanned<i32> {
    Spanned::new(0..0, 1)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeightMod {
    #[schemars(with = "String")]
    pub when: Str,
    #[serde(default = "percent")]
    pub percent: i32,
    #[serde(default)]
    pub add: i32,
}

fn percent() -> i32 {
    100
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Followup {
    #[schemars(with = "String")]
    pub event: Str,
    #[serde(default)]
    pub delay: u16,
    #[serde(default = "always")]
    #[schemars(with = "u8")]
    pub chance: Spanned<u8>,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ActionKind {
    #[default]
    Plain,
    Draft,
    Propose,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    #[default]
    None,
    Actor,
    Issue,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    #[schemars(with = "String")]
    pub id: Str,
    #[schemars(with = "Option<ActionKind>")]
    pub kind: Option<Spanned<ActionKind>>,
    #[schemars(with = "Option<TargetKind>")]
    pub target: Option<Spanned<TargetKind>>,
    /// Allowed actor targets; by default every actor but the role's own.
    #[schemars(with = "Option<Vec<String>>")]
    pub targets: Option<Vec<Str>>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub cost: NameMap<i32>,
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    #[serde(default)]
    pub followups: Vec<Followup>,
    #[serde(default)]
    pub per_turn: u8,
    #[serde(default)]
    pub cooldown: u16,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Success,
    Partial,
    Failure,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    #[schemars(with = "String")]
    pub id: Str,
    pub tier: Tier,
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    #[serde(default)]
    pub at_deadline: bool,
    #[serde(default)]
    pub score: i32,
    #[serde(default)]
    pub priority: i32,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
    /// Accounts of the ending, chosen by what happened in the game: the first whose
    /// condition holds is told.
    #[serde(default)]
    pub variant: Vec<EndingVariant>,
}

/// One account of an ending, told when its condition holds (the last may have none).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EndingVariant {
    #[schemars(with = "String")]
    pub id: Str,
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Difficulty {
    #[schemars(with = "String")]
    pub id: Str,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
}

/// A start point: a week a lesson may begin from, with the choices that steer the weeks the
/// computer plays before it (`event = "option"`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Start {
    #[schemars(with = "String")]
    pub id: Str,
    #[schemars(with = "u16")]
    pub week: Spanned<u16>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub choose: NameMap<Text>,
}

/// A discussion question for the debrief (`[[question]]`): its words are the message
/// `question-<id>`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    #[schemars(with = "String")]
    pub id: Str,
    /// The structural factor it is about (one of the factor tags).
    #[schemars(with = "String")]
    pub factor: Str,
    /// Asked only of games that end in this ending.
    #[schemars(with = "Option<String>")]
    pub ending: Option<Str>,
    /// Asked only of this chair's games.
    #[schemars(with = "Option<String>")]
    pub role: Option<Str>,
}
