//! Name resolution, type checking and code generation.
//!
//! The content validator implements [`Resolve`] for a scenario's names; the compiler asks
//! it what each dotted path means and emits flat [`Code`].

use super::ExprError;
use super::parse::{AssignOp, BinOp, Expr, Func, Node, Stmt, UnOp, parse_expr, parse_stmt};
use super::vm::{Cmp, Code, Op, STACK, Shape, Slot, Window, fuse, reads_dynamic};
use std::ops::Range;
use std::sync::Arc;

/// The two types of the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Int,
    Bool,
    /// An actor (`self`, `target` or an actor's id): only compared with `==` and `!=`.
    Actor,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Int => "a number",
            Ty::Bool => "true or false",
            Ty::Actor => "an actor",
        }
    }
}

/// How a resolved name may be written by an effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    ReadOnly,
    /// A bounded meter (or trust); `grow_only` for counts such as casualties.
    Bounded {
        min: i32,
        max: i32,
        grow_only: bool,
    },
    /// An unbounded story counter.
    Counter,
    /// A story flag; `set`/`clear` only.
    Flag {
        index: u16,
    },
}

/// What a name means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// The value stored in the slot.
    Slot(Slot),
    /// True when the slot holds the given number (`table.borders.swaps`).
    Equals(Slot, i32),
    /// True when the slot is not zero (`table.borders`).
    NonZero(Slot),
    /// A constant (an actor's index, compared with `target`).
    Const(i32),
}

/// A resolved name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Var {
    pub value: Value,
    pub ty: Ty,
    pub access: Access,
}

/// A name that does not resolve: which segment is wrong and what might have been meant.
#[derive(Debug, Clone, PartialEq)]
pub struct Unresolved {
    /// Index of the offending segment.
    pub segment: usize,
    pub message: String,
    pub suggestion: Option<String>,
}

/// Maps dotted paths to variables; implemented by the content validator.
pub trait Resolve {
    fn resolve(&self, path: &[&str]) -> Result<Var, Unresolved>;
}

/// A compiled effect statement.
#[derive(Debug, Clone)]
pub struct Effect {
    pub kind: EffectKind,
    pub src: Arc<str>,
}

#[derive(Debug, Clone)]
pub enum EffectKind {
    Write { slot: Slot, op: AssignOp, value: Code, min: i32, max: i32, grow_only: bool },
    SetFlag { slot: Slot, flag: u16, turns: u16 },
    ClearFlag { slot: Slot, flag: u16 },
}

/// Compiles a condition: the expression must be true or false.
pub fn compile_condition(src: &str, r: &dyn Resolve) -> Result<Code, ExprError> {
    compile_typed(src, r, Ty::Bool)
}

/// Compiles a number-valued expression (scores, weights).
pub fn compile_number(src: &str, r: &dyn Resolve) -> Result<Code, ExprError> {
    compile_typed(src, r, Ty::Int)
}

fn compile_typed(src: &str, r: &dyn Resolve, want: Ty) -> Result<Code, ExprError> {
    let e = parse_expr(src)?;
    let mut ops = Vec::new();
    let ty = emit(&e, r, &mut ops)?;
    if ty != want {
        return Err(ExprError::new(e.span.clone(), format!("expected {} here, found {}", want.name(), ty.name()))
            .with_help(match (want, ty) {
                (_, Ty::Actor) => "compare the actor with another, for example `target == israel`",
                (Ty::Bool, _) => "compare the number with something, for example `x >= 40`",
                _ => "a condition cannot be used as a number here",
            }));
    }
    let mut code = finish(ops, src, &e.span)?;
    reshape(&mut code, &e, r);
    Ok(code)
}

/// Code left to the stack whose top level is a chain of `and`s or `or`s, or a sum, runs as
/// one (each part its own code) instead.
fn reshape(code: &mut Code, e: &Expr, r: &dyn Resolve) {
    if matches!(code.shape, Shape::General(_))
        && let Some(shape) = chain(e, r).or_else(|| sum(e, r))
    {
        code.shape = shape;
    }
}

