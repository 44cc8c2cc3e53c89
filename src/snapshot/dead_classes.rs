//! wasm-bindgen's JS classes that nothing can create, and the exports only
//! they call, out of the first part.
//!
//! Leptos depends on `wasm-streams`, whose three `#[wasm_bindgen]` structs
//! (`IntoUnderlyingSource`, `…Sink`, `…ByteSource`) wasm-bindgen always
//! exports, with their methods, though this app never makes a stream: 1.5 KB
//! brotli of the first tap (2026-11-27). A class's object can only come from
//! its `constructor` or from Rust through `static __wrap`; a class with
//! neither, named nowhere else in the JS, is dead. This step removes such a
//! class from the JS (its body, its `Symbol.dispose` line, its
//! `FinalizationRegistry`) and, from the `.wasm`'s exports, what only the
//! removed text called; `wasm-opt` then drops the code behind them.

#[cfg(test)]
use super::wasm_bytes::{push_leb128, push_name, section};

/// `wasm` and `js` without the classes nothing can create.
pub fn removed(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    let mut js = js.to_string();
    let mut gone = String::new();
    for class in dead(&js) {
        let (kept, removed) = without_class(&js, &class)?;
        js = kept;
        gone.push_str(&removed);
    }
    let called: Vec<&str> = called_exports(&gone)
        .into_iter()
        .filter(|export| !names(&js, &format!("wasm.{export}")))
        .collect();
    if called.is_empty() {
        return Ok((wasm.to_vec(), js));
    }
    Ok((without_exports(wasm, &called)?, js))
}

/// The exported classes with no constructor and no `__wrap`, named nowhere
/// outside their own statements.
fn dead(js: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in js.lines() {
        let Some(class) = line
            .strip_prefix("export class ")
            .and_then(|l| l.strip_suffix(" {"))
        else {
            continue;
        };
        let Ok((rest, body)) = without_class(js, class) else {
            continue;
        };
        let creatable = body.contains("constructor(") || body.contains("static __wrap(");
        if !creatable && !names(&rest, class) {
            found.push(class.to_string());
        }
    }
    found
}

/// `js` without the class's statements, and those statements.
fn without_class(js: &str, class: &str) -> Result<(String, String), String> {
    let lines: Vec<&str> = js.lines().collect();
    let head = format!("export class {class} {{");
    let dispose = format!("if (Symbol.dispose) {class}.prototype[Symbol.dispose]");
    let registry = format!("const {class}Finalization = ");
    let start = lines.iter().position(|l| *l == head);
    let start = start.ok_or_else(|| format!("wasm-bindgen's JS has no class {class}"))?;
    let end = start
        + lines[start..]
            .iter()
            .position(|l| *l == "}")
            .ok_or("a class with no end")?;
    let mut gone = vec![false; lines.len()];
    gone[start..=end].fill(true);
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with(&dispose) {
            gone[i] = true;
        }
        if line.starts_with(&registry) {
            let last = i + lines[i..]
                .iter()
                .position(|l| l.ends_with(';'))
                .ok_or("a registry with no end")?;
            gone[i..=last].fill(true);
        }
    }
    let (mut kept, mut removed) = (String::new(), String::new());
    for (line, gone) in lines.iter().zip(gone) {
        let to = if gone { &mut removed } else { &mut kept };
        to.push_str(line);
        to.push('\n');
    }
    Ok((kept, removed))
}

/// Whether `word` stands in `text` as a word of its own.
fn names(text: &str, word: &str) -> bool {
    super::scripts::word_positions(text, word).next().is_some()
}

/// The `wasm.<export>` names `text` calls, each once.
fn called_exports(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .match_indices("wasm.")
        .map(|(at, _)| {
            let rest = &text[at + "wasm.".len()..];
            let end = rest
                .find(|c: char| !super::scripts::in_identifier(c))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|e| !e.is_empty())
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// `wasm` without the exports named `drop`, each of which must be there.
fn without_exports(wasm: &[u8], drop: &[&str]) -> Result<Vec<u8>, String> {
    let (out, dropped) = super::wasm_bytes::without_exports(wasm, |name| drop.contains(&name))?;
    if dropped.len() != drop.len() {
        return Err(format!(
            "the JS calls exports the .wasm does not have ({}): wasm-bindgen is not the pinned one",
            drop.join(", ")
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const JS: &str = "\
export class Stream {
    free() {
        wasm.__wbg_stream_free(this.__wbg_ptr, 0);
    }
    pull(c) {
        return wasm.stream_pull(this.__wbg_ptr, c);
    }
}
if (Symbol.dispose) Stream.prototype[Symbol.dispose] = Stream.prototype.free;
export class Made {
    static __wrap(ptr) {
        return Object.create(Made.prototype);
    }
    go() {
        wasm.made_go(this.__wbg_ptr);
    }
}
function start() { wasm.main(); wasm.stream_shared(); }
const StreamFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_stream_free(ptr, 1));
const after = 1;
";

    fn module(exports: &[&str]) -> Vec<u8> {
        let mut body = Vec::new();
        push_leb128(&mut body, exports.len());
        for (i, e) in exports.iter().enumerate() {
            push_name(&mut body, e);
            body.push(0);
            push_leb128(&mut body, i);
        }
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        out.push(7);
        push_leb128(&mut out, body.len());
        out.extend_from_slice(&body);
        out.extend_from_slice(&[0, 2, 1, b'x']);
        out
    }

    const ALL: &[&str] = &[
        "__wbg_stream_free",
        "stream_pull",
        "made_go",
        "main",
        "stream_shared",
    ];

    #[test]
    fn a_class_nothing_can_create_goes_with_the_exports_only_it_calls() {
        let (wasm, js) = removed(&module(ALL), JS).unwrap();
        assert!(!js.contains("Stream"), "{js}");
        assert!(
            js.contains("export class Made {") && js.contains("wasm.made_go("),
            "{js}"
        );
        assert!(
            js.contains("function start()") && js.ends_with("const after = 1;\n"),
            "{js}"
        );
        let mut expected = Vec::new();
        push_leb128(&mut expected, 3);
        for (e, i) in [("made_go", 2), ("main", 3), ("stream_shared", 4)] {
            push_name(&mut expected, e);
            expected.push(0);
            push_leb128(&mut expected, i);
        }
        let (start, body) = section(&wasm, 7).unwrap();
        assert_eq!(&wasm[body.clone()], &expected[..]);
        assert_eq!(&wasm[..start], b"\0asm\x01\0\0\0");
        assert_eq!(&wasm[body.end..], &[0, 2, 1, b'x']);
    }

    #[test]
    fn a_class_named_elsewhere_or_with_a_constructor_stays() {
        let used = JS.replace("const after = 1;", "const after = new Stream();");
        assert_eq!(removed(&module(ALL), &used).unwrap().1, used);
        let built = JS.replace(
            "    free() {\n        wasm.__wbg_stream_free",
            "    constructor() {}\n    free() {\n        wasm.__wbg_stream_free",
        );
        assert_eq!(removed(&module(ALL), &built).unwrap().1, built);
    }

    #[test]
    fn an_export_the_wasm_lacks_stops_the_build() {
        assert!(removed(&module(&["made_go", "main", "stream_shared"]), JS).is_err());
    }
}
