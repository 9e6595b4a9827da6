//! The expression language of conditions and effects.
//!
//! Packs write conditions such as `trust.israel.palestine >= 40 and not flag.unity` and
//! effects such as `public_support.palestine -= 5` inside TOML strings. Each one is parsed
//! and type-checked once, when the pack loads, and compiled to flat stack code that the
//! engine evaluates every turn. The language has integers and booleans, arithmetic,
//! comparisons, `and`/`or`/`not`, `min`/`max`/`abs`/`clamp`, and nothing else: no loops,
//! no recursion, no I/O, and hard bounds on size and nesting.

mod bounds;
mod compile;
mod explain;
mod lex;
mod parse;
mod steps;
mod vm;

pub use bounds::Interval;
pub use compile::{
    Access, Effect, EffectKind, Resolve, Ty, Unresolved, Value, Var, compile_condition, compile_effect, compile_number,
};
pub use explain::{Part, Shape};
pub use parse::AssignOp;
pub use vm::{ActorRef, Cmp, Code, Ctx, Slot};

use std::ops::Range;

/// The longest expression source, in bytes.
pub const MAX_LEN: usize = 1024;
/// The most nodes one expression may have.
pub const MAX_NODES: usize = 256;
/// The deepest nesting (parentheses, `not`, function arguments).
pub const MAX_DEPTH: usize = 32;

/// An error in an expression, with the byte range inside the expression's source.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
}

impl ExprError {
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        ExprError { span, message: message.into(), help: None }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// The closest name to `name` among `candidates`, if one is close enough to be a typo.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(name, c);
        if score > 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy scope: `a` and `b` are meters 0..100 in slots 0 and 1, `flag.f` is slot 2,
    /// `turn` is read-only slot 3, `trust.x.y` is a 2×2 block from slot 4.
    pub(super) struct Toy;

    impl Resolve for Toy {
        fn resolve(&self, path: &[&str]) -> Result<Var, Unresolved> {
            let meter = |slot| Var {
                value: Value::Slot(Slot::Static(slot)),
                ty: Ty::Int,
                access: Access::Bounded { min: 0, max: 100, grow_only: false },
            };
            match path {
                ["a"] => Ok(meter(0)),
                ["b"] => Ok(Var { access: Access::Bounded { min: 0, max: 100, grow_only: true }, ..meter(1) }),
                ["flag", "f"] => {
                    Ok(Var { value: Value::Slot(Slot::Static(2)), ty: Ty::Bool, access: Access::Flag { index: 0 } })
                }
                ["turn"] => Ok(Var { access: Access::ReadOnly, ..meter(3) }),
                ["trust", x, y] => {
                    let idx = |s: &str| match s {
                        "x" => Ok(ActorRef::Fixed(0)),
                        "y" => Ok(ActorRef::Fixed(1)),
                        "self" => Ok(ActorRef::SelfActor),
                        "target" => Ok(ActorRef::Target),
                        _ => Err(()),
                    };
                    match (idx(x), idx(y)) {
                        (Ok(from), Ok(to)) => {
                            Ok(Var { value: Value::Slot(Slot::Pair { base: 4, n: 2, from, to }), ..meter(0) })
                        }
                        (Err(_), _) => Err(Unresolved {
                            segment: 1,
                            message: format!("unknown actor `{x}`"),
                            suggestion: suggest(x, ["x", "y"]),
                        }),
                        (_, Err(_)) => {
                            Err(Unresolved { segment: 2, message: format!("unknown actor `{y}`"), suggestion: None })
                        }
                    }
                }
                [first, ..] => Err(Unresolved {
                    segment: 0,
                    message: format!("unknown name `{first}`"),
                    suggestion: suggest(first, ["a", "b", "flag", "turn", "trust"]),
                }),
                [] => unreachable!(),
            }
        }
    }

    fn eval(src: &str, values: &[i32]) -> i32 {
        let code = compile_condition(src, &Toy)
            .or_else(|_| compile_number(src, &Toy))
            .unwrap_or_else(|e| panic!("{src}: {e:?}"));
        code.eval(values, &Ctx { self_actor: 1, target: 0 })
    }

    #[test]
    fn evaluates_arithmetic_and_logic() {
        let v = [10, 20, 1, 3, 50, 60, 70, 80];
        assert_eq!(eval("a + b * 2", &v), 50);
        assert_eq!(eval("(a + b) * 2", &v), 60);
        assert_eq!(eval("a / 0", &v), 0);
        assert_eq!(eval("-a % 3", &v), -1);
        assert_eq!(eval("a < b and flag.f", &v), 1);
        assert_eq!(eval("a > b or not flag.f", &v), 0);
        assert_eq!(eval("a > b or turn == 3", &v), 1);
        assert_eq!(eval("clamp(a * 20, 0, 100) + min(a, b) - max(a, b) + abs(-4)", &v), 94);
        assert_eq!(eval("trust.x.y", &v), 60);
        assert_eq!(eval("trust.self.target", &v), 70);
        assert_eq!(eval("trust.y.y >= 80", &v), 1);
    }

    #[test]
    fn short_circuit_keeps_results() {
        let v = [0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(eval("flag.f and a == 0", &v), 0);
        assert_eq!(eval("not flag.f or a == 1", &v), 1);
        assert_eq!(eval("(flag.f or a == 0) and (b == 0 or flag.f)", &v), 1);
    }

    #[test]
    fn type_errors_are_reported() {
        let err = compile_condition("a + 1", &Toy).unwrap_err();
        assert!(err.message.contains("expected true or false"));
        let err = compile_condition("flag.f > 1", &Toy).unwrap_err();
        assert_eq!(err.span, 0..6);
        assert!(compile_condition("a == flag.f", &Toy).is_err());
    }

    #[test]
    fn unknown_names_suggest() {
        let err = compile_condition("trsut.x.y > 1", &Toy).unwrap_err();
        assert_eq!(err.span, 0..5);
        assert_eq!(err.help.as_deref(), Some("did you mean `trust`?"));
        let err = compile_condition("trust.z.y > 1", &Toy).unwrap_err();
        assert_eq!(err.span, 6..7);
    }

    #[test]
    fn effects_respect_access() {
        assert!(compile_effect("a += 5", &Toy).is_ok());
        assert!(compile_effect("turn = 5", &Toy).unwrap_err().message.contains("read-only"));
        assert!(compile_effect("b -= 5", &Toy).unwrap_err().message.contains("only grows"));
        assert!(compile_effect("flag.f = 1", &Toy).unwrap_err().message.contains("set"));
        assert!(compile_effect("set a", &Toy).unwrap_err().message.contains("only a flag"));
        assert!(matches!(compile_effect("set flag.f for 2", &Toy).unwrap().kind, EffectKind::SetFlag { turns: 2, .. }));
        assert!(compile_effect("a += flag.f", &Toy).is_err());
    }

    #[test]
    fn suggest_finds_near_names() {
        assert_eq!(suggest("meat", ["meet", "shuttle"]).as_deref(), Some("meet"));
        assert_eq!(suggest("zzz", ["meet", "shuttle"]), None);
    }
}
