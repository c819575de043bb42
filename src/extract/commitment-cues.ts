/**
 * Does a sentence promise future action by its (government) author? A sentence counts
 * when it says so in the first person or with the government as actor ("ik zal", "zal
 * het kabinet", "ik zeg toe", "ik ben voornemens", "het kabinet is van plan", "ik streef
 * ernaar … te", "ik verwacht … in te dienen", "kunt u in oktober tegemoet zien", "Ik houd
 * uw Kamer op de hoogte", "Ik kom hierop terug", "Ik neem het advies mee in de
 * verkenning"), in the passive future without another actor ("In de komende periode zal
 * … worden gesproken", also after "Over dat rapport"), or in the present with a time to
 * come ("In het najaar ontvangt u …", "ik informeer uw Kamer voor de zomer", "Uw Kamer
 * wordt uiterlijk januari geïnformeerd", "De uitwerking volgt later dit jaar", "De
 * cijfers worden in het voorjaar 2019 opgenomen in de Halfjaarrapportage").
 *
 * Not: questions, hypotheticals ("zou", "Mocht …", "Indien …"), refusals ("zal ik niet"),
 * what this very paper does ("In deze brief zal ik ingaan op …", "Hierbij ontvangt u"),
 * or future tense in a subordinate clause about something else ("zoals die zal worden
 * ingevoerd").
 *
 * Every pattern is bounded; callers pass sentences of limited length.
 *
 * @module
 */

/** One of these words stands in every commitment but the passive ones: the cheap gate before the real patterns. */
const GATE =
  /(?<![\p{L}])(?:zal|zullen|zult|zeg|zeggen|toezeggen|ontvangt|informeer|informeren|stuur|sturen|zend|zenden|rapporteer|rapporteren|bied|bieden|voornemens|voornemen|streef|streven|streeft|verwacht|verwachten|kom|komen|komt|ga|gaan|gaat|bedoeling|geïnformeerd|bereikt|krijgt|kunt|volgt|volgen|houd|houden|neem|nemen|neemt|betrek|betrekken|betrekt|plan|ik|wij|we|kabinet|regering)(?![\p{L}])/iu;

const GOV_SUBJECT =
  '(?:ik|wij|we|het kabinet|de regering|nederland|het rijk|mijn ministerie|het ministerie(?: van [\\p{Lu}][\\p{L}]*(?: (?:en|van) [\\p{Lu}][\\p{L}]*){0,3})?|de minister(?:-president)?|de staatssecretaris|mijn ambtsgenoot|mijn collega)';

const FIRST_PERSON_FUTURE = new RegExp(
  `(?:^|[^\\p{L}])(?:${GOV_SUBJECT} (?:zal|zullen)|(?:zal|zullen) ${GOV_SUBJECT})(?![\\p{L}-])`,
  'giu',
);
/** A relative clause about something else: "de vervolgstappen die het kabinet zal nemen". */
const RELATIVE_BEFORE = /\b(?:die|wat|welke|waarin|waarmee|waarop|waarbij|waarover|hoe|wanneer|of)\s+$/iu;

/** "dat ik … zal", "die we uw Kamer … zullen toezenden"; a relative clause only in the first person. */
const SUBORDINATE_FUTURE =
  /\b(?:(?:dat|zodat) (?:ik|wij|we|het kabinet|de regering)|(?:die|waarin|waarmee|waarna|wat) (?:ik|wij|we)) [^,.;:]{0,200}?\b(?:zal|zullen)\b/iu;

const PROMISE =
  /\b(?:(?:ik|wij|we) (?:zeg|zeggen)(?: (?:u|uw kamer|de kamer|hierbij|bij deze|daarbij|graag|dan ook|bij dezen|toe,?))*(?: toe\b|\b.{0,160}?\btoe\b)|(?:zeg|zeggen) (?:ik|wij|we)\b(?: [^.;:]{0,160}?)? toe\b|(?:kan|kunnen|wil|willen) (?:ik|wij|we) (?:u |uw kamer |de kamer )?(?:wel |graag |hierbij )?toezeggen\b|(?:ik|wij|we) (?:kan|kunnen|wil|willen) (?:u |uw kamer |de kamer )?(?:wel |graag |hierbij )?toezeggen\b)/iu;

