//! No import circles: no module of `src/` reaches itself through the
//! modules it names (`use crate::…`, `super::…`, paths in code). A circle
//! means two modules cannot be read, tested or moved one without the other;
//! a module that needs what another's caller holds takes it as an argument.
//!
//! A module is a file (`src/ui/loader/mod.rs` is `ui::loader`); a path
//! counts for the longest module it names, so `crate::data::Dataset` is a
//! use of `data`. A child naming its ancestor module itself (`use
//! crate::data;` in `data::read`) is not counted: the child lives in it.
//! The binaries (`src/bin`) and tests (`#[cfg(test)]` and after) are left
//! out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Module = Vec<String>;

fn modules(dir: &Path, root: &Path, out: &mut BTreeMap<Module, String>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                modules(&path, root, out);
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap().with_extension("");
        let mut module: Module = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if module
            .last()
            .is_some_and(|l| l == "mod" || l == "lib" || l == "main")
        {
            module.pop();
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let code: String = source
            .lines()
            .take_while(|l| l.trim() != "#[cfg(test)]")
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        out.insert(module, code);
    }
}

/// Each path that starts `crate::`, `super::` or `self::`, as words, with
/// the items of a `{…}` group after it as paths of their own.
fn paths(code: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    let word = |c: char| c.is_alphanumeric() || c == '_';
    for start in ["crate::", "super::", "self::"] {
        for (at, _) in code.match_indices(start) {
            if code[..at].chars().next_back().is_some_and(word) {
                continue;
            }
            let base = start.trim_end_matches("::").to_string();
            let rest = &code[at + start.len()..];
            let end = rest
                .find(|c: char| !(word(c) || c == ':'))
                .unwrap_or(rest.len());
            let head: Vec<String> = rest[..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            found.push((base.clone(), head.clone()));
            if rest[..end].ends_with("::") && rest[end..].starts_with('{') {
                let group = &rest[end + 1..];
                let close = group.find('}').unwrap_or(group.len());
                for item in group[..close].split(',') {
                    let item = item.split(" as ").next().unwrap_or("").trim();
                    let mut path = head.clone();
                    path.extend(
                        item.split("::")
                            .filter(|s| !s.is_empty() && s.chars().all(word))
                            .map(String::from),
                    );
                    found.push((base.clone(), path));
                }
            }
        }
    }
    found
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = BTreeMap::new();
    modules(&root, &root, &mut all);
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, code) in &all {
        let targets = edges.entry(module.clone()).or_default();
        for (base, mut path) in paths(code) {
            let mut full: Module = match base.as_str() {
                "crate" => Vec::new(),
                "super" => module[..module.len().saturating_sub(1)].to_vec(),
                _ => module.clone(),
            };
            while path.first().is_some_and(|p| p == "super") {
                path.remove(0);
                full.pop();
            }
            full.extend(path);
            let named = (0..=full.len())
                .rev()
                .map(|n| full[..n].to_vec())
                .find(|m| all.contains_key(m));
            let Some(named) = named else { continue };
            let own_ancestor = named.len() < module.len()
                && module[..named.len()] == named[..]
                && full.len() == named.len();
            if named != *module && !own_ancestor && !named.is_empty() {
                targets.insert(named);
            }
        }
    }
    edges
}

/// The circles: groups of two or more modules that reach each other
/// (Tarjan's strongly connected components).
fn circles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on: BTreeSet<&'a Module>,
        found: Vec<Vec<Module>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a Module) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        w.on.insert(v);
        for t in w.edges.get(v).into_iter().flatten() {
            let Some((t, _)) = w.edges.get_key_value(t) else {
                continue;
            };
            if !w.index.contains_key(t) {
                visit(w, t);
                let low = w.low[v].min(w.low[t]);
                w.low.insert(v, low);
            } else if w.on.contains(t) {
                let low = w.low[v].min(w.index[t]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut group = Vec::new();
            while let Some(m) = w.stack.pop() {
                w.on.remove(m);
                group.push(m.clone());
                if m == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                w.found.push(group);
            }
        }
    }
    let mut w = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !w.index.contains_key(v) {
            visit(&mut w, v);
        }
    }
    w.found
}

#[test]
fn no_module_reaches_itself() {
    let edges = graph();
    assert!(edges.len() > 50, "the modules of src/ were found");
    let found: Vec<String> = circles(&edges)
        .into_iter()
        .map(|group| {
            let names: Vec<String> = group.iter().map(|m| m.join("::")).collect();
            let arrows: Vec<String> = group
                .iter()
                .flat_map(|a| {
                    edges[a]
                        .iter()
                        .filter(|b| group.contains(b))
                        .map(move |b| format!("{} → {}", a.join("::"), b.join("::")))
                })
                .collect();
            format!("{} ({})", names.join(", "), arrows.join("; "))
        })
        .collect();
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}

#[test]
fn a_circle_is_found() {
    let m = |s: &str| -> Module { s.split("::").map(String::from).collect() };
    let mut edges = BTreeMap::new();
    edges.insert(m("a"), BTreeSet::from([m("b")]));
    edges.insert(m("b"), BTreeSet::from([m("c")]));
    edges.insert(m("c"), BTreeSet::from([m("a")]));
    edges.insert(m("d"), BTreeSet::from([m("a")]));
    assert_eq!(circles(&edges), vec![vec![m("a"), m("b"), m("c")]]);
}
