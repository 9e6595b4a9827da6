//! The comparison as one self-contained HTML page: no scripts, no outside files, every
//! text escaped; each meter's two curves drawn as inline SVG.

use super::{Comparison, Curve, ending_line, first_line, first_steps, game_line, words};
use crate::engine::Game;
use crate::engine::report::ids;
use crate::i18n::Texts;
use std::fmt::Write as _;

/// Text made safe inside HTML elements and attribute values.
pub fn escape(s: &str) -> String {
    crate::content::text::escape_html(s)
}

const WIDTH: i64 = 600;
const HEIGHT: i64 = 120;

/// One meter's curves: A solid, B dashed, on the meter's own scale.
fn svg(curve: &Curve, label: &str) -> String {
    let weeks = curve.a.len().max(curve.b.len()).max(2) as i64;
    let (lo, hi) = (i64::from(curve.min), i64::from(curve.max).max(i64::from(curve.min) + 1));
    let point = |i: usize, v: i32| {
        let x = i as i64 * WIDTH / (weeks - 1);
        let y = HEIGHT - (i64::from(v).clamp(lo, hi) - lo) * HEIGHT / (hi - lo);
        format!("{x},{y}")
    };
    let line = |v: &[i32]| v.iter().enumerate().map(|(i, &x)| point(i, x)).collect::<Vec<_>>().join(" ");
    format!(
        "<svg viewBox=\"-4 -4 {} {}\" width=\"{WIDTH}\" height=\"{}\" role=\"img\" aria-label=\"{label}\">\
         <rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"none\" stroke=\"#ccc\"/>\
         <polyline points=\"{}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>\
         <polyline points=\"{}\" fill=\"none\" stroke=\"#b8461b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/></svg>",
        WIDTH + 8,
        HEIGHT + 8,
        HEIGHT + 8,
        line(&curve.a),
        line(&curve.b)
    )
}

pub fn html(c: &Comparison, a: &Game, b: &Game, t: &Texts) -> String {
    let sc = a.scenario();
    let rtl = ["ar", "he"].contains(&t.lang.split('-').next().unwrap_or(""));
    let title = escape(&t.fmt("compare-title", &[("scenario", t.get(&format!("scenario-{}", sc.id)).into())]));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head><meta charset=\"utf-8\"><title>{title}</title>\n\
         <style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em}}\
         table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.3em;vertical-align:top}}\
         .a{{color:#1f5fa8}}.b{{color:#b8461b}}svg{{max-width:100%;height:auto}}</style></head>\n<body>\n",
        escape(&t.lang),
        if rtl { "rtl" } else { "ltr" }
    );
    let _ = writeln!(out, "<h1>{title}</h1>");
    let _ = writeln!(
        out,
        "<ul><li class=\"a\">{}</li><li class=\"b\">{}</li></ul>\n<p>{}</p>",
        escape(&game_line(a, t, "A")),
        escape(&game_line(b, t, "B")),
        escape(&first_line(c, a, t))
    );
    let firsts = first_steps(c, a, t);
    if !firsts.is_empty() {
        out.push_str("<ul>");
        for (line, class) in firsts.iter().zip(["a", "b"]) {
            let _ = write!(out, "<li class=\"{class}\">{}</li>", escape(line));
        }
        out.push_str("</ul>\n");
    }
    if !c.weeks.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<table><tr><th></th><th>A</th><th>B</th></tr>",
            escape(&t.get("compare-differed"))
        );
        for w in &c.weeks {
            let _ = writeln!(
                out,
                "<tr><th>{}</th><td class=\"a\">{}</td><td class=\"b\">{}</td></tr>",
                escape(&t.date(sc.date_of(w.week))),
                escape(&words(&w.a, t)),
                escape(&words(&w.b, t))
            );
        }
        out.push_str("</table>\n");
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(&t.get("compare-meters")));
    let shown = sc.meters.iter().enumerate().filter(|(_, m)| m.actors.is_none() && !m.hidden).map(|(i, _)| i);
    for (m, curve) in shown.zip(&c.curves) {
        let name = escape(&t.msg(&ids::meter(sc, m as u16)));
        let _ = writeln!(out, "<h3>{name}</h3>\n<div dir=\"ltr\">{}</div>", svg(curve, &name));
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ul><li class=\"a\">{}</li><li class=\"b\">{}</li></ul>\n</body>\n</html>",
        escape(&t.get("compare-endings")),
        escape(&ending_line(a, t, "A")),
        escape(&ending_line(b, t, "B"))
    );
    out
}
