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

/// The manifest, `pack.toml`: what a pack is, which languages it ships and which packs it
/// builds on. Its display name is the Fluent message `pack-<id>`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The pack's id: lowercase letters, digits, `-` and `_` (`back-channel`).
    #[schemars(with = "String")]
    pub id: Str,
    /// The pack's own version (`1.0.0`); saves record it.
    #[schemars(with = "String")]
    pub version: Str,
    /// The pack-format version the pack targets: `1`.
    #[schemars(with = "u32")]
    pub format: Spanned<u32>,
    /// The authors' names.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub authors: Vec<Text>,
    /// The languages the pack ships, such as `en-US`, `ar`, `he`, `fr`; `en-US` is
    /// required.
    #[schemars(with = "Vec<String>")]
    pub locales: Vec<Str>,
    /// Ids of the packs this one extends or uses.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub depends: Vec<Str>,
    /// The scenario files to read, in this order, relative to the pack folder (no `..`, no
    /// absolute path). Without it, every `.toml` under `scenarios/` is read, sorted by
    /// path.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub files: Option<Vec<Str>>,
}

/// A scenario file. It names its scenario first; a scenario may be split over several
/// files, in one or more packs, and exactly one of them has the `[setup]` table.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// The id of the scenario this file belongs to; it must come before the first table.
    #[schemars(with = "String")]
    pub scenario: Str,
    /// The calendar and the scenario-wide rules: in exactly one file of the scenario.
    pub setup: Option<Setup>,
    /// The parties: governments, authorities, armed groups, publics, mediating states,
    /// coalition partners.
    #[serde(default)]
    pub actor: Vec<Actor>,
    /// Named, bounded numbers shown with their trend; an actor meter has one value per
    /// actor.
    #[serde(default)]
    pub meter: Vec<Meter>,
    /// True/false story state; flags start false and change only through effects.
    #[serde(default)]
    pub flag: Vec<Named>,
    /// Unbounded whole numbers for story state, never shown.
    #[serde(default)]
    pub counter: Vec<Counter>,
    /// The topics of the negotiation, each with its options (positions).
    #[serde(default)]
    pub issue: Vec<Issue>,
    /// The playable chairs, each tied to an actor.
    #[serde(default)]
    pub role: Vec<Role>,
    /// What happens to the player: scripted, triggered, random or follow-up events.
    #[serde(default)]
    pub event: Vec<Event>,
    /// What a role can do on its turn.
    #[serde(default)]
    pub action: Vec<Action>,
    /// How the game can end; checked at the end of every turn, by priority.
    #[serde(default)]
    pub ending: Vec<Ending>,
    /// Difficulties: effects applied once, before turn 1.
    #[serde(default)]
    pub difficulty: Vec<Difficulty>,
    /// Start points: weeks a lesson may begin from.
    #[serde(default)]
    pub start: Vec<Start>,
    /// Discussion questions for the debrief.
    #[serde(default)]
    pub question: Vec<Question>,
    /// What a chair's actor drafts and puts to the parties when no player sits in it.
    #[serde(default)]
    pub drafter: Vec<Drafter>,
}

/// `[setup]`: the calendar and the scenario-wide rules.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    /// The date of turn 1, `YYYY-MM-DD`; turn N begins `start + (N - 1) * turn_days`.
    #[schemars(with = "String", regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub start: Str,
    /// Days per turn (7: each turn is a week).
    #[schemars(with = "u16")]
    pub turn_days: Spanned<u16>,
    /// The number of the last turn: the deadline, where the game always ends.
    #[schemars(with = "u16")]
    pub turns: Spanned<u16>,
    /// The kinds of per-turn budget that roles spend on actions, such as `time` and
    /// `capital`.
    #[schemars(with = "Vec<String>")]
    pub resources: Vec<Str>,
    /// How many random-event draws each turn.
    #[serde(default = "one")]
    pub draws: u8,
    /// The weight of "nothing happens" in each random draw.
    #[serde(default)]
    pub nothing: i32,
    /// Weight modifiers for `nothing`.
    #[serde(default)]
    pub nothing_mods: Vec<WeightMod>,
    /// The bounds and default starting value of all trust (0 / 100 / 50 when left out).
    #[schemars(with = "Option<TrustRules>")]
    pub trust: Option<Spanned<TrustRules>>,
    /// Custom tags besides the ten structural factors; each needs a `tag-<id>` message.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
    /// The difficulty used when the player picks none.
    #[schemars(with = "Option<String>")]
    pub default_difficulty: Option<Str>,
}

