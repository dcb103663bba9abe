/* global exports -- CommonJS, as the SDK requires it */
// @vector-im/matrix-bot-sdk requires "htmlencode" only for htmlEncode (the HTML body of
// replyText/replyNotice when no HTML is given). The original package calls util._extend,
// deprecated since Node 22 (DEP0060, a warning on every start): this stand-in escapes the
// five characters HTML gives a meaning to. Wired in through "overrides" in package.json.
const entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

exports.htmlEncode = (text) => String(text).replace(/[&<>"']/g, (character) => entities[character]);
