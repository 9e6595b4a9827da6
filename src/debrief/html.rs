//! The debrief as one self-contained HTML page: inline CSS and SVG, no script, no network,
//! no external font; `lang` and `dir` set; every text escaped, and text from a pack isolated
//! (`<bdi>`) so a Latin name inside Arabic or Hebrew, or a number, keeps its direction. It
//! prints on A4 and Letter: charts and tables are not cut across pages.

use super::{Debrief, Series};
use crate::i18n::Texts;
use crate::present::number;
use fluent::FluentValue;
use std::fmt::Write as _;

/// Text escaped for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    crate::content::text::escape_html(s)
}

/// Escaped text in its own direction.
fn bdi(s: &str) -> String {
    format!("<bdi>{}</bdi>", esc(s))
}

/// A message's words, cleaned and escaped.
fn words(t: &Texts, id: &str) -> String {
    esc(&crate::content::text::sanitize(&t.get(id)))
}

/// A message with arguments, escaped, each text argument isolated in its own direction
/// (`<bdi>`), so a Latin name or a path inside Arabic or Hebrew keeps its order. The
/// arguments are marked with two private-use characters, taken out of the text first, that
/// become the tags after escaping.
fn fmt(t: &Texts, id: &str, args: &[(&str, FluentValue)]) -> String {
    let (open, close) = ('\u{e000}', '\u{e001}');
    let marked: Vec<(&str, FluentValue)> = args
        .iter()
        .map(|(k, v)| match v {
            FluentValue::String(s) => (*k, FluentValue::from(format!("{open}{}{close}", s.replace([open, close], "")))),
            other => (*k, other.clone()),
        })
        .collect();
    let text = crate::content::text::sanitize(&t.fmt(id, &marked));
    esc(&text).replace(open, "<bdi>").replace(close, "</bdi>")
}

/// A number as the language writes it, kept left to right so a sign stays before its digits.
fn num(t: &Texts, n: impl Into<i64>) -> String {
    let n: i64 = n.into();
    let s = crate::content::text::sanitize(&number(t, n.clamp(i32::MIN as i64, i32::MAX as i64) as i32));
    format!("<bdi dir=\"ltr\">{}</bdi>", esc(&s))
}

const CSS: &str = "
:root{--ink:#1b1b1b;--dim:#555;--line:#bbb;--good:#1a7f37;--bad:#b42318}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans Arabic','Noto Sans Hebrew',sans-serif;color:var(--ink);max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{color:var(--dim)}dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:start;vertical-align:top}
td.n,th.n{text-align:end;white-space:nowrap}
.ok{color:var(--good)}.no{color:var(--bad)}.dim{color:var(--dim)}
ul.objectives{list-style:none;padding-inline-start:0}
.unfinished{border:2px solid var(--bad);padding:.5rem}
figure{margin:1rem 0}figcaption{font-weight:600}
svg{width:100%;height:auto;display:block}
ul.legend{list-style:none;padding:0;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.bar{display:inline-block;height:.7rem;background:#4a6fa5;vertical-align:middle}
@page{size:auto;margin:15mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-after:avoid}figure,tr,li,.road{break-inside:avoid}a{color:inherit}}
";

/// Stroke patterns and marks, so each line differs without colour.
const DASHES: [&str; 6] = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];
const COLOURS: [&str; 6] = ["#1f4e9c", "#b45309", "#1a7f37", "#b42318", "#6b21a8", "#374151"];
const MARKS: [&str; 6] = ["●", "■", "▲", "◆", "▼", "✚"];

/// The page.
pub fn render(d: &Debrief, t: &Texts) -> String {
    let mut h = String::new();
    let args = [("scenario", FluentValue::from(d.scenario.name.clone()))];
    // The window's title is text only; the heading isolates the name.
    let plain = esc(&crate::content::text::sanitize(&t.fmt("debrief-title", &args)));
    let title = fmt(t, "debrief-title", &args);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{plain}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{title}</h1>\n",
        esc(&d.lang),
        d.dir
    );
    facts(&mut h, d, t);
    h.push_str("</header>\n");
    if !d.finished {
        let _ = writeln!(
            h,
            "<p class=\"unfinished\">{}</p>",
            fmt(t, "debrief-unfinished", &[("week", d.week.into()), ("weeks", d.weeks.into())])
        );
    }
    ending(&mut h, d, t);
    meters(&mut h, d, t);
    timeline(&mut h, d, t);
    factors(&mut h, d, t);
    roads(&mut h, d, t);
    history(&mut h, d, t);
    questions(&mut h, d, t);
    h.push_str("</body>\n</html>\n");
    h
}

