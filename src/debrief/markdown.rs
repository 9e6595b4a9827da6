//! The debrief as Markdown, for pasting into a learning platform or a document: headings,
//! tables, and each meter as a Unicode sparkline with its first, least, greatest and last
//! values. Text is escaped so that nothing from a pack becomes markup.

use super::Debrief;
use crate::content::text::sanitize;
use crate::i18n::Texts;
use crate::present::number;
use fluent::FluentValue;
use std::fmt::Write as _;

/// Text with Markdown's and HTML's special characters escaped, on one line.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn words(t: &Texts, id: &str) -> String {
    esc(&sanitize(&t.get(id)))
}

fn fmt(t: &Texts, id: &str, args: &[(&str, FluentValue)]) -> String {
    esc(&sanitize(&t.fmt(id, args)))
}

fn num(t: &Texts, n: impl Into<i64>) -> String {
    let n: i64 = n.into();
    sanitize(&number(t, n.clamp(i32::MIN as i64, i32::MAX as i64) as i32))
}

/// Values as a sparkline, one block per week, scaled between the least and greatest.
pub fn sparkline(values: &[i32]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let (lo, hi) = values.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &v| (lo.min(v as i64), hi.max(v as i64)));
    let span = (hi - lo).max(1);
    values.iter().map(|&v| BLOCKS[((v as i64 - lo) * 7 / span) as usize]).collect()
}

