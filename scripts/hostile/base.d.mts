export declare const NOW: string;
/** A small valid project using every element and reference kind (plain JSON, not typed as Project on purpose). */
export declare function richProject(): Record<string, unknown> & { journeys: Record<string, unknown>[] };
export declare function envelope(project: unknown, extra?: Record<string, unknown>): Record<string, unknown>;
export declare function pseudoRandomBytes(length: number, seed?: number): Uint8Array;
export declare function nested(depth: number, open: string, close: string, inner: string): string;
