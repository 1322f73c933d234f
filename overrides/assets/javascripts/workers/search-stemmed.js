/* Search worker wrapped around Material's own: stemmed queries, and an index loaded only when the
   reader first searches.

   Stemming. Material's worker turns every query word into a prefix search ("déchets" becomes
   "déchets*"), and lunr skips the language pipeline for prefix terms. With a stemmer in the index the
   query would never meet the stems, so each query word is stemmed here with the page language's lunr
   stemmer first: "déchets" is searched as "déchet*", "отходов" as "отход*".

   Loading. The page fetches a small search_index.json (settings, no pages), so a reader who never
   searches does not download the whole index. At the first query this wrapper loads the full index
   (search_index.full.js, named in the settings as gcg_full), hands it to Material's worker as a new
   setup, waits until Material says it is ready, then runs the query.

   The page's config names this file with ?worker=<Material's worker file>. From file://, the
   iframe-worker shim runs it in an iframe; importScripts and postMessage are then the shim's. */
var gcgLanguage = null;
var gcgFull = null;       // URL of the full index, relative to the site root
var gcgState = "stub";    // stub -> loading -> ready
var gcgQuery = null;      // the latest query that arrived while the full index was loading
var gcgSetup = null;      // the page's own setup message, whose options the full setup keeps
var gcgSelf = (self.document && document.currentScript && document.currentScript.src) || self.location.href;
var gcgPost = self.postMessage;

function gcgStem(query) {
  var lunr = self.lunr;
  var stemmer = gcgLanguage === "en" ? lunr && lunr.stemmer : lunr && lunr[gcgLanguage] && lunr[gcgLanguage].stemmer;
  if (!stemmer) return query;
  return query.replace(/[\p{L}\p{M}\p{N}]+/gu, function (word) {
    var token = stemmer(new lunr.Token(word.toLowerCase(), {}));
    var stem = token && token.toString();
    return stem || word;
  });
}

function gcgDeliver(message) {
  self.dispatchEvent(new MessageEvent("message", { data: message }));
}

// Material answers a setup with {type: 1}; the answer to our own setup is swallowed, and the query
// that waited for it runs then.
self.postMessage = function (message) {
  if (gcgState === "loading" && message && message.type === 1) {
    gcgState = "ready";
    if (gcgQuery !== null) gcgDeliver({ type: 2, data: gcgQuery });
    return;
  }
  return gcgPost.apply(self, arguments);
};

function gcgLoadFull() {
  gcgState = "loading";
  var url = new URL(gcgFull, new URL("../../../", gcgSelf)).href;  // workers/ is three levels down
  Promise.resolve(importScripts(url)).then(function () {
    var data = Object.assign({}, gcgSetup, { config: self.__gcgIndex.config, docs: self.__gcgIndex.docs });
    gcgDeliver({ type: 0, data: data });
  });
}

addEventListener("message", function (event) {
  var message = event.data;
  if (!message) return;
  if (message.type === 0 && message.data && message.data.config) {
    var config = message.data.config;
    var languages = config.lang || [];
    gcgLanguage = languages.length === 1 && languages[0] !== "zh" &&
      (config.pipeline || []).indexOf("stemmer") !== -1 ? languages[0] : null;
    if (gcgState === "stub") {
      gcgFull = config.gcg_full || null;
      gcgSetup = message.data;
    }
  } else if (message.type === 2 && typeof message.data === "string") {
    if (gcgLanguage) message.data = gcgStem(message.data);
    if (gcgFull && gcgState !== "ready" && message.data.trim()) {  // not for the page's empty first query
      event.stopImmediatePropagation();  // Material's worker sees it once the full index is in
      gcgQuery = message.data;
      if (gcgState === "stub") gcgLoadFull();
    }
  }
});

importScripts(new URL(new URL(gcgSelf).searchParams.get("worker"), gcgSelf).href);