pub fn render(d: &Debrief, t: &Texts) -> String {
    let mut m = String::new();
    let _ = writeln!(m, "# {}\n", fmt(t, "debrief-title", &[("scenario", d.scenario.name.clone().into())]));
    let mut fact = |label: &str, value: String| {
        let _ = writeln!(m, "- **{}:** {value}", words(t, label));
    };
    fact("debrief-scenario", esc(&d.scenario.name));
    fact("debrief-chair", esc(&d.chair.name));
    fact(
        "debrief-difficulty",
        d.difficulty.as_ref().map_or_else(|| words(t, "debrief-default-difficulty"), |x| esc(&x.name)),
    );
    fact("debrief-seed", d.seed.to_string());
    fact("debrief-weeks", fmt(t, "debrief-weeks-of", &[("week", d.week.into()), ("weeks", d.weeks.into())]));
    if let Some(e) = &d.ending {
        fact("debrief-ending", format!("{} ({})", esc(&e.title), esc(&e.tier_name)));
    }
    m.push('\n');
    if !d.finished {
        let _ =
            writeln!(m, "> {}\n", fmt(t, "debrief-unfinished", &[("week", d.week.into()), ("weeks", d.weeks.into())]));
    }
    if let Some(e) = &d.ending {
        let _ = writeln!(m, "## {}\n\n**{}**\n", esc(&e.title), esc(&e.summary));
        for p in &e.epilogue {
            let _ = writeln!(m, "{}\n", esc(p));
        }
        let _ = writeln!(m, "*{}*\n", fmt(t, "ending-history", &[("history", e.history.clone().into())]));
        let _ = writeln!(m, "## {}\n", words(t, "debrief-score"));
        let _ = writeln!(m, "| | |\n|---|---:|");
        let _ = writeln!(m, "| {} | {} |", words(t, "debrief-score-ending"), num(t, e.ending_score));
        let _ = writeln!(m, "| {} | {} |", words(t, "debrief-score-chair"), num(t, e.chair_score));
        let _ = writeln!(
            m,
            "| **{}** | **{}** ({}) |\n",
            words(t, "debrief-score-total"),
            num(t, e.score),
            esc(&e.tier_name)
        );
    }
    if !d.objectives.is_empty() {
        let _ = writeln!(m, "### {}\n", words(t, "ending-objectives"));
        for o in &d.objectives {
            let (mark, id) = if o.achieved { ("✓", "objective-achieved") } else { ("✗", "objective-missed") };
            let _ = writeln!(m, "- {mark} {}", fmt(t, id, &[("objective", o.text.clone().into())]));
        }
        m.push('\n');
    }
    if !d.decided.is_empty() {
        let _ = writeln!(m, "## {}\n", words(t, "debrief-decided"));
        for p in &d.decided {
            let _ = writeln!(m, "{}\n", esc(p));
        }
    }
    if !d.meters.is_empty() {
        let _ = writeln!(m, "## {}\n", words(t, "debrief-meters"));
        let _ = writeln!(m, "| | | ↓ | ↑ | → |\n|---|---|---:|---:|---:|");
        for s in &d.meters {
            let first = s.values.first().copied().unwrap_or(0);
            let (lo, hi) = (s.values.iter().min().copied().unwrap_or(0), s.values.iter().max().copied().unwrap_or(0));
            let _ = writeln!(
                m,
                "| {} | `{}` | {} | {} | {} → {} |",
                esc(&s.name),
                sparkline(&s.values),
                num(t, lo),
                num(t, hi),
                num(t, first),
                num(t, s.values.last().copied().unwrap_or(0))
            );
        }
        m.push('\n');
    }
    let _ = writeln!(
        m,
        "## {}\n\n| {} | {} | {} |\n|---:|---|---|",
        words(t, "ending-timeline").trim_end_matches([':', ' ']),
        words(t, "debrief-week"),
        words(t, "debrief-what"),
        words(t, "debrief-why")
    );
    for x in &d.timeline {
        let _ = writeln!(m, "| {} | {} | {} |", num(t, x.week), esc(&x.text), esc(&x.cause));
    }
    m.push('\n');
    let _ = writeln!(m, "## {}\n", words(t, "debrief-factors"));
    if d.factors.is_empty() {
        let _ = writeln!(m, "{}\n", words(t, "debrief-none"));
    } else {
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} |\n|---|---:|---|---|",
            words(t, "debrief-factor"),
            words(t, "debrief-times"),
            words(t, "debrief-factor-weeks"),
            words(t, "debrief-factor-seen")
        );
        for f in &d.factors {
            let weeks: Vec<String> = f.weeks.iter().map(|w| num(t, *w)).collect();
            let seen: Vec<String> = super::seen_shown(f, t).iter().map(|s| esc(s)).collect();
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} |",
                esc(&f.name),
                num(t, f.count),
                esc(&t.list(&weeks)),
                seen.join("; ")
            );
        }
        m.push('\n');
    }
    if let Some(r) = &d.roads {
        let _ = writeln!(m, "## {}\n", words(t, "debrief-roads"));
        let _ = writeln!(
            m,
            "*{}*\n",
            fmt(
                t,
                "debrief-roads-method",
                &[("forks", r.forks.into()), ("screen", r.screen_games.into()), ("games", r.games.into())]
            )
        );
        if r.roads.is_empty() {
            let _ = writeln!(m, "{}\n", words(t, "debrief-roads-none"));
        }
        for road in &r.roads {
            let _ = writeln!(
                m,
                "### {}\n\n{}\n\n| {} | {} |\n|---|---|",
                {
                    let (id, arg, name) = road.heading();
                    fmt(t, id, &[("week", road.week.into()), (arg, name.into())])
                },
                fmt(t, "debrief-change", &[("change", (road.change / 10).into())]),
                words(t, "debrief-option"),
                fmt(t, "debrief-outcomes", &[("games", r.games.into())])
            );
            for o in &road.options {
                let total = o.outcomes.iter().map(|x| x.games).sum::<u32>().max(1);
                let outs: Vec<String> = o
                    .outcomes
                    .iter()
                    .map(|x| {
                        format!(
                            "{} {}",
                            esc(&x.title),
                            fmt(t, "debrief-share", &[("share", super::percent(x.games, total).into())])
                        )
                    })
                    .collect();
                let mine = if o.chosen { format!(" **({})**", words(t, "debrief-chosen")) } else { String::new() };
                let _ = writeln!(m, "| {}{mine} | {} |", esc(&o.text), outs.join("; "));
            }
            m.push('\n');
        }
    }
    let _ = writeln!(m, "## {}\n", words(t, "debrief-history"));
    for n in &d.history {
        let _ = writeln!(
            m,
            "- **{}** {} *{}*",
            fmt(t, "timeline-line", &[("turn", n.week.into()), ("what", n.title.clone().into())]),
            esc(&n.note),
            fmt(t, "debrief-source", &[("source", n.source.clone().into())])
        );
    }
    if !d.history.is_empty() {
        m.push('\n');
    }
    if !d.sources.is_empty() {
        let _ = writeln!(m, "### {}\n", words(t, "debrief-sources"));
        for s in &d.sources {
            let _ = writeln!(m, "- {}", esc(s));
        }
        m.push('\n');
    }
    let _ = writeln!(m, "### {}\n", words(t, "debrief-departures"));
    if d.departures.is_empty() {
        let _ = writeln!(m, "{}\n", words(t, "debrief-no-departures"));
    } else {
        for b in &d.departures {
            let _ = writeln!(
                m,
                "- {}",
                fmt(t, "debrief-departure", &[("week", b.week.into()), ("title", b.title.clone().into())])
            );
        }
        m.push('\n');
    }
    if !d.questions.is_empty() {
        let _ = writeln!(m, "## {}\n", words(t, "debrief-questions"));
        for (i, q) in d.questions.iter().enumerate() {
            let _ = writeln!(
                m,
                "{}. {} *({})*",
                i + 1,
                esc(&q.text),
                fmt(t, "debrief-factor-of", &[("factor", q.factor.name.clone().into())])
            );
        }
        m.push('\n');
    }
    m
}

#[cfg(test)]
mod tests {
    use super::{esc, sparkline};

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(esc("a|b *c* [d](e) <f>"), "a\\|b \\*c\\* \\[d\\](e) &lt;f&gt;");
    }

    #[test]
    fn a_sparkline_spans_the_blocks() {
        assert_eq!(sparkline(&[0, 50, 100]), "▁▄█");
        assert_eq!(sparkline(&[5, 5]), "▁▁");
    }
}
