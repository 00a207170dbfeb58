type Values = Record<string, unknown>;

interface Translate {
  (key: string, values?: Values, formats?: unknown): string;
  rich: (key: string, values?: Values, formats?: unknown) => unknown;
  markup: (key: string, values?: Values, formats?: unknown) => string;
  raw: (key: string) => unknown;
  has: (key: string) => boolean;
}

/**
 * A next-intl translator (from getTranslations or useTranslations) that
 * gives every message these values too, unless the call passes its own: the
 * viewer's grammatical gender (`viewerGender`), which second-person messages
 * select on («تولّيتَ» / «تولّيتِ»), reaches every message of a screen without
 * each call naming it. Messages that do not use a value ignore it.
 */
export function withValues<T>(t: T, extra: Values): T {
  const base = t as unknown as Translate;
  const merged = (values?: Values): Values => ({ ...extra, ...values });
  const wrapped: Translate = Object.assign(
    (key: string, values?: Values, formats?: unknown) => base(key, merged(values), formats),
    {
      rich: (key: string, values?: Values, formats?: unknown) => base.rich(key, merged(values), formats),
      markup: (key: string, values?: Values, formats?: unknown) => base.markup(key, merged(values), formats),
      raw: (key: string) => base.raw(key),
      has: (key: string) => base.has(key),
    },
  );
  return wrapped as unknown as T;
}
