export enum ItemCommentErrorCode {
  NotFound = 'ITEM_COMMENT_NOT_FOUND',
  ItemNotFound = 'PLAN_ITEM_NOT_FOUND',
  NotTheAuthor = 'NOT_THE_COMMENT_AUTHOR',
}
