//! Compiled expressions: flat stack code over the game's value slots.
//!
//! Every variable a pack can name lives in one `i32` slot of the game state (booleans are
//! 0 or 1), so evaluation is a loop over a short slice of ops with no allocation and no
//! name lookups.

use super::steps::{Bin, Step, steps};
use std::sync::Arc;

/// Which actor a slot reference depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorRef {
    Fixed(u16),
    /// The actor of the role taking the action (`self` in an action's expressions).
    SelfActor,
    /// The actor an action targets (`target`).
    Target,
}

impl ActorRef {
    #[inline]
    fn get(self, ctx: &Ctx) -> u32 {
        match self {
            ActorRef::Fixed(a) => a as u32,
            ActorRef::SelfActor => ctx.self_actor as u32,
            ActorRef::Target => ctx.target as u32,
        }
    }
}

/// Where a value lives: a fixed slot, or one computed from `self`/`target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Static(u32),
    /// `base + actor`: an actor meter.
    Actor {
        base: u32,
        actor: ActorRef,
    },
    /// `base + from * n + to`: trust between two actors.
    Pair {
        base: u32,
        n: u16,
        from: ActorRef,
        to: ActorRef,
    },
}

impl Slot {
    /// The slot index for this evaluation context.
    #[inline]
    pub fn index(self, ctx: &Ctx) -> usize {
        match self {
            Slot::Static(s) => s as usize,
            Slot::Actor { base, actor } => (base + actor.get(ctx)) as usize,
            Slot::Pair { base, n, from, to } => (base + from.get(ctx) * n as u32 + to.get(ctx)) as usize,
        }
    }

    /// Whether the slot depends on the action context (`self` or `target`).
    pub fn is_dynamic(self) -> bool {
        !matches!(self, Slot::Static(_))
    }
}

/// What `self` and `target` mean while an expression runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ctx {
    pub self_actor: u16,
    pub target: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Const(i32),
    Load(Slot),
    Neg,
    Not,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Cmp(Cmp),
    Min,
    Max,
    Abs,
    Clamp,
    /// Short-circuit `and`: if the top is false, jump forward leaving it; else pop it.
    AndJump(u16),
    /// Short-circuit `or`: if the top is true, jump forward leaving it; else pop it.
    OrJump(u16),
    /// `Load(slot), Const(c), <cmp>` fused into one step (made by `fuse`).
    Test(Slot, Cmp, i32),
}

/// A comparison: on the stack's two top values, or fused with a slot and a constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Cmp {
    /// The same comparison with its sides swapped: `a < b` is `b > a`.
    pub fn swap(self) -> Cmp {
        match self {
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
            c => c,
        }
    }

    fn negate(self) -> Cmp {
        match self {
            Cmp::Lt => Cmp::Ge,
            Cmp::Le => Cmp::Gt,
            Cmp::Gt => Cmp::Le,
            Cmp::Ge => Cmp::Lt,
            Cmp::Eq => Cmp::Ne,
            Cmp::Ne => Cmp::Eq,
        }
    }

    #[inline]
    pub(crate) fn holds(self, a: i32, b: i32) -> bool {
        match self {
            Cmp::Lt => a < b,
            Cmp::Le => a <= b,
            Cmp::Gt => a > b,
            Cmp::Ge => a >= b,
            Cmp::Eq => a == b,
            Cmp::Ne => a != b,
        }
    }
}

/// Whether any op reads a slot that depends on `self` or `target`.
pub(crate) fn reads_dynamic(ops: &[Op]) -> bool {
    ops.iter().any(|op| matches!(op, Op::Load(s) | Op::Test(s, ..) if s.is_dynamic()))
}

/// Fuses each `Load, Const, <comparison>` into one `Test`, the commonest shape of a
/// condition, and rewrites jump distances to match. A triple is left alone if a jump lands
/// inside it.
pub(crate) fn fuse(ops: Vec<Op>) -> Vec<Op> {
    let target = jump_targets(&ops);
    let mut out = Vec::with_capacity(ops.len());
    // `at[i]`: where old op `i` (or the fused op holding it) lands in `out`.
    let mut at = vec![0usize; ops.len() + 1];
    // `from[k]`: the old op that `out[k]` starts at.
    let mut from = Vec::with_capacity(ops.len());
    let mut i = 0;
    while i < ops.len() {
        at[i] = out.len();
        from.push(i);
        if let [Op::Load(s), Op::Const(c), cmp, ..] = ops[i..]
            && let (Op::Cmp(cmp), false, false) = (cmp, target[i + 1], target[i + 2])
        {
            at[i + 1] = out.len();
            at[i + 2] = out.len();
            // `not (x < c)` is `x >= c`.
            if matches!(ops.get(i + 3), Some(Op::Not)) && !target[i + 3] {
                at[i + 3] = out.len();
                out.push(Op::Test(s, cmp.negate(), c));
                i += 4;
            } else {
                out.push(Op::Test(s, cmp, c));
                i += 3;
            }
            continue;
        }
        // `not x` is `x == 0`.
        if let [Op::Load(s), Op::Not, ..] = ops[i..]
            && !target[i + 1]
        {
            at[i + 1] = out.len();
            out.push(Op::Test(s, Cmp::Eq, 0));
            i += 2;
            continue;
        }
        out.push(ops[i]);
        i += 1;
    }
    at[ops.len()] = out.len();
    retarget(&ops, &at, &from, |k, and, n| out[k] = if and { Op::AndJump(n) } else { Op::OrJump(n) });
    out
}

