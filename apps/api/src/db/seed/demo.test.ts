import {
  checkCreditCodeArea,
  EVENT_KINDS,
  checkPatentApplicationNumber,
  RECORD_KIND_IDS,
  RECORD_KINDS,
  envelopeHolds,
  isValidCreditCode,
  ningxia,
  policyRegistry,
  replayLedger,
  requestDueStatus,
  todayInChina,
  type AreaCode,
} from '@huiqi/domain';
import { checkPatentApplicationNumber as checkNo } from '@huiqi/domain';
import { asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database } from '../client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import {
  adjudicationCases,
  claims,
  brandNominations,
  licenceInterests,
  licenceOffers,
  brandSelectionPlaces,
  budgetLedger,
  budgets,
  enterprises,
  priorityExamApplications,
  priorityExamTallies,
  notifications,
  provisionRecords,
  ratingFollowUps,
  serviceEvents,
  serviceRequestAssignments,
  serviceRequests,
  serviceRatings,
  serviceRecords,
  srdiListEntries,
  users,
} from '../schema.js';
import { verifyChain } from '../../lib/audit.js';
import { seedDemo } from './demo.js';
import { PolicyStore } from '../../lib/policy-store.js';
import { DECIDED } from '../../lib/claim-context.js';
import { buildScorecard } from '../../routes/reports/scorecard.service.js';

let db: Database;
let drop: (() => Promise<void>) | undefined;
// On PGlite, and on the real PostgreSQL when the suite runs there (HUIQI_TEST_DB=postgres).
beforeAll(async () => {
  if (process.env.HUIQI_TEST_DB === 'postgres') {
    const created = await createTestDatabase();
    db = await openPostgres(created.url);
    drop = created.drop;
  } else db = await openPglite();
  await db.migrate();
}, 60_000);
afterAll(async () => {
  await db.close();
  await drop?.();
});

