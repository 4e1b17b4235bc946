import type { AgreementResponse, GuardianAgreementResponse, PlacementResponse } from '@techzone/contracts';
import { PlacementParties, setUpPlacement } from '../testing/placement-setup';
import { startSmtp, type TestSmtp } from '../testing/smtp';
import { bearer, Session, startTestApp, TestApp } from '../testing/test-app';

/** The text of an uncompressed PDFKit file: its text runs are hex strings in the content stream. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const runs = [...raw.matchAll(/<([0-9a-fA-F]+)>/g)].map((match) => Buffer.from(match[1], 'hex').toString('latin1'));
  return runs.join('');
}

function guardianToken(smtp: TestSmtp, email: string): string {
  const mail = [...smtp.mails].reverse().find((item) => item.to.includes(email));
  // Quoted-printable may break the line; join soft breaks first.
  const body = (mail?.raw ?? '').replace(/=\r?\n/g, '');
  const match = body.match(/\/ouder\/([A-Za-z0-9_-]{43})/);
  if (!match) {
    throw new Error(`No guardian link mailed to ${email}`);
  }
  return match[1];
}

describe('placement agreements (POK) (HTTP against a real database)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let p: PlacementParties;
  let placementId: string;

  const get = (session: Session) =>
    t.http.get(`/api/placements/${placementId}`).set('Authorization', bearer(session)).expect(200);
  const sign = (session: Session) =>
    t.http.post(`/api/placements/${placementId}/agreement/sign`).set('Authorization', bearer(session));

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ MAIL_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_URL: 'https://match.example.nl' });
    p = await setUpPlacement(t, { studentName: 'Sanne Zeventien', dateOfBirth: '2009-05-01' });
    const mine = await t.http.get('/api/me/placements').set('Authorization', bearer(p.student)).expect(200);
    placementId = (mine.body as PlacementResponse[])[0].id;
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('should draw up the agreement only after approval, with a mentor and a supervisor', async () => {
    await t.http
      .post(`/api/placements/${placementId}/agreement`)
      .set('Authorization', bearer(p.coordinator))
      .expect(409);
    await t.http.post(`/api/placements/${placementId}/approve`).set('Authorization', bearer(p.coordinator)).expect(200);
    const missing = await t.http
      .post(`/api/placements/${placementId}/agreement`)
      .set('Authorization', bearer(p.coordinator))
      .expect(409);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(['mentor', 'supervisor']);
    await t.http
      .put(`/api/placements/${placementId}/supervisor`)
      .set('Authorization', bearer(p.coordinator))
      .send({ userId: p.supervisor.auth.user.id })
      .expect(200);
    await t.http
      .put(`/api/placements/${placementId}/mentor`)
      .set('Authorization', bearer(p.company))
      .send({ userId: p.mentor.auth.user.id })
      .expect(200);
    await t.http.post(`/api/placements/${placementId}/agreement`).set('Authorization', bearer(p.company)).expect(403);
    await t.http
      .post(`/api/placements/${placementId}/agreement`)
      .set('Authorization', bearer(p.otherCoordinator))
      .expect(404);
    const drawn = await t.http
      .post(`/api/placements/${placementId}/agreement`)
      .set('Authorization', bearer(p.coordinator))
      .expect(201);
    const agreement = drawn.body as AgreementResponse;
    expect(agreement).toMatchObject({
      version: 1,
      status: 'awaiting_signatures',
      requiredParties: ['student', 'guardian', 'company', 'school'],
      content: {
        guardianRequired: true,
        student: { name: 'Sanne Zeventien' },
        company: { name: 'Stage Metaal' },
        school: { name: 'ROC Stages' },
        qualification: { crebo: '25010' },
        startDate: '2027-02-01',
        endDate: '2027-06-30',
        hoursPerWeek: 32,
      },
    });
  });

  it('should show the agreement and its PDF to the parties only, in Dutch and in English', async () => {
    for (const outsider of [p.otherCoordinator, p.otherCompany]) {
      await t.http.get(`/api/placements/${placementId}/agreement`).set('Authorization', bearer(outsider)).expect(404);
      await t.http
        .get(`/api/placements/${placementId}/agreement.pdf`)
        .set('Authorization', bearer(outsider))
        .expect(404);
    }
    await t.http.get(`/api/placements/${placementId}/agreement.pdf`).expect(401);
    const nl = await t.http
      .get(`/api/placements/${placementId}/agreement.pdf`)
      .set('Authorization', bearer(p.supervisor))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(nl.headers['content-type']).toBe('application/pdf');
    const body = nl.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body);
    for (const name of ['Sanne Zeventien', 'Stage Metaal', 'ROC Stages', 'Praktijkovereenkomst', 'crebo 25010']) {
      expect(text).toContain(name);
    }
    const en = await t.http
      .get(`/api/placements/${placementId}/agreement.pdf?lang=en`)
      .set('Authorization', bearer(p.student))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdfText(en.body as Buffer)).toContain('Placement agreement');
    await t.http
      .get(`/api/placements/${placementId}/agreement.pdf?lang=fr`)
      .set('Authorization', bearer(p.student))
      .expect(400);
  });

  it('should take each party signature once, and not from the supervisor or an outsider', async () => {
    expect((await get(p.student)).body.actions).toEqual(expect.arrayContaining(['sign', 'invite_guardian']));
    await sign(p.student).expect(200);
    await sign(p.student).expect(409);
    await sign(p.supervisor).expect(403);
    await sign(p.otherCompany).expect(404);
    await sign(p.mentor).expect(200);
    await sign(p.company).expect(409);
    const afterCompany = await t.http
      .get(`/api/placements/${placementId}/agreement`)
      .set('Authorization', bearer(p.coordinator))
      .expect(200);
    expect(afterCompany.body.signatures.map((s: { party: string }) => s.party)).toEqual(['student', 'company']);
  });

  it('should let a changed placement make a new version that is signed again', async () => {
    await t.http
      .patch(`/api/placements/${placementId}`)
      .set('Authorization', bearer(p.coordinator))
      .send({ hoursPerWeek: 36 })
      .expect(200);
    const placement = (await get(p.student)).body as PlacementResponse;
    expect(placement.agreement).toMatchObject({ version: 2, signatures: [], content: { hoursPerWeek: 36 } });
    const versions = await t.dataSource.query(
      `SELECT version, status FROM placement_agreements WHERE placement_id = $1 ORDER BY version`,
      [placementId],
    );
    expect(versions).toEqual([
      { version: 1, status: 'superseded' },
      { version: 2, status: 'awaiting_signatures' },
    ]);
    await sign(p.student).expect(200);
    await sign(p.company).expect(200);
    await sign(p.coordinator).expect(200);
    expect((await get(p.student)).body.status).toBe('approved');
  });

  it('should let the guardian read and sign once through an e-mailed link that shows only this agreement', async () => {
    await t.http
      .post(`/api/placements/${placementId}/agreement/guardian`)
      .set('Authorization', bearer(p.company))
      .send({ name: 'Marja Zeventien', email: 'ouder@example.nl' })
      .expect(403);
    await t.http
      .post(`/api/placements/${placementId}/agreement/guardian`)
      .set('Authorization', bearer(p.student))
      .send({ name: 'Marja Zeventien', email: 'geen-adres' })
      .expect(400);
    await t.http
      .post(`/api/placements/${placementId}/agreement/guardian`)
      .set('Authorization', bearer(p.student))
      .send({ name: 'Marja Zeventien', email: 'ouder@example.nl' })
      .expect(200);
    const first = guardianToken(smtp, 'ouder@example.nl');
    // A second invitation replaces the first link.
    await t.http
      .post(`/api/placements/${placementId}/agreement/guardian`)
      .set('Authorization', bearer(p.coordinator))
      .send({ name: 'Marja Zeventien', email: 'ouder@example.nl' })
      .expect(200);
    const token = guardianToken(smtp, 'ouder@example.nl');
    expect(token).not.toBe(first);
    await t.http.get(`/api/guardian/${first}`).expect(410);
    await t.http.get(`/api/guardian/${'x'.repeat(43)}`).expect(404);

    const view = await t.http.get(`/api/guardian/${token}`).expect(200);
    const seen = view.body as GuardianAgreementResponse;
    expect(seen).toMatchObject({ guardianName: 'Marja Zeventien', agreement: { version: 2 } });
    expect(JSON.stringify(seen)).not.toContain(placementId);
    await t.http.post(`/api/guardian/${token}/sign`).send({ name: '' }).expect(400);
    const signed = await t.http.post(`/api/guardian/${token}/sign`).send({ name: 'Marja Zeventien' }).expect(200);
    expect(signed.body.agreement.status).toBe('signed');
    await t.http.post(`/api/guardian/${token}/sign`).send({ name: 'Marja Zeventien' }).expect(410);
    await t.http.get(`/api/guardian/${token}`).expect(410);

    const placement = (await get(p.coordinator)).body as PlacementResponse;
    expect(placement.status).toBe('agreement_signed');
    expect(placement.agreement?.signatures.map((s) => s.party)).toEqual(['student', 'company', 'school', 'guardian']);
    expect(placement.agreement?.signedAt).not.toBeNull();
    await sign(p.student).expect(409);
  });

  it('should expire a guardian link after 14 days', async () => {
    await t.http
      .patch(`/api/placements/${placementId}`)
      .set('Authorization', bearer(p.coordinator))
      .send({ hoursPerWeek: 32 })
      .expect(200);
    expect((await get(p.coordinator)).body).toMatchObject({ status: 'approved', agreement: { version: 3 } });
    await t.http
      .post(`/api/placements/${placementId}/agreement/guardian`)
      .set('Authorization', bearer(p.student))
      .send({ name: 'Marja Zeventien', email: 'ouder2@example.nl' })
      .expect(200);
    const token = guardianToken(smtp, 'ouder2@example.nl');
    await t.dataSource.query(`UPDATE guardian_links SET expires_at = now() - interval '1 second' WHERE email = $1`, [
      'ouder2@example.nl',
    ]);
    await t.http.post(`/api/guardian/${token}/sign`).send({ name: 'Marja Zeventien' }).expect(410);
  });
});
