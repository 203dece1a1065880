/**
 * The claim lifecycle, once: its states, the transitions between them, which role may make each,
 * and which states count as decided (money set aside) or taken (a title or item in flight). The
 * API enforces with it; the apps show only the actions it allows the reader.
 */
export const CLAIM_STATES = [
  'draft',
  'submitted',
  'returned',
  'city-approved',
  'approved',
  'rejected',
  'withdrawn',
  'published',
  'paid',
  'clawed-back',
] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const CLAIM_ROLES = ['enterprise', 'city-admin', 'region-admin'] as const;
export type ClaimRole = (typeof CLAIM_ROLES)[number];

export const CLAIM_ACTIONS = [
  'edit',
  'attach',
  'submit',
  'withdraw',
  'city-approve',
  'city-reject',
  'city-return',
  'region-approve',
  'region-reject',
  'region-return',
  'publish',
  'pay',
  'claw-back',
] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

export interface Transition {
  action: ClaimAction;
  from: readonly ClaimState[];
  /** The state after; the same state for actions that change the claim but not its state. */
  to: ClaimState | 'unchanged';
  role: ClaimRole;
  /** A review decision: its stage and decision (reviews are recorded per stage). */
  review?: { stage: 'city' | 'region'; decision: 'approve' | 'reject' | 'return' };
}

type Review = NonNullable<Transition['review']>;

/** Each review stage: the state it decides from, who decides, and where approval takes the claim. */
const STAGES = {
  city: { from: 'submitted', role: 'city-admin', approved: 'city-approved' },
  region: { from: 'city-approved', role: 'region-admin', approved: 'approved' },
} as const;

/** A review decision is a transition: `city-return` returns a submitted claim, by a city admin. */
function review(stage: Review['stage'], decision: Review['decision']): Transition {
  const s = STAGES[stage];
  return {
    action: `${stage}-${decision}`,
    from: [s.from],
    to: decision === 'approve' ? s.approved : decision === 'reject' ? 'rejected' : 'returned',
    role: s.role,
    review: { stage, decision },
  };
}

export const TRANSITIONS: readonly Transition[] = [
  { action: 'edit', from: ['draft', 'returned'], to: 'unchanged', role: 'enterprise' },
  { action: 'attach', from: ['draft', 'returned'], to: 'unchanged', role: 'enterprise' },
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', role: 'enterprise' },
  { action: 'withdraw', from: ['draft', 'submitted', 'returned'], to: 'withdrawn', role: 'enterprise' },
  review('city', 'approve'),
  review('city', 'reject'),
  review('city', 'return'),
  review('region', 'approve'),
  review('region', 'reject'),
  review('region', 'return'),
  { action: 'publish', from: ['approved'], to: 'published', role: 'region-admin' },
  { action: 'pay', from: ['published'], to: 'paid', role: 'region-admin' },
  { action: 'claw-back', from: ['paid'], to: 'clawed-back', role: 'region-admin' },
];

/** States in which money is decided for a claim (counted against annual caps and budgets). */
export const DECIDED_STATES: readonly ClaimState[] = ['city-approved', 'approved', 'published', 'paid'];
/** States in which a title or an item is taken (so it cannot be claimed twice in flight). */
export const TAKEN_STATES: readonly ClaimState[] = ['submitted', ...DECIDED_STATES];
/** States after the region approved the amount (a notice of approval can be printed). */
export const APPROVED_STATES: readonly ClaimState[] = ['approved', 'published', 'paid'];
/** States a claim is still being reviewed in. */
export const IN_REVIEW_STATES: readonly ClaimState[] = ['submitted', 'returned', 'city-approved'];

const byAction = new Map(TRANSITIONS.map((t) => [t.action, t]));

export function transition(action: ClaimAction): Transition {
  return byAction.get(action)!;
}

/** The states from which `action` may be taken. */
export function statesFor(action: ClaimAction): readonly ClaimState[] {
  return transition(action).from;
}

/** What a role may do to a claim in a state (the apps show only these). */
export function allowedActions(state: string, role: string | undefined): ClaimAction[] {
  return TRANSITIONS.filter((t) => t.role === role && (t.from as readonly string[]).includes(state)).map(
    (t) => t.action,
  );
}

export function canAct(action: ClaimAction, state: string, role: string | undefined): boolean {
  const t = transition(action);
  return t.role === role && (t.from as readonly string[]).includes(state);
}

/** The review a role may record on a claim in a state: its stage, or undefined when none. */
export function reviewStageFor(state: string, role: string | undefined): 'city' | 'region' | undefined {
  return TRANSITIONS.find((t) => t.review && t.role === role && (t.from as readonly string[]).includes(state))
    ?.review?.stage;
}

export function isDecided(state: string): boolean {
  return (DECIDED_STATES as readonly string[]).includes(state);
}
