// A local typedoc plugin (typedoc.json "plugin"): puts the pages of the docs site in reading order.
// The ONE list to extend is READING_ORDER below: file names under docs/guides, without `.md`.
// A guide missing from the list still appears, after the listed ones (and test/docs/site.test.ts
// fails until it is listed); a listed guide that does not exist yet is skipped. docs/results pages
// come last.
import { Converter, ReflectionKind } from 'typedoc';

export const READING_ORDER = [
  'machines', // Running a machine: the contract, read first
  'time',
  'logout',
  'callback',
  'genesys', // Connecting to Genesys
  'genesys-callback',
  'webcallback',
  'outbound',
  'outbound-reschedule',
  'pacing',
  'compliance',
  'testing',
];

/** The guide's file name without `.md` (`results/<name>` for a results page), or null. */
function fileOf(project, reflection) {
  const path = project.files?.reflectionToPath?.get(reflection.id);
  if (typeof path !== 'string') return null;
  const m = /docs\/(guides|results)\/([^/]+)\.md$/.exec(path.replace(/\\/g, '/'));
  if (m === null) return null;
  return m[1] === 'results' ? `results/${m[2]}` : m[2];
}

function rank(project, reflection) {
  const name = fileOf(project, reflection);
  if (name === null) return READING_ORDER.length;
  if (name.startsWith('results/')) return READING_ORDER.length + 1;
  const i = READING_ORDER.indexOf(name);
  return i === -1 ? READING_ORDER.length : i;
}

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const isDoc = (r) => r.kindOf(ReflectionKind.Document);
    // Array.prototype.sort is stable: non-documents keep their places relative to each other.
    const order = (a, b) => (isDoc(a) && isDoc(b) ? rank(project, a) - rank(project, b) : 0);
    project.documents?.sort(order);
    project.childrenIncludingDocuments?.sort(order);
  });
}
