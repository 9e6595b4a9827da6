//! Loading and validating packs: the shipped content, a synthetic 10,000-event pack, and
//! raw TOML parsing of the same files for comparison.

use criterion::{Criterion, criterion_group, criterion_main};
use goodfaith::content::{Library, raw};
use std::fs;
use std::path::{Path, PathBuf};

fn load_all(root: &Path) -> usize {
    let lib = Library::load(&[root.to_path_buf()]);
    let mut n = 0;
    for s in lib.scenarios() {
        let (built, _) = lib.build(&s.id);
        n += built.map_or(0, |b| b.scenario.events.len());
    }
    n
}

/// Writes a pack with `events` random, triggered and follow-up events.
fn synthetic(dir: &Path, events: usize) {
    fs::create_dir_all(dir.join("scenarios")).unwrap();
    fs::create_dir_all(dir.join("locales/en-US")).unwrap();
    fs::write(dir.join("pack.toml"), "id = \"synthetic\"\nversion = \"1.0.0\"\nformat = 1\nlocales = [\"en-US\"]\n")
        .unwrap();
    let mut toml = String::from(
        "scenario = \"synthetic\"\n[setup]\nstart = \"2020-01-06\"\nturn_days = 7\nturns = 40\nresources = [\"time\"]\nnothing = 50\n\
         [[actor]]\nid = \"a\"\naccept = \"support.self > 10\"\n[[actor]]\nid = \"b\"\naccept = \"support.self > 10\"\n\
         [[meter]]\nid = \"tension\"\nstart = 50\n[[meter]]\nid = \"opinion\"\nactors = [\"a\", \"b\"]\nstart = 50\n\
         [[flag]]\nid = \"quiet\"\n[[role]]\nid = \"envoy\"\nactor = \"a\"\nbudget = { time = 2 }\nactions = [\"talk\"]\n\
         [[action]]\nid = \"talk\"\ntarget = \"actor\"\ncost = { time = 1 }\neffects = [\"trust.target.self += 2\"]\n\
         [[ending]]\nid = \"end\"\ntier = \"failure\"\nat_deadline = true\n",
    );
    let mut ftl = String::from(
        "pack-synthetic = S\nscenario-synthetic = S\n    .description = d\nactor-a = A\nactor-b = B\nmeter-tension = T\nmeter-opinion = O\n\
         resource-time = T\nrole-envoy = E\n    .description = d\n    .success = s\naction-talk = T\n    .description = d\n\
         ending-end = E\n    .title = t\n    .epilogue = e\n    .history = h\n",
    );
    for i in 0..events {
        let trigger = if i % 2 == 0 { "random" } else { "triggered" };
        toml.push_str(&format!(
            "[[event]]\nid = \"e{i}\"\ntrigger = \"{trigger}\"\n{}condition = \"tension > {} and not flag.quiet\"\ncooldown = 3\n\
             effects = [\"tension += {}\", \"opinion.a -= 1\", \"trust.a.b += 1\"]\ntags = [\"security\"]\n\
             [[event.option]]\nid = \"x\"\neffects = [\"opinion.b += 2\"]\n[[event.option]]\nid = \"y\"\nweight = 3\n",
            if trigger == "random" { "weight = 2\n" } else { "" },
            i % 90,
            i % 5,
        ));
        ftl.push_str(&format!("event-e{i} = text\n    .title = title\nevent-e{i}-x = x\nevent-e{i}-y = y\n"));
    }
    // Split the events over files below the 1 MiB cap.
    let chunks: Vec<&str> = toml.split_inclusive("[[event]]").collect();
    let head = chunks[0].trim_end_matches("[[event]]");
    fs::write(dir.join("scenarios/main.toml"), head).unwrap();
    let mut file = 0;
    let mut body = String::from("scenario = \"synthetic\"\n");
    for c in &chunks[1..] {
        body.push_str("[[event]]");
        body.push_str(c.trim_end_matches("[[event]]"));
        if body.len() > 700_000 {
            fs::write(dir.join(format!("scenarios/events{file:02}.toml")), &body).unwrap();
            file += 1;
            body = String::from("scenario = \"synthetic\"\n");
        }
    }
    fs::write(dir.join(format!("scenarios/events{file:02}.toml")), &body).unwrap();
    fs::write(dir.join("locales/en-US/s.ftl"), ftl).unwrap();
}

fn toml_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(fs::read_to_string(p).unwrap());
            }
        }
    }
    out
}

/// Parses scenario files into the raw pack-format structs (manifests into theirs).
fn parse_all(files: &[String]) -> usize {
    files
        .iter()
        .map(|s| match toml::from_str::<raw::ScenarioFile>(s) {
            Ok(f) => f.event.len() + 1,
            Err(_) => toml::from_str::<raw::Manifest>(s).map_or(0, |_| 1),
        })
        .sum()
}

fn bench(c: &mut Criterion) {
    let content = PathBuf::from("content");
    assert!(load_all(&content) > 0, "no shipped scenario builds");
    c.bench_function("load/shipped content", |b| b.iter(|| load_all(&content)));
    let shipped = toml_files(&content);
    c.bench_function("load/raw toml of shipped content", |b| {
        b.iter(|| shipped.iter().map(|s| toml::from_str::<toml::Table>(s).unwrap().len()).sum::<usize>())
    });
    // The parsing stage alone: the same files into the pack format's structs (with spans).
    assert!(parse_all(&shipped) >= shipped.len(), "the shipped files must parse");
    c.bench_function("load/parse into pack structs, shipped content", |b| b.iter(|| parse_all(&shipped)));

    let tmp = tempfile::tempdir().unwrap();
    synthetic(tmp.path(), 10_000);
    assert_eq!(load_all(tmp.path()), 10_000, "the synthetic pack must build");
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function("synthetic 10000 events", |b| b.iter(|| load_all(tmp.path())));
    let files = toml_files(tmp.path());
    group.bench_function("raw toml of synthetic 10000 events", |b| {
        b.iter(|| files.iter().map(|s| toml::from_str::<toml::Table>(s).unwrap().len()).sum::<usize>())
    });
    assert!(parse_all(&files) > 10_000, "the synthetic files must parse");
    group.bench_function("parse into pack structs, synthetic 10000 events", |b| b.iter(|| parse_all(&files)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
