// The docs site as this project serves it: `npm start` builds it and serves it on localUrl.
// Generated alert rules link their runbooks here; point them at your own copy by changing it.
import { defineSite } from './define.js';

export const site = defineSite({ localUrl: 'http://localhost:4321' });
