import { lab, rgb } from 'd3';

export type ColourVision = 'protanopia' | 'deuteranopia' | 'tritanopia';

/**
 * Simulation matrices of Machado, Oliveira & Fernandes (2009) at full severity, applied in linear
 * RGB. Used to check that a palette stays distinguishable for readers with colour-vision
 * deficiency, not to draw anything.
 */
const MACHADO: Record<ColourVision, readonly [readonly number[], readonly number[], readonly number[]]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (linear: number) => {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** How a colour looks to a reader with the given colour-vision deficiency. */
export function simulateColourVision(colour: string, vision: ColourVision): string {
  const { r, g, b } = rgb(colour);
  const input = [toLinear(r), toLinear(g), toLinear(b)];
  const [x, y, z] = MACHADO[vision].map((row) => row.reduce((sum, weight, index) => sum + weight * (input[index] ?? 0), 0)) as [number, number, number];
  return rgb(toSrgb(x), toSrgb(y), toSrgb(z)).formatHex();
}

/** CIE76 colour difference (ΔE*ab): about 2.3 is just noticeable; over 10 is clearly different. */
export function colourDifference(a: string, b: string): number {
  const p = lab(a);
  const q = lab(b);
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}
