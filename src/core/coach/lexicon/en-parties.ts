// English: who is speaking (we) and who the wording points at (other parties, departments).
// Entries are read after normalisation: lowercase, contractions spelled out (we're → we are).
// A leading ^ means the word counts only when written exactly so in the text (IT, not "it" or "It").

export const EN_WE = [
  "we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine", "myself", "our team", "my team", "our department", "my department",
  "the department", "this department", "the team", "the unit", "this unit", "our function", "this function", "our office", "our dept",
  "our group", "our side", "our org", "our folks", "our people", "our unit", "our division", "this team", "we as a team", "the two of us",
  "our lot",
];

/** Parties other than the speaker, without a department name. */
export const EN_OTHER = [
  "they", "them", "their", "theirs", "themselves", "those guys", "these guys", "those folks", "that team", "the other team", "other team",
  "other teams", "another team", "another department", "other departments", "another group", "someone else", "somebody else", "anyone else",
  "anybody else", "the owners", "the owner", "whoever owns", "whoever", "the vendor", "the vendors", "management", "leadership", "upstairs",
  "the business", "the client", "the customer", "your team", "your department", "your side", "your folks", "you guys", "you all",
  "your people", "your group", "the right team", "the right people", "the right person", "the responsible team", "the owning team",
  "the experts", "the specialists", "head office", "headquarters", "hq", "the higher-ups", "higher-ups", "the bosses", "my boss",
  "our boss", "the boss", "the director", "the vp", "the ceo", "the cto", "the cfo", "corporate", "the agency", "the contractor",
  "the contractors", "the partner", "their side", "the other side", "other people", "others", "the rest of you", "your manager",
  "your boss", "your lead", "a consultant", "consultants", "an agency", "the execs", "execs", "the executives", "the board",
  "other business units", "another business unit",
  "account managers", "the account managers", "account team", "the account team", "the regional teams", "regional teams", "the sales reps",
  "sales reps", "the field team", "field sales", "the product owners", "product owner", "product managers", "the pms", "the architects",
  "the analysts", "the data folks", "data folks", "the finance folks", "the project office", "project office", "the pmo office", "project manager", "the project manager",
  "the pm", "program manager", "the program manager", "the product manager", "product manager", "the scrum master", "the field people",
  "field people", "the people on the ground", "the frontline", "frontline teams", "regional leads", "the regional leads", "the leads", "team leads", "business owners", "the business owners",
];

export const EN_DEPARTMENTS = [
  "sales", "marketing", "engineering", "procurement", "hr", "qa", "devops", "pmo", "accounting", "purchasing", "logistics", "manufacturing",
  "infra", "r&d", "eng", "customer success", "customer service", "customer support", "tech support", "the help desk", "helpdesk",
  "the service desk", "business development", "bizdev", "biz dev", "revops", "salesops", "sales ops", "finops", "secops", "it ops", "ops",
  "the devs", "the developers", "the engineers", "the designers", "the lawyers", "the accountants", "recruiting", "talent acquisition",
  "payroll", "treasury", "facilities", "^IT", "^Support", "^Product", "^Design", "^Data", "^Research", "^Security", "^Platform",
  "^Planning", "^Operations", "^Finance", "^Legal", "^Compliance", "^Admin", "^Quality", "^Infrastructure", "^Analytics", "^Communications",
  "^Comms", "^PR", "^Audit", "^Risk", "^Strategy", "^Partnerships", "^Growth", "^Brand", "^Training", "^Enablement", "^Production", "^Dev",
  "^Ops", "^CS", "^SRE", "^UX",
];

/** Words a team's name ends with: "the data team", "Customer Success department". */
export const EN_UNITS = [
  "team", "teams", "department", "departments", "dept", "group", "org", "organization", "organisation", "folks", "guys", "side", "squad",
  "unit", "division", "office", "crew", "desk", "function", "centre", "center", "directorate", "bureau",
];

/** Unit words that stand for a party even with no name before them: "that team". */
export const EN_BARE_UNITS = ["team", "department", "dept", "group", "division", "squad"];

export const EN_NOT_PARTIES = [
  "data migration", "data cleanup", "data clean-up", "data model", "data warehouse", "data pipeline", "design review", "support tickets",
  "support ticket", "support process", "operations review", "quality issues", "quality issue", "growth plan", "training plan",
  "risk register", "strategy deck", "production line", "platform upgrade", "analytics dashboard", "research findings", "security patch",
  "finance sheet", "legal template", "planning session", "planning meeting",
  "a team", "team members", "team member", "teammate", "teammates", "team lead", "the whole team", "everyone", "everybody", "each team",
  "every team", "both departments", "both sides", "all teams", "all departments", "cross-functional", "cross functional", "sales pipeline",
  "sales call", "sales calls", "sales deck", "sales cycle", "sales target", "sales targets", "sales numbers", "sales figures", "sales data",
  "sales process", "marketing campaign", "marketing plan", "product launch", "product roadmap", "data quality", "data set",
  "security review", "security questions", "legal review", "finance review", "on our side", "on your side", "by your side", "office hours",
  "the office", "at the office", "in the office",
];
