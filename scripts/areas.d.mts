// Types of scripts/areas.mjs, for tsup.config.ts.
export declare const subpaths: readonly string[];
export declare function externals(): string[];
export declare function expectedExports(): Record<string, unknown>;
export declare function exportedFiles(exportsMap: unknown): string[];