/// Which positions of `ops` a jump lands on (one past the end included): a rewrite may not
/// merge ops across one.
pub(crate) fn jump_targets(ops: &[Op]) -> Vec<bool> {
    let mut target = vec![false; ops.len() + 1];
    for (i, op) in ops.iter().enumerate() {
        if let Op::AndJump(n) | Op::OrJump(n) = op {
            target[i + 1 + *n as usize] = true;
        }
    }
    target
}

/// After a rewrite of `ops` into fewer steps: for each step `k` that starts at a jump (op
/// `from[k]`), its new distance, given where each old op landed (`at`), handed to `set` with
/// whether the jump is an `and`.
pub(crate) fn retarget(ops: &[Op], at: &[usize], from: &[usize], mut set: impl FnMut(usize, bool, u16)) {
    for (k, &i) in from.iter().enumerate() {
        if let Op::AndJump(n) | Op::OrJump(n) = ops[i] {
            set(k, matches!(ops[i], Op::AndJump(_)), (at[i + 1 + n as usize] - k - 1) as u16);
        }
    }
}

/// A comparison of a value with a constant, as a range: it holds when the value lies in
/// `lo ..= lo + span` (or outside it, for `!=`), tested with one subtraction and no branch
/// on the kind of comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    lo: i32,
    span: u32,
    outside: bool,
}

impl Window {
    /// The values `x` for which `x <cmp> c` holds.
    pub(crate) fn of(cmp: Cmp, c: i32) -> Window {
        let within = |lo: i32, hi: i32| Window { lo, span: hi.wrapping_sub(lo) as u32, outside: false };
        // No value: outside the whole line.
        let never = Window { lo: i32::MIN, span: u32::MAX, outside: true };
        match cmp {
            Cmp::Lt if c == i32::MIN => never,
            Cmp::Lt => within(i32::MIN, c - 1),
            Cmp::Le => within(i32::MIN, c),
            Cmp::Gt if c == i32::MAX => never,
            Cmp::Gt => within(c + 1, i32::MAX),
            Cmp::Ge => within(c, i32::MAX),
            Cmp::Eq => within(c, c),
            Cmp::Ne => Window { outside: true, ..within(c, c) },
        }
    }

    #[inline]
    pub(crate) fn holds(self, v: i32) -> bool {
        (v.wrapping_sub(self.lo) as u32 <= self.span) != self.outside
    }
}

/// How a code is evaluated: the commonest shapes directly, the rest on the stack. A
/// condition made only of comparisons joined by one connective needs no stack; one whose
/// slots are all fixed reads them with no context.
#[derive(Debug, Clone)]
pub(crate) enum Shape {
    /// Anything else, on the stack.
    General(Box<[Step]>),
    Const(i32),
    Load(Slot),
    Test(Slot, Window),
    /// Every comparison holds.
    All(Box<[(Slot, Window)]>),
    /// Some comparison holds.
    Any(Box<[(Slot, Window)]>),
    /// `All` over fixed slots.
    AllFixed(Box<[(u32, Window)]>),
    /// `Any` over fixed slots.
    AnyFixed(Box<[(u32, Window)]>),
    /// A chain of one connective (`and` when `and`, else `or`) over comparisons and other
    /// parts, each part its own code; the comparisons are tested first.
    Chain {
        and: bool,
        tests: Box<[(Slot, Window)]>,
        parts: Box<[Code]>,
    },
    /// A fixed slot worked on by constants and fixed slots in turn, with no stack:
    /// `(x - 61) * 2`, `(a + b) / 5`, `min(0, x - 18) * 2`.
    Line(Start, Box<[Then]>),
    /// A sum at the top level (`a * 8 + b / 5 - c`): each term its own code (with its own
    /// shape), added or taken away left to right with the saturation the stack uses.
    Sum {
        first: Box<Code>,
        rest: Box<[(bool, Code)]>,
    },
}

