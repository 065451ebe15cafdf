/**
 * Sources: the nouns that name a source by its role or as a group, and the
 * phrases that mark a source as unnamed.
 *
 * @module
 */

/**
 * Nouns that describe a source by role or by group rather than by name
 * (`a senior official`, `two people familiar with the talks`, `critics`,
 * `union members`). A speaker whose mention is headed by one of these and
 * carries no proper name is reported as `anonymous`. Singular and plural
 * forms are listed separately.
 *
 * @example
 * ```ts
 * import {analyze, sourceRoles} from 'copydesk'
 *
 * sourceRoles.includes('official') // true
 * // A newsroom's own roles are added through options:
 * analyze('A harbor pilot said the channel was closed.', {sourceRoles: {add: ['harbor pilot']}})
 * ```
 *
 * @category Lexicons
 */
export const sourceRoles: readonly string[] = [
  'official', 'officials', 'source', 'sources', 'person', 'people', 'spokesman', 'spokesmen',
  'spokeswoman', 'spokeswomen', 'spokesperson', 'spokespeople', 'aide', 'aides', 'employee',
  'employees', 'worker', 'workers', 'staffer', 'staffers', 'engineer', 'engineers', 'teacher',
  'teachers', 'surgeon', 'surgeons', 'doctor', 'doctors', 'nurse', 'nurses', 'manager', 'managers',
  'juror', 'jurors', 'consultant', 'consultants', 'broker', 'brokers', 'analyst', 'analysts',
  'critic', 'critics', 'scientist', 'scientists', 'researcher', 'researchers', 'expert', 'experts',
  'economist', 'economists', 'forecaster', 'forecasters', 'prosecutor', 'prosecutors',
  'investigator', 'investigators', 'administrator', 'administrators', 'resident', 'residents',
  'member', 'members', 'representative', 'representatives', 'officer', 'officers', 'diplomat',
  'diplomats', 'insider', 'insiders', 'executive', 'executives', 'witness', 'witnesses',
  'observer', 'observers', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'supporter',
  'supporters', 'opponent', 'opponents', 'advocate', 'advocates', 'activist', 'activists',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'authorities', 'police', 'parent', 'parents',
  'student', 'students', 'customer', 'customers', 'passenger', 'passengers', 'voter', 'voters',
  'farmer', 'farmers', 'driver', 'drivers', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'organizer', 'organizers', 'organiser', 'organisers', 'protester', 'protesters', 'protestor',
  'protestors', 'trader', 'traders', 'investor', 'investors', 'banker', 'bankers', 'adviser',
  'advisers', 'advisor', 'advisors', 'negotiator', 'negotiators', 'commander', 'commanders',
  'soldier', 'soldiers', 'militant', 'militants', 'physician', 'physicians', 'pilot', 'pilots',
  'scholar', 'scholars', 'historian', 'historians', 'clerk', 'clerks', 'guard', 'guards',
  'volunteer', 'volunteers', 'survivor', 'survivors', 'victim', 'victims', 'relative', 'relatives',
  'colleague', 'colleagues', 'friend', 'friends', 'owner', 'owners', 'landlord', 'landlords',
  'tenant', 'tenants', 'shopkeeper', 'shopkeepers', 'merchant', 'merchants', 'villager',
  'villagers', 'planner', 'planners', 'inspector', 'inspectors', 'regulator', 'regulators',
  'auditor', 'auditors', 'economist', 'firefighter', 'firefighters', 'paramedic', 'paramedics',
  'medic', 'medics', 'rescuer', 'rescuers', 'coach', 'coaches', 'player', 'players', 'fan', 'fans',
  'someone', 'somebody', 'individual', 'individuals', 'insurer', 'insurers', 'lender', 'lenders',
  'developer', 'developers', 'contractor', 'contractors', 'educator', 'educators', 'staff',
  'wife', 'husband', 'mother', 'father', 'son', 'daughter', 'sister', 'brother', 'widow', 'widower',
  'cousin', 'uncle', 'aunt', 'grandmother', 'grandfather', 'partner', 'fiance', 'fiancee', 'family members',
  'agronomist', 'agronomists', 'specialist', 'specialists', 'academic', 'academics', 'professor',
  'professors', 'student', 'physicist', 'biologist', 'epidemiologist', 'epidemiologists', 'meteorologist',
  'meteorologists', 'groups', 'campaigners', 'campaigner', 'leaders', 'leader', 'sponsor', 'sponsors',
]

