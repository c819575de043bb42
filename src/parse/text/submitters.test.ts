import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { membersOfTypeLine, splitJoinedNames } from './submitters.ts';

describe('membersOfTypeLine', () => {
  it('should read the members a motion or amendment names', () => {
    assert.deepEqual(membersOfTypeLine('AMENDEMENT VAN DE LEDEN VAN DER PROEF, TEST EN TER VOORBEELD'), [
      'VAN DER PROEF',
      'TEST',
      'TER VOORBEELD',
    ]);
    assert.deepEqual(
      membersOfTypeLine('GEWIJZIGDE MOTIE VAN HET LID PROEF C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 3'),
      ['PROEF'],
    );
    assert.deepEqual(membersOfTypeLine('BRIEF VAN DE MINISTER VAN FINANCIËN'), []);
    assert.deepEqual(membersOfTypeLine(null), []);
  });
});

describe('splitJoinedNames', () => {
  const members = ['VAN DER PROEF', 'TEST', 'TER VOORBEELD'];

  it('should split consecutive members printed on one line', () => {
    assert.deepEqual(splitJoinedNames('Van der Proef  Test', members), ['Van der Proef', 'Test']);
    assert.deepEqual(splitJoinedNames('Test Ter Voorbeeld', members), ['Test', 'Ter Voorbeeld']);
  });

  it('should keep one name, or a line the type line does not explain, whole', () => {
    assert.deepEqual(splitJoinedNames('Van der Proef', members), ['Van der Proef']);
    assert.deepEqual(splitJoinedNames('Albert de Proef', members), ['Albert de Proef']);
    assert.deepEqual(splitJoinedNames(' Test ', []), ['Test']);
  });
});
