import { ApiProperty } from '@nestjs/swagger';
import { DatasetEntry } from '../../application/reference-catalog';

export class DatasetSourceResponse {
  @ApiProperty({ example: 'world-countries', description: 'The npm package the data were loaded from.' })
  package!: string;

  @ApiProperty({ example: '5.1.0' })
  version!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T00:00:00.000Z', description: 'When this version was loaded.' })
  loadedAt!: string;
}

export class DatasetCountsResponse {
  @ApiProperty({ type: 'integer', example: 249 })
  countries!: number;

  @ApiProperty({ type: 'integer', example: 179 })
  currencies!: number;

  @ApiProperty({ type: 'integer', example: 183 })
  languages!: number;

  @ApiProperty({ type: 'integer', example: 318 })
  timezones!: number;
}

export class DatasetResponse {
  @ApiProperty({ type: [DatasetSourceResponse] })
  sources!: DatasetSourceResponse[];

  @ApiProperty({ type: DatasetCountsResponse, description: 'Rows of each resource.' })
  counts!: DatasetCountsResponse;

  static from(dataset: DatasetEntry): DatasetResponse {
    return { sources: dataset.sources.map((source) => ({ ...source })), counts: { ...dataset.counts } };
  }
}