const INTENT =
  /\b(?:(?:ben|is|zijn) (?:ik|wij|we|het kabinet|de regering) (?:\S+ ){0,3}?voornemens|(?:ik ben|wij zijn|we zijn|het kabinet is|de regering is) (?:\S+ ){0,3}?voornemens|(?:ik|wij|we|het kabinet|de regering) (?:heb|hebben|heeft) het voornemen|(?:streef|streven|streeft) (?:ik|wij|we|het kabinet|de regering) (?:\S+ ){0,2}?ernaar|(?:ik|wij|we|het kabinet|de regering) (?:streef|streven|streeft) (?:\S+ ){0,2}?ernaar|(?:ben|is|zijn) (?:ik|wij|we|het kabinet|de regering) (?:\S+ ){0,3}?van plan|(?:ik ben|wij zijn|we zijn|het kabinet is|de regering is) (?:\S+ ){0,3}?van plan|het ligt in de bedoeling|het is de bedoeling dat (?:ik|wij|het kabinet))\b/iu;

const EXPECT_OWN =
  /\b(?:(?:ik|wij|we) (?:verwacht|verwachten)|verwacht(?:en)? (?:ik|wij|we))(?! dat\b)(?: [^,.;:]{0,120}?)? (?:in |toe |aan |af |voor |op )?te (?:kunnen )?(?:sturen|zenden|informeren|dienen|versturen|publiceren|presenteren|leggen|bieden|ronden|rapporteren|ontvangen|komen|brengen|leveren|geven|verstrekken|starten|beginnen|nemen|voltooien|afronden|toesturen|toezenden|aanbieden|uitbrengen|verschijnen)\b/iu;

const RECEIVES =
  /\b(?:(?:uw kamer|u|de kamer|de tweede kamer|de eerste kamer) (?:zal|zult) (?:[^,.;:]{0,120}? )?(?:ontvangen|tegemoet kunnen zien|worden geïnformeerd|geïnformeerd worden|toegestuurd krijgen)|zal (?:u|uw kamer|de kamer) (?:[^,.;:]{0,120}? )?(?:toegaan|toekomen|bereiken|worden (?:toe)?gezonden|worden aangeboden|worden toegestuurd))\b/iu;

/** "kunt u in de loop van oktober tegemoet zien", "U kunt een reactie verwachten binnen de termijn". */
const CAN_EXPECT =
  /(?<!\bzoals )\b(?:kunt u|u kunt|kan uw kamer|kan de kamer) (?:[^,.;:]{0,120}? )?(?:tegemoet zien|verwachten|tegemoetzien)\b/iu;

/** "Ik houd uw Kamer (hiervan) op de hoogte", "Ik kom hierop terug": a promise to inform, when not about this paper. */
const KEEP_INFORMED =
  /\b(?:(?:ik|wij|we|het kabinet) (?:houd|houden|houdt) (?:u|uw kamer|de kamer)\b[^,.;:]{0,80}? op de hoogte|(?:houd|houden|houdt) (?:ik|wij|we|het kabinet) (?:u|uw kamer|de kamer)\b[^,.;:]{0,80}? op de hoogte|(?:ik|wij|we) (?:kom|komen) (?:hier|daar|er) ?(?:[^,.;:]{0,60}? )?op terug|(?:kom|komen) (?:ik|wij|we) (?:hier|daar|er) ?(?:[^,.;:]{0,60}? )?op terug)\b/iu;
/** "… verderop in deze brief op terug", "hieronder": the paper itself. */
const LATER_HERE =
  /\b(?:verderop|hieronder|hierna|later in (?:deze|dit)|in (?:deze|dit) (?:brief|nota|paragraaf|hoofdstuk))\b/iu;

/**
 * "Ik neem het advies mee in de toekomstverkenning", "Deze punten betrek ik bij de
 * evaluatie": what the author will take into later work.
 */
const TAKE_INTO =
  /\b(?:(?:ik|wij|we|het kabinet|de regering) (?:neem|nemen|neemt) [^,.;:]{0,100}?\bmee (?:in|bij)|(?:neem|nemen|neemt) (?:ik|wij|we|het kabinet|de regering) [^,.;:]{0,100}?\bmee (?:in|bij)|(?:ik|wij|we|het kabinet|de regering) (?:betrek|betrekken|betrekt) [^,.;:]{0,100}? bij|(?:betrek|betrekken|betrekt) (?:ik|wij|we|het kabinet|de regering)(?: (?!daarbij\b|hierbij\b)[^,.;:]{0,100}?)? bij)\s+(?:de|het|mijn|onze|een)\s/iu;

