/**
 * A minimal Marionette client. Firefox's WebDriver BiDi skips extension contexts (Mozilla bug
 * 1755014: `isBrowsingContextCompatible` in remote/shared/BrowsingContextUtils.sys.mjs), so the
 * popup, the options page and the panel iframe would be invisible to a BiDi client there.
 * Marionette, Firefox's older automation protocol, runs in every frame, so the harness drives
 * all of Firefox through it: mail pages, extension pages, panel iframes, and the add-on install
 * (`Addon:Install`). Chromium is driven by puppeteer over CDP instead.
 *
 * Wire format: `<length>:<json>`; commands `[0, id, name, params]`, replies `[1, id, error, result]`.
 */
import { connect, type Socket } from 'node:net';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private hello?: () => void;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', (error) => this.failAll(error));
    socket.on('close', () => this.failAll(new Error('Marionette connection closed')));
  }

  static async open(
    port: number,
    capabilities: Record<string, unknown> = {},
    timeout = 30_000,
  ): Promise<Marionette> {
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new Marionette(socket);
        await new Promise<void>((resolve) => (client.hello = resolve));
        try {
          await client.send('WebDriver:NewSession', capabilities);
        } catch (error) {
          client.close();
          throw error;
        }
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((done) => setTimeout(done, 200));
      }
    }
  }

  send<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.hello?.();
        continue;
      }
      const [, id, error, result] = message as [
        number,
        number,
        { error: string; message: string } | null,
        unknown,
      ];
      const waiter = this.pending.get(id);
      this.pending.delete(id);
      if (!waiter) continue;
      if (error) waiter.reject(new Error(`${error.error}: ${error.message}`));
      else waiter.resolve((result as { value?: unknown } | null)?.value ?? result);
    }
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
