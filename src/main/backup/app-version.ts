// This app's version (package.json), written into every backup manifest.
import packageJson from '../../../package.json' with { type: 'json' };

export const appVersion: string = packageJson.version;

/** Compares dotted numeric versions (1.10.0 > 1.9.3); pre-release tags are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[-+]/)[0]!.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
