import type { Scene } from '../journeySchema.ts';
import { drawBowlingAlley } from './scenes/bowlingAlley.ts';
import { drawCafe } from './scenes/cafe.ts';
import { drawCarPark } from './scenes/carPark.ts';
import { drawCollege } from './scenes/college.ts';
import { drawConstructionSite } from './scenes/constructionSite.ts';
import { drawGym } from './scenes/gym.ts';
import { drawHomeKitchen } from './scenes/homeKitchen.ts';
import { drawHostelRoom } from './scenes/hostelRoom.ts';
import { drawJobCentre } from './scenes/jobCentre.ts';
import { drawPrisonGate } from './scenes/prisonGate.ts';
import { drawPrisonVisitsRoom } from './scenes/prisonVisitsRoom.ts';
import { drawProbationOffice } from './scenes/probationOffice.ts';
import { drawSecureUnit } from './scenes/secureUnit.ts';
import { drawStreet } from './scenes/street.ts';

export interface SceneDrawing {
  /** One <g> element filling 0,0 → PANEL_WIDTH × PANEL_HEIGHT; no ids, no text, no external references. */
  readonly svg: string;
  /** The place as a reader would name it, capitalised, for the generated scene description: "Café", "Prison gate", "Secure unit", "Job centre"… */
  readonly name: string;
  /** What the people are doing there in plain words when seated, e.g. "at a table" for café, "at a desk" for job centre; null when there is nothing to sit at. */
  readonly seatedAt: string | null;
}

interface SceneEntry {
  readonly draw: () => string;
  readonly name: string;
  readonly seatedAt: string | null;
}

/** Each seatedAt names something the backdrop actually draws, so the description matches the picture. */
const ENTRIES: Readonly<Record<Scene, SceneEntry>> = {
  'secure-unit': { draw: drawSecureUnit, name: 'Secure unit', seatedAt: null },
  'prison-visits-room': { draw: drawPrisonVisitsRoom, name: 'Prison visits room', seatedAt: 'at a table' },
  'prison-gate': { draw: drawPrisonGate, name: 'Prison gate', seatedAt: null },
  'car-park': { draw: drawCarPark, name: 'Car park', seatedAt: null },
  cafe: { draw: drawCafe, name: 'Café', seatedAt: 'at a table' },
  'job-centre': { draw: drawJobCentre, name: 'Job centre', seatedAt: 'at a desk' },
  'probation-office': { draw: drawProbationOffice, name: 'Probation office', seatedAt: 'in the waiting area' },
  'home-kitchen': { draw: drawHomeKitchen, name: 'Kitchen at home', seatedAt: 'at the kitchen table' },
  'hostel-room': { draw: drawHostelRoom, name: 'Hostel room', seatedAt: 'on the bed' },
  gym: { draw: drawGym, name: 'Gym', seatedAt: 'on a bench' },
  'bowling-alley': { draw: drawBowlingAlley, name: 'Bowling alley', seatedAt: null },
  college: { draw: drawCollege, name: 'College classroom', seatedAt: 'at a desk' },
  street: { draw: drawStreet, name: 'Street', seatedAt: 'at the bus stop' },
  'construction-site': { draw: drawConstructionSite, name: 'Construction site', seatedAt: null },
};

export const SCENE_NAMES: Readonly<Record<Scene, string>> = Object.fromEntries(Object.entries(ENTRIES).map(([scene, entry]) => [scene, entry.name])) as Record<Scene, string>;

/**
 * The backdrop of a journey panel: wall or sky down to the floor line, floor below, and the
 * objects that make the place recognisable kept to the sides and the middle band, so characters
 * stand in front of them and balloons sit over calm shapes above.
 */
export function drawScene(scene: Scene): SceneDrawing {
  const entry = ENTRIES[scene];
  // Round caps and joins soften every outline the same way, whichever scene draws it.
  const svg = `<g stroke-linecap="round" stroke-linejoin="round">${entry.draw()}</g>`;
  return { svg, name: entry.name, seatedAt: entry.seatedAt };
}
