import { defineErrors } from '../define.js';

export const openrouterErrors = defineErrors([]);
