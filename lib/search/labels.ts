import type { Dictionary } from '../i18n/fr';

/**
 * What the script of the search page writes: the `results` of the page's dictionary
 * (lib/i18n), handed to it by the page (a `data-labels` attribute), never a copy of its own.
 */
export type ResultLabels = Dictionary['results'];
