/** The message a widget's iframe page posts to its parent when its height changes. */
export const RESIZE_MESSAGE = 'plateformcoop:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** The content's height in CSS pixels. */
  height: number;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  const message = data as Partial<ResizeMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === RESIZE_MESSAGE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= 0
  );
}
