/**
 * Word lists the rules are built on. They describe how English-language wire copy names offices,
 * institutions and people in general; none is keyed to a particular article. Entries are folded
 * (lower case, no accents).
 */

const set = (words: string) => new Set(words.trim().split(/\s*\|\s*/));

/** Heads of a title: the office itself. */
export const OFFICE_WORDS = set(`
president | vice-president | president-elect | premier | minister | ministers | secretary | secretary-general |
chancellor | speaker | chairman | chairwoman | chairperson | chair | head | ambassador | envoy | representative |
governor | mayor | king | queen | emir | amir | sultan | prince | princess | director | director-general |
commissioner | member | senator | leader | councilor | councillor | adviser | advisor | assistant |
undersecretary | under-secretary | spokesperson | spokesman | spokeswoman | commander | chief | consul |
consul-general | charge | counsellor | counselor | coordinator | rector | prosecutor | ombudsman | mp | lawmaker |
deputy | delegate | emissary | mediator | general | admiral | marshal | patriarch | mufti | imam | metropolitan |
governor-general | viceroy | attache | officer | justice | judge | monarch | regent | crown | sheikha | mufti
`);

/** Words that qualify an office ("Deputy", "Foreign", "Federal") and stay part of the title. */
export const TITLE_MODIFIERS = set(`
deputy | vice | first | second | acting | interim | federal | state | senior | special | permanent | chief |
prime | foreign | defence | defense | executive | assistant | presidential | personal | grand | supreme |
external | finance | trade | economy | interior | home | energy | foreign-affairs | principal | joint |
parliamentary | general | plenipotentiary | extraordinary | resident | regional | national | former |
majority | minority | outgoing | incoming | designate
`);

/** Lower-case words that open a title and stay in it: "acting Foreign Minister", "former U.S. Secretary". */
export const LOWER_CASE_TITLE_OPENERS = set(`acting | former | interim | outgoing | incoming`);

/** Courtesy forms before a name: not part of the name, not the title. */
export const HONORIFICS = set(`
mr | mr. | mrs | mrs. | ms | ms. | dr | dr. | prof | prof. | professor | sir | dame | he | h.e. | his | her |
excellency | highness | majesty | royal | sheikh | shaikh | sheikha | prince | princess | datuk | dato | dato' |
seri | tun | hon | hon. | honourable | honorable | madam | mister | lord | lady |
ambassador | engineer | eng. | eng | gen. | gen | col. | lt. | capt. | amb. | mme | m. | pm | fm | cardinal |
archbishop | bishop | monsignor | msgr. | sayyid | sayyida | hh | datin | puan
`);

/** Lower-case parts of names ("al-", "bin", "van der"). */
export const NAME_PARTICLES = set(`
al | el | bin | bint | ibn | ben | van | von | der | den | de | del | della | di | da | du | dos | das | la | le |
ter | ten | zu | y | abu | ould | ag | bte | binti
`);

/** Words after which a name is an institution, not a person. */
export const ORGANIZATION_HEADS = set(`
ministry | parliament | party | committee | department | foundation | association | council | assembly |
union | organization | organisation | bank | fund | agency | commission | embassy | government | university |
academy | institute | corporation | company | forum | secretariat | court | service | chamber | duma |
majlis | senate | congress | cabinet | presidency | administration | directorate | bureau | authority |
alliance | league | movement | nations | diwan | office | federation | consulate | mission | centre | center |
group | society | front | coalition | chancellery | kremlin | palace | house | guard | army | navy | forces |
police | railways | airlines | council's | community | conference | summit | initiative | programme | program |
corridor | route | railway | highway | port | airport | plant | project | agreement | declaration | treaty |
memorandum | strategy | process | format | dialogue | games | expo | exhibition | week | year | day | olympiad |
peninsula | sea | ocean | gulf | strait | region | province | state | city | island | islands | valley | river |
lake | mountains | basin | zone | street | square | hall | hotel | residence | capitol
`);

/** Of those, the ones that make an organisation (not an event, place or project). */
export const INSTITUTION_HEADS = set(`
ministry | parliament | party | committee | department | foundation | association | council | assembly |
union | organization | organisation | bank | fund | agency | commission | embassy | government | university |
academy | institute | corporation | company | forum | secretariat | court | service | chamber | duma |
majlis | senate | congress | cabinet | presidency | administration | directorate | bureau | authority |
alliance | league | movement | nations | diwan | consulate | society | coalition | chancellery | kremlin
`);

