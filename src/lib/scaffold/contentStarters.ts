/**
 * The starters a new evaluation's content folder gets, for the author to rewrite: the summary
 * (MDX, content only), a theory of change and one composite journey, each in the formats of
 * docs/theory-of-change.md and docs/journeys.md, each building as it stands. Figures are named
 * only where the data support them (`figures`, from supportedFigures), so none is missing.
 */

/** `content/<slug>/summary.mdx`: the summary page's text, with key findings and recommendations sections. */
export function summaryText(figures: readonly string[]): string {
  const has = (id: string) => figures.includes(id);
  const reach = has('engaged')
    ? [`Over the period, <Indicator id="referred" /> people were referred to the service and`, `<Indicator id="engaged" /> of them engaged with it.`]
    : has('referred')
      ? [`Over the period, <Indicator id="referred" /> people were referred to the service.`]
      : [`Say here who was referred to the service and how many took part. Once your data are in, a`, `figure can be written into a sentence by its id (docs/indicators.md).`];
  return [
    `---`,
    `title: Executive summary`,
    `---`,
    ``,
    `{/* A starter for the summary page: replace every paragraph with your own words. The key findings`,
    `in evaluation.yaml are shown above this text, with the headline figures. A note written like this`,
    `one is for you and is not published. */}`,
    ``,
    `## What the programme did`,
    ``,
    `Describe the programme in two or three sentences: who it worked with, what it offered and for how`,
    `long.`,
    ``,
    ...reach,
    ``,
    `## Key findings`,
    ``,
    `Explain the key findings listed at the top of this page: what the figures show, and what they do`,
    `not show. Without a comparison group, figures describe the people the service worked with, not`,
    `what the service caused.`,
    ``,
    `## Recommendations`,
    ``,
    `1. A first recommendation, and the finding it rests on.`,
    `2. A second recommendation.`,
    ``,
  ].join('\n');
}

/** `content/<slug>/theory-of-change.yaml`: four columns, from what goes in to the outcomes. */
export function theoryOfChangeText(figures: readonly string[]): string {
  const evidence = figures.includes('engaged') ? `        evidence: [engaged]` : `        # evidence: [engaged]   # the figures that measure it, once your data give them`;
  return [
    `# The theory of change: how the programme expects to make a difference, drawn as boxes in columns`,
    `# on its own page. Replace the boxes with your programme's own; docs/theory-of-change.md explains`,
    `# every field. No numbers in here: a box names the figures that measure it, and an outcome with`,
    `# none is shown as not measured.`,
    `title: How the programme expects to make a difference`,
    `columns:`,
    `  - id: inputs`,
    `    label: What we put in`,
    `    kind: inputs`,
    `    nodes:`,
    `      - id: staff`,
    `        label: Trained staff and volunteers`,
    `  - id: activities`,
    `    label: What we do`,
    `    kind: activities`,
    `    nodes:`,
    `      - id: meetings`,
    `        label: Regular one-to-one meetings`,
    `  - id: short`,
    `    label: Short-term outcomes`,
    `    kind: short-term-outcomes`,
    `    nodes:`,
    `      - id: engagement`,
    `        label: People engage with the service`,
    evidence,
    `  - id: medium`,
    `    label: Medium-term outcomes`,
    `    kind: medium-term-outcomes`,
    `    nodes:`,
    `      - id: stability`,
    `        label: More stable lives`,
    `links:`,
    `  - { from: staff, to: meetings }`,
    `  - { from: meetings, to: engagement }`,
    `  - { from: engagement, to: stability }`,
    ``,
  ].join('\n');
}

/** `content/<slug>/journeys/journey-1.yaml`: a two-panel composite story. */
export function journeyText(): string {
  return [
    `# A client journey: a short illustrated story, told in panels. This one is a starter: rewrite it,`,
    `# or delete this file (and the journeys folder) if you do not want one. docs/journeys.md explains`,
    `# every field, the scenes, poses and expressions. A story about one real person needs their`,
    `# consent (a case study in the manifest); a composite one combines several people's experiences.`,
    `title: A new start`,
    `pseudonym: Sam`,
    `composite: true`,
    `intro: >-`,
    `  This is a composite story: Sam is a made-up name, and the events combine the experiences of`,
    `  several people the service worked with.`,
    `cast:`,
    `  - id: sam`,
    `    role: client`,
    `    name: Sam`,
    `    appearance: { skin: 3, hair: short, hair_colour: black, build: slim, top: red }`,
    `  - id: jo`,
    `    role: mentor`,
    `    name: Jo`,
    `    appearance: { skin: 5, hair: long, top: green }`,
    `panels:`,
    `  - caption: The first meeting`,
    `    scene: cafe`,
    `    characters:`,
    `      - { id: jo, pose: sitting, expression: happy }`,
    `      - { id: sam, pose: sitting, expression: worried }`,
    `    balloons:`,
    `      - { speaker: jo, text: "What would help you most right now?" }`,
    `      - { speaker: sam, kind: thought, text: "Where do I even start?" }`,
    `    milestone: { label: First meeting, kind: first-meeting, weeks: 0 }`,
    ``,
    `  - caption: Two months on`,
    `    scene: probation-office`,
    `    characters:`,
    `      - { id: sam, pose: sitting, expression: happy }`,
    `      - { id: jo, pose: sitting, expression: happy }`,
    `    balloons:`,
    `      - { speaker: sam, text: "I kept every appointment this month." }`,
    `    commentary: >-`,
    `      A note beside the step, in the evaluator's words: what it says about how the service works.`,
    ``,
  ].join('\n');
}