impl Shape {
    /// Recognises a single step, and `t (and t)*` and `t (or t)*` over fused comparisons
    /// and plain values, however bracketed (the jumps of a chain of one connective all end
    /// in the same verdict). Only the truth of a chain is kept, which is all a condition is
    /// used for.
    pub(crate) fn of(ops: &[Op]) -> Shape {
        match ops {
            [Op::Const(c)] => return Shape::Const(*c),
            [Op::Load(s)] => return Shape::Load(*s),
            [Op::Test(s, cmp, c)] => return Shape::Test(*s, Window::of(*cmp, *c)),
            _ => {}
        }
        if ops.len() < 3 || ops.len().is_multiple_of(2) {
            return Shape::run(steps(ops));
        }
        let and = matches!(ops[1], Op::AndJump(_));
        let mut tests = Vec::with_capacity(ops.len() / 2 + 1);
        for (k, op) in ops.iter().enumerate() {
            match (k % 2, op) {
                (0, Op::Test(s, c, v)) => tests.push((*s, Window::of(*c, *v))),
                // A bare value in a chain counts as true when it is not zero.
                (0, Op::Load(s)) => tests.push((*s, Window::of(Cmp::Ne, 0))),
                (1, Op::AndJump(_)) if and => {}
                (1, Op::OrJump(_)) if !and => {}
                _ => return Shape::run(steps(ops)),
            }
        }
        let fixed: Option<Box<[(u32, Window)]>> =
            tests.iter().map(|&(s, r)| if let Slot::Static(at) = s { Some((at, r)) } else { None }).collect();
        match (and, fixed) {
            (true, Some(f)) => Shape::AllFixed(f),
            (false, Some(f)) => Shape::AnyFixed(f),
            (true, None) => Shape::All(tests.into()),
            (false, None) => Shape::Any(tests.into()),
        }
    }

    /// Run steps, or a line when that is all they are (see [`Shape::Line`]).
    fn run(steps: Box<[Step]>) -> Shape {
        let start = |step: Step| match step {
            Step::Fixed(s) => Some(Start::Fixed(s)),
            Step::FixedWithConst(s, bin, c) => Some(Start::FixedWith(s, bin, c)),
            _ => None,
        };
        // `c op x` for an `op` that commutes is `x op c`: `min(0, x - 18)` starts at `x`.
        let (first, then, rest) = match *steps {
            [Step::Const(c), x, Step::Bin(bin), ..] if bin.commutes() => (x, Some(Then::Const(bin, c)), &steps[3..]),
            [x, ..] => (x, None, &steps[1..]),
            [] => return Shape::General(steps),
        };
        let rest: Option<Vec<Then>> = rest
            .iter()
            .map(|&step| match step {
                Step::WithConst(bin, c) => Some(Then::Const(bin, c)),
                Step::WithFixed(bin, s) => Some(Then::Fixed(bin, s)),
                _ => None,
            })
            .collect();
        match (start(first), rest) {
            (Some(start), Some(rest)) => Shape::Line(start, then.into_iter().chain(rest).collect()),
            _ => Shape::General(steps),
        }
    }
}

/// Where a line starts: a fixed slot, or a fixed slot combined with a constant.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Start {
    Fixed(u32),
    FixedWith(u32, Bin, i32),
}

/// What a line does next to its value: combine it with a constant or a fixed slot.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Then {
    Const(Bin, i32),
    Fixed(Bin, u32),
}

/// The most values the stack may hold; the compiler refuses code that needs more.
pub const STACK: usize = 80;

/// A compiled expression and the source text it came from (for "why did this happen").
#[derive(Debug, Clone)]
pub struct Code {
    pub(crate) ops: Box<[Op]>,
    /// The most values the code holds on the stack at once (at most `STACK`).
    pub(crate) depth: u8,
    /// Whether any slot the code reads depends on `self` or `target`.
    pub(crate) dynamic: bool,
    pub(crate) shape: Shape,
    pub src: Arc<str>,
}

/// Most expressions fit a stack this deep; only deeper ones pay for the full one.
const SMALL: usize = 12;

