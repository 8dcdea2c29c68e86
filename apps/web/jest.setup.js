// jsdom has no TextEncoder, which React Router reads when it loads; Node's is the same API.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });
