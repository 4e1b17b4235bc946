import type { Certificate } from '@techzone/contracts';

/**
 * The vocabulary of the generated demo data: the region's real towns (as in the `places` table, by name and CBS
 * municipality code), fictional name parts, Dutch first and last names, and the region's trades with the skills,
 * qualifications (crebo), SBI groups and words that fit them.
 */

export interface TownRef {
  name: string;
  municipalityCode: string;
}

export interface Town extends TownRef {
  /** Relative weight for where people live (roughly the number of inhabitants, in thousands). */
  people: number;
  /** Relative weight for where companies are (industrial estates weigh more). */
  industry: number;
}

/** The 39 places of the five TechZone municipalities in the places table (GeoNames), weighted by size. */
export const REGION_TOWNS: readonly Town[] = [
  // Emmen (0114)
  { name: 'Emmen', municipalityCode: '0114', people: 30, industry: 70 },
  { name: 'Klazienaveen', municipalityCode: '0114', people: 11, industry: 12 },
  { name: 'Nieuw-Amsterdam', municipalityCode: '0114', people: 6, industry: 8 },
  { name: 'Emmer-Compascuum', municipalityCode: '0114', people: 7, industry: 6 },
  { name: 'Schoonebeek', municipalityCode: '0114', people: 6, industry: 6 },
  { name: 'Nieuw-Dordrecht', municipalityCode: '0114', people: 3, industry: 2 },
  { name: 'Veenoord', municipalityCode: '0114', people: 2, industry: 3 },
  { name: 'Weiteveen', municipalityCode: '0114', people: 1.5, industry: 1 },
  { name: 'Emmer-Erfscheidenveen', municipalityCode: '0114', people: 3, industry: 1 },
  { name: 'Barger-Oosterveld', municipalityCode: '0114', people: 5, industry: 6 },
  { name: 'Bargeres', municipalityCode: '0114', people: 9, industry: 1 },
  { name: 'Angelslo', municipalityCode: '0114', people: 8, industry: 1 },
  { name: 'Emmerhout', municipalityCode: '0114', people: 8, industry: 1 },
  { name: 'Emmermeer', municipalityCode: '0114', people: 6, industry: 1 },
  { name: 'Emmerschans', municipalityCode: '0114', people: 4, industry: 1 },
  { name: 'Noordbarge', municipalityCode: '0114', people: 3, industry: 1 },
  // Hoogeveen (0118)
  { name: 'Hoogeveen', municipalityCode: '0118', people: 30, industry: 45 },
  { name: 'Hollandscheveld', municipalityCode: '0118', people: 5, industry: 3 },
  { name: 'Krakeel', municipalityCode: '0118', people: 3, industry: 2 },
  { name: 'Wolfsbos', municipalityCode: '0118', people: 4, industry: 1 },
  { name: 'Pesse', municipalityCode: '0118', people: 2, industry: 2 },
  // Hardenberg (0160)
  { name: 'Hardenberg', municipalityCode: '0160', people: 20, industry: 38 },
  { name: 'Dedemsvaart', municipalityCode: '0160', people: 13, industry: 16 },
  { name: 'Baalder', municipalityCode: '0160', people: 6, industry: 2 },
  // Coevorden (0109)
  { name: 'Coevorden', municipalityCode: '0109', people: 14, industry: 32 },
  { name: 'Dalen', municipalityCode: '0109', people: 4, industry: 3 },
  { name: 'Aalden', municipalityCode: '0109', people: 2, industry: 1 },
  { name: 'Sleen', municipalityCode: '0109', people: 2.5, industry: 2 },
  { name: 'Oosterhesselen', municipalityCode: '0109', people: 2, industry: 2 },
  { name: 'Schoonoord', municipalityCode: '0109', people: 1.5, industry: 1 },
  { name: 'Ballast', municipalityCode: '0109', people: 1, industry: 1 },
  { name: 'De Loo', municipalityCode: '0109', people: 1, industry: 2 },
  // Borger-Odoorn (1681)
  { name: 'Nieuw-Buinen', municipalityCode: '1681', people: 5, industry: 8 },
  { name: 'Borger', municipalityCode: '1681', people: 5, industry: 5 },
  { name: 'Exloo', municipalityCode: '1681', people: 3, industry: 2 },
  { name: 'Odoorn', municipalityCode: '1681', people: 2, industry: 2 },
  { name: 'Valthermond', municipalityCode: '1681', people: 3, industry: 2 },
  { name: 'Tweede Exloërmond', municipalityCode: '1681', people: 3.5, industry: 2 },
  { name: 'Valthe', municipalityCode: '1681', people: 1, industry: 1 },
];

/** Towns just outside the region where some candidates live (within about 40 km). */
export const NEARBY_TOWNS: readonly Town[] = [
  { name: 'Beilen', municipalityCode: '1731', people: 10, industry: 0 },
  { name: 'Westerbork', municipalityCode: '1731', people: 4, industry: 0 },
  { name: 'Ter Apel', municipalityCode: '1950', people: 9, industry: 0 },
  { name: 'Stadskanaal', municipalityCode: '0037', people: 20, industry: 0 },
  { name: 'Musselkanaal', municipalityCode: '0037', people: 8, industry: 0 },
  { name: 'Ommen', municipalityCode: '0175', people: 11, industry: 0 },
  { name: 'Assen', municipalityCode: '0106', people: 30, industry: 0 },
  { name: 'Meppel', municipalityCode: '0119', people: 20, industry: 0 },
  { name: 'Gieten', municipalityCode: '1680', people: 5, industry: 0 },
  { name: 'Ruinen', municipalityCode: '1690', people: 4, industry: 0 },
  { name: 'Vroomshoop', municipalityCode: '1700', people: 6, industry: 0 },
  { name: 'Den Ham', municipalityCode: '1700', people: 5, industry: 0 },
  { name: 'De Wijk', municipalityCode: '1690', people: 3, industry: 0 },
];

