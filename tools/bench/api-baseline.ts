/**
 * The bare baseline of `npm run bench:api`: node:http and one pg pool, no framework, no ORM. Each URL is answered
 * with the JSON the API gives for it, from one SQL statement with the same semantics (a vacancy is public when
 * published and unexpired or filled; a company page only for a verified company; `auth/me` checks the bearer token
 * and that the account is not erased). The bench compares the two answers before it measures.
 */
import { permissionsFor } from '@techzone/contracts';
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Pool } from 'pg';
import { ERASED, rolesOf } from '../../apps/api/src/users/users.repository';
import { excerpt } from '../../apps/api/src/vacancies/search-text';

const SKILLS = `coalesce((SELECT json_agg(json_build_object('code', vs.skill_code, 'nl', s.label_nl, 'en', s.label_en,
  'minLevel', vs.min_level, 'importance', vs.importance) ORDER BY vs.importance = 'must' DESC, s.label_nl)
  FROM vacancy_skills vs JOIN skills s ON s.code = vs.skill_code WHERE vs.vacancy_id = v.id), '[]'::json)`;
const SECTOR = (column: string): string =>
  `(SELECT json_build_object('code', s.code, 'nl', s.name_nl, 'en', s.name_en) FROM sectors s WHERE s.code = ${column})`;
/** A timestamp as JavaScript's toISOString writes it. */
const ISO = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const STATEMENTS = {
  vacancy: `SELECT json_build_object('id', v.id, 'type', v.type, 'status', v.status, 'title', v.title,
      'company', json_build_object('id', o.id, 'name', o.name, 'city', o.city, 'verified', o.verification_status = 'verified'),
      'place', json_build_object('id', p.id, 'name', p.name, 'municipality', v.municipality), 'distanceKm', NULL,
      'levels', v.levels, 'hoursPerWeek', v.hours_per_week, 'startDate', v.start_date, 'endDate', v.end_date,
      'positions', v.positions, 'publishedAt', ${ISO('v.published_at')}, 'expiresAt', ${ISO('v.expires_at')}, 'skills', ${SKILLS},
      'description', v.description, 'qualifications', coalesce((SELECT json_agg(json_build_object('crebo', q.crebo,
        'nl', q.name_nl, 'en', q.name_en, 'level', q.level) ORDER BY array_position(v.qualification_crebos, q.crebo))
        FROM qualifications q WHERE q.crebo = ANY(v.qualification_crebos)), '[]'::json),
      'sector', ${SECTOR('v.sector_code')},
      'certificates', v.certificates, 'minAge', v.min_age, 'compensation', v.compensation, 'contactName', v.contact_name,
      'contactEmail', v.contact_email, 'blindReview', v.blind_review, 'createdAt', ${ISO('v.created_at')}, 'updatedAt', ${ISO('v.updated_at')}) AS body
    FROM vacancies v JOIN organizations o ON o.id = v.organization_id JOIN places p ON p.id = v.place_id
    WHERE v.id = $1 AND (v.status = 'filled' OR (v.status = 'published' AND (v.expires_at IS NULL OR v.expires_at > now())))`,
  company: `SELECT json_build_object('id', o.id, 'name', o.name, 'city', o.city, 'municipality', o.municipality,
      'description', o.description, 'sector', ${SECTOR('o.sector_code')}, 'website', o.website, 'size', o.size, 'hasLogo', o.logo_type IS NOT NULL,
      'locations', coalesce((SELECT json_agg(json_build_object('id', l.id, 'placeId', l.place_id, 'placeName', p.name,
        'municipality', p.municipality, 'address', l.address) ORDER BY p.name, l.id)
        FROM organization_locations l JOIN places p ON p.id = l.place_id WHERE l.organization_id = o.id), '[]'::json),
      'accreditations', coalesce((SELECT json_agg(json_build_object('crebo', a.crebo, 'since', a.since, 'until', a.until,
        'nl', coalesce(q.name_nl, a.crebo), 'en', coalesce(q.name_en, a.crebo),
        'active', a.since <= current_date AND (a.until IS NULL OR a.until >= current_date)) ORDER BY a.crebo)
        FROM accreditations a LEFT JOIN qualifications q ON q.crebo = a.crebo WHERE a.organization_id = o.id), '[]'::json)) AS body
    FROM organizations o
    WHERE o.id = $1 AND o.kind = 'company' AND o.verification_status = 'verified'`,
  me: `SELECT u.id, u.email, u.name, u.locale, u.account_type, u.candidate_kind, u.email_verified_at IS NOT NULL AS verified,
      coalesce((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'organizationName', o.name,
        'kind', o.kind, 'role', m.role, 'verified', o.verification_status = 'verified') ORDER BY m.created_at)
        FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = u.id), '[]'::json) AS memberships
    FROM users u WHERE u.id = $1 AND u.password_hash <> $2`,
};

export function startBaseline(databaseUrl: string, port: number, jwtSecret: string): Promise<Server> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const key = createSecretKey(Buffer.from(jwtSecret));
  const send = (res: import('node:http').ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  };
  const server = createServer(async (req, res) => {
    try {
      const [, id] = /^\/api\/(?:vacancies|companies)\/([0-9a-f-]{36})$/.exec(req.url ?? '') ?? [];
      if (id && req.url?.startsWith('/api/vacancies/')) {
        const { rows } = await pool.query(STATEMENTS.vacancy, [id]);
        return rows[0]
          ? send(res, 200, { ...rows[0].body, excerpt: excerpt(rows[0].body.description) })
          : send(res, 404, {});
      }
      if (id) {
        const { rows } = await pool.query(STATEMENTS.company, [id]);
        return rows[0] ? send(res, 200, rows[0].body) : send(res, 404, {});
      }
      if (req.url === '/api/auth/me') {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const { sub } = jwt.verify(token, key as unknown as string, { algorithms: ['HS256'] }) as { sub: string };
        const { rows } = await pool.query(STATEMENTS.me, [sub, ERASED]);
        const user = rows[0];
        if (!user) {
          return send(res, 401, {});
        }
        const roles = rolesOf({ accountType: user.account_type, candidateKind: user.candidate_kind }, user.memberships);
        const { id: userId, email, name, locale, memberships } = user;
        return send(res, 200, {
          id: userId,
          email,
          name,
          locale,
          accountType: user.account_type,
          candidateKind: user.candidate_kind,
          roles,
          permissions: permissionsFor(roles),
          memberships,
          emailVerified: user.verified,
        });
      }
      send(res, 404, {});
    } catch {
      send(res, 401, {});
    }
  });
  server.once('close', () => void pool.end());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