fn facts(h: &mut String, d: &Debrief, t: &Texts) {
    h.push_str("<dl class=\"facts\">\n");
    let mut row = |label: &str, value: String| {
        let _ = writeln!(h, "<dt>{}</dt><dd>{value}</dd>", words(t, label));
    };
    row("debrief-scenario", bdi(&d.scenario.name));
    row("debrief-chair", bdi(&d.chair.name));
    row(
        "debrief-difficulty",
        d.difficulty.as_ref().map_or_else(|| words(t, "debrief-default-difficulty"), |x| bdi(&x.name)),
    );
    row("debrief-seed", format!("<bdi dir=\"ltr\">{}</bdi>", d.seed));
    row("debrief-weeks", fmt(t, "debrief-weeks-of", &[("week", d.week.into()), ("weeks", d.weeks.into())]));
    if let Some(e) = &d.ending {
        row("debrief-ending", format!("{} ({})", bdi(&e.title), esc(&e.tier_name)));
    }
    h.push_str("</dl>\n");
}

fn ending(h: &mut String, d: &Debrief, t: &Texts) {
    if let Some(e) = &d.ending {
        let _ = writeln!(
            h,
            "<section id=\"ending\">\n<h2>{}</h2>\n<p><strong>{}</strong></p>",
            bdi(&e.title),
            bdi(&e.summary)
        );
        for p in &e.epilogue {
            let _ = writeln!(h, "<p>{}</p>", esc(p));
        }
        let _ = writeln!(
            h,
            "<p class=\"dim\">{}</p>\n</section>",
            fmt(t, "ending-history", &[("history", e.history.clone().into())])
        );
        let _ = writeln!(
            h,
            "<section id=\"score\">\n<h2>{}</h2>\n<table>\n<tr><td>{}</td><td class=\"n\">{}</td></tr>\n<tr><td>{}</td><td class=\"n\">{}</td></tr>\n<tr><th>{}</th><th class=\"n\">{} ({})</th></tr>\n</table>",
            words(t, "debrief-score"),
            words(t, "debrief-score-ending"),
            num(t, e.ending_score),
            words(t, "debrief-score-chair"),
            num(t, e.chair_score),
            words(t, "debrief-score-total"),
            num(t, e.score),
            esc(&e.tier_name)
        );
    } else {
        let _ = writeln!(h, "<section id=\"score\">");
    }
    if !d.objectives.is_empty() {
        let _ = writeln!(h, "<h3>{}</h3>\n<ul class=\"objectives\">", words(t, "ending-objectives"));
        for o in &d.objectives {
            let (class, mark, id) =
                if o.achieved { ("ok", "✓", "objective-achieved") } else { ("no", "✗", "objective-missed") };
            let _ = writeln!(
                h,
                "<li class=\"{class}\">{mark} {}</li>",
                fmt(t, id, &[("objective", o.text.clone().into())])
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
    if !d.decided.is_empty() {
        let _ = writeln!(h, "<section id=\"decided\">\n<h2>{}</h2>", words(t, "debrief-decided"));
        for p in &d.decided {
            let _ = writeln!(h, "<p>{}</p>", esc(p));
        }
        h.push_str("</section>\n");
    }
}

fn meters(h: &mut String, d: &Debrief, t: &Texts) {
    if d.meters.is_empty() {
        return;
    }
    let _ = writeln!(h, "<section id=\"meters\">\n<h2>{}</h2>", words(t, "debrief-meters"));
    if !d.beats.is_empty() {
        let _ = writeln!(h, "<p class=\"dim\">{}</p>", words(t, "debrief-meters-note"));
    }
    let mut groups: Vec<Vec<&Series>> = Vec::new();
    for s in &d.meters {
        match groups.last_mut() {
            Some(g) if g[0].meter == s.meter => g.push(s),
            _ => groups.push(vec![s]),
        }
    }
    for g in groups {
        chart(h, d, &g);
    }
    h.push_str("</section>\n");
}

/// One chart: the series of one meter over the weeks, with the beats marked.
fn chart(h: &mut String, d: &Debrief, series: &[&Series]) {
    const W: i64 = 640;
    const H: i64 = 180;
    const L: i64 = 44;
    const R: i64 = 10;
    const T: i64 = 16;
    const B: i64 = 22;
    let weeks = series.iter().map(|s| s.values.len()).max().unwrap_or(1).saturating_sub(1).max(1) as i64;
    let vals = series.iter().flat_map(|s| s.values.iter().map(|&v| v as i64));
    let (lo, hi) = vals.fold((i64::MAX, i64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (lo, hi) = if lo > hi { (0, 100) } else { (lo, hi) };
    let pad = ((hi - lo) / 10).max(2);
    let floor = series.iter().map(|s| s.min as i64).min().unwrap_or(lo);
    let ceil = series.iter().map(|s| s.max as i64).max().unwrap_or(hi);
    let (lo, hi) = ((lo - pad).max(floor.min(lo)), (hi + pad).min(ceil.max(hi)));
    let span = (hi - lo).max(1);
    let x = |w: i64| L + w * (W - L - R) / weeks;
    let y = |v: i64| T + (hi - v) * (H - T - B) / span;
    let caption = if series.len() == 1 { series[0].name.clone() } else { String::new() };
    let _ = writeln!(h, "<figure>");
    if !caption.is_empty() {
        let _ = writeln!(h, "<figcaption>{}</figcaption>", bdi(&caption));
    }
    let _ = writeln!(
        h,
        "<svg viewBox=\"0 0 {W} {H}\" role=\"img\" direction=\"ltr\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"10\" font-family=\"sans-serif\">"
    );
    // Axes and the labels of the least, middle and greatest values and of the weeks.
    let _ = writeln!(h, "<path d=\"M{L} {T}V{}H{}\" fill=\"none\" stroke=\"#888\"/>", H - B, W - R);
    for v in [lo, (lo + hi) / 2, hi] {
        let _ = writeln!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{v}</text><path d=\"M{L} {}H{}\" stroke=\"#ddd\"/>",
            L - 4,
            y(v) + 3,
            y(v),
            W - R
        );
    }
    let step = (weeks / 8).max(1);
    let mut w = 0;
    while w <= weeks {
        let _ = writeln!(h, "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{w}</text>", x(w), H - B + 13);
        w += step;
    }
    for b in &d.beats {
        if (b.week as i64) <= weeks {
            let bx = x(b.week as i64);
            let _ = writeln!(
                h,
                "<g><title>{}: {}</title><path d=\"M{bx} {T}V{}\" stroke=\"#999\" stroke-dasharray=\"2 3\"/><path d=\"M{} 4H{}L{bx} {}Z\" fill=\"#777\"/></g>",
                b.week,
                esc(&b.title),
                H - B,
                bx - 4,
                bx + 4,
                T - 4
            );
        }
    }
    for (i, s) in series.iter().enumerate() {
        let k = i % DASHES.len();
        let points: Vec<String> =
            s.values.iter().enumerate().map(|(w, &v)| format!("{},{}", x(w as i64), y(v as i64))).collect();
        let dash = if DASHES[k].is_empty() { String::new() } else { format!(" stroke-dasharray=\"{}\"", DASHES[k]) };
        let _ = writeln!(
            h,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{dash}><title>{}</title></polyline>",
            points.join(" "),
            COLOURS[k],
            esc(&s.name)
        );
        if let (Some(&last), Some(lw)) = (s.values.last(), s.values.len().checked_sub(1)) {
            let _ = writeln!(
                h,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>",
                x(lw as i64),
                y(last as i64) + 4,
                COLOURS[k],
                MARKS[k]
            );
        }
    }
    h.push_str("</svg>\n");
    if series.len() > 1 {
        h.push_str("<ul class=\"legend\">");
        for (i, s) in series.iter().enumerate() {
            let k = i % DASHES.len();
            let _ = write!(h, "<li><span style=\"color:{}\">{}</span> {}</li>", COLOURS[k], MARKS[k], bdi(&s.name));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</figure>\n");
}

fn timeline(h: &mut String, d: &Debrief, t: &Texts) {
    let _ = writeln!(
        h,
        "<section id=\"timeline\">\n<h2>{}</h2>\n<table>\n<thead><tr><th class=\"n\">{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        words(t, "ending-timeline").trim_end_matches([':', ' ']),
        words(t, "debrief-week"),
        words(t, "debrief-what"),
        words(t, "debrief-why")
    );
    for m in &d.timeline {
        let _ = writeln!(
            h,
            "<tr class=\"{}\"><td class=\"n\">{}</td><td>{}</td><td class=\"dim\">{}</td></tr>",
            m.kind,
            num(t, m.week),
            bdi(&m.text),
            bdi(&m.cause)
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn factors(h: &mut String, d: &Debrief, t: &Texts) {
    let _ = writeln!(h, "<section id=\"factors\">\n<h2>{}</h2>", words(t, "debrief-factors"));
    if d.factors.is_empty() {
        let _ = writeln!(h, "<p>{}</p>\n</section>", words(t, "debrief-none"));
        return;
    }
    let most = d.factors.iter().map(|f| f.count).max().unwrap_or(1).max(1);
    let _ = writeln!(
        h,
        "<table>\n<thead><tr><th>{}</th><th class=\"n\">{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        words(t, "debrief-factor"),
        words(t, "debrief-times"),
        words(t, "debrief-factor-weeks"),
        words(t, "debrief-factor-seen")
    );
    for f in &d.factors {
        let weeks: Vec<String> = f.weeks.iter().map(|w| number(t, i32::from(*w))).collect();
        let seen: Vec<String> = super::seen_shown(f, t).iter().map(|s| bdi(s)).collect();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{} <span class=\"bar\" style=\"width:{}px\"></span></td><td>{}</td><td>{}</td></tr>",
            bdi(&f.name),
            num(t, f.count),
            f.count * 80 / most,
            esc(&crate::content::text::sanitize(&t.list(&weeks))),
            seen.join("; ")
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn roads(h: &mut String, d: &Debrief, t: &Texts) {
    let Some(r) = &d.roads else { return };
    let _ = writeln!(h, "<section id=\"roads\">\n<h2>{}</h2>", words(t, "debrief-roads"));
    let _ = writeln!(
        h,
        "<p class=\"dim\">{}</p>",
        fmt(
            t,
            "debrief-roads-method",
            &[("forks", r.forks.into()), ("screen", r.screen_games.into()), ("games", r.games.into())]
        )
    );
    if r.roads.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", words(t, "debrief-roads-none"));
    }
    for road in &r.roads {
        let _ = writeln!(
            h,
            "<div class=\"road\">\n<h3>{}</h3>\n<p>{}</p>\n<table>\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
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
            let mine =
                if o.chosen { format!(" <strong>({})</strong>", words(t, "debrief-chosen")) } else { String::new() };
            let outs: Vec<String> = o
                .outcomes
                .iter()
                .map(|x| {
                    let share = fmt(t, "debrief-share", &[("share", super::percent(x.games, total).into())]);
                    format!(
                        "<li><span class=\"bar\" style=\"width:{}px\"></span> {} {}</li>",
                        super::percent(x.games, total),
                        bdi(&x.title),
                        share
                    )
                })
                .collect();
            let _ = writeln!(
                h,
                "<tr><td>{}{mine}</td><td><ul class=\"legend\" style=\"display:block\">{}</ul></td></tr>",
                bdi(&o.text),
                outs.join("")
            );
        }
        h.push_str("</tbody>\n</table>\n</div>\n");
    }
    h.push_str("</section>\n");
}

fn history(h: &mut String, d: &Debrief, t: &Texts) {
    let _ = writeln!(h, "<section id=\"history\">\n<h2>{}</h2>", words(t, "debrief-history"));
    if !d.history.is_empty() {
        h.push_str("<ol>\n");
        for n in &d.history {
            let _ = writeln!(
                h,
                "<li><strong>{}</strong><br>{}<br><span class=\"dim\">{}</span></li>",
                fmt(t, "timeline-line", &[("turn", n.week.into()), ("what", n.title.clone().into())]),
                esc(&n.note),
                fmt(t, "debrief-source", &[("source", n.source.clone().into())])
            );
        }
        h.push_str("</ol>\n");
    }
    if !d.sources.is_empty() {
        let _ = writeln!(h, "<h3>{}</h3>\n<ul class=\"sources\">", words(t, "debrief-sources"));
        for s in &d.sources {
            let _ = writeln!(h, "<li>{}</li>", bdi(s));
        }
        h.push_str("</ul>\n");
    }
    let _ = writeln!(h, "<h3>{}</h3>", words(t, "debrief-departures"));
    if d.departures.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", words(t, "debrief-no-departures"));
    } else {
        h.push_str("<ul>\n");
        for b in &d.departures {
            let _ = writeln!(
                h,
                "<li>{}</li>",
                fmt(t, "debrief-departure", &[("week", b.week.into()), ("title", b.title.clone().into())])
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

fn questions(h: &mut String, d: &Debrief, t: &Texts) {
    if d.questions.is_empty() {
        return;
    }
    let _ = writeln!(h, "<section id=\"questions\">\n<h2>{}</h2>\n<ol>", words(t, "debrief-questions"));
    for q in &d.questions {
        let _ = writeln!(
            h,
            "<li>{}<br><span class=\"dim\">{}</span></li>",
            esc(&q.text),
            fmt(t, "debrief-factor-of", &[("factor", q.factor.name.clone().into())])
        );
    }
    h.push_str("</ol>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(esc("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
    }
}
