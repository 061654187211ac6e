import { registryServingBundle, setDefaultRegistry } from '../shared/default-registry.js';
import { MOUNT_ATTRIBUTE, type MountableWidget } from '../shared/mount-attribute.js';

/**
 * What every browser bundle does once its elements are defined: know its registry, and upgrade
 * `data-plateformcoop` mounts. The mounting code is fetched only by pages that have such a
 * mount, so that pages using the elements' own tags do not pay for it.
 */
export function bootBundle(widgets?: readonly MountableWidget[]): void {
  setDefaultRegistry(registryServingBundle(import.meta.url));
  if (typeof document === 'undefined') return;
  const mount = () => {
    if (document.querySelector(`[${MOUNT_ATTRIBUTE}]`)) {
      import('../shared/data-mount.js').then(({ mountDataElements }) =>
        mountDataElements(document, widgets),
      );
    }
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', mount, { once: true });
  else mount();
}
