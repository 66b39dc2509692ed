/**
 * Who may call each server action and route handler. Every exported action in `app/**\/actions.ts`
 * and every handler in `app/**\/route.ts` needs a row: access-policy.integration.test.ts finds
 * them all, fails on any without a row, and calls each one directly as each caller, checking the
 * outcome and that a denied call changed nothing in the database.
 *
 * To add a row: key `<file under app/>#<export>`, and an explicit allow or deny per caller. Rows
 * are the rule the code must follow; the code enforces it itself (lib/auth/current-user.ts).
 */
export const CALLERS = ["anonymous", "viewer", "analyst", "admin", "deactivated"] as const;
export type Caller = (typeof CALLERS)[number];
export type Access = "allow" | "deny";
export type PolicyRow = Record<Caller, Access>;

const everyone: PolicyRow = { anonymous: "allow", viewer: "allow", analyst: "allow", admin: "allow", deactivated: "allow" };
const signedIn: PolicyRow = { anonymous: "deny", viewer: "allow", analyst: "allow", admin: "allow", deactivated: "deny" };
const analysts: PolicyRow = { anonymous: "deny", viewer: "deny", analyst: "allow", admin: "allow", deactivated: "deny" };
const admins: PolicyRow = { anonymous: "deny", viewer: "deny", analyst: "deny", admin: "allow", deactivated: "deny" };

