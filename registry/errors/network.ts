import { defineErrors } from '../define.js';

export const networkErrors = defineErrors([]);
