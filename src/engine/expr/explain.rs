//! Which part of a condition fails, as data: the compiled code is read back into a tree of
//! `and`, `or`, comparisons and values, so a front end can say "its support is 12, it needs
//! 15" without the engine writing a word, and "how much would it need" can be asked of the
//! parts that read one value.

use super::compile::{Effect, EffectKind};
use super::parse::AssignOp;
use super::vm::{Cmp, Code, Ctx, Op};

/// The part of a condition that does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A comparison: the value on the side that reads the game (`left`, whose first slot is
    /// `slot`; `more` when it reads or computes more than that one slot) against `right`.
    Compare { slot: u32, more: bool, left: i32, cmp: Cmp, right: i32 },
    /// A yes-or-no value that is not what the condition wants.
    Flag { slot: u32, wanted: bool },
    /// A part that does not break down into one of the above.
    Other,
}

/// A condition read back from its code.
#[derive(Debug, Clone)]
enum Node {
    Const(i32),
    Load(usize),
    Unary(Op, Box<Node>),
    Binary(Op, Box<Node>, Box<Node>),
    Clamp(Box<[Node; 3]>),
    Cmp(Box<Node>, Cmp, Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
}

impl Node {
    fn eval(&self, values: &[i32]) -> i32 {
        match self {
            Node::Const(c) => *c,
            Node::Load(s) => values[*s],
            Node::Unary(Op::Neg, x) => x.eval(values).saturating_neg(),
            Node::Unary(Op::Not, x) => (x.eval(values) == 0) as i32,
            Node::Unary(_, x) => x.eval(values).saturating_abs(),
            Node::Binary(op, a, b) => super::vm::arith(*op, a.eval(values), b.eval(values)),
            Node::Clamp(v) => {
                let (x, lo, hi) = (v[0].eval(values), v[1].eval(values), v[2].eval(values));
                x.max(lo).min(hi.max(lo))
            }
            Node::Cmp(a, c, b) => c.holds(a.eval(values), b.eval(values)) as i32,
            Node::And(a, b) => (a.eval(values) != 0 && b.eval(values) != 0) as i32,
            Node::Or(a, b) => (a.eval(values) != 0 || b.eval(values) != 0) as i32,
        }
    }

    /// The slots the node reads, in order.
    fn slots(&self, out: &mut Vec<usize>) {
        match self {
            Node::Const(_) => {}
            Node::Load(s) => out.push(*s),
            Node::Unary(_, x) => x.slots(out),
            Node::Binary(_, a, b) | Node::Cmp(a, _, b) | Node::And(a, b) | Node::Or(a, b) => {
                a.slots(out);
                b.slots(out);
            }
            Node::Clamp(v) => v.iter().for_each(|n| n.slots(out)),
        }
    }

    fn reads(&self, slot: usize) -> bool {
        let mut v = Vec::new();
        self.slots(&mut v);
        v.contains(&slot)
    }

    /// The top-level parts joined by `and`.
    fn conjuncts<'a>(&'a self, out: &mut Vec<&'a Node>) {
        match self {
            Node::And(a, b) => {
                a.conjuncts(out);
                b.conjuncts(out);
            }
            n => out.push(n),
        }
    }

