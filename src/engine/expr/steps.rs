//! The stack code as it is run: the compiled ops (which `bounds` and `explain` read back)
//! rewritten into fewer, larger steps. A fixed slot is read with no context, and a value
//! combined with a constant or a fixed slot (`x / 5`, `a - b`, `min(0, x - 18)`, and
//! `min(0, x)` as `min(x, 0)`) is one step instead of two or three, so a score of a dozen
//! terms runs in about half the steps.

use super::vm::{Cmp, Ctx, Op, Slot, Window, jump_targets, retarget};

/// A binary operation on two values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bin {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Min,
    Max,
    Cmp(Cmp),
}

impl Bin {
    pub(crate) fn of(op: Op) -> Option<Bin> {
        Some(match op {
            Op::Add => Bin::Add,
            Op::Sub => Bin::Sub,
            Op::Mul => Bin::Mul,
            Op::Div => Bin::Div,
            Op::Rem => Bin::Rem,
            Op::Min => Bin::Min,
            Op::Max => Bin::Max,
            Op::Cmp(c) => Bin::Cmp(c),
            _ => return None,
        })
    }

    /// Whether `a op b` is `b op a`, so that a constant on the left may move to the right.
    pub(crate) fn commutes(self) -> bool {
        matches!(self, Bin::Add | Bin::Mul | Bin::Min | Bin::Max)
    }

    /// `a op b`: arithmetic saturates, and a division by zero gives zero rather than a
    /// crash (a pack cannot stop the game).
    #[inline]
    pub(crate) fn apply(self, a: i32, b: i32) -> i32 {
        match self {
            Bin::Add => a.saturating_add(b),
            Bin::Sub => a.saturating_sub(b),
            Bin::Mul => a.saturating_mul(b),
            Bin::Min => a.min(b),
            Bin::Max => a.max(b),
            Bin::Div => a.checked_div(b).unwrap_or(0),
            Bin::Rem => a.checked_rem(b).unwrap_or(0),
            Bin::Cmp(c) => c.holds(a, b) as i32,
        }
    }
}

/// One step of run code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Const(i32),
    /// Push a fixed slot.
    Fixed(u32),
    /// Push a slot that depends on `self` or `target`.
    Load(Slot),
    Neg,
    Not,
    Abs,
    Clamp,
    /// The two top values combined.
    Bin(Bin),
    /// The top value combined with a constant.
    WithConst(Bin, i32),
    /// The top value combined with a fixed slot.
    WithFixed(Bin, u32),
    /// Push a fixed slot combined with a constant.
    FixedWithConst(u32, Bin, i32),
    /// Push whether a slot lies in a window.
    Test(Slot, Window),
    AndJump(u16),
    OrJump(u16),
}

/// Rewrites fused ops into steps, retargeting jumps; a group of ops becomes one step only
/// when no jump lands inside it.
pub(crate) fn steps(ops: &[Op]) -> Box<[Step]> {
    let target = jump_targets(ops);
    let free = |from: usize, len: usize| (from + 1..from + len).all(|k| !target[k]);
    let mut out = Vec::with_capacity(ops.len());
    // `at[i]`: where op `i` (or the step holding it) lands in `out`; `from[k]`: the op that
    // step `k` starts at.
    let mut at = vec![0usize; ops.len() + 1];
    let mut from = Vec::with_capacity(ops.len());
    let mut i = 0;
    while i < ops.len() {
        let bin_at = |k: usize| ops.get(k).copied().and_then(Bin::of);
        let (step, len) = match (ops[i], ops.get(i + 1), bin_at(i + 1), bin_at(i + 2)) {
            (Op::Load(Slot::Static(s)), Some(&Op::Const(c)), _, Some(bin)) if free(i, 3) => {
                (Step::FixedWithConst(s, bin, c), 3)
            }
            (Op::Const(c), Some(&Op::Load(Slot::Static(s))), _, Some(bin)) if bin.commutes() && free(i, 3) => {
                (Step::FixedWithConst(s, bin, c), 3)
            }
            (Op::Const(c), _, Some(bin), _) if free(i, 2) => (Step::WithConst(bin, c), 2),
            (Op::Load(Slot::Static(s)), _, Some(bin), _) if free(i, 2) => (Step::WithFixed(bin, s), 2),
            (op, ..) => (single(op), 1),
        };
        at[i..i + len].fill(out.len());
        from.push(i);
        out.push(step);
        i += len;
    }
    at[ops.len()] = out.len();
    retarget(ops, &at, &from, |k, and, n| out[k] = if and { Step::AndJump(n) } else { Step::OrJump(n) });
    out.into()
}

