/**
 * Whether two objective titles name the same objective: width (NFKC: "ＣＲＭ" is "CRM"), Latin case
 * and surrounding spaces do not make a different objective. Shared by the server, the fake API and
 * the clients so that all refuse or reuse the same titles.
 */
export const titleKey = (title: string): string => title.normalize("NFKC").trim().toLowerCase();

export const sameTitle = (a: string, b: string): boolean => titleKey(a) === titleKey(b);
