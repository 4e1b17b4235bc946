import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { PlacementParties, setUpPlacement } from '../testing/placement-setup';
import { authUserOf, Session, startTestApp, TestApp } from '../testing/test-app';
import { PlacementsService } from './placements.service';

/**
 * The placement rules at the service, against the real repositories and PostgreSQL (the HTTP tests in
 * placements.int-spec.ts cover the same flow through the controllers). The parties are set up over HTTP; every
 * call under test goes straight to PlacementsService with the user as the guard would load them.
 */
describe('PlacementsService', () => {
  let t: TestApp;
  let p: PlacementParties;
  let service: PlacementsService;
  let placementId: string;
  const userOf = (session: Session): Promise<AuthUser> => authUserOf(t, session);

  beforeAll(async () => {
    t = await startTestApp();
    p = await setUpPlacement(t);
    service = t.app.get(PlacementsService);
    placementId = (await service.mine(await userOf(p.student)))[0].id;
  });

  afterAll(() => t.close());

  it('should refuse a period that ends before it starts, and keep the placement as it was', async () => {
    const coordinator = await userOf(p.coordinator);
    const before = await service.get(coordinator, placementId);
    await expect(
      service.update(coordinator, placementId, { startDate: '2027-03-01', endDate: '2027-02-01' }),
    ).rejects.toMatchObject({ response: { details: [{ field: 'endDate', code: 'endBeforeStart' }] } });
    const after = await service.get(coordinator, placementId);
    expect([after.startDate, after.endDate]).toEqual([before.startDate, before.endDate]);
  });

  it('should not approve a placement whose hours fail the checks, and approve it once they pass', async () => {
    const coordinator = await userOf(p.coordinator);
    await service.update(coordinator, placementId, { hoursPerWeek: 4 });
    const refused = service.approve(coordinator, placementId);
    await expect(refused).rejects.toBeInstanceOf(ConflictException);
    await expect(refused).rejects.toMatchObject({ response: { details: [{ field: 'hours' }] } });
    expect((await service.get(coordinator, placementId)).status).toBe('proposed');

    await service.update(coordinator, placementId, { hoursPerWeek: 32 });
    expect((await service.approve(coordinator, placementId)).status).toBe('approved');
  });

  it("should tell the student and the company's owner of the approval, and nobody of another company", async () => {
    const rows = (await t.dataSource.query(
      `SELECT user_id FROM notifications WHERE type = 'placement.approved' AND data->>'placementId' = $1`,
      [placementId],
    )) as { user_id: string }[];
    const told = rows.map((row) => row.user_id).sort();
    expect(told).toEqual([p.student.auth.user.id, p.company.auth.user.id].sort());
    expect(told).not.toContain(p.otherCompany.auth.user.id);
  });

  it("should assign only a member of the placement's own organisations as mentor or supervisor", async () => {
    const owner = await userOf(p.company);
    await expect(
      service.assignMentor(owner, placementId, { userId: p.otherCompany.auth.user.id }),
    ).rejects.toMatchObject({ response: { details: [{ field: 'userId', code: 'notMember' }] } });
    await expect(service.assignMentor(owner, placementId, { userId: p.student.auth.user.id })).rejects.toBeInstanceOf(
      BadRequestException,
    );
    expect((await service.assignMentor(owner, placementId, { userId: p.mentor.auth.user.id })).mentor?.id).toBe(
      p.mentor.auth.user.id,
    );

    const coordinator = await userOf(p.coordinator);
    await expect(
      service.assignSupervisor(coordinator, placementId, { userId: p.otherCoordinator.auth.user.id }),
    ).rejects.toMatchObject({ response: { details: [{ code: 'notMember' }] } });
    expect(
      (await service.assignSupervisor(coordinator, placementId, { userId: p.supervisor.auth.user.id })).supervisor?.id,
    ).toBe(p.supervisor.auth.user.id);
  });

  it('should keep the placement out of reach of another school and another company', async () => {
    await expect(service.get(await userOf(p.otherCoordinator), placementId)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.get(await userOf(p.otherCompany), placementId)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.approve(await userOf(p.otherCoordinator), placementId)).rejects.toBeInstanceOf(
      NotFoundException,
    );
    await expect(
      service.assignMentor(await userOf(p.otherCompany), placementId, { userId: p.otherCompany.auth.user.id }),
    ).rejects.toBeInstanceOf(NotFoundException);
  });
});
