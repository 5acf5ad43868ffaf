import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DatasetEntry, REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { GetDataset } from './get-dataset.query';

@QueryHandler(GetDataset)
export class GetDatasetHandler implements IQueryHandler<GetDataset, DatasetEntry> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  execute(_query: GetDataset): Promise<DatasetEntry> {
    return this.catalog.dataset();
  }
}
