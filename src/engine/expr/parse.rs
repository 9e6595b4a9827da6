//! The parser: tokens become an expression tree (conditions) or a statement (effects).
//!
//! The tree exists only while a pack loads; it is type-checked and compiled to flat code
//! (`compile.rs`) and then dropped.

use super::lex::{Tok, Token, lex};
use super::{ExprError, MAX_DEPTH, MAX_LEN, MAX_NODES};
use std::ops::Range;

/// An expression node with its byte span in the source string.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub node: Node,
    pub span: Range<usize>,
}

/// The shapes an expression can take.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Int(i32),
    Bool(bool),
    /// A dotted name such as `trust.israel.palestine`, each segment with its span.
    Path(Vec<(String, Range<usize>)>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
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
    And,
    Or,
}

/// The built-in functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Min,
    Max,
    Abs,
    Clamp,
}

impl Func {
    pub const NAMES: [&'static str; 4] = ["min", "max", "abs", "clamp"];

    fn from_name(name: &str) -> Option<Func> {
        Some(match name {
            "min" => Func::Min,
            "max" => Func::Max,
            "abs" => Func::Abs,
            "clamp" => Func::Clamp,
            _ => return None,
        })
    }

    pub fn arity(self) -> usize {
        match self {
            Func::Abs => 1,
            Func::Min | Func::Max => 2,
            Func::Clamp => 3,
        }
    }

    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// An effect statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Stmt {
    /// `path = expr`, `path += expr`, `path -= expr`
    Write { target: Expr, op: AssignOp, value: Expr },
    /// `set flag.x` or `set flag.x for 3`
    Set { target: Expr, turns: Option<(i32, Range<usize>)> },
    /// `clear flag.x`
    Clear { target: Expr },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Add,
    Sub,
}

const KEYWORDS: [&str; 8] = ["and", "or", "not", "true", "false", "set", "clear", "for"];

/// Parses a condition or value expression.
pub fn parse_expr(src: &str) -> Result<Expr, ExprError> {
    let mut p = Parser::new(src)?;
    let e = p.expr(0)?;
    p.finish()?;
    Ok(e)
}

/// Parses one effect statement.
pub fn parse_stmt(src: &str) -> Result<Stmt, ExprError> {
    let mut p = Parser::new(src)?;
    let stmt = match p.peek_ident() {
        Some("set") => {
            p.pos += 1;
            let target = p.path_expr()?;
            let turns = if p.peek_ident() == Some("for") {
                p.pos += 1;
                match p.next() {
                    Some(Token { kind: Tok::Int(n), span }) if n > 0 => Some((n, span)),
                    other => {
                        return Err(p.unexpected(other, "a positive number of turns after `for`"));
                    }
                }
            } else {
                None
            };
            Stmt::Set { target, turns }
        }
        Some("clear") => {
            p.pos += 1;
            Stmt::Clear { target: p.path_expr()? }
        }
        _ => {
            let target = p.path_expr()?;
            let op = match p.next() {
                Some(Token { kind: Tok::Assign, .. }) => AssignOp::Assign,
                Some(Token { kind: Tok::PlusAssign, .. }) => AssignOp::Add,
                Some(Token { kind: Tok::MinusAssign, .. }) => AssignOp::Sub,
                Some(Token { kind: Tok::EqEq, span }) => {
                    return Err(ExprError::new(span, "an effect assigns with `=`, not `==`")
                        .with_help("write `name = value`, `name += value` or `name -= value`"));
                }
                other => return Err(p.unexpected(other, "`=`, `+=` or `-=`")),
            };
            let value = p.expr(0)?;
            Stmt::Write { target, op, value }
        }
    };
    p.finish()?;
    Ok(stmt)
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    nodes: usize,
    end: usize,
}

impl Parser {
    fn new(src: &str) -> Result<Parser, ExprError> {
        if src.len() > MAX_LEN {
            return Err(ExprError::new(
                0..src.len(),
                format!("the expression is {} bytes long; the limit is {MAX_LEN}", src.len()),
            )
            .with_help("split it into several conditions, or name a part of it with a counter"));
        }
        let toks = lex(src)?;
        if toks.is_empty() {
            return Err(ExprError::new(0..src.len(), "the expression is empty"));
        }
        Ok(Parser { toks, pos: 0, nodes: 0, end: src.len() })
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.kind)
    }

