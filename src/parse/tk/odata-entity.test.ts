import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { changedAt, entityIdOf, expanded, linkedIds, locateODataEntity, warnMissing } from './odata-entity.ts';

const ID = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
const OTHER = '5c6d7e8f-90a1-4b2c-9d3e-4f5a6b7c8d9e';
const ROOT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#';
const ALL = ['Document', 'Zaak', 'Kamerstukdossier', 'Toezegging'] as const;

function refused(run: () => unknown, code: string, message: RegExp): void {
  assert.throws(
    run,
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

describe('locateODataEntity', () => {
  it('should take the set the @odata.context names, through its expand list', () => {
    const located = locateODataEntity(
      { '@odata.context': `${ROOT}Toezegging(Activiteit(),ToegezegdAanPersoon())/$entity`, Id: ID },
      ALL,
    );
    assert.equal(located.set, 'Toezegging');
    assert.equal(located.context, `${ROOT}Toezegging(Activiteit(),ToegezegdAanPersoon())/$entity`);
  });

  it("should take the set of an entity's @odata.type over its properties", () => {
    const located = locateODataEntity({ '@odata.type': '#TK.DA.GGM.OData.Zaak', Id: ID, Tekst: 'x' }, ALL);
    assert.equal(located.set, 'Zaak');
  });

  it('should read the one element of a response value, the context from the response', () => {
    const located = locateODataEntity({ '@odata.context': `${ROOT}Kamerstukdossier`, value: [{ Id: ID }] }, ALL);
    assert.deepEqual([located.set, located.entity], ['Kamerstukdossier', { Id: ID }]);
  });

  it('should tell an entity without annotations by the properties only its set has', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ Id: ID, DocumentNummer: '2024D98765' }, 'Document'],
      [{ Id: ID, Nummer: '2024Z98765' }, 'Zaak'],
      [{ Id: ID, GestartOp: '2024-11-14T00:00:00+01:00' }, 'Zaak'],
      [{ Id: ID, Nummer: 99123, Titel: 'Voorbeeldwet (fictief voorbeeld)' }, 'Kamerstukdossier'],
      [{ Id: ID, HoogsteVolgnummer: 4 }, 'Kamerstukdossier'],
      [{ Id: ID, Nummer: 'TZ202411-012' }, 'Toezegging'],
      [{ Id: ID, DatumNakoming: null }, 'Toezegging'],
    ];
    for (const [entity, set] of cases) assert.equal(locateODataEntity(entity, ALL).set, set, JSON.stringify(entity));
  });

  it('should refuse another entity set, by context and by type, and name it', () => {
    refused(
      () => locateODataEntity({ '@odata.context': `${ROOT}Persoon/$entity`, Id: ID }, ALL),
      'unsupported-format',
      /^the input is an OData Persoon record, not a Document, Zaak, Kamerstukdossier or Toezegging$/,
    );
    refused(
      () => locateODataEntity({ '@odata.context': `${ROOT}Zaak/$entity`, Id: ID }, ['Toezegging']),
      'unsupported-format',
      /^the input is an OData Zaak record, not a Toezegging$/,
    );
    refused(
      () => locateODataEntity({ '@odata.type': '#TK.DA.GGM.OData.Activiteit', Id: ID }, ['Toezegging']),
      'unsupported-format',
      /^the input is an OData Activiteit entity, not a Toezegging$/,
    );
  });

  it('should refuse an @odata.type that names no type', () => {
    refused(
      () => locateODataEntity({ '@odata.type': '#TK.DA.GGM.OData.', Id: ID }, ALL),
      'unsupported-format',
      /^the input's @odata.type "#TK.DA.GGM.OData." names no entity type$/,
    );
  });

  it('should refuse an unannotated entity of another set, with its number', () => {
    refused(
      () => locateODataEntity({ Id: ID, Nummer: 'TZ202411-012', Tekst: 'x' }, ['Zaak']),
      'unsupported-format',
      /^the JSON object is a Toezegging \(TZ202411-012\), not a Zaak$/,
    );
  });

  it('should refuse an object whose set cannot be told, or that has fields of two sets', () => {
    refused(
      () => locateODataEntity({ id: 'kst-99123-4' }, ['Toezegging']),
      'unsupported-format',
      /not a Tweede Kamer Toezegging entity \(no @odata.context, Tekst or other Toezegging field\)/,
    );
    refused(
      () => locateODataEntity({ id: 'kst-99123-4' }, ALL),
      'unsupported-format',
      /not a Tweede Kamer Document, Zaak, Kamerstukdossier or Toezegging entity/,
    );
    refused(
      () => locateODataEntity({ Id: ID, GestartOp: '2024-11-14', Tekst: 'x' }, ALL),
      'unsupported-format',
      /^the JSON object has fields of Zaak and Toezegging entities; give its @odata.context to say which it is$/,
    );
  });

  it('should refuse what is not one JSON object', () => {
    for (const json of [null, 'Toezegging', 42, [{ Id: ID }]]) {
      refused(() => locateODataEntity(json, ALL), 'unsupported-format', /not an OData entity \(a JSON object\)/);
    }
    const context = `${ROOT}Toezegging`;
    refused(
      () => locateODataEntity({ '@odata.context': context, value: [] }, ALL),
      'unsupported-format',
      /holds no Toezegging/,
    );
    refused(
      () => locateODataEntity({ '@odata.context': context, value: [{}, {}, {}] }, ALL),
      'unsupported-format',
      /holds 3 entries; give one Toezegging entity at a time/,
    );
    refused(
      () => locateODataEntity({ '@odata.context': context, value: ['TZ202411-012'] }, ALL),
      'unsupported-format',
      /value holds no Toezegging entity/,
    );
  });
});

