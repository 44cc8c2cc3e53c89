// Starts the dataset reader (src/worker.rs) in its web worker. A file, not
// Trunk's generated shim: this one reports a failed start to the page, which
// would otherwise wait for an answer that never comes. compressed_fetch.js
// brings compileWasm: the .wasm travels compressed from a server that sends
// it raw.
importScripts("./compressed_fetch.js", "./dataset_reader.js");
lamtheobacCompileWasm(new URL("./dataset_reader_bg.wasm", location.href).href)
  .then((module) => wasm_bindgen({ module_or_path: module }))
  .catch((e) => postMessage({ failed: String(e) }));
