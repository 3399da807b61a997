import { z } from 'zod';

/**
 * Reference lists are data, not enums: every list can be edited in
 * Indstillinger and is synced like any other table. These are the defaults of
 * the domain reference (2010 names).
 */
export const REFERENCE_KINDS = [
  'department',
  'district',
  'targetGroup',
  'focusArea',
  'partner',
  'status',
  'fundingSource',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const ReferenceItemSchema = z.object({
  /** Stable id; for departments the usual abbreviation (BUF, SOF, …). */
  id: z.string().min(1).max(80),
  kind: z.enum(REFERENCE_KINDS),
  /** Danish name, as shown and as written to spreadsheets. */
  name: z.string().min(1).max(200),
  /** English name for the English UI; falls back to the Danish one. */
  nameEn: z.string().max(200).default(''),
  /** Abbreviation (departments) or short label. */
  code: z.string().max(20).default(''),
  /** Other spellings met in returned spreadsheets, matched when importing. */
  aliases: z.array(z.string().max(200)).default([]),
  /** Target groups only: the group is 18 or older (the ØU's 18+ focus). */
  adult: z.boolean().default(false),
  sortOrder: z.number().int().default(0),
  archived: z.boolean().default(false),
});
export type ReferenceItem = z.infer<typeof ReferenceItemSchema>;

/** The district item that stands for the whole municipality; it overlaps every district. */
export const WHOLE_MUNICIPALITY = 'hele-kommunen';

type Seed = Partial<ReferenceItem> & Pick<ReferenceItem, 'id' | 'name'>;

function list(kind: ReferenceKind, items: Seed[]): ReferenceItem[] {
  return items.map((item, index) => ReferenceItemSchema.parse({ ...item, kind, sortOrder: index }));
}

export const DEFAULT_REFERENCE_ITEMS: readonly ReferenceItem[] = [
  ...list('department', [
    {
      id: 'ØKF',
      code: 'ØKF',
      name: 'Økonomiforvaltningen',
      nameEn: 'Finance Administration',
      aliases: ['ØKF', 'OEKF', 'OKF'],
    },
    {
      id: 'BUF',
      code: 'BUF',
      name: 'Børne- og Ungdomsforvaltningen',
      nameEn: 'Children and Youth Administration',
      aliases: ['BUF'],
    },
    {
      id: 'KFF',
      code: 'KFF',
      name: 'Kultur- og Fritidsforvaltningen',
      nameEn: 'Culture and Leisure Administration',
      aliases: ['KFF'],
    },
    {
      id: 'SUF',
      code: 'SUF',
      name: 'Sundheds- og Omsorgsforvaltningen',
      nameEn: 'Health and Care Administration',
      aliases: ['SUF'],
    },
    { id: 'SOF', code: 'SOF', name: 'Socialforvaltningen', nameEn: 'Social Services Administration', aliases: ['SOF'] },
    {
      id: 'TMF',
      code: 'TMF',
      name: 'Teknik- og Miljøforvaltningen',
      nameEn: 'Technical and Environmental Administration',
      aliases: ['TMF'],
    },
    {
      id: 'BIF',
      code: 'BIF',
      name: 'Beskæftigelses- og Integrationsforvaltningen',
      nameEn: 'Employment and Integration Administration',
      aliases: ['BIF'],
    },
  ]),
  ...list('district', [
    { id: 'indre-by', name: 'Indre By', nameEn: 'Inner City', aliases: ['Indre by', 'City'] },
    { id: 'osterbro', name: 'Østerbro', aliases: ['Oesterbro', 'Osterbro'] },
    { id: 'norrebro', name: 'Nørrebro', aliases: ['Noerrebro', 'Norrebro'] },
    {
      id: 'vesterbro-kgs-enghave',
      name: 'Vesterbro/Kongens Enghave',
      aliases: ['Vesterbro', 'Kongens Enghave', 'Kgs. Enghave', 'Vesterbro-Kongens Enghave'],
    },
    { id: 'valby', name: 'Valby' },
    { id: 'vanlose', name: 'Vanløse', aliases: ['Vanloese', 'Vanlose'] },
    {
      id: 'bronshoj-husum',
      name: 'Brønshøj-Husum',
      aliases: ['Brønshøj', 'Husum', 'Brønshøj/Husum', 'Broenshoej-Husum'],
    },
    { id: 'bispebjerg', name: 'Bispebjerg', aliases: ['Nordvest', 'NV'] },
    { id: 'amager-ost', name: 'Amager Øst', nameEn: 'Amager East', aliases: ['Amager Oest', 'Amager Ost'] },
    { id: 'amager-vest', name: 'Amager Vest', nameEn: 'Amager West' },
    {
      id: WHOLE_MUNICIPALITY,
      name: 'Hele kommunen',
      nameEn: 'Whole municipality',
      aliases: ['Hele byen', 'Alle bydele', 'Kommunen', 'Hele København', 'Alle'],
    },
  ]),
  ...list('targetGroup', [
    { id: 'children', name: 'Børn 0-12 år', nameEn: 'Children 0–12', aliases: ['Børn', 'Børn (0-12)', 'Børn 0-12'] },
    {
      id: 'youth',
      name: 'Unge 13-17 år',
      nameEn: 'Youth 13–17',
      aliases: ['Unge', 'Unge (13-17)', 'Unge 13-17', 'Teenagere'],
    },
    {
      id: 'young-adults',
      name: 'Unge voksne 18-24 år',
      nameEn: 'Young adults 18–24',
      adult: true,
      aliases: ['Unge voksne', 'Unge voksne (18-24)', 'Unge voksne 18-24', '18-24 år'],
    },
    {
      id: 'adults',
      name: 'Voksne 25+ år',
      nameEn: 'Adults 25+',
      adult: true,
      aliases: ['Voksne', 'Voksne 25+', 'Voksne over 25'],
    },
    {
      id: 'gang-members',
      name: 'Bandemedlemmer og exit',
      nameEn: 'Gang members and exit',
      adult: true,
      aliases: ['Bandemedlemmer', 'Rockere og bander', 'Exit', 'Personer der vil ud af en bande'],
    },
    { id: 'parents', name: 'Forældre', nameEn: 'Parents', aliases: ['Foraeldre', 'Forældre til unge'] },
    {
      id: 'residents',
      name: 'Borgere generelt',
      nameEn: 'Residents in general',
      adult: true,
      aliases: ['Borgere', 'Beboere', 'Alle borgere'],
    },
    { id: 'staff', name: 'Medarbejdere', nameEn: 'Staff', adult: true, aliases: ['Personale', 'Fagpersoner'] },
  ]),
  ...list('focusArea', [
    {
      id: 'gang-recruitment',
      name: 'Forebyggelse af bandekriminalitet',
      nameEn: 'Preventing gang crime',
      aliases: ['Bandekriminalitet', 'Rekruttering til bander'],
    },
    { id: 'early-prevention', name: 'Tidlig forebyggelse', nameEn: 'Early prevention' },
    { id: 'exit', name: 'Exit og 18+', nameEn: 'Exit and 18+', aliases: ['Exit', 'Exitstrategi'] },
    { id: 'hotspot', name: 'Hotspot-indsats', nameEn: 'Hotspot effort', aliases: ['Hotspot'] },
    { id: 'safety', name: 'Tryghed i byrummet', nameEn: 'Safety in public space', aliases: ['Tryghed', 'Byrum'] },
    { id: 'unrest', name: 'Uro i bydelene', nameEn: 'Unrest in the districts', aliases: ['Uro'] },
    { id: 'citizen-dialogue', name: 'Borgerdialog', nameEn: 'Citizen dialogue' },
    {
      id: 'employment',
      name: 'Uddannelse og beskæftigelse',
      nameEn: 'Education and employment',
      aliases: ['Beskæftigelse', 'Uddannelse', 'Job'],
    },
    { id: 'leisure', name: 'Fritid og foreningsliv', nameEn: 'Leisure and clubs', aliases: ['Fritid', 'Klubber'] },
    { id: 'family', name: 'Familieindsats', nameEn: 'Family support', aliases: ['Familie', 'Forældreindsats'] },
    { id: 'substance-abuse', name: 'Misbrug', nameEn: 'Substance abuse', aliases: ['Rusmidler', 'Stofmisbrug'] },
  ]),
  ...list('partner', [
    { id: 'kbh-politi', name: 'Københavns Politi', nameEn: 'Copenhagen Police', aliases: ['Politiet', 'Politi', 'KP'] },
    { id: 'ssp', name: 'SSP København', aliases: ['SSP'] },
    {
      id: 'boligselskaber',
      name: 'Boligselskaber',
      nameEn: 'Housing associations',
      aliases: ['Boligforeninger', 'Boligsociale helhedsplaner'],
    },
    {
      id: 'skoler-klubber',
      name: 'Skoler og klubber',
      nameEn: 'Schools and youth clubs',
      aliases: ['Skoler', 'Klubber', 'Fritidsklubber'],
    },
    { id: 'rigspolitiet', name: 'Rigspolitiet', nameEn: 'National Police' },
    {
      id: 'brandvaesen',
      name: 'Københavns Brandvæsen',
      nameEn: 'Copenhagen Fire Service',
      aliases: ['Brandvæsnet', 'Brandvæsenet'],
    },
    { id: 'andre-kommuner', name: 'Andre kommuner', nameEn: 'Other municipalities', aliases: ['Aarhus Kommune'] },
    {
      id: 'foreninger',
      name: 'Foreninger',
      nameEn: 'Voluntary associations',
      aliases: ['Frivillige', 'Idrætsforeninger'],
    },
  ]),
  ...list('status', [
    { id: 'planned', name: 'Planlagt', nameEn: 'Planned', aliases: ['Under planlægning', 'Ikke startet'] },
    { id: 'active', name: 'I gang', nameEn: 'Active', aliases: ['Igangværende', 'Aktiv', 'Kører', 'Igang'] },
    { id: 'paused', name: 'Sat i bero', nameEn: 'Paused', aliases: ['Pause', 'Stillet i bero'] },
    { id: 'completed', name: 'Afsluttet', nameEn: 'Completed', aliases: ['Færdig', 'Slut', 'Ophørt'] },
  ]),
  ...list('fundingSource', [
    { id: 'own-budget', name: 'Egen ramme', nameEn: 'Own budget', aliases: ['Driftsbudget', 'Egen drift'] },
    { id: 'satspulje', name: 'Satspuljemidler', nameEn: 'State pool funds', aliases: ['Satspulje'] },
    { id: 'ou-pool', name: 'ØU-pulje', nameEn: 'Finance Committee pool', aliases: ['Økonomiudvalgets pulje'] },
    { id: 'external', name: 'Ekstern finansiering', nameEn: 'External funding', aliases: ['Fonde', 'EU-midler'] },
  ]),
];

/** Display name in the chosen language. */
export function referenceLabel(item: ReferenceItem, language: 'da' | 'en'): string {
  return language === 'en' && item.nameEn ? item.nameEn : item.name;
}
