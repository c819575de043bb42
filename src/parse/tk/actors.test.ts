import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { senderOfActors, signatoriesOfActors } from './actors.ts';
import type { TkDocumentActor } from './types.ts';

const actor = (
  naam: string | null,
  functie: string | null,
  relatie: string | null = null,
  fractie: string | null = null,
) => ({ id: null, naam, functie, fractie, relatie }) satisfies TkDocumentActor;

describe('senderOfActors', () => {
  it('should read minister and staatssecretaris with their portfolio', () => {
    assert.deepEqual(senderOfActors([actor('A.B. Voorbeeld', 'minister van Infrastructuur en Waterstaat')]), {
      role: 'minister',
      portfolio: 'Infrastructuur en Waterstaat',
      name: 'A.B. Voorbeeld',
    });
    assert.deepEqual(senderOfActors([actor('X. Voorbeeld', 'staatssecretaris van Financiën')]), {
      role: 'staatssecretaris',
      portfolio: 'Financiën',
      name: 'X. Voorbeeld',
    });
    assert.deepEqual(
      senderOfActors([actor('K. Voorbeeld', 'minister voor Klimaat en Energie')])?.portfolio,
      'Klimaat en Energie',
    );
    assert.deepEqual(senderOfActors([actor('P. Voorbeeld', 'minister-president, minister van Algemene Zaken')]), {
      role: 'minister-president',
      portfolio: 'Algemene Zaken',
      name: 'P. Voorbeeld',
    });
  });

  it('should capitalise a portfolio given in lower case', () => {
    assert.equal(
      senderOfActors([actor('V. Voorbeeld', 'minister van volksgezondheid, welzijn en sport')])?.portfolio,
      'Volksgezondheid, Welzijn en Sport',
    );
  });

  it('should take the first signer as sender, whatever the order', () => {
    const sender = senderOfActors([
      actor('S. Mede', 'staatssecretaris van Infrastructuur en Waterstaat', 'Mede ondertekenaar'),
      actor('A.B. Voorbeeld', 'minister van Infrastructuur en Waterstaat', 'Eerste ondertekenaar'),
    ]);
    assert.deepEqual([sender?.role, sender?.name], ['minister', 'A.B. Voorbeeld']);
  });

  it('should read members: one is a lid, several are leden', () => {
    const indiener = actor('C. Voorbeeldlid', 'Tweede Kamerlid', 'Indiener', 'Voorbeeldpartij');
    assert.deepEqual(senderOfActors([indiener]), { role: 'lid', portfolio: null, name: 'C. Voorbeeldlid' });
    const mede = actor('D.E. Proefpersoon', 'Tweede Kamerlid', 'Medeindiener', 'Fictieve Fractie');
    assert.deepEqual(senderOfActors([mede, indiener]), { role: 'leden', portfolio: null, name: 'C. Voorbeeldlid' });
  });

  it('should read a committee by its Functie or its name', () => {
    assert.deepEqual(senderOfActors([actor(null, 'vaste commissie voor Defensie')]), {
      role: 'commissie',
      portfolio: 'Defensie',
      name: null,
    });
    assert.deepEqual(
      senderOfActors([actor('vaste commissie voor Financiën', null, 'Afzender')])?.portfolio,
      'Financiën',
    );
  });

  it('should give no sender when no actor says a role', () => {
    assert.equal(senderOfActors([]), null);
    assert.equal(senderOfActors([actor('Voorbeeldbureau', 'adviseur')]), null);
  });
});

describe('signatoriesOfActors', () => {
  it('should list the signers by name and Functie, the first signer first, committees left out', () => {
    assert.deepEqual(
      signatoriesOfActors([
        actor('D.E. Proefpersoon', 'Tweede Kamerlid', 'Medeindiener'),
        actor('C. Voorbeeldlid', 'Tweede Kamerlid', 'Indiener'),
        actor('vaste commissie voor Defensie', null, 'Ondertekenaar'),
      ]),
      [
        { name: 'C. Voorbeeldlid', role: 'Tweede Kamerlid' },
        { name: 'D.E. Proefpersoon', role: 'Tweede Kamerlid' },
      ],
    );
  });
});
