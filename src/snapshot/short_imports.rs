//! Short names for what the page's WebAssembly imports from wasm-bindgen's JS.
//!
//! wasm-bindgen names each import `__wbg_<what>_<16 hex digits>` and the
//! module `./<stem>_bg.js`. The first part imports about 200 of them, each
//! named twice (in the `.wasm`'s import section and as a key of the JS's
//! imports object), and to brotli the hex digits are random: 5 KB of the
//! first tap's 200 KB (2026-11-27) paid for names. This step renames them
//! `a`, `b`, … in both files. It changes no code: an import is matched by
//! its (module, name) pair, and both sides get the same new pair.
//!
//! It refuses, and so stops the build, whatever it cannot rename safely: a
//! name the JS does not hold exactly once, as an object key.

use super::wasm_bytes::{imports, push_leb128, push_name, section, with_section};

/// The new module name of wasm-bindgen's imports.
const MODULE: &str = "a";

/// `wasm` and `js` with the imports of the module named like `*_bg.js`
/// renamed in both.
pub fn shortened(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    let (header, body) = section(wasm, 2)?;
    let imports = imports(&wasm[body.clone()])?;
    let bindgen: Vec<&str> = imports
        .iter()
        .map(|i| i.module)
        .filter(|m| m.ends_with("_bg.js"))
        .collect();
    let Some(&module) = bindgen.first() else {
        return Err("the app's .wasm imports nothing from wasm-bindgen's JS".into());
    };
    if bindgen.iter().any(|m| *m != module) {
        return Err("the app's .wasm imports from two wasm-bindgen modules".into());
    }

    let mut js = key_renamed(js, &format!("\"{module}\""), &format!("\"{MODULE}\""))?;
    let mut section = Vec::new();
    push_leb128(&mut section, imports.len());
    let mut next = 0;
    for import in &imports {
        let (module, name) = if import.module == module {
            let short = short_name(next);
            next += 1;
            js = key_renamed(&js, import.name, &short)?;
            (MODULE.to_string(), short)
        } else {
            (import.module.to_string(), import.name.to_string())
        };
        push_name(&mut section, &module);
        push_name(&mut section, &name);
        section.extend_from_slice(import.kind);
    }
    Ok((with_section(wasm, header, body, 2, &section), js))
}

/// The `n`th short name: `a` … `Z`, then `aa`, `ab`, …
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// `js` with the one object key `from` (followed by `:`) made `to`. A name
/// found anywhere else too (a property read, a second key) is refused.
fn key_renamed(js: &str, from: &str, to: &str) -> Result<String, String> {
    let found: Vec<usize> = super::scripts::word_positions(js, from).collect();
    match found.as_slice() {
        [at] if js[at + from.len()..].starts_with(':') => {
            Ok(format!("{}{to}{}", &js[..*at], &js[at + from.len()..]))
        }
        _ => Err(format!(
            "wasm-bindgen's JS names the import {from} {} times, not once as a key: its version is not the pinned one",
            found.len()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(module: &str, name: &str, kind: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        push_name(&mut out, module);
        push_name(&mut out, name);
        out.extend_from_slice(kind);
        out
    }

    /// A module with a type section, the imports, and a custom section after them.
    fn module(imports: &[Vec<u8>]) -> Vec<u8> {
        let mut out = b"\0asm\x01\0\0\0".to_vec();
        out.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut body = Vec::new();
        push_leb128(&mut body, imports.len());
        for i in imports {
            body.extend_from_slice(i);
        }
        out.push(2);
        push_leb128(&mut out, body.len());
        out.extend_from_slice(&body);
        out.extend_from_slice(&[0, 3, 2, b'x', b'y']);
        out
    }

    const BG: &str = "./app-0123_bg.js";

    fn js() -> String {
        format!(
            "function f() {{ const import0 = {{ __proto__: null, __wbg_now_0123456789abcdef: function() {{ return Date.now(); }}, \
             __wbindgen_init_externref_table: function() {{}} }}; return {{ \"{BG}\": import0, \"./__wasm_split.js\": import1 }}; }}"
        )
    }

    #[test]
    fn bindgen_imports_get_short_names_in_both_files_and_the_rest_stays() {
        let wasm = module(&[
            entry(BG, "__wbg_now_0123456789abcdef", &[0, 0]),
            entry("./__wasm_split.js", "memory", &[2, 1, 17, 0x80, 0x80, 0x04]),
            entry(
                "./__wasm_split.js",
                "__indirect_function_table",
                &[1, 0x70, 0, 5],
            ),
            entry(BG, "__wbindgen_init_externref_table", &[0, 0]),
        ]);
        let (out, js) = shortened(&wasm, &js()).unwrap();
        let expected = module(&[
            entry("a", "a", &[0, 0]),
            entry("./__wasm_split.js", "memory", &[2, 1, 17, 0x80, 0x80, 0x04]),
            entry(
                "./__wasm_split.js",
                "__indirect_function_table",
                &[1, 0x70, 0, 5],
            ),
            entry("a", "b", &[0, 0]),
        ]);
        assert_eq!(out, expected);
        assert!(js.contains("a: function() { return Date.now(); }"), "{js}");
        assert!(js.contains("b: function() {}"), "{js}");
        assert!(js.contains("\"a\": import0"), "{js}");
        assert!(!js.contains("__wbg_now") && !js.contains(BG), "{js}");
    }

    #[test]
    fn a_name_the_js_uses_twice_or_not_as_a_key_stops_the_build() {
        let wasm = module(&[entry(BG, "__wbg_now_0123456789abcdef", &[0, 0])]);
        let twice = js().replace(
            "return Date.now();",
            "return import0.__wbg_now_0123456789abcdef;",
        );
        assert!(shortened(&wasm, &twice).is_err());
        let missing = js().replace("__wbg_now_0123456789abcdef", "__wbg_now_fedcba9876543210");
        assert!(shortened(&wasm, &missing).is_err());
        // A longer name that contains it is another name.
        let longer = js().replace(
            "__wbg_now_0123456789abcdef:",
            "__wbg_now_0123456789abcdef_2:",
        );
        assert!(shortened(&wasm, &longer).is_err());
    }

    #[test]
    fn an_import_of_an_unknown_kind_or_a_truncated_section_stops_the_build() {
        let wasm = module(&[entry(BG, "__wbg_now_0123456789abcdef", &[9, 0])]);
        assert!(shortened(&wasm, &js()).is_err());
        let mut cut = module(&[entry(BG, "__wbg_now_0123456789abcdef", &[0, 0])]);
        cut.truncate(30);
        assert!(shortened(&cut, &js()).is_err());
        assert!(shortened(b"not wasm", &js()).is_err());
    }

    #[test]
    fn short_names_count_through_both_cases_then_two_letters() {
        let names: Vec<String> = (0..60).map(short_name).collect();
        assert_eq!(names[0], "a");
        assert_eq!(names[25], "z");
        assert_eq!(names[26], "A");
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        assert_eq!(names[53], "ab");
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
    }
}
