/**
 * The sources layer: connectors to the official sources (officielebekendmakingen's SRU
 * service, the Tweede Kamer's SyncFeed) and the polite HTTP client they fetch with.
 * Imports only the model; the pipeline stores what they yield.
 *
 * @module
 */
export { SourceError, type SourceErrorKind, SourceOptionError } from './errors.ts';
export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpResponse,
  PLACEHOLDER_CONTACT,
  type RequestOptions,
  type RetryNotice,
} from './http/client.ts';
export { OB_HOSTS, syncHosts, TK_HOSTS } from './http/hosts.ts';
export {
  createObConnector,
  OB_BASE_URL,
  type ObConnectorOptions,
  type ObSyncOptions,
} from './officielebekendmakingen/connector.ts';
export { parseTkCategories, TK_CATEGORIES, type TkCategory, tkStream } from './tweedekamer/categories.ts';
export {
  createTkConnector,
  TK_BASE_URL,
  type TkConnectorOptions,
  type TkSyncOptions,
} from './tweedekamer/connector.ts';
export type {
  Connector,
  SourceName,
  SyncFile,
  SyncItem,
  SyncOptions,
  SyncPage,
  SyncProgress,
} from './types.ts';