    fn disjuncts<'a>(&'a self, out: &mut Vec<&'a Node>) {
        match self {
            Node::Or(a, b) => {
                a.disjuncts(out);
                b.disjuncts(out);
            }
            n => out.push(n),
        }
    }

    /// A yes-or-no test of one value (a flag, a role), as opposed to a measure.
    fn is_flag(&self) -> bool {
        match self {
            Node::Load(_) => true,
            Node::Unary(Op::Not, x) => x.is_flag(),
            Node::Cmp(a, Cmp::Eq | Cmp::Ne, b) => matches!((&**a, &**b), (Node::Load(_), Node::Const(0))),
            _ => false,
        }
    }

    /// This node as a part, whether it holds or not: a part that holds and is made of
    /// alternatives is told by the alternative that holds (one that measures, if any).
    fn describe(&self, values: &[i32]) -> Part {
        if self.eval(values) == 0 {
            return self.unmet(values);
        }
        match self {
            Node::Or(..) => {
                let mut parts = Vec::new();
                self.disjuncts(&mut parts);
                parts.retain(|p| p.eval(values) != 0);
                let pick = parts.iter().find(|p| !p.is_flag()).or(parts.first());
                pick.map_or(Part::Other, |p| p.describe(values))
            }
            Node::And(..) => Part::Other,
            _ => self.unmet(values),
        }
    }

    /// The part that makes this (false) node false.
    fn unmet(&self, values: &[i32]) -> Part {
        match self {
            Node::And(..) => {
                let mut parts = Vec::new();
                self.conjuncts(&mut parts);
                parts.into_iter().find(|p| p.eval(values) == 0).map_or(Part::Other, |p| p.unmet(values))
            }
            // Every alternative fails: the one to tell is the first that measures something,
            // since "not the Prime Minister's chair, or …" fails on what follows the "or".
            Node::Or(..) => {
                let mut parts = Vec::new();
                self.disjuncts(&mut parts);
                let pick = parts.iter().find(|p| !p.is_flag()).or(parts.first());
                pick.map_or(Part::Other, |p| p.unmet(values))
            }
            Node::Load(s) => Part::Flag { slot: *s as u32, wanted: true },
            Node::Unary(Op::Not, x) => match &**x {
                Node::Load(s) => Part::Flag { slot: *s as u32, wanted: false },
                _ => Part::Other,
            },
            Node::Cmp(a, cmp, b) => {
                if let (Node::Load(s), Node::Const(0), Cmp::Eq | Cmp::Ne) = (&**a, &**b, cmp) {
                    return Part::Flag { slot: *s as u32, wanted: *cmp == Cmp::Ne };
                }
                let (mut sa, mut sb) = (Vec::new(), Vec::new());
                a.slots(&mut sa);
                b.slots(&mut sb);
                let (side, other, cmp, slots) = match (sa.first(), sb.first()) {
                    (Some(_), _) => (a, b, *cmp, sa),
                    (None, Some(_)) => (b, a, cmp.swap(), sb),
                    (None, None) => return Part::Other,
                };
                Part::Compare {
                    slot: slots[0] as u32,
                    more: !matches!(&**side, Node::Load(_)),
                    left: side.eval(values),
                    cmp,
                    right: other.eval(values),
                }
            }
            _ => Part::Other,
        }
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.'
}

/// Reads a stretch of code back into one node, with slots resolved for `ctx`; `None` when
/// it is not one whole expression.
fn decode(ops: &[Op], ctx: &Ctx) -> Option<Node> {
    let mut stack: Vec<Node> = Vec::new();
    let mut i = 0;
    while i < ops.len() {
        match ops[i] {
            Op::Const(c) => stack.push(Node::Const(c)),
            Op::Load(s) => stack.push(Node::Load(s.index(ctx))),
            Op::Test(s, cmp, c) => {
                stack.push(Node::Cmp(Box::new(Node::Load(s.index(ctx))), cmp, Box::new(Node::Const(c))))
            }
            op @ (Op::Neg | Op::Not | Op::Abs) => {
                let x = stack.pop()?;
                stack.push(Node::Unary(op, Box::new(x)));
            }
            op @ (Op::AndJump(n) | Op::OrJump(n)) => {
                let left = stack.pop()?;
                let end = (i + 1 + n as usize).min(ops.len());
                let right = decode(&ops[i + 1..end], ctx)?;
                let (l, r) = (Box::new(left), Box::new(right));
                stack.push(if matches!(op, Op::AndJump(_)) { Node::And(l, r) } else { Node::Or(l, r) });
                i = end;
                continue;
            }
            Op::Clamp => {
                let hi = stack.pop()?;
                let lo = stack.pop()?;
                let x = stack.pop()?;
                stack.push(Node::Clamp(Box::new([x, lo, hi])));
            }
            Op::Cmp(cmp) => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(Node::Cmp(Box::new(a), cmp, Box::new(b)));
            }
            op => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(Node::Binary(op, Box::new(a), Box::new(b)));
            }
        }
        i += 1;
    }
    (stack.len() == 1).then(|| stack.pop()).flatten()
}

impl Code {
    /// The part of this condition that does not hold, or `None` when it holds.
    pub fn unmet(&self, values: &[i32], ctx: &Ctx) -> Option<Part> {
        if self.test(values, ctx) {
            return None;
        }
        Some(decode(&self.ops, ctx).map_or(Part::Other, |n| n.unmet(values)))
    }

    /// Every top-level part of this condition (those joined by `and`), each told as data
    /// with whether it holds: the whole of a rule, for "why?" on an answer. Empty when the
    /// code does not read back into parts.
    pub fn parts(&self, values: &[i32], ctx: &Ctx) -> Vec<(Part, bool)> {
        let Some(node) = decode(&self.ops, ctx) else { return Vec::new() };
        let mut parts = Vec::new();
        node.conjuncts(&mut parts);
        parts.into_iter().map(|p| (p.describe(values), p.eval(values) != 0)).collect()
    }

    /// Which of this condition's top-level alternatives (the parts joined by `or`) holds
    /// first, counting from 0; `None` when none does. A condition without `or` is one
    /// alternative.
    pub fn clause_held(&self, values: &[i32], ctx: &Ctx) -> Option<usize> {
        let node = decode(&self.ops, ctx)?;
        let mut parts = Vec::new();
        node.disjuncts(&mut parts);
        parts.iter().position(|p| p.eval(values) != 0)
    }

