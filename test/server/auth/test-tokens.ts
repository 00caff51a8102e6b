// Test signing keys and an Entra-v2-shaped token builder for the auth tests.
import { SignJWT, base64url, exportJWK, generateKeyPair } from "jose";
import type { CryptoKey, JWK, JWTPayload, JWTHeaderParameters } from "jose";

export const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const OTHER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
export const CLIENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
export const AUTHORITY = "https://login.microsoftonline.com";

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Public JWK, as Entra publishes it (no alg). */
  jwk: JWK;
}

export async function makeKey(kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const { kty, n, e } = await exportJWK(publicKey);
  return { kid, privateKey, publicKey, jwk: { kty, use: "sig", kid, n, e } };
}

export const nowSec = () => Math.floor(Date.now() / 1000);

/** Claims of a valid Entra v2 access token for the API, for `tid`. */
export function entraClaims(tid = TENANT, overrides: JWTPayload = {}): JWTPayload {
  const now = nowSec();
  return {
    aud: CLIENT_ID,
    iss: `${AUTHORITY}/${tid}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    aio: "AWQAm/8YAAAA",
    azp: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
    azpacr: "0",
    name: "Aiko Tanaka",
    oid: "00000000-0000-0000-66f3-3332eca7ea81",
    preferred_username: "Aiko.Tanaka@Contoso.com",
    rh: "0.ARoAv4j5cvGGr0GRqy180BHbR.",
    scp: "access_as_user",
    sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
    tid,
    uti: "fqiBqXLPj0eQa82S-IYFAA",
    ver: "2.0",
    ...overrides,
  };
}

/** Signs claims as-is (undefined values are dropped, so a test can remove a claim). */
export async function sign(
  key: TestKey,
  claims: JWTPayload,
  header: Partial<JWTHeaderParameters> = {},
): Promise<string> {
  const payload = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid, ...header }).sign(key.privateKey);
}

/** An unsecured token: `alg: none` and an empty signature. */
export function unsecured(claims: JWTPayload): string {
  const part = (value: object) => base64url.encode(JSON.stringify(value));
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

/** The same token with its payload replaced but the original signature kept. */
export function withPayload(token: string, claims: JWTPayload): string {
  const [header, , signature] = token.split(".");
  return `${header}.${base64url.encode(JSON.stringify(claims))}.${signature}`;
}
