//! What happened, as data: reports with their causes, decisions, and message ids.
//!
//! The engine never formats text. Each [`Report`] names things by index; [`Report::message`]
//! turns it into a Fluent message id with arguments, which only the localization layer
//! turns into words.

use super::date::Date;
use super::scenario::*;

/// A player's decision: the only input the engine takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Pick an option (by index) of the event waiting for a choice.
    Choose(u8),
    /// Take an action.
    Act { action: ActionIx, target: Target },
    /// Spend no more of this turn's budget.
    EndTurn,
}

/// What an action is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    None,
    Actor(ActorIx),
    Issue { issue: IssueIx, option: u8, ambiguous: bool },
}

/// What made a change happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Event(EventIx),
    Option(EventIx, u8),
    Action(ActionIx),
    Reaction(ActorIx, u16),
    Difficulty(u16),
    /// The engine's own bookkeeping for a proposal or a draft.
    Negotiation,
    /// A flag's time ran out.
    Expiry,
}

/// A cause: the source and, for effects, which of its effects (by index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cause {
    pub source: Source,
    pub effect: Option<u16>,
}

/// Why an event fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fired {
    Scripted,
    Triggered,
    Random,
    FollowUp(Source),
}

/// Who picked an event's option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chooser {
    Player,
    Actor(ActorIx),
    /// Nobody in particular: the option was drawn by its weights.
    Chance,
}

/// One thing that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    TurnBegan {
        turn: u16,
        date: Date,
    },
    Event {
        event: EventIx,
        why: Fired,
    },
    Chosen {
        event: EventIx,
        option: u8,
        by: Chooser,
    },
    Action {
        action: ActionIx,
        target: Target,
    },
    Reaction {
        actor: ActorIx,
        reaction: u16,
    },
    Changed {
        slot: u32,
        before: i32,
        after: i32,
        cause: Cause,
    },
    FlagExpired {
        flag: u16,
    },
    Drafted {
        issue: IssueIx,
        option: u8,
        ambiguous: bool,
    },
    Responded {
        actor: ActorIx,
        accepts: bool,
        red_line: bool,
        /// Why it refused, when it did.
        why: Option<Refusal>,
    },
    /// A conditional signatory whose `signs_when` did not hold when the proposal was put:
    /// it was not asked, and the proposal did not need it.
    NotAsked {
        actor: ActorIx,
    },
    Signed {
        issues: u16,
    },
    Rejected,
    /// A chair nobody plays put this wording on the table.
    Tabled {
        actor: ActorIx,
        issue: IssueIx,
        option: u8,
        ambiguous: bool,
    },
    /// A chair nobody plays put the table to the parties.
    Put {
        actor: ActorIx,
    },
    /// The per-turn chain budget stopped further follow-ups.
    ChainLimit,
    Ended {
        ending: EndingIx,
        score: i32,
        /// The account of the ending that what happened chose, if it has any.
        variant: Option<u8>,
    },
}

/// Why a signatory refused a proposal, as data a front end puts into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The table crosses its red line on this issue (the first such issue).
    RedLine(IssueIx),
    /// This part of its rule to accept does not hold.
    Rule(super::expr::Part),
}

/// A message id with arguments, for the localization layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// A Fluent attribute of the message, for example `title`.
    pub attr: Option<&'static str>,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Num(i64),
    Date(Date),
    /// Another message, resolved first and passed as text.
    Msg(Box<Message>),
}

impl Message {
    pub fn new(id: impl Into<String>) -> Message {
        Message { id: id.into(), attr: None, args: Vec::new() }
    }

    pub fn attr(mut self, attr: &'static str) -> Message {
        self.attr = Some(attr);
        self
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Message {
        self.args.push((name, value));
        self
    }

    pub fn num(self, name: &'static str, n: impl Into<i64>) -> Message {
        self.arg(name, Arg::Num(n.into()))
    }

    pub fn msg(self, name: &'static str, m: Message) -> Message {
        self.arg(name, Arg::Msg(Box::new(m)))
    }
}

/// The message ids of a scenario's things, by the pack's naming convention.
pub mod ids {
    use super::*;

    pub fn actor(s: &Scenario, a: ActorIx) -> Message {
        Message::new(format!("actor-{}", s.actors[a as usize].id))
    }
    pub fn event(s: &Scenario, e: EventIx) -> Message {
        Message::new(format!("event-{}", s.events[e as usize].id))
    }
    pub fn option(s: &Scenario, e: EventIx, o: u8) -> Message {
        let ev = &s.events[e as usize];
        Message::new(format!("event-{}-{}", ev.id, ev.options[o as usize].id))
    }
    pub fn action(s: &Scenario, a: ActionIx) -> Message {
        Message::new(format!("action-{}", s.actions[a as usize].id))
    }
    pub fn reaction(s: &Scenario, a: ActorIx, r: u16) -> Message {
        let actor = &s.actors[a as usize];
        Message::new(format!("reaction-{}-{}", actor.id, actor.reactions[r as usize].id))
    }
    pub fn issue(s: &Scenario, i: IssueIx) -> Message {
        Message::new(format!("issue-{}", s.issues[i as usize].id))
    }
    pub fn issue_option(s: &Scenario, i: IssueIx, o: u8) -> Message {
        let issue = &s.issues[i as usize];
        Message::new(format!("issue-{}-{}", issue.id, issue.options[o as usize].id))
    }
    pub fn meter(s: &Scenario, m: MeterIx) -> Message {
        Message::new(format!("meter-{}", s.meters[m as usize].id))
    }
    pub fn ending(s: &Scenario, e: EndingIx) -> Message {
        Message::new(format!("ending-{}", s.endings[e as usize].id))
    }
    pub fn role(s: &Scenario, r: RoleIx) -> Message {
        Message::new(format!("role-{}", s.roles[r as usize].id))
    }
    pub fn resource(s: &Scenario, r: usize) -> Message {
        Message::new(format!("resource-{}", s.resources[r]))
    }
    pub fn flag(s: &Scenario, f: u16) -> Message {
        Message::new(format!("flag-{}", s.flags[f as usize]))
    }
    pub fn objective(s: &Scenario, r: RoleIx, o: usize) -> Message {
        let role = &s.roles[r as usize];
        Message::new(format!("objective-{}-{}", role.id, role.objectives[o].id))
    }
    pub fn difficulty(s: &Scenario, d: u16) -> Message {
        Message::new(format!("difficulty-{}", s.difficulties[d as usize].id))
    }
    pub fn scenario(s: &Scenario) -> Message {
        Message::new(format!("scenario-{}", s.id))
    }
    pub fn question(s: &Scenario, q: usize) -> Message {
        Message::new(format!("question-{}", s.questions[q].id))
    }
    pub fn tag(s: &Scenario, t: TagIx) -> Message {
        Message::new(format!("tag-{}", s.tags[t as usize].replace('_', "-")))
    }
}
