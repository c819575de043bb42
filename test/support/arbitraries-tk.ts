/**
 * fast-check generators of the Tweede Kamer's open data, for the fuzz tests: OData v4
 * entities (Document, Zaak, Kamerstukdossier, Toezegging) as one entity or a response
 * whose `value` holds some, with `@odata.context` and `@odata.type` right, wrong or
 * missing, every property with a value of its type, of another type, or null, the
 * `$expand`ed relations as arrays of records or of anything; their JSON text written
 * with duplicate keys, escapes of every kind, huge numbers and deep nesting; and SyncFeed
 * entity XML (document, zaak, kamerstukdossier, documentVersie, documentActor,
 * toezegging and entities Griffie does not read) under the `tk:`, `ns1:` or default
 * prefix, on its own, in an Atom entry (element or CDATA) or in a feed. All fictional.
 *
 * @module
 */
import fc from 'fast-check';
import { hostileText } from './arbitraries-bytes.ts';
import { el, raw, serializeXml, type XmlElementNode, type XmlNode } from './arbitraries-xml.ts';

/** The namespace of tkData entity XML. */
export const TK_NS = 'http://www.tweedekamer.nl/xsd/tkData/v1-0';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** A GUID: mostly valid (lower or upper case), sometimes not. */
export const guid = fc.oneof(
  { arbitrary: fc.uuid({ version: 4 }), weight: 6 },
  { arbitrary: fc.uuid({ version: 4 }).map((u) => u.toUpperCase()), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      'not-a-guid',
      '00000000-0000-0000-0000-00000000000',
      '{a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f}',
    ),
    weight: 1,
  },
);

const dateValue = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2024-11-14T00:00:00+01:00',
    '2024-02-30T00:00:00Z',
    '2024-11-14',
    '14-11-2024',
    'gisteren',
    '',
    '0001-01-01T00:00:00Z',
  ),
);
const vergaderjaar = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map((y) => `${y}-${y + 1}`),
  fc.constantFrom('2024-2026', '2024/2025', '2024', ''),
);
const soort = fc.constantFrom(
  'Brief regering',
  'Motie',
  'Amendement',
  'Schriftelijke vragen',
  'Antwoord schriftelijke vragen',
  'Verslag van een schriftelijk overleg',
  'Wetsvoorstel',
  'Memorie van toelichting',
  'Onbekende soort',
  '',
);

/** A value of the right type for a property, now and then of another type or null. */
function typedOrNot<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: right, weight: 8 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
    { arbitrary: hostileText, weight: 1 },
  );
}

/** An object of optional properties, each with its generator. */
function entityOf(properties: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(Object.entries(properties).map(([key, arb]) => [key, typedOrNot(arb)])), {
    requiredKeys: [],
  });
}

const dossierRecord = entityOf({
  Id: guid,
  Titel: hostileText,
  Nummer: fc.oneof(fc.integer({ min: 99_000, max: 99_999 }), fc.constantFrom('99123', 'abc', -1, 1e21)),
  Toevoeging: fc.constantFrom('VII', 'XV', 'A', '', '-1'),
  HoogsteVolgnummer: fc.integer({ min: -1, max: 500 }),
  Afgesloten: fc.boolean(),
  Kamer: fc.constantFrom('Tweede Kamer', 'Eerste Kamer', ''),
  Verwijderd: fc.boolean(),
});
const zaakRecord = entityOf({
  Id: guid,
  Nummer: fc.oneof(
    fc.integer({ min: 10_000, max: 99_999 }).map((n) => `2024Z${n}`),
    fc.constantFrom('2024Z1', 'Z', ''),
  ),
  Soort: soort,
  Titel: hostileText,
  Onderwerp: hostileText,
  GestartOp: dateValue,
  Termijn: dateValue,
  Vergaderjaar: vergaderjaar,
  Volgnummer: fc.integer({ min: -1, max: 500 }),
  Status: fc.constantFrom('Vrijgegeven', 'Onbekend', ''),
  Afgedaan: fc.boolean(),
  Kabinetsappreciatie: fc.constantFrom('Niet van toepassing', 'Ontraden', ''),
  Verwijderd: fc.boolean(),
});
const versieRecord = entityOf({
  Id: guid,
  Document_Id: guid,
  Status: fc.constantFrom('Vrijgegeven', 'Vervangen'),
  Versienummer: fc.integer({ min: -1, max: 9 }),
  Extensie: fc.constantFrom('.pdf', '.docx', ''),
  ExterneIdentifier: fc.constantFrom('kst-99123-4', 'kst-', 'ah-tk-20242025-9901', ''),
  Verwijderd: fc.boolean(),
});
const actorRecord = entityOf({
  Id: guid,
  ActorNaam: fc.constantFrom('A.B. Voorbeeld', 'C. Proef', ''),
  ActorFractie: fc.constantFrom('FICT', '', 'GL-PvdA'),
  Functie: fc.constantFrom(
    'minister van Infrastructuur en Waterstaat',
    'staatssecretaris van Financiën',
    'Tweede Kamerlid',
    'minister-president, minister van Algemene Zaken',
    '',
  ),
  Relatie: fc.constantFrom('Eerste ondertekenaar', 'Mede ondertekenaar', 'Indiener', 'Medeindiener', ''),
  Verwijderd: fc.boolean(),
});

