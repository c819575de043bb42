import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlineText, normaliseSpace } from './text.ts';
import { parseXmlTree } from './tree.ts';

function textOf(xml: string): string {
  return inlineText(parseXmlTree(xml).root).text;
}

describe('inlineText', () => {
  it('should keep the spaces around inline elements as written', () => {
    assert.equal(
      textOf('<al>en <nadruk type="cur">aanzanden</nadruk> van de oevers</al>'),
      'en aanzanden van de oevers',
    );
    assert.equal(textOf('<al>De UZI-server<?xpp afbm?>certificaten</al>'), 'De UZI-servercertificaten');
    assert.equal(textOf('<al><nadruk>2</nadruk><nadruk>3</nadruk> maart</al>'), '23 maart');
  });

  it('should read the layout breaks of pretty-printed files as the original spacing', () => {
    const xml =
      '<al>\n  de motie (\n  <extref doc="kst-21501-08-719">\n   21501-08\n  </extref>\n  , nr.\n  <extref doc="kst-21501-08-719">\n   719\n  </extref>\n  );\n</al>';
    assert.equal(textOf(xml), 'de motie (21501-08, nr. 719);');
  });

  it('should keep the parts of a name apart even when nothing separates them', () => {
    assert.equal(textOf('<naam><voornaam>A.B.</voornaam><achternaam>Voorbeeld</achternaam></naam>'), 'A.B. Voorbeeld');
    assert.equal(
      textOf('<spreker><voorvoegsels>De</voorvoegsels><naam><achternaam>voorzitter</achternaam></naam>:</spreker>'),
      'De voorzitter:',
    );
  });

  it('should take footnotes out of the text and report their markers', () => {
    const tree = parseXmlTree(
      '<al>in 2025<noot id="n1"><noot.nr>1</noot.nr><noot.al>Kamerstuk 99 012, nr. 5</noot.al></noot> heb ik</al>',
    );
    const result = inlineText(tree.root, { markerOf: () => '1', markerOfRef: () => null });
    assert.deepEqual(result, { text: 'in 2025 heb ik', refs: ['1'] });
  });
});

describe('normaliseSpace', () => {
  it('should collapse whitespace and drop zero-width characters', () => {
    assert.equal(normaliseSpace(' Den\u00a0Haag,\t28 mei\u200b 2015 '), 'Den Haag, 28 mei 2015');
  });

  it('should join a hyphenated compound across a layout break before a capital only', () => {
    assert.equal(normaliseSpace('de motie-\n   Voorbeeld'), 'de motie-Voorbeeld');
    assert.equal(normaliseSpace('integratie-\n en inburgering'), 'integratie- en inburgering');
  });
});
