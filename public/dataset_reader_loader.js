// Starts the dataset reader (src/worker.rs) in its web worker. A file, not
// Trunk's generated shim: this one reports a failed start to the page, which
// would otherwise wait for an answer that never comes.
importScripts("./dataset_reader.js");
wasm_bindgen({ module_or_path: "./dataset_reader_bg.wasm" }).catch((e) =>
  postMessage({ failed: String(e) }),
);
