/**
 * Fenced code blocks, followed line by line by the scans that must leave code alone (the Liquid
 * translation, the body warnings, the importer): one reading of Markdown's rule for all of them.
 */

/** The marker of a line that opens or closes a fenced code block: ``` or ~~~, at most three spaces in. */
export const fenceMarker = (line: string): string | undefined => /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];

/** The fence open after a marker line: it opens one, or closes the open one when of its kind and at least as long. */
export const fenceAfter = (open: string | undefined, marker: string): string | undefined =>
  open === undefined ? marker : marker.startsWith(open) ? undefined : open;
