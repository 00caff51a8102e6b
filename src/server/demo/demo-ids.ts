// Fixed ids of the demo tenants, so links, tests and the preview agree across restarts.
// Tenant ids look like Entra tenant ids (GUIDs) because in Entra mode they come from the token's `tid`.
export const DEMO_TENANT_ID = "6f1c2b1e-3a52-4c1e-9d0b-5a0c1e0d1a01";
/** A second tenant that must never see the first one's rows (isolation tests, preview). */
export const OTHER_TENANT_ID = "6f1c2b1e-3a52-4c1e-9d0b-5a0c1e0d1a02";
