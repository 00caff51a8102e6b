// In local auth mode the server issues its own access tokens, shaped like Entra ID v2 access
// tokens and signed with its own RS256 key, so the production validation code runs unchanged.
// The key is kept in the data directory so tokens (and signed-in browsers) survive restarts.
import { createHash, randomUUID } from "node:crypto";
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { SignJWT, calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK } from "jose";
import type { CryptoKey, JWK, JWTVerifyGetKey } from "jose";

/** The `aud` of every local token (Entra's would be the API's Application ID URI). */
export const LOCAL_AUDIENCE = "api://common-purpose-local";
export const LOCAL_SCOPE = "access_as_user";
export const LOCAL_TOKEN_TTL_SEC = 8 * 60 * 60;
export const LOCAL_KEY_FILE = "local-auth-key.json";

export interface LocalTokenRequest {
  email: string;
  name?: string;
  tenantId: string;
  roles?: readonly string[];
}

export interface LocalIssuer {
  /** `${issuerBase}/${tid}/v2.0` is the `iss` of tenant `tid`, as with Entra. */
  readonly issuerBase: string;
  issuerFor(tid: string): string;
  /** The public signing key, as served at /auth/local/jwks.json. */
  jwks(): { keys: JWK[] };
  /** Key lookup for jose's jwtVerify. */
  readonly getKey: JWTVerifyGetKey;
  issue(request: LocalTokenRequest, ttlSec?: number): Promise<string>;
}

interface KeyFile {
  version: 1;
  createdAt: string;
  privateJwk: JWK;
}

/** dataDir null keeps the key in memory only, shared by all such issuers of the process (tests). */
export async function createLocalIssuer(opts: { dataDir: string | null; issuerBase: string }): Promise<LocalIssuer> {
  const privateJwk = opts.dataDir === null ? await inMemoryKey() : await loadOrCreateKey(opts.dataDir);
  const privateKey = (await importJWK(privateJwk, "RS256")) as CryptoKey;
  const { kty, n, e } = privateJwk;
  const kid = await calculateJwkThumbprint({ kty, n, e });
  const publicJwk: JWK = { kty, n, e, kid, alg: "RS256", use: "sig" };
  const getKey = createLocalJWKSet({ keys: [publicJwk] });
  const issuerBase = opts.issuerBase.replace(/\/+$/, "");
  const issuerFor = (tid: string) => `${issuerBase}/${tid}/v2.0`;

  return {
    issuerBase,
    issuerFor,
    jwks: () => ({ keys: [{ ...publicJwk }] }),
    getKey,
    async issue(request, ttlSec = LOCAL_TOKEN_TTL_SEC) {
      if (!Number.isInteger(ttlSec) || ttlSec <= 0) throw new RangeError(`ttlSec must be a positive integer (got ${ttlSec})`);
      const now = Math.floor(Date.now() / 1000);
      const oid = localUserId(request.tenantId, request.email);
      const claims: Record<string, unknown> = {
        tid: request.tenantId,
        oid,
        sub: oid,
        preferred_username: request.email,
        scp: LOCAL_SCOPE,
        ver: "2.0",
        azp: "common-purpose-local-client",
      };
      if (request.name !== undefined && request.name.trim() !== "") claims.name = request.name.trim();
      // Entra leaves `roles` out when the user has no app role.
      if (request.roles && request.roles.length > 0) claims.roles = [...request.roles];
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", typ: "JWT", kid })
        .setIssuer(issuerFor(request.tenantId))
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + ttlSec)
        .sign(privateKey);
    },
  };
}

/**
 * A stable GUID per tenant and email, so the same demo user keeps the same id across restarts
 * and machines: a SHA-256 name-based UUID (RFC 9562 version 8).
 */
export function localUserId(tenantId: string, email: string): string {
  const bytes = createHash("sha256").update(`common-purpose-local-user\n${tenantId}\n${email.toLowerCase()}`).digest();
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// Making an RSA key takes up to a second; in-memory keys only serve tests, so one per process.
let sharedInMemoryKey: Promise<JWK> | undefined;
const inMemoryKey = () => (sharedInMemoryKey ??= generatePrivateJwk());

async function generatePrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  return exportJWK(privateKey);
}

async function loadOrCreateKey(dataDir: string): Promise<JWK> {
  const file = path.join(dataDir, LOCAL_KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing) return existing;

  await mkdir(dataDir, { recursive: true });
  const privateJwk = await generatePrivateJwk();
  const content: KeyFile = { version: 1, createdAt: new Date().toISOString(), privateJwk };
  // Written aside, then linked into place: link() never replaces a file and never exposes a
  // half-written one, so when two processes start at once the first key wins and both use it.
  const text = `${JSON.stringify(content, null, 2)}\n`;
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, text, { mode: 0o600, flag: "wx" });
  try {
    await link(temp, file).catch(async (error: NodeJS.ErrnoException) => {
      // File systems without hard links: exclusive create is still safe, only not atomic.
      if (error.code === "EEXIST") throw error;
      await writeFile(file, text, { mode: 0o600, flag: "wx" });
    });
    return privateJwk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const winner = await readKeyFile(file);
    if (!winner) throw new Error(`${file} disappeared while it was being created`);
    return winner;
  } finally {
    await unlink(temp);
  }
}

async function readKeyFile(file: string): Promise<JWK | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let parsed: Partial<KeyFile> | null = null;
  try {
    parsed = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    // reported below
  }
  const jwk = parsed?.privateJwk;
  if (!jwk || jwk.kty !== "RSA" || !jwk.n || !jwk.e || !jwk.d) {
    throw new Error(`${file} is not a valid local signing key: delete it and restart to create a new one (local tokens issued before will stop working)`);
  }
  // A private key readable by other users would let them sign in as anyone.
  if (process.platform !== "win32" && ((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return jwk;
}
