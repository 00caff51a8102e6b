// The demo story's people, shared by the server's demo seed and the local /preview page.
// They exist only in local auth mode; in Entra mode people come from the tenant's directory.
export interface DemoPerson {
  email: string;
  name: string;
  department: string;
  roles: string[];
  /** How they keep time (reminders, "today"): an IANA time zone and ja | en. */
  timeZone?: string;
  language?: "ja" | "en";
}

export const DEMO_OBJECTIVE = {
  title: "大手企業向けのCRMビジネスを拡大する",
  description: "今期の全社方針。大手企業の取引先を増やし、CRMサービスの売上を伸ばす。",
} as const;

export const DEMO_DEPARTMENTS = [
  { name: "営業部", mission: "新規開拓営業を進め、大手企業の取引先を獲得する" },
  { name: "企画部", mission: "CRMサービスの開発力と提案力を強化する" },
  { name: "技術部", mission: "CRMサービスを安定して運用し、大手企業の要件に応える基盤をつくる" },
  { name: "人事部", mission: "事業の成長に必要な人材を採用し、育成する" },
] as const;

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", roles: [], timeZone: "Asia/Tokyo", language: "ja" },
  { email: "ichiro.suzuki@contoso.example", name: "鈴木 一郎", department: "営業部", roles: [], timeZone: "Asia/Tokyo", language: "ja" },
  { email: "misaki.tanaka@contoso.example", name: "田中 美咲", department: "企画部", roles: [], timeZone: "Asia/Tokyo", language: "ja" },
  { email: "ken.takahashi@contoso.example", name: "高橋 健", department: "企画部", roles: [], timeZone: "Asia/Tokyo", language: "ja" },
  { email: "naoto.ito@contoso.example", name: "伊藤 直人", department: "技術部", roles: [], timeZone: "Asia/Tokyo", language: "ja" },
  { email: "yumi.watanabe@contoso.example", name: "渡辺 由美", department: "人事部", roles: [], timeZone: "Asia/Tokyo", language: "ja" },
  { email: "satoshi.yamamoto@contoso.example", name: "山本 聡", department: "企画部", roles: ["PMO"], timeZone: "Asia/Tokyo", language: "ja" },
];

/** The second tenant's only user: must never see anything of the first tenant. */
export const OTHER_TENANT_PERSON: DemoPerson = {
  email: "john.smith@fabrikam.example",
  name: "John Smith",
  department: "Sales",
  roles: ["PMO"],
  timeZone: "America/Los_Angeles",
  language: "en",
};

/** Who plays whom on /preview. */
export const PREVIEW_CAST = {
  organizer: "hanako.sato@contoso.example",
  attendees: ["misaki.tanaka@contoso.example", "ichiro.suzuki@contoso.example"],
  pmo: "satoshi.yamamoto@contoso.example",
} as const;