/**
 * Nouns of documents and findings that can be the source of reported
 * content (`the report said`, `according to the audit`).
 *
 * @example
 * ```ts
 * import {documentNouns} from 'copydesk'
 *
 * documentNouns.includes('report') // true
 * ```
 *
 * @category Lexicons
 */
export const documentNouns: readonly string[] = [
  'report', 'reports', 'study', 'studies', 'audit', 'statement', 'statements', 'survey', 'analysis',
  'filing', 'filings', 'lawsuit', 'complaint', 'indictment', 'memo', 'letter', 'document', 'documents',
  'records', 'review', 'poll', 'ruling', 'order', 'notice', 'release', 'website',
  'post', 'plan', 'proposal', 'budget', 'article', 'paper', 'investigation', 'inquiry', 'findings',
  'estimates', 'projections', 'forecast', 'forecasts', 'assessment', 'evaluation', 'research',
  'census', 'tally', 'estimate', 'summary', 'transcript', 'affidavit', 'motion',
  'opinion', 'decision', 'verdict', 'judgment', 'judgement', 'guidance', 'policy', 'rules', 'law',
  'bill', 'agreement', 'contract', 'deal', 'email', 'emails', 'message', 'messages', 'note', 'notes',
  'sign', 'signs', 'warning', 'alert', 'bulletin', 'advisory', 'tweet', 'video', 'footage', 'map',
  'maps', 'chart', 'prospectus', 'presentation',
]

/**
 * Phrases that mark a source as unnamed when they stand in its mention
 * (`a council member who spoke on condition of anonymity`, `people familiar
 * with the talks`).
 *
 * @example
 * ```ts
 * import {anonymityMarkers} from 'copydesk'
 *
 * anonymityMarkers.includes('familiar with') // true
 * ```
 *
 * @category Lexicons
 */
export const anonymityMarkers: readonly string[] = [
  'familiar with', 'on condition of anonymity', 'on the condition of anonymity',
  'who declined to be named', 'who declined to be identified', 'who asked not to be named',
  'who asked not to be identified', 'not authorized to', 'not authorised to', 'briefed on',
  'with knowledge of', 'close to', 'declined to give', 'requested anonymity', 'asked for anonymity',
  'speaking anonymously', 'who spoke anonymously', 'unnamed', 'anonymous',
]

/**
 * Nouns that name an organisation or a body when they end a capitalised
 * name (`the Port Authority`, `Tri-County Savings Bank`, `Acme Inc.`), or
 * that stand for one after `the` (`the ministry said`).
 *
 * @example
 * ```ts
 * import {organizationMarkers} from 'copydesk'
 *
 * organizationMarkers.includes('authority') // true
 * ```
 *
 * @category Lexicons
 */
