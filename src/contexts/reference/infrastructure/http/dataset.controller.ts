import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@promenade/auth';
import { CACHE_HEADERS, Cacheable } from '@promenade/http';
import { GetDataset } from '../../application/get-dataset/get-dataset.query';
import { REFERENCE_TTL_SECONDS } from '../cache/reference-ttl';
import { DatasetResponse } from './dataset.response';

/** Where the reference data come from: public. */
@ApiTags('reference')
@Controller('reference/dataset')
@Public()
export class DatasetController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Cacheable(REFERENCE_TTL_SECONDS.dataset)
  @ApiOperation({
    summary: 'Which package versions the reference data were loaded from, when, and how many rows each resource has',
    description: 'Public. A new version of a source package is loaded at the next start.',
  })
  @ApiOkResponse({ type: DatasetResponse, headers: CACHE_HEADERS })
  async getDataset(): Promise<DatasetResponse> {
    return DatasetResponse.from(await this.queries.execute(new GetDataset()));
  }
}