/// A part of an expression compiled as code of its own, with the shape that runs it fastest.
fn own_code(e: &Expr, r: &dyn Resolve) -> Option<Code> {
    let mut ops = Vec::new();
    emit(e, r, &mut ops).ok()?;
    let mut code = finish(ops, "", &e.span).ok()?;
    reshape(&mut code, e, r);
    Some(code)
}

/// A number whose top level adds and takes away at least three terms (a score's formula):
/// each term becomes its own code (with its own shape), added left to right as the stack
/// would, instead of one long run of steps.
fn sum(e: &Expr, r: &dyn Resolve) -> Option<Shape> {
    let mut terms = Vec::new();
    let mut at = e;
    while let Node::Binary(op @ (BinOp::Add | BinOp::Sub), a, b) = &at.node {
        terms.push((*op == BinOp::Sub, &**b));
        at = a;
    }
    if terms.len() < 2 {
        return None;
    }
    let first = Box::new(own_code(at, r)?);
    let rest = terms.iter().rev().map(|&(minus, t)| Some((minus, own_code(t, r)?))).collect::<Option<Box<[_]>>>()?;
    Some(Shape::Sum { first, rest })
}

/// A condition whose top level is a chain of one connective over mixed parts
/// (`a and b and (c or d)`): its comparisons of a slot with a constant are tested first,
/// with no stack, then each other part as its own code (with its own shape). Conditions
/// read but never write, so the order of the parts does not change the verdict.
fn chain(e: &Expr, r: &dyn Resolve) -> Option<Shape> {
    let Node::Binary(connective @ (BinOp::And | BinOp::Or), ..) = &e.node else { return None };
    let mut parts = Vec::new();
    flatten(e, *connective, &mut parts);
    let (mut tests, mut rest) = (Vec::new(), Vec::new());
    for part in parts {
        let code = own_code(part, r)?;
        match code.shape {
            Shape::Test(s, range) => tests.push((s, range)),
            Shape::Load(s) => tests.push((s, Window::of(Cmp::Ne, 0))),
            _ => rest.push(code),
        }
    }
    Some(Shape::Chain { and: *connective == BinOp::And, tests: tests.into(), parts: rest.into() })
}

/// The parts of `e` joined at its top level by `connective`, left to right.
fn flatten<'a>(e: &'a Expr, connective: BinOp, out: &mut Vec<&'a Expr>) {
    match &e.node {
        Node::Binary(op, a, b) if *op == connective => {
            flatten(a, connective, out);
            flatten(b, connective, out);
        }
        _ => out.push(e),
    }
}

fn finish(ops: Vec<Op>, src: &str, span: &Range<usize>) -> Result<Code, ExprError> {
    let depth = max_stack(&ops);
    if depth > STACK {
        return Err(ExprError::new(span.clone(), "the expression is too complex to evaluate")
            .with_help("split it into smaller parts"));
    }
    let dynamic = reads_dynamic(&ops);
    let ops = fuse(ops);
    let shape = Shape::of(&ops);
    Ok(Code { ops: ops.into_boxed_slice(), depth: depth as u8, dynamic, shape, src: Arc::from(src) })
}

/// Compiles one effect statement.
pub fn compile_effect(src: &str, r: &dyn Resolve) -> Result<Effect, ExprError> {
    let stmt = parse_stmt(src)?;
    let kind = match stmt {
        Stmt::Write { target, op, value } => {
            let (var, span) = resolve_path(&target, r)?;
            let slot = writable_slot(&var, &span)?;
            let (min, max, grow_only) = match var.access {
                Access::Bounded { min, max, grow_only } => (min, max, grow_only),
                Access::Counter => (i32::MIN, i32::MAX, false),
                Access::Flag { .. } => {
                    return Err(ExprError::new(span, "a flag is changed with `set` or `clear`").with_help(format!(
                        "write `set {}` or `clear {}`",
                        &src[target.span.clone()],
                        &src[target.span.clone()]
                    )));
                }
                Access::ReadOnly => unreachable!("writable_slot rejects read-only names"),
            };
            if grow_only && op == AssignOp::Sub {
                return Err(ExprError::new(span, "this count only grows; it cannot be lowered").with_help("use `+=`"));
            }
            let mut ops = Vec::new();
            let ty = emit(&value, r, &mut ops)?;
            if ty != Ty::Int {
                return Err(ExprError::new(value.span.clone(), format!("expected a number, found {}", ty.name())));
            }
            let value = finish(ops, &src[value.span.clone()], &value.span)?;
            EffectKind::Write { slot, op, value, min, max, grow_only }
        }
        Stmt::Set { target, turns } => {
            let (var, span) = resolve_path(&target, r)?;
            let (slot, flag) = flag_slot(&var, &span)?;
            let turns = match turns {
                Some((n, s)) if n > u16::MAX as i32 => {
                    return Err(ExprError::new(s, "too many turns"));
                }
                Some((n, _)) => n as u16,
                None => 0,
            };
            EffectKind::SetFlag { slot, flag, turns }
        }
        Stmt::Clear { target } => {
            let (var, span) = resolve_path(&target, r)?;
            let (slot, flag) = flag_slot(&var, &span)?;
            EffectKind::ClearFlag { slot, flag }
        }
    };
    Ok(Effect { kind, src: Arc::from(src) })
}