export const ACCESS_POLICY: Record<string, PolicyRow> = {
  // Signing in and out is for everyone: that is how one stops being anonymous.
  "sign-in/actions.ts#signInAction": everyone,
  "sign-in/actions.ts#verifySignInCodeAction": everyone,
  "account/actions.ts#signOutAction": everyone,
  "account/actions.ts#signOutEverywhereAction": signedIn,
  "account/actions.ts#changePasswordAction": signedIn,
  "account/actions.ts#startTwoFactorSetupAction": signedIn,
  "account/actions.ts#confirmTwoFactorSetupAction": signedIn,
  "account/actions.ts#disableTwoFactorAction": signedIn,

  "admin/users/actions.ts#createUserAction": admins,
  "admin/users/actions.ts#changeUserRoleAction": admins,
  "admin/users/actions.ts#deactivateUserAction": admins,
  "admin/users/actions.ts#reactivateUserAction": admins,
  "admin/users/actions.ts#resetUserPasswordAction": admins,
  "admin/users/actions.ts#resetUserTwoFactorAction": admins,
  "admin/users/actions.ts#setTwoFactorPolicyAction": admins,
  "admin/webhooks/actions.ts#createWebhookAction": admins,
  "admin/webhooks/actions.ts#updateWebhookAction": admins,
  "admin/webhooks/actions.ts#setWebhookEnabledAction": admins,
  "admin/webhooks/actions.ts#deleteWebhookAction": admins,
  "admin/webhooks/actions.ts#sendTestWebhookAction": admins,

  "(workbench)/meetings/new/actions.ts#createMeetingAction": analysts,
  "(workbench)/meetings/import/actions.ts#uploadImportFileAction": analysts,
  "(workbench)/meetings/import/actions.ts#confirmImportMappingAction": analysts,
  "(workbench)/meetings/import/actions.ts#startImportRunAction": analysts,
  "(workbench)/meetings/new/actions.ts#findDuplicatesAction": analysts,
  "(workbench)/meetings/new/actions.ts#attachSourceAction": analysts,
  "(workbench)/meetings/[id]/edit/actions.ts#updateMeetingAction": analysts,
  "(workbench)/meetings/drafts/actions.ts#saveDraftAction": analysts,
  "(workbench)/meetings/drafts/actions.ts#discardDraftAction": analysts,
  // Type-ahead for the form's pickers: names only, what any reader can already see.
  "(workbench)/lookup/actions.ts#lookupPeopleAction": signedIn,
  "(workbench)/lookup/actions.ts#lookupOrganizationsAction": signedIn,
  "(workbench)/lookup/actions.ts#lookupTagsAction": signedIn,
  "(workbench)/lookup/actions.ts#lookupTopicsAction": signedIn,
  // Suggestions from pasted text exist to create records: the same rule as creating one.
  "(workbench)/meetings/extract/actions.ts#extractSuggestionsAction": analysts,
  "(workbench)/meetings/[id]/actions.ts#deleteMeetingAction": analysts,
  "(workbench)/meetings/[id]/actions.ts#restoreRevisionAction": analysts,
  "(workbench)/meetings/[id]/actions.ts#changeTagsAction": analysts,
  "(workbench)/meetings/trash/actions.ts#undeleteMeetingAction": admins,
  "(workbench)/tags/actions.ts#renameTagAction": analysts,
  "(workbench)/tags/actions.ts#describeTagAction": analysts,
  "(workbench)/tags/actions.ts#mergeTagsAction": analysts,
  "(workbench)/tags/actions.ts#unmergeTagAction": analysts,
  "(workbench)/tags/actions.ts#deleteTagAction": analysts,
  "(workbench)/people/[id]/actions.ts#updatePersonAction": analysts,
  "(workbench)/organizations/[id]/actions.ts#updateOrganizationAction": analysts,
  "(workbench)/people/[id]/actions.ts#addPersonAliasAction": analysts,
  "(workbench)/people/[id]/actions.ts#removePersonAliasAction": analysts,
  "(workbench)/organizations/[id]/actions.ts#addOrganizationAliasAction": analysts,
  "(workbench)/organizations/[id]/actions.ts#removeOrganizationAliasAction": analysts,
  "(workbench)/people/[id]/actions.ts#mergePeopleAction": analysts,
  "(workbench)/people/[id]/actions.ts#unmergePersonAction": analysts,
  "(workbench)/organizations/[id]/actions.ts#mergeOrganizationsAction": analysts,
  "(workbench)/organizations/[id]/actions.ts#unmergeOrganizationAction": analysts,
  // Review steps (decision 0043): editors and admins; viewers never publish or return.
  "(workbench)/review/actions.ts#submitForReviewAction": analysts,
  "(workbench)/review/actions.ts#approveMeetingAction": analysts,
  "(workbench)/review/actions.ts#returnMeetingAction": analysts,
  "(workbench)/review/actions.ts#assignReviewToMeAction": analysts,
  "admin/settings/actions.ts#setReviewSettingsAction": admins,
  // Batch ingest: drafting records and deciding on them, the same rule as recording one.
  "(workbench)/review/ingest/actions.ts#startIngestAction": analysts,
  "(workbench)/review/ingest/actions.ts#discardMachineDraftAction": analysts,
  "(workbench)/review/ingest/actions.ts#attachMachineDraftAction": analysts,
  "(workbench)/review/ingest/actions.ts#acceptProposedSourceAction": analysts,
  "(workbench)/review/ingest/actions.ts#dismissProposedSourceAction": analysts,
  "(workbench)/meetings/export/route.ts#GET": signedIn,
  "(workbench)/meetings/import/[id]/refused/route.ts#GET": analysts,
  // The country list the table's pickers load on demand: reference data, any signed-in user.
  "(workbench)/meetings/countries/route.ts#GET": signedIn,
  "(workbench)/meetings/(list)/actions.ts#bulkTagMeetingsAction": analysts,
  // Saved views change nothing but the caller's own settings: viewers too.
  "(workbench)/meetings/(list)/actions.ts#saveViewAction": signedIn,
  "(workbench)/meetings/(list)/actions.ts#deleteViewAction": signedIn,
  // The table's own preferences (shortcuts on/off, columns): each caller's own settings only.
  "(workbench)/meetings/(list)/actions.ts#setShortcutsEnabledAction": signedIn,
  "(workbench)/meetings/(list)/actions.ts#setMeetingColumnsAction": signedIn,
  // Comments (issue 22): viewers read them; analysts and admins write, each their own (admins may
  // delete any). The mention type-ahead serves only those who may comment.
  "(workbench)/comments/actions.ts#addCommentAction": analysts,
  "(workbench)/comments/actions.ts#editCommentAction": analysts,
  "(workbench)/comments/actions.ts#deleteCommentAction": analysts,
  "(workbench)/comments/mentions/route.ts#GET": analysts,
  // Watches and the inbox are each caller's own and change no meeting: viewers too.
  "(workbench)/watches/actions.ts#setWatchAction": signedIn,
  "(workbench)/inbox/actions.ts#markInboxItemReadAction": signedIn,
  "(workbench)/inbox/actions.ts#markAllInboxReadAction": signedIn,

  // Personal access tokens: each person their own; admins revoke anyone's (lib/auth/tokens/).
  "account/tokens/actions.ts#createApiTokenAction": signedIn,
  "account/tokens/actions.ts#revokeApiTokenAction": signedIn,
  "admin/tokens/actions.ts#revokeAnyApiTokenAction": admins,

  // The REST API (lib/api/handler.ts): a bearer token acts as its owner with the owner's role,
  // through the same data layer as the pages; these rows are those of the UI doing the same.
  "api/v1/meetings/route.ts#GET": signedIn,
  "api/v1/meetings/route.ts#POST": analysts,
  "api/v1/meetings/[id]/route.ts#GET": signedIn,
  "api/v1/meetings/[id]/route.ts#PUT": analysts,
  "api/v1/meetings/[id]/route.ts#DELETE": analysts,
  "api/v1/meetings/[id]/revisions/route.ts#GET": signedIn,
  "api/v1/people/route.ts#GET": signedIn,
  "api/v1/people/[id]/route.ts#GET": signedIn,
  "api/v1/organizations/route.ts#GET": signedIn,
  "api/v1/organizations/[id]/route.ts#GET": signedIn,
  "api/v1/countries/route.ts#GET": signedIn,
  "api/v1/countries/[id]/route.ts#GET": signedIn,
  "api/v1/topics/route.ts#GET": signedIn,
  "api/v1/topics/[id]/route.ts#GET": signedIn,
  "api/v1/tags/route.ts#GET": signedIn,
  "api/v1/tags/[id]/route.ts#GET": signedIn,
  "api/v1/changes/route.ts#GET": signedIn,
  // Imports and batch ingest through the API: as on their pages, analysts and admins.
  "api/v1/imports/route.ts#POST": analysts,
  "api/v1/imports/[id]/route.ts#GET": analysts,
  "api/v1/imports/[id]/dry-run/route.ts#POST": analysts,
  "api/v1/imports/[id]/run/route.ts#POST": analysts,
  "api/v1/imports/[id]/rows/route.ts#GET": analysts,
  "api/v1/imports/[id]/refused/route.ts#GET": analysts,
  "api/v1/ingest/route.ts#POST": analysts,
  "api/v1/ingest/[id]/route.ts#GET": analysts,
  // The API's description: what any API publishes, no data.
  "api/v1/openapi.json/route.ts#GET": everyone,

  // Liveness for load balancers: no data.
  "api/health/route.ts#GET": everyone,
  "api/health/live/route.ts#GET": everyone,
  // Readiness for load balancers: a verdict and a fixed reason, no data.
  "api/health/ready/route.ts#GET": everyone,
};
