import { labelOf } from '@plateformcoop/model';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CampaignStats, ErasureItem } from '../api-types.js';
import { ConsoleElement } from '../console-element.js';
import { formatDateTime } from '../format.js';

type Command = 'retention' | 'anonymize';

/**
 * Exports as buttons, and the two privacy commands: each shows what it will erase first, and
 * runs only once the moderator has seen the list and ticked that they understand.
 */
@customElement('pc-data-view')
export class DataExportView extends ConsoleElement {
  @state() private previews: Partial<Record<Command, ErasureItem[]>> = {};
  @state() private understood: Partial<Record<Command, boolean>> = {};
  @state() private results: Partial<Record<Command, string>> = {};
  @state() private error = '';
  @state() private mailQueue: CampaignStats['mailQueue'] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadMailQueue();
  }

  private async loadMailQueue(): Promise<void> {
    const manifesto = this.context.manifesto;
    if (!manifesto) return;
    try {
      this.mailQueue = (await this.api.stats(manifesto.id)).mailQueue;
    } catch (error) {
      this.error = this.t('error.generic', { message: (error as Error).message });
    }
  }

  private async download(format: 'csv' | 'json'): Promise<void> {
    try {
      const manifesto = this.context.manifesto?.id;
      const blob = await this.api.export(format, manifesto);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${manifesto ? `${manifesto}-` : ''}signatures-${new Date().toISOString().slice(0, 10)}.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.error = this.t('error.generic', { message: (error as Error).message });
    }
  }

  private async preview(command: Command): Promise<void> {
    try {
      const manifesto = this.context.manifesto?.id ?? '';
      const { items } =
        command === 'retention'
          ? await this.api.retentionPreview()
          : await this.api.anonymizePreview(manifesto);
      this.previews = { ...this.previews, [command]: items };
      this.understood = { ...this.understood, [command]: false };
      this.results = { ...this.results, [command]: '' };
      this.context.announce(this.t('data.preview.count', { count: items.length }));
    } catch (error) {
      this.error = this.t('error.generic', { message: (error as Error).message });
    }
  }

  private async run(command: Command): Promise<void> {
    try {
      let message: string;
      if (command === 'retention') {
        const report = await this.api.runRetention();
        message = this.t('data.retention.done', { expired: report.expired, erased: report.erased });
      } else {
        const { anonymized } = await this.api.runAnonymize(this.context.manifesto?.id ?? '');
        message = this.t('data.anonymize.done', { count: anonymized });
      }
      this.previews = { ...this.previews, [command]: undefined };
      this.results = { ...this.results, [command]: message };
      this.context.announce(message);
    } catch (error) {
      this.error = this.t('error.generic', { message: (error as Error).message });
    }
  }

  private command(command: Command): TemplateResult {
    const items = this.previews[command];
    const title = command === 'retention' ? 'data.retention' : 'data.anonymize';
    return html`
      <section aria-labelledby="h-${command}" class="panel">
        <h3 id="h-${command}">${this.t(title)}</h3>
        <p>${this.t(command === 'retention' ? 'data.retention.intro' : 'data.anonymize.intro')}</p>
        <button type="button" class="secondary" @click=${() => this.preview(command)}>${this.t('data.preview')}</button>
        ${this.results[command] ? html`<p class="success">${this.results[command]}</p>` : nothing}
        ${
          items === undefined
            ? nothing
            : items.length === 0
              ? html`<p>${this.t('data.preview.none')}</p>`
              : html`
                <p><strong>${this.t('data.preview.count', { count: items.length })}</strong></p>
                <ul class="erasures">
                  ${items.map(
                    (i) => html`<li>
                      ${this.t('data.item', {
                        name: i.name ?? this.t('data.person'),
                        details: [
                          labelOf('signatoryKind', i.kind as never, this.locale),
                          labelOf('signatureStatus', i.status as never, this.locale),
                          formatDateTime(i.createdAt, this.locale),
                        ].join(', '),
                        action: this.t(`data.action.${i.action}`),
                      })}${i.keepsInstitution ? html`; ${this.t('data.keeps')}` : nothing}
                    </li>`,
                  )}
                </ul>
                <label class="check">
                  <input type="checkbox" .checked=${this.understood[command] ?? false}
                    @change=${(e: Event) => (this.understood = { ...this.understood, [command]: (e.target as HTMLInputElement).checked })} />
                  ${this.t('data.understand')}
                </label>
                <button type="button" class="danger" ?disabled=${!this.understood[command]} @click=${() => this.run(command)}>
                  ${this.t(command === 'retention' ? 'data.run.retention' : 'data.run.anonymize')}
                </button>
              `
        }
      </section>
    `;
  }

  override render(): TemplateResult {
    return html`
      <h2 id="view-title" tabindex="-1">${this.t('data.title')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section aria-labelledby="h-export" class="panel">
        <h3 id="h-export">${this.t('data.export')}</h3>
        <p>${this.t('data.export.intro')}</p>
        <div class="buttons">
          <button type="button" @click=${() => this.download('csv')}>${this.t('data.export.csv')}</button>
          <button type="button" class="secondary" @click=${() => this.download('json')}>${this.t('data.export.json')}</button>
        </div>
      </section>
      ${this.command('retention')} ${this.command('anonymize')}
      <section aria-labelledby="h-mail-queue" class="panel">
        <h3 id="h-mail-queue">${this.t('data.mail-queue')}</h3>
        ${this.mailQueue ? html`<p>${this.t('data.mail-queue.counts', this.mailQueue)}</p>` : nothing}
      </section>
    `;
  }
}