describe('entityIdOf', () => {
  it('should give the GUID in lower case', () => {
    assert.equal(entityIdOf({ Id: ID.toUpperCase() }, 'Zaak'), ID);
  });

  it('should refuse an entity without a GUID Id', () => {
    refused(() => entityIdOf({}, 'Toezegging'), 'unreadable', /^the Toezegging entity has no Id$/);
    refused(() => entityIdOf({ Id: 'TZ202411-012' }, 'Toezegging'), 'unreadable', /Id "TZ202411-012" is not a GUID/);
  });
});

describe('expanded and linkedIds', () => {
  it('should take one or many expanded entities, without withdrawn ones', () => {
    assert.deepEqual(expanded({ Activiteit: { Id: ID } }, 'Activiteit'), [{ Id: ID }]);
    assert.deepEqual(expanded({ Activiteit: [{ Id: ID }, { Id: OTHER, Verwijderd: true }, 'x'] }, 'Activiteit'), [
      { Id: ID },
    ]);
    assert.deepEqual(expanded({ Activiteit: 'x' }, 'Activiteit'), []);
  });

  it('should collect the GUIDs of expanded entities, texts and the foreign key, each once', () => {
    const entity = { IsHerhalingVan: [{ Id: ID }, OTHER.toUpperCase(), { Id: 'x' }, 7], IsHerhalingVan_Id: ID };
    assert.deepEqual(linkedIds(entity, 'IsHerhalingVan'), [ID, OTHER]);
    assert.deepEqual(linkedIds({ IsHerhalingVan: [{ Id: ID, Verwijderd: true }] }, 'IsHerhalingVan'), []);
  });
});

describe('changedAt and warnMissing', () => {
  it('should take GewijzigdOp, else ApiGewijzigdOp', () => {
    assert.equal(
      changedAt({ GewijzigdOp: '2024-11-28T10:14:52+01:00', ApiGewijzigdOp: 'x' }),
      '2024-11-28T10:14:52+01:00',
    );
    assert.equal(changedAt({ GewijzigdOp: ' ', ApiGewijzigdOp: '2024-11-28T09:14:53Z' }), '2024-11-28T09:14:53Z');
    assert.equal(changedAt({ GewijzigdOp: 7 }), null);
  });

  it('should warn about each field without a value', () => {
    const warnings: string[] = [];
    warnMissing({ Nummer: '', Soort: 'Motie', Tekst: null }, ['Nummer', 'Soort', 'Tekst', 'Status'], warnings);
    assert.deepEqual(warnings, [
      'the record gives no Nummer',
      'the record gives no Tekst',
      'the record gives no Status',
    ]);
  });
});
