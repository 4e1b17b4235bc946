import { Entity, PrimaryColumn } from 'typeorm';

/**
 * Every lexeme of the published vacancies' search vectors (kept by the trigger that keeps published_vacancies;
 * lexemes of vacancies that left are not removed, they only match nothing). In byte order ("C" collation), so
 * that a typed prefix finds its lexemes in the primary key: search asks for those exact lexemes instead of the
 * prefix, which GIN answers without collecting every match of the prefix first.
 */
@Entity('search_lexemes')
export class SearchLexemeEntity {
  @PrimaryColumn({ type: 'text', collation: 'C' })
  lexeme!: string;
}
