export { roles, roleCanEdit, type Role } from './roles';
export { closeCodes, shouldReconnectAfterClose, type CloseCode, type CloseCodeName } from './closeCodes';
export {
  messageSync,
  messageAwareness,
  messageAuth,
  messageQueryAwareness,
  messageNotice,
  extensionParam,
  noticeKinds,
  writeNotice,
  encodeNotice,
  readNotice,
  type Notice,
  type NoticeKind,
} from './messages';
export {
  syncPath,
  limits,
  boardIdPattern,
  createBoardRequestSchema,
  apiErrorCodes,
  type CreateBoardRequest,
  type CreateBoardResponse,
  type BoardAccessResponse,
  type RotateTokenResponse,
  type ActivityEntry,
  type ActivityResponse,
  type ApiErrorCode,
  type ApiErrorBody,
} from './api';
