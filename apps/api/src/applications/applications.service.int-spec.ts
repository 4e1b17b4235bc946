import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { invitedMember } from '../testing/placement-setup';
import {
  authUserOf,
  placeId,
  publishedVacancy,
  register,
  Session,
  startTestApp,
  TestApp,
  verifiedCompany,
} from '../testing/test-app';
import { ApplicationsService } from './applications.service';

/**
 * The application rules at the service, against the real repositories and PostgreSQL: one application per
 * candidate and vacancy, the state machine per side, a reason for every rejection, never more accepted than
 * positions, and who is told. Companies, vacancies and candidates are set up over HTTP; the calls under test go
 * straight to ApplicationsService with the user as the guard would load them.
 */
describe('ApplicationsService', () => {
  let t: TestApp;
  let service: ApplicationsService;
  let company: Session;
  let recruiter: Session;
  let otherCompany: Session;
  let vacancyId: string;
  const MOTIVATION = { motivation: 'Ik wil graag bij jullie leren en werken aan machines.' };
  const userOf = (session: Session): Promise<AuthUser> => authUserOf(t, session);
  const candidate = async (): Promise<AuthUser> => userOf(await register(t.http, { kind: 'professional' }));

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(ApplicationsService);
    company = await verifiedCompany(t, { companyName: 'Regels Metaal' });
    recruiter = await invitedMember(t, company, 'recruiter');
    otherCompany = await verifiedCompany(t, { companyName: 'Ander Metaal' });
    vacancyId = await publishedVacancy(t, company, await placeId(t, 'Emmen'), { type: 'job', positions: 1 });
  });

  afterAll(() => t.close());

  it("should take one application per candidate and vacancy, and tell the company's owner and recruiter only", async () => {
    const applicant = await candidate();
    const application = await service.apply(applicant, vacancyId, MOTIVATION);
    expect(application.status).toBe('submitted');
    await expect(service.apply(applicant, vacancyId, MOTIVATION)).rejects.toBeInstanceOf(ConflictException);
    expect((await service.mine(applicant)).filter((item) => item.vacancy.id === vacancyId)).toHaveLength(1);

    const told = (
      (await t.dataSource.query(
        `SELECT user_id FROM notifications WHERE type = 'application.submitted' AND data->>'applicationId' = $1`,
        [application.id],
      )) as { user_id: string }[]
    ).map((row) => row.user_id);
    expect(told.sort()).toEqual([company.auth.user.id, recruiter.auth.user.id].sort());
  });

  it('should refuse a vacancy that does not exist or is not published', async () => {
    await expect(
      service.apply(await candidate(), '00000000-0000-4000-8000-000000000000', MOTIVATION),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it('should let each side make only its own moves, and ask a reason for a rejection', async () => {
    const applicant = await candidate();
    const { id } = await service.apply(applicant, vacancyId, MOTIVATION);
    // The candidate cannot offer themselves the place.
    await expect(service.transition(applicant, id, { to: 'offered' })).rejects.toMatchObject({
      response: { details: [{ field: 'to', code: 'illegalTransition' }] },
    });
    const owner = await userOf(company);
    await expect(service.transition(owner, id, { to: 'rejected' })).rejects.toBeInstanceOf(BadRequestException);
    expect((await service.get(owner, id)).status).toBe('submitted');
    expect((await service.transition(owner, id, { to: 'rejected', reason: 'position_filled' })).status).toBe(
      'rejected',
    );
  });

  it('should never accept more candidates than the vacancy has positions, and close the rest when it fills', async () => {
    const owner = await userOf(company);
    const first = await candidate();
    const second = await candidate();
    const a = await service.apply(first, vacancyId, MOTIVATION);
    const b = await service.apply(second, vacancyId, MOTIVATION);
    await service.transition(owner, a.id, { to: 'offered' });
    await service.transition(owner, b.id, { to: 'offered' });
    expect((await service.transition(first, a.id, { to: 'accepted' })).status).toBe('accepted');
    // The last position is taken: the other open application is closed with that reason, and cannot be accepted.
    expect(await service.get(second, b.id)).toMatchObject({ status: 'rejected', rejectionReason: 'position_filled' });
    await expect(service.transition(second, b.id, { to: 'accepted' })).rejects.toBeInstanceOf(ConflictException);
    expect((await service.get(second, b.id)).status).toBe('rejected');
  });

  it('should keep an application out of reach of another company and of other candidates', async () => {
    const fresh = await publishedVacancy(t, company, await placeId(t, 'Emmen'), { type: 'job' });
    const { id } = await service.apply(await candidate(), fresh, MOTIVATION);
    await expect(service.get(await userOf(otherCompany), id)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.get(await candidate(), id)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.transition(await userOf(otherCompany), id, { to: 'offered' })).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });
});
