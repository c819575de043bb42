/**
 * The written-questions contract (`Store.questions`): one suite every engine must pass,
 * written against the `Store` interface only. `describeQuestionContract('sqlite', open)`
 * registers it; `open` must return a new, EMPTY store each time (the suite closes it).
 *
 * Fictional Kamervragen of February and March 2026 (Zaken 2026Z90001–5) with their
 * answers and a notice of delay, read on a fixed day (20 March 2026): unanswered
 * questions are open for 21 days, then overdue; a notice leaves them overdue; an answer
 * stored later makes them answered.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Document, Request, Signatory } from '../model/index.ts';
import { paper } from './fixtures.ts';
import type { QuestionRecord } from './question-types.ts';
import type { Store } from './types.ts';

const TODAY = '2026-03-20';
const BZK = 'Binnenlandse Zaken en Koninkrijksrelaties';
const FIN = 'Financiën';

const lid = (name: string, party: string): Signatory => ({ name, role: 'lid', party });

/** Written questions (`kv-tk-…`) asked on `date`. */
function questions(zaak: string, date: string, to: string, askers: Signatory[], subject: string): Document {
  return paper({
    id: `kv-tk-${zaak}`,
    kind: 'kamervragen',
    type: 'kamervragen',
    chamber: 'tweede-kamer',
    title: subject,
    subject,
    addressee: to,
    date,
    signatories: askers,
    sender: { role: askers.length > 1 ? 'leden' : 'lid', portfolio: null, name: askers[0]?.name ?? null },
    external: { tkId: `tk-${zaak}`, tkZaken: [zaak] },
    body: [`Vraag 1: Wat weet u over ${subject}?`],
  });
}

/** An Aanhangsel (`ah-tk-20252026-…`) received on `date`: an answer, or a notice of delay. */
function aanhangsel(spec: {
  number: string;
  zaak?: string;
  date: string;
  ministry: string;
  notice?: boolean;
  askers: Signatory[];
  subject: string;
  requests?: Request[];
}): Document {
  return paper({
    id: `ah-tk-20252026-${spec.number}`,
    kind: 'aanhangsel',
    type: spec.notice ? 'uitstel-antwoord-kamervragen' : 'antwoord-kamervragen',
    typeLine: spec.notice ? 'Mededeling' : null,
    chamber: 'tweede-kamer',
    number: spec.number,
    title: spec.subject,
    subject: spec.subject,
    addressee: `Minister van ${spec.ministry}`,
    date: spec.date,
    signatories: spec.askers,
    sender: { role: 'minister', portfolio: spec.ministry, name: 'Voorbeeld' },
    citation: `Aanhangsel Handelingen II 2025/26, nr. ${spec.number}`,
    ...(spec.zaak ? { external: { tkZaken: [spec.zaak] } } : {}),
    requests: spec.requests ?? [],
    body: spec.notice
      ? ['De vragen kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.']
      : ['Antwoord 1: Het is een fictief voorbeeld.'],
  });
}

const PROEF = lid('Proef', 'FICT');
const VAN_DER_PROEF = lid('Van der Proef', 'DRV');
const JANSEN = lid('Jansen', 'FICT');

/** The papers stored first: five Zaken, one answered only (no questions paper), one with a notice. */
function firstPapers(): Document[] {
  return [
    questions('2026Z90001', '2026-02-02', `Minister van ${BZK}`, [PROEF], 'het fictieve register'),
    questions('2026Z90002', '2026-03-10', `Minister van ${FIN}`, [VAN_DER_PROEF, JANSEN], 'de fictieve toeslag'),
    questions('2026Z90003', '2026-01-05', `Minister van ${FIN}`, [JANSEN], 'de fictieve belasting'),
    aanhangsel({
      number: '9001',
      zaak: '2026Z90003',
      date: '2026-01-26',
      ministry: FIN,
      askers: [JANSEN],
      subject: 'de fictieve belasting',
    }),
    questions('2026Z90004', '2026-02-09', `Staatssecretaris van ${FIN}`, [PROEF], 'de fictieve heffing'),
    aanhangsel({
      number: '9002',
      zaak: '2026Z90004',
      date: '2026-02-27',
      ministry: FIN,
      notice: true,
      askers: [PROEF],
      subject: 'de fictieve heffing',
    }),
    aanhangsel({
      number: '9003',
      date: '2026-02-20',
      ministry: BZK,
      askers: [lid('Kroosberg', 'ZWP')],
      subject: 'het fictieve loket',
      requests: [
        {
          date: null,
          by: 'het lid Kroosberg',
          asks: 'het fictieve loket',
          kind: 'question',
          reference: 'kv-tk-2026Z90005',
        },
      ],
    }),
  ];
}

/** The answer to 2026Z90004, stored after its notice. */
const lateAnswer = () =>
  aanhangsel({
    number: '9004',
    zaak: '2026Z90004',
    date: '2026-03-16',
    ministry: FIN,
    askers: [PROEF],
    subject: 'de fictieve heffing',
  });

const zaken = (records: { zaak: string }[]) => records.map((r) => r.zaak);

