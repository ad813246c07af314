/**
 * Common given names of adults in the UK, lower case: popular English and Welsh names by birth
 * decade from the 1950s to the 2000s, with common Scottish, Irish, South Asian, Polish,
 * Caribbean and African names. A value only counts as a personal name when its first word is in
 * this list, which is what keeps "White British", "Black Caribbean" or "Threat to others" from
 * being read as names.
 *
 * Left out on purpose because they are everyday words, months or religions that start
 * title-case values ("Hope Street Project", "Amber rating", "Christian", "May review"): Will,
 * Hope, Faith, Joy, Amber, Christian, Summer, Autumn, Sunny, Sky, River, Angel, Chase, Hunter,
 * Bill, Miles, Rich, Crystal, Penny, April, May, June, August.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  aaron abdul abdullah abigail adam adeel adrian agnieszka ahmed aidan aiden aisha alan albert
  alex alexander alexandra alfie ali alice alicia alison amanda amelia amir amit amy andrea
  andrew andrzej angela angus anita ann anna anne annette anthony antonio anwar archie arjun
  arthur ash ashley asif aoife ayesha barbara barry ben benjamin bernard beth bethany beverley
  billy bilal bobby bradley brandon brendan brett brian bridget bronwen bruce callum calum
  cameron carl carla carly carmen caroline carol carole catherine charlene charles charlie
  charlotte chelsea chidi chinedu chloe chris christine christopher ciara ciaran claire clare
  clive colin conor connor craig dafydd daisy dale damian damien daniel danielle danny darren
  darryl david dawn dean debbie deborah declan denise dennis derek diane dominic donald donna
  dorothy douglas duncan dylan eamon edward eileen elaine eleanor elizabeth ella ellie emily
  emma eric ethan eve evelyn ewan faisal farah fatima fiona frances francis frank freddie
  freya gail gareth gary gavin gemma george georgia geraint gerald gillian glen glenn gordon
  graham grace grant gregory gwen hamza hannah harpreet harriet harry harvey hassan hayley
  hazel heather helen henry hollie holly hugh hussain iain ian idris imran isaac isabel
  isabella isabelle isla jack jackie jacob jade jake james jamie janet janice jasmine
  jason jasmin jaspreet javed jay jayden jean jeffrey jemma jenna jennifer jenny jeremy jessica
  jill joan joanna joanne jodie joe joel john jonathan jordan joseph josh joshua joyce judith
  julia julie justin kamal karen karl kate katherine kathleen kathryn katie katy kayleigh keith
  kelly kenneth kerry kevin kieran kim kirsty krzysztof kwame kyle lara laura lauren lawrence
  leah lee leon leonard lesley leslie lewis liam lily linda lindsay lisa logan lorna lorraine
  louis louise lucy luke lynn lynne maciej madison mandy manjit marc marcus margaret maria
  marie marek marian marion mark martin martyn mary mason matthew maureen megan melanie
  melissa mia michael michaela michelle mohamed mohammad mohammed molly muhammad mustafa
  nadia naomi natalie natasha nathan neil nicholas nicola nicole nigel niamh noah norman
  oliver olivia oluwaseun omar oscar owen paige pamela patricia patrick paul paula pauline
  peter philip phillip phoebe piotr poppy priya rachel rajesh ravi raymond rebecca rhiannon
  rhys richard rick ricky rob robert robin robyn rory rosa rose rosemary ross ruby russell
  ruth ryan sadia sally samantha samuel sam sandra sara sarah scott sean shabana shane shannon
  sharon shaun sheila shirley simon siobhan sophie sophia stacey stanley stefan stella
  stephanie stephen steve steven stewart stuart susan suzanne tanya tariq teresa terence
  terry theo theresa thomas tiffany timothy tina toby tom tomasz tommy tony tracey tracy trevor
  troy tyler usman valerie vanessa vicky victoria vincent wayne wendy william yasmin yusuf
  yvonne zach zain zainab zara zoe
  `
    .split(/\s+/)
    .filter((name) => name !== ''),
);
