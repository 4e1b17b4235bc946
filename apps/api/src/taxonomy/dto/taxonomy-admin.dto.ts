import { ApiProperty, ApiPropertyOptional, OmitType, PartialType, PickType } from '@nestjs/swagger';
import {
  LEARNING_ROUTES,
  type LearningRoute,
  type QualificationInput,
  type SectorInput,
  type SkillInput,
} from '@techzone/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { trim } from '../../common/transforms';

const SKILL_CODE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

export class SkillDto implements SkillInput {
  @ApiProperty({ example: 'weld.laser', maxLength: 64 })
  @Matches(SKILL_CODE, { message: 'code must be lower-case words separated by dots, e.g. weld.laser' })
  @MaxLength(64)
  code!: string;

  @ApiProperty({ nullable: true, example: 'weld' })
  @ValidateIf((dto: SkillDto) => dto.parent !== null)
  @Matches(SKILL_CODE, { message: 'parent must be a skill code' })
  @MaxLength(64)
  parent!: string | null;

  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  nl!: string;

  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  en!: string;

  @ApiProperty({ enum: ['group', 'skill'] })
  @IsIn(['group', 'skill'])
  kind!: 'group' | 'skill';

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(200)
  escoUri?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  synonyms?: string[];
}

export class SkillUpdateDto extends PartialType(OmitType(SkillDto, ['code'] as const)) {}

export class QualificationDto implements QualificationInput {
  @ApiProperty({ example: '25287' })
  @Matches(/^\d{5}$/, { message: 'crebo must be 5 digits' })
  crebo!: string;

  @ApiProperty({ maxLength: 160 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  nl!: string;

  @ApiProperty({ maxLength: 160 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  en!: string;

  @ApiProperty({ minimum: 1, maximum: 4 })
  @IsInt()
  @Min(1)
  @Max(4)
  level!: 1 | 2 | 3 | 4;

  @ApiProperty({ example: '23199' })
  @Matches(/^\d{5}$/, { message: 'dossierCrebo must be 5 digits' })
  dossierCrebo!: string;

  @ApiProperty({ maxLength: 160 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  dossier!: string;

  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  domain!: string;

  @ApiProperty({ enum: LEARNING_ROUTES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(LEARNING_ROUTES, { each: true })
  routes!: LearningRoute[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @ArrayUnique()
  @Matches(SKILL_CODE, { each: true, message: 'each skill code must be a skill code' })
  skillCodes?: string[];
}

export class QualificationUpdateDto extends PartialType(OmitType(QualificationDto, ['crebo'] as const)) {}

export class SectorDto implements SectorInput {
  @ApiProperty({ example: '256', description: 'SBI: a section letter, a 2-digit division or a 3-digit group' })
  @Matches(/^([A-U]|\d{2}|\d{3})$/, {
    message: 'code must be an SBI section letter, division (2 digits) or group (3 digits)',
  })
  code!: string;

  @ApiProperty({ nullable: true })
  @ValidateIf((dto: SectorDto) => dto.parent !== null)
  @Matches(/^([A-U]|\d{2}|\d{3})$/, { message: 'parent must be an SBI code' })
  parent!: string | null;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nl!: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  en!: string;

  @ApiProperty({ enum: ['section', 'division', 'group'] })
  @IsIn(['section', 'division', 'group'])
  level!: 'section' | 'division' | 'group';
}

export class SectorUpdateDto extends PartialType(PickType(SectorDto, ['nl', 'en'] as const)) {}
