import { addCommentAction, deleteCommentAction, editCommentAction } from "./actions";

/** The comment forms' server actions, as the meeting page hands them to its comments panel. */
export const commentActions = { add: addCommentAction, edit: editCommentAction, remove: deleteCommentAction };
