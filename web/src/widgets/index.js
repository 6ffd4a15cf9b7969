// Every widget class at once, for code that needs them all: the lesson build and the tests,
// reading schemas in node. The list itself is loaders.js; importing the classes registers
// nothing (pages are defined by embed.js, one tag at a time).

import { widgetLoaders } from './loaders.js';

/** Every widget class, in the order loaders.js lists the tags. */
export const widgetClasses = await Promise.all(Object.values(widgetLoaders).map((load) => load()));