/** An expanded relation: an array of records, an empty one, or something that is no array. */
const expansion = (record: fc.Arbitrary<Record<string, unknown>>) =>
  fc.oneof(
    { arbitrary: fc.array(record, { maxLength: 3 }), weight: 6 },
    { arbitrary: record, weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  );

const documentEntity = fc
  .tuple(
    entityOf({
      Id: guid,
      Soort: soort,
      DocumentNummer: fc.oneof(
        fc.integer({ min: 10_000, max: 99_999 }).map((n) => `2024D${n}`),
        fc.constantFrom('2024D1', ''),
      ),
      Titel: hostileText,
      Onderwerp: hostileText,
      Datum: dateValue,
      Volgnummer: fc.integer({ min: -1, max: 500 }),
      Vergaderjaar: vergaderjaar,
      Aanhangselnummer: fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom('9901', '')),
      ContentType: fc.constantFrom('application/pdf', 'application/msword', 'text/html', ''),
      HuidigeDocumentVersie_Id: guid,
      GewijzigdOp: dateValue,
      ApiGewijzigdOp: dateValue,
      Verwijderd: fc.boolean(),
      '@odata.mediaReadLink': fc.constantFrom(
        'Document(1)/resource',
        'javascript:alert(1)',
        'http://[::1',
        'https://x.invalid/r',
      ),
      '#TK.DA.GGM.OData.Resource': fc.record({ target: fc.constantFrom('https://x.invalid/t', 'ftp://x', '%%', '') }),
    }),
    fc.record(
      {
        Zaak: expansion(zaakRecord),
        Kamerstukdossier: expansion(dossierRecord),
        DocumentVersie: expansion(versieRecord),
        DocumentActor: expansion(actorRecord),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([entity, expanded]) => ({ ...entity, ...expanded }));

const toezeggingEntity = entityOf({
  Id: guid,
  Nummer: fc.constantFrom('TZ202411-012', 'TZ', ''),
  Tekst: hostileText,
  Aanmaakdatum: dateValue,
  Status: fc.constantFrom('Openstaand', 'Afgedaan', 'Voldaan', 'Deels voldaan', 'Vervallen', 'Aangehouden', ''),
  DatumNakoming: dateValue,
  Ministerie: fc.constantFrom('Infrastructuur en Waterstaat', 'Fictieve Zaken', ''),
  Naam: fc.constantFrom('A.B. Voorbeeld', ''),
  Functie: fc.constantFrom('minister van Infrastructuur en Waterstaat', ''),
  ActiviteitNummer: fc.constantFrom('2024A99001', ''),
  Verwijderd: fc.boolean(),
  Activiteit: fc.record(
    { Id: guid, Soort: fc.constantFrom('Commissiedebat', 'Plenair debat'), Datum: dateValue },
    { requiredKeys: [] },
  ),
  KamerbriefNakoming: expansion(
    entityOf({ Id: guid, DocumentNummer: fc.constantFrom('2025D99045', ''), DocumentVersie: expansion(versieRecord) }),
  ),
  ToegezegdAanPersoon: fc.record({ Id: guid, Achternaam: fc.constantFrom('Proef', '') }, { requiredKeys: [] }),
  ToegezegdAanFractie: fc.record({ Id: guid, Afkorting: fc.constantFrom('FICT', '') }, { requiredKeys: [] }),
});

const SERVICE = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';

/** An `@odata.context` for `set`, or one that is wrong, relative or no context at all. */
const context = (set: string) =>
  fc.oneof(
    {
      arbitrary: fc.constantFrom(
        `${SERVICE}$metadata#${set}/$entity`,
        `${SERVICE}$metadata#${set}(Zaak(),DocumentActor())/$entity`,
        `${SERVICE}$metadata#${set}`,
      ),
      weight: 6,
    },
    { arbitrary: fc.constant(undefined), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        '$metadata#Document',
        `${SERVICE}$metadata#Persoon/$entity`,
        `${SERVICE}$metadata#`,
        `${SERVICE}$metadata#${'('.repeat(500)}Document`,
        'javascript:alert(1)#Document',
        '#',
        '',
      ),
      weight: 1,
    },
    { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 },
  );

/** Which entity set a generated record is of. */
export type TkSet = 'Document' | 'Zaak' | 'Kamerstukdossier' | 'Toezegging';

/** A generated OData input: the JSON value, and the set and shape it was made as. */
export interface ODataInput {
  set: TkSet;
  /** A well-formed single entity of its set, with a valid Id and its set's context. */
  wellFormed: boolean;
  json: unknown;
}

const ENTITIES: Record<TkSet, fc.Arbitrary<Record<string, unknown>>> = {
  Document: documentEntity,
  Zaak: zaakRecord,
  Kamerstukdossier: dossierRecord,
  Toezegging: toezeggingEntity,
};

/** An OData entity, or a response whose `value` holds entities, of any of the four sets. */
export const odataInput: fc.Arbitrary<ODataInput> = fc
  .constantFrom<TkSet>('Document', 'Document', 'Zaak', 'Kamerstukdossier', 'Toezegging')
  .chain((set) =>
    fc.tuple(
      fc.constant(set),
      fc.array(ENTITIES[set], { minLength: 1, maxLength: 2 }),
      context(set),
      fc.option(fc.constantFrom(`#TK.DA.GGM.OData.${set}`, '#TK.DA.GGM.OData.Persoon', '#%%', 5), { nil: undefined }),
      fc.constantFrom('entity', 'entity', 'value', 'empty-value'),
      fc.uuid({ version: 4 }),
    ),
  )
  .map(([set, entities, ctx, type, shape, id]) => {
    const [first, second] = entities as [Record<string, unknown>, Record<string, unknown> | undefined];
    const withType = (e: Record<string, unknown>) => (type === undefined ? e : { ...e, '@odata.type': type });
    const annotated = ctx === undefined ? {} : { '@odata.context': ctx };
    const json =
      shape === 'entity'
        ? { ...annotated, ...withType(first) }
        : { ...annotated, value: shape === 'empty-value' ? [] : [first, ...(second ? [second] : [])].map(withType) };
    const wellFormed =
      shape === 'entity' &&
      typeof ctx === 'string' &&
      ctx.startsWith(SERVICE) &&
      ctx.includes(`#${set}`) &&
      (type === undefined || type === `#TK.DA.GGM.OData.${set}`);
    // A well-formed one gets a valid Id, so that it must be read.
    return { set, wellFormed, json: wellFormed ? { ...(json as object), Id: id } : json };
  });

/** JSON text of a value, written in one of the ways services and files write it. */
export const jsonText = (value: unknown) =>
  fc.constantFrom('compact', 'indented', 'crlf', 'escaped').map((style) => {
    if (style === 'compact') return JSON.stringify(value);
    if (style === 'indented') return JSON.stringify(value, null, 2);
    if (style === 'crlf') return JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n');
    // Every non-ASCII character as a \u escape, as some services write it.
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  });

/** Hostile JSON pieces to splice into JSON text: deep nesting, duplicate keys, odd escapes and numbers. */
export const hostileJson = fc.oneof(
  // Deep enough to overflow a recursive reader's stack (about 10,000 frames).
  fc.integer({ min: 100, max: 12_000 }).map((n) => `"Deep": ${'['.repeat(n)}${']'.repeat(n)},`),
  fc.integer({ min: 100, max: 12_000 }).map((n) => `"Deep": ${'{"a":'.repeat(n)}1${'}'.repeat(n)},`),
  fc.constantFrom(
    '"Id": 5,',
    '"Id": "a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f",',
    '"Verwijderd": "true",',
    '"Titel": "\\ud800\\u0000\\"",',
    '"Datum": 1e400,',
    '"Volgnummer": -0,',
    '"Volgnummer": 123456789012345678901234567890,',
    '"__proto__": {"Soort": "Motie"},',
    '"constructor": {"prototype": {"x": 1}},',
    '"value": null,',
    '"@odata.context": null,',
  ),
);

/** `text` with `piece` just after its first `{` (a property of the outer object). */
export function spliceIntoObject(text: string, piece: string): string {
  const at = text.indexOf('{');
  return at < 0 ? text : `${text.slice(0, at + 1)}${piece}${text.slice(at + 1)}`;
}

/** SyncFeed entity names: the ones Griffie reads, and others. */
const ENTITY_NAMES = [
  'document',
  'zaak',
  'kamerstukdossier',
  'documentVersie',
  'documentActor',
  'toezegging',
  'vergadering',
] as const;
type EntityName = (typeof ENTITY_NAMES)[number];

const FIELDS: Record<EntityName, string[]> = {
  document: [
    'soort',
    'documentNummer',
    'titel',
    'onderwerp',
    'datum',
    'volgnummer',
    'vergaderjaar',
    'aanhangselnummer',
    'kamer',
    'citeertitel',
  ],
  zaak: ['nummer', 'soort', 'onderwerp', 'titel', 'vergaderjaar'],
  kamerstukdossier: ['nummer', 'toevoeging', 'titel', 'afgesloten'],
  documentVersie: ['versienummer', 'externeidentifier', 'extensie', 'status'],
  documentActor: ['actorNaam', 'functie', 'actorFractie', 'relatie'],
  toezegging: [
    'nummer',
    'tekst',
    'status',
    'datumNakoming',
    'kamerbriefNakoming',
    'ministerie',
    'naam',
    'functie',
    'aanmaakdatum',
    'activiteitNummer',
  ],
  vergadering: ['soort', 'titel'],
};
const REFS: Record<EntityName, string[]> = {
  document: ['huidigeDocumentVersie', 'zaak', 'kamerstukdossier'],
  zaak: ['kamerstukdossier'],
  kamerstukdossier: [],
  documentVersie: ['document'],
  documentActor: ['document', 'persoon'],
  toezegging: [
    'activiteit',
    'toegezegdAanPersoon',
    'toegezegdAanFractie',
    'isHerhalingVan',
    'isAanvullingOp',
    'kamerbriefNakoming',
  ],
  vergadering: [],
};

const fieldText = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'Brief regering',
      '2024D98765',
      '99123',
      'VII',
      '2024-11-14T00:00:00+01:00',
      '2024-2025',
      '4',
      '-1',
      'true',
      'Voldaan',
      'Openstaand',
      'kst-99123-4',
      '.pdf',
      'A.B. Voorbeeld',
      'Eerste ondertekenaar',
      '',
    ),
    weight: 6,
  },
  { arbitrary: dateValue, weight: 1 },
  { arbitrary: hostileText, weight: 2 },
);