fn one() -> u8 {
    1
}

/// Bounds and default starting value of trust between actors.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrustRules {
    /// The lowest trust; effects that push it lower stop here.
    #[serde(default)]
    pub min: i32,
    /// The highest trust; effects that push it higher stop here.
    #[serde(default = "hundred")]
    pub max: i32,
    /// The trust every pair of actors starts with unless an actor's `trust` table says
    /// otherwise.
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

/// `[[actor]]`: a party. With an `accept` condition it is a signatory.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// The actor's id, its name in expressions.
    #[schemars(with = "String")]
    pub id: Str,
    /// This actor's starting trust toward others, by actor id, where it differs from
    /// `setup.trust.start`. Trust is directional.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub trust: NameMap<i32>,
    /// Makes the actor a signatory: the condition under which it accepts a proposal (`self`
    /// is this actor). It never accepts across its own red line.
    #[schemars(with = "Option<String>")]
    pub accept: Option<Str>,
    /// Makes a signatory conditional: its assent is required only when this condition holds
    /// as a proposal is put (`self` is this actor); otherwise the proposal is signed without
    /// it. Needs `accept`.
    #[schemars(with = "Option<String>")]
    pub signs_when: Option<Str>,
    /// The actor's reaction table: rules with a moment, a condition, a chance and effects.
    #[serde(default)]
    pub reaction: Vec<Reaction>,
}

/// The moment a reaction is considered. Values: `turn`: every turn, after the player ends
/// the turn (after flags expire, before endings); `proposal`: right after every proposal,
/// once every signatory has answered; `signed`: right after an agreement is signed.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum On {
    // Every turn, after the player ends the turn (after flags expire, before endings).
    Turn,
    // Right after every proposal, once every signatory has answered.
    Proposal,
    // Right after an agreement is signed.
    Signed,
}

/// `[[actor.reaction]]`: a rule the actor above follows. Its news line is the message
/// `reaction-<actor>-<id>`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    /// The reaction's id; its news line is `reaction-<actor>-<id>`.
    #[schemars(with = "String")]
    pub id: Str,
    /// When it is considered: `turn`, `proposal` or `signed`.
    pub on: On,
    /// The condition (default: always); `self` is this actor.
    #[schemars(with = "Option<String>")]
    pub when: Option<Str>,
    /// Percent chance, from 0 to 100, rolled when the condition holds.
    #[serde(default = "always")]
    #[schemars(with = "u8", range(max = 100))]
    pub chance: Spanned<u8>,
    /// Effects applied when it happens; `self` is this actor.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    /// Never again after it has happened once.
    #[serde(default)]
    pub once: bool,
    /// Turns before it can happen again.
    #[serde(default)]
    pub cooldown: u16,
    /// Also run when the player plays this actor (by default the player decides for it).
    #[serde(default)]
    pub always: bool,
    /// Tags counted when it happens.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
}

fn always() -> Spanned<u8> {
    Spanned::new(0..0, 100)
}

/// `[[meter]]`: a named, bounded number, shown with its trend.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meter {
    /// The meter's name in expressions; not one of the expression language's own names.
    #[schemars(with = "String")]
    pub id: Str,
    /// The lower bound; writes are clamped to it.
    #[serde(default)]
    pub min: i32,
    /// The upper bound; writes are clamped to it.
    #[serde(default = "hundred")]
    pub max: i32,
    /// The starting value; give it explicitly.
    #[schemars(with = "Option<i32>")]
    pub start: Option<Spanned<i32>>,
    /// A count that only grows (casualties, housing units announced): `-=` is an error and
    /// a write that would lower it leaves it unchanged.
    #[serde(default)]
    pub grow_only: bool,
    /// Not in any role's default view.
    #[serde(default)]
    pub hidden: bool,
    /// Makes it an actor meter, with one value for each of these actors
    /// (`public_support.palestine`).
    #[schemars(with = "Option<Vec<String>>")]
    pub actors: Option<Vec<Str>>,
    /// The starting values of an actor meter, by actor; the others get `start`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub start_by_actor: NameMap<i32>,
}

