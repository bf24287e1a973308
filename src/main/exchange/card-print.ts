// The contact card on paper (the same document pipeline as agreements and
// reports): who the installation is, its public keys and, large, the
// fingerprint to read aloud. Nothing secret is on it.
import { writePdf, printable } from '../documents/pdf-document';
import type { ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { swedishDay } from '../../shared/dates';
import { fingerprint } from './card';
import { writeIntoFolder } from './exchange-files';
import { requireIdentity } from './identity-service';

export async function printCard(ctx: ServiceContext<ReadDb>, folder: string): Promise<{ path: string }> {
  const id = await requireIdentity(ctx.db);
  const digits = fingerprint(id.age_recipient, id.signing_key);
  const pdf = await writePdf(
    { margin: 56, info: { title: `Kontaktkort – ${id.organisation_name}` } },
    (doc, width) => {
      const line = (label: string, value: string) => {
        doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true, width });
        doc.font('Helvetica').text(printable(value), { width });
      };
      doc.font('Helvetica-Bold').fontSize(18).text(printable(`Kontaktkort för partnerutbyte`), { width });
      doc.moveDown(0.5);
      line('Organisation', `${id.organisation_name} (${id.org_number})`);
      line('Installation', id.installation_name);
      line('Skapat', swedishDay(new Date(id.created_at)));
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(12).text('Fingeravtryck', { width });
      doc.font('Courier-Bold').fontSize(20).text(digits, { width });
      doc
        .font('Helvetica')
        .fontSize(10)
        .text(
          'Partnern jämför de här siffrorna med fingeravtrycket som visas när kortet importeras, per telefon på ett nummer ni redan känner till.',
          { width },
        );
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(10).text('Publika nycklar', { width });
      doc.font('Courier').fontSize(8.5).text(`age (X25519): ${id.age_recipient}`, { width });
      doc.text(`Ed25519: ${id.signing_key}`, { width });
    },
  );
  return { path: writeIntoFolder(folder, `Kontaktkort ${id.organisation_name} ${id.installation_name}`, 'pdf', pdf) };
}
