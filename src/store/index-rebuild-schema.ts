/**
 * The migration that has the segment index built again (SQLite migration 13, PostgreSQL
 * migration 10, one text for both): the index came to keep the papers' topics (`topic:`
 * and the topic facet), which an index built before does not hold.
 *
 * @module
 */

/**
 * The segments are dropped and every paper loses its docid, so that the archive is
 * indexed again, topics included, when it is opened (`reindex` in each engine's
 * `index-writer.ts`, as when the segment index came). Numbered values are kept (codes
 * never change meaning); the generation moves on, so that readers drop what they cached.
 */
export const INDEX_REBUILD_SCHEMA = `
DELETE FROM index_blocks;
DELETE FROM index_deleted;
DELETE FROM index_segments;
UPDATE documents SET docid = NULL WHERE docid IS NOT NULL;
UPDATE index_state SET generation = generation + 1;
`;