export const organizationMarkers: readonly string[] = [
  'authority', 'ministry', 'inc.', 'inc', 'corp.', 'corp', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag',
  'department', 'council', 'agency', 'association', 'union', 'company', 'corporation', 'bank',
  'trust', 'group', 'institute', 'commission', 'committee', 'board', 'office', 'bureau', 'service',
  'services', 'party', 'campaign', 'university', 'college', 'school', 'district', 'court',
  'hospital', 'foundation', 'federation', 'organization', 'organisation', 'society', 'club',
  'utility', 'transit', 'resources', 'holdings', 'partners', 'network', 'administration',
  'government', 'police', 'army', 'navy', 'command', 'church', 'museum', 'library', 'power',
  'energy', 'airlines', 'airways', 'systems', 'technologies', 'industries', 'fund', 'center',
  'centre', 'alliance', 'coalition', 'league', 'united', 'city', 'county', 'state', 'family',
  'firm', 'team', 'paper', 'newspaper', 'magazine', 'network', 'station', 'chain', 'operator',
  'regulator', 'watchdog', 'panel', 'senate', 'house', 'parliament', 'assembly', 'cabinet',
  'embassy', 'mission', 'secretariat', 'directorate', 'press', 'times', 'post', 'journal', 'news',
  'voice', 'project', 'program', 'programme', 'authorities', 'ministries', 'companies', 'agencies',
  'treasury', 'pentagon', 'kremlin', 'exchange', 'ventures', 'capital', 'logistics', 'airport', 'port',
]

/**
 * Titles and offices written before a person's name (`Mayor Lina Park`,
 * `Gov. Ruth A. Diaz`, `Councilwoman Teresa Vang`); after `the` they stand
 * for that person (`the mayor`). Compared case-insensitively, with or
 * without a final full stop.
 *
 * @example
 * ```ts
 * import {analyze, personTitles} from 'copydesk'
 *
 * personTitles.includes('mayor') // true
 * analyze('“Enough,” said Alderwoman Jo Fry.', {personTitles: {add: ['alderwoman']}})
 * ```
 *
 * @category Lexicons
 */
export const personTitles: readonly string[] = [
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'rev', 'reverend', 'fr', 'father',
  'sister', 'brother', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'pope', 'sir', 'dame',
  'lord', 'lady', 'hon', 'judge', 'justice', 'mayor', 'gov', 'governor', 'lt', 'sen', 'senator',
  'rep', 'representative', 'congressman', 'congresswoman', 'councilman', 'councilwoman',
  'councillor', 'councilor', 'council member', 'alderman', 'alderwoman', 'supervisor',
  'commissioner', 'president', 'vice president', 'prime minister', 'minister', 'secretary',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'sheikh', 'ambassador', 'gen',
  'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander', 'adm',
  'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'officer', 'det', 'detective', 'chief',
  'sheriff', 'deputy', 'superintendent', 'supt', 'inspector', 'trooper', 'coach', 'chairman',
  'chairwoman', 'chair', 'director', 'attorney general', 'atty', 'speaker', 'leader', 'principal',
  'dean', 'provost', 'ceo', 'spokesman', 'spokeswoman', 'spokesperson', 'treasurer', 'auditor',
  'comptroller', 'controller', 'clerk', 'magistrate', 'coroner', 'prosecutor', 'lawyer',
  'attorney', 'economist', 'analyst', 'executive', 'founder', 'owner', 'manager', 'head', 'trustee',
  'delegate', 'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'lawmaker', 'mp',
]

/**
 * Verbs that name the role of their subject, by lemma, with that role: a
 * person who `founded` a firm may later be `the firm's founder`.
 *
 * @example
 * ```ts
 * import {roleVerbs} from 'copydesk'
 *
 * roleVerbs.found // 'founder'
 * ```
 *
 * @category Lexicons
 */
export const roleVerbs: Readonly<Record<string, string>> = Object.freeze({
  found: 'founder', 'co-found': 'founder', own: 'owner', chair: 'chair', lead: 'leader', coach: 'coach',
  manage: 'manager', direct: 'director', edit: 'editor', represent: 'representative', teach: 'teacher',
  organize: 'organizer', organise: 'organiser', captain: 'captain', govern: 'governor', design: 'designer',
  build: 'builder', farm: 'farmer', train: 'trainer', host: 'host', advise: 'adviser', employ: 'employer',
  supervise: 'supervisor', investigate: 'investigator', prosecute: 'prosecutor', preside: 'judge',
  operate: 'operator', publish: 'publisher', produce: 'producer', invent: 'inventor', pastor: 'pastor',
})
