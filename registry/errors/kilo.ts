import { defineErrors } from '../define.js';

export const kiloErrors = defineErrors([]);