fn writable_slot(var: &Var, span: &Range<usize>) -> Result<Slot, ExprError> {
    match (var.value, var.access) {
        (_, Access::ReadOnly) | (Value::Equals(..) | Value::NonZero(_) | Value::Const(_), _) => {
            Err(ExprError::new(span.clone(), "this value is read-only; an effect cannot change it"))
        }
        (Value::Slot(s), _) => Ok(s),
    }
}

fn flag_slot(var: &Var, span: &Range<usize>) -> Result<(Slot, u16), ExprError> {
    match (var.value, var.access) {
        (Value::Slot(s), Access::Flag { index }) => Ok((s, index)),
        _ => Err(ExprError::new(span.clone(), "only a flag can be set or cleared")
            .with_help("numbers are changed with `=`, `+=` or `-=`")),
    }
}

fn resolve_path(e: &Expr, r: &dyn Resolve) -> Result<(Var, Range<usize>), ExprError> {
    let Node::Path(segs) = &e.node else {
        return Err(ExprError::new(e.span.clone(), "expected a name"));
    };
    let names: Vec<&str> = segs.iter().map(|(s, _)| s.as_str()).collect();
    match r.resolve(&names) {
        Ok(v) => Ok((v, e.span.clone())),
        Err(u) => {
            let seg = u.segment.min(segs.len() - 1);
            let mut err = ExprError::new(segs[seg].1.clone(), u.message);
            if let Some(s) = u.suggestion {
                err = err.with_help(format!("did you mean `{s}`?"));
            }
            Err(err)
        }
    }
}

