/**
 * The labels a country's lists filter on and show, in one list: the list page's form, its
 * CSV columns, the store's query and the school admin's page all follow it. A new label
 * (the eTwinning School label, issue 15 point 5) is one more entry here plus its query in
 * store/repositories/countryWorkspace.ts (`LABELLED`) and its catalogue keys `label_kind.<kind>`.
 */
export const PROJECT_LABEL_KINDS = ["national_quality", "european_quality"] as const;

export type ProjectLabelKind = (typeof PROJECT_LABEL_KINDS)[number];
