// Next's cache values hold Buffers (RSC payloads, route bodies) and a Map of
// segment payloads, which JSON alone would turn into arrays of numbers or
// empty objects. Both get a tagged form here; everything else is plain JSON.

interface TaggedBuffer {
  $buffer: string;
}
interface TaggedMap {
  $map: [unknown, unknown][];
}

function isTaggedBuffer(value: unknown): value is TaggedBuffer {
  return typeof value === "object" && value !== null && typeof (value as TaggedBuffer).$buffer === "string";
}

function isTaggedMap(value: unknown): value is TaggedMap {
  return typeof value === "object" && value !== null && Array.isArray((value as TaggedMap).$map);
}

function hasUnchunkedString(value: unknown): value is { toUnchunkedString(): string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toUnchunkedString?: unknown }).toUnchunkedString === "function"
  );
}

export function encodeCacheEntry(entry: unknown): string {
  return JSON.stringify(entry, function (this: Record<string, unknown>, key: string, value: unknown) {
    // `value` has already been through Buffer#toJSON: read the original.
    const original = key === "" ? value : this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
    if (original instanceof Map) return { $map: [...original.entries()] };
    // A page's HTML may still be a RenderResult; stored as its text.
    if (hasUnchunkedString(original)) return original.toUnchunkedString();
    return value;
  });
}

export function decodeCacheEntry<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (isTaggedBuffer(value)) return Buffer.from(value.$buffer, "base64");
    if (isTaggedMap(value)) return new Map(value.$map);
    return value;
  }) as T;
}
