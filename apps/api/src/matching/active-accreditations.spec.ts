import { activeAccreditations } from './matching.repository';

describe('activeAccreditations', () => {
  it('should keep the crebos in force on the day, the first and last day included', () => {
    const text = '25287:2020-01-01: 25290:2021-03-01:2022-12-31 25300:2027-01-01:';
    expect(activeAccreditations(text, '2022-12-31')).toEqual(['25287', '25290']);
    expect(activeAccreditations(text, '2023-01-01')).toEqual(['25287']);
    expect(activeAccreditations(text, '2027-01-01')).toEqual(['25287', '25300']);
    expect(activeAccreditations(text, '2019-12-31')).toEqual([]);
  });

  it('should read no accreditations from empty text', () => {
    expect(activeAccreditations('', '2026-01-01')).toEqual([]);
    expect(activeAccreditations(null, '2026-01-01')).toEqual([]);
  });
});
