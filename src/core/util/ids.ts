/** What every id in a perfcoord document looks like (the schemas' "id" definition). */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
export const ID_MAX = 64;
