/**
 * What the extract stage reads as requests and commitments in each bundled example
 * paper (`examples/`), parsed through the real pipeline: the table below says, per
 * paper, every request (kind, by, date, reference, what it asks) and every commitment
 * (the sentence's opening, due, deadline) and who makes the commitments — nothing more.
 *
 * The fictional papers were written with promises ("Ik zal uw Kamer voor de zomer van
 * 2026 informeren …"), promises kept ("Met deze brief geef ik invulling aan de toezegging
 * …"), motions carried out, committee requests, parties' questions in reports, members'
 * questions in a debate, and written questions answered.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Document, RequestKind } from '../src/model/index.ts';
import { parseFile } from '../src/pipeline/index.ts';
import { ROOT } from './support/shared.ts';

const DIR = join(ROOT, 'examples');

/** kind, by, date, reference, asks. */
type RequestRow = [RequestKind, string | null, string | null, string | null, string];
/** The sentence's first 60 characters, due, deadline. */
type CommitmentRow = [string, string | null, string | null];

interface Expected {
  requests: RequestRow[];
  commitments: CommitmentRow[];
  /** Who makes the commitments (each label once). */
  by: Array<string | null>;
}

const EXPECTED: Record<string, Expected> = {
  'ah-tk-20252026-1187': {
    requests: [
      [
        'question',
        'het lid Damstra-Vliet',
        null,
        'kv-tk-2026Z02214',
        'het weglopen van een schaapskudde van de Lekdijk',
      ],
    ],
    commitments: [['Ik zal in de tussenstand van de proef ingaan op de vraag of ', null, null]],
    by: ['Minister van Landbouw, Visserij, Voedselzekerheid en Natuur'],
  },
  'ah-tk-20252026-265': {
    requests: [
      [
        'question',
        'het lid Kroosberg',
        null,
        'kv-tk-2025Z16880',
        'het vastlopen van een zeilend vrachtschip onder de Waalbrug bij Nijmegen',
      ],
    ],
    commitments: [['Ik zal uw Kamer over de uitkomst van dat onderzoek informere', 'zodra het is afgerond', null]],
    by: ['Staatssecretaris van Infrastructuur en Waterstaat'],
  },
  'h-tk-20242025-72-9': {
    requests: [],
    commitments: [],
    by: [],
  },
  'h-tk-20252026-45-7': {
    requests: [
      [
        'motion',
        'het lid Stuwdijk',
        '2026-01-28',
        'kst-99102-9',
        'de Kamer jaarlijks te informeren over het aantal ingeschreven zeilende vrachtschepen en het aantal afgegeven vaarbewijzen voor zeilvracht',
      ],
    ],
    commitments: [['Ik zeg daarbij toe dat de eerste rapportage over het registe', '2027-07-01', '2027-06-30']],
    by: ['Minister Oeverman'],
  },
  'kst-32824-93': {
    requests: [
      [
        'committee',
        'vaste commissie voor Sociale Zaken en Werkgelegenheid',
        '2015-04-09',
        null,
        'een verslag van het werkbezoek dat ik op 24 en 25 maart jl. aan Marokko bracht',
      ],
    ],
    commitments: [
      ['In de komende periode zal met de Marokkaanse autoriteiten wo', 'komende periode', null],
      ['In het kader van uitwisseling van kennis en expertise zal Ne', 'komende maanden', null],
    ],
    by: ['Minister van Sociale Zaken en Werkgelegenheid'],
  },
  'kst-99101-1': {
    requests: [],
    commitments: [
      ['Ik zal uw Kamer voor de zomer van 2025 informeren over de ui', '2025-07-01', '2025-06-30'],
      ['Ik verwacht dit voorstel na de zomer bij uw Kamer in te dien', '2025-H2', '2025-12-31'],
      ['In het najaar ontvangt u de uitwerking van het actieplan Kle', '2025-Q4', '2025-12-31'],
    ],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99101-10': {
    requests: [
      [
        'committee',
        'vaste commissie voor Infrastructuur en Waterstaat',
        '2025-12-11',
        null,
        'vragen en opmerkingen over de brief van 27 november 2025 over de uitwerking van het actieplan Kleine Vaarwegen',
      ],
      [
        'other',
        'leden van de DRV-fractie',
        '2026-01-15',
        null,
        'of de centrale post in Leeuwarden ook de bruggen in Groningen gaat bedienen, en hoeveel sluiswachters daarvoor nodig zijn',
      ],
      [
        'other',
        'leden van de ZWP-fractie',
        '2026-01-15',
        null,
        'hoe de Minister voorkomt dat schippers bij een storing van de bediening op afstand urenlang voor een gesloten brug liggen',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99101-11': {
    requests: [],
    commitments: [],
    by: [],
  },
  'kst-99101-12': {
    requests: [
      [
        'commitment',
        null,
        '2025-11-27',
        'kst-99101-9',
        'uw Kamer voor de zomer van 2026 te informeren over de eerste ervaringen met de bediening op afstand in Friesland',
      ],
    ],
    commitments: [['Na de zomer ontvangt u de evaluatie van het eerste jaar van ', '2026-H2', '2026-12-31']],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99101-2': {
    requests: [
      [
        'committee',
        'vaste commissie voor Infrastructuur en Waterstaat',
        null,
        null,
        'vragen over de brief van 13 februari 2025 inzake de Visie Binnenvaart 2040',
      ],
    ],
    commitments: [
      ['Ik verwacht het in september 2025 bij uw Kamer in te dienen,', '2025-09', '2025-09-30'],
      ['Ik kom daarop terug in de uitwerking van het actieplan, die ', '2025-Q4', '2025-12-31'],
    ],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99101-3': {
    requests: [
      [
        'other',
        'het lid Kroosberg',
        '2025-03-26',
        null,
        'Kan de minister toezeggen dat hij de Kamer informeert voordat hij besluit of de proef wordt voortgezet',
      ],
      [
        'other',
        'het lid Van Wierum',
        '2025-03-26',
        null,
        'Wanneer krijgen de provincies duidelijkheid over de bijdrage van het Rijk aan de bediening op afstand',
      ],
    ],
    commitments: [
      ['De minister informeert de Kamer voor de zomer van 2025 over ', '2025-07-01', '2025-06-30'],
      ['De minister stuurt de Kamer in het najaar van 2025 de uitwer', '2025-Q4', '2025-12-31'],
    ],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99101-4': {
    requests: [
      [
        'motion',
        'het lid Kroosberg',
        '2025-04-16',
        null,
        'het aantal drijvende laadpunten op de Waal nog in 2025 te verdubbelen',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99101-5': {
    requests: [
      [
        'motion',
        'de leden Van Wierum en Heggeman',
        '2025-04-16',
        null,
        'met de provincies af te spreken dat de bediening in de winter niet verder wordt beperkt dan in de zomer, en de Kamer hierover voor 1 oktober 2025 te informeren',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99101-6': {
    requests: [
      [
        'motion',
        'de leden Kroosberg, Brasem en Heggeman',
        '2025-04-22',
        null,
        'het aantal drijvende laadpunten op de Waal voor 1 januari 2026 te verdubbelen en de Kamer voor de zomer over de uitvoering te informeren',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99101-7': {
    requests: [
      [
        'commitment',
        null,
        '2025-03-26',
        'kst-99101-3',
        'uw Kamer voor de zomer te informeren over de uitkomsten van de proef met drijvende laadpunten',
      ],
      [
        'motion',
        'het lid Kroosberg c.s.',
        '2025-04-22',
        'kst-99101-6',
        'het aantal drijvende laadpunten op de Waal voor 1 januari 2026 te verdubbelen',
      ],
      ['commitment', null, null, null, 'In het najaar ontvangt u ook de uitwerking van het actieplan Kleine Vaarwegen'],
    ],
    commitments: [
      ['Ik zal uw Kamer in het najaar van 2025 informeren over de pl', '2025-Q4', '2025-12-31'],
      ['In het najaar ontvangt u ook de uitwerking van het actieplan', '2025-Q4', '2025-12-31'],
    ],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99101-8': {
    requests: [
      [
        'committee',
        'vaste commissie voor Infrastructuur en Waterstaat',
        '2025-10-02',
        null,
        'een reactie op het bericht «Zeilvrachtschip klem onder de Waalbrug bij Nijmegen»',
      ],
    ],
    commitments: [['Ik zal uw Kamer voor 1 februari 2026 informeren over de uitk', '2026-02-01', '2026-01-31']],
    by: ['Staatssecretaris van Infrastructuur en Waterstaat'],
  },
  'kst-99101-9': {
    requests: [
      [
        'commitment',
        null,
        '2025-03-26',
        'kst-99101-7',
        'uw Kamer in het najaar de uitwerking van het actieplan Kleine Vaarwegen te sturen',
      ],
      [
        'commitment',
        null,
        null,
        null,
        'Ook informeer ik u over de plaatsing van de nieuwe drijvende laadpunten op de Waal',
      ],
      ['motion', 'het lid Van Wierum', null, 'kst-99104-XII-12', 'motie-Van Wierum over de winterbediening'],
      ['motion', 'het lid Kroosberg c.s.', null, null, 'het aantal drijvende laadpunten op de Waal verdubbeld'],
    ],
    commitments: [['Ik zal uw Kamer voor de zomer van 2026 informeren over de ee', '2026-07-01', '2026-06-30']],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99102-2': {
    requests: [],
    commitments: [],
    by: [],
  },
  'kst-99102-3': {
    requests: [],
    commitments: [],
    by: [],
  },
  'kst-99102-4': {
    requests: [
      [
        'committee',
        'vaste commissie voor Infrastructuur en Waterstaat',
        null,
        null,
        'Onder het voorbehoud dat de regering de vragen en opmerkingen in dit verslag afdoende zal beantwoorden, acht de commissie de openbare behandeling van het wetsvoorstel voldoende voorbereid',
      ],
      [
        'other',
        'leden van de ZWP-fractie',
        '2025-10-09',
        null,
        'of een termijn van twaalf maanden voor het aanvullend vaarbewijs niet te kort is, nu er in Nederland maar één opleiding voor zeilvracht bestaat',
      ],
      [
        'other',
        'leden van de DRV-fractie',
        '2025-10-09',
        null,
        'hoe de regering voorkomt dat het register een administratieve last wordt voor kleine rederijen met één schip',
      ],
      [
        'other',
        'leden van de KLV-fractie',
        '2025-10-09',
        null,
        'of het aanvullend vaarbewijs ook eisen stelt aan het inschatten van de doorvaarthoogte van bruggen',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99102-5': {
    requests: [
      [
        'committee',
        'vaste commissie voor Infrastructuur en Waterstaat',
        null,
        'kst-99102-4',
        'vragen en opmerkingen in het verslag',
      ],
      [
        'other',
        'leden van de ZWP-fractie',
        null,
        null,
        'of een termijn van twaalf maanden voor het aanvullend vaarbewijs niet te kort is',
      ],
      [
        'other',
        'leden van de DRV-fractie',
        null,
        null,
        'hoe de administratieve last voor kleine rederijen beperkt blijft',
      ],
      [
        'other',
        'leden van de KLV-fractie',
        null,
        null,
        'of het aanvullend vaarbewijs eisen stelt aan het inschatten van de doorvaarthoogte van bruggen',
      ],
    ],
    commitments: [
      ['Ik zal het ontwerp van die regeling voor de inwerkingtreding', 'voor de inwerkingtreding van de wet', null],
    ],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99102-6': {
    requests: [],
    commitments: [],
    by: [],
  },
  'kst-99102-7': {
    requests: [],
    commitments: [],
    by: [],
  },
  'kst-99102-8': {
    requests: [],
    commitments: [],
    by: [],
  },
  'kst-99102-9': {
    requests: [
      [
        'motion',
        'het lid Stuwdijk',
        '2026-01-28',
        null,
        'de Kamer jaarlijks te informeren over het aantal ingeschreven zeilende vrachtschepen en het aantal afgegeven vaarbewijzen voor zeilvracht',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99102-B': {
    requests: [
      [
        'other',
        'leden van de ZWP-fractie',
        '2026-03-10',
        null,
        'hoeveel rederijen naar verwachting van de kosteloze inschrijving gebruik zullen maken',
      ],
      [
        'other',
        'leden van de BVP-fractie',
        '2026-03-10',
        null,
        'of de regering, gelet op de aangenomen motie-Stuwdijk, bereid is ook de Eerste Kamer jaarlijks over het register te informeren',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99102-C': {
    requests: [
      [
        'committee',
        'vaste commissie voor Infrastructuur, Waterstaat en Omgeving',
        '2026-03-10',
        'kst-99102-B',
        'vragen en opmerkingen in het voorlopig verslag',
      ],
      [
        'other',
        'leden van de ZWP-fractie',
        null,
        null,
        'hoeveel rederijen van de kosteloze inschrijving gebruik zullen maken',
      ],
      [
        'other',
        'leden van de BVP-fractie',
        null,
        null,
        'of de regering ook de Eerste Kamer jaarlijks over het register wil informeren',
      ],
      ['commitment', null, null, 'h-tk-20252026-45-7', 'de eerste rapportage voor 1 juli 2027 te sturen'],
    ],
    commitments: [['Ik zal die rapportage, en de rapportages die volgen, ook aan', null, null]],
    by: ['Minister van Infrastructuur en Waterstaat'],
  },
  'kst-99103-1': {
    requests: [],
    commitments: [
      ['Om inwoners van die dorpen weer dichtbij boeken te laten len', '2025-09-01', '2025-09-01'],
      ['Ik zal uw Kamer voor 1 december 2025 informeren over de eers', '2025-12-01', '2025-11-30'],
    ],
    by: ['Minister van Onderwijs, Cultuur en Wetenschap'],
  },
  'kst-99103-2': {
    requests: [
      [
        'motion',
        'het lid Brasem',
        '2025-07-02',
        null,
        'een derde bibliotheekschip in Zeeland te laten varen en de Kamer daarover voor het einde van 2025 te informeren',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99103-3': {
    requests: [
      [
        'commitment',
        null,
        '2025-05-08',
        'kst-99103-1',
        'uw Kamer voor 1 december 2025 te informeren over de eerste ervaringen met de drijvende bibliotheken',
      ],
      ['motion', 'het lid Brasem', null, 'kst-99103-2', 'motie-Brasem over een derde bibliotheekschip in Zeeland'],
    ],
    commitments: [['Na afloop van de proef, in het najaar van 2027, ontvangt u d', '2027-Q4', '2027-12-31']],
    by: ['Minister van Onderwijs, Cultuur en Wetenschap'],
  },
  'kst-99104-XII-12': {
    requests: [
      [
        'motion',
        'het lid Van Wierum',
        '2025-11-13',
        null,
        'met de provincies af te spreken dat de winterbediening vanaf 2026 gelijk is aan de zomerbediening, en de rijksbijdrage daarvoor in de begroting voor 2026 op te nemen',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99104-XII-20': {
    requests: [
      [
        'motion',
        'het lid Van Wierum',
        null,
        'kst-99104-XII-12',
        'met de provincies af te spreken dat de winterbediening van sluizen op de kleine vaarwegen gelijk wordt aan de zomerbediening',
      ],
      [
        'commitment',
        null,
        '2025-10-23',
        'kst-99101-8',
        'u voor 1 februari 2026 te informeren over het onderzoek van de Inspectie Leefomgeving en Transport naar het zeilvrachtschip onder de Waalbrug',
      ],
    ],
    commitments: [['Ik verwacht u de uitkomst in april 2026 te kunnen sturen.', '2026-04', '2026-04-30']],
    by: ['Staatssecretaris van Infrastructuur en Waterstaat'],
  },
  'kst-99104-XII-4': {
    requests: [
      [
        'committee',
        'vaste commissie voor Infrastructuur en Waterstaat',
        null,
        null,
        'vragen over de begroting van het Ministerie van Infrastructuur en Waterstaat voor het jaar 2026',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kst-99105-1': {
    requests: [],
    commitments: [['In het najaar ontvangt u de tussenstand van de proef, met de', '2025-Q4', '2025-12-31']],
    by: ['Minister van Landbouw, Visserij, Voedselzekerheid en Natuur'],
  },
  'kst-99105-2': {
    requests: [
      [
        'commitment',
        null,
        '2025-03-06',
        'kst-99105-1',
        'uw Kamer in het najaar van 2025 de tussenstand van de proef «Kudde op de Dijk» te sturen',
      ],
      ['commitment', null, null, null, 'Wij gaan daarbij ook in op de afrastering van dijkvakken'],
    ],
    commitments: [['Wij zullen uw Kamer na afloop van de proef, voor de zomer va', '2027-07-01', '2027-06-30']],
    by: ['Minister van Landbouw, Visserij, Voedselzekerheid en Natuur'],
  },
  'kv-tk-2025Z16880': {
    requests: [
      [
        'question',
        'het lid Kroosberg',
        '2025-09-23',
        null,
        'het vastlopen van een zeilend vrachtschip onder de Waalbrug bij Nijmegen',
      ],
    ],
    commitments: [],
    by: [],
  },
  'kv-tk-2026Z02214': {
    requests: [
      ['question', 'het lid Damstra-Vliet', '2026-02-05', null, 'het weglopen van een schaapskudde van de Lekdijk'],
    ],
    commitments: [],
    by: [],
  },
};

const docs = new Map<string, Document>();

before(async () => {
  for (const name of readdirSync(DIR).filter((n) => n.endsWith('.txt'))) {
    const doc = await parseFile(join(DIR, name));
    docs.set(doc.id ?? name, doc);
  }
});

describe('requests and commitments of the bundled examples', () => {
  it('should have a table entry for every example', () => {
    assert.deepEqual([...docs.keys()].sort(), Object.keys(EXPECTED).sort());
  });

  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`should read ${id} as the table says`, () => {
      const doc = docs.get(id);
      assert.ok(doc, id);
      assert.deepEqual(
        doc.requests.map((r): RequestRow => [r.kind ?? 'other', r.by, r.date, r.reference ?? null, r.asks]),
        expected.requests,
        'requests',
      );
      assert.deepEqual(
        doc.commitments.map((c): CommitmentRow => [c.text.slice(0, 60), c.due, c.deadline ?? null]),
        expected.commitments,
        'commitments',
      );
      assert.deepEqual([...new Set(doc.commitments.map((c) => c.by))], expected.by, 'by');
      for (const c of doc.commitments)
        assert.ok(
          doc.blocks.some((b) => b.text.includes(c.text)),
          c.text,
        );
    });
  }
});