/** Present tense that promises only with a time to come. */
const PRESENT =
  /\b(?:(?:ontvangt|krijgt) (?:u|uw kamer|de kamer)|(?:u|uw kamer) ontvangt|(?:informeer|informeren|stuur|sturen|zend|zenden|rapporteer|rapporteren|bied|bieden) (?:ik|wij|we)|(?:ik|wij|we) (?:informeer|informeren|stuur|sturen|zend|zenden|rapporteer|rapporteren)|(?:kom|komen) (?:ik|wij|we) (?:hier|daar|er)op(?: [^,.;:]{0,80}?)? terug|(?:ik|wij|we) (?:kom|komen) (?:hier|daar|er)op(?: [^,.;:]{0,80}?)? terug|(?:ga|gaan) (?:ik|wij|we)(?! (?:in op|er ?van uit|uit van)\b)|(?:ik|wij|we) (?:ga|gaan)(?! (?:in op|er ?van uit|uit van|hier|daar|in deze)\b)|(?:wordt|worden) (?:u|uw kamer|de (?:tweede |eerste )?kamer) [^,.;:]{0,120}?geïnformeerd|(?:u|uw kamer|de (?:tweede |eerste )?kamer) (?:wordt|worden) [^,.;:]{0,120}?geïnformeerd|(?:breng|brengen) (?:ik|wij|we) (?:u|uw kamer|de kamer) [^,.;:]{0,80}?op de hoogte|(?:ik|wij|we) (?:breng|brengen) (?:u|uw kamer|de kamer) [^,.;:]{0,80}?op de hoogte|(?<!\b(?:hieruit|daaruit|waaruit|hiervan|daarvan|dit|dat|wat|zoals|hier|daar|er) )(?:volgt|volgen) (?:[^,.;:]{0,80}? )?(?:in|met|na|later|binnenkort|spoedig|zo spoedig)\b|(?:komt|gaat) [^,.;:]{0,80}? naar (?:uw|de) kamer|bereikt (?:u|uw kamer))\b/iu;

/** "Ik ga de provincies vragen …", "Het kabinet gaat … investeren": the future with "gaan". */
const GOING =
  /\b(?:ik ga|wij gaan|we gaan|het kabinet gaat|de regering gaat|ga ik|gaan wij|gaan we|gaat het kabinet|gaat de regering)\b(?! (?:in op|er ?van uit|uit van|akkoord|over tot|na|door|mee|terug|hier|daar)\b)/iu;

/** Present-tense action in the first person: a promise when the sentence says when. */
const ACTS =
  '(?:start|starten|begin|beginnen|stuur|sturen|zend|zenden|publiceer|publiceren|presenteer|presenteren|lanceer|lanceren|organiseer|organiseren|evalueer|evalueren|onderzoek|onderzoeken|laat|laten|neem|nemen|werk|werken|voer|voeren|pas|passen|maak|maken|leg|leggen|dien|dienen|breng|brengen|verleng|verlengen|investeer|investeren|reserveer|reserveren|ontwikkel|ontwikkelen|verken|verkennen|wil|willen|kom|komen)';
const ACTING = new RegExp(
  `\\b(?:(?:ik|wij|we|het kabinet|de regering) ${ACTS}|${ACTS} (?:ik|wij|we|het kabinet|de regering))\\b(?! (?:aan dat|vast|tot de conclusie|kennis|nota|op dat)\\b)`,
  'iu',
);

/**
 * The passive present of publishing and sending: "… worden opgenomen in de
 * Halfjaarrapportage", "dat de monitor in het najaar wordt gepubliceerd". A promise only
 * with a time to come and without another actor ("door het CBS").
 */
const PASSIVE_PRESENT =
  /\b(?:(?:wordt|worden) (?:[^,.;:]{0,120}? )?(?:opgenomen in|gepubliceerd|aangeboden|toegezonden|toegestuurd|verstuurd|verzonden|uitgebracht|openbaar gemaakt)|(?:opgenomen in|gepubliceerd|aangeboden|toegezonden|toegestuurd|verstuurd|verzonden|uitgebracht|openbaar gemaakt)\b[^,.;:]{0,60}? (?:wordt|worden))\b/iu;

const PASSIVE_FUTURE = /(?:^|[^\p{L}])(zal|zullen)(?![\p{L}])([^,.;:]{0,150}?)\bworden\b/iu;

