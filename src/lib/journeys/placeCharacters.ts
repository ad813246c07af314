import type { Pose } from './journeySchema.ts';
import type { Facing } from './kit/character.ts';
import { PANEL_WIDTH } from './kit/kitGeometry.ts';

/** Where each character stands across the panel, in story order left to right. */
const POSITIONS: Readonly<Record<number, readonly number[]>> = {
  1: [PANEL_WIDTH / 2],
  2: [110, 250],
  3: [72, 180, 288],
  4: [55, 135, 225, 305],
};

/**
 * Spreads a panel's characters across the floor, the first listed on the left, and turns them
 * towards each other, as people in conversation stand. People walking together all face the way
 * they are going; someone alone faces into the panel.
 */
export function placeCharacters(poses: readonly Pose[]): Array<{ readonly x: number; readonly facing: Facing }> {
  const xs = POSITIONS[poses.length] ?? [];
  const allWalking = poses.length > 0 && poses.every((pose) => pose === 'walking');
  return xs.map((x, index) => ({ x, facing: allWalking || poses.length === 1 || index < (poses.length - 1) / 2 ? 'right' : 'left' }));
}
