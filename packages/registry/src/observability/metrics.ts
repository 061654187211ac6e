import { Counter, collectDefaultMetrics, Gauge, type Metric, Registry } from 'prom-client';
import { RequestDurations } from './request-durations.js';

const PREFIX = 'plateformcoop_';

/** The process's own figures (CPU, memory, event loop, file descriptors): one set per process. */
let processMetrics: Registry | undefined;
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix: PREFIX });
  }
  return processMetrics;
}

/**
 * What a campaign's operators watch (Prometheus's text format, `GET /metrics`): the signatures'
 * life by kind, moderation, mail, live-counter streams, rate limits and request durations. Each
 * registry has its own figures (tests run several in one process); the process's figures are
 * added when the document is written.
 */
export class RegistryMetrics {
  private readonly own = new Registry();

  readonly submitted = this.counter(
    'signatures_submitted_total',
    'Signatures accepted for confirmation (202), by kind of signatory.',
    ['kind'],
  );
  readonly confirmed = this.counter(
    'signatures_confirmed_total',
    'Signatures confirmed by their signer, by kind of signatory.',
    ['kind'],
  );
  readonly withdrawn = this.counter(
    'signatures_withdrawn_total',
    'Signatures withdrawn by their signer, by kind of signatory.',
    ['kind'],
  );
  readonly moderated = this.counter(
    'moderation_decisions_total',
    'Moderators’ decisions, by outcome (published, rejected).',
    ['outcome'],
  );
  readonly mailsQueued = this.counter(
    'mails_queued_total',
    'Mails queued in the outbox for delivery.',
    [],
  );
  readonly mailsCapped = this.counter(
    'mails_capped_total',
    'Mails held back by the per-address daily cap.',
    [],
  );
  readonly mailsSent = this.counter('mails_sent_total', 'Mails the transport accepted.', []);
  readonly mailsFailed = this.counter(
    'mails_failed_total',
    'Delivery attempts that failed (each retry counts; a mail is given up after two days).',
    [],
  );
  readonly rateLimited = this.counter(
    'rate_limited_total',
    'Requests answered 429 (a rate limit or a throttle), by route template.',
    ['route'],
  );
  readonly requestDuration = new RequestDurations(
    `${PREFIX}http_request_duration_seconds`,
    'Time to answer a request, by method, route template and status.',
  );

  /** @param openStreams How many live-counter streams are open right now. */
  constructor(openStreams: () => number) {
    // prom-client writes any object of this shape; its types list its own classes only.
    this.own.registerMetric(this.requestDuration as unknown as Metric);
    new Gauge({
      name: `${PREFIX}counter_streams_open`,
      help: 'Live-counter streams (Server-Sent Events) open now.',
      registers: [this.own],
      collect() {
        this.set(openStreams());
      },
    });
  }

  readonly contentType = this.own.contentType;

  /** The document Prometheus scrapes. */
  async text(): Promise<string> {
    return Registry.merge([processRegistry(), this.own]).metrics();
  }

  private counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    return new Counter({ name: `${PREFIX}${name}`, help, labelNames, registers: [this.own] });
  }
}
