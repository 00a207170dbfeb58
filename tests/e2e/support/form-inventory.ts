// Every form in the app, by the file that renders it, with the Server
// Actions it posts to. tests/unit/form-inventory.test.ts reads the code and
// fails when a file renders a <form> or lib/actions exports an action that
// is not here; tests/e2e/nothing-lost.spec.ts runs a journey for each form
// that takes typed input (its `journey`), so a new form cannot be missed.
// A form with nothing to type says why instead (`nothingTyped`).

export type FormJourney =
  | "comment"
  | "sign-in"
  | "new-story"
  | "story-details"
  | "translation"
  | "topic-names"
  | "new-user"
  | "user-role";

interface TypedForm {
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

export const FORM_INVENTORY: Record<string, TypedForm | UntypedForm> = {
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
  "components/newsroom/user-access-form.tsx": {
    actions: ["setAccessAction"],
    via: "components/newsroom/screens/users-screen.tsx",
    nothingTyped:
      "one confirmation box and a button; refused unticked, the box is all there is to tick again",
  },
  "components/newsroom/newsroom-header.tsx": { actions: ["signOut"], nothingTyped: "the sign-out button" },
  "components/newsroom/story-version-row.tsx": {
    actions: ["changeStatusAction"],
    nothingTyped: "workflow buttons (submit, publish…) with hidden fields",
  },
  "components/newsroom/revision-row.tsx": {
    actions: ["restoreRevisionAction"],
    nothingTyped: "the restore button of a revision",
  },
  "components/newsroom/screens/story-overview-screen.tsx": {
    actions: ["closeCommentsAction"],
    nothingTyped: "the button that opens or closes comments",
  },
  "components/newsroom/screens/moderation-screen.tsx": {
    actions: ["moderateAction", "moderationModeAction"],
    nothingTyped: "moderation buttons and the moderation-mode switch",
  },
  "components/newsroom/screens/revision-history-screen.tsx": {
    actions: [],
    nothingTyped: "a GET form choosing two revisions: nothing is refused, the choice is in the URL",
  },
  "components/newsroom/story-filters.tsx": {
    actions: [],
    nothingTyped: "GET filters: nothing is refused, the choice is in the URL",
  },
  "components/comments/comment-list.tsx": {
    actions: [],
    nothingTyped: "vote and report buttons (route handlers)",
  },
  "components/search-box.tsx": {
    actions: [],
    nothingTyped: "a GET search: nothing is refused, the query is in the URL",
  },
  "components/search-form.tsx": {
    actions: [],
    nothingTyped: "a GET search: nothing is refused, the query is in the URL",
  },
};

export const JOURNEYS = Object.values(FORM_INVENTORY).flatMap((form) =>
  "journey" in form ? [{ journey: form.journey, withoutJavaScript: form.withoutJavaScript }] : [],
);
