import { defineErrors } from '../define.js';

export const openaiErrors = defineErrors([]);
