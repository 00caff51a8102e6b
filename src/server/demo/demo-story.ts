// The words of the demo meeting, kept apart from the code that inserts them. Contributions and
// commitments are phrased objective-first: what we do FOR the shared objective, together.

export const DEMO_MEETING = {
  organizer: "hanako.sato@contoso.example",
  attendees: ["ichiro.suzuki@contoso.example", "misaki.tanaka@contoso.example", "ken.takahashi@contoso.example"],
  departments: ["営業部", "企画部"] as readonly string[],
  subject: "大手企業向けCRM提案の進め方（営業部・企画部）",
  desiredOutcome: "大手企業3社への提案に向けて、両部門がそれぞれ何をするかを決める",
  obstacles: ["大手企業向けの導入事例が社内で共有されていない", "提案の時期とCRMの開発予定がそろっていない"],
} as const;

/** author → text; the department is the author's. */
export const DEMO_CONTRIBUTIONS: readonly { author: string; text: string }[] = [
  { author: "hanako.sato@contoso.example", text: "大手企業向けの提案資料に、企画部のCRM導入事例を一緒に入れる" },
  { author: "misaki.tanaka@contoso.example", text: "大手企業の要件を営業部と一緒に聞き取り、CRMの提案デモに反映する" },
  { author: "ichiro.suzuki@contoso.example", text: "商談で聞いた大手企業の声を毎週まとめて企画部に渡し、CRMの改善に活かす" },
  { author: "ken.takahashi@contoso.example", text: "大手企業向けの価格プランを営業部と一緒につくり、提案の場で使えるようにする" },
];

export interface DemoCommitment {
  owner: string;
  helps: string | null;
  action: string;
  serves: string;
  /** Days from today (negative: already past). */
  dueInDays: number;
  /** Index into DEMO_CONTRIBUTIONS, or null. */
  contribution: number | null;
  /** Set: the commitment is done, with this note in its history. */
  doneNote?: string;
  /** Index into DEMO_REQUESTS: the request whose acceptance made this commitment. */
  answers?: number;
}

// Some open, one done, one overdue (open and due two days ago).
export const DEMO_COMMITMENTS: readonly DemoCommitment[] = [
  {
    owner: "hanako.sato@contoso.example",
    helps: "企画部",
    action: "提案資料の初版をつくり、企画部のレビューを受ける",
    serves: "大手企業への提案を両部門の知見でまとめ、受注につなげる",
    dueInDays: -3,
    contribution: 0,
    doneNote: "企画部のレビューを反映して完成",
  },
  {
    owner: "ken.takahashi@contoso.example",
    helps: "営業部",
    action: "大手企業向け価格プランの案をつくり、営業部と確認する",
    serves: "提案の場で価格をすぐ示せるようにし、商談を前に進める",
    dueInDays: -2,
    contribution: 3,
  },
  {
    owner: "ichiro.suzuki@contoso.example",
    helps: "企画部",
    action: "訪問先の業界別ニーズ（AIで何をしたいか）を大手企業3社分まとめて企画部に渡す",
    serves: "大手企業が本当に求める機能をCRMに取り込む",
    dueInDays: 5,
    contribution: 2,
    answers: 1,
  },
  {
    owner: "misaki.tanaka@contoso.example",
    helps: "営業部",
    action: "CRM導入事例を2件、提案資料向けにまとめて営業部に渡す",
    serves: "大手企業に導入後の姿を具体的に示し、提案の説得力を高める",
    dueInDays: 10,
    contribution: 1,
  },
  {
    owner: "hanako.sato@contoso.example",
    helps: null,
    action: "次回の合同ミーティングで、大手企業3社への提案の進み具合を確認する",
    serves: "両部門で目的に向けた進捗をそろえる",
    dueInDays: 14,
    contribution: null,
  },
];

export interface DemoRequest {
  asker: string;
  from: string;
  to: string;
  text: string;
  /** Days from today, or null. */
  neededInDays: number | null;
  answeredBy: string;
  /** countered: the asked department proposed something else and waits for the asker's answer. */
  status: "countered" | "accepted";
  /** The counter-offer ("" for the accepted one). */
  response: string;
}

// The story's two asks: each department needed exactly what the other asked. One is answered with a
// counter-offer (営業部 can agree to it by clicking), the other is accepted and became a commitment.
export const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    asker: "ichiro.suzuki@contoso.example",
    from: "営業部",
    to: "企画部",
    text: "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい",
    neededInDays: 21,
    answeredBy: "misaki.tanaka@contoso.example",
    status: "countered",
    response: "まず大手1社の商談に向けて、AIを使った提案デモを営業部と一緒につくり、その結果で技術検討の範囲を決めたい",
  },
  {
    asker: "misaki.tanaka@contoso.example",
    from: "企画部",
    to: "営業部",
    text: "訪問先の業界別ニーズ（AIで何をしたいか）をまとめてほしい",
    neededInDays: null,
    answeredBy: "ichiro.suzuki@contoso.example",
    status: "accepted",
    response: "",
  },
];

export const OTHER_TENANT_DEMO = {
  objective: { title: "Grow enterprise CRM in EMEA", description: "This year's company goal for EMEA." },
  department: { name: "Sales", mission: "Win enterprise accounts in EMEA" },
  subject: "EMEA enterprise pipeline review",
  desiredOutcome: "Agree on the next three enterprise pitches",
  commitment: {
    action: "Share the EMEA enterprise pipeline with Product",
    serves: "Shows where the enterprise CRM demand is",
  },
} as const;
