import { computed, inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { ImprovementTipResponse, MatchReasonResponse } from '@techzone/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { labelOf } from '../label';
import { TaxonomyService } from '../taxonomy.service';
import { MatchLabels, MatchMessage, MatchView, reasonMessages, ReasonTone, tipMessages } from './match-text';

export interface ShownReason {
  code: string;
  tone: ReasonTone;
  text: string;
}

/**
 * Match reasons and tips as sentences in the current language: skill, qualification and sector codes are named
 * through the cached taxonomies. Read inside a `computed`, so the texts follow a language switch.
 */
@Injectable({ providedIn: 'root' })
export class MatchTexts {
  private readonly taxonomy = inject(TaxonomyService);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).lang;

  /** Whether the taxonomies the texts name have arrived (or failed: the texts naming them are then left out). */
  readonly ready = computed(() =>
    [this.taxonomy.skills, this.taxonomy.qualifications, this.taxonomy.sectors].every(
      (list) => list.loaded() || list.failed(),
    ),
  );

  private readonly labels = computed<MatchLabels>(() => {
    const lang = this.lang();
    const skills = this.taxonomy.skillByCode();
    const qualifications = this.taxonomy.qualificationByCrebo();
    const sectors = this.taxonomy.sectorByCode();
    const listFormat = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    const named = (labelled: Parameters<typeof labelOf>[0]) => labelOf(labelled, lang) || null;
    return {
      skill: (code) => named(skills.get(code)),
      qualification: (crebo) => named(qualifications.get(crebo)),
      sector: (code) => named(sectors.get(code)),
      list: (items) => listFormat.format(items),
    };
  });

  /** Fetches the taxonomies once per visit. */
  load(): void {
    this.taxonomy.skills.load();
    this.taxonomy.qualifications.load();
    this.taxonomy.sectors.load();
  }

  reasons(reasons: readonly MatchReasonResponse[], view: MatchView): ShownReason[] {
    return reasonMessages(reasons, view, this.labels()).map((message) => ({
      code: message.code,
      tone: message.tone,
      text: this.text(message),
    }));
  }

  tips(tips: readonly ImprovementTipResponse[]): string[] {
    return tipMessages(tips, this.labels()).map((message) => this.text(message));
  }

  private text(message: MatchMessage): string {
    this.lang();
    const translated = Object.fromEntries(
      Object.entries(message.paramKeys).map(([name, key]) => [name, this.transloco.translate(key)]),
    );
    return this.transloco.translate(message.key, { ...message.params, ...translated });
  }
}
