//! Compiled expressions: flat stack code over the game's value slots.
//!
//! Every variable a pack can name lives in one `i32` slot of the game state (booleans are
//! 0 or 1), so evaluation is a loop over a short slice of ops with no allocation and no
//! name lookups.

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
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    Min,
    Max,
    Abs,
    Clamp,
    /// Short-circuit `and`: if the top is false, jump forward leaving it; else pop it.
    AndJump(u16),
    /// Short-circuit `or`: if the top is true, jump forward leaving it; else pop it.
    OrJump(u16),
}

/// The most values the stack may hold; the compiler refuses code that needs more.
pub const STACK: usize = 80;

/// A compiled expression and the source text it came from (for "why did this happen").
#[derive(Debug, Clone)]
pub struct Code {
    pub(crate) ops: Box<[Op]>,
    pub src: Arc<str>,
}

impl Code {
    /// Evaluates to an integer (booleans are 0 or 1).
    #[inline]
    pub fn eval(&self, values: &[i32], ctx: &Ctx) -> i32 {
        // Fast paths for the most common shapes: a constant, a slot, `slot OP constant`.
        match &*self.ops {
            [Op::Const(c)] => return *c,
            [Op::Load(s)] => return values[s.index(ctx)],
            [Op::Load(s), Op::Const(c), cmp] => {
                let v = values[s.index(ctx)];
                if let Some(r) = compare(*cmp, v, *c) {
                    return r as i32;
                }
            }
            _ => {}
        }
        let mut stack = [0i32; STACK];
        let mut sp = 0usize;
        let mut pc = 0usize;
        let ops = &*self.ops;
        while pc < ops.len() {
            let op = ops[pc];
            pc += 1;
            match op {
                Op::Const(c) => {
                    stack[sp] = c;
                    sp += 1;
                }
                Op::Load(s) => {
                    stack[sp] = values[s.index(ctx)];
                    sp += 1;
                }
                Op::Neg => stack[sp - 1] = stack[sp - 1].saturating_neg(),
                Op::Not => stack[sp - 1] = (stack[sp - 1] == 0) as i32,
                Op::Abs => stack[sp - 1] = stack[sp - 1].saturating_abs(),
                Op::AndJump(n) => {
                    if stack[sp - 1] == 0 {
                        pc += n as usize;
                    } else {
                        sp -= 1;
                    }
                }
                Op::OrJump(n) => {
                    if stack[sp - 1] != 0 {
                        pc += n as usize;
                    } else {
                        sp -= 1;
                    }
                }
                Op::Clamp => {
                    sp -= 2;
                    let (v, lo, hi) = (stack[sp - 1], stack[sp], stack[sp + 1]);
                    stack[sp - 1] = v.max(lo).min(hi.max(lo));
                }
                binary => {
                    sp -= 1;
                    let (a, b) = (stack[sp - 1], stack[sp]);
                    stack[sp - 1] = arith(binary, a, b);
                }
            }
        }
        stack[0]
    }

    /// Evaluates as a condition.
    #[inline]
    pub fn test(&self, values: &[i32], ctx: &Ctx) -> bool {
        self.eval(values, ctx) != 0
    }

    /// Whether any slot the code reads depends on `self` or `target`.
    pub fn is_dynamic(&self) -> bool {
        self.ops.iter().any(|op| matches!(op, Op::Load(s) if s.is_dynamic()))
    }
}

#[inline]
fn compare(op: Op, a: i32, b: i32) -> Option<bool> {
    Some(match op {
        Op::Lt => a < b,
        Op::Le => a <= b,
        Op::Gt => a > b,
        Op::Ge => a >= b,
        Op::Eq => a == b,
        Op::Ne => a != b,
        _ => return None,
    })
}

#[inline]
fn arith(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Op::Add => a.saturating_add(b),
        Op::Sub => a.saturating_sub(b),
        Op::Mul => a.saturating_mul(b),
        // Division by zero gives zero rather than a crash: a pack cannot stop the game.
        Op::Div => a.checked_div(b).unwrap_or(0),
        Op::Rem => a.checked_rem(b).unwrap_or(0),
        Op::Min => a.min(b),
        Op::Max => a.max(b),
        other => compare(other, a, b).map(|r| r as i32).unwrap_or(0),
    }
}
