/** class-transformer helpers for request DTOs (`@Transform(trim)`); values that are not strings pass as they are and fail validation. */
type TransformArgs = { value: unknown };

export const trim = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim() : value);
export const trimLower = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const trimUpper = ({ value }: TransformArgs) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
/** Emails are compared case-insensitively: stored and looked up trimmed and lower-cased. */
export const normaliseEmail = trimLower;
/** Empty strings of optional fields mean "none". */
export const trimToNull = ({ value }: TransformArgs) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
