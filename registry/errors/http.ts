import { defineErrors } from '../define.js';

export const httpErrors = defineErrors([]);