/// `[[flag]]`: true/false story state, false at the start.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Named {
    /// The flag's id: `flag.<id>` in expressions.
    #[schemars(with = "String")]
    pub id: Str,
}

/// `[[counter]]`: an unbounded whole number for story state, never shown.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counter {
    /// The counter's id: `counter.<id>` in expressions.
    #[schemars(with = "String")]
    pub id: Str,
    /// The starting value.
    #[serde(default)]
    pub start: i32,
}

/// `[[issue]]`: a topic of the negotiation, with its options.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    /// The issue's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// How much each actor cares about the issue, by actor id (default 1; 0 leaves it out
    /// of that actor's support).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub weight: NameMap<i32>,
    /// Issues that must be signed before this one, or signed with it: a wording on this
    /// issue can be drafted only while each of them is on the table or signed.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub requires: Vec<Str>,
    /// The options (positions) on this issue; the table holds at most one per issue.
    pub option: Vec<IssueOption>,
}

/// `[[issue.option]]`: one position on an issue.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueOption {
    /// The option's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// Acceptability per actor, from -100 (unthinkable) to 100 (ideal); 0 for an actor left
    /// out.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub accept: NameMap<i32>,
    /// Actors for whom this option is a red line: a signatory never accepts across its own.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub red_line: Vec<Str>,
    /// An ambiguous variant: vague wording, easier to sign now and riskier later.
    pub ambiguous: Option<Ambiguous>,
}

/// The ambiguous variant of an option: vague wording.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ambiguous {
    /// Added to every actor's acceptability of the option when the vague wording is
    /// drafted.
    #[schemars(with = "i32")]
    pub bonus: Spanned<i32>,
    /// Added to `ambiguity` when the vague wording is signed.
    #[schemars(with = "i32")]
    pub risk: Spanned<i32>,
    /// The vague wording's own red lines in place of the option's; `[]`: no one treats it
    /// as a red line.
    #[schemars(with = "Option<Vec<String>>")]
    pub red_line: Option<Vec<Str>>,
}

/// `[[role]]`: a playable chair tied to an actor.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role's id; `role.<id>` is true for the role being played.
    #[schemars(with = "String")]
    pub id: Str,
    /// The actor the role plays: `self` in its actions.
    #[schemars(with = "String")]
    pub actor: Str,
    /// Per-turn amount of each resource, refilled at the start of every turn; unspent
    /// budget is lost.
    #[schemars(with = "BTreeMap<String, i32>")]
    pub budget: NameMap<i32>,
    /// The ids of the actions this role may take.
    #[schemars(with = "Vec<String>")]
    pub actions: Vec<Str>,
    /// A number expression added to the ending's score when the game ends.
    #[schemars(with = "Option<String>")]
    pub score: Option<Str>,
    /// Objectives shown to the player, ticked while their condition holds.
    #[serde(default)]
    pub objective: Vec<Objective>,
    /// What the role sees: meters, red lines and support.
    #[serde(default)]
    pub view: View,
}

/// `[[role.objective]]`: a goal shown to the player; it does not score by itself.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// The objective's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// Ticked while this condition holds.
    #[schemars(with = "String")]
    pub condition: Str,
}

/// `[role.view]`: what a role sees.
#[derive(Debug, Deserialize, JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// The meters this role sees; by default every meter that is not hidden.
    #[schemars(with = "Option<Vec<String>>")]
    pub meters: Option<Vec<Str>>,
    /// Actors whose red lines the role sees, or `["*"]` for all; always its own.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub red_lines: Vec<Str>,
    /// How much of the actors' support the role sees: `exact`, `estimate` or `own`.
    #[serde(default)]
    pub support: SupportView,
    /// The trust the role sees, as `[from, to]` pairs of actor ids in the order shown; by
    /// default trust both ways between the signatories and the role's own actor.
    #[schemars(with = "Option<Vec<[String; 2]>>")]
    pub trust: Option<Vec<Spanned<Vec<Str>>>>,
}