    /// The source of each top-level alternative, in order (split at each `or` outside
    /// parentheses), for naming what [`Code::clause_held`] finds.
    pub fn clauses(&self) -> Vec<String> {
        let (mut out, mut depth, mut start) = (Vec::new(), 0i32, 0usize);
        let src: &str = &self.src;
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'(' => depth += 1,
                b')' => depth -= 1,
                b'o' if depth == 0
                    && src[i..].starts_with("or")
                    && (i == 0 || !is_word(bytes[i - 1]))
                    && bytes.get(i + 2).is_none_or(|b| !is_word(*b)) =>
                {
                    out.push(src[start..i].trim().to_string());
                    start = i + 2;
                    i += 2;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        out.push(src[start..].trim().to_string());
        out
    }

    /// The slots this condition reads, each once, in the order it reads them.
    pub fn reads(&self, ctx: &Ctx) -> Vec<u32> {
        let mut slots = Vec::new();
        if let Some(node) = decode(&self.ops, ctx) {
            node.slots(&mut slots);
        }
        let mut out: Vec<u32> = Vec::new();
        for s in slots {
            if !out.contains(&(s as u32)) {
                out.push(s as u32);
            }
        }
        out
    }

    /// The least value of `slot`, within `lo..=hi`, at which every top-level part of this
    /// condition that reads the slot holds, everything else staying as it is; `None` when
    /// no part reads it or no value in the range would do.
    pub fn least(&self, values: &[i32], ctx: &Ctx, slot: u32, lo: i32, hi: i32) -> Option<i32> {
        let node = decode(&self.ops, ctx)?;
        let mut parts = Vec::new();
        node.conjuncts(&mut parts);
        parts.retain(|p| p.reads(slot as usize));
        if parts.is_empty() {
            return None;
        }
        let mut v = values.to_vec();
        (lo..=hi).find(|&x| {
            v[slot as usize] = x;
            parts.iter().all(|p| p.eval(&v) != 0)
        })
    }
}

/// How an effect moves the value it writes, as data a front end puts into words ("rises by
/// up to 10"), read from the compiled code rather than the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Adds between `lo` and `hi` (equal when the amount is fixed; negative for a fall).
    By { lo: i64, hi: i64 },
    /// Sets it to a value between `lo` and `hi`.
    To { lo: i64, hi: i64 },
    /// Moves it by an amount with no bounds the pack states.
    Varies,
    /// Sets (`true`) or clears a flag.
    Flag(bool),
}

impl Node {
    /// The least and greatest value this node can take when each slot it reads stays
    /// within `bounds`; `None` when a slot it reads has no known bounds.
    fn range(&self, bounds: &dyn Fn(usize) -> Option<(i32, i32)>) -> Option<(i64, i64)> {
        let corners = |a: (i64, i64), b: (i64, i64), f: &dyn Fn(i64, i64) -> i64| {
            let v = [f(a.0, b.0), f(a.0, b.1), f(a.1, b.0), f(a.1, b.1)];
            (*v.iter().min().unwrap_or(&0), *v.iter().max().unwrap_or(&0))
        };
        Some(match self {
            Node::Const(c) => (*c as i64, *c as i64),
            Node::Load(s) => bounds(*s).map(|(lo, hi)| (lo as i64, hi as i64))?,
            Node::Unary(Op::Neg, x) => x.range(bounds).map(|(lo, hi)| (-hi, -lo))?,
            Node::Unary(Op::Not, _) | Node::Cmp(..) | Node::And(..) | Node::Or(..) => (0, 1),
            Node::Unary(_, x) => {
                let (lo, hi) = x.range(bounds)?;
                if lo >= 0 {
                    (lo, hi)
                } else if hi <= 0 {
                    (-hi, -lo)
                } else {
                    (0, hi.max(-lo))
                }
            }
            Node::Binary(op, a, b) => {
                let (ra, rb) = (a.range(bounds)?, b.range(bounds)?);
                match op {
                    Op::Add => (ra.0 + rb.0, ra.1 + rb.1),
                    Op::Sub => (ra.0 - rb.1, ra.1 - rb.0),
                    Op::Mul => corners(ra, rb, &|x, y| x.saturating_mul(y)),
                    Op::Min => (ra.0.min(rb.0), ra.1.min(rb.1)),
                    Op::Max => (ra.0.max(rb.0), ra.1.max(rb.1)),
                    // Truncating division by a fixed divisor is monotone in the dividend.
                    Op::Div if rb.0 == rb.1 && rb.0 != 0 => corners(ra, rb, &|x, y| x / y),
                    _ => return None,
                }
            }
            Node::Clamp(v) => {
                let (x, lo, hi) = (v[0].range(bounds)?, v[1].range(bounds)?, v[2].range(bounds)?);
                let f = |x: i64, lo: i64, hi: i64| x.max(lo).min(hi.max(lo));
                (f(x.0, lo.0, hi.0), f(x.1, lo.1, hi.1))
            }
        })
    }
}

