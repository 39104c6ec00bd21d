/** Random ids for new records; `crypto.randomUUID` exists in extension pages and Node 19+. */
export function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Fallback is only uniqueness within one user's data, not security.
  const random = () =>
    Math.floor(Math.random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return `${Date.now().toString(16)}-${random()}-${random()}`;
}

/**
 * A deterministic id from text, for migrations (which must be pure): the same old record
 * always yields the same new ids. FNV-1a, 32-bit, twice with different seeds.
 */
export function stableId(...parts: string[]): string {
  const text = parts.join('\u0000');
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `${hash(0x811c9dc5)}${hash(0x2f1b3c4d)}`;
}
