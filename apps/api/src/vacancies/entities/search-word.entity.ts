import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Words that occur in vacancies and skills (lower-case, unaccented): the vocabulary that typos are corrected to. */
@Entity('search_words')
@Index('idx_search_words_trgm', { synchronize: false })
export class SearchWordEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  word!: string;
}
