/** `%`, `_` and `\` taken literally in a LIKE / ILIKE pattern (Postgres' default escape character is `\`). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The ILIKE pattern "contains `search`", its wildcards taken literally. */
export function containsPattern(search: string): string {
  return `%${escapeLike(search)}%`;
}
