// Types of build-stamp.mjs (plain JavaScript so that `npm start` runs on node alone).
export declare function sourceHash(root: string): string;
export declare function buildIsCurrent(root: string, distDir: string, hash?: string): boolean;
export declare function writeStamp(distDir: string, hash: string): void;
