/**
 * One value per process, whichever copy of a module asks for it: Next's
 * bundles and the custom server (scripts/serve.ts) each load their own copy
 * of a lib/ module, and state kept in two copies would split in two.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`news.${name}`);
  const holder = globalThis as typeof globalThis & Record<symbol, unknown>;
  if (!(key in holder)) holder[key] = create();
  return holder[key] as T;
}
