//! Diagnostics for modders: every problem with its file, line, column and a suggestion.
//!
//! The loader and the validator collect diagnostics instead of stopping at the first, so
//! a modder sees every problem at once. They render as rustc-style snippets
//! (annotate-snippets) on stderr, or as JSON for editors and scripts.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;
use std::ops::Range;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A file the diagnostics can point into.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user should see it.
    pub path: PathBuf,
    /// The text (lossy for files that are not UTF-8).
    pub text: String,
}

/// Index of a file in a [`SourceMap`].
pub type FileId = usize;

/// Every file read, so diagnostics can show their lines.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile { path, text });
        self.files.len() - 1
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, id: FileId, offset: usize) -> (usize, usize) {
        let text = &self.files[id].text;
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem found in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub pack: String,
    pub file: Option<FileId>,
    pub span: Option<Range<usize>>,
    pub message: String,
    /// A short note under the underlined text.
    pub label: Option<String>,
    /// What to do about it; "did you mean …" lives here.
    pub help: Option<String>,
    /// A translation gap (a missing message or attribute, variables that differ): a
    /// warning that `check --strict` makes an error.
    pub gap: bool,
}

impl Diagnostic {
    pub fn error(pack: &str, file: Option<FileId>, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            pack: pack.to_string(),
            file,
            span,
            message: message.into(),
            label: None,
            help: None,
            gap: false,
        }
    }

    pub fn warning(pack: &str, file: Option<FileId>, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(pack, file, span, message) }
    }

    /// A translation gap: a warning, an error under `--strict`.
    pub fn gap(pack: &str, file: Option<FileId>, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic { gap: true, ..Diagnostic::warning(pack, file, span, message) }
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt(mut self, help: Option<String>) -> Self {
        self.help = help.or(self.help);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// What `--strict` does: translation gaps become errors; other warnings stay warnings.
pub fn strict(diags: &mut [Diagnostic]) {
    for d in diags.iter_mut().filter(|d| d.gap) {
        d.severity = Severity::Error;
    }
}

/// The JSON form of a diagnostic.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic {
    pub severity: Severity,
    pub pack: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub label: Option<String>,
    pub help: Option<String>,
}

/// Renders diagnostics for a terminal (`color`) or as plain text.
pub fn render(map: &SourceMap, diags: &[Diagnostic], color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for d in diags {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let message = super::text::display_safe(&d.message);
        let title = level.primary_title(message.as_str());
        let mut groups = Vec::new();
        match (d.file, &d.span) {
            (Some(f), Some(span)) => {
                let file = map.get(f);
                let path = super::text::display_safe(&file.path.display().to_string());
                let text = super::text::display_safe(&file.text);
                let span = clamp_span(&text, span.clone());
                let mut ann = AnnotationKind::Primary.span(span);
                if let Some(l) = &d.label {
                    ann = ann.label(super::text::display_safe(l));
                }
                groups.push(title.element(Snippet::source(text).path(path).fold(true).annotation(ann)));
            }
            (Some(f), None) => {
                let path = super::text::display_safe(&map.get(f).path.display().to_string());
                groups.push(title.element(Level::NOTE.message(format!("in {path}"))));
            }
            _ => groups.push(Group::with_title(title)),
        }
        if let Some(h) = &d.help {
            groups.push(Group::with_title(Level::HELP.secondary_title(super::text::display_safe(h))));
        }
        out.push_str(&renderer.render(&groups).to_string());
        out.push_str("\n\n");
    }
    out
}

fn clamp_span(text: &str, span: Range<usize>) -> Range<usize> {
    let end = floor_char_boundary(text, span.end.min(text.len()));
    let start = floor_char_boundary(text, span.start.min(end));
    start..end
}

/// The JSON form of every diagnostic.
pub fn to_json(map: &SourceMap, diags: &[Diagnostic]) -> Vec<JsonDiagnostic> {
    diags
        .iter()
        .map(|d| {
            let (line, column) = match (d.file, &d.span) {
                (Some(f), Some(s)) => {
                    let (l, c) = map.line_col(f, s.start);
                    (Some(l), Some(c))
                }
                _ => (None, None),
            };
            JsonDiagnostic {
                severity: d.severity,
                pack: d.pack.clone(),
                file: d.file.map(|f| map.get(f).path.display().to_string()),
                line,
                column,
                message: d.message.clone(),
                label: d.label.clone(),
                help: d.help.clone(),
            }
        })
        .collect()
}

/// The same builders on a diagnostic already pushed to a list.
pub trait Annotate {
    fn label(self, label: impl Into<String>) -> Self;
    fn help(self, help: impl Into<String>) -> Self;
    fn help_opt(self, help: Option<String>) -> Self;
}

impl Annotate for &mut Diagnostic {
    fn label(self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    fn help(self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    fn help_opt(self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }
}