fn emit(e: &Expr, r: &dyn Resolve, ops: &mut Vec<Op>) -> Result<Ty, ExprError> {
    let expect = |got: Ty, want: Ty, e: &Expr| -> Result<(), ExprError> {
        if got == want {
            Ok(())
        } else {
            Err(ExprError::new(e.span.clone(), format!("expected {} here, found {}", want.name(), got.name())))
        }
    };
    match &e.node {
        Node::Int(n) => {
            ops.push(Op::Const(*n));
            Ok(Ty::Int)
        }
        Node::Bool(b) => {
            ops.push(Op::Const(*b as i32));
            Ok(Ty::Bool)
        }
        Node::Path(_) => {
            let (var, _) = resolve_path(e, r)?;
            match var.value {
                Value::Slot(s) => ops.push(Op::Load(s)),
                Value::Equals(s, v) => ops.extend([Op::Load(s), Op::Const(v), Op::Cmp(Cmp::Eq)]),
                Value::NonZero(s) => ops.extend([Op::Load(s), Op::Const(0), Op::Cmp(Cmp::Ne)]),
                Value::Const(c) => ops.push(Op::Const(c)),
            }
            Ok(var.ty)
        }
        Node::Unary(op, inner) => {
            let ty = emit(inner, r, ops)?;
            match op {
                UnOp::Neg => {
                    expect(ty, Ty::Int, inner)?;
                    ops.push(Op::Neg);
                    Ok(Ty::Int)
                }
                UnOp::Not => {
                    expect(ty, Ty::Bool, inner)?;
                    ops.push(Op::Not);
                    Ok(Ty::Bool)
                }
            }
        }
        Node::Binary(op @ (BinOp::And | BinOp::Or), a, b) => {
            let ta = emit(a, r, ops)?;
            expect(ta, Ty::Bool, a)?;
            let at = ops.len();
            ops.push(Op::AndJump(0));
            let tb = emit(b, r, ops)?;
            expect(tb, Ty::Bool, b)?;
            let skip = u16::try_from(ops.len() - at - 1)
                .map_err(|_| ExprError::new(e.span.clone(), "the expression is too long"))?;
            ops[at] = if *op == BinOp::And { Op::AndJump(skip) } else { Op::OrJump(skip) };
            Ok(Ty::Bool)
        }
        Node::Binary(op, a, b) => {
            let ta = emit(a, r, ops)?;
            let tb = emit(b, r, ops)?;
            let (code, result) = match op {
                BinOp::Add => (Op::Add, Ty::Int),
                BinOp::Sub => (Op::Sub, Ty::Int),
                BinOp::Mul => (Op::Mul, Ty::Int),
                BinOp::Div => (Op::Div, Ty::Int),
                BinOp::Rem => (Op::Rem, Ty::Int),
                BinOp::Lt => (Op::Cmp(Cmp::Lt), Ty::Bool),
                BinOp::Le => (Op::Cmp(Cmp::Le), Ty::Bool),
                BinOp::Gt => (Op::Cmp(Cmp::Gt), Ty::Bool),
                BinOp::Ge => (Op::Cmp(Cmp::Ge), Ty::Bool),
                BinOp::Eq => (Op::Cmp(Cmp::Eq), Ty::Bool),
                BinOp::Ne => (Op::Cmp(Cmp::Ne), Ty::Bool),
                BinOp::And | BinOp::Or => unreachable!("handled above"),
            };
            if matches!(op, BinOp::Eq | BinOp::Ne) {
                if ta != tb {
                    let err =
                        ExprError::new(e.span.clone(), format!("cannot compare {} with {}", ta.name(), tb.name()));
                    return Err(if ta == Ty::Actor || tb == Ty::Actor {
                        err.with_help("an actor is compared with an actor's id, for example `target == north`")
                    } else {
                        err
                    });
                }
            } else {
                expect(ta, Ty::Int, a)?;
                expect(tb, Ty::Int, b)?;
            }
            ops.push(code);
            Ok(result)
        }
        Node::Call(func, args) => {
            for a in args {
                let t = emit(a, r, ops)?;
                expect(t, Ty::Int, a)?;
            }
            ops.push(match func {
                Func::Min => Op::Min,
                Func::Max => Op::Max,
                Func::Abs => Op::Abs,
                Func::Clamp => Op::Clamp,
            });
            Ok(Ty::Int)
        }
    }
}

