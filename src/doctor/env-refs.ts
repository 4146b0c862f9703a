// LiteLLM reads a secret from the environment when a config value is `os.environ/NAME`.
const ENV_REF = /^os\.environ\/([A-Z][A-Z0-9_]*)$/;

/** Every os.environ/ reference in a parsed config (the generator's undeclared-variable check and doctor). */
export function envReferences(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = ENV_REF.exec(value);
    if (m) found.add(m[1]!);
  } else if (Array.isArray(value)) value.forEach((v) => envReferences(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => envReferences(v, found));
  return found;
}
