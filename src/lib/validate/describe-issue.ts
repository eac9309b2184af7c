import type { z } from 'zod';
import type { RuleId } from '../diagnostics/rules.js';
import type { RuleParams } from '../schema/common.js';
import type { PathSegment } from '../load/locate-node.js';
import { closestMatch } from './closest-match.js';
import { clipText, describeValue } from './describe-value.js';
import { fieldsAt } from './fields-at.js';

/** What a schema issue means to the person editing the file, and where to point. */
export interface IssueDescription {
  path: PathSegment[];
  target: 'value' | 'key';
  rule: RuleId;
  message: string;
  expected: string;
  actual: string;
  hint?: string;
}

/**
 * Turns one zod issue into a located, human explanation.
 * `data` is the file's content, used to show what was actually found.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
): IssueDescription[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const field = path.length > 0 ? `"${formatPath(path)}"` : 'the record';
  const found = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsAt(schema, path);
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key.slice(0, 100), allowed);
        return {
          path: [...path, key],
          target: 'key',
          rule: 'unknown-field',
          message: `unknown field "${clipText(key)}"${path.length > 0 ? ` in ${field}` : ''}`,
          expected:
            allowed.length > 0 ? `one of the fields ${allowed.join(', ')}` : 'no further fields',
          actual: clipText(key),
          hint: suggestion
            ? `Did you mean "${suggestion}"?`
            : 'Remove the field or move it where it belongs.',
        };
      });
    }
    case 'invalid_type':
      if (path.length === 0) {
        return [
          {
            path,
            target: 'value',
            rule: 'invalid-type',
            message:
              found === null || found === undefined
                ? 'the file holds no record'
                : 'the file holds a list or a value, not a record',
            expected: 'a mapping of fields, starting with id:',
            actual: describeValue(found),
            hint: 'Start from a scaffold: npm run new -- <id>.',
          },
        ];
      }
      return [
        found === undefined
          ? {
              path,
              target: 'value',
              rule: 'missing-field',
              message: `missing required field ${field}`,
              expected: `${article(issue.expected)} at ${field}`,
              actual: describeValue(found),
              hint: `Add "${String(path.at(-1))}" to this mapping.`,
            }
          : {
              path,
              target: 'value',
              rule: 'invalid-type',
              message: `${field} has the wrong type`,
              expected: article(issue.expected),
              actual: describeValue(found),
            },
      ];
    case 'invalid_value':
      return [
        {
          path,
          target: 'value',
          rule: 'invalid-value',
          message: `${field} is not one of the allowed values`,
          expected: `one of ${issue.values.map((value) => String(value)).join(', ')}`,
          actual: describeValue(found),
          hint: suggestValue(found, issue.values),
        },
      ];
    case 'custom': {
      const params = issue.params as RuleParams | undefined;
      return [
        {
          path,
          target: 'value',
          rule: params?.rule ?? 'invalid-value',
          message: params?.statement
            ? `${field} ${issue.message}`
            : `${field} is not ${issue.message}`,
          expected: params?.expected ?? issue.message,
          actual: describeValue(found),
          hint: params?.hint,
        },
      ];
    }
    case 'too_small':
      return [
        {
          path,
          target: 'value',
          rule: 'empty-value',
          message: Array.isArray(found) ? `${field} is an empty list` : `${field} is empty`,
          expected: Array.isArray(found)
            ? `at least ${String(issue.minimum)} item`
            : 'some text (or leave the field out if it is optional)',
          actual: describeValue(found),
        },
      ];
    case 'too_big':
      return [
        {
          path,
          target: 'value',
          rule: 'too-long',
          message: `${field} is longer than ${Number(issue.maximum).toLocaleString('en')} characters`,
          expected: `at most ${Number(issue.maximum).toLocaleString('en')} characters`,
          actual:
            typeof found === 'string'
              ? `${found.length.toLocaleString('en')} characters`
              : describeValue(found),
          hint: 'Shorten it: summarise in your own words and link to the source.',
        },
      ];
    default:
      return [
        {
          path,
          target: 'value',
          rule: 'invalid-value',
          message: `${field} is not valid`,
          expected: issue.message.replace(
            /^(Invalid input|Too small|Too big|Invalid string): /,
            '',
          ),
          actual: describeValue(found),
        },
      ];
  }
}

function suggestValue(found: unknown, values: readonly unknown[]): string {
  const suggestion =
    typeof found === 'string'
      ? closestMatch(
          found,
          values.map((value) => String(value)),
        )
      : undefined;
  return suggestion ? `Did you mean "${suggestion}"?` : 'Use one of the listed values.';
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping of fields',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}

/** Writes a data path the way it reads in YAML terms: `sources[2].url`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** The value at a data path in plain YAML data, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}
