import { SMTPServer } from 'smtp-server';
import { freePort } from '../../../../scripts/net/free-port.mjs';

/** A mail as the SMTP server received it. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  /** Its `Message-ID` header, brackets included (`''` without one). */
  messageId: string;
}

/** A real SMTP server on 127.0.0.1 (nodemailer's `smtp-server`) that keeps what it receives. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;

  private constructor(readonly port: number) {}

  /** A sink on a free port, not listening yet (`start()`): mail sent to it fails until then. */
  static async onFreePort(): Promise<SmtpSink> {
    return new SmtpSink(await freePort());
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disableReverseLookup: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            messageId: raw.match(/^Message-ID:\s*(<[^>\r\n]+>)/im)?.[1] ?? '',
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}
