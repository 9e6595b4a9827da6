//! What a condition can be, given the range of each value it reads: the code is run over
//! intervals instead of numbers, so `check` can tell a condition that can never hold (or
//! always holds) from one that depends on play. Sound but not exact: "maybe" is the answer
//! whenever the intervals cannot decide.

use super::vm::{Cmp, Code, Op, Slot};

/// A closed interval of values; `i64` so that sums of `i32` bounds cannot overflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub lo: i64,
    pub hi: i64,
}

const WIDE: Interval = Interval { lo: i32::MIN as i64, hi: i32::MAX as i64 };
const FALSE: Interval = Interval { lo: 0, hi: 0 };
const TRUE: Interval = Interval { lo: 1, hi: 1 };
const EITHER: Interval = Interval { lo: 0, hi: 1 };

impl Interval {
    pub fn new(lo: i64, hi: i64) -> Interval {
        Interval { lo: lo.min(hi), hi: hi.max(lo) }
    }

    fn of(values: [i64; 4]) -> Interval {
        let lo = values.iter().copied().min().unwrap_or(0);
        let hi = values.iter().copied().max().unwrap_or(0);
        Interval { lo: lo.max(WIDE.lo), hi: hi.min(WIDE.hi) }
    }

    fn join(self, o: Interval) -> Interval {
        Interval { lo: self.lo.min(o.lo), hi: self.hi.max(o.hi) }
    }

    /// Certainly true, certainly false, or either.
    fn truth(self) -> Option<bool> {
        if self == FALSE {
            Some(false)
        } else if self.lo > 0 || self.hi < 0 {
            Some(true)
        } else {
            None
        }
    }
}

fn from_truth(t: Option<bool>) -> Interval {
    match t {
        Some(true) => TRUE,
        Some(false) => FALSE,
        None => EITHER,
    }
}

fn compare(a: Interval, c: Cmp, b: Interval) -> Interval {
    let (always, never) = match c {
        Cmp::Lt => (a.hi < b.lo, a.lo >= b.hi),
        Cmp::Le => (a.hi <= b.lo, a.lo > b.hi),
        Cmp::Gt => (a.lo > b.hi, a.hi <= b.lo),
        Cmp::Ge => (a.lo >= b.hi, a.hi < b.lo),
        Cmp::Eq => (a.lo == a.hi && b.lo == b.hi && a.lo == b.lo, a.hi < b.lo || b.hi < a.lo),
        Cmp::Ne => (a.hi < b.lo || b.hi < a.lo, a.lo == a.hi && b.lo == b.hi && a.lo == b.lo),
    };
    from_truth(if always {
        Some(true)
    } else if never {
        Some(false)
    } else {
        None
    })
}

fn arith(op: Op, a: Interval, b: Interval) -> Interval {
    match op {
        Op::Add => Interval::of([a.lo + b.lo, a.hi + b.hi, a.lo + b.lo, a.hi + b.hi]),
        Op::Sub => Interval::of([a.lo - b.hi, a.hi - b.lo, a.lo - b.hi, a.hi - b.lo]),
        Op::Mul => Interval::of([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]),
        // Truncating division is monotonic in each side while the divisor keeps its sign;
        // a divisor that may be zero (which gives zero) or change sign is not narrowed.
        Op::Div if b.lo > 0 || b.hi < 0 => {
            let r = Interval::of([a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]);
            if b.lo <= 0 && b.hi >= 0 { r.join(FALSE) } else { r }
        }
        Op::Rem if a.lo >= 0 => {
            let m = b.lo.abs().max(b.hi.abs());
            Interval::new(0, a.hi.min((m - 1).max(0)))
        }
        Op::Min => Interval { lo: a.lo.min(b.lo), hi: a.hi.min(b.hi) },
        Op::Max => Interval { lo: a.lo.max(b.lo), hi: a.hi.max(b.hi) },
        Op::Cmp(c) => compare(a, c, b),
        _ => WIDE,
    }
}

