// Zod compiles fast parsers with `new Function` unless told not to; the CSP
// (script-src 'self', no 'unsafe-eval') forbids that. Imported first by main.tsx.
import { z } from 'zod';

z.config({ jitless: true });
