import { Query } from '@nestjs/cqrs';
import { DatasetEntry } from '../reference-catalog';

/** Which package versions the reference data was loaded from, when, and how many rows each resource has. */
export class GetDataset extends Query<DatasetEntry> {}