/// Runs `ops` over intervals; the one value it leaves, or `None` when it is not one whole
/// expression.
fn run(ops: &[Op], range: &dyn Fn(Slot) -> Interval) -> Option<Interval> {
    let mut stack: Vec<Interval> = Vec::new();
    let mut i = 0;
    while i < ops.len() {
        match ops[i] {
            Op::Const(c) => stack.push(Interval::new(c as i64, c as i64)),
            Op::Load(s) => stack.push(range(s)),
            Op::Test(s, c, k) => stack.push(compare(range(s), c, Interval::new(k as i64, k as i64))),
            Op::Neg => {
                let x = stack.pop()?;
                stack.push(Interval::new(-x.hi, -x.lo));
            }
            Op::Not => {
                let x = stack.pop()?;
                stack.push(from_truth(x.truth().map(|t| !t)));
            }
            Op::Abs => {
                let x = stack.pop()?;
                let r = if x.lo >= 0 {
                    x
                } else if x.hi <= 0 {
                    Interval::new(-x.hi, -x.lo)
                } else {
                    Interval::new(0, x.hi.max(-x.lo))
                };
                stack.push(r);
            }
            Op::Clamp => {
                let (hi, lo, x) = (stack.pop()?, stack.pop()?, stack.pop()?);
                let a = arith(Op::Max, x, lo);
                let b = arith(Op::Max, hi, lo);
                stack.push(arith(Op::Min, a, b));
            }
            op @ (Op::AndJump(n) | Op::OrJump(n)) => {
                let left = stack.pop()?;
                let end = (i + 1 + n as usize).min(ops.len());
                let and = matches!(op, Op::AndJump(_));
                let out = match (left.truth(), and) {
                    // `false and …`, `true or …`: the right side is never run.
                    (Some(false), true) => FALSE,
                    (Some(true), false) => TRUE,
                    (Some(_), _) => from_truth(run(&ops[i + 1..end], range)?.truth()),
                    (None, _) => {
                        let right = from_truth(run(&ops[i + 1..end], range)?.truth());
                        right.join(if and { FALSE } else { TRUE })
                    }
                };
                stack.push(out);
                i = end;
                continue;
            }
            op => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(arith(op, a, b));
            }
        }
        i += 1;
    }
    (stack.len() == 1).then(|| stack.pop()).flatten()
}

impl Code {
    /// Whether this condition always holds (`Some(true)`), never does (`Some(false)`), or
    /// may go either way, when each slot it reads stays within `range`.
    pub fn truth(&self, range: &dyn Fn(Slot) -> Interval) -> Option<bool> {
        run(&self.ops, range)?.truth()
    }

    /// The values this number can take, when each slot it reads stays within `range`.
    pub fn range(&self, range: &dyn Fn(Slot) -> Interval) -> Option<Interval> {
        run(&self.ops, range)
    }

    /// Every slot the code reads, as written (not resolved for an actor).
    pub fn slots_read(&self) -> Vec<Slot> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Load(s) | Op::Test(s, _, _) => Some(*s),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Toy;
    use super::super::{Ctx, compile_condition};
    use super::*;
    use proptest::prelude::*;

    /// The toy scope's ranges: `a`, `b` and trust 0..=100, `flag.f` 0..=1, `turn` 1..=10.
    fn toy(s: Slot) -> Interval {
        match s {
            Slot::Static(2) => Interval::new(0, 1),
            Slot::Static(3) => Interval::new(1, 10),
            _ => Interval::new(0, 100),
        }
    }

    const CONDITIONS: &[&str] = &[
        "a >= 190",
        "a <= 100",
        "a + b > 150",
        "a - b < -100",
        "a * 2 >= 201",
        "a / 3 <= 33",
        "a % 7 < 7",
        "clamp(a, 20, 40) >= 20",
        "min(a, b) > max(a, b)",
        "abs(a - b) <= 100",
        "not flag.f or a > 50",
        "flag.f and turn >= 11",
        "turn == 0 or a >= 0",
        "trust.self.target > 100",
        "a == b",
        "a != 101",
        "-a >= -100",
        "(a > 10 and b > 10) or turn < 1",
    ];

    #[test]
    fn decided_conditions_are_told() {
        let t = |src: &str| compile_condition(src, &Toy).unwrap().truth(&toy);
        assert_eq!(t("a >= 190"), Some(false));
        assert_eq!(t("a <= 100"), Some(true));
        assert_eq!(t("flag.f and turn >= 11"), Some(false));
        assert_eq!(t("turn == 0 or a >= 0"), Some(true));
        assert_eq!(t("a + b > 150"), None);
        assert_eq!(t("a == b"), None);
    }

    proptest! {
        /// Sound: whenever the intervals decide a condition, every state within the ranges
        /// agrees with them.
        #[test]
        fn a_decided_condition_holds_the_same_in_every_state(
            which in 0..CONDITIONS.len(),
            a in 0i32..=100, b in 0i32..=100, f in 0i32..=1, turn in 1i32..=10,
            trust in proptest::collection::vec(0i32..=100, 4),
        ) {
            let code = compile_condition(CONDITIONS[which], &Toy).unwrap();
            if let Some(t) = code.truth(&toy) {
                let values = [a, b, f, turn, trust[0], trust[1], trust[2], trust[3]];
                let got = code.eval(&values, &Ctx { self_actor: 1, target: 0 }) != 0;
                prop_assert_eq!(got, t, "{}", CONDITIONS[which]);
            }
        }
    }
}