/** How the entity XML binds the tkData namespace. */
type Prefix = 'tk' | 'ns1' | 'default' | 'wrong';

/** A SyncFeed entity element (its namespace declarations on it). */
export const syncFeedEntity: fc.Arbitrary<{ name: EntityName; element: XmlElementNode; wellFormed: boolean }> = fc
  .tuple(
    fc.constantFrom<EntityName>(
      'document',
      'document',
      'zaak',
      'kamerstukdossier',
      'documentVersie',
      'documentActor',
      'toezegging',
      'vergadering',
    ),
    fc.constantFrom<Prefix>('tk', 'ns1', 'default', 'default', 'wrong'),
    guid,
    fc.option(fc.constantFrom('true', 'false', 'True', ' true ', 'ja', ''), { nil: null }),
    fc.option(dateValue, { nil: null }),
    fc.option(fc.constantFrom('application/pdf', 'text/html', ''), { nil: null }),
    fc.array(fc.tuple(fc.nat(), fieldText, fc.boolean()), { maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(), guid), { maxLength: 4 }),
  )
  .map(([name, prefix, id, deleted, updated, contentType, fields, refs]) => {
    const p = prefix === 'tk' ? 'tk:' : prefix === 'ns1' ? 'ns1:' : '';
    const ns = prefix === 'wrong' ? 'http://www.tweedekamer.nl/xsd/tkData/v9-9' : TK_NS;
    const declaration: Record<string, string> =
      prefix === 'tk' ? { 'xmlns:tk': ns } : prefix === 'ns1' ? { 'xmlns:ns1': ns } : { xmlns: ns, 'xmlns:tk': ns };
    const attributePrefix = prefix === 'ns1' ? 'ns1:' : 'tk:';
    const attributes: Record<string, string> = { id, ...declaration, 'xmlns:xsi': XSI_NS };
    if (deleted !== null) attributes[`${attributePrefix}verwijderd`] = deleted;
    if (updated !== null) attributes[`${attributePrefix}bijgewerkt`] = updated;
    if (contentType !== null) attributes[`${attributePrefix}contentType`] = contentType;
    const names = FIELDS[name];
    const refNames = REFS[name];
    const children: XmlNode[] = [
      ...refs.flatMap(([i, ref]) =>
        refNames.length === 0 ? [] : [el(`${p}${refNames[i % refNames.length]}`, { ref })],
      ),
      ...fields.map(([i, text, nil]) =>
        nil && text === ''
          ? el(`${p}${names[i % names.length]}`, { 'xsi:nil': 'true' })
          : el(`${p}${names[i % names.length]}`, {}, text),
      ),
    ];
    const wellFormed = prefix !== 'wrong' && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) && id.length === 36;
    return { name, element: el(`${p}${name}`, attributes, ...children), wellFormed };
  });

