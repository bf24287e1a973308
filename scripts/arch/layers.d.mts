// Types for layers.mjs.

export interface Layer {
  /** Shown in reports and lint messages. */
  readonly name: string;
  /** Top-level folders of src/main in this layer. */
  readonly folders: readonly string[];
}

export interface LayerConfig {
  /** Top (imports most) to bottom (imports nothing in src/main). */
  readonly order: readonly Layer[];
  /** Imports allowed although they run up the order. */
  readonly upwardAllowed: readonly { from: string; to: string; why: string }[];
  /** Folders only the listed folders may import (their own folder always may). */
  readonly onlyImportedBy: readonly { folder: string; importers: readonly string[]; why: string }[];
  /** Imports refused although the order allows them. */
  readonly forbidden: readonly { from: string; to: string; why: string }[];
  /** Paths outside src/main that no file in src/main may import. */
  readonly forbiddenOutside: readonly { prefix: string; element: string; why: string }[];
}

export declare const domainFolders: readonly string[];
export declare const layerConfig: LayerConfig;
