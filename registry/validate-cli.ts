// `npm run validate`: parse and cross-check the registry, print every problem, exit 1 on any.
import { loadRegistry, RegistryError } from './index.js';

try {
  const reg = loadRegistry();
  console.log(`registry OK: ${reg.errors.length} error codes, ${reg.models.length} models, ${reg.env.length} env vars`);
} catch (e) {
  console.error(e instanceof RegistryError ? e.message : e);
  process.exit(1);
}
