/* Search worker with stemmed queries, wrapped around Material's own worker.

   Material's worker turns every query word into a prefix search ("déchets" becomes "déchets*"), and
   lunr skips the language pipeline for prefix terms. With a stemmer in the index the query would never
   meet the stems ("déchets*" does not match "déchet"), so this wrapper stems each word of the query
   with the page language's lunr stemmer before Material's worker sees it: "déchets" is searched as
   "déchet*", "отходов" as "отход*". Chinese is left to Material (its words are segmented instead).
   The page's config names this file with ?worker=<Material's worker file>. */
var gcgLanguage = null;

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

addEventListener("message", function (event) {
  var message = event.data;
  if (!message) return;
  if (message.type === 0 && message.data && message.data.config) {
    var languages = message.data.config.lang || [];
    gcgLanguage = languages.length === 1 && languages[0] !== "zh" &&
      (message.data.config.pipeline || []).indexOf("stemmer") !== -1 ? languages[0] : null;
  } else if (message.type === 2 && typeof message.data === "string" && gcgLanguage) {
    message.data = gcgStem(message.data);
  }
});

// Material's worker file, named in this script's own address. From file://, the iframe-worker shim
// runs this script in an iframe (self.location is then the page's), so read the script's address.
var gcgSelf = (self.document && document.currentScript && document.currentScript.src) || self.location.href;
importScripts(new URL(new URL(gcgSelf).searchParams.get("worker"), gcgSelf).href);
