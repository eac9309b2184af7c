import type { z } from 'zod';
import type { PathSegment } from '../load/locate-node.js';

interface Introspectable {
  _zod: {
    def: { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown };
  };
}

/**
 * The field names a schema allows at a data path, so an unknown-field message can list them.
 * Walks through optional, default and array wrappers; returns [] where the path is not an object.
 */
export function fieldsAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current = unwrap(schema as unknown as Introspectable);
  for (const segment of path) {
    const def = current._zod.def;
    if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) {
      current = unwrap(def.shape[segment] as Introspectable);
    } else if (def.type === 'array' && typeof segment === 'number' && def.element) {
      current = unwrap(def.element as Introspectable);
    } else {
      return [];
    }
  }
  const shape = current._zod.def.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: Introspectable): Introspectable {
  let current = schema;
  while (current._zod.def.innerType) current = current._zod.def.innerType as Introspectable;
  return current;
}
