// Fetches the site's compressed files, whatever the server does: the app's
// .wasm and its later parts, the dataset reader's, and text the app fetches
// on demand (the places index). Loaded by the page inside boot.js (the build
// puts this file first in it, src/snapshot/scripts.rs) and by the dataset
// reader's worker on its own (dataset_reader_loader.js). Its functions are
// globals of the page or worker (`self`), named in src/page_names.rs.
(function () {
  // A stock server sends the .wasm raw (three times its gzip size). The build
  // writes a .gz beside it; when the server sends files uncompressed, the .gz
  // is fetched and inflated here. The answer is a response a streaming
  // compile accepts: the app's later parts (src/snapshot/split.rs) come
  // through here too.
  function fetchWasm(url) {
    return fetchCompressed(url, fromGz, asWasm);
  }

  // `url` as the server compresses it, or its .gz inflated here when the
  // server sends files as they are. Which it is, the server says: the
  // probe's answer (`compresses`), then the file's own Content-Encoding.
  // Never a guess from timings, which an engine may leave at 0 (WebKit does
  // for files from its memory cache).
  function fetchCompressed(url, fromGz, asIs) {
    function raw() {
      return get(url).then(asIs);
    }
    function viaGz() {
      // A missing .gz, or one that is neither gzip nor the file (a server
      // answering every path with a page), falls back to the raw file.
      return get(url + ".gz").then(fromGz).then(null, raw);
    }
    if (typeof DecompressionStream !== "function" || typeof ReadableStream !== "function") return raw();
    return compresses().then(function (yes) {
      if (!yes) return viaGz();
      // The probe came compressed; should this file not (a server that
      // compresses only some types or sizes), it is dropped after its
      // headers for its .gz.
      var abort = typeof AbortController === "function" ? new AbortController() : null;
      return get(url, abort).then(function (response) {
        if (response.headers.get("content-encoding")) return asIs(response);
        if (abort) abort.abort();
        return viaGz();
      });
    });
  }

  // Does this server send the site's files compressed? It answers for the
  // whole visit on one small file the build writes for the purpose
  // (src/snapshot/probe.rs), fetched once, and from the browser's cache on
  // the next visit. A server that does not have it (a portal that copied
  // only some files) is taken to compress: each file's own headers then tell.
  var PROBE = "compression-probe.wasm";
  var answer = null;
  function compresses() {
    if (!answer) {
      var probe = new URL(PROBE, self.document ? document.baseURI : self.location.href).href;
      answer = get(probe).then(
        function (response) {
          var encoded = !!response.headers.get("content-encoding");
          // Read to the end, so the answer is kept in the cache. A page in
          // its place (a server answering every path) tells nothing.
          return response.arrayBuffer().then(function (bytes) {
            return encoded || !isWasm(new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength)));
          });
        },
        function () {
          return true;
        },
      );
    }
    return answer;
  }

  function compileWasm(url) {
    return fetchWasm(url).then(compileResponse);
  }

  function get(url, abort) {
    return fetch(url, abort ? { signal: abort.signal } : undefined).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response;
    });
  }

  // A server that names the .wasm otherwise: a streaming compile refuses
  // it by its type alone, so it gets the right one.
  function asWasm(response) {
    var type = response.headers.get("content-type") || "";
    if (type.indexOf("application/wasm") === 0) return response;
    return new Response(response.body, { headers: { "Content-Type": "application/wasm" } });
  }

  function compileResponse(response) {
    if (WebAssembly.compileStreaming) return WebAssembly.compileStreaming(response);
    return response.arrayBuffer().then(function (bytes) {
      return WebAssembly.compile(bytes);
    });
  }

  // The bytes decide, not the name: some servers add `Content-Encoding: gzip`
  // to .gz files on their own, and the browser has then inflated them already.
  // `plain(head)` says whether the first bytes are the file itself.
  function inflated(response, plain, type) {
    var reader = response.body.getReader();
    var head = new Uint8Array(0);
    function peek() {
      return reader.read().then(function (chunk) {
        if (chunk.done) return true;
        var joined = new Uint8Array(head.length + chunk.value.length);
        joined.set(head);
        joined.set(chunk.value, head.length);
        head = joined;
        return head.length >= 4 ? false : peek();
      });
    }
    return peek().then(function (done) {
      var gzip = head[0] === 0x1f && head[1] === 0x8b;
      if (!gzip && !plain(head)) {
        reader.cancel();
        throw new Error(response.url + ": neither gzip nor the file");
      }
      var body = new ReadableStream({
        start: function (out) {
          out.enqueue(head);
          if (done) out.close();
        },
        pull: function (out) {
          return reader.read().then(function (chunk) {
            if (chunk.done) out.close();
            else out.enqueue(chunk.value);
          });
        },
        cancel: function (why) {
          return reader.cancel(why);
        },
      });
      if (gzip) body = body.pipeThrough(new DecompressionStream("gzip"));
      return new Response(body, { headers: { "Content-Type": type } });
    });
  }

  function fromGz(response) {
    return inflated(response, isWasm, "application/wasm");
  }

  function isWasm(head) {
    return head[0] === 0 && head[1] === 0x61 && head[2] === 0x73 && head[3] === 0x6d;
  }

  // A text file the app fetches on demand (the places index), through its
  // .gz where the server sends files raw. `first` is the file's first
  // character, which tells the file from a server's page for a missing one.
  function fetchText(url, first) {
    function textFromGz(response) {
      return inflated(response, function (head) {
        return head[0] === first.charCodeAt(0);
      }, "text/plain");
    }
    return fetchCompressed(url, textFromGz, function (response) {
      return response;
    }).then(function (response) {
      return response.text();
    });
  }

  // Parts fetched ahead (boot.js, before the app runs), each handed once to
  // the split's loader, which asks for it by the same URL.
  var ahead = {};
  function fetchAhead(url) {
    if (ahead[url]) return;
    ahead[url] = fetchWasm(url);
    // A failure is the loader's to report, when it asks.
    ahead[url].then(null, function () {});
  }

  // What the others use: the names are in src/page_names.rs.
  self.lamtheobacCompileWasm = compileWasm;
  self.lamtheobacFetchWasm = function (url) {
    var key = String(url);
    var early = ahead[key];
    delete ahead[key];
    return early || fetchWasm(key);
  };
  self.lamtheobacFetchAhead = fetchAhead;
  self.lamtheobacFetchText = fetchText;
  self.lamtheobacAskServer = compresses;
})();
