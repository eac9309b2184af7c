/**
 * Stands in for the catalogs of the locales a browser build does not serve: each locale is a
 * separate build whose pages speak only that locale, so the plugin swaps the other catalogs for
 * this empty one and the main bundle carries one catalog instead of all of them.
 */
import type { Messages } from './en.js';

const none = {} as Messages;

export { none as en, none as ko, none as mk, none as sq };
