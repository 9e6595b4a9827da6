//! Loader robustness on stable Rust: arbitrary text and bytes into every parser a pack or a
//! save goes through never panic. (`fuzz/` has the same targets for cargo-fuzz.)

use goodfaith::content::Library;
use goodfaith::engine::expr;
use proptest::prelude::*;
use std::fs;

/// Writes a pack whose scenario file is `scenario` and whose English text is `ftl`.
fn load(scenario: &[u8], ftl: &[u8]) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("scenarios")).unwrap();
    fs::create_dir_all(root.join("locales/en-US")).unwrap();
    fs::write(root.join("pack.toml"), "id = \"fuzz\"\nversion = \"1\"\nformat = 1\nlocales = [\"en-US\"]\n").unwrap();
    fs::write(root.join("scenarios/s.toml"), scenario).unwrap();
    fs::write(root.join("locales/en-US/f.ftl"), ftl).unwrap();
    let lib = Library::load(&[root.to_path_buf()]);
    let diags = lib.check();
    let _ = goodfaith::content::diag::render(&lib.map, &diags, false);
    let _ = goodfaith::content::diag::to_json(&lib.map, &diags);
}

/// Pieces of valid scenario text, to get past the TOML parser into validation.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("scenario = \"s\"\n".to_string()),
        Just("[setup]\nstart = \"2020-01-01\"\nturn_days = 7\nturns = 3\nresources = [\"t\"]\n".to_string()),
        Just("[[actor]]\nid = \"a\"\naccept = \"support.self > 1\"\n".to_string()),
        Just("[[meter]]\nid = \"m\"\nactors = [\"a\"]\n".to_string()),
        Just("[[event]]\nid = \"e\"\ntrigger = \"random\"\nweight = 1\nfollowups = [{ event = \"e\" }]\n".to_string()),
        Just("[[event.option]]\nid = \"o\"\neffects = [\"m.a += 1\"]\n".to_string()),
        Just("[[role]]\nid = \"r\"\nactor = \"a\"\nbudget = { t = 1 }\nactions = [\"x\"]\n".to_string()),
        Just("[[action]]\nid = \"x\"\nkind = \"draft\"\n".to_string()),
        Just("[[issue]]\nid = \"i\"\n[[issue.option]]\nid = \"p\"\n".to_string()),
        Just("[[ending]]\nid = \"z\"\ntier = \"failure\"\nat_deadline = true\n".to_string()),
        "[a-z_\\[\\]=\". \n{}0-9]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_the_loader(scenario in proptest::collection::vec(any::<u8>(), 0..300), ftl in proptest::collection::vec(any::<u8>(), 0..200)) {
        load(&scenario, &ftl);
    }

    #[test]
    fn shuffled_fragments_never_panic_the_validator(parts in proptest::collection::vec(fragment(), 0..12), ftl in "[a-z-]{1,8} = [a-z ]{0,10}\n") {
        load(parts.concat().as_bytes(), ftl.as_bytes());
    }

    #[test]
    fn arbitrary_expressions_never_panic(src in "[a-z_.() <>=!+*/%-0-9]{0,80}") {
        struct Any;
        impl expr::Resolve for Any {
            fn resolve(&self, path: &[&str]) -> Result<expr::Var, expr::Unresolved> {
                if path.len() > 2 {
                    return Err(expr::Unresolved { segment: 2, message: "too long".into(), suggestion: None });
                }
                Ok(expr::Var {
                    value: expr::Value::Slot(expr::Slot::Static(path.len() as u32)),
                    ty: if path[0].starts_with('f') { expr::Ty::Bool } else { expr::Ty::Int },
                    access: expr::Access::Bounded { min: -5, max: 5, grow_only: false },
                })
            }
        }
        let values = [3, -7, 1];
        if let Ok(code) = expr::compile_condition(&src, &Any) {
            let _ = code.eval(&values, &expr::Ctx::default());
        }
        if let Ok(code) = expr::compile_number(&src, &Any) {
            let _ = code.eval(&values, &expr::Ctx::default());
        }
        let _ = expr::compile_effect(&src, &Any);
    }

    #[test]
    fn arbitrary_saves_never_panic(text in "[a-z_=\"\\[\\], \n0-9.]{0,200}") {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("s.toml");
        fs::write(&p, &text).unwrap();
        if let Ok(save) = goodfaith::save::Save::read(&p) {
            let lib = Library::load(&[std::path::PathBuf::from("tests/fixtures/packs")]);
            let _ = save.replay(&lib);
        }
    }
}