impl Code {
    /// Evaluates to an integer (booleans are 0 or 1).
    #[inline]
    pub fn eval(&self, values: &[i32], ctx: &Ctx) -> i32 {
        match &self.shape {
            Shape::Const(c) => *c,
            Shape::Load(s) => values[s.index(ctx)],
            Shape::Test(s, r) => r.holds(values[s.index(ctx)]) as i32,
            Shape::AllFixed(t) => t.iter().all(|&(at, r)| r.holds(values[at as usize])) as i32,
            Shape::AnyFixed(t) => t.iter().any(|&(at, r)| r.holds(values[at as usize])) as i32,
            Shape::All(t) => t.iter().all(|&(s, r)| r.holds(values[s.index(ctx)])) as i32,
            Shape::Any(t) => t.iter().any(|&(s, r)| r.holds(values[s.index(ctx)])) as i32,
            Shape::Chain { and, tests, parts } => chain(*and, tests, parts, values, ctx) as i32,
            Shape::Line(start, then) => line(*start, then, values),
            Shape::Sum { first, rest } => sum(first, rest, values, ctx),
            Shape::General(steps) if (self.depth as usize) <= SMALL => super::steps::run::<SMALL>(steps, values, ctx),
            Shape::General(steps) => super::steps::run::<STACK>(steps, values, ctx),
        }
    }

    /// Evaluates as a condition.
    #[inline]
    pub fn test(&self, values: &[i32], ctx: &Ctx) -> bool {
        self.eval(values, ctx) != 0
    }

    /// Whether any slot the code reads depends on `self` or `target`.
    pub fn is_dynamic(&self) -> bool {
        self.dynamic
    }

    /// The fixed slots the code reads, in order, repeats included (slots that depend on
    /// `self` or `target` are left out).
    pub fn static_slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.ops.iter().filter_map(|op| match op {
            Op::Load(Slot::Static(s)) | Op::Test(Slot::Static(s), ..) => Some(*s),
            _ => None,
        })
    }
}

/// A chain's verdict: its comparisons first, then its other parts (kept out of `eval`, which
/// stays small enough to inline where conditions are tested).
#[inline(never)]
fn chain(and: bool, tests: &[(Slot, Window)], parts: &[Code], values: &[i32], ctx: &Ctx) -> bool {
    if and {
        tests.iter().all(|&(s, r)| r.holds(values[s.index(ctx)])) && parts.iter().all(|c| c.test(values, ctx))
    } else {
        tests.iter().any(|&(s, r)| r.holds(values[s.index(ctx)])) || parts.iter().any(|c| c.test(values, ctx))
    }
}

/// A line's value (kept out of `eval`, like `chain`).
#[inline(never)]
fn line(start: Start, then: &[Then], values: &[i32]) -> i32 {
    line_value(start, then, values)
}

/// A line's value: its start, then each step in turn.
#[inline(always)]
fn line_value(start: Start, then: &[Then], values: &[i32]) -> i32 {
    let v = match start {
        Start::Fixed(s) => values[s as usize],
        Start::FixedWith(s, bin, c) => bin.apply(values[s as usize], c),
    };
    then.iter().fold(v, |v, t| match *t {
        Then::Const(bin, c) => bin.apply(v, c),
        Then::Fixed(bin, s) => bin.apply(v, values[s as usize]),
    })
}

/// A sum's value: its terms added or taken away left to right, saturating as the stack does
/// (kept out of `eval`, like `chain`).
#[inline(never)]
fn sum(first: &Code, rest: &[(bool, Code)], values: &[i32], ctx: &Ctx) -> i32 {
    // Most terms are lines, worked out here with no call.
    let term = |c: &Code| match &c.shape {
        Shape::Line(start, then) => line_value(*start, then, values),
        _ => c.eval(values, ctx),
    };
    rest.iter().fold(term(first), |acc, (minus, t)| {
        let v = term(t);
        if *minus { acc.saturating_sub(v) } else { acc.saturating_add(v) }
    })
}

/// A binary op on two values, as a step applies it (0 for an op that is not binary).
#[inline]
pub(crate) fn arith(op: Op, a: i32, b: i32) -> i32 {
    Bin::of(op).map_or(0, |bin| bin.apply(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const CMPS: [Cmp; 6] = [Cmp::Lt, Cmp::Le, Cmp::Gt, Cmp::Ge, Cmp::Eq, Cmp::Ne];

    fn edge() -> impl Strategy<Value = i32> {
        prop_oneof![
            Just(i32::MIN),
            Just(i32::MIN + 1),
            Just(-1),
            Just(0),
            Just(1),
            Just(i32::MAX - 1),
            Just(i32::MAX),
            any::<i32>()
        ]
    }

    proptest! {
        /// A comparison as a range holds exactly when the comparison does, at the ends of
        /// the number line too.
        #[test]
        fn a_range_holds_when_its_comparison_does(k in 0usize..6, c in edge(), v in edge()) {
            prop_assert_eq!(Window::of(CMPS[k], c).holds(v), CMPS[k].holds(v, c), "{:?} {} {}", CMPS[k], c, v);
        }
    }
}