describe('demo data', () => {
  it('is loaded once, covers every claim state, and its budgets equal their ledgers', async () => {
    expect(await seedDemo(db.db, { enterprises: 120 })).toEqual({ seeded: true });
    expect(await seedDemo(db.db, { enterprises: 120 })).toEqual({ seeded: false });
    const states = (await db.db.select({ s: claims.status }).from(claims).groupBy(claims.status))
      .map((r) => r.s)
      .sort();
    expect(states).toEqual([
      'approved',
      'city-approved',
      'clawed-back',
      'draft',
      'paid',
      'published',
      'rejected',
      'returned',
      'submitted',
      'withdrawn',
    ]);
    // Every provision enterprises claim under (their own flows aside) reaches every state; every
    // claim provision has its budget (its module's demo figure).
    const registry = policyRegistry(ningxia);
    const byProvision = await db.db
      .selectDistinct({ p: claims.provision, s: claims.status })
      .from(claims)
      .where(isNotNull(claims.enterpriseId));
    for (const id of registry.claimProvisionIds.filter(
      (id) => !registry.agencyProvisions.has(id) && !registry.reviewerSetsAmount.has(id),
    )) {
      const reached = new Set(byProvision.filter((r) => r.p === id).map((r) => r.s));
      for (const s of ['draft', 'submitted', 'returned', 'city-approved', 'rejected', 'withdrawn'])
        expect(reached.has(s as never), `${id} ${s}`).toBe(true);
      expect(
        ['approved', 'published', 'paid', 'clawed-back'].some((s) => reached.has(s as never)),
        `${id} approved`,
      ).toBe(true);
    }
    expect((await db.db.select({ p: budgets.provision }).from(budgets)).map((b) => b.p).sort()).toEqual(
      [...registry.claimProvisionIds].sort(),
    );
    const areas = await db.db
      .select({ a: enterprises.areaCode, n: count() })
      .from(enterprises)
      .groupBy(enterprises.areaCode);
    expect(areas.length).toBe(6);
    // Every demo credit code is valid and its division fits the enterprise's area, as registration requires.
    const misfits = (await db.db.select().from(enterprises)).filter(
      (e) =>
        !isValidCreditCode(e.creditCode) || !checkCreditCodeArea(e.creditCode, e.areaCode as AreaCode).valid,
    );
    expect(misfits.map((e) => `${e.creditCode} ${e.areaCode}`)).toEqual([]);
    for (const b of await db.db.select().from(budgets)) {
      const entries = await db.db
        .select()
        .from(budgetLedger)
        .where(eq(budgetLedger.budgetId, b.id))
        .orderBy(asc(budgetLedger.id));
      const replayed = replayLedger(
        b.total,
        entries.map((e) => ({ op: e.op as 'reserve', amount: e.amount })),
      );
      expect({ reserved: replayed.reserved, posted: replayed.posted }).toEqual({
        reserved: b.reserved,
        posted: b.posted,
      });
      expect(envelopeHolds({ total: b.total, reserved: b.reserved, posted: b.posted })).toBe(true);
    }
    expect((await verifyChain(db.db)).ok).toBe(true);
  }, 60_000);

  it('has patent navigation projects whose amounts the region set, short of the year’s floor', async () => {
    const projects = await db.db.select().from(claims).where(eq(claims.provision, 'M4.2'));
    expect(projects.map((p) => p.status).sort()).toEqual([
      'approved',
      'approved',
      'city-approved',
      'submitted',
    ]);
    const granted = projects
      .filter((p) => p.status === 'approved')
      .map((p) => Number(p.approvedAmount))
      .reduce((a, b) => a + b, 0);
    expect(granted).toBeLessThan(1_000_000);
    expect(projects.filter((p) => p.amountReason).length).toBe(2);
    const [b] = await db.db.select().from(budgets).where(eq(budgets.provision, 'M4.2'));
    expect(b).toMatchObject({ total: '1200000.00', posted: '500000.00' });
  });

  it('holds records of every kind the provisions declare, some verified and some waiting, and agencies’ events of every kind', async () => {
    const kinds = await db.db
      .select({ kind: provisionRecords.kind, verification: provisionRecords.verification, n: count() })
      .from(provisionRecords)
      .groupBy(provisionRecords.kind, provisionRecords.verification);
    // Kinds with a flow of their own are kept in its tables (M9.3's cases: adjudication_cases).
    expect([...new Set(kinds.map((k) => k.kind))].sort()).toEqual(
      RECORD_KIND_IDS.filter((id) => !RECORD_KINDS[id].flow).sort(),
    );
    const cases = await db.db
      .select({ status: adjudicationCases.status, n: count() })
      .from(adjudicationCases)
      .groupBy(adjudicationCases.status);
    expect(cases.map((c) => c.status).sort()).toEqual(['accepted', 'closed', 'received', 'refused']);
    expect(kinds.some((k) => k.verification === 'pending')).toBe(true);
    expect(kinds.some((k) => k.verification === 'verified')).toBe(true);
    const events = await db.db
      .select({ provision: serviceEvents.provision, n: count() })
      .from(serviceEvents)
      .groupBy(serviceEvents.provision)
      .orderBy(asc(serviceEvents.provision));
    // Every provision agencies hold events under (the registry's event kinds) has some.
    expect(events.map((e) => e.provision)).toEqual(
      [...new Set(Object.values(EVENT_KINDS).map((k) => k.provision))].sort(),
    );
  });

  it('holds service requests to triage in Yinchuan: open, running, overdue and one reassigned with its reason', async () => {
    const today = todayInChina();
    const rows = await db.db
      .select({ r: serviceRequests, area: enterprises.areaCode })
      .from(serviceRequests)
      .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId));
    const yinchuan = rows.filter((x) => x.area === '640100').map((x) => x.r);
    expect(yinchuan.map((r) => r.provision)).toEqual(expect.arrayContaining(['M9.2', 'M10.1']));
    expect(yinchuan.some((r) => r.status === 'open' && r.kind === 'case-lead')).toBe(true);
    const overdue = yinchuan.filter((r) => requestDueStatus(r.status, r.dueOn, today).overdue);
    expect(overdue.map((r) => r.kind)).toEqual(['assistance']);
    const moves = await db.db
      .select()
      .from(serviceRequestAssignments)
      .where(isNotNull(serviceRequestAssignments.reason));
    expect(moves).toHaveLength(1);
    expect(moves[0]!.fromAgencyId).not.toBe(moves[0]!.agencyId);
    const moved = rows.find((x) => x.r.id === moves[0]!.requestId)!.r;
    expect(moved).toMatchObject({ agencyId: moves[0]!.agencyId, status: 'assigned', handleWorkingDays: 15 });
    expect(requestDueStatus(moved.status, moved.dueOn, today).overdue).toBe(false);
  });

  it('holds last year’s and this year’s SRDI lists and the industry departments’ read-only accounts (M9.1)', async () => {
    const year = Number(todayInChina().slice(0, 4));
    const lists = await db.db
      .select({ year: srdiListEntries.year, level: srdiListEntries.level, n: count() })
      .from(srdiListEntries)
      .groupBy(srdiListEntries.year, srdiListEntries.level);
    expect(new Set(lists.map((l) => l.year))).toEqual(new Set([year - 1, year]));
    expect(
      lists
        .filter((l) => l.year === year)
        .map((l) => l.level)
        .sort(),
    ).toEqual(['little-giant', 'provincial']);
    const industry = await db.db.select().from(users).where(eq(users.role, 'industry-dept'));
    expect(industry.map((u) => [u.username, u.areaCode]).sort()).toEqual([
      ['region.industry', null],
      ['yinchuan.industry', '640100'],
    ]);
  });

  it('holds a year of M2.1 sized from the registry: a few fewer recommended than 50, passed ones of focus industries and not, some waiting for their city', async () => {
    const rows = await db.db.select().from(priorityExamApplications);
    const by = (s: string) => rows.filter((r) => r.status === s);
    expect(by('recommended')).toHaveLength(46);
    expect(new Set(by('passed').map((r) => r.focusIndustry))).toEqual(new Set([true, false]));
    expect(by('submitted').some((r) => r.areaCode === '640100')).toBe(true);
    expect(by('returned').every((r) => r.checkReason)).toBe(true);
    expect(by('not-recommended').every((r) => r.decisionReason)).toBe(true);
    expect(
      rows.flatMap((r) => r.applicationNumbers).every((n) => checkPatentApplicationNumber(n, 2100).valid),
    ).toBe(true);
    const [tally] = await db.db.select().from(priorityExamTallies);
    expect(tally!.recommended).toBe(46);
  });

  it('holds M8.2 nominations in every state, the places counter equal to the selected brands, and the demo enterprise an SRDI one with a waiting nomination', async () => {
    const rows = await db.db
      .select({ status: brandNominations.status, n: count() })
      .from(brandNominations)
      .groupBy(brandNominations.status);
    const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    expect(Object.keys(by).sort()).toEqual(['nominated', 'refused', 'selected']);
    const [places] = await db.db.select().from(brandSelectionPlaces);
    expect(places!.used).toBe(by.selected);
    expect(by.selected).toBeLessThan(50);
    const [demo] = await db.db
      .select({ e: enterprises })
      .from(users)
      .innerJoin(enterprises, eq(enterprises.id, users.enterpriseId))
      .where(eq(users.username, 'enterprise.demo'));
    expect(demo!.e).toMatchObject({ status: 'verified', srdiVerified: true });
    expect(demo!.e.srdiLevel).not.toBe('none');
    const own = await db.db
      .select()
      .from(brandNominations)
      .where(eq(brandNominations.enterpriseId, demo!.e.id));
    expect(own.map((n) => n.status)).toContain('nominated');
  });
  it('lists M5.2 open-licence offers of every licensor kind with valid patent numbers; the demo enterprise has a concluded licence and an open interest', async () => {
    const offers = await db.db.select().from(licenceOffers);
    expect(new Set(offers.map((o) => o.licensorKind))).toEqual(
      new Set(['university', 'institute', 'enterprise']),
    );
    expect(offers.every((o) => checkNo(o.patentNumber, 2100).valid)).toBe(true);
    const [demo] = await db.db.select().from(users).where(eq(users.username, 'enterprise.demo'));
    const mine = await db.db
      .select()
      .from(licenceInterests)
      .where(eq(licenceInterests.enterpriseId, demo!.enterpriseId!));
    expect(mine.map((i) => i.status).sort()).toEqual(['concluded', 'open', 'open']);
    expect(mine.find((i) => i.status === 'concluded')!.fee).toBe('80000.00');
    // One of its interests is in an offer withdrawn (off the listing), and it was told why.
    const withdrawn = offers.filter((o) => o.status === 'withdrawn');
    expect(withdrawn).toHaveLength(1);
    expect(mine.map((i) => i.offerId)).toContain(withdrawn[0]!.id);
    const [told] = await db.db
      .select()
      .from(notifications)
      .where(eq(notifications.subjectId, withdrawn[0]!.id));
    expect(told).toMatchObject({ topic: 'licence.withdrawn', recipientId: demo!.enterpriseId });
    expect(told!.body.zh).toContain(withdrawn[0]!.withdrawalReason!);
  });

  it('holds 好差评 of ended claims, mostly satisfied; Yinchuan has a poor one followed up and one waiting, each told to the city', async () => {
    const rows = await db.db.select().from(serviceRatings);
    expect(rows.length).toBeGreaterThan(5);
    const poor = rows.filter((r) => ['dissatisfied', 'very-dissatisfied'].includes(r.level));
    expect(poor.length).toBeLessThan(rows.length / 2);
    const follows = await db.db.select().from(ratingFollowUps);
    const yinchuan = poor.filter((r) => r.areaCode === '640100');
    const followed = yinchuan.filter((r) => follows.some((f) => f.ratingId === r.id));
    expect(followed).toHaveLength(1);
    expect(yinchuan.length - followed.length).toBeGreaterThanOrEqual(1);
    const told = await db.db.select().from(notifications).where(eq(notifications.topic, 'rating.poor'));
    expect(told.map((n) => n.subjectId).sort()).toEqual(poor.map((r) => r.id).sort());
    // Only ended claims are rated, and none of the demo enterprise's (it rates its own on the portal).
    const rated = await db.db
      .select({ a: claims })
      .from(claims)
      .innerJoin(serviceRatings, eq(serviceRatings.subjectId, claims.id));
    expect(rated.length).toBe(rows.length);
    expect(rated.every((r) => ['paid', 'rejected', 'clawed-back'].includes(r.a.status))).toBe(true);
    const [demo] = await db.db.select().from(users).where(eq(users.username, 'enterprise.demo'));
    expect(rows.some((r) => r.enterpriseId === demo!.enterpriseId)).toBe(false);
    expect((await verifyChain(db.db)).ok).toBe(true);
  });

  it('shows work in every figure of the M13.1 scorecard: each record kind, service, event, request and list, and the money of every provision that takes claims', async () => {
    const year = Number(todayInChina().slice(0, 4));
    const [region] = await db.db.select().from(users).where(eq(users.username, 'region.admin'));
    const card = await buildScorecard(db.db, region!, await new PolicyStore(db.db).get(), year);
    const decided = new Set(
      (
        await db.db
          .selectDistinct({ p: claims.provision })
          .from(claims)
          .where(inArray(claims.status, DECIDED))
      ).map((r) => r.p),
    );
    // Every provision that takes claims has decided ones (its module's demo examples), so no money
    // figure reads 0 for want of claims: each has money granted, and each enterprises claim under
    // (the agencies' awards and the region-set projects have flows of their own) money paid.
    const registry = policyRegistry(ningxia);
    expect(registry.claimProvisionIds.filter((id) => !decided.has(id))).toEqual([]);
    const ownFlow = (id: string) => registry.agencyProvisions.has(id) || registry.reviewerSetsAmount.has(id);
    const empty = card.measures
      .filter((m) => Number(m.value) === 0)
      .filter((m) => m.figure !== 'paid' || !ownFlow(m.provision))
      .map((m) => `${m.provision} ${m.figure}`);
    expect(empty).toEqual([]);
    // M9.1 has its figures: no provision is left untracked.
    expect(card.untracked).toEqual([]);
    // The agencies' services answer the requests they hold (M9.2 case leads, M10.1 assistance).
    const onRequests = await db.db
      .selectDistinct({ p: serviceRecords.provision })
      .from(serviceRecords)
      .where(isNotNull(serviceRecords.requestId));
    expect(onRequests.map((r) => r.p)).toEqual(expect.arrayContaining(['M9.2', 'M10.1']));
  });
});