/// How much of the actors' support a role sees. Values: `exact`: every actor's support,
/// exactly; `estimate`: other actors' support rounded to the nearest ten, its own exactly;
/// `own`: only its own actor's support.
#[derive(Debug, Deserialize, JsonSchema, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum SupportView {
    // Every actor's support, exactly.
    Exact,
    // Other actors' support rounded to the nearest ten, its own exactly.
    #[default]
    Estimate,
    // Only its own actor's support.
    Own,
}

/// How an event fires. Values: `scripted`: on its turn, or on the turn its date falls in, if
/// its condition holds then; `triggered`: at the start of every turn its condition holds;
/// `random`: drawn by weight in each of the turn's draws while its condition holds;
/// `followup`: only when an event, an event option or an action schedules it.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Trigger {
    // On its turn, or on the turn its date falls in, if its condition holds then.
    Scripted,
    // At the start of every turn its condition holds.
    Triggered,
    // Drawn by weight in each of the turn's draws while its condition holds.
    Random,
    // Only when an event, an event option or an action schedules it.
    Followup,
}

/// `[[event]]`: something that happens to the player.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The event's id; its text is the message `event-<id>`.
    #[schemars(with = "String")]
    pub id: Str,
    /// How it fires: `scripted`, `triggered`, `random` or `followup`.
    #[schemars(with = "Trigger")]
    pub trigger: Spanned<Trigger>,
    /// Scripted: the turn it fires on (1-based).
    #[schemars(with = "Option<u16>")]
    pub turn: Option<Spanned<u16>>,
    /// Scripted: a date, `YYYY-MM-DD`; it fires on the turn whose days include it.
    #[schemars(with = "Option<String>", regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Option<Str>,
    /// Must hold for the event to fire (for a random event: its eligibility).
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    /// Random: the draw weight.
    #[schemars(with = "Option<i32>")]
    pub weight: Option<Spanned<i32>>,
    /// Random: modifiers of the draw weight, applied in order when their `when` holds.
    #[serde(default)]
    pub weight_mods: Vec<WeightMod>,
    /// Fires at most once per game.
    #[serde(default)]
    pub once: bool,
    /// Turns before it may fire again.
    #[serde(default)]
    pub cooldown: u16,
    /// Order among the scripted events of a turn, and among triggered events; higher first.
    #[serde(default)]
    pub priority: i32,
    /// Applied when it fires.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    /// Events scheduled when it fires.
    #[serde(default)]
    pub followups: Vec<Followup>,
    /// Roles offered the choice; for other roles the options are resolved by weight.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub choice: Vec<Str>,
    /// The actor named as deciding when the player does not.
    #[schemars(with = "Option<String>")]
    pub resolver: Option<Str>,
    /// Tags counted when it fires.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
    /// Where the facts come from: makes the event a historical beat, which needs a `.history`
    /// note; the debrief shows it when the message has no `.source` attribute (the source in
    /// the reader's language).
    #[schemars(with = "Option<String>")]
    pub source: Option<Str>,
    /// The choices the event offers.
    #[serde(default)]
    pub option: Vec<EventOption>,
}

/// `[[event.option]]`: one choice an event offers; its label is `event-<event>-<option>`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventOption {
    /// The option's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// The option is offered only while this holds.
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    /// Applied when it is chosen.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    /// Events scheduled when it is chosen.
    #[serde(default)]
    pub followups: Vec<Followup>,
    /// The weight with which the computer picks it when the player does not choose.
    #[serde(default = "weight_one")]
    #[schemars(with = "i32")]
    pub weight: Spanned<i32>,
    /// Modifiers of that weight.
    #[serde(default)]
    pub weight_mods: Vec<WeightMod>,
    /// Tags counted when it is chosen.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
    /// In an event a drafter names as its `answer`: what choosing this option says to the
    /// text put to the player's chair (`accept`, `reject`, or `amend`: the text stays on the
    /// table for the player to change and put).
    #[schemars(with = "Option<Answer>")]
    pub answer: Option<Spanned<Answer>>,
}

/// An answer to a text a computer chair put to the player.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    // The player's actor signs.
    Accept,
    // The player's actor refuses.
    Reject,
    // No answer yet: the text stays on the table for the player to change and put.
    Amend,
}

