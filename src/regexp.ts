// Text matched literally inside a RegExp (Node 20 has no RegExp.escape).
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
