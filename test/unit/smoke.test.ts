import { test, expect } from 'vitest';
import { createInstalledApp } from '../support/temp-app';
test('smoke', async () => {
  const app = await createInstalledApp();
  const org = await app.call('organisations:create', { name: 'Svenska Röda Korset', kind: 'nonprofit', orgNumber: '8020028711', address: { street: '', postalCode: '', city: 'Stockholm' }, paymentAccount: null, contacts: [], requirements: [{ requirement: 'followsLaw', status: 'met', comment: 'ok', checkedOn: '2026-03-01' }] });
  console.log(JSON.stringify(org));
  const bad = await app.call('organisations:create', { name: 'X', kind: 'nonprofit', orgNumber: '8020028712', address: { street: '', postalCode: '', city: '' }, paymentAccount: null, contacts: [], requirements: [] });
  console.log(JSON.stringify(bad));
  console.log(JSON.stringify(await app.must('organisations:list', { query: 'röda' })));
  await app.must('auth:lock', {});
  console.log(JSON.stringify(await app.call('auth:unlock', { username: 'admin', password: 'wrongwrongwrong' })));
  await app.must('auth:unlock', { username: 'admin', password: 'korrekt-häst-batteri-9' });
  console.log(JSON.stringify(await app.must('audit:list', {})));
  console.log(JSON.stringify(await app.must('audit:verify', {})));
  await app.dispose();
});
