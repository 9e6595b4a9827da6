//! The lexer of the expression language: a string becomes tokens with byte spans.

use super::ExprError;
use std::ops::Range;

/// One token with the byte range it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: Tok,
    pub span: Range<usize>,
}

/// The kinds of token the language knows.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Int(i32),
    Ident(String),
    Dot,
    LParen,
    RParen,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Lt,
    Le,
    Gt,
    Ge,
    EqEq,
    Ne,
    Assign,
    PlusAssign,
    MinusAssign,
}

impl Tok {
    /// How the token reads in an error message.
    pub fn describe(&self) -> String {
        match self {
            Tok::Int(n) => format!("number `{n}`"),
            Tok::Ident(s) => format!("`{s}`"),
            other => format!("`{}`", other.symbol()),
        }
    }

    fn symbol(&self) -> &'static str {
        match self {
            Tok::Dot => ".",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::Comma => ",",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Lt => "<",
            Tok::Le => "<=",
            Tok::Gt => ">",
            Tok::Ge => ">=",
            Tok::EqEq => "==",
            Tok::Ne => "!=",
            Tok::Assign => "=",
            Tok::PlusAssign => "+=",
            Tok::MinusAssign => "-=",
            Tok::Int(_) | Tok::Ident(_) => "",
        }
    }
}

/// Splits `src` into tokens, or says where it cannot.
pub fn lex(src: &str) -> Result<Vec<Token>, ExprError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
                i += 1;
            }
            let text: String = src[start..i].chars().filter(|c| *c != '_').collect();
            let n = text.parse::<i32>().map_err(|_| {
                ExprError::new(start..i, format!("the number `{}` is too large", &src[start..i]))
                    .with_help("numbers must lie between -2147483648 and 2147483647")
            })?;
            out.push(Token { kind: Tok::Int(n), span: start..i });
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.push(Token { kind: Tok::Ident(src[start..i].to_string()), span: start..i });
            continue;
        }
        let next = bytes.get(i + 1).copied();
        let (kind, len) = match (c, next) {
            (b'<', Some(b'=')) => (Tok::Le, 2),
            (b'>', Some(b'=')) => (Tok::Ge, 2),
            (b'=', Some(b'=')) => (Tok::EqEq, 2),
            (b'!', Some(b'=')) => (Tok::Ne, 2),
            (b'+', Some(b'=')) => (Tok::PlusAssign, 2),
            (b'-', Some(b'=')) => (Tok::MinusAssign, 2),
            (b'<', _) => (Tok::Lt, 1),
            (b'>', _) => (Tok::Gt, 1),
            (b'=', _) => (Tok::Assign, 1),
            (b'+', _) => (Tok::Plus, 1),
            (b'-', _) => (Tok::Minus, 1),
            (b'*', _) => (Tok::Star, 1),
            (b'/', _) => (Tok::Slash, 1),
            (b'%', _) => (Tok::Percent, 1),
            (b'.', _) => (Tok::Dot, 1),
            (b'(', _) => (Tok::LParen, 1),
            (b')', _) => (Tok::RParen, 1),
            (b',', _) => (Tok::Comma, 1),
            (b'&', Some(b'&')) => return Err(word_instead(start, 2, "and")),
            (b'|', Some(b'|')) => return Err(word_instead(start, 2, "or")),
            (b'!', _) => return Err(word_instead(start, 1, "not")),
            _ => {
                let ch = src[i..].chars().next().unwrap_or('?');
                return Err(ExprError::new(
                    start..start + ch.len_utf8(),
                    format!("unexpected character `{}`", ch.escape_default()),
                ));
            }
        };
        out.push(Token { kind, span: start..start + len });
        i += len;
    }
    Ok(out)
}

fn word_instead(start: usize, len: usize, word: &str) -> ExprError {
    ExprError::new(start..start + len, "this operator is not part of the language").with_help(format!("write `{word}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexes_operators_and_paths() {
        let toks = lex("trust.a.b >= 40 and not flag.x").unwrap();
        let kinds: Vec<_> = toks.into_iter().map(|t| t.kind).collect();
        assert_eq!(kinds[0], Tok::Ident("trust".into()));
        assert_eq!(kinds[1], Tok::Dot);
        assert_eq!(kinds[5], Tok::Ge);
        assert_eq!(kinds[6], Tok::Int(40));
        assert_eq!(kinds[7], Tok::Ident("and".into()));
    }

    #[test]
    fn rejects_c_style_operators_with_help() {
        let err = lex("a && b").unwrap_err();
        assert_eq!(err.span, 2..4);
        assert_eq!(err.help.as_deref(), Some("write `and`"));
    }

    #[test]
    fn too_large_number_is_an_error() {
        assert!(lex("99999999999").is_err());
    }
}