const QUESTION = /\?\s*[»”"’')]*$/;
const HYPOTHETICAL = /\b(?:zou|zouden|zoudt)\b|^(?:mocht|indien|ingeval|tenzij|stel dat)\b|, dan (?:zal|zullen)\b/iu;
const REFUSAL =
  /\b(?:(?:zal|zullen) (?:ik|wij|we) (?:dan |ook |daarom )*(?:niet|geen)\b|(?:ik|wij|we) (?:zal|zullen) (?:dan |ook |daarom )*(?:niet|geen)\b)/iu;
const THIS_PAPER =
  /\b(?:(?:(?:in|met|bij) )?(?:deze|dit|de onderhavige|onderhavige) (?:brief|nota|memorie|notitie|rapportage|verzamelbrief|kamerbrief|hoofdlijnenbrief|voortgangsbrief|reactie|paragraaf|hoofdstuk|bijlage|beantwoording|antwoorden)|hieronder|hierna|in het navolgende|onderstaand|achtereenvolgens)\b/iu;
/** "(hoofdstuk 2)", "in paragraaf 3.1": the structure of this very paper. */
const OWN_STRUCTURE = /\((?:zie\s+)?(?:hoofdstuk|paragraaf|par\.|bijlage)\s+\d|\bin\s+(?:hoofdstuk|paragraaf)\s+\d/iu;
/** A later paper the author will discuss something in: "in de tussenstand", "in de volgende brief". */
const LATER_PAPER =
  /\bin\s+(?:de|het|een|mijn)\s+(?:[\p{L}-]+\s+){0,2}?(?:brief|tussenstand|rapportage|voortgangsrapportage|nota|evaluatie|reactie|kabinetsreactie|beleidsreactie|verzamelbrief|notitie|visie|uitwerking|plan|actieplan|voortgangsbrief|jaarverslag|begroting)\b/iu;
const HEREWITH = /\b(?:hierbij|bij deze|bij dezen|bijgaand|hiermee|ter informatie)\b/iu;
const DISCOURSE =
  /\b(?:ingaan|ingegaan|in gaan|in op|uiteenzetten|uiteen|toelichten|beschrijven|schetsen|bespreken|behandelen|aanhouden|stilstaan|aan de orde|beginnen met|starten met|afsluiten met|eindigen met)\b/iu;
const ORDERING =
  /^(?:eerst|allereerst|vervolgens|daarna|tot slot|ten slotte|tenslotte|daarbij|ten eerste|ten tweede)\b/iu;
const SUBORDINATOR =
  /\b(?:die|dat|wat|welke|waarin|waarbij|waarmee|waardoor|waarop|waarover|waar|of|hoe|wanneer|zodat|omdat|als|indien|zoals|nadat|voordat|totdat|zodra)\b/iu;
/** "over dat rapport", "in die gevallen": a demonstrative, no clause. */
const AFTER_PREPOSITION =
  /\b(?:over|van|in|met|op|voor|bij|naar|uit|aan|door|tot|om|na|onder|tegen|zonder|volgens|tijdens|sinds|vanuit|binnen|via|per|rond)\s+(?:dat|die)\b/giu;
const FOREIGN_AGENT =
  /\bworden\b[^,.;:]{0,80}?\bdoor (?!mij\b|ons\b|het kabinet\b|de regering\b|mijn ministerie\b|het ministerie\b)/iu;

/** The passive future of a main clause without another actor: "… zal met X worden gesproken". */
function passiveFuture(sentence: string): boolean {
  const m = PASSIVE_FUTURE.exec(sentence);
  if (!m) return false;
  const at = m.index + m[0].indexOf(m[1] as string);
  const clauseStart = Math.max(
    sentence.lastIndexOf(',', at),
    sentence.lastIndexOf(';', at),
    sentence.lastIndexOf(':', at),
    sentence.lastIndexOf('(', at),
  );
  // "Over dat rapport zal …": "dat" and "die" after a preposition are determiners.
  const clause = sentence.slice(clauseStart + 1, at).replace(AFTER_PREPOSITION, ' ');
  if (SUBORDINATOR.test(clause)) return false;
  if (/\bmoeten\b/i.test(m[2] as string)) return false;
  return !FOREIGN_AGENT.test(sentence.slice(at));
}

/** A clause that opens with a noun phrase: its subject stands before "zal". */
const OPENS_WITH_SUBJECT = /^\s*(?:de|het|een|deze|dit|die|dat|mijn|onze|zijn|haar|hun)\s/iu;

/**
 * "ik zal", "zal het kabinet", not inside a relative clause about something else, and
 * "zal Nederland" only where Nederland is the subject ("In het kader van … zal Nederland
 * …", not "de Permanent Vertegenwoordiger zal Nederland vertegenwoordigen").
 */
function firstPersonFuture(sentence: string): boolean {
  for (const m of sentence.matchAll(FIRST_PERSON_FUTURE)) {
    const at = m.index as number;
    if (RELATIVE_BEFORE.test(sentence.slice(Math.max(0, at - 12), at + 1))) continue;
    const inverted = /^[^\p{L}]?(?:zal|zullen)\s+(?!ik\b|wij\b|we\b)/iu.test(m[0]);
    if (inverted) {
      const clause = sentence.slice(
        Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at), sentence.lastIndexOf(':', at)) + 1,
        at + 1,
      );
      if (OPENS_WITH_SUBJECT.test(clause)) continue;
    }
    return true;
  }
  return false;
}