fn single(op: Op) -> Step {
    match op {
        Op::Const(c) => Step::Const(c),
        Op::Load(Slot::Static(s)) => Step::Fixed(s),
        Op::Load(s) => Step::Load(s),
        Op::Neg => Step::Neg,
        Op::Not => Step::Not,
        Op::Abs => Step::Abs,
        Op::Clamp => Step::Clamp,
        Op::Test(s, cmp, c) => Step::Test(s, Window::of(cmp, c)),
        Op::AndJump(n) => Step::AndJump(n),
        Op::OrJump(n) => Step::OrJump(n),
        Op::Add => Step::Bin(Bin::Add),
        Op::Sub => Step::Bin(Bin::Sub),
        Op::Mul => Step::Bin(Bin::Mul),
        Op::Div => Step::Bin(Bin::Div),
        Op::Rem => Step::Bin(Bin::Rem),
        Op::Min => Step::Bin(Bin::Min),
        Op::Max => Step::Bin(Bin::Max),
        Op::Cmp(c) => Step::Bin(Bin::Cmp(c)),
    }
}

/// Runs steps over a stack of `N` values (`N` ≥ the code's depth).
pub(crate) fn run<const N: usize>(steps: &[Step], values: &[i32], ctx: &Ctx) -> i32 {
    let mut stack = [0i32; N];
    let mut sp = 0usize;
    let mut pc = 0usize;
    while pc < steps.len() {
        let step = steps[pc];
        pc += 1;
        match step {
            Step::Const(c) => {
                stack[sp] = c;
                sp += 1;
            }
            Step::Fixed(s) => {
                stack[sp] = values[s as usize];
                sp += 1;
            }
            Step::Load(s) => {
                stack[sp] = values[s.index(ctx)];
                sp += 1;
            }
            Step::FixedWithConst(s, bin, c) => {
                stack[sp] = bin.apply(values[s as usize], c);
                sp += 1;
            }
            Step::WithConst(bin, c) => stack[sp - 1] = bin.apply(stack[sp - 1], c),
            Step::WithFixed(bin, s) => stack[sp - 1] = bin.apply(stack[sp - 1], values[s as usize]),
            Step::Bin(bin) => {
                sp -= 1;
                stack[sp - 1] = bin.apply(stack[sp - 1], stack[sp]);
            }
            Step::Neg => stack[sp - 1] = stack[sp - 1].saturating_neg(),
            Step::Not => stack[sp - 1] = (stack[sp - 1] == 0) as i32,
            Step::Abs => stack[sp - 1] = stack[sp - 1].saturating_abs(),
            Step::Test(s, w) => {
                stack[sp] = w.holds(values[s.index(ctx)]) as i32;
                sp += 1;
            }
            Step::AndJump(n) => {
                if stack[sp - 1] == 0 {
                    pc += n as usize;
                } else {
                    sp -= 1;
                }
            }
            Step::OrJump(n) => {
                if stack[sp - 1] != 0 {
                    pc += n as usize;
                } else {
                    sp -= 1;
                }
            }
            Step::Clamp => {
                sp -= 2;
                let (v, lo, hi) = (stack[sp - 1], stack[sp], stack[sp + 1]);
                stack[sp - 1] = v.max(lo).min(hi.max(lo));
            }
        }
    }
    stack[0]
}