fn weight_one() -> Spanned<i32> {
    Spanned::new(0..0, 1)
}

/// A weight modifier: when its condition holds, weight = weight * percent / 100 + add.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeightMod {
    /// The condition under which it applies.
    #[schemars(with = "String")]
    pub when: Str,
    /// The percentage the weight is multiplied by.
    #[serde(default = "percent")]
    pub percent: i32,
    /// Added to the weight after the percentage.
    #[serde(default)]
    pub add: i32,
}

fn percent() -> i32 {
    100
}

/// A follow-up: an event scheduled by an event, an event option or an action.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Followup {
    /// The event to fire.
    #[schemars(with = "String")]
    pub event: Str,
    /// In turns: 0 is right now.
    #[serde(default)]
    pub delay: u16,
    /// Percent chance, from 0 to 100, rolled when the follow-up is scheduled.
    #[serde(default = "always")]
    #[schemars(with = "u8", range(max = 100))]
    pub chance: Spanned<u8>,
}

/// What an action does besides its effects. Values: `plain`: effects only; `draft`: the
/// player picks an issue, an option and its wording, which goes on the table; `propose`:
/// puts the table to every signatory.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ActionKind {
    // Effects only.
    #[default]
    Plain,
    // The player picks an issue, an option and its wording, which goes on the table.
    Draft,
    // Puts the table to every signatory.
    Propose,
}

/// What an action is aimed at. Values: `none`: nothing; `actor`: an actor, from `targets`;
/// `issue`: an issue (a draft always targets one).
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    // Nothing.
    #[default]
    None,
    // An actor, from `targets`.
    Actor,
    // An issue (a draft always targets one).
    Issue,
}

/// `[[action]]`: something a role does on its turn.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The action's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// `plain` (effects only), `draft` or `propose`.
    #[schemars(with = "Option<ActionKind>")]
    pub kind: Option<Spanned<ActionKind>>,
    /// `none`, `actor` or `issue`; a draft always targets an issue.
    #[schemars(with = "Option<TargetKind>")]
    pub target: Option<Spanned<TargetKind>>,
    /// The actors an `actor` action may target; by default every actor but the role's own.
    #[schemars(with = "Option<Vec<String>>")]
    pub targets: Option<Vec<Str>>,
    /// Resources spent, by resource; the action is offered only if the budget covers it.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, i32>")]
    pub cost: NameMap<i32>,
    /// Must hold; checked for each target, with `target` set.
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    /// Applied when it is taken; `self` is the role's actor and `target` the targeted
    /// actor.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
    /// Events scheduled when it is taken.
    #[serde(default)]
    pub followups: Vec<Followup>,
    /// Most uses per turn; 0: as many as the budget allows.
    #[serde(default)]
    pub per_turn: u8,
    /// Turns before it may be used again.
    #[serde(default)]
    pub cooldown: u16,
    /// Tags counted when it is taken.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
}

/// How an ending counts. Values: `success`: a success; `partial`: a partial success;
/// `failure`: a failure.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    // A success.
    Success,
    // A partial success.
    Partial,
    // A failure.
    Failure,
}

/// `[[ending]]`: one way the game ends. At least one ending has `at_deadline = true` and no
/// condition: the fallback.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    /// The ending's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// `success`, `partial` or `failure`.
    pub tier: Tier,
    /// When the ending applies; only an `at_deadline` ending may have none.
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
    /// Considered only at the last turn.
    #[serde(default)]
    pub at_deadline: bool,
    /// Added to the role's `score` expression for the final score.
    #[serde(default)]
    pub score: i32,
    /// Higher is checked first; ties in file order.
    #[serde(default)]
    pub priority: i32,
    /// Tags counted when it ends the game.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tags: Vec<Str>,
    /// Accounts of the ending chosen by what happened: the first whose condition holds is
    /// told.
    #[serde(default)]
    pub variant: Vec<EndingVariant>,
    /// Lines of the ending's account told when their condition holds (every one that holds,
    /// in file order): what was signed, for instance.
    #[serde(default)]
    pub line: Vec<EndingLine>,
}

