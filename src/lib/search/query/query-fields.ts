import type { Field } from '../shared/fields.js';
import { hangulTerms, latinTerms } from '../shared/search-terms.js';

/** Which text fields a query needs, by the scripts it contains. */
export function fieldsForQuery(query: string): Field[] {
  const fields: Field[] = [];
  if (latinTerms(query).length > 0) fields.push('latin');
  if (hangulTerms(query).length > 0) fields.push('hangul');
  return fields.length > 0 ? ['title', ...fields] : [];
}