export const REGIONAL_WORDS = [
  'Hondsrug',
  'Veenkoloniaal',
  'Reest',
  'Reestdal',
  'Vecht',
  'Vechtstreek',
  'Hunze',
  'Hunzedal',
  'Drentse',
  'Eems',
  'Bargermeer',
  'Europark',
  'Zuidoost',
  'Veenland',
  'Boermarke',
  'Esdorp',
  'Dolmen',
  'Hunebed',
  'Marke',
  'Zandwal',
  'Oranjekanaal',
  'Vaart',
  'Kanaalzone',
  'Turfstreek',
  'Heideveld',
  'Noorderzand',
  'Zuidveen',
  'Grensland',
  'Beekdal',
  'Mondenstreek',
] as const;

export const COMPANY_SUFFIXES = ['B.V.', 'B.V.', 'B.V.', 'Groep', 'Industries', 'Nederland B.V.', 'Techniek B.V.', ''];

export const STREETS = [
  'Industrieweg',
  'Nijverheidsweg',
  'Ambachtsweg',
  'Transportweg',
  'Handelsweg',
  'Europaweg',
  'Edisonstraat',
  'Energieweg',
  'Vaartweg',
  'Fabrieksweg',
  'Innovatieweg',
  'Kanaalweg',
  'Zuiderweg',
  'Werkplaatsweg',
  'Smederijweg',
  'Gieterijstraat',
] as const;

/** Markets of the region's manufacturers (see DOMAIN.md). */
export const MARKETS = [
  'de medische technologie',
  'de agrotechniek',
  'de halfgeleiderindustrie',
  'logistieke systemen',
  'de vliegtuigbouw',
  'de ruimtevaart',
  'energiesystemen',
  'de groene chemie',
  'de voedingsmiddelenindustrie',
  'de bouw en infrastructuur',
  'de automotive',
  'de offshore en waterstof',
] as const;

export const FIRST_NAMES = [
  'Anouk',
  'Bas',
  'Bram',
  'Daan',
  'Demi',
  'Dennis',
  'Eline',
  'Emma',
  'Erik',
  'Esmee',
  'Fleur',
  'Floor',
  'Gerrit',
  'Hanneke',
  'Henk',
  'Iris',
  'Jan',
  'Jasper',
  'Jelle',
  'Jesse',
  'Joost',
  'Julia',
  'Kevin',
  'Koen',
  'Lars',
  'Laura',
  'Lieke',
  'Lisa',
  'Luuk',
  'Maaike',
  'Marco',
  'Mark',
  'Marloes',
  'Martijn',
  'Max',
  'Milan',
  'Nick',
  'Niels',
  'Noah',
  'Noor',
  'Pieter',
  'Rick',
  'Robin',
  'Roel',
  'Rutger',
  'Sanne',
  'Sem',
  'Sophie',
  'Stijn',
  'Thijs',
  'Thomas',
  'Tim',
  'Tom',
  'Vera',
  'Wouter',
  'Yara',
  'Zoë',
  'Femke',
  'Ruben',
  'Timo',
  'Lotte',
  'Mees',
  'Sven',
  'Jurre',
  'Ilse',
  'Harm',
  'Albert',
  'Wiebe',
  'Roelof',
  'Geert',
  'Jorien',
  'Hilde',
  'Annemiek',
  'Jeroen',
  'Marieke',
  'Bart',
] as const;

/** Migrant workers and newcomers are part of the region's workforce. */
export const INTERNATIONAL_FIRST_NAMES = [
  'Piotr',
  'Katarzyna',
  'Tomasz',
  'Andrei',
  'Ioana',
  'Oleksandr',
  'Olena',
  'Mehmet',
  'Elif',
  'Youssef',
  'Fatima',
  'Ahmad',
  'Rania',
  'João',
  'Lukas',
  'Anna',
] as const;

export const LAST_NAMES = [
  'Bakker',
  'Boer',
  'Bos',
  'Brink',
  'Bruins',
  'Dekker',
  'Dilling',
  'Eising',
  'Ensing',
  'Hadders',
  'Hilbrands',
  'Hofstee',
  'Hoving',
  'Huisman',
  'Jalving',
  'Kampen',
  'Kiers',
  'Koops',
  'Kremer',
  'Kuiper',
  'Lamberts',
  'Lanting',
  'Lenting',
  'Lubbers',
  'Meijer',
  'Moes',
  'Mulder',
  'Nijboer',
  'Oosting',
  'Pepping',
  'Schuring',
  'Scholten',
  'Smit',
  'Tiesing',
  'Timmerman',
  'Veenstra',
  'Venema',
  'Wilpshaar',
  'Wolters',
  'Zwiers',
  'Zwiep',
  'de Vries',
  'van der Veen',
  'de Jong',
  'Jansen',
  'Visser',
  'Prins',
  'Post',
  'Dijkstra',
  'Kramer',
  'Hendriks',
  'Nijhof',
  'Seinen',
  'Steenbergen',
  'Hummel',
  'Withaar',
  'Brouwer',
  'Stevens',
  'Oldenburger',
  'Kleine',
  'Lunenborg',
  'Vos',
  'Beukema',
  'Mensen',
  'Ruiter',
  'Wever',
  'Vedder',
  'Wessels',
  'ter Horst',
  'Nijland',
  'Holtkamp',
] as const;