/** Capitalised words common in names of offices and institutions, never in a person's name. */
export const INSTITUTION_WORDS = set(`
affairs | foreign | economy | economic | development | sustainable | trade | commerce | industry | industrial |
finance | financial | defence | defense | interior | justice | health | education | science | culture |
cultural | energy | agriculture | transport | transportation | communications | communication | digital | labour |
labor | social | security | emergency | emergencies | environment | environmental | natural | resources |
tourism | sport | sports | youth | investment | investments | infrastructure | international | european |
relations | cooperation | integration | information | technology | technologies | innovation | innovations |
planning | water | ecology | climate | housing | urban | rural | state | national | federal | public |
overseas | maritime | fisheries | mining | minerals | petroleum | oil | gas | power | electricity |
telecommunications | media | employment | welfare | family | women | children | human | rights | legal |
religious | diaspora | veterans | reconstruction | heritage | arts | statistics | central | general | supreme |
standing | joint | executive | republic | kingdom | emirates | islamic | people's | peoples | democratic |
grand | new | united | friendship | countries | world | global | strategic | higher | high | armed | navy |
air | land | naval | military | intelligence | protection | revenue | customs | taxes | budget | treasury |
expatriates | cooperation | african | asian | arab | pacific | atlantic | north | south | east | west |
asia | africa | europe | americas | caucasus | balkans | sahel | levant | arctic | antarctic |
northern | southern | eastern | western | middle | regional | municipal | city | local | presidential |
chinese | communist | socialist | liberal | conservative | green | labour | progressive | populist | press |
office | work | works | construction | ecological | transition | aviation | space | nuclear | atomic |
hydrocarbons | investment | promotion | export | import | exports | imports | sovereign | wealth | strategic |
bilateral | multilateral | comprehensive | partnership | annual | international | summit | meeting | session |
working | group | commission | council | conference | forum | initiative | project | agreement | corridor |
railway | highway | port | zone | free | economic | special | standard | gauge | deep-sea | amiri | royal |
state | guest | house | prime | minister's | president's | palace | main | great | old | holy | saint | st.
`);

export const MONTHS = set(`
january | february | march | april | may | june | july | august | september | october | november |
december | jan | jan. | feb | feb. | mar | mar. | apr | apr. | jun | jun. | jul | jul. | aug | aug. |
sep | sep. | sept | sept. | oct | oct. | nov | nov. | dec | dec.
`);

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Verbs whose subject, when a person, took part in the meeting. */
export const PARTICIPANT_VERBS = set(`
said | says | noted | notes | stressed | emphasized | emphasised | underlined | underscored | highlighted |
told | thanked | welcomed | expressed | met | meets | held | holds | received | receives | hosted | hosts |
discussed | shared | called | invited | signed | agreed | added | pointed | praised | briefed | informed |
conveyed | hailed | proposed | reaffirmed | confirmed | affirmed | congratulated | assured | reiterated |
spoke | speaks | posted | wrote | urged | voiced | offered | presented | visited | visits | arrived |
had | has | was | is | paid | accepted | handed | extended | explained | outlined | recalled | described |
appreciated | commended | lauded | welcome | agree | discuss | also | and
`);

/** Words that, near a list of names, say those people were at the meeting. */
export const ATTENDANCE_CUES =
  /\b(attended|attending|present|joined|accompanied|included|including|took part|participated|delegation (?:also )?(?:included|comprised|consisted)|in the presence of|alongside|together with)\b/i;

/** Common sentence openers that are capitalised only because they start the sentence. */
export const SENTENCE_OPENERS = set(`
the | a | an | during | also | both | his | her | their | its | following | after | before | in | on | at |
regarding | speaking | according | discussions | particular | this | that | these | those | however | meanwhile |
earlier | later | then | there | he | she | they | we | it | as | with | while | upon | among | for | from |
by | of | to | at | productive | agreed | all | other | some | each | one | two | three | sources | officials | members | but |
and | yet | so | today | yesterday | separately | further | furthermore | moreover | notably
`);
