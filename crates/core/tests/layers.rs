//! The core's layers (DEVELOPMENT.md, "Layers and where each room goes"), checked on the source:
//! every `crate::…` path of a top-level module names the module it imports from, and
//!
//! - a leaf imports only leaves,
//! - a rule imports only leaves and rules, never the store or the use cases,
//! - the store imports no use case,
//! - no import cycle runs between the top-level modules.
//!
//! Test code (`#[cfg(test)]` modules and `*tests.rs` files) may reach further and is not read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Leaf,
    Rule,
    Store,
    UseCase,
}

/// Every top-level module of `crates/core/src` and its layer. A new module is placed here (and
/// in DEVELOPMENT.md) before it is built.
const LAYERS: &[(&str, Layer)] = &[
    ("error", Layer::Leaf),
    ("text", Layer::Leaf),
    ("datadir", Layer::Leaf),
    ("parallel", Layer::Leaf),
    ("language", Layer::Leaf),
    ("vocabulary", Layer::Leaf),
    ("identifiers", Layer::Leaf),
    ("office", Layer::Rule),
    ("deadline", Layer::Rule),
    ("register", Layer::Rule),
    ("intake", Layer::Rule),
    ("sources", Layer::Rule),
    ("index", Layer::Rule),
    ("search", Layer::Rule),
    ("verify", Layer::Rule),
    ("smtp", Layer::Rule),
    ("pdf", Layer::Rule),
    ("letters", Layer::Rule),
    ("fulfil", Layer::Rule),
    ("processing", Layer::Rule),
    ("audit", Layer::Rule),
    ("report", Layer::Rule),
    ("guide", Layer::Rule),
    ("vault", Layer::Rule),
    ("store", Layer::Store),
    ("desk", Layer::UseCase),
];

/// What the crate root re-exports, and the module it comes from.
const ROOT_NAMES: &[(&str, &str)] = &[
    ("Store", "store"),
    ("CoreError", "error"),
    ("ErrorCode", "error"),
    ("ErrorReport", "error"),
    ("Result", "error"),
];

fn layer_of(module: &str) -> Option<Layer> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The text of a file without comments and without its `#[cfg(test)]` items.
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.starts_with("#[cfg(test)]") {
            // Skip the item that follows: a `mod x;` line, or a block up to its closing brace.
            let mut depth = 0i32;
            let mut opened = false;
            for next in lines.by_ref() {
                let t = next.trim_start();
                if t.starts_with("#[") && !opened {
                    continue;
                }
                depth += next.matches('{').count() as i32 - next.matches('}').count() as i32;
                opened |= next.contains('{');
                if (opened && depth <= 0) || (!opened && next.trim_end().ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        let code = match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// The top-level modules a piece of code names through `crate::` (or `$crate::`).
fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a::b, c, D}`: the first segment of each item at the top level.
            let mut depth = 0;
            let mut item = String::new();
            let mut items = Vec::new();
            let mut at_start = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(std::mem::take(&mut item));
                        at_start = true;
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 && at_start {
                    if c.is_alphanumeric() || c == '_' {
                        item.push(c);
                    } else if !item.is_empty() {
                        at_start = false;
                    }
                }
            }
            items.push(item);
            items
        } else {
            vec![rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()]
        };
        for name in names.into_iter().filter(|n| !n.is_empty()) {
            let module = ROOT_NAMES
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(name.clone(), |(_, m)| m.to_string());
            found.insert(module);
        }
    }
    found
}

/// Each top-level module with the modules it imports and, for each, a file that does.
fn graph() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let name = rel.file_name().unwrap().to_string_lossy();
        if rel == Path::new("lib.rs") || name.ends_with("tests.rs") {
            continue;
        }
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        let entry = graph.entry(top.clone()).or_default();
        for module in imports(&code) {
            if module != top {
                entry
                    .entry(module)
                    .or_insert_with(|| rel.display().to_string());
            }
        }
    }
    graph
}

#[test]
fn every_module_has_a_layer() {
    let unplaced: Vec<String> = graph()
        .into_keys()
        .filter(|m| layer_of(m).is_none())
        .collect();
    assert!(
        unplaced.is_empty(),
        "top-level modules without a layer: {unplaced:?}. Place each in DEVELOPMENT.md (\"Layers \
         and where each room goes\") and in LAYERS of crates/core/tests/layers.rs"
    );
}

#[test]
fn each_layer_imports_only_what_lies_below_it() {
    let mut wrong = Vec::new();
    for (module, imported) in graph() {
        let Some(layer) = layer_of(&module) else {
            continue;
        };
        for (target, file) in imported {
            let Some(below) = layer_of(&target) else {
                continue;
            };
            let allowed = match layer {
                Layer::Leaf => below == Layer::Leaf,
                Layer::Rule => below <= Layer::Rule,
                Layer::Store => below <= Layer::Rule,
                Layer::UseCase => true,
            };
            if !allowed {
                wrong.push(format!(
                    "{file}: `{module}` ({layer:?}) imports `{target}` ({below:?})"
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers (leaves import only leaves; rules never the store or desk/; \
         the store never desk/; see DEVELOPMENT.md, \"Layers\"):\n  {}",
        wrong.join("\n  ")
    );
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let graph = graph();
    // Depth-first search; a module met again on the current path closes a cycle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut cycle: Vec<String> = path[i..].to_vec();
            cycle.push(m.to_string());
            let steps: Vec<String> = cycle
                .windows(2)
                .map(|w| format!("{} → {} ({})", w[0], w[1], graph[&w[0]][&w[1]]))
                .collect();
            cycles.push(steps.join(", "));
            return;
        }
        if !done.insert(m.to_string()) {
            return;
        }
        path.push(m.to_string());
        if let Some(next) = graph.get(m) {
            for n in next.keys() {
                visit(n, graph, path, done, cycles);
            }
        }
        path.pop();
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    assert!(
        cycles.is_empty(),
        "import cycles between the core's top-level modules:\n  {}",
        cycles.join("\n  ")
    );
}

#[test]
fn the_reader_sees_imports_and_skips_test_code() {
    let code = code_of(
        "use crate::{register::Request, CoreError, Store};\n\
         // use crate::desk::x;\n\
         fn f() -> crate::text::Shown { $crate::vocabulary::names!() }\n\
         #[cfg(test)]\nmod tests {\n    use crate::store::test_store;\n    fn g() {}\n}\n\
         #[cfg(test)]\nmod more;\n\
         use crate::index::X;\n",
    );
    let found: Vec<String> = imports(&code).into_iter().collect();
    assert_eq!(
        found,
        ["error", "index", "register", "store", "text", "vocabulary"],
        "{code}"
    );
}