export const INTERNATIONAL_LAST_NAMES = [
  'Kowalski',
  'Nowak',
  'Wiśniewski',
  'Popescu',
  'Ionescu',
  'Kovalenko',
  'Shevchenko',
  'Yılmaz',
  'Demir',
  'El Amrani',
  'Haddad',
  'Al-Hassan',
  'Santos',
  'Schmidt',
  'Müller',
] as const;

export type TradeKey =
  | 'welding'
  | 'machining'
  | 'sheetmetal'
  | 'mechatronics'
  | 'electrical'
  | 'plastics'
  | 'process'
  | 'maintenance'
  | 'coating'
  | 'engineering'
  | 'logistics';

export interface Role {
  /** The job title as a company writes it ("CNC-verspaner"). */
  title: string;
  /** MBO qualifications this work fits (crebo). */
  crebos: string[];
  /** Skills the work asks, the most important first. */
  skills: string[];
  /** Sentences for "Wat ga je doen?". */
  tasks: string[];
  certificates: Certificate[];
}

export interface Trade {
  key: TradeKey;
  /** The trade word in company names. */
  companyWords: string[];
  /** SBI groups (3 digits, section C) in sectors.json. */
  sectors: string[];
  /** What the companies make, for descriptions ("maakt ..."). */
  makes: string[];
  roles: Role[];
  /** HBO/WO graduation assignments. */
  graduationTopics: string[];
  /** Relative share of the region's companies. */
  weight: number;
}

export const SOFT_SKILLS = [
  'soft.accuracy',
  'soft.instructions',
  'soft.teamwork',
  'soft.communication',
  'soft.reliability',
  'soft.problemsolving',
  'soft.independence',
  'soft.learning',
  'soft.planning',
  'soft.initiative',
  'soft.flexibility',
  'soft.shifts',
  'soft.language.dutch',
] as const;

