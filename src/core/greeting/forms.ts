/**
 * The words around a name in a greeting, in the languages job seekers write notes in: the
 * greeting word ("Dear", "Bonjour", "Chào"), titles and respectful forms before the name
 * ("Chief", "Frau", "chị"), honorifics after it ("-san", "ji") and greetings that name nobody
 * ("Hi team"). All lower case and folded (no diacritics), as `fold` leaves them.
 */

/** Greeting words, longest first so "good morning" wins over "good". */
export const SALUTATIONS: readonly string[] = [
  // English
  'dear',
  'hi',
  'hii',
  'hello',
  'hallo',
  'hey',
  'hiya',
  'howdy',
  'greetings',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'morning',
  'afternoon',
  'evening',
  'to',
  // French
  'bonjour',
  'bonsoir',
  'salut',
  'cher',
  'chere',
  'coucou',
  // Spanish, Portuguese
  'hola',
  'buenos dias',
  'buenas tardes',
  'buenas',
  'estimado',
  'estimada',
  'querido',
  'querida',
  'ola',
  'oi',
  'bom dia',
  'boa tarde',
  'prezado',
  'prezada',
  // German, Dutch, Scandinavian
  'liebe',
  'lieber',
  'sehr geehrte',
  'sehr geehrter',
  'guten tag',
  'guten morgen',
  'moin',
  'servus',
  'gruezi',
  'gruss gott',
  'beste',
  'geachte',
  'goedemiddag',
  'goedemorgen',
  'hoi',
  'hej',
  'hei',
  'halla',
  'kaere',
  'kare',
  // Italian
  'ciao',
  'salve',
  'buongiorno',
  'buonasera',
  'gentile',
  'gentilissima',
  'gentilissimo',
  'caro',
  'cara',
  // Central and Eastern European
  'dzien dobry',
  'szanowna',
  'szanowny',
  'czesc',
  'dobry den',
  'ahoj',
  'zdravo',
  'privet',
  'zdravstvuyte',
  'merhaba',
  'sayin',
  'yassou',
  'yasou',
  'kalimera',
  'tere',
  'moi',
  'terve',
  // Asian, Pacific, African, Middle Eastern
  'xin chao',
  'chao',
  'namaste',
  'namaskar',
  'namaskaram',
  'vanakkam',
  'sat sri akal',
  'konnichiwa',
  'annyeonghaseyo',
  'annyeong',
  'ni hao',
  'nihao',
  'selamat pagi',
  'selamat siang',
  'halo',
  'kumusta',
  'mabuhay',
  'sawasdee',
  'sawatdee',
  'assalamu alaikum',
  'assalamualaikum',
  'as-salamu alaykum',
  'salaam',
  'salam',
  'marhaba',
  'ahlan',
  'shalom',
  'kia ora',
  'tena koe',
  'talofa',
  'aloha',
  'bula',
  'sawubona',
  'jambo',
  'habari',
  'sannu',
  'dia duit',
  'dia dhuit',
  'helo',
  'shwmae',
].sort((a, b) => b.length - a.length);

/**
 * Titles, roles and respectful forms people are addressed by before their name, in English
 * and the languages above ("Chaplain Reyes", "Frau Becker", "chị Lan", "Sharma ji").
 */
export const TITLES = new Set(
  [
    'mr mrs ms miss mx dr doctor prof professor sir madam madame dame lady lord',
    'chef director dean coach captain capt officer judge justice pastor rev reverend father',
    'sister brother rabbi imam cantor chaplain deacon bishop elder minister pr fr',
    'president principal superintendent senator councilmember councillor councilor governor',
    'mayor commissioner chief lt lieutenant sgt sergeant cpl corporal major colonel col',
    'general gen admiral commander cmdr ensign private detective inspector constable sheriff',
    'deputy marshal ranger trooper firefighter engineer nurse midwife counselor counsellor',
    'attorney advocate esq auntie aunty uncle coach sensei professora professeur maitre',
    'sr sra srta senor senora senorita don dona senhor senhora dom',
    'herr frau fraulein mme mlle monsieur m mlle signor signora signorina sig dott dottore',
    'dottoressa ing avv arch geom pan pani panie pane gospodin gospozha bay bayan hanim bey',
    'shri sri smt kumari ji sahib sahab saheb bhai didi behen ustad ustaz ustadh sheikh',
    'haji hajji mwalimu bwana mama baba mzee anh chi em co chu bac ong ba thay',
    'sayin sehr geehrte geehrter',
  ]
    .join(' ')
    .split(' '),
);

/** Honorifics written after a name, usually with a hyphen: "Tanaka-san", "Jiwoo-ssi". */
export const HONORIFIC_SUFFIXES = new Set(
  'san sama sensei senpai kun chan dono ssi nim ji sahib sahab jee'.split(' '),
);

/** Greetings that name nobody: "Hi team", "Hello all", "Dear Hiring Manager", "Bonjour à tous". */
export const NOBODY = new Set(
  [
    'team all everyone everybody there folks friends hiring manager managers committee panel',
    'recruiter recruiters recruiting colleagues sir madam whom it may concern you guys y yall',
    'both of search selection interview interviewers panelists and or hr people crew gang',
    'a tous toutes todos todas equipo equipe zusammen alle allerseits tutti team tutte',
    'iedereen allemaal everyone alla kaikki',
  ]
    .join(' ')
    .split(' '),
);
