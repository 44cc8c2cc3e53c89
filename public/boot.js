// Starts the app. Trunk's own loader is an inline <script>, which a strict
// Content-Security-Policy (script-src 'self') blocks; this file replaces it.
// Trunk.toml's pattern_script writes the tag that loads this file, with the
// hashed names of the app's files in its data attributes.
const tag = document.querySelector("script[data-app-js]");
try {
  const { default: init } = await import(new URL(tag.dataset.appJs, document.baseURI).href);
  const wasm = await init({ module_or_path: new URL(tag.dataset.appWasm, document.baseURI) });
  // The benchmark reads the WebAssembly memory's size from here.
  window.__lamtheobacMemory = wasm.memory;
} catch (error) {
  const box = document.getElementById("fatal");
  if (box) {
    box.textContent =
      "Không tải được ứng dụng. / The app could not be loaded.\n\n" + String(error);
    box.hidden = false;
  }
  throw error;
}