export const TRADES: readonly Trade[] = [
  {
    key: 'welding',
    companyWords: ['Metaal', 'Lastechniek', 'Staalbouw', 'Constructie', 'Staal & Montage', 'Metaalwerken'],
    sectors: ['251', '259', '252', '281'],
    makes: [
      'stalen constructies en frames',
      'lasconstructies voor machinebouwers',
      'RVS-leidingwerk en tanks',
      'chassis voor landbouwmachines',
    ],
    graduationTopics: [
      'Robotisering van het laswerk in kleine series',
      'Lasvervorming voorspellen en beperken bij dunwandig RVS',
      'Een nieuwe lasmal voor chassisframes ontwerpen',
      'Onderzoek naar laskwaliteit en NDO in de productie',
    ],
    weight: 16,
    roles: [
      {
        title: 'Lasser MIG/MAG',
        crebos: ['25290', '25287'],
        skills: [
          'weld.mig',
          'weld.fitup',
          'cad.drawings',
          'weld.inspection',
          'weld.wps',
          'safety.hotwork',
          'soft.accuracy',
        ],
        tasks: [
          'Je gaat lassen met MIG/MAG aan stalen constructies, van hechten tot aflassen.',
          'Je leest werktekeningen en lasmethodebeschrijvingen (WPS) en stelt je lasapparaat zelf in.',
          'Je controleert je eigen laswerk visueel en houdt je werkplek veilig en opgeruimd.',
          'Als lasser werk je samen met constructiebankwerkers en de werkvoorbereiding.',
        ],
        certificates: ['welding_certificate', 'vca_basic'],
      },
      {
        title: 'TIG-lasser RVS',
        crebos: ['25287', '25288', '25292'],
        skills: ['weld.tig', 'weld.stainless', 'weld.pipe', 'weld.inspection', 'cad.isometrics', 'soft.accuracy'],
        tasks: [
          'Je gaat TIG-lassen aan RVS-leidingwerk en tanks voor de voedingsmiddelen- en farma-industrie.',
          'Je werkt volgens isometrieën en zorgt voor strakke, schone lasnaden.',
          'Lassen van dunwandig roestvast staal vraagt precisie: jij levert kwaliteit in één keer goed.',
        ],
        certificates: ['welding_certificate', 'vca_basic'],
      },
      {
        title: 'Constructiebankwerker',
        crebos: ['25291', '25286'],
        skills: ['weld.fitup', 'weld.mig', 'cad.drawings', 'sheetmetal.assembly', 'machining.drill', 'safety.lifting'],
        tasks: [
          'Je bouwt stalen constructies op aan de hand van tekeningen: meten, afkorten, samenstellen en hechten.',
          'Je zet onderdelen in de mal en last ze af of geeft ze door aan de lasser.',
          'Je werkt met de kraan en hijsmiddelen en let op veilig hijsen en aanslaan.',
        ],
        certificates: ['vca_basic'],
      },
      {
        title: 'Lasrobotoperator',
        crebos: ['25287', '25336'],
        skills: ['weld.robot', 'weld.mig', 'mechatronics.robotics', 'weld.fitup', 'quality.inspection'],
        tasks: [
          'Je bedient en programmeert de lasrobot en zorgt dat de lascel de hele dienst draait.',
          'Je maakt lasprogramma’s voor nieuwe producten en optimaliseert bestaande programma’s.',
          'Je lost storingen aan de robotcel op en controleert de lassen van de eerste producten.',
        ],
        certificates: ['vca_basic'],
      },
    ],
  },
  {
    key: 'machining',
    companyWords: ['Precisie', 'Verspaning', 'CNC Techniek', 'Fijnmechanica', 'Precision Parts', 'Draaierij'],
    sectors: ['256', '284', '282', '265'],
    makes: [
      'precisie-onderdelen voor de halfgeleiderindustrie',
      'gefreesde en gedraaide onderdelen in kleine series',
      'onderdelen voor medische apparatuur',
      'hydraulische componenten',
    ],
    graduationTopics: [
      'Omsteltijden van de CNC-freesmachines halveren (SMED)',
      'Onbemand verspanen in de nachtdienst: wat is ervoor nodig?',
      'Een CAM-bibliotheek en standaard gereedschappen invoeren',
      'Meetdata van de CMM gebruiken om de productie bij te sturen',
    ],
    weight: 14,
    roles: [
      {
        title: 'CNC-verspaner',
        crebos: ['25302', '25298'],
        skills: [
          'machining.cncmill',
          'machining.cncturn',
          'machining.setup',
          'machining.cncprog.heidenhain',
          'machining.measuring',
          'cad.drawings',
          'cad.tolerances',
        ],
        tasks: [
          'Je stelt CNC-frees- en draaibanken in en bewaakt de productie van precisie-onderdelen.',
          'Je past CNC-programma’s aan (Heidenhain of Fanuc) en kiest gereedschap en snijgegevens.',
          'Je meet je producten na met schuifmaat, micrometer en hoogtemeter en legt de resultaten vast.',
        ],
        certificates: [],
      },
      {
        title: 'CNC-frezer',
        crebos: ['25298', '25302', '25299'],
        skills: [
          'machining.cncmill',
          'machining.fiveaxis',
          'machining.cam',
          'machining.toolsetting',
          'machining.measuring',
          'cad.tolerances',
        ],
        tasks: [
          'Je freest complexe onderdelen op 3- en 5-assige CNC-bewerkingscentra.',
          'Je programmeert met CAM en op de machine, en zorgt dat de eerste producten direct goed zijn.',
          'Je werkt met toleranties van enkele micrometers voor klanten in de hightech.',
        ],
        certificates: [],
      },
      {
        title: 'CNC-draaier',
        crebos: ['25302', '25298'],
        skills: [
          'machining.cncturn',
          'machining.cncprog.fanuc',
          'machining.setup',
          'machining.measuring',
          'machining.materials',
        ],
        tasks: [
          'Je draait series onderdelen op CNC-draaibanken met aangedreven gereedschap.',
          'Je stelt de machine om, maakt het eerste product en meet het na volgens de tekening.',
          'Je denkt mee over verbeteringen van programma’s en opspanningen.',
        ],
        certificates: [],
      },
      {
        title: 'Instrumentmaker',
        crebos: ['25300', '25301', '25299'],
        skills: [
          'machining.precision',
          'machining.grind',
          'machining.wireedm',
          'quality.cmm',
          'cad.tolerances',
          'mechatronics.cleanroom',
        ],
        tasks: [
          'Je maakt unieke onderdelen en prototypes voor ontwikkelprojecten.',
          'Je werkt met draaien, frezen, slijpen en vonken, tot op de micrometer nauwkeurig.',
          'Je monteert en test de onderdelen samen met de ontwikkelaars.',
        ],
        certificates: [],
      },
    ],
  },
  {
    key: 'sheetmetal',
    companyWords: ['Plaatwerk', 'Plaatbewerking', 'Metaalbewerking', 'Laser & Kant'],
    sectors: ['259', '255', '256'],
    makes: [
      'plaatwerk en behuizingen',
      'gelaserde en gezette onderdelen',
      'kasten en frames voor machinebouwers',
      'RVS-plaatwerk voor de voedingsindustrie',
    ],
    graduationTopics: [
      'Nesting en materiaalgebruik van de laser verbeteren',
      'Automatisering van de kantbank met een robot onderzoeken',
      'Een calculatietool voor plaatwerkoffertes ontwikkelen',
    ],
    weight: 11,
    roles: [
      {
        title: 'Plaatwerker',
        crebos: ['25293', '25289'],
        skills: [
          'sheetmetal.bending',
          'sheetmetal.assembly',
          'sheetmetal.unfolding',
          'cad.drawings',
          'weld.mig',
          'sheetmetal.deburring',
        ],
        tasks: [
          'Je zet plaatdelen op de CNC-kantbank en bouwt ze samen tot behuizingen en frames.',
          'Je leest tekeningen en uitslagen en kiest de juiste bewerkingsvolgorde.',
          'Je hecht en last plaatwerk en zorgt voor een nette afwerking.',
        ],
        certificates: ['vca_basic'],
      },
      {
        title: 'Kantbankoperator',
        crebos: ['25293', '25289', '25335'],
        skills: ['sheetmetal.bending', 'sheetmetal.bendprog', 'machining.measuring', 'cad.drawings', 'soft.accuracy'],
        tasks: [
          'Je programmeert en bedient de CNC-kantbank en stelt het gereedschap zelf in.',
          'Je controleert hoeken en maten van het eerste product en stuurt bij.',
          'Je werkt in een team met de laseroperators en de lassers.',
        ],
        certificates: [],
      },
      {
        title: 'Operator lasersnijden',
        crebos: ['25293', '25335', '25336'],
        skills: [
          'sheetmetal.laser',
          'sheetmetal.nesting',
          'logistics.pallettruck',
          'quality.inspection',
          'digital.erp',
        ],
        tasks: [
          'Je bedient de fiberlasers en het automatische platenmagazijn.',
          'Je maakt nestings, controleert de snijkwaliteit en sorteert de onderdelen voor de volgende bewerking.',
          'Je voert klein onderhoud uit aan de lasersnijmachine.',
        ],
        certificates: ['forklift'],
      },
    ],
  },
  {
    key: 'mechatronics',
    companyWords: ['Mechatronica', 'Machinebouw', 'Aandrijftechniek', 'Automation', 'Systems', 'Robotics'],
    sectors: ['282', '283', '289', '281'],
    makes: [
      'machines voor de agrarische sector',
      'verpakkings- en sorteermachines',
      'productielijnen op maat',
      'modules voor de halfgeleiderindustrie',
      'aandrijvingen en transportsystemen',
    ],
    graduationTopics: [
      'Een modulaire machinebesturing ontwerpen',
      'Predictive maintenance voor onze machines bij klanten',
      'Een cobot-werkplek voor de eindmontage ontwerpen',
      'Testprotocol voor in bedrijf stellen standaardiseren',
    ],
    weight: 14,
    roles: [
      {
        title: 'Monteur mechatronica',
        crebos: ['25342', '25340'],
        skills: [
          'mechatronics.assembly',
          'mechatronics.pneumatics',
          'mechatronics.sensors',
          'electrical.schematics',
          'cad.drawings',
          'mechatronics.bolting',
        ],
        tasks: [
          'Je monteert machines en modules: mechanisch, pneumatisch en elektrisch.',
          'Je werkt met tekeningen en schema’s en test de gebouwde modules.',
          'Mechatronica is hier teamwerk: je overlegt met engineers over verbeteringen.',
        ],
        certificates: ['vca_basic'],
      },
      {
        title: 'Technicus mechatronica',
        crebos: ['25344', '25340'],
        skills: [
          'mechatronics.commissioning',
          'mechatronics.troubleshooting',
          'automation.plc',
          'automation.siemens',
          'mechatronics.drives',
          'electrical.measuring',
        ],
        tasks: [
          'Je stelt machines in bedrijf, in onze hal en bij klanten in binnen- en buitenland.',
          'Je zoekt storingen in mechatronische systemen en lost ze structureel op.',
          'Je past PLC-software aan en test de veiligheid van de machine.',
        ],
        certificates: ['vca_basic', 'nen3140'],
      },
      {
        title: 'Machinebouwer',
        crebos: ['25342', '25340', '25306'],
        skills: [
          'mechatronics.machinebuilding',
          'mechatronics.alignment',
          'mechatronics.hydraulics',
          'mechatronics.assembly',
          'cad.drawings',
        ],
        tasks: [
          'Je bouwt complete machines op, van frame tot eindtest.',
          'Je lijnt assen en aandrijvingen uit en monteert hydrauliek en pneumatiek.',
          'Je denkt mee met de constructeurs over montagevriendelijk ontwerpen.',
        ],
        certificates: ['vca_basic'],
      },
    ],
  },
  {
    key: 'electrical',
    companyWords: ['Elektrotechniek', 'Besturingstechniek', 'Panelenbouw', 'Elektro', 'Energy Systems'],
    sectors: ['271', '279', '273', '265'],
    makes: [
      'schakel- en besturingskasten',
      'besturingen voor industriële installaties',
      'laadpalen en energieopslag',
      'kabelbomen en elektronica',
    ],
    graduationTopics: [
      'Een standaard voor PLC-software en HMI invoeren',
      'Energieopslag koppelen aan het productieproces',
      'Digitale schema’s (EPLAN) koppelen aan de productie',
    ],
    weight: 10,
    roles: [
      {
        title: 'Schakelkastenbouwer',
        crebos: ['25341', '25333', '25339'],
        skills: [
          'electrical.panel',
          'electrical.schematics',
          'electrical.eplan',
          'electrical.measuring',
          'soft.accuracy',
        ],
        tasks: [
          'Je bouwt en bedraadt schakel- en besturingskasten volgens schema.',
          'Je test de kasten en legt de meetresultaten vast.',
          'Je werkt nauwkeurig en volgens NEN 3140.',
        ],
        certificates: ['nen3140', 'vca_basic'],
      },
      {
        title: 'Elektromonteur',
        crebos: ['25333', '25331', '25339'],
        skills: [
          'electrical.installation',
          'electrical.motors',
          'electrical.nen3140',
          'electrical.vfd',
          'electrical.measuring',
        ],
        tasks: [
          'Je legt elektrische installaties aan bij machines en productielijnen.',
          'Je sluit motoren en frequentieregelaars aan en test ze.',
          'Je werkt veilig volgens NEN 3140 en helpt bij storingen.',
        ],
        certificates: ['nen3140', 'vca_basic', 'aerial_work_platform'],
      },
      {
        title: 'PLC-programmeur',
        crebos: ['25343', '25262'],
        skills: [
          'automation.plc',
          'automation.siemens',
          'automation.hmi',
          'automation.networks',
          'automation.safety',
          'electrical.schematics',
        ],
        tasks: [
          'Je schrijft PLC- en HMI-software voor machines en installaties.',
          'Je test de software op onze testvloer en neemt de installatie in bedrijf bij de klant.',
          'Je werkt samen met de monteurs en de mechanische engineers.',
        ],
        certificates: ['nen3140'],
      },
    ],
  },
  {
    key: 'plastics',
    companyWords: ['Kunststof', 'Kunststoffen', 'Polymers', 'Spuitgiet', 'Composieten', 'Extrusie'],
    sectors: ['222', '221', '206'],
    makes: [
      'kunststof onderdelen voor de automotive',
      'buizen en profielen van kunststof',
      'spuitgietproducten voor medische toepassingen',
      'composiet onderdelen voor vliegtuigbouw',
      'verpakkingen van gerecycled kunststof',
    ],
    graduationTopics: [
      'Meer gerecycled kunststof in onze producten verwerken',
      'Uitval bij het spuitgieten verlagen met procesdata',
      'Energieverbruik van de extrusielijnen verminderen',
    ],
    weight: 12,
    roles: [
      {
        title: 'Operator spuitgieten',
        crebos: ['25337', '25335', '25338'],
        skills: [
          'plastics.injection',
          'plastics.mouldchange',
          'plastics.materials',
          'process.line',
          'quality.inspection',
          'soft.shifts',
        ],
        tasks: [
          'Je bedient spuitgietmachines en controleert de kwaliteit van de kunststof producten.',
          'Je wisselt matrijzen en stelt de machine weer in.',
          'Je werkt in ploegendienst in een team van operators.',
        ],
        certificates: ['forklift'],
      },
      {
        title: 'Procesoperator extrusie',
        crebos: ['25337', '25338', '25303'],
        skills: [
          'process.extrusion',
          'process.control',
          'plastics.materials',
          'process.mixing',
          'quality.spc',
          'soft.shifts',
        ],
        tasks: [
          'Als procesoperator bewaak je de extrusielijnen voor kunststof buizen en profielen.',
          'Je stuurt het proces bij op temperatuur, druk en snelheid en neemt monsters.',
          'Je lost storingen op en zorgt voor een veilige en schone werkplek.',
        ],
        certificates: ['vca_basic', 'forklift'],
      },
      {
        title: 'Matrijzenmaker',
        crebos: ['25299', '25298'],
        skills: ['plastics.mouldmaintenance', 'machining.cncmill', 'machining.edm', 'machining.grind', 'cad.drawings'],
        tasks: [
          'Je onderhoudt en repareert spuitgietmatrijzen.',
          'Je maakt onderdelen op de CNC-frees en de vonkmachine.',
          'Je analyseert slijtage en stelt verbeteringen voor.',
        ],
        certificates: [],
      },
      {
        title: 'Composietlamineerder',
        crebos: ['25317', '25335'],
        skills: ['plastics.lamination', 'plastics.infusion', 'plastics.resin', 'plastics.prepreg', 'safety.hazmat'],
        tasks: [
          'Je lamineert composiet onderdelen met glas- en koolstofvezel.',
          'Je werkt met vacuüminjectie en prepreg en bedient de autoclaaf.',
          'Je werkt volgens strakke procedures en legt alles vast voor de traceerbaarheid.',
        ],
        certificates: [],
      },
    ],
  },
  {
    key: 'process',
    companyWords: ['Procestechniek', 'Vezeltechniek', 'Chemie', 'Fibres', 'Process Industries', 'Garens'],
    sectors: ['206', '201', '131', '205'],
    makes: ['synthetische vezels en garens', 'biobased chemicaliën', 'technisch textiel', 'coatings en harsen'],
    graduationTopics: [
      'Het droogproces energiezuiniger maken',
      'Procesdata gebruiken om de vezelkwaliteit te voorspellen',
      'Veiligheid bij het omstellen van de spinlijnen verbeteren',
    ],
    weight: 7,
    roles: [
      {
        title: 'Procesoperator',
        crebos: ['25337', '25338', '25303', '25256'],
        skills: [
          'process.control',
          'process.chemical',
          'process.sampling',
          'process.utilities',
          'safety.hazmat',
          'soft.shifts',
        ],
        tasks: [
          'Als procesoperator bedien en bewaak je de installatie vanuit de controlekamer en in het veld.',
          'Je neemt monsters, voert controles uit en stuurt het proces bij.',
          'Je werkt in vijfploegendienst en draagt je dienst over aan de volgende ploeg.',
        ],
        certificates: ['vca_basic'],
      },
      {
        title: 'Operator vezelproductie',
        crebos: ['25337', '25335', '25336'],
        skills: ['process.fibre', 'process.textile', 'process.line', 'quality.inspection', 'soft.shifts'],
        tasks: [
          'Je bedient de spin- en twijnmachines voor synthetische vezels.',
          'Je controleert de kwaliteit van de garens en lost kleine storingen op.',
          'Je werkt in een ploegendienst met een vast team.',
        ],
        certificates: [],
      },
    ],
  },
  {
    key: 'maintenance',
    companyWords: [
      'Industrieel Onderhoud',
      'Service Techniek',
      'Installatietechniek',
      'Maintenance',
      'Onderhoudstechniek',
    ],
    sectors: ['331', '332'],
    makes: [
      'onderhoud van productie-installaties',
      'service aan machines bij klanten',
      'montage en verhuizing van industriële machines',
    ],
    graduationTopics: [
      'Een onderhoudsplan op basis van RCM opstellen',
      'Sensordata inzetten voor voorspellend onderhoud',
      'De invoering van een CMMS begeleiden',
    ],
    weight: 9,
    roles: [
      {
        title: 'Onderhoudsmonteur',
        crebos: ['25308', '25306', '25304'],
        skills: [
          'maintenance.preventive',
          'maintenance.corrective',
          'maintenance.mechanical',
          'maintenance.electrical',
          'mechatronics.troubleshooting',
          'safety.loto',
        ],
        tasks: [
          'Als onderhoudsmonteur voer je preventief en correctief onderhoud uit aan productielijnen.',
          'Je zoekt storingen, mechanisch en elektrisch, en zorgt dat de productie snel weer draait.',
          'Je legt je werk vast in het onderhoudssysteem en denkt mee over verbeteringen.',
        ],
        certificates: ['vca_basic', 'nen3140'],
      },
      {
        title: 'Storingsmonteur',
        crebos: ['25304', '25306', '25309', '25310'],
        skills: [
          'mechatronics.troubleshooting',
          'maintenance.electrical',
          'automation.plc',
          'maintenance.hydropneumatic',
          'electrical.measuring',
          'soft.shifts',
        ],
        tasks: [
          'Je lost storingen op aan machines en installaties, ook in de avond- en nachtdienst.',
          'Je leest elektrische en pneumatische schema’s en meet de installatie door.',
          'Je analyseert terugkerende storingen en voorkomt herhaling.',
        ],
        certificates: ['vca_vol', 'nen3140'],
      },
      {
        title: 'Servicemonteur buitendienst',
        crebos: ['25306', '25310', '25308'],
        skills: [
          'maintenance.fieldservice',
          'mechatronics.commissioning',
          'maintenance.mechanical',
          'soft.customer',
          'soft.independence',
        ],
        tasks: [
          'Je bezoekt klanten in Nederland en Duitsland voor onderhoud en reparatie van machines.',
          'Je stelt nieuwe machines in bedrijf en leert de operators van de klant ermee werken.',
          'Je rapporteert je bevindingen en adviseert de klant.',
        ],
        certificates: ['vca_vol', 'driving_licence_b'],
      },
    ],
  },
  {
    key: 'coating',
    companyWords: ['Coating', 'Oppervlaktetechniek', 'Poedercoat', 'Finish', 'Straaltechniek'],
    sectors: ['256', '203'],
    makes: [
      'poedercoat- en natlakwerk voor de metaalindustrie',
      'stralen en coaten van staalconstructies',
      'thermisch verzinken en conserveren',
    ],
    graduationTopics: ['Overstappen op een duurzamere voorbehandeling', 'De planning van de coatlijn optimaliseren'],
    weight: 5,
    roles: [
      {
        title: 'Poedercoater',
        crebos: ['25010', '25011'],
        skills: ['sheetmetal.surface', 'quality.inspection', 'safety.hazmat', 'sheetmetal.deburring', 'soft.accuracy'],
        tasks: [
          'Je coat metalen producten in de poedercoatcabine en bewaakt de laagdikte.',
          'Je hangt producten op, bereidt ze voor en controleert de afwerking.',
          'Je werkt veilig met coatings en voorbehandelingsmiddelen.',
        ],
        certificates: ['vca_basic'],
      },
      {
        title: 'Industrieel lakverwerker',
        crebos: ['25010', '25011'],
        skills: ['sheetmetal.surface', 'safety.hazmat', 'quality.inspection', 'sheetmetal.deburring'],
        tasks: [
          'Je spuit natlak op machines en onderdelen en mengt de verf volgens specificatie.',
          'Je maakt oppervlakken schoon, stralen en schuren hoort erbij.',
          'Je meet laagdiktes en legt de kwaliteit vast.',
        ],
        certificates: ['vca_basic'],
      },
    ],
  },
  {
    key: 'engineering',
    companyWords: ['Engineering', 'Ontwerp & Constructie', 'Design', 'Technisch Bureau'],
    sectors: ['282', '289', '265', '325'],
    makes: [
      'machines en installaties op maat',
      'medische hulpmiddelen',
      'meet- en testsystemen',
      'productiemiddelen voor de hightech',
    ],
    graduationTopics: [
      'Een nieuwe productfamilie modulair opzetten',
      'Sterkteberekeningen valideren met metingen',
      'Tekeningbeheer (PDM) invoeren en koppelen aan ERP',
      'Design for manufacturing in de ontwerpfase',
    ],
    weight: 6,
    roles: [
      {
        title: 'Tekenaar-constructeur',
        crebos: ['25312', '25315', '25297'],
        skills: ['cad.modelling3d', 'cad.solidworks', 'cad.drawings', 'cad.tolerances', 'cad.bom', 'cad.design'],
        tasks: [
          'Je ontwerpt en tekent machineonderdelen en samenstellingen in SolidWorks of Inventor.',
          'Je maakt productietekeningen en stuklijsten voor de werkplaats.',
          'Je overlegt met de productie over maakbaarheid.',
        ],
        certificates: [],
      },
      {
        title: 'Werkvoorbereider',
        crebos: ['25297', '25296', '25312'],
        skills: ['cad.drawings', 'logistics.planning', 'digital.erp', 'cad.bom', 'soft.planning', 'soft.communication'],
        tasks: [
          'Je bereidt orders voor: tekeningen, stuklijsten, bewerkingsvolgorde en materiaal.',
          'Je plant de productie en stemt af met inkoop en de werkplaats.',
          'Je bent het aanspreekpunt voor technische vragen van de werkvloer.',
        ],
        certificates: [],
      },
      {
        title: 'Kwaliteitsmedewerker',
        crebos: ['25297', '25345'],
        skills: [
          'quality.inspection',
          'quality.cmm',
          'quality.iso9001',
          'quality.rca',
          'quality.nonconformity',
          'cad.tolerances',
        ],
        tasks: [
          'Je keurt producten bij ontvangst en in de productie, ook met de 3D-meetmachine.',
          'Je registreert afwijkingen en zoekt met de productie naar de oorzaak.',
          'Je onderhoudt het kwaliteitssysteem volgens ISO 9001.',
        ],
        certificates: [],
      },
    ],
  },
  {
    key: 'logistics',
    companyWords: ['Logistiek', 'Distributie'],
    sectors: ['259', '222'],
    makes: ['logistiek voor de maakindustrie'],
    graduationTopics: ['Het magazijn van de toekomst inrichten', 'Voorraadbeheer en inkoop op elkaar afstemmen'],
    weight: 0,
    roles: [
      {
        title: 'Logistiek medewerker',
        crebos: ['25371', '25254', '25372'],
        skills: [
          'logistics.forklift',
          'logistics.receiving',
          'logistics.shipping',
          'logistics.wms',
          'logistics.inventory',
          'safety.forklift',
        ],
        tasks: [
          'Je ontvangt goederen, slaat ze op en maakt zendingen klaar op de heftruck.',
          'Je werkt met het magazijnsysteem (WMS) en houdt de voorraad op orde.',
          'Je bevoorraadt de productie met materialen en halffabricaten.',
        ],
        certificates: ['forklift', 'vca_basic'],
      },
      {
        title: 'Heftruckchauffeur',
        crebos: ['25371', '25254'],
        skills: ['logistics.forklift', 'logistics.reachtruck', 'logistics.storage', 'safety.forklift', 'soft.shifts'],
        tasks: [
          'Je rijdt op de heftruck en reachtruck tussen productie, magazijn en expeditie.',
          'Je laadt en lost vrachtwagens en zorgt voor correcte papieren.',
          'Je werkt veilig en let op de mensen om je heen.',
        ],
        certificates: ['forklift', 'reach_truck'],
      },
    ],
  },
];