/** An entity as the input holds it: on its own, in an Atom entry (as an element or CDATA text), or in a one-entry feed. */
export const syncFeedInput = fc
  .tuple(
    syncFeedEntity,
    fc.constantFrom('entity', 'entity', 'entry', 'entry-cdata', 'feed', 'feed-two'),
    fc.option(
      fc.constantFrom(
        'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/x',
        'javascript:x',
        '/relative',
        'http://[::1',
      ),
      { nil: null },
    ),
  )
  .map(([entity, wrapper, enclosure]) => {
    const xml = serializeXml(entity.element);
    const content = (cdata: boolean) =>
      el(
        'content',
        { type: 'application/xml' },
        cdata ? raw(`<![CDATA[${xml.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`) : raw(xml),
      );
    const entry = (cdata: boolean) =>
      el(
        'entry',
        { xmlns: ATOM_NS },
        el('title', {}, 'entiteit'),
        ...(enclosure === null ? [] : [el('link', { rel: 'enclosure', href: enclosure })]),
        content(cdata),
      );
    const text =
      wrapper === 'entity'
        ? xml
        : wrapper === 'entry' || wrapper === 'entry-cdata'
          ? serializeXml(entry(wrapper === 'entry-cdata'))
          : serializeXml(
              el('feed', { xmlns: ATOM_NS }, entry(false), ...(wrapper === 'feed-two' ? [entry(false)] : [])),
            );
    return { ...entity, wrapper, text, wellFormed: entity.wellFormed && wrapper !== 'feed-two' };
  });
