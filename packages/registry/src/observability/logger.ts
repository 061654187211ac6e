import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import { prettyFactory } from 'pino-pretty';
import { REDACTED_PATHS, redactText } from './redact.js';

export type { Logger } from 'pino';

export type LogFormat = 'text' | 'json';

export interface LoggerSettings {
  /** `json`: one JSON object per line (for a log collector); `text`: one readable line. */
  format: LogFormat;
  /** pino's level names: `fatal`, `error`, `warn`, `info`, `debug`, `trace`, `silent`. */
  level: string;
  /** Where finished lines go (tests, an embedding host); standard output, buffered, otherwise. */
  write?: (line: string) => void;
}

/**
 * The registry's logger (pino): one line per request and per event. Known secret or personal
 * fields are censored by name, and every message is scrubbed of address-shaped text and
 * credentials, so that a caller's mistake cannot leak one.
 */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '<redacted>' },
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: scrubbedError },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as Parameters<
            typeof method
          >,
        );
      },
    },
  };
  return pino(options, destination(settings));
}

/** An error as pino writes it, its message and stack scrubbed like any message. */
function scrubbedError(error: unknown): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactText(error) : error;
  const serialized = pino.stdSerializers.err(error);
  return {
    ...serialized,
    message: redactText(serialized.message),
    stack: redactText(serialized.stack ?? ''),
  };
}

function destination({ format, write }: LoggerSettings): DestinationStream {
  const text =
    format === 'text'
      ? prettyFactory({
          colorize: false,
          singleLine: true,
          translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l',
          ignore: 'pid,hostname',
        })
      : undefined;
  if (write) {
    return {
      write(chunk: string) {
        write((text ? text(chunk) : chunk).replace(/\n$/, ''));
      },
    };
  }
  // Asynchronous: lines written while a write is in flight go out together, so a busy server
  // does not pay a system call per request, and a quiet one still shows each line at once.
  const out = pino.destination({ dest: 1, sync: false });
  if (!text) return out;
  return {
    write: (chunk: string) => out.write(text(chunk)),
    flush: (done?: (error?: Error) => void) => out.flush(done),
  } as DestinationStream;
}

/** Writes what the buffered destination still holds (at close). */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
