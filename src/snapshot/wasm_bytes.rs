//! Reading and writing the few parts of a WebAssembly module's binary form
//! that the split step edits (`split`, `short_imports`, `dead_classes`):
//! LEB128 numbers, names, where a section lies, the imports and exports.

/// Where the section `id` starts (its id byte) and where its body lies.
pub fn section(wasm: &[u8], wanted: u8) -> Result<(usize, std::ops::Range<usize>), String> {
    if wasm.get(..4) != Some(b"\0asm") {
        return Err("not a WebAssembly module".into());
    }
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body) = leb128(wasm, at + 1).ok_or("a truncated section header")?;
        let end = body.checked_add(size).filter(|&e| e <= wasm.len());
        let end = end.ok_or("a section runs past the module's end")?;
        if id == wanted {
            return Ok((at, body..end));
        }
        at = end;
    }
    Err(format!("the module has no section {wanted}"))
}

/// `wasm` with the section that starts at `start` and whose body is `body`
/// replaced by section `id` with `new_body`.
pub fn with_section(
    wasm: &[u8],
    start: usize,
    body: std::ops::Range<usize>,
    id: u8,
    new_body: &[u8],
) -> Vec<u8> {
    let mut out = wasm[..start].to_vec();
    out.push(id);
    push_leb128(&mut out, new_body.len());
    out.extend_from_slice(new_body);
    out.extend_from_slice(&wasm[body.end..]);
    out
}

pub fn name(bytes: &[u8], at: usize) -> Option<(&str, usize)> {
    let (len, start) = leb128(bytes, at)?;
    let end = start.checked_add(len)?;
    Some((std::str::from_utf8(bytes.get(start..end)?).ok()?, end))
}

pub fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb128(out, name.len());
    out.extend_from_slice(name.as_bytes());
}

pub fn push_leb128(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// An unsigned LEB128 number at `at`, and where it ends.
pub fn leb128(bytes: &[u8], mut at: usize) -> Option<(usize, usize)> {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(at)?;
        at += 1;
        value |= usize::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some((value, at));
        }
        shift += 7;
    }
}

/// Each export of `wasm`: its name, kind and index.
fn exports(wasm: &[u8]) -> Result<Vec<(&str, u8, usize)>, String> {
    let (_, body) = section(wasm, 7)?;
    let bytes = &wasm[body];
    let truncated = || "a truncated export section".to_string();
    let (count, mut at) = leb128(bytes, 0).ok_or_else(truncated)?;
    let mut found = Vec::with_capacity(count);
    for _ in 0..count {
        let (export, after) = name(bytes, at).ok_or_else(truncated)?;
        let kind = *bytes.get(after).ok_or_else(truncated)?;
        let (index, end) = leb128(bytes, after + 1).ok_or_else(truncated)?;
        at = end;
        found.push((export, kind, index));
    }
    Ok(found)
}

/// The names of `wasm`'s exports.
pub fn export_names(wasm: &[u8]) -> Result<Vec<String>, String> {
    Ok(exports(wasm)?
        .into_iter()
        .map(|(n, _, _)| n.to_string())
        .collect())
}

/// `wasm` without the exports whose names `drop` picks, and those names.
pub fn without_exports(
    wasm: &[u8],
    drop: impl Fn(&str) -> bool,
) -> Result<(Vec<u8>, Vec<String>), String> {
    let (kept, dropped): (Vec<_>, Vec<_>) =
        exports(wasm)?.into_iter().partition(|(n, _, _)| !drop(n));
    let mut new_body = Vec::new();
    push_leb128(&mut new_body, kept.len());
    for (export, kind, index) in kept {
        push_name(&mut new_body, export);
        new_body.push(kind);
        push_leb128(&mut new_body, index);
    }
    let (start, body) = section(wasm, 7)?;
    let dropped = dropped.into_iter().map(|(n, _, _)| n.to_string()).collect();
    Ok((with_section(wasm, start, body, 7, &new_body), dropped))
}

/// One import: its names, and its kind with the kind's description, as bytes.
pub struct Import<'a> {
    pub module: &'a str,
    pub name: &'a str,
    pub kind: &'a [u8],
}

pub fn imports(body: &[u8]) -> Result<Vec<Import<'_>>, String> {
    let truncated = || "a truncated import section".to_string();
    let (count, mut at) = leb128(body, 0).ok_or_else(truncated)?;
    let mut imports = Vec::with_capacity(count);
    for _ in 0..count {
        let (module, after) = name(body, at).ok_or_else(truncated)?;
        let (name, after) = name(body, after).ok_or_else(truncated)?;
        let end = kind_end(body, after).ok_or_else(|| {
            format!("the import {module} {name} is of a kind this step does not know")
        })?;
        imports.push(Import {
            module,
            name,
            kind: &body[after..end],
        });
        at = end;
    }
    if at != body.len() {
        return Err("the import section has bytes after its last import".into());
    }
    Ok(imports)
}

/// Where the description of an import's kind that starts at `at` ends:
/// a function (type index), a table (element type, limits), a memory
/// (limits) or a global (value type, mutability).
fn kind_end(bytes: &[u8], at: usize) -> Option<usize> {
    let limits = |at: usize| {
        let flags = *bytes.get(at)?;
        let (_, after) = leb128(bytes, at + 1)?;
        if flags & 1 == 1 {
            leb128(bytes, after).map(|(_, end)| end)
        } else {
            Some(after)
        }
    };
    match bytes.get(at)? {
        0 => leb128(bytes, at + 1).map(|(_, end)| end),
        1 if matches!(bytes.get(at + 1)?, 0x70 | 0x6f) => limits(at + 2),
        2 => limits(at + 1),
        3 => matches!(
            bytes.get(at + 1)?,
            0x7f | 0x7e | 0x7d | 0x7c | 0x7b | 0x70 | 0x6f
        )
        .then_some(at + 3),
        _ => None,
    }
}

/// `wasm` with every import from the module `from` imported from `to`
/// instead: the split's loader then gets the file name the site gives it,
/// and wasm-bindgen writes that name in its JS by itself.
pub fn with_import_module(wasm: &[u8], from: &str, to: &str) -> Result<Vec<u8>, String> {
    let (header, body) = section(wasm, 2)?;
    let imports = imports(&wasm[body.clone()])?;
    if !imports.iter().any(|i| i.module == from) {
        return Err(format!("the module imports nothing from {from}"));
    }
    let mut new_body = Vec::new();
    push_leb128(&mut new_body, imports.len());
    for import in &imports {
        push_name(
            &mut new_body,
            if import.module == from {
                to
            } else {
                import.module
            },
        );
        push_name(&mut new_body, import.name);
        new_body.extend_from_slice(import.kind);
    }
    Ok(with_section(wasm, header, body, 2, &new_body))
}
