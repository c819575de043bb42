/**
 * Dutch wording for what the pages show: dates ("28 mei 2015"), paper types, senders,
 * dossier numbers and counts. Pure functions, no markup.
 *
 * @module
 */
import { DUTCH_MONTH_ABBREVIATIONS, DUTCH_MONTHS, dossierPrinted, type Sender } from '../../model/index.ts';

const MONTHS = DUTCH_MONTHS;
const SHORT_MONTHS = DUTCH_MONTH_ABBREVIATIONS;

/**
 * An ISO date (`2015-05-28`, or a timestamp) as Dutch readers write it.
 *
 * @example
 * dutchDate('2015-05-28') // '28 mei 2015'
 */
export function dutchDate(iso: string | null | undefined): string {
  if (!iso) return 'zonder datum';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** A month key (`2015-05`) as a short label: `mei 2015`, or `mei '15` when `short`. */
export function dutchMonth(month: string, short = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const index = Number(m[2]) - 1;
  return short ? `${SHORT_MONTHS[index] ?? m[2]} '${m[1]!.slice(2)}` : `${MONTHS[index] ?? m[2]} ${m[1]}`;
}

/** A timestamp with the time of day, Europe/Amsterdam: `1 december 2026, 14:05`. */
export function dutchDateTime(iso: string | null | undefined): string {
  if (!iso) return 'onbekend';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${dutchDate(`${part('year')}-${part('month')}-${part('day')}`)}, ${part('hour')}:${part('minute')}`;
}

const TYPE_LABELS: Record<string, string> = {
  brief: 'Brief',
  motie: 'Motie',
  amendement: 'Amendement',
  'voorstel-van-wet': 'Voorstel van wet',
  'memorie-van-toelichting': 'Memorie van toelichting',
  'nota-van-wijziging': 'Nota van wijziging',
  'koninklijke-boodschap': 'Koninklijke boodschap',
  'advies-raad-van-state': 'Advies Raad van State',
  verslag: 'Verslag',
  'nota-naar-aanleiding-van-het-verslag': 'Nota naar aanleiding van het verslag',
  'memorie-van-antwoord': 'Memorie van antwoord',
  'verslag-schriftelijk-overleg': 'Verslag van een schriftelijk overleg',
  'verslag-commissiedebat': 'Verslag van een commissiedebat',
  'lijst-van-vragen-en-antwoorden': 'Lijst van vragen en antwoorden',
  kamervragen: 'Kamervragen',
  'antwoord-kamervragen': 'Antwoord op Kamervragen',
  'uitstel-antwoord-kamervragen': 'Uitstel van antwoord op Kamervragen',
  handelingen: 'Handelingen',
  other: 'Overig',
};

/** A paper type slug as a Dutch label (`voorstel-van-wet` → `Voorstel van wet`). */
export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? (type.charAt(0).toUpperCase() + type.slice(1)).replaceAll('-', ' ');
}

const ROLE_LABELS: Record<string, string> = {
  minister: 'Minister',
  staatssecretaris: 'Staatssecretaris',
  'minister-president': 'Minister-president',
  commissie: 'Commissie',
  lid: 'Kamerlid',
  leden: 'Kamerleden',
  kamer: 'Kamer',
  'raad-van-state': 'Raad van State',
  koning: 'Koning',
};

/** A sender role slug as a Dutch label. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? (role.charAt(0).toUpperCase() + role.slice(1)).replaceAll('-', ' ');
}

/** Who sent a paper, in one line: `Minister van Sociale Zaken en Werkgelegenheid (L.F. Asscher)`. */
export function senderLabel(sender: Sender | null | undefined): string | null {
  if (!sender) return null;
  let label = roleLabel(sender.role);
  if (sender.portfolio) label += sender.role === 'commissie' ? ` ${sender.portfolio}` : ` van ${sender.portfolio}`;
  if (sender.name) label += ` (${sender.name})`;
  return label;
}

/** A dossier as printed (`32 824`, `36 200 VII`). */
export function dossierLabel(dossier: { number: string; suffix?: string | null | undefined }): string {
  return dossierPrinted(
    dossier.suffix ? { number: dossier.number, suffix: dossier.suffix } : { number: dossier.number },
  );
}

/** A parliamentary year `2014-2015` as `2014–2015`. */
export function parliamentaryYearLabel(year: string | null): string | null {
  return year ? year.replace('-', '–') : null;
}

/** A whole number with Dutch thousands separators: `12.345`. */
export function dutchNumber(n: number): string {
  return new Intl.NumberFormat('nl-NL').format(n);
}

/** `1 stuk` / `3 stukken`, and the like. */
export function plural(n: number, one: string, many: string): string {
  return `${dutchNumber(n)} ${n === 1 ? one : many}`;
}

/** A byte count as `12,3 MB`. */
export function dutchBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
