import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { takeOpening } from './opening.ts';
import type { RawBlock } from './page.ts';

const block = (text: string, kind: RawBlock['kind'] = 'paragraph'): RawBlock => ({
  kind,
  text,
  plain: text,
  refs: [],
  rank: 3,
  chrome: false,
});

describe('takeOpening', () => {
  it('should take the addressee out of the first paragraphs, without "Aan de"', () => {
    const opening = takeOpening([block('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal'), block('Tekst.')]);
    assert.equal(opening.addressee, 'Voorzitter van de Tweede Kamer der Staten-Generaal');
    assert.deepEqual(
      opening.blocks.map((b) => b.text),
      ['Tekst.'],
    );
  });

  it('should leave a sentence that starts with "Aan de" in the body', () => {
    const opening = takeOpening([block('Aan de orde is het fictieve voorbeeld. Daarover gaat deze brief.')]);
    assert.equal(opening.addressee, null);
    assert.equal(opening.blocks.length, 1);
  });

  it('should take the answer line of an Aanhangsel out, and keep what follows it', () => {
    const opening = takeOpening([
      block(
        'Mededeling van Minister Bakker (Binnenlandse Zaken) (ontvangen 1 maart 2024). De vragen kunnen niet binnen drie weken worden beantwoord.',
      ),
      block('Vraag 1', 'heading'),
      block('Waarom?', 'question'),
    ]);
    assert.equal(opening.answerLine, 'Mededeling van Minister Bakker (Binnenlandse Zaken) (ontvangen 1 maart 2024).');
    assert.deepEqual(
      opening.blocks.map((b) => b.text),
      ['De vragen kunnen niet binnen drie weken worden beantwoord.', 'Vraag 1', 'Waarom?'],
    );
  });

  it('should not take an answer line from the questions and answers themselves', () => {
    const text = 'Antwoord van Minister Bakker (Financiën) (ontvangen 1 maart 2024).';
    const opening = takeOpening([block('Waarom?', 'question'), block(text, 'answer')]);
    assert.equal(opening.answerLine, null);
    assert.equal(opening.blocks.length, 2);
  });
});
