// Types of server-bundle.mjs (plain JavaScript so that `npm start` runs on node alone).
export declare const SERVER_BUNDLE_DIR: string;
export declare function serverBundlePath(root: string, outdir?: string): string;
export declare function serverBundleIsCurrent(root: string): boolean;
export declare function bundleServer(root: string, outdir?: string): Promise<void>;
