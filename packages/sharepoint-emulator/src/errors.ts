/**
 * SharePoint's errors as the emulator raises them: status, `code` and `message.value` exactly as
 * SHAREPOINT-REST.md lists them. Rendering per OData format lives in format.ts.
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const ARGUMENT = 'System.ArgumentException';
const SP_EXCEPTION = 'Microsoft.SharePoint.SPException';
const INVALID_QUERY = 'Microsoft.SharePoint.Client.InvalidClientQueryException';
const SECURITY_TEXT =
  "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";

export const errors = {
  listNotFound: (title: string, siteUrl: string) =>
    new SpError(404, `-1, ${ARGUMENT}`, `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  itemNotFound: () =>
    new SpError(404, `-2130575338, ${ARGUMENT}`, 'Item does not exist. It may have been deleted by another user.'),
  unknownSelect: (name: string) =>
    new SpError(400, `-1, ${SP_EXCEPTION}`, `The field or property '${name}' does not exist.`),
  /** Status and code UNVERIFIED; the text is sourced [I17]. */
  unknownColumn: (name: string) =>
    new SpError(
      400,
      `-1, ${SP_EXCEPTION}`,
      `Column '${name}' does not exist. It may have been deleted by another user.`,
    ),
  invalidPersonQuery: (name: string) =>
    new SpError(
      400,
      `-1, ${SP_EXCEPTION}`,
      `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${name}.`,
    ),
  unknownProperty: (name: string, type: string) =>
    new SpError(
      400,
      `-1, ${INVALID_QUERY}`,
      `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
    ),
  /** Wording UNVERIFIED: the emulator's own text for a malformed or unsupported query. */
  badQuery: (text: string) => new SpError(400, `-1, ${INVALID_QUERY}`, text),
  unresolvedType: (type: string) =>
    new SpError(
      400,
      `-1, ${INVALID_QUERY}`,
      `A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
    ),
  accessDenied: (status = 403) =>
    new SpError(
      status,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.',
    ),
  digestInvalid: () => new SpError(403, `-2130575251, ${SP_EXCEPTION}`, SECURITY_TEXT),
  digestExpired: () => new SpError(403, `-2130575252, ${SP_EXCEPTION}`, SECURITY_TEXT),
  etagMismatch: (sent: string, actual: string) =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`,
    ),
  threshold: () =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    ),
  listExists: () =>
    new SpError(
      500,
      `-2130575342, ${SP_EXCEPTION}`,
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site. Please choose another title.',
    ),
  notFound: (what: string) => new SpError(404, `-1, ${ARGUMENT}`, `Cannot find resource for the request ${what}.`),
  /** ODataLib's text for an oversized batch [I10]; its status is UNVERIFIED (400 here). */
  streamTooLong: (read: number, max: number) =>
    new SpError(
      400,
      '-1, Microsoft.Data.OData.ODataException',
      `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${read} bytes has been read from the stream; however a maximum of ${max} bytes is allowed.`,
    ),
  /** The 100-request cap is sourced [I10]; the answer's status and wording are the emulator's. */
  tooManyBatchRequests: (count: number, max: number) =>
    new SpError(400, `-1, ${INVALID_QUERY}`, `The batch holds ${count} requests; at most ${max} are allowed.`),
  /** ensureuser of someone unknown: UNVERIFIED in the doc; SharePoint's usual answer. */
  userNotFound: (logon: string) =>
    new SpError(500, `-2146232832, ${SP_EXCEPTION}`, `The specified user ${logon} could not be found.`),
  /**
   * A group title already taken. The text is SharePoint's (seen in SharePoint's own JSOM error
   * handling); status and code are UNVERIFIED: 500 and the generic SPException, as for lists.
   */
  groupExists: () => new SpError(500, `-2146232832, ${SP_EXCEPTION}`, 'The specified name is already in use.'),
  /** Role assignments on an object that still inherits: SharePoint's text; status and code UNVERIFIED. */
  inheritsPermissions: () =>
    new SpError(
      500,
      `-2146232832, ${SP_EXCEPTION}`,
      'This operation is not allowed on an object that inherits permissions.',
    ),
  /** A principal id that is no user or group of the site: UNVERIFIED. */
  principalNotFound: () =>
    new SpError(400, `-2146232832, ${SP_EXCEPTION}`, 'The user does not exist or is not unique.'),
  /** `fields/getbyinternalnameortitle` of a missing field: the [I17] text; status and code UNVERIFIED. */
  fieldNotFound: (name: string) =>
    new SpError(
      404,
      `-2147024809, ${ARGUMENT}`,
      `Column '${name}' does not exist. It may have been deleted by another user.`,
    ),
  /** Indexing a type SharePoint cannot index (§3) or past 20 indexes: the limits are sourced, the texts are the emulator's. */
  cannotIndex: (why: string) => new SpError(400, `-2146232832, ${SP_EXCEPTION}`, why),
  methodNotAllowed: () => new SpError(405, `-1, ${INVALID_QUERY}`, 'The HTTP method is not allowed for this resource.'),
};
