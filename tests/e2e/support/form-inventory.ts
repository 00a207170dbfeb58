// Every form in the app, by the file that renders it, with the Server
// Actions it posts to. tests/unit/form-inventory.test.ts reads the code and
// fails when a file renders a <form> or lib/actions exports an action that
// is not here; tests/e2e/nothing-lost.spec.ts runs a journey for each form
// that takes typed input (its `journey`), so a new form cannot be missed.
// A form with nothing to type says why instead (`nothingTyped`).

export type FormJourney =
  | "comment"
  | "sign-in"
  | "sign-in-link"
  | "new-story"
  | "story-details"
  | "translation"
  | "topic-names"
  | "section-names"
  | "glossary-term"
  | "name-variants"
  | "arabic-plural"
  | "new-user"
  | "user-role"
  | "correction"
  | "schedule"
  | "profile"
  | "live-entry"
  | "live-entry-version"
  | "key-points"
  | "banner"
  | "opinion-disclaimer"
  | "search-dates"
  | "gallery-upload"
  | "gallery-words";

interface EnteredForm {
  actions: string[];
  journey: FormJourney;
  /** The form also works without JavaScript, and its journey runs that way too. */
  withoutJavaScript: boolean;
}

interface UntypedForm {
  actions: string[];
  /** The file that hands the form its action, when the form takes it as a prop. */
  via?: string;
  nothingTyped: string;
}

