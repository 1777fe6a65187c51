/** class-transformer helpers for request DTOs (`@Transform(trim)`); values that are not strings pass as they are and fail validation. */
type TransformArgs = { value: unknown };

export const trim = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim() : value);
export const trimLower = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const trimUpper = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
/** `trimLower` on each element of an array (e.g. a list of email domains). */
export const trimLowerEach = ({ value }: TransformArgs) => (Array.isArray(value) ? value.map((v: unknown) => trimLower({ value: v })) : value);
/** Emails are compared case-insensitively: stored and looked up trimmed and lower-cased. */
export const canonicalEmail = (email: string): string => email.trim().toLowerCase();
/** `canonicalEmail` as a request DTO transform. */
export const normaliseEmail = trimLower;
/** Empty strings of optional fields mean "none". */
export const trimToNull = ({ value }: TransformArgs) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