    fn peek_ident(&self) -> Option<&str> {
        match self.peek() {
            Some(Tok::Ident(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn finish(&self) -> Result<(), ExprError> {
        match self.toks.get(self.pos) {
            None => Ok(()),
            Some(t) => Err(ExprError::new(
                t.span.clone(),
                format!("unexpected {} after the end of the expression", t.kind.describe()),
            )
            .with_help("join conditions with `and` or `or`")),
        }
    }

    fn unexpected(&self, tok: Option<Token>, wanted: &str) -> ExprError {
        match tok {
            Some(t) => ExprError::new(t.span.clone(), format!("expected {wanted}, found {}", t.kind.describe())),
            None => ExprError::new(self.end..self.end, format!("expected {wanted}, found the end")),
        }
    }

    fn count(&mut self, span: &Range<usize>) -> Result<(), ExprError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(ExprError::new(span.clone(), format!("the expression has more than {MAX_NODES} parts"))
                .with_help("split it into several conditions"));
        }
        Ok(())
    }

    fn depth_check(&self, depth: usize, span: Range<usize>) -> Result<(), ExprError> {
        if depth > MAX_DEPTH {
            return Err(ExprError::new(span, format!("the expression nests deeper than {MAX_DEPTH} levels")));
        }
        Ok(())
    }

    /// Precedence climbing: `or` < `and` < `not` < comparison < `+ -` < `* / %` < unary minus. `depth` counts
    /// nesting (parentheses, `not`, minus, function arguments), which also bounds recursion.
    fn expr(&mut self, depth: usize) -> Result<Expr, ExprError> {
        self.binary(0, depth)
    }

    fn binary(&mut self, level: u8, depth: usize) -> Result<Expr, ExprError> {
        if level == 5 {
            return self.unary(depth);
        }
        // `not` binds looser than comparisons, as in Python: `not a > 5` is `not (a > 5)`.
        if level == 2 && matches!(self.peek(), Some(Tok::Ident(s)) if s == "not") {
            let start = self.toks[self.pos].span.clone();
            self.depth_check(depth + 1, start.clone())?;
            self.pos += 1;
            let inner = self.binary(2, depth + 1)?;
            let span = start.start..inner.span.end;
            self.count(&span)?;
            return Ok(Expr { node: Node::Unary(UnOp::Not, Box::new(inner)), span });
        }
        let mut lhs = self.binary(level + 1, depth)?;
        loop {
            let op = match (level, self.peek()) {
                (0, Some(Tok::Ident(s))) if s == "or" => BinOp::Or,
                (1, Some(Tok::Ident(s))) if s == "and" => BinOp::And,
                (2, Some(Tok::Lt)) => BinOp::Lt,
                (2, Some(Tok::Le)) => BinOp::Le,
                (2, Some(Tok::Gt)) => BinOp::Gt,
                (2, Some(Tok::Ge)) => BinOp::Ge,
                (2, Some(Tok::EqEq)) => BinOp::Eq,
                (2, Some(Tok::Ne)) => BinOp::Ne,
                (2, Some(Tok::Assign)) => {
                    let span = self.toks[self.pos].span.clone();
                    return Err(ExprError::new(span, "a condition compares with `==`, not `=`").with_help("write `==`"));
                }
                (3, Some(Tok::Plus)) => BinOp::Add,
                (3, Some(Tok::Minus)) => BinOp::Sub,
                (4, Some(Tok::Star)) => BinOp::Mul,
                (4, Some(Tok::Slash)) => BinOp::Div,
                (4, Some(Tok::Percent)) => BinOp::Rem,
                _ => return Ok(lhs),
            };
            self.pos += 1;
            let rhs = self.binary(level + 1, depth)?;
            let span = lhs.span.start..rhs.span.end;
            self.count(&span)?;
            // Comparisons do not chain: `a < b < c` is almost always a mistake.
            if level == 2 && matches!(self.peek(), Some(Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge | Tok::EqEq | Tok::Ne)) {
                let s = self.toks[self.pos].span.clone();
                return Err(ExprError::new(s, "comparisons cannot be chained").with_help("write `a < b and b < c`"));
            }
            lhs = Expr { node: Node::Binary(op, Box::new(lhs), Box::new(rhs)), span };
        }
    }

    fn unary(&mut self, depth: usize) -> Result<Expr, ExprError> {
        let start = self.toks.get(self.pos).map(|t| t.span.clone()).unwrap_or(self.end..self.end);
        self.depth_check(depth, start.clone())?;
        if matches!(self.peek(), Some(Tok::Minus)) {
            let op = UnOp::Neg;
            self.pos += 1;
            let inner = self.unary(depth + 1)?;
            let span = start.start..inner.span.end;
            self.count(&span)?;
            return Ok(Expr { node: Node::Unary(op, Box::new(inner)), span });
        }
        self.atom(depth)
    }

    fn atom(&mut self, depth: usize) -> Result<Expr, ExprError> {
        let tok = self.next();
        let Some(Token { kind, span }) = tok.clone() else {
            return Err(self.unexpected(None, "a value"));
        };
        self.count(&span)?;
        match kind {
            Tok::Int(n) => Ok(Expr { node: Node::Int(n), span }),
            Tok::LParen => {
                let inner = self.expr(depth + 1)?;
                match self.next() {
                    Some(Token { kind: Tok::RParen, span: close }) => {
                        Ok(Expr { node: inner.node, span: span.start..close.end })
                    }
                    other => Err(self.unexpected(other, "`)`")),
                }
            }
            Tok::Ident(name) => match name.as_str() {
                "true" => Ok(Expr { node: Node::Bool(true), span }),
                "false" => Ok(Expr { node: Node::Bool(false), span }),
                _ if matches!(self.peek(), Some(Tok::LParen)) => self.call(name, span, depth),
                _ if KEYWORDS.contains(&name.as_str()) => Err(self.unexpected(tok, "a value")),
                _ => {
                    self.pos -= 1;
                    self.nodes -= 1;
                    self.path_expr()
                }
            },
            _ => Err(self.unexpected(tok, "a value")),
        }
    }

    fn call(&mut self, name: String, span: Range<usize>, depth: usize) -> Result<Expr, ExprError> {
        let Some(func) = Func::from_name(&name) else {
            let help = super::suggest(&name, Func::NAMES.iter().copied())
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| "the functions are min, max, abs and clamp".into());
            return Err(ExprError::new(span, format!("unknown function `{name}`")).with_help(help));
        };
        self.pos += 1; // the `(`
        let mut args = Vec::new();
        loop {
            args.push(self.expr(depth + 1)?);
            match self.next() {
                Some(Token { kind: Tok::Comma, .. }) => continue,
                Some(Token { kind: Tok::RParen, span: close }) => {
                    let full = span.start..close.end;
                    if args.len() != func.arity() {
                        return Err(ExprError::new(
                            full,
                            format!("`{}` takes {} argument(s), found {}", func.name(), func.arity(), args.len()),
                        ));
                    }
                    return Ok(Expr { node: Node::Call(func, args), span: full });
                }
                other => return Err(self.unexpected(other, "`,` or `)`")),
            }
        }
    }

    fn path_expr(&mut self) -> Result<Expr, ExprError> {
        let mut segs = Vec::new();
        loop {
            match self.next() {
                Some(Token { kind: Tok::Ident(s), span }) if !KEYWORDS.contains(&s.as_str()) || !segs.is_empty() => {
                    segs.push((s, span))
                }
                other => return Err(self.unexpected(other, "a name")),
            }
            if matches!(self.peek(), Some(Tok::Dot)) {
                self.pos += 1;
            } else {
                break;
            }
        }
        let span = segs[0].1.start..segs[segs.len() - 1].1.end;
        self.count(&span)?;
        Ok(Expr { node: Node::Path(segs), span })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_binds_and_tighter_than_or() {
        let e = parse_expr("a or b and c").unwrap();
        match e.node {
            Node::Binary(BinOp::Or, _, rhs) => assert!(matches!(rhs.node, Node::Binary(BinOp::And, ..))),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn arithmetic_precedence() {
        let e = parse_expr("1 + 2 * 3").unwrap();
        match e.node {
            Node::Binary(BinOp::Add, _, rhs) => assert!(matches!(rhs.node, Node::Binary(BinOp::Mul, ..))),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn not_binds_looser_than_comparison() {
        let e = parse_expr("not a > 5 and b").unwrap();
        match e.node {
            Node::Binary(BinOp::And, lhs, _) => match lhs.node {
                Node::Unary(UnOp::Not, inner) => assert!(matches!(inner.node, Node::Binary(BinOp::Gt, ..))),
                other => panic!("unexpected {other:?}"),
            },
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn statements() {
        assert!(matches!(parse_stmt("a.b -= 5").unwrap(), Stmt::Write { op: AssignOp::Sub, .. }));
        assert!(matches!(parse_stmt("set flag.x for 3").unwrap(), Stmt::Set { turns: Some((3, _)), .. }));
        assert!(matches!(parse_stmt("clear flag.x").unwrap(), Stmt::Clear { .. }));
        assert!(parse_stmt("set flag.x for 0").is_err());
        assert!(parse_stmt("a == 3").is_err());
    }

    #[test]
    fn limits_are_enforced() {
        let deep = format!("{}1{}", "(".repeat(40), ")".repeat(40));
        assert!(parse_expr(&deep).unwrap_err().message.contains("deeper"));
        let long = vec!["a"; 300].join(" + ");
        assert!(parse_expr(&long).is_err());
        let many = vec!["1"; 200].join("+");
        assert!(parse_expr(&many).unwrap_err().message.contains("parts"));
        let deep_not = format!("{}true", "not ".repeat(100));
        assert!(parse_expr(&deep_not).is_err());
    }

    #[test]
    fn errors_point_at_the_offending_token() {
        let err = parse_expr("a >= ").unwrap_err();
        assert_eq!(err.span, 5..5);
        let err = parse_expr("a = 3").unwrap_err();
        assert_eq!(err.span, 2..3);
        assert!(parse_expr("a < b < c").is_err());
        assert!(parse_expr("mn(1, 2)").unwrap_err().help.unwrap().contains("min"));
    }
}