/// The deepest the stack gets while running `ops` (jumps only shorten a run).
fn max_stack(ops: &[Op]) -> usize {
    let mut depth: isize = 0;
    let mut max = 0isize;
    for op in ops {
        depth += match op {
            Op::Const(_) | Op::Load(_) | Op::Test(..) => 1,
            Op::Neg | Op::Not | Op::Abs => 0,
            Op::Clamp => -2,
            Op::AndJump(_) | Op::OrJump(_) => -1,
            _ => -1,
        };
        max = max.max(depth);
    }
    max.max(1) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::expr::steps::steps;
    use crate::engine::expr::vm::{Ctx, arith};
    use proptest::prelude::*;

    struct Names;
    impl Resolve for Names {
        fn resolve(&self, path: &[&str]) -> Result<Var, Unresolved> {
            let slot = |i| Slot::Static(i);
            let (value, ty) = match path {
                ["a"] => (Value::Slot(slot(0)), Ty::Int),
                ["b"] => (Value::Slot(slot(1)), Ty::Int),
                ["c"] => (Value::Slot(slot(2)), Ty::Int),
                ["p"] => (Value::NonZero(slot(3)), Ty::Bool),
                ["q"] => (Value::Equals(slot(2), 4), Ty::Bool),
                // A flag: a slot holding 0 or 1.
                ["f"] => (Value::Slot(slot(4)), Ty::Bool),
                _ => return Err(Unresolved { segment: 0, message: "unknown".into(), suggestion: None }),
            };
            Ok(Var { value, ty, access: Access::ReadOnly })
        }
    }

    fn int() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just("a".to_string()),
            Just("b".into()),
            Just("c".into()),
            (-5i32..9).prop_map(|n| n.to_string())
        ];
        leaf.prop_recursive(3, 12, 2, |inner| {
            prop_oneof![
                (inner.clone(), prop::sample::select(vec!["+", "-", "*", "/", "%"]), inner.clone())
                    .prop_map(|(x, o, y)| format!("({x} {o} {y})")),
                (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("min({x}, {y})")),
                (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("max({x}, {y})")),
                (inner.clone(), inner.clone(), inner.clone()).prop_map(|(x, y, z)| format!("clamp({x}, {y}, {z})")),
                inner.prop_map(|x| format!("abs(-{x})")),
            ]
        })
    }

    fn cond() -> impl Strategy<Value = String> {
        let cmp = prop::sample::select(vec!["<", "<=", ">", ">=", "==", "!="]);
        let leaf = prop_oneof![
            Just("p".to_string()),
            Just("q".into()),
            Just("f".into()),
            Just("not f".into()),
            (int(), cmp, int()).prop_map(|(x, o, y)| format!("{x} {o} {y}")),
        ];
        leaf.prop_recursive(4, 24, 2, |inner| {
            prop_oneof![
                (inner.clone(), prop::sample::select(vec!["and", "or"]), inner.clone())
                    .prop_map(|(x, o, y)| format!("({x} {o} {y})")),
                inner.prop_map(|x| format!("not ({x})")),
            ]
        })
    }

    /// The ops read one at a time on a plain stack: what run steps must agree with.
    fn reference(ops: &[Op], values: &[i32]) -> i32 {
        let mut stack: Vec<i32> = Vec::new();
        let mut pc = 0;
        while pc < ops.len() {
            let op = ops[pc];
            pc += 1;
            match op {
                Op::Const(c) => stack.push(c),
                Op::Load(s) => stack.push(values[s.index(&Ctx::default())]),
                Op::Test(s, cmp, c) => stack.push(cmp.holds(values[s.index(&Ctx::default())], c) as i32),
                Op::Neg => *stack.last_mut().unwrap() = stack.last().unwrap().saturating_neg(),
                Op::Not => *stack.last_mut().unwrap() = (*stack.last().unwrap() == 0) as i32,
                Op::Abs => *stack.last_mut().unwrap() = stack.last().unwrap().saturating_abs(),
                Op::AndJump(n) | Op::OrJump(n) => {
                    let top = *stack.last().unwrap() != 0;
                    if top == matches!(op, Op::OrJump(_)) {
                        pc += n as usize;
                    } else {
                        stack.pop();
                    }
                }
                Op::Clamp => {
                    let (hi, lo, v) = (stack.pop().unwrap(), stack.pop().unwrap(), stack.pop().unwrap());
                    stack.push(v.max(lo).min(hi.max(lo)));
                }
                binary => {
                    let (b, a) = (stack.pop().unwrap(), stack.pop().unwrap());
                    stack.push(arith(binary, a, b));
                }
            }
        }
        stack[0]
    }

    proptest! {
        /// Run steps (fused comparisons, arithmetic with a constant or a slot in one step,
        /// jumps retargeted) give what the plain ops give, for numbers and conditions.
        #[test]
        fn run_steps_evaluate_as_plain_ops(
            src in prop_oneof![int(), cond()],
            values in prop::collection::vec(prop_oneof![-6i32..10, Just(i32::MIN), Just(i32::MAX)], 4),
            flag in 0i32..2,
        ) {
            let mut values = values;
            values.push(flag);
            let e = parse_expr(&src).unwrap();
            let mut ops = Vec::new();
            let ty = emit(&e, &Names, &mut ops).unwrap();
            let code = if ty == Ty::Bool { compile_condition(&src, &Names) } else { compile_number(&src, &Names) }.unwrap();
            let want = reference(&ops, &values);
            let got = code.eval(&values, &Ctx::default());
            if ty == Ty::Bool {
                prop_assert_eq!(got != 0, want != 0, "{}", src);
            } else {
                prop_assert_eq!(got, want, "{}", src);
            }
        }

        /// A score's sum of terms, each term its own code, saturates as the stack does: the
        /// terms are added left to right whatever their size.
        #[test]
        fn sums_evaluate_as_plain_ops(
            terms in prop::collection::vec((prop::sample::select(vec!["+", "-"]), int()), 2..7),
            first in int(),
            values in prop::collection::vec(prop_oneof![-6i32..10, Just(i32::MIN), Just(i32::MAX)], 4),
        ) {
            let mut values = values;
            values.push(0);
            let src = terms.iter().fold(first, |acc, (op, t)| format!("{acc} {op} {t}"));
            let code = compile_number(&src, &Names).unwrap();
            prop_assert!(matches!(code.shape, Shape::Sum { .. }), "{}", src);
            let e = parse_expr(&src).unwrap();
            let mut ops = Vec::new();
            emit(&e, &Names, &mut ops).unwrap();
            prop_assert_eq!(code.eval(&values, &Ctx::default()), reference(&ops, &values), "{}", src);
        }

        /// Fusing comparisons (and rewriting jumps around them) never changes a result.
        #[test]
        fn fused_code_evaluates_as_unfused(src in cond(), mut values in prop::collection::vec(-6i32..10, 4), flag in 0i32..2) {
            values.push(flag);
            let fused = compile_condition(&src, &Names).unwrap();
            let e = parse_expr(&src).unwrap();
            let mut ops = Vec::new();
            emit(&e, &Names, &mut ops).unwrap();
            let plain = Code { depth: STACK as u8, dynamic: false, shape: Shape::General(steps(&ops)), ops: ops.into_boxed_slice(), src: fused.src.clone() };
            let ctx = Ctx::default();
            prop_assert_eq!(fused.test(&values, &ctx), plain.test(&values, &ctx), "{}", src);
        }
    }

    #[test]
    fn chains_of_comparisons_skip_the_stack() {
        let all = compile_condition("a >= 3 and not f and (f or b < 2) and p", &Names).unwrap();
        assert!(
            matches!(&all.shape, Shape::Chain { and: true, tests, parts } if tests.len() == 3 && parts.len() == 1),
            "mixed connectives: {:?}",
            all.shape
        );
        let all = compile_condition("a >= 3 and not f and (b < 2 and p)", &Names).unwrap();
        assert!(matches!(&all.shape, Shape::AllFixed(t) if t.len() == 4), "{:?}", all.shape);
        let any = compile_condition("f or not (a < 1) or q", &Names).unwrap();
        assert!(matches!(&any.shape, Shape::AnyFixed(t) if t.len() == 3), "{:?}", any.shape);
        assert!(any.test(&[1, 0, 0, 0, 0], &Ctx::default()));
        assert!(!any.test(&[0, 0, 0, 0, 0], &Ctx::default()));
    }

    #[test]
    fn scores_run_as_sums_of_lines() {
        let score = compile_number("a * 8 + min(0, b - 18) * 2 + (a + c) / 5 - c", &Names).unwrap();
        let Shape::Sum { first, rest } = &score.shape else { panic!("{:?}", score.shape) };
        assert!(matches!(first.shape, Shape::Line(..)), "{:?}", first.shape);
        assert_eq!(rest.len(), 3);
        assert!(rest[..2].iter().all(|(minus, t)| !minus && matches!(t.shape, Shape::Line(..))), "{rest:?}");
        assert!(rest[2].0 && matches!(rest[2].1.shape, Shape::Load(_)), "{:?}", rest[2]);
        // min(0, 20 - 18) is 0: the second term adds nothing.
        assert_eq!(score.eval(&[10, 20, 5, 0, 0], &Ctx::default()), 80 + 3 - 5);
        assert_eq!(score.eval(&[10, 2, 5, 0, 0], &Ctx::default()), 80 - 32 + 3 - 5);
    }

    #[test]
    fn comparisons_fuse_into_one_step() {
        let code = compile_condition("a >= 3 and (b < 2 or p)", &Names).unwrap();
        assert!(code.ops.len() < 9, "{:?}", code.ops);
        assert!(code.ops.iter().any(|o| matches!(o, Op::Test(..))));
    }
}