/**
 * Does the sentence only announce what the author will discuss ("Het kabinet zal ingaan
 * op …"), without a later paper to do it in? Such a sentence describes the paper itself.
 */
export function onlyDiscusses(sentence: string): boolean {
  return DISCOURSE.test(sentence) && !LATER_PAPER.test(sentence);
}

/** The passive present of publishing, not hypothetical, by no other actor, not about this paper. */
function passiveCue(sentence: string): 'passive' | null {
  if (!PASSIVE_PRESENT.test(sentence) || FOREIGN_AGENT.test(sentence) || HYPOTHETICAL.test(sentence)) return null;
  return THIS_PAPER.test(sentence) || HEREWITH.test(sentence) ? null : 'passive';
}

/**
 * The kinds of cue, strongest first; `present` needs a time to come, `passive` (the
 * passive present of publishing) a dated one: "elk jaar" is a routine, not a promise.
 */
export type CueKind = 'promise' | 'future' | 'present' | 'passive';

/**
 * Classify a sentence as a commitment cue, or null. `present` cues count only when the
 * caller finds a due in the sentence.
 *
 * @example
 * commitmentCue('Ik zal uw Kamer voor de zomer informeren.'); // 'future'
 * commitmentCue('In het najaar ontvangt u de uitwerking.'); // 'present'
 * commitmentCue('In deze brief zal ik ingaan op de motie.'); // null
 */
export function commitmentCue(sentence: string): CueKind | null {
  if (QUESTION.test(sentence)) return null;
  const lower = sentence.toLowerCase();
  const has = (word: string): boolean => lower.includes(word);
  if (!GATE.test(sentence)) return has('word') ? passiveCue(sentence) : null;
  const strong =
    (has('zeg') && PROMISE.test(sentence)) ||
    ((has('voornemen') || has('streef') || has('strev') || has('bedoeling') || has('van plan')) &&
      INTENT.test(sentence));
  const future =
    !strong &&
    (((has('zal') || has('zull') || has('zult')) &&
      (firstPersonFuture(sentence) ||
        SUBORDINATE_FUTURE.test(sentence) ||
        RECEIVES.test(sentence) ||
        passiveFuture(sentence))) ||
      (has('verwacht') && EXPECT_OWN.test(sentence)) ||
      ((has('kunt') || has('kan ')) && CAN_EXPECT.test(sentence)) ||
      ((has('hoogte') || has('terug')) && KEEP_INFORMED.test(sentence) && !LATER_HERE.test(sentence)) ||
      ((has('mee') || has('betrek')) && TAKE_INTO.test(sentence) && !THIS_PAPER.test(sentence)) ||
      (has('ga') && GOING.test(sentence) && !/\b(?:in op|op in)\b/iu.test(sentence)));
  const present = !strong && !future && (PRESENT.test(sentence) || ACTING.test(sentence));
  if (!strong && !future && !present) return has('word') ? passiveCue(sentence) : null;
  if (HYPOTHETICAL.test(sentence)) return null;
  if (strong) return 'promise';
  if (future) {
    if (REFUSAL.test(sentence) || OWN_STRUCTURE.test(sentence)) return null;
    const discourse = DISCOURSE.test(sentence) && (THIS_PAPER.test(sentence) || ORDERING.test(sentence));
    return discourse ? null : 'future';
  }
  if (/\b(?:ga|gaan|gaat)\b/iu.test(sentence) && /\b(?:in op|op in)\b/iu.test(sentence)) return null;
  return THIS_PAPER.test(sentence) || HEREWITH.test(sentence) ? null : 'present';
}
