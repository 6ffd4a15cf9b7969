// Shapes drawn on nn-digits' pad with the mouse, as a person draws them: each shape is a list of
// strokes, each stroke a polyline of points in [0, 1] x [0, 1] of the pad (x right, y down),
// drawn press - move - release. Letters and a squiggle (which the network never saw) and a few
// digits. Does not: read the outputs (the tests do).

const circle = (cx, cy, rx, ry, steps = 24) =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / steps;
    return [cx + rx * Math.sin(a), cy - ry * Math.cos(a)];
  });

export const SHAPES = new Map([
  [
    'X',
    [
      [
        [0.25, 0.2],
        [0.75, 0.8],
      ],
      [
        [0.75, 0.2],
        [0.25, 0.8],
      ],
    ],
  ],
  [
    'A',
    [
      [
        [0.25, 0.8],
        [0.5, 0.2],
        [0.75, 0.8],
      ],
      [
        [0.35, 0.57],
        [0.65, 0.57],
      ],
    ],
  ],
  [
    'H',
    [
      [
        [0.3, 0.2],
        [0.3, 0.8],
      ],
      [
        [0.7, 0.2],
        [0.7, 0.8],
      ],
      [
        [0.3, 0.5],
        [0.7, 0.5],
      ],
    ],
  ],
  [
    'squiggle',
    [Array.from({ length: 25 }, (_, i) => [0.15 + (0.7 * i) / 24, 0.5 + 0.15 * Math.sin(i)])],
  ],
  [
    'K',
    [
      [
        [0.3, 0.2],
        [0.3, 0.8],
      ],
      [
        [0.7, 0.2],
        [0.3, 0.55],
        [0.7, 0.8],
      ],
    ],
  ],
  [
    'M',
    [
      [
        [0.2, 0.8],
        [0.25, 0.2],
        [0.5, 0.6],
        [0.75, 0.2],
        [0.8, 0.8],
      ],
    ],
  ],
  [
    'W',
    [
      [
        [0.2, 0.2],
        [0.3, 0.8],
        [0.5, 0.4],
        [0.7, 0.8],
        [0.8, 0.2],
      ],
    ],
  ],
  [
    'E',
    [
      [
        [0.7, 0.2],
        [0.3, 0.2],
        [0.3, 0.8],
        [0.7, 0.8],
      ],
      [
        [0.3, 0.5],
        [0.6, 0.5],
      ],
    ],
  ],
  [
    'T',
    [
      [
        [0.2, 0.2],
        [0.8, 0.2],
      ],
      [
        [0.5, 0.2],
        [0.5, 0.8],
      ],
    ],
  ],
  [
    '#',
    [
      [
        [0.4, 0.2],
        [0.35, 0.8],
      ],
      [
        [0.65, 0.2],
        [0.6, 0.8],
      ],
      [
        [0.2, 0.4],
        [0.8, 0.4],
      ],
      [
        [0.2, 0.6],
        [0.8, 0.6],
      ],
    ],
  ],
  [
    '1',
    [
      [
        [0.5, 0.15],
        [0.5, 0.85],
      ],
    ],
  ],
  [
    '7',
    [
      [
        [0.3, 0.2],
        [0.7, 0.2],
        [0.45, 0.85],
      ],
    ],
  ],
  ['0', [circle(0.5, 0.5, 0.22, 0.32)]],
  [
    '4',
    [
      [
        [0.6, 0.8],
        [0.6, 0.2],
        [0.25, 0.6],
        [0.75, 0.6],
      ],
    ],
  ],
  [
    '2',
    [
      [
        [0.3, 0.3],
        [0.5, 0.18],
        [0.7, 0.3],
        [0.65, 0.45],
        [0.3, 0.8],
        [0.75, 0.8],
      ],
    ],
  ],
]);

/** Draws strokes (see SHAPES) on the pad locator with the page's mouse, in 6 moves a segment. */
export async function drawStrokes(page, pad, strokes) {
  const box = await pad.boundingBox();
  const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
  for (const stroke of strokes) {
    await page.mouse.move(...at(stroke[0]));
    await page.mouse.down();
    for (const point of stroke.slice(1)) await page.mouse.move(...at(point), { steps: 6 });
    await page.mouse.up();
  }
}
