/** A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export declare function freePort(): Promise<number>;

/** Whether `port` can be listened on, on 127.0.0.1. */
export declare function portIsFree(port: number): Promise<boolean>;
