import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { Entity } from '../../src/analysis/analysis';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { GAZETTEER, isDemonym } from '../../src/analysis/gazetteer';
import { makeArticle } from './make-article';

function entities(lang: 'fr' | 'en', paragraphs: string[][]): Entity[] {
  return [...analyze(makeArticle(lang, paragraphs), DEFAULT_TEMPLATE).entities];
}

function find(list: readonly Entity[], name: string): Entity | undefined {
  return list.find((e) => e.name === name);
}

describe('entity extraction', () => {
  it('finds people by their titles and merges a surname with the full name seen earlier', () => {
    const list = entities('fr', [
      ['Le président brésilien Carlos Mendes a reçu lundi à Brasilia le Premier ministre portugais Ana Duarte.'],
      ['Mendes a salué une visite « historique ».'],
      ['Selon Mme Duarte, les deux pays vont renforcer leur coopération.'],
    ]);
    expect(find(list, 'Carlos Mendes')).toEqual({ name: 'Carlos Mendes', kind: 'person', mentions: [0, 1] });
    expect(find(list, 'Ana Duarte')).toEqual({ name: 'Ana Duarte', kind: 'person', mentions: [0, 2] });
    expect(find(list, 'Brasilia')?.kind).toBe('place');
    expect(list.find((e) => e.name === 'Premier')).toBeUndefined();
  });

  it('knows countries and capitals in both languages, metonyms included, and merges their forms', () => {
    const list = entities('en', [
      ['The United States and the Kremlin traded accusations as Washington weighed new measures.'],
      ['U.S. officials said Moscow had been warned.'],
    ]);
    expect(find(list, 'United States')).toEqual({ name: 'United States', kind: 'place', mentions: [0, 1] });
    expect(find(list, 'Kremlin')?.kind).toBe('place');
    expect(find(list, 'Washington')?.kind).toBe('place');
    expect(find(list, 'Moscow')?.kind).toBe('place');
  });

  it('finds organisations: known names, acronyms with their expansion, organisation words', () => {
    const list = entities('en', [
      ['The Bank of England and the International Monetary Fund (IMF) disagreed, according to the Ministry of Commerce.'],
      ['The IMF said Gazprom and the British Retail Consortium (BRC) were consulted.'],
      ['The BRC declined to comment, and the Bank kept quiet.'],
    ]);
    expect(find(list, 'Bank of England')).toEqual({ name: 'Bank of England', kind: 'organisation', mentions: [0, 2] });
    expect(find(list, 'International Monetary Fund')?.mentions).toEqual([0, 1]);
    expect(find(list, 'Ministry of Commerce')?.kind).toBe('organisation');
    expect(find(list, 'Gazprom')?.kind).toBe('organisation');
    expect(find(list, 'British Retail Consortium (BRC)')).toEqual({ name: 'British Retail Consortium (BRC)', kind: 'organisation', mentions: [1, 2] });
  });

  it('expands French acronyms over lowercase words and merges later uses', () => {
    const list = entities('fr', [
      ['Les Forces de soutien rapide (FSR) du général Mohammed Hamdan Daglo, dit « Hemetti », tiennent l’aéroport.'],
      ['Les FSR affirment que Hemetti contrôle le palais, selon l’Union européenne.'],
    ]);
    expect(find(list, 'Forces de soutien rapide (FSR)')).toEqual({ name: 'Forces de soutien rapide (FSR)', kind: 'organisation', mentions: [0, 1] });
    expect(find(list, 'Mohammed Hamdan Daglo')).toEqual({ name: 'Mohammed Hamdan Daglo', kind: 'person', mentions: [0, 1] });
    expect(find(list, 'Union européenne')?.kind).toBe('organisation');
  });

  it('reads French organisation names with a lowercase complement that ends in a name', () => {
    const list = entities('fr', [['Les rebelles du Front de libération de l’Azawad démentent, selon le Conseil européen.']]);
    expect(find(list, 'Front de libération de l’Azawad')?.kind).toBe('organisation');
    expect(find(list, 'Conseil européen')?.kind).toBe('organisation');
    expect(list.find((e) => e.name === 'Front')).toBeUndefined();
  });

  it('ignores sentence-initial words, nationalities, calendar words and bylines', () => {
    const list = entities('en', [
      ['By Jane Writer and John Author'],
      ['Rising prices worried Chinese and Russian buyers on Thursday in November.'],
      ['Dismal sales followed Christmas, said analyst Peter Gray.'],
    ]);
    expect(list.map((e) => e.name)).toEqual(['Peter Gray']);
  });

  it('keeps a person written with a given name in parentheses and merges the surname', () => {
    const list = entities('en', [
      ['The plan supports President (Donald) Trump and his aides.'],
      ['Trump said he was pleased.'],
    ]);
    expect(find(list, '(Donald) Trump')).toEqual({ name: '(Donald) Trump', kind: 'person', mentions: [0, 1] });
  });

  it('types company names as organisations from company cues, not as people', () => {
    const list = entities('en', [
      ['Vestland Ferries and Orsa Lines of Denmark said on Tuesday they would combine their fleets.'],
      ['Orsa investors will hold 40% of the combined business, with Vestland shareholders owning the rest.'],
      ['Mr Berg will run Kestrel, while Karin Holm will chair the board.'],
      ['Shares in Tavira Marine fell 3%, said Paul Ekdahl, an analyst at Skarv.'],
      ['The chief executive of Quillon, Ana Ribe, declined to comment.'],
    ]);
    expect(find(list, 'Orsa Lines')).toEqual({ name: 'Orsa Lines', kind: 'organisation', mentions: [0, 1] });
    expect(find(list, 'Denmark')?.kind).toBe('place');
    expect(find(list, 'Vestland Ferries')?.kind).toBe('organisation');
    expect(find(list, 'Vestland Ferries')?.mentions).toEqual([0, 1]);
    // "Mr" belongs to Berg, not to the company named after him.
    expect(find(list, 'Kestrel')?.kind).toBe('organisation');
    expect(find(list, 'Karin Holm')?.kind).toBe('person');
    expect(find(list, 'Tavira Marine')?.kind).toBe('organisation');
    expect(find(list, 'Paul Ekdahl')?.kind).toBe('person');
    expect(find(list, 'Skarv')?.kind).toBe('organisation');
    expect(find(list, 'Quillon')?.kind).toBe('organisation');
    expect(find(list, 'Ana Ribe')?.kind).toBe('person');
  });

  it('keeps people with a possessive or a title as people', () => {
    const list = entities('en', [
      ["President Lena Moss said Moss's staff had sold no shares."],
      ['Investors in Harlow Capital were told by Moss that the plan stood.'],
    ]);
    expect(find(list, 'Lena Moss')).toEqual({ name: 'Lena Moss', kind: 'person', mentions: [0, 1] });
    expect(find(list, 'Harlow Capital')?.kind).toBe('organisation');
  });

  it('drops nationality words, listed or derived from a known country, in both languages', () => {
    const en = entities('en', [['Malian troops and Angolan mediators met Congolese officials in Kinshasa on Friday.']]);
    expect(en.map((e) => e.name)).toEqual(['Kinshasa']);
    const fr = entities('fr', [['Des soldats burundais et des médiateurs angolais ont rencontré à Luanda le ministre Jean Tamba.']]);
    expect(fr.map((e) => e.name).sort()).toEqual(['Jean Tamba', 'Luanda']);
    expect(isDemonym(GAZETTEER, 'congolese')).toBe(true);
    expect(isDemonym(GAZETTEER, 'rwandan')).toBe(true);
    expect(isDemonym(GAZETTEER, 'senegalais')).toBe(true);
    expect(isDemonym(GAZETTEER, 'angola')).toBe(false);
    expect(isDemonym(GAZETTEER, 'morgan')).toBe(false);
    expect(isDemonym(GAZETTEER, 'lindqvist')).toBe(false);
  });
});
