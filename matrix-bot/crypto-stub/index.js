// OpenTwinning does not use end-to-end encryption: TwinSpace rooms are unencrypted on
// purpose (the bot must read commands and schools moderate what pupils write). The real
// package downloads a native library in a postinstall script, which fails on networks
// without that download and then breaks every import of the bot SDK. This stand-in lets
// the SDK load; anything that would actually need encryption throws a clear error.
const message = (name) =>
  `Matrix end-to-end encryption is not available in OpenTwinning (tried to use "${String(name)}"). ` +
  "TwinSpace rooms are unencrypted by design; do not enable encryption for the bot.";

function unavailable(name) {
  const fail = () => {
    throw new Error(message(name));
  };
  return new Proxy(fail, {
    construct() {
      throw new Error(message(name));
    },
    get(target, property) {
      if (property === "prototype") return target.prototype;
      if (typeof property === "symbol") return undefined;
      return unavailable(`${String(name)}.${property}`);
    },
  });
}

module.exports = new Proxy(
  {},
  {
    get(_target, property) {
      if (property === "__esModule") return false;
      if (typeof property === "symbol" || property === "then") return undefined;
      return unavailable(property);
    },
  },
);
