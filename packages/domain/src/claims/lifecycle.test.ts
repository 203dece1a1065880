import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  canAct,
  CLAIM_ROLES,
  CLAIM_STATES,
  DECIDED_STATES,
  reviewStageFor,
  statesFor,
  TAKEN_STATES,
  transition,
  TRANSITIONS,
} from './lifecycle.js';

describe('the claim lifecycle', () => {
  it('names only known states, and each action once', () => {
    expect(new Set(TRANSITIONS.map((t) => t.action)).size).toBe(TRANSITIONS.length);
    for (const t of TRANSITIONS) {
      for (const s of t.from) expect(CLAIM_STATES).toContain(s);
      if (t.to !== 'unchanged') expect(CLAIM_STATES).toContain(t.to);
    }
    for (const s of DECIDED_STATES) expect(TAKEN_STATES).toContain(s);
  });

  it('lets a region admin decide only after the city: never on a submitted claim (it was shown the form and got 409)', () => {
    expect(reviewStageFor('submitted', 'region-admin')).toBeUndefined();
    expect(reviewStageFor('submitted', 'city-admin')).toBe('city');
    expect(reviewStageFor('city-approved', 'region-admin')).toBe('region');
    expect(reviewStageFor('city-approved', 'city-admin')).toBeUndefined();
    expect(allowedActions('submitted', 'region-admin')).toEqual([]);
  });

  it('gives every state reachable from a draft, and a decision at each review stage for exactly one role', () => {
    const reached = new Set<string>(['draft']);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of TRANSITIONS) {
        if (t.to === 'unchanged' || reached.has(t.to) || !t.from.some((s) => reached.has(s))) continue;
        reached.add(t.to);
        changed = true;
      }
    }
    expect([...reached].sort()).toEqual([...CLAIM_STATES].sort());
    for (const state of CLAIM_STATES) {
      const deciders = CLAIM_ROLES.filter((r) => reviewStageFor(state, r));
      expect(deciders.length, state).toBeLessThanOrEqual(1);
    }
  });

  it('agrees with itself: canAct, statesFor and allowedActions say the same', () => {
    for (const t of TRANSITIONS) {
      expect(statesFor(t.action)).toBe(transition(t.action).from);
      for (const state of CLAIM_STATES)
        for (const role of CLAIM_ROLES)
          expect(canAct(t.action, state, role)).toBe(allowedActions(state, role).includes(t.action));
    }
  });
});
