/** How a sourced statement's evidence status reads on a page: one wording for every page that shows it. */
import type { EvidenceStatus } from '../schemas/common.ts';

export const EVIDENCE_LABEL: Record<EvidenceStatus, string> = {
  'multiple-sources': 'multiple sources',
  'single-source': 'single source',
  'claim-by-party': 'a claim by a party',
  disputed: 'disputed',
  'general-knowledge': 'general knowledge, not checked against a source here',
};
