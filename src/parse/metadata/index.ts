/**
 * Officielebekendmakingen metadata (`metadata.xml`, `metadata_owms.xml`, SRU search
 * records): reading it into one typed shape, recognising it, and applying it to the
 * paper it describes.
 *
 * @module
 */
export { applyCompanionMetadata, applyMetadata } from './apply.ts';
export { metadataFromProperties } from './fields.ts';
export { isMetadataRoot, looksLikeMetadata, readMetadata } from './read.ts';
export type { MetadataProperty, OfficialMetadata, PublicationUrls } from './types.ts';
