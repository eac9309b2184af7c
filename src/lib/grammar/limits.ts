/**
 * Bounds on what a record may hold, so that no file, however hostile, makes the compiler do
 * unbounded work or the site carry unbounded text. Each is several times the largest value the
 * bundled corpus holds today (the largest record file is about 20 KB, the longest prose field
 * about 2,200 characters, the longest heading about 260).
 */
export const LIMITS = {
  /** A record file, in bytes; larger files are reported without being parsed. */
  fileBytes: 256 * 1024,
  /** A heading, title, citation or other one-line text, in characters. */
  line: 500,
  /** A Markdown prose field (summary, notes, conduct), in characters. */
  prose: 10_000,
  /** A web address, in characters; browsers and servers commonly stop at about 2,000. */
  url: 2_000,
  /** Nesting of mappings and lists in a record; the deepest field of the schema is at level 6. */
  depth: 12,
  /** YAML aliases (`*name`) in one file; none of the bundled records uses any. */
  aliases: 10,
} as const;
