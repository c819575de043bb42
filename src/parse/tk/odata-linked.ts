/**
 * The `$expand`ed entities an OData record links (a Document's Zaak, Kamerstukdossier,
 * DocumentVersie and DocumentActor; a Zaak's actors and papers; a Toezegging's
 * Activiteit, Persoon, Fractie and fulfilling letter), read into the small shapes the
 * records hold. Their problems go into the linking record's warnings.
 *
 * @module
 */
import { parseOfficialId } from '../../model/index.ts';
import { expanded, type JsonObject } from './odata-entity.ts';
import type { TkActiviteit, TkDocumentRef, TkFractie, TkPersoon } from './records.ts';
import type { TkDocumentActor, TkDocumentVersie, TkKamerstukdossier, TkZaak } from './types.ts';
import {
  composedName,
  currentVersion,
  dateOf,
  dossierNummerOf,
  guidOf,
  integerOf,
  numberOf,
  quoted,
  stringOf,
  textOf,
  toevoegingOf,
} from './values.ts';

/** A linked Kamerstukdossier. */
export function linkedDossier(item: JsonObject, warnings: string[]): TkKamerstukdossier {
  const nummer = dossierNummerOf(item.Nummer);
  if (nummer === null) warnings.push(`a linked Kamerstukdossier has no usable Nummer (${quoted(item.Nummer)})`);
  return { id: guidOf(item.Id), nummer, toevoeging: toevoegingOf(item.Toevoeging), titel: textOf(item.Titel) };
}

/** A linked Zaak. */
export function linkedZaak(item: JsonObject): TkZaak {
  return {
    id: guidOf(item.Id),
    nummer: textOf(item.Nummer),
    soort: textOf(item.Soort),
    onderwerp: textOf(item.Onderwerp),
  };
}

/** A linked DocumentVersie. */
export function linkedVersie(item: JsonObject): TkDocumentVersie {
  return {
    id: guidOf(item.Id),
    versienummer: integerOf(item.Versienummer),
    externeIdentifier: textOf(item.ExterneIdentifier),
    extensie: textOf(item.Extensie),
  };
}

/** A linked DocumentActor or ZaakActor (the two have the same fields). */
export function linkedActor(item: JsonObject): TkDocumentActor {
  return {
    id: guidOf(item.Id),
    naam: textOf(item.ActorNaam),
    functie: textOf(item.Functie),
    fractie: textOf(item.ActorFractie),
    relatie: textOf(item.Relatie),
  };
}

/** The actors of an `$expand`, without withdrawn ones and those that name nobody. */
export function linkedActors(entity: JsonObject, key: string): TkDocumentActor[] {
  return expanded(entity, key)
    .map(linkedActor)
    .filter((actor) => actor.naam !== null || actor.functie !== null);
}

/** An officielebekendmakingen id, or `null` (with a warning) for text that is not one. */
export function officialIdOf(value: unknown, field: string, warnings: string[]): string | null {
  const text = stringOf(value, field, warnings);
  if (text === null) return null;
  if (parseOfficialId(text)) return text;
  warnings.push(`the record's ${field} "${text}" is not an officielebekendmakingen id`);
  return null;
}

/** A linked Document: its numbers, and the OB id of its current version when that is expanded too. */
export function linkedDocument(item: JsonObject, warnings: string[]): TkDocumentRef {
  const versions = expanded(item, 'DocumentVersie').map(linkedVersie);
  const versie = currentVersion(versions, guidOf(item.HuidigeDocumentVersie_Id));
  return {
    id: guidOf(item.Id),
    documentNummer: numberOf(item.DocumentNummer, 'document', 'linked DocumentNummer', warnings),
    officialId: officialIdOf(versie?.externeIdentifier, 'linked ExterneIdentifier', warnings),
    soort: stringOf(item.Soort, 'linked Soort', warnings),
    titel: stringOf(item.Titel, 'linked Titel', warnings),
    datum: dateOf(stringOf(item.Datum, 'linked Datum', warnings), 'linked Datum', warnings),
  };
}

/** A linked Activiteit. */
export function linkedActiviteit(item: JsonObject, warnings: string[]): TkActiviteit {
  return {
    id: guidOf(item.Id),
    nummer: numberOf(item.Nummer, 'activiteit', 'Activiteit Nummer', warnings),
    soort: stringOf(item.Soort, 'Activiteit Soort', warnings),
    onderwerp: stringOf(item.Onderwerp, 'Activiteit Onderwerp', warnings),
    datum: dateOf(stringOf(item.Datum, 'Activiteit Datum', warnings), 'Activiteit Datum', warnings),
    voortouwnaam: stringOf(item.Voortouwnaam, 'Activiteit Voortouwnaam', warnings),
    voortouwafkorting: stringOf(item.Voortouwafkorting, 'Activiteit Voortouwafkorting', warnings),
  };
}

/** A linked Persoon. */
export function linkedPersoon(item: JsonObject): TkPersoon {
  return {
    id: guidOf(item.Id),
    naam: composedName(
      textOf(item.Initialen) ?? textOf(item.Roepnaam),
      textOf(item.Tussenvoegsel),
      textOf(item.Achternaam),
    ),
    fractie: textOf(item.Fractielabel),
  };
}

/** A linked Fractie. */
export function linkedFractie(item: JsonObject): TkFractie {
  return { id: guidOf(item.Id), afkorting: textOf(item.Afkorting), naam: textOf(item.NaamNL) };
}
