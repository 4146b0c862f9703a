// Fixture registries: the real registry input, deep-copied, with one thing broken.
import { registryInput } from '../../registry/index.js';
import type { ErrorEntryInput, RegistryInput } from '../../registry/schema.js';
import { parseRegistry, type Origins } from '../../registry/validate.js';

export function freshInput(): { input: RegistryInput; origins: Origins } {
  const { input, origins } = registryInput();
  return { input: structuredClone(input), origins };
}

export function entry(input: RegistryInput, code: string): ErrorEntryInput {
  const e = input.errors.find((x) => x.code === code);
  if (!e) throw new Error(`fixture: no entry ${code}`);
  return e;
}

/** Parses and returns the error message, or fails the test if the registry was accepted. */
export function rejectionOf(input: RegistryInput, origins: Origins = {}, redos = false): string {
  try {
    parseRegistry(input, origins, { redos });
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the registry to be rejected, but it was accepted');
}