impl Effect {
    /// How this effect moves the value in `slot` (the slot it wrote, for some `self` and
    /// `target` among `actors` actors), each slot it reads staying within `bounds` and the
    /// value it writes within the effect's own limits.
    pub fn shape(&self, slot: u32, actors: u16, bounds: &dyn Fn(usize) -> Option<(i32, i32)>) -> Shape {
        let (target, op, value, min, max) = match &self.kind {
            EffectKind::Write { slot, op, value, min, max, .. } => (*slot, *op, value, *min, *max),
            EffectKind::SetFlag { .. } => return Shape::Flag(true),
            EffectKind::ClearFlag { .. } => return Shape::Flag(false),
        };
        let ctx = (0..actors.max(1))
            .flat_map(|s| (0..actors.max(1)).map(move |t| Ctx { self_actor: s, target: t }))
            .find(|c| target.index(c) == slot as usize)
            .unwrap_or_default();
        let own = |s: usize| if s == slot as usize { Some((min, max)) } else { bounds(s) };
        let Some((lo, hi)) = decode(&value.ops, &ctx).and_then(|n| n.range(&own)) else { return Shape::Varies };
        match op {
            AssignOp::Add => Shape::By { lo, hi },
            AssignOp::Sub => Shape::By { lo: -hi, hi: -lo },
            AssignOp::Assign => Shape::To { lo: lo.max(min as i64), hi: hi.min(max as i64) },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Toy;
    use super::super::{compile_condition, vm::Ctx};
    use super::*;

    fn code(src: &str) -> Code {
        compile_condition(src, &Toy).unwrap()
    }

    const CTX: Ctx = Ctx { self_actor: 1, target: 0 };

    #[test]
    fn names_the_failing_comparison() {
        let v = [12, 20, 1, 3, 50, 60, 70, 80];
        assert_eq!(code("a >= 10 and b >= 15").unmet(&v, &CTX), None);
        assert_eq!(
            code("a >= 10 and b >= 30").unmet(&v, &CTX),
            Some(Part::Compare { slot: 1, more: false, left: 20, cmp: Cmp::Ge, right: 30 })
        );
        assert_eq!(
            code("a + b / 2 >= 25 and b >= 0").unmet(&v, &CTX),
            Some(Part::Compare { slot: 0, more: true, left: 22, cmp: Cmp::Ge, right: 25 })
        );
        // `not flag or …` fails on what follows the flag.
        assert_eq!(
            code("a >= 0 and (not flag.f or trust.self.x >= 75)").unmet(&v, &CTX),
            Some(Part::Compare { slot: 6, more: false, left: 70, cmp: Cmp::Ge, right: 75 })
        );
        assert_eq!(code("not flag.f").unmet(&v, &CTX), Some(Part::Flag { slot: 2, wanted: false }));
        assert_eq!(
            code("30 <= a").unmet(&v, &CTX),
            Some(Part::Compare { slot: 0, more: false, left: 12, cmp: Cmp::Ge, right: 30 })
        );
    }

    #[test]
    fn finds_the_least_value_that_would_do() {
        let v = [12, 20, 1, 3, 50, 60, 70, 80];
        // a + b / 2 >= 25 needs a >= 15 while b is 20; the part on b alone does not count.
        assert_eq!(code("a + b / 2 >= 25 and b >= 90").least(&v, &CTX, 0, -100, 100), Some(15));
        assert_eq!(code("b >= 90").least(&v, &CTX, 0, -100, 100), None);
        assert_eq!(code("a >= 200").least(&v, &CTX, 0, -100, 100), None);
    }

    #[test]
    fn tells_how_an_effect_moves_its_value() {
        use super::super::compile_effect;
        let bounds = |_: usize| Some((0, 100));
        let e = |src: &str| compile_effect(src, &Toy).unwrap();
        assert_eq!(e("a += 5").shape(0, 2, &bounds), Shape::By { lo: 5, hi: 5 });
        assert_eq!(e("a -= 5").shape(0, 2, &bounds), Shape::By { lo: -5, hi: -5 });
        assert_eq!(e("a += max(0, 85 - a) / 8").shape(0, 2, &bounds), Shape::By { lo: 0, hi: 10 });
        assert_eq!(e("a = 7").shape(0, 2, &bounds), Shape::To { lo: 7, hi: 7 });
        assert_eq!(e("a += b % 3").shape(0, 2, &bounds), Shape::Varies);
    }
}
