/**
 * Where the quick exit goes: a search engine's front page, which looks like nothing at all on a
 * shared screen and is open in every country the atlas serves.
 */
export const EXIT_URL = 'https://www.google.com/';
/** Shift pressed this many times, each within `EXIT_WINDOW_MS` of the first, leaves the page. */
export const EXIT_PRESSES = 3;
export const EXIT_WINDOW_MS = 1500;
