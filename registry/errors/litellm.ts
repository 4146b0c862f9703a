import { defineErrors } from '../define.js';

export const litellmErrors = defineErrors([]);