export const FORM_INVENTORY: Record<string, EnteredForm | UntypedForm> = {
  "components/comments/comment-form.tsx": {
    actions: ["postCommentAction"],
    journey: "comment",
    withoutJavaScript: true,
  },
  "components/newsroom/sign-in-form.tsx": {
    actions: ["signIn"],
    journey: "sign-in",
    withoutJavaScript: true,
  },
  "components/newsroom/sign-in-link-request-form.tsx": {
    actions: ["requestSignInLinkAction"],
    journey: "sign-in-link",
    withoutJavaScript: true,
  },
  "components/newsroom/sign-in-link-confirm-form.tsx": {
    actions: ["signInWithLinkAction"],
    nothingTyped: "one sign-in button; the link's token is a hidden field from the mailed URL",
  },
  "components/newsroom/new-story-form.tsx": {
    actions: ["createStoryAction"],
    journey: "new-story",
    withoutJavaScript: true,
  },
  "components/newsroom/story-details-form.tsx": {
    actions: ["updateDetailsAction"],
    journey: "story-details",
    withoutJavaScript: true,
  },
  "components/newsroom/translation-editor.tsx": {
    actions: ["saveTranslationAction"],
    journey: "translation",
    withoutJavaScript: true,
  },
  "components/newsroom/screens/topics-screen.tsx": {
    actions: ["createTopicAction", "renameTopicAction", "mergeTopicsAction"],
    journey: "topic-names",
    withoutJavaScript: true,
  },
  "components/newsroom/screens/sections-screen.tsx": {
    actions: ["createSectionAction"],
    journey: "section-names",
    withoutJavaScript: true,
  },
  "components/newsroom/sections/sections-table.tsx": {
    actions: ["moveSectionAction", "renameSectionAction", "retireSectionAction"],
    nothingTyped:
      "the rename form's names come back through the section-names journey (same fields and refusal); move and retire are buttons and a confirmation box, which comes back open when left unticked",
  },
  "components/newsroom/screens/glossary-screen.tsx": {
    actions: ["createTermAction", "updateTermAction", "deleteTermAction", "importGlossaryAction"],
    journey: "glossary-term",
    withoutJavaScript: true,
  },
  "components/newsroom/search-words/name-sets.tsx": {
    actions: ["createNameSetAction", "updateNameSetAction", "deleteNameSetAction"],
    journey: "name-variants",
    withoutJavaScript: true,
  },
  "components/newsroom/search-words/arabic-plurals-table.tsx": {
    actions: ["addArabicPluralAction", "removeArabicPluralAction"],
    journey: "arabic-plural",
    withoutJavaScript: true,
  },
  "components/newsroom/search-words/glossary-pairs.tsx": {
    actions: ["acceptGlossaryPairAction", "dismissGlossaryPairAction"],
    nothingTyped: "accept and dismiss buttons for each glossary pair, with hidden fields",
  },
  "components/newsroom/new-user-form.tsx": {
    actions: ["addUserAction"],
    journey: "new-user",
    withoutJavaScript: true,
  },
  "components/newsroom/screens/users-screen.tsx": {
    actions: ["changeRoleAction"],
    journey: "user-role",
    withoutJavaScript: true,
  },
  "components/newsroom/profile-form.tsx": {
    actions: ["saveProfileAction"],
    journey: "profile",
    withoutJavaScript: true,
  },
  "components/newsroom/user-access-form.tsx": {
    actions: ["setAccessAction"],
    via: "components/newsroom/screens/users-screen.tsx",
    nothingTyped:
      "one confirmation box and a button; refused unticked, the box is all there is to tick again",
  },
  "components/newsroom/newsroom-header.tsx": { actions: ["signOut"], nothingTyped: "the sign-out button" },
  "components/newsroom/schedule-failure-notices.tsx": {
    actions: ["dismissScheduleFailureAction"],
    nothingTyped: "one dismiss button per notice, with hidden fields",
  },
  "components/newsroom/screens/inbox-screen.tsx": {
    actions: ["markAllReadAction", "receivedKindsAction"],
    nothingTyped: "a mark-all-read button and checkboxes of the kinds received",
  },
  "components/newsroom/desk/claim-forms.tsx": {
    actions: ["claimAction", "releaseClaimAction", "takeOverClaimAction", "assignClaimAction"],
    nothingTyped: "claim, release and take-over buttons, and a member chosen from a list, with hidden fields",
  },
  "components/newsroom/story-version-row.tsx": {
    actions: ["changeStatusAction"],
    nothingTyped: "workflow buttons (submit, publish…) with hidden fields",
  },
  "components/newsroom/revision-row.tsx": {
    actions: [],
    nothingTyped: "a GET button leading to the restore's confirm step",
  },
  "components/newsroom/confirm-step.tsx": {
    actions: ["restoreRevisionAction"],
    via: "components/newsroom/screens/revision-history-screen.tsx",
    nothingTyped: "a confirm button with hidden fields (restoring a revision, unpublishing)",
  },
  "components/newsroom/live/live-composer.tsx": {
    actions: ["postEntryAction"],
    journey: "live-entry",
    withoutJavaScript: true,
  },
  "components/newsroom/live/entry-version-form.tsx": {
    actions: ["saveEntryVersionAction"],
    journey: "live-entry-version",
    withoutJavaScript: true,
  },
  "components/newsroom/live/key-points-form.tsx": {
    actions: ["keyPointsAction"],
    journey: "key-points",
    withoutJavaScript: true,
  },
  "components/newsroom/live/desk-entry-item.tsx": {
    actions: ["pinEntryAction", "deleteEntryAction"],
    nothingTyped: "pin or unpin, and delete after ticking a box",
  },
  "components/newsroom/live/live-desk-screen.tsx": {
    actions: ["endCoverageAction"],
    nothingTyped: "end the coverage after ticking a box",
  },
  "components/newsroom/correction-form.tsx": {
    actions: ["addCorrectionAction"],
    journey: "correction",
    withoutJavaScript: true,
  },
  "components/newsroom/banner-form.tsx": {
    actions: ["setBannerAction"],
    journey: "banner",
    withoutJavaScript: true,
  },
  "components/newsroom/opinion-disclaimer-form.tsx": {
    actions: ["setOpinionDisclaimerAction"],
    journey: "opinion-disclaimer",
    withoutJavaScript: true,
  },
  "components/newsroom/screens/banner-screen.tsx": {
    actions: ["clearBannerAction"],
    nothingTyped: "one button per language that takes its banner down, with hidden fields",
  },
  "components/newsroom/schedule-section.tsx": {
    actions: ["scheduleChangeAction", "cancelScheduleAction"],
    journey: "schedule",
    withoutJavaScript: true,
  },
  "components/newsroom/edit-lock-notice.tsx": {
    actions: ["takeOverLockAction"],
    nothingTyped: "the read-only and take-over buttons of a locked version",
  },
  "components/newsroom/forward-draft-review.tsx": {
    actions: [],
    nothingTyped: "the draft's workflow buttons with hidden fields (changeStatusAction, listed once above)",
  },
  "components/newsroom/moderated-comment.tsx": {
    actions: ["moderateAction"],
    nothingTyped: "one comment's moderation buttons with hidden fields",
  },
  "components/newsroom/moderation-filters-form.tsx": {
    actions: [],
    nothingTyped: "GET filters: nothing is refused, the choice is in the URL",
  },
  "components/newsroom/gallery/gallery-upload-form.tsx": {
    actions: ["uploadGalleryImageAction"],
    journey: "gallery-upload",
    withoutJavaScript: true,
  },
  "components/newsroom/gallery/gallery-words-form.tsx": {
    actions: ["setGalleryWordsAction"],
    journey: "gallery-words",
    withoutJavaScript: true,
  },
  "components/newsroom/gallery/gallery-image-item.tsx": {
    actions: ["moveGalleryImageAction", "removeGalleryImageAction"],
    nothingTyped: "buttons moving a picture one place or removing it from the gallery",
  },
  "components/newsroom/audit-filters-form.tsx": {
    actions: [],
    nothingTyped: "GET filters: nothing is refused, the choice is in the URL",
  },
  "components/newsroom/screens/story-overview-screen.tsx": {
    actions: ["closeCommentsAction"],
    nothingTyped: "the button that opens or closes comments",
  },
  "components/newsroom/screens/moderation-screen.tsx": {
    actions: ["bulkModerateAction", "moderationModeAction"],
    nothingTyped: "ticked comments with one bulk step, and the moderation-mode switch",
  },
  "components/newsroom/screens/revision-history-screen.tsx": {
    actions: [],
    nothingTyped: "a GET form choosing two revisions: nothing is refused, the choice is in the URL",
  },
  "components/newsroom/story-filters.tsx": {
    actions: [],
    nothingTyped: "GET filters: nothing is refused, the choice is in the URL",
  },
  "components/comments/comment-list-html.ts": {
    actions: [],
    nothingTyped: "vote and report buttons (route handlers)",
  },
  "components/search-box.tsx": {
    actions: [],
    nothingTyped: "a GET search: nothing is refused, the query is in the URL",
  },
  // A GET search whose dates can be refused (31 February): the query, the
  // filters and every date field come back as typed.
  "components/search-form.tsx": { actions: [], journey: "search-dates", withoutJavaScript: true },
};

/** Server Actions no form posts to, each with what calls it instead. */
export const ACTIONS_WITHOUT_FORM: Record<string, string> = {
  heartbeatLockAction: "the open translation editor's timer keeping its edit lock: nothing typed",
};

export const JOURNEYS = Object.values(FORM_INVENTORY).flatMap((form) =>
  "journey" in form ? [{ journey: form.journey, withoutJavaScript: form.withoutJavaScript }] : [],
);
