/**
 * Common given names of adults and young people in the UK, lower case, without accents (the scan
 * strips them: "Łukasz", "Róisín" and "Seán" match "lukasz", "roisin" and "sean").
 *
 * Where it is from: written by hand for evalsite from general knowledge of names common in the UK
 * by birth decade from the 1950s to the 2000s, and of names common in the UK's largest communities
 * of other origins, each group on its own lines below. It copies no published or licensed list. It
 * is not complete and does not need to be: a name in a column is also caught by the column's
 * header, and a name is reported when any one cell in a column holds one.
 *
 * Left out on purpose because they are everyday words, months, places or religions that start
 * title-case values ("Hope Street Project", "Amber rating", "Christian", "May review", "Hong
 * Kong", "Devon County Council", "Jan Review"): Will, Hope, Faith, Joy, Amber, Christian, Summer,
 * Autumn, Sunny, Sky, River, Angel, Chase, Hunter, Bill, Miles, Rich, Crystal, Penny, April, May,
 * June, August, Jan, Jun, Hong, Devon, Precious, Nana, India, Asia, Roma, Jordan, Israel, Chad,
 * Sultan, Star, Honour, Blessing, Destiny, Justice, Princess, Patience, Mercy, Gift, Junior.
 */
const GROUPS: Readonly<Record<string, string>> = {
  english: `
  aaron abigail adam adrian aidan aiden alan albert alex alexander alexandra alfie alice alicia
  alison amanda amelia amy andrea andrew angela ann anna anne annette anthony archie arthur ash
  ashley barbara barry ben benjamin bernard beth bethany beverley billy bobby bradley brandon
  brett brian bruce callum cameron carl carla carly caroline carol carole catherine charlene
  charles charlie charlotte chelsea chloe chris christine christopher claire clare clive colin
  craig daisy dale damian damien daniel danielle danny darren darryl david dawn dean debbie
  deborah denise dennis derek diane dominic donald donna dorothy douglas dylan edward eileen
  elaine eleanor elizabeth ella ellie emily emma eric ethan eve evelyn frances francis frank
  freddie freya gail gary gavin gemma george georgia gerald gillian glen glenn gordon graham
  grace grant gregory harriet harry harvey hayley hazel heather helen henry hollie holly hugh
  isaac isabel isabella isabelle jack jackie jacob jade jake james jamie janet janice jasmine
  jason jasmin jay jayden jean jeffrey jemma jenna jennifer jenny jeremy jessica jill joan joanna
  joanne jodie joe joel john jonathan joseph josh joshua joyce judith julia julie justin karen
  karl kate katherine kathleen kathryn katie katy kayleigh keith kelly kenneth kerry kevin kim
  kirsty kyle lara laura lauren lawrence leah lee leon leonard lesley leslie lewis liam lily
  linda lisa logan lorraine louis louise lucy luke lynn lynne madison mandy marc marcus
  margaret maria marie marian marion mark martin mary mason matthew maureen megan melanie
  melissa mia michael michaela michelle molly nathan neil nicholas nicola nicole nigel noah
  norman oliver olivia oscar owen paige pamela patricia paul paula pauline peter philip phillip
  phoebe poppy rachel raymond rebecca richard rick ricky rob robert robin robyn rosa rose
  rosemary ross ruby russell ruth ryan sally samantha samuel sam sandra sara sarah scott shane
  shannon sharon shaun sheila shirley simon sophie sophia stacey stanley stella stephanie
  stephen steve steven stewart stuart susan suzanne tanya teresa terence terry theo theresa
  thomas tiffany timothy tina toby tom tommy tony tracey tracy trevor troy tyler valerie
  vanessa vicky victoria vincent wayne wendy william yvonne zach zoe
  jane jo sue liz dave mike nick andy pete phil jim jimmy hannah patrick roger natalie natasha
  naomi abbie aimee caitlin erin evie imogen leanne lydia millie rosie tegan gabriel elliot
  `,
  scottishWelshIrish: `
  aoife angus bronwen brendan bridget calum cerys ciara ciaran cian colm conor connor cormac
  dafydd darragh declan deirdre donal duncan eamon eamonn eoin ewan fergal fiona fionnuala
  gareth geraint grainne gwen hamish iain ian idris kieran lindsay lorna mairead morag niamh
  orla oisin padraig rhian rhiannon rhys roisin rory saoirse seamus sean shona sinead siobhan
  `,
  southAsian: `
  aarav abdul abdullah adeel adnan aisha ajay akash ali amandeep amar amina amir amit amrit anil
  anjali anwar arif arjun arshad asad asha asif asim atif ayesha azhar baljit balbir balvinder
  bilal deepa deepak dinesh faisal farah farhan farida farzana fatima fatma gurpreet gurdeep
  hamid hamza harjit harpreet harvinder hassan hina hussain ibrahim imran inderjit irfan ismail
  jamal jasbir jaspreet jasvinder javed junaid kamal kamaljit kashif kavita khadija khalid kiran
  kuldip kulwinder mahesh majid mandeep manjit manoj mariam maryam meena mehmood mohammed
  muhammad mohamed mohammad muhammed mohamad mohsin mumtaz mustafa nabila nadeem nadia naeem
  nasir nasreen naveed navdeep nazia nazma neha nisha noor omar parminder parveen pooja priya
  rahul raj rajesh rajinder ramesh rashid ravi rehana rekha rizwan rohit rubina rukhsana saba
  sadia safia sahil saima sajid salma sameer samina sana sandeep sanjay saqib shabana shafiq
  shahid shahida shamim shazia shehzad sohail sukhdev sukhwinder sunil sunita suresh tahir
  tariq umar usman vijay vikram waqar waseem wasim yasir yasmin yousaf yusuf zahid zain zainab
  zara zubair
  `,
  polish: `
  agnieszka aleksandra andrzej anita bartosz bartek beata dariusz dawid dorota ewa grzegorz
  iwona jakub jaroslaw joanna justyna kamil karolina katarzyna krzysztof lukasz maciej magdalena
  malgorzata marcin marek mariusz mateusz michal monika natalia pawel piotr przemyslaw rafal
  renata sebastian slawomir sylwia szymon tomasz weronika wojciech zbigniew zofia
  `,
  romanianBalticBalkan: `
  adriana alexandru alina andreea andrei arben besnik bogdan catalin constantin cristian
  cristina daniela darius dragos elena ermal florin gabriela georgiana gheorghe ioan ioana ion
  ionut irina jonas laurentiu liviu loredana madalina mantas marius mihaela mihai nicolae
  oana ovidiu petru radu raluca razvan roxana ruta simona sorin stefan tomas valentin vasile
  oksana olena yulia olga svetlana dmytro volodymyr
  `,
  somaliArabicTurkish: `
  abdi abdirahman abdullahi abdulkadir ahmed ahmad ahmet asad ayaan ayan ayse deqa emre fadumo
  faduma halima hamdi hasan hawa hodan huseyin hussein ilhan karim khadra layla leila mahamed
  mahmoud mehmet mohamud nour sagal sahra samir ubah warsame yonas yousef zeynep zahra deniz
  mustafa osman hamza
  `,
  westAfrican: `
  abena adaeze adebayo adewale adwoa afua akosua ama ayodele babatunde bukola chidi chinedu
  chioma chukwuemeka dayo efua ekow emeka femi folake funmilayo ikechukwu kehinde kofi kojo
  kwabena kwaku kwame kwasi ngozi nneka obinna olumide oluwaseun segun taiwo temitope tobi
  tolu tunde yaw yetunde chipo tendai tatenda thabo ifeoma chiamaka uche nkechi amaka
  `,
  chinese: `
  jian jie jing ling mei ming qiang wei xiaoming xin xiu yan ying yong zhen zhi hui lei
  `,
  caribbean: `
  andre courtney delroy desmond dwayne errol jermaine kemar leroy marcia marlene
  shanice tyrese tyrone winston
  `,
  other: `
  ana carlos giuseppe joao jose juan luca luis marco paulo pedro francesca
  `,
};

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  Object.values(GROUPS)
    .flatMap((names) => names.split(/\s+/))
    .filter((name) => name !== ''),
);

/**
 * Common Chinese family names, which come first in a name written the Chinese way ("Zhang Wei"):
 * followed by a given name from the list, they make a name too.
 */
export const FAMILY_FIRST_NAMES: ReadonlySet<string> = new Set(['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'zhu', 'guo', 'lin', 'gao', 'luo']);
