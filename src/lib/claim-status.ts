/**
 * Where a claim stands, computed from its dated evidence: the one place the status rules live.
 * Pure (no Astro imports), so pages and `npm run check` compute exactly the same thing. The rules,
 * in order (the first that applies decides), are also written for editors in docs/editing.md:
 *
 * 1. withdrawn in full by the claimant → `retracted`
 * 2. contradicted by anyone other than the claimant → `disputed`
 * 3. supported by someone outside the claimant's camp → `corroborated`
 * 4. an international body or an independent outlet says it cannot verify it → `unverified`
 * 5. otherwise → `asserted`
 *
 * A partial withdrawal never changes the status by itself; `repeats` never changes it either. Support
 * from the claimant's own camp and a withdrawal by anyone but the claimant count for nothing here;
 * the check reports both as mistakes.
 */
import type { ClaimStatus, Side, Stance } from '../schemas/common.ts';
import { formatDay } from './dates.ts';

/** The camps a side belongs to; independent sides belong to none. */
export type Camp = 'russian' | 'ukrainian';

export function campOf(side: Side | undefined): Camp | undefined {
  if (side === 'russian-state' || side === 'russian-media') return 'russian';
  if (side === 'ukrainian-state' || side === 'ukrainian-media') return 'ukrainian';
  return undefined;
}

export const CAMP_LABEL: Record<Camp, string> = { russian: 'Russian', ukrainian: 'Ukrainian' };

/** Sides whose "cannot verify" makes a claim unverified: neither camp, and in the business of checking. */
const NEUTRAL_CHECKERS: ReadonlySet<Side> = new Set<Side>(['international-body', 'independent-media']);

export interface EvidenceItem {
  date: string;
  /** Entity ref, e.g. `organisations/hur`. */
  by: string;
  stance: Stance;
  scope?: 'full' | 'part' | undefined;
  note: string;
}

export interface ClaimInput {
  claimant: string;
  made: string;
  evidence: readonly EvidenceItem[];
}

/** The side of an entity ref, or undefined when it has none recorded. */
export type SideOf = (ref: string) => Side | undefined;

export interface HistoryStep {
  date: string;
  status: ClaimStatus;
}

export interface ClaimStanding {
  status: ClaimStatus;
  /** The evidence item that decided the status; undefined for `asserted`. */
  deciding: EvidenceItem | undefined;
  /** One line for readers: "Disputed: on 25 January 2024 Ukraine's military intelligence said …". */
  reason: string;
  /** The status from `made` on, then after each evidence date where it changed; oldest first. */
  history: HistoryStep[];
  /** Partial withdrawals by the claimant: always shown, never a status by themselves. */
  partialWithdrawals: EvidenceItem[];
}

/** True when `by` is the claimant or speaks for the claimant's camp. */
export function sameCamp(by: string, claimant: string, sideOf: SideOf): boolean {
  if (by === claimant) return true;
  const a = campOf(sideOf(by));
  return a !== undefined && a === campOf(sideOf(claimant));
}

/** Support that can corroborate: not the claimant, not its camp, and from an entity whose side is known. */
export function canCorroborate(by: string, claimant: string, sideOf: SideOf): boolean {
  return sideOf(by) !== undefined && sideOf(claimant) !== undefined && !sameCamp(by, claimant, sideOf);
}

/** Applies the rules to a set of evidence; returns the status and the item that decided it. */
export function decide(
  claimant: string,
  evidence: readonly EvidenceItem[],
  sideOf: SideOf,
): { status: ClaimStatus; deciding: EvidenceItem | undefined } {
  const first = (test: (e: EvidenceItem) => boolean) => evidence.find(test);
  const withdrawn = first((e) => e.stance === 'withdraws' && e.scope === 'full' && e.by === claimant);
  if (withdrawn) return { status: 'retracted', deciding: withdrawn };
  const contradicted = first((e) => e.stance === 'contradicts' && e.by !== claimant);
  if (contradicted) return { status: 'disputed', deciding: contradicted };
  const supported = first((e) => e.stance === 'supports' && canCorroborate(e.by, claimant, sideOf));
  if (supported) return { status: 'corroborated', deciding: supported };
  const unverifiable = first((e) => {
    const side = sideOf(e.by);
    return e.stance === 'cannot-verify' && side !== undefined && NEUTRAL_CHECKERS.has(side);
  });
  if (unverifiable) return { status: 'unverified', deciding: unverifiable };
  return { status: 'asserted', deciding: undefined };
}

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  asserted: 'Asserted',
  unverified: 'Unverified',
  disputed: 'Disputed',
  retracted: 'Retracted',
  corroborated: 'Corroborated',
};

/** The note as the end of a sentence: no final full stop (the reason line adds its own). */
const clause = (note: string): string =>
  note
    .trim()
    .replace(/[.\s]+$/u, '')
    .replace(/^(The|A|An) /u, (article) => article.toLowerCase());

/** The status now, its history and the one-line reason, from the claim's evidence. */
export function claimStanding(claim: ClaimInput, sideOf: SideOf): ClaimStanding {
  const evidence = [...claim.evidence].sort((a, b) => a.date.localeCompare(b.date));
  const { status, deciding } = decide(claim.claimant, evidence, sideOf);

  const history: HistoryStep[] = [];
  const dates = [claim.made, ...evidence.map((e) => e.date).filter((d) => d > claim.made)];
  for (const date of [...new Set(dates)]) {
    const step = decide(
      claim.claimant,
      evidence.filter((e) => e.date <= date),
      sideOf,
    ).status;
    if (history.at(-1)?.status !== step) history.push({ date, status: step });
  }

  const reason = deciding
    ? `${STATUS_LABEL[status]}: on ${formatDay(deciding.date)} ${clause(deciding.note)}.`
    : 'Asserted: nothing in the sources cited here confirms or contests it independently.';
  const partialWithdrawals = evidence.filter(
    (e) => e.stance === 'withdraws' && e.scope === 'part' && e.by === claim.claimant,
  );
  return { status, deciding, reason, history, partialWithdrawals };
}
