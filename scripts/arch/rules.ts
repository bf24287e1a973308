// Pure evaluation of the layer rules in layers.mjs: given two top-level folders
// of src/main, may the first import the second?
import type { LayerConfig } from './layers.mjs';

/** The top-level folder of a path under src/main ('' for a file in src/main itself), or null outside it. */
export function mainFolderOf(relPath: string): string | null {
  const match = /^src\/main\/(.+)$/.exec(relPath.replace(/\\/g, '/'));
  if (!match?.[1]) return null;
  const parts = match[1].split('/');
  return parts.length > 1 ? (parts[0] ?? '') : '';
}

/** Position of the folder's layer in the order (0 = top), or undefined when the table does not know it. */
export function layerIndexOf(config: LayerConfig, folder: string): number | undefined {
  const index = config.order.findIndex((layer) => layer.folders.includes(folder));
  return index === -1 ? undefined : index;
}

export function layerNameOf(config: LayerConfig, folder: string): string {
  const index = layerIndexOf(config, folder);
  return index === undefined ? 'unknown' : (config.order[index]?.name ?? 'unknown');
}

/** Folders the layer table does not place, so no rule covers them. */
export function unknownFolders(config: LayerConfig, folders: Iterable<string>): string[] {
  return [...new Set(folders)].filter((folder) => layerIndexOf(config, folder) === undefined).sort();
}

/**
 * Why `from` may not import `to`, or null when it may. Imports inside one
 * folder are always fine; imports touching an unknown folder are not judged
 * here (they are reported as unknown folders).
 */
export function layerViolation(config: LayerConfig, from: string, to: string): string | null {
  if (from === to) return null;
  const fromIndex = layerIndexOf(config, from);
  const toIndex = layerIndexOf(config, to);
  if (fromIndex === undefined || toIndex === undefined) return null;

  const forbidden = config.forbidden.find((rule) => rule.from === from && rule.to === to);
  if (forbidden) return `${from}/ may not import ${to}/: ${forbidden.why}`;

  const guarded = config.onlyImportedBy.find((rule) => rule.folder === to);
  if (guarded && !guarded.importers.includes(from)) {
    return `${from}/ may not import ${to}/, which only ${[to, ...guarded.importers].join('/, ')}/ import: ${guarded.why}`;
  }

  if (toIndex < fromIndex) {
    const upward = config.upwardAllowed.find((rule) => rule.from === from && rule.to === to);
    if (!upward) {
      return `${from}/ (${layerNameOf(config, from)}) imports ${to}/ (${layerNameOf(config, to)}), a layer above it`;
    }
  }
  return null;
}

/** Why a file in src/main may not import `target` (a path outside src/main), or null when it may. */
export function outsideViolation(config: LayerConfig, target: string): string | null {
  const rule = config.forbiddenOutside.find((r) => target.startsWith(r.prefix));
  return rule ? `src/main may not import ${rule.prefix}: ${rule.why}` : null;
}