export const TRADE_BY_KEY: ReadonlyMap<TradeKey, Trade> = new Map(TRADES.map((trade) => [trade.key, trade]));

/** MBO schools: fictional names in real towns. The programmes are generated from qualifications.json. */
export interface SchoolTemplate {
  key: string;
  name: string;
  town: TownRef;
  kind: 'mbo' | 'hbo';
  brinCode: string;
}

export const GENERATED_SCHOOLS: readonly SchoolTemplate[] = [
  {
    key: 'drents-vakcollege',
    name: 'Drents Vakcollege',
    town: { name: 'Hoogeveen', municipalityCode: '0118' },
    kind: 'mbo',
    brinCode: '27DV',
  },
  {
    key: 'hondsrug-college',
    name: 'Hondsrug Vakcollege Techniek',
    town: { name: 'Emmen', municipalityCode: '0114' },
    kind: 'mbo',
    brinCode: '28HV',
  },
  {
    key: 'coevorden-academie',
    name: 'Techniekacademie Coevorden',
    town: { name: 'Coevorden', municipalityCode: '0109' },
    kind: 'mbo',
    brinCode: '29TC',
  },
  {
    key: 'veenkoloniaal-college',
    name: 'Veenkoloniaal Vakcollege',
    town: { name: 'Nieuw-Buinen', municipalityCode: '1681' },
    kind: 'mbo',
    brinCode: '30VV',
  },
  {
    key: 'reestdal-college',
    name: 'Reestdal College Dedemsvaart',
    town: { name: 'Dedemsvaart', municipalityCode: '0160' },
    kind: 'mbo',
    brinCode: '31RC',
  },
  {
    key: 'hogeschool-zon',
    name: 'Hogeschool Zuidoost-Nederland',
    town: { name: 'Emmen', municipalityCode: '0114' },
    kind: 'hbo',
    brinCode: '32HZ',
  },
  {
    key: 'hogeschool-vecht',
    name: 'Hogeschool Vecht en Reest',
    town: { name: 'Hardenberg', municipalityCode: '0160' },
    kind: 'hbo',
    brinCode: '33HV',
  },
];

