/**
 * A tiny YAML writer for the generated article files. Every string is written double-quoted with every
 * character YAML could misread escaped, so article text can never become YAML structure; the output is
 * stable (key order as given), which keeps ingest byte-for-byte deterministic.
 */

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** Characters YAML forbids or reinterprets inside double quotes, plus line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff"\\]|[\ud800-\udfff]/gu;

export function quote(s: string): string {
  return `"${s.replace(UNSAFE, (c) => {
    if (c === '"') return '\\"';
    if (c === '\\') return '\\\\';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}"`;
}

function scalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  return String(v);
}

const isScalar = (v: Value): v is string | number | boolean | null => v === null || typeof v !== 'object';

export function toYaml(value: { [key: string]: Value }, indent = ''): string {
  return Object.entries(value)
    .map(([k, v]) => entry(k, v, indent))
    .join('');
}

function entry(key: string, v: Value, indent: string): string {
  if (isScalar(v)) return `${indent}${key}: ${scalar(v)}\n`;
  if (Array.isArray(v)) {
    if (v.length === 0) return `${indent}${key}: []\n`;
    return `${indent}${key}:\n${v.map((item) => listItem(item, `${indent}  `)).join('')}`;
  }
  if (Object.keys(v).length === 0) return `${indent}${key}: {}\n`;
  return `${indent}${key}:\n${toYaml(v, `${indent}  `)}`;
}

function listItem(v: Value, indent: string): string {
  if (isScalar(v)) return `${indent}- ${scalar(v)}\n`;
  if (Array.isArray(v))
    return `${indent}- [${v.map((x) => (isScalar(x) ? scalar(x) : quote(JSON.stringify(x)))).join(', ')}]\n`;
  const body = toYaml(v, `${indent}  `);
  return `${indent}- ${body.slice(indent.length + 2)}`;
}