/// `[[ending.variant]]`: one account of an ending, the message
/// `ending-<ending>-variant-<variant>`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EndingVariant {
    /// The variant's id, unique within the ending.
    #[schemars(with = "String")]
    pub id: Str,
    /// When this account is the one told; only the last variant may have none.
    #[schemars(with = "Option<String>")]
    pub condition: Option<Str>,
}

/// `[[ending.line]]`: a line of an ending's account, the message `ending-<ending>-line-<line>`,
/// told whenever its condition holds when the game ends.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EndingLine {
    /// The line's id, unique within the ending.
    #[schemars(with = "String")]
    pub id: Str,
    /// When this line is told.
    #[schemars(with = "String")]
    pub condition: Str,
}

/// `[[difficulty]]`: a difficulty; `difficulty.<id>` is true all game for the chosen one.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Difficulty {
    /// The difficulty's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// Applied once, before turn 1.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub effects: Vec<Str>,
}

/// `[[start]]`: a week a lesson may begin from, with the choices that steer the weeks the
/// computer plays before it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Start {
    /// The start point's id.
    #[schemars(with = "String")]
    pub id: Str,
    /// The week the lesson begins.
    #[schemars(with = "u16")]
    pub week: Spanned<u16>,
    /// The option picked for each event before that week: `event = "option"`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub choose: NameMap<Text>,
}

/// `[[question]]`: a discussion question for the debrief; its words are the message
/// `question-<id>`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question's id, unique among the scenario's questions.
    #[schemars(with = "String")]
    pub id: Str,
    /// The structural factor it is about: one of the ten factor tags.
    #[schemars(with = "String")]
    pub factor: Str,
    /// Asked only of games that end in this ending.
    #[schemars(with = "Option<String>")]
    pub ending: Option<Str>,
    /// Asked only of this chair's games.
    #[schemars(with = "Option<String>")]
    pub role: Option<Str>,
}

/// `[[drafter]]`: what a chair's actor drafts when no player sits in it. It tables
/// wordings, puts the table to the parties and revises after their answers; the player's
/// chair answers through the `answer` event.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Drafter {
    /// The drafter's id, unique among the scenario's drafters.
    #[schemars(with = "String")]
    pub id: Str,
    /// The actor that drafts; it does nothing while the player's chair is this actor's.
    #[schemars(with = "String")]
    pub actor: Str,
    /// Must hold for it to act (`self` is its actor).
    #[schemars(with = "Option<String>")]
    pub when: Option<Str>,
    /// `table`: tables each clause's first wording, then bridges after refusals;
    /// `counter`: after its actor refused a proposal, replaces the clause it likes least;
    /// `revise`: once, tables its first wordings in place of its actor's own earlier ones.
    #[serde(default)]
    #[schemars(with = "DraftMode")]
    pub mode: Option<Spanned<DraftMode>>,
    /// Whether it puts the table to the parties after drafting (always when left out);
    /// when this does not hold it only tables its wordings, for the player to put.
    #[schemars(with = "Option<String>")]
    pub put: Option<Str>,
    /// The event through which the player's chair answers its proposals: a follow-up event
    /// offering the choice to the chairs that sign, each option with an `answer`.
    #[schemars(with = "Option<String>")]
    pub answer: Option<Str>,
    /// How many times it acts after its first (each time a proposal).
    #[serde(default)]
    pub revisions: u8,
    /// Turns between two of its proposals.
    #[serde(default = "one_turn")]
    pub cooldown: u16,
    /// The issues it words, each with the wordings it may table.
    pub clause: Vec<Clause>,
}

fn one_turn() -> u16 {
    1
}

/// How a drafter works the table.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum DraftMode {
    // Tables the opening wordings, then bridges after each refusal.
    #[default]
    Table,
    // Counter-proposes after its actor refused.
    Counter,
    // Once: replaces its actor's own earlier wordings with its first ones.
    Revise,
}

/// `[[drafter.clause]]`: one issue a drafter words.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    /// The issue.
    #[schemars(with = "String")]
    pub issue: Str,
    /// The wordings it may table, the opening one first.
    pub wordings: Vec<Wording>,
}

/// A wording: an option of the clause's issue, plain or vague.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// The option's id.
    #[schemars(with = "String")]
    pub option: Str,
    /// The option's ambiguous variant.
    #[serde(default)]
    pub ambiguous: bool,
}