/** HBO programmes with CROHO-like 5-digit codes (fictional, in the 34xxx range of engineering programmes). */
export const HBO_PROGRAMMES: readonly { name: string; croho: string; trades: TradeKey[] }[] = [
  { name: 'Werktuigbouwkunde', croho: '34280', trades: ['engineering', 'machining', 'welding'] },
  { name: 'Mechatronica', croho: '34410', trades: ['mechatronics', 'electrical'] },
  { name: 'Elektrotechniek', croho: '34275', trades: ['electrical', 'mechatronics'] },
  { name: 'Technische Bedrijfskunde', croho: '34349', trades: ['engineering', 'logistics', 'plastics'] },
  { name: 'Chemische Technologie', croho: '34397', trades: ['process', 'plastics'] },
  { name: 'Industrieel Product Ontwerpen', croho: '34955', trades: ['engineering', 'plastics'] },
  { name: 'Logistics Engineering', croho: '34396', trades: ['logistics', 'engineering'] },
];

/** MBO qualifications a technical MBO school in the region offers (crebo, from qualifications.json). */
export const MBO_PROGRAMME_CREBOS = [
  '25290',
  '25287',
  '25291',
  '25286',
  '25293',
  '25289',
  '25302',
  '25298',
  '25342',
  '25340',
  '25344',
  '25341',
  '25339',
  '25343',
  '25333',
  '25331',
  '25337',
  '25338',
  '25303',
  '25308',
  '25306',
  '25310',
  '25304',
  '25309',
  '25312',
  '25315',
  '25297',
  '25371',
  '25372',
  '25253',
  '25254',
  '25256',
  '25010',
  '25011',
  '25335',
  '25336',
  '25345',
  '25346',
  '25262',
  '25299',
  '25300',
] as const;