/** Register the written-questions suite for one engine. */
export function describeQuestionContract(name: string, open: () => Promise<Store>): void {
  describe(`Question contract (${name})`, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.put(firstPapers());
    });
    after(() => store.close());

    const list = (filter: Parameters<Store['questions']['list']>[0] = {}, page?: { limit?: number; offset?: number }) =>
      store.questions.list({ today: TODAY, ...filter }, page);

    it('should pair each Zaak once, newest asked first, those without a date last', async () => {
      const page = await list();
      assert.equal(page.total, 5);
      assert.deepEqual(zaken(page.items), ['2026Z90002', '2026Z90004', '2026Z90001', '2026Z90003', '2026Z90005']);
      assert.deepEqual(page.statuses, [
        { value: 'open', count: 1 },
        { value: 'overdue', count: 2 },
        { value: 'answered', count: 2 },
      ]);
    });

    it('should keep a question without an answer open for 21 days, and overdue after', async () => {
      const on = async (today: string) => (await store.questions.get('2026Z90001', today)) as QuestionRecord;
      const record = await on(TODAY);
      assert.deepEqual(
        { ...record, question: record.question?.id },
        {
          zaak: '2026Z90001',
          title: 'het fictieve register',
          askers: [{ name: 'Proef', party: 'FICT' }],
          ministry: BZK,
          asked: '2026-02-02',
          deadline: '2026-02-23',
          status: 'overdue',
          days: 46,
          answered: null,
          delayNoticed: null,
          question: 'kv-tk-2026Z90001',
          answers: [],
          notices: [],
        },
      );
      assert.deepEqual([(await on('2026-02-23')).status, (await on('2026-02-23')).days], ['open', 21]);
      assert.equal((await on('2026-02-24')).status, 'overdue');
      assert.equal(await store.questions.get('2026Z99999', TODAY), null);
      assert.equal(await store.questions.get("2026Z90001' OR 1=1", TODAY), null);
    });

    it('should show an answered question with its answer and the days it took', async () => {
      const record = (await store.questions.get('2026Z90003', TODAY))!;
      assert.deepEqual(
        [record.status, record.answered, record.days, record.answers.map((a) => a.id)],
        ['answered', '2026-01-26', 21, ['ah-tk-20252026-9001']],
      );
      const unasked = (await store.questions.get('2026Z90005', TODAY))!;
      assert.deepEqual(
        [unasked.status, unasked.asked, unasked.days, unasked.question, unasked.ministry, unasked.title],
        ['answered', null, null, null, BZK, 'het fictieve loket'],
        'an answer whose questions the archive lacks is found by the questions it refers to',
      );
    });

    it('should show a notice of delay and keep the late question overdue', async () => {
      const record = (await store.questions.get('2026Z90004', TODAY))!;
      assert.deepEqual(
        [record.status, record.delayNoticed, record.notices.map((n) => n.id), record.answers, record.ministry],
        ['overdue', '2026-02-27', ['ah-tk-20252026-9002'], [], FIN],
      );
      const early = (await store.questions.get('2026Z90004', '2026-03-01'))!;
      assert.deepEqual([early.status, early.delayNoticed], ['open', '2026-02-27'], 'within the term it is open');
    });

    it('should filter by status, ministry, member, party and period', async () => {
      const cases: [Parameters<Store['questions']['list']>[0], string[]][] = [
        [{ status: 'unanswered' }, ['2026Z90002', '2026Z90004', '2026Z90001']],
        [{ status: 'overdue' }, ['2026Z90004', '2026Z90001']],
        [{ status: 'open' }, ['2026Z90002']],
        [{ status: 'answered' }, ['2026Z90003', '2026Z90005']],
        [{ ministry: FIN }, ['2026Z90002', '2026Z90004', '2026Z90003']],
        [{ ministry: FIN, status: 'overdue' }, ['2026Z90004']],
        [{ member: 'Jansen' }, ['2026Z90002', '2026Z90003']],
        [{ party: 'DRV' }, ['2026Z90002']],
        [{ party: 'FICT', status: 'unanswered' }, ['2026Z90002', '2026Z90004', '2026Z90001']],
        [{ from: '2026-02-01', to: '2026-02-28' }, ['2026Z90004', '2026Z90001']],
        [{ ministry: 'Defensie' }, []],
      ];
      for (const [filter, expected] of cases) {
        const page = await list(filter);
        assert.deepEqual(zaken(page.items), expected, JSON.stringify(filter));
        assert.equal(page.total, expected.length, JSON.stringify(filter));
      }
      const paged = await list({}, { limit: 2, offset: 2 });
      assert.deepEqual([paged.total, zaken(paged.items)], [5, ['2026Z90001', '2026Z90003']]);
    });

    it('should count per ministry open, overdue and answered questions and the median days to answer', async () => {
      const page = await list({ ministry: FIN, status: 'answered' });
      assert.deepEqual(page.ministries, [
        { ministry: FIN, open: 1, overdue: 1, answered: 1, medianDays: 21 },
        { ministry: BZK, open: 0, overdue: 1, answered: 1, medianDays: null },
      ]);
      assert.deepEqual(
        page.statuses.map((s) => [s.value, s.count]),
        [
          ['open', 1],
          ['overdue', 1],
          ['answered', 1],
        ],
        'the statuses of the ministry asked for',
      );
      const fict = await list({ party: 'FICT' });
      assert.deepEqual(
        fict.ministries.map((m) => [m.ministry, m.open + m.overdue + m.answered]),
        [
          [FIN, 3],
          [BZK, 1],
        ],
      );
    });

    it('should list the parties and members who ask', async () => {
      assert.deepEqual(await store.questions.askers(), {
        parties: ['DRV', 'FICT', 'ZWP'],
        members: ['Jansen', 'Kroosberg', 'Proef', 'Van der Proef'],
      });
    });

    it('should give the overdue questions, the most recently overdue first, dated the day after the term', async () => {
      const news = await store.questions.overdue({ today: TODAY });
      assert.deepEqual(
        news.map((n) => [n.record.zaak, n.date]),
        [
          ['2026Z90004', '2026-03-03'],
          ['2026Z90001', '2026-02-24'],
        ],
      );
      assert.deepEqual(
        (await store.questions.overdue({ today: TODAY, ministry: BZK })).map((n) => n.record.zaak),
        ['2026Z90001'],
      );
    });

    it('should make a question answered when its answer is stored later, the notice kept', async () => {
      await store.put([lateAnswer()]);
      const record = (await store.questions.get('2026Z90004', TODAY))!;
      assert.deepEqual(
        [record.status, record.answered, record.days, record.delayNoticed],
        ['answered', '2026-03-16', 35, '2026-02-27'],
      );
      assert.deepEqual(
        [record.answers.map((a) => a.id), record.notices.map((n) => n.id)],
        [['ah-tk-20252026-9004'], ['ah-tk-20252026-9002']],
      );
      const fin = (await list()).ministries.find((m) => m.ministry === FIN);
      assert.deepEqual(fin, { ministry: FIN, open: 1, overdue: 0, answered: 2, medianDays: 28 });
      const answered = await store.questions.answered();
      assert.deepEqual(
        answered.map((n) => [n.record.zaak, n.date]),
        [
          ['2026Z90004', '2026-03-16'],
          ['2026Z90005', '2026-02-20'],
          ['2026Z90003', '2026-01-26'],
        ],
      );
      assert.deepEqual(
        (await store.questions.answered({ ministry: BZK }, 1)).map((n) => n.record.zaak),
        ['2026Z90005'],
      );
    });

    it('should follow a paper that changes, and drop a withdrawn one', async () => {
      const moved = questions(
        '2026Z90002',
        '2026-03-10',
        'Minister van Justitie en Veiligheid',
        [VAN_DER_PROEF],
        'de fictieve toeslag',
      );
      assert.deepEqual(await store.put([moved]), ['updated']);
      const record = (await store.questions.get('2026Z90002', TODAY))!;
      assert.deepEqual(
        [record.ministry, record.askers],
        ['Justitie en Veiligheid', [{ name: 'Van der Proef', party: 'DRV' }]],
      );
      assert.deepEqual(zaken((await list({ member: 'Jansen' })).items), ['2026Z90003']);
      assert.equal(await store.withdraw('tk-2026Z90001'), 1);
      assert.equal(await store.questions.get('2026Z90001', TODAY), null);
      assert.deepEqual(zaken((await list({ status: 'overdue' })).items), []);
    });

    it('should catch up with more papers than one transaction holds, by docid', async () => {
      const many = await open();
      try {
        const asked = (i: number) => `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`;
        const papers = Array.from({ length: 1_201 }, (_, i) =>
          questions(
            `2025Z${String(50_000 + i)}`,
            asked(i),
            `Minister van ${i % 3 === 0 ? FIN : BZK}`,
            [JANSEN],
            `vraag ${i}`,
          ),
        );
        await many.put(papers.slice(0, 700));
        assert.equal((await many.questions.list({ today: TODAY })).total, 700);
        await many.put(papers.slice(700));
        const page = await many.questions.list({ today: TODAY, status: 'overdue', ministry: FIN });
        assert.equal(page.total, 401);
        assert.deepEqual(
          page.ministries.map((m) => [m.ministry, m.overdue]),
          [
            [BZK, 800],
            [FIN, 401],
          ],
        );
      } finally {
        await many.close();
      }
    });

    it('should answer an empty archive with nothing', async () => {
      const empty = await open();
      try {
        const page = await empty.questions.list({ today: TODAY });
        assert.deepEqual(page, { total: 0, items: [], ministries: [], statuses: [] });
        assert.deepEqual(await empty.questions.askers(), { parties: [], members: [] });
        await empty.put([questions('2026Z90009', '2026-03-19', `Minister van ${FIN}`, [PROEF], 'iets nieuws')]);
        assert.deepEqual(zaken((await empty.questions.list({ today: TODAY })).items), ['2026Z90009']);
      } finally {
        await empty.close();
      }
    });
  });
}
